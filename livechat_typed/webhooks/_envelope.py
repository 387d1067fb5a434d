"""The envelope every webhook shares, and the catch-all for actions this client does not know.

Every webhook body is ``{webhook_id, secret_key, action, organization_id, payload,
additional_data?, requester?}``; ``action`` names the webhook and decides the shape of
``payload``. Each action has its own subclass of :class:`Webhook` (see ``_catalogue.py``).
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, JsonValue

from ..models._base import ResponseObject
from ..models.common import Properties

__all__ = ["AdditionalData", "Requester", "UnknownWebhook", "Webhook"]


class Requester(ResponseObject):
    """Who made the change a configuration webhook reports (new in v3.6).

    The docs list the three members without saying whether each is always there (a change made
    by LiveChat itself has no client, say), so each is optional.
    """

    user_id: str | None = None
    """The user who made the change (an agent's login)."""
    account_id: str | None = None
    """The user's LiveChat account ID (a UUID)."""
    client_id: str | None = None
    """The Client ID of the application the change was made with."""


class AdditionalData(ResponseObject):
    """Extra data of chat webhooks, each member only if requested at registration.

    Configuration webhooks send ``{}``.
    """

    chat_properties: Properties | None = None
    """The chat's properties, ``{namespace: {name: value}}`` (registered with
    ``additional_data=["chat_properties"]``)."""
    chat_presence_user_ids: list[str] | None = None
    """The users present in the chat (registered with
    ``additional_data=["chat_presence_user_ids"]``)."""


class Webhook(ResponseObject):
    """Base of every webhook: the envelope, with ``payload`` typed by each subclass.

    Parse bodies with :func:`livechat_typed.webhooks.parse_webhook`, which also checks the
    secret. Like every received model, a webhook keeps unknown members and dumps back to exactly
    what was received: ``wh.model_dump(mode="json", by_alias=True, exclude_unset=True)``. The
    secret never appears in ``repr()`` or ``str()``.
    """

    webhook_id: str
    """The ID of the webhook *registration* (returned by ``register_webhook``): the same for
    every delivery of the registration, so not a delivery ID."""
    secret_key: str = Field(repr=False)
    """The secret given at registration, echoed in every delivery; never shown in ``repr``."""
    action: str
    """The webhook's name, e.g. ``incoming_event``: the kind of ``payload``."""
    organization_id: str
    """The organization (license owner) the webhook is about."""
    payload: object
    """What happened; typed by each subclass."""
    additional_data: AdditionalData | None = None
    """Chat webhooks: what was requested at registration; configuration webhooks: ``{}``.
    Absent from some deliveries (the docs' ``chat_transferred`` sample has none)."""
    requester: Requester | None = None
    """Configuration webhooks: who made the change."""

    def model_post_init(self, context: Any, /) -> None:
        """Count ``action`` as given even when it came from the class default, so that
        ``model_dump(exclude_unset=True)`` of a webhook you built yourself has it too."""
        self.__pydantic_fields_set__.add("action")


class UnknownWebhook(Webhook):
    """A webhook whose ``action`` this client does not know: the envelope typed, the payload
    kept as received (any JSON value). Strict parsing refuses it."""

    action: str
    """The action as received."""
    payload: JsonValue
    """The payload as received."""
