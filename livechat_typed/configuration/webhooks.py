"""Webhooks: the Configuration API v3.6's 7 methods to register webhooks and switch them on.

``register_webhook`` checks its ``filters`` and ``additional_data`` against the rules of the
webhook ``action`` (see :mod:`._rules`) before anything is sent: a filter the action does not take
is an ``InvalidRequestError`` naming ``filters.<name>`` and the rule ``filter_not_allowed``.
"""

from __future__ import annotations

from typing import Any, Literal

import pydantic
from pydantic import model_validator
from pydantic_core import PydanticCustomError
from typing_extensions import Self

from .._action import Action, P, ReqT, RespT
from .._validation import invalid_request
from ..errors import InvalidRequestError
from ..models._base import (
    ListResponse,
    ModelOrDict,
    OpenLiteral,
    Request,
    RequestObject,
    ResponseObject,
)
from ._rules import AdditionalData, WebhookAction, rule_problems

__all__ = [
    "ChatPresenceFilter",
    "DisableLicenseWebhooksRequest",
    "DisableLicenseWebhooksResponse",
    "EnableLicenseWebhooksRequest",
    "EnableLicenseWebhooksResponse",
    "GetLicenseWebhooksStateRequest",
    "GetLicenseWebhooksStateResponse",
    "IdsFilter",
    "ListWebhookNamesRequest",
    "ListWebhookNamesResponse",
    "ListWebhooksRequest",
    "ListWebhooksResponse",
    "RegisterWebhookRequest",
    "RegisterWebhookResponse",
    "RegisteredWebhook",
    "UnregisterWebhookRequest",
    "UnregisterWebhookResponse",
    "WebhookFilters",
    "WebhookName",
    "WebhooksActions",
]

WebhookType = Literal["bot", "license"]
"""``license``: for every chat of the licenses the app is installed on; ``bot``: for the chats of
the owner's bots (the bot must be accepting chats)."""


class IdsFilter(RequestObject):
    """A list of IDs to match (``values``) or to leave out (``exclude_values``): exactly one."""

    values: list[str] | None = None
    exclude_values: list[str] | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        given = [name for name in ("values", "exclude_values") if name in self.model_fields_set]
        if len(given) != 1:
            raise PydanticCustomError(
                "values_or_exclude_values", "give exactly one of values and exclude_values"
            )
        return self


class ChatPresenceFilter(RequestObject):
    """Only chats some users (``user_ids``) or your bots (``my_bots``) are in."""

    user_ids: ModelOrDict[IdsFilter] | None = None
    my_bots: bool | None = None
    """``True``: a bot owned by the webhook's ``owner_client_id`` is in the chat."""


class WebhookFilters(RequestObject):
    """When a webhook is sent; which filters an action takes depends on the action."""

    author_type: Literal["customer", "agent"] | None = None
    """Only events by customers or by agents (``incoming_event``, ``event_updated``)."""
    only_my_chats: bool | None = None
    """Only chats whose ``source.client_id`` is the webhook's ``owner_client_id``."""
    chat_presence: ModelOrDict[ChatPresenceFilter] | None = None
    source_type: list[Literal["my_client", "other_clients", "system"]] | None = None
    """Only what was caused by these sources."""
    agent_ids: ModelOrDict[IdsFilter] | None = None
    """Only these agents (``routing_status_set``); the docs give no shape: the ``values`` /
    ``exclude_values`` object of the other ID filters."""


class RegisterWebhookRequest(Request):
    """Register a webhook for an app (Client ID); up to 3 per action per Client ID."""

    action: OpenLiteral[WebhookAction]
    """The webhook: one of the 37 of v3.6 (or one the API added since)."""
    secret_key: str
    """Echoed as ``secret_key`` in every delivery, to verify where it comes from."""
    url: str
    """Where the webhook is POSTed."""
    additional_data: list[OpenLiteral[AdditionalData]] | None = None
    """Sent with each chat webhook in ``additional_data``."""
    description: str | None = None
    filters: ModelOrDict[WebhookFilters] | None = None
    owner_client_id: str
    """The Client ID the webhook belongs to (of your organization)."""
    type: OpenLiteral[WebhookType]

    @model_validator(mode="after")
    def _action_rules(self) -> Self:
        filters = self.filters
        names = set(filters.model_fields_set) if isinstance(filters, WebhookFilters) else set[str]()
        problems = rule_problems(self.action, names, self.additional_data)
        if problems:
            raise PydanticCustomError(
                "webhook_rules",
                "{summary}",
                {
                    "summary": "; ".join(
                        f"{'.'.join(loc)}: {msg} [rule: {rule}]" for loc, msg, rule in problems
                    ),
                    "problems": tuple(problems),
                },
            )
        return self


class RegisterWebhookResponse(ResponseObject):
    """The new webhook's ID (deliveries carry it as ``webhook_id``)."""

    id: str


class ListWebhooksRequest(Request):
    """List the webhooks registered for a Client ID."""

    owner_client_id: str


class RegisteredWebhook(ResponseObject):
    """A registered webhook, as ``list_webhooks`` shows it (without its secret key)."""

    id: str
    url: str
    description: str | None = None
    action: OpenLiteral[WebhookAction]
    filters: dict[str, Any] | None = None
    """As registered."""
    additional_data: list[OpenLiteral[AdditionalData]] | None = None
    owner_client_id: str
    type: OpenLiteral[WebhookType]


class ListWebhooksResponse(ListResponse[RegisteredWebhook]):
    """The registered webhooks (a JSON array)."""


class UnregisterWebhookRequest(Request):
    """Unregister a webhook (webhooks cannot be edited: unregister and register again)."""

    id: str
    """The webhook's ID."""
    owner_client_id: str


class UnregisterWebhookResponse(ResponseObject):
    """Empty on success."""


class ListWebhookNamesRequest(Request):
    """List the webhooks of an API version; no authorization needed."""

    version: str | None = None
    """Defaults to the current stable version."""


class WebhookName(ResponseObject):
    """One webhook an API version has, with the filters and additional data it takes."""

    action: str
    filters: list[str] | None = None
    additional_data: list[str] | None = None


class ListWebhookNamesResponse(ListResponse[WebhookName]):
    """The webhooks of the version (a JSON array)."""


class EnableLicenseWebhooksRequest(Request):
    """Enable an app's license webhooks on the token's license (after a disable)."""

    owner_client_id: str | None = None
    """Required with a personal access token; with a Bearer token it overrides its Client ID."""


class EnableLicenseWebhooksResponse(ResponseObject):
    """Empty on success."""


class DisableLicenseWebhooksRequest(Request):
    """Disable an app's license webhooks on the token's license (kept across reinstalls)."""

    owner_client_id: str | None = None
    """Required with a personal access token."""


class DisableLicenseWebhooksResponse(ResponseObject):
    """Empty on success."""


class GetLicenseWebhooksStateRequest(Request):
    """Whether an app's license webhooks are enabled on the token's license."""

    owner_client_id: str | None = None
    """Required with a personal access token."""


class GetLicenseWebhooksStateResponse(ResponseObject):
    """The state of the license webhooks."""

    license_webhooks_enabled: bool


class _RuledAction(Action[P, ReqT, RespT]):
    """An action whose model checks cross-field rules: each broken rule is one problem at its
    own field path (``filters.author_type``), not one problem at the body."""

    __slots__ = ()

    def validate(self, kwargs: dict[str, Any]) -> ReqT:
        try:
            return self.request_model.from_call(kwargs)
        except pydantic.ValidationError as exc:
            error = invalid_request(self.name, self.request_model, exc)
            errors: list[dict[str, Any]] = []
            for problem, details in zip(error.errors, exc.errors(include_url=False), strict=True):
                ctx = details.get("ctx") or {}
                if details["type"] != "webhook_rules" or "problems" not in ctx:
                    errors.append(problem)
                    continue
                errors.extend(
                    {"loc": loc, "msg": f"{msg} [rule: {rule}]", "type": rule}
                    for loc, msg, rule in ctx["problems"]
                )
            raise InvalidRequestError(self.name, errors) from None


class WebhooksActions:
    """Webhooks category of the Configuration API."""

    register_webhook = _RuledAction(
        RegisterWebhookRequest, RegisterWebhookResponse, idempotent=False
    )
    list_webhooks = Action(ListWebhooksRequest, ListWebhooksResponse, idempotent=True)
    unregister_webhook = Action(
        UnregisterWebhookRequest, UnregisterWebhookResponse, idempotent=True
    )
    list_webhook_names = Action(ListWebhookNamesRequest, ListWebhookNamesResponse, idempotent=True)
    enable_license_webhooks = Action(
        EnableLicenseWebhooksRequest, EnableLicenseWebhooksResponse, idempotent=True
    )
    disable_license_webhooks = Action(
        DisableLicenseWebhooksRequest, DisableLicenseWebhooksResponse, idempotent=True
    )
    get_license_webhooks_state = Action(
        GetLicenseWebhooksStateRequest, GetLicenseWebhooksStateResponse, idempotent=True
    )
