"""One class per webhook action: the 37 webhooks of the v3.6 docs.

``<Camel>Webhook`` for the action ``<snake>``, each a :class:`Webhook` whose ``payload`` is typed:
chat webhooks (:class:`ChatWebhook`) carry the Agent Chat API's structures, configuration
webhooks (:class:`ConfigurationWebhook`) the Configuration API's agents, bots, groups, tags and
auto access changes, plus the envelope's ``requester``. :data:`WEBHOOK_CLASSES` maps each
documented action to its class.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

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
from ._envelope import Webhook
from ._payloads import (
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
    CustomerSessionFieldsUpdatedPayload,
    EventPropertiesDeletedPayload,
    EventPropertiesUpdatedPayload,
    EventsMarkedAsSeenPayload,
    EventUpdatedPayload,
    GroupDeletedPayload,
    IncomingChatPayload,
    IncomingCustomerPayload,
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

__all__ = [
    "LEGACY_ACTIONS",
    "WEBHOOK_CLASSES",
    "AgentApprovedWebhook",
    "AgentCreatedWebhook",
    "AgentDeletedWebhook",
    "AgentSuspendedWebhook",
    "AgentUnsuspendedWebhook",
    "AgentUpdatedWebhook",
    "AutoAccessesUpdatedWebhook",
    "BotCreatedWebhook",
    "BotDeletedWebhook",
    "BotUpdatedWebhook",
    "ChatAccessUpdatedWebhook",
    "ChatDeactivatedWebhook",
    "ChatPropertiesDeletedWebhook",
    "ChatPropertiesUpdatedWebhook",
    "ChatTransferredWebhook",
    "ChatWebhook",
    "ConfigurationWebhook",
    "CustomerSessionFieldsUpdatedWebhook",
    "EventPropertiesDeletedWebhook",
    "EventPropertiesUpdatedWebhook",
    "EventUpdatedWebhook",
    "EventsMarkedAsSeenWebhook",
    "GroupCreatedWebhook",
    "GroupDeletedWebhook",
    "GroupUpdatedWebhook",
    "IncomingChatWebhook",
    "IncomingCustomerWebhook",
    "IncomingEventWebhook",
    "IncomingRichMessagePostbackWebhook",
    "RoutingStatusSetWebhook",
    "TagCreatedWebhook",
    "TagDeletedWebhook",
    "TagUpdatedWebhook",
    "ThreadPropertiesDeletedWebhook",
    "ThreadPropertiesUpdatedWebhook",
    "ThreadTaggedWebhook",
    "ThreadUntaggedWebhook",
    "UserAddedToChatWebhook",
    "UserRemovedFromChatWebhook",
]


class ChatWebhook(Webhook):
    """Base of the 21 chat webhooks (chats, access, users, events, properties, tags, routing
    statuses, customers, seen events): payloads built from the Agent Chat API's structures;
    ``additional_data`` carries what the registration asked for."""


class ConfigurationWebhook(Webhook):
    """Base of the 16 configuration webhooks (agents, bots, groups, tags, auto access rules):
    ``requester`` says who made the change and ``additional_data`` is ``{}``."""


class IncomingChatWebhook(ChatWebhook):
    """``incoming_chat``: a chat came with a new thread."""

    action: Literal["incoming_chat"] = "incoming_chat"
    """Always ``incoming_chat``."""
    payload: IncomingChatPayload
    """The whole chat, its new thread with the initial events."""


class ChatDeactivatedWebhook(ChatWebhook):
    """``chat_deactivated``: a chat was deactivated (its open thread closed)."""

    action: Literal["chat_deactivated"] = "chat_deactivated"
    """Always ``chat_deactivated``."""
    payload: ChatDeactivatedPayload
    """The chat, the thread and who closed it."""


class ChatAccessUpdatedWebhook(ChatWebhook):
    """``chat_access_updated``: who may see a chat changed."""

    action: Literal["chat_access_updated"] = "chat_access_updated"
    """Always ``chat_access_updated``."""
    payload: ChatAccessUpdatedPayload
    """The chat and its whole new access."""


class ChatTransferredWebhook(ChatWebhook):
    """``chat_transferred``: a chat was transferred to another group or agent."""

    action: Literal["chat_transferred"] = "chat_transferred"
    """Always ``chat_transferred``."""
    payload: ChatTransferredPayload
    """The chat, the reason and where it went."""


class UserAddedToChatWebhook(ChatWebhook):
    """``user_added_to_chat``: an agent or customer was added to a chat."""

    action: Literal["user_added_to_chat"] = "user_added_to_chat"
    """Always ``user_added_to_chat``."""
    payload: UserAddedToChatPayload
    """The chat and the user."""


class UserRemovedFromChatWebhook(ChatWebhook):
    """``user_removed_from_chat``: an agent or customer was removed from a chat."""

    action: Literal["user_removed_from_chat"] = "user_removed_from_chat"
    """Always ``user_removed_from_chat``."""
    payload: UserRemovedFromChatPayload
    """The chat and the user's ID."""


class IncomingEventWebhook(ChatWebhook):
    """``incoming_event``: an event was sent to a chat."""

    action: Literal["incoming_event"] = "incoming_event"
    """Always ``incoming_event``."""
    payload: IncomingEventPayload
    """The chat, the thread and the event."""


class EventUpdatedWebhook(ChatWebhook):
    """``event_updated``: an event was updated."""

    action: Literal["event_updated"] = "event_updated"
    """Always ``event_updated``."""
    payload: EventUpdatedPayload
    """The chat, the thread and the whole updated event."""


class IncomingRichMessagePostbackWebhook(ChatWebhook):
    """``incoming_rich_message_postback``: a rich-message button was pressed."""

    action: Literal["incoming_rich_message_postback"] = "incoming_rich_message_postback"
    """Always ``incoming_rich_message_postback``."""
    payload: IncomingRichMessagePostbackPayload
    """The button, the user and the rich message."""


class ChatPropertiesUpdatedWebhook(ChatWebhook):
    """``chat_properties_updated``: chat properties were updated."""

    action: Literal["chat_properties_updated"] = "chat_properties_updated"
    """Always ``chat_properties_updated``."""
    payload: ChatPropertiesUpdatedPayload
    """The chat and the changed properties."""


class ChatPropertiesDeletedWebhook(ChatWebhook):
    """``chat_properties_deleted``: chat properties were deleted."""

    action: Literal["chat_properties_deleted"] = "chat_properties_deleted"
    """Always ``chat_properties_deleted``."""
    payload: ChatPropertiesDeletedPayload
    """The chat and the deleted property names."""


class ThreadPropertiesUpdatedWebhook(ChatWebhook):
    """``thread_properties_updated``: thread properties were updated."""

    action: Literal["thread_properties_updated"] = "thread_properties_updated"
    """Always ``thread_properties_updated``."""
    payload: ThreadPropertiesUpdatedPayload
    """The thread and the changed properties."""


class ThreadPropertiesDeletedWebhook(ChatWebhook):
    """``thread_properties_deleted``: thread properties were deleted."""

    action: Literal["thread_properties_deleted"] = "thread_properties_deleted"
    """Always ``thread_properties_deleted``."""
    payload: ThreadPropertiesDeletedPayload
    """The thread and the deleted property names."""


class EventPropertiesUpdatedWebhook(ChatWebhook):
    """``event_properties_updated``: event properties were updated."""

    action: Literal["event_properties_updated"] = "event_properties_updated"
    """Always ``event_properties_updated``."""
    payload: EventPropertiesUpdatedPayload
    """The event and the changed properties."""


class EventPropertiesDeletedWebhook(ChatWebhook):
    """``event_properties_deleted``: event properties were deleted."""

    action: Literal["event_properties_deleted"] = "event_properties_deleted"
    """Always ``event_properties_deleted``."""
    payload: EventPropertiesDeletedPayload
    """The event and the deleted property names."""


class ThreadTaggedWebhook(ChatWebhook):
    """``thread_tagged``: a thread was tagged."""

    action: Literal["thread_tagged"] = "thread_tagged"
    """Always ``thread_tagged``."""
    payload: ThreadTaggedPayload
    """The thread and the tag."""


class ThreadUntaggedWebhook(ChatWebhook):
    """``thread_untagged``: a thread was untagged."""

    action: Literal["thread_untagged"] = "thread_untagged"
    """Always ``thread_untagged``."""
    payload: ThreadUntaggedPayload
    """The thread and the tag."""


class RoutingStatusSetWebhook(ChatWebhook):
    """``routing_status_set``: an agent's or bot's routing status changed."""

    action: Literal["routing_status_set"] = "routing_status_set"
    """Always ``routing_status_set``."""
    payload: RoutingStatusSetPayload
    """The agent and the new status."""


class IncomingCustomerWebhook(ChatWebhook):
    """``incoming_customer``: a new customer registered."""

    action: Literal["incoming_customer"] = "incoming_customer"
    """Always ``incoming_customer``."""
    payload: IncomingCustomerPayload
    """The customer."""


class CustomerSessionFieldsUpdatedWebhook(ChatWebhook):
    """``customer_session_fields_updated``: a chatting customer's session fields were updated
    (sent once per active chat of the customer)."""

    action: Literal["customer_session_fields_updated"] = "customer_session_fields_updated"
    """Always ``customer_session_fields_updated``."""
    payload: CustomerSessionFieldsUpdatedPayload
    """The customer, the chat and the session fields."""


class AgentCreatedWebhook(ConfigurationWebhook):
    """``agent_created``: an agent account was created."""

    action: Literal["agent_created"] = "agent_created"
    """Always ``agent_created``."""
    payload: AgentAccount
    """The whole agent account."""


class AgentApprovedWebhook(ConfigurationWebhook):
    """``agent_approved``: an agent account was approved."""

    action: Literal["agent_approved"] = "agent_approved"
    """Always ``agent_approved``."""
    payload: AgentApprovedPayload
    """The agent's login."""


class AgentUpdatedWebhook(ConfigurationWebhook):
    """``agent_updated``: an agent account changed."""

    action: Literal["agent_updated"] = "agent_updated"
    """Always ``agent_updated``."""
    payload: AgentAccountUpdate
    """The agent's login and the changed members only."""


class AgentSuspendedWebhook(ConfigurationWebhook):
    """``agent_suspended``: an agent account was suspended."""

    action: Literal["agent_suspended"] = "agent_suspended"
    """Always ``agent_suspended``."""
    payload: AgentSuspendedPayload
    """The agent's login."""


class AgentUnsuspendedWebhook(ConfigurationWebhook):
    """``agent_unsuspended``: an agent account was unsuspended."""

    action: Literal["agent_unsuspended"] = "agent_unsuspended"
    """Always ``agent_unsuspended``."""
    payload: AgentUnsuspendedPayload
    """The agent's login."""


class AgentDeletedWebhook(ConfigurationWebhook):
    """``agent_deleted``: an agent account was deleted."""

    action: Literal["agent_deleted"] = "agent_deleted"
    """Always ``agent_deleted``."""
    payload: AgentDeletedPayload
    """The agent's login."""


class AutoAccessesUpdatedWebhook(ConfigurationWebhook):
    """``auto_accesses_updated``: auto access rules were added, updated or deleted.

    The v3.4 names ``auto_access_added``/``_updated``/``_deleted`` parse here when their payload
    is the v3.6 array (the docs' samples carry ``auto_access_added`` by mistake); with their
    v3.4 object payload they parse as :class:`UnknownWebhook`. Strict parsing refuses them.
    """

    action: Literal[
        "auto_accesses_updated", "auto_access_added", "auto_access_updated", "auto_access_deleted"
    ] = "auto_accesses_updated"
    """``auto_accesses_updated``; the docs' samples say ``auto_access_added`` (the v3.4 name),
    which is accepted too, with the v3.6 array payload."""
    payload: list[AutoAccessChange]
    """Every rule the change touched (a JSON array)."""


class BotCreatedWebhook(ConfigurationWebhook):
    """``bot_created``: a bot was created."""

    action: Literal["bot_created"] = "bot_created"
    """Always ``bot_created``."""
    payload: Bot
    """The whole bot."""


class BotUpdatedWebhook(ConfigurationWebhook):
    """``bot_updated``: a bot changed."""

    action: Literal["bot_updated"] = "bot_updated"
    """Always ``bot_updated``."""
    payload: BotUpdate
    """The bot's ID and the changed members only."""


class BotDeletedWebhook(ConfigurationWebhook):
    """``bot_deleted``: a bot was deleted."""

    action: Literal["bot_deleted"] = "bot_deleted"
    """Always ``bot_deleted``."""
    payload: BotDeletedPayload
    """The bot's ID."""


class GroupCreatedWebhook(ConfigurationWebhook):
    """``group_created``: a group was created."""

    action: Literal["group_created"] = "group_created"
    """Always ``group_created``."""
    payload: Group
    """The whole group."""


class GroupDeletedWebhook(ConfigurationWebhook):
    """``group_deleted``: a group was deleted."""

    action: Literal["group_deleted"] = "group_deleted"
    """Always ``group_deleted``."""
    payload: GroupDeletedPayload
    """The group's ID."""


class GroupUpdatedWebhook(ConfigurationWebhook):
    """``group_updated``: a group changed."""

    action: Literal["group_updated"] = "group_updated"
    """Always ``group_updated``."""
    payload: GroupUpdate
    """The group's ID and the changed members only."""


class TagCreatedWebhook(ConfigurationWebhook):
    """``tag_created``: a tag was created."""

    action: Literal["tag_created"] = "tag_created"
    """Always ``tag_created``."""
    payload: Tag
    """The whole tag."""


class TagDeletedWebhook(ConfigurationWebhook):
    """``tag_deleted``: a tag was deleted."""

    action: Literal["tag_deleted"] = "tag_deleted"
    """Always ``tag_deleted``."""
    payload: TagDeletedPayload
    """The tag's name."""


class TagUpdatedWebhook(ConfigurationWebhook):
    """``tag_updated``: a tag's groups changed."""

    action: Literal["tag_updated"] = "tag_updated"
    """Always ``tag_updated``."""
    payload: TagUpdate
    """The tag and its groups."""


class EventsMarkedAsSeenWebhook(ChatWebhook):
    """``events_marked_as_seen``: a user has seen a chat's events up to a moment."""

    action: Literal["events_marked_as_seen"] = "events_marked_as_seen"
    """Always ``events_marked_as_seen``."""
    payload: EventsMarkedAsSeenPayload
    """The user, the chat and the moment."""


WEBHOOK_CLASSES: Final[Mapping[str, type[Webhook]]] = MappingProxyType(
    {
        str(cls.model_fields["action"].default): cls
        for cls in (
            IncomingChatWebhook,
            ChatDeactivatedWebhook,
            ChatAccessUpdatedWebhook,
            ChatTransferredWebhook,
            UserAddedToChatWebhook,
            UserRemovedFromChatWebhook,
            IncomingEventWebhook,
            EventUpdatedWebhook,
            IncomingRichMessagePostbackWebhook,
            ChatPropertiesUpdatedWebhook,
            ChatPropertiesDeletedWebhook,
            ThreadPropertiesUpdatedWebhook,
            ThreadPropertiesDeletedWebhook,
            EventPropertiesUpdatedWebhook,
            EventPropertiesDeletedWebhook,
            ThreadTaggedWebhook,
            ThreadUntaggedWebhook,
            RoutingStatusSetWebhook,
            IncomingCustomerWebhook,
            CustomerSessionFieldsUpdatedWebhook,
            AgentCreatedWebhook,
            AgentApprovedWebhook,
            AgentUpdatedWebhook,
            AgentSuspendedWebhook,
            AgentUnsuspendedWebhook,
            AgentDeletedWebhook,
            AutoAccessesUpdatedWebhook,
            BotCreatedWebhook,
            BotUpdatedWebhook,
            BotDeletedWebhook,
            GroupCreatedWebhook,
            GroupDeletedWebhook,
            GroupUpdatedWebhook,
            TagCreatedWebhook,
            TagDeletedWebhook,
            TagUpdatedWebhook,
            EventsMarkedAsSeenWebhook,
        )
    }
)
"""Each documented action (the 37 of the v3.6 docs) → its webhook class, in the docs' order."""

LEGACY_ACTIONS: Final[frozenset[str]] = frozenset(
    {"auto_access_added", "auto_access_updated", "auto_access_deleted"}
)
"""v3.4 actions that v3.5 replaced with ``auto_accesses_updated``; the v3.6 docs' samples of
``auto_accesses_updated`` still carry ``auto_access_added``. They parse as
:class:`AutoAccessesUpdatedWebhook` when their payload is the v3.6 array, else as
:class:`UnknownWebhook`."""
