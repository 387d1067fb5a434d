"""The bounded buffer between the connection reading pushes and whoever consumes them.

The reader never waits for a consumer (answers to calls arrive on the same connection and must
not queue behind a slow consumer), so a consumer slower than the pushes must lose something:
when ``limit`` pushes wait, the oldest is discarded and counted. Nothing is lost silently: the
consumer gets ``RTMPushOverflowError(dropped=n)`` where the gap is, then the pushes after it.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Generic, TypeVar

from ._errors import RTMPushOverflowError

__all__ = ["PushBuffer"]

T = TypeVar("T")


class PushBuffer(Generic[T]):
    """At most ``limit`` items; :meth:`get` waits for one, raises at a gap and at the end."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._items: deque[T] = deque()
        self._dropped = 0
        self.dropped_total = 0
        """How many items were discarded since the buffer was made."""
        self._end: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None

    def __len__(self) -> int:
        return len(self._items)

    def put(self, item: T) -> bool:
        """Add ``item``; ``False`` if the oldest item had to be discarded for it."""
        kept = True
        if len(self._items) >= self.limit:
            self._items.popleft()
            self._dropped += 1
            self.dropped_total += 1
            kept = False
        self._items.append(item)
        self._wake()
        return kept

    def end(self, error: BaseException) -> None:
        """No more items: :meth:`get` raises ``error`` once the buffered items are taken."""
        if self._end is None:
            self._end = error
        self._wake()

    async def get(self) -> T:
        """The oldest item, waiting for one."""
        while True:
            if self._dropped:
                dropped, self._dropped = self._dropped, 0
                raise RTMPushOverflowError(
                    f"{dropped} push{'es' if dropped != 1 else ''} discarded: more than "
                    f"{self.limit} waited to be read (max_buffered_pushes)",
                    dropped=dropped,
                )
            if self._items:
                return self._items.popleft()
            if self._end is not None:
                raise self._end
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
