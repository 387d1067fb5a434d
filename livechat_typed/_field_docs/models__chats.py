"""Field docstrings of ``livechat_typed.models.chats``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "Queue": {
        "wait_time": "Estimated wait, in seconds.",
    },
    "Thread": {
        "restricted_access": "Why the events are hidden; when present, ``events`` is absent.",
        "queue": "Only while the chat is queued.",
    },
    "Chat": {
        "thread": "Absent when the chat has no thread.",
    },
    "ChatSummary": {
        "last_event_per_type": "The latest event of each type, keyed by event type.",
    },
    "RoutingStatusEntry": {
        "status": "``accepting_chats``, ``not_accepting_chats`` or ``offline`` (bots).",
    },
    "AgentForTransfer": {
        "total_active_chats": "Active chats with customers.",
    },
}
