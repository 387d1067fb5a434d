"""Properties: updating and deleting properties of chats, threads and events."""

from __future__ import annotations

from .._action import Action
from ..models._base import Request, ResponseObject
from ..models.common import PropertiesInput, PropertiesToDelete

__all__ = [
    "DeleteChatPropertiesRequest",
    "DeleteChatPropertiesResponse",
    "DeleteEventPropertiesRequest",
    "DeleteEventPropertiesResponse",
    "DeleteThreadPropertiesRequest",
    "DeleteThreadPropertiesResponse",
    "PropertiesActions",
    "UpdateChatPropertiesRequest",
    "UpdateChatPropertiesResponse",
    "UpdateEventPropertiesRequest",
    "UpdateEventPropertiesResponse",
    "UpdateThreadPropertiesRequest",
    "UpdateThreadPropertiesResponse",
]


class UpdateChatPropertiesRequest(Request):
    """Set properties of a chat."""

    id: str
    """The chat."""
    properties: PropertiesInput
    """``{namespace: {name: value}}`` to set."""


class UpdateChatPropertiesResponse(ResponseObject):
    """Empty on success."""


class DeleteChatPropertiesRequest(Request):
    """Delete properties of a chat."""

    id: str
    """The chat."""
    properties: PropertiesToDelete
    """``{namespace: [name, ...]}`` to delete."""


class DeleteChatPropertiesResponse(ResponseObject):
    """Empty on success."""


class UpdateThreadPropertiesRequest(Request):
    """Set properties of a thread."""

    chat_id: str
    """The chat of the thread."""
    thread_id: str
    """The thread."""
    properties: PropertiesInput
    """``{namespace: {name: value}}`` to set."""


class UpdateThreadPropertiesResponse(ResponseObject):
    """Empty on success."""


class DeleteThreadPropertiesRequest(Request):
    """Delete properties of a thread."""

    chat_id: str
    """The chat of the thread."""
    thread_id: str
    """The thread."""
    properties: PropertiesToDelete
    """``{namespace: [name, ...]}`` to delete."""


class DeleteThreadPropertiesResponse(ResponseObject):
    """Empty on success."""


class UpdateEventPropertiesRequest(Request):
    """Set properties of an event."""

    chat_id: str
    """The chat of the thread."""
    thread_id: str
    """The thread of the event."""
    event_id: str
    """The event."""
    properties: PropertiesInput
    """``{namespace: {name: value}}`` to set."""


class UpdateEventPropertiesResponse(ResponseObject):
    """Empty on success."""


class DeleteEventPropertiesRequest(Request):
    """Delete properties of an event."""

    chat_id: str
    """The chat of the thread."""
    thread_id: str
    """The thread of the event."""
    event_id: str
    """The event."""
    properties: PropertiesToDelete
    """``{namespace: [name, ...]}`` to delete."""


class DeleteEventPropertiesResponse(ResponseObject):
    """Empty on success."""


class PropertiesActions:
    """Properties category."""

    update_chat_properties = Action(
        UpdateChatPropertiesRequest, UpdateChatPropertiesResponse, idempotent=True
    )
    delete_chat_properties = Action(
        DeleteChatPropertiesRequest, DeleteChatPropertiesResponse, idempotent=True
    )
    update_thread_properties = Action(
        UpdateThreadPropertiesRequest, UpdateThreadPropertiesResponse, idempotent=True
    )
    delete_thread_properties = Action(
        DeleteThreadPropertiesRequest, DeleteThreadPropertiesResponse, idempotent=True
    )
    update_event_properties = Action(
        UpdateEventPropertiesRequest, UpdateEventPropertiesResponse, idempotent=True
    )
    delete_event_properties = Action(
        DeleteEventPropertiesRequest, DeleteEventPropertiesResponse, idempotent=True
    )
