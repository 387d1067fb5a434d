"""The Configuration API's 7 webhook methods, on the fake's :class:`~.._delivery.Webhooks`.

Served under ``/v3.6/configuration/action/<name>``; :data:`ROUTES` is their dispatch table, built
from :class:`~livechat_typed.configuration.WebhooksActions` like the agent actions' table.
``register_webhook`` refuses what the model refuses (a filter the action does not take, ...) and
a fourth webhook of one action for one Client ID (the docs' limit is 3).
"""

from __future__ import annotations

from typing import Any

from ...configuration._rules import ADDITIONAL_DATA_REFUSED, ALLOWED_FILTERS
from ...configuration.webhooks import (
    DisableLicenseWebhooksRequest,
    EnableLicenseWebhooksRequest,
    GetLicenseWebhooksStateRequest,
    ListWebhookNamesRequest,
    ListWebhooksRequest,
    RegisterWebhookRequest,
    UnregisterWebhookRequest,
    WebhooksActions,
)
from .._context import FakeContext
from .._delivery import Registration
from .._errors import ApiFailure
from . import Route

__all__ = [
    "ROUTES",
    "disable_license_webhooks",
    "enable_license_webhooks",
    "get_license_webhooks_state",
    "list_webhook_names",
    "list_webhooks",
    "register_webhook",
    "unregister_webhook",
]

Json = dict[str, Any]
MAX_PER_ACTION = 3


def register_webhook(fake: FakeContext, requester: str, request: RegisterWebhookRequest) -> Json:
    hooks = fake.webhooks
    same = [
        r
        for r in hooks.registrations.values()
        if r.action == request.action and r.owner_client_id == request.owner_client_id
    ]
    if len(same) >= MAX_PER_ACTION:
        raise ApiFailure("limit_reached", f"Up to {MAX_PER_ACTION} webhooks per action")
    dumped = request.model_dump(mode="json", exclude_unset=True)
    registration = Registration(
        id=fake.ids.uuid().replace("-", "")[:25],
        action=request.action,
        secret_key=request.secret_key,
        url=request.url,
        owner_client_id=request.owner_client_id,
        type=request.type,
        description=request.description,
        filters=dumped.get("filters") or {},
        additional_data=list(request.additional_data or []),
    )
    hooks.registrations[registration.id] = registration
    return {"id": registration.id}


def list_webhooks(fake: FakeContext, requester: str, request: ListWebhooksRequest) -> list[Json]:
    return [
        r.listed()
        for r in fake.webhooks.registrations.values()
        if r.owner_client_id == request.owner_client_id
    ]


def unregister_webhook(
    fake: FakeContext, requester: str, request: UnregisterWebhookRequest
) -> None:
    found = fake.webhooks.registrations.get(request.id)
    if found is None or found.owner_client_id != request.owner_client_id:
        raise ApiFailure("not_found", "Webhook not found")
    del fake.webhooks.registrations[request.id]


def list_webhook_names(
    fake: FakeContext, requester: str, request: ListWebhookNamesRequest
) -> list[Json]:
    if request.version not in (None, "3.6"):
        raise ApiFailure("validation", "The fake knows the webhooks of version 3.6 only")
    names = []
    for action, filters in ALLOWED_FILTERS.items():
        data = (
            []
            if action in ADDITIONAL_DATA_REFUSED
            else ["chat_properties", "chat_presence_user_ids"]
        )
        names.append({"action": action, "filters": sorted(filters), "additional_data": data})
    return names


def _owner(fake: FakeContext, owner_client_id: str | None) -> str:
    return owner_client_id or fake.webhooks.client_id


def enable_license_webhooks(
    fake: FakeContext, requester: str, request: EnableLicenseWebhooksRequest
) -> None:
    fake.webhooks.license_webhooks[_owner(fake, request.owner_client_id)] = True


def disable_license_webhooks(
    fake: FakeContext, requester: str, request: DisableLicenseWebhooksRequest
) -> None:
    fake.webhooks.license_webhooks[_owner(fake, request.owner_client_id)] = False


def get_license_webhooks_state(
    fake: FakeContext, requester: str, request: GetLicenseWebhooksStateRequest
) -> Json:
    owner = _owner(fake, request.owner_client_id)
    return {"license_webhooks_enabled": fake.webhooks.license_webhooks.get(owner, True)}


ROUTES: dict[str, Route] = {
    name: Route(name, "configuration", action.request_model, globals()[name])
    for name, action in vars(WebhooksActions).items()
    if hasattr(action, "request_model")
}
"""The Configuration API's webhook methods, by name."""
