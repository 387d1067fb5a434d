"""Other actions: marking events as seen, typing indicators, multicasts and transfer candidates."""

from __future__ import annotations

from typing import Any

from ...actions.other import (
    ListAgentsForTransferRequest,
    MarkEventsAsSeenRequest,
    MulticastRecipients,
    MulticastRequest,
    SendTypingIndicatorRequest,
)
from .._context import FakeContext
from .._errors import ApiFailure
from ._lookups import find_chat
from ._values import as_model, wire_stamp

__all__ = [
    "list_agents_for_transfer",
    "mark_events_as_seen",
    "multicast",
    "send_typing_indicator",
]

Json = dict[str, Any]


def mark_events_as_seen(
    fake: FakeContext, requester: str, request: MarkEventsAsSeenRequest
) -> None:
    chat = find_chat(fake, request.chat_id, requester)
    user = chat.users.get(requester)
    if user is None:
        raise ApiFailure("authorization", "Requester is not present in the chat")
    user["events_seen_up_to"] = wire_stamp(request.seen_up_to)


def send_typing_indicator(
    fake: FakeContext, requester: str, request: SendTypingIndicatorRequest
) -> None:
    chat = find_chat(fake, request.chat_id, requester)
    if chat.active_thread is None:
        raise ApiFailure("chat_inactive", "Chat is inactive")
    fake.state.typing.append(
        {
            "chat_id": chat.id,
            "agent_id": requester,
            "is_typing": request.is_typing,
            "visibility": request.visibility or "all",
        }
    )


def multicast(fake: FakeContext, requester: str, request: MulticastRequest) -> None:
    recipients = as_model(request.recipients, MulticastRecipients)
    if recipients.agents is None and recipients.customers is None:
        raise ApiFailure("validation", "recipients must name agents or customers")
    fake.state.multicasts.append(
        {"author_id": requester, **request.model_dump(mode="json", exclude_unset=True)}
    )


def list_agents_for_transfer(
    fake: FakeContext, requester: str, request: ListAgentsForTransferRequest
) -> list[Json]:
    chat = find_chat(fake, request.chat_id, requester)
    candidates = [
        login
        for login, agent in fake.state.agents.items()
        if login not in chat.users
        and not agent["logged_out"]
        and agent["routing_status"] != "offline"
    ]
    load = {
        login: sum(
            1
            for other in fake.state.chats.values()
            if other.active_thread is not None
            and login in other.users
            and any(user["type"] == "customer" for user in other.users.values())
        )
        for login in candidates
    }
    ranked = sorted(candidates, key=lambda login: load[login])
    return [{"agent_id": login, "total_active_chats": load[login]} for login in ranked]
