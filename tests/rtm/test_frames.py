"""Request frames carry the action's body as sent; answers become the Web API's responses, so
the descriptors raise the same ``APIError`` subclasses and parse the same models."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed import errors, rtm
from livechat_typed.rtm._frames import (
    ERROR_STATUS,
    answer_response,
    read_head,
    request_frame,
    rtm_request,
)
from livechat_typed.testing._errors import STATUS as FAKE_STATUS

from ..helpers.rtm import load_rtm_spec

URL = httpx.URL("wss://api.livechatinc.com/v3.6/agent/rtm/ws")
REQUEST = rtm_request(URL, "get_chat", b'{"chat_id":"C1"}')

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@given(
    action=st.from_regex(r"[a-z_]{1,30}", fullmatch=True),
    request_id=st.from_regex(r"[A-Za-z0-9-]{1,20}", fullmatch=True),
    payload=st.dictionaries(st.text(), json_values, max_size=4),
)
def test_a_request_frame_is_the_action_the_id_and_the_body_unchanged(
    action: str, request_id: str, payload: dict[str, Any]
) -> None:
    body = json.dumps(payload, ensure_ascii=False).encode()
    frame = json.loads(request_frame(action, request_id, body))
    assert frame == {"action": action, "request_id": request_id, "payload": payload}


def test_an_empty_body_is_an_empty_payload() -> None:
    assert json.loads(request_frame("list_chats", "1", None))["payload"] == {}


@given(payload=json_values)
def test_a_success_answer_is_a_200_with_the_payload(payload: Any) -> None:
    response = answer_response({"success": True, "payload": payload}, REQUEST)
    assert response.status_code == 200
    assert response.json() == (payload if payload is not None else {})
    assert response.request is REQUEST


ERROR_TYPES = sorted(
    {*load_rtm_spec()["errors"], *FAKE_STATUS, "some_new_error", "pending_requests_limit_reached"}
)


@pytest.mark.parametrize("kind", ERROR_TYPES)
def test_a_failure_raises_the_web_clients_error_class_and_status(kind: str) -> None:
    body = {"error": {"type": kind, "message": "nope", "data": {"x": 1}}}
    response = answer_response({"success": False, "payload": body}, REQUEST)
    error = errors.APIError.from_response(response)
    web = httpx.Response(FAKE_STATUS.get(kind, 400), json=body, request=REQUEST)
    assert type(error) is type(errors.APIError.from_response(web))
    assert response.status_code == ERROR_STATUS.get(kind, 400)
    if kind in FAKE_STATUS:
        assert response.status_code == FAKE_STATUS[kind]
    assert (error.type, error.message, error.data) == (kind, "nope", {"x": 1})


@pytest.mark.parametrize(
    ("kind", "cls"),
    [
        ("pending_requests_limit_reached", rtm.PendingRequestsLimitReachedError),
        ("requester_already_offline", rtm.RequesterAlreadyOfflineError),
        ("requester_awaiting_approval", rtm.RequesterAwaitingApprovalError),
        ("requester_suspended", rtm.RequesterSuspendedError),
        ("seats_limit_exceeded", rtm.SeatsLimitExceededError),
    ],
)
def test_the_rtm_only_error_types_have_their_classes(kind: str, cls: type) -> None:
    body = {"error": {"type": kind, "message": "m"}}
    response = answer_response({"success": False, "payload": body}, REQUEST)
    assert type(errors.APIError.from_response(response)) is cls


def test_every_documented_error_type_has_a_class() -> None:
    for kind in load_rtm_spec()["errors"]:
        body = {"error": {"type": kind, "message": "m"}}
        error = errors.APIError.from_response(
            answer_response({"success": False, "payload": body}, REQUEST)
        )
        assert type(error) is not errors.APIError, kind


def test_a_failure_without_an_error_body_is_still_an_api_error() -> None:
    response = answer_response({"success": False, "payload": "broken"}, REQUEST)
    error = errors.APIError.from_response(response)
    assert type(error) is errors.APIError
    assert response.status_code == 400


@given(
    kind=st.none() | st.sampled_from(["push", "response"]),
    action=json_values,
    request_id=json_values,
    payload=json_values,
)
def test_the_head_of_a_frame_is_read_whatever_the_payload(
    kind: str | None, action: Any, request_id: Any, payload: Any
) -> None:
    frame = {"type": kind, "action": action, "request_id": request_id, "payload": payload}
    head = read_head(json.dumps(frame).encode())
    assert head is not None
    assert (head.type, head.action, head.request_id) == (kind, action, request_id)


@pytest.mark.parametrize("text", [b"", b"[]", b"5", b'"push"', b"{", b"\xff"])
def test_text_that_is_not_a_json_object_has_no_head(text: bytes) -> None:
    assert read_head(text) is None
