"""Field docstrings of ``livechat_typed.models.configuration``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "GroupMembership": {
        "id": "The group ID (``0`` is the license's default group).",
        "priority": "``first``, ``normal``, ``last`` or ``supervisor``.",
    },
    "WorkSchedule": {
        "day": "``monday`` ... ``sunday``.",
        "enabled": "Whether the period is in force.",
        "start": "Start time, ``HH:MM``, in the scheduler's time zone.",
        "end": "End time, ``HH:MM``, in the scheduler's time zone.",
    },
    "WorkScheduler": {
        "timezone": "IANA time zone name of the schedule, e.g. ``Europe/Warsaw``.",
        "schedule": "The working periods, in any order.",
    },
    "_AgentDetails": {
        "groups": "The agent's groups and priorities.",
        "notifications": "Enabled notifications, e.g. ``new_visitor``, ``visitor_is_typing``.",
        "email_subscriptions": "E-mail reports the agent receives, e.g. ``weekly_summary``.",
        "work_scheduler": "The agent's working hours.",
        "avatar": "Avatar URL (known from the Configuration API; not in the webhook docs).",
        "job_title": "Job title (known from the Configuration API; not in the webhook docs).",
        "mobile": "Mobile phone number (known from the Configuration API; not in the webhook docs).",
        "max_chats_count": "How many chats can be routed to the agent at once (Configuration API).",
    },
    "AgentAccount": {
        "id": "The agent's login (an e-mail address).",
        "name": "Display name.",
        "role": "``owner``, ``viceowner``, ``administrator`` or ``normal``.",
        "awaiting_approval": "Whether the account still waits for an administrator's approval.",
    },
    "AgentAccountUpdate": {
        "id": "The agent's login (an e-mail address).",
        "name": "New display name, if it changed.",
        "role": "New role, if it changed.",
        "awaiting_approval": "New approval state, if it changed.",
    },
    "_BotDetails": {
        "avatar": "Avatar URL.",
        "max_chats_count": "How many chats can be routed to the bot at once.",
        "work_scheduler": "The bot's working hours.",
        "timezone": "IANA time zone name of the bot.",
        "job_title": "Job title shown to customers.",
    },
    "Bot": {
        "id": "The bot's ID (32 hex characters).",
        "name": "Display name.",
        "default_group_priority": "The priority the bot gets in groups it joins without one.",
        "groups": "The bot's groups and priorities.",
        "owner_client_id": "The Client ID of the application that owns the bot.",
    },
    "BotUpdate": {
        "id": "The bot's ID.",
        "name": "New display name, if it changed.",
        "default_group_priority": "New default group priority, if it changed.",
        "groups": "New groups and priorities, if they changed.",
        "owner_client_id": "New owner Client ID, if it changed.",
    },
    "Group": {
        "id": "The group ID.",
        "name": "Display name.",
        "language_code": "Language of the group's chat widget, e.g. ``en``.",
        "agent_priorities": "Member agent (login or bot ID) → routing priority (``first``, ``normal``, ...).",
    },
    "GroupUpdate": {
        "id": "The group ID.",
        "name": "New display name, if it changed.",
        "language_code": "New language, if it changed.",
        "agent_priorities": "The new member → priority map, if it changed.",
    },
    "Tag": {
        "name": "The tag itself (tags are identified by name).",
        "group_ids": "Groups the tag can be used in.",
        "created_at": "When the tag was created.",
        "author_id": "Who created it.",
    },
    "TagUpdate": {
        "name": "The tag.",
        "group_ids": "The groups the tag can now be used in.",
    },
}
