"""Differential tests: for every action, our client puts on the wire what the reference SDK does.

Both clients run behind ``Recorder`` mock transports. The oracle is ``lc-sdk-python==0.4.1``
(``AgentWebV36``), fed the same keyword arguments, drawn from the spec by
:mod:`spec_strategies`. Compared: method, URL, JSON bodies (after ``json.loads``, with strict
types: ``true`` is not ``1``, duplicate keys are an error), multipart parts for ``upload_file``,
and every header the reference sends (except ``user-agent``, ours is our own, and
``content-length``, checked against our body instead). The two clients (``Pair``, the ``pair``
fixture) and the comparisons live in ``helpers/wire.py``.
"""

from __future__ import annotations

import copy
import inspect
import io
import json
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from livechat.agent.web.api.v36 import AgentWebV36  # type: ignore[import-untyped]

from livechat_typed import Action, AgentWeb

from .helpers import (
    Pair,
    assert_same_json,
    assert_same_request,
    header_dicts,
    headers_without_boundary,
    load_json,
    multipart_parts,
)
from .spec_strategies import (
    ACTION_NAMES,
    JSON_ACTIONS,
    RAW_SPEC,
    falsy_values,
    json_objects,
    minimal_kwargs,
    params,
    upload_contents,
    upload_filenames,
    valid_kwargs,
)

REFERENCE_HELPERS = {"modify_header", "remove_header", "get_headers"}

_HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
PARITY = settings(max_examples=40, deadline=None, database=None, suppress_health_check=_HEALTH)
FEW = settings(max_examples=6, deadline=None, database=None, suppress_health_check=_HEALTH)
UPLOADS = settings(max_examples=20, deadline=None, database=None, suppress_health_check=_HEALTH)


# --- the action sets agree ------------------------------------------------------------------------


def test_the_36_actions_agree_with_our_client_and_the_reference() -> None:
    ours = {name for name in dir(AgentWeb) if isinstance(getattr(AgentWeb, name), Action)}
    reference = {
        name
        for name, _ in inspect.getmembers(AgentWebV36, inspect.isfunction)
        if not name.startswith("_")
    } - REFERENCE_HELPERS
    assert len(ACTION_NAMES) == 36
    assert set(ACTION_NAMES) == ours == reference
    for name in ACTION_NAMES:
        assert getattr(AgentWeb, name).name == name


@pytest.mark.parametrize("action", ACTION_NAMES)
def test_keyword_names_agree(action: str) -> None:
    spec_names = set(RAW_SPEC["actions"][action]["request"])
    model = getattr(AgentWeb, action).request_model
    model_names = set(model.model_fields) - model.option_names()
    signature = inspect.signature(getattr(AgentWebV36, action))
    reference_names = set(signature.parameters) - {"self", "payload", "headers"}
    assert spec_names == model_names == reference_names


# --- the same request for the same keywords ---------------------------------------------------


@pytest.mark.parametrize("action", ACTION_NAMES)
@PARITY
@given(data=st.data())
def test_same_request_as_the_reference(pair: Pair, action: str, data: st.DataObject) -> None:
    kwargs = data.draw(valid_kwargs(action), label="kwargs")
    if data.draw(st.booleans(), label="with headers"):
        kwargs["headers"] = data.draw(header_dicts(action), label="headers")
    snapshot = copy.deepcopy(kwargs)
    ref = pair.reference(action, **kwargs)
    ours = pair.our(action, **kwargs)
    assert kwargs == snapshot  # neither client changes the caller's arguments
    assert_same_request(ref, ours)


@pytest.mark.parametrize("action", ACTION_NAMES)
@FEW
@given(data=st.data())
def test_per_call_headers_are_merged_and_not_persisted(
    pair: Pair, action: str, data: st.DataObject
) -> None:
    kwargs = data.draw(valid_kwargs(action), label="kwargs")
    extra = data.draw(header_dicts(action), label="headers")
    sent = {}
    for side, call in (("reference", pair.reference), ("ours", pair.our)):
        before = call(action, **kwargs)
        during = call(action, **kwargs, headers=extra)
        after = call(action, **kwargs)
        for name, value in extra.items():
            assert during.headers.get_list(name) == [value], (side, name)
        assert headers_without_boundary(after) == headers_without_boundary(before), side
        sent[side] = during
    assert_same_request(sent["reference"], sent["ours"])


@pytest.mark.parametrize("action", JSON_ACTIONS)
@FEW
@given(data=st.data())
def test_payload_overrides_every_other_argument(
    pair: Pair, action: str, data: st.DataObject
) -> None:
    payload = data.draw(json_objects(), label="payload")
    kwargs = data.draw(valid_kwargs(action) | st.just({}), label="other kwargs")
    ref = pair.reference(action, payload=payload, **kwargs)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ours = pair.our(action, payload=payload, **kwargs)
    expected = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    assert ours.content == ref.content == expected.encode("utf-8")  # verbatim
    assert_same_request(ref, ours)
    ignored = sorted(name for name, value in kwargs.items() if value is not None)
    notes = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    if ignored:
        assert len(notes) == 1 and all(name in notes[0] for name in ignored), notes
    else:
        assert notes == []


@pytest.mark.parametrize("action", JSON_ACTIONS)
def test_top_level_none_is_dropped(pair: Pair, action: str) -> None:
    required = minimal_kwargs(action)
    nones = {name: None for name in params(action) if name not in required}
    kwargs = {**required, **nones, "payload": None, "headers": None}
    ref = pair.reference(action, **kwargs)
    ours = pair.our(action, **kwargs)
    assert_same_request(ref, ours)
    assert_same_json(load_json(ours.content), required)


def _falsy_cases() -> Iterator[Any]:
    for action in JSON_ACTIONS:
        for name, node in params(action).items():
            for value in falsy_values(node):
                yield pytest.param(action, name, value, id=f"{action}-{name}-{value!r}")


@pytest.mark.parametrize(("action", "name", "value"), list(_falsy_cases()))
def test_falsy_values_are_sent(pair: Pair, action: str, name: str, value: Any) -> None:
    kwargs = {**minimal_kwargs(action), name: value}
    ref = pair.reference(action, **copy.deepcopy(kwargs))
    ours = pair.our(action, **kwargs)
    assert_same_request(ref, ours)
    assert_same_json(load_json(ours.content)[name], value)


def test_explicit_nested_null_is_sent(pair: Pair) -> None:
    """``filters.active: null`` is documented ("both active and inactive chats")."""
    ref = pair.reference("list_chats", filters={"active": None})
    ours = pair.our("list_chats", filters={"active": None})
    assert_same_request(ref, ours)
    assert ours.content == b'{"filters":{"active":null}}'


# --- upload_file ----------------------------------------------------------------------------------


@UPLOADS
@given(name=upload_filenames(), content=upload_contents())
def test_upload_file_forms_match_the_reference(
    pair: Pair, tmp_path: Path, name: str, content: bytes
) -> None:
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / name
    path.write_bytes(content)

    def opened() -> Any:
        return path.open("rb")

    with (
        opened() as r1,
        opened() as r2,
        opened() as r3,
        opened() as r4,
        opened() as o1,
        opened() as o2,
    ):
        cases = [
            # (ours: file=..., reference: file=...)
            (content, {"file": content}),
            (path, {"file": r1}),
            (str(path), {"file": r2}),
            (o1, {"file": r3}),
            ({"file": o2}, {"file": r4}),
            ((name, content), {"file": (name, content)}),
            ({"file": (name, content)}, {"file": (name, content)}),
            ({"file": (name, content, "text/x-a")}, {"file": (name, content, "text/x-a")}),
            (io.BytesIO(content), {"file": io.BytesIO(content)}),
        ]
        for ours_file, ref_file in cases:
            ref = pair.reference("upload_file", file=ref_file)
            ours = pair.our("upload_file", file=ours_file)
            assert_same_request(ref, ours)
            [part] = multipart_parts(ours)
            assert part["name"] == "file"
            assert part["content"] == content


def test_upload_empty_filename_differs_only_in_the_filename(pair: Pair) -> None:
    """For ``("", content)`` httpx omits the filename; we send ``upload`` (deliberate).

    The spec asks for one multipart part named ``file``; both bodies have it, with the same
    content, so the strategies never draw empty filenames (spec_strategies, adjustment 4).
    """
    ref = pair.reference("upload_file", file={"file": ("", b"abc")})
    ours = pair.our("upload_file", file={"file": ("", b"abc")})
    [ref_part], [our_part] = multipart_parts(ref), multipart_parts(ours)
    assert (our_part["name"], our_part["content"]) == (ref_part["name"], ref_part["content"])
    assert (ref_part["filename"], ref_part["content_type"]) == (None, None)
    assert (our_part["filename"], our_part["content_type"]) == (
        "upload",
        "application/octet-stream",
    )


def test_upload_mapping_with_text_content_is_content(
    pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In an httpx files mapping a ``str`` in the tuple is the content (the reference's form).

    It must not be read as a *path* (that would upload a local file named like the text).
    """
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hello").write_bytes(b"contents of a local file that must not be uploaded")
    files = {"file": ("notes.txt", "hello")}
    ref = pair.reference("upload_file", file=files)
    ours = pair.our("upload_file", file=files)
    assert multipart_parts(ref)[0]["content"] == b"hello"
    assert_same_request(ref, ours)


# --- places where our models refuse what the spec and the reference accept (reported bugs) ----


def test_custom_event_content_may_hold_null(pair: Pair) -> None:
    """A custom event's ``content`` is a "free-form JSON object you define" (spec), nulls included.

    The reference sends a ``null`` member; so do we.
    """
    kwargs = {"chat_id": "C1", "event": {"type": "custom", "content": {"done": None, "n": 1}}}
    ref = pair.reference("send_event", **kwargs)
    ours = pair.our("send_event", **kwargs)
    assert_same_request(ref, ours)


@pytest.mark.parametrize(
    ("action", "kwargs"),
    [
        pytest.param(
            "start_chat",
            {"chat": {"users": ({"id": "a@b.c", "type": "agent"},)}},
            id="Sequence-field",
        ),
        pytest.param("create_customer", {"session_fields": ({"plan": "pro"},)}, id="SessionFields"),
        pytest.param(
            "multicast",
            {"recipients": {"customers": {"ids": ["c"]}}, "content": ("a", 1)},
            id="JsonInput-multicast-content",
        ),
        pytest.param(
            "update_chat_properties",
            {"id": "C1", "properties": {"ns": {"p": ("a", "b")}}},
            id="JsonInput-property-value",
        ),
        pytest.param(
            "send_event",
            {"chat_id": "C1", "event": {"type": "custom", "content": {"k": (1, 2)}}},
            id="JsonInput-custom-content",
        ),
    ],
)
def test_tuples_where_the_model_declares_a_sequence(
    pair: Pair, action: str, kwargs: dict[str, Any]
) -> None:
    """Where a request type says ``Sequence`` a tuple is fine, and goes out as a JSON array.

    ``JsonInput`` is typed ``Sequence[Any]`` and validated as pydantic's ``JsonValue``, which
    refuses tuples on its own: tuples are turned into lists first.
    """
    ref = pair.reference(action, **kwargs)
    ours = pair.our(action, **kwargs)
    assert_same_request(ref, ours)
