"""Writing to chats: new events (sent or system), new threads, and a chat's set-up from a
``start_chat``/``resume_chat`` request."""

from __future__ import annotations

from typing import Any

from ...actions.chats import AccessInput, ChatInput, ChatUserInput, ThreadInput
from ...models import FileEvent
from .._context import FakeContext
from .._errors import ApiFailure
from .._state import Chat, Thread
from ._lookups import agent_user, customer_user, find_customer
from ._values import EventModel, as_event, as_json, as_model

__all__ = ["check_chat_input", "new_event", "open_thread", "set_up_chat", "system_message"]

Json = dict[str, Any]


def new_event(fake: FakeContext, thread: Thread, author: str, event: EventModel) -> Json:
    """Store a sent event in ``thread`` as the API returns it; the stored JSON."""
    data = event.model_dump(mode="json", exclude_unset=True)
    stored: Json = {
        "id": f"{thread.id}_{len(thread.events) + 1}",
        "created_at": fake.clock.stamp(),
        **data,
        "visibility": data.get("visibility", "all"),
    }
    if data["type"] != "system_message":
        stored["author_id"] = author
    if data["type"] == "file":
        upload = fake.state.uploads.get(data["url"])
        if upload is None:
            raise ApiFailure("validation", "file url must come from upload_file")
        stored.update(name=upload.name, content_type=upload.content_type, size=len(upload.content))
    if data["type"] == "rich_message":
        for element in stored.get("elements", []):
            for button in element.get("buttons", []):
                button.setdefault("user_ids", [])
    thread.events.append(stored)
    return stored


def system_message(fake: FakeContext, thread: Thread, kind: str, text: str) -> None:
    """Add a server-generated system message to ``thread``."""
    thread.events.append(
        {
            "id": f"{thread.id}_{len(thread.events) + 1}",
            "created_at": fake.clock.stamp(),
            "type": "system_message",
            "system_message_type": kind,
            "text": text,
            "visibility": "all",
        }
    )


def open_thread(
    fake: FakeContext, chat: Chat, active: bool, spec: ThreadInput | None, requester: str
) -> tuple[Thread, list[str]]:
    """A new last thread of ``chat`` with the initial events of ``spec``; their IDs."""
    previous = chat.last_thread
    thread = Thread(
        id=fake.ids.short(),
        chat_id=chat.id,
        created_at=fake.clock.stamp(),
        active=active,
        access=list(chat.access),
        user_ids=list(chat.users),
        previous_thread_id=previous.id if previous else None,
    )
    if previous is not None:
        previous.next_thread_id = thread.id
    chat.threads.append(thread)
    event_ids = []
    if spec is not None:
        if spec.properties:
            thread.properties = as_json(spec.properties)
        for event in spec.events or []:
            event_ids.append(new_event(fake, thread, requester, as_event(event))["id"])
    if thread.events and requester in chat.users:
        chat.users[requester]["events_seen_up_to"] = thread.events[-1]["created_at"]
    return thread, event_ids


def check_chat_input(fake: FakeContext, spec: ChatInput | None) -> None:
    """Refuse a start/resume whose users or initial events cannot exist, before any change."""
    if spec is None:
        return
    for entry in spec.users or []:
        user = as_model(entry, ChatUserInput)
        if user.type == "agent":
            agent_user(fake, user.id)
        else:
            find_customer(fake, user.id)
    thread = as_model(spec.thread, ThreadInput) if spec.thread is not None else None
    for sent in (thread.events if thread is not None else None) or []:
        event = as_event(sent)
        if isinstance(event, FileEvent) and event.url not in fake.state.uploads:
            raise ApiFailure("validation", "file url must come from upload_file")


def set_up_chat(fake: FakeContext, chat: Chat, spec: ChatInput | None, requester: str) -> None:
    """Apply the access, properties and users of ``spec`` to ``chat``."""
    if spec is None:
        return
    if spec.access is not None:
        chat.access = list(as_model(spec.access, AccessInput).group_ids)
    if spec.properties:
        chat.properties = as_json(spec.properties)
    for entry in spec.users or []:
        user = as_model(entry, ChatUserInput)
        if user.type == "agent":
            chat.users[user.id] = agent_user(fake, user.id)
        else:
            chat.users[user.id] = customer_user(fake, user.id)
