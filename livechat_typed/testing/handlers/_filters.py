"""Whether a chat or thread matches the filters of ``list_chats`` and ``list_archives``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...models import ListArchivesFilters, ListThreadsFilters, PropertyFilter, ValuesFilter
from .._state import Chat, Thread
from ._values import as_model, wire_stamp

__all__ = ["archive_matches", "properties_match", "time_window", "values_match"]


def properties_match(
    properties: dict[str, dict[str, Any]],
    filters: Mapping[str, Mapping[str, PropertyFilter | Mapping[str, Any]]],
) -> bool:
    """Whether ``properties`` pass every ``namespace -> name -> rule`` of ``filters``."""
    for namespace, names in filters.items():
        for name, entry in names.items():
            rule = as_model(entry, PropertyFilter)
            present = name in properties.get(namespace, {})
            value = properties.get(namespace, {}).get(name)
            if rule.exists is not None and rule.exists != present:
                return False
            if rule.values is not None and value not in rule.values:
                return False
            if rule.exclude_values is not None and value in rule.exclude_values:
                return False
    return True


def values_match(present: list[Any], entry: ValuesFilter | Mapping[str, Any]) -> bool:
    """Whether the values ``present`` (tags, agents, ...) pass the rule."""
    rule = as_model(entry, ValuesFilter)
    if rule.exists is not None and rule.exists != bool(present):
        return False
    if rule.values is not None:
        hits = [value in present for value in rule.values]
        if not (all(hits) if rule.require_every_value else any(hits)):
            return False
    if rule.exclude_values is not None and any(value in present for value in rule.exclude_values):
        return False
    return True


def time_window(filters: ListArchivesFilters | ListThreadsFilters) -> tuple[str, str]:
    """The ``from``/``to`` of the filters as wire time stamps (open ends: the widest)."""
    since = wire_stamp(filters.from_) if filters.from_ is not None else ""
    until = wire_stamp(filters.to) if filters.to is not None else "~"
    return since, until


def archive_matches(chat: Chat, thread: Thread, filters: ListArchivesFilters) -> bool:
    """Whether a thread of a chat passes the ``list_archives`` filters the fake knows."""
    if filters.thread_ids is not None and thread.id not in filters.thread_ids:
        return False
    if filters.group_ids and not set(thread.access) & set(filters.group_ids):
        return False
    since, until = time_window(filters)
    if not since <= thread.created_at <= until:
        return False
    if filters.query:
        texts = [str(event.get("text", "")) for event in thread.events]
        if not any(filters.query.lower() in text.lower() for text in texts):
            return False
    if filters.tags is not None and not values_match(thread.tags, filters.tags):
        return False
    agents = [u for u, user in chat.users.items() if user["type"] == "agent"]
    if filters.agents is not None and not values_match(agents, filters.agents):
        return False
    if filters.properties and not properties_match(thread.properties, filters.properties):
        return False
    return True
