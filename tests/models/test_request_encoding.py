"""How request models turn into bodies: the reference SDK's ``prepare_payload`` rules."""

from __future__ import annotations

import json
import warnings
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed import AgentWeb, InvalidRequestError
from livechat_typed.models import (
    ListArchivesFilters,
    ListChatsRequest,
    MarkEventsAsSeenRequest,
    MessageEvent,
    SendEventRequest,
    TransferChatRequest,
    TransferTarget,
)

from ..helpers import Recorder
from ..spec_strategies import rfc3339


def body(request: object) -> object:
    return json.loads(request.encode().content)  # type: ignore[attr-defined]


def test_top_level_none_is_dropped_but_nested_none_is_sent() -> None:
    request = ListChatsRequest(filters={"active": None}, sort_order=None, limit=None)
    assert body(request) == {"filters": {"active": None}}


def test_falsy_values_are_sent() -> None:
    request = TransferChatRequest(
        id="",
        target={"type": "group", "ids": [0]},
        ignore_agents_availability=False,
        ignore_requester_presence=False,
    )
    assert body(request) == {
        "id": "",
        "target": {"type": "group", "ids": [0]},
        "ignore_agents_availability": False,
        "ignore_requester_presence": False,
    }


def test_defaults_are_never_injected() -> None:
    assert body(ListChatsRequest()) == {}
    assert body(ListChatsRequest(filters={})) == {"filters": {}}


def test_the_event_type_tag_is_always_sent() -> None:
    request = SendEventRequest(chat_id="C1", event=MessageEvent(text="hi"))
    assert body(request) == {"chat_id": "C1", "event": {"type": "message", "text": "hi"}}


def test_dicts_and_models_give_the_same_body() -> None:
    as_dict = TransferChatRequest(id="C", target={"type": "agent", "ids": ["a@b.c"]})
    as_model = TransferChatRequest(id="C", target=TransferTarget(type="agent", ids=["a@b.c"]))
    assert isinstance(as_dict.target, TransferTarget)
    assert body(as_dict) == body(as_model)


# Real moments: impossible ones (2023-02-29, 24:00) are refused (tests/models/test_hostile_input).
@given(text=rfc3339())
def test_timestamp_strings_are_sent_exactly_as_given(text: str) -> None:
    request = MarkEventsAsSeenRequest(chat_id="C1", seen_up_to=text)
    assert body(request) == {"chat_id": "C1", "seen_up_to": text}


@given(
    moment=st.datetimes(
        timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=2))]),
        min_value=datetime(1970, 1, 2),
    )
)
def test_aware_datetimes_are_sent_as_rfc3339_with_microseconds(moment: datetime) -> None:
    sent = body(MarkEventsAsSeenRequest(chat_id="C1", seen_up_to=moment))["seen_up_to"]  # type: ignore[index]
    assert datetime.fromisoformat(sent) == moment
    assert len(sent.split(".")[1]) == len("123456+00:00")


@pytest.mark.parametrize("bad", ["yesterday", "2024-01-01", "2024-01-01T00:00:00"])
def test_invalid_timestamps_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError, match="RFC 3339"):
        MarkEventsAsSeenRequest(chat_id="C1", seen_up_to=bad)


def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        MarkEventsAsSeenRequest(chat_id="C1", seen_up_to=datetime(2024, 1, 1))


def test_the_from_key_travels_as_from() -> None:
    by_name = ListArchivesFilters(from_="2024-01-01T00:00:00Z")
    by_key = ListArchivesFilters.model_validate({"from": "2024-01-01T00:00:00Z"})
    assert by_name == by_key
    assert by_name.model_dump(exclude_unset=True) == {"from": "2024-01-01T00:00:00Z"}


@given(
    payload=st.dictionaries(
        st.text(max_size=10),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=10),
            lambda children: (
                st.lists(children, max_size=3)
                | st.dictionaries(st.text(max_size=5), children, max_size=3)
            ),
            max_leaves=8,
        ),
        max_size=5,
    )
)
def test_payload_is_sent_verbatim(payload: dict[str, object]) -> None:
    recorder = Recorder()
    with AgentWeb("Bearer x", transport=recorder.transport) as client:
        client.raw.send_event(payload=payload)
    expected = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    assert recorder.last.content == expected.encode()


def test_payload_with_other_arguments_warns_and_wins(client: AgentWeb, recorder: Recorder) -> None:
    with pytest.warns(UserWarning, match="ignored: chat_id"):
        client.send_event(chat_id="C1", payload={"chat_id": "C2"})  # type: ignore[call-overload]
    assert json.loads(recorder.last.content) == {"chat_id": "C2"}


def test_payload_bypasses_validation_but_not_json(client: AgentWeb, recorder: Recorder) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.get_chat(payload={"not_a_field": [1, 2]})
    assert json.loads(recorder.last.content) == {"not_a_field": [1, 2]}
    with pytest.raises(InvalidRequestError, match="payload"):
        client.get_chat(payload={"x": float("nan")})
    with pytest.raises(InvalidRequestError, match="payload"):
        client.get_chat(payload={"x": object()})
