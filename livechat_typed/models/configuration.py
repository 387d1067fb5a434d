"""Agents, bots, groups and tags as the Configuration API v3.6 describes them.

These are the payloads of the configuration webhooks (``agent_created``, ``bot_updated``,
``group_created``, ``tag_updated``, ...): a ``*_created`` webhook carries the whole structure
("including empty fields"), an ``*_updated`` one only the ``id`` (``name`` for tags) and the
members that changed, hence the separate ``...Update`` models whose members are all optional.

The agent here is the *account* (login, role, groups, schedule), not the chat participant of
:class:`livechat_typed.models.Agent`. Members the webhook docs do not list but the Configuration
API and the other LiveChat SDKs know (``avatar``, ``job_title``, ``mobile``, ``max_chats_count``,
a bot's ``timezone``) are declared optional; anything else is kept as an unknown member.
"""

from __future__ import annotations

from typing import Literal

from ._base import OpenLiteral, ResponseObject, Timestamp

__all__ = [
    "AgentAccount",
    "AgentAccountUpdate",
    "AgentRole",
    "Bot",
    "BotUpdate",
    "Group",
    "GroupMembership",
    "GroupPriority",
    "GroupUpdate",
    "Tag",
    "TagUpdate",
    "Weekday",
    "WorkSchedule",
    "WorkScheduler",
]

AgentRole = Literal["owner", "viceowner", "administrator", "normal"]
"""An agent's role in the license."""

GroupPriority = Literal["first", "normal", "last", "supervisor"]
"""How chats of a group are routed to a member: ``first`` before ``normal`` before ``last``;
``supervisor`` members see the group's chats but get none routed."""

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
"""A day of a work schedule."""


class GroupMembership(ResponseObject):
    """A group an agent or bot belongs to, with its routing priority there."""

    id: int
    """The group ID (``0`` is the license's default group)."""
    priority: OpenLiteral[GroupPriority]
    """``first``, ``normal``, ``last`` or ``supervisor``."""


class WorkSchedule(ResponseObject):
    """One working period of a day (a day may have several)."""

    day: OpenLiteral[Weekday]
    """``monday`` ... ``sunday``."""
    enabled: bool
    """Whether the period is in force."""
    start: str
    """Start time, ``HH:MM``, in the scheduler's time zone."""
    end: str
    """End time, ``HH:MM``, in the scheduler's time zone."""


class WorkScheduler(ResponseObject):
    """When an agent or bot accepts chats (the v3.5+ format)."""

    timezone: str | None = None
    """IANA time zone name of the schedule, e.g. ``Europe/Warsaw``."""
    schedule: list[WorkSchedule] | None = None
    """The working periods, in any order."""


class _AgentDetails(ResponseObject):
    """Members of an agent account that may be missing from the created and updated payloads."""

    groups: list[GroupMembership] | None = None
    """The agent's groups and priorities."""
    notifications: list[str] | None = None
    """Enabled notifications, e.g. ``new_visitor``, ``visitor_is_typing``."""
    email_subscriptions: list[str] | None = None
    """E-mail reports the agent receives, e.g. ``weekly_summary``."""
    work_scheduler: WorkScheduler | None = None
    """The agent's working hours."""
    avatar: str | None = None
    """Avatar URL (known from the Configuration API; not in the webhook docs)."""
    job_title: str | None = None
    """Job title (known from the Configuration API; not in the webhook docs)."""
    mobile: str | None = None
    """Mobile phone number (known from the Configuration API; not in the webhook docs)."""
    max_chats_count: int | None = None
    """How many chats can be routed to the agent at once (Configuration API)."""


class AgentAccount(_AgentDetails):
    """An agent account in full: the payload of ``agent_created``."""

    id: str
    """The agent's login (an e-mail address)."""
    name: str
    """Display name."""
    role: OpenLiteral[AgentRole]
    """``owner``, ``viceowner``, ``administrator`` or ``normal``."""
    awaiting_approval: bool
    """Whether the account still waits for an administrator's approval."""


class AgentAccountUpdate(_AgentDetails):
    """The changed members of an agent account: the payload of ``agent_updated``."""

    id: str
    """The agent's login (an e-mail address)."""
    name: str | None = None
    """New display name, if it changed."""
    role: OpenLiteral[AgentRole] | None = None
    """New role, if it changed."""
    awaiting_approval: bool | None = None
    """New approval state, if it changed."""


class _BotDetails(ResponseObject):
    """Members of a bot that the webhook docs do not list (Configuration API, other SDKs)."""

    avatar: str | None = None
    """Avatar URL."""
    max_chats_count: int | None = None
    """How many chats can be routed to the bot at once."""
    work_scheduler: WorkScheduler | None = None
    """The bot's working hours."""
    timezone: str | None = None
    """IANA time zone name of the bot."""
    job_title: str | None = None
    """Job title shown to customers."""


class Bot(_BotDetails):
    """A bot in full: the payload of ``bot_created``."""

    id: str
    """The bot's ID (32 hex characters)."""
    name: str
    """Display name."""
    default_group_priority: OpenLiteral[GroupPriority]
    """The priority the bot gets in groups it joins without one."""
    groups: list[GroupMembership]
    """The bot's groups and priorities."""
    owner_client_id: str
    """The Client ID of the application that owns the bot."""


class BotUpdate(_BotDetails):
    """The changed members of a bot: the payload of ``bot_updated``."""

    id: str
    """The bot's ID."""
    name: str | None = None
    """New display name, if it changed."""
    default_group_priority: OpenLiteral[GroupPriority] | None = None
    """New default group priority, if it changed."""
    groups: list[GroupMembership] | None = None
    """New groups and priorities, if they changed."""
    owner_client_id: str | None = None
    """New owner Client ID, if it changed."""


class Group(ResponseObject):
    """A group of agents in full: the payload of ``group_created``."""

    id: int
    """The group ID."""
    name: str
    """Display name."""
    language_code: str
    """Language of the group's chat widget, e.g. ``en``."""
    agent_priorities: dict[str, OpenLiteral[GroupPriority]]
    """Member agent (login or bot ID) → routing priority (``first``, ``normal``, ...)."""


class GroupUpdate(ResponseObject):
    """The changed members of a group: the payload of ``group_updated``."""

    id: int
    """The group ID."""
    name: str | None = None
    """New display name, if it changed."""
    language_code: str | None = None
    """New language, if it changed."""
    agent_priorities: dict[str, OpenLiteral[GroupPriority]] | None = None
    """The new member → priority map, if it changed."""


class Tag(ResponseObject):
    """A tag in full: the payload of ``tag_created``."""

    name: str
    """The tag itself (tags are identified by name)."""
    group_ids: list[int]
    """Groups the tag can be used in."""
    created_at: Timestamp
    """When the tag was created."""
    author_id: str
    """Who created it."""


class TagUpdate(ResponseObject):
    """A tag after a change of its groups: the payload of ``tag_updated``."""

    name: str
    """The tag."""
    group_ids: list[int]
    """The groups the tag can now be used in."""
