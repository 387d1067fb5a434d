"""livechat-typed: a typed, model-driven client for the LiveChat Agent Chat Web API v3.6.

from livechat_typed import AgentWeb, AccessToken
from livechat_typed.models import MessageEvent

with AgentWeb(AccessToken(token="dal:...")) as client:
    sent = client.send_event(chat_id="Q1GZ3FNAT9", event=MessageEvent(text="Hi"))
    print(sent.event_id)
"""

# ``models`` must be imported first: it pulls in the action modules after the shared structures.
from . import models  # noqa: I001
from ._version import __version__
from ._action import (
    Action,
    AsyncBoundAction,
    AsyncPageIterator,
    AsyncPaginatedBoundAction,
    BoundAction,
    PageIterator,
    PaginatedAction,
    PaginatedBoundAction,
)
from ._auth import AccessToken, TokenType
from ._client import AgentWeb, AsyncAgentWeb
from ._curl import to_curl
from . import errors
from .errors import APIError, InvalidRequestError, LiveChatError

__all__ = [
    "APIError",
    "AccessToken",
    "Action",
    "AgentWeb",
    "AsyncAgentWeb",
    "AsyncBoundAction",
    "AsyncPageIterator",
    "AsyncPaginatedBoundAction",
    "BoundAction",
    "InvalidRequestError",
    "LiveChatError",
    "PageIterator",
    "PaginatedAction",
    "PaginatedBoundAction",
    "TokenType",
    "__version__",
    "errors",
    "models",
    "to_curl",
]
