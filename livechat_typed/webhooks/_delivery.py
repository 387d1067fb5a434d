"""What a router made of one delivery, and what the ASGI/WSGI apps need of a router.

Kept apart from :mod:`._router` so that the apps (which the router builds) do not import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from ._envelope import Webhook

__all__ = ["Delivery", "Handler", "Outcome"]

Outcome = Literal["handled", "unhandled", "duplicate", "in_progress"]
"""What became of a delivery: a handler ran; no handler (nor fallback) matched; the duplicate
guard had seen it handled already; or its first delivery is still being handled."""


@dataclass(frozen=True)
class Delivery:
    """The result of :meth:`WebhookRouter.handle`: the webhook, what became of it and what the
    handler returned (``None`` unless ``outcome`` is ``"handled"``)."""

    webhook: Webhook
    """The verified, typed webhook."""
    outcome: Outcome
    """``handled``, ``unhandled``, ``duplicate`` or ``in_progress``."""
    result: object = None
    """The handler's return value (awaited, for ``async`` handlers)."""

    @property
    def status_code(self) -> int:
        """The HTTP status to answer LiveChat with: ``200``, or ``409`` while the first delivery
        is still being handled (LiveChat then tries again later)."""
        return 409 if self.outcome == "in_progress" else 200


class Handler(Protocol):
    """What the ASGI and WSGI apps need of a :class:`~._router.WebhookRouter`."""

    @property
    def max_body_size(self) -> int | None:
        """The largest body accepted, in bytes (``None``: no limit)."""
        ...

    def handle(self, body: bytes | bytearray | memoryview | str) -> Delivery:
        """Verify, parse and dispatch one body."""
        ...

    async def ahandle(self, body: bytes | bytearray | memoryview | str) -> Delivery:
        """The async twin of :meth:`handle`."""
        ...
