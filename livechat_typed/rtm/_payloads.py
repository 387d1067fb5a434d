"""Payloads of the pushes that have no webhook of the same shape.

36 of the 53 pushes have a webhook of the same name; where the shapes agree, the push carries the
webhook's payload model (:mod:`livechat_typed.webhooks._payloads`, the Configuration API's
models). The 17 push-only pushes, and ``incoming_customer`` (whose push payload is the customer
itself, where the webhook's is ``{"customer": ...}``), are modelled here, from the RTM pushes
reference (v3.6). Like every received model they keep members they do not declare.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import Field, JsonValue

from ..models._base import ListResponse, OpenLiteral, ResponseObject, Timestamp
from ..models.common import RoutingStatus, Visibility
from ..models.users import Customer, UnknownUser

__all__ = [
    "AgentDisconnectedPayload",
    "ChatDeletedPayload",
    "ChatUnfollowedPayload",
    "CustomerBan",
    "CustomerBannedPayload",
    "CustomerLeftPayload",
    "CustomerMonitoringLevel",
    "CustomerPageUpdatedPayload",
    "CustomerTransferredPayload",
    "CustomerUnfollowedPayload",
    "CustomerUpdatedPayload",
    "GroupStatus",
    "GroupsStatusUpdatedPayload",
    "IncomingCustomersPayload",
    "IncomingMulticastPayload",
    "IncomingSneakPeekPayload",
    "IncomingTypingIndicatorPayload",
    "PushCustomer",
    "QueuePosition",
    "QueuePositionEntry",
    "QueuePositionsUpdatedPayload",
    "SneakPeek",
    "ThreadDeletedPayload",
    "ThreadsDeletedPayload",
    "TypingIndicator",
]

CustomerMonitoringLevel = Literal["my", "chatting", "invited", "online", "highest_available"]
"""Which customers a session follows (``login``'s ``customer_monitoring_level``)."""

PushCustomer = Annotated[Union[Customer, UnknownUser], Field(union_mode="left_to_right")]  # noqa: UP007
"""A customer as a push carries it; one that does not fit :class:`Customer` (the docs' samples
send ``{}``) is an ``UnknownUser`` with every member kept."""


class ChatDeletedPayload(ResponseObject):
    """``chat_deleted``: a chat was deleted."""

    chat_id: str


class ThreadDeletedPayload(ResponseObject):
    """``thread_deleted``: a thread was deleted."""

    chat_id: str
    thread_id: str


class ThreadsDeletedPayload(ResponseObject):
    """``threads_deleted``: threads of a date range, or with a tag, were deleted (each member
    optional: the docs do not say which come together)."""

    date_from: Timestamp | None = None
    date_to: Timestamp | None = None
    tag: str | None = None


class IncomingCustomersPayload(ResponseObject):
    """``incoming_customers``: the customers this session follows, sent after ``login``."""

    customer_monitoring_level: OpenLiteral[CustomerMonitoringLevel]
    customers: list[PushCustomer]


class CustomerUpdatedPayload(ResponseObject):
    """``customer_updated``: the customer's ``id`` and the members that changed (kept as they
    came, whatever they are: ``name``, ``email``, ``avatar``, ``session_fields``, ...)."""

    id: str
    name: str | None = None
    email: str | None = None
    avatar: str | None = None
    session_fields: list[dict[str, str]] | None = None


class CustomerPageUpdatedPayload(ResponseObject):
    """``customer_page_updated``: a customer opened a page."""

    customer_id: str
    visit_id: int
    opened_at: Timestamp
    url: str
    title: str | None = None


class CustomerBan(ResponseObject):
    """How long a ban lasts."""

    days: int


class CustomerBannedPayload(ResponseObject):
    """``customer_banned``: a customer was banned."""

    customer_id: str
    ban: CustomerBan


class _GroupIds(ResponseObject):
    group_ids: list[int]


class CustomerTransferredPayload(ResponseObject):
    """``customer_transferred``: a customer moved to other groups."""

    id: str
    transferred_to: _GroupIds
    followed: bool


class CustomerLeftPayload(ResponseObject):
    """``customer_left``: a customer left the website."""

    id: str
    left_at: Timestamp


class AgentDisconnectedPayload(ResponseObject):
    """``agent_disconnected``: the server is closing this session; ``reason`` says whether to
    reconnect (see :mod:`livechat_typed.rtm._reconnect`), ``data`` may say more (the right
    region for ``misdirected_connection``)."""

    reason: str
    data: dict[str, Any] | None = None


class GroupStatus(ResponseObject):
    """A group's routing status."""

    id: int
    status: OpenLiteral[RoutingStatus]


class GroupsStatusUpdatedPayload(ResponseObject):
    """``groups_status_updated``: groups whose status changed."""

    groups: list[GroupStatus]


class TypingIndicator(ResponseObject):
    """Someone is (or stopped) typing."""

    author_id: str
    visibility: OpenLiteral[Visibility] | None = None
    timestamp: int
    """Unix seconds."""
    is_typing: bool


class IncomingTypingIndicatorPayload(ResponseObject):
    """``incoming_typing_indicator``."""

    chat_id: str
    thread_id: str
    typing_indicator: TypingIndicator


class SneakPeek(ResponseObject):
    """What a customer is typing, before it is sent."""

    author_id: str
    text: str
    timestamp: int
    """Unix seconds."""


class IncomingSneakPeekPayload(ResponseObject):
    """``incoming_sneak_peek``."""

    chat_id: str
    thread_id: str
    sneak_peek: SneakPeek


class IncomingMulticastPayload(ResponseObject):
    """``incoming_multicast``: a message sent with ``multicast``; ``content`` is any JSON."""

    author_id: str | None = None
    content: JsonValue
    type: str | None = None


class ChatUnfollowedPayload(ResponseObject):
    """``chat_unfollowed``: this agent no longer follows the chat."""

    chat_id: str


class QueuePosition(ResponseObject):
    """A queued chat's place."""

    position: int
    wait_time: int
    """Estimated wait, in seconds."""


class QueuePositionEntry(ResponseObject):
    """One queued chat."""

    chat_id: str
    thread_id: str
    queue: QueuePosition


class QueuePositionsUpdatedPayload(ListResponse[QueuePositionEntry]):
    """``queue_positions_updated``: a top-level JSON array of queued chats."""


class CustomerUnfollowedPayload(ResponseObject):
    """``customer_unfollowed``: this agent no longer follows the customer."""

    id: str
