"""The testing kit: ``fake.script(action, answer=|error=|fault=, times=)``."""

from __future__ import annotations

import httpx
import pytest

from livechat_typed import errors
from livechat_typed.testing import DEFAULT_TOKEN, FakeLiveChat, Fault


def test_a_scripted_answer_is_answered_times_then_the_handler_again() -> None:
    fake = FakeLiveChat()
    agent = fake.client()
    chat = agent.start_chat()
    fake.script("send_event", answer={"event_id": "SCRIPTED"}, times=2)
    for _ in range(2):
        sent = agent.send_event(chat_id=chat.chat_id, event={"type": "message", "text": "hi"})
        assert sent.event_id == "SCRIPTED"
    assert fake.state.events(chat.chat_id) == []  # the handler did not run
    assert [record.action for record in fake.calls("send_event")] == ["send_event"] * 2
    real = agent.send_event(chat_id=chat.chat_id, event={"type": "message", "text": "hi"})
    assert real.event_id != "SCRIPTED"
    assert len(fake.state.events(chat.chat_id)) == 1
    agent.close()


def test_a_scripted_answer_can_be_a_modified_real_one() -> None:
    fake = FakeLiveChat()
    agent = fake.client()
    chat = agent.start_chat()
    answer = agent.raw.get_chat(chat_id=chat.chat_id).json()
    answer["properties"] = {"routing": {"pinned": True}}
    fake.script("get_chat", answer=answer)
    assert agent.get_chat(chat_id=chat.chat_id).properties == {"routing": {"pinned": True}}
    agent.close()


def test_a_misspelt_or_incomplete_answer_fails_when_scripted() -> None:
    fake = FakeLiveChat()
    with pytest.raises(ValueError, match="event_idd"):
        fake.script("send_event", answer={"event_id": "E1", "event_idd": "E1"})
    with pytest.raises(ValueError, match="SendEventResponse"):
        fake.script("send_event", answer={"event_idd": "E1"})
    with pytest.raises(ValueError, match="did you mean 'get_chat'"):
        fake.script("get_chta", error="not_found")
    with pytest.raises(ValueError, match="not JSON"):
        fake.script("send_event", answer={"event_id": object()})
    with pytest.raises(TypeError, match="exactly one"):
        fake.script("get_chat", error="not_found", fault="reset")
    with pytest.raises(TypeError, match="exactly one"):
        fake.script("get_chat")  # type: ignore[call-overload]
    assert len(fake.scripts) == 0 and len(fake.faults) == 0


def test_a_scripted_error_is_the_typed_error_with_its_status() -> None:
    fake = FakeLiveChat()
    agent = fake.client()
    chat = agent.start_chat()
    fake.script("get_chat", error="not_found", message="Chat not found", times=2)
    for _ in range(2):
        with pytest.raises(errors.APIError) as caught:
            agent.get_chat(chat_id=chat.chat_id)
        assert caught.value.response is not None
        assert caught.value.response.status_code == 404
        assert "Chat not found" in str(caught.value)
    assert agent.get_chat(chat_id=chat.chat_id).id == chat.chat_id
    agent.close()


def test_a_bad_request_gets_its_own_error_and_keeps_the_script() -> None:
    fake = FakeLiveChat()
    fake.script("get_chat", error="not_found")
    with httpx.Client(transport=fake.transport(), base_url="https://api.livechatinc.com") as raw:
        answer = raw.post(
            "/v3.6/agent/action/get_chat",
            json={"chat_id": 5},
            headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"},
        )
    assert answer.status_code == 400  # validated first
    assert answer.json()["error"]["type"] == "validation"
    assert len(fake.scripts) == 1 and fake.received == []


def test_a_scripted_fault_is_a_fault_of_that_action() -> None:
    fake = FakeLiveChat()
    sleeps: list[float] = []
    agent = fake.client(sleep=sleeps.append)
    fault = fake.script("list_chats", fault="reset", times=2)
    assert isinstance(fault, Fault) and fault.action == "list_chats"
    assert agent.list_chats().chats_summary == []  # idempotent: retried past both resets
    assert len(sleeps) == 2
    fake.script("list_chats", fault="status", status=429, retry_after="3")
    agent.list_chats()
    assert sleeps[-1] == 3
    with pytest.raises(TypeError, match="fault options"):
        fake.script("list_chats", error="internal", status=500)  # type: ignore[call-overload]
    agent.close()
