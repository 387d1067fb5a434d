"""The LiveChat Configuration API v3.6: its webhook methods (register, list, unregister, ...).

::

    from livechat_typed import ConfigurationAPI

    with ConfigurationAPI(AccessToken(token)) as config:
        config.register_webhook(action="incoming_chat", secret_key="...", url="https://...",
                                owner_client_id="...", type="license")
"""

from . import webhooks
from ._client import AsyncConfigurationAPI, ConfigurationAPI
from ._rules import ADDITIONAL_DATA_REFUSED, ALLOWED_FILTERS, WEBHOOK_ACTIONS, WebhookAction
from .webhooks import WebhooksActions

__all__ = [
    "ADDITIONAL_DATA_REFUSED",
    "ALLOWED_FILTERS",
    "WEBHOOK_ACTIONS",
    "AsyncConfigurationAPI",
    "ConfigurationAPI",
    "WebhookAction",
    "WebhooksActions",
    "webhooks",
]
