"""Field docstrings of ``livechat_typed.rtm._pushes``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "Push": {
        "action": "The push's name, e.g. ``incoming_event``: the kind of ``payload``.",
        "payload": "What happened; typed by each subclass.",
        "type": "Always ``push``.",
        "version": "The API version of the push (``3.6``).",
        "request_id": "The id of this session's request that caused the push, if it was one.",
    },
    "UnknownPush": {
        "payload": "The payload as received.",
        "problem": "Why the push is unknown: not a documented push, or the validation error (first lines).",
    },
    "IncomingChatPush": {
        "action": "Always ``incoming_chat``.",
    },
    "ChatDeactivatedPush": {
        "action": "Always ``chat_deactivated``.",
    },
    "ChatDeletedPush": {
        "action": "Always ``chat_deleted``.",
    },
    "ThreadDeletedPush": {
        "action": "Always ``thread_deleted``.",
    },
    "ThreadsDeletedPush": {
        "action": "Always ``threads_deleted``.",
    },
    "ChatAccessUpdatedPush": {
        "action": "Always ``chat_access_updated``.",
    },
    "ChatTransferredPush": {
        "action": "Always ``chat_transferred``.",
    },
    "UserAddedToChatPush": {
        "action": "Always ``user_added_to_chat``.",
    },
    "UserRemovedFromChatPush": {
        "action": "Always ``user_removed_from_chat``.",
    },
    "IncomingEventPush": {
        "action": "Always ``incoming_event``.",
    },
    "EventUpdatedPush": {
        "action": "Always ``event_updated``.",
    },
    "IncomingRichMessagePostbackPush": {
        "action": "Always ``incoming_rich_message_postback``.",
    },
    "ChatPropertiesUpdatedPush": {
        "action": "Always ``chat_properties_updated``.",
    },
    "ChatPropertiesDeletedPush": {
        "action": "Always ``chat_properties_deleted``.",
    },
    "ThreadPropertiesUpdatedPush": {
        "action": "Always ``thread_properties_updated``.",
    },
    "ThreadPropertiesDeletedPush": {
        "action": "Always ``thread_properties_deleted``.",
    },
    "EventPropertiesUpdatedPush": {
        "action": "Always ``event_properties_updated``.",
    },
    "EventPropertiesDeletedPush": {
        "action": "Always ``event_properties_deleted``.",
    },
    "ThreadTaggedPush": {
        "action": "Always ``thread_tagged``.",
    },
    "ThreadUntaggedPush": {
        "action": "Always ``thread_untagged``.",
    },
    "IncomingCustomersPush": {
        "action": "Always ``incoming_customers``.",
    },
    "IncomingCustomerPush": {
        "action": "Always ``incoming_customer``.",
    },
    "CustomerUpdatedPush": {
        "action": "Always ``customer_updated``.",
    },
    "CustomerPageUpdatedPush": {
        "action": "Always ``customer_page_updated``.",
    },
    "CustomerBannedPush": {
        "action": "Always ``customer_banned``.",
    },
    "CustomerTransferredPush": {
        "action": "Always ``customer_transferred``.",
    },
    "CustomerLeftPush": {
        "action": "Always ``customer_left``.",
    },
    "RoutingStatusSetPush": {
        "action": "Always ``routing_status_set``.",
    },
    "AgentDisconnectedPush": {
        "action": "Always ``agent_disconnected``.",
    },
    "AgentCreatedPush": {
        "action": "Always ``agent_created``.",
    },
    "AgentApprovedPush": {
        "action": "Always ``agent_approved``.",
    },
    "AgentUpdatedPush": {
        "action": "Always ``agent_updated``.",
    },
    "AgentSuspendedPush": {
        "action": "Always ``agent_suspended``.",
    },
    "AgentUnsuspendedPush": {
        "action": "Always ``agent_unsuspended``.",
    },
    "AgentDeletedPush": {
        "action": "Always ``agent_deleted``.",
    },
    "AutoAccessesUpdatedPush": {
        "action": "Always ``auto_accesses_updated``.",
    },
    "BotCreatedPush": {
        "action": "Always ``bot_created``.",
    },
    "BotUpdatedPush": {
        "action": "Always ``bot_updated``.",
    },
    "BotDeletedPush": {
        "action": "Always ``bot_deleted``.",
    },
    "GroupCreatedPush": {
        "action": "Always ``group_created``.",
    },
    "GroupDeletedPush": {
        "action": "Always ``group_deleted``.",
    },
    "GroupUpdatedPush": {
        "action": "Always ``group_updated``.",
    },
    "TagCreatedPush": {
        "action": "Always ``tag_created``.",
    },
    "TagDeletedPush": {
        "action": "Always ``tag_deleted``.",
    },
    "TagUpdatedPush": {
        "action": "Always ``tag_updated``.",
    },
    "GroupsStatusUpdatedPush": {
        "action": "Always ``groups_status_updated``.",
    },
    "IncomingTypingIndicatorPush": {
        "action": "Always ``incoming_typing_indicator``.",
    },
    "IncomingSneakPeekPush": {
        "action": "Always ``incoming_sneak_peek``.",
    },
    "EventsMarkedAsSeenPush": {
        "action": "Always ``events_marked_as_seen``.",
    },
    "IncomingMulticastPush": {
        "action": "Always ``incoming_multicast``.",
    },
    "ChatUnfollowedPush": {
        "action": "Always ``chat_unfollowed``.",
    },
    "QueuePositionsUpdatedPush": {
        "action": "Always ``queue_positions_updated``.",
    },
    "CustomerUnfollowedPush": {
        "action": "Always ``customer_unfollowed``.",
    },
}
