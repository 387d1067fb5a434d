"""Bad input never leaves the machine: every action refuses invalid arguments before any I/O.

For each of the 36 actions and each kind of mistake, hypothesis draws a valid input from the
spec (:mod:`spec_strategies`, often with every optional member present) and breaks it in one
place: a wrong type, a value outside an enum, outside a documented range, in a wrong format, a
missing required member, a misspelled keyword or an unknown nested key. The call must raise
``InvalidRequestError`` (a ``ValueError``) whose ``errors`` hold the rule at the field path, whose
message names the path (``event.message.text``, ``filters.thread_ids``), and nothing may reach
the transport. The access token never shows up in an error.
"""

from __future__ import annotations

import copy
import difflib
import io
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from livechat_typed import AgentWeb, InvalidRequestError
from livechat_typed.errors import FileTooLargeError

from .helpers import TOKEN, Recorder, one_line
from .spec_strategies import (
    ACTION_NAMES,
    TEXT,
    Site,
    is_record,
    iter_schema,
    minimal_kwargs,
    minimal_value,
    params,
    resolve,
    valid_kwargs,
    walk,
)

MAX_UPLOAD = 10 * 1024 * 1024
_HEALTH = [
    HealthCheck.function_scoped_fixture,
    HealthCheck.too_slow,
    HealthCheck.filter_too_much,
    HealthCheck.data_too_large,
]
MUTATIONS = settings(max_examples=12, deadline=None, database=None, suppress_health_check=_HEALTH)


@dataclass
class Mutation:
    """Broken keyword arguments and the error they must produce."""

    kwargs: dict[str, Any]
    loc: tuple[Any, ...]
    """Where the error is: an error's ``loc`` must start with it (or equal it if ``exact``)."""
    types: frozenset[str]
    """The acceptable pydantic error types (the rule) at ``loc``."""
    hint: str | None = None
    """For unknown keys: the real name the message must suggest."""
    exact: bool = False


def _loc(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(request)"


# --- what is wrong for each kind of node ------------------------------------------------------

_OBJECT_ERRORS = {"record": "model_type", "union": "model_attributes_type", "map": "dict_type"}


def _shape(node: dict[str, Any]) -> str:
    if node["type"] == "object":
        return "record" if is_record(node) else "map"  # maps and free-form objects are dicts
    return str(node["type"])


def wrong_values(site: Site) -> tuple[list[Any], frozenset[str]]:
    """Values of a wrong type for a site (some carrying the token), and the expected rules."""
    node = site.node
    shape = _shape(node)
    if shape == "string":
        values: list[Any] = [5, 1.5, True, [TOKEN], {"k": TOKEN}, TOKEN.encode()]
        if "enum" in node:
            types = {"literal_error"}
        elif node.get("format") == "date-time":
            types = {"string_type", "datetime_type"}  # a str | datetime union
        else:
            types = {"string_type"}
    elif shape == "integer":
        values, types = ["5", 1.5, True, False, [1], TOKEN], {"int_type"}
    elif shape == "boolean":
        values, types = [1, 0, "true", TOKEN, [True]], {"bool_type"}
    elif shape == "array":  # list[...] fields, or Sequence[...] ones (which refuse str apart)
        values, types = [TOKEN, 5, {"k": TOKEN}], {"list_type", "sequence_str", "is_instance_of"}
    elif shape in _OBJECT_ERRORS:
        values, types = [TOKEN, 5, [TOKEN]], {_OBJECT_ERRORS[shape]}
    elif shape == "one_of" and node["choices"][0]["type"] == "array":  # list[str] | list[int]
        values = [TOKEN, 5, {"k": TOKEN}, [1.5], [None], [[TOKEN]], ["a", 1]]
        types = {"list_type", "string_type", "int_type", "bool_type"}
    elif shape == "one_of":  # str | int
        values, types = [1.5, True, [TOKEN], {"k": TOKEN}], {"string_type", "int_type"}
    elif shape == "any":  # any JSON value: only non-JSON values are wrong
        values = [{1, 2}, object(), math.nan, -math.inf]
        types = {"invalid-json-value", "finite_number"}
    elif shape == "file":
        values, types = [5, 1.5, True, [TOKEN], io.StringIO(TOKEN)], {"file_type"}
    else:
        raise AssertionError(shape)
    if site.required and not node.get("nullable") and shape != "any":
        values.append(None)
    return values, frozenset(types)


def _bad_enum_values(enum: list[str], token: bool) -> list[str]:
    values = [*(v.upper() for v in enum), *(v + " " for v in enum), "", "unknown"]
    if token:
        values.append(TOKEN)
    return [v for v in values if v not in enum]


_BAD_DATE_TIMES = [
    "2024-07-15",
    "2024-07-15T09:04:57",
    "2024-07-15 09:04",
    "2024-07-15T09:04:57.881200+0200",
    "2024-07-15T09:04:57.1234567890Z",
    "15/07/2024 09:04:57Z",
    "yesterday",
    "",
]
_BAD_UUIDS = ["not-a-uuid", "123e4567e89b42d3a456426614174000", "", "{123e4567-e89b-42d3-a456}"]


def _bad_files() -> list[tuple[Any, str]]:
    return [
        ("/nonexistent-dir/no-such-file.bin", "file_path"),
        ({"files": b"x"}, "file_mapping"),
        ({"file": b"x", "other": b"y"}, "file_mapping"),
        (("a",), "file_tuple"),
        ((1, b"x"), "file_tuple"),
        (io.StringIO("text"), "file_type"),
    ]


# --- mutations --------------------------------------------------------------------------------

Draw = Callable[..., Any]


def _replace(kwargs: dict[str, Any], site: Site, value: Any) -> None:
    site.parent[site.key] = value


def mutate_wrong_type(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    sites = [s for s in walk(action, kwargs) if s.loc and not s.alias and s.union_loc is None]
    if not sites:
        return None
    site = draw(st.sampled_from(sites), label="site")
    values, types = wrong_values(site)
    _replace(kwargs, site, draw(st.sampled_from(values), label="wrong value"))
    return Mutation(kwargs, site.loc, types)


def mutate_enum(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    sites = [s for s in walk(action, kwargs) if "enum" in s.node and s.value is not None]
    if not sites:
        return None
    site = draw(st.sampled_from(sites), label="site")
    if site.union_loc is not None:  # a discriminator: the union refuses the tag
        bad = _bad_enum_values(list(site.union_tags), token=False)
        _replace(kwargs, site, draw(st.sampled_from(bad), label="tag"))
        return Mutation(kwargs, site.union_loc, frozenset({"union_tag_invalid"}), exact=True)
    bad = _bad_enum_values(site.node["enum"], token=True)
    _replace(kwargs, site, draw(st.sampled_from(bad), label="value"))
    return Mutation(kwargs, site.loc, frozenset({"literal_error"}), exact=True)


def mutate_range(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    options: list[tuple[Site, Any, str]] = []
    for site in walk(action, kwargs):
        node = site.node
        if site.alias or site.union_loc is not None:
            continue
        if node["type"] == "integer":
            if "min" in node:
                options += [(site, node["min"] - 1, "greater_than_equal")]
                options += [(site, node["min"] - 10**6, "greater_than_equal")]
            if "max" in node:
                options += [(site, node["max"] + 1, "less_than_equal")]
                options += [(site, node["max"] + 10**20, "less_than_equal")]
        if node["type"] == "array" and "max_items" in node and isinstance(site.value, list):
            item = site.value[0] if site.value else minimal_value(node["items"])
            options.append((site, [copy.deepcopy(item)] * (node["max_items"] + 1), "too_long"))
        if node.get("min_items") and site.value is not None:
            options.append((site, [], "too_short"))
    if not options:
        return None
    site, value, rule = draw(st.sampled_from(options), label="out of range")
    _replace(kwargs, site, value)
    return Mutation(kwargs, site.loc, frozenset({rule}), exact=True)


def mutate_format(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    options: list[tuple[Site | None, Any, tuple[Any, ...], str]] = []
    for site in walk(action, kwargs):
        node = site.node
        if site.alias or site.union_loc is not None or site.value is None:
            continue
        if node.get("format") == "date-time":
            options += [(site, bad, site.loc, "value_error") for bad in _BAD_DATE_TIMES]
        elif node.get("format") == "uuid":
            options += [(site, bad, site.loc, "string_pattern_mismatch") for bad in _BAD_UUIDS]
        elif node.get("not_null"):
            options.append((site, None, site.loc, "value_error"))
        elif node["type"] == "file":
            options += [(site, bad, site.loc, rule) for bad, rule in _bad_files()]
        elif node["type"] == "array" and resolve(node["items"]).get("exact_keys"):
            for item in ({}, {"a": "1", "b": "2"}):
                options.append((site, [*site.value, item], site.loc, "session_field"))
    if action == "update_customer":  # nothing to update besides the id
        options.append((None, None, (), "nothing_to_update"))
    if not options:
        return None
    site, value, loc, rule = draw(st.sampled_from(options), label="bad format")
    if site is None:
        for name in ("name", "email", "avatar", "session_fields"):
            kwargs.pop(name, None)
    else:
        _replace(kwargs, site, value)
    return Mutation(kwargs, loc, frozenset({rule}), exact=True)


def mutate_missing(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    options: list[tuple[Site, str]] = []
    for site in walk(action, kwargs):
        if not is_record(site.node) or not isinstance(site.value, dict):
            continue
        for name, child in site.node["properties"].items():
            if name in site.value and child.get("required"):
                options.append((site, name))
    if not options:
        return None
    site, name = draw(st.sampled_from(options), label="missing member")
    del site.value[name]
    if site.alias and name == "type":  # the discriminator: the union cannot pick a variant
        return Mutation(kwargs, site.loc[:-1], frozenset({"union_tag_not_found"}), exact=True)
    return Mutation(kwargs, (*site.loc, name), frozenset({"missing"}), exact=True)


def _misspellings(name: str) -> st.SearchStrategy[str]:
    letters = st.sampled_from("abcdefghijklmnopqrstuvwxyz_")
    position = st.integers(0, len(name))
    return st.one_of(
        position.map(lambda i: name[:i] + name[i + 1 :]),  # a letter dropped
        st.tuples(position, letters).map(lambda t: name[: t[0]] + t[1] + name[t[0] :]),
        st.tuples(position, letters).map(lambda t: name[: t[0]] + t[1] + name[t[0] + 1 :]),
        position.map(lambda i: name[:i] + name[i + 1 : i + 2] + name[i : i + 1] + name[i + 2 :]),
        position.map(lambda i: name[:i] + name[i : i + 1].upper() + name[i + 1 :]),
    )


def _misspelling(draw: Draw, real: str, names: set[str]) -> str:
    """A misspelling of ``real`` that is no valid name and is closest to ``real``."""
    known = (
        names
        | {f"{n}_" for n in names if n == "from"}
        | {"payload", "headers", "timeout", "max_retries", "max_items"}
    )
    wrong = draw(_misspellings(real), label="misspelling")
    assume(wrong not in known and wrong.rstrip("_") not in names)
    assume(difflib.get_close_matches(wrong, sorted(known), n=1, cutoff=0.6) == [real])
    return wrong  # type: ignore[no-any-return]


def mutate_unknown_keyword(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation:
    names = set(params(action))
    real = draw(st.sampled_from(sorted(names)), label="real name")
    wrong = _misspelling(draw, real, names)
    kwargs[wrong] = kwargs[real] if kwargs.get(real) is not None else draw(TEXT)
    return Mutation(kwargs, (wrong,), frozenset({"extra_forbidden"}), hint=real, exact=True)


def mutate_unknown_key(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    sites = [
        s
        for s in walk(action, kwargs)
        if s.loc
        and is_record(s.node)
        and isinstance(s.value, dict)
        and ("_tag" not in s.node or s.alias)
    ]
    if not sites:
        return None
    site = draw(st.sampled_from(sites), label="object")
    names = set(site.node["properties"])
    real = draw(st.sampled_from(sorted(names)), label="real key")
    wrong = _misspelling(draw, real, names)
    site.value[wrong] = site.value.get(real, "x")
    return Mutation(
        kwargs, (*site.loc, wrong), frozenset({"extra_forbidden"}), hint=real, exact=True
    )


MUTATORS: dict[str, Callable[[Draw, str, dict[str, Any]], Mutation | None]] = {
    "wrong_type": mutate_wrong_type,
    "enum": mutate_enum,
    "range": mutate_range,
    "format": mutate_format,
    "missing": mutate_missing,
    "unknown_keyword": mutate_unknown_keyword,
    "unknown_key": mutate_unknown_key,
}


def _applicable(action: str, kind: str) -> bool:
    """Whether the action's spec has a place for this kind of mistake at all."""
    nodes = list(iter_schema(action))
    records = [n for n in nodes if is_record(n)]
    if kind == "enum":
        return any("enum" in n for n in nodes)
    if kind == "range":
        return any(k in n for n in nodes for k in ("min", "max", "max_items", "min_items"))
    if kind == "format":
        return action == "update_customer" or any(
            n.get("format") in ("date-time", "uuid")
            or n.get("not_null")
            or n["type"] == "file"
            or (n["type"] == "array" and resolve(n["items"]).get("exact_keys"))
            for n in nodes
        )
    if kind == "missing":
        return any(
            p.get("required") or "_tag" in r for r in records for p in r["properties"].values()
        )
    if kind == "unknown_key":
        return len(records) > 1
    return True


def _cases() -> Iterator[Any]:
    for action in ACTION_NAMES:
        for kind in MUTATORS:
            if _applicable(action, kind):
                yield pytest.param(action, kind, id=f"{action}-{kind}")


# --- checks -------------------------------------------------------------------------------------


def assert_refused(
    client: AgentWeb,
    recorder: Recorder,
    action: str,
    mutation: Mutation,
    *,
    rule_in_message: bool = True,
) -> InvalidRequestError:
    bound = getattr(client, action)
    error: InvalidRequestError | None = None
    for call in (bound.raw, bound, bound.build):
        with pytest.raises(InvalidRequestError) as info:
            call(**mutation.kwargs)
        error = info.value
        message = str(error)
        assert isinstance(error, ValueError)
        assert error.action == action
        assert error.__cause__ is None  # no pydantic.ValidationError chained in
        size = len(mutation.loc)
        matching = [
            e
            for e in error.errors
            if (
                tuple(e["loc"]) == mutation.loc
                if mutation.exact
                else tuple(e["loc"])[:size] == mutation.loc
            )
            and e["type"] in mutation.types
        ]
        assert matching, (mutation.loc, sorted(mutation.types), error.errors)
        for e in matching:
            assert one_line(f"{_loc(tuple(e['loc']))}: {e['msg']}") in message
            if rule_in_message and e["type"] not in ("missing", "extra_forbidden"):
                assert f"[rule: {e['type']}]" in e["msg"]
        assert one_line(_loc(mutation.loc)) in message
        if mutation.hint is not None:
            assert f"did you mean `{mutation.hint}`" in message
        assert_no_token(error)
    assert recorder.requests == []
    assert error is not None
    return error


def assert_no_token(error: BaseException) -> None:
    for text in (str(error), repr(error), repr(getattr(error, "errors", ""))):
        assert TOKEN not in text


@pytest.mark.parametrize(("action", "kind"), list(_cases()))
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
    for call in (bound.raw, bound, bound.build):
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
        for call in (client.upload_file.raw, client.upload_file, client.upload_file.build):
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
    request = client.upload_file.build(file=("limit.bin", b"\0" * MAX_UPLOAD))
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
        client.send_event.raw(chat_id="C1", event=event)
    [error] = info.value.errors
    assert _loc(tuple(error["loc"])) == loc
    assert error["type"] == "extra_forbidden"
    assert "did you mean" not in error["msg"], error["msg"]
    assert recorder.requests == []
