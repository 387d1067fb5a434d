"""``FakeServer`` is as strict as the API, never crashes, never logs a token, and stops cleanly.

* Malformed input over real sockets (HTTP/1.1 and HTTP/2, TLS) is a ``400 validation`` answer on
  a connection that stays usable: never a 500, never a dropped connection.
* No log record of the process (hypercorn, h2, hpack and the clients' own at ``DEBUG``) carries an
  ``Authorization`` value while requests go through the server.
* ``stop()`` ends the server thread and leaves nothing behind: no pending task, no traceback or
  "Task was destroyed" log, no ``ResourceWarning``, no unraisable exception, whatever the clients
  did (idle, half a request, a slow answer in flight, an abrupt reset).

The same malformed inputs in memory are in ``test_fake_strict.py``.
"""

from __future__ import annotations

import base64
import contextlib
import gc
import io
import json
import logging
import socket
import ssl
import struct
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livechat_typed import AccessToken, errors
from livechat_typed.testing import DEFAULT_AGENT, DEFAULT_TOKEN, FakeLiveChat, FakeServer

VERSIONS = {"HTTP/1.1": False, "HTTP/2": True}
JSON = "application/json"
BEARER = f"Bearer {DEFAULT_TOKEN}"


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


@pytest.fixture(params=sorted(VERSIONS))
def http(request: pytest.FixtureRequest, server: FakeServer) -> Iterator[httpx.Client]:
    """A raw httpx client on one connection to the module's server."""
    with httpx.Client(
        http2=VERSIONS[request.param],
        verify=server.ssl_context(),
        base_url=server.api_url + "/",
        limits=httpx.Limits(max_connections=1),
    ) as client:
        yield client
    assert server.errors == []


def error_type(response: httpx.Response) -> str:
    body = response.json()
    assert set(body) == {"error"} and isinstance(body["error"]["message"], str), body
    return str(body["error"]["type"])


def cursor(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


BOUNDARY = "b0undary"
FORM = f"multipart/form-data; boundary={BOUNDARY}"


@dataclass(frozen=True)
class Bad:
    """A malformed request: its action, body and headers over the defaults."""

    action: str
    body: bytes = b"{}"
    headers: dict[str, str | bytes] = field(default_factory=dict)
    expected: tuple[int, str] = (400, "validation")


MALFORMED = {
    "deep-json": Bad("list_chats", b"[" * 100_000),
    "deep-valid-json": Bad("list_chats", b"[" * 50_000 + b"]" * 50_000),
    "not-json": Bad("list_chats", b"\xff\xfe not json"),
    "not-an-object": Bad("list_chats", b"[1, 2]"),
    "nan": Bad("multicast", b'{"recipients": {"agents": {"all": true}}, "content": NaN}'),
    "lone-surrogate": Bad("create_customer", b'{"name": "\\ud800"}'),
    "wrong-content-type": Bad("start_chat", headers={"content-type": "text/plain"}),
    "no-content-type": Bad("start_chat", headers={"content-type": b""}),
    "utf-8-header": Bad("start_chat", headers={"x-note": "caf\u00e9".encode()}),
    "invalid-utf-8-header": Bad("start_chat", headers={"x-note": b"\xff\xfe"}),
    "invalid-utf-8-token": Bad("start_chat", headers={"authorization": b"Bearer \xff\xfe"}),
    "page-id-not-base64": Bad("list_chats", b'{"page_id": "%%%"}'),
    "page-id-garbage": Bad("list_chats", json.dumps({"page_id": cursor(b"\xff\x00")}).encode()),
    "page-id-wrong-shape": Bad(
        "list_chats", json.dumps({"page_id": cursor(b'{"listing": 5, "offset": 0}')}).encode()
    ),
    "page-id-infinite-offset": Bad(
        "list_archives",
        json.dumps({"page_id": cursor(b'{"listing": {}, "offset": 1e999}')}).encode(),
    ),
    "multipart-not-closed": Bad(
        "upload_file",
        b"--b0undary\r\nContent-Disposition: form-data; name=file; filename=a\r\n\r\nhello",
        {"content-type": FORM},
    ),
    "multipart-no-boundary": Bad(
        "upload_file",
        b"--b0undary\r\n\r\n--b0undary--\r\n",
        {"content-type": "multipart/form-data"},
    ),
    "no-scheme": Bad(
        "start_chat", headers={"authorization": DEFAULT_TOKEN}, expected=(401, "authentication")
    ),
    "basic-not-base64": Bad(
        "start_chat", headers={"authorization": "Basic %%%"}, expected=(401, "authentication")
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_input_is_refused_and_the_connection_survives(
    server: FakeServer, http: httpx.Client, case: str
) -> None:
    bad = MALFORMED[case]
    headers: dict[str, str | bytes] = {"authorization": BEARER, "content-type": JSON}
    headers.update(bad.headers)
    chats = len(server.fake.state.chats)
    warmup = http.post(
        "list_routing_statuses",
        content=b"{}",
        headers=headers | {"authorization": BEARER, "content-type": JSON, "x-note": b"ok"},
    )
    assert warmup.status_code == 200
    accepted = server.connections_accepted
    response = http.post(bad.action, content=bad.body, headers=headers)
    assert (response.status_code, error_type(response)) == bad.expected, response.text
    assert response.headers["content-type"] == JSON
    after = http.post(
        "list_routing_statuses",
        content=b"{}",
        headers={"authorization": BEARER, "content-type": JSON},
    )
    assert after.status_code == 200
    assert server.connections_accepted == accepted  # the same connection answered all three
    assert len(server.fake.state.chats) == chats


@pytest.mark.parametrize("version", sorted(VERSIONS))
@settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    body=st.binary(max_size=200),
    action=st.sampled_from(["list_chats", "send_event", "upload_file"]),
)
def test_any_bytes_get_an_answer_over_the_wire(
    server: FakeServer, version: str, body: bytes, action: str
) -> None:
    with httpx.Client(http2=VERSIONS[version], verify=server.ssl_context()) as http:
        response = http.post(
            f"{server.api_url}/{action}",
            content=body,
            headers={"authorization": BEARER, "content-type": JSON if body[:1] != b"-" else FORM},
        )
    assert response.status_code == 200 or 400 <= response.status_code < 500, response.text
    error_type(response) if response.status_code != 200 else response.json()
    assert server.errors == []


def test_a_bug_of_the_fake_is_a_500_internal_over_the_wire(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def stamp() -> str:
        raise RuntimeError("the clock broke")

    with FakeServer() as running:
        monkeypatch.setattr(running.fake.clock, "stamp", stamp)
        with running.client(http2=True, max_retries=0) as client:
            with pytest.raises(errors.InternalServerError, match="RuntimeError: the clock broke"):
                client.start_chat()
        assert [type(error) for error in running.errors] == [RuntimeError]
        assert [type(error) for error in running.fake.errors] == [RuntimeError]


# --- no token in any log -------------------------------------------------------------------------


SECRET = "dal:S3CRET-token-that-must-never-be-logged"
WRONG_SECRET = "dal:Wr0ng-SECRET-that-must-never-be-logged"
PAT_ACCOUNT, PAT = "acc-9b1e", "pat-S3CRET-personal-access-token"


class Everything(logging.Handler):
    """Keeps every record of every logger, formatted with its traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.texts: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.texts.append(self.format(record))


@contextlib.contextmanager
def all_logging_at_debug() -> Iterator[Everything]:
    """Every logger of the process at DEBUG, into one handler on the root logger."""
    handler = Everything()
    root = logging.getLogger()
    levels = {
        name: logger.level
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    old_root = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for name in levels:
        logging.getLogger(name).setLevel(logging.NOTSET)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_root)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


@pytest.mark.parametrize("version", sorted(VERSIONS))
def test_no_log_record_carries_a_token(version: str) -> None:
    fake = FakeLiveChat(
        tokens={SECRET: DEFAULT_AGENT}, personal_access_tokens={(PAT_ACCOUNT, PAT): DEFAULT_AGENT}
    )
    basic = AccessToken.basic(PAT_ACCOUNT, PAT)
    with all_logging_at_debug() as logs:
        with FakeServer(fake) as running:
            with running.client(http2=VERSIONS[version], token=SECRET) as client:
                client.start_chat()
                client.list_chats()
            with running.client(http2=VERSIONS[version], token=WRONG_SECRET) as client:
                with pytest.raises(errors.AuthenticationError):
                    client.list_chats()
            with running.client(http2=VERSIONS[version]) as client:
                client.modify_header({"Authorization": basic.header_value()})
                client.list_chats()
            exchanges = list(running.exchanges)
    assert {exchange.status for exchange in exchanges} == {200, 401}
    assert any(record.name.startswith("hpack") for record in logs.records) == (version == "HTTP/2")
    secrets = (SECRET, WRONG_SECRET, PAT, basic.token, "S3CRET", "Wr0ng")
    for text in logs.texts:
        for secret in secrets:
            assert secret not in text, text
    for exchange in exchanges:  # the test record keeps the header, its repr does not show it
        assert exchange.headers["authorization"].endswith((SECRET, WRONG_SECRET, basic.token))
        assert not any(secret in repr(exchange) for secret in secrets)
        assert not any(secret in str(exchange) for secret in secrets)


# --- stop() leaves nothing behind ---------------------------------------------------------------


@dataclass
class Leftovers:
    """What a stop left behind: log records at WARNING or above, stderr, warnings, unraisables."""

    logs: list[str] = field(default_factory=list)
    stderr: str = ""
    warnings: list[str] = field(default_factory=list)
    unraisable: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.logs or self.stderr or self.warnings or self.unraisable)


@contextlib.contextmanager
def watching() -> Iterator[Leftovers]:
    """Record every warning (``ResourceWarning`` included), unraisable exception, stderr write
    and log record at WARNING or above, until the garbage is collected at the end."""
    found = Leftovers()
    handler = Everything()
    root = logging.getLogger()
    root.addHandler(handler)
    old_hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: found.unraisable.append(
        f"{unraisable.exc_type.__name__}: {unraisable.exc_value} in {unraisable.object!r}"
    )
    stderr = io.StringIO()
    try:
        with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stderr(stderr):
            warnings.simplefilter("always")
            yield found
            for _ in range(3):
                gc.collect()
    finally:
        sys.unraisablehook = old_hook
        root.removeHandler(handler)
    found.logs = [
        text
        for record, text in zip(handler.records, handler.texts, strict=True)
        if record.levelno >= logging.WARNING
    ]
    found.stderr = stderr.getvalue()
    found.warnings = [f"{w.category.__name__}: {w.message}" for w in caught]


def _tls(server: FakeServer) -> ssl.SSLSocket:
    raw = socket.create_connection(("127.0.0.1", server.port))
    return server.ssl_context().wrap_socket(raw, server_hostname="127.0.0.1")


def _reset(sock: socket.socket) -> None:
    """Close with a TCP RST instead of a FIN (SO_LINGER 0)."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


HEADERS = {"authorization": BEARER, "content-type": JSON}


def idle_tcp(server: FakeServer, keep: list[Any]) -> None:
    keep.append(socket.create_connection(("127.0.0.1", server.port)))


def idle_tls(server: FakeServer, keep: list[Any]) -> None:
    keep.append(_tls(server))


def idle_http1(server: FakeServer, keep: list[Any]) -> None:
    client = httpx.Client(verify=server.ssl_context())
    keep.append(client)
    client.post(f"{server.api_url}/list_chats", content=b"{}", headers=HEADERS)


def idle_http2(server: FakeServer, keep: list[Any]) -> None:
    client = httpx.Client(http2=True, verify=server.ssl_context())
    keep.append(client)
    client.post(f"{server.api_url}/list_chats", content=b"{}", headers=HEADERS)


def half_a_request(server: FakeServer, keep: list[Any]) -> None:
    tls = _tls(server)
    tls.sendall(b"POST /v3.6/agent/action/list_chats HTTP/1.1\r\nHost: x\r\n")
    tls.sendall(b"Content-Length: 100\r\n\r\n{")
    keep.append(tls)


def reset_mid_request(server: FakeServer, keep: list[Any]) -> None:
    tls = _tls(server)
    tls.sendall(b"POST /v3.6/agent/action/list_chats HTTP/1.1\r\nHost: x\r\n")
    _reset(tls)


def reset_after_handshake(server: FakeServer, keep: list[Any]) -> None:
    _reset(_tls(server))


def garbage_instead_of_tls(server: FakeServer, keep: list[Any]) -> None:
    sock = socket.create_connection(("127.0.0.1", server.port))
    sock.sendall(b"\x16\x03\x01\x00\x05hello")
    keep.append(sock)


def slow_answer_in_flight(server: FakeServer, keep: list[Any]) -> None:
    server.fake.faults.add("slow", delay=120)
    client = httpx.Client(http2=True, verify=server.ssl_context(), timeout=120)
    keep.append(client)
    outcome: list[object] = []  # the call ends with an error when the server stops

    def call() -> None:
        try:
            outcome.append(
                client.post(f"{server.api_url}/list_chats", content=b"{}", headers=HEADERS)
            )
        except httpx.HTTPError as exc:
            outcome.append(exc)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    for _ in range(3000):  # until the request reached the app, which now sleeps
        if server.exchanges:
            break
        time.sleep(0.01)
    assert [exchange.fault for exchange in server.exchanges] == ["slow"]
    keep.append(caller)


SCENARIOS: dict[str, Callable[[FakeServer, list[Any]], None]] = {
    fn.__name__: fn
    for fn in (
        idle_tcp,
        idle_tls,
        idle_http1,
        idle_http2,
        half_a_request,
        reset_mid_request,
        reset_after_handshake,
        garbage_instead_of_tls,
        slow_answer_in_flight,
    )
}


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_stop_leaves_nothing_behind(scenario: str) -> None:
    keep: list[Any] = []
    with watching() as leftovers:
        server = FakeServer().start()
        try:
            SCENARIOS[scenario](server, keep)
        finally:
            server.stop()
        assert not server.running  # the server thread has ended
        for thing in keep:
            if isinstance(thing, threading.Thread):
                thing.join(30)  # the stop ended its call
                assert not thing.is_alive()
            else:
                thing.close()
        del keep
    assert not leftovers, leftovers
