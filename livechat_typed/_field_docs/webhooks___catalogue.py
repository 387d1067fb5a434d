"""Field docstrings of ``livechat_typed.webhooks._catalogue``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "IncomingChatWebhook": {
        "action": "Always ``incoming_chat``.",
        "payload": "The whole chat, its new thread with the initial events.",
    },
    "ChatDeactivatedWebhook": {
        "action": "Always ``chat_deactivated``.",
        "payload": "The chat, the thread and who closed it.",
    },
    "ChatAccessUpdatedWebhook": {
        "action": "Always ``chat_access_updated``.",
        "payload": "The chat and its whole new access.",
    },
    "ChatTransferredWebhook": {
        "action": "Always ``chat_transferred``.",
        "payload": "The chat, the reason and where it went.",
    },
    "UserAddedToChatWebhook": {
        "action": "Always ``user_added_to_chat``.",
        "payload": "The chat and the user.",
    },
    "UserRemovedFromChatWebhook": {
        "action": "Always ``user_removed_from_chat``.",
        "payload": "The chat and the user's ID.",
    },
    "IncomingEventWebhook": {
        "action": "Always ``incoming_event``.",
        "payload": "The chat, the thread and the event.",
    },
    "EventUpdatedWebhook": {
        "action": "Always ``event_updated``.",
        "payload": "The chat, the thread and the whole updated event.",
    },
    "IncomingRichMessagePostbackWebhook": {
        "action": "Always ``incoming_rich_message_postback``.",
        "payload": "The button, the user and the rich message.",
    },
    "ChatPropertiesUpdatedWebhook": {
        "action": "Always ``chat_properties_updated``.",
        "payload": "The chat and the changed properties.",
    },
    "ChatPropertiesDeletedWebhook": {
        "action": "Always ``chat_properties_deleted``.",
        "payload": "The chat and the deleted property names.",
    },
    "ThreadPropertiesUpdatedWebhook": {
        "action": "Always ``thread_properties_updated``.",
        "payload": "The thread and the changed properties.",
    },
    "ThreadPropertiesDeletedWebhook": {
        "action": "Always ``thread_properties_deleted``.",
        "payload": "The thread and the deleted property names.",
    },
    "EventPropertiesUpdatedWebhook": {
        "action": "Always ``event_properties_updated``.",
        "payload": "The event and the changed properties.",
    },
    "EventPropertiesDeletedWebhook": {
        "action": "Always ``event_properties_deleted``.",
        "payload": "The event and the deleted property names.",
    },
    "ThreadTaggedWebhook": {
        "action": "Always ``thread_tagged``.",
        "payload": "The thread and the tag.",
    },
    "ThreadUntaggedWebhook": {
        "action": "Always ``thread_untagged``.",
        "payload": "The thread and the tag.",
    },
    "RoutingStatusSetWebhook": {
        "action": "Always ``routing_status_set``.",
        "payload": "The agent and the new status.",
    },
    "IncomingCustomerWebhook": {
        "action": "Always ``incoming_customer``.",
        "payload": "The customer.",
    },
    "CustomerSessionFieldsUpdatedWebhook": {
        "action": "Always ``customer_session_fields_updated``.",
        "payload": "The customer, the chat and the session fields.",
    },
    "AgentCreatedWebhook": {
        "action": "Always ``agent_created``.",
        "payload": "The whole agent account.",
    },
    "AgentApprovedWebhook": {
        "action": "Always ``agent_approved``.",
        "payload": "The agent's login.",
    },
    "AgentUpdatedWebhook": {
        "action": "Always ``agent_updated``.",
        "payload": "The agent's login and the changed members only.",
    },
    "AgentSuspendedWebhook": {
        "action": "Always ``agent_suspended``.",
        "payload": "The agent's login.",
    },
    "AgentUnsuspendedWebhook": {
        "action": "Always ``agent_unsuspended``.",
        "payload": "The agent's login.",
    },
    "AgentDeletedWebhook": {
        "action": "Always ``agent_deleted``.",
        "payload": "The agent's login.",
    },
    "AutoAccessesUpdatedWebhook": {
        "action": "``auto_accesses_updated``; the docs' samples say ``auto_access_added`` (the v3.4 name),\nwhich is accepted too, with the v3.6 array payload.",
        "payload": "Every rule the change touched (a JSON array).",
    },
    "BotCreatedWebhook": {
        "action": "Always ``bot_created``.",
        "payload": "The whole bot.",
    },
    "BotUpdatedWebhook": {
        "action": "Always ``bot_updated``.",
        "payload": "The bot's ID and the changed members only.",
    },
    "BotDeletedWebhook": {
        "action": "Always ``bot_deleted``.",
        "payload": "The bot's ID.",
    },
    "GroupCreatedWebhook": {
        "action": "Always ``group_created``.",
        "payload": "The whole group.",
    },
    "GroupDeletedWebhook": {
        "action": "Always ``group_deleted``.",
        "payload": "The group's ID.",
    },
    "GroupUpdatedWebhook": {
        "action": "Always ``group_updated``.",
        "payload": "The group's ID and the changed members only.",
    },
    "TagCreatedWebhook": {
        "action": "Always ``tag_created``.",
        "payload": "The whole tag.",
    },
    "TagDeletedWebhook": {
        "action": "Always ``tag_deleted``.",
        "payload": "The tag's name.",
    },
    "TagUpdatedWebhook": {
        "action": "Always ``tag_updated``.",
        "payload": "The tag and its groups.",
    },
    "EventsMarkedAsSeenWebhook": {
        "action": "Always ``events_marked_as_seen``.",
        "payload": "The user, the chat and the moment.",
    },
}
