"""Other: seen markers, typing indicators, multicasts and transfer candidates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._action import Action
from ..models._base import (
    DateTimeInput,
    JsonInput,
    ListResponse,
    Request,
    RequestObject,
    ResponseObject,
)
from ..models._param import ModelOrParam
from ..models.chats import AgentForTransfer
from ..models.common import Visibility

if TYPE_CHECKING:
    from ..models.params import (
        MulticastAgentsParam,
        MulticastCustomersParam,
        MulticastRecipientsParam,
    )

__all__ = [
    "ListAgentsForTransferRequest",
    "ListAgentsForTransferResponse",
    "MarkEventsAsSeenRequest",
    "MarkEventsAsSeenResponse",
    "MulticastAgents",
    "MulticastCustomers",
    "MulticastRecipients",
    "MulticastRequest",
    "MulticastResponse",
    "OtherActions",
    "SendTypingIndicatorRequest",
    "SendTypingIndicatorResponse",
]


class MarkEventsAsSeenRequest(Request):
    """Mark the events of a chat as seen up to a date."""

    chat_id: str
    """The chat whose events to mark as seen."""
    seen_up_to: DateTimeInput
    """RFC 3339 date-time; a string is sent exactly as given."""


class MarkEventsAsSeenResponse(ResponseObject):
    """Empty on success."""


class SendTypingIndicatorRequest(Request):
    """Tell the chat whether the requester is typing."""

    chat_id: str
    """The chat the requester is typing in."""
    visibility: Visibility | None = None
    """``all`` (API default) or ``agents``."""
    is_typing: bool
    """Whether the requester is typing."""


class SendTypingIndicatorResponse(ResponseObject):
    """Empty on success."""


class MulticastAgents(RequestObject):
    """Agent recipients of a multicast."""

    all: bool | None = None
    """Every agent of the license."""
    ids: list[str] | None = None
    """Agent IDs."""
    groups: list[int] | None = None
    """Group IDs."""


class MulticastCustomers(RequestObject):
    """Customer recipients of a multicast."""

    ids: list[str] | None = None
    """Customer IDs."""


class MulticastRecipients(RequestObject):
    """Who receives a multicast: agents and/or customers."""

    agents: ModelOrParam[MulticastAgents, "MulticastAgentsParam"] | None = None
    customers: ModelOrParam[MulticastCustomers, "MulticastCustomersParam"] | None = None


class MulticastRequest(Request):
    """Send a chat-unrelated message to agents and/or customers."""

    recipients: ModelOrParam[MulticastRecipients, "MulticastRecipientsParam"]
    """Who receives it: ``MulticastRecipients(agents=..., customers=...)`` or a dict."""
    content: JsonInput
    """Any JSON value but null: an object, array, string, number or boolean."""
    type: str | None = None
    """Your own message type, to tell multicasts apart."""


class MulticastResponse(ResponseObject):
    """Empty on success."""


class ListAgentsForTransferRequest(Request):
    """Return the agents a chat can be transferred to, most suitable first."""

    chat_id: str
    """The chat to transfer."""


class ListAgentsForTransferResponse(ListResponse[AgentForTransfer]):
    """The agents a chat can be transferred to, most suitable first (a top-level JSON array)."""


class OtherActions:
    """Other category."""

    mark_events_as_seen = Action(MarkEventsAsSeenRequest, MarkEventsAsSeenResponse, idempotent=True)
    send_typing_indicator = Action(
        SendTypingIndicatorRequest, SendTypingIndicatorResponse, idempotent=True
    )
    multicast = Action(MulticastRequest, MulticastResponse, idempotent=False)
    list_agents_for_transfer = Action(
        ListAgentsForTransferRequest, ListAgentsForTransferResponse, idempotent=True
    )
