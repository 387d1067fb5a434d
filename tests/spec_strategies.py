"""Hypothesis strategies generated from the in-repo spec (``tests/spec/agent_web_v3_6.json``).

The strategies walk the request nodes of each action: ``ref`` s are resolved into ``structures``,
unions pick a variant by their discriminator, and ``enum`` / ``min`` / ``max`` / ``max_items`` /
``required`` / ``nullable`` / ``format`` are respected. ``valid_kwargs(action)`` draws keyword
arguments that are valid per the spec, accepted by our request models and by the reference SDK
(plain dicts and lists only, no model instances). Falsy values (``False``, ``0``, ``""``, ``{}``,
``[]``) come up wherever they are valid, explicit ``None`` only where the spec says ``nullable``
(``list_chats`` ``filters.active``) or for optional top-level keywords (the reference SDK's
``prepare_payload`` and our client both drop top-level ``None``: "not given").

Where our request models deliberately differ from the raw spec, the models are the contract and
the generated inputs follow them (``_effective_spec`` patches a copy of the spec):

1. ``RichMessageElement.title`` / ``subtitle`` / ``image``: required in the spec, optional in the
   model (meaningless for stickers and quick replies: the docs are ambiguous there).
2. ``RichMessageButton.type`` / ``value`` / ``user_ids``: required in the spec, optional in the
   model (the docs' own sample omits them; ``user_ids`` is filled in by the server).
3. ``update_customer``: besides ``id`` at least one of name / email / avatar / session_fields must
   be given (not ``None``) - the model enforces the spec's notes.
4. ``upload_file.file`` (``any`` + ``binary``): drawn as the reference SDK's httpx files mapping
   ``{"file": (filename, content_bytes[, content_type])}``, which both clients accept. Filenames
   are never empty (for ``""`` httpx omits the filename, ours sends ``upload``: the spec only
   asks for a part named ``file``) and contents are bytes (httpx treats a ``str`` in the tuple as
   content, our model as a path: see ``test_upload_mapping_with_text_content_is_content``).
5. ``transfer_chat.target.ids``: items ``any`` -> all strings or all integers, at least one
   (``list[str] | list[int]``, ``min_length=1``; agent IDs vs group IDs).
6. ``FilledFormGroupAnswer.id``: ``any`` -> ``str | int`` (the two shapes the docs samples show).
7. Not ``null``: ``multicast.content`` (required) and each property value (the spec's notes:
   string, integer or boolean; the model: any JSON but ``null``). Members of a custom event's
   ``content`` may be ``null`` (free-form JSON object).
8. ``SessionFields`` items hold exactly one key (spec notes; the model validates it).
9. Strings never contain lone surrogates (not encodable as UTF-8, so not JSON text at all), floats
   are finite (JSON has no NaN/Infinity; both clients refuse them).
10. ``date-time``: RFC 3339 strings with a ``T``, optional 1-9 fraction digits and ``Z`` or a
   ``+HH:MM`` / ``-HH:MM`` offset (what the model's RFC 3339 check accepts).
11. ``PropertyFilter`` / ``ValuesFilter`` ``values`` and ``exclude_values``: items ``any`` -> all
   strings, all integers or all booleans (the spec's notes: "items matching the property type";
   the model: ``list[str] | list[int] | list[bool]``).

Rules the spec states only in ``notes`` are honoured too, so inputs stay meaningful to the API
(the models do not enforce them): one of ``exists`` / ``values`` / ``exclude_values`` per
``PropertyFilter`` (at most one in ``ValuesFilter``); ``EventTypesFilter`` values vs
exclude_values; ``type`` + ``value`` together in message postbacks and buttons; webview buttons
carry ``webview_height``; ``highlights`` tags together; ``list_threads`` ``min_events_count``
excludes ``limit`` / ``filters``; ``page_id`` excludes ``filters`` / ``limit`` / ``sort_order``;
``list_archives`` ``filters.thread_ids`` stands alone; a multicast has at least one recipient;
``transfer_chat`` ``target.ids`` are integers for ``group`` and strings for ``agent``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, Literal

from hypothesis import strategies as st

from .helpers import load_spec

__all__ = [
    "ACTION_NAMES",
    "JSON_ACTIONS",
    "RAW_SPEC",
    "SPEC",
    "TEXT",
    "Site",
    "falsy_values",
    "is_map",
    "is_record",
    "iter_schema",
    "json_objects",
    "json_values",
    "minimal_kwargs",
    "minimal_value",
    "params",
    "resolve",
    "rfc3339",
    "upload_contents",
    "upload_filenames",
    "valid_kwargs",
    "variant_record",
    "walk",
]

Node = dict[str, Any]
Draw = Callable[[st.SearchStrategy[Any]], Any]

RAW_SPEC: dict[str, Any] = load_spec()


def _effective_spec(raw: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec with the deliberate model differences listed in the module docstring."""
    spec = copy.deepcopy(raw)
    structures, actions = spec["structures"], spec["actions"]
    for name in ("title", "subtitle", "image"):  # 1.
        structures["RichMessageElement"]["properties"][name]["required"] = False
    for name in ("type", "value", "user_ids"):  # 2.
        structures["RichMessageButton"]["properties"][name]["required"] = False
    string, integer, boolean = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}

    def lists_of(*items: Node) -> Node:
        return {"type": "one_of", "choices": [{"type": "array", "items": i} for i in items]}

    target = actions["transfer_chat"]["request"]["target"]["properties"]  # 5.
    target["ids"] = {**lists_of(string, integer), "required": True, "min_items": 1}
    group_answer = structures["FilledFormGroupAnswer"]["properties"]  # 6.
    group_answer["id"] = {"type": "one_of", "choices": [string, integer], "required": True}
    actions["multicast"]["request"]["content"]["not_null"] = True  # 7.
    structures["Properties"]["value"]["additional_properties"]["not_null"] = True  # 7.
    structures["SessionFields"]["items"]["exact_keys"] = 1  # 8.
    for name in ("PropertyFilter", "ValuesFilter"):  # 11.
        for key in ("values", "exclude_values"):
            structures[name]["properties"][key] = {
                **lists_of(string, integer, boolean),
                "required": False,
            }
    actions["upload_file"]["request"]["file"]["type"] = "file"  # 4.
    return spec


SPEC: dict[str, Any] = _effective_spec(RAW_SPEC)
ACTION_NAMES: tuple[str, ...] = tuple(SPEC["actions"])
JSON_ACTIONS: tuple[str, ...] = tuple(name for name in ACTION_NAMES if name != "upload_file")


def params(action: str) -> dict[str, Node]:
    """The top-level request nodes of an action (effective spec)."""
    return SPEC["actions"][action]["request"]  # type: ignore[no-any-return]


# --- node resolution -----------------------------------------------------------------------------


def resolve(node: Node) -> Node:
    """Follow a ``ref`` into ``structures`` and normalize to one of these ``type`` s.

    ``object`` with ``properties`` (a record), ``object`` with ``additional_properties`` (a map),
    ``object`` with neither (free-form JSON object), ``array``, ``union``, ``string``,
    ``integer``, ``boolean``, ``any``, ``one_of`` (``choices``) and ``file``. The resolved node
    keeps the referencing node's own keys (``required``, ``max_items``, ...) and gets ``_key``:
    the structure name, when it came from a ``ref``.
    """
    ref = node.get("ref")
    if ref is None:
        return node
    structure = SPEC["structures"][ref]
    outer = {k: v for k, v in node.items() if k not in ("ref", "items", "properties")}
    kind = structure["kind"]
    if kind == "object":
        return {**outer, "type": "object", "properties": structure["properties"], "_key": ref}
    if kind == "map":
        return {**outer, "type": "object", "additional_properties": structure["value"], "_key": ref}
    if kind == "array":
        return {**outer, "type": "array", "items": structure["items"], "_key": ref}
    if kind == "union":
        return {
            **outer,
            "type": "union",
            "discriminator": structure["discriminator"],
            "variants": structure["variants"],
            "_key": ref,
        }
    raise AssertionError(f"unknown structure kind {kind!r}")


def is_record(node: Node) -> bool:
    return node.get("type") == "object" and "properties" in node


def is_map(node: Node) -> bool:
    return node.get("type") == "object" and "additional_properties" in node


def variant_record(union: Node, tag: str) -> Node:
    """The record node of a union variant, with its discriminator pinned to ``tag``."""
    name = union["variants"][tag]
    return {
        "type": "object",
        "properties": SPEC["structures"][name]["properties"],
        "_key": name,
        "_tag": tag,
    }


# --- leaf strategies ---------------------------------------------------------------------------

_SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
TEXT: st.SearchStrategy[str] = st.text(
    st.characters(exclude_categories=_SURROGATES), max_size=12
)  # unicode, "" included; no lone surrogates (see 9.)

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
)


def json_values(max_leaves: int = 6) -> st.SearchStrategy[Any]:
    """Any JSON value (``null`` included), small."""
    return st.recursive(
        _SCALARS,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
        max_leaves=max_leaves,
    )


def json_objects(max_leaves: int = 6) -> st.SearchStrategy[dict[str, Any]]:
    """A JSON object (``{}`` included) with any JSON values."""
    return st.dictionaries(TEXT, json_values(max_leaves), max_size=4)


@st.composite
def rfc3339(draw: Draw) -> str:
    """An RFC 3339 date-time such as ``2024-07-15T09:04:57.881200Z`` or ``...+02:00``."""
    moment = draw(st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2099, 12, 31)))
    text = (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    )
    digits = draw(st.sampled_from([0, 6, 6, 3, 9]) | st.integers(1, 9))
    if digits:
        fraction = f"{moment.microsecond:06d}{draw(st.integers(0, 999)):03d}"
        text += "." + fraction[:digits]
    offset = draw(st.sampled_from([0, 120, -300, -330, 840, -720]) | st.integers(-1439, 1439))
    if offset == 0 and draw(st.booleans()):
        return text + "Z"
    sign = "-" if offset < 0 else "+"
    return f"{text}{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"


_UUIDS = st.uuids(version=4).map(str)
_UUIDS = _UUIDS | _UUIDS.map(str.upper)

_EXTENSIONS = ["", ".txt", ".png", ".JPG", ".pdf", ".json", ".tar.gz", ".unknownext"]


def upload_filenames() -> st.SearchStrategy[str]:
    """Non-empty file names that are also valid single path components on POSIX."""
    stem = st.text(
        st.characters(exclude_categories=_SURROGATES, exclude_characters="/\x00"),
        min_size=1,
        max_size=10,
    ).filter(lambda s: s not in (".", ".."))
    return st.builds(lambda s, e: s + e, stem, st.sampled_from(_EXTENSIONS))


def upload_contents() -> st.SearchStrategy[bytes]:
    """File contents: bytes, empty included, small."""
    return st.binary(max_size=300)


_CONTENT_TYPES = ["text/plain", "image/png", "application/octet-stream", "application/x-a; q=1"]


def _upload_mapping() -> st.SearchStrategy[dict[str, Any]]:
    pair = st.tuples(upload_filenames(), upload_contents())
    triple = st.tuples(upload_filenames(), upload_contents(), st.sampled_from(_CONTENT_TYPES))
    return st.fixed_dictionaries({"file": pair | triple})


# --- constraints stated in the spec's notes ------------------------------------------------------

Constraint = Callable[[Draw, dict[str, Any], dict[str, st.SearchStrategy[Any]]], None]


def _present(out: dict[str, Any], key: str) -> bool:
    return out.get(key) is not None


def _at_most_one(*keys: str, exactly: bool = False) -> Constraint:
    def apply(draw: Draw, out: dict[str, Any], kids: dict[str, st.SearchStrategy[Any]]) -> None:
        present = [k for k in keys if _present(out, k)]
        if not present:
            if exactly:
                keep = draw(st.sampled_from(keys))
                out[keep] = draw(kids[keep])
            return
        keep = draw(st.sampled_from(present))
        for k in present:
            if k != keep:
                del out[k]

    return apply


def _together(*keys: str) -> Constraint:
    def apply(draw: Draw, out: dict[str, Any], kids: dict[str, st.SearchStrategy[Any]]) -> None:
        present = [k for k in keys if _present(out, k)]
        if not present or len(present) == len(keys):
            return
        if draw(st.booleans()):
            for k in keys:
                out[k] = out[k] if _present(out, k) else draw(kids[k])
        else:
            for k in present:
                del out[k]

    return apply


def _excludes(key: str, *others: str) -> Constraint:
    def apply(draw: Draw, out: dict[str, Any], kids: dict[str, st.SearchStrategy[Any]]) -> None:
        if _present(out, key) and any(_present(out, k) for k in others):
            if draw(st.booleans()):
                for k in others:
                    out.pop(k, None)
            else:
                del out[key]

    return apply


def _requires_if(key: str, value: Any, other: str) -> Constraint:
    def apply(draw: Draw, out: dict[str, Any], kids: dict[str, st.SearchStrategy[Any]]) -> None:
        if out.get(key) == value and not _present(out, other):
            out[other] = draw(kids[other])

    return apply


def _at_least_one(*keys: str) -> Constraint:
    def apply(draw: Draw, out: dict[str, Any], kids: dict[str, st.SearchStrategy[Any]]) -> None:
        if not any(_present(out, k) for k in keys):
            pick = draw(st.sampled_from(keys))
            out[pick] = draw(kids[pick])

    return apply


def _some_recipient(draw: Draw, out: dict[str, Any], kids: dict[str, Any]) -> None:
    agents, customers = out.get("agents") or {}, out.get("customers") or {}
    if any(k in agents for k in ("all", "ids", "groups")) or "ids" in customers:
        return
    out["customers"] = {**customers, "ids": draw(st.lists(TEXT, min_size=1, max_size=3))}


def _transfer_ids(draw: Draw, out: dict[str, Any], kids: dict[str, Any]) -> None:
    item = st.integers() if out["type"] == "group" else TEXT  # group IDs / agent IDs
    out["ids"] = draw(st.lists(item, min_size=1, max_size=3))


_PAGING = ("filters", "limit", "sort_order")
_ARCHIVE_FILTERS = tuple(
    name
    for name in RAW_SPEC["actions"]["list_archives"]["request"]["filters"]["properties"]
    if name != "thread_ids"
)

CONSTRAINTS: dict[str, list[Constraint]] = {
    "PropertyFilter": [_at_most_one("exists", "values", "exclude_values", exactly=True)],
    "ValuesFilter": [_at_most_one("exists", "values", "exclude_values")],
    "EventTypesFilter": [_at_most_one("values", "exclude_values")],
    "MessagePostbackRequest": [_together("type", "value")],
    "RichMessageButton": [
        _together("type", "value"),
        _requires_if("type", "webview", "webview_height"),
    ],
    "list_archives.highlights": [_together("pre_tag", "post_tag")],
    "list_archives.filters": [_excludes("thread_ids", *_ARCHIVE_FILTERS)],
    "list_chats": [_excludes("page_id", *_PAGING)],
    "list_archives": [_excludes("page_id", *_PAGING)],
    "list_threads": [
        _excludes("min_events_count", "limit", "filters"),
        _excludes("page_id", *_PAGING),
    ],
    "multicast.recipients": [_some_recipient],
    "transfer_chat.target": [_transfer_ids],
    "update_customer": [_at_least_one("name", "email", "avatar", "session_fields")],  # 3.
}


# --- strategies from nodes --------------------------------------------------------------------


class _Builder:
    """Turns effective-spec nodes into strategies; ``full`` includes every optional member."""

    def __init__(self, full: bool) -> None:
        self.full = full
        self._cache: dict[tuple[int, str], st.SearchStrategy[Any]] = {}

    def node(self, node: Node, key: str) -> st.SearchStrategy[Any]:
        cache_key = (id(node), key)
        if cache_key not in self._cache:
            self._cache[cache_key] = self._build(node, key)
        return self._cache[cache_key]

    def _build(self, node: Node, key: str) -> st.SearchStrategy[Any]:
        node = resolve(node)
        key = node.get("_key", key)
        strategy = self._typed(node, key)
        if node.get("nullable") and not self.full:
            strategy = st.none() | strategy
        return strategy

    def _typed(self, node: Node, key: str) -> st.SearchStrategy[Any]:
        kind = node["type"]
        if kind == "string":
            if "enum" in node:
                return st.sampled_from(node["enum"])
            if node.get("format") == "date-time":
                return rfc3339()
            if node.get("format") == "uuid":
                return _UUIDS
            return TEXT
        if kind == "integer":
            if "min" in node or "max" in node:
                return st.integers(node.get("min"), node.get("max"))
            return st.integers()
        if kind == "boolean":
            return st.booleans()
        if kind == "any":
            if node.get("not_null"):
                return json_values().filter(lambda v: v is not None)
            return json_values()
        if kind == "one_of":
            return st.one_of([self.node(choice, key) for choice in node["choices"]])
        if kind == "file":
            return _upload_mapping()
        if kind == "array":
            return self._array(node, key)
        if kind == "union":
            return st.one_of(
                [self.record(variant_record(node, tag), node["_key"]) for tag in node["variants"]]
            )
        if is_record(node):
            return self.record(node, key)
        if is_map(node):
            values = self.node(node["additional_properties"], key + ".*")
            return st.dictionaries(TEXT, values, min_size=int(self.full), max_size=3)
        if kind == "object":  # free-form JSON object
            return json_objects()
        raise AssertionError(f"unsupported node {node!r}")

    def _array(self, node: Node, key: str) -> st.SearchStrategy[Any]:
        items = resolve(node["items"])
        item = self.node(items, key + "[]")
        if items.get("exact_keys"):
            item = st.dictionaries(
                TEXT, self.node(items["additional_properties"], key), min_size=1, max_size=1
            )
        low = max(node.get("min_items", 0), int(self.full))
        high = node.get("max_items")
        small = st.lists(item, min_size=low, max_size=max(low, min(3, high or 3)))
        if high is not None and items["type"] in ("string", "integer") and not self.full:
            return small | st.lists(item, min_size=high, max_size=high)  # the boundary
        return small

    def record(self, node: Node, key: str, *, top: bool = False) -> st.SearchStrategy[Any]:
        props: dict[str, Node] = node["properties"]
        key = node.get("_key", key)
        tag = node.get("_tag")
        required: dict[str, st.SearchStrategy[Any]] = {}
        optional: dict[str, st.SearchStrategy[Any]] = {}
        kids: dict[str, st.SearchStrategy[Any]] = {}
        for name, child in props.items():
            if tag is not None and name == "type":
                required[name] = st.just(tag)
                continue
            strategy = self.node(child, f"{key}.{name}")
            kids[name] = strategy
            if child.get("required") or self.full:
                required[name] = strategy
            elif top:  # top-level None means "not given" for both clients
                optional[name] = _sometimes_none(strategy)
            else:
                optional[name] = strategy
        base = st.fixed_dictionaries(required, optional=optional)
        constraints = CONSTRAINTS.get(key, [])
        if not constraints:
            return base
        return _constrained(base, tuple(constraints), kids)


def _sometimes_none(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The strategy, or ``None`` one time in five."""
    return st.integers(0, 4).flatmap(lambda i: st.none() if i == 0 else strategy)


@st.composite
def _constrained(
    draw: Draw,
    base: st.SearchStrategy[dict[str, Any]],
    constraints: tuple[Constraint, ...],
    kids: dict[str, st.SearchStrategy[Any]],
) -> dict[str, Any]:
    out = dict(draw(base))
    for constraint in constraints:
        constraint(draw, out, kids)
    return out


@cache
def valid_kwargs(action: str, *, full: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    """Keyword arguments for ``action`` that are valid per the spec and for both clients.

    ``full=True`` gives every optional member at every level (useful as mutation bases).
    """
    node = {"type": "object", "properties": params(action)}
    return _Builder(full).record(node, action, top=True)


# --- deterministic values ----------------------------------------------------------------------

_MINIMAL_DATE_TIME = "2024-07-15T09:04:57.881200Z"
_MINIMAL_UUID = "123e4567-e89b-42d3-a456-426614174000"


def minimal_value(node: Node) -> Any:
    """The smallest valid value of a node (falsy whenever the node allows it)."""
    node = resolve(node)
    kind = node["type"]
    if kind == "string":
        if "enum" in node:
            return node["enum"][0]
        return {"date-time": _MINIMAL_DATE_TIME, "uuid": _MINIMAL_UUID}.get(
            node.get("format", ""), ""
        )
    if kind == "integer":
        return node.get("min", 0)
    if kind == "boolean":
        return False
    if kind == "any":
        return 0 if node.get("not_null") else None
    if kind == "one_of":
        first = dict(node["choices"][0])
        if "min_items" in node:
            first["min_items"] = node["min_items"]
        return minimal_value(first)
    if kind == "file":
        return {"file": ("a.txt", b"")}
    if kind == "array":
        return [minimal_value(node["items"])] * node.get("min_items", 0)
    if kind == "union":
        tag = next(iter(node["variants"]))
        return minimal_value(variant_record(node, tag))
    if is_record(node):
        out = {
            name: minimal_value(child)
            for name, child in node["properties"].items()
            if child.get("required")
        }
        if "_tag" in node:
            out["type"] = node["_tag"]
        return out
    return {}


def minimal_kwargs(action: str) -> dict[str, Any]:
    """Only the required keywords, each at its smallest valid value."""
    out = {name: minimal_value(node) for name, node in params(action).items() if node["required"]}
    if action == "update_customer":
        out["name"] = ""
    if action == "multicast":
        out["recipients"] = {"customers": {"ids": []}}
    return out


def falsy_values(node: Node) -> list[Any]:
    """The falsy values (``False``, ``0``, ``""``, ``{}``, ``[]``) a node accepts."""
    node = resolve(node)
    kind = node["type"]
    if kind == "boolean":
        return [False]
    if kind == "integer":
        return [0] if node.get("min", 0) <= 0 <= node.get("max", 0) else []
    if kind == "string":
        return [] if "enum" in node or "format" in node else [""]
    if kind == "array":
        return [] if node.get("min_items") else [[]]
    if kind in ("any",):
        return [False, 0, 0.0, "", {}, []]
    if kind == "one_of":
        if node.get("min_items"):
            return []
        values: list[Any] = []
        for choice in node["choices"]:
            for value in falsy_values(choice):
                if not any(type(value) is type(seen) and value == seen for seen in values):
                    values.append(value)
        return values
    if is_record(node):
        return [] if any(p.get("required") for p in node["properties"].values()) else [{}]
    if is_map(node) or kind == "object":
        return [{}]
    return []


# --- walking values along their nodes ------------------------------------------------------------


@dataclass
class Site:
    """A value inside a kwargs tree, with its (effective, resolved) node.

    ``loc`` is the pydantic error location of the value: union values are followed by their
    variant tag (``event.message.text``), list items by their index, map values by their key.
    ``parent[key]`` is the value (``parent`` is the kwargs dict for top-level keywords; the root
    site, ``loc == ()``, has no parent). For a union value, a second site with the same value and
    ``loc + (tag,)`` stands for the variant record (``alias=True``); its discriminator member is
    marked with ``union_loc`` / ``union_tags``. ``required``: the value may not be left out or
    be ``None`` (required members, list items, map values).
    """

    loc: tuple[Any, ...]
    node: Node
    value: Any
    parent: Any = None
    key: Any = None
    required: bool = True
    alias: bool = False
    union_loc: tuple[Any, ...] | None = None
    union_tags: tuple[str, ...] = field(default_factory=tuple)


def walk(action: str, kwargs: dict[str, Any]) -> Iterator[Site]:
    """Every value of ``kwargs`` (the root included), depth first."""
    members = params(action)
    yield Site((), {"type": "object", "properties": members, "_key": action}, kwargs)
    for name, value in kwargs.items():
        if name in members:
            child = members[name]
            yield from _walk(value, child, (name,), kwargs, name, bool(child.get("required")))


def _walk(
    value: Any, node: Node, loc: tuple[Any, ...], parent: Any, key: Any, required: bool
) -> Iterator[Site]:
    node = resolve(node)
    yield Site(loc, node, value, parent, key, required)
    if value is None:
        return
    kind = node["type"]
    if kind == "union":
        tag = value[node["discriminator"]]
        record = variant_record(node, tag)
        yield Site((*loc, tag), record, value, parent, key, required, alias=True)
        for name, child_value in value.items():
            child = record["properties"][name]
            if name == node["discriminator"]:
                yield Site(
                    (*loc, tag, name),
                    resolve(child),
                    child_value,
                    value,
                    name,
                    union_loc=loc,
                    union_tags=tuple(node["variants"]),
                )
            else:
                yield from _walk(
                    child_value, child, (*loc, tag, name), value, name, bool(child.get("required"))
                )
    elif is_record(node):
        for name, child_value in value.items():
            child = node["properties"][name]
            yield from _walk(
                child_value, child, (*loc, name), value, name, bool(child.get("required"))
            )
    elif is_map(node):
        for name, child_value in value.items():
            yield from _walk(
                child_value, node["additional_properties"], (*loc, name), value, name, True
            )
    elif kind == "array":
        for index, child_value in enumerate(value):
            yield from _walk(child_value, node["items"], (*loc, index), value, index, True)


def iter_schema(action: str) -> Iterator[Node]:
    """Every node reachable from the action's parameters (each union variant, each member)."""
    seen: set[tuple[int, str]] = set()

    def visit(node: Node) -> Iterator[Node]:
        node = resolve(node)
        marker = (id(node.get("properties", node)), node.get("_key", ""))
        if is_record(node) and marker in seen:
            return
        seen.add(marker)
        yield node
        if node["type"] == "union":
            for tag in node["variants"]:
                yield from visit(variant_record(node, tag))
        elif is_record(node):
            for child in node["properties"].values():
                yield from visit(child)
        elif is_map(node):
            yield from visit(node["additional_properties"])
        elif node["type"] == "array":
            yield from visit(node["items"])
        elif node["type"] == "one_of":
            for child in node["choices"]:
                yield from visit(child)

    yield from visit({"type": "object", "properties": params(action), "_key": action})
