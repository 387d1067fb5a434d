"""The testing kit: what the fake received, typed (``fake.received``, ``fake.calls``), and
``fake.reset()``."""

from __future__ import annotations

import httpx

from livechat_typed.models import SendEventRequest, StartChatRequest
from livechat_typed.testing import DEFAULT_TOKEN, FakeLiveChat, ReceivedRequest


def test_received_records_are_typed_and_keep_requests_working() -> None:
    fake = FakeLiveChat()
    with fake.client() as agent:
        chat = agent.start_chat()
        agent.send_event(chat_id=chat.chat_id, event={"type": "message", "text": "hi"})
    assert [record.action for record in fake.received] == ["start_chat", "send_event"]
    start, send = fake.received
    assert isinstance(start, ReceivedRequest)
    assert isinstance(start.request, StartChatRequest)
    assert isinstance(send.request, SendEventRequest)
    assert send.request.chat_id == chat.chat_id
    assert send.body == fake.requests[1][1]
    assert [action for action, _ in fake.requests] == ["start_chat", "send_event"]
    assert isinstance(send.headers, httpx.Headers)
    assert send.headers["authorization"] == f"Bearer {DEFAULT_TOKEN}"
    assert fake.calls("send_event") == [send]
    assert fake.calls("get_chat") == []


def test_the_repr_of_a_record_hides_the_credentials() -> None:
    fake = FakeLiveChat()
    with fake.client() as agent:
        agent.list_chats()
    shown = repr(fake.received[0])
    assert DEFAULT_TOKEN not in shown
    assert "<redacted>" in shown
    assert "list_chats" in shown


def test_refused_requests_are_not_received() -> None:
    fake = FakeLiveChat()
    with fake.client(token="dal:wrong", max_retries=0) as agent:
        try:
            agent.list_chats()
        except Exception:
            pass
    assert fake.received == []


def test_reset_forgets_the_world_but_keeps_the_configuration() -> None:
    fake = FakeLiveChat(agents={"ann@example.com": [0, 2]})
    agent = fake.client()
    chat = agent.start_chat()
    fake.faults.add("status", status=500, times=5)
    fake.reset()
    assert fake.state.chats == {} and fake.received == [] and fake.requests == []
    assert len(fake.faults) == 0
    assert fake.state.agents["ann@example.com"]["group_ids"] == [0, 2]
    again = agent.start_chat()  # the same client keeps working, ids start over
    assert again.chat_id == chat.chat_id
    assert [record.action for record in fake.received] == ["start_chat"]
    agent.close()
