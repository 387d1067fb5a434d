"""The 36 actions of the Agent Chat Web API v3.6, one module per API category.

Each module declares, for each of its actions, the request model, the response model and the
``Action`` descriptor that ties them together, on a small category class that the clients inherit.
"""

from . import (
    chat_access,
    chat_users,
    chats,
    customers,
    events,
    other,
    properties,
    status,
    thread_tags,
)
from .chat_access import ChatAccessActions
from .chat_users import ChatUsersActions
from .chats import ChatsActions
from .customers import CustomersActions
from .events import EventsActions
from .other import OtherActions
from .properties import PropertiesActions
from .status import StatusActions
from .thread_tags import ThreadTagsActions

CATEGORY_MODULES = (
    chats,
    chat_access,
    chat_users,
    events,
    properties,
    thread_tags,
    customers,
    status,
    other,
)
"""The category modules, in the order of the API reference."""

__all__ = [
    "CATEGORY_MODULES",
    "ChatAccessActions",
    "ChatUsersActions",
    "ChatsActions",
    "CustomersActions",
    "EventsActions",
    "OtherActions",
    "PropertiesActions",
    "StatusActions",
    "ThreadTagsActions",
]
