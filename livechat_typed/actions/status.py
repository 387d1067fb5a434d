"""Status: agents' routing statuses and remote logout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._action import Action
from ..models._base import ListResponse, Request, ResponseObject
from ..models._param import ModelOrParam
from ..models.chats import RoutingStatusEntry
from ..models.common import RoutingStatus
from ..models.filters import RoutingStatusFilters

if TYPE_CHECKING:
    from ..models.params import RoutingStatusFiltersParam

__all__ = [
    "ListRoutingStatusesRequest",
    "ListRoutingStatusesResponse",
    "LogoutRequest",
    "LogoutResponse",
    "SetRoutingStatusRequest",
    "SetRoutingStatusResponse",
    "StatusActions",
]


class SetRoutingStatusRequest(Request):
    """Change the routing status of an agent or a bot (the requester by default)."""

    status: RoutingStatus
    """Agents: ``accepting_chats`` or ``not_accepting_chats``; bots may also be ``offline``."""
    agent_id: str | None = None
    """The agent to change; default: the requester."""


class SetRoutingStatusResponse(ResponseObject):
    """Empty on success."""


class ListRoutingStatusesRequest(Request):
    """Return the routing status of each agent selected by the filters."""

    filters: ModelOrParam[RoutingStatusFilters, "RoutingStatusFiltersParam"] | None = None
    """Only agents of these groups."""


class ListRoutingStatusesResponse(ListResponse[RoutingStatusEntry]):
    """The routing status of each agent (the body is a top-level JSON array)."""


class LogoutRequest(Request):
    """Log an agent out remotely."""

    agent_id: str
    """The agent to log out (required by the API, though the reference SDK lets it out)."""


class LogoutResponse(ResponseObject):
    """Empty on success."""


class StatusActions:
    """Status category."""

    set_routing_status = Action(SetRoutingStatusRequest, SetRoutingStatusResponse, idempotent=True)
    list_routing_statuses = Action(
        ListRoutingStatusesRequest, ListRoutingStatusesResponse, idempotent=True
    )
    logout = Action(LogoutRequest, LogoutResponse, idempotent=True)
