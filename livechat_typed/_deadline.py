"""A call's deadline, carried to every network operation of the call.

``total_timeout`` bounds a whole call, retries included. The client opens a
:class:`deadline_scope` around the call; the network backend of :mod:`._http` asks
:func:`bounded` for each connect, read and write, so a server that drips one byte at a time
cannot stretch the call past its deadline.
"""

from __future__ import annotations

import time
from contextvars import ContextVar, Token

__all__ = ["bounded", "deadline_scope", "time_left"]

_deadline: ContextVar[float | None] = ContextVar("livechat_typed_deadline", default=None)


class deadline_scope:
    """Bound every network operation in the block by ``deadline`` (``time.monotonic()``);
    ``None`` is no bound (and costs nothing)."""

    __slots__ = ("_deadline", "_token")

    def __init__(self, deadline: float | None) -> None:
        self._deadline = deadline
        self._token: Token[float | None] | None = None

    def __enter__(self) -> None:
        if self._deadline is not None:
            self._token = _deadline.set(self._deadline)

    def __exit__(self, *exc_info: object) -> None:
        if self._token is not None:
            _deadline.reset(self._token)


def time_left() -> float | None:
    """Seconds left before the current call's deadline (``None`` without a deadline)."""
    deadline = _deadline.get()
    return None if deadline is None else deadline - time.monotonic()


def bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` cut down to the time left, or raise ``expired`` when none is left."""
    left = time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise expired("the call's deadline passed")
    return left if timeout is None else min(timeout, left)
