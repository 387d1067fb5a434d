"""The fake delivers webhooks: what Agent API calls cause, the registration rules, redelivery,
and end to end over real HTTP into a ``WebhookRouter``.

Every delivered body must parse with ``parse_webhook`` in strict mode.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livechat_typed import AgentWeb
from livechat_typed.configuration import WEBHOOK_ACTIONS
from livechat_typed.testing import FakeLiveChat, FakeServer
from livechat_typed.webhooks import Webhook, WebhookRouter, parse_webhook

SECRET = "s3cret"
OWNER = "fake-client-id"
CHAT_WEBHOOKS = [
    "incoming_chat",
    "chat_deactivated",
    "chat_transferred",
    "chat_access_updated",
    "user_added_to_chat",
    "user_removed_from_chat",
    "incoming_event",
    "incoming_rich_message_postback",
    "chat_properties_updated",
    "chat_properties_deleted",
    "thread_properties_updated",
    "thread_properties_deleted",
    "event_properties_updated",
    "event_properties_deleted",
    "thread_tagged",
    "thread_untagged",
    "routing_status_set",
    "incoming_customer",
    "customer_session_fields_updated",
    "events_marked_as_seen",
]
RICH = {
    "type": "rich_message",
    "template_id": "quick_replies",
    "elements": [
        {"title": "?", "buttons": [{"type": "message", "text": "Yes", "postback_id": "y"}]}
    ],
}


def register(
    fake_or_client: Any, action: str, url: str = "http://127.0.0.1:9/", **extra: Any
) -> str:
    config = (
        fake_or_client.configuration_client()
        if isinstance(fake_or_client, (FakeLiveChat, FakeServer))
        else fake_or_client
    )
    kwargs: dict[str, Any] = {"owner_client_id": OWNER, "type": "license", **extra}
    return config.register_webhook(action=action, secret_key=SECRET, url=url, **kwargs).id


def script(client: AgentWeb) -> Counter[str]:
    """Every action that causes a webhook, once; the webhooks expected, counted."""
    bob = client.create_customer(name="Bob").customer_id
    started = client.start_chat(
        chat={
            "properties": {"routing": {"pinned": True}},
            "users": [{"id": bob, "type": "customer"}],
        }
    )
    chat, thread = started.chat_id, started.thread_id
    sent = client.send_event(chat_id=chat, event={"type": "message", "text": "hello"})
    rich = client.send_event(chat_id=chat, event=RICH)
    client.send_rich_message_postback(
        chat_id=chat,
        thread_id=thread,
        event_id=rich.event_id,
        postback={"id": "y", "toggled": True},
    )
    client.update_chat_properties(id=chat, properties={"routing": {"pinned": False}})
    client.delete_chat_properties(id=chat, properties={"routing": ["pinned"]})
    client.update_thread_properties(chat_id=chat, thread_id=thread, properties={"a": {"b": 1}})
    client.delete_thread_properties(chat_id=chat, thread_id=thread, properties={"a": ["b"]})
    client.update_event_properties(
        chat_id=chat, thread_id=thread, event_id=sent.event_id, properties={"a": {"b": "c"}}
    )
    client.delete_event_properties(
        chat_id=chat, thread_id=thread, event_id=sent.event_id, properties={"a": ["b"]}
    )
    client.tag_thread(chat_id=chat, thread_id=thread, tag="vip")
    client.untag_thread(chat_id=chat, thread_id=thread, tag="vip")
    client.add_user_to_chat(
        chat_id=chat, user_id="jane@example.com", user_type="agent", visibility="all"
    )
    client.remove_user_from_chat(chat_id=chat, user_id="jane@example.com", user_type="agent")
    client.mark_events_as_seen(chat_id=chat, seen_up_to="2030-01-01T00:00:00.000000Z")
    client.transfer_chat(id=chat, target={"type": "group", "ids": [0]})
    client.set_routing_status(status="not_accepting_chats")
    client.update_customer(id=bob, session_fields=[{"plan": "pro"}])  # Bob has one active chat
    client.deactivate_chat(id=chat)
    client.resume_chat(chat={"id": chat})
    expected = Counter(CHAT_WEBHOOKS)
    expected["incoming_event"] += 1  # the rich message
    expected["incoming_chat"] += 1  # resumed
    return expected


# --- in memory: what is recorded -----------------------------------------------------------------


def test_each_action_causes_its_webhook_once_and_every_body_is_strictly_valid() -> None:
    fake = FakeLiveChat()
    for action in CHAT_WEBHOOKS:
        extra = {} if action == "incoming_customer" else {"additional_data": ["chat_properties"]}
        register(fake, action, **extra)
    expected = script(fake.client())
    deliveries = fake.webhook_deliveries
    assert Counter(d.action for d in deliveries) == expected
    for delivery in deliveries:
        webhook = parse_webhook(delivery.body, secret_key=SECRET, strict=True)
        assert webhook.action == delivery.action
        assert webhook.webhook_id == delivery.webhook_id
        assert delivery.attempts == []  # in memory, nothing is POSTed by default
    assert fake.errors == []


def test_no_registration_no_delivery_and_unregistering_stops_them() -> None:
    fake = FakeLiveChat()
    client = fake.client()
    client.start_chat()
    assert fake.webhook_deliveries == []
    webhook_id = register(fake, "incoming_chat")
    client.start_chat()
    fake.configuration_client().unregister_webhook(id=webhook_id, owner_client_id=OWNER)
    client.start_chat()
    assert [d.action for d in fake.webhook_deliveries] == ["incoming_chat"]


def test_disabled_license_webhooks_are_not_delivered() -> None:
    fake = FakeLiveChat()
    config = fake.configuration_client()
    register(fake, "incoming_chat")
    config.disable_license_webhooks(owner_client_id=OWNER)
    assert (
        config.get_license_webhooks_state(owner_client_id=OWNER).license_webhooks_enabled is False
    )
    fake.client().start_chat()
    assert fake.webhook_deliveries == []
    config.enable_license_webhooks(owner_client_id=OWNER)
    fake.client().start_chat()
    assert len(fake.webhook_deliveries) == 1


def test_a_fourth_webhook_of_one_action_is_refused() -> None:
    fake = FakeLiveChat()
    for _ in range(3):
        register(fake, "incoming_chat")
    with pytest.raises(Exception, match=r"Up to 3"):
        register(fake, "incoming_chat")


_HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=_HEALTH)
@given(
    author_type=st.sampled_from([None, "agent", "customer"]),
    only_my_chats=st.sampled_from([None, True, False]),
    owner=st.sampled_from([OWNER, "another-client"]),
    presence=st.sampled_from([None, "in", "out", "exclude_in", "exclude_out"]),
    sources=st.sampled_from(
        [None, ["my_client"], ["other_clients"], ["system"], ["my_client", "other_clients"]]
    ),
    additional=st.lists(
        st.sampled_from(["chat_properties", "chat_presence_user_ids"]), unique=True
    ),
)
def test_filters_and_additional_data_of_an_incoming_event(
    author_type: str | None,
    only_my_chats: bool | None,
    owner: str,
    presence: str | None,
    sources: list[str] | None,
    additional: list[str],
) -> None:
    fake = FakeLiveChat()
    filters: dict[str, Any] = {}
    if author_type is not None:
        filters["author_type"] = author_type
    if only_my_chats is not None:
        filters["only_my_chats"] = only_my_chats
    if sources is not None:
        filters["source_type"] = sources
    user = "agent@example.com" if presence in ("in", "exclude_in") else "nobody@example.com"
    if presence is not None:
        key = "exclude_values" if presence.startswith("exclude") else "values"
        filters["chat_presence"] = {"user_ids": {key: [user]}}
    fake.configuration_client().register_webhook(
        action="incoming_event",
        secret_key=SECRET,
        url="http://127.0.0.1:9/",
        owner_client_id=owner,
        type="license",
        filters=filters,
        additional_data=additional,
    )
    client = fake.client()
    started = client.start_chat(chat={"properties": {"p": {"q": 1}}})
    client.send_event(chat_id=started.chat_id, event={"type": "message", "text": "x"})
    # The requester is an agent of the chat, acting through the fake's own client ID.
    mine = owner == OWNER
    wanted = (
        author_type in (None, "agent")
        and not (only_my_chats and not mine)
        and (sources is None or ("my_client" if mine else "other_clients") in sources)
        and presence in (None, "in", "exclude_out")
    )
    deliveries = fake.webhook_deliveries
    assert len(deliveries) == (1 if wanted else 0)
    if wanted:
        webhook = parse_webhook(deliveries[0].body, secret_key=SECRET, strict=True)
        assert webhook.additional_data is not None
        data = webhook.additional_data.model_dump(exclude_none=True)
        assert set(data) == set(additional)
        if "chat_presence_user_ids" in additional:
            assert data["chat_presence_user_ids"] == ["agent@example.com"]
        if "chat_properties" in additional:
            assert data["chat_properties"] == {"p": {"q": 1}}


def test_routing_status_set_honours_agent_ids() -> None:
    fake = FakeLiveChat()
    register(fake, "routing_status_set", filters={"agent_ids": {"values": ["jane@example.com"]}})
    client = fake.client()
    client.set_routing_status(status="not_accepting_chats")
    assert fake.webhook_deliveries == []
    client.set_routing_status(status="not_accepting_chats", agent_id="jane@example.com")
    (delivery,) = fake.webhook_deliveries
    payload = {"agent_id": "jane@example.com", "status": "not_accepting_chats"}
    assert delivery.json["payload"] == payload


def test_bot_webhooks_need_a_bot_of_the_owner_in_the_chat() -> None:
    fake = FakeLiveChat()
    register(fake, "incoming_event", type="bot")
    client = fake.client()
    started = client.start_chat()
    client.send_event(chat_id=started.chat_id, event={"type": "message", "text": "x"})
    assert fake.webhook_deliveries == []
    fake.state.agents["bot-1"]["owner_client_id"] = OWNER
    client.add_user_to_chat(
        chat_id=started.chat_id, user_id="bot-1", user_type="agent", visibility="all"
    )
    client.send_event(chat_id=started.chat_id, event={"type": "message", "text": "y"})
    assert [d.json["payload"]["event"]["text"] for d in fake.webhook_deliveries] == ["y"]


def test_the_names_the_fake_lists_are_the_37() -> None:
    names = FakeLiveChat().configuration_client().list_webhook_names()
    assert [name.action for name in names] == list(WEBHOOK_ACTIONS)


# --- over HTTP: a local WebhookRouter ------------------------------------------------------------


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _ThreadingWSGIServer(WSGIServer):
    daemon_threads = True


class Receiver:
    """A ``WebhookRouter``'s WSGI app served on 127.0.0.1, recording the typed webhooks."""

    def __init__(self, fail_first: int = 0, gate: threading.Event | None = None) -> None:
        self.router = WebhookRouter(secret_key=SECRET, strict=True)
        self.received: list[Webhook] = []
        self.statuses: list[int] = []
        self.fail_first = fail_first
        self.gate = gate
        self.arrived = threading.Event()
        self.router.fallback(self.received.append)
        app = self.router.wsgi_app()

        def front(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
            self.arrived.set()
            if self.gate is not None:
                self.gate.wait(30)
            if len(self.statuses) < self.fail_first:
                environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
                self.statuses.append(500)
                start_response("500 Internal Server Error", [("Content-Length", "0")])
                return [b""]
            status: list[str] = []

            def recorded(line: str, headers: Any, *rest: Any) -> Any:
                status.append(line)
                return start_response(line, headers, *rest)

            body = app(environ, recorded)
            self.statuses.append(int(status[0].split()[0]))
            return body

        self.server = make_server(
            "127.0.0.1", 0, front, server_class=_ThreadingWSGIServer, handler_class=_Quiet
        )
        self.url = f"http://127.0.0.1:{self.server.server_port}/webhooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    served = Receiver()
    yield served
    served.close()


def test_end_to_end_each_typed_webhook_arrives_once(receiver: Receiver) -> None:
    with FakeServer(FakeLiveChat(webhook_retry_delays=(0, 0, 0))) as server:
        config = server.configuration_client()
        for action in CHAT_WEBHOOKS:
            register(config, action, url=receiver.url)
        with server.client() as client:
            expected = script(client)
        assert server.fake.webhooks.wait(timeout=60)
        deliveries = server.fake.webhook_deliveries
    assert Counter(type(w).__name__ for w in receiver.received) == Counter(
        type(parse_webhook(d.body, secret_key=SECRET)).__name__ for d in deliveries
    )
    assert Counter(w.action for w in receiver.received) == expected
    assert sum(expected.values()) == len(receiver.received) == len(CHAT_WEBHOOKS) + 2
    assert all(d.delivered and d.attempts == [200] for d in deliveries)


@pytest.mark.parametrize("failures", [1, 3])
def test_a_failed_delivery_is_redelivered(failures: int) -> None:
    receiving = Receiver(fail_first=failures)
    try:
        fake = FakeLiveChat(deliver_webhooks=True, webhook_retry_delays=(0, 0, 0))
        register(fake, "incoming_chat", url=receiving.url)
        fake.client().start_chat()
        assert fake.webhooks.wait(timeout=60)
        (delivery,) = fake.webhook_deliveries
        assert delivery.attempts == [500] * failures + [200]
        assert delivery.delivered and not delivery.given_up
        assert [w.action for w in receiving.received] == ["incoming_chat"]
    finally:
        receiving.close()
        fake.webhooks.close()


def test_a_delivery_is_given_up_after_three_redeliveries() -> None:
    receiving = Receiver(fail_first=10)
    try:
        fake = FakeLiveChat(deliver_webhooks=True, webhook_retry_delays=(0, 0, 0))
        register(fake, "incoming_chat", url=receiving.url)
        fake.client().start_chat()
        assert fake.webhooks.wait(timeout=60)
        (delivery,) = fake.webhook_deliveries
        assert delivery.attempts == [500, 500, 500, 500]
        assert delivery.given_up and not delivery.delivered
        assert receiving.received == []
    finally:
        receiving.close()
        fake.webhooks.close()


def test_an_unreachable_receiver_is_retried_then_given_up() -> None:
    fake = FakeLiveChat(deliver_webhooks=True, webhook_retry_delays=(0, 0))
    register(fake, "incoming_chat", url="http://127.0.0.1:1/nothing-listens")
    fake.client().start_chat()
    assert fake.webhooks.wait(timeout=60)
    (delivery,) = fake.webhook_deliveries
    assert len(delivery.attempts) == 3 and all(isinstance(a, str) for a in delivery.attempts)
    assert delivery.given_up
    fake.webhooks.close()


def test_an_api_call_does_not_wait_for_a_slow_receiver() -> None:
    gate = threading.Event()
    receiving = Receiver(gate=gate)
    fake = FakeLiveChat(deliver_webhooks=True, webhook_retry_delays=())
    try:
        register(fake, "incoming_event", url=receiving.url)
        client = fake.client()
        started = client.start_chat()
        client.send_event(chat_id=started.chat_id, event={"type": "message", "text": "1"})
        assert receiving.arrived.wait(30)  # the receiver holds the first delivery...
        client.send_event(chat_id=started.chat_id, event={"type": "message", "text": "2"})
        assert not gate.is_set()  # ...and the API answered anyway
        assert len(fake.webhook_deliveries) == 2
        gate.set()
        assert fake.webhooks.wait(timeout=60)
        assert [w.payload.event.text for w in receiving.received] == ["1", "2"]  # type: ignore[attr-defined]
    finally:
        gate.set()
        receiving.close()
        fake.webhooks.close()
