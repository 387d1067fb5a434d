"""Chat access: transferring a chat to agents or groups."""

from __future__ import annotations

from ...actions.chat_access import TransferChatRequest, TransferTarget
from .._context import FakeContext
from .._errors import ApiFailure
from ._lookups import agent_can_access, agent_user, find_chat, require_presence
from ._threads import system_message
from ._values import as_model

__all__ = ["transfer_chat"]


def transfer_chat(fake: FakeContext, requester: str, request: TransferChatRequest) -> None:
    chat = find_chat(fake, request.id, requester)
    thread = chat.active_thread
    if thread is None:
        raise ApiFailure("chat_inactive", "Chat is inactive")
    require_presence(chat, requester, request.ignore_requester_presence)
    target = as_model(request.target, TransferTarget) if request.target is not None else None
    if target is None or target.type == "group":
        groups = list(chat.access) if target is None else _group_ids(target)
        chat.access = thread.access = groups
        text = f"Chat transferred to groups {groups}"
    else:
        agents = _agent_ids(target)
        for login in agents:
            agent_user(fake, login)  # not_found for an unknown agent
            if not agent_can_access(fake, login, chat):
                raise ApiFailure("missing_access", f"{login} has no access to the chat")
            if not request.ignore_agents_availability and (
                fake.state.agents[login]["routing_status"] != "accepting_chats"
            ):
                raise ApiFailure("agent_offline", f"{login} is not accepting chats")
        for login in [u for u, user in chat.users.items() if user["type"] == "agent"]:
            del chat.users[login]
        for login in agents:
            chat.users[login] = agent_user(fake, login)
        thread.user_ids = list(chat.users)
        text = f"Chat transferred to {', '.join(agents)}"
    system_message(fake, thread, "chat_transferred", text)


def _group_ids(target: TransferTarget) -> list[int]:
    groups = [i for i in target.ids if isinstance(i, int) and not isinstance(i, bool)]
    if len(groups) != len(target.ids):
        raise ApiFailure("validation", "target.ids must be group IDs (integers) for type 'group'")
    return groups


def _agent_ids(target: TransferTarget) -> list[str]:
    agents = [i for i in target.ids if isinstance(i, str)]
    if len(agents) != len(target.ids):
        raise ApiFailure("validation", "target.ids must be agent IDs (strings) for type 'agent'")
    return agents
