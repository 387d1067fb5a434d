"""Field docstrings of ``livechat_typed.rtm._actions``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "LoginRequest": {
        "token": "The Authorization value, ``Bearer <token>`` (never shown in ``repr``).",
        "timezone": "The agent's timezone (``Europe/Warsaw``).",
        "reconnect": "``True`` on a login after a reconnect (the client sets it).",
        "application": "The application's name and version.",
        "away": "Log in as away (see ``set_away_status``).",
        "customer_monitoring_level": "Which customers this session follows (``incoming_customers`` and customer pushes).",
        "pushes": 'Only these pushes, per API version: ``{"3.6": ["incoming_chat", "incoming_event"]}``\n(``"all"`` for every push of a version). Default: every push of the connection\'s version.',
    },
    "SetAwayStatusRequest": {
        "away": "``True``: away.",
    },
}
