"""The testing kit: the customer's side (``fake.customer()``), seen by an agent client and by
the registered webhooks."""

from __future__ import annotations

import pytest

from livechat_typed.testing import CustomerError, FakeLiveChat, StartedChat


def _register(fake: FakeLiveChat, *actions: str) -> None:
    with fake.configuration_client() as config:
        for action in actions:
            config.register_webhook(
                url="https://bot.example.com/hook",
                action=action,
                secret_key="s3cret",
                owner_client_id="fake-client-id",
                type="license",
            )


def test_a_customer_chat_is_seen_by_the_agent_and_the_webhooks() -> None:
    fake = FakeLiveChat()
    agent = fake.client()
    customer = fake.customer(name="Ann", email="ann@example.com")
    assert fake.state.customers[customer.id]["name"] == "Ann"
    started = customer.start_chat("Hello, anyone there?")
    assert isinstance(started, StartedChat) and len(started.event_ids) == 1

    listed = agent.list_chats()
    assert [summary.id for summary in listed.chats_summary] == [started.chat_id]
    chat = agent.get_chat(chat_id=started.chat_id)
    assert {user.id for user in chat.users} == {customer.id, "agent@example.com"}
    assert chat.thread is not None
    seen = chat.thread.events or []
    assert [getattr(event, "text", None) for event in seen] == ["Hello, anyone there?"]
    assert getattr(seen[0], "author_id", None) == customer.id

    agent.send_event(chat_id=started.chat_id, event={"type": "message", "text": "Hi Ann"})
    customer.send_message(started.chat_id, "I need an invoice")
    customer.send_file(started.chat_id, "order.pdf", b"%PDF-1.4", "application/pdf")
    customer.fill_form(
        started.chat_id,
        [{"type": "email", "id": "f1", "label": "E-mail", "answer": "ann@example.com"}],
    )
    events = fake.state.events(started.chat_id)
    assert [event["type"] for event in events] == [
        "message",
        "message",
        "message",
        "file",
        "filled_form",
    ]
    assert events[3]["name"] == "order.pdf" and events[3]["author_id"] == customer.id
    again = agent.get_chat(chat_id=started.chat_id)
    assert again.thread is not None and len(again.thread.events or []) == 5
    agent.close()


def test_leaving_and_coming_back() -> None:
    fake = FakeLiveChat()
    agent = fake.client()
    customer = fake.customer()
    started = customer.start_chat("Hi")
    customer.leave(started.chat_id)
    chat = agent.get_chat(chat_id=started.chat_id)
    assert chat.thread is not None and chat.thread.active is False
    with pytest.raises(CustomerError, match="chat_inactive"):
        customer.send_message(started.chat_id, "hello?")
    with pytest.raises(CustomerError, match="chat_inactive"):
        customer.leave(started.chat_id)
    back = customer.resume_chat(started.chat_id, "Me again")
    assert back.chat_id == started.chat_id and back.thread_id != started.thread_id
    listed = agent.list_threads(chat_id=started.chat_id)
    assert len(listed.threads) == 2
    with pytest.raises(CustomerError, match="not_found"):
        customer.send_message("NOSUCHCHAT", "hi")
    agent.close()


def test_customer_actions_are_delivered_as_webhooks() -> None:
    fake = FakeLiveChat()
    _register(fake, "incoming_customer", "incoming_chat", "incoming_event", "chat_deactivated")
    customer = fake.customer(name="Bob")
    started = customer.start_chat("Hi")
    customer.send_message(started.chat_id, "Still there?")
    customer.leave(started.chat_id)
    assert [delivery.action for delivery in fake.webhook_deliveries] == [
        "incoming_customer",
        "incoming_chat",
        "incoming_event",
        "chat_deactivated",
    ]
    assert fake.errors == []


def test_unrouted_chats_and_unknown_agents() -> None:
    fake = FakeLiveChat()
    customer = fake.customer(agents=[])
    started = customer.start_chat("Anyone?", group_id=1)
    assert set(fake.state.chats[started.chat_id].users) == {customer.id}
    with pytest.raises(CustomerError, match="not_found"):
        fake.customer(agents=["nobody@example.com"])
