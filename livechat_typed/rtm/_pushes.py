"""One class per RTM push: the 53 pushes of the v3.6 docs, and ``UnknownPush`` for the others.

``<Camel>Push`` for the push ``<snake>`` (``IncomingEventPush`` for ``incoming_event``), each a
:class:`Push` whose ``payload`` is typed. A push with a webhook of the same shape carries that
webhook's payload model (``IncomingEventPush.payload`` is an ``IncomingEventPayload``, as
``IncomingEventWebhook.payload`` is); the others' payloads are in :mod:`._payloads`.
:data:`PUSH_CLASSES` maps each documented push name to its class; :func:`parse_push` turns a
decoded push frame into its class, and anything that does not fit into an :class:`UnknownPush`
that keeps it whole.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, Literal

import pydantic
from pydantic import JsonValue

from .._bulk import validate_json
from ..models._base import ResponseObject
from ..models.auto_access import AutoAccessChange
from ..models.configuration import (
    AgentAccount,
    AgentAccountUpdate,
    Bot,
    BotUpdate,
    Group,
    GroupUpdate,
    Tag,
    TagUpdate,
)
from ..webhooks._payloads import (
    AgentApprovedPayload,
    AgentDeletedPayload,
    AgentSuspendedPayload,
    AgentUnsuspendedPayload,
    BotDeletedPayload,
    ChatAccessUpdatedPayload,
    ChatDeactivatedPayload,
    ChatPropertiesDeletedPayload,
    ChatPropertiesUpdatedPayload,
    ChatTransferredPayload,
    EventPropertiesDeletedPayload,
    EventPropertiesUpdatedPayload,
    EventsMarkedAsSeenPayload,
    EventUpdatedPayload,
    GroupDeletedPayload,
    IncomingChatPayload,
    IncomingEventPayload,
    IncomingRichMessagePostbackPayload,
    RoutingStatusSetPayload,
    TagDeletedPayload,
    ThreadPropertiesDeletedPayload,
    ThreadPropertiesUpdatedPayload,
    ThreadTaggedPayload,
    ThreadUntaggedPayload,
    UserAddedToChatPayload,
    UserRemovedFromChatPayload,
)
from ._payloads import (
    AgentDisconnectedPayload,
    ChatDeletedPayload,
    ChatUnfollowedPayload,
    CustomerBannedPayload,
    CustomerLeftPayload,
    CustomerPageUpdatedPayload,
    CustomerTransferredPayload,
    CustomerUnfollowedPayload,
    CustomerUpdatedPayload,
    GroupsStatusUpdatedPayload,
    IncomingCustomersPayload,
    IncomingMulticastPayload,
    IncomingSneakPeekPayload,
    IncomingTypingIndicatorPayload,
    PushCustomer,
    QueuePositionsUpdatedPayload,
    ThreadDeletedPayload,
    ThreadsDeletedPayload,
)

__all__ = [
    "PUSH_CLASSES",
    "AgentApprovedPush",
    "AgentCreatedPush",
    "AgentDeletedPush",
    "AgentDisconnectedPush",
    "AgentSuspendedPush",
    "AgentUnsuspendedPush",
    "AgentUpdatedPush",
    "AutoAccessesUpdatedPush",
    "BotCreatedPush",
    "BotDeletedPush",
    "BotUpdatedPush",
    "ChatAccessUpdatedPush",
    "ChatDeactivatedPush",
    "ChatDeletedPush",
    "ChatPropertiesDeletedPush",
    "ChatPropertiesUpdatedPush",
    "ChatTransferredPush",
    "ChatUnfollowedPush",
    "CustomerBannedPush",
    "CustomerLeftPush",
    "CustomerPageUpdatedPush",
    "CustomerTransferredPush",
    "CustomerUnfollowedPush",
    "CustomerUpdatedPush",
    "EventPropertiesDeletedPush",
    "EventPropertiesUpdatedPush",
    "EventUpdatedPush",
    "EventsMarkedAsSeenPush",
    "GroupCreatedPush",
    "GroupDeletedPush",
    "GroupUpdatedPush",
    "GroupsStatusUpdatedPush",
    "IncomingChatPush",
    "IncomingCustomerPush",
    "IncomingCustomersPush",
    "IncomingEventPush",
    "IncomingMulticastPush",
    "IncomingRichMessagePostbackPush",
    "IncomingSneakPeekPush",
    "IncomingTypingIndicatorPush",
    "Push",
    "QueuePositionsUpdatedPush",
    "RoutingStatusSetPush",
    "TagCreatedPush",
    "TagDeletedPush",
    "TagUpdatedPush",
    "ThreadDeletedPush",
    "ThreadPropertiesDeletedPush",
    "ThreadPropertiesUpdatedPush",
    "ThreadTaggedPush",
    "ThreadUntaggedPush",
    "ThreadsDeletedPush",
    "UnknownPush",
    "UserAddedToChatPush",
    "UserRemovedFromChatPush",
    "parse_push",
    "parse_push_json",
]

logger = logging.getLogger("livechat_typed.rtm")


class Push(ResponseObject):
    """Base of every push: the frame, with ``payload`` typed by each subclass.

    ``request_id`` is set only on a push caused by this session's own request (the request's
    id). Like every received model, a push keeps members it does not declare.
    """

    action: str
    """The push's name, e.g. ``incoming_event``: the kind of ``payload``."""
    payload: object
    """What happened; typed by each subclass."""
    type: str = "push"
    """Always ``push``."""
    version: str | None = None
    """The API version of the push (``3.6``)."""
    request_id: str | None = None
    """The id of this session's request that caused the push, if it was one."""


class UnknownPush(Push):
    """A push this client does not know, or whose payload does not fit its class: the payload
    kept as received (any JSON value). ``problem`` says why it is not typed."""

    payload: JsonValue
    """The payload as received."""
    problem: str | None = pydantic.Field(default=None, exclude=True)
    """Why the push is unknown: not a documented push, or the validation error (first lines)."""


class IncomingChatPush(Push):
    """``incoming_chat``: a chat came with a new thread."""

    action: Literal["incoming_chat"] = "incoming_chat"
    """Always ``incoming_chat``."""
    payload: IncomingChatPayload


class ChatDeactivatedPush(Push):
    """``chat_deactivated``: a chat was deactivated (its open thread closed)."""

    action: Literal["chat_deactivated"] = "chat_deactivated"
    """Always ``chat_deactivated``."""
    payload: ChatDeactivatedPayload


class ChatDeletedPush(Push):
    """``chat_deleted``: a chat was deleted."""

    action: Literal["chat_deleted"] = "chat_deleted"
    """Always ``chat_deleted``."""
    payload: ChatDeletedPayload


class ThreadDeletedPush(Push):
    """``thread_deleted``: a thread was deleted."""

    action: Literal["thread_deleted"] = "thread_deleted"
    """Always ``thread_deleted``."""
    payload: ThreadDeletedPayload


class ThreadsDeletedPush(Push):
    """``threads_deleted``: threads of a date range, or with a tag, were deleted."""

    action: Literal["threads_deleted"] = "threads_deleted"
    """Always ``threads_deleted``."""
    payload: ThreadsDeletedPayload


class ChatAccessUpdatedPush(Push):
    """``chat_access_updated``: who may see a chat changed."""

    action: Literal["chat_access_updated"] = "chat_access_updated"
    """Always ``chat_access_updated``."""
    payload: ChatAccessUpdatedPayload


class ChatTransferredPush(Push):
    """``chat_transferred``: a chat was transferred to another group or agent."""

    action: Literal["chat_transferred"] = "chat_transferred"
    """Always ``chat_transferred``."""
    payload: ChatTransferredPayload


class UserAddedToChatPush(Push):
    """``user_added_to_chat``: an agent or customer was added to a chat."""

    action: Literal["user_added_to_chat"] = "user_added_to_chat"
    """Always ``user_added_to_chat``."""
    payload: UserAddedToChatPayload


class UserRemovedFromChatPush(Push):
    """``user_removed_from_chat``: an agent or customer was removed from a chat."""

    action: Literal["user_removed_from_chat"] = "user_removed_from_chat"
    """Always ``user_removed_from_chat``."""
    payload: UserRemovedFromChatPayload


class IncomingEventPush(Push):
    """``incoming_event``: an event was sent to a chat."""

    action: Literal["incoming_event"] = "incoming_event"
    """Always ``incoming_event``."""
    payload: IncomingEventPayload


class EventUpdatedPush(Push):
    """``event_updated``: an event was updated."""

    action: Literal["event_updated"] = "event_updated"
    """Always ``event_updated``."""
    payload: EventUpdatedPayload


class IncomingRichMessagePostbackPush(Push):
    """``incoming_rich_message_postback``: a rich-message button was pressed."""

    action: Literal["incoming_rich_message_postback"] = "incoming_rich_message_postback"
    """Always ``incoming_rich_message_postback``."""
    payload: IncomingRichMessagePostbackPayload


class ChatPropertiesUpdatedPush(Push):
    """``chat_properties_updated``: chat properties were updated."""

    action: Literal["chat_properties_updated"] = "chat_properties_updated"
    """Always ``chat_properties_updated``."""
    payload: ChatPropertiesUpdatedPayload


class ChatPropertiesDeletedPush(Push):
    """``chat_properties_deleted``: chat properties were deleted."""

    action: Literal["chat_properties_deleted"] = "chat_properties_deleted"
    """Always ``chat_properties_deleted``."""
    payload: ChatPropertiesDeletedPayload


class ThreadPropertiesUpdatedPush(Push):
    """``thread_properties_updated``: thread properties were updated."""

    action: Literal["thread_properties_updated"] = "thread_properties_updated"
    """Always ``thread_properties_updated``."""
    payload: ThreadPropertiesUpdatedPayload


class ThreadPropertiesDeletedPush(Push):
    """``thread_properties_deleted``: thread properties were deleted."""

    action: Literal["thread_properties_deleted"] = "thread_properties_deleted"
    """Always ``thread_properties_deleted``."""
    payload: ThreadPropertiesDeletedPayload


class EventPropertiesUpdatedPush(Push):
    """``event_properties_updated``: event properties were updated."""

    action: Literal["event_properties_updated"] = "event_properties_updated"
    """Always ``event_properties_updated``."""
    payload: EventPropertiesUpdatedPayload


class EventPropertiesDeletedPush(Push):
    """``event_properties_deleted``: event properties were deleted."""

    action: Literal["event_properties_deleted"] = "event_properties_deleted"
    """Always ``event_properties_deleted``."""
    payload: EventPropertiesDeletedPayload


class ThreadTaggedPush(Push):
    """``thread_tagged``: a thread was tagged."""

    action: Literal["thread_tagged"] = "thread_tagged"
    """Always ``thread_tagged``."""
    payload: ThreadTaggedPayload


class ThreadUntaggedPush(Push):
    """``thread_untagged``: a thread was untagged."""

    action: Literal["thread_untagged"] = "thread_untagged"
    """Always ``thread_untagged``."""
    payload: ThreadUntaggedPayload


class IncomingCustomersPush(Push):
    """``incoming_customers``: the customers this session follows, after login."""

    action: Literal["incoming_customers"] = "incoming_customers"
    """Always ``incoming_customers``."""
    payload: IncomingCustomersPayload


class IncomingCustomerPush(Push):
    """``incoming_customer``: a customer is available (the payload is the customer)."""

    action: Literal["incoming_customer"] = "incoming_customer"
    """Always ``incoming_customer``."""
    payload: PushCustomer


class CustomerUpdatedPush(Push):
    """``customer_updated``: a customer's data changed."""

    action: Literal["customer_updated"] = "customer_updated"
    """Always ``customer_updated``."""
    payload: CustomerUpdatedPayload


class CustomerPageUpdatedPush(Push):
    """``customer_page_updated``: a customer opened a page."""

    action: Literal["customer_page_updated"] = "customer_page_updated"
    """Always ``customer_page_updated``."""
    payload: CustomerPageUpdatedPayload


class CustomerBannedPush(Push):
    """``customer_banned``: a customer was banned."""

    action: Literal["customer_banned"] = "customer_banned"
    """Always ``customer_banned``."""
    payload: CustomerBannedPayload


class CustomerTransferredPush(Push):
    """``customer_transferred``: a customer moved to other groups."""

    action: Literal["customer_transferred"] = "customer_transferred"
    """Always ``customer_transferred``."""
    payload: CustomerTransferredPayload


class CustomerLeftPush(Push):
    """``customer_left``: a customer left the website."""

    action: Literal["customer_left"] = "customer_left"
    """Always ``customer_left``."""
    payload: CustomerLeftPayload


class RoutingStatusSetPush(Push):
    """``routing_status_set``: an agent's or bot's routing status changed."""

    action: Literal["routing_status_set"] = "routing_status_set"
    """Always ``routing_status_set``."""
    payload: RoutingStatusSetPayload


class AgentDisconnectedPush(Push):
    """``agent_disconnected``: the server is ending this session, with a reason."""

    action: Literal["agent_disconnected"] = "agent_disconnected"
    """Always ``agent_disconnected``."""
    payload: AgentDisconnectedPayload


class AgentCreatedPush(Push):
    """``agent_created``: an agent account was created."""

    action: Literal["agent_created"] = "agent_created"
    """Always ``agent_created``."""
    payload: AgentAccount


class AgentApprovedPush(Push):
    """``agent_approved``: an agent account was approved."""

    action: Literal["agent_approved"] = "agent_approved"
    """Always ``agent_approved``."""
    payload: AgentApprovedPayload


class AgentUpdatedPush(Push):
    """``agent_updated``: an agent account changed."""

    action: Literal["agent_updated"] = "agent_updated"
    """Always ``agent_updated``."""
    payload: AgentAccountUpdate


class AgentSuspendedPush(Push):
    """``agent_suspended``: an agent account was suspended."""

    action: Literal["agent_suspended"] = "agent_suspended"
    """Always ``agent_suspended``."""
    payload: AgentSuspendedPayload


class AgentUnsuspendedPush(Push):
    """``agent_unsuspended``: an agent account was unsuspended."""

    action: Literal["agent_unsuspended"] = "agent_unsuspended"
    """Always ``agent_unsuspended``."""
    payload: AgentUnsuspendedPayload


class AgentDeletedPush(Push):
    """``agent_deleted``: an agent account was deleted."""

    action: Literal["agent_deleted"] = "agent_deleted"
    """Always ``agent_deleted``."""
    payload: AgentDeletedPayload


class AutoAccessesUpdatedPush(Push):
    """``auto_accesses_updated``: auto access rules were added, updated or deleted."""

    action: Literal["auto_accesses_updated"] = "auto_accesses_updated"
    """Always ``auto_accesses_updated``."""
    payload: list[AutoAccessChange]


class BotCreatedPush(Push):
    """``bot_created``: a bot was created."""

    action: Literal["bot_created"] = "bot_created"
    """Always ``bot_created``."""
    payload: Bot


class BotUpdatedPush(Push):
    """``bot_updated``: a bot changed."""

    action: Literal["bot_updated"] = "bot_updated"
    """Always ``bot_updated``."""
    payload: BotUpdate


class BotDeletedPush(Push):
    """``bot_deleted``: a bot was deleted."""

    action: Literal["bot_deleted"] = "bot_deleted"
    """Always ``bot_deleted``."""
    payload: BotDeletedPayload


class GroupCreatedPush(Push):
    """``group_created``: a group was created."""

    action: Literal["group_created"] = "group_created"
    """Always ``group_created``."""
    payload: Group


class GroupDeletedPush(Push):
    """``group_deleted``: a group was deleted."""

    action: Literal["group_deleted"] = "group_deleted"
    """Always ``group_deleted``."""
    payload: GroupDeletedPayload


class GroupUpdatedPush(Push):
    """``group_updated``: a group changed."""

    action: Literal["group_updated"] = "group_updated"
    """Always ``group_updated``."""
    payload: GroupUpdate


class TagCreatedPush(Push):
    """``tag_created``: a tag was created."""

    action: Literal["tag_created"] = "tag_created"
    """Always ``tag_created``."""
    payload: Tag


class TagDeletedPush(Push):
    """``tag_deleted``: a tag was deleted."""

    action: Literal["tag_deleted"] = "tag_deleted"
    """Always ``tag_deleted``."""
    payload: TagDeletedPayload


class TagUpdatedPush(Push):
    """``tag_updated``: a tag's groups changed."""

    action: Literal["tag_updated"] = "tag_updated"
    """Always ``tag_updated``."""
    payload: TagUpdate


class GroupsStatusUpdatedPush(Push):
    """``groups_status_updated``: groups' routing statuses changed."""

    action: Literal["groups_status_updated"] = "groups_status_updated"
    """Always ``groups_status_updated``."""
    payload: GroupsStatusUpdatedPayload


class IncomingTypingIndicatorPush(Push):
    """``incoming_typing_indicator``: someone started or stopped typing."""

    action: Literal["incoming_typing_indicator"] = "incoming_typing_indicator"
    """Always ``incoming_typing_indicator``."""
    payload: IncomingTypingIndicatorPayload


class IncomingSneakPeekPush(Push):
    """``incoming_sneak_peek``: what a customer is typing, before it is sent."""

    action: Literal["incoming_sneak_peek"] = "incoming_sneak_peek"
    """Always ``incoming_sneak_peek``."""
    payload: IncomingSneakPeekPayload


class EventsMarkedAsSeenPush(Push):
    """``events_marked_as_seen``: a user has seen a chat's events up to a moment."""

    action: Literal["events_marked_as_seen"] = "events_marked_as_seen"
    """Always ``events_marked_as_seen``."""
    payload: EventsMarkedAsSeenPayload


class IncomingMulticastPush(Push):
    """``incoming_multicast``: a message sent with multicast."""

    action: Literal["incoming_multicast"] = "incoming_multicast"
    """Always ``incoming_multicast``."""
    payload: IncomingMulticastPayload


class ChatUnfollowedPush(Push):
    """``chat_unfollowed``: this agent no longer follows a chat."""

    action: Literal["chat_unfollowed"] = "chat_unfollowed"
    """Always ``chat_unfollowed``."""
    payload: ChatUnfollowedPayload


class QueuePositionsUpdatedPush(Push):
    """``queue_positions_updated``: positions of queued chats changed."""

    action: Literal["queue_positions_updated"] = "queue_positions_updated"
    """Always ``queue_positions_updated``."""
    payload: QueuePositionsUpdatedPayload


class CustomerUnfollowedPush(Push):
    """``customer_unfollowed``: this agent no longer follows a customer."""

    action: Literal["customer_unfollowed"] = "customer_unfollowed"
    """Always ``customer_unfollowed``."""
    payload: CustomerUnfollowedPayload


PUSH_CLASSES: Final[Mapping[str, type[Push]]] = MappingProxyType(
    {
        "incoming_chat": IncomingChatPush,
        "chat_deactivated": ChatDeactivatedPush,
        "chat_deleted": ChatDeletedPush,
        "thread_deleted": ThreadDeletedPush,
        "threads_deleted": ThreadsDeletedPush,
        "chat_access_updated": ChatAccessUpdatedPush,
        "chat_transferred": ChatTransferredPush,
        "user_added_to_chat": UserAddedToChatPush,
        "user_removed_from_chat": UserRemovedFromChatPush,
        "incoming_event": IncomingEventPush,
        "event_updated": EventUpdatedPush,
        "incoming_rich_message_postback": IncomingRichMessagePostbackPush,
        "chat_properties_updated": ChatPropertiesUpdatedPush,
        "chat_properties_deleted": ChatPropertiesDeletedPush,
        "thread_properties_updated": ThreadPropertiesUpdatedPush,
        "thread_properties_deleted": ThreadPropertiesDeletedPush,
        "event_properties_updated": EventPropertiesUpdatedPush,
        "event_properties_deleted": EventPropertiesDeletedPush,
        "thread_tagged": ThreadTaggedPush,
        "thread_untagged": ThreadUntaggedPush,
        "incoming_customers": IncomingCustomersPush,
        "incoming_customer": IncomingCustomerPush,
        "customer_updated": CustomerUpdatedPush,
        "customer_page_updated": CustomerPageUpdatedPush,
        "customer_banned": CustomerBannedPush,
        "customer_transferred": CustomerTransferredPush,
        "customer_left": CustomerLeftPush,
        "routing_status_set": RoutingStatusSetPush,
        "agent_disconnected": AgentDisconnectedPush,
        "agent_created": AgentCreatedPush,
        "agent_approved": AgentApprovedPush,
        "agent_updated": AgentUpdatedPush,
        "agent_suspended": AgentSuspendedPush,
        "agent_unsuspended": AgentUnsuspendedPush,
        "agent_deleted": AgentDeletedPush,
        "auto_accesses_updated": AutoAccessesUpdatedPush,
        "bot_created": BotCreatedPush,
        "bot_updated": BotUpdatedPush,
        "bot_deleted": BotDeletedPush,
        "group_created": GroupCreatedPush,
        "group_deleted": GroupDeletedPush,
        "group_updated": GroupUpdatedPush,
        "tag_created": TagCreatedPush,
        "tag_deleted": TagDeletedPush,
        "tag_updated": TagUpdatedPush,
        "groups_status_updated": GroupsStatusUpdatedPush,
        "incoming_typing_indicator": IncomingTypingIndicatorPush,
        "incoming_sneak_peek": IncomingSneakPeekPush,
        "events_marked_as_seen": EventsMarkedAsSeenPush,
        "incoming_multicast": IncomingMulticastPush,
        "chat_unfollowed": ChatUnfollowedPush,
        "queue_positions_updated": QueuePositionsUpdatedPush,
        "customer_unfollowed": CustomerUnfollowedPush,
    }
)
"""Each documented push (the 53 of the v3.6 docs) -> its class, in the docs' order."""


def parse_push(frame: Mapping[str, Any]) -> Push:
    """The typed push of a decoded push frame; an :class:`UnknownPush` (logged at ``WARNING``
    when its name is known) for an unknown name or a payload that does not fit."""
    action = frame.get("action")
    cls = PUSH_CLASSES.get(action) if isinstance(action, str) else None
    if cls is not None:
        try:
            return cls.model_validate(frame)
        except pydantic.ValidationError as exc:
            problems = exc.errors(include_url=False, include_input=False)
            problem = "; ".join(
                f"{'.'.join(map(str, p['loc'])) or '(frame)'}: {p['msg']}" for p in problems[:5]
            )
            logger.warning("push %s does not fit %s: %s", action, cls.__name__, problem)
    else:
        problem = f"not a documented push: {str(action)[:100]!r}"
    try:
        unknown = UnknownPush.model_validate(
            {**frame, "action": action if isinstance(action, str) else str(action)}
        )
    except pydantic.ValidationError:  # a payload that is not JSON cannot come from a frame
        unknown = UnknownPush(action=str(action), payload=None)
    unknown.problem = problem
    return unknown


def parse_push_json(action: object, data: bytes) -> Push:
    """The typed push of a push frame's JSON text, whose ``action`` is known: validated from the
    bytes into its class in one pass (the cyclic GC paused for a large one); anything else goes
    through :func:`parse_push`, which says why it is an :class:`UnknownPush`."""
    cls = PUSH_CLASSES.get(action) if isinstance(action, str) else None
    if cls is not None:
        try:
            return validate_json(cls.model_validate_json, data)
        except pydantic.ValidationError:
            pass
    return parse_push(json.loads(data))
