"""The payloads of the chat webhooks, built from the Agent Chat API's structures.

Chats, threads, events, users, properties, access and queues are the models the client's
responses use (:mod:`livechat_typed.models`); this module adds the few shapes only webhooks have
(the transfer targets, a customer's active chat, a rich-message postback) and one payload class
per chat webhook, named after the action (``IncomingEventPayload``, ...).

The docs' own samples fill some members with placeholders (``"thread": {}``, ``"customer": {}``):
where a documented structure comes in a shape that does not fit, it lands in an ``Unknown...``
variant with every member kept, as unknown event types do, and strict parsing refuses it.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field

from ..models._base import OpenLiteral, ResponseObject, Timestamp, UnknownVariant
from ..models.chats import Access, Chat, Queue
from ..models.common import Properties, RoutingStatus, UserType
from ..models.events import Event
from ..models.users import Customer, UnknownUser, User

__all__ = [
    "ActiveChat",
    "AgentApprovedPayload",
    "AgentDeletedPayload",
    "AgentSuspendedPayload",
    "AgentUnsuspendedPayload",
    "BotDeletedPayload",
    "ChatAccessUpdatedPayload",
    "ChatDeactivatedPayload",
    "ChatPropertiesDeletedPayload",
    "ChatPropertiesUpdatedPayload",
    "ChatTransferredPayload",
    "CustomerSessionFieldsUpdatedPayload",
    "DeletedProperties",
    "EventPropertiesDeletedPayload",
    "EventPropertiesUpdatedPayload",
    "EventUpdatedPayload",
    "EventsMarkedAsSeenPayload",
    "GroupDeletedPayload",
    "IncomingChatPayload",
    "IncomingCustomerPayload",
    "IncomingEventPayload",
    "IncomingRichMessagePostbackPayload",
    "RichMessagePostback",
    "RoutingStatusSetPayload",
    "TagDeletedPayload",
    "ThreadPropertiesDeletedPayload",
    "ThreadPropertiesUpdatedPayload",
    "ThreadTaggedPayload",
    "ThreadUntaggedPayload",
    "TransferReason",
    "TransferredFrom",
    "TransferredTo",
    "UnknownChat",
    "UserAddedToChatPayload",
    "UserRemovedFromChatPayload",
    "WebhookRoutingStatus",
]

DeletedProperties = dict[str, list[str]]
"""Deleted properties as ``{namespace: [property_name, ...]}``."""

TransferReason = Literal["manual", "inactive", "assigned", "unassigned", "other"]
"""Why a chat was transferred."""

WebhookRoutingStatus = Literal[
    "accepting_chats", "not_accepting_chats", "offline", "accepting chats", "not accepting chats"
]
"""A routing status as ``routing_status_set`` may spell it: the webhook docs write the values
with spaces (``accepting chats``), the rest of the API with underscores; both are documented."""


# --- shapes only webhooks have ---------------------------------------------------------------


class UnknownChat(UnknownVariant):
    """A chat that does not fit :class:`~livechat_typed.models.Chat` (the docs' sample sends
    ``"thread": {}``); every member is kept as received."""


class TransferredTo(ResponseObject):
    """Where a chat went: the groups and agents it is assigned to after a transfer."""

    group_ids: list[int] | None = None
    """Group IDs."""
    agent_ids: list[str] | None = None
    """Agent logins."""


class TransferredFrom(ResponseObject):
    """Where a chat came from, when it started with a transfer (the push's member)."""

    group_ids: list[int] | None = None
    """Group IDs."""
    agent_ids: list[str] | None = None
    """Agent logins."""


class ActiveChat(ResponseObject):
    """The chat a ``customer_session_fields_updated`` delivery is about."""

    chat_id: str
    """The chat."""
    thread_id: str
    """Its active thread."""


class RichMessagePostback(ResponseObject):
    """A press (or un-press) of a rich-message button."""

    id: str
    """The button's ``postback_id``."""
    toggled: bool
    """``true``: pressed; ``false``: un-pressed."""


# --- chats -----------------------------------------------------------------------------------


class IncomingChatPayload(ResponseObject):
    """``incoming_chat``: a chat came with a new thread."""

    chat: Annotated[Union[Chat, UnknownChat], Field(union_mode="left_to_right")]  # noqa: UP007
    """The whole chat: users, properties, access and the new thread with its initial events."""
    transferred_from: TransferredFrom | None = None
    """Where the chat came from, if it started with a transfer (documented for the push)."""
    requester_id: str | None = None
    """Who started the chat (documented for the push)."""


class ChatDeactivatedPayload(ResponseObject):
    """``chat_deactivated``: a chat's open thread was closed."""

    chat_id: str
    """The chat."""
    thread_id: str
    """The thread that was closed."""
    user_id: str | None = None
    """Who closed it; absent when the router closed it."""


# --- chat access -----------------------------------------------------------------------------


class ChatAccessUpdatedPayload(ResponseObject):
    """``chat_access_updated``: who may see a chat changed."""

    id: str
    """The chat ID."""
    access: Access
    """The chat's whole access after the change."""


class ChatTransferredPayload(ResponseObject):
    """``chat_transferred``: a chat moved to another group or agent."""

    chat_id: str
    """The chat."""
    thread_id: str | None = None
    """Its thread; present when the chat is active."""
    requester_id: str | None = None
    """Who transferred it; absent for transfers the system made."""
    reason: OpenLiteral[TransferReason]
    """``manual``, ``inactive``, ``assigned``, ``unassigned`` or ``other``."""
    transferred_to: TransferredTo
    """The groups and agents the chat is assigned to now."""
    queue: Queue | None = None
    """The queue position; present when the chat is queued after the transfer."""


# --- chat users ------------------------------------------------------------------------------


class UserAddedToChatPayload(ResponseObject):
    """``user_added_to_chat``: an agent or customer joined a chat."""

    chat_id: str
    """The chat."""
    thread_id: str | None = None
    """The thread; present when the chat is active."""
    user: User
    """The user, an ``Agent`` or a ``Customer`` (``UnknownUser`` for anything else)."""
    user_type: OpenLiteral[UserType] | None = None
    """``agent`` or ``customer`` (in the docs table, not in the sample)."""
    reason: str
    """Why the user was added, e.g. ``manual``."""
    requester_id: str | None = None
    """Who added the user, when an agent did."""


class UserRemovedFromChatPayload(ResponseObject):
    """``user_removed_from_chat``: an agent or customer left a chat."""

    chat_id: str
    """The chat."""
    thread_id: str | None = None
    """The thread; present when the chat is active."""
    user_id: str
    """The user who left."""
    user_type: OpenLiteral[UserType] | None = None
    """``agent`` or ``customer``."""
    reason: str
    """Why the user was removed, e.g. ``manual``."""
    requester_id: str | None = None
    """Who removed the user, when an agent did."""


# --- events ----------------------------------------------------------------------------------


class IncomingEventPayload(ResponseObject):
    """``incoming_event``: an event was sent to a chat."""

    chat_id: str
    """The chat."""
    thread_id: str
    """The thread the event belongs to."""
    event: Event
    """The event, by ``type`` (``Message``, ``File``, ...; ``UnknownEvent`` for new types)."""


class EventUpdatedPayload(ResponseObject):
    """``event_updated``: an event was changed."""

    chat_id: str
    """The chat."""
    thread_id: str
    """The thread the event belongs to."""
    event: Event
    """The whole event after the change."""


class IncomingRichMessagePostbackPayload(ResponseObject):
    """``incoming_rich_message_postback``: a user pressed a rich-message button."""

    user_id: str
    """Who pressed it."""
    chat_id: str
    """The chat."""
    thread_id: str
    """The thread of the rich message."""
    event_id: str
    """The rich message."""
    postback: RichMessagePostback
    """The button and whether it is now pressed."""


# --- properties ------------------------------------------------------------------------------


class ChatPropertiesUpdatedPayload(ResponseObject):
    """``chat_properties_updated``: chat properties were set."""

    chat_id: str
    """The chat."""
    properties: Properties
    """Only the properties that changed, ``{namespace: {name: value}}``."""


class ChatPropertiesDeletedPayload(ResponseObject):
    """``chat_properties_deleted``: chat properties were deleted."""

    chat_id: str
    """The chat."""
    properties: DeletedProperties
    """The deleted properties, ``{namespace: [name, ...]}``."""


class ThreadPropertiesUpdatedPayload(ResponseObject):
    """``thread_properties_updated``: thread properties were set."""

    chat_id: str
    """The chat."""
    thread_id: str
    """The thread."""
    properties: Properties
    """Only the properties that changed, ``{namespace: {name: value}}``."""


class ThreadPropertiesDeletedPayload(ResponseObject):
    """``thread_properties_deleted``: thread properties were deleted."""

    chat_id: str
    """The chat."""
    thread_id: str
    """The thread."""
    properties: DeletedProperties
    """The deleted properties, ``{namespace: [name, ...]}``."""


class EventPropertiesUpdatedPayload(ResponseObject):
    """``event_properties_updated``: event properties were set."""

    chat_id: str
    """The chat."""
    thread_id: str
    """The thread."""
    event_id: str
    """The event."""
    properties: Properties
    """Only the properties that changed, ``{namespace: {name: value}}``."""


class EventPropertiesDeletedPayload(ResponseObject):
    """``event_properties_deleted``: event properties were deleted."""

    chat_id: str
    """The chat."""
    thread_id: str
    """The thread."""
    event_id: str
    """The event."""
    properties: DeletedProperties
    """The deleted properties, ``{namespace: [name, ...]}``."""


# --- thread tags -----------------------------------------------------------------------------


class ThreadTaggedPayload(ResponseObject):
    """``thread_tagged``: a thread got a tag."""

    chat_id: str
    """The chat."""
    thread_id: str
    """The thread."""
    tag: str
    """The tag."""


class ThreadUntaggedPayload(ResponseObject):
    """``thread_untagged``: a tag was removed from a thread."""

    chat_id: str
    """The chat."""
    thread_id: str
    """The thread."""
    tag: str
    """The tag."""


# --- status, customers, other ----------------------------------------------------------------


class RoutingStatusSetPayload(ResponseObject):
    """``routing_status_set``: an agent's or bot's routing status changed."""

    agent_id: str
    """The agent's login or the bot's ID."""
    status: OpenLiteral[WebhookRoutingStatus]
    """The new status exactly as received: the docs spell it ``accepting chats`` (spaces), the
    rest of the API ``accepting_chats``; :attr:`routing_status` gives the underscore form."""

    @property
    def routing_status(self) -> OpenLiteral[RoutingStatus]:
        """``status`` spelled as the rest of the API spells it (``accepting_chats``, ...)."""
        return self.status.replace(" ", "_")


class IncomingCustomerPayload(ResponseObject):
    """``incoming_customer``: a new customer registered."""

    customer: Annotated[Union[Customer, UnknownUser], Field(union_mode="left_to_right")]  # noqa: UP007
    """The customer (``UnknownUser`` when it does not fit, as the docs' ``{}`` placeholder)."""


class CustomerSessionFieldsUpdatedPayload(ResponseObject):
    """``customer_session_fields_updated``: a chatting customer's session fields changed; sent
    once per active chat of the customer."""

    id: str
    """The customer ID."""
    active_chat: ActiveChat
    """The chat this delivery is for."""
    session_fields: list[dict[str, str]]
    """The session fields, a list of one-key objects (``[{"plan": "pro"}]``)."""


class EventsMarkedAsSeenPayload(ResponseObject):
    """``events_marked_as_seen``: a user has seen a chat's events up to a moment."""

    user_id: str
    """The user."""
    chat_id: str
    """The chat."""
    seen_up_to: Timestamp
    """Events created up to this moment are seen."""


# --- configuration webhooks that carry an ID only --------------------------------------------


class AgentApprovedPayload(ResponseObject):
    """``agent_approved``: an agent account was approved and is active."""

    id: str
    """The agent's login."""


class AgentSuspendedPayload(ResponseObject):
    """``agent_suspended``: an agent account was suspended."""

    id: str
    """The agent's login."""


class AgentUnsuspendedPayload(ResponseObject):
    """``agent_unsuspended``: an agent account was unsuspended."""

    id: str
    """The agent's login."""


class AgentDeletedPayload(ResponseObject):
    """``agent_deleted``: an agent account was deleted."""

    id: str
    """The agent's login."""


class BotDeletedPayload(ResponseObject):
    """``bot_deleted``: a bot was deleted."""

    id: str
    """The bot's ID."""


class GroupDeletedPayload(ResponseObject):
    """``group_deleted``: a group was deleted."""

    id: int
    """The group ID (an integer in the docs' sample; the reference SDK annotates a string)."""


class TagDeletedPayload(ResponseObject):
    """``tag_deleted``: a tag was deleted."""

    name: str
    """The tag."""
