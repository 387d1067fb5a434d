"""Differential tests: for every action, our client puts on the wire what the reference SDK does.

Both clients run behind ``Recorder`` mock transports. The oracle is ``lc-sdk-python==0.4.1``
(``AgentWebV36``), fed the same keyword arguments, drawn from the spec by
:mod:`spec_strategies`. Compared: method, URL, JSON bodies (after ``json.loads``, with strict
types: ``true`` is not ``1``, duplicate keys are an error), multipart parts for ``upload_file``,
and every header the reference sends (except ``user-agent``, ours is our own, and
``content-length``, checked against our body instead).
"""

from __future__ import annotations

import copy
import email
import email.message
import inspect
import io
import json
import math
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from livechat.agent.web.api.v36 import AgentWebV36  # type: ignore[import-untyped]

from livechat_typed import Action, AgentWeb

from .helpers import TOKEN, Recorder
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
BASE_URL = "api.livechatinc.com"

_HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
PARITY = settings(max_examples=40, deadline=None, database=None, suppress_health_check=_HEALTH)
FEW = settings(max_examples=6, deadline=None, database=None, suppress_health_check=_HEALTH)
UPLOADS = settings(max_examples=20, deadline=None, database=None, suppress_health_check=_HEALTH)


# --- the two clients ----------------------------------------------------------------------------


class Pair:
    """The reference SDK and our client, each behind its own recording mock transport."""

    def __init__(self) -> None:
        self.ref_recorder = Recorder()
        self.our_recorder = Recorder()
        # verify=False only makes the constructor cheap: its session is replaced right away.
        self.ref = AgentWebV36(
            f"Bearer {TOKEN}", BASE_URL, False, disable_logging=True, verify=False
        )
        original = self.ref.session
        self.ref.session = httpx.Client(
            transport=self.ref_recorder.transport, headers=original.headers
        )
        original.close()
        self.ours = AgentWeb(f"Bearer {TOKEN}", transport=self.our_recorder.transport)

    def reference(self, action: str, **kwargs: Any) -> httpx.Request:
        count = len(self.ref_recorder.requests)
        response = getattr(self.ref, action)(**kwargs)
        assert response.status_code == 200
        assert len(self.ref_recorder.requests) == count + 1
        return self.ref_recorder.last

    def our(self, action: str, **kwargs: Any) -> httpx.Request:
        count = len(self.our_recorder.requests)
        response = getattr(self.ours, action).raw(**kwargs)
        assert isinstance(response, httpx.Response)
        assert response.status_code == 200
        assert len(self.our_recorder.requests) == count + 1
        return self.our_recorder.last

    def close(self) -> None:
        self.ref.session.close()
        self.ours.close()


@pytest.fixture
def pair() -> Iterator[Pair]:
    clients = Pair()
    yield clients
    clients.close()


# --- comparisons --------------------------------------------------------------------------------


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys)), f"duplicate JSON keys: {keys}"
    return dict(pairs)


def load_json(content: bytes) -> Any:
    return json.loads(content, object_pairs_hook=_no_duplicate_keys)


def assert_same_json(ours: Any, ref: Any, path: str = "$") -> None:
    """Equal JSON values with equal types: ``True`` != ``1`` != ``1.0``, ``-0.0`` != ``0.0``."""
    assert type(ours) is type(ref), f"{path}: {ours!r} (ours) vs {ref!r} (reference)"
    if isinstance(ref, dict):
        assert ours.keys() == ref.keys(), f"{path}: keys {sorted(ours)} vs {sorted(ref)}"
        for key in ref:
            assert_same_json(ours[key], ref[key], f"{path}.{key}")
    elif isinstance(ref, list):
        assert len(ours) == len(ref), f"{path}: {len(ours)} items vs {len(ref)}"
        for index, (mine, theirs) in enumerate(zip(ours, ref, strict=True)):
            assert_same_json(mine, theirs, f"{path}[{index}]")
    elif isinstance(ref, float):
        assert ours == ref and math.copysign(1, ours) == math.copysign(1, ref), path
    else:
        assert ours == ref, f"{path}: {ours!r} (ours) vs {ref!r} (reference)"


def _boundary(request: httpx.Request) -> str:
    message = email.message.Message()
    message["content-type"] = request.headers["content-type"]
    boundary = message.get_param("boundary")
    assert isinstance(boundary, str) and boundary
    return boundary


def multipart_parts(request: httpx.Request) -> list[dict[str, Any]]:
    """The parts of a multipart/form-data body: name, filename, content type, content."""
    delimiter = b"--" + _boundary(request).encode("ascii")
    body = request.content
    closing = delimiter + b"--\r\n"
    assert body.endswith(closing), body[-80:]
    chunks = body[: -len(closing)].split(delimiter)
    assert chunks[0] == b""
    parts = []
    for chunk in chunks[1:]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, separator, content = chunk[2:-2].partition(b"\r\n\r\n")
        assert separator
        headers = email.message_from_string(head.decode("utf-8") + "\r\n\r\n")
        parts.append(
            {
                "name": headers.get_param("name", header="content-disposition"),
                "filename": headers.get_param("filename", header="content-disposition"),
                "content_type": headers.get("content-type"),
                "content": content,
                "raw_headers": head,
            }
        )
    return parts


def _is_multipart(request: httpx.Request) -> bool:
    return bool(request.headers.get("content-type", "").startswith("multipart/form-data"))


def assert_same_headers(ref: httpx.Request, ours: httpx.Request) -> None:
    for name in sorted({key for key, _ in ref.headers.multi_items()}):
        if name in ("user-agent", "content-length"):
            continue
        if name == "content-type" and _is_multipart(ref):
            assert _is_multipart(ours), ours.headers.get("content-type")
            continue  # the boundaries differ; each matches its own body (multipart_parts)
        assert ours.headers.get_list(name) == ref.headers.get_list(name), name
    assert ours.headers["content-length"] == str(len(ours.content))
    assert ours.headers["user-agent"].startswith("livechat-typed/")


def assert_same_request(ref: httpx.Request, ours: httpx.Request) -> None:
    assert ours.method == ref.method == "POST"
    assert str(ours.url) == str(ref.url)
    if _is_multipart(ref):
        assert multipart_parts(ours) == multipart_parts(ref)
    else:
        assert_same_json(load_json(ours.content), load_json(ref.content))
    assert_same_headers(ref, ours)


def _headers_without_boundary(request: httpx.Request) -> list[tuple[str, str]]:
    items = []
    for key, value in request.headers.multi_items():
        if key == "content-type" and value.startswith("multipart/"):
            value = value.split(";")[0]
        items.append((key, value))
    return items


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

_HEADER_NAMES = st.sampled_from(
    ["X-Region", "X-API-Version", "Accept", "Authorization", "X-Request-Id", "Content-Type"]
) | st.from_regex(r"X-[A-Za-z0-9-]{1,12}", fullmatch=True)
_HEADER_VALUES = st.from_regex(r"[!-~]([ !-~]{0,20}[!-~])?", fullmatch=True)


def header_dicts(action: str) -> st.SearchStrategy[dict[str, str]]:
    """Per-call headers; ``upload_file`` keeps its multipart Content-Type."""
    names = _HEADER_NAMES
    if action == "upload_file":
        names = names.filter(lambda name: name.lower() != "content-type")
    return st.lists(
        st.tuples(names, _HEADER_VALUES), min_size=1, max_size=3, unique_by=lambda t: t[0].lower()
    ).map(dict)


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
        assert _headers_without_boundary(after) == _headers_without_boundary(before), side
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
