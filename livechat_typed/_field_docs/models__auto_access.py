"""Field docstrings of ``livechat_typed.models.auto_access``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "AutoAccessMatch": {
        "value": "The URL or domain.",
        "exact_match": "``true``: the whole value must match; ``false``: containing it is enough.",
    },
    "AutoAccessMatches": {
        "values": "The values to match.",
    },
    "AutoAccessPlace": {
        "country": "Country name, e.g. ``United States``.",
        "country_code": "ISO 3166-1 alpha-2 code, e.g. ``US``.",
        "region": "Region, e.g. ``California``.",
        "city": "City, e.g. ``Mountain View``.",
    },
    "AutoAccessPlaces": {
        "values": "The locations to match.",
    },
    "AutoAccessConditions": {
        "url": "Pages the chat starts on.",
        "domain": "Domains the chat starts on.",
        "geolocation": "Where the visitor is.",
    },
    "AutoAccessTarget": {
        "groups": "Group IDs.",
    },
    "AutoAccessChange": {
        "id": "The rule's ID (32 hex characters).",
        "status": "``added``, ``updated`` or ``deleted``.",
        "next_id": 'The ID of the rule after this one (``""`` for the last rule); absent on deletions.',
        "description": "The rule's description.",
        "access": "Groups given access by the rule.",
        "conditions": "When the rule applies.",
    },
}
