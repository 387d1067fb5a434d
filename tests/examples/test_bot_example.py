"""Testing a bot with livechat-typed's pytest fixtures (livechat_fake, livechat_client, ...)."""

from livechat_typed import AgentWeb, errors
from livechat_typed.models import Message


def answer_last_question(client: AgentWeb, chat_id: str) -> bool:
    """The bot under test: reply to the customer's last message; False if the chat is gone."""
    try:
        chat = client.get_chat(chat_id=chat_id)
    except errors.NotFoundError:
        return False
    customers = {user.id for user in chat.users if user.type == "customer"}
    events = (chat.thread.events or []) if chat.thread else []
    asked = [e for e in events if isinstance(e, Message) and e.author_id in customers]
    if not asked:
        return False
    reply = "Let me check your order." if "order" in asked[-1].text else "Hello!"
    client.send_event(chat_id=chat_id, event={"type": "message", "text": reply})
    return True


def test_the_bot_answers_a_customer(livechat_fake, livechat_client):
    customer = livechat_fake.customer(name="Ann")
    chat = customer.start_chat("Where is my order?")
    assert answer_last_question(livechat_client, chat.chat_id)
    (sent,) = livechat_fake.calls("send_event")
    assert sent.request.event.text == "Let me check your order."
    assert livechat_fake.state.events(chat.chat_id)[-1]["author_id"] == "agent@example.com"


def test_the_bot_skips_a_chat_that_is_gone(livechat_fake, livechat_client):
    livechat_fake.script("get_chat", error="not_found")
    assert not answer_last_question(livechat_client, "Q1GZ3FNAT9")
    assert livechat_fake.calls("send_event") == []


def test_the_bot_waits_when_rate_limited(livechat_fake, livechat_client, livechat_sleeps):
    chat = livechat_fake.customer().start_chat("Hi")
    livechat_fake.script("get_chat", fault="status", status=429, retry_after="5")
    assert answer_last_question(livechat_client, chat.chat_id)
    assert livechat_sleeps == [5.0]  # the client waited as told, without sleeping
