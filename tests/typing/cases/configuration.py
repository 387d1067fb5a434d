"""Typing checks of the Configuration API clients: their webhook methods, typed like the actions.

Type-checked (never run) like the other files of ``cases/``: every ``assert_type`` must hold and
every statement marked ``# error: <name>`` must be an error naming ``<name>`` (see
``tests/helpers/checkers.py``).
"""

import httpx
from typing_extensions import assert_type

from livechat_typed.configuration import AsyncConfigurationAPI, ConfigurationAPI
from livechat_typed.configuration.webhooks import (
    ListWebhooksResponse,
    RegisterWebhookResponse,
    UnregisterWebhookResponse,
)

CLIENT_ID = "my-client-id"


def check_sync(config: ConfigurationAPI) -> None:
    registered = config.register_webhook(
        action="incoming_event",
        secret_key="s3cret",
        url="https://example.com/hook",
        owner_client_id=CLIENT_ID,
        type="license",
    )
    assert_type(registered, RegisterWebhookResponse)
    assert_type(config.list_webhooks(owner_client_id=CLIENT_ID), ListWebhooksResponse)
    assert_type(config.raw.list_webhooks(owner_client_id=CLIENT_ID), httpx.Response)
    config.list_webhooks(owner_clientid=CLIENT_ID)  # error[keyword]: owner_clientid
    config.unregister_webhook(id=5, owner_client_id=CLIENT_ID)  # error: id


async def check_async(config: AsyncConfigurationAPI) -> None:
    gone = await config.unregister_webhook(id="w1", owner_client_id=CLIENT_ID)
    assert_type(gone, UnregisterWebhookResponse)
    await config.list_webhooks(ownerclient_id=CLIENT_ID)  # error[keyword]: ownerclient_id
