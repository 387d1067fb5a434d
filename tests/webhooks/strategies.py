"""Hypothesis strategies for webhook bodies, generated from the in-repo spec data.

``data/webhooks_v3_6.json`` describes, per webhook, its ``payload`` as a node of the Agent Chat
API spec's convention (``type``, ``required``, ``ref``, ``properties``, ``additional_properties``,
``items``, ``enum``, ``format``) and the ``structures`` the nodes refer to (the webhook shapes and
the agent-web ones they reuse: Chat, Event, User, ...). ``webhook_body(action)`` draws a body
LiveChat could deliver: the envelope (``webhook_id``, ``secret_key``, ``action``,
``organization_id``; ``additional_data`` for chat webhooks; ``requester`` and ``{}`` for
configuration ones), members that are not ``required`` present or absent at random
(``sample_omits`` makes one optional), enum values, unions by their discriminator, maps,
one-key session fields, ``date-time`` in the wire format (UTC ``Z`` with 6 fraction digits;
customer timestamps may carry an offset) and ``any`` as any JSON value.

Rules the agent-web spec gives only in notes are honoured: a thread with ``restricted_access``
has no ``events``; postback and button ``value`` come with ``type``; a ``webview`` button has a
``webview_height``; a filled group-chooser answer ``id`` is a string or an integer.

``unknowns=True`` sprinkles what a newer server may send, at least one per body: members with
names the spec never uses, at any object level; events and users of new types; undocumented
values of open enums (record members with more than one documented value). ``Generated.unknowns``
lists where, spelled as strict mode spells it (``payload.event``, ``payload[0].foo``).
``unknown_action_body()`` draws a webhook of an action no spec knows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

__all__ = [
    "ACTIONS",
    "DOCUMENTED_NAMES",
    "SECRET",
    "SPEC",
    "STRUCTURES",
    "TEXT",
    "Generated",
    "json_values",
    "unknown_action_body",
    "webhook_body",
    "wire_timestamps",
]

DATA = Path(__file__).resolve().parent / "data"
SPEC: dict[str, Any] = json.loads((DATA / "webhooks_v3_6.json").read_text(encoding="utf-8"))
STRUCTURES: dict[str, Any] = SPEC["structures"]
WEBHOOKS: dict[str, Any] = {webhook["action"]: webhook for webhook in SPEC["webhooks"]}
ACTIONS: tuple[str, ...] = tuple(WEBHOOKS)
SECRET = "wh-s3cret-Zq7-9Xw"
"""The secret every generated body carries."""

Node = dict[str, Any]
Draw = Callable[[st.SearchStrategy[Any]], Any]


def _names(node: Any, into: set[str]) -> None:
    if isinstance(node, dict):
        for key in ("properties",):
            if isinstance(node.get(key), dict):
                into.update(node[key])
        for value in node.values():
            _names(value, into)
    elif isinstance(node, list):
        for item in node:
            _names(item, into)


def _documented_names() -> frozenset[str]:
    names: set[str] = {"webhook_id", "secret_key", "action", "organization_id", "payload"}
    _names(SPEC, names)
    return frozenset(names)


DOCUMENTED_NAMES = _documented_names()
"""Every member name the webhook spec (and the structures it reuses) documents."""

# --- leaves -------------------------------------------------------------------------------------

TEXT: st.SearchStrategy[str] = st.text(st.characters(exclude_categories=["Cs"]), max_size=10)
"""Any Unicode text without lone surrogates (which JSON text cannot carry)."""

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


_MOMENTS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31))
_OFFSETS = st.builds(
    lambda hours, minutes, sign: sign * timedelta(hours=hours, minutes=minutes),
    st.integers(0, 14),
    st.sampled_from([0, 30, 45]),
    st.sampled_from([1, -1]),
).filter(lambda offset: offset and abs(offset) <= timedelta(hours=14))


def wire_timestamps(*, offsets: bool = False) -> st.SearchStrategy[str]:
    """``2024-07-15T09:04:57.881200Z``; with ``offsets``, sometimes ``...+01:00`` instead."""
    utc = _MOMENTS.map(lambda moment: moment.isoformat(timespec="microseconds") + "Z")
    if not offsets:
        return utc
    shifted = st.builds(
        lambda moment, offset: moment.replace(tzinfo=timezone(offset)).isoformat(
            timespec="microseconds"
        ),
        _MOMENTS,
        _OFFSETS,
    )
    return st.one_of(utc, shifted)


_EXTRA_NAMES: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(["summary", "delivery_id", "x_trace_id", "_meta", "button_type", "$schema"]),
    st.from_regex(re.compile(r"[a-z][a-z0-9_]{0,14}"), fullmatch=True),
    TEXT,
).filter(lambda name: name not in DOCUMENTED_NAMES)
"""Names of undocumented members: realistic, identifier-like and arbitrary text."""

_NEW_ENUM_VALUES: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(["hidden", "archived", "paused", "owner_pending", "holiday", "banned"]),
    st.from_regex(re.compile(r"[a-z][a-z_]{0,11}"), fullmatch=True),
    TEXT,
)

_NEW_TAGS: dict[str, list[str]] = {
    "Event": ["thinking_indicator", "event_preview", "sticker", "call"],
    "User": ["bot", "supervisor", "visitor", "integration"],
    "FormField": ["header", "rating", "date"],
    "FilledFormField": ["header", "rating", "date"],
}

# --- generation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Generated:
    """A drawn body and where its sprinkled unknowns are (strict-mode locations)."""

    body: dict[str, Any]
    unknowns: tuple[str, ...]


def _join(loc: str, name: str) -> str:
    return f"{loc}.{name}" if loc else name


def resolve(node: Node) -> Node:
    """Follow a ``ref`` into ``structures``, keeping the referencing node's own keys."""
    ref = node.get("ref")
    if ref is None:
        return node
    structure = STRUCTURES[ref]
    outer = {k: v for k, v in node.items() if k not in ("ref", "items", "properties", "type")}
    kind = structure["kind"]
    if kind == "object":
        return {**outer, "type": "object", "properties": structure["properties"], "_ref": ref}
    if kind == "map":
        return {**outer, "type": "object", "additional_properties": structure["value"], "_ref": ref}
    if kind == "array":
        return {**outer, "type": "array", "items": structure["items"], "_ref": ref}
    if kind == "union":
        return {**outer, "type": "union", "_ref": ref, **structure}
    raise AssertionError(f"unknown structure kind {kind!r}")


def _optional(node: Node) -> bool:
    return not node.get("required", False) or bool(node.get("sample_omits"))


class _Gen:
    """One drawing pass: ``draw``, the options and the unknowns sprinkled so far."""

    def __init__(self, draw: Draw, *, unknowns: bool) -> None:
        self.draw = draw
        self.unknowns = unknowns
        self.marks: list[str] = []

    def chance(self, percent: int) -> bool:
        return bool(self.draw(st.integers(0, 99)) >= 100 - percent)

    def value(self, node: Node, loc: str, *, offsets: bool = False) -> Any:
        node = resolve(node)
        ref = node.get("_ref")
        offsets = offsets or ref in ("Customer", "CustomerLastVisit", "VisitedPage")
        kind = node.get("type")
        if kind == "union":
            return self.union(node, loc, offsets=offsets)
        if kind == "object":
            if "properties" in node:
                return self.record(node["properties"], loc, ref=ref, offsets=offsets)
            if "additional_properties" in node:
                keys = self.draw(st.lists(TEXT, unique=True, max_size=3))
                value = node["additional_properties"]
                return {key: self.leaf_or_value(value, _join(loc, key), offsets) for key in keys}
            return self.draw(st.dictionaries(TEXT, json_values(), max_size=3))
        if kind == "array":
            if ref == "SessionFields":
                pairs = self.draw(st.lists(st.tuples(TEXT, TEXT), max_size=3))
                return [{key: value} for key, value in pairs]
            size = self.draw(st.integers(0, 3))
            return [self.value(node["items"], f"{loc}[{i}]", offsets=offsets) for i in range(size)]
        return self.leaf_or_value(node, loc, offsets)

    def leaf_or_value(self, node: Node, loc: str, offsets: bool) -> Any:
        kind = node.get("type")
        if node.get("ref") or kind in ("object", "array", "union"):
            return self.value(node, loc, offsets=offsets)
        if kind == "string":
            if node.get("enum"):
                return str(self.draw(st.sampled_from(node["enum"])))
            if node.get("format") == "date-time":
                return str(self.draw(wire_timestamps(offsets=offsets)))
            return str(self.draw(TEXT))
        if kind == "integer":
            return self.draw(st.integers(0, 2**31 - 1))
        if kind == "boolean":
            return self.draw(st.booleans())
        if kind == "any":
            return self.draw(json_values())
        raise AssertionError(f"unsupported node type {kind!r} at {loc or '(body)'}")

    def member(self, node: Node, loc: str, offsets: bool) -> Any:
        """A record member: an enum value may be an undocumented one."""
        enum = node.get("enum")
        if enum and self.unknowns and len(enum) > 1 and self.chance(8):
            self.marks.append(loc)
            return self.draw(_NEW_ENUM_VALUES.filter(lambda value: value not in enum))
        return self.leaf_or_value(node, loc, offsets)

    def record(
        self,
        properties: dict[str, Node],
        loc: str,
        *,
        ref: str | None = None,
        offsets: bool = False,
        fixed: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        fixed = fixed or {}
        out: dict[str, Any] = {}
        for name, member in properties.items():
            if name in fixed:
                out[name] = fixed[name]
                continue
            presence = _presence_rule(ref, name, out)
            if presence is None:
                presence = not _optional(member) or self.draw(st.booleans())
            if not presence:
                continue
            if (ref, name) == ("FilledFormGroupAnswer", "id"):
                out[name] = self.draw(st.one_of(TEXT, st.integers()))
                continue
            out[name] = self.member(member, _join(loc, name), offsets)
        if self.unknowns and self.chance(12):
            self.extras(out, loc)
        return out

    def extras(self, out: dict[str, Any], loc: str) -> None:
        for name in self.draw(st.lists(_EXTRA_NAMES, min_size=1, max_size=2, unique=True)):
            if name not in out:
                out[name] = self.draw(json_values())
                self.marks.append(_join(loc, name))

    def union(self, node: Node, loc: str, *, offsets: bool) -> dict[str, Any]:
        name, key, variants = node["_ref"], node["discriminator"], node["variants"]
        if self.unknowns and self.chance(10):
            tag = self.draw(
                st.one_of(
                    st.sampled_from(_NEW_TAGS.get(name, ["unknown"])),
                    st.from_regex(re.compile(r"[a-z][a-z_]{0,15}"), fullmatch=True),
                ).filter(lambda tag: tag not in variants)
            )
            return self.unknown_variant(name, key, tag, loc)
        tag = self.draw(st.sampled_from(sorted(variants)))
        variant = variants[tag]
        return self.record(
            STRUCTURES[variant]["properties"],
            loc,
            ref=variant,
            offsets=offsets or variant == "Customer",
            fixed={key: tag},
        )

    def unknown_variant(self, union: str, key: str, tag: str, loc: str) -> dict[str, Any]:
        out: dict[str, Any] = {key: tag, "id": self.draw(TEXT)}
        if union == "Event":
            out["created_at"] = self.draw(wire_timestamps())
        elif union in ("FormField", "FilledFormField"):
            out["label"] = self.draw(TEXT)
        for name in self.draw(st.lists(_EXTRA_NAMES, max_size=2, unique=True)):
            out.setdefault(name, self.draw(json_values()))
        self.marks.append(loc or "(body)")
        return out


def _presence_rule(ref: str | None, name: str, so_far: dict[str, Any]) -> bool | None:
    """Presence forced by a rule of the spec's notes; ``None``: draw it."""
    if ref == "Thread" and name == "events" and so_far.get("restricted_access") is not None:
        return False
    if ref in ("MessagePostback", "RichMessageButton") and name == "value":
        return "type" in so_far
    if ref == "RichMessageButton" and name == "webview_height" and so_far.get("type") == "webview":
        return True
    return None


@st.composite
def webhook_body(
    draw: Draw, action: str, *, unknowns: bool = False, secret: str = SECRET
) -> Generated:
    """A body of the webhook ``action`` and the locations of its sprinkled unknowns."""
    spec = WEBHOOKS[action]
    gen = _Gen(draw, unknowns=unknowns)
    body: dict[str, Any] = {
        "webhook_id": draw(TEXT),
        "secret_key": secret,
        "action": action,
        "organization_id": draw(TEXT),
    }
    body["payload"] = gen.value(spec["payload"], "payload")
    envelope = SPEC["envelope"]["node"]["properties"]
    if spec["envelope"] == "configuration":
        body["requester"] = gen.value(envelope["requester"], "requester")
        if draw(st.booleans()):
            body["additional_data"] = {}
    elif draw(st.integers(0, 9)) > 0:  # the chat_transferred sample has none
        body["additional_data"] = gen.value(envelope["additional_data"], "additional_data")
    if unknowns and (not gen.marks or gen.chance(10)):
        gen.extras(body, "")
    order = draw(st.permutations(list(body)))
    body = {key: body[key] for key in order}
    json.dumps(body, allow_nan=False)
    return Generated(body, tuple(gen.marks))


@st.composite
def unknown_action_body(draw: Draw, *, secret: str = SECRET) -> dict[str, Any]:
    """A webhook of an action no spec knows, with any JSON payload."""
    known = {*ACTIONS, "auto_access_added", "auto_access_updated", "auto_access_deleted"}
    action = draw(
        st.one_of(
            st.sampled_from(["event_deleted", "thread_summary_set", "agent_status_changed"]),
            st.from_regex(re.compile(r"[a-z][a-z_]{0,20}"), fullmatch=True),
            TEXT,
        ).filter(lambda name: name not in known)
    )
    body: dict[str, Any] = {
        "webhook_id": draw(TEXT),
        "secret_key": secret,
        "action": action,
        "organization_id": draw(TEXT),
        "payload": draw(json_values()),
    }
    if draw(st.booleans()):
        body["additional_data"] = {}
    return body
