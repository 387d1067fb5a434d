"""Faults over real sockets (``FakeServer``): what the client makes of 429s, 5xx, a connection
dropped mid-response, a slow answer, malformed JSON, an HTML error page and an oversized body.

Retry sleeps are recorded instead of slept (the client's public ``sleep=`` hook). Each
test counts what reached the server from ``server.exchanges`` (every request, faulted or not)
and ``fake.requests`` / ``fake.state`` (what the fake actually processed).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest

from livechat_typed import AgentWeb, errors
from livechat_typed.models import MessageEvent
from livechat_typed.testing import FakeServer

VERSIONS = {"HTTP/1.1": False, "HTTP/2": True}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


@pytest.fixture(autouse=True)
def no_leftover_faults(server: FakeServer) -> Iterator[None]:
    server.fake.faults.clear()
    yield
    server.fake.faults.clear()
    assert server.errors == []


class Recorded:
    """A client whose retry sleeps are recorded, not slept."""

    def __init__(self, server: FakeServer, http2: bool, **options: Any) -> None:
        self.sleeps: list[float] = []
        self.client = server.client(http2=http2, sleep=self.sleeps.append, **options)
        self.chat_id = self.client.start_chat().chat_id
        self.server = server
        self.since = len(server.exchanges)
        self.accepted = len(server.fake.requests)

    def hits(self, action: str) -> list[int]:
        """The statuses the server answered ``action`` with, since this client was made."""
        return [e.status for e in self.server.exchanges[self.since :] if e.action == action]

    def processed(self, action: str) -> int:
        """How many ``action`` requests the fake ran, since this client was made."""
        return sum(1 for name, _ in self.server.fake.requests[self.accepted :] if name == action)

    def texts(self) -> list[str]:
        return [event["text"] for event in self.server.fake.state.events(self.chat_id)]


@pytest.fixture(params=list(VERSIONS))
def rec(request: pytest.FixtureRequest, server: FakeServer) -> Iterator[Recorded]:
    recorded = Recorded(server, VERSIONS[request.param])
    with recorded.client:
        yield recorded


def send(rec: Recorded, text: str) -> str:
    return rec.client.send_event(chat_id=rec.chat_id, event=MessageEvent(text=text)).event_id


# --- 429 ------------------------------------------------------------------------------------------


def test_429_with_retry_after_is_retried_then_succeeds(rec: Recorded) -> None:
    rec.server.fake.faults.add("status", status=429, retry_after="7", action="send_event")
    assert send(rec, "after a 429")
    assert rec.sleeps == [7.0]
    assert rec.hits("send_event") == [429, 200]
    assert rec.texts().count("after a 429") == 1


def test_429_exhausts_the_retries(rec: Recorded) -> None:
    rec.server.fake.faults.add("status", status=429, retry_after="1", action="get_chat", times=5)
    with pytest.raises(errors.TooManyRequestsError) as caught:
        rec.client.get_chat(chat_id=rec.chat_id)
    assert caught.value.status_code == 429
    assert caught.value.response.headers["retry-after"] == "1"
    assert rec.sleeps == [1.0, 1.0] and rec.hits("get_chat") == [429, 429, 429]


# --- 5xx ------------------------------------------------------------------------------------------

ERRORS = {
    500: errors.InternalServerError,
    502: errors.ServiceUnavailableError,  # the fake's JSON error for 502 is service_unavailable
    503: errors.ServiceUnavailableError,
}


@pytest.mark.parametrize("status", list(ERRORS))
def test_5xx_on_an_idempotent_action(rec: Recorded, status: int) -> None:
    """``get_chat`` is idempotent: 502/503 are retried (twice), 500 is not retried at all."""
    rec.server.fake.faults.add("status", status=status, action="get_chat", times=10, processed=True)
    with pytest.raises(ERRORS[status]) as caught:
        rec.client.get_chat(chat_id=rec.chat_id)
    assert caught.value.status_code == status
    attempts = 1 if status == 500 else 3
    assert rec.hits("get_chat") == [status] * attempts
    assert rec.processed("get_chat") == attempts
    assert len(rec.sleeps) == attempts - 1


@pytest.mark.parametrize("status", list(ERRORS))
def test_5xx_on_a_non_idempotent_action_is_never_retried(rec: Recorded, status: int) -> None:
    """The server may have stored the event: the client must not send it again."""
    rec.server.fake.faults.add(
        "status", status=status, action="send_event", times=10, processed=True
    )
    with pytest.raises(ERRORS[status]):
        send(rec, f"once despite a {status}")
    assert rec.hits("send_event") == [status]
    assert rec.processed("send_event") == 1
    assert rec.texts().count(f"once despite a {status}") == 1
    assert rec.sleeps == []


def test_503_once_then_success_for_an_idempotent_action(rec: Recorded) -> None:
    rec.server.fake.faults.add("status", status=503, action="list_chats")
    assert rec.client.list_chats().found_chats
    assert rec.hits("list_chats") == [503, 200] and len(rec.sleeps) == 1


# --- connection reset mid-response ----------------------------------------------------------------


def test_a_reset_mid_response_of_send_event_stores_exactly_one_event(rec: Recorded) -> None:
    rec.server.fake.faults.add("reset", action="send_event", processed=True)
    with pytest.raises(errors.APIConnectionError) as caught:
        send(rec, "reset after processing")
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert caught.value.__cause__ is not None  # the httpx error
    assert rec.hits("send_event") == [200]  # headers went out, then the connection was dropped
    assert rec.texts().count("reset after processing") == 1  # not retried: no duplicate
    assert rec.sleeps == []
    assert send(rec, "the next call reconnects")  # the client recovers on a new connection


def test_a_reset_of_an_idempotent_action_is_retried(rec: Recorded) -> None:
    rec.server.fake.faults.add("reset", action="get_chat", processed=True)
    assert rec.client.get_chat(chat_id=rec.chat_id).id == rec.chat_id
    assert rec.hits("get_chat") == [200, 200] and len(rec.sleeps) == 1


def test_a_reset_with_the_async_client(server: FakeServer) -> None:
    server.fake.faults.add("reset", action="send_event", processed=True)

    async def main() -> str:
        async with server.async_client(http2=True) as client:
            chat_id = (await client.start_chat()).chat_id
            with pytest.raises(errors.APIConnectionError):
                await client.send_event(chat_id=chat_id, event=MessageEvent(text="async reset"))
            return chat_id

    chat_id = asyncio.run(main())
    assert [e["text"] for e in server.fake.state.events(chat_id)] == ["async reset"]


# --- slow -----------------------------------------------------------------------------------------


def slow_exchanges(server: FakeServer, since: int) -> list[tuple[str, int, str | None]]:
    """``(action, status, fault)`` of the exchanges since ``since`` that the ``slow`` fault held."""
    return [(e.action, e.status, e.fault) for e in server.exchanges[since:] if e.fault == "slow"]


def wait_until_logged(server: FakeServer, since: int) -> list[tuple[str, int, str | None]]:
    """The slow exchanges since ``since``, once the server has logged one.

    The client may give up before the server thread got to the request; the server still reads
    it, takes the fault and logs it. Polled for at most ~a minute: a guard against hanging, not
    a speed check.
    """
    for _ in range(6000):
        if slow_exchanges(server, since):
            break
        time.sleep(0.01)
    return slow_exchanges(server, since)


@pytest.mark.parametrize("version", list(VERSIONS))
def test_an_answer_slower_than_the_timeout_raises_api_timeout_error(
    server: FakeServer, version: str
) -> None:
    with server.client(http2=VERSIONS[version], max_retries=0) as client:
        chat_id = client.start_chat().chat_id
        since = len(server.exchanges)
        # Held back far longer than the call's timeout: a client that waited would get a 503.
        server.fake.faults.add("slow", action="get_chat", delay=30)
        with pytest.raises(errors.APITimeoutError):
            client.get_chat(chat_id=chat_id, timeout=1)
        assert wait_until_logged(server, since) == [("get_chat", 503, "slow")]
        assert len(server.fake.faults) == 0  # the fault was used up by that call
        assert client.get_chat(chat_id=chat_id).id == chat_id


def test_a_slow_answer_within_the_timeout_arrives(rec: Recorded) -> None:
    rec.server.fake.faults.add("slow", action="get_chat", delay=0.2, processed=True)
    assert rec.client.get_chat(chat_id=rec.chat_id).id == rec.chat_id
    # the answer was held back by the fault, and the client took it: no timeout, no retry
    assert slow_exchanges(rec.server, rec.since) == [("get_chat", 200, "slow")]
    assert rec.hits("get_chat") == [200] and rec.processed("get_chat") == 1
    assert rec.sleeps == []


def test_a_slow_answer_with_the_async_client(server: FakeServer) -> None:
    since = len(server.exchanges)

    async def main() -> None:
        async with server.async_client(http2=True, max_retries=0) as client:
            chat_id = (await client.start_chat()).chat_id
            server.fake.faults.add("slow", action="get_chat", delay=30)
            with pytest.raises(errors.APITimeoutError):
                await client.get_chat(chat_id=chat_id, timeout=1)

    asyncio.run(main())
    assert wait_until_logged(server, since) == [("get_chat", 503, "slow")]
    assert len(server.fake.faults) == 0


# --- bodies that are not what they should be ------------------------------------------------------


def test_malformed_json_raises_response_validation_error_with_the_raw_response(
    rec: Recorded,
) -> None:
    rec.server.fake.faults.add("malformed_json", action="start_chat")
    with pytest.raises(errors.ResponseValidationError) as caught:
        rec.client.start_chat()
    response = caught.value.response
    assert response.status_code == 200
    assert response.text == '{"chat_id": "broken'
    assert response.http_version == ("HTTP/2" if rec.client.http2 else "HTTP/1.1")


def test_an_html_error_page_raises_api_error_keeping_the_text(rec: Recorded) -> None:
    rec.server.fake.faults.add("html", status=502, action="send_event")
    with pytest.raises(errors.APIError) as caught:
        send(rec, "behind a proxy")
    error = caught.value
    assert error.status_code == 502
    assert "502 Bad Gateway" in error.message
    assert error.response.text.startswith("<html>")
    assert rec.hits("send_event") == [502]  # not idempotent: not retried


def test_an_html_error_page_on_an_idempotent_action_is_retried(rec: Recorded) -> None:
    rec.server.fake.faults.add("html", status=502, action="get_chat")
    assert rec.client.get_chat(chat_id=rec.chat_id).id == rec.chat_id
    assert rec.hits("get_chat") == [502, 200]


def test_an_oversized_body_is_parsed_whole(rec: Recorded) -> None:
    """20 MB of unknown field: kept in ``model_extra``, not a byte lost."""
    size = 20 * 1024 * 1024
    rec.server.fake.faults.add("oversized", action="follow_chat", size=size)
    result = rec.client.follow_chat(id=rec.chat_id)
    assert result.model_extra is not None
    assert len(result.model_extra["padding"]) == size


def test_an_oversized_body_that_does_not_fit_raises_with_all_of_it(rec: Recorded) -> None:
    size = 5 * 1024 * 1024
    rec.server.fake.faults.add("oversized", action="get_chat", size=size)
    with pytest.raises(errors.ResponseValidationError) as caught:
        rec.client.get_chat(chat_id=rec.chat_id)
    assert len(caught.value.response.content) == size + len(b'{"padding": ""}')


def test_strict_mode_refuses_the_oversized_unknown_field(server: FakeServer) -> None:
    recorded = Recorded(server, http2=True, strict=True)
    with recorded.client:
        server.fake.faults.add("oversized", action="follow_chat", size=1024)
        with pytest.raises(errors.ResponseValidationError, match="padding"):
            recorded.client.follow_chat(id=recorded.chat_id)


def test_the_clients_recorded_here_are_real(server: FakeServer) -> None:
    """Guard for the helpers above: the recorded client is a real client over real sockets,
    which waits through its hook only."""
    recorded = Recorded(server, http2=False)
    with recorded.client:
        assert type(recorded.client) is AgentWeb
        assert recorded.client._sleep_hook == recorded.sleeps.append
