"""Field docstrings of ``livechat_typed.actions.chats``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "ListChatsRequest": {
        "filters": "Filters; must stay the same for every page of one listing.",
        "sort_order": "``desc`` (default) or ``asc``, by the creation date of the chat's last thread.",
        "limit": "Chats per page, 1 to 100 (API default 10).",
    },
    "ListChatsResponse": {
        "found_chats": "An estimate of the total number of matching chats.",
        "next_page_id": "Cursor of the next page; absent on the last page.",
        "previous_page_id": "Cursor of the previous page; absent on the first page.",
    },
    "ListThreadsRequest": {
        "chat_id": "The chat whose threads to list.",
        "sort_order": "``desc`` (default) or ``asc``.",
        "limit": "Threads per page, 1 to 100 (API default 3).",
        "min_events_count": "Return at least this many events (1 to 100), reaching into older threads if needed.",
        "filters": "A creation-date window (``from``/``to``); not together with ``min_events_count``.",
    },
    "ListThreadsResponse": {
        "next_page_id": "Cursor of the next page; absent on the last page.",
        "previous_page_id": "Cursor of the previous page; absent on the first page.",
    },
    "GetChatRequest": {
        "chat_id": "The chat to return.",
        "thread_id": "The thread to return; default: the latest thread, if any.",
    },
    "ListArchivesRequest": {
        "filters": "Search filters.",
        "sort_order": "``desc`` (default) or ``asc``.",
        "limit": "Chats per page, 1 to 100 (API default 10).",
        "highlights": "Highlight matches of ``filters.query``; ``{}`` enables the defaults.",
    },
    "ListArchivesResponse": {
        "next_page_id": "Cursor of the next page; absent on the last page.",
        "previous_page_id": "Cursor of the previous page; absent on the first page.",
    },
    "ThreadInput": {
        "events": "Initial events; authors other than the requester must be in ``chat.users``.",
    },
    "ChatInput": {
        "users": "Up to 4 agents besides the requester, and 1 customer.",
    },
    "StartChatRequest": {
        "chat": "The chat's properties, access, users and first thread.",
        "active": "``False`` creates an inactive thread (API default ``True``).",
        "continuous": "Start a continuous chat, which needs no online group (API default ``False``).",
    },
    "StartChatResponse": {
        "event_ids": "Only when initial events were sent; IDs of your events only.",
    },
    "ResumeChatRequest": {
        "chat": "The chat to resume (``id`` required).",
        "active": "``False`` creates an inactive thread (API default ``True``).",
        "continuous": "Set continuous mode; left out, the chat keeps its current mode.",
    },
    "ResumeChatResponse": {
        "event_ids": "Only when initial events were sent.",
    },
    "DeactivateChatRequest": {
        "id": "The chat to deactivate.",
        "ignore_requester_presence": "``True`` allows deactivating without being in the chat's users.",
    },
    "FollowChatRequest": {
        "id": "The chat to follow.",
    },
    "UnfollowChatRequest": {
        "id": "The chat to unfollow.",
    },
}
