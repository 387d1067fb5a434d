"""Request values as the handlers use them: nested models, plain JSON and wire time stamps."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any, TypeVar, Union

import pydantic

from ...models import (
    CustomEvent,
    FileEvent,
    FilledFormEvent,
    FormEvent,
    MessageEvent,
    RichMessageEvent,
    SystemMessageEvent,
)
from .._errors import ApiFailure

__all__ = ["EventModel", "as_event", "as_json", "as_model", "wire_stamp"]

M = TypeVar("M", bound=pydantic.BaseModel)

EventModel = Union[  # noqa: UP007
    MessageEvent,
    FileEvent,
    FormEvent,
    FilledFormEvent,
    RichMessageEvent,
    CustomEvent,
    SystemMessageEvent,
]
"""An event of a request, as its model."""
_EVENTS = (
    MessageEvent,
    FileEvent,
    FormEvent,
    FilledFormEvent,
    RichMessageEvent,
    CustomEvent,
    SystemMessageEvent,
)


def as_model(value: M | Mapping[str, Any], kind: type[M]) -> M:
    """A nested request object as its model.

    The request models always build nested models (``ModelOrDict``'s mapping arm is for type
    checkers only), so a mapping here is a bug of the fake, answered ``500 internal``.
    """
    if not isinstance(value, kind):
        raise TypeError(f"expected a {kind.__name__}, got {type(value).__name__}")
    return value


def as_event(value: EventModel | Mapping[str, Any]) -> EventModel:
    """An event of a request as its model (see :func:`as_model`)."""
    if not isinstance(value, _EVENTS):
        raise TypeError(f"expected an event model, got {type(value).__name__}")
    return value


def as_json(value: Any) -> Any:
    """Plain JSON data from models, mappings and sequences."""
    return json.loads(pydantic.TypeAdapter(Any).dump_json(value))


def wire_stamp(value: str | datetime) -> str:
    """A date-time input in the API's wire format (UTC, microseconds, ``Z``), for comparisons.

    The request models check the RFC 3339 shape only; an impossible date or time (month 13,
    February 30, a year out of range once in UTC) is a ``validation`` error.
    """
    try:
        if isinstance(value, str):
            value = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    except (ValueError, OverflowError):
        raise ApiFailure("validation", f"{value} is not a valid date-time") from None
