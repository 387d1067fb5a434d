"""``FakeLiveChat`` faults, in memory (``httpx.MockTransport``): what each fault kind does to a
call, how often the client retries it, and that non-idempotent actions never repeat a side effect.

Every fault kind is checked on an idempotent action (``get_chat``) and a non-idempotent one
(``send_event``), with ``AgentWeb`` and ``AsyncAgentWeb``. The retry rules come from
``livechat_typed/_transport.py``:

* ``429`` / ``too_many_requests``: retried for every action (the server refused it unprocessed);
* ``502`` / ``503`` / ``504``, read timeouts and dropped connections: retried only for idempotent
  actions (the server may have processed the request);
* anything else (``500``, a ``200`` that does not parse): never retried.

``max_retries`` is 2 by default, so a retried fault that persists is seen 3 times by the fake.
Sleeps are recorded, never slept.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from livechat_typed import AgentWeb, AsyncAgentWeb, errors
from livechat_typed.testing import DEFAULT_TOKEN, FakeLiveChat

MESSAGE = {"type": "message", "text": "exactly once"}


@dataclass(frozen=True)
class Case:
    """A fault, the exception a call gets, and whether the policy retries it."""

    kind: str
    options: dict[str, Any]
    error: type[Exception]
    retried_if_idempotent: bool
    retried_always: bool = False
    status: int | None = None

    def retried(self, idempotent: bool) -> bool:
        return self.retried_always or (idempotent and self.retried_if_idempotent)


CASES: dict[str, Case] = {
    "status-429": Case(
        "status", {"status": 429, "retry_after": "0"}, errors.TooManyRequestsError, True, True, 429
    ),
    "status-500": Case("status", {"status": 500}, errors.InternalServerError, False, status=500),
    "status-502": Case("status", {"status": 502}, errors.ServiceUnavailableError, True, status=502),
    "status-503": Case("status", {"status": 503}, errors.ServiceUnavailableError, True, status=503),
    "status-504": Case("status", {"status": 504}, errors.ServiceUnavailableError, True, status=504),
    "reset": Case("reset", {}, errors.APIConnectionError, True),
    "slow": Case("slow", {}, errors.APITimeoutError, True),
    "malformed_json": Case("malformed_json", {}, errors.ResponseValidationError, False),
    "html-502": Case("html", {"status": 502}, errors.APIError, True, status=502),
    "html-500": Case("html", {"status": 500}, errors.APIError, False, status=500),
    "oversized": Case("oversized", {"size": 1_000_000}, errors.ResponseValidationError, False),
}
NOT_429 = sorted(name for name in CASES if name != "status-429")


# --- the harness ---------------------------------------------------------------------------------


@dataclass
class Harness:
    """A fake, a (sync or async) client wired to it through a counting transport, and records
    of what reached the fake and how long the client wanted to sleep."""

    fake: FakeLiveChat
    mode: str
    seen: list[str] = field(default_factory=list)
    answers: list[httpx.Response] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)
    client: Any = None

    def __post_init__(self) -> None:
        transport = httpx.MockTransport(self._handle)
        token = f"Bearer {DEFAULT_TOKEN}"
        cls = AgentWeb if self.mode == "sync" else AsyncAgentWeb
        self.client = cls(token, transport=transport, sleep=self.sleeps.append)
        setup = self.fake.client()
        started = setup.start_chat()
        self.chat_id, self.thread_id = started.chat_id, started.thread_id

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.url.path.rsplit("/", 1)[-1])
        response = self.fake.handle(request)  # raises for reset / slow
        response.read()
        self.answers.append(response)
        return response

    def _run(self, result: Any) -> Any:
        if self.mode == "sync":
            return result
        assert isinstance(result, Awaitable)
        return asyncio.run(_awaited(result))

    def call(self, action: str, **kwargs: Any) -> Any:
        return self._run(getattr(self.client, action)(**kwargs))

    def raw(self, action: str, **kwargs: Any) -> httpx.Response:
        return self._run(getattr(self.client.raw, action)(**kwargs))  # type: ignore[no-any-return]

    def get_chat(self) -> Any:
        return self.call("get_chat", chat_id=self.chat_id)

    def send_event(self) -> Any:
        return self.call("send_event", chat_id=self.chat_id, event=MESSAGE)

    def events(self) -> list[dict[str, Any]]:
        return self.fake.state.events(self.chat_id)


async def _awaited(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    yield Harness(FakeLiveChat(), request.param)


ACTIONS = {"get_chat": True, "send_event": False}
"""The representative actions and whether they are idempotent."""


def _call(h: Harness, action: str) -> Any:
    return h.get_chat() if action == "get_chat" else h.send_event()


def test_the_representative_actions_are_what_we_think() -> None:
    assert AgentWeb.get_chat.idempotent is True
    assert AgentWeb.send_event.idempotent is False


def _check_error(exc: BaseException, case: Case) -> None:
    assert type(exc) is case.error  # exactly: e.g. a reset is not a timeout, HTML not typed
    if case.status is not None:
        assert isinstance(exc, errors.APIError) and exc.status_code == case.status
    if case.kind == "html":
        assert isinstance(exc, errors.APIError) and exc.type is None
        assert "Bad Gateway" in exc.message
    if case.kind == "reset":
        assert isinstance(exc.__cause__, httpx.RemoteProtocolError)
    if case.kind == "slow":
        assert isinstance(exc.__cause__, httpx.ReadTimeout)
    if isinstance(exc, errors.ResponseValidationError):
        assert exc.response.status_code == 200


# --- retries -------------------------------------------------------------------------------------


@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_persistent_fault_raises_after_the_retries_the_policy_allows(
    harness: Harness, name: str, action: str
) -> None:
    case = CASES[name]
    fault = harness.fake.faults.add(case.kind, action=action, times=10, **case.options)
    with pytest.raises(errors.LiveChatError) as info:
        _call(harness, action)
    _check_error(info.value, case)
    expected = 3 if case.retried(ACTIONS[action]) else 1
    assert harness.seen == [action] * expected
    assert fault.times == 10 - expected
    assert len(harness.sleeps) == expected - 1
    if case.options.get("retry_after") == "0":
        assert harness.sleeps == [0.0] * (expected - 1)


@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_transient_fault_is_retried_away_or_raised(
    harness: Harness, name: str, action: str
) -> None:
    case = CASES[name]
    harness.fake.faults.add(case.kind, action=action, times=1, **case.options)
    if case.retried(ACTIONS[action]):
        result = _call(harness, action)
        assert harness.seen == [action, action]
        assert len(harness.sleeps) == 1
        if action == "get_chat":
            assert result.id == harness.chat_id
        else:
            assert result.event_id == harness.events()[-1]["id"]
    else:
        with pytest.raises(errors.LiveChatError) as info:
            _call(harness, action)
        _check_error(info.value, case)
        assert harness.seen == [action] and harness.sleeps == []
    assert len(harness.fake.faults) == 0
    # The next call is clean.
    harness.seen.clear()
    _call(harness, action)
    assert harness.seen == [action]


def test_retry_after_is_honoured_up_to_a_minute(harness: Harness) -> None:
    harness.fake.faults.add("status", action="get_chat", status=503, retry_after="3")
    harness.get_chat()
    assert harness.sleeps == [3.0] and harness.seen == ["get_chat", "get_chat"]

    harness.seen.clear()
    harness.fake.faults.add("status", action="send_event", status=429, retry_after="120")
    with pytest.raises(errors.TooManyRequestsError) as info:
        harness.send_event()
    assert info.value.response.headers["retry-after"] == "120"
    assert harness.seen == ["send_event"]  # a wait over a minute is not worth it
    assert harness.events() == []


def test_max_retries_per_call_and_per_client(harness: Harness) -> None:
    harness.fake.faults.add("status", action="get_chat", status=503, times=100)
    with pytest.raises(errors.ServiceUnavailableError):
        harness.call("get_chat", chat_id=harness.chat_id, max_retries=0)
    assert harness.seen == ["get_chat"]
    harness.seen.clear()
    harness.client = harness.client.with_options(max_retries=5)
    with pytest.raises(errors.ServiceUnavailableError):
        harness.get_chat()
    assert harness.seen == ["get_chat"] * 6


def test_faults_only_hit_their_action_and_count_down(harness: Harness) -> None:
    harness.fake.faults.add("status", action="send_event", status=500, times=2)
    harness.get_chat()
    assert harness.seen == ["get_chat"]
    for _ in range(2):
        with pytest.raises(errors.InternalServerError):
            harness.send_event()
    harness.send_event()
    assert len(harness.events()) == 1
    harness.seen.clear()
    harness.fake.faults.add("status", status=500)  # action=None: the next request, any action
    with pytest.raises(errors.InternalServerError):
        harness.call("list_chats")
    harness.get_chat()
    assert harness.seen == ["list_chats", "get_chat"]


def test_a_refused_token_does_not_use_up_a_fault() -> None:
    fake = FakeLiveChat()
    fault = fake.faults.add("status", status=503)
    with pytest.raises(errors.AuthenticationError):
        fake.client("dal:wrong").list_chats()
    assert fault.times == 1 and len(fake.faults) == 1


# --- side effects of non-idempotent actions ------------------------------------------------------


@pytest.mark.parametrize("name", NOT_429)
def test_a_processed_fault_leaves_exactly_one_event(harness: Harness, name: str) -> None:
    """The server ran ``send_event`` and then the answer failed: the client must not resend it
    (no second message), whatever the failure."""
    case = CASES[name]
    harness.fake.faults.add(
        case.kind, action="send_event", times=10, processed=True, **case.options
    )
    with pytest.raises(errors.LiveChatError) as info:
        harness.send_event()
    _check_error(info.value, case)
    assert harness.seen == ["send_event"]
    assert [e["text"] for e in harness.events()] == ["exactly once"]
    assert [action for action, _ in harness.fake.requests].count("send_event") == 1


@pytest.mark.parametrize("name", NOT_429)
def test_an_unprocessed_fault_leaves_no_event(harness: Harness, name: str) -> None:
    case = CASES[name]
    harness.fake.faults.add(case.kind, action="send_event", times=10, **case.options)
    with pytest.raises(errors.LiveChatError):
        harness.send_event()
    assert harness.seen == ["send_event"] and harness.events() == []


def test_a_429_is_retried_and_stores_exactly_one_event(harness: Harness) -> None:
    harness.fake.faults.add("status", action="send_event", status=429, processed=False)
    sent = harness.send_event()
    assert harness.seen == ["send_event", "send_event"]
    assert [e["id"] for e in harness.events()] == [sent.event_id]
    assert len(harness.sleeps) == 1 and 0 < harness.sleeps[0] <= 0.5  # first backoff step


def test_a_429_without_retry_after_backs_off_exponentially(harness: Harness) -> None:
    harness.fake.faults.add("status", action="send_event", status=429, times=2)
    harness.send_event()
    assert harness.seen == ["send_event"] * 3 and len(harness.events()) == 1
    first, second = harness.sleeps
    assert 0.25 <= first <= 0.5 and 0.5 <= second <= 1.0


@pytest.mark.parametrize(
    ("kind", "options"), [("status", {"status": 502}), ("reset", {}), ("slow", {})]
)
def test_an_idempotent_write_is_retried_after_a_processed_fault(
    harness: Harness, kind: str, options: dict[str, Any]
) -> None:
    """Repeating an idempotent action is harmless: the tag is there once, the properties merge."""
    harness.fake.faults.add(kind, action="tag_thread", processed=True, **options)
    harness.fake.faults.add(kind, action="update_chat_properties", processed=True, **options)
    ids = {"chat_id": harness.chat_id, "thread_id": harness.thread_id}
    harness.call("tag_thread", **ids, tag="vip")
    harness.call("update_chat_properties", id=harness.chat_id, properties={"ns": {"a": 1}})
    assert harness.seen == ["tag_thread"] * 2 + ["update_chat_properties"] * 2
    assert harness.fake.state.tags() == {harness.thread_id: ["vip"]}
    assert harness.fake.state.chats[harness.chat_id].properties == {"ns": {"a": 1}}
    assert [a for a, _ in harness.fake.requests].count("tag_thread") == 2  # both were run


@pytest.mark.parametrize("kind", ["status", "reset", "slow"])
def test_start_chat_and_create_customer_are_not_repeated(harness: Harness, kind: str) -> None:
    """Other non-idempotent actions: one chat, one customer, even though the answers failed."""
    options = {"status": 503} if kind == "status" else {}
    for action in ("start_chat", "create_customer"):
        harness.fake.faults.add(kind, action=action, processed=True, times=5, **options)
    chats_before = len(harness.fake.state.chats)
    with pytest.raises(errors.LiveChatError):
        harness.call("start_chat")
    with pytest.raises(errors.LiveChatError):
        harness.call("create_customer", name="Once")
    assert harness.seen == ["start_chat", "create_customer"]
    assert len(harness.fake.state.chats) == chats_before + 1
    assert [c["name"] for c in harness.fake.state.customers.values()] == ["Once"]


# --- raw responses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "status", "content_type", "body"),
    [
        (
            "status-500",
            500,
            "application/json",
            b'{"error": {"type": "internal", "message": "injected 500"}}',
        ),
        (
            "status-503",
            503,
            "application/json",
            b'{"error": {"type": "service_unavailable", "message": "injected 503"}}',
        ),
        (
            "html-502",
            502,
            "text/html",
            b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        ),
        ("malformed_json", 200, "application/json", b'{"chat_id": "broken'),
    ],
)
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_raw_returns_the_faulted_response_untouched(
    harness: Harness, name: str, status: int, content_type: str, body: bytes, action: str
) -> None:
    case = CASES[name]
    harness.fake.faults.add(case.kind, action=action, times=10, processed=True, **case.options)
    kwargs: dict[str, Any] = {"chat_id": harness.chat_id}
    if action == "send_event":
        kwargs["event"] = MESSAGE
    response = harness.raw(action, **kwargs)
    assert response.status_code == status
    assert response.headers["content-type"] == content_type
    assert response.content == body
    last = harness.answers[-1]
    assert response.content == last.content and response.headers == last.headers
    expected = 3 if case.retried(ACTIONS[action]) else 1  # .raw() retries like a call
    assert harness.seen == [action] * expected
    if action == "send_event":
        assert len(harness.events()) == 1


def test_raw_keeps_the_retry_after_header(harness: Harness) -> None:
    harness.fake.faults.add("status", action="send_event", status=503, retry_after="7")
    response = harness.raw("send_event", chat_id=harness.chat_id, event=MESSAGE)
    assert (response.status_code, response.headers["retry-after"]) == (503, "7")
    assert response.json() == {"error": {"type": "service_unavailable", "message": "injected 503"}}
    assert harness.seen == ["send_event"] and harness.sleeps == []


@pytest.mark.parametrize(
    ("kind", "error"), [("reset", errors.APIConnectionError), ("slow", errors.APITimeoutError)]
)
def test_raw_raises_when_there_is_no_response(
    harness: Harness, kind: str, error: type[Exception]
) -> None:
    harness.fake.faults.add(kind, action="send_event")
    with pytest.raises(error):
        harness.raw("send_event", chat_id=harness.chat_id, event=MESSAGE)
    assert harness.seen == ["send_event"]


def test_an_oversized_answer_is_read_and_refused() -> None:
    """The default ``oversized`` fault: a 20 MB ``200`` that is no documented answer."""
    h = Harness(FakeLiveChat(), "sync")
    h.fake.faults.add("oversized", action="get_chat")
    with pytest.raises(errors.ResponseValidationError) as info:
        h.get_chat()
    assert len(info.value.response.content) > 20 * 1024 * 1024
    assert h.seen == ["get_chat"]
