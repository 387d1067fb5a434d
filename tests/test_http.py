"""The connection layer (``livechat_typed/_http.py``) and the promises it carries.

* ``close()`` means closed: a call waiting for an answer, or sleeping before a retry, when the
  client is closed ends with ``ClientClosedError``, sends nothing more and leaves no connection
  open (sync and async, HTTP/1.1 and HTTP/2);
* ``total_timeout`` bounds a whole call: retries, waits and answers that drip in;
* an answer is read under a decoded-size cap, and a body its ``Content-Encoding`` cannot decode
  is a typed error;
* transport failures keep a usable ``.request``; proxies come from the environment.

Nothing here asserts a duration: slow servers are made slow enough that an unbounded call
would *succeed*, so a bounded one is recognised by its error.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from livechat_typed import AgentWeb, AsyncAgentWeb, errors
from livechat_typed._http import env_proxy
from livechat_typed.testing import FakeServer

from .helpers import TOKEN

BEARER = f"Bearer {TOKEN}"
VERSIONS = {"HTTP/1.1": False, "HTTP/2": True}


# --- a raw HTTP/1.1 server whose every byte is scripted -----------------------------------------


class RawServer:
    """A one-thread HTTP/1.1 server on 127.0.0.1: ``script(conn, request_bytes)`` answers.

    ``requests`` counts the requests read; ``sent`` the bytes the script managed to send;
    ``closed`` is set when a client connection is closed by the peer.
    """

    def __init__(self, script: Callable[[RawServer, socket.socket], None]) -> None:
        self.script = script
        self.requests = 0
        self.sent = 0
        self.arrived = threading.Event()
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.listener.settimeout(0.2)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":", 1)[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                ),
                0,
            )
            while len(body) < length:
                body += conn.recv(65536)
            self.requests += 1
            self.arrived.set()
            try:
                self.script(self, conn)
            except OSError:
                pass

    def drip(self, conn: socket.socket, payload: bytes, every: float) -> None:
        """Send ``payload`` one byte at a time, ``every`` seconds apart, until the peer leaves."""
        for byte in payload:
            if self.stop.wait(every):
                return
            conn.sendall(bytes([byte]))
            self.sent += 1

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


@pytest.fixture
def raw_server() -> Iterator[Callable[..., RawServer]]:
    servers: list[RawServer] = []

    def make(script: Callable[[RawServer, socket.socket], None]) -> RawServer:
        server = RawServer(script)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


OK_BODY = b"{}"
OK_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n"


def never_answer(server: RawServer, conn: socket.socket) -> None:
    server.stop.wait(60)


def run(kind: str, call: Any) -> Any:
    return asyncio.run(call) if kind == "async" else call


# --- close() means closed -----------------------------------------------------------------------


def close_midway(kind: str, client: Any, call: Callable[[], Any], ready: Callable[[], bool]) -> Any:
    """Start ``call`` (a thread for the sync client, a task for the async one), close the client
    once ``ready()`` says the call is waiting, and return the exception the call ended with."""
    if kind == "sync":
        outcome: list[BaseException] = []

        def target() -> None:
            try:
                call()
            except BaseException as exc:
                outcome.append(exc)

        worker = threading.Thread(target=target)
        worker.start()
        while not ready():
            worker.join(0.01)
        client.close()
        worker.join(30)
        assert not worker.is_alive()
        (error,) = outcome
        return error

    async def scenario() -> BaseException:
        task = asyncio.ensure_future(call())
        while not ready():
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # let the task reach its wait
        await client.aclose()
        with pytest.raises(errors.LiveChatError) as caught:
            await task
        return caught.value

    return asyncio.run(scenario())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_closing_ends_a_call_waiting_for_an_answer(
    kind: str, raw_server: Callable[..., RawServer]
) -> None:
    server = raw_server(never_answer)
    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    client = cls(BEARER, server.base_url, timeout=60, max_retries=3)
    error = close_midway(kind, client, lambda: client.get_chat(chat_id="C1"), server.arrived.is_set)
    assert isinstance(error, (errors.ClientClosedError, errors.APIConnectionError)), error
    assert server.requests == 1  # get_chat is idempotent, yet nothing was resent
    assert not client._pool.transport._backend.streams  # type: ignore[union-attr]


@pytest.mark.parametrize("version", list(VERSIONS))
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_closing_ends_a_waiting_call_over_tls(kind: str, version: str) -> None:
    with FakeServer() as server:
        server.fake.faults.add("slow", delay=60, action="get_chat")
        setup = server.client()
        chat_id = setup.start_chat().chat_id
        setup.close()
        make = server.client if kind == "sync" else server.async_client
        client: Any = make(http2=VERSIONS[version], timeout=60)
        error = close_midway(
            kind,
            client,
            lambda: client.get_chat(chat_id=chat_id),
            lambda: len(server.fake.faults) == 0,  # the slow fault took the request
        )
        assert isinstance(error, (errors.ClientClosedError, errors.APIConnectionError)), error
        assert [e.action for e in server.exchanges].count("get_chat") <= 1
        assert not client._pool.transport._backend.streams


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_closing_ends_a_call_sleeping_before_a_retry(kind: str) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(429, headers={"Retry-After": "50"})

    transport = httpx.MockTransport(answer)
    client = (AgentWeb if kind == "sync" else AsyncAgentWeb)(BEARER, transport=transport)
    event = {"type": "message", "text": "hi"}
    error = close_midway(
        kind, client, lambda: client.send_event(chat_id="C1", event=event), lambda: bool(seen)
    )
    assert isinstance(error, errors.ClientClosedError)
    assert len(seen) == 1


@pytest.mark.parametrize("closed", ["original", "copy"])
def test_with_options_copies_share_the_pool_and_its_closing(closed: str) -> None:
    client = AgentWeb(BEARER, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    copy = client.with_options(max_retries=0)
    (client if closed == "original" else copy).close()
    for each in (client, copy):
        assert each.is_closed
        with pytest.raises(errors.ClientClosedError):
            each.follow_chat(id="C1")


# --- total_timeout --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("where", ["body", "headers"])
def test_total_timeout_bounds_an_answer_that_drips_in(
    kind: str, where: str, raw_server: Callable[..., RawServer]
) -> None:
    """The server sends its answer one byte every 0.25 s: complete, it would take over 20 s
    and the call would succeed. Bounded to 1 s, the call fails, having read a few bytes."""

    def script(server: RawServer, conn: socket.socket) -> None:
        if where == "body":
            head = OK_HEAD.replace(b"content-length: 2", b"content-length: 90")
            conn.sendall(head)
            server.drip(conn, b"{" + b" " * 88 + b"}", 0.25)
        else:
            server.drip(conn, OK_HEAD.replace(b"OK", b"OK" + b" " * 80) + OK_BODY, 0.25)

    server = raw_server(script)
    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    client = cls(BEARER, server.base_url, timeout=30)
    with pytest.raises(errors.APITimeoutError, match="total_timeout"):
        run(kind, client.follow_chat(id="C1", total_timeout=1.0))
    assert server.requests == 1  # follow_chat is idempotent, but no time was left to retry
    assert server.sent < 40  # well short of the 80+ bytes an unbounded call would have read


def test_total_timeout_is_not_spent_waiting_to_retry() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, headers={"Retry-After": "5"}, json={"error": {}})

    waits: list[float] = []
    client = AgentWeb(BEARER, transport=httpx.MockTransport(answer), sleep=waits.append)
    with pytest.raises(errors.APIError) as caught:
        client.get_chat(chat_id="C1", total_timeout=1.0)
    assert caught.value.status_code == 503
    assert len(seen) == 1 and waits == []
    client.raw.get_chat(chat_id="C1", total_timeout=10.0)
    assert waits == [5.0, 5.0]  # with time left, the same answer is retried as usual


@pytest.mark.parametrize("value", [0, -1, float("inf"), float("nan"), "1", True])
def test_an_unusable_total_timeout_is_refused_before_io(value: Any) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200))  # type: ignore[func-returns-value]
    client = AgentWeb(BEARER, transport=transport)
    with pytest.raises(errors.InvalidRequestError, match="total_timeout"):
        client.follow_chat(id="C1", total_timeout=value)
    with pytest.raises(ValueError, match="total_timeout"):
        AgentWeb(BEARER, transport=transport, total_timeout=value)
    with pytest.raises(ValueError, match="total_timeout"):
        client.with_options(total_timeout=value)
    assert seen == []


# --- reading answers -----------------------------------------------------------------------------


def streamed(status: int, body: bytes, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    """An answer whose body is read through the client (not decoded up front)."""
    return lambda request: httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        (b"[" + b" " * (2 * 1024 * 1024) + b"]", "identity"),
        (gzip.compress(b"[" + b" " * (50 * 1024 * 1024) + b"]"), "gzip"),
        (zlib.compress(b"[" + b" " * (50 * 1024 * 1024) + b"]"), "deflate"),
    ],
    ids=["plain", "gzip-bomb", "deflate-bomb"],
)
def test_an_answer_over_the_size_cap_is_refused_while_reading(
    kind: str, body: bytes, encoding: str
) -> None:
    transport = httpx.MockTransport(streamed(200, body, **{"content-encoding": encoding}))
    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    client = cls(BEARER, transport=transport, max_response_bytes=1024 * 1024)
    with pytest.raises(errors.ResponseTooLargeError) as caught:
        run(kind, client.list_routing_statuses())
    assert caught.value.status_code == 200
    assert caught.value.request is not None and caught.value.request.url.path.endswith("statuses")


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_compressed_answer_under_the_cap_is_decoded(kind: str) -> None:
    body = b'[{"agent_id":"a@b.c","status":"accepting_chats"}]'
    transport = httpx.MockTransport(
        streamed(200, gzip.compress(body), **{"content-encoding": "gzip"})
    )
    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    client = cls(BEARER, transport=transport)
    statuses = run(kind, client.list_routing_statuses())
    assert statuses[0].agent_id == "a@b.c"
    raw = run(kind, client.raw.list_routing_statuses())
    assert raw.content == body and raw.headers["content-encoding"] == "gzip"


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("status", [200, 500])
def test_a_body_invalid_for_its_content_encoding_is_a_typed_error(kind: str, status: int) -> None:
    transport = httpx.MockTransport(
        streamed(status, b"not gzip at all", **{"content-encoding": "gzip"})
    )
    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    client = cls(BEARER, transport=transport, max_retries=0)
    with pytest.raises(errors.InvalidResponseError, match="Content-Encoding") as caught:
        run(kind, client.get_chat(chat_id="C1"))
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert caught.value.status_code == status


@pytest.mark.parametrize("body", [b'{"error":{"type":' + b"[" * 200_000, b"[" * 200_000])
def test_deeply_nested_error_bodies_are_typed_errors(body: bytes) -> None:
    """The retry and reroute decisions read error bodies too: nesting past Python's recursion
    limit is an unreadable body there, not a ``RecursionError``."""
    for status in (400, 429, 503):
        transport = httpx.MockTransport(streamed(status, body))
        client = AgentWeb(BEARER, transport=transport, sleep=lambda s: None)
        with pytest.raises(errors.APIError) as caught:
            client.get_chat(chat_id="C1")
        assert caught.value.status_code == status


# --- transport failures ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_transport_failure_keeps_a_usable_request(kind: str) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset by peer")  # no request attached, as a transport may

    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    client = cls(BEARER, transport=httpx.MockTransport(fail))
    with pytest.raises(errors.APIConnectionError) as caught:
        run(kind, client.send_event(chat_id="C1", event={"type": "message", "text": "x"}))
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ReadError)
    assert cause.request.url.path.endswith("/send_event")
    assert caught.value.request is cause.request


def test_a_refused_connection_keeps_a_usable_request() -> None:
    with socket.socket() as unused:  # a port with nobody listening: the connection is refused
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    client = AgentWeb(BEARER, f"http://127.0.0.1:{port}", max_retries=0)
    with pytest.raises(errors.APIConnectionError) as caught:
        client.get_chat(chat_id="C1")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.__cause__.request.url.port == port


# --- proxies -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"HTTPS_PROXY": "http://proxy.test:3128"}, "http://proxy.test:3128"),
        ({"https_proxy": "proxy.test:3128"}, "http://proxy.test:3128"),
        ({"ALL_PROXY": "socks5://proxy.test:1080"}, "socks5://proxy.test:1080"),
        ({"HTTPS_PROXY": "http://p.test", "NO_PROXY": "livechatinc.com"}, None),
        ({"HTTPS_PROXY": "http://p.test", "NO_PROXY": ".livechatinc.com"}, None),
        ({"HTTPS_PROXY": "http://p.test", "NO_PROXY": "*"}, None),
        ({"HTTPS_PROXY": "http://p.test", "NO_PROXY": "example.com,other.test"}, "http://p.test"),
        ({"HTTP_PROXY": "http://p.test"}, None),
        ({}, None),
    ],
)
def test_proxies_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str | None
) -> None:
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert env_proxy(httpx.URL("https://api.livechatinc.com/v3.6/agent/action")) == expected


def test_requests_go_through_an_explicit_http_proxy(raw_server: Callable[..., RawServer]) -> None:
    lines: list[bytes] = []

    def proxy(server: RawServer, conn: socket.socket) -> None:
        conn.sendall(OK_HEAD + OK_BODY)

    server = raw_server(proxy)
    original = server._handle

    def recording(conn: socket.socket) -> None:
        first = conn.recv(65536, socket.MSG_PEEK)
        lines.append(first.split(b"\r\n", 1)[0])
        original(conn)

    server._handle = recording  # type: ignore[method-assign]
    with AgentWeb(BEARER, "http://api.example.test", proxies=server.base_url) as client:
        client.follow_chat(id="C1")
    assert lines == [b"POST http://api.example.test/v3.6/agent/action/follow_chat HTTP/1.1"]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_answer_built_in_memory_is_held_to_the_cap_too(kind: str) -> None:
    """A mock transport's answer is read before the client sees it: the cap still applies."""
    body = b"[" + b" " * (2 * 1024 * 1024) + b"]"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    client = cls(BEARER, transport=transport, max_response_bytes=1024 * 1024)
    with pytest.raises(errors.ResponseTooLargeError):
        run(kind, client.list_routing_statuses())


@pytest.mark.parametrize("value", [1e10, 1e300, 1_000_001])
def test_a_timeout_too_long_for_a_socket_is_refused_before_io(value: float) -> None:
    """A socket cannot wait that long (the platform's ``time_t`` overflows on the first call):
    the value is refused at once, naming the bound."""
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200))  # type: ignore[func-returns-value]
    for option in ("timeout", "total_timeout"):
        with pytest.raises(ValueError, match="1,000,000"):
            AgentWeb(BEARER, transport=transport, **{option: value})
        client = AgentWeb(BEARER, transport=transport)
        with pytest.raises(errors.InvalidRequestError, match="1,000,000"):
            client.follow_chat(id="C1", **{option: value})
    assert seen == []


def test_the_longest_timeout_accepted_works_over_a_real_socket() -> None:
    with FakeServer() as server, server.client(timeout=1_000_000, total_timeout=1_000_000) as c:
        assert c.start_chat().chat_id
