"""The clients: session state (token, headers, options, pool) plus the 36 declared actions.

``AgentWeb`` and ``AsyncAgentWeb`` hold no per-action code: every action is an
:class:`~livechat_typed._action.Action` declared once on a category class in
:mod:`livechat_typed.actions`, inherited by both. They differ only in their send loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator, Mapping
from datetime import timedelta
from types import TracebackType
from typing import Any, ClassVar

import httpx
from typing_extensions import Self

from . import _transport
from ._action import Action, Prepared
from ._auth import AccessToken, Secret
from ._transport import RetryPolicy, Session
from ._version import __version__
from .actions import (
    ChatAccessActions,
    ChatsActions,
    ChatUsersActions,
    CustomersActions,
    EventsActions,
    OtherActions,
    PropertiesActions,
    StatusActions,
    ThreadTagsActions,
)
from .errors import ClientClosedError
from .models._base import max_retries_problem, timeout_problem

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "AgentWeb", "AsyncAgentWeb"]

DEFAULT_BASE_URL = "api.livechatinc.com"
DEFAULT_MAX_RETRIES = 2
API_VERSION = "3.6"

_AUTHORIZATION = "authorization"
_USER_AGENT = f"livechat-typed/{__version__} python-httpx/{httpx.__version__}"
_UNSET: Any = object()


class _ClientBase(
    ChatsActions,
    ChatAccessActions,
    ChatUsersActions,
    EventsActions,
    PropertiesActions,
    ThreadTagsActions,
    CustomersActions,
    StatusActions,
    OtherActions,
):
    """Session state and request building, shared by the sync and the async client."""

    is_async: ClassVar[bool] = False
    retry_policy: ClassVar[RetryPolicy] = RetryPolicy()
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        access_token: AccessToken | str,
        base_url: str = DEFAULT_BASE_URL,
        http2: bool = False,
        proxies: str | httpx.Proxy | None = None,
        verify: bool | str | Any = True,
        disable_logging: bool = False,
        timeout: float | httpx.Timeout | None = httpx.Timeout(15),  # noqa: B008
        *,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        strict: bool = False,
    ) -> None:
        _check_options(timeout, max_retries)
        self._token: Secret | None = Secret.from_token(access_token)
        self.base_url = base_url
        self.api_url = f"https://{base_url}/v{API_VERSION}/agent/action"
        self.http2 = http2
        self.disable_logging = disable_logging
        self.max_retries = max_retries
        self.timeout = httpx.Timeout(timeout)
        self._strict = strict
        self._session = Session(region="fra" if self._token.region == "fra" else None)
        self._http = self._make_http(
            http2=http2, proxy=proxies, verify=verify, timeout=self.timeout, transport=transport
        )
        self._headers = httpx.Headers(self._http.headers)
        self._cached_headers: tuple[str | None, list[tuple[str, str]]] | None = None
        self._urls: dict[str, httpx.URL] = {}
        self._headers["User-Agent"] = (
            f"livechat-typed/{__version__} python-httpx/{httpx.__version__}"
        )

    def _make_http(self, **options: Any) -> httpx.Client | httpx.AsyncClient:
        raise NotImplementedError

    # --- headers, as in the reference SDK ---------------------------------------------------------

    def modify_header(self, header: Mapping[str, str]) -> None:
        """Add or replace session headers sent with every request (``Authorization`` included)."""
        for key, value in header.items():
            if key.lower() == _AUTHORIZATION:
                self._token = Secret.from_token(value)
                # Another token is another session: its own region, not shared with copies.
                self._session = Session(
                    region="fra" if self._token.region == "fra" else None,
                    deprecations_warned=set(self._session.deprecations_warned),
                )
            else:
                self._headers[key] = value
                self._cached_headers = None

    def remove_header(self, key: str) -> None:
        """Remove a session header; removing ``Authorization`` sends requests without it."""
        if key.lower() == _AUTHORIZATION:
            self._token = None
        elif key in self._headers:
            del self._headers[key]
            self._cached_headers = None

    def get_headers(self) -> dict[str, str]:
        """The session headers as a dict with lower-case keys, ``authorization`` included."""
        headers = dict(self._headers)
        if self._token is not None:
            headers[_AUTHORIZATION] = self._token.reveal()
        return headers

    # --- options ---------------------------------------------------------------------------------

    @property
    def region(self) -> str | None:
        """The data center this session sends to (``X-Region``): from a ``fra:`` token, or
        learnt from a ``misdirected_request``; ``None`` for the default (``dal``)."""
        return self._session.region

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = _UNSET,
        max_retries: int = _UNSET,
        headers: Mapping[str, str] | None = None,
        strict: bool = _UNSET,
    ) -> Self:
        """A copy with other defaults, sharing this client's connection pool and session.

        Precedence: per-call options > ``with_options`` > the constructor. Session headers of the
        copy start as this client's plus ``headers``; later changes do not cross over. Closing
        either closes the shared pool.
        """
        clone = object.__new__(type(self))
        clone.__dict__.update(
            {key: value for key, value in self.__dict__.items() if not _is_bound(value)}
        )
        clone._headers = httpx.Headers(self._headers)
        clone._cached_headers = None
        if headers:
            clone.modify_header(headers)
        _check_options(
            None if timeout is _UNSET else timeout, 0 if max_retries is _UNSET else max_retries
        )
        if timeout is not _UNSET:
            clone.timeout = httpx.Timeout(timeout)
        if max_retries is not _UNSET:
            clone.max_retries = max_retries
        if strict is not _UNSET:
            clone._strict = strict
        return clone

    @property
    def is_closed(self) -> bool:
        """Whether the connection pool was closed."""
        return self._http.is_closed

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, http2={self.http2!r})"

    # --- building requests ---------------------------------------------------------------------

    def _build_request(self, action: str, prepared: Prepared) -> httpx.Request:
        items = self._header_items()
        if self._token is not None:
            items.append(("Authorization", self._token.reveal()))
        encoded = prepared.encoded
        if encoded.content is not None and "content-type" not in self._headers:
            items.append(("Content-Type", "application/json"))  # a session value wins, as in httpx
        headers = httpx.Headers(items)
        if prepared.headers:
            headers.update(prepared.headers)
        timeout = self.timeout if prepared.timeout is None else httpx.Timeout(prepared.timeout)
        url = self._urls.get(action)
        if url is None:
            url = self._urls[action] = httpx.URL(f"{self.api_url}/{action}")
        request = httpx.Request(
            "POST",
            url,
            headers=headers,
            content=encoded.content,
            files=encoded.files,
            extensions={"timeout": timeout.as_dict()},
        )
        if encoded.files is not None:
            request.read()  # multipart parts are in memory: make the body replayable and visible
        return request

    def _header_items(self) -> list[tuple[str, str]]:
        """The session headers (and the learnt region) as a fresh list, from a cache."""
        region = self._session.region
        cached = self._cached_headers
        if cached is None or cached[0] != region:
            items = list(self._headers.multi_items())
            if region and "x-region" not in self._headers:
                items.append(("X-Region", region))
            cached = self._cached_headers = (region, items)
        return list(cached[1])

    def _retries(self, prepared: Prepared) -> int:
        return self.max_retries if prepared.max_retries is None else prepared.max_retries

    def _attempts(
        self, request: httpx.Request, action: Action[Any, Any, Any], retries: int
    ) -> Generator[float | None, _transport.Outcome, httpx.Response]:
        return _transport.attempts(
            request,
            action.name,
            idempotent=action.idempotent,
            retries=retries,
            session=self._session,
            policy=self.retry_policy,
            log=not self.disable_logging,
        )

    def _check_open(self) -> None:
        if self._http.is_closed:
            raise ClientClosedError("the client was closed; create a new one")


def _check_options(timeout: object, max_retries: object) -> None:
    """Refuse a client-level ``timeout`` or ``max_retries`` a call would refuse, at once."""
    problem = None if timeout is None else timeout_problem(timeout)
    if problem is not None:
        raise ValueError(f"timeout {problem} (got {timeout!r})")
    problem = max_retries_problem(max_retries)
    if problem is not None:
        raise ValueError(f"max_retries {problem} (got {max_retries!r})")


def _is_bound(value: object) -> bool:
    from ._action import _Bound

    return isinstance(value, _Bound)


class AgentWeb(_ClientBase):
    """Synchronous client for the LiveChat Agent Chat Web API v3.6.

    The constructor takes the reference SDK's parameters in the same order, then keyword-only
    ``transport`` (any ``httpx.BaseTransport``, e.g. an ``httpx.MockTransport`` or
    ``livechat_typed.testing``'s fake), ``max_retries`` (default 2) and ``strict`` (responses
    always keep unknown fields, types and enum values; a strict client raises
    ``ResponseValidationError`` on them instead). Each action is a method-like attribute::

        with AgentWeb(AccessToken(token)) as client:
            chats = client.list_chats(limit=10)       # -> ListChatsResponse
            raw = client.list_chats.raw(limit=10)     # -> httpx.Response, never raises
            for chat in client.list_chats.iterate():  # every page
                ...
    """

    _http: httpx.Client
    _sleep = staticmethod(time.sleep)

    def _make_http(self, **options: Any) -> httpx.Client:
        return httpx.Client(**options)

    def _send_once(self, request: httpx.Request) -> httpx.Response:
        """One request through the pool's transport, read in full.

        The client's transport (or a proxy's, for environment proxies) is used directly: the
        API needs none of what ``httpx.Client.send`` adds (cookies, auth flows, redirects,
        event hooks), which costs about as much as the rest of a call.
        """
        started = time.perf_counter()
        response = self._http._transport_for_url(request.url).handle_request(request)
        response.request = request
        try:
            response.read()
        finally:
            response.close()
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
        return response

    def close(self) -> None:
        """Close the connection pool; the client (and its copies) cannot be used afterwards."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _send(
        self, request: httpx.Request, action: Action[Any, Any, Any], retries: int
    ) -> httpx.Response:
        """Send with retries and rerouting; return the final response (whatever its status)."""
        self._check_open()
        loop = self._attempts(request, action, retries)
        step = next(loop)
        while True:
            outcome: _transport.Outcome = None
            if step is None:
                try:
                    outcome = self._send_once(request)
                except httpx.TransportError as exc:
                    outcome = exc
            else:
                self._sleep(step)
            try:
                step = loop.send(outcome)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]


class AsyncAgentWeb(_ClientBase):
    """Asynchronous client: the same constructor and actions as :class:`AgentWeb`, awaited.

    ::

        async with AsyncAgentWeb(AccessToken(token)) as client:
            chats = await client.list_chats(limit=10)
            async for chat in client.list_chats.iterate():
                ...
    """

    is_async: ClassVar[bool] = True
    _http: httpx.AsyncClient
    _sleep = staticmethod(asyncio.sleep)

    def _make_http(self, **options: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(**options)

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        """One request through the pool's transport, read in full (see ``AgentWeb``)."""
        started = time.perf_counter()
        response = await self._http._transport_for_url(request.url).handle_async_request(request)
        response.request = request
        try:
            await response.aread()
        finally:
            await response.aclose()
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
        return response

    async def aclose(self) -> None:
        """Close the connection pool; the client (and its copies) cannot be used afterwards."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _send(
        self, request: httpx.Request, action: Action[Any, Any, Any], retries: int
    ) -> httpx.Response:
        """Send with retries and rerouting; return the final response (whatever its status)."""
        self._check_open()
        loop = self._attempts(request, action, retries)
        step = next(loop)
        while True:
            outcome: _transport.Outcome = None
            if step is None:
                try:
                    outcome = await self._send_once(request)
                except httpx.TransportError as exc:
                    outcome = exc
            else:
                await self._sleep(step)
            try:
                step = loop.send(outcome)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
