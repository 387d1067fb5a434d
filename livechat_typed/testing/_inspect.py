"""What the fake received: one typed record per accepted request (:attr:`FakeLiveChat.received`).

A record holds the action's name, the request model instance the fake validated the body into
(``StartChatRequest``, ``SendEventRequest``, ...) and the request's headers; its ``repr`` shows
``Authorization`` (and the other credential headers) as ``<redacted>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from ..models._base import Request
from ._redact import REDACTED, SENSITIVE

__all__ = ["ReceivedRequest"]


@dataclass(frozen=True)
class ReceivedRequest:
    """One request the fake accepted and answered (after validation, before its handler ran)."""

    action: str
    """The action's name, e.g. ``"send_event"``."""
    request: Request
    """The validated request model of that action, e.g. a ``SendEventRequest``."""
    headers: httpx.Headers = field(repr=False)
    """The request's headers, as sent (``Authorization`` included: its ``repr`` hides it)."""

    @property
    def body(self) -> dict[str, Any]:
        """The request as JSON (what ``fake.requests`` holds)."""
        dumped: dict[str, Any] = self.request.model_dump(mode="json", exclude_unset=True)
        return dumped

    def __repr__(self) -> str:
        shown = {
            name: REDACTED if name.lower() in SENSITIVE else value
            for name, value in self.headers.items()
        }
        return (
            f"ReceivedRequest(action={self.action!r}, request={self.request!r}, headers={shown!r})"
        )
