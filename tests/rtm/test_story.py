"""A whole agent session seen over RTM, typed end to end: a customer comes and writes, the agent
answers, transfers the chat to Jane, who answers and closes it - and Jane's RTM session gets
each step as its typed push, in order, with the payloads of the state (the demo's story)."""

from __future__ import annotations

import asyncio

import pytest

from livechat_typed.models import TransferTarget
from livechat_typed.rtm import (
    ChatDeactivatedPush,
    ChatTransferredPush,
    IncomingChatPush,
    IncomingCustomerPush,
    IncomingCustomersPush,
    IncomingEventPush,
    Push,
    RoutingStatusSetPush,
    ThreadTaggedPush,
)
from livechat_typed.testing import FakeServer


def story(server: FakeServer) -> str:
    """The agent's part, over the Web API: a customer comes, writes, is answered, tagged and
    transferred to Jane; the chat's id."""
    with server.client() as me:
        me.set_routing_status(status="accepting_chats")
        ada = server.fake.customer("Ada Lovelace", "ada@example.com")
        chat_id = ada.start_chat(text="Where is my parcel?").chat_id
        ada.send_message(chat_id, "Order 1042")
        me.send_event(chat_id=chat_id, event={"type": "message", "text": "Looking..."})
        thread = me.get_chat(chat_id=chat_id).thread
        assert thread is not None
        me.tag_thread(chat_id=chat_id, thread_id=thread.id, tag="shipping")
        me.transfer_chat(id=chat_id, target=TransferTarget(type="agent", ids=["jane@example.com"]))
    return chat_id


@pytest.mark.parametrize("kind", ["async", "sync"])
def test_jane_sees_the_whole_session_typed(server: FakeServer, kind: str) -> None:
    async def scenario() -> list[Push]:
        async with server.async_rtm_client(token="dal:jane-token") as rtm:
            chat_id = story(server)
            await rtm.send_event(chat_id=chat_id, event={"type": "message", "text": "Today!"})
            await rtm.deactivate_chat(id=chat_id)
            pushes = rtm.pushes()
            return [await pushes.__anext__() for _ in range(10)]

    if kind == "async":
        got = asyncio.run(scenario())
    else:
        with server.rtm_client(token="dal:jane-token") as rtm:
            chat_id = story(server)
            rtm.send_event(chat_id=chat_id, event={"type": "message", "text": "Today!"})
            rtm.deactivate_chat(id=chat_id)
            pushes = rtm.pushes()
            got = [next(pushes) for _ in range(10)]
    assert [type(push) for push in got] == [
        IncomingCustomersPush,  # after login
        RoutingStatusSetPush,
        IncomingCustomerPush,
        IncomingChatPush,  # with the customer's first message
        IncomingEventPush,  # the customer's second message
        IncomingEventPush,  # the agent's answer
        ThreadTaggedPush,
        ChatTransferredPush,
        IncomingEventPush,  # Jane's own answer, over RTM
        ChatDeactivatedPush,
    ]
    chat_id = got[3].payload.chat.id  # type: ignore[attr-defined]
    assert got[2].payload.name == "Ada Lovelace"  # type: ignore[attr-defined]
    assert [p.payload.event.text for p in got if isinstance(p, IncomingEventPush)] == [  # type: ignore[union-attr]
        "Order 1042",
        "Looking...",
        "Today!",
    ]
    assert got[7].payload.transferred_to.agent_ids == ["jane@example.com"]  # type: ignore[attr-defined]
    assert all(getattr(p.payload, "chat_id", chat_id) == chat_id for p in got[4:])
    assert got[8].request_id is not None and got[5].request_id is None
