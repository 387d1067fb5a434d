"""Hand-written typing checks: what an IDE and mypy show a user, beyond each action's calls.

Type-checked (never run) by ``tests/typing/test_typing.py`` under mypy, pyright, pyrefly and ty:
every ``assert_type`` must hold, every other statement must pass, and every statement marked
``# error: <name>`` must be an error whose message names ``<name>`` (``# error[keyword]: <name>``
for an unknown keyword; see ``tests/helpers/checkers.py``). The per-action checks are generated
in ``actions.py``.
"""

import io
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

import httpx
from typing_extensions import assert_type

from livechat_typed import (
    AccessToken,
    AgentWeb,
    APIError,
    AsyncAgentWeb,
    AsyncPageIterator,
    InvalidRequestError,
    TokenType,
    WithResponse,
)
from livechat_typed.models import (
    Agent,
    Chat,
    ChatSummary,
    Custom,
    Customer,
    File,
    FileEvent,
    FilledForm,
    FollowChatResponse,
    Form,
    GetChatResponse,
    ListChatsResponse,
    Message,
    MessageEvent,
    RichMessage,
    RichMessageButton,
    RichMessageEvent,
    SendEventResponse,
    SystemMessage,
    SystemMessageEvent,
    Thread,
    UnknownEvent,
    UnknownUser,
)
from livechat_typed.models.params import MessagePostbackInputParam, RichMessageElementInputParam

CHAT_ID = "PJ0MRSHTDG"


def check_actions_are_methods(client: AgentWeb) -> None:
    """On a client, an action is a method: calling it returns the response model. Its variants
    are accessors of the client (``client.raw.send_event``); the old spellings
    (``client.send_event.raw(...)``) still run, with a ``DeprecationWarning``, but type checkers
    do not see them."""
    send: Callable[..., SendEventResponse] = client.send_event
    sent = client.send_event(chat_id=CHAT_ID, event=MessageEvent(text="hi"))
    assert_type(sent, SendEventResponse)
    assert_type(sent.event_id, str)
    sent.event_idd  # error: event_idd
    client.send_evnt(chat_id=CHAT_ID, event=MessageEvent(text="hi"))  # error: send_evnt
    wrong: Callable[..., GetChatResponse] = client.send_event  # error
    client.send_event.raw(chat_id=CHAT_ID, event=MessageEvent(text="hi"))  # error: raw
    client.raw.send_evnt(chat_id=CHAT_ID, event=MessageEvent(text="hi"))  # error: send_evnt
    client.iterate.get_chat(chat_id=CHAT_ID)  # error: get_chat


async def check_async_actions_are_coroutine_methods(client: AsyncAgentWeb) -> None:
    assert_type(await client.get_chat(chat_id=CHAT_ID), GetChatResponse)
    assert_type(await client.raw.get_chat(chat_id=CHAT_ID), httpx.Response)
    assert_type(client.build.get_chat(chat_id=CHAT_ID), httpx.Request)
    assert_type(await client.with_payload.get_chat({"chat_id": CHAT_ID}), GetChatResponse)
    client.get_chat.with_response(chat_id=CHAT_ID)  # error: with_response


def check_call_rules(client: AgentWeb) -> None:
    """Keyword arguments only. A payload sent as is goes through ``client.with_payload``: the
    reference SDK's ``payload=`` keyword still works at run time, for migrated code, but is not
    part of the typed call (with or without fields)."""
    event = MessageEvent(text="hi")
    client.send_event(CHAT_ID, event)  # error
    client.send_event(payload={"chat_id": CHAT_ID}, chat_id=CHAT_ID)  # error[keyword]: payload
    client.send_event(payload={"chat_id": CHAT_ID})  # error[keyword]: payload
    client.with_payload.send_event({"chat_id": CHAT_ID, "event": {"type": "message"}})
    client.with_payload.send_event(payload=None)  # error: payload
    client.with_payload.send_event({"chat_id": CHAT_ID}, chat_id=CHAT_ID)  # error[keyword]: chat_id
    client.follow_chat(id=CHAT_ID, headers=None)
    client.follow_chat(id=CHAT_ID, headers={"X-Trace": 1})  # error
    client.with_payload.follow_chat({"id": CHAT_ID}, headers={"X-Trace": 1})  # error
    client.with_payload.follow_chat({"id": CHAT_ID}, timeout="soon")  # error: timeout
    assert_type(client.with_payload.follow_chat({"id": CHAT_ID}), FollowChatResponse)


def check_dict_literals(client: AgentWeb) -> None:
    """Nested objects given as dicts are checked like their models (the issue's examples)."""
    client.send_event(chat_id=CHAT_ID, event={"type": "message", "text": "hi"})
    client.send_event(chat_id=CHAT_ID, event={"type": "message", "text": 5})  # error: event
    client.send_event(chat_id=CHAT_ID, event={"type": "mesage", "text": "hi"})  # error: event
    client.send_event(chat_id=CHAT_ID, event={"type": "message", "txt": "hi"})  # error: event
    client.send_event(chat_id=CHAT_ID, event={"text": "hi"})  # error: event
    client.list_chats(filters={"include_active": True})  # error: filters
    client.list_chats(filters={"active": True, "group_ids": [0]})
    client.list_archives(filters={"query": "refund", "from": "2024-07-15T09:04:57+00:00"})
    client.list_archives(filters={"query": "refund", "from_": "2024-07-15T09:04:57+00:00"})  # error
    client.transfer_chat(id=CHAT_ID, target={"type": "group", "ids": [2]})
    client.transfer_chat(id=CHAT_ID, target={"type": "groups", "ids": [2]})  # error: target
    client.ban_customer(id=CHAT_ID, ban={"days": 7})
    client.multicast(recipients={"agents": {"all": True}}, content={"text": "closing"})
    client.multicast(recipients={"agent": {"all": True}}, content={"text": "closing"})  # error
    client.start_chat(chat={"thread": {"events": [{"type": "message", "text": "hi"}]}})
    client.start_chat(chat={"thread": {"events": [{"type": "message", "text": 1}]}})  # error
    form = {
        "type": "form",
        "form_id": "f1",
        "fields": [{"type": "name", "id": "n", "label": "Name"}],
    }
    client.send_event(chat_id=CHAT_ID, event=form)  # error: event


def check_tokens() -> None:
    token = AccessToken(token="dal:tEsT-token")
    assert_type(token.token, str)
    assert_type(token.scheme, TokenType)
    assert_type(token.header_value(), str)
    assert_type(AccessToken.basic("account-id", "personal-access-token"), AccessToken)
    assert_type(AccessToken(token="dal:tEsT-token", scheme=TokenType.BASIC), AccessToken)
    AccessToken(token="dal:tEsT-token", scheme="Basic")  # error: scheme
    token.token = "other"  # error: token
    assert_type(AgentWeb(token), AgentWeb)
    assert_type(AgentWeb("Bearer dal:tEsT-token"), AgentWeb)
    AgentWeb(access_token=42)  # error: access_token
    AgentWeb()  # error: access_token


def check_client_lifecycle(transport: httpx.MockTransport) -> None:
    with AgentWeb(AccessToken(token="dal:tEsT-token"), transport=transport, strict=True) as client:
        assert_type(client, AgentWeb)
        assert_type(client.get_headers(), dict[str, str])
        assert_type(client.is_closed, bool)
        client.modify_header({"X-Region": "dal"})
        client.modify_header({"X-Region": 1})  # error
        client.remove_header("X-Region")
    # The reference SDK's positional parameters; transport and strict are keyword-only.
    AgentWeb("Bearer dal:tEsT-token", "api.livechatinc.com", True)
    AgentWeb("Bearer dal:tEsT-token", "api.livechatinc.com", "yes")  # error
    AgentWeb("t", "api", False, None, True, False, 15.0, transport)  # error


def check_event_models(client: AgentWeb) -> None:
    """The event builders fill in their ``type``; literal fields only take documented values."""
    assert_type(MessageEvent(text="hi").type, Literal["message"])
    MessageEvent(text="x", visibility="nobody")  # error: visibility
    MessageEvent(txt="x")  # error[keyword]: txt
    MessageEvent()  # error: text
    # A dict held in a variable is typed by annotating it with the model's TypedDict.
    postback: MessagePostbackInputParam = {
        "id": "action_yes",
        "thread_id": "QBT14H4YPV",
        "event_id": "QBT14H4YPV_3",
    }
    message = MessageEvent(text="Yes", visibility="agents", postback=postback)
    client.send_event(chat_id=CHAT_ID, event=message)
    client.send_event(chat_id=CHAT_ID, event=FileEvent(url="https://cdn.example.com/a.png"))
    client.send_event(chat_id=CHAT_ID, event=SystemMessageEvent(system_message_type="routing"))
    card: RichMessageElementInputParam = {
        "title": "Plan",
        "buttons": [{"text": "Pro", "postback_id": "plan_pro"}],
    }
    client.send_event(chat_id=CHAT_ID, event=RichMessageEvent(template_id="cards", elements=[card]))
    RichMessageEvent(template_id="carousel")  # error: template_id


def check_field_values(client: AgentWeb) -> None:
    """Literal fields, date-times, files."""
    client.send_typing_indicator(chat_id=CHAT_ID, is_typing=True, visibility="agents")
    client.send_typing_indicator(
        chat_id=CHAT_ID, is_typing=True, visibility="x"
    )  # error: visibility
    client.set_routing_status(status="not_accepting_chats")
    client.set_routing_status(status="away")  # error: status
    client.mark_events_as_seen(chat_id=CHAT_ID, seen_up_to=datetime.now(timezone.utc))
    client.upload_file(file=Path("report.pdf"))
    client.upload_file(file=io.BytesIO(b"%PDF-1.4"))
    client.upload_file(file=("report.pdf", b"%PDF-1.4", "application/pdf"))
    client.upload_file(file=io.StringIO("text"))  # error: file


def check_responses(client: AgentWeb) -> None:
    chat = client.get_chat(chat_id=CHAT_ID)
    assert_type(chat.thread, Thread | None)
    if chat.thread is not None:
        assert_type(chat.thread.id, str)
        assert_type(chat.thread.created_at, datetime)
        assert_type(chat.thread.tags, list[str] | None)
    for summary in client.list_chats(limit=10).chats_summary:
        assert_type(summary.id, str)
    for status in client.list_routing_statuses():
        assert_type(status.agent_id, str)
    assert_type(client.raw.follow_chat(id=CHAT_ID).status_code, int)
    assert_type(client.build.follow_chat(id=CHAT_ID).url, httpx.URL)


def check_nested_response_objects(client: AgentWeb) -> None:
    """Attribute access on nested response objects is typed all the way down."""
    page = client.list_archives(limit=5)
    chat = page.chats[0]
    assert_type(chat, Chat)
    assert chat.thread is not None
    assert chat.thread.events is not None
    event = chat.thread.events[0]
    assert_type(
        event,
        Message | File | Form | FilledForm | RichMessage | Custom | SystemMessage | UnknownEvent,
    )
    if isinstance(event, Message):
        assert_type(event.text, str)
        assert_type(event.created_at, datetime)
        assert_type(event.visibility, Literal["all", "agents"] | str | None)
    elif isinstance(event, File):
        assert_type(event.url, str)
        assert_type(event.size, int | None)
    elif isinstance(event, RichMessage) and event.elements:
        assert_type(event.elements[0].buttons, list[RichMessageButton] | None)
    user = chat.users[0]
    assert_type(user, Agent | Customer | UnknownUser)
    if isinstance(user, Customer) and user.statistics is not None:
        assert_type(user.statistics.chats_count, int | None)
        assert_type(user.priv_lc2_customer_id, str | None)
    summary = client.list_chats().chats_summary[0]
    if summary.last_event_per_type is not None:
        latest = summary.last_event_per_type["message"].event
        assert_type(
            latest,
            Message
            | File
            | Form
            | FilledForm
            | RichMessage
            | Custom
            | SystemMessage
            | UnknownEvent,
        )
    event.no_such_attribute  # error: no_such_attribute
    customer = client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(customer.chat_ids, list[str] | None)
    assert_type(customer.email, str | None)


def check_errors(client: AgentWeb) -> None:
    try:
        client.follow_chat(id=CHAT_ID)
    except InvalidRequestError as invalid:
        assert_type(invalid.action, str)
        assert_type(invalid.errors, list[dict[str, Any]])
    except APIError as error:
        assert_type(error.status_code, int)
        assert_type(error.type, str | None)
        assert_type(error.message, str)
        assert_type(error.request_id, str | None)
        assert_type(error.response, httpx.Response)


def check_with_response(client: AgentWeb) -> None:
    got = client.with_response.get_chat(chat_id=CHAT_ID)
    assert_type(got, WithResponse[GetChatResponse])
    assert_type(got.parsed, GetChatResponse)
    assert_type(got.status_code, int)
    assert_type(got.request_id, str | None)
    client.with_response.get_chat(chatid=CHAT_ID)  # error[keyword]: chatid


async def check_async_with_response(client: AsyncAgentWeb) -> None:
    got = await client.with_response.get_chat(chat_id=CHAT_ID)
    assert_type(got.parsed, GetChatResponse)


async def check_async_pagination(client: AsyncAgentWeb) -> None:
    """``max_items`` belongs to ``client.iterate``: a call fetches one page, and refuses it at run
    time (``InvalidRequestError``, rule ``iterate_only``), so the checkers refuse it too."""
    assert_type(await client.list_chats(limit=5), ListChatsResponse)
    pages = client.iterate.list_chats(limit=5, max_items=5)
    assert_type(pages, AsyncPageIterator[ChatSummary])
    async for summary in pages:
        assert_type(summary, ChatSummary)
    await client.list_chats(max_items=5)  # error[keyword]: max_items
    await client.raw.list_chats(max_items=5)  # error[keyword]: max_items
    client.build.list_chats(max_items=5)  # error[keyword]: max_items
    await client.with_response.list_chats(max_items=5)  # error[keyword]: max_items
    await client.send_event(chatid=CHAT_ID, event=MessageEvent(text="hi"))  # error[keyword]: chatid
