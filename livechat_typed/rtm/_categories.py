"""The actions the RTM clients inherit at run time: the agent categories, the RTM-only actions and
the variants' accessors (``rtm.raw.get_chat(...)``), in one class.

Type checkers see the generated ``AgentRTMActions``/``AsyncAgentRTMActions`` of
:mod:`livechat_typed._signatures` instead (each action a method with its fields written out).
"""

from __future__ import annotations

from .._accessors import ActionVariants
from ..actions.chat_access import ChatAccessActions
from ..actions.chat_users import ChatUsersActions
from ..actions.chats import ChatsActions
from ..actions.customers import CustomersActions
from ..actions.events import EventsActions
from ..actions.other import OtherActions
from ..actions.properties import PropertiesActions
from ..actions.status import StatusActions
from ..actions.thread_tags import ThreadTagsActions
from ._actions import RTMOnlyActions

__all__ = ["RTMActions"]


class RTMActions(
    ChatsActions,
    ChatAccessActions,
    ChatUsersActions,
    CustomersActions,
    EventsActions,
    PropertiesActions,
    ThreadTagsActions,
    StatusActions,
    OtherActions,
    RTMOnlyActions,
    ActionVariants,
):
    """The 35 actions the RTM API shares with the Web API, ``login``, ``set_away_status`` and
    the accessors of their variants."""
