"""Typing proofs for webhook handlers, checked by ``tests/webhooks/test_typing.py``.

Lines that must type-check use ``assert_type``; lines that must be rejected carry
``# type: ignore[<code>]``: under ``mypy --strict`` an ignore that is not needed is itself an
error, so a clean run proves both halves. This file is never imported.
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


@router.on(IncomingEventWebhook)  # type: ignore[arg-type]
def wrong_class(webhook: ChatTransferredWebhook) -> None:
    pass


@router.fallback  # type: ignore[arg-type]
def too_narrow(webhook: IncomingEventWebhook) -> None:
    pass


router.on(dict)  # type: ignore[type-var]

assert_type(on_event, Callable[[IncomingEventWebhook], str])
assert_type(parse_webhook(b"{}", secret_key="s"), Webhook)
assert_type(router.handle(b"{}"), Delivery)
webhook = parse_webhook(b"{}", secret_key="s")
if isinstance(webhook, ChatTransferredWebhook):
    assert_type(webhook.payload.transferred_to.group_ids, list[int] | None)
chat_id = webhook.payload.chat_id  # type: ignore[attr-defined]  # payload is `object` on the base
