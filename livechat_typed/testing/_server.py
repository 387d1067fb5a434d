"""``FakeServer``: a :class:`FakeLiveChat` behind real sockets, TLS and HTTP/1.1 + HTTP/2.

::

    from livechat_typed.testing import FakeServer

    with FakeServer() as server:                     # 127.0.0.1, a free port, a throwaway CA
        client = server.client(http2=True)           # AgentWeb, TLS verified against that CA
        started = client.start_chat()
        assert client.raw.get_chat(chat_id=started.chat_id).http_version == "HTTP/2"

The server is `hypercorn <https://hypercorn.readthedocs.io>`_ (ASGI, HTTP/1.1 and HTTP/2 chosen
by ALPN) running in a background thread with its own event loop; the certificate is issued at
start-up by a throwaway CA from `trustme <https://trustme.readthedocs.io>`_. Both come with the
``fake`` extra (``pip install 'livechat-typed[fake]'``) and are imported only when a server
starts, so ``import livechat_typed.testing`` works without them.

The ASGI app hands each request to :meth:`FakeLiveChat.handle_raw` and applies the faults that
only a real front can: ``reset`` sends the headers and part of the body, then aborts the TCP
connection; ``slow`` waits ``fault.delay`` seconds (or until the client gives up) before
answering. Every request that reached the app is logged in :attr:`FakeServer.exchanges`.

Starting a server puts a filter on the hpack/h2/hypercorn loggers of the process that redacts
credential header values (``Authorization``, ...) in their ``DEBUG`` records (see
:mod:`._redact`). :meth:`FakeServer.stop` ends every open connection (idle, half-sent, waiting
for a slow answer), lets the server's tasks finish and closes the event loop: no task is left
pending and nothing is logged.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import socket
import ssl
import tempfile
import threading
import weakref
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx
from typing_extensions import Self

from .._client import AgentWeb, AsyncAgentWeb
from ..configuration import ConfigurationAPI
from . import _redact
from ._errors import error_answer
from ._fake import FakeLiveChat, FakeResponse
from ._rtm_session import RTM_PATH, serve_rtm

if TYPE_CHECKING:
    from hypercorn.config import Config

    from ..rtm import AgentRTM, AsyncAgentRTM

__all__ = ["Exchange", "FakeServer"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

logger = logging.getLogger("livechat_typed.testing.server")

_MISSING_EXTRA = (
    "FakeServer needs hypercorn and trustme: pip install 'livechat-typed[fake]' "
    "(or pip install hypercorn trustme)"
)
_STOP_TIMEOUT = 10.0


@dataclass(frozen=True)
class Exchange:
    """One request the server received and how it answered."""

    method: str
    path: str
    http_version: str
    """``"1.1"`` or ``"2"``, as the ASGI scope says."""
    status: int
    fault: str | None
    """The kind of fault applied by the front (``reset``, ``slow``), if any."""
    headers: httpx.Headers = field(default_factory=httpx.Headers, compare=False, repr=False)
    """The request headers, as received (``Authorization`` included: this is a test double)."""

    @property
    def action(self) -> str:
        return self.path.rsplit("/", 1)[-1]


class FakeServer:
    """Serve a :class:`FakeLiveChat` on ``host:port`` (a free port by default).

    ``tls=True`` (the default) serves HTTPS with a certificate from a CA generated at start-up:
    point clients at :attr:`ca_path` or :meth:`ssl_context`. ``http1``/``http2`` choose the
    protocols offered by ALPN (both by default); with ``http1=False`` an HTTP/1.1 request gets
    ``505``. ``tls=False`` serves plain HTTP (HTTP/1.1 and HTTP/2 with prior knowledge), for
    debugging with ``curl``; :meth:`client` then points the client at ``http://``.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`.
    """

    def __init__(
        self,
        fake: FakeLiveChat | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tls: bool = True,
        http1: bool = True,
        http2: bool = True,
    ) -> None:
        if not (http1 or http2):
            raise ValueError("serve at least one of HTTP/1.1 and HTTP/2")
        self.fake = fake if fake is not None else FakeLiveChat()
        self.host = host
        self.port = port
        self.tls = tls
        self.http1 = http1
        self.http2 = http2
        self.exchanges: list[Exchange] = []
        """Every request that reached the server, in order (faulted ones included)."""
        self.errors: list[Exception] = []
        """Exceptions raised by the fake while answering (each answered ``500 internal``)."""
        self._dir: Path | None = None
        self._ca_path: Path | None = None
        self._thread: threading.Thread | None = None
        self._loop: _TrackingLoop | None = None
        self._shutdown: asyncio.Event | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._accepted = 0

    # --- addresses and trust -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """What the clients' ``base_url`` takes: ``"127.0.0.1:PORT"`` (HTTPS), or
        ``"http://127.0.0.1:PORT"`` for a server without TLS: ``AgentWeb(token, server.base_url)``
        reaches it either way."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}" if self.tls else f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        """The server's root URL, ``https://127.0.0.1:PORT`` (``http://`` without TLS)."""
        return f"https://{self.base_url}" if self.tls else self.base_url

    @property
    def api_url(self) -> str:
        """Where the actions live: ``<url>/v3.6/agent/action``."""
        return f"{self.url}/v3.6/agent/action"

    @property
    def rtm_url(self) -> str:
        """The RTM websocket: ``wss://127.0.0.1:PORT/v3.6/agent/rtm/ws`` (``ws://`` without
        TLS), for ``AgentRTM(token, url=server.rtm_url)``; see :meth:`rtm_client`."""
        return f"{'wss' if self.tls else 'ws'}://{self.url.split('://', 1)[1]}{RTM_PATH}"

    @property
    def token(self) -> str:
        """The first access token the fake accepts (``dal:fake-token`` by default)."""
        return next(iter(self.fake.tokens))

    @property
    def ca_path(self) -> Path:
        """The PEM file of the throwaway CA that signed the server's certificate."""
        if self._ca_path is None:
            raise RuntimeError("no CA: the server is not started, or serves plain HTTP")
        return self._ca_path

    def ssl_context(self) -> ssl.SSLContext:
        """A fresh client-side ``SSLContext`` trusting the server's CA (and only it)."""
        return ssl.create_default_context(cafile=str(self.ca_path))

    # --- clients ---------------------------------------------------------------------------------

    def client(self, *, http2: bool = False, token: str | None = None, **options: Any) -> AgentWeb:
        """An ``AgentWeb`` talking to this server (TLS verified against :attr:`ca_path`)."""
        client = AgentWeb(f"Bearer {token or self.token}", **self._client_options(http2, options))
        return client

    def async_client(
        self, *, http2: bool = False, token: str | None = None, **options: Any
    ) -> AsyncAgentWeb:
        """An ``AsyncAgentWeb`` talking to this server."""
        client = AsyncAgentWeb(
            f"Bearer {token or self.token}", **self._client_options(http2, options, is_async=True)
        )
        return client

    def configuration_client(
        self, *, http2: bool = False, token: str | None = None, **options: Any
    ) -> ConfigurationAPI:
        """A ``ConfigurationAPI`` (webhook methods) talking to this server."""
        client = ConfigurationAPI(
            f"Bearer {token or self.token}", **self._client_options(http2, options)
        )
        return client

    def rtm_client(self, *, token: str | None = None, **options: Any) -> AgentRTM:
        """An ``AgentRTM`` (not connected yet) for this server's RTM websocket (TLS verified
        against :attr:`ca_path`); needs the ``rtm`` extra."""
        from ..rtm import AgentRTM

        return AgentRTM(f"Bearer {token or self.token}", **self._rtm_options(options))

    def async_rtm_client(self, *, token: str | None = None, **options: Any) -> AsyncAgentRTM:
        """An ``AsyncAgentRTM`` (not connected yet) for this server's RTM websocket."""
        from ..rtm import AsyncAgentRTM

        return AsyncAgentRTM(f"Bearer {token or self.token}", **self._rtm_options(options))

    def _rtm_options(self, options: dict[str, Any]) -> dict[str, Any]:
        options.setdefault("url", self.rtm_url)
        if self.tls:
            options.setdefault("verify", self.ssl_context())
        return options

    def _client_options(
        self, http2: bool, options: dict[str, Any], *, is_async: bool = False
    ) -> dict[str, Any]:
        options.setdefault("base_url", self.base_url)
        options.setdefault("http2", http2)
        if self.tls:
            options.setdefault("verify", self.ssl_context())
        elif http2 and options.get("transport") is None:  # HTTP/2 with prior knowledge
            kind = httpx.AsyncHTTPTransport if is_async else httpx.HTTPTransport
            options["transport"] = kind(http1=False, http2=True)
        return options

    # --- lifecycle -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def connections_accepted(self) -> int:
        """How many TCP connections the server accepted since it started."""
        return self._loop.accepted if self._loop is not None else self._accepted

    @property
    def open_connections(self) -> int:
        """How many TCP connections are open right now."""
        return len(self._loop.connections) if self._loop is not None else 0

    def start(self) -> Self:
        """Bind, issue the certificate and serve in a background thread; return once listening."""
        if self._thread is not None:
            raise RuntimeError("the server is already started")
        try:
            import hypercorn.asyncio  # noqa: F401
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(_MISSING_EXTRA) from exc

        _redact.install()
        sock = _listen(self.host, self.port)  # connections queue from now on
        try:
            self.port = sock.getsockname()[1]
            self._dir = Path(tempfile.mkdtemp(prefix="livechat-fake-server-"))
            config = _new_config(sock, tls=self.tls)
            config.alpn_protocols = (["h2"] if self.http2 else []) + (
                ["http/1.1"] if self.http1 else []
            )
            config.keep_alive_timeout = 60
            # hypercorn's default, 1000, sends GOAWAY after that many requests on a connection
            config.keep_alive_max_requests = 2**31
            config.graceful_timeout = 1
            config.errorlog = logger
            config.accesslog = None
            if self.tls:
                self._issue_certificate(config)
        except BaseException:
            sock.close()
            self.stop()
            raise

        self.exchanges.clear()
        self.errors.clear()
        self._ready.clear()
        self._failure = None
        self._thread = threading.Thread(
            target=self._serve, args=(config, sock), name=f"FakeServer:{self.port}", daemon=True
        )
        self._thread.start()
        if not self._ready.wait(_STOP_TIMEOUT) or self._failure is not None:
            failure = self._failure
            self.stop()
            raise RuntimeError(f"the fake server did not start: {failure!r}") from failure
        self.fake.webhooks.start_sending()  # a served fake POSTs its webhooks
        return self

    def stop(self) -> None:
        """Shut the server down (open connections are closed) and delete the certificates."""
        self.fake.webhooks.close()  # pending deliveries and redeliveries are given up
        thread, loop, shutdown = self._thread, self._loop, self._shutdown
        if thread is not None and loop is not None and shutdown is not None:
            try:
                loop.call_soon_threadsafe(shutdown.set)
            except RuntimeError:  # the loop already closed
                pass
        if thread is not None:
            thread.join(_STOP_TIMEOUT)
        if self._loop is not None:
            self._accepted = self._loop.accepted
        self._thread = self._loop = self._shutdown = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = self._ca_path = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        versions = "+".join(v for v, on in (("HTTP/1.1", self.http1), ("HTTP/2", self.http2)) if on)
        return f"FakeServer({self.url!r}, {versions}, {state})"

    def _issue_certificate(self, config: Config) -> None:
        try:
            import trustme
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(_MISSING_EXTRA) from exc
        assert self._dir is not None
        ca = trustme.CA(organization_name="livechat-typed FakeServer")
        names = dict.fromkeys([self.host, "127.0.0.1", "localhost"])
        certificate = ca.issue_cert(*names)
        self._ca_path = self._dir / "ca.pem"
        ca.cert_pem.write_to_path(str(self._ca_path))
        certfile, keyfile = self._dir / "server.pem", self._dir / "server.key"
        for index, blob in enumerate(certificate.cert_chain_pems):
            blob.write_to_path(str(certfile), append=index > 0)
        certificate.private_key_pem.write_to_path(str(keyfile))
        config.certfile, config.keyfile = str(certfile), str(keyfile)

    def _serve(self, config: Config, sock: _ListeningSocket) -> None:
        import hypercorn.asyncio

        loop = _TrackingLoop()
        loop.set_exception_handler(_exception_handler)
        self._loop = loop
        asyncio.set_event_loop(loop)
        app: Any = _App(self, loop)  # an ASGI app; hypercorn's types are stricter dicts

        async def until_stopped() -> None:
            assert self._shutdown is not None
            await self._shutdown.wait()
            sock.end_connections()  # hypercorn then finds every connection task ending

        async def main() -> None:
            self._shutdown = asyncio.Event()
            await hypercorn.asyncio.serve(app, config, shutdown_trigger=until_stopped)

        try:
            loop.run_until_complete(main())
        except BaseException as exc:  # reported by start() or logged
            self._failure = exc
            if self._ready.is_set():
                logger.exception("the fake server stopped with an error")
            self._ready.set()
        finally:
            try:
                sock.end_connections()
                loop.run_until_complete(_finish(loop, sock))
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
            finally:
                sock.close()
                asyncio.set_event_loop(None)
                loop.close()


class _ListeningSocket(socket.socket):
    """The server's listening socket, which remembers the connections it accepted.

    The event loop accepts through :meth:`accept`; :meth:`end_connections` shuts every accepted
    connection down (TLS handshakes in progress included, which no transport or ASGI scope shows
    yet), so that each one ends through its own transport, and refuses later ones.
    """

    def __init__(self, family: socket.AddressFamily) -> None:
        super().__init__(family, socket.SOCK_STREAM)
        self.accepted: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self.ending = False

    def accept(self) -> tuple[socket.socket, Any]:
        connection, address = super().accept()
        self.accepted.add(connection)
        if self.ending:
            _shut(connection)
        return connection, address

    def end_connections(self) -> None:
        self.ending = True
        for connection in list(self.accepted):
            _shut(connection)

    def open_connections(self) -> int:
        return sum(1 for connection in list(self.accepted) if connection.fileno() != -1)


def _shut(connection: socket.socket) -> None:
    """End a connection (a FIN both ways); its transport then closes the socket itself."""
    try:
        if connection.fileno() != -1:
            connection.shutdown(socket.SHUT_RDWR)
    except OSError:  # already gone
        pass


def _exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """The loop's error report, minus cancelled tasks (Python 3.11's ``StreamReaderProtocol``
    reports a cancelled connection task as an error: a cancellation is not one)."""
    if isinstance(context.get("exception"), asyncio.CancelledError):
        return
    loop.default_exception_handler(context)


async def _finish(loop: asyncio.AbstractEventLoop, sock: _ListeningSocket) -> None:
    """Let the connections close through their transports, then end every task still there."""
    for _ in range(200):  # each pass is a loop iteration; closing takes a few
        if not sock.open_connections():
            break
        await asyncio.sleep(0.005)
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks(loop) if task is not current]
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


def _listen(host: str, port: int) -> _ListeningSocket:
    """A listening TCP socket on ``host:port`` (``0``: a free port), non-blocking."""
    sock = _ListeningSocket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(128)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def _new_config(sock: _ListeningSocket, *, tls: bool) -> Config:
    """A hypercorn ``Config`` serving ``sock``, bound by :meth:`FakeServer.start` (so that the
    port is known, and a busy one reported, before the server thread runs)."""
    from hypercorn.config import Config, Sockets

    class PreboundConfig(Config):
        def create_sockets(self) -> Sockets:
            return Sockets([sock], [], []) if tls else Sockets([], [sock], [])

    return PreboundConfig()


class _TrackingLoop(asyncio.SelectorEventLoop):
    """An event loop that knows the transport of every connection its servers accepted.

    ASGI offers no way to drop a connection; the ``reset`` fault finds the transport by the
    client's address (the scope's ``client``) and aborts it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.connections: dict[tuple[str, int], asyncio.BaseTransport] = {}
        self.accepted = 0

    async def create_server(
        self, protocol_factory: Callable[[], asyncio.BaseProtocol], *args: Any, **kwargs: Any
    ) -> asyncio.Server:
        def tracked() -> asyncio.BaseProtocol:
            protocol = protocol_factory()
            made, lost = protocol.connection_made, protocol.connection_lost
            peer: list[tuple[str, int]] = []

            def connection_made(transport: asyncio.BaseTransport) -> None:
                self.accepted += 1
                address = transport.get_extra_info("peername")
                if isinstance(address, tuple):
                    peer.append((address[0], address[1]))
                    self.connections[peer[0]] = transport
                made(transport)

            def connection_lost(exc: Exception | None) -> None:
                if peer:
                    self.connections.pop(peer[0], None)
                lost(exc)

            setattr(protocol, "connection_made", connection_made)  # noqa: B010
            setattr(protocol, "connection_lost", connection_lost)  # noqa: B010
            return protocol

        return await super().create_server(tracked, *args, **kwargs)


class _App:
    """The ASGI application: HTTP requests to ``fake.handle_raw``, faults applied."""

    def __init__(self, server: FakeServer, loop: _TrackingLoop) -> None:
        self.server = server
        self.loop = loop

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)
        elif scope["type"] == "websocket":  # RTM, see ._rtm_session
            await serve_rtm(self.server.fake, scope, receive, send, lambda: self._abort(scope))

    def _abort(self, scope: Scope) -> None:
        """Abort the TCP connection of ``scope`` (a network failure, for the RTM fake)."""
        client = scope.get("client")
        transport = self.loop.connections.get((client[0], client[1])) if client else None
        if isinstance(transport, asyncio.WriteTransport):
            transport.abort()

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
                self.server._ready.set()
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        version = str(scope.get("http_version", "1.1"))
        if version != "2" and not self.server.http1:
            await _respond(send, 505, b"this server speaks HTTP/2 only\n", [])
            self._log(scope, 505, None, httpx.Headers())
            return
        chunks = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        headers = httpx.Headers([(bytes(name), bytes(value)) for name, value in scope["headers"]])
        fake = self.server.fake
        known = len(fake.errors)
        try:
            answer = fake.handle_raw(scope["method"], scope["path"], headers, b"".join(chunks))
        except Exception as exc:  # a bug of the fake: tell the client, keep it for the tests
            logger.exception("FakeLiveChat failed on %s %s", scope["method"], scope["path"])
            self.server.errors.append(exc)
            answer = error_answer("internal", f"FakeLiveChat failed: {type(exc).__name__}: {exc}")
        self.server.errors.extend(fake.errors[known:])  # answered 500 internal by the fake
        fault = answer.fault
        self._log(scope, answer.status, fault.kind if fault is not None else None, headers)
        if fault is not None and fault.kind == "slow":
            if not await self._wait_unless_disconnected(receive, fault.delay):
                return
        if fault is not None and fault.kind == "reset":
            await self._reset(scope, send, answer)
            return
        await _respond(send, answer.status, answer.body, answer.headers)

    async def _wait_unless_disconnected(self, receive: Receive, delay: float) -> bool:
        """Sleep ``delay`` seconds; ``False`` if the client went away meanwhile."""
        sleeping = asyncio.ensure_future(asyncio.sleep(delay))
        listening = asyncio.ensure_future(receive())
        try:
            done, _ = await asyncio.wait({sleeping, listening}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeping, listening):
                task.cancel()
            await asyncio.gather(sleeping, listening, return_exceptions=True)
        return sleeping in done and listening not in done

    async def _reset(self, scope: Scope, send: Send, answer: FakeResponse) -> None:
        """Send the headers and half the body, then abort the TCP connection."""
        body = answer.body + b" " * max(0, 64 - len(answer.body))
        await send(
            {
                "type": "http.response.start",
                "status": answer.status,
                "headers": _encode(answer.headers, len(body)),
            }
        )
        await send(
            {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
        )
        client = scope.get("client")
        transport = self.loop.connections.get((client[0], client[1])) if client else None
        if transport is None:
            raise RuntimeError(f"reset: no connection from {client!r}")
        for _ in range(20):  # let the partial response reach the socket first
            await asyncio.sleep(0.005)
            if isinstance(transport, asyncio.WriteTransport) and not (
                transport.get_write_buffer_size()
            ):
                break
        if isinstance(transport, asyncio.WriteTransport):
            transport.abort()
        else:  # pragma: no cover - stream servers always have write transports
            transport.close()

    def _log(self, scope: Scope, status: int, fault: str | None, headers: httpx.Headers) -> None:
        version = str(scope.get("http_version"))
        exchange = Exchange(scope["method"], scope["path"], version, status, fault, headers)
        self.server.exchanges.append(exchange)


def _encode(headers: list[tuple[str, str]], length: int) -> list[tuple[bytes, bytes]]:
    encoded = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers]
    encoded = [(name, value) for name, value in encoded if name != b"content-length"]
    return [*encoded, (b"content-length", str(length).encode())]


async def _respond(send: Send, status: int, body: bytes, headers: list[tuple[str, str]]) -> None:
    await send(
        {"type": "http.response.start", "status": status, "headers": _encode(headers, len(body))}
    )
    await send({"type": "http.response.body", "body": body})
