"""Request filters of ``list_chats``, ``list_threads``, ``list_archives`` and friends."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from ._base import DateTimeInput, RequestObject, SequenceInput
from ._param import ModelOrParam
from .common import EventType

if TYPE_CHECKING:
    from .params import (
        AgentResponseFilterParam,
        EventTypesFilterParam,
        GreetingsFilterParam,
        IntValuesFilterParam,
        PropertyFilterParam,
        StringValuesFilterParam,
        SurveyFilterParam,
        ValuesFilterParam,
    )

__all__ = [
    "AgentResponseFilter",
    "EventTypesFilter",
    "FilterValues",
    "GreetingsFilter",
    "Highlights",
    "IntValuesFilter",
    "ListArchivesFilters",
    "ListChatsFilters",
    "ListThreadsFilters",
    "PropertiesFilter",
    "PropertyFilter",
    "RoutingStatusFilters",
    "StringValuesFilter",
    "SurveyFilter",
    "ValuesFilter",
]


FilterValues = list[str] | list[int] | list[bool]
"""Values to match: strings, integers or booleans (of the property's type)."""


class PropertyFilter(RequestObject):
    """Match one property: use exactly one of ``exists`` / ``values`` / ``exclude_values``."""

    exists: bool | None = None
    """``True``: the property is set; ``False``: it is not."""
    values: FilterValues | None = None
    """Match any of these values (strings, ints or bools, matching the property type)."""
    exclude_values: FilterValues | None = None
    """Match none of these values."""


PropertiesFilter = Mapping[str, Mapping[str, ModelOrParam[PropertyFilter, "PropertyFilterParam"]]]
"""``{namespace: {property_name: PropertyFilter}}``."""


class ValuesFilter(RequestObject):
    """Match chats by agents, tags, sales, goals or customer countries.

    Use only one of ``exists`` / ``values`` / ``exclude_values`` at a time.
    """

    exists: bool | None = None
    values: FilterValues | None = None
    exclude_values: FilterValues | None = None
    require_every_value: bool | None = None
    """``True``: the chat must match all listed values, not just one."""


class IntValuesFilter(RequestObject):
    """Group-ID sub-filter (``values`` or ``exclude_values``)."""

    values: list[int] | None = None
    exclude_values: list[int] | None = None


class StringValuesFilter(RequestObject):
    """Agent-ID sub-filter (``values`` or ``exclude_values``)."""

    values: list[str] | None = None
    exclude_values: list[str] | None = None


class SurveyFilter(RequestObject):
    """One element of ``list_archives`` ``filters.surveys``."""

    type: Literal["pre_chat", "post_chat"] | None = None
    from_: DateTimeInput | None = Field(
        default=None, validation_alias="from", serialization_alias="from"
    )
    to: DateTimeInput | None = None
    exists: bool | None = None
    """``True``: only surveys that have a ``survey_id``."""
    values: list[str] | None = None
    """Answer IDs to match."""
    exclude_values: list[str] | None = None
    """Answer IDs to exclude."""
    groups: ModelOrParam[IntValuesFilter, "IntValuesFilterParam"] | None = None


class EventTypesFilter(RequestObject):
    """Match chats by the types of their events (only one of values / exclude_values)."""

    values: list[EventType] | None = None
    exclude_values: list[EventType] | None = None
    require_every_value: bool | None = None


class GreetingsFilter(RequestObject):
    """Match chats by the greetings that started them."""

    from_: DateTimeInput | None = Field(
        default=None, validation_alias="from", serialization_alias="from"
    )
    to: DateTimeInput | None = None
    exists: bool | None = None
    values: list[int] | None = None
    """Greeting IDs to match."""
    exclude_values: list[int] | None = None
    """Greeting IDs to exclude."""
    groups: ModelOrParam[IntValuesFilter, "IntValuesFilterParam"] | None = None


class AgentResponseFilter(RequestObject):
    """Match chats by whether (and which) agents responded."""

    exists: bool | None = None
    first: bool | None = None
    """Restrict the other agent_response filters to the agents' first response."""
    agents: ModelOrParam[StringValuesFilter, "StringValuesFilterParam"] | None = None
    groups: ModelOrParam[IntValuesFilter, "IntValuesFilterParam"] | None = None


class ListChatsFilters(RequestObject):
    """``list_chats`` filters; keep them unchanged while paginating."""

    active: bool | None = None
    """``True``: active chats only; ``False``: inactive only; ``None`` (null) or absent: both."""
    include_chats_without_threads: bool | None = None
    """Include chats that have no threads (API default: ``True``)."""
    group_ids: list[int] | None = Field(default=None, max_length=200)
    """Only chats of these groups (at most 200)."""
    properties: PropertiesFilter | None = None
    """Property filters, ``{namespace: {name: PropertyFilter}}``."""


class ListThreadsFilters(RequestObject):
    """``list_threads`` filters: a creation-date window."""

    from_: DateTimeInput | None = Field(
        default=None, validation_alias="from", serialization_alias="from"
    )
    """Threads created at or after this RFC 3339 date-time."""
    to: DateTimeInput | None = None
    """Threads created at or before this RFC 3339 date-time."""


class ListArchivesFilters(RequestObject):
    """``list_archives`` filters."""

    query: str | None = None
    """Full-text search query."""
    from_: DateTimeInput | None = Field(
        default=None, validation_alias="from", serialization_alias="from"
    )
    to: DateTimeInput | None = None
    thread_ids: list[str] | None = Field(default=None, max_length=20)
    """Only these threads (at most 20)."""
    group_ids: list[int] | None = Field(default=None, max_length=200)
    """Only chats of these groups (at most 200)."""
    properties: PropertiesFilter | None = None
    agents: ModelOrParam[ValuesFilter, "ValuesFilterParam"] | None = None
    tags: ModelOrParam[ValuesFilter, "ValuesFilterParam"] | None = None
    sales: ModelOrParam[ValuesFilter, "ValuesFilterParam"] | None = None
    goals: ModelOrParam[ValuesFilter, "ValuesFilterParam"] | None = None
    surveys: SequenceInput[ModelOrParam[SurveyFilter, "SurveyFilterParam"]] | None = None
    event_types: ModelOrParam[EventTypesFilter, "EventTypesFilterParam"] | None = None
    greetings: ModelOrParam[GreetingsFilter, "GreetingsFilterParam"] | None = None
    agent_response: ModelOrParam[AgentResponseFilter, "AgentResponseFilterParam"] | None = None
    customer_countries: ModelOrParam[ValuesFilter, "ValuesFilterParam"] | None = None
    """Country codes (ISO 3166-1 alpha-2) of the customers."""


class Highlights(RequestObject):
    """Highlight matches of ``filters.query``; pass ``{}`` to enable with the defaults."""

    pre_tag: str | None = None
    """Inserted before a match (API default ``<em>``)."""
    post_tag: str | None = None
    """Inserted after a match (API default ``</em>``)."""


class RoutingStatusFilters(RequestObject):
    """``list_routing_statuses`` filters."""

    group_ids: list[int] | None = None
    """Only agents of these groups."""
