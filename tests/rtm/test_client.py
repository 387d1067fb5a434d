"""``AsyncAgentRTM`` end to end against the fake server's RTM websocket.

Nothing here waits for time to pass: the fake is told what to do (drop, hold, disconnect), and
the tests wait for the *conditions* that follow (``async_until``), with short deadlines and
backoffs only so that the scenarios are quick.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
from typing import Any

import pytest

from livechat_typed import APIError, InvalidRequestError
from livechat_typed.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    MisdirectedRequestError,
    NotFoundError,
)
from livechat_typed.models import ListChatsResponse
from livechat_typed.rtm import (
    AgentDisconnectedPush,
    AsyncAgentRTM,
    IncomingChatPush,
    IncomingCustomersPush,
    IncomingEventPush,
    IncomingMulticastPush,
    LoginResponse,
    Push,
    ReconnectPolicy,
    RTMConnectionLostError,
    RTMDisconnectedError,
    RTMPushOverflowError,
    UnknownPush,
)
from livechat_typed.testing import FakeLiveChat, FakeServer

from ..helpers.rtm import async_until

QUICK = ReconnectPolicy(initial=0.01, maximum=0.05)


def client(server: FakeServer, **options: Any) -> AsyncAgentRTM:
    options.setdefault("reconnect", QUICK)
    return server.async_rtm_client(**options)


def run(scenario: Any) -> Any:
    return asyncio.run(scenario)


async def next_of(pushes: Any, cls: type[Push]) -> Any:
    """The next push of ``cls`` (others skipped)."""
    async for push in pushes:
        if isinstance(push, cls):
            return push
    raise AssertionError("pushes ended")  # pragma: no cover


# --- login and calls ---------------------------------------------------------------------------


def test_login_first_with_the_options_then_typed_calls(server: FakeServer) -> None:
    async def scenario() -> None:
        rtm = client(server, timezone="Europe/Warsaw", customer_monitoring_level="chatting")
        async with rtm:
            assert isinstance(rtm.login_response, LoginResponse)
            assert rtm.login_response.my_profile is not None
            assert rtm.login_response.my_profile.id == "agent@example.com"
            (session,) = server.fake.rtm.sessions
            assert session.frames[0] == "login"
            assert session.agent == "agent@example.com"
            assert session.login == {
                "timezone": "Europe/Warsaw",
                "customer_monitoring_level": "chatting",
            }
            started = await rtm.start_chat()
            page = await rtm.list_chats(limit=10)
            assert isinstance(page, ListChatsResponse)
            assert [chat.id for chat in page.chats_summary] == [started.chat_id]
            raw = await rtm.raw.get_chat(chat_id=started.chat_id)
            assert raw.status_code == 200 and raw.json()["id"] == started.chat_id
            await rtm.set_away_status(away=True)
            assert server.fake.rtm.sessions[0].away is True
        assert server.fake.calls("start_chat")[0].action == "start_chat"

    run(scenario())


def test_the_login_summary_lists_the_agents_chats(server: FakeServer) -> None:
    with server.client() as web:
        started = web.start_chat()

    async def scenario() -> None:
        async with client(server) as rtm:
            assert [c.id for c in rtm.login_response.chats_summary] == [started.chat_id]

    run(scenario())


def test_payload_escape_hatch_and_errors_as_the_web_client(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            with pytest.raises(NotFoundError) as caught:
                await rtm.get_chat(chat_id="NOSUCHCHAT")
            assert caught.value.status_code == 404
            assert caught.value.type == "not_found"
            with pytest.raises(NotFoundError):
                await rtm.get_chat(payload={"chat_id": "NOSUCHCHAT"})
            frames = len(server.fake.rtm.sessions[0].frames)
            with pytest.raises(InvalidRequestError, match="chat_id"):
                await rtm.get_chat(chat_id=5)  # type: ignore[arg-type]
            with pytest.raises(InvalidRequestError, match="headers"):
                await rtm.get_chat(chat_id="X", headers={"X-A": "b"})
            assert len(server.fake.rtm.sessions[0].frames) == frames  # nothing was sent

    run(scenario())


def test_a_call_without_answer_times_out_and_the_session_goes_on(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            started = await rtm.start_chat()
            server.fake.rtm.drop_answers("get_chat")
            with pytest.raises(APITimeoutError, match="get_chat"):
                await rtm.get_chat(chat_id=started.chat_id, timeout=0.05)
            assert (await rtm.get_chat(chat_id=started.chat_id)).id == started.chat_id

    run(scenario())


def test_a_slow_answer_comes_after_quicker_ones(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            started = await rtm.start_chat()
            server.fake.script("get_chat", fault="slow", delay=0.2, processed=True)
            slow = asyncio.ensure_future(rtm.get_chat(chat_id=started.chat_id))
            await async_until(lambda: server.fake.calls("get_chat"), "the slow call arrived")
            await rtm.list_chats()  # answered while the other waits
            assert not slow.done()
            assert (await slow).id == started.chat_id

    run(scenario())


def test_a_thousand_calls_in_flight_answered_in_reverse(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            chats = [(await rtm.start_chat()).chat_id for _ in range(10)]
            server.fake.rtm.hold_answers(1000)
            wanted = [chats[n % 10] for n in range(1000)]
            got = await asyncio.gather(*(rtm.get_chat(chat_id=chat) for chat in wanted))
            assert [chat.id for chat in got] == wanted
            assert len(server.fake.calls("get_chat")) == 1000
            assert rtm.connections == 1

    run(scenario())


# --- pushes -------------------------------------------------------------------------------------


def test_a_web_call_of_another_agent_pushes_to_this_session(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            pushes = rtm.pushes()
            first = await pushes.__anext__()
            assert isinstance(first, IncomingCustomersPush)
            with server.client(token="dal:jane-token") as jane:
                theirs = jane.start_chat()
                jane.send_event(chat_id=theirs.chat_id, event={"type": "message", "text": "Hi"})
            chat = await next_of(pushes, IncomingChatPush)
            assert chat.payload.requester_id == "jane@example.com"
            assert chat.request_id is None  # caused by someone else
            event = await next_of(pushes, IncomingEventPush)
            assert event.payload.chat_id == theirs.chat_id
            assert event.payload.event.text == "Hi"  # type: ignore[union-attr]
            started = await rtm.start_chat()
            own = await rtm.send_event(
                chat_id=started.chat_id, event={"type": "message", "text": "Yo"}
            )
            mine = await next_of(pushes, IncomingEventPush)
            assert mine.payload.event.id == own.event_id
            assert mine.request_id is not None  # this session's own request

    run(scenario())


def test_handlers_per_class(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            seen: list[Push] = []
            everything: list[str] = []
            done = asyncio.Event()

            @rtm.on(IncomingMulticastPush)
            async def multicast(push: IncomingMulticastPush) -> None:
                seen.append(push)
                done.set()

            @rtm.on(Push)
            def any_push(push: Push) -> None:
                everything.append(push.action)
                raise RuntimeError("a failing handler does not stop the others")

            server.fake.rtm.push("something_new", {"x": 1})
            server.fake.rtm.push("incoming_multicast", {"content": {"a": 1}, "type": "t"})
            await done.wait()
            assert [type(p) for p in seen] == [IncomingMulticastPush]
            assert seen[0].payload.content == {"a": 1}
            # (incoming_customers may come before or after the handlers were registered)
            assert everything[-2:] == ["something_new", "incoming_multicast"]
            with pytest.raises(TypeError):
                rtm.on(int)  # type: ignore[type-var]

    run(scenario())


def test_unknown_pushes_are_kept_raw(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            pushes = rtm.pushes()
            server.fake.rtm.push("thinking_indicator", [1, {"a": None}])
            push = await next_of(pushes, UnknownPush)
            assert (push.action, push.payload) == ("thinking_indicator", [1, {"a": None}])

    run(scenario())


def test_a_slow_consumer_loses_the_oldest_pushes_and_is_told(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server, max_buffered_pushes=2) as rtm:
            for n in range(5):
                server.fake.rtm.push("incoming_multicast", {"content": n})
            # 6 pushes (incoming_customers first), 2 kept
            await async_until(lambda: rtm.dropped_pushes == 4, "four pushes dropped")
            pushes = rtm.pushes()
            with pytest.raises(RTMPushOverflowError) as caught:
                await pushes.__anext__()
            assert caught.value.dropped == 4
            pushes = rtm.pushes()
            assert [(await pushes.__anext__()).payload.content for _ in range(2)] == [3, 4]  # type: ignore[attr-defined]

    run(scenario())


# --- keep-alive and disconnects ------------------------------------------------------------------


def test_pings_keep_the_session_alive(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server, ping_interval=0.02) as rtm:
            await async_until(
                lambda: server.fake.rtm.sessions[0].frames.count("ping") >= 3, "three pings"
            )
            assert rtm.connections == 1

    run(scenario())


def test_a_silent_client_is_timed_out_by_the_server_and_reconnects(server: FakeServer) -> None:
    server.fake.rtm.ping_timeout = 0.1

    async def scenario() -> None:
        async with client(server, ping_interval=3600) as rtm:
            pushes = rtm.pushes()
            gone = await next_of(pushes, AgentDisconnectedPush)
            assert gone.payload.reason == "connection_timeout"
            await async_until(lambda: rtm.connections == 2, "a reconnect")
            server.fake.rtm.ping_timeout = 30.0
            assert await rtm.list_chats() is not None
            assert server.fake.rtm.sessions[-1].login.get("reconnect") is True

    run(scenario())


@pytest.mark.parametrize("reason", ["internal_error", "connection_timeout", None])
def test_a_dropped_session_reconnects_and_resends_an_idempotent_call(
    server: FakeServer, reason: str | None
) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            started = await rtm.start_chat()
            server.fake.rtm.drop_answers("get_chat")
            call = asyncio.ensure_future(rtm.get_chat(chat_id=started.chat_id))
            await async_until(lambda: server.fake.calls("get_chat"), "the call arrived")
            if reason is None:
                server.fake.rtm.drop_connections()  # a network failure
            else:
                server.fake.rtm.disconnect(reason)
            assert (await call).id == started.chat_id  # answered on the new connection
            assert rtm.connections == 2
            assert len(server.fake.calls("get_chat")) == 2

    run(scenario())


def test_a_call_that_may_not_be_repeated_fails_typed_on_a_drop(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            started = await rtm.start_chat()
            server.fake.rtm.drop_answers("send_event")
            call = asyncio.ensure_future(
                rtm.send_event(chat_id=started.chat_id, event={"type": "message", "text": "x"})
            )
            await async_until(lambda: server.fake.calls("send_event"), "the call arrived")
            server.fake.rtm.drop_connections()
            with pytest.raises(RTMConnectionLostError, match="send_event"):
                await call
            assert len(server.fake.calls("send_event")) == 1  # not sent twice
            await async_until(lambda: rtm.connections == 2, "a reconnect")

    run(scenario())


def test_a_reset_answer_drops_the_connection_and_the_call_is_resent(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            server.fake.script("list_chats", fault="reset")
            assert (await rtm.list_chats()).chats_summary == []
            assert rtm.connections == 2

    run(scenario())


@pytest.mark.parametrize("reason", ["access_token_revoked", "agent_logged_out_remotely"])
def test_a_final_reason_stops_cleanly(server: FakeServer, reason: str) -> None:
    async def scenario() -> None:
        async with client(server) as rtm:
            started = await rtm.start_chat()
            server.fake.rtm.drop_answers("get_chat")
            call = asyncio.ensure_future(rtm.get_chat(chat_id=started.chat_id))
            await async_until(lambda: server.fake.calls("get_chat"), "the call arrived")
            server.fake.rtm.disconnect(reason)
            with pytest.raises(RTMDisconnectedError) as pending:
                await call
            assert pending.value.reason == reason
            received = []
            with pytest.raises(RTMDisconnectedError) as ended:
                async for push in rtm.pushes():
                    received.append(push)
            assert ended.value.reason == reason
            assert isinstance(received[-1], AgentDisconnectedPush)
            with pytest.raises(RTMDisconnectedError):
                await rtm.list_chats()
            assert rtm.is_closed and rtm.disconnect_reason == reason
            assert rtm.connections == 1
            await async_until(lambda: not server.fake.rtm.sessions, "the session closed")

    run(scenario())


def test_without_reconnect_a_drop_ends_the_session(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server, reconnect=None) as rtm:
            server.fake.rtm.drop_connections()
            with pytest.raises(RTMDisconnectedError) as ended:
                async for _ in rtm.pushes():
                    pass
            assert ended.value.reason == "connection_lost"

    run(scenario())


def test_the_login_narrows_the_pushes(server: FakeServer) -> None:
    async def scenario() -> None:
        async with client(server, pushes={"3.6": ["incoming_event"]}) as rtm:
            started = await rtm.start_chat()  # incoming_chat: not subscribed
            await rtm.send_event(chat_id=started.chat_id, event={"type": "message", "text": "x"})
            push = await rtm.pushes().__anext__()
            assert isinstance(push, IncomingEventPush)  # the first push it got

    run(scenario())


def test_a_client_not_connected_says_so() -> None:
    async def scenario() -> None:
        rtm = AsyncAgentRTM("Bearer dal:x", url="ws://127.0.0.1:9/v3.6/agent/rtm/ws")
        with pytest.raises(RTMDisconnectedError, match="not connected"):
            await rtm.list_chats()
        with pytest.raises(RTMDisconnectedError, match="not connected"):
            rtm.login_response  # noqa: B018
        with pytest.raises(APIConnectionError, match="cannot connect"):
            await rtm.connect()

    run(scenario())


def test_a_closed_client_refuses_calls(server: FakeServer) -> None:
    async def scenario() -> None:
        rtm = client(server)
        async with rtm:
            pass
        with pytest.raises(RTMDisconnectedError) as caught:
            await rtm.list_chats()
        assert caught.value.reason == "closed"

    run(scenario())


# --- login failures, deadlines, TLS, regions, secrets ------------------------------------------


def test_a_refused_login_raises_its_api_error_and_leaves_nothing_open(server: FakeServer) -> None:
    async def scenario() -> None:
        rtm = client(server, token="dal:wrong-secret-token")
        with pytest.raises(AuthenticationError) as caught:
            await rtm.connect()
        assert "dal:wrong-secret-token" not in str(caught.value)
        assert "wrong-secret" not in repr(pickle.loads(pickle.dumps(caught.value)).__dict__)
        await async_until(lambda: not server.fake.rtm.sessions, "the connection closed")

    run(scenario())


def test_the_server_closes_a_connection_that_does_not_log_in(server: FakeServer) -> None:
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    server.fake.rtm.login_timeout = 0.05

    closed = len(server.fake.rtm.closed_sessions)

    async def scenario() -> None:
        async with connect(server.rtm_url) as ws:
            await ws.send('{"action": "ping", "payload": {}}')  # a no-op before login
            with pytest.raises(ConnectionClosed):
                await ws.recv()
        await async_until(lambda: len(server.fake.rtm.closed_sessions) > closed, "closed")
        assert server.fake.rtm.closed_sessions[-1].agent is None
        assert server.fake.rtm.closed_sessions[-1].frames == ["ping"]

    run(scenario())


def test_a_call_before_login_is_refused_by_the_server(server: FakeServer) -> None:
    from websockets.asyncio.client import connect

    async def scenario() -> None:
        async with connect(server.rtm_url) as ws:
            await ws.send('{"action": "list_chats", "request_id": "1", "payload": {}}')
            answer = await ws.recv()
        assert '"success": false' in str(answer) and "authentication" in str(answer)

    run(scenario())


def test_tls_is_verified_by_default() -> None:
    async def scenario(server: FakeServer) -> None:
        untrusted = AsyncAgentRTM(f"Bearer {server.token}", url=server.rtm_url)
        with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            await untrusted.connect()
        async with server.async_rtm_client() as trusted:  # verify= the server's CA
            assert trusted.url.startswith("wss://")
            assert await trusted.list_chats() is not None

    with FakeServer() as tls_server:
        run(scenario(tls_server))


def test_the_region_follows_the_token() -> None:
    assert AsyncAgentRTM("Bearer fra:x").url == "wss://api-fra.livechatinc.com/v3.6/agent/rtm/ws"
    assert AsyncAgentRTM("Bearer dal:x").url == "wss://api.livechatinc.com/v3.6/agent/rtm/ws"
    assert AsyncAgentRTM("Bearer x", "http://127.0.0.1:8000").url == (
        "ws://127.0.0.1:8000/v3.6/agent/rtm/ws"
    )
    fake = FakeLiveChat(
        tokens={"fra:tok": "agent@example.com", "dal:tok": "agent@example.com"}, region="fra"
    )

    async def scenario(server: FakeServer) -> None:
        # another host: the region goes in X-Region on the handshake
        async with AsyncAgentRTM("Bearer fra:tok", server.base_url) as rtm:
            assert rtm.region == "fra"
            assert await rtm.list_chats() is not None
        with pytest.raises(MisdirectedRequestError):  # a dal session at a fra server
            await AsyncAgentRTM("Bearer dal:tok", url=server.rtm_url).connect()

    with FakeServer(fake, tls=False) as server:
        run(scenario(server))


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"url": "https://x/ws"}, "url"),
        ({"ping_interval": 0}, "ping_interval"),
        ({"max_buffered_pushes": 0}, "max_buffered_pushes"),
        ({"reconnect": 3}, "reconnect"),
        ({"customer_monitoring_level": "everyone"}, "customer_monitoring_level"),
        ({"base_url": "ftp://x"}, "base_url"),
    ],
)
def test_bad_options_are_refused_at_construction(options: dict[str, Any], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        AsyncAgentRTM("Bearer dal:x", **options)


def test_the_token_never_shows(server: FakeServer, caplog: pytest.LogCaptureFixture) -> None:
    secret = "dal:fake-token"
    caplog.set_level(logging.DEBUG)

    async def scenario() -> None:
        async with client(server) as rtm:
            assert secret not in repr(rtm)
            await rtm.list_chats()
            with pytest.raises(APIError) as caught:
                await rtm.get_chat(chat_id="NOPE")
            assert secret not in str(caught.value)
            assert secret.encode() not in pickle.dumps(caught.value)
            assert secret not in repr(caught.value.response.request.headers)

    run(scenario())
    assert secret not in caplog.text


def test_a_login_refused_on_reconnect_ends_the_session(server: FakeServer) -> None:
    server.fake.tokens["dal:short-lived"] = "agent@example.com"

    async def scenario() -> None:
        async with client(server, token="dal:short-lived") as rtm:
            del server.fake.tokens["dal:short-lived"]  # the token stops working
            server.fake.rtm.drop_connections()
            with pytest.raises(RTMDisconnectedError) as ended:
                async for _ in rtm.pushes():
                    pass
            assert ended.value.reason == "login_failed"
            assert isinstance(ended.value.__cause__, AuthenticationError)

    run(scenario())


def test_the_policy_gives_up_when_the_server_is_gone() -> None:
    async def scenario(server: FakeServer) -> None:
        policy = ReconnectPolicy(initial=0.01, maximum=0.01, max_attempts=2)
        async with server.async_rtm_client(reconnect=policy) as rtm:
            server.stop()  # every reconnect is refused
            with pytest.raises(RTMDisconnectedError) as ended:
                await rtm.list_chats()
            assert ended.value.reason == "reconnect_failed"
            assert isinstance(ended.value.__cause__, APIConnectionError)

    with FakeServer(tls=False) as gone:
        run(scenario(gone))
