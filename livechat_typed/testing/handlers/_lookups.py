"""Finding things in the fake's state, and who may see them: a missing chat, thread, event,
customer or agent is ``not_found``; a chat out of the requester's reach is ``missing_access``."""

from __future__ import annotations

from typing import Any

from .._context import FakeContext
from .._errors import ApiFailure
from .._state import Chat, Thread

__all__ = [
    "agent_can_access",
    "agent_user",
    "can_access",
    "customer_user",
    "find_chat",
    "find_customer",
    "find_event",
    "find_thread",
    "require_presence",
]

Json = dict[str, Any]


def find_chat(fake: FakeContext, chat_id: str, requester: str | None = None) -> Chat:
    """The chat ``chat_id``; with a ``requester``, only if they may access it."""
    chat = fake.state.chats.get(chat_id)
    if chat is None:
        raise ApiFailure("not_found", f"Chat {chat_id} not found")
    if requester is not None and not can_access(fake, chat, requester):
        raise ApiFailure("missing_access", "Requester has no access to this chat")
    return chat


def find_thread(chat: Chat, thread_id: str) -> Thread:
    thread = chat.thread(thread_id)
    if thread is None:
        raise ApiFailure("not_found", f"Thread {thread_id} not found")
    return thread


def find_event(thread: Thread, event_id: str) -> Json:
    event = thread.event(event_id)
    if event is None:
        raise ApiFailure("not_found", f"Event {event_id} not found")
    return event


def find_customer(fake: FakeContext, customer_id: str) -> Json:
    customer = fake.state.customers.get(customer_id)
    if customer is None:
        raise ApiFailure("not_found", f"Customer {customer_id} not found")
    return customer


def agent_can_access(fake: FakeContext, login: str, chat: Chat) -> bool:
    """Whether the agent's groups reach the chat (group 0 is the whole license)."""
    groups = set(fake.state.agents[login]["group_ids"])
    return 0 in chat.access or bool(groups & set(chat.access))


def can_access(fake: FakeContext, chat: Chat, requester: str) -> bool:
    """Whether the requester is in the chat or one of their groups reaches it."""
    groups = set(fake.state.agents.get(requester, {}).get("group_ids", []))
    return requester in chat.users or 0 in chat.access or bool(groups & set(chat.access))


def require_presence(chat: Chat, requester: str, ignore: bool | None) -> None:
    """Refuse (``authorization``) a requester who is not in the chat, unless ``ignore``."""
    if not ignore and requester not in chat.users:
        raise ApiFailure("authorization", "Requester is not present in the chat")


def agent_user(fake: FakeContext, login: str) -> Json:
    """The agent as a chat user."""
    agent = fake.state.agents.get(login)
    if agent is None:
        raise ApiFailure("not_found", f"Agent {login} not found")
    return {
        "id": login,
        "type": "agent",
        "name": agent["name"],
        "email": agent["email"],
        "present": True,
        "visibility": "all",
    }


def customer_user(fake: FakeContext, customer_id: str) -> Json:
    """The customer as a chat user."""
    customer = find_customer(fake, customer_id)
    user: Json = {key: customer[key] for key in ("id", "name", "email") if key in customer}
    return {"type": "customer", **user, "present": True}
