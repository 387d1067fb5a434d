"""Which webhooks the fake's Agent API calls cause, with payloads built from the fake's state.

:func:`changes` is called after an action succeeded (under the fake's lock), with the validated
request and the answer; it returns the :class:`~._delivery.Change` s the action made, in the
shape of the webhook models (:mod:`livechat_typed.webhooks`):

===========================  =============================================================
``start_chat``, ``resume_chat``   ``incoming_chat`` (the chat with its new thread)
``deactivate_chat``               ``chat_deactivated``
``transfer_chat``                 ``chat_transferred`` (and ``chat_access_updated`` to groups)
``add/remove_user_to/from_chat``  ``user_added_to_chat`` / ``user_removed_from_chat``
``send_event``                    ``incoming_event``
``send_rich_message_postback``    ``incoming_rich_message_postback``
``update/delete_*_properties``    ``chat/thread/event_properties_updated/deleted``
``tag_thread``, ``untag_thread``  ``thread_tagged``, ``thread_untagged``
``set_routing_status``            ``routing_status_set``
``create_customer``               ``incoming_customer``
``update_customer``               ``customer_session_fields_updated`` (new session fields:
                                  one per active chat of the customer)
``mark_events_as_seen``           ``events_marked_as_seen``
===========================  =============================================================

The system messages the fake adds (a transfer, a deactivation) are not delivered as
``incoming_event``: their action's own webhook stands for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._context import FakeContext
from ._delivery import Change
from .handlers._render import render_chat

if TYPE_CHECKING:
    from ._state import Chat

__all__ = ["changes"]

Json = dict[str, Any]
Builder = Callable[[FakeContext, str, Json, Json], list[Change]]
_PRIVATE_CUSTOMER = ("banned_days", "followers")


def _dump(request: Any) -> Json:
    dumped: Json = request.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return dumped


def changes(
    fake: FakeContext, action: str, requester: str, request: Any, answer: Any
) -> list[Change]:
    """The webhooks ``action`` caused (nothing for actions that cause none)."""
    build = _BUILDERS.get(action)
    if build is None:
        return []
    return build(fake, requester, _dump(request), answer if isinstance(answer, dict) else {})


def _chat(fake: FakeContext, chat_id: Any) -> Chat | None:
    return fake.state.chats.get(chat_id) if isinstance(chat_id, str) else None


def _incoming_chat(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    chat = _chat(fake, answer.get("chat_id") or (body.get("chat") or {}).get("id"))
    if chat is None or chat.last_thread is None:
        return []
    rendered = render_chat(chat, chat.last_thread, requester)
    rendered.pop("is_followed", None)
    return [Change("incoming_chat", {"chat": rendered, "requester_id": requester}, chat)]


def _chat_deactivated(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    chat = _chat(fake, body.get("id"))
    if chat is None or chat.last_thread is None:
        return []
    payload = {"chat_id": chat.id, "thread_id": chat.last_thread.id, "user_id": requester}
    return [Change("chat_deactivated", payload, chat)]


def _chat_transferred(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    chat = _chat(fake, body.get("id"))
    if chat is None:
        return []
    target = body.get("target") or {}
    if target.get("type") == "agent":
        transferred_to: Json = {"agent_ids": list(target.get("ids", []))}
    else:
        transferred_to = {"group_ids": list(chat.access)}
    payload: Json = {
        "chat_id": chat.id,
        "requester_id": requester,
        "reason": "manual",
        "transferred_to": transferred_to,
    }
    if chat.active_thread is not None:
        payload["thread_id"] = chat.active_thread.id
    transferred = Change("chat_transferred", payload, chat)
    if target.get("type") == "agent":
        return [transferred]
    # a transfer to groups changes who may access the chat
    access = {"id": chat.id, "access": {"group_ids": list(chat.access)}}
    return [transferred, Change("chat_access_updated", access, chat)]


def _user_added(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    chat = _chat(fake, body.get("chat_id"))
    if chat is None or body.get("user_id") not in chat.users:
        return []
    payload: Json = {
        "chat_id": chat.id,
        "user": dict(chat.users[body["user_id"]]),
        "user_type": body.get("user_type"),
        "reason": "manual",
        "requester_id": requester,
    }
    if chat.active_thread is not None:
        payload["thread_id"] = chat.active_thread.id
    return [Change("user_added_to_chat", payload, chat)]


def _user_removed(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    chat = _chat(fake, body.get("chat_id"))
    if chat is None:
        return []
    payload: Json = {
        "chat_id": chat.id,
        "user_id": body.get("user_id"),
        "user_type": body.get("user_type"),
        "reason": "manual",
        "requester_id": requester,
    }
    if chat.active_thread is not None:
        payload["thread_id"] = chat.active_thread.id
    return [Change("user_removed_from_chat", payload, chat)]


def _incoming_event(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    chat = _chat(fake, body.get("chat_id"))
    if chat is None:
        return []
    for thread in reversed(chat.threads):
        event = thread.event(answer.get("event_id", ""))
        if event is not None:
            payload = {"chat_id": chat.id, "thread_id": thread.id, "event": dict(event)}
            return [Change("incoming_event", payload, chat, author_id=event.get("author_id"))]
    return []


def _postback(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    chat = _chat(fake, body.get("chat_id"))
    if chat is None:
        return []
    payload = {
        "user_id": requester,
        "chat_id": chat.id,
        "thread_id": body.get("thread_id"),
        "event_id": body.get("event_id"),
        "postback": body.get("postback"),
    }
    return [Change("incoming_rich_message_postback", payload, chat)]


def _properties(level: str, kind: str) -> Builder:
    def build(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
        chat = _chat(fake, body.get("id" if level == "chat" else "chat_id"))
        if chat is None:
            return []
        payload: Json = {"chat_id": chat.id}
        if level in ("thread", "event"):
            payload["thread_id"] = body.get("thread_id")
        if level == "event":
            payload["event_id"] = body.get("event_id")
        payload["properties"] = body.get("properties")
        return [Change(f"{level}_properties_{kind}", payload, chat)]

    return build


def _tagged(action: str) -> Builder:
    def build(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
        chat = _chat(fake, body.get("chat_id"))
        if chat is None:
            return []
        payload = {"chat_id": chat.id, "thread_id": body.get("thread_id"), "tag": body.get("tag")}
        return [Change(action, payload, chat)]

    return build


def _routing_status(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    agent_id = body.get("agent_id") or requester
    payload = {"agent_id": agent_id, "status": body.get("status")}
    return [Change("routing_status_set", payload, agent_id=agent_id)]


def _incoming_customer(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    customer = fake.state.customers.get(answer.get("customer_id", ""))
    if customer is None:
        return []
    public = {key: value for key, value in customer.items() if key not in _PRIVATE_CUSTOMER}
    return [Change("incoming_customer", {"customer": public})]


def _session_fields(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    """One ``customer_session_fields_updated`` per active chat of the customer (as documented)."""
    customer_id = body.get("id")
    fields = body.get("session_fields")
    if not isinstance(customer_id, str) or fields is None:
        return []
    found = []
    for chat in fake.state.chats.values():
        thread = chat.active_thread
        if thread is not None and customer_id in chat.users:
            payload = {
                "id": customer_id,
                "active_chat": {"chat_id": chat.id, "thread_id": thread.id},
                "session_fields": fields,
            }
            found.append(Change("customer_session_fields_updated", payload, chat))
    return found


def _seen(fake: FakeContext, requester: str, body: Json, answer: Json) -> list[Change]:
    chat = _chat(fake, body.get("chat_id"))
    if chat is None:
        return []
    payload = {"user_id": requester, "chat_id": chat.id, "seen_up_to": body.get("seen_up_to")}
    return [Change("events_marked_as_seen", payload, chat)]


_BUILDERS: dict[str, Builder] = {
    "start_chat": _incoming_chat,
    "resume_chat": _incoming_chat,
    "deactivate_chat": _chat_deactivated,
    "transfer_chat": _chat_transferred,
    "add_user_to_chat": _user_added,
    "remove_user_from_chat": _user_removed,
    "send_event": _incoming_event,
    "send_rich_message_postback": _postback,
    "tag_thread": _tagged("thread_tagged"),
    "untag_thread": _tagged("thread_untagged"),
    "set_routing_status": _routing_status,
    "create_customer": _incoming_customer,
    "update_customer": _session_fields,
    "mark_events_as_seen": _seen,
    **{
        f"{verb}_{level}_properties": _properties(level, kind)
        for verb, kind in (("update", "updated"), ("delete", "deleted"))
        for level in ("chat", "thread", "event")
    },
}
