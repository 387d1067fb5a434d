"""State stays consistent: URLs, session headers and page cursors, whatever the call order."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from livechat_typed import AgentWeb, AsyncAgentWeb, errors

from .helpers import TOKEN, Recorder, minimal_response

BEARER = f"Bearer {TOKEN}"


def test_changing_api_url_after_calls_takes_effect_for_every_action() -> None:
    recorder = Recorder()
    with AgentWeb(BEARER, transport=recorder.transport) as client:
        client.follow_chat(id="C1")
        client.get_chat(chat_id="C1")
        client.api_url = "http://127.0.0.1:9/v3.6/agent/action/"
        client.follow_chat(id="C1")
        client.get_chat(chat_id="C1")
    hosts = [(r.url.host, r.url.path.rsplit("/", 1)[-1]) for r in recorder.requests]
    assert hosts == [
        ("api.livechatinc.com", "follow_chat"),
        ("api.livechatinc.com", "get_chat"),
        ("127.0.0.1", "follow_chat"),
        ("127.0.0.1", "get_chat"),
    ]


@pytest.mark.parametrize("value", ["not a url", "ftp://x/y", "/relative/path", 42])
def test_an_unusable_api_url_is_refused(value: Any) -> None:
    with AgentWeb(BEARER, transport=Recorder().transport) as client:
        with pytest.raises(ValueError, match="api_url"):
            client.api_url = value
        assert client.api_url == "https://api.livechatinc.com/v3.6/agent/action"


def test_a_with_options_copy_never_sends_with_the_originals_urls() -> None:
    recorder = Recorder()
    with AgentWeb(BEARER, transport=recorder.transport) as client:
        client.follow_chat(id="C1")  # the original has a URL for follow_chat now
        copy = client.with_options(max_retries=0)
        copy.api_url = "https://copy.example.test/v3.6/agent/action"
        copy.follow_chat(id="C1")
        client.follow_chat(id="C1")
        client.api_url = "https://moved.example.test/v3.6/agent/action"
        copy.follow_chat(id="C1")
    assert [r.url.host for r in recorder.requests] == [
        "api.livechatinc.com",
        "copy.example.test",
        "api.livechatinc.com",
        "copy.example.test",
    ]


class RacingHeaders(httpx.Headers):
    """Session headers whose listing lets another thread's ``modify_header`` slip in: the
    interleaving that used to keep a stale header set cached for good."""

    client: AgentWeb | None = None

    def multi_items(self) -> list[tuple[str, str]]:
        items = super().multi_items()
        client, RacingHeaders.client = RacingHeaders.client, None
        if client is not None:
            client.modify_header({"X-Version": "new"})
        return items


def test_modify_header_wins_over_a_racing_call() -> None:
    recorder = Recorder()
    with AgentWeb(BEARER, transport=recorder.transport) as client:
        client.modify_header({"X-Version": "old"})
        client._headers = RacingHeaders(client._headers)
        RacingHeaders.client = client
        client.follow_chat(id="C1")  # computed from the old set while "new" is published
        client.follow_chat(id="C1")
        client.remove_header("X-Version")
        client.follow_chat(id="C1")
    versions = [r.headers.get("x-version") for r in recorder.requests]
    assert versions == ["old", "new", None]


def repeating(page_id: str) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("list_chats"):
            return httpx.Response(
                200,
                json={"chats_summary": [], "found_chats": 5, "next_page_id": page_id},
            )
        return minimal_response(request)

    return answer


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_iterate_stops_with_a_typed_error_when_the_server_repeats_a_cursor(kind: str) -> None:
    recorder = Recorder(repeating("MTIz"))
    if kind == "sync":
        client = AgentWeb(BEARER, transport=recorder.transport)
        with pytest.raises(errors.PaginationError) as caught:
            list(client.iterate.list_chats())
    else:
        aclient = AsyncAgentWeb(BEARER, transport=recorder.transport)

        async def drain() -> None:
            async for _ in aclient.iterate.list_chats():
                pass

        with pytest.raises(errors.PaginationError) as caught:
            asyncio.run(drain())
    assert caught.value.page_id == "MTIz"
    assert len(recorder.requests) == 2  # the first page, and the page the cursor named


def test_iterate_refuses_a_cursor_that_returns_to_the_start() -> None:
    recorder = Recorder(repeating("START"))
    with AgentWeb(BEARER, transport=recorder.transport) as client:
        with pytest.raises(errors.PaginationError):
            list(client.iterate.list_chats(page_id="START"))
    assert len(recorder.requests) == 1
