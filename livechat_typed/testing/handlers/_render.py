"""The fake's state as the API's JSON: threads, chats and chat summaries."""

from __future__ import annotations

from typing import Any

from .._state import Chat, Thread

__all__ = ["render_chat", "render_summary", "render_thread"]

Json = dict[str, Any]


def render_thread(thread: Thread) -> Json:
    rendered: Json = {
        "id": thread.id,
        "created_at": thread.created_at,
        "active": thread.active,
        "user_ids": list(thread.user_ids),
        "events": [dict(event) for event in thread.events],
        "properties": thread.properties,
        "access": {"group_ids": list(thread.access)},
    }
    if thread.tags:
        rendered["tags"] = list(thread.tags)
    if thread.previous_thread_id:
        rendered["previous_thread_id"] = thread.previous_thread_id
    if thread.next_thread_id:
        rendered["next_thread_id"] = thread.next_thread_id
    return rendered


def render_chat(chat: Chat, thread: Thread | None, requester: str) -> Json:
    """A chat with one of its threads (``get_chat``, ``list_archives``)."""
    rendered: Json = {
        "id": chat.id,
        "users": list(chat.users.values()),
        "properties": chat.properties,
        "access": {"group_ids": list(chat.access)},
        "is_followed": requester in chat.followers,
    }
    if thread is not None:
        rendered["thread"] = render_thread(thread)
    return rendered


def render_summary(chat: Chat, requester: str) -> Json:
    """A chat summary (``list_chats``): the last thread's summary and the last event per type."""
    rendered: Json = {
        "id": chat.id,
        "users": list(chat.users.values()),
        "properties": chat.properties,
        "access": {"group_ids": list(chat.access)},
        "is_followed": requester in chat.followers,
    }
    thread = chat.last_thread
    if thread is not None:
        rendered["last_thread_summary"] = {
            "id": thread.id,
            "created_at": thread.created_at,
            "user_ids": list(thread.user_ids),
            "properties": thread.properties,
            "active": thread.active,
            "access": {"group_ids": list(thread.access)},
        }
        latest: dict[str, Json] = {}
        for candidate in chat.threads:
            for event in candidate.events:
                latest[event["type"]] = {
                    "thread_id": candidate.id,
                    "thread_created_at": candidate.created_at,
                    "event": dict(event),
                }
        rendered["last_event_per_type"] = latest
    return rendered
