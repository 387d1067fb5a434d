"""Field docstrings of ``livechat_typed.actions.chat_access``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "TransferTarget": {
        "ids": "Agent IDs (strings) for ``agent``, group IDs (integers) for ``group``.",
    },
    "TransferChatRequest": {
        "id": "The chat to transfer.",
        "target": "Where to transfer; if missing, the chat is transferred within its current group.",
        "ignore_agents_availability": "``True`` queues the chat instead of failing when no agent can take it right away.",
        "ignore_requester_presence": "``True`` allows transferring without being in the chat's users.",
    },
}
