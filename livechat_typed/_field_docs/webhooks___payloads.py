"""Field docstrings of ``livechat_typed.webhooks._payloads``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "TransferredTo": {
        "group_ids": "Group IDs.",
        "agent_ids": "Agent logins.",
    },
    "TransferredFrom": {
        "group_ids": "Group IDs.",
        "agent_ids": "Agent logins.",
    },
    "ActiveChat": {
        "chat_id": "The chat.",
        "thread_id": "Its active thread.",
    },
    "RichMessagePostback": {
        "id": "The button's ``postback_id``.",
        "toggled": "``true``: pressed; ``false``: un-pressed.",
    },
    "IncomingChatPayload": {
        "chat": "The whole chat: users, properties, access and the new thread with its initial events.",
        "transferred_from": "Where the chat came from, if it started with a transfer (documented for the push).",
        "requester_id": "Who started the chat (documented for the push).",
    },
    "ChatDeactivatedPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread that was closed.",
        "user_id": "Who closed it; absent when the router closed it.",
    },
    "ChatAccessUpdatedPayload": {
        "id": "The chat ID.",
        "access": "The chat's whole access after the change.",
    },
    "ChatTransferredPayload": {
        "chat_id": "The chat.",
        "thread_id": "Its thread; present when the chat is active.",
        "requester_id": "Who transferred it; absent for transfers the system made.",
        "reason": "``manual``, ``inactive``, ``assigned``, ``unassigned`` or ``other``.",
        "transferred_to": "The groups and agents the chat is assigned to now.",
        "queue": "The queue position; present when the chat is queued after the transfer.",
    },
    "UserAddedToChatPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread; present when the chat is active.",
        "user": "The user, an ``Agent`` or a ``Customer`` (``UnknownUser`` for anything else).",
        "user_type": "``agent`` or ``customer`` (in the docs table, not in the sample).",
        "reason": "Why the user was added, e.g. ``manual``.",
        "requester_id": "Who added the user, when an agent did.",
    },
    "UserRemovedFromChatPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread; present when the chat is active.",
        "user_id": "The user who left.",
        "user_type": "``agent`` or ``customer``.",
        "reason": "Why the user was removed, e.g. ``manual``.",
        "requester_id": "Who removed the user, when an agent did.",
    },
    "IncomingEventPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread the event belongs to.",
        "event": "The event, by ``type`` (``Message``, ``File``, ...; ``UnknownEvent`` for new types).",
    },
    "EventUpdatedPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread the event belongs to.",
        "event": "The whole event after the change.",
    },
    "IncomingRichMessagePostbackPayload": {
        "user_id": "Who pressed it.",
        "chat_id": "The chat.",
        "thread_id": "The thread of the rich message.",
        "event_id": "The rich message.",
        "postback": "The button and whether it is now pressed.",
    },
    "ChatPropertiesUpdatedPayload": {
        "chat_id": "The chat.",
        "properties": "Only the properties that changed, ``{namespace: {name: value}}``.",
    },
    "ChatPropertiesDeletedPayload": {
        "chat_id": "The chat.",
        "properties": "The deleted properties, ``{namespace: [name, ...]}``.",
    },
    "ThreadPropertiesUpdatedPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread.",
        "properties": "Only the properties that changed, ``{namespace: {name: value}}``.",
    },
    "ThreadPropertiesDeletedPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread.",
        "properties": "The deleted properties, ``{namespace: [name, ...]}``.",
    },
    "EventPropertiesUpdatedPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread.",
        "event_id": "The event.",
        "properties": "Only the properties that changed, ``{namespace: {name: value}}``.",
    },
    "EventPropertiesDeletedPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread.",
        "event_id": "The event.",
        "properties": "The deleted properties, ``{namespace: [name, ...]}``.",
    },
    "ThreadTaggedPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread.",
        "tag": "The tag.",
    },
    "ThreadUntaggedPayload": {
        "chat_id": "The chat.",
        "thread_id": "The thread.",
        "tag": "The tag.",
    },
    "RoutingStatusSetPayload": {
        "agent_id": "The agent's login or the bot's ID.",
        "status": "The new status exactly as received: the docs spell it ``accepting chats`` (spaces), the\nrest of the API ``accepting_chats``; :attr:`routing_status` gives the underscore form.",
    },
    "IncomingCustomerPayload": {
        "customer": "The customer (``UnknownUser`` when it does not fit, as the docs' ``{}`` placeholder).",
    },
    "CustomerSessionFieldsUpdatedPayload": {
        "id": "The customer ID.",
        "active_chat": "The chat this delivery is for.",
        "session_fields": 'The session fields, a list of one-key objects (``[{"plan": "pro"}]``).',
    },
    "EventsMarkedAsSeenPayload": {
        "user_id": "The user.",
        "chat_id": "The chat.",
        "seen_up_to": "Events created up to this moment are seen.",
    },
    "AgentApprovedPayload": {
        "id": "The agent's login.",
    },
    "AgentSuspendedPayload": {
        "id": "The agent's login.",
    },
    "AgentUnsuspendedPayload": {
        "id": "The agent's login.",
    },
    "AgentDeletedPayload": {
        "id": "The agent's login.",
    },
    "BotDeletedPayload": {
        "id": "The bot's ID.",
    },
    "GroupDeletedPayload": {
        "id": "The group ID (an integer in the docs' sample; the reference SDK annotates a string).",
    },
    "TagDeletedPayload": {
        "name": "The tag.",
    },
}
