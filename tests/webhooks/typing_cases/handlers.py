"""Typing proofs for webhook handlers, checked by ``tests/webhooks/test_typing.py``.

Lines that must type-check use ``assert_type``; statements that must be rejected end with
``# error`` or ``# error: <name>`` (see ``tests/helpers/checkers.py``). mypy, pyright, pyrefly and
ty must each agree with every line. This file is never imported.
"""

from __future__ import annotations

from collections.abc import Callable

from typing_extensions import assert_type

from livechat_typed.models.configuration import AgentAccount
from livechat_typed.webhooks import (
    AgentCreatedWebhook,
    ChatTransferredWebhook,
    ChatWebhook,
    Delivery,
    IncomingEventPayload,
    IncomingEventWebhook,
    TransferredTo,
    Webhook,
    WebhookRouter,
    parse_webhook,
)

router = WebhookRouter(secret_key=["new", "old"])


@router.on(IncomingEventWebhook)
def on_event(webhook: IncomingEventWebhook) -> str:
    assert_type(webhook.payload, IncomingEventPayload)
    assert_type(webhook.payload.chat_id, str)
    return webhook.payload.thread_id


@router.on(ChatTransferredWebhook)
async def on_transfer(webhook: ChatTransferredWebhook) -> None:
    assert_type(webhook.payload.transferred_to, TransferredTo)


@router.on(AgentCreatedWebhook)
def on_agent(webhook: AgentCreatedWebhook) -> None:
    assert_type(webhook.payload, AgentAccount)


@router.on(ChatWebhook)
def on_any_chat(webhook: Webhook) -> None:  # a handler of a base class takes the subclasses
    pass


@router.fallback
def on_anything(webhook: Webhook) -> None:
    pass


@router.on(IncomingEventWebhook)  # error
def wrong_class(webhook: ChatTransferredWebhook) -> None:
    pass


@router.fallback  # error
def too_narrow(webhook: IncomingEventWebhook) -> None:
    pass


router.on(dict)  # error

kept: Callable[[IncomingEventWebhook], str] = on_event  # the decorator keeps its type
narrowed: Callable[[IncomingEventWebhook], int] = on_event  # error
assert_type(parse_webhook(b"{}", secret_key="s"), Webhook)
assert_type(router.handle(b"{}"), Delivery)
webhook = parse_webhook(b"{}", secret_key="s")
if isinstance(webhook, ChatTransferredWebhook):
    assert_type(webhook.payload.transferred_to.group_ids, list[int] | None)
chat_id = webhook.payload.chat_id  # payload is `object` on the base: # error: chat_id
