"""Hostile input never escapes as a raw exception and never reaches the network.

For every action, hypothesis draws valid keyword arguments from the spec and plants a hostile
value somewhere in them - text with lone surrogates, JSON nested thousands of levels deep, NaN and
infinities, dicts with non-string keys, self-containing lists, objects whose ``__len__`` /
``__iter__`` / ``items()`` / ``read()`` / ``__eq__`` raise - in a field, a dict key, the
``payload=`` escape hatch or the per-call options. The call either builds (and then the body is
valid UTF-8 JSON) or raises ``InvalidRequestError`` before any I/O: never ``RecursionError``,
``PydanticSerializationError``, ``UnicodeEncodeError``, ``TypeError``, ``AttributeError``, ... and
no request reaches the recording ``httpx.MockTransport``.

The targeted tests pin the documented rules: lone surrogates anywhere (values and keys) are
refused naming the field; free-form JSON (``content``, property values, custom-event content,
``payload=``) nests at most ``MAX_JSON_DEPTH`` levels; ``DateTimeInput`` strings must be real
calendar dates and times, and are sent exactly as given.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import decimal
import enum
import fractions
import io
import json
import math
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from livechat_typed import AgentWeb, InvalidRequestError
from livechat_typed.models import MAX_JSON_DEPTH

from ..helpers import TOKEN, Recorder
from ..spec_strategies import ACTION_NAMES, JSON_ACTIONS, Site, is_map, valid_kwargs, walk

HOSTILE = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

# --- hostile values ------------------------------------------------------------------------------

SURROGATES = st.characters(categories=["Cs"])
ANY_TEXT = st.text(st.characters(exclude_categories=()) | SURROGATES, max_size=12)
"""Any text, lone surrogates included (hypothesis leaves them out unless asked)."""


class Boom(Exception):
    """What the hostile objects raise."""


def _boom(*args: Any, **kwargs: Any) -> Any:
    raise Boom("hostile")


_METHODS = [
    "__len__",
    "__iter__",
    "__getitem__",
    "__contains__",
    "__reversed__",
    "keys",
    "items",
    "values",
    "get",
    "__str__",
    "__repr__",
    "__format__",
    "__hash__",
    "__eq__",
    "__ne__",
    "__bool__",
    "__index__",
    "__int__",
    "__float__",
    "__fspath__",
    "__getattr__",
    "read",
    "readinto",
    "seek",
    "tell",
    "seekable",
    "readable",
    "utcoffset",
    "isoformat",
    "encode",
    "translate",
]


class _AbcMapping(collections.abc.Mapping[Any, Any]):
    def __getitem__(self, key: Any) -> Any:
        return 1

    def __iter__(self) -> Iterator[Any]:
        return iter(["a"])

    def __len__(self) -> int:
        return 1


class _AbcSequence(collections.abc.Sequence[Any]):
    def __getitem__(self, index: Any) -> Any:
        if index == 0:
            return "a"
        raise IndexError(index)

    def __len__(self) -> int:
        return 1


class _Stream(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return 0


_BASES: dict[str, Callable[[type], Any]] = {
    "object": lambda cls: cls(),
    "str": lambda cls: cls("abc"),
    "int": lambda cls: cls(5),
    "float": lambda cls: cls(1.5),
    "list": lambda cls: cls(["a", 1]),
    "tuple": lambda cls: cls(("a",)),
    "dict": lambda cls: cls({"a": 1}),
    "Mapping": lambda cls: cls(),
    "Sequence": lambda cls: cls(),
    "RawIOBase": lambda cls: cls(),
    "BytesIO": lambda cls: cls(b"data"),
    "datetime": lambda cls: cls(2024, 7, 15, tzinfo=dt.timezone.utc),
}
_BASE_TYPES: dict[str, type] = {
    "object": object,
    "str": str,
    "int": int,
    "float": float,
    "list": list,
    "tuple": tuple,
    "dict": dict,
    "Mapping": _AbcMapping,
    "Sequence": _AbcSequence,
    "RawIOBase": _Stream,
    "BytesIO": io.BytesIO,
    "datetime": dt.datetime,
}


class Recipe:
    """How to build a hostile value: drawn by hypothesis, built by the test (a value whose
    ``__repr__`` raises could not even be reported), shown by what it is."""

    def __init__(self, description: str, build: Callable[[], Any]) -> None:
        self.description = description
        self.build = build

    def __repr__(self) -> str:
        return self.description


def _raising(base: str, methods: frozenset[str]) -> Any:
    namespace: dict[str, Any] = {name: _boom for name in methods}
    namespace["__del__"] = lambda self: None  # io's finalizer would call the raising methods
    if "__eq__" in methods and "__hash__" not in methods:
        namespace["__hash__"] = object.__hash__
    cls = type(f"Hostile{base}", (_BASE_TYPES[base],), namespace)
    try:
        return _BASES[base](cls)
    except Boom:
        return cls.__new__(cls)


@st.composite
def raising_objects(draw: st.DrawFn) -> Recipe:
    """An instance of a builtin-like type whose chosen methods raise."""
    base = draw(st.sampled_from(sorted(_BASES)), label="base")
    methods = draw(st.frozensets(st.sampled_from(_METHODS), min_size=1, max_size=4))
    return Recipe(f"<{base} raising in {sorted(methods)}>", lambda: _raising(base, methods))


def deep_list(depth: int, leaf: Any = 1) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


def deep_dict(depth: int, leaf: Any = 1) -> Any:
    value = leaf
    for _ in range(depth):
        value = {"k": value}
    return value


def _self_containing_list() -> Any:
    value: list[Any] = [1]
    value.append(value)
    return value


def _self_containing_dict() -> Any:
    value: dict[str, Any] = {"a": 1}
    value["self"] = value
    return value


class Colour(enum.Enum):
    RED = "red"


_ODD_VALUES: list[Callable[[], Any]] = [
    lambda: math.nan,
    lambda: math.inf,
    lambda: -math.inf,
    lambda: 10**5000,
    lambda: -(10**5000),
    lambda: 2**64,
    lambda: b"bytes",
    lambda: bytearray(b"x"),
    lambda: memoryview(b"x"),
    lambda: {1, 2},
    lambda: frozenset(),
    lambda: 1 + 2j,
    lambda: decimal.Decimal("NaN"),
    lambda: decimal.Decimal("1.5"),
    lambda: fractions.Fraction(1, 3),
    lambda: ...,
    lambda: object,
    lambda: lambda: None,
    lambda: dt.datetime(2024, 7, 15),
    lambda: dt.date(2024, 7, 15),
    lambda: dt.timedelta(1),
    lambda: uuid.uuid4(),
    lambda: Colour.RED,
    lambda: Path("/"),
    lambda: io.StringIO("text"),
    lambda: io.BytesIO(b"bytes"),
    lambda: {1: "a"},
    lambda: {(1, 2): "a"},
    lambda: {None: 1},
    lambda: {b"k": 1},
    lambda: {1.5: 2},
    lambda: {True: 1},
    lambda: {"\ud800": 1},
    lambda: {"a": {"\udfff": "x"}},
    lambda: ["\ud800"],
    lambda: "\udc80abc",
    lambda: {"v": math.nan},
    lambda: [math.inf],
    lambda: _self_containing_list(),
    lambda: _self_containing_dict(),
    lambda: deep_list(MAX_JSON_DEPTH + 1),
    lambda: deep_dict(MAX_JSON_DEPTH + 1),
    lambda: deep_list(2000),
    lambda: deep_dict(3000),
    lambda: deep_list(3, "\ud800"),
    lambda: deep_list(50, {"k": [1, {"x": math.nan}]}),
    lambda: "2024-13-45T99:99:99Z",
    lambda: "2023-02-29T00:00:00Z",
    lambda: "2024-07-15T24:00:00Z",
    lambda: "2024-07-15T09:04:57+24:00",
    lambda: "x" * 20_000,
]


def _plain(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Recipe]:
    return strategy.map(lambda value: Recipe(repr(value), lambda: value))


def _odd() -> st.SearchStrategy[Recipe]:
    return st.sampled_from(range(len(_ODD_VALUES))).map(
        lambda n: Recipe(f"_ODD_VALUES[{n}]", _ODD_VALUES[n])
    )


def hostile_values() -> st.SearchStrategy[Recipe]:
    """Recipes of hostile values: leaves, and leaves inside lists and dicts (keys too)."""
    leaves = _plain(ANY_TEXT | st.floats() | st.integers()) | raising_objects() | _odd()
    keys = _plain(ANY_TEXT | st.integers() | st.none() | st.booleans())

    def in_list(items: list[Recipe]) -> Recipe:
        return Recipe(repr(items), lambda: [item.build() for item in items])

    def in_dict(pairs: list[tuple[Recipe, Recipe]]) -> Recipe:
        return Recipe(repr(pairs), lambda: {k.build(): v.build() for k, v in pairs})

    return st.one_of(
        leaves,
        st.lists(leaves, max_size=3).map(in_list),
        st.lists(st.tuples(keys, leaves), max_size=3).map(in_dict),
    )


# --- calling ----------------------------------------------------------------------------------


def _client() -> tuple[AgentWeb, Recorder]:
    recorder = Recorder()
    return AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport), recorder


def call_or_refuse(action: str, kwargs: dict[str, Any]) -> InvalidRequestError | None:
    """Call ``action``: it builds (a valid UTF-8 JSON body) or raises InvalidRequestError before
    any I/O. Any other exception fails the test."""
    client, recorder = _client()
    ignored: list[Any] = []
    hook, sys.unraisablehook = sys.unraisablehook, ignored.append
    try:
        getattr(client, action)(**kwargs)
    except InvalidRequestError as exc:
        assert recorder.requests == [], "refused, yet a request reached the transport"
        str(exc).encode("utf-8")  # the message can be printed
        assert TOKEN not in str(exc)
        return exc
    finally:
        sys.unraisablehook = hook
        client.close()
        # Nothing is printed as an ignored exception either: pydantic-core would print one when
        # it cannot format an unknown discriminator tag (a 5000-digit int, a list 2000 levels
        # deep, an object whose __str__ raises), but StringTag refuses non-string tags first.
        assert not ignored, [(type(u.exc_value), u.exc_value) for u in ignored]
    [request] = recorder.requests
    if action != "upload_file":  # strict UTF-8, valid JSON (integers of any size included)
        json.loads(request.content.decode("utf-8"), parse_int=str)
    return None


def _sites(action: str, kwargs: dict[str, Any]) -> list[Site]:
    return [s for s in walk(action, kwargs) if s.loc and not s.alias]


@pytest.mark.parametrize("action", ACTION_NAMES)
@HOSTILE
@given(data=st.data())
def test_hostile_values_anywhere_build_or_raise_invalid_request(
    action: str, data: st.DataObject
) -> None:
    kwargs = data.draw(valid_kwargs(action, full=True), label="valid kwargs")
    target = data.draw(st.sampled_from(["site", "site", "key", "payload", "option"]))
    hostile = data.draw(hostile_values(), label="hostile value").build()
    if target == "payload":
        kwargs = {"payload": hostile}
    elif target == "option":
        name = data.draw(st.sampled_from(["headers", "timeout", "max_retries"]))
        kwargs[name] = hostile
    elif target == "key":
        maps = [s for s in _sites(action, kwargs) if isinstance(s.value, dict)]
        if maps:
            site = data.draw(st.sampled_from(maps), label="map")
            site.value[hostile if _hashable(hostile) else repr(type(hostile))] = 1
    else:
        sites = _sites(action, kwargs)
        site = data.draw(st.sampled_from(sites), label="site")
        site.parent[site.key] = hostile
    call_or_refuse(action, kwargs)


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except Exception:
        return False
    return True


# --- lone surrogates anywhere ---------------------------------------------------------------------


@pytest.mark.parametrize("action", JSON_ACTIONS)
@HOSTILE
@given(data=st.data())
def test_a_lone_surrogate_in_any_string_or_key_is_refused_naming_the_field(
    action: str, data: st.DataObject
) -> None:
    kwargs = data.draw(valid_kwargs(action, full=True), label="valid kwargs")
    sites = [s for s in _sites(action, kwargs) if s.union_loc is None]
    strings = [s for s in sites if isinstance(s.value, str)]
    keyed = [s for s in sites if isinstance(s.value, dict) and s.value and is_map(s.node)]
    choices = [("value", s) for s in strings] + [("key", s) for s in keyed]
    if not choices:
        return
    kind, site = data.draw(st.sampled_from(choices), label="where")
    surrogate = data.draw(SURROGATES, label="surrogate")
    if kind == "value":
        at = data.draw(st.integers(0, len(site.value)), label="at")
        site.parent[site.key] = site.value[:at] + surrogate + site.value[at:]
        named = site.loc
    else:
        key = data.draw(st.sampled_from(sorted(site.value)), label="key")
        site.value[key + surrogate] = site.value.pop(key)
        named = (*site.loc, key + surrogate)
    exc = call_or_refuse(action, kwargs)
    assert exc is not None, "a lone surrogate was sent"
    assert any(tuple(error["loc"][: len(named)]) == named for error in exc.errors), (
        named,
        exc.errors,
    )


@pytest.mark.parametrize(
    ("action", "kwargs", "loc"),
    [
        ("get_chat", {"chat_id": "\ud800"}, ("chat_id",)),
        (
            "send_event",
            {"chat_id": "C", "event": {"type": "message", "text": "hi \udfff"}},
            ("event", "message", "text"),
        ),
        (
            "update_chat_properties",
            {"id": "C", "properties": {"ns": {"\ud800": 1}}},
            ("properties", "ns", "\ud800", "[key]"),
        ),
        (
            "update_chat_properties",
            {"id": "C", "properties": {"\ud800": {"a": 1}}},
            ("properties", "\ud800", "[key]"),
        ),
        (
            "update_chat_properties",
            {"id": "C", "properties": {"ns": {"a": ["x", "\ud800"]}}},
            ("properties", "ns", "a", 1),
        ),
        (
            "multicast",
            {"recipients": {"agents": {"all": True}}, "content": {"k": {"\ud800": 1}}},
            ("content", "k", "\ud800", "[key]"),
        ),
        (
            "send_event",
            {"chat_id": "C", "event": {"type": "custom", "content": {"\udfff": 1}}},
            ("event", "custom", "content", "\udfff", "[key]"),
        ),
    ],
)
def test_lone_surrogates_are_refused_at_their_path(
    action: str, kwargs: dict[str, Any], loc: tuple[Any, ...]
) -> None:
    exc = call_or_refuse(action, kwargs)
    assert exc is not None
    [error] = exc.errors
    assert tuple(error["loc"]) == loc
    assert error["type"] == "string_surrogate"
    assert "[rule: string_surrogate]" in str(exc)


@pytest.mark.parametrize(
    ("payload", "where"),
    [
        ({"chat_id": "\ud800"}, "at value of key #0: "),
        ({"a": [{"\ud800": 1}]}, "at value of key #0 > item 0 > key #0: "),
        ({"b": 1, "a": [1, "x\udfff"]}, "at value of key #1 > item 1: "),
    ],
)
def test_lone_surrogates_in_a_payload_are_refused_naming_the_path(
    payload: dict[str, Any], where: str
) -> None:
    exc = call_or_refuse("get_chat", {"payload": payload})
    assert exc is not None
    [error] = exc.errors
    assert error["loc"] == ("payload",)
    assert error["type"] == "string_surrogate"
    assert f"payload: {where}holds a lone surrogate" in str(exc)


def test_a_real_replacement_character_is_sent() -> None:
    """U+FFFD is ordinary text: only lone surrogates are refused."""
    client, recorder = _client()
    client.update_chat_properties(id="C", properties={"ns\ufffd": {"k\ufffd": "v\ufffd"}})
    assert json.loads(recorder.last.content) == {
        "id": "C",
        "properties": {"ns\ufffd": {"k\ufffd": "v\ufffd"}},
    }


# --- depth ------------------------------------------------------------------------------------

_FREE_JSON: list[tuple[str, Callable[[Any], dict[str, Any]], tuple[Any, ...]]] = [
    (
        "multicast",
        lambda v: {"recipients": {"agents": {"all": True}}, "content": v},
        ("content",),
    ),
    (
        "update_chat_properties",
        lambda v: {"id": "C", "properties": {"ns": {"p": v}}},
        ("properties", "ns", "p"),
    ),
    (
        "send_event",
        lambda v: {"chat_id": "C", "event": {"type": "custom", "content": {"c": v}}},
        ("event", "custom", "content", "c"),
    ),
    (
        "send_event",
        lambda v: {
            "chat_id": "C",
            "event": {"type": "message", "text": "t", "properties": {"ns": {"p": v}}},
        },
        ("event", "message", "properties", "ns", "p"),
    ),
    (
        "start_chat",
        lambda v: {"chat": {"thread": {"events": [{"type": "custom", "content": {"c": v}}]}}},
        ("chat", "thread", "events", 0, "custom", "content", "c"),
    ),
    ("get_chat", lambda v: {"payload": {"chat_id": "C", "x": v}}, ("payload",)),
]
"""(action, kwargs around a free JSON value, where it is refused). The limit applies to each
free-form value, and to the whole body of a ``payload=`` (whose top object is one level)."""


def _outer(loc: tuple[Any, ...]) -> int:
    return 1 if loc == ("payload",) else 0


def _depth(value: Any) -> int:
    depth = 0
    while isinstance(value, (list, dict)):
        value = value[0] if isinstance(value, list) else next(iter(value.values()))
        depth += 1
    return depth


@pytest.mark.parametrize(("action", "make", "loc"), _FREE_JSON)
@pytest.mark.parametrize("nest", [deep_list, deep_dict])
def test_free_json_nests_up_to_the_documented_depth(
    action: str, make: Callable[[Any], dict[str, Any]], loc: tuple[Any, ...], nest: Any
) -> None:
    client, recorder = _client()
    getattr(client, action)(**make(nest(MAX_JSON_DEPTH - _outer(loc))))
    sent = json.loads(recorder.last.content)
    for part in loc if loc != ("payload",) else ():
        if part not in ("custom", "message"):
            sent = sent[part]
    if loc == ("payload",):
        sent = sent["x"]
    assert _depth(sent) == MAX_JSON_DEPTH - _outer(loc)


@pytest.mark.parametrize(("action", "make", "loc"), _FREE_JSON)
@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 1000, 100_000])
@pytest.mark.parametrize("nest", [deep_list, deep_dict])
def test_free_json_deeper_than_the_limit_is_refused(
    action: str, make: Callable[[Any], dict[str, Any]], loc: tuple[Any, ...], depth: int, nest: Any
) -> None:
    exc = call_or_refuse(action, make(nest(depth - _outer(loc))))
    assert exc is not None
    [error] = exc.errors
    assert error["type"] == "json_depth"
    assert tuple(error["loc"][: len(loc)]) == loc
    assert str(MAX_JSON_DEPTH) in error["msg"]


@pytest.mark.parametrize("make", [_self_containing_list, _self_containing_dict])
def test_self_containing_json_is_refused(make: Callable[[], Any]) -> None:
    for kwargs in (
        {"recipients": {"agents": {"all": True}}, "content": make()},
        {"payload": {"content": make()}},
    ):
        exc = call_or_refuse("multicast", kwargs)
        assert exc is not None
        assert exc.errors[0]["type"] in ("json_depth", "json_circular")


# --- NaN, non-string keys, raising objects -----------------------------------------------------


@pytest.mark.parametrize(
    ("value", "rules"),
    [
        (math.nan, {"finite_number", "json_type"}),
        (math.inf, {"finite_number", "json_type"}),
        ({1: "a"}, {"string_type", "json_key"}),
        ({(1, 2): "a"}, {"string_type", "json_key"}),
        ({None: "a"}, {"string_type", "json_key"}),
    ],
)
@pytest.mark.parametrize("where", ["content", "payload"])
def test_what_json_cannot_carry_is_refused(value: Any, rules: set[str], where: str) -> None:
    if where == "content":
        kwargs = {"recipients": {"agents": {"all": True}}, "content": {"k": [value]}}
    else:
        kwargs = {"payload": {"k": [value]}}
    exc = call_or_refuse("multicast", kwargs)
    assert exc is not None
    assert {error["type"] for error in exc.errors} <= rules
    assert all(error["loc"][0] == where for error in exc.errors)
    if where == "payload":
        assert "payload: at value of key #0 > item 0" in str(exc)


class _RaisingMapping(collections.abc.Mapping[str, Any]):
    def __getitem__(self, key: str) -> Any:
        raise Boom("getitem")

    def __iter__(self) -> Iterator[str]:
        raise Boom("iter")

    def __len__(self) -> int:
        raise Boom("len")


class _RaisingSequence(collections.abc.Sequence[Any]):
    def __getitem__(self, index: Any) -> Any:
        raise Boom("getitem")

    def __len__(self) -> int:
        raise Boom("len")


class _RaisingDict(dict[str, Any]):
    def items(self) -> Any:
        raise Boom("items")

    def __iter__(self) -> Any:
        raise Boom("iter")


@pytest.mark.parametrize(
    "value", [_RaisingMapping(), _RaisingSequence(), _RaisingDict(a=1)], ids=type
)
@pytest.mark.parametrize(
    ("action", "make"),
    [
        ("multicast", lambda v: {"recipients": {"agents": {"all": True}}, "content": v}),
        ("multicast", lambda v: {"recipients": {"agents": {"all": True}}, "content": {"k": v}}),
        ("update_chat_properties", lambda v: {"id": "C", "properties": v}),
        ("update_chat_properties", lambda v: {"id": "C", "properties": {"ns": v}}),
        ("send_event", lambda v: {"chat_id": "C", "event": v}),
        ("list_chats", lambda v: {"filters": v}),
        ("list_archives", lambda v: {"filters": {"group_ids": v}}),
        ("get_chat", lambda v: {"payload": v}),
        ("get_chat", lambda v: {"payload": {"chat_id": "C", "x": v}}),
        ("get_chat", lambda v: {"chat_id": "C", "headers": v}),
    ],
)
def test_objects_that_raise_when_read_are_refused(
    value: Any, action: str, make: Callable[[Any], dict[str, Any]]
) -> None:
    assert call_or_refuse(action, make(value)) is not None


def test_payload_must_be_a_json_object() -> None:
    for payload in ("text", [1, 2], 5):
        exc = call_or_refuse("get_chat", {"payload": payload})
        assert exc is not None
        assert exc.errors[0]["loc"] == ("payload",)


# --- dates ---------------------------------------------------------------------------------------

_DATE_SITES: list[tuple[str, Callable[[str], dict[str, Any]], tuple[Any, ...]]] = [
    ("list_archives", lambda s: {"filters": {"from": s}}, ("filters", "from")),
    ("list_archives", lambda s: {"filters": {"to": s}}, ("filters", "to")),
    ("mark_events_as_seen", lambda s: {"chat_id": "C", "seen_up_to": s}, ("seen_up_to",)),
]


def _is_real(
    year: int, month: int, day: int, hour: int, minute: int, second: int, oh: int, om: int
) -> bool:
    try:
        dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return False
    return oh <= 23 and om <= 59


@HOSTILE
@given(
    site=st.sampled_from(_DATE_SITES),
    parts=st.tuples(
        st.integers(0, 9999),
        st.integers(0, 99) | st.integers(1, 12),
        st.integers(0, 99) | st.integers(1, 31),
        st.integers(0, 99) | st.integers(0, 23),
        st.integers(0, 99) | st.integers(0, 59),
        st.integers(0, 99) | st.integers(0, 59),
        st.integers(0, 99) | st.integers(0, 23),
        st.integers(0, 99) | st.integers(0, 59),
    ),
    sign=st.sampled_from(["+", "-", "Z", "z"]),
    fraction=st.sampled_from(["", ".5", ".881200", ".123456789"]),
    separator=st.sampled_from(["T", "t", " "]),
)
def test_date_times_must_be_real_calendar_moments_and_are_sent_as_given(
    site: tuple[str, Callable[[str], dict[str, Any]], tuple[Any, ...]],
    parts: tuple[int, ...],
    sign: str,
    fraction: str,
    separator: str,
) -> None:
    year, month, day, hour, minute, second, oh, om = parts
    zone = sign.upper() if sign in "Zz" else f"{sign}{oh:02d}:{om:02d}"
    if sign in "Zz":
        oh = om = 0
        zone = sign
    text = (
        f"{year:04d}-{month:02d}-{day:02d}{separator}{hour:02d}:{minute:02d}:{second:02d}"
        f"{fraction}{zone}"
    )
    action, make, loc = site
    client, recorder = _client()
    if _is_real(year, month, day, hour, minute, second, oh, om):
        getattr(client, action)(**make(text))
        sent = json.loads(recorder.last.content)
        for part in loc:
            sent = sent[part]
        assert sent == text  # exactly as given
    else:
        exc = call_or_refuse(action, make(text))
        assert exc is not None, text
        [error] = exc.errors
        assert tuple(error["loc"]) == loc
        assert error["type"] == "date_time"


@pytest.mark.parametrize(
    "text",
    [
        "2024-13-45T99:99:99Z",
        "2023-02-29T00:00:00Z",
        "2024-04-31T00:00:00Z",
        "2024-07-15T24:00:00Z",
        "2024-07-15T23:60:00Z",
        "2024-07-15T23:59:60Z",
        "2024-07-15T09:04:57+24:00",
        "2024-07-15T09:04:57-05:60",
        "0000-01-01T00:00:00Z",
    ],
)
def test_impossible_date_times_are_refused(text: str) -> None:
    exc = call_or_refuse("list_archives", {"filters": {"from": text}})
    assert exc is not None
    assert exc.errors[0]["loc"] == ("filters", "from")
    assert "[rule: date_time]" in str(exc)


@pytest.mark.parametrize(
    "text", ["2024-02-29T23:59:59.999999999Z", "2000-02-29t00:00:00z", "9999-12-31 23:59:59-23:59"]
)
def test_real_date_times_are_sent_exactly_as_given(text: str) -> None:
    client, recorder = _client()
    client.list_archives(filters={"from": text})
    assert json.loads(recorder.last.content) == {"filters": {"from": text}}


class _BadZone(dt.tzinfo):
    def utcoffset(self, value: Any) -> Any:
        raise Boom("utcoffset")


class _HugeZone(dt.tzinfo):
    def utcoffset(self, value: Any) -> Any:
        return dt.timedelta(hours=30)


@pytest.mark.parametrize(
    "value",
    [dt.datetime(2024, 7, 15, tzinfo=_BadZone()), dt.datetime(2024, 7, 15, tzinfo=_HugeZone())],
)
def test_datetimes_whose_zone_fails_are_refused(value: dt.datetime) -> None:
    exc = call_or_refuse("list_archives", {"filters": {"from": value}})
    assert exc is not None
    assert exc.errors[0]["loc"][:2] == ("filters", "from")


# --- tags that are not strings ---------------------------------------------------------------

_TAGGED = [
    ("event", lambda tag: {"type": tag, "text": "x"}),
    (
        "event.form.fields.0",
        lambda tag: {"type": "form", "form_id": "f", "fields": [{"type": tag}]},
    ),
    (
        "event.filled_form.fields.0",
        lambda tag: {"type": "filled_form", "form_id": "f", "fields": [{"type": tag}]},
    ),
]


@pytest.mark.parametrize(("loc", "event"), _TAGGED)
@HOSTILE
@given(tag=hostile_values().map(lambda recipe: recipe.build()))
def test_a_tag_that_is_not_a_string_is_refused_naming_the_union(
    loc: str, event: Any, tag: Any
) -> None:
    """Every request union tagged by ``type`` refuses a non-string tag with one clear error
    (and, as call_or_refuse checks, without printing an ignored exception)."""
    assume(tag is not None and type(tag) is not str)
    exc = call_or_refuse("send_event", {"chat_id": "C", "event": event(tag)})
    assert exc is not None
    [problem] = [p for p in str(exc).splitlines()[1:] if p.strip().startswith(f"{loc}:")]
    assert (
        "the 'type' tag must be a string" in problem and "[rule: union_tag_not_string]" in problem
    )
