"""The 53 push classes: named after the spec's pushes, the docs' samples typed, the webhook
payload models reused where the shapes agree, anything else kept whole as ``UnknownPush``."""

from __future__ import annotations

import json
from typing import Any, get_type_hints

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed import rtm
from livechat_typed.rtm import PUSH_CLASSES, Push, UnknownPush, parse_push, parse_push_json
from livechat_typed.webhooks import WEBHOOK_CLASSES

from ..helpers.rtm import load_rtm_spec

SPEC = load_rtm_spec()
PUSHES = {push["action"]: push for push in SPEC["pushes"]}
# A push whose payload the docs give as the bare structure where the webhook wraps it.
RESHAPED = {"incoming_customer"}


def camel(name: str) -> str:
    return "".join(word.title() for word in name.split("_")) + "Push"


def test_one_class_per_documented_push_in_the_docs_order() -> None:
    assert list(PUSH_CLASSES) == list(PUSHES)
    assert len(PUSH_CLASSES) == 53
    for name, cls in PUSH_CLASSES.items():
        assert cls.__name__ == camel(name)
        assert getattr(rtm, cls.__name__) is cls
        assert cls.model_fields["action"].default == name


@pytest.mark.parametrize("name", sorted(PUSHES))
def test_docs_samples_parse_into_their_class(name: str) -> None:
    for sample in PUSHES[name]["docs_sample"]:
        if isinstance(sample, str):  # thread_properties_deleted: the docs' JSON is broken
            continue
        push = parse_push({"action": name, "type": "push", "version": "3.6", "payload": sample})
        assert type(push) is PUSH_CLASSES[name], getattr(push, "problem", None)
        dumped = push.model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert dumped["payload"] == sample


@pytest.mark.parametrize(
    "name",
    sorted(p for p, push in PUSHES.items() if push["webhook_equivalent"] and p not in RESHAPED),
)
def test_pushes_with_a_webhook_carry_its_payload_model(name: str) -> None:
    push_payload = get_type_hints(PUSH_CLASSES[name])["payload"]
    webhook_payload = get_type_hints(WEBHOOK_CLASSES[name])["payload"]
    assert push_payload == webhook_payload


def test_the_reshaped_push_carries_the_customer_itself() -> None:
    payload = {"id": "c1", "type": "customer", "name": "Ann"}
    push = parse_push({"action": "incoming_customer", "type": "push", "payload": payload})
    assert isinstance(push, rtm.IncomingCustomerPush)
    assert push.payload.id == "c1"


def test_an_unknown_push_keeps_its_payload_raw() -> None:
    frame = {"action": "thinking_indicator", "type": "push", "payload": {"a": [1, {"b": None}]}}
    push = parse_push(frame)
    assert type(push) is UnknownPush
    assert push.payload == {"a": [1, {"b": None}]}
    assert push.problem is not None and "thinking_indicator" in push.problem


def test_a_known_push_that_does_not_fit_is_unknown_with_the_reason(
    caplog: pytest.LogCaptureFixture,
) -> None:
    push = parse_push({"action": "chat_deleted", "type": "push", "payload": {"chat": 5}})
    assert type(push) is UnknownPush
    assert push.action == "chat_deleted"
    assert push.payload == {"chat": 5}
    assert push.problem is not None and "chat_id" in push.problem
    assert "chat_deleted" in caplog.text


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)


@given(
    action=st.sampled_from(sorted(PUSHES)) | st.text(max_size=20) | st.integers() | st.none(),
    payload=json_values,
    request_id=st.none() | st.text(max_size=5),
)
def test_any_frame_gives_a_push_and_loses_nothing(
    action: Any, payload: Any, request_id: str | None
) -> None:
    frame: dict[str, Any] = {"action": action, "type": "push", "payload": payload}
    if request_id is not None:
        frame["request_id"] = request_id
    push = parse_push(frame)
    assert isinstance(push, Push)
    assert push.request_id == request_id
    if type(push) is UnknownPush:
        assert push.payload == payload
        assert push.action == (action if isinstance(action, str) else str(action))


@given(
    action=st.sampled_from(sorted(PUSHES)) | st.text(max_size=20),
    payload=json_values,
)
def test_parsing_the_text_gives_what_parsing_the_dict_gives(action: str, payload: Any) -> None:
    frame = {"action": action, "type": "push", "payload": payload}
    from_text = parse_push_json(action, json.dumps(frame).encode())
    from_dict = parse_push(frame)
    assert type(from_text) is type(from_dict)
    assert from_text.model_dump() == from_dict.model_dump()


@pytest.mark.parametrize("name", sorted(PUSHES))
def test_docs_samples_parse_from_text_too(name: str) -> None:
    for sample in PUSHES[name]["docs_sample"]:
        if isinstance(sample, str):
            continue
        data = json.dumps({"action": name, "type": "push", "payload": sample}).encode()
        assert type(parse_push_json(name, data)) is PUSH_CLASSES[name]
