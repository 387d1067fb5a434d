"""Field docstrings of ``livechat_typed.webhooks._envelope``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "Requester": {
        "user_id": "The user who made the change (an agent's login).",
        "account_id": "The user's LiveChat account ID (a UUID).",
        "client_id": "The Client ID of the application the change was made with.",
    },
    "AdditionalData": {
        "chat_properties": 'The chat\'s properties, ``{namespace: {name: value}}`` (registered with\n``additional_data=["chat_properties"]``).',
        "chat_presence_user_ids": 'The users present in the chat (registered with\n``additional_data=["chat_presence_user_ids"]``).',
    },
    "Webhook": {
        "webhook_id": "The ID of the webhook *registration* (returned by ``register_webhook``): the same for\nevery delivery of the registration, so not a delivery ID.",
        "secret_key": "The secret given at registration, echoed in every delivery; never shown in ``repr``.",
        "action": "The webhook's name, e.g. ``incoming_event``: the kind of ``payload``.",
        "organization_id": "The organization (license owner) the webhook is about.",
        "payload": "What happened; typed by each subclass.",
        "additional_data": "Chat webhooks: what was requested at registration; configuration webhooks: ``{}``.\nAbsent from some deliveries (the docs' ``chat_transferred`` sample has none).",
        "requester": "Configuration webhooks: who made the change.",
    },
    "UnknownWebhook": {
        "action": "The action as received.",
        "payload": "The payload as received.",
    },
}
