"""Turn pydantic validation errors into :class:`InvalidRequestError` with helpful hints."""

from __future__ import annotations

import types
from collections.abc import Iterator, Sequence
from typing import Any, Literal, Union, get_args, get_origin

import pydantic

from .errors import FileTooLargeError, InvalidRequestError

__all__ = ["invalid_model", "invalid_request"]


def invalid_request(
    action: str,
    model: type[pydantic.BaseModel],
    exc: pydantic.ValidationError,
    *,
    owner: str = "the action",
) -> InvalidRequestError:
    """Build the error for a failed call: every problem names its field path and its rule.

    Unknown keywords get a ``did you mean ...?`` hint from the fields the model knows at that
    place, nested dicts included. ``owner`` is what does not define an unknown keyword (``the
    action`` for a call).
    """
    errors: list[dict[str, Any]] = []
    for details in exc.errors(include_url=False, include_input=False, include_context=False):
        error: dict[str, Any] = dict(details)
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden":
            where = "keyword argument" if len(loc) == 1 else "key"
            msg = f"unexpected {where} ({owner} does not define it)"
            hint = _suggest(model, loc)
            if hint:
                msg += f"; did you mean `{hint}`?"
            error["msg"] = msg
        elif error["type"] == "missing":
            error["msg"] = "required, but not given"
        else:
            error["msg"] = f"{error['msg']} [rule: {error['type']}]"
        errors.append(error)
    if any(error["type"] == "file_too_large" for error in errors):
        return FileTooLargeError(action, errors)
    return InvalidRequestError(action, errors)


def invalid_model(
    model: type[pydantic.BaseModel], exc: pydantic.ValidationError
) -> InvalidRequestError:
    """Build the error for a request model constructed directly (``MessageEvent(...)``): the
    problems of a call, under the model's name instead of an action's."""
    return invalid_request(model.__name__, model, exc, owner="the model")


def _suggest(model: type[pydantic.BaseModel], loc: Sequence[Any]) -> str | None:
    names: set[str] = set()
    for candidate in _models_at(model, loc[:-1]):
        for name, info in candidate.model_fields.items():
            if info.exclude:
                continue
            names.add(name)
            if isinstance(info.validation_alias, str):
                names.add(info.validation_alias)
            if info.alias:
                names.add(info.alias)
    import difflib  # only a refused call needs it (~0.2 MiB)

    matches = difflib.get_close_matches(str(loc[-1]), sorted(names), n=1, cutoff=0.6)
    return matches[0] if matches else None


def _models_at(
    model: type[pydantic.BaseModel], path: Sequence[Any]
) -> list[type[pydantic.BaseModel]]:
    """The model classes that can stand at ``path`` (field names, list indexes, union tags)."""
    current = [model]
    for part in path:
        if not isinstance(part, str):  # a list index: same candidates
            continue
        fields = [cls.model_fields[part] for cls in current if part in cls.model_fields]
        if fields:
            current = [found for field in fields for found in _model_classes(field.annotation)]
        else:  # a discriminator tag: keep the variants it selects
            current = [cls for cls in current if part in _tags(cls)] or current
    return current


def _tags(cls: type[pydantic.BaseModel]) -> tuple[Any, ...]:
    """The ``type`` values a union variant stands for (its ``Literal``)."""
    field = cls.model_fields.get("type")
    if field is None:
        return ()
    return tuple(
        value
        for arg in (field.annotation, *get_args(field.annotation))
        if get_origin(arg) is Literal
        for value in get_args(arg)
    )


def _model_classes(annotation: Any) -> Iterator[type[pydantic.BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        yield annotation
        return
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType) or origin is not None:
        for arg in get_args(annotation):
            yield from _model_classes(arg)
