"""Strict mode: list what a lenient parse accepted but the spec does not document.

Responses always parse leniently (unknown fields kept, unknown event/user/field types as
``Unknown...`` variants, undocumented enum values as plain strings). A client created with
``strict=True`` runs :func:`undocumented` on every parsed response and refuses any finding.
"""

from __future__ import annotations

import functools
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from ._base import UnknownVariant, _ValidateAsStr

__all__ = ["undocumented"]


def undocumented(value: object) -> list[str]:
    """Every place in ``value`` (a parsed response) that the spec does not document."""
    problems: list[str] = []
    _walk(value, "", problems)
    return problems


def _walk(value: object, loc: str, problems: list[str]) -> None:
    if isinstance(value, BaseModel):
        cls = type(value)
        if isinstance(value, UnknownVariant):
            kind = getattr(value, "type", None)
            problems.append(f"{loc or '(body)'}: undocumented or malformed object of type {kind!r}")
            return
        documented: frozenset[str] = getattr(cls, "_documented_extras", frozenset())
        for key in value.model_extra or ():
            if key not in documented:
                problems.append(f"{_join(loc, key)}: undocumented field")
        for name, allowed in _open_literals(cls).items():
            current = getattr(value, name)
            if current is not None and current not in allowed:
                problems.append(f"{_join(loc, name)}: undocumented value {current!r}")
        for name in cls.model_fields:
            _walk(getattr(value, name), _join(loc, name) if name != "root" else loc, problems)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, f"{loc}[{index}]", problems)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, _join(loc, str(key)), problems)


def _join(loc: str, name: str) -> str:
    return f"{loc}.{name}" if loc else name


@functools.cache
def _open_literals(cls: type[BaseModel]) -> dict[str, frozenset[str]]:
    """The documented values of each ``OpenLiteral`` field of ``cls``."""
    found: dict[str, frozenset[str]] = {}
    for name, field in cls.model_fields.items():
        if any(isinstance(meta, _ValidateAsStr) for meta in field.metadata):
            found[name] = _literal_values(field.annotation)
        else:
            values = _open_literal_in(field.annotation)
            if values is not None:
                found[name] = values
    return found


def _open_literal_in(annotation: Any) -> frozenset[str] | None:
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *metadata = get_args(annotation)
        if any(isinstance(meta, _ValidateAsStr) for meta in metadata):
            return _literal_values(inner)
        return _open_literal_in(inner)
    if origin in (Union, types.UnionType):
        for arg in get_args(annotation):
            values = _open_literal_in(arg)
            if values is not None:
                return values
    return None


def _literal_values(annotation: Any) -> frozenset[str]:
    values: set[str] = set()
    for arg in get_args(annotation) or (annotation,):
        if get_origin(arg) is Literal:
            values.update(get_args(arg))
    return frozenset(values)
