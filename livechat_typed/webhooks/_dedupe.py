"""An opt-in guard against handling the same delivery twice, in bounded memory.

LiveChat redelivers a webhook that did not get a ``200`` within about 10 seconds, up to 3 times
within about a minute. The envelope has no delivery ID: ``webhook_id`` is the ID of the
*registration*, the same for every delivery of it, so a guard keyed on ``webhook_id`` would drop
every webhook after the first. What a redelivery does keep is its content, so the guard keys
each delivery on a digest of the whole webhook (envelope and payload, without the secret).

What it catches: a redelivery that reaches the same process within ``ttl`` seconds of the last
time the content was seen, while at most ``max_size`` other deliveries came in between. While
the first delivery is still being handled, a redelivery is reported ``in_progress`` (the ASGI
and WSGI apps answer ``409``, so LiveChat tries again later); if the handler fails, the entry is
dropped and the next redelivery is handled.

What it cannot catch: redeliveries that reach another process, worker or host, or arrive after a
restart (the memory is per process; subclass :class:`DuplicateGuard` over a shared store for
that); redeliveries later than ``ttl`` or pushed out by ``max_size`` newer ones. And what it
wrongly suppresses: two *different* deliveries with identical content within ``ttl`` — say
``thread_tagged``, ``thread_untagged`` and ``thread_tagged`` again with the same tag, or the same
property set twice to the same value. Events (``incoming_event``) carry their own ID and time,
so they never collide. Idempotent handlers remain the robust answer; the guard is for handlers
that cannot be.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Literal

from ._envelope import Webhook

__all__ = ["Claim", "DuplicateGuard"]

Claim = Literal["new", "duplicate", "in_progress"]
"""What :meth:`DuplicateGuard.claim` found: a first delivery (handle it), a delivery already
handled, or one whose first delivery is still being handled."""


class DuplicateGuard:
    """Remembers the content digests of recent deliveries: at most ``max_size`` of them, each for
    ``ttl`` seconds after it was last seen (``None``: until pushed out by newer ones).

    Thread-safe. ``clock`` (``time.monotonic`` by default) is there for tests.
    """

    def __init__(
        self,
        max_size: int = 10_000,
        ttl: float | None = 300.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1:
            raise ValueError("max_size must be a whole number, 1 or more")
        if ttl is not None and not (isinstance(ttl, (int, float)) and 0 < ttl < float("inf")):
            raise ValueError("ttl must be positive, finite seconds or None")
        self.max_size = max_size
        """The most deliveries remembered at once (about 150 bytes each)."""
        self.ttl = ttl
        """Seconds a delivery is remembered after it was last seen; the default (5 minutes)
        covers LiveChat's 3 redeliveries within about a minute with room to spare."""
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: OrderedDict[bytes, tuple[bool, float]] = OrderedDict()
        """digest → (handled, last seen), oldest first."""

    def __repr__(self) -> str:
        return f"DuplicateGuard(max_size={self.max_size}, ttl={self.ttl}, remembered={len(self)})"

    def __len__(self) -> int:
        """How many deliveries are remembered now (expired ones included until the next claim)."""
        return len(self._entries)

    def fingerprint(self, webhook: Webhook) -> bytes:
        """The delivery's key: a SHA-256 digest of the webhook as received, secret excluded."""
        content = webhook.model_dump_json(by_alias=True, exclude_unset=True, exclude={"secret_key"})
        return hashlib.sha256(content.encode("utf-8", "surrogatepass")).digest()

    def claim(self, key: bytes) -> Claim:
        """Record the delivery ``key`` (a :meth:`fingerprint`) as being handled, unless it was
        seen already (see :data:`Claim`). A ``"new"`` claim must be followed by
        :meth:`complete` or :meth:`release` with the same key.
        """
        with self._lock:
            now = self._clock()
            self._expire(now)
            entry = self._entries.get(key)
            if entry is not None:
                handled, _ = entry
                if not handled:
                    return "in_progress"
                self._entries[key] = (True, now)
                self._entries.move_to_end(key)
                return "duplicate"
            self._entries[key] = (False, now)
            while len(self._entries) > self.max_size:
                self._entries.popitem(last=False)
            return "new"

    def complete(self, key: bytes) -> None:
        """The delivery ``key`` was handled: later deliveries with that key are duplicates."""
        with self._lock:
            self._entries[key] = (True, self._clock())
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_size:
                self._entries.popitem(last=False)

    def release(self, key: bytes) -> None:
        """Handling the delivery ``key`` failed: forget it, so that a redelivery is handled."""
        with self._lock:
            self._entries.pop(key, None)

    def clear(self) -> None:
        """Forget every delivery."""
        with self._lock:
            self._entries.clear()

    def _expire(self, now: float) -> None:
        if self.ttl is None:
            return
        entries = self._entries
        while entries:
            _, (_, seen) = next(iter(entries.items()))
            if now - seen < self.ttl:
                break
            entries.popitem(last=False)
