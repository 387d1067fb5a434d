"""Thread tags: tagging and untagging threads."""

from __future__ import annotations

from ...actions.thread_tags import TagThreadRequest, UntagThreadRequest
from .._context import FakeContext
from .._errors import ApiFailure
from ._lookups import find_chat, find_thread

__all__ = ["tag_thread", "untag_thread"]


def tag_thread(fake: FakeContext, requester: str, request: TagThreadRequest) -> None:
    thread = find_thread(find_chat(fake, request.chat_id, requester), request.thread_id)
    if request.tag not in thread.tags:
        thread.tags.append(request.tag)


def untag_thread(fake: FakeContext, requester: str, request: UntagThreadRequest) -> None:
    thread = find_thread(find_chat(fake, request.chat_id, requester), request.thread_id)
    if request.tag not in thread.tags:
        raise ApiFailure("not_found", f"Tag {request.tag} not found")
    thread.tags.remove(request.tag)
