"""Field docstrings of ``livechat_typed.actions.other``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "MarkEventsAsSeenRequest": {
        "chat_id": "The chat whose events to mark as seen.",
        "seen_up_to": "RFC 3339 date-time; a string is sent exactly as given.",
    },
    "SendTypingIndicatorRequest": {
        "chat_id": "The chat the requester is typing in.",
        "visibility": "``all`` (API default) or ``agents``.",
        "is_typing": "Whether the requester is typing.",
    },
    "MulticastAgents": {
        "all": "Every agent of the license.",
        "ids": "Agent IDs.",
        "groups": "Group IDs.",
    },
    "MulticastCustomers": {
        "ids": "Customer IDs.",
    },
    "MulticastRequest": {
        "recipients": "Who receives it: ``MulticastRecipients(agents=..., customers=...)`` or a dict.",
        "content": "Any JSON value but null: an object, array, string, number or boolean.",
        "type": "Your own message type, to tell multicasts apart.",
    },
    "ListAgentsForTransferRequest": {
        "chat_id": "The chat to transfer.",
    },
}
