"""The registration rules of the 37 webhooks: which filters and additional data each allows.

From the Configuration API v3.6 docs (``register_webhook``, "Triggering actions" and the
filters table) at livechat-public-docs 8d435262: every chat webhook allows ``chat_presence``,
``only_my_chats`` and ``source_type``; ``incoming_event`` and ``event_updated`` also allow
``author_type``; ``routing_status_set`` allows ``agent_ids`` and ``source_type``;
``incoming_customer`` and the configuration webhooks allow ``source_type`` only, and
``customer_session_fields_updated`` ``chat_presence`` and ``source_type``. ``additional_data`` is
refused for ``agent_deleted`` and ``incoming_customer`` (and the legacy ``agent_status_changed``).

An action this client does not know (the API adds webhooks) is not checked: its rules are unknown.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal, get_args

__all__ = [
    "ADDITIONAL_DATA_REFUSED",
    "ALLOWED_FILTERS",
    "FILTER_NAMES",
    "WEBHOOK_ACTIONS",
    "AdditionalData",
    "WebhookAction",
    "rule_problems",
]

WebhookAction = Literal[
    "incoming_chat",
    "chat_deactivated",
    "chat_access_updated",
    "chat_transferred",
    "user_added_to_chat",
    "user_removed_from_chat",
    "incoming_event",
    "event_updated",
    "incoming_rich_message_postback",
    "chat_properties_updated",
    "chat_properties_deleted",
    "thread_properties_updated",
    "thread_properties_deleted",
    "event_properties_updated",
    "event_properties_deleted",
    "thread_tagged",
    "thread_untagged",
    "routing_status_set",
    "incoming_customer",
    "customer_session_fields_updated",
    "agent_created",
    "agent_approved",
    "agent_updated",
    "agent_suspended",
    "agent_unsuspended",
    "agent_deleted",
    "auto_accesses_updated",
    "bot_created",
    "bot_updated",
    "bot_deleted",
    "group_created",
    "group_deleted",
    "group_updated",
    "tag_created",
    "tag_deleted",
    "tag_updated",
    "events_marked_as_seen",
]
"""The 37 webhooks of v3.6, in the order of the docs' catalogue."""

WEBHOOK_ACTIONS: Final[tuple[str, ...]] = get_args(WebhookAction)

AdditionalData = Literal["chat_properties", "chat_presence_user_ids"]
"""What ``additional_data`` can ask for."""

FILTER_NAMES: Final = ("author_type", "only_my_chats", "chat_presence", "source_type", "agent_ids")
"""Every documented filter, as a member of ``filters``."""

_CHAT: Final = frozenset({"chat_presence", "only_my_chats", "source_type"})
_SOURCE: Final = frozenset({"source_type"})
_SPECIAL: Final[dict[str, frozenset[str]]] = {
    "incoming_event": _CHAT | {"author_type"},
    "event_updated": _CHAT | {"author_type"},
    "routing_status_set": frozenset({"agent_ids", "source_type"}),
    "incoming_customer": _SOURCE,
    "customer_session_fields_updated": frozenset({"chat_presence", "source_type"}),
}
_CONFIGURATION_PREFIXES: Final = ("agent_", "auto_accesses_", "bot_", "group_", "tag_")


def _allowed(action: str) -> frozenset[str]:
    if action in _SPECIAL:
        return _SPECIAL[action]
    if action.startswith(_CONFIGURATION_PREFIXES):
        return _SOURCE
    return _CHAT


ALLOWED_FILTERS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {action: _allowed(action) for action in WEBHOOK_ACTIONS}
)
"""The filters each known webhook allows at registration."""

ADDITIONAL_DATA_REFUSED: Final = frozenset({"agent_deleted", "incoming_customer"})
"""The known webhooks that take no ``additional_data``."""


def rule_problems(
    action: object, filters: object, additional_data: object
) -> list[tuple[tuple[str, ...], str, str]]:
    """``(loc, message, rule)`` for each filter or additional data ``action`` does not allow.

    ``filters`` is the set of filter names given (``None``: no filters); an unknown ``action``
    has no known rules and gives nothing.
    """
    if not isinstance(action, str) or action not in ALLOWED_FILTERS:
        return []
    problems: list[tuple[tuple[str, ...], str, str]] = []
    allowed = ALLOWED_FILTERS[action]
    for name in sorted(filters) if isinstance(filters, (set, frozenset, list, tuple)) else ():
        if name in FILTER_NAMES and name not in allowed:
            problems.append(
                (
                    ("filters", name),
                    f"the {action} webhook does not take the {name} filter "
                    f"(it takes {', '.join(sorted(allowed))})",
                    "filter_not_allowed",
                )
            )
    if additional_data and action in ADDITIONAL_DATA_REFUSED:
        problems.append(
            (
                ("additional_data",),
                f"the {action} webhook does not take additional_data",
                "additional_data_not_allowed",
            )
        )
    return problems
