"""Thread tags: tagging and untagging threads."""

from __future__ import annotations

from .._action import Action
from ..models._base import Request, ResponseObject

__all__ = [
    "TagThreadRequest",
    "TagThreadResponse",
    "ThreadTagsActions",
    "UntagThreadRequest",
    "UntagThreadResponse",
]


class TagThreadRequest(Request):
    """Add a tag to a thread."""

    chat_id: str
    """The chat of the thread."""
    thread_id: str
    """The thread to tag."""
    tag: str
    """The tag name."""


class TagThreadResponse(ResponseObject):
    """Empty on success."""


class UntagThreadRequest(Request):
    """Remove a tag from a thread."""

    chat_id: str
    """The chat of the thread."""
    thread_id: str
    """The thread to untag."""
    tag: str
    """The tag name."""


class UntagThreadResponse(ResponseObject):
    """Empty on success."""


class ThreadTagsActions:
    """Thread tags category."""

    tag_thread = Action(TagThreadRequest, TagThreadResponse, idempotent=True)
    untag_thread = Action(UntagThreadRequest, UntagThreadResponse, idempotent=True)
