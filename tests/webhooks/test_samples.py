"""The 39 docs samples (``data/samples.json``, repaired where the docs' JSON is invalid).

Each parses into its webhook class, dumps back to exactly the JSON received, and strict mode
refuses exactly the docs' placeholders and copy-paste errors. The reference SDK's parser is the
oracle: where it parses a sample we hold the same values; where it fails (19 samples: every
configuration webhook with its v3.6 ``requester``, and ``chat_transferred`` without
``additional_data``) we parse it.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from livechat_typed import models
from livechat_typed.models.configuration import AgentAccount, GroupMembership, WorkSchedule
from livechat_typed.webhooks import (
    WEBHOOK_CLASSES,
    AutoAccessesUpdatedWebhook,
    ChatTransferredWebhook,
    ConfigurationWebhook,
    InvalidWebhookError,
    RoutingStatusSetWebhook,
    UnknownChat,
    Webhook,
    parse_webhook,
)

from .oracle import assert_agrees, reference

DATA = Path(__file__).resolve().parent / "data"
SAMPLES: list[dict[str, Any]] = json.loads((DATA / "samples.json").read_text(encoding="utf-8"))[
    "samples"
]
SECRET = "<secret_key>"
"""The docs samples' placeholder secret."""

PLACEHOLDER = "undocumented or malformed object of type None"
STRICT_FINDINGS: dict[str, list[str]] = {
    "incoming_chat": [f"payload.chat: {PLACEHOLDER}"],
    "user_added_to_chat": [f"payload.user: {PLACEHOLDER}"],
    "incoming_event": [f"payload.event: {PLACEHOLDER}"],
    "event_updated": [f"payload.event: {PLACEHOLDER}"],
    "incoming_customer": [f"payload.customer: {PLACEHOLDER}"],
    "auto_accesses_updated": [
        "action: 'auto_access_added' is a v3.4 name; v3.6 sends 'auto_accesses_updated'"
    ],
}
"""What strict mode refuses per sample: the docs' ``{}`` placeholders for whole structures and
the ``auto_access_added`` copy-paste; every other sample is fully documented."""

REFERENCE_FAILS = {
    "chat_transferred",
    *(action for action, cls in WEBHOOK_CLASSES.items() if issubclass(cls, ConfigurationWebhook)),
}


def ids(sample: dict[str, Any]) -> str:
    return f"{sample['webhook']}-{sample['sample_index']}"


def parse(sample: dict[str, Any], **options: Any) -> Webhook:
    return parse_webhook(json.dumps(sample["body"]).encode(), secret_key=SECRET, **options)


def test_every_documented_webhook_has_a_sample() -> None:
    assert len(SAMPLES) == 39
    assert {sample["webhook"] for sample in SAMPLES} == set(WEBHOOK_CLASSES)
    assert [s["webhook"] for s in SAMPLES if s["docs_sample_repaired"]] == [
        "customer_session_fields_updated",
        "agent_deleted",
        "auto_accesses_updated",
        "group_updated",
    ]


@pytest.mark.parametrize("sample", SAMPLES, ids=ids)
def test_sample_parses_into_its_class_and_round_trips(sample: dict[str, Any]) -> None:
    webhook = parse(sample)
    assert type(webhook) is WEBHOOK_CLASSES[sample["webhook"]]
    dumped = webhook.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == sample["body"]
    assert json.dumps(dumped, sort_keys=True) == json.dumps(sample["body"], sort_keys=True)


@pytest.mark.parametrize("sample", SAMPLES, ids=ids)
def test_strict_mode_refuses_only_the_docs_quirks(sample: dict[str, Any]) -> None:
    expected = STRICT_FINDINGS.get(sample["webhook"], [])
    if not expected:
        assert parse(sample, strict=True) == parse(sample)
        return
    with pytest.raises(InvalidWebhookError) as caught:
        parse(sample, strict=True)
    found = [f"{error['loc'][0]}: {error['msg']}" for error in caught.value.errors]
    assert found == expected
    assert caught.value.action == sample["body"]["action"]


@pytest.mark.parametrize("sample", SAMPLES, ids=ids)
def test_the_reference_parser_agrees_where_it_parses(sample: dict[str, Any]) -> None:
    theirs = reference(sample["body"])
    ours = parse(sample)
    if sample["webhook"] in REFERENCE_FAILS:
        assert theirs is None  # and we parsed it above
    else:
        assert theirs is not None
        assert_agrees(ours, theirs)


def test_the_reference_fails_on_19_samples_and_we_on_none() -> None:
    failed = [ids(sample) for sample in SAMPLES if reference(sample["body"]) is None]
    assert len(failed) == 19
    assert all(isinstance(parse(sample), Webhook) for sample in SAMPLES)


def sample_of(action: str) -> dict[str, Any]:
    return next(sample for sample in SAMPLES if sample["webhook"] == action)


def test_typed_access_to_a_transfer() -> None:
    webhook = parse(sample_of("chat_transferred"))
    assert isinstance(webhook, ChatTransferredWebhook)
    assert webhook.additional_data is None
    payload = webhook.payload
    assert payload.reason == "manual"
    assert payload.transferred_to.agent_ids == ["smith@example.com"]
    assert payload.transferred_to.group_ids == [19]
    assert isinstance(payload.queue, models.Queue)
    assert payload.queue.queued_at == datetime(2019, 12, 9, 12, 1, 18, 909000, tzinfo=timezone.utc)


def test_typed_access_to_a_configuration_webhook() -> None:
    webhook = parse(sample_of("agent_created"))
    assert webhook.requester is not None
    assert webhook.requester.client_id == "1b4237f476826986da63022a76c35bb1"
    agent = webhook.payload
    assert isinstance(agent, AgentAccount)
    assert agent.role == "viceowner" and agent.awaiting_approval is False
    assert agent.groups is not None
    assert agent.groups[0] == GroupMembership(id=5, priority="first")
    assert agent.work_scheduler is not None and agent.work_scheduler.schedule is not None
    assert agent.work_scheduler.schedule[1] == WorkSchedule(
        day="monday", enabled=True, start="13:30", end="16:30"
    )


def test_the_auto_access_samples_keep_their_v3_4_action_name() -> None:
    for sample in SAMPLES:
        if sample["webhook"] != "auto_accesses_updated":
            continue
        webhook = parse(sample)
        assert isinstance(webhook, AutoAccessesUpdatedWebhook)
        assert webhook.action == "auto_access_added"
        statuses = [change.status for change in webhook.payload]
        assert statuses and set(statuses) <= {"added", "updated", "deleted"}


def test_the_placeholder_chat_is_kept_whole() -> None:
    webhook = parse(sample_of("incoming_chat"))
    chat = webhook.payload.chat  # type: ignore[attr-defined]
    assert isinstance(chat, UnknownChat)
    assert chat.id == "PJ0MRSHTDG"
    assert chat.model_extra == {"id": "PJ0MRSHTDG", "users": [], "properties": {}, "thread": {}}


def test_routing_status_with_spaces_is_kept_and_normalised() -> None:
    webhook = parse(sample_of("routing_status_set"))
    assert isinstance(webhook, RoutingStatusSetWebhook)
    assert webhook.payload.status == "accepting chats"
    assert webhook.payload.routing_status == "accepting_chats"
