"""Field docstrings of ``livechat_typed.actions.properties``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "UpdateChatPropertiesRequest": {
        "id": "The chat.",
        "properties": "``{namespace: {name: value}}`` to set.",
    },
    "DeleteChatPropertiesRequest": {
        "id": "The chat.",
        "properties": "``{namespace: [name, ...]}`` to delete.",
    },
    "UpdateThreadPropertiesRequest": {
        "chat_id": "The chat of the thread.",
        "thread_id": "The thread.",
        "properties": "``{namespace: {name: value}}`` to set.",
    },
    "DeleteThreadPropertiesRequest": {
        "chat_id": "The chat of the thread.",
        "thread_id": "The thread.",
        "properties": "``{namespace: [name, ...]}`` to delete.",
    },
    "UpdateEventPropertiesRequest": {
        "chat_id": "The chat of the thread.",
        "thread_id": "The thread of the event.",
        "event_id": "The event.",
        "properties": "``{namespace: {name: value}}`` to set.",
    },
    "DeleteEventPropertiesRequest": {
        "chat_id": "The chat of the thread.",
        "thread_id": "The thread of the event.",
        "event_id": "The event.",
        "properties": "``{namespace: [name, ...]}`` to delete.",
    },
}
