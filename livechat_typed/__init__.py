"""livechat-typed: a typed, model-driven client for the LiveChat Agent Chat Web API v3.6.

from livechat_typed import AgentWeb, AccessToken
from livechat_typed.models import MessageEvent

with AgentWeb(AccessToken(token="dal:...")) as client:
    sent = client.send_event(chat_id="Q1GZ3FNAT9", event=MessageEvent(text="Hi"))
    print(sent.event_id)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import configuration, errors, models, webhooks
    from ._action import Action, AsyncBoundAction, BoundAction, WithResponse
    from ._auth import AccessToken, TokenType
    from ._client import AgentWeb, AsyncAgentWeb
    from ._curl import to_curl
    from ._pagination import (
        AsyncPageIterator,
        AsyncPaginatedBoundAction,
        PageIterator,
        PaginatedAction,
        PaginatedBoundAction,
    )
    from .configuration import AsyncConfigurationAPI, ConfigurationAPI
    from .errors import APIError, InvalidRequestError, LiveChatError
    from .rtm import AgentRTM, AsyncAgentRTM

# Loaded on first use, so that ``import livechat_typed`` stays cheap (the models need pydantic's
# schema machinery, which costs more to import than httpx and pydantic together).
_LAZY = {
    "Action": "._action",
    "AsyncBoundAction": "._action",
    "AsyncPageIterator": "._pagination",
    "AsyncPaginatedBoundAction": "._pagination",
    "BoundAction": "._action",
    "PageIterator": "._pagination",
    "PaginatedAction": "._pagination",
    "PaginatedBoundAction": "._pagination",
    "WithResponse": "._action",
    "AccessToken": "._auth",
    "TokenType": "._auth",
    "AgentWeb": "._client",
    "AgentRTM": ".rtm",
    "AsyncAgentRTM": ".rtm",
    "AsyncAgentWeb": "._client",
    "ConfigurationAPI": ".configuration",
    "AsyncConfigurationAPI": ".configuration",
    "to_curl": "._curl",
    "APIError": ".errors",
    "InvalidRequestError": ".errors",
    "LiveChatError": ".errors",
}


def __getattr__(name: str) -> Any:
    if name in ("errors", "models", "testing", "actions", "webhooks", "configuration", "rtm"):
        return import_module(f".{name}", __name__)
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIError",
    "AccessToken",
    "Action",
    "AgentRTM",
    "AgentWeb",
    "AsyncAgentRTM",
    "AsyncAgentWeb",
    "AsyncBoundAction",
    "AsyncConfigurationAPI",
    "AsyncPageIterator",
    "AsyncPaginatedBoundAction",
    "BoundAction",
    "ConfigurationAPI",
    "InvalidRequestError",
    "LiveChatError",
    "PageIterator",
    "PaginatedAction",
    "PaginatedBoundAction",
    "TokenType",
    "WithResponse",
    "__version__",
    "configuration",
    "errors",
    "models",
    "rtm",
    "to_curl",
    "webhooks",
]
