"""Chat users: adding agents or the customer to a chat, removing agents."""

from __future__ import annotations

from ...actions.chat_users import AddUserToChatRequest, RemoveUserFromChatRequest
from .._context import FakeContext
from .._errors import ApiFailure
from ._lookups import agent_can_access, agent_user, customer_user, find_chat, require_presence

__all__ = ["add_user_to_chat", "remove_user_from_chat"]


def add_user_to_chat(fake: FakeContext, requester: str, request: AddUserToChatRequest) -> None:
    chat = find_chat(fake, request.chat_id, requester)
    if chat.active_thread is None:
        raise ApiFailure("chat_inactive", "Chat is inactive")
    require_presence(chat, requester, request.ignore_requester_presence)
    if request.user_type == "agent":
        user = agent_user(fake, request.user_id)
        if not agent_can_access(fake, request.user_id, chat):
            raise ApiFailure("missing_access", f"{request.user_id} has no access to the chat")
        user["visibility"] = request.visibility
    else:
        if request.visibility != "all":
            raise ApiFailure("validation", "customers must be added with visibility 'all'")
        if any(u["type"] == "customer" for u in chat.users.values()):
            raise ApiFailure("validation", "A chat can have one customer only")
        user = customer_user(fake, request.user_id)
    chat.users[request.user_id] = user
    if chat.active_thread is not None:
        chat.active_thread.user_ids = list(chat.users)


def remove_user_from_chat(
    fake: FakeContext, requester: str, request: RemoveUserFromChatRequest
) -> None:
    chat = find_chat(fake, request.chat_id, requester)
    require_presence(chat, requester, request.ignore_requester_presence)
    if request.user_id not in chat.users:
        raise ApiFailure("not_found", f"User {request.user_id} is not in the chat")
    if chat.users[request.user_id]["type"] != "agent":
        raise ApiFailure("validation", "The customer cannot be removed from a chat")
    del chat.users[request.user_id]
    if chat.active_thread is not None:
        chat.active_thread.user_ids = list(chat.users)
