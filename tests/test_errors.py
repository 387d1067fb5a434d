"""Error answers and transport failures become typed exceptions that keep the raw data."""

from __future__ import annotations

import json
import pickle
import warnings
from typing import Any

import httpx
import pydantic
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
    response = client.raw.follow_chat(id="C1")
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
        client.raw.follow_chat(id="C1")


# --- any error body gives a typed error with a bounded message -----------------------------------


def _error_response(body: bytes, status: int = 400, **headers: str) -> httpx.Response:
    request = httpx.Request("POST", "https://api.livechatinc.com/v3.6/agent/action/get_chat")
    return httpx.Response(status, content=body, headers=headers, request=request)


def _assert_bounded(exc: errors.LiveChatError) -> None:
    """The message fits the documented caps and can be printed (encoded as UTF-8)."""
    text = str(exc)
    text.encode("utf-8")
    assert len(text) <= errors.MAX_MESSAGE_CHARS + 200, len(text)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b'{"error":' * 100_000 + b"1" + b"}" * 100_000, id="deep-object"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="deep-array"),
        pytest.param(
            b'{"error":{"type":"x","message":"m","data":' + b"[" * 100_000 + b"]" * 100_000 + b"}}",
            id="deep-data",
        ),
        pytest.param(b"\xff\xfe\xfd invalid \xc3\x28 utf-8", id="invalid-utf8"),
        pytest.param(
            b'{"error":{"type":"not_found","message":"\xff\xfe"}}', id="invalid-utf8-json"
        ),
        pytest.param(b'{"error":{"type":"not_found","message":"\\ud800"}}', id="lone-surrogate"),
        pytest.param(b"x" * 5_000_000, id="huge-text"),
        pytest.param(b'{"error":{"type":"' + b"t" * 100_000 + b'"}}', id="huge-type"),
        pytest.param(b"\n" * 100_000, id="only-newlines"),
    ],
)
def test_any_error_body_gives_a_typed_error_with_a_bounded_message(body: bytes) -> None:
    exc = errors.APIError.from_response(_error_response(body))
    assert isinstance(exc, errors.APIError)
    assert exc.response.content == body  # the full body stays on .response
    _assert_bounded(exc)
    assert len(exc.message) <= errors.MAX_MESSAGE_CHARS + 40


@given(
    body=st.binary(max_size=2000),
    status=st.integers(400, 599),
    content_type=st.sampled_from(
        ["", "application/json", "text/html; charset=utf-32", "text/plain; charset=nope"]
    ),
)
def test_arbitrary_error_bodies_give_typed_errors(
    body: bytes, status: int, content_type: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    exc = errors.APIError.from_response(_error_response(body, status, **headers))
    assert isinstance(exc, errors.APIError)
    assert exc.status_code == status
    _assert_bounded(exc)


@given(message=st.text(max_size=3000), error_type=st.text(min_size=1, max_size=300))
def test_server_messages_are_capped_with_a_count(message: str, error_type: str) -> None:
    body = json.dumps({"error": {"type": error_type, "message": message}}).encode()
    exc = errors.APIError.from_response(_error_response(body))
    assert exc.type == error_type
    limit = errors.MAX_MESSAGE_CHARS
    if len(message) <= limit:
        assert exc.message == message
    else:
        assert exc.message == message[:limit] + f"… ({len(message) - limit} more characters)"
    _assert_bounded(exc)


def test_a_long_message_is_cut_at_the_documented_length() -> None:
    message = "a" * 1500
    body = json.dumps({"error": {"type": "internal", "message": message}}).encode()
    exc = errors.APIError.from_response(_error_response(body, 500))
    assert isinstance(exc, errors.InternalServerError)
    assert exc.message == "a" * errors.MAX_MESSAGE_CHARS + "… (500 more characters)"
    assert str(exc) == f"internal: {exc.message} (HTTP 500)"
    assert json.loads(exc.response.content)["error"]["message"] == message


def test_an_error_page_is_cut_at_the_documented_length() -> None:
    exc = errors.APIError.from_response(_error_response(b"<p>" + b"z" * 3000 + b"</p>", 502))
    assert exc.message == "<p>" + "z" * (errors.MAX_MESSAGE_CHARS - 3) + "… (2007 more characters)"


def test_invalid_request_messages_list_at_most_20_capped_problems() -> None:
    problems = [
        {"loc": ("field", str(n), "k" * 2000), "msg": "bad " * 500, "type": "rule"}
        for n in range(75)
    ]
    exc = errors.InvalidRequestError("get_chat", problems)
    lines = str(exc).split("\n")
    assert lines[0] == "get_chat: 75 invalid arguments"
    listed = lines[1 : 1 + errors.MAX_LISTED_PROBLEMS]
    assert all(line.startswith("  field.") for line in listed)
    assert all(len(line) <= errors.MAX_LINE_CHARS + 40 for line in listed)
    assert all(line.endswith("more characters)") for line in listed)
    assert lines[1 + errors.MAX_LISTED_PROBLEMS :] == ["  … and 55 more problems"]
    assert len(exc.errors) == 75  # all problems stay on .errors


def test_invalid_request_messages_show_lone_surrogates_escaped() -> None:
    exc = errors.InvalidRequestError(
        "update_chat_properties",
        [
            {
                "loc": ("properties", "ns", "\ud800", "[key]"),
                "msg": "bad",
                "type": "string_surrogate",
            }
        ],
    )
    assert "properties.ns.\\ud800.[key]: bad" in str(exc)
    str(exc).encode("utf-8")
    assert exc.errors[0]["loc"][2] == "\ud800"  # the data is kept as it was


def test_response_validation_messages_are_capped() -> None:
    header = "get_chat: the response does not match GetChatResponse (30 problems):"
    message = header + "".join(f"\n  {'x' * 5000}.{n}: Field required" for n in range(30))
    exc = errors.ResponseValidationError(message, response=_error_response(b"{}", 200))
    lines = str(exc).split("\n")
    assert lines[0] == header
    assert len(lines) == 1 + errors.MAX_LISTED_PROBLEMS + 1
    assert all(len(line) <= errors.MAX_LINE_CHARS + 40 for line in lines[1:])
    assert lines[-1] == "  … and 10 more problems"


@pytest.mark.parametrize(
    "make",
    [
        lambda text: errors.APIConnectionError(text),
        lambda text: errors.InvalidResponseError(text, status_code=200),
        lambda text: errors.PaginationError(text, page_id=text),
    ],
)
def test_other_error_messages_are_capped(make: Any) -> None:
    exc = make("p" * 20_000)
    assert str(exc) == "p" * errors.MAX_MESSAGE_CHARS + "… (19000 more characters)"


# --- three "validation" errors that cannot be confused ---------------------------------------


def _validation_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(400, json={"error": {"type": "validation", "message": "Bad chat_id"}})


def test_the_api_validation_error_has_its_own_name() -> None:
    client, _ = _client(_validation_answer)
    with pytest.raises(errors.APIValidationError) as info:
        client.get_chat(chat_id="C1")
    exc = info.value
    assert type(exc) is errors.APIValidationError
    assert exc.error_type == exc.type == "validation"
    assert str(exc) == "validation: Bad chat_id (HTTP 400)"
    assert errors.APIError._registry["validation"] is errors.APIValidationError
    assert "APIValidationError" in errors.__all__
    assert "ValidationError" not in errors.__all__  # a star import does not warn
    assert not isinstance(exc, (pydantic.ValidationError, errors.InvalidRequestError))


def test_the_old_name_is_the_same_class_and_warns_at_the_caller() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from livechat_typed.errors import ValidationError

        attribute = errors.ValidationError
    assert ValidationError is attribute is errors.APIValidationError
    assert [warning.category for warning in caught] == [DeprecationWarning] * 2
    for warning in caught:
        assert warning.filename == __file__  # points at the code to change
        assert "ValidationError is deprecated, use APIValidationError" in str(warning.message)


def test_except_with_the_old_name_still_catches() -> None:
    client, _ = _client(_validation_answer)
    with pytest.warns(DeprecationWarning):
        old = errors.ValidationError
    try:
        client.get_chat(chat_id="C1")
    except old as exc:
        assert type(exc) is errors.APIValidationError
    else:  # pragma: no cover
        pytest.fail("not caught")


def test_unknown_attributes_of_the_errors_module_still_raise() -> None:
    with pytest.raises(AttributeError, match="NoSuchError"):
        errors.NoSuchError  # noqa: B018
    assert not hasattr(errors, "ValidationErrors")


def test_an_invalid_request_is_not_pydantics_validation_error() -> None:
    client, recorder = _client(_validation_answer)
    with pytest.raises(errors.InvalidRequestError) as called:
        client.get_chat(chat_id=5)
    from livechat_typed.models import MessageEvent

    with pytest.raises(errors.InvalidRequestError) as built:
        MessageEvent(text=5)  # type: ignore[arg-type]
    for exc in (called.value, built.value):
        assert isinstance(exc, ValueError)
        assert not isinstance(exc, pydantic.ValidationError)
        assert not isinstance(exc, errors.APIValidationError)
        assert exc.__cause__ is None
        assert pickle.loads(pickle.dumps(exc)).errors == exc.errors
    assert not recorder.requests


def test_a_pickle_made_under_the_old_name_still_loads() -> None:
    exc = errors.APIValidationError("Bad", type="validation", response=_error_response(b"{}", 400))
    data = pickle.dumps(exc, protocol=0)
    assert b"\nAPIValidationError\n" in data
    old = data.replace(b"\nAPIValidationError\n", b"\nValidationError\n")
    with pytest.warns(DeprecationWarning, match="use APIValidationError"):
        copy = pickle.loads(old)
    assert type(copy) is errors.APIValidationError
    assert copy.message == "Bad"
