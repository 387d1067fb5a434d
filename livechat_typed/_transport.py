"""The send loop's decisions, shared by the sync and async clients: retries, rerouting, logging.

The clients own the I/O (one request through their transport, read in full); everything
they decide between two attempts lives here, so both loops stay a dozen lines long.

Retry rules (``max_retries`` attempts after the first, exponential backoff with jitter, a
``Retry-After`` header honoured up to a minute):

* connection failures before the request was sent (connect errors and timeouts, a full pool):
  retried for every action — the server never saw the request;
* ``429``/``too_many_requests``: retried for every action — the server refused it unprocessed;
* ``502``/``503``/``504`` and failures after the request was sent (read timeouts, dropped
  connections): retried only for idempotent actions, since the server may have processed it.

A ``misdirected_request`` naming another region is resent once to that region, which the client
then remembers for the session.
"""

from __future__ import annotations

import email.utils
import logging
import os
import random
import sys
import time
import warnings
from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import timezone
from typing import Union

import httpx

from .errors import APIConnectionError, APITimeoutError, LiveChatDeprecationWarning

__all__ = ["Outcome", "RetryPolicy", "Session", "attempts", "logger"]

logger = logging.getLogger("livechat_typed")
logger.addHandler(logging.NullHandler())

_LOGGED_BODY_LIMIT = 2000
_RETRIED_STATUSES = frozenset({502, 503, 504})
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts."""

    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter for retry number ``attempt`` (0-based)."""
        ceiling = min(self.max_delay, self.base_delay * 2.0 ** min(attempt, 32))
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def delay_after_response(
        self, response: httpx.Response, attempt: int, *, idempotent: bool
    ) -> float | None:
        """Seconds to wait before retrying after ``response``, or ``None`` not to retry."""
        if response.status_code == 429 or _error_type(response) == "too_many_requests":
            pass
        elif not (idempotent and response.status_code in _RETRIED_STATUSES):
            return None
        retry_after = _retry_after(response)
        if retry_after is None:
            return self.backoff(attempt)
        return retry_after if retry_after <= self.max_retry_after else None

    def delay_after_error(
        self, exc: httpx.TransportError, attempt: int, *, idempotent: bool
    ) -> float | None:
        """Seconds to wait before retrying after a transport failure, or ``None`` not to retry."""
        if isinstance(exc, _NOT_SENT) or idempotent:
            return self.backoff(attempt)
        return None


@dataclass
class Session:
    """State that a client and its ``with_options`` copies share: what the session learned."""

    region: str | None = None
    """The data center requests go to (``X-Region``), from the token or a reroute."""
    deprecations_warned: set[str] = field(default_factory=set)
    """Actions whose lifecycle header was already reported."""


Outcome = Union[httpx.Response, httpx.TransportError, None]  # noqa: UP007
"""What the client reports back to :func:`attempts`: a response, a transport failure, or
``None`` after a sleep."""


def attempts(
    request: httpx.Request,
    action: str,
    *,
    idempotent: bool,
    retries: int,
    session: Session,
    policy: RetryPolicy,
    log: bool,
    deadline: float | None = None,
) -> Generator[float | None, Outcome, httpx.Response]:
    """The send loop as a generator, so that one copy of it drives both clients.

    It yields ``None`` to have ``request`` sent (the client sends back the response or the
    ``httpx.TransportError``) or a delay in seconds to have the client sleep (it sends back
    ``None``). It returns the final response, whatever its status, or raises the
    ``APIConnectionError`` of a transport failure that is not retried. With a ``deadline``
    (``time.monotonic()``), no wait reaches past it: a retry that would is not made, and a
    failure once it has passed is an ``APITimeoutError``.
    """
    attempt, rerouted = 0, False
    while True:
        if log:
            log_request(request)
        started = time.perf_counter()
        outcome = yield None
        if isinstance(outcome, httpx.TransportError):
            delay = policy.delay_after_error(outcome, attempt, idempotent=idempotent)
            if _past(deadline, 0.0):
                raise deadline_error(request) from outcome
            if delay is None or attempt >= retries or _past(deadline, delay):
                raise transport_error(request, outcome) from outcome
            reason = type(outcome).__name__
        else:
            assert outcome is not None
            if log:
                log_response(request, outcome, started)
            if not rerouted and reroute(request, outcome, session):
                rerouted = True
                continue
            delay = policy.delay_after_response(outcome, attempt, idempotent=idempotent)
            if delay is None or attempt >= retries or _past(deadline, delay):
                note_lifecycle(action, outcome, session)
                return outcome
            reason = f"HTTP {outcome.status_code}"
        attempt += 1
        if log:
            log_retry(request, reason, delay, attempt)
        yield delay


def _past(deadline: float | None, delay: float) -> bool:
    """Whether waiting ``delay`` seconds from now would reach ``deadline``."""
    return deadline is not None and time.monotonic() + delay >= deadline


def reroute(request: httpx.Request, response: httpx.Response, session: Session) -> bool:
    """For a ``misdirected_request`` naming another region: aim ``request`` there and say so."""
    if response.status_code < 400 or b"misdirected_request" not in response.content:
        return False
    error = _error_of(response)
    data = error.get("data") if error is not None else None
    region = data.get("region") if isinstance(data, dict) else None
    if error is None or error.get("type") != "misdirected_request":
        return False
    if not isinstance(region, str) or not region:
        return False
    if request.headers.get("x-region") == region:
        return False
    session.region = region
    request.headers["X-Region"] = region
    return True


def note_lifecycle(action: str, response: httpx.Response, session: Session) -> None:
    """Warn once per action when the API marks the version ``Legacy`` or ``Deprecation``."""
    for header in ("Deprecation", "Legacy"):
        date = response.headers.get(header)
        if date and action not in session.deprecations_warned:
            session.deprecations_warned.add(action)
            stage = "deprecated" if header == "Deprecation" else "legacy"
            warnings.warn(
                LiveChatDeprecationWarning(
                    f"{action}: the API marks v3.6 as {stage} (header {header}: {date}); "
                    f"this stage ends on {date}",
                    action=action,
                    date=date,
                    header=header,
                ),
                stacklevel=_stacklevel_outside_package(),
            )


def _stacklevel_outside_package() -> int:
    """The ``stacklevel`` that points a warning at the first caller outside this package."""
    package = os.path.dirname(os.path.abspath(__file__))
    frame, level = sys._getframe(1), 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(package):
        frame, level = frame.f_back, level + 1  # type: ignore[assignment]
    return level


def deadline_error(request: httpx.Request) -> APITimeoutError:
    """The error of a call whose ``total_timeout`` passed."""
    return APITimeoutError(
        f"{request.method} {request.url}: the call's total_timeout passed", request=request
    )


def transport_error(request: httpx.Request, exc: httpx.TransportError) -> APIConnectionError:
    """The ``LiveChatError`` for an httpx transport failure (raise it ``from exc``)."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{request.method} {request.url} timed out ({type(exc).__name__})", request=request
        )
    return APIConnectionError(
        f"{request.method} {request.url} failed: {type(exc).__name__}: {exc}", request=request
    )


def log_request(request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("request %s %s body=%s", request.method, request.url, _body_for_log(request))


def log_response(request: httpx.Request, response: httpx.Response, started: float) -> None:
    elapsed_ms = (time.perf_counter() - started) * 1000
    logger.info(
        "%s %s -> %d (%.1f ms)", request.method, request.url, response.status_code, elapsed_ms
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("response %d body=%s", response.status_code, _text_for_log(response.content))


def log_retry(request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
    logger.warning(
        "%s %s: %s; retry %d in %.2f s", request.method, request.url, reason, attempt, delay
    )


def _body_for_log(request: httpx.Request) -> str:
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("application/json"):
        return f"<{content_type or 'body'}, {request.headers.get('content-length', '?')} bytes>"
    return _text_for_log(request.content)


def _text_for_log(content: bytes) -> str:
    text = content[:_LOGGED_BODY_LIMIT].decode("utf-8", errors="replace")
    return text + ("... (truncated)" if len(content) > _LOGGED_BODY_LIMIT else "")


def _error_of(response: httpx.Response) -> dict[str, object] | None:
    """The ``error`` object of an error answer, if its body holds one."""
    if response.status_code < 400:
        return None
    try:
        body = response.json()
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past Python's limit
        return None
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else None


def _error_type(response: httpx.Response) -> str | None:
    if b'"type"' not in response.content:
        return None
    error = _error_of(response)
    kind = error.get("type") if error is not None else None
    return kind if isinstance(kind, str) else None


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a ``Retry-After`` header: a number of seconds or an HTTP date."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:  # the asctime form carries no zone: HTTP dates are GMT
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, moment.timestamp() - time.time())
