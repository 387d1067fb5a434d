"""Small shared types: enums of the API and the properties / session-fields shapes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Final, Literal

from pydantic import AfterValidator, JsonValue
from pydantic_core import PydanticCustomError

from ._base import JsonInput, JsonObject, ResponseObject, SequenceInput

__all__ = [
    "UUID_PATTERN",
    "ErrorBody",
    "ErrorDetails",
    "EventType",
    "Properties",
    "PropertiesInput",
    "PropertiesToDelete",
    "PropertyValue",
    "RoutingStatus",
    "SessionFields",
    "SortOrder",
    "UserType",
    "Visibility",
]

Visibility = Literal["all", "agents"]
"""Who sees an event: everyone in the chat, or agents only."""

SortOrder = Literal["asc", "desc"]
"""``asc``: oldest first; ``desc`` (the API's default): newest first."""

RoutingStatus = Literal["accepting_chats", "not_accepting_chats", "offline"]
"""An agent's routing status; ``offline`` is settable for bots only."""

UserType = Literal["agent", "customer"]

EventType = Literal[
    "message", "file", "form", "filled_form", "rich_message", "custom", "system_message"
]

PropertyValue = JsonValue
"""A property value: string, integer (int32) or boolean in practice; any JSON is passed through."""

Properties = dict[str, dict[str, PropertyValue]]
"""Properties as ``{namespace: {property_name: value}}``, of chats, threads and events."""

PropertiesInput = Mapping[str, Mapping[str, JsonInput]]
"""Properties to set, ``{namespace: {property_name: value}}`` (values: str, int or bool)."""

PropertiesToDelete = Mapping[str, list[str]]
"""Properties to delete as ``{namespace: [property_name, ...]}``."""


def _one_key_each(fields: Sequence[Mapping[str, str]]) -> Sequence[Mapping[str, str]]:
    for index, item in enumerate(fields):
        if len(item) != 1:
            raise PydanticCustomError(
                "session_field",
                "item {index} must hold exactly one key/value pair, not {count}",
                {"index": index, "count": len(item)},
            )
    return fields


SessionFields = Annotated[SequenceInput[Mapping[str, str]], AfterValidator(_one_key_each)]
"""Ordered list of single key/value objects, e.g. ``[{"plan": "pro"}, {"seats": "5"}]``."""

UUID_PATTERN: Final = (
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
"""A UUID in its canonical text form (customer IDs are UUID v4)."""


class ErrorDetails(ResponseObject):
    """What went wrong: the error ``type`` (``not_found``, ...), a message and optional data."""

    type: str
    message: str | None = None
    data: JsonObject | None = None
    """Extra data; for ``misdirected_request``, ``{"region": ...}``."""


class ErrorBody(ResponseObject):
    """The body of an error answer: ``{"error": {"type", "message", "data"?}}``."""

    error: ErrorDetails
