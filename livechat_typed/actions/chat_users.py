"""Chat users: adding and removing users of a chat."""

from __future__ import annotations

from typing import Literal

from .._action import Action
from ..models._base import Request, ResponseObject
from ..models.common import UserType, Visibility

__all__ = [
    "AddUserToChatRequest",
    "AddUserToChatResponse",
    "ChatUsersActions",
    "RemoveUserFromChatRequest",
    "RemoveUserFromChatResponse",
]


class AddUserToChatRequest(Request):
    """Add a user to a chat; a chat holds at most one customer."""

    chat_id: str
    """The chat to add the user to."""
    user_id: str
    """The agent's ID (their email) or the customer's ID."""
    user_type: UserType
    """``agent`` or ``customer``."""
    visibility: Visibility
    """Visibility of the events the added agent sends: ``all`` or ``agents``."""
    ignore_requester_presence: bool | None = None
    """``True`` allows adding without being in the chat's users."""


class AddUserToChatResponse(ResponseObject):
    """Empty on success."""


class RemoveUserFromChatRequest(Request):
    """Remove an agent from a chat (the customer cannot be removed)."""

    chat_id: str
    """The chat to remove the agent from."""
    user_id: str
    """The agent's ID (their email)."""
    user_type: Literal["agent"]
    """Only ``agent``: the API does not remove customers."""
    ignore_requester_presence: bool | None = None
    """``True`` allows removing without being in the chat's users."""


class RemoveUserFromChatResponse(ResponseObject):
    """Empty on success."""


class ChatUsersActions:
    """Chat users category."""

    add_user_to_chat = Action(AddUserToChatRequest, AddUserToChatResponse, idempotent=False)
    remove_user_from_chat = Action(
        RemoveUserFromChatRequest, RemoveUserFromChatResponse, idempotent=False
    )
