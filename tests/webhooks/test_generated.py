"""Hypothesis: bodies of every webhook drawn from the in-repo spec (``strategies.py``).

For each of the 37 actions: the body parses into the action's class and dumps back to exactly
the JSON received; where the reference SDK parses it, it holds the same values; bodies with
sprinkled unknowns (members, event and user types, enum values) still parse and round-trip, and
strict mode refuses exactly the sprinkled places; an action no spec knows is an
``UnknownWebhook`` with its payload as received.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livechat_typed.webhooks import (
    WEBHOOK_CLASSES,
    InvalidWebhookError,
    UnknownWebhook,
    Webhook,
    parse_webhook,
)

from .oracle import assert_agrees, reference
from .strategies import ACTIONS, SECRET, Generated, unknown_action_body, webhook_body

SETTINGS = settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])


def parse(body: dict[str, Any], **options: Any) -> Webhook:
    return parse_webhook(json.dumps(body).encode(), secret_key=SECRET, **options)


def dump(webhook: Webhook) -> Any:
    return webhook.model_dump(mode="json", by_alias=True, exclude_unset=True)


def test_the_strategies_cover_every_documented_webhook() -> None:
    assert ACTIONS == tuple(WEBHOOK_CLASSES)


@pytest.mark.parametrize("action", ACTIONS)
@SETTINGS
@given(data=st.data())
def test_documented_bodies_parse_typed_and_losslessly(action: str, data: st.DataObject) -> None:
    generated: Generated = data.draw(webhook_body(action))
    webhook = parse(generated.body)
    assert type(webhook) is WEBHOOK_CLASSES[action]
    assert dump(webhook) == generated.body
    assert parse(generated.body, strict=True) == webhook  # nothing undocumented in it
    theirs = reference(generated.body)
    if theirs is not None:
        assert_agrees(webhook, theirs)
    # The reference knows no ``requester`` (new in v3.6) and needs ``additional_data``: compare
    # the configuration payloads on the v3.5 form of the envelope as well.
    v35 = {key: value for key, value in generated.body.items() if key != "requester"}
    v35.setdefault("additional_data", {})
    theirs = reference(v35)
    if theirs is not None:
        assert_agrees(parse(v35), theirs)


@pytest.mark.parametrize("action", ACTIONS)
@SETTINGS
@given(data=st.data())
def test_unknowns_are_kept_and_strict_mode_names_each(action: str, data: st.DataObject) -> None:
    generated: Generated = data.draw(webhook_body(action, unknowns=True))
    assert generated.unknowns
    webhook = parse(generated.body)
    assert type(webhook) is WEBHOOK_CLASSES[action]
    assert dump(webhook) == generated.body
    with pytest.raises(InvalidWebhookError) as caught:
        parse(generated.body, strict=True)
    found = sorted(str(error["loc"][0]) for error in caught.value.errors)
    assert found == sorted(generated.unknowns)


@SETTINGS
@given(body=unknown_action_body())
def test_an_unknown_action_keeps_its_payload_raw(body: dict[str, Any]) -> None:
    webhook = parse(body)
    assert type(webhook) is UnknownWebhook
    assert webhook.action == body["action"]
    assert webhook.payload == body["payload"]
    assert dump(webhook) == body
    with pytest.raises(InvalidWebhookError, match="undocumented webhook action"):
        parse(body, strict=True)


@pytest.mark.parametrize("legacy", ["auto_access_added", "auto_access_updated"])
def test_a_v3_4_auto_access_object_payload_is_an_unknown_webhook(legacy: str) -> None:
    body = {
        "webhook_id": "w",
        "secret_key": SECRET,
        "action": legacy,
        "organization_id": "o",
        "payload": {"id": "a2710c4680fa15700ae046940a11a329", "description": "v3.4 shape"},
    }
    webhook = parse(body)
    assert type(webhook) is UnknownWebhook
    assert dump(webhook) == body


@pytest.mark.parametrize("action", ACTIONS)
@SETTINGS
@given(data=st.data())
def test_a_payload_of_another_action_is_refused(action: str, data: st.DataObject) -> None:
    """Every action's payload is checked against its own shape: a payload that fits none of
    ``action``'s required members is refused, naming the path."""
    other = data.draw(st.sampled_from([a for a in ACTIONS if a != action]))
    body = data.draw(webhook_body(other)).body
    body["action"] = action
    try:
        webhook = parse(body)
    except InvalidWebhookError as exc:
        assert exc.action == action
        assert all(
            error["loc"][:1] in (("payload",), ("requester",), ("additional_data",))
            for error in exc.errors
        ), exc.errors
    else:  # the payloads happen to fit (e.g. two id-only payloads): still typed and lossless
        assert type(webhook) is WEBHOOK_CLASSES[action]
        assert dump(webhook) == body
