"""``.with_response()``: the typed response and its HTTP metadata in one step, sync and async."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest

from livechat_typed import AgentWeb, AsyncAgentWeb, WithResponse, errors
from livechat_typed.models import GetChatResponse

from .helpers import MINIMAL_BODIES, TOKEN

BEARER = f"Bearer {TOKEN}"


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("get_chat"):
        return httpx.Response(
            200, json=MINIMAL_BODIES["get_chat"], headers={"X-Request-Id": "req-42", "X-A": "b"}
        )
    return httpx.Response(404, json={"error": {"type": "not_found", "message": "no chat"}})


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_with_response_gives_the_model_and_the_http_metadata(kind: str) -> None:
    transport = httpx.MockTransport(answer)
    if kind == "sync":
        got = AgentWeb(BEARER, transport=transport).with_response.get_chat(chat_id="C1")
    else:
        client = AsyncAgentWeb(BEARER, transport=transport)
        got = asyncio.run(client.with_response.get_chat(chat_id="C1"))
    assert isinstance(got, WithResponse)
    chat, response = got
    assert isinstance(chat, GetChatResponse) and chat is got.parsed
    assert chat.id == "C1"
    assert response is got.response and response.status_code == got.status_code == 200
    assert got.headers["x-a"] == "b"
    assert got.request_id == "req-42"
    assert isinstance(got.elapsed, timedelta)
    assert "GetChatResponse" in repr(got)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_with_response_raises_as_a_call_does(kind: str) -> None:
    transport = httpx.MockTransport(answer)
    with pytest.raises(errors.NotFoundError):
        if kind == "sync":
            AgentWeb(BEARER, transport=transport).with_response.follow_chat(id="C1")
        else:
            client = AsyncAgentWeb(BEARER, transport=transport)
            asyncio.run(client.with_response.follow_chat(id="C1"))
    with pytest.raises(errors.InvalidRequestError, match="chatid"):
        AgentWeb(BEARER, transport=transport).with_response.get_chat(chatid="C1")  # type: ignore[call-arg]
