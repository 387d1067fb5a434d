"""The Configuration API v3.6 clients (the webhook methods): the Agent API clients' machinery
with another ``api_path`` and the :class:`~.webhooks.WebhooksActions` instead of agent actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._client import API_VERSION, _AsyncClient, _SyncClient

if TYPE_CHECKING:
    # The methods' call signatures written out (generated from the declarations, see
    # livechat_typed/_signatures.py), the variants as accessors. At run time the clients inherit
    # the declarations themselves and the accessors.
    from .._signatures import AsyncConfigurationAPIActions, ConfigurationAPIActions
else:
    from .._accessors import ActionVariants
    from .webhooks import WebhooksActions

    class ConfigurationAPIActions(WebhooksActions, ActionVariants):
        """The webhook methods and the accessors of their variants."""

    AsyncConfigurationAPIActions = ConfigurationAPIActions

__all__ = ["AsyncConfigurationAPI", "ConfigurationAPI"]


class ConfigurationAPI(ConfigurationAPIActions, _SyncClient):
    """Synchronous client for the LiveChat Configuration API v3.6's webhook methods.

    The constructor, options, errors, retries, regions, ``payload=`` and the variants
    (``config.raw.list_webhooks(...)``, ...) are those of :class:`~livechat_typed.AgentWeb`;
    requests go to
    ``https://{base_url}/v3.6/configuration/action/<name>``::

        with ConfigurationAPI(AccessToken(token)) as config:
            registered = config.register_webhook(
                action="incoming_event", secret_key="s3cret", url="https://example.com/hook",
                owner_client_id="my-client-id", type="license",
                filters={"author_type": "customer"},
            )
            print(registered.id)
    """

    api_path: ClassVar[str] = f"v{API_VERSION}/configuration/action"


class AsyncConfigurationAPI(AsyncConfigurationAPIActions, _AsyncClient):
    """Asynchronous client: the same constructor and methods as :class:`ConfigurationAPI`,
    awaited."""

    api_path: ClassVar[str] = f"v{API_VERSION}/configuration/action"
