"""Chats: listing, reading, starting, resuming, deactivating and following chats."""

from __future__ import annotations

from typing import Any

from ...actions.chats import (
    ChatInput,
    DeactivateChatRequest,
    FollowChatRequest,
    GetChatRequest,
    ListArchivesRequest,
    ListChatsRequest,
    ListThreadsRequest,
    ResumeChatInput,
    ResumeChatRequest,
    StartChatRequest,
    ThreadInput,
    UnfollowChatRequest,
)
from ...models import ListArchivesFilters, ListChatsFilters, ListThreadsFilters
from .._context import FakeContext
from .._errors import ApiFailure
from .._state import Chat, Thread
from ._filters import archive_matches, properties_match, time_window
from ._lookups import agent_user, can_access, find_chat, find_thread, require_presence
from ._paging import listing_of, page
from ._render import render_chat, render_summary, render_thread
from ._threads import check_chat_input, open_thread, set_up_chat, system_message
from ._values import as_model

__all__ = [
    "deactivate_chat",
    "follow_chat",
    "get_chat",
    "list_archives",
    "list_chats",
    "list_threads",
    "resume_chat",
    "start_chat",
    "unfollow_chat",
]

Json = dict[str, Any]


def list_chats(fake: FakeContext, requester: str, request: ListChatsRequest) -> Json:
    listing = listing_of("list_chats", request)
    first = listing.first
    filters = as_model(first.filters or ListChatsFilters(), ListChatsFilters)
    chats = [chat for chat in fake.state.chats.values() if can_access(fake, chat, requester)]
    if "active" in filters.model_fields_set and filters.active is not None:
        chats = [chat for chat in chats if (chat.active_thread is not None) == filters.active]
    if filters.include_chats_without_threads is False:
        chats = [chat for chat in chats if chat.threads]
    if filters.group_ids:
        chats = [chat for chat in chats if set(chat.access) & set(filters.group_ids)]
    if filters.properties:
        wanted = filters.properties
        chats = [chat for chat in chats if properties_match(chat.properties, wanted)]
    chats.sort(key=lambda chat: chat.last_thread.created_at if chat.last_thread else "")
    if (first.sort_order or "desc") == "desc":
        chats.reverse()
    shown, cursors = page(chats, listing, first.limit or 10)
    return {
        "chats_summary": [render_summary(chat, requester) for chat in shown],
        "found_chats": len(chats),
        **cursors,
    }


def list_threads(fake: FakeContext, requester: str, request: ListThreadsRequest) -> Json:
    chat = find_chat(fake, request.chat_id, requester)
    listing = listing_of("list_threads", request)
    first = listing.first
    threads = list(chat.threads)
    since, until = time_window(as_model(first.filters or ListThreadsFilters(), ListThreadsFilters))
    threads = [thread for thread in threads if since <= thread.created_at <= until]
    threads.sort(key=lambda thread: thread.created_at, reverse=True)
    if first.min_events_count:
        count, chosen = 0, []
        for thread in threads:
            chosen.append(thread)
            count += len(thread.events)
            if count >= first.min_events_count:
                break
        threads, limit = chosen, max(len(chosen), 1)
    else:
        limit = first.limit or 3
    if first.sort_order == "asc":
        threads.reverse()
    shown, cursors = page(threads, listing, limit)
    return {
        "threads": [render_thread(thread) for thread in shown],
        "found_threads": len(threads),
        **cursors,
    }


def get_chat(fake: FakeContext, requester: str, request: GetChatRequest) -> Json:
    chat = find_chat(fake, request.chat_id, requester)
    thread = find_thread(chat, request.thread_id) if request.thread_id else chat.last_thread
    return render_chat(chat, thread, requester)


def list_archives(fake: FakeContext, requester: str, request: ListArchivesRequest) -> Json:
    listing = listing_of("list_archives", request)
    first = listing.first
    filters = as_model(first.filters or ListArchivesFilters(), ListArchivesFilters)
    time_window(filters)  # an impossible date is refused even when there is nothing to match
    found: list[tuple[Chat, Thread]] = []
    for chat in fake.state.chats.values():
        if not can_access(fake, chat, requester):
            continue
        for thread in chat.threads:
            if archive_matches(chat, thread, filters):
                found.append((chat, thread))
    newest_first = (first.sort_order or "desc") == "desc"
    found.sort(key=lambda pair: pair[1].created_at, reverse=newest_first)
    shown, cursors = page(found, listing, first.limit or 10)
    return {
        "chats": [render_chat(chat, thread, requester) for chat, thread in shown],
        "found_chats": len(found),
        **cursors,
    }


def start_chat(fake: FakeContext, requester: str, request: StartChatRequest) -> Json:
    spec = as_model(request.chat, ChatInput) if request.chat is not None else None
    check_chat_input(fake, spec)
    chat = Chat(id=fake.ids.short(), users={requester: agent_user(fake, requester)}, access=[0])
    set_up_chat(fake, chat, spec, requester)
    fake.state.chats[chat.id] = chat
    thread_spec = as_model(spec.thread, ThreadInput) if spec and spec.thread else None
    thread, event_ids = open_thread(fake, chat, request.active is not False, thread_spec, requester)
    answer: Json = {"chat_id": chat.id, "thread_id": thread.id}
    if event_ids:
        answer["event_ids"] = event_ids
    return answer


def resume_chat(fake: FakeContext, requester: str, request: ResumeChatRequest) -> Json:
    spec = as_model(request.chat, ResumeChatInput)
    chat = find_chat(fake, spec.id, requester)
    if chat.active_thread is not None:
        raise ApiFailure("validation", "Chat is already active")
    check_chat_input(fake, spec)
    chat.followers.clear()  # following ends when the chat is reactivated
    chat.users.setdefault(requester, agent_user(fake, requester))
    set_up_chat(fake, chat, spec, requester)
    thread_spec = as_model(spec.thread, ThreadInput) if spec.thread is not None else None
    thread, event_ids = open_thread(fake, chat, request.active is not False, thread_spec, requester)
    answer: Json = {"thread_id": thread.id}
    if event_ids:
        answer["event_ids"] = event_ids
    return answer


def deactivate_chat(fake: FakeContext, requester: str, request: DeactivateChatRequest) -> None:
    chat = find_chat(fake, request.id, requester)
    thread = chat.active_thread
    if thread is None:
        raise ApiFailure("chat_inactive", "Chat is inactive")
    require_presence(chat, requester, request.ignore_requester_presence)
    system_message(fake, thread, "manual_archived_agent", f"{requester} archived the chat")
    thread.active = False


def follow_chat(fake: FakeContext, requester: str, request: FollowChatRequest) -> None:
    find_chat(fake, request.id, requester).followers.add(requester)


def unfollow_chat(fake: FakeContext, requester: str, request: UnfollowChatRequest) -> None:
    find_chat(fake, request.id, requester).followers.discard(requester)
