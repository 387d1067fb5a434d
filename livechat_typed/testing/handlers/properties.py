"""Properties of chats, threads and events: updating (merging) and deleting them.

An update merges ``{namespace: {name: value}}`` into the target's properties; a deletion
removes the named properties, all or nothing (an unknown one is ``not_found`` and nothing is
deleted). System messages have no properties.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...actions.properties import (
    DeleteChatPropertiesRequest,
    DeleteEventPropertiesRequest,
    DeleteThreadPropertiesRequest,
    UpdateChatPropertiesRequest,
    UpdateEventPropertiesRequest,
    UpdateThreadPropertiesRequest,
)
from ...models.common import PropertiesInput
from .._context import FakeContext
from .._errors import ApiFailure
from ._lookups import find_chat, find_event, find_thread
from ._values import as_json

__all__ = [
    "delete_chat_properties",
    "delete_event_properties",
    "delete_thread_properties",
    "update_chat_properties",
    "update_event_properties",
    "update_thread_properties",
]

Properties = dict[str, dict[str, Any]]


def update_chat_properties(
    fake: FakeContext, requester: str, request: UpdateChatPropertiesRequest
) -> None:
    _merge(find_chat(fake, request.id, requester).properties, request.properties)


def delete_chat_properties(
    fake: FakeContext, requester: str, request: DeleteChatPropertiesRequest
) -> None:
    _delete(find_chat(fake, request.id, requester).properties, request.properties)


def update_thread_properties(
    fake: FakeContext, requester: str, request: UpdateThreadPropertiesRequest
) -> None:
    chat = find_chat(fake, request.chat_id, requester)
    _merge(find_thread(chat, request.thread_id).properties, request.properties)


def delete_thread_properties(
    fake: FakeContext, requester: str, request: DeleteThreadPropertiesRequest
) -> None:
    chat = find_chat(fake, request.chat_id, requester)
    _delete(find_thread(chat, request.thread_id).properties, request.properties)


def update_event_properties(
    fake: FakeContext, requester: str, request: UpdateEventPropertiesRequest
) -> None:
    event = _event(fake, requester, request.chat_id, request.thread_id, request.event_id)
    _merge(event.setdefault("properties", {}), request.properties)


def delete_event_properties(
    fake: FakeContext, requester: str, request: DeleteEventPropertiesRequest
) -> None:
    event = _event(fake, requester, request.chat_id, request.thread_id, request.event_id)
    _delete(event.get("properties", {}), request.properties)


def _event(
    fake: FakeContext, requester: str, chat_id: str, thread_id: str, event_id: str
) -> dict[str, Any]:
    chat = find_chat(fake, chat_id, requester)
    event = find_event(find_thread(chat, thread_id), event_id)
    if event["type"] == "system_message":
        raise ApiFailure("validation", "system messages have no properties")
    return event


def _merge(target: Properties, properties: PropertiesInput) -> None:
    for namespace, values in as_json(properties).items():
        target.setdefault(namespace, {}).update(values)


def _delete(target: Properties, properties: Mapping[str, list[str]]) -> None:
    for namespace, names in properties.items():  # all or nothing
        for name in names:
            if name not in target.get(namespace, {}):
                raise ApiFailure("not_found", f"Property {namespace}.{name} not found")
    for namespace, names in properties.items():
        for name in names:
            target[namespace].pop(name, None)
        if namespace in target and not target[namespace]:
            del target[namespace]
