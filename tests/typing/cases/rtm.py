"""Typing checks of the RTM clients: the Web clients' typed actions, typed pushes and handlers.

Type-checked (never run) like the other files of ``cases/``: every ``assert_type`` must hold and
every statement marked ``# error: <name>`` must be an error naming ``<name>`` (see
``tests/helpers/checkers.py``).
"""

from collections.abc import AsyncIterator, Iterator

import httpx
from typing_extensions import assert_type

from livechat_typed import AgentRTM, AsyncAgentRTM
from livechat_typed.models import (
    ChatSummary,
    GetChatResponse,
    ListChatsResponse,
    SendEventResponse,
)
from livechat_typed.rtm import (
    ChatDeletedPush,
    IncomingEventPush,
    LoginResponse,
    Push,
    RTMDisconnectedError,
    SetAwayStatusResponse,
)
from livechat_typed.webhooks._payloads import IncomingEventPayload

CHAT_ID = "PJ0MRSHTDG"


async def check_async_actions(rtm: AsyncAgentRTM) -> None:
    assert_type(await rtm.get_chat(chat_id=CHAT_ID), GetChatResponse)
    assert_type(await rtm.list_chats(limit=10), ListChatsResponse)
    sent = await rtm.send_event(chat_id=CHAT_ID, event={"type": "message", "text": "Hi"})
    assert_type(sent, SendEventResponse)
    assert_type(await rtm.set_away_status(away=True), SetAwayStatusResponse)
    assert_type(await rtm.raw.get_chat(chat_id=CHAT_ID), httpx.Response)
    assert_type(rtm.login_response, LoginResponse)
    await rtm.get_chat(chat_idd=CHAT_ID)  # error[keyword]: chat_idd
    await rtm.get_chat(chat_id=5)  # error: chat_id
    await rtm.set_away_status(away="yes")  # error: away


def check_sync_actions(rtm: AgentRTM) -> None:
    assert_type(rtm.get_chat(chat_id=CHAT_ID), GetChatResponse)
    assert_type(rtm.set_away_status(away=False), SetAwayStatusResponse)
    rtm.list_chats(limit="10")  # error: limit
    rtm.set_away_status(awy=False)  # error[keyword]: awy
    for summary in rtm.iterate.list_chats(max_items=5):
        assert_type(summary, ChatSummary)
    rtm.list_chats(max_items=5)  # error[keyword]: max_items


async def check_async_pagination(rtm: AsyncAgentRTM) -> None:
    async for summary in rtm.iterate.list_chats(max_items=5):
        assert_type(summary, ChatSummary)
    await rtm.list_chats(max_items=5)  # error[keyword]: max_items


async def check_async_pushes(rtm: AsyncAgentRTM) -> None:
    pushes = rtm.pushes()
    assert_type(pushes, AsyncIterator[Push])
    async for push in pushes:
        if isinstance(push, IncomingEventPush):
            assert_type(push.payload, IncomingEventPayload)

    @rtm.on(IncomingEventPush)
    async def on_event(push: IncomingEventPush) -> None:
        assert_type(push.payload.chat_id, str)

    @rtm.on(IncomingEventPush)  # error
    def wrong_class(push: ChatDeletedPush) -> None: ...


def check_sync_pushes(rtm: AgentRTM) -> None:
    assert_type(rtm.pushes(), Iterator[Push])
    try:
        rtm.list_chats()
    except RTMDisconnectedError as exc:
        assert_type(exc.reason, str)


def check_constructors() -> None:
    """The RTM clients' constructors: keywords are checked like the actions' fields."""
    AsyncAgentRTM("Bearer dal:x", ping_interval=5.0, away=True, strict=True)
    AgentRTM("Bearer dal:x", reconnect=None, max_buffered_pushes=100)
    AsyncAgentRTM("Bearer dal:x", ping_intervall=5.0)  # error[keyword]: ping_intervall
    AgentRTM("Bearer dal:x", reconect=None)  # error[keyword]: reconect
    AsyncAgentRTM("Bearer dal:x", ping_interval="5")  # error: ping_interval
    AgentRTM("Bearer dal:x", max_buffered_pushes="100")  # error: max_buffered_pushes
    AgentRTM(access_token=5)  # error: access_token
