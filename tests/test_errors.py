"""Error answers and transport failures become typed exceptions that keep the raw data."""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed import AgentWeb, errors

from .helpers import TOKEN, Recorder, load_spec

SPEC_ERROR_TYPES = [entry["type"] for entry in load_spec()["errors"]]


def _client(responder: object) -> tuple[AgentWeb, Recorder]:
    recorder = Recorder(responder)  # type: ignore[arg-type]
    return AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport), recorder


def test_every_documented_error_type_has_its_own_exception() -> None:
    registered = {
        cls.error_type
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.APIError) and cls.error_type
    }
    assert registered == set(SPEC_ERROR_TYPES)


@pytest.mark.parametrize("error_type", SPEC_ERROR_TYPES)
def test_documented_error_types_raise_their_subclass(error_type: str) -> None:
    body = {"error": {"type": error_type, "message": "boom", "data": {"region": "fra"}}}
    client, _ = _client(
        lambda request: httpx.Response(400, json=body, headers={"X-Request-Id": "req-7"})
    )
    with pytest.raises(errors.APIError) as info:
        client.get_chat(chat_id="C1")
    exc = info.value
    assert type(exc) is not errors.APIError
    assert exc.error_type == error_type
    assert exc.type == error_type
    assert exc.message == "boom"
    assert exc.status_code == 400
    assert exc.data == {"region": "fra"}
    assert exc.request_id == "req-7"
    assert json.loads(exc.response.content) == body
    assert error_type in str(exc)


def test_misdirected_request_names_the_region() -> None:
    body = {
        "error": {
            "type": "misdirected_request",
            "message": "Wrong region",
            "data": {"region": "fra"},
        }
    }
    client, _ = _client(lambda request: httpx.Response(421, json=body))
    with pytest.raises(errors.MisdirectedRequestError) as info:
        client.follow_chat(id="C1")
    assert info.value.region == "fra"


@given(error_type=st.text(min_size=1, max_size=30).filter(lambda t: t not in SPEC_ERROR_TYPES))
def test_unknown_error_types_raise_the_base_class(error_type: str) -> None:
    client, _ = _client(
        lambda request: httpx.Response(422, json={"error": {"type": error_type, "message": "new"}})
    )
    with pytest.raises(errors.APIError) as info:
        client.follow_chat(id="C1")
    assert type(info.value) is errors.APIError
    assert info.value.type == error_type


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (502, b"<html><body>Bad gateway</body></html>", "Bad gateway"),
        (500, b"", "Internal Server Error"),
        (503, b"not json {", "not json {"),
        (400, b'{"unexpected": true}', "unexpected"),
        (400, b"[1, 2]", "[1, 2]"),
    ],
)
def test_non_json_or_odd_error_bodies_keep_the_text(
    status: int, body: bytes, expected: str
) -> None:
    client, _ = _client(lambda request: httpx.Response(status, content=body))
    with pytest.raises(errors.APIError) as info:
        client.follow_chat(id="C1")
    assert type(info.value) is errors.APIError
    assert info.value.type is None
    assert expected in info.value.message
    assert info.value.response.content == body
    assert info.value.status_code == status


def test_raw_never_raises_on_api_errors() -> None:
    client, _ = _client(
        lambda request: httpx.Response(401, json={"error": {"type": "authentication"}})
    )
    response = client.follow_chat.raw(id="C1")
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "authentication"


def _raiser(exc: Exception) -> object:
    def respond(request: httpx.Request) -> httpx.Response:
        raise exc

    return respond


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (httpx.ConnectError("refused"), errors.APIConnectionError),
        (httpx.RemoteProtocolError("reset"), errors.APIConnectionError),
        (httpx.ReadTimeout("slow"), errors.APITimeoutError),
        (httpx.ConnectTimeout("slow"), errors.APITimeoutError),
    ],
)
def test_transport_failures_keep_the_original_exception(
    exc: Exception, expected: type[Exception]
) -> None:
    client, _ = _client(_raiser(exc))
    with pytest.raises(expected) as info:
        client.follow_chat(id="C1")
    assert info.value.__cause__ is exc
    assert isinstance(info.value, errors.LiveChatError)
    assert TOKEN not in str(info.value)


def test_transport_failures_propagate_from_raw_too() -> None:
    client, _ = _client(_raiser(httpx.ConnectError("refused")))
    with pytest.raises(errors.APIConnectionError):
        client.follow_chat.raw(id="C1")
