"""Retries: what is retried for which action, how often, how long the client waits, what is resent.

Every test drives a client through :class:`Script`, a mock transport that counts the requests and
answers from a list (responses or httpx exceptions, in order), and gives the client a ``sleep=``
with a recorder: nothing sleeps and nothing touches the network. Behaviour shared by the clients
is checked on ``AgentWeb`` and ``AsyncAgentWeb`` alike (the ``harness`` fixture, ``conftest.py``).
The scripted transport and the harness live in ``helpers/scripted.py``.
"""

from __future__ import annotations

import asyncio
import email.utils
import io
import itertools
import logging
import os
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed import AgentWeb
from livechat_typed._transport import RetryPolicy
from livechat_typed.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InternalServerError,
    InvalidRequestError,
    RequestTimeoutError,
    ServiceUnavailableError,
    TooManyRequestsError,
)

from .helpers import BEARER, OK, TOKEN, Answer, Harness, Script, reply, response_model
from .spec_strategies import ACTION_NAMES, minimal_kwargs

# --- helpers of these tests -----------------------------------------------------------------------

SECRET = TOKEN.split(":", 1)[1]
IDEMPOTENT = tuple(name for name in ACTION_NAMES if getattr(AgentWeb, name).idempotent)
NOT_IDEMPOTENT = tuple(name for name in ACTION_NAMES if not getattr(AgentWeb, name).idempotent)


class OneWayReader:
    """A binary file object that can be read once, front to back (a pipe, a socket file)."""

    def __init__(self, content: bytes) -> None:
        self._buffer = io.BytesIO(content)

    def read(self, size: int = -1) -> bytes:
        return self._buffer.read(size)


def ceiling(attempt: int) -> float:
    """The documented backoff ceiling of retry number ``attempt`` (0-based)."""
    return min(8.0, 0.5 * 2.0**attempt)


def within_backoff(delay: float, attempt: int) -> bool:
    return ceiling(attempt) / 2 <= delay <= ceiling(attempt)


# --- 429 / too_many_requests: every action --------------------------------------------------------


@pytest.mark.parametrize("action", ACTION_NAMES)
def test_429_is_retried_for_every_action(harness: Harness, action: str) -> None:
    script = Script(reply(429, error="too_many_requests"), reply(429), OK)
    client = harness.client(script)
    result = harness.call(client, action, **minimal_kwargs(action))
    assert script.count == 3
    assert isinstance(result, response_model(action))
    assert len(harness.delays) == 2


@pytest.mark.parametrize("status", [400, 403, 420, 500, 503])
@pytest.mark.parametrize("action", ["send_event", "create_customer", "get_chat"])
def test_too_many_requests_with_another_status_is_retried(
    harness: Harness, action: str, status: int
) -> None:
    script = Script(reply(status, error="too_many_requests"), OK)
    client = harness.client(script)
    result = harness.call(client, action, **minimal_kwargs(action))
    assert script.count == 2
    assert isinstance(result, response_model(action))


def test_429_after_the_last_retry_raises_too_many_requests(harness: Harness) -> None:
    script = Script(then=reply(429, error="too_many_requests"))
    client = harness.client(script)
    with pytest.raises(TooManyRequestsError) as info:
        harness.call(client, "send_event", **minimal_kwargs("send_event"))
    assert info.value.status_code == 429
    assert script.count == 3


# --- 502 / 503 / 504: idempotent actions only -----------------------------------------------------

GATEWAY = {
    502: ("internal", InternalServerError),
    503: ("service_unavailable", ServiceUnavailableError),
    504: ("request_timeout", RequestTimeoutError),
}


@pytest.mark.parametrize("status", sorted(GATEWAY))
@pytest.mark.parametrize("action", ACTION_NAMES)
def test_gateway_errors_are_retried_only_for_idempotent_actions(
    harness: Harness, action: str, status: int
) -> None:
    error_type, error_cls = GATEWAY[status]
    kwargs = minimal_kwargs(action)
    if getattr(AgentWeb, action).idempotent:
        script = Script(reply(status, error=error_type), reply(status), OK)
        result = harness.call(harness.client(script), action, **kwargs)
        assert script.count == 3
        assert isinstance(result, response_model(action))
        return
    script = Script(reply(status, error=error_type))
    with pytest.raises(error_cls) as info:
        harness.call(harness.client(script), action, **kwargs)
    assert script.count == 1
    assert info.value.status_code == status
    assert info.value.type == error_type
    assert harness.delays == []
    script = Script(reply(status, error=error_type))
    response = harness.raw(harness.client(script), action, **kwargs)
    assert script.count == 1
    assert response.status_code == status
    assert response.json()["error"]["type"] == error_type


@pytest.mark.parametrize(
    ("status", "error_type"),
    [(500, "internal"), (400, "validation"), (401, "authentication"), (404, "not_found")],
)
def test_other_errors_are_not_retried_even_when_idempotent(
    harness: Harness, status: int, error_type: str
) -> None:
    script = Script(reply(status, error=error_type))
    with pytest.raises(APIError) as info:
        harness.call(harness.client(script), "get_chat", chat_id="C1")
    assert script.count == 1
    assert info.value.status_code == status
    assert harness.delays == []


def test_an_idempotent_gateway_error_after_the_last_retry_is_raised(harness: Harness) -> None:
    script = Script(then=reply(503, error="service_unavailable"))
    with pytest.raises(ServiceUnavailableError):
        harness.call(harness.client(script), "get_chat", chat_id="C1")
    assert script.count == 3
    response = harness.raw(harness.client(script), "get_chat", chat_id="C1")
    assert response.status_code == 503
    assert script.count == 6


# --- transport failures ---------------------------------------------------------------------------

NOT_SENT: list[type[httpx.TransportError]] = [
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
]
AFTER_SENDING: list[type[httpx.TransportError]] = [
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.RemoteProtocolError,
    httpx.WriteError,
    httpx.WriteTimeout,
]


def wrapper_for(exc: type[httpx.TransportError]) -> type[APIConnectionError]:
    return APITimeoutError if issubclass(exc, httpx.TimeoutException) else APIConnectionError


@pytest.mark.parametrize("exc", NOT_SENT, ids=lambda e: e.__name__)
@pytest.mark.parametrize("action", ACTION_NAMES)
def test_failures_before_sending_are_retried_for_every_action(
    harness: Harness, action: str, exc: type[httpx.TransportError]
) -> None:
    script = Script(exc, exc, OK)
    result = harness.call(harness.client(script), action, **minimal_kwargs(action))
    assert script.count == 3
    assert isinstance(result, response_model(action))
    assert len(harness.delays) == 2


@pytest.mark.parametrize("exc", AFTER_SENDING, ids=lambda e: e.__name__)
@pytest.mark.parametrize("action", ACTION_NAMES)
def test_failures_after_sending_are_retried_only_for_idempotent_actions(
    harness: Harness, action: str, exc: type[httpx.TransportError]
) -> None:
    kwargs = minimal_kwargs(action)
    if getattr(AgentWeb, action).idempotent:
        script = Script(exc, exc, OK)
        result = harness.call(harness.client(script), action, **kwargs)
        assert script.count == 3
        assert isinstance(result, response_model(action))
        return
    script = Script(exc)
    with pytest.raises(APIConnectionError) as info:
        harness.call(harness.client(script), action, **kwargs)
    assert script.count == 1
    assert type(info.value) is wrapper_for(exc)
    assert info.value.__cause__ is script.raised[0]
    assert info.value.request is not None
    assert info.value.request.url.path.endswith(f"/{action}")
    assert harness.delays == []
    script = Script(exc)  # .raw() never raises for an answer, but there is none
    with pytest.raises(wrapper_for(exc)):
        harness.raw(harness.client(script), action, **kwargs)
    assert script.count == 1


@pytest.mark.parametrize("exc", NOT_SENT + AFTER_SENDING, ids=lambda e: e.__name__)
def test_a_failure_after_the_last_retry_is_raised_with_its_cause(
    harness: Harness, exc: type[httpx.TransportError]
) -> None:
    script = Script(then=exc)
    with pytest.raises(APIConnectionError) as info:
        harness.call(harness.client(script), "get_chat", chat_id="C1")
    assert script.count == 3
    assert type(info.value) is wrapper_for(exc)
    assert info.value.__cause__ is script.raised[-1]
    assert isinstance(info.value.__cause__, exc)
    assert TOKEN not in str(info.value)


# --- how many attempts: max_retries ---------------------------------------------------------------

CONSTRUCTOR = [None, 0, 3]
WITH_OPTIONS = [None, 0, 1]
PER_CALL = [None, 0, 4]


@pytest.mark.parametrize(
    ("ctor", "copy", "call"), list(itertools.product(CONSTRUCTOR, WITH_OPTIONS, PER_CALL))
)
def test_max_retries_precedence(
    harness: Harness, ctor: int | None, copy: int | None, call: int | None
) -> None:
    """Per call > with_options > constructor > the default 2; total requests = retries + 1."""
    script = Script(then=reply(429, error="too_many_requests"))
    client = harness.client(script, **({} if ctor is None else {"max_retries": ctor}))
    if copy is not None:
        client = client.with_options(max_retries=copy)
    options = {} if call is None else {"max_retries": call}
    with pytest.raises(TooManyRequestsError):
        harness.call(client, "send_event", **minimal_kwargs("send_event"), **options)
    expected = next(v for v in (call, copy, ctor, 2) if v is not None)
    assert script.count == expected + 1
    assert len(harness.delays) == expected


def test_with_options_does_not_change_the_original(harness: Harness) -> None:
    script = Script(then=reply(503))
    client = harness.client(script, max_retries=1)
    client.with_options(max_retries=5)
    harness.raw(client, "get_chat", chat_id="C1")
    assert script.count == 2


@pytest.mark.parametrize(
    "failure",
    [reply(429), reply(503), reply(400, error="too_many_requests"), httpx.ConnectError],
    ids=["429", "503", "too_many_requests", "ConnectError"],
)
@pytest.mark.parametrize("where", ["constructor", "with_options", "per_call"])
def test_max_retries_zero_never_retries(harness: Harness, where: str, failure: Answer) -> None:
    script = Script(failure, then=OK)
    client = harness.client(script, **({"max_retries": 0} if where == "constructor" else {}))
    if where == "with_options":
        client = client.with_options(max_retries=0)
    options = {"max_retries": 0} if where == "per_call" else {}
    with pytest.raises((APIError, APIConnectionError)):
        harness.call(client, "get_chat", chat_id="C1", **options)
    assert script.count == 1
    assert harness.delays == []


def test_per_call_max_retries_applies_to_raw_and_payload(harness: Harness) -> None:
    script = Script(then=reply(429))
    client = harness.client(script)
    assert harness.raw(client, "get_chat", chat_id="C1", max_retries=4).status_code == 429
    assert script.count == 5
    payload = {"chat_id": "C1", "event": {"type": "message", "text": "hi"}}
    response = harness.raw(client, "send_event", payload=payload, max_retries=1)
    assert response.status_code == 429
    assert script.count == 5 + 2


def test_invalid_max_retries_are_refused_before_sending(harness: Harness) -> None:
    script = Script()
    with pytest.raises(ValueError):
        harness.client(script, max_retries=-1)
    client = harness.client(script)
    with pytest.raises(ValueError):
        client.with_options(max_retries=-1)
    for bad in (-1, 11, True, "2"):
        with pytest.raises(InvalidRequestError):
            harness.call(client, "get_chat", chat_id="C1", max_retries=bad)
    assert script.count == 0


# --- how long: Retry-After and backoff ------------------------------------------------------------


def http_date(seconds_from_now: float) -> str:
    moment = datetime.fromtimestamp(time.time() + seconds_from_now, timezone.utc)
    return email.utils.format_datetime(moment, usegmt=True)


@pytest.fixture
def stopped_clock(monkeypatch: pytest.MonkeyPatch) -> float:
    """``time.time()`` stands still, at a whole second, during the test: a delay read from an HTTP
    date is then exact, however long the test takes to get there."""
    now = float(int(time.time()))
    monkeypatch.setattr(time, "time", lambda: now)
    return now


@pytest.mark.parametrize("value", ["7", "0", "1.5", "60"])
@pytest.mark.parametrize(
    ("status", "error_type"),
    [(429, None), (503, "service_unavailable"), (400, "too_many_requests")],
)
def test_retry_after_in_seconds_is_honoured(
    harness: Harness, value: str, status: int, error_type: str | None
) -> None:
    script = Script(reply(status, error=error_type, headers={"Retry-After": value}), OK)
    harness.call(harness.client(script), "get_chat", chat_id="C1")
    assert script.count == 2
    assert harness.delays == [float(value)]


def test_retry_after_as_an_http_date_is_honoured(harness: Harness, stopped_clock: float) -> None:
    script = Script(reply(429, headers={"Retry-After": http_date(30)}), OK)
    harness.call(harness.client(script), "send_event", **minimal_kwargs("send_event"))
    assert script.count == 2
    assert harness.delays == [30.0]


@pytest.fixture
def new_york_time() -> Iterator[None]:
    """Run the test with the process's local time zone at UTC-5/-4 (HTTP dates are GMT)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.parametrize(
    "layout",
    ["%a, %d %b %Y %H:%M:%S GMT", "%A, %d-%b-%y %H:%M:%S GMT", "%a %b %d %H:%M:%S %Y"],
    ids=["IMF-fixdate", "rfc850", "asctime"],
)
def test_every_http_date_format_is_read_as_gmt(
    harness: Harness, new_york_time: None, stopped_clock: float, layout: str
) -> None:
    """RFC 9110 5.6.7: recipients accept all three HTTP-date formats, all in GMT."""
    moment = datetime.fromtimestamp(stopped_clock + 30, timezone.utc)
    script = Script(reply(429, headers={"Retry-After": moment.strftime(layout)}), OK)
    harness.call(harness.client(script), "get_chat", chat_id="C1")
    assert script.count == 2
    assert harness.delays == [30.0]


def test_retry_after_in_the_past_retries_at_once(harness: Harness) -> None:
    script = Script(reply(429, headers={"Retry-After": http_date(-3600)}), OK)
    harness.call(harness.client(script), "get_chat", chat_id="C1")
    assert script.count == 2
    assert harness.delays == [0.0]


@pytest.mark.parametrize("value", ["61", "3600", "in-5-minutes"], ids=["61s", "1h", "date-5min"])
def test_retry_after_over_a_minute_is_not_waited_for(harness: Harness, value: str) -> None:
    if value == "in-5-minutes":
        value = http_date(300)
    script = Script(reply(429, error="too_many_requests", headers={"Retry-After": value}), then=OK)
    with pytest.raises(TooManyRequestsError):
        harness.call(harness.client(script), "get_chat", chat_id="C1")
    assert script.count == 1
    assert harness.delays == []


def test_unreadable_retry_after_falls_back_to_backoff(harness: Harness) -> None:
    script = Script(reply(429, headers={"Retry-After": "soon"}), OK)
    harness.call(harness.client(script), "get_chat", chat_id="C1")
    assert script.count == 2
    [delay] = harness.delays
    assert within_backoff(delay, 0)


def test_retry_after_does_not_make_a_non_retried_status_retried(harness: Harness) -> None:
    for status, action in ((500, "get_chat"), (503, "send_event")):
        script = Script(reply(status, headers={"Retry-After": "1"}), then=OK)
        with pytest.raises(APIError):
            harness.call(harness.client(script), action, **minimal_kwargs(action))
        assert script.count == 1
    assert harness.delays == []


def test_delays_grow_exponentially_up_to_the_cap(harness: Harness) -> None:
    failures: list[Answer] = [reply(429), reply(503), httpx.ConnectError, httpx.ReadTimeout]
    script = Script(*failures, reply(429), reply(429), reply(429), OK)
    harness.call(harness.client(script, max_retries=7), "get_chat", chat_id="C1")
    assert script.count == 8
    assert len(harness.delays) == 7
    for attempt, delay in enumerate(harness.delays):
        assert within_backoff(delay, attempt), (attempt, delay, harness.delays)


@given(attempt=st.integers(min_value=0, max_value=200))
def test_backoff_stays_within_the_jitter_bounds(attempt: int) -> None:
    delay = RetryPolicy().backoff(attempt)
    assert ceiling(attempt) / 2 <= delay <= ceiling(attempt)


@given(
    base=st.floats(min_value=0.001, max_value=5),
    cap=st.floats(min_value=0.001, max_value=100),
    attempt=st.integers(min_value=0, max_value=200),
)
def test_backoff_of_any_policy_stays_within_its_bounds(
    base: float, cap: float, attempt: int
) -> None:
    top = min(cap, base * 2.0**attempt)
    delay = RetryPolicy(base_delay=base, max_delay=cap).backoff(attempt)
    assert top / 2 <= delay <= top


def test_backoff_is_jittered() -> None:
    delays = {RetryPolicy().backoff(3) for _ in range(50)}
    assert len(delays) > 10
    assert min(delays) < 2.5 and max(delays) > 3.5  # spread over [2, 4]


@pytest.mark.parametrize("attempt", [1023, 1024, 5000])
def test_backoff_of_a_late_attempt_is_capped_not_an_overflow(attempt: int) -> None:
    """The constructor accepts any max_retries >= 0, so attempt numbers are unbounded."""
    assert 4.0 <= RetryPolicy().backoff(attempt) <= 8.0


@pytest.mark.parametrize("hook", ["plain", "awaitable"])
def test_the_sleep_hook_is_called_between_the_attempts(harness: Harness, hook: str) -> None:
    """``sleep=`` is called with each wait, between the attempts; on the async client it may
    return an awaitable, which is awaited."""
    events: list[Any] = []

    def fail(request: httpx.Request) -> httpx.Response:
        events.append("send")
        return httpx.Response(429, headers={"Retry-After": "2"})

    def succeed(request: httpx.Request) -> httpx.Response:
        events.append("send")
        return OK(request)

    async def record(delay: float) -> None:
        events.append(delay)

    sleep: Any = events.append
    if hook == "awaitable":
        if harness.mode == "sync":
            pytest.skip("the sync client calls the hook; an awaitable is for the async client")
        sleep = record
    client = harness.cls(BEARER, transport=Script(fail, fail, succeed).transport, sleep=sleep)
    harness.call(client, "get_chat", chat_id="C1")
    assert events == ["send", 2.0, "send", 2.0, "send"]


# --- what is resent -------------------------------------------------------------------------------


def test_a_retried_json_request_is_byte_identical(harness: Harness) -> None:
    script = Script(reply(429), httpx.ConnectError, httpx.PoolTimeout, OK)
    client = harness.client(script)
    client.modify_header({"X-Session": "s1"})
    harness.call(
        client,
        "send_event",
        chat_id="C1",
        event={"type": "message", "text": "héllo ✓", "visibility": "all"},
        headers={"X-Trace": "t-1"},
        max_retries=3,
    )
    assert script.count == 4
    first = script.sent[0]
    assert b'"text":"h\xc3\xa9llo \xe2\x9c\x93"' in first.body
    assert first.header("x-trace") == "t-1"
    assert first.header("x-session") == "s1"
    assert first.header("authorization") == BEARER
    assert all(sent == first for sent in script.sent[1:])


@pytest.mark.parametrize(
    "form", ["bytes", "tuple", "file_object", "payload_file_object", "payload_one_way_reader"]
)
def test_a_retried_upload_is_byte_identical(harness: Harness, form: str) -> None:
    content = bytes(range(256)) * 40
    kwargs: dict[str, Any] = {
        "bytes": {"file": content},
        "tuple": {"file": ("photo.png", content, "image/png")},
        "file_object": {"file": io.BytesIO(content)},
        "payload_file_object": {"payload": {"file": ("x.bin", io.BytesIO(content))}},
        "payload_one_way_reader": {"payload": {"file": ("x.bin", OneWayReader(content))}},
    }[form]
    script = Script(reply(429), httpx.ConnectTimeout, OK)
    harness.call(harness.client(script), "upload_file", **kwargs)
    assert script.count == 3
    first = script.sent[0]
    assert (first.header("content-type") or "").startswith("multipart/form-data; boundary=")
    assert content in first.body
    if form == "payload_one_way_reader":  # length unknown up front: httpx sends it chunked
        assert first.header("transfer-encoding") == "chunked"
    else:
        assert first.header("content-length") == str(len(first.body))
    assert script.sent[1] == first
    assert script.sent[2] == first


# --- logging --------------------------------------------------------------------------------------


def test_retries_are_logged_at_warning_without_the_token(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script(reply(429), httpx.ConnectError, OK)
    client = harness.client(script, max_retries=2)
    with caplog.at_level(logging.WARNING, logger="livechat_typed"):
        harness.call(client, "get_chat", chat_id="C1")
    records = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.name for r in records] == ["livechat_typed", "livechat_typed"]
    first, second = (r.getMessage() for r in records)
    assert "get_chat" in first and "429" in first and "retry 1" in first
    assert "get_chat" in second and "ConnectError" in second and "retry 2" in second
    everything = "\n".join(f"{r.getMessage()} {r.args!r} {r.__dict__!r}" for r in caplog.records)
    assert SECRET not in everything


def test_disable_logging_still_retries_but_logs_nothing(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script(reply(429), OK)
    client = harness.client(script, disable_logging=True)
    with caplog.at_level(logging.DEBUG, logger="livechat_typed"):
        harness.call(client, "get_chat", chat_id="C1")
    assert script.count == 2
    assert [r for r in caplog.records if r.name.startswith("livechat_typed")] == []


# --- the result -----------------------------------------------------------------------------------


def test_success_after_retries_returns_the_typed_response(harness: Harness) -> None:
    body = {"id": "PJ0MRSHTDG", "users": [], "is_followed": True, "properties": {}}
    script = Script(
        reply(503), httpx.ReadTimeout, reply(429, error="too_many_requests"), reply(body=body)
    )
    result = harness.call(harness.client(script, max_retries=3), "get_chat", chat_id="C1")
    assert script.count == 4
    assert isinstance(result, response_model("get_chat"))
    assert result.id == "PJ0MRSHTDG"
    assert result.is_followed is True


def test_page_fetches_of_iterate_are_retried(harness: Harness) -> None:
    summary = {"id": "C1", "users": []}
    first = {"chats_summary": [summary], "found_chats": 2, "next_page_id": "NEXT"}
    last = {"chats_summary": [{"id": "C2", "users": []}], "found_chats": 2}
    script = Script(reply(body=first), reply(429), httpx.ConnectError, reply(body=last))
    pages = harness.client(script).iterate.list_chats(limit=1)
    if harness.mode == "sync":
        ids = [chat.id for chat in pages]
    else:

        async def collect() -> list[str]:
            return [chat.id async for chat in pages]

        ids = asyncio.run(collect())
    assert ids == ["C1", "C2"]
    assert script.count == 4
