"""Bad input never leaves the machine: every action refuses invalid arguments before any I/O.

For each of the 36 actions and each kind of mistake, hypothesis draws a valid input from the
spec (:mod:`spec_strategies`, often with every optional member present) and breaks it in one
place: a wrong type, a value outside an enum, outside a documented range, in a wrong format, a
missing required member, a misspelled keyword or an unknown nested key (the mutators of
``helpers/mutations.py``). The call must raise ``InvalidRequestError`` (a ``ValueError``) whose
``errors`` hold the rule at the field path, whose message names the path (``event.message.text``,
``filters.thread_ids``), and nothing may reach the transport. The access token never shows up in
an error.
"""

from __future__ import annotations

import copy
import io
import math
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from livechat_typed import AgentWeb, InvalidRequestError
from livechat_typed.errors import FileTooLargeError

from .helpers import (
    MUTATORS,
    TOKEN,
    Mutation,
    Recorder,
    assert_no_token,
    assert_refused,
    cases,
    dotted_loc,
)
from .spec_strategies import ACTION_NAMES, minimal_kwargs, valid_kwargs

MAX_UPLOAD = 10 * 1024 * 1024
_HEALTH = [
    HealthCheck.function_scoped_fixture,
    HealthCheck.too_slow,
    HealthCheck.filter_too_much,
    HealthCheck.data_too_large,
]
MUTATIONS = settings(max_examples=12, deadline=None, database=None, suppress_health_check=_HEALTH)


@pytest.mark.parametrize(("action", "kind"), list(cases()))
@MUTATIONS
@given(data=st.data())
def test_invalid_input_is_refused_before_any_io(
    client: AgentWeb, recorder: Recorder, action: str, kind: str, data: st.DataObject
) -> None:
    mutation = None
    for _ in range(4):  # a draw may lack the place this kind of mistake needs
        full = data.draw(st.booleans(), label="every optional member")
        kwargs = copy.deepcopy(data.draw(valid_kwargs(action, full=full), label="valid kwargs"))
        mutation = MUTATORS[kind](data.draw, action, kwargs)
        if mutation is not None:
            break
    assume(mutation is not None)
    assert mutation is not None
    assert_refused(client, recorder, action, mutation)


# --- positional arguments, the headers option, the upload limit, the token ------------------


@pytest.mark.parametrize("action", ACTION_NAMES)
def test_positional_arguments_raise_type_error(
    client: AgentWeb, recorder: Recorder, action: str
) -> None:
    bound = getattr(client, action)
    for call in (getattr(client.raw, action), bound, getattr(client.build, action)):
        with pytest.raises(TypeError, match="keyword arguments only"):
            call("positional")
        with pytest.raises(TypeError) as info:
            call(TOKEN, **minimal_kwargs(action))
        assert_no_token(info.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("headers", "loc", "rule"),
    [
        (5, ("headers",), "dict_type"),
        ({"Authorization": 5}, ("headers", "Authorization"), "string_type"),
        ({"X-Token": [TOKEN]}, ("headers", "X-Token"), "string_type"),
        ([("X-Token", TOKEN)], ("headers",), "dict_type"),
    ],
)
def test_bad_per_call_headers_are_refused(
    client: AgentWeb, recorder: Recorder, headers: Any, loc: tuple[str, ...], rule: str
) -> None:
    kwargs = {**minimal_kwargs("get_chat"), "headers": headers}
    assert_refused(client, recorder, "get_chat", Mutation(kwargs, loc, frozenset({rule})))


@pytest.mark.parametrize(
    "payload",
    [{"t": {TOKEN}}, {TOKEN: math.nan}, {"t": [TOKEN, object()]}],
    ids=["set", "nan", "object"],
)
def test_payload_that_is_not_json_is_refused(
    client: AgentWeb, recorder: Recorder, payload: Any
) -> None:
    mutation = Mutation({"payload": payload}, ("payload",), frozenset({"json_type"}), exact=True)
    # The payload check is not pydantic's: its message carries no "[rule: ...]" suffix.
    error = assert_refused(client, recorder, "list_chats", mutation, rule_in_message=False)
    assert "JSON" in str(error)


class _Unseekable(io.RawIOBase):
    """A binary stream that cannot tell its size in advance (a pipe, a socket)."""

    def __init__(self, size: int) -> None:
        self.remaining = size
        self.name = "stream.bin"

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        count = min(len(buffer), self.remaining)
        buffer[:count] = b"\0" * count
        self.remaining -= count
        return count


@pytest.fixture(scope="module")
def too_large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("upload") / "too-large.bin"
    with path.open("wb") as fh:
        fh.truncate(MAX_UPLOAD + 1)
    return path


@pytest.mark.parametrize(
    "form", ["bytes", "path", "str path", "file object", "unseekable", "tuple", "mapping"]
)
def test_upload_over_10_mb_is_refused_without_a_request(
    client: AgentWeb, recorder: Recorder, too_large: Path, form: str
) -> None:
    content = b"\0" * (MAX_UPLOAD + 1)
    with too_large.open("rb") as fh:
        file: Any = {
            "bytes": content,
            "path": too_large,
            "str path": str(too_large),
            "file object": fh,
            "unseekable": _Unseekable(MAX_UPLOAD + 1),
            "tuple": ("big.bin", content),
            "mapping": {"file": ("big.bin", content)},
        }[form]
        for call in (client.raw.upload_file, client.upload_file, client.build.upload_file):
            if form == "unseekable":
                file = _Unseekable(MAX_UPLOAD + 1)
            with pytest.raises(FileTooLargeError) as info:
                call(file=file)
            error = info.value
            assert isinstance(error, InvalidRequestError) and isinstance(error, ValueError)
            assert [e["type"] for e in error.errors] == ["file_too_large"]
            assert [tuple(e["loc"]) for e in error.errors] == [("file",)]
            assert str(MAX_UPLOAD) in str(error)
            assert_no_token(error)
    assert recorder.requests == []


def test_upload_of_exactly_10_mb_is_accepted(client: AgentWeb) -> None:
    request = client.build.upload_file(file=("limit.bin", b"\0" * MAX_UPLOAD))
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert len(request.content) > MAX_UPLOAD


def test_the_token_is_not_in_client_reprs_or_errors(client: AgentWeb) -> None:
    assert TOKEN not in repr(client) and TOKEN not in str(client)
    with pytest.raises(InvalidRequestError) as info:
        client.send_event(  # type: ignore[call-overload]
            chat_id=[TOKEN], event={"type": "message", "text": {TOKEN: TOKEN}}
        )
    assert_no_token(info.value)
    assert [tuple(e["loc"]) for e in info.value.errors] == [
        ("chat_id",),
        ("event", "message", "text"),
    ]


def test_refused_calls_never_touch_a_transport_that_fails_on_use() -> None:
    """With a transport that fails on use, bad input still raises the validation error."""

    def explode(request: httpx.Request) -> httpx.Response:
        raise AssertionError("a request was sent")

    with AgentWeb(f"Bearer {TOKEN}", transport=httpx.MockTransport(explode)) as web:
        with pytest.raises(InvalidRequestError):
            web.list_chats(limit=0)
        with pytest.raises(InvalidRequestError):
            web.list_archives(filters={"thread_ids": ["t"] * 21})


@pytest.mark.parametrize(
    ("event", "loc"),
    [
        ({"type": "message", "text": "x", "urll": "u"}, "event.message.urll"),
        ({"type": "message", "text": "x", "template": "cards"}, "event.message.template"),
        ({"type": "file", "url": "u", "form": "f"}, "event.file.form"),
        (
            {
                "type": "form",
                "form_id": "f",
                "fields": [{"type": "radio", "id": "i", "label": "l", "answer": {}}],
            },
            "event.form.fields.0.radio.answer",
        ),
    ],
    ids=["message-urll", "message-template", "file-form", "form-field-answer"],
)
def test_unknown_key_hints_come_from_the_variant_in_use(
    client: AgentWeb, recorder: Recorder, event: dict[str, Any], loc: str
) -> None:
    """A hint may only name a member of the object the key is in, not of a sibling variant.

    Hints come from the variant the ``type`` tag selects: a message event never hears of ``url``
    (a file event member), a radio field never of a filled-form member.
    """
    with pytest.raises(InvalidRequestError) as info:
        client.raw.send_event(chat_id="C1", event=event)
    [error] = info.value.errors
    assert dotted_loc(tuple(error["loc"])) == loc
    assert error["type"] == "extra_forbidden"
    assert "did you mean" not in error["msg"], error["msg"]
    assert recorder.requests == []
