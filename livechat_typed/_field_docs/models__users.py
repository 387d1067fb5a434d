"""Field docstrings of ``livechat_typed.models.users``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "Geolocation": {
        "country_code": "ISO 3166-1 alpha-2.",
        "timezone": "IANA time zone name.",
        "latitude": "Decimal degrees, as a string.",
        "longitude": "Decimal degrees, as a string.",
    },
    "Agent": {
        "id": "The agent's login (e-mail) or the bot's ID.",
        "present": "Whether the agent is currently in the chat.",
        "avatar": "Avatar URL, sometimes without a scheme.",
    },
    "Customer": {
        "id": "The customer ID (a UUID).",
        "state": "E.g. ``browsing``.",
    },
    "MyProfile": {
        "permission": "E.g. ``administrator``.",
    },
}
