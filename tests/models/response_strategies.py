"""Hypothesis strategies for response bodies, from the spec (``tests/spec/agent_web_v3_6.json``).

``response_body(action)`` draws a JSON value (dicts, lists, str, int, float, bool, None) that the
API could answer ``action`` with, per the spec's response nodes: ``response_root`` (object, array
of ``response_items`` or empty ``{}``), ``ref`` s resolved into ``structures``, ``required``
members always present and the others present or absent at random (``sample_omits`` makes a
member optional), ``null`` nowhere (no response node is ``nullable``), ``enum`` values, unions
by their discriminator, maps (``additional_properties``: ``Properties``, ``text_vars``,
``last_event_per_type`` keyed by the event's own type), one-key ``SessionFields`` items,
``date-time`` in the wire format (UTC ``Z`` with exactly 6 fraction digits; customer timestamps
may carry a non-zero ``+HH:MM`` / ``-HH:MM`` offset), ``any`` as any JSON value, bounded sizes.

Rules the spec gives only in ``notes`` are honoured so bodies stay meaningful: a thread with
``restricted_access`` has no ``events``; postback and button ``type`` / ``value`` come together;
a ``webview`` button has a ``webview_height``. One deliberate narrowing:
``FilledFormGroupAnswer.id`` is ``any`` in the spec, but its notes name the two shapes seen
(string, integer): drawn as those.

Options, for forward-compatibility tests:

* ``unknowns=True`` sprinkles what a newer server might send: extra members with random names
  (never a member name the spec documents anywhere) at any object level, unknown union variants
  (events of type ``thinking_indicator``, users of type ``bot``, ``header`` form fields, ...,
  with extra members of their own) and undocumented values of open enums (one-value enums are
  kind tags, never altered). At least one unknown is always sprinkled.
* ``nulls=True`` lets optional members be ``null`` as well (absent / null / value).

``generated_body(action, ...)`` draws a :class:`Generated`: the body plus the locations of every
sprinkled unknown, spelled as ``livechat_typed.models._strict.undocumented`` spells them
(``chats[0].thread.events[1].foo``, ``[2].status``; ``(body)`` for the whole body).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from ..helpers import load_spec

__all__ = [
    "ACTIONS",
    "SPEC",
    "Generated",
    "documented_names",
    "generated_body",
    "json_values",
    "resolve",
    "response_body",
    "response_node",
    "wire_timestamps",
]

Node = dict[str, Any]
Draw = Callable[[st.SearchStrategy[Any]], Any]

SPEC: dict[str, Any] = load_spec()
STRUCTURES: dict[str, Node] = SPEC["structures"]
ACTIONS: tuple[str, ...] = tuple(SPEC["actions"])


def _collect_names(node: Any, into: set[str]) -> None:
    if isinstance(node, dict):
        for key in ("properties", "response"):
            if isinstance(node.get(key), dict):
                into.update(node[key])
        for value in node.values():
            _collect_names(value, into)
    elif isinstance(node, list):
        for item in node:
            _collect_names(item, into)


def documented_names() -> frozenset[str]:
    """Every member name the spec documents anywhere (requests, responses, structures)."""
    names: set[str] = set()
    _collect_names(SPEC, names)
    return frozenset(names)


_DOCUMENTED = documented_names()


# --- spec nodes --------------------------------------------------------------------------------


def response_node(action: str) -> Node:
    """The response of ``action`` as one node: a record, an array or an empty record."""
    spec = SPEC["actions"][action]
    root = spec["response_root"]
    if root == "array":
        return {"type": "array", "items": spec["response_items"]}
    return {"type": "object", "properties": spec["response"] if root == "object" else {}}


def resolve(node: Node) -> Node:
    """Follow a ``ref`` into ``structures``; the referencing node's own keys are kept.

    The result has ``type`` ``object`` with ``properties`` (a record), ``object`` with
    ``additional_properties`` (a map), ``object`` with neither (free-form), ``array``, ``union``
    (``discriminator``, ``variants``), ``string``, ``integer``, ``boolean`` or ``any``; ``_ref``
    names the structure it came from.
    """
    ref = node.get("ref")
    if ref is None:
        return node
    structure = STRUCTURES[ref]
    outer = {k: v for k, v in node.items() if k not in ("ref", "items", "properties")}
    kind = structure["kind"]
    if kind == "object":
        return {**outer, "type": "object", "properties": structure["properties"], "_ref": ref}
    if kind == "map":
        return {**outer, "type": "object", "additional_properties": structure["value"], "_ref": ref}
    if kind == "array":
        return {**outer, "type": "array", "items": structure["items"], "_ref": ref}
    if kind == "union":
        return {
            **outer,
            "type": "union",
            "discriminator": structure["discriminator"],
            "variants": structure["variants"],
            "_ref": ref,
        }
    raise AssertionError(f"unknown structure kind {kind!r}")


def is_optional(node: Node) -> bool:
    """A response member that may be absent."""
    return not node.get("required", False) or bool(node.get("sample_omits"))


# --- leaves ------------------------------------------------------------------------------------

TEXT: st.SearchStrategy[str] = st.text(st.characters(exclude_categories=["Cs"]), max_size=10)
"""Any Unicode text (``""`` included) without lone surrogates, which JSON text cannot carry."""

_SCALARS: st.SearchStrategy[Any] = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
)


def json_values(max_leaves: int = 5) -> st.SearchStrategy[Any]:
    """Any JSON value, ``null`` included, small."""
    return st.recursive(
        _SCALARS,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
        max_leaves=max_leaves,
    )


_UTC_MOMENTS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31))
_OFFSETS = st.builds(
    lambda hours, minutes, sign: sign * timedelta(hours=hours, minutes=minutes),
    st.integers(0, 14),
    st.sampled_from([0, 30, 45]),
    st.sampled_from([1, -1]),
).filter(lambda offset: offset and abs(offset) <= timedelta(hours=14))


def wire_timestamps(*, offsets: bool = False) -> st.SearchStrategy[str]:
    """``2024-07-15T09:04:57.881200Z``; with ``offsets``, sometimes ``...+01:00`` instead."""
    utc = _UTC_MOMENTS.map(lambda moment: moment.isoformat(timespec="microseconds") + "Z")
    if not offsets:
        return utc
    shifted = st.builds(
        lambda moment, offset: moment.replace(tzinfo=timezone(offset)).isoformat(
            timespec="microseconds"
        ),
        _UTC_MOMENTS,
        _OFFSETS,
    )
    return st.one_of(utc, shifted)


_EXTRA_NAMES: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(
        ["summary", "ai_generated", "thinking", "x_trace_id", "_meta", "priority", "$schema"]
    ),
    st.from_regex(re.compile(r"[a-z][a-z0-9_]{0,14}"), fullmatch=True),
    TEXT,
).filter(lambda name: name not in _DOCUMENTED)
"""Names of undocumented members: realistic, identifier-like and arbitrary text."""

_NEW_ENUM_VALUES: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(["hidden", "bots", "carousel", "email", "busy", "small", "parent"]),
    st.from_regex(re.compile(r"[a-z][a-z_]{0,11}"), fullmatch=True),
    TEXT,
)

_NEW_TAGS: dict[str, list[str]] = {
    "Event": ["thinking_indicator", "event_preview", "sticker", "call", "annotation"],
    "User": ["bot", "supervisor", "visitor", "integration"],
    "FormField": ["header", "rating", "date", "phone"],
    "FilledFormField": ["header", "rating", "date", "phone"],
}
"""Variant tags a newer server may send, per union (a random identifier is drawn too)."""


# --- generation --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Generated:
    """A drawn body and where its sprinkled unknowns are (``undocumented()`` locations)."""

    body: Any
    unknowns: tuple[str, ...]


def _join(loc: str, name: str) -> str:
    return f"{loc}.{name}" if loc else name


class _Gen:
    """One drawing pass: ``draw`` plus the options and the unknowns sprinkled so far."""

    def __init__(self, draw: Draw, *, unknowns: bool, nulls: bool) -> None:
        self.draw = draw
        self.unknowns = unknowns
        self.nulls = nulls
        self.marks: list[str] = []

    def chance(self, percent: int) -> bool:
        """True with about ``percent`` % probability (shrinks towards False)."""
        return bool(self.draw(st.integers(0, 99)) >= 100 - percent)

    # --- dispatch -------------------------------------------------------------------------------

    def value(self, node: Node, loc: str, *, offsets: bool = False, tag: str | None = None) -> Any:
        node = resolve(node)
        ref = node.get("_ref")
        offsets = offsets or ref in ("Customer", "CustomerLastVisit", "VisitedPage")
        kind = node.get("type")
        if kind == "union":
            return self.union(node, loc, offsets=offsets, tag=tag)
        if kind == "object":
            if "properties" in node:
                return self.record(node["properties"], loc, ref=ref, offsets=offsets)
            if "additional_properties" in node:
                return self.map(node, loc, offsets=offsets)
            return self.draw(st.dictionaries(TEXT, json_values(), max_size=3))
        if kind == "array":
            return self.array(node, loc, offsets=offsets)
        if kind == "string":
            return self.string(node, loc, offsets=offsets)
        if kind == "integer":
            return self.draw(st.integers(0, 2**31 - 1))
        if kind == "boolean":
            return self.draw(st.booleans())
        if kind == "any":
            return self.draw(json_values())
        raise AssertionError(f"unsupported node type {kind!r} at {loc or '(body)'}")

    def string(self, node: Node, loc: str, *, offsets: bool) -> str:
        enum = node.get("enum")
        if enum:
            if self.unknowns and len(enum) > 1 and self.chance(8):
                value: str = self.draw(_NEW_ENUM_VALUES.filter(lambda v: v not in enum))
                self.marks.append(loc)
                return value
            return str(self.draw(st.sampled_from(enum)))
        if node.get("format") == "date-time":
            return str(self.draw(wire_timestamps(offsets=offsets)))
        return str(self.draw(TEXT))

    def array(self, node: Node, loc: str, *, offsets: bool) -> list[Any]:
        items = node["items"]
        if node.get("_ref") == "SessionFields":  # each item holds exactly one key
            pairs = self.draw(st.lists(st.tuples(TEXT, TEXT), max_size=3))
            return [{key: value} for key, value in pairs]
        size = self.draw(st.integers(0, min(node.get("max_items", 3), 3)))
        return [self.value(items, f"{loc}[{index}]", offsets=offsets) for index in range(size)]

    def map(self, node: Node, loc: str, *, offsets: bool) -> dict[str, Any]:
        value_node = node["additional_properties"]
        if value_node.get("ref") == "LastEventOfType":  # keyed by the event's own type
            tags = list(STRUCTURES["Event"]["variants"])
            keys = self.draw(st.lists(st.sampled_from(tags), unique=True, max_size=3))
            if self.unknowns and self.chance(10):
                keys.append(self.draw(self.new_tag("Event")))
            return {
                key: self.record(
                    STRUCTURES["LastEventOfType"]["properties"],
                    _join(loc, key),
                    ref="LastEventOfType",
                    offsets=offsets,
                    tags={"event": key},
                )
                for key in keys
            }
        keys = self.draw(st.lists(TEXT, unique=True, max_size=3))
        return {key: self.value(value_node, _join(loc, key), offsets=offsets) for key in keys}

    # --- records --------------------------------------------------------------------------------

    def record(
        self,
        properties: dict[str, Node],
        loc: str,
        *,
        ref: str | None = None,
        offsets: bool = False,
        fixed: dict[str, str] | None = None,
        tags: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        """An object with documented members; ``fixed`` pins values, ``tags`` union variants."""
        fixed = fixed or {}
        tags = tags or {}
        out: dict[str, Any] = {}
        for name, member in properties.items():
            if name in fixed:
                out[name] = fixed[name]
                continue
            presence = _presence_rule(ref, name, out)
            if presence is None:
                presence = not is_optional(member) or self.draw(st.booleans())
            if not presence:
                continue
            if self.nulls and is_optional(member) and self.chance(30):
                out[name] = None
                continue
            if (ref, name) == ("FilledFormGroupAnswer", "id"):  # ``any``: see the docstring
                out[name] = self.draw(st.one_of(TEXT, st.integers()))
                continue
            out[name] = self.value(member, _join(loc, name), offsets=offsets, tag=tags.get(name))
        if self.unknowns and self.chance(12):
            self.extras(out, loc)
        return out

    def extras(self, out: dict[str, Any], loc: str) -> None:
        names = self.draw(st.lists(_EXTRA_NAMES, min_size=1, max_size=2, unique=True))
        for name in names:
            if name not in out:
                out[name] = self.draw(json_values())
                self.marks.append(_join(loc, name))

    # --- unions ---------------------------------------------------------------------------------

    def new_tag(self, union: str) -> st.SearchStrategy[str]:
        known = STRUCTURES[union]["variants"]
        return st.one_of(
            st.sampled_from(_NEW_TAGS.get(union, ["unknown"])),
            st.from_regex(re.compile(r"[a-z][a-z_]{0,15}"), fullmatch=True),
        ).filter(lambda tag: tag not in known)

    def union(self, node: Node, loc: str, *, offsets: bool, tag: str | None) -> dict[str, Any]:
        name, key, variants = node["_ref"], node["discriminator"], node["variants"]
        if tag is None:
            if self.unknowns and self.chance(10):
                tag = self.draw(self.new_tag(name))
            else:
                tag = self.draw(st.sampled_from(list(variants)))
        if tag not in variants:
            return self.unknown_variant(name, key, tag, loc)
        variant = variants[tag]
        return self.record(
            STRUCTURES[variant]["properties"],
            loc,
            ref=variant,
            offsets=offsets or variant == "Customer",
            fixed={key: tag},
        )

    def unknown_variant(self, union: str, key: str, tag: str, loc: str) -> dict[str, Any]:
        """An object of a variant the spec does not know, shaped like its siblings."""
        out: dict[str, Any] = {key: tag}
        draw = self.draw
        if union == "Event":
            out["id"] = draw(TEXT)
            out["created_at"] = draw(wire_timestamps())
            if draw(st.booleans()):
                out["author_id"] = draw(TEXT)
            if draw(st.booleans()):
                out["visibility"] = draw(st.sampled_from(["all", "agents"]))
        elif union == "User":
            out["id"] = draw(TEXT)
            if draw(st.booleans()):
                out["name"] = draw(TEXT)
        else:  # form fields
            out["id"] = draw(TEXT)
            out["label"] = draw(TEXT)
            if union == "FilledFormField" and draw(st.booleans()):
                out["answer"] = draw(json_values())
        for name in draw(st.lists(_EXTRA_NAMES, max_size=3, unique=True)):
            out.setdefault(name, draw(json_values()))
        self.marks.append(loc or "(body)")
        return out


def _presence_rule(ref: str | None, name: str, so_far: dict[str, Any]) -> bool | None:
    """Presence forced by a rule from the spec's notes; ``None``: no rule, draw it."""
    if ref == "Thread" and name == "events" and so_far.get("restricted_access") is not None:
        return False  # "when present, events are absent"
    if ref in ("MessagePostback", "RichMessageButton") and name == "value":
        return "type" in so_far  # "present only together with type"
    if ref == "RichMessageButton" and name == "webview_height" and so_far.get("type") == "webview":
        return True  # "required when type=webview"
    return None


@st.composite
def generated_body(
    draw: Draw, action: str, *, unknowns: bool = False, nulls: bool = False
) -> Generated:
    """A response body for ``action`` and the locations of its sprinkled unknowns."""
    gen = _Gen(draw, unknowns=unknowns, nulls=nulls)
    node = response_node(action)
    if node["type"] == "array":
        size = draw(st.integers(1 if unknowns else 0, 3))
        body: Any = [gen.value(node["items"], f"[{index}]") for index in range(size)]
        if unknowns and not gen.marks:
            gen.extras(body[0], "[0]")
    else:
        body = gen.record(node["properties"], "", offsets=action == "get_customer")
        if unknowns and not gen.marks:
            gen.extras(body, "")
    json.dumps(body, allow_nan=False)  # always a JSON value
    return Generated(body, tuple(gen.marks))


def response_body(
    action: str, *, unknowns: bool = False, nulls: bool = False
) -> st.SearchStrategy[Any]:
    """A response body for ``action`` as a plain JSON value (see the module docstring)."""
    return generated_body(action, unknowns=unknowns, nulls=nulls).map(lambda g: g.body)
