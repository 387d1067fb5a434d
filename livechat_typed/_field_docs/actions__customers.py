"""Field docstrings of ``livechat_typed.actions.customers``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "GetCustomerRequest": {
        "id": "The customer ID (a UUID).",
    },
    "GetCustomerResponse": {
        "chat_ids": "Present once the customer has had a chat.",
    },
    "CreateCustomerRequest": {
        "name": "The customer's name.",
        "email": "The customer's email address.",
        "avatar": "URL of the customer's avatar.",
        "session_fields": 'Ordered single key/value objects, e.g. ``[{"plan": "pro"}]``.',
    },
    "UpdateCustomerRequest": {
        "id": "The customer ID (a UUID).",
        "name": "The customer's name.",
        "email": "The customer's email address.",
        "avatar": "URL of the customer's avatar.",
        "session_fields": 'Ordered single key/value objects, e.g. ``[{"plan": "pro"}]``.',
    },
    "Ban": {
        "days": "Number of days the customer stays banned.",
    },
    "BanCustomerRequest": {
        "id": "The customer ID.",
        "ban": "How long the ban lasts: ``Ban(days=...)`` or a dict.",
    },
    "FollowCustomerRequest": {
        "id": "The customer ID.",
    },
    "UnfollowCustomerRequest": {
        "id": "The customer ID.",
    },
}
