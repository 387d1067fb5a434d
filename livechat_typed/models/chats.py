"""Chats and threads as the API returns them."""

from __future__ import annotations

from pydantic import Field

from ._base import OpenLiteral, ResponseObject, Timestamp
from .common import Properties, RoutingStatus
from .events import Event
from .users import Geolocation, User

__all__ = [
    "Access",
    "AgentForTransfer",
    "Chat",
    "ChatSummary",
    "CustomerVisit",
    "LastEventOfType",
    "Queue",
    "RoutingStatusEntry",
    "Thread",
    "ThreadSummary",
]


class Access(ResponseObject):
    """Who can see a chat or thread: agents of these groups (0 = every agent)."""

    group_ids: list[int] = Field(default_factory=list)


class Queue(ResponseObject):
    """Queue position of a waiting chat."""

    position: int
    wait_time: int
    """Estimated wait, in seconds."""
    queued_at: Timestamp


class CustomerVisit(ResponseObject):
    """The customer's visit during a thread."""

    ip: str | None = None
    user_agent: str | None = None
    geolocation: Geolocation | None = None


class Thread(ResponseObject):
    """A thread: one continuous conversation of a chat, with its events."""

    id: str
    created_at: Timestamp
    active: bool
    user_ids: list[str] = Field(default_factory=list)
    restricted_access: str | None = None
    """Why the events are hidden; when present, ``events`` is absent."""
    events: list[Event] | None = None
    properties: Properties | None = None
    access: Access | None = None
    tags: list[str] | None = None
    queue: Queue | None = None
    """Only while the chat is queued."""
    queues_duration: int | None = None
    previous_thread_id: str | None = None
    next_thread_id: str | None = None
    previous_accessible_thread_id: str | None = None
    next_accessible_thread_id: str | None = None
    customer_visit: CustomerVisit | None = None


class ThreadSummary(ResponseObject):
    """The last thread of a chat summary, without events."""

    id: str
    created_at: Timestamp
    user_ids: list[str] = Field(default_factory=list)
    properties: Properties | None = None
    active: bool
    access: Access | None = None
    queue: Queue | None = None


class LastEventOfType(ResponseObject):
    """The latest event of one type in a chat, with its thread."""

    thread_id: str
    thread_created_at: Timestamp
    event: Event


class Chat(ResponseObject):
    """A chat with one thread (``get_chat``, ``list_archives``)."""

    id: str
    thread: Thread | None = None
    """Absent when the chat has no thread."""
    users: list[User] = Field(default_factory=list)
    properties: Properties | None = None
    access: Access | None = None
    is_followed: bool | None = None


class ChatSummary(ResponseObject):
    """A chat as ``list_chats`` summarises it."""

    id: str
    last_thread_summary: ThreadSummary | None = None
    users: list[User] = Field(default_factory=list)
    last_event_per_type: dict[str, LastEventOfType] | None = None
    """The latest event of each type, keyed by event type."""
    properties: Properties | None = None
    access: Access | None = None
    is_followed: bool | None = None


class RoutingStatusEntry(ResponseObject):
    """One agent's routing status."""

    agent_id: str
    status: OpenLiteral[RoutingStatus]
    """``accepting_chats``, ``not_accepting_chats`` or ``offline`` (bots)."""


class AgentForTransfer(ResponseObject):
    """An agent a chat can be transferred to."""

    agent_id: str
    total_active_chats: int
    """Active chats with customers."""
