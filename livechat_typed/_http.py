"""The connection layer: our own httpx transports over httpcore's public pool API.

Why not ``httpx.Client``: the API needs none of what ``Client.send`` adds (cookies, auth flows,
redirects, event hooks), which costs about as much as the rest of a call. Why not
``httpx.HTTPTransport``: it hides its connection pool, and two promises of this client need a
hand on the sockets:

* ``close()`` means closed: closing the pool shuts every socket down, which wakes a thread or a
  task that is waiting for an answer on it (a plain ``close()`` of a socket does not wake a
  thread blocked in ``recv``);
* a call's ``deadline`` bounds every connect, read and write of the call: each network operation
  gets at most the time left (see :class:`deadline_scope`), so a server that drips one byte at a
  time cannot stretch a call.

Both come from a network backend that wraps httpcore's own (``SyncBackend``, ``AnyIOBackend``).
The transports are the same few lines as httpx's: build an ``httpcore.Request``, map httpcore's
exceptions to httpx's, wrap the response stream. Proxies: an explicit ``proxy=``, else the
``HTTPS_PROXY``/``ALL_PROXY``/``NO_PROXY`` environment, as httpx reads it, decided per host.

The clients import this module when they build their first transport, not before: httpcore (with
h11, h2 and anyio) costs about 20 ms to import, which a program that passes its own transport, or
that only imports the package, should not pay. The deadline lives in :mod:`._deadline`; reading
an answer under its size cap, in :mod:`._reading`.
"""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import threading
import weakref
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

import httpcore
import httpx

from ._deadline import bounded

__all__ = ["AsyncTransport", "Transport", "env_proxy"]

# --- a network backend that knows its sockets and the deadline ------------------------------------


def _shutdown(stream: httpcore.NetworkStream | httpcore.AsyncNetworkStream) -> None:
    """Shut the socket down both ways: wakes whoever waits on it, in any thread."""
    sock = stream.get_extra_info("socket")
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, backend: _Backend) -> None:
        self._inner = inner
        self._backend = backend
        backend.streams.add(self)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._backend.streams.discard(self)
        _shutdown(self._inner)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        self._backend.streams.discard(self)
        inner = self._inner.start_tls(
            ssl_context, server_hostname, bounded(timeout, httpcore.ConnectTimeout)
        )
        return _Stream(inner, self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def abort(self) -> None:
        _shutdown(self._inner)


class _Backend(httpcore.NetworkBackend):
    """httpcore's sync backend, with the deadline applied and every open stream known."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()
        self.streams: weakref.WeakSet[_Stream] = weakref.WeakSet()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.connect_tcp(
            host, port, bounded(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _Stream(inner, self)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.connect_unix_socket(
            path, bounded(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _Stream(inner, self)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)

    def abort_all(self) -> None:
        for stream in list(self.streams):
            stream.abort()


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream, backend: _AsyncBackend) -> None:
        self._inner = inner
        self._backend = backend
        backend.streams.add(self)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        self._backend.streams.discard(self)
        _shutdown(self._inner)
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self._backend.streams.discard(self)
        inner = await self._inner.start_tls(
            ssl_context, server_hostname, bounded(timeout, httpcore.ConnectTimeout)
        )
        return _AsyncStream(inner, self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def abort(self) -> None:
        _shutdown(self._inner)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    """httpcore's anyio backend, with the deadline applied and every open stream known."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()
        self.streams: weakref.WeakSet[_AsyncStream] = weakref.WeakSet()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.connect_tcp(
            host, port, bounded(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _AsyncStream(inner, self)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.connect_unix_socket(
            path, bounded(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _AsyncStream(inner, self)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)

    def abort_all(self) -> None:
        for stream in list(self.streams):
            stream.abort()


# --- httpcore -> httpx --------------------------------------------------------------------------

# Most specific first: the first match wins.
_EXCEPTIONS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


def _mapped(exc: Exception, request: httpx.Request | None) -> Exception:
    for source, target in _EXCEPTIONS:
        if isinstance(exc, source):
            mapped = target(str(exc))
            if request is not None:
                mapped.request = request
            return mapped
    return exc


@contextlib.contextmanager
def _mapping(request: httpx.Request | None) -> Iterator[None]:
    """Raise httpcore's exceptions as httpx's, with ``.request`` set."""
    try:
        yield
    except Exception as exc:
        mapped = _mapped(exc, request)
        if mapped is exc:
            raise
        raise mapped from exc


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes], request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        with _mapping(self._request):
            yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            with _mapping(self._request):
                close()


class _AsyncResponseStream(httpx.AsyncByteStream):
    def __init__(self, inner: AsyncIterable[bytes], request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapping(self._request):
            async for part in self._inner:
                yield part

    async def aclose(self) -> None:
        aclose = getattr(self._inner, "aclose", None)
        if aclose is not None:
            with _mapping(self._request):
                await aclose()


def _core_request(request: httpx.Request, stream: Any) -> httpcore.Request:
    url = request.url
    return httpcore.Request(
        method=request.method,
        url=httpcore.URL(
            scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
        ),
        headers=request.headers.raw,
        content=stream,
        extensions=request.extensions,
    )


def _pool_options(
    verify: Any, http2: bool, limits: httpx.Limits, proxy: httpx.Proxy | None
) -> dict[str, Any]:
    options: dict[str, Any] = {
        "ssl_context": httpx.create_ssl_context(verify=verify),
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
        "keepalive_expiry": limits.keepalive_expiry,
        "http1": True,
        "http2": http2,
    }
    if proxy is not None:
        url = proxy.url
        if url.scheme not in ("http", "https", "socks5", "socks5h"):
            raise ValueError(
                f"proxy scheme must be http, https, socks5 or socks5h, not {url.scheme!r}"
            )
        options["proxy_url"] = httpcore.URL(
            scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
        )
        options["proxy_auth"] = proxy.raw_auth
        if url.scheme in ("http", "https"):
            options["proxy_headers"] = proxy.headers.raw
            options["proxy_ssl_context"] = proxy.ssl_context
    return options


def _as_proxy(proxy: str | httpx.URL | httpx.Proxy | None) -> httpx.Proxy | None:
    if proxy is None or isinstance(proxy, httpx.Proxy):
        return proxy
    return httpx.Proxy(url=proxy)


def _new_pool(
    kinds: tuple[type[Any], type[Any], type[Any]],
    backend: object,
    *,
    verify: Any,
    http2: bool,
    proxy: str | httpx.URL | httpx.Proxy | None,
    limits: httpx.Limits | None,
) -> Any:
    """A pool of ``kinds`` (direct, HTTP proxy, SOCKS proxy: sync or async) on ``backend``."""
    proxy = _as_proxy(proxy)
    options = _pool_options(verify, http2, limits or httpx.Limits(), proxy)
    direct, http_proxy, socks_proxy = kinds
    if proxy is None:
        kind = direct
    elif proxy.url.scheme in ("http", "https"):
        kind = http_proxy
    else:
        kind = socks_proxy
    return kind(**options, network_backend=backend)


class Transport(httpx.BaseTransport):
    """An ``httpx`` transport over an ``httpcore`` pool whose sockets the client controls."""

    def __init__(
        self,
        *,
        verify: Any = True,
        http2: bool = False,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
    ) -> None:
        self._backend = _Backend()
        self._pool: httpcore.ConnectionPool = _new_pool(
            (httpcore.ConnectionPool, httpcore.HTTPProxy, httpcore.SOCKSProxy),
            self._backend,
            verify=verify,
            http2=http2,
            proxy=proxy,
            limits=limits,
        )
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        with _mapping(request):
            response = self._pool.handle_request(_core_request(request, request.stream))
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream, request),
            extensions=response.extensions,
        )

    def close(self) -> None:
        """Close every connection; calls waiting on one of them end at once."""
        with self._lock:
            self._backend.abort_all()
            self._pool.close()


class AsyncTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`Transport`."""

    def __init__(
        self,
        *,
        verify: Any = True,
        http2: bool = False,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
    ) -> None:
        self._backend = _AsyncBackend()
        self._pool: httpcore.AsyncConnectionPool = _new_pool(
            (httpcore.AsyncConnectionPool, httpcore.AsyncHTTPProxy, httpcore.AsyncSOCKSProxy),
            self._backend,
            verify=verify,
            http2=http2,
            proxy=proxy,
            limits=limits,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        with _mapping(request):
            response = await self._pool.handle_async_request(_core_request(request, request.stream))
        assert isinstance(response.stream, AsyncIterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_AsyncResponseStream(response.stream, request),
            extensions=response.extensions,
        )

    def abort(self) -> None:
        """Shut every socket down at once (any thread): waiting calls fail, nothing is sent."""
        self._backend.abort_all()

    async def aclose(self) -> None:
        """Close every connection; calls waiting on one of them end at once."""
        self._backend.abort_all()
        await self._pool.aclose()


# --- proxies from the environment -----------------------------------------------------------------


def env_proxy(url: httpx.URL) -> str | None:
    """The proxy the environment names for ``url`` (``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``,
    upper or lower case), or ``None`` when there is none or ``NO_PROXY`` exempts the host."""
    scheme = url.scheme
    proxy = _env(f"{scheme}_proxy") or _env("all_proxy")
    if not proxy or _no_proxy(url.host, url.port):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def _env(name: str) -> str | None:
    return os.environ.get(name.lower()) or os.environ.get(name.upper()) or None


def _no_proxy(host: str, port: int | None) -> bool:
    rules = _env("no_proxy")
    if not rules:
        return False
    for rule in (part.strip().lower() for part in rules.split(",")):
        if not rule:
            continue
        if rule == "*":
            return True
        rule_host, _, rule_port = rule.partition(":") if rule.count(":") == 1 else (rule, "", "")
        if rule_port and str(port) != rule_port:
            continue
        rule_host = rule_host.lstrip(".").removeprefix("*.")
        if host == rule_host or host.endswith("." + rule_host):
            return True
    return False
