"""What JSON cannot carry, found on the slow path only: lone surrogates, over-deep or circular
values, non-string keys, NaN and infinities, objects that are not JSON at all.

A validated request is serialized by pydantic at C speed; only when that fails (or leaves the
trace of a mangled key) does :func:`surrogate_problems` walk the model to name the field. The
``payload=`` escape hatch, which has no model, is checked by :func:`encode_json_payload` with one
walk and then encoded exactly as ``json.dumps`` (the reference SDK, through httpx) encodes it.
"""

from __future__ import annotations

import functools
import json
import math
import re
import types
from collections.abc import Mapping
from typing import Annotated, Any, Final, Union, get_args, get_origin

from pydantic import BaseModel, Discriminator

__all__ = ["MAX_JSON_DEPTH", "action_name", "encode_json_payload", "surrogate_problems"]

MAX_JSON_DEPTH: Final = 64
"""How deeply a free-form JSON value you send may nest arrays and objects: 64 levels.

It applies to each free-form value (a ``multicast`` ``content``, a property value, a member of a
custom event's ``content``) and to a whole ``payload=`` body; deeper input is refused with the
rule ``json_depth`` before anything is sent. Real content nests a few levels; the limit keeps
encoding well inside Python's recursion limit (and a self-containing list from looping), and
keeps what is sent readable when it comes back inside a response, whose parser (pydantic's)
stops at 200 levels."""

_REPLACEMENT: Final = "\ufffd".encode()
"""U+FFFD in UTF-8: what pydantic writes for a lone surrogate in a mapping key."""
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_MAX_PROBLEMS: Final = 100
"""A walk stops collecting after this many problems (the message lists 20 of them anyway)."""


def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate, which UTF-8 (and so JSON text) cannot encode."""
    return not text.isascii() and _SURROGATE.search(text) is not None


def _surrogate_text(text: str) -> str:
    match = _SURROGATE.search(text)
    assert match is not None
    char = f"\\u{ord(match.group()):04x}"
    return (
        f"holds a lone surrogate ('{char}' at index {match.start()}), which UTF-8 and so JSON "
        "cannot carry"
    )


def _surrogate_error(loc: tuple[Any, ...], text: str) -> dict[str, Any]:
    rule = "string_surrogate"
    return {"loc": loc, "msg": f"{_surrogate_text(text)} [rule: {rule}]", "type": rule}


# --- validated models ------------------------------------------------------------------------


def surrogate_problems(model: BaseModel) -> list[dict[str, Any]]:
    """Every lone surrogate in what ``model`` sends (values and keys), with pydantic's locations:
    wire names, list indexes, the union tag after a discriminated union's field, ``[key]`` after
    a mapping key."""
    problems: list[dict[str, Any]] = []
    _walk_model(model, (), problems)
    return problems


def _walk_model(model: BaseModel, loc: tuple[Any, ...], problems: list[dict[str, Any]]) -> None:
    given = model.model_fields_set
    for name, field in type(model).model_fields.items():  # in the order of the fields
        if name not in given or field.exclude:
            continue
        key = field.serialization_alias or field.alias or name
        tagged = _is_tagged_union(type(model), name)
        _walk(getattr(model, name), (*loc, key), problems, tagged, 0)


def _walk(
    value: Any, loc: tuple[Any, ...], problems: list[dict[str, Any]], tagged: bool, depth: int
) -> None:
    if len(problems) >= _MAX_PROBLEMS or depth > 2 * MAX_JSON_DEPTH:
        return
    if isinstance(value, str):
        if has_surrogate(value):
            problems.append(_surrogate_error(loc, value))
    elif isinstance(value, BaseModel):
        tag = getattr(value, "type", None) if tagged else None
        _walk_model(value, (*loc, tag) if isinstance(tag, str) else loc, problems)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(key, str) and has_surrogate(key):
                problems.append(_surrogate_error((*loc, key, "[key]"), key))
            _walk(item, (*loc, key), problems, False, depth + 1)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _walk(item, (*loc, index), problems, tagged, depth + 1)


@functools.cache
def _is_tagged_union(model: type[BaseModel], name: str) -> bool:
    """Whether the field holds members of a discriminated union (pydantic puts the tag in locs)."""
    field = model.model_fields[name]
    return any(_has_discriminator(part, 0) for part in (field.annotation, *field.metadata))


def _has_discriminator(annotation: Any, depth: int) -> bool:
    if isinstance(annotation, Discriminator):
        return True
    if depth > 8:
        return False
    origin = get_origin(annotation)
    if origin is Annotated:
        return any(_has_discriminator(part, depth + 1) for part in annotation.__metadata__) or (
            _has_discriminator(get_args(annotation)[0], depth + 1)
        )
    if origin in (Union, types.UnionType) or origin is not None:
        return any(_has_discriminator(arg, depth + 1) for arg in get_args(annotation))
    return False


@functools.cache
def action_name(model: type[BaseModel]) -> str:
    """The name of the action whose request model is ``model`` (its class name if none)."""
    from .._action import Action  # the action modules import the models: import late
    from ..actions import CATEGORY_MODULES

    for module in CATEGORY_MODULES:
        for category in list(vars(module).values()):
            if not isinstance(category, type) or issubclass(category, BaseModel):
                continue
            for action in list(vars(category).values()):
                if isinstance(action, Action) and action.request_model is model:
                    return action.name
    return model.__name__


# --- payload= -----------------------------------------------------------------------------------


class _Walk:
    """One check of a ``payload=`` value against what ``json.dumps`` can write as JSON text.

    Problems are located at ``("payload",)``; the message names the place inside the payload by
    position - ``key #2`` (the third key itself), ``value of key #2``, ``item 0`` - never by the
    text of a key, which is user data that may hold a secret.
    """

    def __init__(self) -> None:
        self.problems: list[dict[str, Any]] = []

    def add(self, loc: tuple[str, ...], rule: str, msg: str) -> None:
        if len(self.problems) < _MAX_PROBLEMS:
            if len(loc) > 6:  # a deep place: its first and last steps say enough
                loc = (*loc[:3], f"... {len(loc) - 5} levels ...", *loc[-2:])
            where = f"at {' > '.join(loc)}: " if loc else ""
            self.problems.append(
                {"loc": ("payload",), "msg": f"{where}{msg} [rule: {rule}]", "type": rule}
            )

    def value(self, value: Any, loc: tuple[str, ...], depth: int) -> None:
        kind = type(value)
        if kind is str or kind is int or kind is bool or value is None:
            return
        if isinstance(value, float):
            if not math.isfinite(value):
                self.add(loc, "json_type", "NaN and infinities are not JSON values")
        elif isinstance(value, (str, int)):
            return
        elif isinstance(value, (dict, list, tuple)):
            if depth >= MAX_JSON_DEPTH:
                self.add(loc, "json_depth", _DEEP)
                return
            if isinstance(value, dict):
                for n, (key, item) in enumerate(value.items()):
                    if not isinstance(key, str):
                        self.add(
                            (*loc, f"key #{n}"),
                            "json_key",
                            f"a JSON key must be a string, not {type(key).__name__}",
                        )
                    self.value(item, (*loc, f"value of key #{n}"), depth + 1)
            else:
                for index, item in enumerate(value):
                    self.value(item, (*loc, f"item {index}"), depth + 1)
        else:
            self.add(loc, "json_type", f"{type(value).__name__} is not a JSON value")

    def surrogates(self, value: Any, loc: tuple[str, ...], depth: int) -> None:
        if len(self.problems) >= _MAX_PROBLEMS or depth > MAX_JSON_DEPTH:
            return
        if isinstance(value, str):
            if has_surrogate(value):
                self.add(loc, "string_surrogate", _surrogate_text(value))
        elif isinstance(value, dict):
            for n, (key, item) in enumerate(value.items()):
                if isinstance(key, str) and has_surrogate(key):
                    self.add((*loc, f"key #{n}"), "string_surrogate", _surrogate_text(key))
                self.surrogates(item, (*loc, f"value of key #{n}"), depth + 1)
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                self.surrogates(item, (*loc, f"item {index}"), depth + 1)


_DEEP: Final = f"nests arrays/objects more than {MAX_JSON_DEPTH} levels deep"


def _plain(value: Any, depth: int) -> bool:
    """Whether ``value`` is made of exact JSON types only, finite and shallow enough: the fast
    check of a normal payload (anything else is looked at again by :class:`_Walk`)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is dict:
        if depth >= MAX_JSON_DEPTH:
            return False
        for key, item in value.items():
            if type(key) is not str or not _plain(item, depth + 1):
                return False
        return True
    if kind is list or kind is tuple:
        if depth >= MAX_JSON_DEPTH:
            return False
        for item in value:
            if not _plain(item, depth + 1):
                return False
        return True
    return kind is float and value - value == 0.0  # NaN and infinities give NaN


def encode_json_payload(payload: Any) -> tuple[bytes | None, list[dict[str, Any]]]:
    """``payload`` as the reference SDK sends it (``json.dumps``, compact, UTF-8), or the problems
    that keep it from being JSON text (see :class:`_Walk` for how they are located)."""
    if type(payload) is dict and _plain(payload, 0):
        try:
            return _dumps(payload), []
        except Exception:  # a lone surrogate, a huge int, ...: the slow path names it
            pass
    return _checked(payload)


def _dumps(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode(
        "utf-8"
    )


def _checked(payload: Any) -> tuple[bytes | None, list[dict[str, Any]]]:
    walk = _Walk()
    loc: tuple[str, ...] = ()
    if not isinstance(payload, Mapping):
        walk.add(loc, "payload_type", "must be a JSON object (a dict)")
        return None, walk.problems
    try:
        walk.value(payload, loc, 0)
        if walk.problems:
            return None, walk.problems
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        try:
            return text.encode("utf-8"), []
        except UnicodeEncodeError:
            walk.surrogates(payload, loc, 0)
    except Exception as exc:  # a dict whose items() raise, an int too long to write, ...
        walk.problems = []
        walk.add(loc, "json_encode", f"cannot be encoded as JSON: {type(exc).__name__}")
    if not walk.problems:
        walk.add(loc, "json_encode", "cannot be encoded as JSON")
    return None, walk.problems
