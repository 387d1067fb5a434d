"""Verification and refusal: secrets, malformed bodies, the size limit.

* the body's ``secret_key`` must equal one of the accepted secrets (several for rotation); a
  wrong, missing or non-string one raises ``WebhookSecretError`` whatever else is wrong with the
  body, and no message, ``repr``, log line or webhook ``repr`` shows either secret;
* anything else that is not a webhook raises ``InvalidWebhookError`` (a ``LiveChatError`` and a
  ``ValueError``) naming the field path; a body over ``max_body_size`` is refused before parsing;
* for any bytes at all, nothing but these errors comes out.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livechat_typed.errors import LiveChatError
from livechat_typed.webhooks import (
    DEFAULT_MAX_BODY_SIZE,
    IncomingEventWebhook,
    InvalidWebhookError,
    ThreadTaggedWebhook,
    WebhookParser,
    WebhookRouter,
    WebhookSecretError,
    WebhookTooLargeError,
    parse_webhook,
)

from .strategies import ACTIONS, SECRET, TEXT, json_values, webhook_body

OTHER = "Zq7-other-SECRET-k3y"
"""A second accepted secret, for rotation."""
WRONG = "Zq7-WRONG-secret-k3y"


def tagged(secret: str = SECRET, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "webhook_id": "8c1d6e3c",
        "secret_key": secret,
        "action": "thread_tagged",
        "organization_id": "390e44e6-f1e6-0368c-z6ddb-74g14508c2ex",
        "payload": {"chat_id": "PJ0MRSHTDG", "thread_id": "K600PKZON8", "tag": "vip"},
        "additional_data": {"chat_presence_user_ids": ["agent@example.com"]},
    }
    body.update(changes)
    return body


def raw(body: Any) -> bytes:
    return json.dumps(body).encode()


def assert_secret_free(text: str) -> None:
    for secret in (SECRET, OTHER, WRONG):
        assert secret not in text


# --- secrets ------------------------------------------------------------------------------------


def test_the_right_secret_gives_the_typed_webhook() -> None:
    webhook = parse_webhook(raw(tagged()), secret_key=SECRET)
    assert isinstance(webhook, ThreadTaggedWebhook)
    assert webhook.payload.tag == "vip"


@pytest.mark.parametrize("accepted", [[SECRET, OTHER], [OTHER, SECRET], (OTHER, SECRET)])
def test_any_of_several_secrets_is_accepted(accepted: Any) -> None:
    assert parse_webhook(raw(tagged()), secret_key=accepted).secret_key == SECRET
    assert parse_webhook(raw(tagged(OTHER)), secret_key=accepted).secret_key == OTHER


@pytest.mark.parametrize(
    "body",
    [
        tagged(WRONG),
        tagged(""),
        tagged(SECRET + " "),
        tagged(SECRET.upper()),
        tagged(1234),
        tagged(None),
        tagged([SECRET]),
        {key: value for key, value in tagged().items() if key != "secret_key"},
    ],
    ids=["wrong", "empty", "suffix", "case", "number", "null", "list", "missing"],
)
def test_a_wrong_or_missing_secret_is_refused(
    body: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(WebhookSecretError) as caught:
        parse_webhook(raw(body), secret_key=[SECRET, OTHER])
    assert isinstance(caught.value, LiveChatError)
    assert_secret_free(str(caught.value) + repr(caught.value) + caplog.text)


@pytest.mark.parametrize(
    "changes",
    [
        {"payload": {"chat_id": 5}},
        {"action": "no_such_action", "payload": 1, "webhook_id": None},
        {"organization_id": None},
        {"action": None},
    ],
)
def test_a_wrong_secret_wins_over_a_malformed_body(changes: dict[str, Any]) -> None:
    """Only a secret holder learns what is wrong with a body."""
    with pytest.raises(WebhookSecretError):
        parse_webhook(raw(tagged(WRONG, **changes)), secret_key=SECRET)


def test_non_ascii_secrets_compare_as_utf8() -> None:
    secret = "zażółć-gęślą-jaźń-🔑"
    assert parse_webhook(raw(tagged(secret)), secret_key=secret).secret_key == secret
    with pytest.raises(WebhookSecretError):
        parse_webhook(raw(tagged(secret[:-1])), secret_key=secret)


@pytest.mark.parametrize("accepted", ["", [], [SECRET, ""], ()])
def test_an_empty_configuration_is_refused(accepted: Any) -> None:
    with pytest.raises(ValueError) as caught:
        WebhookParser(accepted)
    assert_secret_free(str(caught.value))


def test_a_non_string_secret_configuration_is_refused() -> None:
    with pytest.raises(TypeError):
        WebhookParser([SECRET, b"bytes"])  # type: ignore[list-item]


def test_no_repr_shows_a_secret() -> None:
    webhook = parse_webhook(raw(tagged()), secret_key=[SECRET, OTHER])
    texts = [repr(webhook), str(webhook), repr(webhook.payload), repr(webhook.additional_data)]
    texts += [repr(WebhookParser([SECRET, OTHER])), repr(WebhookRouter(secret_key=SECRET))]
    for text in texts:
        assert_secret_free(text)
    assert "secret_key" not in repr(webhook)
    assert webhook.model_dump()["secret_key"] == SECRET  # the data itself is kept, losslessly


@settings(max_examples=30)
@given(secret=TEXT.filter(bool), received=TEXT)
def test_a_secret_matches_only_itself(secret: str, received: str) -> None:
    body = raw(tagged(received))
    if received == secret:
        assert parse_webhook(body, secret_key=secret).secret_key == secret
    else:
        with pytest.raises(WebhookSecretError) as caught:
            parse_webhook(body, secret_key=secret)
        for text in (str(caught.value), repr(caught.value)):
            assert secret not in text or secret in "the webhook's secret_key matches none"


# --- malformed bodies ---------------------------------------------------------------------------


def refused(body: bytes | str, **options: Any) -> InvalidWebhookError:
    with pytest.raises(InvalidWebhookError) as caught:
        parse_webhook(body, secret_key=SECRET, **options)
    error = caught.value
    assert isinstance(error, LiveChatError) and isinstance(error, ValueError)
    assert_secret_free(str(error) + repr(error))
    return error


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "not valid JSON"),
        (b"not json", "not valid JSON"),
        (b'{"webhook_id": "x",', "not valid JSON"),
        (b"\xff\xfe{}", "not valid JSON"),
        (b'{"secret_key": "\xff"}', "not valid JSON"),
        ("\ufeff" + json.dumps(tagged()), "not valid JSON"),
        (b"[]", "not a JSON object"),
        (b'"text"', "not a JSON object"),
        (b"null", "not a JSON object"),
        (b"[" * 5000 + b"]" * 5000, "not valid JSON"),
    ],
    ids=["empty", "text", "cut", "utf16", "bad-utf8", "bom", "array", "string", "null", "deep"],
)
def test_a_body_that_is_not_a_json_object_is_refused(body: bytes | str, message: str) -> None:
    assert message in str(refused(body))


def test_deep_nesting_inside_a_webhook_is_refused() -> None:
    deep = "[" * 1000 + "]" * 1000
    body = json.dumps(tagged()).replace('"vip"', deep)
    error = refused(body)
    assert "recursion limit" in str(error)


def test_a_str_body_with_a_lone_surrogate_is_refused() -> None:
    refused(json.dumps(tagged(), ensure_ascii=False).replace("vip", "v\ud800p"))


def test_a_body_of_another_type_is_refused() -> None:
    refused(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize("member", ["webhook_id", "action", "organization_id", "payload"])
def test_a_missing_envelope_member_is_named(member: str) -> None:
    body = {key: value for key, value in tagged().items() if key != member}
    error = refused(raw(body))
    assert (member,) in [error_["loc"] for error_ in error.errors]
    assert f"\n  {member}: Field required" in str(error)


@pytest.mark.parametrize(
    ("payload", "loc"),
    [
        ({"chat_id": "C", "thread_id": "T"}, ("payload", "tag")),
        ({"chat_id": "C", "thread_id": "T", "tag": 7}, ("payload", "tag")),
        ([], ("payload",)),
        ("vip", ("payload",)),
    ],
)
def test_a_payload_that_does_not_fit_its_action_is_named(
    payload: Any, loc: tuple[str, ...]
) -> None:
    error = refused(raw(tagged(payload=payload)))
    assert error.action == "thread_tagged"
    assert loc in [error_["loc"] for error_ in error.errors]
    assert "thread_tagged" in str(error)


def test_a_nested_problem_is_named_by_its_whole_path() -> None:
    body = {
        "webhook_id": "w",
        "secret_key": SECRET,
        "action": "incoming_event",
        "organization_id": "o",
        "payload": {"chat_id": "C", "thread_id": "T", "event": {"type": "message"}},
    }
    assert isinstance(parse_webhook(raw(body), secret_key=SECRET), IncomingEventWebhook)
    body["payload"]["chat_id"] = ["C"]
    error = refused(raw(body))
    assert [e["loc"] for e in error.errors] == [("payload", "chat_id")]
    assert "payload.chat_id: Input should be a valid string" in str(error)


@pytest.mark.parametrize("action", [1, None, ["incoming_event"]])
def test_an_action_that_is_not_a_string_is_named(action: Any) -> None:
    error = refused(raw(tagged(action=action)))
    assert error.action is None
    assert ("action",) in [e["loc"] for e in error.errors]
    assert str(error).startswith("not a valid webhook body")


def test_a_long_unknown_action_is_cut_in_the_message() -> None:
    action = "x" * 5000
    error = refused(raw({"secret_key": SECRET, "action": action}))
    assert error.action == action
    assert len(str(error).splitlines()[0]) < 120
    assert {e["loc"] for e in error.errors} == {("webhook_id",), ("organization_id",), ("payload",)}


def test_an_envelope_member_of_the_wrong_type_is_named() -> None:
    error = refused(raw(tagged(additional_data=[])))
    assert ("additional_data",) in [e["loc"] for e in error.errors]


# --- size ---------------------------------------------------------------------------------------


def test_the_default_limit_is_one_mebibyte() -> None:
    assert DEFAULT_MAX_BODY_SIZE == 1024 * 1024
    assert WebhookParser(SECRET).max_body_size == DEFAULT_MAX_BODY_SIZE


@pytest.mark.parametrize("kind", [bytes, str, bytearray])
def test_a_body_over_the_limit_is_refused_before_parsing(kind: type) -> None:
    body = raw(tagged(WRONG))  # a wrong secret would be a WebhookSecretError once parsed
    data: Any = body if kind is bytes else body.decode() if kind is str else bytearray(body)
    with pytest.raises(WebhookTooLargeError) as caught:
        parse_webhook(data, secret_key=SECRET, max_body_size=len(body) - 1)
    assert caught.value.size == len(body) and caught.value.limit == len(body) - 1
    assert isinstance(caught.value, InvalidWebhookError)
    with pytest.raises(WebhookSecretError):
        parse_webhook(data, secret_key=SECRET, max_body_size=len(body))


def test_the_limit_counts_bytes_not_characters() -> None:
    body = json.dumps(
        tagged(payload={"chat_id": "ą" * 10, "thread_id": "T", "tag": "t"}), ensure_ascii=False
    )
    size = len(body.encode())
    assert size > len(body)
    with pytest.raises(WebhookTooLargeError):
        parse_webhook(body, secret_key=SECRET, max_body_size=size - 1)
    assert parse_webhook(body, secret_key=SECRET, max_body_size=size)


def test_no_limit_at_all() -> None:
    body = tagged(
        payload={"chat_id": "C" * (2 * DEFAULT_MAX_BODY_SIZE), "thread_id": "T", "tag": "t"}
    )
    with pytest.raises(WebhookTooLargeError):
        parse_webhook(raw(body), secret_key=SECRET)
    assert parse_webhook(raw(body), secret_key=SECRET, max_body_size=None)


@pytest.mark.parametrize("limit", [0, -1, 1.5, True, "10"])
def test_an_unusable_limit_is_refused(limit: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        WebhookParser(SECRET, max_body_size=limit)


# --- whatever the bytes -------------------------------------------------------------------------

EXPECTED = (WebhookSecretError, InvalidWebhookError)


@settings(max_examples=200)
@given(body=st.binary(max_size=200))
def test_any_bytes_give_a_webhook_or_our_error(body: bytes) -> None:
    try:
        parse_webhook(body, secret_key=SECRET)
    except EXPECTED:
        pass


@settings(max_examples=200)
@given(value=json_values(max_leaves=10))
def test_any_json_gives_a_webhook_or_our_error(value: Any) -> None:
    try:
        parse_webhook(raw(value), secret_key=SECRET)
    except EXPECTED:
        pass


@st.composite
def mutated(draw: Any) -> tuple[dict[str, Any], str]:
    """A valid body with one member, anywhere, replaced or deleted (and which of the two)."""
    body = draw(webhook_body(draw(st.sampled_from(ACTIONS)))).body
    path: list[Any] = []
    node: Any = body
    while isinstance(node, (dict, list)) and node and draw(st.booleans()):
        key = draw(st.sampled_from(list(node) if isinstance(node, dict) else range(len(node))))
        if path == [] and key == "secret_key":
            break
        path.append(key)
        node = node[key]
    parent: Any = body
    for key in path[:-1]:
        parent = parent[key]
    how = "none"
    if path:
        how = draw(st.sampled_from(["replace", "delete"]))
        if how == "delete":
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(json_values())
    return body, how


@settings(max_examples=300)
@given(case=mutated())
def test_a_mutated_webhook_parses_or_is_refused_as_invalid(
    case: tuple[dict[str, Any], str],
) -> None:
    body, how = case
    try:
        webhook = parse_webhook(raw(body), secret_key=SECRET)
    except InvalidWebhookError as exc:
        assert exc.errors
        assert_secret_free(str(exc))
    else:
        dumped = webhook.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if how != "replace":
            assert dumped == body
        # A value of another JSON type may have been converted the way every response is parsed
        # (lax: "5" for an integer, a number for a timestamp); the result is a stable webhook.
        assert parse_webhook(raw(dumped), secret_key=SECRET) == webhook


@settings(max_examples=100)
@given(case=mutated())
def test_a_mutated_webhook_with_a_wrong_secret_is_always_a_secret_error(
    case: tuple[dict[str, Any], str],
) -> None:
    body, _ = case
    body["secret_key"] = WRONG
    with pytest.raises(WebhookSecretError):
        parse_webhook(raw(body), secret_key=SECRET)
