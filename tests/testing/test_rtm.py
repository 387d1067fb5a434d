"""The fake's RTM side at the protocol level: frames in, frames out, through a bare websocket
client (``websockets``), so that what the fake accepts and refuses is checked apart from
``AsyncAgentRTM``."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from livechat_typed.testing import FakeLiveChat, FakeServer

from ..helpers.rtm import until


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    fake = FakeLiveChat(tokens={"dal:a": "agent@example.com", "dal:j": "jane@example.com"})
    with FakeServer(fake, tls=False) as running:
        yield running


@pytest.fixture(autouse=True)
def fresh(server: FakeServer) -> None:
    server.fake.reset()
    server.fake.rtm.login_timeout = server.fake.rtm.ping_timeout = 30.0


async def call(ws: ClientConnection, action: str, payload: Any = None, rid: str = "1") -> Any:
    """Send a request frame; the answer with its request id (pushes before it skipped)."""
    frame: dict[str, Any] = {"action": action, "request_id": rid}
    if payload is not None:
        frame["payload"] = payload
    await ws.send(json.dumps(frame))
    while True:
        answer = json.loads(await ws.recv())
        if answer.get("type") == "response" and answer.get("request_id") == rid:
            return answer


def run(server: FakeServer, scenario: Any) -> Any:
    async def main() -> Any:
        async with connect(server.rtm_url) as ws:
            return await scenario(ws)

    return asyncio.run(main())


def test_login_answers_the_profile_and_pushes_the_customers(server: FakeServer) -> None:
    async def scenario(ws: ClientConnection) -> None:
        answer = await call(ws, "login", {"token": "Bearer dal:a", "away": True})
        assert answer["success"] is True and answer["action"] == "login"
        assert answer["payload"]["my_profile"]["id"] == "agent@example.com"
        push = json.loads(await ws.recv())
        assert (push["type"], push["action"]) == ("push", "incoming_customers")
        (session,) = server.fake.rtm.sessions
        assert session.away is True and session.login == {"away": True}
        again = await call(ws, "login", {"token": "Bearer dal:a"}, rid="2")
        assert again["success"] is False and again["payload"]["error"]["type"] == "validation"

    run(server, scenario)


@pytest.mark.parametrize(
    ("frame", "error"),
    [
        ({"action": "login", "payload": {"token": "Bearer dal:nope"}}, "authentication"),
        ({"action": "login", "payload": {}}, "authentication"),
        ({"action": "login", "payload": []}, "validation"),
        ({"action": "get_chat", "payload": {"chat_id": "X"}}, "authentication"),
        ({"payload": {}}, "validation"),
    ],
)
def test_refusals_before_login(server: FakeServer, frame: dict[str, Any], error: str) -> None:
    async def scenario(ws: ClientConnection) -> Any:
        await ws.send(json.dumps({**frame, "request_id": "1"}))
        return json.loads(await ws.recv())

    answer = run(server, scenario)
    assert answer["success"] is False and answer["payload"]["error"]["type"] == error


def test_after_login_the_methods_run_on_the_fakes_state(server: FakeServer) -> None:
    async def scenario(ws: ClientConnection) -> None:
        await call(ws, "login", {"token": "Bearer dal:a"})
        started = await call(ws, "start_chat", {}, rid="2")
        assert started["success"] is True
        chat_id = started["payload"]["chat_id"]
        assert (await call(ws, "get_chat", {"chat_id": chat_id}, rid="3"))["payload"]["id"] == (
            chat_id
        )
        bad = await call(ws, "get_chat", {"chat_id": 5}, rid="4")
        assert bad["payload"]["error"]["type"] == "validation"
        web_only = await call(ws, "upload_file", {}, rid="5")
        assert web_only["payload"]["error"]["type"] == "not_found"
        away = await call(ws, "set_away_status", {"away": "yes"}, rid="6")
        assert away["payload"]["error"]["type"] == "validation"
        ping = await call(ws, "ping", {}, rid="7")
        assert ping["success"] is True
        await ws.send("not json")
        assert json.loads(await ws.recv())["payload"]["error"]["type"] == "validation"
        assert server.fake.calls("get_chat")[0].action == "get_chat"

    run(server, scenario)


def test_a_push_goes_to_other_sessions_with_the_request_id_only_to_the_requester(
    server: FakeServer,
) -> None:
    async def scenario(ws: ClientConnection) -> None:
        async with connect(server.rtm_url) as jane:
            await call(jane, "login", {"token": "Bearer dal:j"})
            await call(ws, "login", {"token": "Bearer dal:a"})
            await ws.send(json.dumps({"action": "start_chat", "request_id": "mine"}))
            own: dict[str, Any] = {}
            while set(own) != {"response", "push"}:  # the push may come before the answer
                frame = json.loads(await ws.recv())
                if frame["action"] == "start_chat" or frame["action"] == "incoming_chat":
                    own[frame["type"]] = frame
            assert own["push"]["request_id"] == "mine"
            pushes = []
            while len(pushes) < 2:
                frame = json.loads(await jane.recv())
                if frame["type"] == "push":
                    pushes.append(frame)
            assert [p["action"] for p in pushes] == ["incoming_customers", "incoming_chat"]
            assert "request_id" not in pushes[1]

    run(server, scenario)


def test_held_answers_go_out_together_in_reverse(server: FakeServer) -> None:
    async def scenario(ws: ClientConnection) -> list[str]:
        await call(ws, "login", {"token": "Bearer dal:a"})
        server.fake.rtm.hold_answers(3)
        for rid in ("a", "b", "c"):
            await ws.send(json.dumps({"action": "list_chats", "request_id": rid, "payload": {}}))
        order = []
        while len(order) < 3:
            frame = json.loads(await ws.recv())
            if frame["type"] == "response":
                order.append(frame["request_id"])
        return order

    assert run(server, scenario) == ["c", "b", "a"]


def test_a_silent_session_gets_connection_timeout_then_is_closed(server: FakeServer) -> None:
    server.fake.rtm.ping_timeout = 0.05

    async def scenario(ws: ClientConnection) -> list[str]:
        await call(ws, "login", {"token": "Bearer dal:a"})
        seen = []
        with pytest.raises(ConnectionClosed):
            while True:
                frame = json.loads(await ws.recv())
                seen.append(frame["payload"].get("reason", frame["action"]))
        return seen

    closed = len(server.fake.rtm.closed_sessions)
    assert run(server, scenario)[-1] == "connection_timeout"
    until(lambda: len(server.fake.rtm.closed_sessions) > closed, "the session ended")
    assert server.fake.rtm.closed_sessions[-1].agent == "agent@example.com"


def test_scripted_disconnects_count_the_sessions(server: FakeServer) -> None:
    async def scenario(ws: ClientConnection) -> None:
        assert server.fake.rtm.disconnect("internal_error") == 0  # nobody logged in
        await call(ws, "login", {"token": "Bearer dal:a"})
        assert server.fake.rtm.push("incoming_multicast", {"content": 1}, agent="x") == 0
        assert server.fake.rtm.disconnect("license_expired", data={"a": 1}) == 1
        frames = []
        with pytest.raises(ConnectionClosed):
            while True:
                frames.append(json.loads(await ws.recv()))
        assert frames[-1]["payload"] == {"reason": "license_expired", "data": {"a": 1}}

    run(server, scenario)
