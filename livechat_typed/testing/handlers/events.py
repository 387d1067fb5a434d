"""Events: sending events, uploading files and rich-message postbacks."""

from __future__ import annotations

from typing import Any

from ...actions.events import (
    Postback,
    SendEventRequest,
    SendRichMessagePostbackRequest,
    UploadFileRequest,
    UploadPart,
)
from ...models import SystemMessageEvent
from .._context import FakeContext
from .._errors import ApiFailure
from .._state import Upload
from ._lookups import find_chat, find_event, find_thread
from ._threads import new_event
from ._values import as_event, as_model

__all__ = ["send_event", "send_rich_message_postback", "upload_file"]

Json = dict[str, Any]
CDN = "https://cdn.files-text.livechatinc.com/api/file/lc/att"


def send_event(fake: FakeContext, requester: str, request: SendEventRequest) -> Json:
    chat = find_chat(fake, request.chat_id, requester)
    sent = as_event(request.event)
    thread = chat.active_thread
    if thread is None:
        last = chat.last_thread
        if not (request.attach_to_last_thread and last and isinstance(sent, SystemMessageEvent)):
            raise ApiFailure("chat_inactive", "Chat is inactive")
        thread = last
    user = chat.users.get(requester)
    if user is None:
        raise ApiFailure("authorization", "Requester is not a user of the chat")
    wanted = sent.visibility or "all"
    if user.get("visibility") == "agents" and wanted == "all":
        raise ApiFailure("validation", "users added with visibility 'agents' cannot send to all")
    event = new_event(fake, thread, requester, sent)
    user["events_seen_up_to"] = event["created_at"]
    return {"event_id": event["id"]}


def upload_file(fake: FakeContext, requester: str, request: UploadFileRequest) -> Json:
    part = _upload_part(request.file)
    url = f"{CDN}/{len(fake.state.uploads) + 1}/{part.filename}"
    fake.state.uploads[url] = Upload(url, part.filename, part.content_type, part.content)
    return {"url": url}


def send_rich_message_postback(
    fake: FakeContext, requester: str, request: SendRichMessagePostbackRequest
) -> None:
    chat = find_chat(fake, request.chat_id, requester)
    event = find_event(find_thread(chat, request.thread_id), request.event_id)
    if event.get("type") != "rich_message":
        raise ApiFailure("validation", "The event is not a rich message")
    postback = as_model(request.postback, Postback)
    buttons = [b for e in event.get("elements", []) for b in e.get("buttons", [])]
    button = next((b for b in buttons if b.get("postback_id") == postback.id), None)
    if button is None:
        raise ApiFailure("not_found", f"No button with postback {postback.id}")
    users = button.setdefault("user_ids", [])
    if postback.toggled and requester not in users:
        users.append(requester)
    if not postback.toggled and requester in users:
        users.remove(requester)


def _upload_part(value: object) -> UploadPart:
    """The uploaded file as the request model built it."""
    if not isinstance(value, UploadPart):
        raise TypeError(f"expected an UploadPart, got {type(value).__name__}")
    return value
