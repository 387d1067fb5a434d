"""The 36 actions of the Agent Chat Web API v3.6, one module per API category.

Each module declares, for each of its actions, the request model, the response model and the
``Action`` descriptor that ties them together, on a small category class that the clients inherit.

The modules are imported on first use, not with this package: a program that only sends events
loads :mod:`.events` and the models it needs, not the other eight categories. :data:`CATEGORIES`
says which category declares which action, so that the clients can offer every action before its
module is loaded; ``tests/actions/test_category_table.py`` checks it against the declarations.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final, NamedTuple

if TYPE_CHECKING:
    from .chat_access import ChatAccessActions
    from .chat_users import ChatUsersActions
    from .chats import ChatsActions
    from .customers import CustomersActions
    from .events import EventsActions
    from .other import OtherActions
    from .properties import PropertiesActions
    from .status import StatusActions
    from .thread_tags import ThreadTagsActions

    CATEGORY_MODULES: tuple[ModuleType, ...]


class Category(NamedTuple):
    """One API category: its module (in this package), its class and its actions, in order."""

    module: str
    mixin: str
    actions: tuple[str, ...]


CATEGORIES: Final = (
    Category(
        "chats",
        "ChatsActions",
        (
            "list_chats",
            "list_threads",
            "get_chat",
            "list_archives",
            "start_chat",
            "resume_chat",
            "deactivate_chat",
            "follow_chat",
            "unfollow_chat",
        ),
    ),
    Category("chat_access", "ChatAccessActions", ("transfer_chat",)),
    Category("chat_users", "ChatUsersActions", ("add_user_to_chat", "remove_user_from_chat")),
    Category(
        "events", "EventsActions", ("send_event", "upload_file", "send_rich_message_postback")
    ),
    Category(
        "properties",
        "PropertiesActions",
        (
            "update_chat_properties",
            "delete_chat_properties",
            "update_thread_properties",
            "delete_thread_properties",
            "update_event_properties",
            "delete_event_properties",
        ),
    ),
    Category("thread_tags", "ThreadTagsActions", ("tag_thread", "untag_thread")),
    Category(
        "customers",
        "CustomersActions",
        (
            "get_customer",
            "create_customer",
            "update_customer",
            "ban_customer",
            "follow_customer",
            "unfollow_customer",
        ),
    ),
    Category("status", "StatusActions", ("set_routing_status", "list_routing_statuses", "logout")),
    Category(
        "other",
        "OtherActions",
        (
            "mark_events_as_seen",
            "send_typing_indicator",
            "multicast",
            "list_agents_for_transfer",
        ),
    ),
)
"""The categories in the order of the API reference, with their actions in declaration order."""

ACTION_CATEGORY: Final = {name: category for category in CATEGORIES for name in category.actions}
"""Each action's category."""

_MIXINS: Final = {category.mixin: category.module for category in CATEGORIES}


def category_module(category: Category) -> ModuleType:
    """The category's module, imported on first use."""
    return import_module(f".{category.module}", __name__)


def __getattr__(name: str) -> Any:
    if name == "CATEGORY_MODULES":  # every category: for tools that walk all the declarations
        value: Any = tuple(category_module(category) for category in CATEGORIES)
    elif name in _MIXINS:
        value = getattr(import_module(f".{_MIXINS[name]}", __name__), name)
    elif any(category.module == name for category in CATEGORIES):
        value = import_module(f".{name}", __name__)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *(category.module for category in CATEGORIES)})


__all__ = [
    "ACTION_CATEGORY",
    "CATEGORIES",
    "CATEGORY_MODULES",
    "Category",
    "ChatAccessActions",
    "ChatUsersActions",
    "ChatsActions",
    "CustomersActions",
    "EventsActions",
    "OtherActions",
    "PropertiesActions",
    "StatusActions",
    "ThreadTagsActions",
    "category_module",
]
