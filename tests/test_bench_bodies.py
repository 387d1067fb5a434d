"""The benchmark bodies are realistic typed answers: every one parses through a strict client
into its documented classes, with no ``Unknown...`` fallback anywhere, so the per-call benchmark
measures typed parsing rather than the lenient fallbacks."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import httpx
import pytest
from pydantic import BaseModel

from bench.bodies import BODIES, get_chat_body, list_chats_body
from livechat_typed import AgentWeb
from livechat_typed.models import (
    UnknownEvent,
    UnknownFilledFormField,
    UnknownFormField,
    UnknownUser,
)
from tests.helpers.core import TOKEN

_CALLS: dict[str, dict[str, Any]] = {
    "send_event": {"chat_id": "PJ0MRSHTDG", "event": {"type": "message", "text": "Hi"}},
    "upload_file": {"file": ("a.png", b"\x89PNG", "image/png")},
    "get_chat": {"chat_id": "PJ0MRSHTDG"},
    "list_chats": {"limit": 10},
}


def _strict_client() -> AgentWeb:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=BODIES[request.url.path.rsplit("/", 1)[-1]])

    return AgentWeb(f"Bearer {TOKEN}", transport=httpx.MockTransport(answer), strict=True)


def _classes(value: object) -> Counter[str]:
    """How many objects of each model class ``value`` holds, itself included."""
    found: Counter[str] = Counter()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, BaseModel):
            found[type(item).__name__] += 1
            stack.extend(getattr(item, name) for name in type(item).model_fields)
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return found


_FALLBACKS = (UnknownEvent, UnknownUser, UnknownFormField, UnknownFilledFormField)


@pytest.mark.parametrize("action", sorted(BODIES))
def test_each_body_parses_strictly_without_fallbacks(action: str) -> None:
    with _strict_client() as client:
        result = getattr(client, action)(**_CALLS[action])
    assert isinstance(result, getattr(AgentWeb, action).response_model)
    found = _classes(result)
    assert found, "the answer parsed into no model"
    assert not {cls.__name__ for cls in _FALLBACKS} & set(found)


def test_the_fallback_check_sees_a_fallback() -> None:
    chat = json.loads(get_chat_body())
    chat["thread"]["events"][2]["type"] = "hologram"
    body = json.dumps(chat).encode()
    answer = httpx.MockTransport(lambda _: httpx.Response(200, content=body))
    lenient = AgentWeb(f"Bearer {TOKEN}", transport=answer)
    with lenient:
        assert _classes(lenient.get_chat(chat_id="PJ0MRSHTDG"))["UnknownEvent"] == 1


def test_the_chat_holds_a_conversation_of_several_event_types() -> None:
    body = get_chat_body()
    assert 5_000 <= len(body) <= 8_000  # "~6 KB", as bench/bodies.py says
    with _strict_client() as client:
        chat = client.get_chat(chat_id="PJ0MRSHTDG")
    classes = _classes(chat)
    for name in ("Message", "File", "FilledForm", "RichMessage", "Custom", "SystemMessage"):
        assert classes[name] >= 1, name
    assert classes["Customer"] == 1 and classes["Agent"] == 1
    assert classes["CustomerLastVisit"] == 1 and classes["CustomerStatistics"] == 1
    assert chat.thread is not None and chat.thread.tags and chat.properties and chat.access


def test_the_page_holds_ten_large_summaries() -> None:
    body = list_chats_body()
    assert 35_000 <= len(body) <= 50_000  # "~40 KB"
    with _strict_client() as client:
        page = client.list_chats(limit=10)
    assert len(page.chats_summary) == 10
    for summary in page.chats_summary:
        classes = _classes(summary)
        assert classes["Customer"] == 1 and classes["CustomerStatistics"] == 1
        assert classes["CustomerLastVisit"] == 1 and classes["VisitedPage"] == 3
        assert summary.last_thread_summary is not None
        assert summary.last_thread_summary.properties and summary.properties and summary.access
        assert summary.last_event_per_type is not None
        assert {"message", "system_message", "filled_form"} <= set(summary.last_event_per_type)
    assert any(s.last_thread_summary and s.last_thread_summary.queue for s in page.chats_summary)


def test_the_bodies_are_the_same_bytes_every_time() -> None:
    assert get_chat_body() == BODIES["get_chat"] and list_chats_body() == BODIES["list_chats"]
    assert json.loads(BODIES["list_chats"])["found_chats"] == 137
