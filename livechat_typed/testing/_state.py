"""The fake's in-memory world: agents, customers, chats, threads, events, uploads.

Everything is held as the JSON the API would return, so that answers are built by copying, and
everything is inspectable from tests (``fake.state.chats["..."].threads[-1].events``).
"""

from __future__ import annotations

import itertools
import string
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

__all__ = ["Chat", "Clock", "Ids", "State", "Thread", "Upload"]

Json = dict[str, Any]


class Clock:
    """A deterministic clock: every reading is one millisecond after the previous one."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2024, 7, 15, 9, 0, tzinfo=timezone.utc)

    def now(self) -> datetime:
        self._now += timedelta(milliseconds=1)
        return self._now

    def stamp(self) -> str:
        """The next reading in the API's wire format (RFC 3339, microseconds, ``Z``)."""
        return self.now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Ids:
    """Deterministic IDs shaped like the API's (10 upper-case alphanumerics for chats/threads)."""

    _ALPHABET = string.ascii_uppercase + string.digits

    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def short(self) -> str:
        number, chars = next(self._counter), []
        for _ in range(10):
            number, digit = divmod(number * 7919 + 13, len(self._ALPHABET))
            chars.append(self._ALPHABET[digit])
        return "".join(chars)

    def uuid(self) -> str:
        return str(uuid.UUID(int=next(self._counter) * 2654435761, version=4))


@dataclass
class Thread:
    """A thread: its events and metadata, as JSON."""

    id: str
    chat_id: str
    created_at: str
    active: bool
    access: list[int]
    events: list[Json] = field(default_factory=list)
    properties: dict[str, dict[str, Any]] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    user_ids: list[str] = field(default_factory=list)
    previous_thread_id: str | None = None
    next_thread_id: str | None = None

    def event(self, event_id: str) -> Json | None:
        return next((event for event in self.events if event["id"] == event_id), None)


@dataclass
class Chat:
    """A chat: its users, threads, properties, access and followers."""

    id: str
    users: dict[str, Json]
    access: list[int]
    threads: list[Thread] = field(default_factory=list)
    properties: dict[str, dict[str, Any]] = field(default_factory=dict)
    followers: set[str] = field(default_factory=set)

    @property
    def last_thread(self) -> Thread | None:
        return self.threads[-1] if self.threads else None

    @property
    def active_thread(self) -> Thread | None:
        thread = self.last_thread
        return thread if thread is not None and thread.active else None

    def thread(self, thread_id: str) -> Thread | None:
        return next((thread for thread in self.threads if thread.id == thread_id), None)


@dataclass
class Upload:
    """A file stored by ``upload_file``."""

    url: str
    name: str
    content_type: str
    content: bytes


@dataclass
class State:
    """Everything the fake knows; tests read it directly."""

    agents: dict[str, Json] = field(default_factory=dict)
    """Agents by ID (their login), with ``routing_status``, ``group_ids`` and ``logged_out``."""
    customers: dict[str, Json] = field(default_factory=dict)
    """Customers by ID, as ``get_customer`` returns them (plus ``banned_days``/``followers``)."""
    chats: dict[str, Chat] = field(default_factory=dict)
    uploads: dict[str, Upload] = field(default_factory=dict)
    """Uploaded files by URL."""
    multicasts: list[Json] = field(default_factory=list)
    """Every multicast received, as sent."""
    typing: list[Json] = field(default_factory=list)
    """Every typing indicator received, with the requester."""

    def events(self, chat_id: str | None = None) -> list[Json]:
        """Every stored event, of one chat or of all, in order."""
        chats = [self.chats[chat_id]] if chat_id else list(self.chats.values())
        return [event for chat in chats for thread in chat.threads for event in thread.events]

    def tags(self) -> dict[str, list[str]]:
        """The tags of every tagged thread, by thread ID."""
        return {
            thread.id: list(thread.tags)
            for chat in self.chats.values()
            for thread in chat.threads
            if thread.tags
        }
