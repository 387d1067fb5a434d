"""When the RTM client reconnects, and how long it waits first.

The spec's table of ``agent_disconnected`` reasons says, for each, whether to reconnect:
:data:`RECONNECT_REASONS` are those it says to reconnect on, :data:`FINAL_REASONS` those it says
not to. A dropped connection without a reason (network failure, server restart) is reconnected
too. ``access_token_expired`` ("reconnect and generate a new access token") is final here: this
client cannot mint a token, so the session ends with that reason and a new client with a new
token takes over. A reason the spec does not list is treated as final (a careful default: a
loop of reconnects against a server that said "go away" is worse than stopping).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

__all__ = ["FINAL_REASONS", "RECONNECT_REASONS", "ReconnectPolicy", "should_reconnect"]

RECONNECT_REASONS = frozenset(
    {
        "connection_timeout",
        "internal_error",
        "too_many_unauthorized_connections",
        "role_permissions_changed",
    }
)
"""``agent_disconnected`` reasons the spec says to reconnect on."""

FINAL_REASONS = frozenset(
    {
        "agent_disconnected_by_server",
        "agent_logged_out_remotely",
        "access_token_revoked",
        "access_token_expired",
        "connection_evicted",
        "license_expired",
        "license_not_found",
        "misdirected_connection",
        "unsupported_version",
        "too_many_connections",
    }
)
"""``agent_disconnected`` reasons the spec says not to reconnect on (plus
``access_token_expired``, which needs a new token)."""


def should_reconnect(reason: str | None) -> bool:
    """Whether a session that ended with ``reason`` (``None``: the connection dropped) resumes."""
    return reason is None or reason in RECONNECT_REASONS


@dataclass(frozen=True)
class ReconnectPolicy:
    """Exponential backoff with full jitter between reconnect attempts.

    Attempt ``n`` (from 0) waits a random time between ``(1 - jitter) * d`` and ``d``, where
    ``d = min(maximum, initial * multiplier ** n)``; the first attempt after a drop is also
    delayed, so that many clients dropped together do not reconnect together. ``max_attempts``
    (``None``: no limit) bounds the attempts in a row without a successful login; after it the
    session ends with ``RTMDisconnectedError(reason="reconnect_failed")``. ``random`` is the
    source of jitter (a seeded ``random.Random(...).random`` makes waits reproducible).
    """

    initial: float = 0.5
    maximum: float = 30.0
    multiplier: float = 2.0
    jitter: float = 0.5
    max_attempts: int | None = None
    random: Callable[[], float] = field(default=random.random, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("initial", "maximum", "multiplier"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                raise ValueError(f"ReconnectPolicy.{name} must be seconds >= 0 (got {value!r})")
        if self.multiplier < 1:
            raise ValueError(f"ReconnectPolicy.multiplier must be >= 1 (got {self.multiplier!r})")
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"ReconnectPolicy.jitter must be in [0, 1] (got {self.jitter!r})")
        if self.max_attempts is not None and (
            not isinstance(self.max_attempts, int) or self.max_attempts < 1
        ):
            raise ValueError(
                f"ReconnectPolicy.max_attempts must be a positive int or None "
                f"(got {self.max_attempts!r})"
            )

    def delays(self) -> Iterator[float]:
        """The waits before each attempt of one reconnect, in seconds; ends after
        ``max_attempts``."""
        attempt = 0
        while self.max_attempts is None or attempt < self.max_attempts:
            ceiling = min(self.maximum, self.initial * self.multiplier ** min(attempt, 64))
            yield ceiling * (1 - self.jitter * self.random())
            attempt += 1
