"""A positional argument is a ``TypeError`` that says which keywords to write instead."""

from __future__ import annotations

import asyncio

import pytest

from livechat_typed import AgentWeb, AsyncAgentWeb
from livechat_typed.actions import ChatsActions

from .helpers import TOKEN, Recorder
from .spec_strategies import ACTION_NAMES, SPEC

BEARER = f"Bearer {TOKEN}"


def required_fields(action: str) -> list[str]:
    request = SPEC["actions"][action]["request"]
    return [name for name, node in request.items() if node.get("required")]


@pytest.mark.parametrize("action", ACTION_NAMES)
def test_a_positional_argument_names_the_keywords(action: str) -> None:
    recorder = Recorder()
    client = AgentWeb(BEARER, transport=recorder.transport)
    with pytest.raises(TypeError, match="keyword arguments only") as caught:
        getattr(client, action)("C1")
    message = str(caught.value)
    for name in required_fields(action):
        assert f"{name}=..." in message
    with pytest.raises(TypeError, match="keyword arguments only"):
        asyncio.run(getattr(AsyncAgentWeb(BEARER, transport=recorder.transport), action)("C1"))
    assert recorder.requests == []


def test_the_suggestion_follows_the_declaration() -> None:
    client = AgentWeb(BEARER, transport=Recorder().transport)
    with pytest.raises(TypeError) as caught:
        client.send_event("C1", {"type": "message", "text": "hi"})
    assert "write send_event(chat_id=..., event=...)" in str(caught.value)
    with pytest.raises(TypeError) as iterated:
        client.iterate.list_chats(10)
    assert "write iterate.list_chats(filters=...)" in str(iterated.value)
    assert isinstance(ChatsActions.list_chats.name, str)
