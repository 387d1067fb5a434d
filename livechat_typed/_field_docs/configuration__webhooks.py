"""Field docstrings of ``livechat_typed.configuration.webhooks``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "ChatPresenceFilter": {
        "my_bots": "``True``: a bot owned by the webhook's ``owner_client_id`` is in the chat.",
    },
    "WebhookFilters": {
        "author_type": "Only events by customers or by agents (``incoming_event``, ``event_updated``).",
        "only_my_chats": "Only chats whose ``source.client_id`` is the webhook's ``owner_client_id``.",
        "source_type": "Only what was caused by these sources.",
        "agent_ids": "Only these agents (``routing_status_set``); the docs give no shape: the ``values`` /\n``exclude_values`` object of the other ID filters.",
    },
    "RegisterWebhookRequest": {
        "action": "The webhook: one of the 37 of v3.6 (or one the API added since).",
        "secret_key": "Echoed as ``secret_key`` in every delivery, to verify where it comes from.",
        "url": "Where the webhook is POSTed.",
        "additional_data": "Sent with each chat webhook in ``additional_data``.",
        "owner_client_id": "The Client ID the webhook belongs to (of your organization).",
    },
    "RegisteredWebhook": {
        "filters": "As registered.",
    },
    "UnregisterWebhookRequest": {
        "id": "The webhook's ID.",
    },
    "ListWebhookNamesRequest": {
        "version": "Defaults to the current stable version.",
    },
    "EnableLicenseWebhooksRequest": {
        "owner_client_id": "Required with a personal access token; with a Bearer token it overrides its Client ID.",
    },
    "DisableLicenseWebhooksRequest": {
        "owner_client_id": "Required with a personal access token.",
    },
    "GetLicenseWebhooksStateRequest": {
        "owner_client_id": "Required with a personal access token.",
    },
}
