"""Field docstrings of ``livechat_typed.actions.status``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "SetRoutingStatusRequest": {
        "status": "Agents: ``accepting_chats`` or ``not_accepting_chats``; bots may also be ``offline``.",
        "agent_id": "The agent to change; default: the requester.",
    },
    "ListRoutingStatusesRequest": {
        "filters": "Only agents of these groups.",
    },
    "LogoutRequest": {
        "agent_id": "The agent to log out (required by the API, though the reference SDK lets it out).",
    },
}
