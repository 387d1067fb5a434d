"""The per-call options every client checks the same way: timeouts and retry counts.

Kept apart from the models so that a client can check its constructor's options without loading
pydantic's schema machinery; the request models' option fields use the same rules.
"""

from __future__ import annotations

from typing import Final

import httpx

__all__ = ["MAX_SECONDS", "is_seconds", "max_retries_problem", "timeout_problem"]

MAX_SECONDS: Final = 1_000_000.0
"""The longest timeout accepted (about 11.5 days): sockets cannot wait for much longer (a larger
value overflows the platform's ``time_t`` on the first call)."""


def is_seconds(value: object) -> bool:
    """Whether ``value`` is a usable number of seconds: positive, at most ``MAX_SECONDS``."""
    return (
        isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= MAX_SECONDS
    )


def timeout_problem(value: object) -> str | None:
    """Why ``value`` is not a usable timeout (seconds or an ``httpx.Timeout``), or ``None``."""
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        if all(part is None or is_seconds(part) for part in parts):
            return None
        return "every part of an httpx.Timeout must be None or positive seconds up to 1,000,000"
    if is_seconds(value):
        return None
    return "must be positive seconds up to 1,000,000, or an httpx.Timeout"


def max_retries_problem(value: object) -> str | None:
    """Why ``value`` is not a usable ``max_retries`` (a whole number, 0 or more), or ``None``."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return None
    return "must be a whole number, 0 or more"
