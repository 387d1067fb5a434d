"""The small interface between an action descriptor and the client that sends for it.

The data path runs one way: call -> validate (:mod:`._action`) -> build -> send with retries
(the client) -> parse (:mod:`._action`). The descriptor knows nothing of the client module: it
talks to any object with the methods below, so a client for another API (or another transport)
gets typed actions by providing them.
"""

from __future__ import annotations

from collections.abc import Coroutine, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

import httpx

if TYPE_CHECKING:
    from .models._base import Encoded

__all__ = ["ActionInfo", "AsyncSender", "Prepared", "Sender", "SyncSender"]


class Prepared:
    """What a call resolved to before it becomes an HTTP request: body and per-call options."""

    __slots__ = ("encoded", "headers", "max_retries", "timeout", "total_timeout")

    def __init__(
        self,
        encoded: Encoded,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None = None,
    ) -> None:
        self.encoded = encoded
        self.headers = headers
        self.timeout = timeout
        self.max_retries = max_retries
        self.total_timeout = total_timeout


class ActionInfo(Protocol):
    """What the sender needs to know of an action: its name and whether it may be repeated."""

    @property
    def name(self) -> str: ...

    @property
    def idempotent(self) -> bool: ...


class Sender(Protocol):
    """What sync and async senders share: request building, after validation, before I/O."""

    is_async: ClassVar[bool]
    """Whether :meth:`_send` returns a coroutine."""

    _strict: bool
    """Whether responses must hold nothing undocumented."""

    def _build_request(self, action: str, prepared: Prepared) -> httpx.Request:
        """The HTTP request of a prepared call; raises ``InvalidRequestError`` on bad options."""
        ...


class SyncSender(Sender, Protocol):
    """A sender whose calls block: ``AgentWeb``."""

    def _send(
        self, request: httpx.Request, action: ActionInfo, prepared: Prepared
    ) -> httpx.Response:
        """Send with retries; the final response, whatever its status, read in full."""
        ...


class AsyncSender(Sender, Protocol):
    """A sender whose calls are awaited: ``AsyncAgentWeb``."""

    def _send(
        self, request: httpx.Request, action: ActionInfo, prepared: Prepared
    ) -> Coroutine[Any, Any, httpx.Response]:
        """Send with retries; the final response, whatever its status, read in full."""
        ...
