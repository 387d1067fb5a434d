"""Responses: parsed into the response model, keeping every field the server sent."""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed import AgentWeb
from livechat_typed.errors import ResponseValidationError
from livechat_typed.models import (
    FollowChatResponse,
    ListAgentsForTransferResponse,
    ListChatsResponse,
    SendEventResponse,
)

from .helpers import Recorder

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=10,
)


def _client(body: bytes) -> AgentWeb:
    recorder = Recorder(lambda request: httpx.Response(200, content=body))
    return AgentWeb("Bearer x", transport=recorder.transport)


@given(extra=st.dictionaries(st.from_regex(r"\A[a-z_]{1,12}\Z"), json_values, max_size=5))
def test_unknown_fields_are_kept_and_dump_back(extra: dict[str, object]) -> None:
    body = {"event_id": "E1", **{k: v for k, v in extra.items() if k != "event_id"}}
    response = _client(json.dumps(body).encode()).send_event(
        chat_id="C1", event={"type": "message", "text": "x"}
    )
    assert isinstance(response, SendEventResponse)
    assert response.event_id == "E1"
    assert response.model_dump(mode="json", exclude_unset=True) == body


@given(extra=st.dictionaries(st.text(max_size=8), json_values, max_size=5))
def test_empty_answers_keep_anything_the_server_adds(extra: dict[str, object]) -> None:
    response = _client(json.dumps(extra).encode()).follow_chat(id="C1")
    assert isinstance(response, FollowChatResponse)
    assert response.model_dump(mode="json", exclude_unset=True) == extra


def test_an_empty_body_is_an_empty_answer() -> None:
    response = _client(b"").follow_chat(id="C1")
    assert response.model_dump(exclude_unset=True) == {}


def test_array_answers_parse_into_a_list() -> None:
    body = [{"agent_id": "a@b.c", "total_active_chats": 2, "new": True}]
    response = _client(json.dumps(body).encode()).list_agents_for_transfer(chat_id="C1")
    assert isinstance(response, ListAgentsForTransferResponse)
    assert response.model_dump(mode="json") == body


def test_paginated_answer() -> None:
    body = {"chats_summary": [{"id": "C1"}], "found_chats": 1, "next_page_id": "MTU="}
    response = _client(json.dumps(body).encode()).list_chats()
    assert isinstance(response, ListChatsResponse)
    assert response.next_page_id == "MTU="
    assert response.model_dump(mode="json", exclude_unset=True) == body


def test_a_malformed_success_body_raises_with_the_response_kept() -> None:
    with pytest.raises(ResponseValidationError) as info:
        _client(b"<html>oops</html>").follow_chat(id="C1")
    assert info.value.response.content == b"<html>oops</html>"
