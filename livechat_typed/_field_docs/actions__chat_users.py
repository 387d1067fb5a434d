"""Field docstrings of ``livechat_typed.actions.chat_users``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "AddUserToChatRequest": {
        "chat_id": "The chat to add the user to.",
        "user_id": "The agent's ID (their email) or the customer's ID.",
        "user_type": "``agent`` or ``customer``.",
        "visibility": "Visibility of the events the added agent sends: ``all`` or ``agents``.",
        "ignore_requester_presence": "``True`` allows adding without being in the chat's users.",
    },
    "RemoveUserFromChatRequest": {
        "chat_id": "The chat to remove the agent from.",
        "user_id": "The agent's ID (their email).",
        "user_type": "Only ``agent``: the API does not remove customers.",
        "ignore_requester_presence": "``True`` allows removing without being in the chat's users.",
    },
}
