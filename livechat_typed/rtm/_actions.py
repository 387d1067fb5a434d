"""The two RTM-only actions, ``login`` and ``set_away_status``, declared like the Web actions.

The other 35 RTM methods are the Web API's actions with the same request and response shapes:
the RTM client inherits their declarations (:mod:`livechat_typed.actions`) unchanged. ``login``
is sent by the client itself when it connects (and again after each reconnect), with the token
and the login options given to the constructor; its typed answer is ``rtm.login_response``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import Field

from .._action import Action
from ..models._base import ModelOrDict, Request, RequestObject, ResponseObject
from ..models.chats import ChatSummary
from ..models.users import MyProfile
from ._payloads import CustomerMonitoringLevel

__all__ = [
    "Application",
    "License",
    "LoginRequest",
    "LoginResponse",
    "RTMOnlyActions",
    "SetAwayStatusRequest",
    "SetAwayStatusResponse",
]


class Application(RequestObject):
    """The application logging in, as the login's ``application``."""

    name: str | None = None
    version: str | None = None


class LoginRequest(Request):
    """Log the connection in: the first frame, within 30 seconds of connecting."""

    token: str = Field(repr=False)
    """The Authorization value, ``Bearer <token>`` (never shown in ``repr``)."""
    timezone: str | None = None
    """The agent's timezone (``Europe/Warsaw``)."""
    reconnect: bool | None = None
    """``True`` on a login after a reconnect (the client sets it)."""
    application: ModelOrDict[Application] | None = None
    """The application's name and version."""
    away: bool | None = None
    """Log in as away (see ``set_away_status``)."""
    customer_monitoring_level: CustomerMonitoringLevel | None = None
    """Which customers this session follows (``incoming_customers`` and customer pushes)."""
    pushes: Mapping[str, Sequence[str]] | None = None
    """Only these pushes, per API version: ``{"3.6": ["incoming_chat", "incoming_event"]}``
    (``"all"`` for every push of a version). Default: every push of the connection's version."""


class License(ResponseObject):
    """The license the agent belongs to."""

    id: int | str
    organization_id: str | None = None
    plan: str | None = None
    expiration_timestamp: int | None = None
    creation_timestamp: int | None = None
    in_trial: bool | None = None
    website_last_activity: str | None = None


class LoginResponse(ResponseObject):
    """What ``login`` answers: the license, the agent's profile and a summary of its chats."""

    license: License | None = None
    my_profile: MyProfile | None = None
    chats_summary: list[ChatSummary] = Field(default_factory=list)


class SetAwayStatusRequest(Request):
    """Mark this connection away (or back); when every connection of the agent is away, the
    agent does not accept chats."""

    away: bool
    """``True``: away."""


class SetAwayStatusResponse(ResponseObject):
    """Empty on success."""


class RTMOnlyActions:
    """Actions of the RTM API that the Web API does not have."""

    login = Action(LoginRequest, LoginResponse, idempotent=True)
    set_away_status = Action(SetAwayStatusRequest, SetAwayStatusResponse, idempotent=True)
