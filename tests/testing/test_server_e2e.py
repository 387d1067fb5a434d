"""``FakeServer`` end to end: real sockets, TLS verified against the throwaway CA, HTTP/1.1 and
HTTP/2, the sync and the async client, every one of the 36 actions, and the reference SDK's
session behaviours (headers, tokens).

One server serves the whole module; each test looks only at what it sent (``server.exchanges``
from the length it had when the test started, and the chats it created).
"""

from __future__ import annotations

import asyncio
import re
import ssl
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest

from livechat_typed import AgentWeb, AsyncAgentWeb, errors
from livechat_typed.models import (
    ChatInput,
    ChatUserInput,
    FileEvent,
    Message,
    MessageEvent,
    RichMessage,
    RichMessageEvent,
    ThreadInput,
    TransferTarget,
)
from livechat_typed.testing import DEFAULT_AGENT, DEFAULT_TOKEN, FakeLiveChat, FakeServer

ACTIONS = sorted(
    name for name in dir(AgentWeb) if hasattr(getattr(AgentWeb, name), "request_model")
)
JANE, JANE_TOKEN = "jane@example.com", "dal:jane-token"
VERSIONS = {"HTTP/1.1": False, "HTTP/2": True}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    fake = FakeLiveChat(tokens={DEFAULT_TOKEN: DEFAULT_AGENT, JANE_TOKEN: JANE})
    with FakeServer(fake) as running:
        yield running


@pytest.fixture(autouse=True)
def the_fake_never_crashes(server: FakeServer) -> Iterator[None]:
    yield
    assert server.errors == []


def test_there_are_36_actions() -> None:
    assert len(ACTIONS) == 36


# --- one scenario for both clients --------------------------------------------------------------

Call = Callable[..., Awaitable[Any]]


class Api:
    """The sync or the async client behind one awaitable interface: ``await api.start_chat(...)``,
    ``await api.raw("get_chat", ...)``."""

    def __init__(self, client: AgentWeb | AsyncAgentWeb) -> None:
        self.client = client

    def __getattr__(self, name: str) -> Call:
        action = getattr(self.client, name)

        async def call(**kwargs: Any) -> Any:
            result = action(**kwargs)
            return await result if asyncio.iscoroutine(result) else result

        return call

    async def raw(self, name: str, **kwargs: Any) -> httpx.Response:
        result = getattr(self.client.raw, name)(**kwargs)
        return await result if asyncio.iscoroutine(result) else result  # type: ignore[no-any-return]


async def agent_session(api: Api, jane: Api) -> dict[str, Any]:
    """A realistic agent session that calls each of the 36 actions at least once."""
    await api.set_routing_status(status="accepting_chats")
    statuses = await api.list_routing_statuses()
    assert {status.agent_id for status in statuses} >= {DEFAULT_AGENT, JANE}

    customer_id = (await api.create_customer(name="Ada", email="ada@example.com")).customer_id
    await api.update_customer(id=customer_id, name="Ada Lovelace")
    await api.follow_customer(id=customer_id)
    await api.unfollow_customer(id=customer_id)
    await api.ban_customer(id=customer_id, ban={"days": 1})
    assert (await api.get_customer(id=customer_id)).name == "Ada Lovelace"

    started = await api.start_chat(
        chat=ChatInput(
            users=[ChatUserInput(id=customer_id, type="customer")],
            thread=ThreadInput(events=[MessageEvent(text="Hello Ada!")]),
        )
    )
    chat_id, thread_id = started.chat_id, started.thread_id
    assert started.event_ids and len(started.event_ids) == 1

    await api.send_typing_indicator(chat_id=chat_id, is_typing=True)
    sent = await api.send_event(chat_id=chat_id, event=MessageEvent(text="How can I help?"))
    await api.mark_events_as_seen(chat_id=chat_id, seen_up_to=datetime.now(timezone.utc))
    url = (await api.upload_file(file=("order.txt", b"order #1042", "text/plain"))).url
    await api.send_event(chat_id=chat_id, event=FileEvent(url=url))
    rich = await api.send_event(
        chat_id=chat_id,
        event=RichMessageEvent(
            template_id="quick_replies",
            elements=[{"title": "OK?", "buttons": [{"text": "Yes", "postback_id": "yes"}]}],
        ),
    )
    await api.send_rich_message_postback(
        chat_id=chat_id,
        thread_id=thread_id,
        event_id=rich.event_id,
        postback={"id": "yes", "toggled": True},
    )

    ids = {"chat_id": chat_id, "thread_id": thread_id}
    await api.update_event_properties(
        **ids, event_id=sent.event_id, properties={"review": {"flag": True}}
    )
    await api.delete_event_properties(
        **ids, event_id=sent.event_id, properties={"review": ["flag"]}
    )
    await api.update_thread_properties(**ids, properties={"order": {"number": 1042}})
    await api.delete_thread_properties(**ids, properties={"order": ["number"]})
    await api.update_chat_properties(id=chat_id, properties={"routing": {"vip": True}})
    await api.delete_chat_properties(id=chat_id, properties={"routing": ["vip"]})
    await api.tag_thread(**ids, tag="shipping")
    await api.tag_thread(**ids, tag="temporary")
    await api.untag_thread(**ids, tag="temporary")
    await api.follow_chat(id=chat_id)
    await api.unfollow_chat(id=chat_id)

    await api.add_user_to_chat(chat_id=chat_id, user_id=JANE, user_type="agent", visibility="all")
    await api.remove_user_from_chat(chat_id=chat_id, user_id=JANE, user_type="agent")

    chat = await api.get_chat(chat_id=chat_id)
    assert chat.thread is not None and chat.thread.events is not None
    events = chat.thread.events
    assert [type(event).__name__ for event in events][:2] == ["Message", "Message"]
    assert isinstance(events[0], Message) and events[0].text == "Hello Ada!"
    rich_event = next(event for event in events if isinstance(event, RichMessage))
    assert rich_event.elements and rich_event.elements[0].buttons
    assert rich_event.elements[0].buttons[0].user_ids == [DEFAULT_AGENT]
    assert chat.thread.tags == ["shipping"]
    assert not chat.properties or "routing" not in chat.properties
    summaries = await api.list_chats(limit=100)
    assert chat_id in [summary.id for summary in summaries.chats_summary]
    threads = await api.list_threads(chat_id=chat_id)
    assert [thread.id for thread in threads.threads] == [thread_id]

    candidates = [c.agent_id for c in await api.list_agents_for_transfer(chat_id=chat_id)]
    assert JANE in candidates
    await api.transfer_chat(id=chat_id, target=TransferTarget(type="agent", ids=[JANE]))
    transferred = await jane.get_chat(chat_id=chat_id)
    assert JANE in [user.id for user in transferred.users or []]
    await jane.send_event(chat_id=chat_id, event=MessageEvent(text="Jane here."))
    await jane.deactivate_chat(id=chat_id)

    resumed = await api.resume_chat(
        chat={"id": chat_id, "thread": {"events": [{"type": "message", "text": "Back again"}]}}
    )
    assert resumed.thread_id != thread_id
    await api.deactivate_chat(id=chat_id, ignore_requester_presence=True)
    archives = await api.list_archives(filters={"query": "Back again"}, limit=100)
    assert chat_id in [archived.id for archived in archives.chats]

    await api.multicast(recipients={"agents": {"all": True}}, content={"text": "Stand-up at 10"})
    await api.logout(agent_id="bot-1")
    return {"chat_id": chat_id, "customer_id": customer_id, "url": url}


@pytest.mark.parametrize("version", list(VERSIONS))
def test_every_action_with_the_sync_client(server: FakeServer, version: str) -> None:
    since = len(server.exchanges)
    with (
        server.client(http2=VERSIONS[version]) as me,
        server.client(http2=VERSIONS[version], token=JANE_TOKEN) as jane,
    ):
        done = asyncio.run(agent_session(Api(me), Api(jane)))
        response = me.raw.get_chat(chat_id=done["chat_id"])
    check_session(server, since, version, response, done)


@pytest.mark.parametrize("version", list(VERSIONS))
def test_every_action_with_the_async_client(server: FakeServer, version: str) -> None:
    since = len(server.exchanges)

    async def main() -> tuple[dict[str, Any], httpx.Response]:
        async with (
            server.async_client(http2=VERSIONS[version]) as me,
            server.async_client(http2=VERSIONS[version], token=JANE_TOKEN) as jane,
        ):
            done = await agent_session(Api(me), Api(jane))
            return done, await me.raw.get_chat(chat_id=done["chat_id"])

    done, response = asyncio.run(main())
    check_session(server, since, version, response, done)


def check_session(
    server: FakeServer, since: int, version: str, response: httpx.Response, done: dict[str, Any]
) -> None:
    assert response.http_version == version
    assert response.status_code == 200
    exchanges = server.exchanges[since:]
    assert {exchange.action for exchange in exchanges} == set(ACTIONS)
    assert {exchange.status for exchange in exchanges} == {200}
    assert {f"HTTP/{exchange.http_version}" for exchange in exchanges} == {version}
    chat = server.fake.state.chats[done["chat_id"]]
    assert len(chat.threads) == 2 and not any(thread.active for thread in chat.threads)
    texts = [event.get("text") for thread in chat.threads for event in thread.events]
    assert texts.count("How can I help?") == 1 and "Jane here." in texts
    assert server.fake.state.uploads[done["url"]].content == b"order #1042"


def test_concurrent_async_calls_share_one_http2_connection(server: FakeServer) -> None:
    texts = [f"parallel {number}" for number in range(50)]

    async def main() -> tuple[str, list[Any]]:
        transport = httpx.AsyncHTTPTransport(
            http2=True, verify=server.ssl_context(), limits=httpx.Limits(max_connections=1)
        )
        async with server.async_client(http2=True, transport=transport) as client:
            chat_id = (await client.start_chat()).chat_id
            sent = await asyncio.gather(
                *(client.send_event(chat_id=chat_id, event=MessageEvent(text=t)) for t in texts)
            )
            return chat_id, list(sent)

    before = server.connections_accepted
    chat_id, sent = asyncio.run(main())
    assert len({answer.event_id for answer in sent}) == 50
    stored = [event["text"] for event in server.fake.state.events(chat_id)]
    assert sorted(stored) == sorted(texts)
    assert server.connections_accepted - before == 1


# --- TLS ------------------------------------------------------------------------------------------


def test_tls_is_verified_against_the_generated_ca(server: FakeServer) -> None:
    assert server.ca_path.read_text().startswith("-----BEGIN CERTIFICATE-----")
    response = httpx.get(f"{server.url}/", verify=server.ssl_context())
    assert response.status_code == 404  # the fake's not_found for an unknown endpoint
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx.get(f"{server.url}/", verify=ssl.create_default_context())  # the system CAs
    with AgentWeb(f"Bearer {DEFAULT_TOKEN}", server.base_url) as untrusting:
        with pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            untrusting.list_chats(max_retries=0)


def test_the_client_helpers_are_wired_to_the_server(server: FakeServer) -> None:
    with server.client() as client:
        assert client.base_url == server.base_url == f"127.0.0.1:{server.port}"
        assert client.api_url == f"https://127.0.0.1:{server.port}/v3.6/agent/action"
    assert repr(server).startswith(f"FakeServer('https://127.0.0.1:{server.port}'")


# --- the reference SDK's session behaviours ------------------------------------------------------


@pytest.mark.parametrize("version", list(VERSIONS))
def test_per_call_headers_are_not_persisted(server: FakeServer, version: str) -> None:
    with server.client(http2=VERSIONS[version]) as client:
        since = len(server.exchanges)
        client.list_chats(headers={"X-Debug": "once"})
        client.list_chats()
        first, second = server.exchanges[since:]
    assert first.headers["x-debug"] == "once"
    assert "x-debug" not in second.headers
    assert "x-debug" not in client.get_headers()


def test_modify_header_and_remove_header(server: FakeServer) -> None:
    with server.client(http2=True) as client:
        since = len(server.exchanges)
        client.modify_header({"X-Team": "support"})
        client.list_chats()
        client.remove_header("X-Team")
        client.list_chats()
        client.modify_header({"Authorization": "Bearer dal:not-a-token"})
        with pytest.raises(errors.AuthenticationError):
            client.list_chats()
        client.modify_header({"Authorization": f"Bearer {JANE_TOKEN}"})
        assert client.start_chat().chat_id
        client.remove_header("Authorization")
        with pytest.raises(errors.AuthenticationError):
            client.list_chats()
        sent = server.exchanges[since:]
    assert sent[0].headers["x-team"] == "support"
    assert "x-team" not in sent[1].headers
    assert sent[3].headers["authorization"] == f"Bearer {JANE_TOKEN}"
    assert "authorization" not in sent[4].headers
    started = [chat for chat in server.fake.state.chats.values() if JANE in chat.users]
    assert started, "the call with Jane's token ran as Jane"


@pytest.mark.parametrize("token", [None, "", "   "])
def test_a_missing_token_is_rejected_at_construction(server: FakeServer, token: Any) -> None:
    since = len(server.exchanges)
    with pytest.raises(ValueError, match="access token"):
        AgentWeb(token, server.base_url, verify=server.ssl_context())
    with pytest.raises(ValueError, match="access token"):
        AsyncAgentWeb(token, server.base_url, verify=server.ssl_context())
    assert len(server.exchanges) == since


@pytest.mark.parametrize("version", list(VERSIONS))
def test_an_unknown_token_raises_authentication_error(server: FakeServer, version: str) -> None:
    with server.client(http2=VERSIONS[version], token="dal:unknown") as client:
        with pytest.raises(errors.AuthenticationError) as caught:
            client.list_chats()
        raw = client.raw.list_chats()
    assert caught.value.status_code == 401
    assert caught.value.response.http_version == version
    assert raw.status_code == 401 and raw.json()["error"]["type"] == "authentication"


# --- other ways to serve -----------------------------------------------------------------------


def test_plain_http_for_debugging() -> None:
    with FakeServer(tls=False) as plain:
        assert plain.url.startswith("http://")
        with pytest.raises(RuntimeError):
            _ = plain.ca_path
        for http2, version in ((False, "HTTP/1.1"), (True, "HTTP/2")):
            with plain.client(http2=http2) as client:
                chat_id = client.start_chat().chat_id
                assert client.raw.get_chat(chat_id=chat_id).http_version == version
        answer = httpx.post(
            f"{plain.api_url}/list_chats",
            json={},
            headers={"Authorization": f"Bearer {plain.token}"},
        )
        assert answer.json()["found_chats"] == 2
    assert not plain.running


def test_http2_only_and_http1_only() -> None:
    with FakeServer(http1=False) as h2_only:
        with h2_only.client(http2=True) as client:
            assert client.raw.list_chats().http_version == "HTTP/2"
        with h2_only.client(http2=False) as client:
            refused = client.raw.list_chats()
        assert refused.status_code == 505 and refused.http_version == "HTTP/1.1"
    with FakeServer(http2=False) as h1_only, h1_only.client(http2=True) as client:
        assert client.raw.list_chats().http_version == "HTTP/1.1"  # ALPN chose HTTP/1.1
    with pytest.raises(ValueError):
        FakeServer(http1=False, http2=False)


def test_start_and_stop_without_a_with_block() -> None:
    server = FakeServer().start()
    try:
        assert server.running
        with pytest.raises(RuntimeError, match="already started"):
            server.start()
        ca = server.ca_path
        with server.client() as client:
            client.list_chats()
        assert server.connections_accepted == 1
    finally:
        server.stop()
    assert [server.running, ca.exists()] == [False, False]
    server.stop()  # stopping twice is harmless


def test_importing_the_testing_package_does_not_need_the_fake_extra() -> None:
    code = (
        "import sys; import livechat_typed.testing as t; "
        "assert t.FakeServer and not {'hypercorn', 'trustme'} & set(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_without_the_fake_extra_start_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "hypercorn.asyncio", None)
    with pytest.raises(ImportError, match=r"pip install 'livechat-typed\[fake\]'"):
        FakeServer().start()


def test_a_crash_of_the_fake_is_a_500_naming_it(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: Any) -> Any:
        raise KeyError("boom")

    monkeypatch.setattr(server.fake, "handle_raw", crash)
    with server.client(max_retries=0) as client:
        with pytest.raises(errors.InternalServerError, match="FakeLiveChat failed: KeyError"):
            client.list_chats()
    assert [type(error) for error in server.errors] == [KeyError]
    server.errors.clear()


def test_a_busy_port_fails_at_start(server: FakeServer) -> None:
    with pytest.raises(OSError):
        FakeServer(port=server.port).start()


def test_the_readme_fake_server_example_runs_for_real(capsys: pytest.CaptureFixture[str]) -> None:
    """tests/test_readme.py runs the README's blocks against a mock; this one talks to a server."""
    readme = Path(__file__).resolve().parents[2] / "README.md"
    blocks = re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), flags=re.S)
    (block,) = [block for block in blocks if "FakeServer()" in block]
    exec(compile(block, "README.md (FakeServer)", "exec"), {})
    assert capsys.readouterr().out.splitlines() == ["HTTP/2"]
