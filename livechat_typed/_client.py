"""The clients: session state (token, headers, options, pool) plus the 36 declared actions.

``AgentWeb`` and ``AsyncAgentWeb`` hold no per-action code: every action is an
:class:`~livechat_typed._action.Action` declared once on a category class in
:mod:`livechat_typed.actions`, inherited by both. They differ only in their send loop.
"""

from __future__ import annotations

import functools
import inspect
import sys
import threading
import time
from collections.abc import Callable, Generator, Mapping
from datetime import timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar

import httpx
from typing_extensions import Self

from . import _transport
from ._auth import AccessToken, Secret
from ._base_url import parse_base_url
from ._deadline import deadline_scope
from ._headers import header_problems
from ._options import max_retries_problem, timeout_problem
from ._reading import DEFAULT_MAX_RESPONSE_BYTES, aread_response, read_response
from ._sending import ActionInfo, Prepared
from ._transport import RetryPolicy, Session
from ._version import __version__
from .errors import ClientClosedError, InvalidRequestError

if TYPE_CHECKING:
    import asyncio

    # The actions' call signatures written out (generated from the declarations of .actions): type
    # checkers see each action as a method with its fields as declared parameters, and the
    # variants as accessors (client.raw.send_event). Never imported at run time.
    from ._signatures import AgentWebActions, AsyncAgentWebActions

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "AgentWeb", "AsyncAgentWeb"]

DEFAULT_BASE_URL = "api.livechatinc.com"
DEFAULT_MAX_RETRIES = 2
API_VERSION = "3.6"

_AUTHORIZATION = "authorization"
_USER_AGENT = f"livechat-typed/{__version__} python-httpx/{httpx.__version__}"
_UNSET: Any = object()


class _Pool:
    """The connections a client and its ``with_options`` copies share, and whether they are
    closed. Closing ends whatever waits on them: a call waiting for an answer (its socket is shut
    down) and a call sleeping before a retry (its wait is cut short); neither sends again."""

    def __init__(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self.transport = transport
        self.closed = False
        self._wakeup = threading.Event()
        self._sleepers: set[asyncio.Future[None]] = set()

    def check_open(self) -> None:
        if self.closed:
            raise ClientClosedError("the client was closed; create a new one")

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds``, or less if the pool is closed meanwhile (then raise)."""
        self._wakeup.wait(seconds)
        self.check_open()

    async def asleep(self, seconds: float) -> None:
        """The async twin of :meth:`sleep`."""
        import asyncio  # only async clients get here: sync programs never import asyncio

        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        timer = loop.call_later(seconds, _wake, waiter)
        self._sleepers.add(waiter)
        try:
            await waiter
        finally:
            timer.cancel()
            self._sleepers.discard(waiter)
        self.check_open()

    def close(self) -> None:
        self.closed = True
        self._wakeup.set()
        for waiter in list(self._sleepers):
            waiter.get_loop().call_soon_threadsafe(_wake, waiter)
        transport = self.transport
        http = sys.modules.get(f"{__package__}._http")  # not loaded: the transport is not ours
        if http is not None and isinstance(transport, http.AsyncTransport):
            transport.abort()
        elif isinstance(transport, httpx.BaseTransport):
            transport.close()


@functools.cache
def _httpx_default_headers() -> tuple[tuple[str, str], ...]:
    """The headers ``httpx.Client`` sends by default (``Accept``, ``Accept-Encoding`` for the
    decoders installed, ``Connection``), as the reference SDK sends them."""
    with httpx.Client(transport=httpx.MockTransport(_no_answer), trust_env=False) as client:
        return tuple(client.headers.multi_items())


def _no_answer(request: httpx.Request) -> httpx.Response:  # pragma: no cover - never called
    return httpx.Response(500)


def _default_headers() -> httpx.Headers:
    headers = httpx.Headers(_httpx_default_headers())
    headers["User-Agent"] = _USER_AGENT
    return headers


def _wake(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


class _HTTPClientBase:
    """Session state and request building, shared by every client (sync or async, any API).

    It declares no action: a client class adds its API's category classes and sets
    :attr:`api_path`.
    """

    is_async: ClassVar[bool] = False
    retry_policy: ClassVar[RetryPolicy] = RetryPolicy()
    api_path: ClassVar[str]
    """Where the actions live under ``base_url``."""

    @classmethod
    def get_client(
        cls,
        access_token: AccessToken | str,
        version: str = API_VERSION,
        base_url: str = DEFAULT_BASE_URL,
        http2: bool = False,
        proxies: str | httpx.Proxy | None = None,
        verify: bool | str | Any = True,
        disable_logging: bool = False,
        timeout: float | httpx.Timeout | None = httpx.Timeout(15),  # noqa: B008
    ) -> Self:
        """The reference SDK's factory, for code being migrated: the same parameters in the same
        order. Only version ``"3.6"`` exists here; another is a ``ValueError``."""
        if version != API_VERSION:
            raise ValueError(
                f"livechat-typed speaks API version {API_VERSION} only (got version={version!r})"
            )
        return cls(access_token, base_url, http2, proxies, verify, disable_logging, timeout)

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
        total_timeout: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict: bool = False,
        sleep: Callable[[float], object] | None = None,
    ) -> None:
        _check_options(timeout, max_retries, total_timeout, max_response_bytes)
        self._token: Secret | None = Secret.from_token(access_token)
        self._base = parse_base_url(base_url)
        self._api_url = self._base.api_url(self.api_path)
        self._urls: dict[str, tuple[httpx.URL, str]] = {}  # action -> (URL, Host header)
        self.http2 = http2
        self.disable_logging = disable_logging
        self.max_retries = max_retries
        self.timeout = httpx.Timeout(timeout)
        self.total_timeout = total_timeout
        self.max_response_bytes = max_response_bytes
        self._strict = strict
        self._sleep_hook = sleep
        self._session = Session(region="fra" if self._token.region == "fra" else None)
        if transport is None:
            from ._http import env_proxy  # the transports' module: imported once one is built

            proxy = proxies if proxies is not None else env_proxy(httpx.URL(self._api_url))
            transport = self._make_transport(http2=http2, proxy=proxy, verify=verify)
        self._pool = _Pool(transport)
        self._headers = _default_headers()
        self._header_cache: tuple[httpx.Headers, str | None, list[tuple[str, str]]] | None = None
        self._headers_lock = threading.Lock()

    def _make_transport(
        self, *, http2: bool, proxy: str | httpx.Proxy | None, verify: Any
    ) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
        raise NotImplementedError

    # --- where requests go ---------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API host (``host[:port]``), as given to the constructor; read-only."""
        return self._base.netloc

    @property
    def api_url(self) -> str:
        """The URL the actions are sent under (``https://{base_url}/v3.6/agent/action``).

        Setting it points every action of this client at another URL from the next call on
        (copies made by ``with_options`` keep their own).
        """
        return self._api_url

    @api_url.setter
    def api_url(self, value: str) -> None:
        url = httpx.URL(value) if isinstance(value, str) else None
        if url is None or url.scheme not in ("http", "https") or not url.host:
            raise ValueError("api_url must be an absolute http:// or https:// URL")
        self._api_url = value.rstrip("/")
        self._urls = {}

    # --- headers, as in the reference SDK ---------------------------------------------------------

    def modify_header(self, header: Mapping[str, str]) -> None:
        """Add or replace session headers sent with every request (``Authorization`` included).

        Names and values are checked first: a header that cannot be sent raises
        ``InvalidRequestError`` (the value is never shown) and nothing is changed.
        """
        header = dict(header)
        token = None
        for key, value in header.items():
            if isinstance(key, str) and key.lower() == _AUTHORIZATION:
                try:
                    token = Secret.from_token(value)
                except ValueError as exc:
                    raise InvalidRequestError(
                        "modify_header",
                        [{"loc": ("headers", "Authorization"), "msg": str(exc), "type": "token"}],
                    ) from None
        problems = header_problems(header)
        if problems:
            raise InvalidRequestError("modify_header", problems)
        with self._headers_lock:
            if token is not None:
                self._token = token
                # Another token is another session: its own region, not shared with copies.
                self._session = Session(
                    region="fra" if token.region == "fra" else None,
                    deprecations_warned=set(self._session.deprecations_warned),
                )
            headers = httpx.Headers(self._headers)
            for key, value in header.items():
                if key.lower() != _AUTHORIZATION:
                    headers[key] = value
            self._headers = headers  # published whole: readers see the old or the new set

    def remove_header(self, key: str) -> None:
        """Remove a session header; removing ``Authorization`` sends requests without it."""
        with self._headers_lock:
            if key.lower() == _AUTHORIZATION:
                self._token = None
            elif key in self._headers:
                headers = httpx.Headers(self._headers)
                del headers[key]
                self._headers = headers

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
        total_timeout: float | None = _UNSET,
        headers: Mapping[str, str] | None = None,
        strict: bool = _UNSET,
    ) -> Self:
        """A copy with other defaults, sharing this client's connection pool and session.

        Precedence: per-call options > ``with_options`` > the constructor. Session headers of the
        copy start as this client's plus ``headers``; later changes do not cross over, nor do
        changes of ``api_url``. Closing either closes the shared pool.
        """
        _check_options(
            None if timeout is _UNSET else timeout,
            0 if max_retries is _UNSET else max_retries,
            None if total_timeout is _UNSET else total_timeout,
            self.max_response_bytes,
        )
        clone = object.__new__(type(self))
        clone.__dict__.update(
            {key: value for key, value in self.__dict__.items() if not _is_bound(value)}
        )
        clone._urls = {}
        clone._header_cache = None
        clone._headers_lock = threading.Lock()
        if headers:
            clone.modify_header(headers)
        if timeout is not _UNSET:
            clone.timeout = httpx.Timeout(timeout)
        if max_retries is not _UNSET:
            clone.max_retries = max_retries
        if total_timeout is not _UNSET:
            clone.total_timeout = total_timeout
        if strict is not _UNSET:
            clone._strict = strict
        return clone

    @property
    def is_closed(self) -> bool:
        """Whether the connection pool was closed."""
        return self._pool.closed

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
        timeout = self.timeout if prepared.timeout is None else httpx.Timeout(prepared.timeout)
        target = self._urls.get(action)
        if target is None:
            url = httpx.URL(f"{self._api_url}/{action}")
            target = self._urls[action] = (url, url.netloc.decode("ascii"))
        url, host = target
        if prepared.headers:
            problems = header_problems(prepared.headers)
            if problems:
                raise InvalidRequestError(action, problems)
        content = encoded.content
        if content is None or prepared.headers:
            # multipart parts, or per-call headers to merge: httpx lays the headers out
            headers = httpx.Headers(items)
            if prepared.headers:
                headers.update(prepared.headers)
            request = httpx.Request(
                "POST",
                url,
                headers=headers,
                content=content,
                files=encoded.files,
                extensions={"timeout": timeout.as_dict()},
            )
            if encoded.files is not None:
                request.read()  # multipart parts in memory: a replayable body, seen by client.build
            return request
        # The common case, JSON bytes: the headers exactly as httpx lays them out for content=
        # (Host first, Content-Length last), built once instead of three times.
        items.insert(0, ("Host", host))
        items.append(("Content-Length", str(len(content))))
        request = httpx.Request(
            "POST",
            url,
            headers=items,
            stream=httpx.ByteStream(content),
            extensions={"timeout": timeout.as_dict()},
        )
        request.read()  # the body is in memory: .content is available, as for content=
        return request

    def _header_items(self) -> list[tuple[str, str]]:
        """The session headers (and the learnt region) as a fresh list, from a cache.

        The cache is keyed by the identity of the published header set, so a computation that
        raced with ``modify_header`` is never taken for the new set.
        """
        headers, region = self._headers, self._session.region
        cached = self._header_cache
        if cached is None or cached[0] is not headers or cached[1] != region:
            items = list(headers.multi_items())
            if region and "x-region" not in headers:
                items.append(("X-Region", region))
            cached = self._header_cache = (headers, region, items)
        return list(cached[2])

    def _deadline(self, prepared: Prepared) -> float | None:
        total = self.total_timeout if prepared.total_timeout is None else prepared.total_timeout
        return None if total is None else time.monotonic() + total

    def _attempts(
        self,
        request: httpx.Request,
        action: ActionInfo,
        prepared: Prepared,
        deadline: float | None,
    ) -> Generator[float | None, _transport.Outcome, httpx.Response]:
        return _transport.attempts(
            request,
            action.name,
            idempotent=action.idempotent,
            retries=self.max_retries if prepared.max_retries is None else prepared.max_retries,
            session=self._session,
            policy=self.retry_policy,
            log=not self.disable_logging,
            deadline=deadline,
        )


def _check_options(
    timeout: object, max_retries: object, total_timeout: object, max_response_bytes: object
) -> None:
    """Refuse a client-level option that a call would refuse, at once."""
    problem = None if timeout is None else timeout_problem(timeout)
    if problem is not None:
        raise ValueError(f"timeout {problem} (got {timeout!r})")
    problem = max_retries_problem(max_retries)
    if problem is not None:
        raise ValueError(f"max_retries {problem} (got {max_retries!r})")
    if total_timeout is not None and timeout_problem(total_timeout) is not None:
        raise ValueError(
            f"total_timeout must be positive seconds up to 1,000,000 (got {total_timeout!r})"
        )
    if (
        not isinstance(max_response_bytes, int)
        or isinstance(max_response_bytes, bool)
        or max_response_bytes < 1
    ):
        raise ValueError(f"max_response_bytes must be a positive int (got {max_response_bytes!r})")


def _is_bound(value: object) -> bool:
    """Whether ``value`` holds on to the client it was made for (a bound action, an accessor)."""
    from ._accessors import Accessor
    from ._action import _Bound

    return isinstance(value, (_Bound, Accessor))


class _SyncClient(_HTTPClientBase):
    """The blocking send loop, for ``AgentWeb`` and the other sync clients."""

    def _make_transport(
        self, *, http2: bool, proxy: str | httpx.Proxy | None, verify: Any
    ) -> httpx.BaseTransport:
        from ._http import Transport

        return Transport(http2=http2, proxy=proxy, verify=verify)

    def _send_once(self, request: httpx.Request) -> httpx.Response:
        """One request through the pool, read in full (under ``max_response_bytes``)."""
        transport = self._pool.transport
        assert isinstance(transport, httpx.BaseTransport), "an async transport on a sync client"
        started = time.perf_counter()
        response = transport.handle_request(request)
        response.request = request
        response = read_response(response, self.max_response_bytes)
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
        return response

    def close(self) -> None:
        """Close the connection pool; the client (and its copies) cannot be used afterwards.

        A call of another thread that is waiting for an answer or sleeping before a retry ends
        with ``ClientClosedError`` and sends nothing more.
        """
        self._pool.close()

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
        self, request: httpx.Request, action: ActionInfo, prepared: Prepared
    ) -> httpx.Response:
        """Send with retries and rerouting; return the final response (whatever its status)."""
        pool = self._pool
        pool.check_open()
        deadline = self._deadline(prepared)
        loop = self._attempts(request, action, prepared, deadline)
        step = next(loop)
        with deadline_scope(deadline):
            while True:
                outcome: _transport.Outcome = None
                if step is None:
                    try:
                        outcome = self._send_once(request)
                    except httpx.TransportError as exc:
                        exc.request = request
                        pool.check_open()
                        outcome = exc
                    else:
                        pool.check_open()
                elif self._sleep_hook is not None:
                    self._sleep_hook(step)
                    pool.check_open()
                else:
                    pool.sleep(step)
                try:
                    step = loop.send(outcome)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]


class _AsyncClient(_HTTPClientBase):
    """The awaited send loop, for ``AsyncAgentWeb`` and the other async clients."""

    is_async: ClassVar[bool] = True

    def _make_transport(
        self, *, http2: bool, proxy: str | httpx.Proxy | None, verify: Any
    ) -> httpx.AsyncBaseTransport:
        from ._http import AsyncTransport

        return AsyncTransport(http2=http2, proxy=proxy, verify=verify)

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        """One request through the pool, read in full (see ``AgentWeb``)."""
        transport = self._pool.transport
        assert isinstance(transport, httpx.AsyncBaseTransport), (
            "a sync transport on an async client"
        )
        started = time.perf_counter()
        response = await transport.handle_async_request(request)
        response.request = request
        response = await aread_response(response, self.max_response_bytes)
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
        return response

    async def aclose(self) -> None:
        """Close the connection pool; the client (and its copies) cannot be used afterwards.

        A call that is waiting for an answer or sleeping before a retry ends with
        ``ClientClosedError`` and sends nothing more.
        """
        self._pool.close()
        transport = self._pool.transport
        if isinstance(transport, httpx.AsyncBaseTransport):
            await transport.aclose()

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
        self, request: httpx.Request, action: ActionInfo, prepared: Prepared
    ) -> httpx.Response:
        """Send with retries and rerouting; return the final response (whatever its status)."""
        pool = self._pool
        pool.check_open()
        deadline = self._deadline(prepared)
        loop = self._attempts(request, action, prepared, deadline)
        step = next(loop)
        with deadline_scope(deadline):
            while True:
                outcome: _transport.Outcome = None
                if step is None:
                    try:
                        outcome = await self._send_once(request)
                    except httpx.TransportError as exc:
                        exc.request = request
                        pool.check_open()
                        outcome = exc
                    else:
                        pool.check_open()
                elif self._sleep_hook is not None:
                    waited = self._sleep_hook(step)
                    if inspect.isawaitable(waited):
                        await waited
                    pool.check_open()
                else:
                    await pool.asleep(step)
                try:
                    step = loop.send(outcome)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]


if not TYPE_CHECKING:  # at run time, each category is imported on its first use (_lazy_actions)
    from ._lazy_actions import agent_actions

    AgentWebActions = AsyncAgentWebActions = agent_actions()


class _ClientBase(_HTTPClientBase):
    """The Agent Chat Web API's address on the shared session state."""

    api_path: ClassVar[str] = f"v{API_VERSION}/agent/action"
    """Where the actions live under ``base_url``."""


class AgentWeb(AgentWebActions, _ClientBase, _SyncClient):
    """Synchronous client for the LiveChat Agent Chat Web API v3.6.

    The constructor takes the reference SDK's parameters in the same order, then keyword-only
    ``transport`` (any ``httpx.BaseTransport``, e.g. an ``httpx.MockTransport`` or
    ``livechat_typed.testing``'s fake), ``max_retries`` (default 2), ``total_timeout`` (a bound
    on a whole call, retries included; default none), ``max_response_bytes`` (the cap on a
    decoded answer, default 64 MiB), ``strict`` (responses always keep unknown fields, types
    and enum values; a strict client raises ``ResponseValidationError`` on them instead) and
    ``sleep`` (called with the seconds to wait before a retry instead of waiting: for tests,
    ``sleep=waits.append`` records the waits; on ``AsyncAgentWeb`` it may return an awaitable).
    Each action is a method; its variants are accessors of the client::

        with AgentWeb(AccessToken(token)) as client:
            chats = client.list_chats(limit=10)       # -> ListChatsResponse
            raw = client.raw.list_chats(limit=10)     # -> httpx.Response, never raises
            for chat in client.iterate.list_chats():  # every page
                ...
    """


class AsyncAgentWeb(AsyncAgentWebActions, _ClientBase, _AsyncClient):
    """Asynchronous client: the same constructor and actions as :class:`AgentWeb`, awaited.

    ::

        async with AsyncAgentWeb(AccessToken(token)) as client:
            chats = await client.list_chats(limit=10)
            async for chat in client.iterate.list_chats():
                ...
    """
