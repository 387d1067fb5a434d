"""Status: agents' routing statuses and logging agents out."""

from __future__ import annotations

from typing import Any

from ...actions.status import ListRoutingStatusesRequest, LogoutRequest, SetRoutingStatusRequest
from ...models import RoutingStatusFilters
from .._context import FakeContext
from .._errors import ApiFailure
from ._values import as_model

__all__ = ["list_routing_statuses", "logout", "set_routing_status"]

Json = dict[str, Any]


def set_routing_status(fake: FakeContext, requester: str, request: SetRoutingStatusRequest) -> None:
    login = request.agent_id or requester
    agent = fake.state.agents.get(login)
    if agent is None:
        raise ApiFailure("not_found", f"Agent {login} not found")
    if request.status == "offline" and not login.startswith("bot"):
        raise ApiFailure("validation", "Only bots can be set offline")
    agent["routing_status"] = request.status


def list_routing_statuses(
    fake: FakeContext, requester: str, request: ListRoutingStatusesRequest
) -> list[Json]:
    filters = as_model(request.filters, RoutingStatusFilters) if request.filters else None
    groups = set(filters.group_ids or []) if filters is not None else set()
    return [
        {"agent_id": login, "status": agent["routing_status"]}
        for login, agent in fake.state.agents.items()
        if not groups or groups & set(agent["group_ids"])
    ]


def logout(fake: FakeContext, requester: str, request: LogoutRequest) -> None:
    agent = fake.state.agents.get(request.agent_id)
    if agent is None:
        raise ApiFailure("not_found", f"Agent {request.agent_id} not found")
    agent.update(logged_out=True, routing_status="not_accepting_chats")
