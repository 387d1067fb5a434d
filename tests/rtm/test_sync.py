"""``AgentRTM``, the blocking client, end to end: the same surface, many threads on one
connection, reconnects, a clean stop."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from livechat_typed.errors import NotFoundError
from livechat_typed.models import GetChatResponse
from livechat_typed.rtm import (
    AgentDisconnectedPush,
    AgentRTM,
    IncomingCustomersPush,
    IncomingEventPush,
    ReconnectPolicy,
    RTMDisconnectedError,
)
from livechat_typed.testing import FakeServer

from ..helpers.rtm import until

QUICK = ReconnectPolicy(initial=0.01, maximum=0.05)


def client(server: FakeServer, **options: Any) -> AgentRTM:
    options.setdefault("reconnect", QUICK)
    return server.rtm_client(**options)


def test_the_same_calls_blocking(server: FakeServer) -> None:
    with client(server) as rtm:
        assert rtm.login_response.my_profile is not None
        started = rtm.start_chat()
        chat = rtm.get_chat(chat_id=started.chat_id)
        assert isinstance(chat, GetChatResponse) and chat.id == started.chat_id
        with pytest.raises(NotFoundError):
            rtm.get_chat(chat_id="NOPE")
        assert rtm.is_connected and "AgentRTM(" in repr(rtm)
    assert rtm.is_closed and rtm.disconnect_reason == "closed"
    with pytest.raises(RTMDisconnectedError):
        rtm.list_chats()


def test_a_thousand_calls_in_flight_from_threads(server: FakeServer) -> None:
    with client(server) as rtm:
        chats = [rtm.start_chat().chat_id for _ in range(10)]
        wanted = [chats[n % 10] for n in range(1000)]
        server.fake.rtm.hold_answers(1000)  # answered only once all 1,000 are in flight
        with ThreadPoolExecutor(max_workers=1000) as pool:
            got = list(pool.map(lambda chat: rtm.get_chat(chat_id=chat).id, wanted))
        assert got == wanted
        assert rtm.connections == 1


def test_pushes_and_handlers(server: FakeServer) -> None:
    with client(server) as rtm:
        handled = threading.Event()
        seen: list[str] = []

        @rtm.on(IncomingEventPush)
        def on_event(push: IncomingEventPush) -> None:
            seen.append(push.payload.chat_id)
            handled.set()

        with pytest.raises(TypeError):

            @rtm.on(IncomingEventPush)
            async def not_here(push: IncomingEventPush) -> None: ...

        pushes = rtm.pushes()
        assert isinstance(next(pushes), IncomingCustomersPush)
        with server.client(token="dal:jane-token") as jane:
            started = jane.start_chat()
            jane.send_event(chat_id=started.chat_id, event={"type": "message", "text": "Hi"})
        event = next(p for p in pushes if isinstance(p, IncomingEventPush))
        assert event.payload.chat_id == started.chat_id
        assert handled.wait(30) and seen == [started.chat_id]


def test_reconnect_resends_an_idempotent_call(server: FakeServer) -> None:
    with client(server) as rtm:
        started = rtm.start_chat()
        server.fake.rtm.drop_answers("get_chat")
        with ThreadPoolExecutor(1) as pool:
            call = pool.submit(rtm.get_chat, chat_id=started.chat_id)
            until(lambda: server.fake.calls("get_chat"), "the call arrived")
            server.fake.rtm.disconnect("internal_error")
            assert call.result().id == started.chat_id
        assert rtm.connections == 2


def test_a_revoked_token_stops_cleanly(server: FakeServer) -> None:
    with client(server) as rtm:
        server.fake.rtm.disconnect("access_token_revoked")
        received = []
        with pytest.raises(RTMDisconnectedError) as ended:
            for push in rtm.pushes():
                received.append(push)
        assert ended.value.reason == "access_token_revoked"
        assert isinstance(received[-1], AgentDisconnectedPush)
        with pytest.raises(RTMDisconnectedError):
            rtm.list_chats()
    assert rtm.connections == 1


def test_a_client_not_connected_says_so() -> None:
    rtm = AgentRTM("Bearer dal:x", url="ws://127.0.0.1:9/v3.6/agent/rtm/ws")
    with pytest.raises(RTMDisconnectedError, match="not connected") as caught:
        rtm.list_chats()
    assert caught.value.reason == "not_connected"
    with pytest.raises(RTMDisconnectedError, match="not connected"):
        rtm.login_response  # noqa: B018
    rtm.close()  # nothing to close


def test_the_constructors_take_the_same_parameters() -> None:
    import inspect

    from livechat_typed.rtm import AsyncAgentRTM

    sync = inspect.signature(AgentRTM.__init__).parameters
    asynchronous = inspect.signature(AsyncAgentRTM.__init__).parameters
    assert [(p.name, p.kind, p.default) for p in sync.values()] == [
        (p.name, p.kind, p.default) for p in asynchronous.values()
    ]
