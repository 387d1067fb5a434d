"""Static typing checks for every action of ``AgentWeb``. GENERATED: do not edit.

Regenerate with ``python tests/typing/generate_cases.py``. ``tests/typing/test_typing.py`` checks
that this file is up to date and that mypy (strict, so ``warn_unused_ignores``) accepts it: every
``assert_type`` holds and every line marked ``# type: ignore[<code>]`` is an error of that code.

36 actions: 558 type assertions on accepted code, 525 rejected lines.
"""

from datetime import datetime
from typing import Literal

import httpx
from pydantic import JsonValue
from typing_extensions import assert_type

from livechat_typed import AgentWeb, AsyncAgentWeb, AsyncPageIterator, PageIterator
from livechat_typed.models import (
    Access,
    AddUserToChatResponse,
    Agent,
    AgentForTransfer,
    Ban,
    BanCustomerResponse,
    Chat,
    ChatSummary,
    CreateCustomerResponse,
    Customer,
    CustomerLastVisit,
    CustomerStatistics,
    DeactivateChatResponse,
    DeleteChatPropertiesResponse,
    DeleteEventPropertiesResponse,
    DeleteThreadPropertiesResponse,
    FollowChatResponse,
    FollowCustomerResponse,
    GetChatResponse,
    GetCustomerResponse,
    ListAgentsForTransferResponse,
    ListArchivesResponse,
    ListChatsResponse,
    ListRoutingStatusesResponse,
    ListThreadsResponse,
    LogoutResponse,
    MarkEventsAsSeenResponse,
    MessageEvent,
    MulticastRecipients,
    MulticastResponse,
    Postback,
    RemoveUserFromChatResponse,
    ResumeChatInput,
    ResumeChatResponse,
    RoutingStatusEntry,
    SendEventResponse,
    SendRichMessagePostbackResponse,
    SendTypingIndicatorResponse,
    SetRoutingStatusResponse,
    StartChatResponse,
    TagThreadResponse,
    Thread,
    TransferChatResponse,
    UnfollowChatResponse,
    UnfollowCustomerResponse,
    UnknownUser,
    UntagThreadResponse,
    UpdateChatPropertiesResponse,
    UpdateCustomerResponse,
    UpdateEventPropertiesResponse,
    UpdateThreadPropertiesResponse,
    UploadFileResponse,
)

ACTIONS = (
    "list_chats",
    "list_threads",
    "get_chat",
    "list_archives",
    "start_chat",
    "resume_chat",
    "deactivate_chat",
    "follow_chat",
    "unfollow_chat",
    "transfer_chat",
    "add_user_to_chat",
    "remove_user_from_chat",
    "send_event",
    "upload_file",
    "send_rich_message_postback",
    "update_chat_properties",
    "delete_chat_properties",
    "update_thread_properties",
    "delete_thread_properties",
    "update_event_properties",
    "delete_event_properties",
    "tag_thread",
    "untag_thread",
    "get_customer",
    "create_customer",
    "update_customer",
    "ban_customer",
    "follow_customer",
    "unfollow_customer",
    "set_routing_status",
    "list_routing_statuses",
    "logout",
    "mark_events_as_seen",
    "send_typing_indicator",
    "multicast",
    "list_agents_for_transfer",
)
"""The actions checked below, one ``check_<action>`` function each."""


def check_list_chats(client: AgentWeb) -> None:
    """ChatsActions: ListChatsRequest -> ListChatsResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.list_chats()
    assert_type(result, ListChatsResponse)
    raw = client.list_chats.raw()
    assert_type(raw, httpx.Response)
    request = client.list_chats.build()
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.list_chats(filters={"active": True}, sort_order="asc", limit=1)
    assert_type(result, ListChatsResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.list_chats(headers={"X-Trace": "1"})
    assert_type(result, ListChatsResponse)
    result = client.list_chats(timeout=2.5, max_retries=0)
    assert_type(result, ListChatsResponse)
    result = client.list_chats(payload={"anything": 1})
    assert_type(result, ListChatsResponse)
    result = client.list_chats(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListChatsResponse)
    raw = client.list_chats.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.list_chats.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.chats_summary, list[ChatSummary])
    assert_type(result.found_chats, int | None)
    assert_type(result.next_page_id, str | None)
    assert_type(result.previous_page_id, str | None)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.list_chats(filter={"active": True})  # type: ignore[call-overload]
    client.list_chats.raw(filter={"active": True})  # type: ignore[call-overload]
    client.list_chats.build(filter={"active": True})  # type: ignore[call-overload]
    client.list_chats({"active": True})  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.list_chats(headers="oops")  # type: ignore[call-overload]
    client.list_chats(timeout="oops")  # type: ignore[call-overload]
    client.list_chats(max_retries="oops")  # type: ignore[call-overload]
    client.list_chats(total_timeout="oops")  # type: ignore[call-overload]
    client.list_chats(page_id=42)  # type: ignore[call-overload]
    client.list_chats(max_items="oops")  # type: ignore[call-overload]
    client.list_chats(filters="oops")  # type: ignore[call-overload]
    client.list_chats(sort_order="oops")  # type: ignore[call-overload]
    client.list_chats(limit="oops")  # type: ignore[call-overload]
    # pagination: .iterate() yields typed items and exposes the cursor
    pages = client.list_chats.iterate()
    assert_type(pages, PageIterator[ChatSummary])
    for item in pages:
        assert_type(item, ChatSummary)
    assert_type(pages.next_page_id, str | None)
    client.list_chats.iterate(filter={"active": True})  # type: ignore[call-arg]


def check_list_threads(client: AgentWeb) -> None:
    """ChatsActions: ListThreadsRequest -> ListThreadsResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(result, ListThreadsResponse)
    raw = client.list_threads.raw(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.list_threads.build(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.list_threads(
        chat_id="PJ0MRSHTDG",
        sort_order="asc",
        limit=1,
        filters={"from": "2024-07-15T09:04:57.881200+00:00"},
    )
    assert_type(result, ListThreadsResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.list_threads(chat_id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, ListThreadsResponse)
    result = client.list_threads(chat_id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, ListThreadsResponse)
    result = client.list_threads(payload={"anything": 1})
    assert_type(result, ListThreadsResponse)
    result = client.list_threads(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListThreadsResponse)
    raw = client.list_threads.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.list_threads.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.threads, list[Thread])
    assert_type(result.found_threads, int | None)
    assert_type(result.next_page_id, str | None)
    assert_type(result.previous_page_id, str | None)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.list_threads(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.list_threads.raw(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.list_threads.build(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.list_threads("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.list_threads(chat_id="PJ0MRSHTDG", headers="oops")  # type: ignore[call-overload]
    client.list_threads(chat_id="PJ0MRSHTDG", timeout="oops")  # type: ignore[call-overload]
    client.list_threads(chat_id="PJ0MRSHTDG", max_retries="oops")  # type: ignore[call-overload]
    client.list_threads(chat_id="PJ0MRSHTDG", total_timeout="oops")  # type: ignore[call-overload]
    client.list_threads(chat_id="PJ0MRSHTDG", page_id=42)  # type: ignore[call-overload]
    client.list_threads(chat_id="PJ0MRSHTDG", max_items="oops")  # type: ignore[call-overload]
    client.list_threads(chat_id=42)  # type: ignore[call-overload]
    client.list_threads(chat_id="PJ0MRSHTDG", sort_order="oops")  # type: ignore[call-overload]
    client.list_threads(chat_id="PJ0MRSHTDG", limit="oops")  # type: ignore[call-overload]
    client.list_threads(chat_id="PJ0MRSHTDG", min_events_count="oops")  # type: ignore[call-overload]
    client.list_threads(chat_id="PJ0MRSHTDG", filters="oops")  # type: ignore[call-overload]
    # rejected: a required field left out
    client.list_threads()  # type: ignore[call-overload]
    # pagination: .iterate() yields typed items and exposes the cursor
    pages = client.list_threads.iterate(chat_id="PJ0MRSHTDG")
    assert_type(pages, PageIterator[Thread])
    for item in pages:
        assert_type(item, Thread)
    assert_type(pages.next_page_id, str | None)
    client.list_threads.iterate(chat_i="PJ0MRSHTDG")  # type: ignore[call-arg]


def check_get_chat(client: AgentWeb) -> None:
    """ChatsActions: GetChatRequest -> GetChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.get_chat(chat_id="PJ0MRSHTDG")
    assert_type(result, GetChatResponse)
    raw = client.get_chat.raw(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.get_chat.build(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.get_chat(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV")
    assert_type(result, GetChatResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.get_chat(chat_id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, GetChatResponse)
    result = client.get_chat(chat_id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, GetChatResponse)
    result = client.get_chat(payload={"anything": 1})
    assert_type(result, GetChatResponse)
    result = client.get_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, GetChatResponse)
    raw = client.get_chat.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.get_chat.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.id, str)
    assert_type(result.thread, Thread | None)
    assert_type(result.users, list[Agent | Customer | UnknownUser])
    assert_type(result.properties, dict[str, dict[str, JsonValue]] | None)
    assert_type(result.access, Access | None)
    assert_type(result.is_followed, bool | None)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.get_chat(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.get_chat.raw(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.get_chat.build(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.get_chat("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.get_chat(chat_id="PJ0MRSHTDG", headers="oops")  # type: ignore[call-overload]
    client.get_chat(chat_id="PJ0MRSHTDG", timeout="oops")  # type: ignore[call-overload]
    client.get_chat(chat_id="PJ0MRSHTDG", max_retries="oops")  # type: ignore[call-overload]
    client.get_chat(chat_id="PJ0MRSHTDG", total_timeout="oops")  # type: ignore[call-overload]
    client.get_chat(chat_id=42)  # type: ignore[call-overload]
    client.get_chat(chat_id="PJ0MRSHTDG", thread_id=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.get_chat()  # type: ignore[call-overload]


def check_list_archives(client: AgentWeb) -> None:
    """ChatsActions: ListArchivesRequest -> ListArchivesResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.list_archives()
    assert_type(result, ListArchivesResponse)
    raw = client.list_archives.raw()
    assert_type(raw, httpx.Response)
    request = client.list_archives.build()
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.list_archives(
        filters={"query": "refund"},
        sort_order="asc",
        limit=1,
        highlights={"pre_tag": "<em>"},
    )
    assert_type(result, ListArchivesResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.list_archives(headers={"X-Trace": "1"})
    assert_type(result, ListArchivesResponse)
    result = client.list_archives(timeout=2.5, max_retries=0)
    assert_type(result, ListArchivesResponse)
    result = client.list_archives(payload={"anything": 1})
    assert_type(result, ListArchivesResponse)
    result = client.list_archives(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListArchivesResponse)
    raw = client.list_archives.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.list_archives.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.chats, list[Chat])
    assert_type(result.found_chats, int | None)
    assert_type(result.next_page_id, str | None)
    assert_type(result.previous_page_id, str | None)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.list_archives(filter={"query": "refund"})  # type: ignore[call-overload]
    client.list_archives.raw(filter={"query": "refund"})  # type: ignore[call-overload]
    client.list_archives.build(filter={"query": "refund"})  # type: ignore[call-overload]
    client.list_archives({"query": "refund"})  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.list_archives(headers="oops")  # type: ignore[call-overload]
    client.list_archives(timeout="oops")  # type: ignore[call-overload]
    client.list_archives(max_retries="oops")  # type: ignore[call-overload]
    client.list_archives(total_timeout="oops")  # type: ignore[call-overload]
    client.list_archives(page_id=42)  # type: ignore[call-overload]
    client.list_archives(max_items="oops")  # type: ignore[call-overload]
    client.list_archives(filters="oops")  # type: ignore[call-overload]
    client.list_archives(sort_order="oops")  # type: ignore[call-overload]
    client.list_archives(limit="oops")  # type: ignore[call-overload]
    client.list_archives(highlights="oops")  # type: ignore[call-overload]
    # pagination: .iterate() yields typed items and exposes the cursor
    pages = client.list_archives.iterate()
    assert_type(pages, PageIterator[Chat])
    for item in pages:
        assert_type(item, Chat)
    assert_type(pages.next_page_id, str | None)
    client.list_archives.iterate(filter={"query": "refund"})  # type: ignore[call-arg]


def check_start_chat(client: AgentWeb) -> None:
    """ChatsActions: StartChatRequest -> StartChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.start_chat()
    assert_type(result, StartChatResponse)
    raw = client.start_chat.raw()
    assert_type(raw, httpx.Response)
    request = client.start_chat.build()
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.start_chat(
        chat={"thread": {"events": [{"type": "message", "text": "hi"}]}},
        active=True,
        continuous=True,
    )
    assert_type(result, StartChatResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.start_chat(headers={"X-Trace": "1"})
    assert_type(result, StartChatResponse)
    result = client.start_chat(timeout=2.5, max_retries=0)
    assert_type(result, StartChatResponse)
    result = client.start_chat(payload={"anything": 1})
    assert_type(result, StartChatResponse)
    result = client.start_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, StartChatResponse)
    raw = client.start_chat.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.start_chat.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.chat_id, str)
    assert_type(result.thread_id, str)
    assert_type(result.event_ids, list[str] | None)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.start_chat(cha={"thread": {"events": [{"type": "message", "text": "hi"}]}})  # type: ignore[call-overload]
    client.start_chat.raw(cha={"thread": {"events": [{"type": "message", "text": "hi"}]}})  # type: ignore[call-overload]
    client.start_chat.build(cha={"thread": {"events": [{"type": "message", "text": "hi"}]}})  # type: ignore[call-overload]
    client.start_chat({"thread": {"events": [{"type": "message", "text": "hi"}]}})  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.start_chat(headers="oops")  # type: ignore[call-overload]
    client.start_chat(timeout="oops")  # type: ignore[call-overload]
    client.start_chat(max_retries="oops")  # type: ignore[call-overload]
    client.start_chat(total_timeout="oops")  # type: ignore[call-overload]
    client.start_chat(chat="oops")  # type: ignore[call-overload]
    client.start_chat(active="oops")  # type: ignore[call-overload]
    client.start_chat(continuous="oops")  # type: ignore[call-overload]


def check_resume_chat(client: AgentWeb) -> None:
    """ChatsActions: ResumeChatRequest -> ResumeChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.resume_chat(chat={"id": "PJ0MRSHTDG"})
    assert_type(result, ResumeChatResponse)
    raw = client.resume_chat.raw(chat={"id": "PJ0MRSHTDG"})
    assert_type(raw, httpx.Response)
    request = client.resume_chat.build(chat={"id": "PJ0MRSHTDG"})
    assert_type(request, httpx.Request)
    # accepted: nested objects as models
    result = client.resume_chat(chat=ResumeChatInput(id="PJ0MRSHTDG"))
    assert_type(result, ResumeChatResponse)
    # accepted: every field
    result = client.resume_chat(chat={"id": "PJ0MRSHTDG"}, active=True, continuous=True)
    assert_type(result, ResumeChatResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.resume_chat(chat={"id": "PJ0MRSHTDG"}, headers={"X-Trace": "1"})
    assert_type(result, ResumeChatResponse)
    result = client.resume_chat(chat={"id": "PJ0MRSHTDG"}, timeout=2.5, max_retries=0)
    assert_type(result, ResumeChatResponse)
    result = client.resume_chat(payload={"anything": 1})
    assert_type(result, ResumeChatResponse)
    result = client.resume_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ResumeChatResponse)
    raw = client.resume_chat.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.resume_chat.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.thread_id, str)
    assert_type(result.event_ids, list[str] | None)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.resume_chat(cha={"id": "PJ0MRSHTDG"})  # type: ignore[call-overload]
    client.resume_chat.raw(cha={"id": "PJ0MRSHTDG"})  # type: ignore[call-overload]
    client.resume_chat.build(cha={"id": "PJ0MRSHTDG"})  # type: ignore[call-overload]
    client.resume_chat({"id": "PJ0MRSHTDG"})  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, headers="oops")  # type: ignore[call-overload]
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, timeout="oops")  # type: ignore[call-overload]
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, max_retries="oops")  # type: ignore[call-overload]
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, total_timeout="oops")  # type: ignore[call-overload]
    client.resume_chat(chat="oops")  # type: ignore[call-overload]
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, active="oops")  # type: ignore[call-overload]
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, continuous="oops")  # type: ignore[call-overload]
    # rejected: a required field left out
    client.resume_chat()  # type: ignore[call-overload]


def check_deactivate_chat(client: AgentWeb) -> None:
    """ChatsActions: DeactivateChatRequest -> DeactivateChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.deactivate_chat(id="PJ0MRSHTDG")
    assert_type(result, DeactivateChatResponse)
    raw = client.deactivate_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.deactivate_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.deactivate_chat(id="PJ0MRSHTDG", ignore_requester_presence=True)
    assert_type(result, DeactivateChatResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.deactivate_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, DeactivateChatResponse)
    result = client.deactivate_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, DeactivateChatResponse)
    result = client.deactivate_chat(payload={"anything": 1})
    assert_type(result, DeactivateChatResponse)
    result = client.deactivate_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, DeactivateChatResponse)
    raw = client.deactivate_chat.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.deactivate_chat.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.deactivate_chat(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.deactivate_chat.raw(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.deactivate_chat.build(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.deactivate_chat("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.deactivate_chat(id="PJ0MRSHTDG", headers="oops")  # type: ignore[call-overload]
    client.deactivate_chat(id="PJ0MRSHTDG", timeout="oops")  # type: ignore[call-overload]
    client.deactivate_chat(id="PJ0MRSHTDG", max_retries="oops")  # type: ignore[call-overload]
    client.deactivate_chat(id="PJ0MRSHTDG", total_timeout="oops")  # type: ignore[call-overload]
    client.deactivate_chat(id=42)  # type: ignore[call-overload]
    client.deactivate_chat(id="PJ0MRSHTDG", ignore_requester_presence="oops")  # type: ignore[call-overload]
    # rejected: a required field left out
    client.deactivate_chat()  # type: ignore[call-overload]


def check_follow_chat(client: AgentWeb) -> None:
    """ChatsActions: FollowChatRequest -> FollowChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.follow_chat(id="PJ0MRSHTDG")
    assert_type(result, FollowChatResponse)
    raw = client.follow_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.follow_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.follow_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, FollowChatResponse)
    result = client.follow_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, FollowChatResponse)
    result = client.follow_chat(payload={"anything": 1})
    assert_type(result, FollowChatResponse)
    result = client.follow_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, FollowChatResponse)
    raw = client.follow_chat.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.follow_chat.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.follow_chat(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.follow_chat.raw(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.follow_chat.build(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.follow_chat("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.follow_chat(id="PJ0MRSHTDG", headers="oops")  # type: ignore[call-overload]
    client.follow_chat(id="PJ0MRSHTDG", timeout="oops")  # type: ignore[call-overload]
    client.follow_chat(id="PJ0MRSHTDG", max_retries="oops")  # type: ignore[call-overload]
    client.follow_chat(id="PJ0MRSHTDG", total_timeout="oops")  # type: ignore[call-overload]
    client.follow_chat(id=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.follow_chat()  # type: ignore[call-overload]


def check_unfollow_chat(client: AgentWeb) -> None:
    """ChatsActions: UnfollowChatRequest -> UnfollowChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.unfollow_chat(id="PJ0MRSHTDG")
    assert_type(result, UnfollowChatResponse)
    raw = client.unfollow_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.unfollow_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.unfollow_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, UnfollowChatResponse)
    result = client.unfollow_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, UnfollowChatResponse)
    result = client.unfollow_chat(payload={"anything": 1})
    assert_type(result, UnfollowChatResponse)
    result = client.unfollow_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UnfollowChatResponse)
    raw = client.unfollow_chat.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.unfollow_chat.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.unfollow_chat(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.unfollow_chat.raw(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.unfollow_chat.build(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.unfollow_chat("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.unfollow_chat(id="PJ0MRSHTDG", headers="oops")  # type: ignore[call-overload]
    client.unfollow_chat(id="PJ0MRSHTDG", timeout="oops")  # type: ignore[call-overload]
    client.unfollow_chat(id="PJ0MRSHTDG", max_retries="oops")  # type: ignore[call-overload]
    client.unfollow_chat(id="PJ0MRSHTDG", total_timeout="oops")  # type: ignore[call-overload]
    client.unfollow_chat(id=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.unfollow_chat()  # type: ignore[call-overload]


def check_transfer_chat(client: AgentWeb) -> None:
    """ChatAccessActions: TransferChatRequest -> TransferChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.transfer_chat(id="PJ0MRSHTDG")
    assert_type(result, TransferChatResponse)
    raw = client.transfer_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.transfer_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.transfer_chat(
        id="PJ0MRSHTDG",
        target={"type": "agent", "ids": ["smith@example.com"]},
        ignore_agents_availability=True,
        ignore_requester_presence=True,
    )
    assert_type(result, TransferChatResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.transfer_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, TransferChatResponse)
    result = client.transfer_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, TransferChatResponse)
    result = client.transfer_chat(payload={"anything": 1})
    assert_type(result, TransferChatResponse)
    result = client.transfer_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, TransferChatResponse)
    raw = client.transfer_chat.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.transfer_chat.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.transfer_chat(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.transfer_chat.raw(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.transfer_chat.build(i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.transfer_chat("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.transfer_chat(id="PJ0MRSHTDG", headers="oops")  # type: ignore[call-overload]
    client.transfer_chat(id="PJ0MRSHTDG", timeout="oops")  # type: ignore[call-overload]
    client.transfer_chat(id="PJ0MRSHTDG", max_retries="oops")  # type: ignore[call-overload]
    client.transfer_chat(id="PJ0MRSHTDG", total_timeout="oops")  # type: ignore[call-overload]
    client.transfer_chat(id=42)  # type: ignore[call-overload]
    client.transfer_chat(id="PJ0MRSHTDG", target="oops")  # type: ignore[call-overload]
    client.transfer_chat(id="PJ0MRSHTDG", ignore_agents_availability="oops")  # type: ignore[call-overload]
    client.transfer_chat(id="PJ0MRSHTDG", ignore_requester_presence="oops")  # type: ignore[call-overload]
    # rejected: a required field left out
    client.transfer_chat()  # type: ignore[call-overload]


def check_add_user_to_chat(client: AgentWeb) -> None:
    """ChatUsersActions: AddUserToChatRequest -> AddUserToChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.add_user_to_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    assert_type(result, AddUserToChatResponse)
    raw = client.add_user_to_chat.raw(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    assert_type(raw, httpx.Response)
    request = client.add_user_to_chat.build(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.add_user_to_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        ignore_requester_presence=True,
    )
    assert_type(result, AddUserToChatResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.add_user_to_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        headers={"X-Trace": "1"},
    )
    assert_type(result, AddUserToChatResponse)
    result = client.add_user_to_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, AddUserToChatResponse)
    result = client.add_user_to_chat(payload={"anything": 1})
    assert_type(result, AddUserToChatResponse)
    result = client.add_user_to_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, AddUserToChatResponse)
    raw = client.add_user_to_chat.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.add_user_to_chat.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.add_user_to_chat(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.add_user_to_chat.raw(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.add_user_to_chat.build(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.add_user_to_chat("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.add_user_to_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        headers="oops",
    )
    client.add_user_to_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        timeout="oops",
    )
    client.add_user_to_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        max_retries="oops",
    )
    client.add_user_to_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        total_timeout="oops",
    )
    client.add_user_to_chat(  # type: ignore[call-overload]
        chat_id=42,
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.add_user_to_chat(chat_id="PJ0MRSHTDG", user_id=42, user_type="agent", visibility="all")  # type: ignore[call-overload]
    client.add_user_to_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="oops",
        visibility="all",
    )
    client.add_user_to_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="oops",
    )
    client.add_user_to_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        ignore_requester_presence="oops",
    )
    # rejected: a required field left out
    client.add_user_to_chat(user_id="smith@example.com", user_type="agent", visibility="all")  # type: ignore[call-overload]
    client.add_user_to_chat(chat_id="PJ0MRSHTDG", user_type="agent", visibility="all")  # type: ignore[call-overload]
    client.add_user_to_chat(chat_id="PJ0MRSHTDG", user_id="smith@example.com", visibility="all")  # type: ignore[call-overload]
    client.add_user_to_chat(chat_id="PJ0MRSHTDG", user_id="smith@example.com", user_type="agent")  # type: ignore[call-overload]


def check_remove_user_from_chat(client: AgentWeb) -> None:
    """ChatUsersActions: RemoveUserFromChatRequest -> RemoveUserFromChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.remove_user_from_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    assert_type(result, RemoveUserFromChatResponse)
    raw = client.remove_user_from_chat.raw(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    assert_type(raw, httpx.Response)
    request = client.remove_user_from_chat.build(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.remove_user_from_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        ignore_requester_presence=True,
    )
    assert_type(result, RemoveUserFromChatResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.remove_user_from_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        headers={"X-Trace": "1"},
    )
    assert_type(result, RemoveUserFromChatResponse)
    result = client.remove_user_from_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, RemoveUserFromChatResponse)
    result = client.remove_user_from_chat(payload={"anything": 1})
    assert_type(result, RemoveUserFromChatResponse)
    result = client.remove_user_from_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, RemoveUserFromChatResponse)
    raw = client.remove_user_from_chat.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.remove_user_from_chat.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.remove_user_from_chat(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    client.remove_user_from_chat.raw(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    client.remove_user_from_chat.build(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    client.remove_user_from_chat("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.remove_user_from_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        headers="oops",
    )
    client.remove_user_from_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        timeout="oops",
    )
    client.remove_user_from_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        max_retries="oops",
    )
    client.remove_user_from_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        total_timeout="oops",
    )
    client.remove_user_from_chat(chat_id=42, user_id="smith@example.com", user_type="agent")  # type: ignore[call-overload]
    client.remove_user_from_chat(chat_id="PJ0MRSHTDG", user_id=42, user_type="agent")  # type: ignore[call-overload]
    client.remove_user_from_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="oops",
    )
    client.remove_user_from_chat(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        ignore_requester_presence="oops",
    )
    # rejected: a required field left out
    client.remove_user_from_chat(user_id="smith@example.com", user_type="agent")  # type: ignore[call-overload]
    client.remove_user_from_chat(chat_id="PJ0MRSHTDG", user_type="agent")  # type: ignore[call-overload]
    client.remove_user_from_chat(chat_id="PJ0MRSHTDG", user_id="smith@example.com")  # type: ignore[call-overload]


def check_send_event(client: AgentWeb) -> None:
    """EventsActions: SendEventRequest -> SendEventResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
    assert_type(result, SendEventResponse)
    raw = client.send_event.raw(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
    assert_type(raw, httpx.Response)
    request = client.send_event.build(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
    assert_type(request, httpx.Request)
    # accepted: nested objects as models
    result = client.send_event(chat_id="PJ0MRSHTDG", event=MessageEvent(text="hi"))
    assert_type(result, SendEventResponse)
    # accepted: every field
    result = client.send_event(
        chat_id="PJ0MRSHTDG",
        event={"type": "message", "text": "hi"},
        attach_to_last_thread=True,
    )
    assert_type(result, SendEventResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.send_event(
        chat_id="PJ0MRSHTDG",
        event={"type": "message", "text": "hi"},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendEventResponse)
    result = client.send_event(
        chat_id="PJ0MRSHTDG",
        event={"type": "message", "text": "hi"},
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, SendEventResponse)
    result = client.send_event(payload={"anything": 1})
    assert_type(result, SendEventResponse)
    result = client.send_event(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SendEventResponse)
    raw = client.send_event.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.send_event.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.event_id, str)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.send_event(chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"})  # type: ignore[call-overload]
    client.send_event.raw(chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"})  # type: ignore[call-overload]
    client.send_event.build(chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"})  # type: ignore[call-overload]
    client.send_event("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"}, headers="oops")  # type: ignore[call-overload]
    client.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"}, timeout="oops")  # type: ignore[call-overload]
    client.send_event(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        event={"type": "message", "text": "hi"},
        max_retries="oops",
    )
    client.send_event(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        event={"type": "message", "text": "hi"},
        total_timeout="oops",
    )
    client.send_event(chat_id=42, event={"type": "message", "text": "hi"})  # type: ignore[call-overload]
    client.send_event(chat_id="PJ0MRSHTDG", event="oops")  # type: ignore[call-overload]
    client.send_event(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        event={"type": "message", "text": "hi"},
        attach_to_last_thread="oops",
    )
    # rejected: a required field left out
    client.send_event(event={"type": "message", "text": "hi"})  # type: ignore[call-overload]
    client.send_event(chat_id="PJ0MRSHTDG")  # type: ignore[call-overload]


def check_upload_file(client: AgentWeb) -> None:
    """EventsActions: UploadFileRequest -> UploadFileResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.upload_file(file=b"%PDF-1.4 example")
    assert_type(result, UploadFileResponse)
    raw = client.upload_file.raw(file=b"%PDF-1.4 example")
    assert_type(raw, httpx.Response)
    request = client.upload_file.build(file=b"%PDF-1.4 example")
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.upload_file(file=b"%PDF-1.4 example", headers={"X-Trace": "1"})
    assert_type(result, UploadFileResponse)
    result = client.upload_file(file=b"%PDF-1.4 example", timeout=2.5, max_retries=0)
    assert_type(result, UploadFileResponse)
    result = client.upload_file(payload={"anything": 1})
    assert_type(result, UploadFileResponse)
    result = client.upload_file(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UploadFileResponse)
    raw = client.upload_file.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.upload_file.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.url, str)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.upload_file(fil=b"%PDF-1.4 example")  # type: ignore[call-overload]
    client.upload_file.raw(fil=b"%PDF-1.4 example")  # type: ignore[call-overload]
    client.upload_file.build(fil=b"%PDF-1.4 example")  # type: ignore[call-overload]
    client.upload_file(b"%PDF-1.4 example")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.upload_file(file=b"%PDF-1.4 example", headers="oops")  # type: ignore[call-overload]
    client.upload_file(file=b"%PDF-1.4 example", timeout="oops")  # type: ignore[call-overload]
    client.upload_file(file=b"%PDF-1.4 example", max_retries="oops")  # type: ignore[call-overload]
    client.upload_file(file=b"%PDF-1.4 example", total_timeout="oops")  # type: ignore[call-overload]
    client.upload_file(file=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.upload_file()  # type: ignore[call-overload]


def check_send_rich_message_postback(client: AgentWeb) -> None:
    """EventsActions: SendRichMessagePostbackRequest -> SendRichMessagePostbackResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.send_rich_message_postback(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    assert_type(result, SendRichMessagePostbackResponse)
    raw = client.send_rich_message_postback.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    assert_type(raw, httpx.Response)
    request = client.send_rich_message_postback.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    assert_type(request, httpx.Request)
    # accepted: nested objects as models
    result = client.send_rich_message_postback(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback=Postback(id="action_yes", toggled=True),
    )
    assert_type(result, SendRichMessagePostbackResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.send_rich_message_postback(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendRichMessagePostbackResponse)
    result = client.send_rich_message_postback(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, SendRichMessagePostbackResponse)
    result = client.send_rich_message_postback(payload={"anything": 1})
    assert_type(result, SendRichMessagePostbackResponse)
    result = client.send_rich_message_postback(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SendRichMessagePostbackResponse)
    raw = client.send_rich_message_postback.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.send_rich_message_postback.build(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback.raw(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback.build(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
        headers="oops",
    )
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
        timeout="oops",
    )
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
        max_retries="oops",
    )
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
        total_timeout="oops",
    )
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id=42,
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id=42,
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id=42,
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback="oops",
    )
    # rejected: a required field left out
    client.send_rich_message_postback(  # type: ignore[call-overload]
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
    )


def check_update_chat_properties(client: AgentWeb) -> None:
    """PropertiesActions: UpdateChatPropertiesRequest -> UpdateChatPropertiesResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.update_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(result, UpdateChatPropertiesResponse)
    raw = client.update_chat_properties.raw(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    request = client.update_chat_properties.build(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.update_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateChatPropertiesResponse)
    result = client.update_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, UpdateChatPropertiesResponse)
    result = client.update_chat_properties(payload={"anything": 1})
    assert_type(result, UpdateChatPropertiesResponse)
    result = client.update_chat_properties(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UpdateChatPropertiesResponse)
    raw = client.update_chat_properties.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.update_chat_properties.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.update_chat_properties(  # type: ignore[call-overload]
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_chat_properties.raw(  # type: ignore[call-overload]
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_chat_properties.build(  # type: ignore[call-overload]
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_chat_properties("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.update_chat_properties(  # type: ignore[call-overload]
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
        headers="oops",
    )
    client.update_chat_properties(  # type: ignore[call-overload]
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
        timeout="oops",
    )
    client.update_chat_properties(  # type: ignore[call-overload]
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
        max_retries="oops",
    )
    client.update_chat_properties(  # type: ignore[call-overload]
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
        total_timeout="oops",
    )
    client.update_chat_properties(id=42, properties={"routing": {"pinned": {"key": "value"}}})  # type: ignore[call-overload]
    client.update_chat_properties(id="PJ0MRSHTDG", properties="oops")  # type: ignore[call-overload]
    # rejected: a required field left out
    client.update_chat_properties(properties={"routing": {"pinned": {"key": "value"}}})  # type: ignore[call-overload]
    client.update_chat_properties(id="PJ0MRSHTDG")  # type: ignore[call-overload]


def check_delete_chat_properties(client: AgentWeb) -> None:
    """PropertiesActions: DeleteChatPropertiesRequest -> DeleteChatPropertiesResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.delete_chat_properties(id="PJ0MRSHTDG", properties={"routing": ["pinned"]})
    assert_type(result, DeleteChatPropertiesResponse)
    raw = client.delete_chat_properties.raw(id="PJ0MRSHTDG", properties={"routing": ["pinned"]})
    assert_type(raw, httpx.Response)
    request = client.delete_chat_properties.build(
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.delete_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteChatPropertiesResponse)
    result = client.delete_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, DeleteChatPropertiesResponse)
    result = client.delete_chat_properties(payload={"anything": 1})
    assert_type(result, DeleteChatPropertiesResponse)
    result = client.delete_chat_properties(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, DeleteChatPropertiesResponse)
    raw = client.delete_chat_properties.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.delete_chat_properties.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.delete_chat_properties(i="PJ0MRSHTDG", properties={"routing": ["pinned"]})  # type: ignore[call-overload]
    client.delete_chat_properties.raw(i="PJ0MRSHTDG", properties={"routing": ["pinned"]})  # type: ignore[call-overload]
    client.delete_chat_properties.build(i="PJ0MRSHTDG", properties={"routing": ["pinned"]})  # type: ignore[call-overload]
    client.delete_chat_properties("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.delete_chat_properties(  # type: ignore[call-overload]
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
        headers="oops",
    )
    client.delete_chat_properties(  # type: ignore[call-overload]
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
        timeout="oops",
    )
    client.delete_chat_properties(  # type: ignore[call-overload]
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
        max_retries="oops",
    )
    client.delete_chat_properties(  # type: ignore[call-overload]
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
        total_timeout="oops",
    )
    client.delete_chat_properties(id=42, properties={"routing": ["pinned"]})  # type: ignore[call-overload]
    client.delete_chat_properties(id="PJ0MRSHTDG", properties="oops")  # type: ignore[call-overload]
    # rejected: a required field left out
    client.delete_chat_properties(properties={"routing": ["pinned"]})  # type: ignore[call-overload]
    client.delete_chat_properties(id="PJ0MRSHTDG")  # type: ignore[call-overload]


def check_update_thread_properties(client: AgentWeb) -> None:
    """PropertiesActions: UpdateThreadPropertiesRequest -> UpdateThreadPropertiesResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.update_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(result, UpdateThreadPropertiesResponse)
    raw = client.update_thread_properties.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    request = client.update_thread_properties.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.update_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateThreadPropertiesResponse)
    result = client.update_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, UpdateThreadPropertiesResponse)
    result = client.update_thread_properties(payload={"anything": 1})
    assert_type(result, UpdateThreadPropertiesResponse)
    result = client.update_thread_properties(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UpdateThreadPropertiesResponse)
    raw = client.update_thread_properties.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.update_thread_properties.build(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.update_thread_properties(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties.raw(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties.build(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.update_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
        headers="oops",
    )
    client.update_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
        timeout="oops",
    )
    client.update_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
        max_retries="oops",
    )
    client.update_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
        total_timeout="oops",
    )
    client.update_thread_properties(  # type: ignore[call-overload]
        chat_id=42,
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id=42,
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", properties="oops")  # type: ignore[call-overload]
    # rejected: a required field left out
    client.update_thread_properties(  # type: ignore[call-overload]
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV")  # type: ignore[call-overload]


def check_delete_thread_properties(client: AgentWeb) -> None:
    """PropertiesActions: DeleteThreadPropertiesRequest -> DeleteThreadPropertiesResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.delete_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    assert_type(result, DeleteThreadPropertiesResponse)
    raw = client.delete_thread_properties.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    assert_type(raw, httpx.Response)
    request = client.delete_thread_properties.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.delete_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteThreadPropertiesResponse)
    result = client.delete_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, DeleteThreadPropertiesResponse)
    result = client.delete_thread_properties(payload={"anything": 1})
    assert_type(result, DeleteThreadPropertiesResponse)
    result = client.delete_thread_properties(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, DeleteThreadPropertiesResponse)
    raw = client.delete_thread_properties.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.delete_thread_properties.build(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.delete_thread_properties(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties.raw(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties.build(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.delete_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
        headers="oops",
    )
    client.delete_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
        timeout="oops",
    )
    client.delete_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
        max_retries="oops",
    )
    client.delete_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
        total_timeout="oops",
    )
    client.delete_thread_properties(  # type: ignore[call-overload]
        chat_id=42,
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id=42,
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", properties="oops")  # type: ignore[call-overload]
    # rejected: a required field left out
    client.delete_thread_properties(thread_id="QBT14H4YPV", properties={"routing": ["pinned"]})  # type: ignore[call-overload]
    client.delete_thread_properties(chat_id="PJ0MRSHTDG", properties={"routing": ["pinned"]})  # type: ignore[call-overload]
    client.delete_thread_properties(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV")  # type: ignore[call-overload]


def check_update_event_properties(client: AgentWeb) -> None:
    """PropertiesActions: UpdateEventPropertiesRequest -> UpdateEventPropertiesResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.update_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(result, UpdateEventPropertiesResponse)
    raw = client.update_event_properties.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    request = client.update_event_properties.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.update_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateEventPropertiesResponse)
    result = client.update_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, UpdateEventPropertiesResponse)
    result = client.update_event_properties(payload={"anything": 1})
    assert_type(result, UpdateEventPropertiesResponse)
    result = client.update_event_properties(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UpdateEventPropertiesResponse)
    raw = client.update_event_properties.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.update_event_properties.build(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.update_event_properties(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties.raw(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties.build(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
        headers="oops",
    )
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
        timeout="oops",
    )
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
        max_retries="oops",
    )
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
        total_timeout="oops",
    )
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id=42,
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id=42,
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id=42,
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties="oops",
    )
    # rejected: a required field left out
    client.update_event_properties(  # type: ignore[call-overload]
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
    )


def check_delete_event_properties(client: AgentWeb) -> None:
    """PropertiesActions: DeleteEventPropertiesRequest -> DeleteEventPropertiesResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.delete_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(result, DeleteEventPropertiesResponse)
    raw = client.delete_event_properties.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(raw, httpx.Response)
    request = client.delete_event_properties.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.delete_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteEventPropertiesResponse)
    result = client.delete_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, DeleteEventPropertiesResponse)
    result = client.delete_event_properties(payload={"anything": 1})
    assert_type(result, DeleteEventPropertiesResponse)
    result = client.delete_event_properties(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, DeleteEventPropertiesResponse)
    raw = client.delete_event_properties.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.delete_event_properties.build(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties.raw(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties.build(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
        headers="oops",
    )
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
        timeout="oops",
    )
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
        max_retries="oops",
    )
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
        total_timeout="oops",
    )
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id=42,
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id=42,
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id=42,
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties="oops",
    )
    # rejected: a required field left out
    client.delete_event_properties(  # type: ignore[call-overload]
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
    )


def check_tag_thread(client: AgentWeb) -> None:
    """ThreadTagsActions: TagThreadRequest -> TagThreadResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(result, TagThreadResponse)
    raw = client.tag_thread.raw(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(raw, httpx.Response)
    request = client.tag_thread.build(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.tag_thread(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        headers={"X-Trace": "1"},
    )
    assert_type(result, TagThreadResponse)
    result = client.tag_thread(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, TagThreadResponse)
    result = client.tag_thread(payload={"anything": 1})
    assert_type(result, TagThreadResponse)
    result = client.tag_thread(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, TagThreadResponse)
    raw = client.tag_thread.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.tag_thread.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.tag_thread(chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]
    client.tag_thread.raw(chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]
    client.tag_thread.build(chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]
    client.tag_thread("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint", headers="oops")  # type: ignore[call-overload]
    client.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint", timeout="oops")  # type: ignore[call-overload]
    client.tag_thread(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        max_retries="oops",
    )
    client.tag_thread(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        total_timeout="oops",
    )
    client.tag_thread(chat_id=42, thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]
    client.tag_thread(chat_id="PJ0MRSHTDG", thread_id=42, tag="complaint")  # type: ignore[call-overload]
    client.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.tag_thread(thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]
    client.tag_thread(chat_id="PJ0MRSHTDG", tag="complaint")  # type: ignore[call-overload]
    client.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV")  # type: ignore[call-overload]


def check_untag_thread(client: AgentWeb) -> None:
    """ThreadTagsActions: UntagThreadRequest -> UntagThreadResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.untag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(result, UntagThreadResponse)
    raw = client.untag_thread.raw(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(raw, httpx.Response)
    request = client.untag_thread.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.untag_thread(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        headers={"X-Trace": "1"},
    )
    assert_type(result, UntagThreadResponse)
    result = client.untag_thread(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, UntagThreadResponse)
    result = client.untag_thread(payload={"anything": 1})
    assert_type(result, UntagThreadResponse)
    result = client.untag_thread(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UntagThreadResponse)
    raw = client.untag_thread.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.untag_thread.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.untag_thread(chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]
    client.untag_thread.raw(chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]
    client.untag_thread.build(chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]
    client.untag_thread("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.untag_thread(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        headers="oops",
    )
    client.untag_thread(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        timeout="oops",
    )
    client.untag_thread(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        max_retries="oops",
    )
    client.untag_thread(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        total_timeout="oops",
    )
    client.untag_thread(chat_id=42, thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]
    client.untag_thread(chat_id="PJ0MRSHTDG", thread_id=42, tag="complaint")  # type: ignore[call-overload]
    client.untag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.untag_thread(thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]
    client.untag_thread(chat_id="PJ0MRSHTDG", tag="complaint")  # type: ignore[call-overload]
    client.untag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV")  # type: ignore[call-overload]


def check_get_customer(client: AgentWeb) -> None:
    """CustomersActions: GetCustomerRequest -> GetCustomerResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, GetCustomerResponse)
    raw = client.get_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    request = client.get_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.get_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        headers={"X-Trace": "1"},
    )
    assert_type(result, GetCustomerResponse)
    result = client.get_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, GetCustomerResponse)
    result = client.get_customer(payload={"anything": 1})
    assert_type(result, GetCustomerResponse)
    result = client.get_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, GetCustomerResponse)
    raw = client.get_customer.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.get_customer.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.id, str)
    assert_type(result.type, Literal["customer"])
    assert_type(result.name, str | None)
    assert_type(result.email, str | None)
    assert_type(result.email_verified, bool | None)
    assert_type(result.avatar, str | None)
    assert_type(result.created_at, datetime | None)
    assert_type(result.session_fields, list[dict[str, str]] | None)
    assert_type(result.statistics, CustomerStatistics | None)
    assert_type(result.last_visit, CustomerLastVisit | None)
    assert_type(result.present, bool | None)
    assert_type(result.events_seen_up_to, datetime | None)
    assert_type(result.agent_last_event_created_at, datetime | None)
    assert_type(result.customer_last_event_created_at, datetime | None)
    assert_type(result.followed, bool | None)
    assert_type(result.online, bool | None)
    assert_type(result.group_ids, list[int] | None)
    assert_type(result.state, str | None)
    assert_type(result.chat_ids, list[str] | None)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.get_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    client.get_customer.raw(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    client.get_customer.build(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    client.get_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", headers="oops")  # type: ignore[call-overload]
    client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", timeout="oops")  # type: ignore[call-overload]
    client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", max_retries="oops")  # type: ignore[call-overload]
    client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", total_timeout="oops")  # type: ignore[call-overload]
    client.get_customer(id=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.get_customer()  # type: ignore[call-overload]


def check_create_customer(client: AgentWeb) -> None:
    """CustomersActions: CreateCustomerRequest -> CreateCustomerResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.create_customer()
    assert_type(result, CreateCustomerResponse)
    raw = client.create_customer.raw()
    assert_type(raw, httpx.Response)
    request = client.create_customer.build()
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.create_customer(
        name="Jane Doe",
        email="jane@example.com",
        avatar="https://cdn.example.com/avatars/jane.png",
        session_fields=[{"plan": "pro"}],
    )
    assert_type(result, CreateCustomerResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.create_customer(headers={"X-Trace": "1"})
    assert_type(result, CreateCustomerResponse)
    result = client.create_customer(timeout=2.5, max_retries=0)
    assert_type(result, CreateCustomerResponse)
    result = client.create_customer(payload={"anything": 1})
    assert_type(result, CreateCustomerResponse)
    result = client.create_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, CreateCustomerResponse)
    raw = client.create_customer.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.create_customer.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.customer_id, str)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.create_customer(nam="Jane Doe")  # type: ignore[call-overload]
    client.create_customer.raw(nam="Jane Doe")  # type: ignore[call-overload]
    client.create_customer.build(nam="Jane Doe")  # type: ignore[call-overload]
    client.create_customer("Jane Doe")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.create_customer(headers="oops")  # type: ignore[call-overload]
    client.create_customer(timeout="oops")  # type: ignore[call-overload]
    client.create_customer(max_retries="oops")  # type: ignore[call-overload]
    client.create_customer(total_timeout="oops")  # type: ignore[call-overload]
    client.create_customer(name=42)  # type: ignore[call-overload]
    client.create_customer(email=42)  # type: ignore[call-overload]
    client.create_customer(avatar=42)  # type: ignore[call-overload]
    client.create_customer(session_fields=42)  # type: ignore[call-overload]


def check_update_customer(client: AgentWeb) -> None:
    """CustomersActions: UpdateCustomerRequest -> UpdateCustomerResponse."""
    # accepted: the required fields (and what validation needs), nested objects as dicts
    result = client.update_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe")
    assert_type(result, UpdateCustomerResponse)
    raw = client.update_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe")
    assert_type(raw, httpx.Response)
    request = client.update_customer.build(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
    )
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.update_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        email="jane@example.com",
        avatar="https://cdn.example.com/avatars/jane.png",
        session_fields=[{"plan": "pro"}],
    )
    assert_type(result, UpdateCustomerResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.update_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateCustomerResponse)
    result = client.update_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, UpdateCustomerResponse)
    result = client.update_customer(payload={"anything": 1})
    assert_type(result, UpdateCustomerResponse)
    result = client.update_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UpdateCustomerResponse)
    raw = client.update_customer.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.update_customer.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.update_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe")  # type: ignore[call-overload]
    client.update_customer.raw(i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe")  # type: ignore[call-overload]
    client.update_customer.build(i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe")  # type: ignore[call-overload]
    client.update_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.update_customer(  # type: ignore[call-overload]
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        headers="oops",
    )
    client.update_customer(  # type: ignore[call-overload]
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        timeout="oops",
    )
    client.update_customer(  # type: ignore[call-overload]
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        max_retries="oops",
    )
    client.update_customer(  # type: ignore[call-overload]
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        total_timeout="oops",
    )
    client.update_customer(id=42, name="Jane Doe")  # type: ignore[call-overload]
    client.update_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", name=42)  # type: ignore[call-overload]
    client.update_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe", email=42)  # type: ignore[call-overload]
    client.update_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe", avatar=42)  # type: ignore[call-overload]
    client.update_customer(  # type: ignore[call-overload]
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        session_fields=42,
    )
    # rejected: a required field left out
    client.update_customer(name="Jane Doe")  # type: ignore[call-overload]


def check_ban_customer(client: AgentWeb) -> None:
    """CustomersActions: BanCustomerRequest -> BanCustomerResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(result, BanCustomerResponse)
    raw = client.ban_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(raw, httpx.Response)
    request = client.ban_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(request, httpx.Request)
    # accepted: nested objects as models
    result = client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban=Ban(days=1))
    assert_type(result, BanCustomerResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.ban_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        ban={"days": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, BanCustomerResponse)
    result = client.ban_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        ban={"days": 1},
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, BanCustomerResponse)
    result = client.ban_customer(payload={"anything": 1})
    assert_type(result, BanCustomerResponse)
    result = client.ban_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, BanCustomerResponse)
    raw = client.ban_customer.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.ban_customer.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.ban_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})  # type: ignore[call-overload]
    client.ban_customer.raw(i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})  # type: ignore[call-overload]
    client.ban_customer.build(i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})  # type: ignore[call-overload]
    client.ban_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}, headers="oops")  # type: ignore[call-overload]
    client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}, timeout="oops")  # type: ignore[call-overload]
    client.ban_customer(  # type: ignore[call-overload]
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        ban={"days": 1},
        max_retries="oops",
    )
    client.ban_customer(  # type: ignore[call-overload]
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        ban={"days": 1},
        total_timeout="oops",
    )
    client.ban_customer(id=42, ban={"days": 1})  # type: ignore[call-overload]
    client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban="oops")  # type: ignore[call-overload]
    # rejected: a required field left out
    client.ban_customer(ban={"days": 1})  # type: ignore[call-overload]
    client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]


def check_follow_customer(client: AgentWeb) -> None:
    """CustomersActions: FollowCustomerRequest -> FollowCustomerResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, FollowCustomerResponse)
    raw = client.follow_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    request = client.follow_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.follow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        headers={"X-Trace": "1"},
    )
    assert_type(result, FollowCustomerResponse)
    result = client.follow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, FollowCustomerResponse)
    result = client.follow_customer(payload={"anything": 1})
    assert_type(result, FollowCustomerResponse)
    result = client.follow_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, FollowCustomerResponse)
    raw = client.follow_customer.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.follow_customer.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.follow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    client.follow_customer.raw(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    client.follow_customer.build(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    client.follow_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", headers="oops")  # type: ignore[call-overload]
    client.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", timeout="oops")  # type: ignore[call-overload]
    client.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", max_retries="oops")  # type: ignore[call-overload]
    client.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", total_timeout="oops")  # type: ignore[call-overload]
    client.follow_customer(id=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.follow_customer()  # type: ignore[call-overload]


def check_unfollow_customer(client: AgentWeb) -> None:
    """CustomersActions: UnfollowCustomerRequest -> UnfollowCustomerResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, UnfollowCustomerResponse)
    raw = client.unfollow_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    request = client.unfollow_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.unfollow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        headers={"X-Trace": "1"},
    )
    assert_type(result, UnfollowCustomerResponse)
    result = client.unfollow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, UnfollowCustomerResponse)
    result = client.unfollow_customer(payload={"anything": 1})
    assert_type(result, UnfollowCustomerResponse)
    result = client.unfollow_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UnfollowCustomerResponse)
    raw = client.unfollow_customer.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.unfollow_customer.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.unfollow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    client.unfollow_customer.raw(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    client.unfollow_customer.build(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    client.unfollow_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", headers="oops")  # type: ignore[call-overload]
    client.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", timeout="oops")  # type: ignore[call-overload]
    client.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", max_retries="oops")  # type: ignore[call-overload]
    client.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", total_timeout="oops")  # type: ignore[call-overload]
    client.unfollow_customer(id=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.unfollow_customer()  # type: ignore[call-overload]


def check_set_routing_status(client: AgentWeb) -> None:
    """StatusActions: SetRoutingStatusRequest -> SetRoutingStatusResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.set_routing_status(status="accepting_chats")
    assert_type(result, SetRoutingStatusResponse)
    raw = client.set_routing_status.raw(status="accepting_chats")
    assert_type(raw, httpx.Response)
    request = client.set_routing_status.build(status="accepting_chats")
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.set_routing_status(status="accepting_chats", agent_id="smith@example.com")
    assert_type(result, SetRoutingStatusResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.set_routing_status(status="accepting_chats", headers={"X-Trace": "1"})
    assert_type(result, SetRoutingStatusResponse)
    result = client.set_routing_status(status="accepting_chats", timeout=2.5, max_retries=0)
    assert_type(result, SetRoutingStatusResponse)
    result = client.set_routing_status(payload={"anything": 1})
    assert_type(result, SetRoutingStatusResponse)
    result = client.set_routing_status(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SetRoutingStatusResponse)
    raw = client.set_routing_status.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.set_routing_status.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.set_routing_status(statu="accepting_chats")  # type: ignore[call-overload]
    client.set_routing_status.raw(statu="accepting_chats")  # type: ignore[call-overload]
    client.set_routing_status.build(statu="accepting_chats")  # type: ignore[call-overload]
    client.set_routing_status("accepting_chats")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.set_routing_status(status="accepting_chats", headers="oops")  # type: ignore[call-overload]
    client.set_routing_status(status="accepting_chats", timeout="oops")  # type: ignore[call-overload]
    client.set_routing_status(status="accepting_chats", max_retries="oops")  # type: ignore[call-overload]
    client.set_routing_status(status="accepting_chats", total_timeout="oops")  # type: ignore[call-overload]
    client.set_routing_status(status="oops")  # type: ignore[call-overload]
    client.set_routing_status(status="accepting_chats", agent_id=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.set_routing_status()  # type: ignore[call-overload]


def check_list_routing_statuses(client: AgentWeb) -> None:
    """StatusActions: ListRoutingStatusesRequest -> ListRoutingStatusesResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.list_routing_statuses()
    assert_type(result, ListRoutingStatusesResponse)
    raw = client.list_routing_statuses.raw()
    assert_type(raw, httpx.Response)
    request = client.list_routing_statuses.build()
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.list_routing_statuses(filters={"group_ids": [1]})
    assert_type(result, ListRoutingStatusesResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.list_routing_statuses(headers={"X-Trace": "1"})
    assert_type(result, ListRoutingStatusesResponse)
    result = client.list_routing_statuses(timeout=2.5, max_retries=0)
    assert_type(result, ListRoutingStatusesResponse)
    result = client.list_routing_statuses(payload={"anything": 1})
    assert_type(result, ListRoutingStatusesResponse)
    result = client.list_routing_statuses(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListRoutingStatusesResponse)
    raw = client.list_routing_statuses.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.list_routing_statuses.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.root, list[RoutingStatusEntry])
    assert_type(result[0], RoutingStatusEntry)
    assert_type(len(result), int)
    for item in result:
        assert_type(item, RoutingStatusEntry)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.list_routing_statuses(filter={"group_ids": [1]})  # type: ignore[call-overload]
    client.list_routing_statuses.raw(filter={"group_ids": [1]})  # type: ignore[call-overload]
    client.list_routing_statuses.build(filter={"group_ids": [1]})  # type: ignore[call-overload]
    client.list_routing_statuses({"group_ids": [1]})  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.list_routing_statuses(headers="oops")  # type: ignore[call-overload]
    client.list_routing_statuses(timeout="oops")  # type: ignore[call-overload]
    client.list_routing_statuses(max_retries="oops")  # type: ignore[call-overload]
    client.list_routing_statuses(total_timeout="oops")  # type: ignore[call-overload]
    client.list_routing_statuses(filters="oops")  # type: ignore[call-overload]


def check_logout(client: AgentWeb) -> None:
    """StatusActions: LogoutRequest -> LogoutResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.logout(agent_id="smith@example.com")
    assert_type(result, LogoutResponse)
    raw = client.logout.raw(agent_id="smith@example.com")
    assert_type(raw, httpx.Response)
    request = client.logout.build(agent_id="smith@example.com")
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.logout(agent_id="smith@example.com", headers={"X-Trace": "1"})
    assert_type(result, LogoutResponse)
    result = client.logout(agent_id="smith@example.com", timeout=2.5, max_retries=0)
    assert_type(result, LogoutResponse)
    result = client.logout(payload={"anything": 1})
    assert_type(result, LogoutResponse)
    result = client.logout(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, LogoutResponse)
    raw = client.logout.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.logout.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.logout(agent_i="smith@example.com")  # type: ignore[call-overload]
    client.logout.raw(agent_i="smith@example.com")  # type: ignore[call-overload]
    client.logout.build(agent_i="smith@example.com")  # type: ignore[call-overload]
    client.logout("smith@example.com")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.logout(agent_id="smith@example.com", headers="oops")  # type: ignore[call-overload]
    client.logout(agent_id="smith@example.com", timeout="oops")  # type: ignore[call-overload]
    client.logout(agent_id="smith@example.com", max_retries="oops")  # type: ignore[call-overload]
    client.logout(agent_id="smith@example.com", total_timeout="oops")  # type: ignore[call-overload]
    client.logout(agent_id=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.logout()  # type: ignore[call-overload]


def check_mark_events_as_seen(client: AgentWeb) -> None:
    """OtherActions: MarkEventsAsSeenRequest -> MarkEventsAsSeenResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.mark_events_as_seen(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(result, MarkEventsAsSeenResponse)
    raw = client.mark_events_as_seen.raw(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(raw, httpx.Response)
    request = client.mark_events_as_seen.build(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.mark_events_as_seen(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
        headers={"X-Trace": "1"},
    )
    assert_type(result, MarkEventsAsSeenResponse)
    result = client.mark_events_as_seen(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, MarkEventsAsSeenResponse)
    result = client.mark_events_as_seen(payload={"anything": 1})
    assert_type(result, MarkEventsAsSeenResponse)
    result = client.mark_events_as_seen(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, MarkEventsAsSeenResponse)
    raw = client.mark_events_as_seen.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.mark_events_as_seen.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.mark_events_as_seen(chat_i="PJ0MRSHTDG", seen_up_to="2024-07-15T09:04:57.881200+00:00")  # type: ignore[call-overload]
    client.mark_events_as_seen.raw(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    client.mark_events_as_seen.build(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    client.mark_events_as_seen("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.mark_events_as_seen(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
        headers="oops",
    )
    client.mark_events_as_seen(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
        timeout="oops",
    )
    client.mark_events_as_seen(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
        max_retries="oops",
    )
    client.mark_events_as_seen(  # type: ignore[call-overload]
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
        total_timeout="oops",
    )
    client.mark_events_as_seen(chat_id=42, seen_up_to="2024-07-15T09:04:57.881200+00:00")  # type: ignore[call-overload]
    client.mark_events_as_seen(chat_id="PJ0MRSHTDG", seen_up_to=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.mark_events_as_seen(seen_up_to="2024-07-15T09:04:57.881200+00:00")  # type: ignore[call-overload]
    client.mark_events_as_seen(chat_id="PJ0MRSHTDG")  # type: ignore[call-overload]


def check_send_typing_indicator(client: AgentWeb) -> None:
    """OtherActions: SendTypingIndicatorRequest -> SendTypingIndicatorResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(result, SendTypingIndicatorResponse)
    raw = client.send_typing_indicator.raw(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(raw, httpx.Response)
    request = client.send_typing_indicator.build(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.send_typing_indicator(chat_id="PJ0MRSHTDG", visibility="all", is_typing=True)
    assert_type(result, SendTypingIndicatorResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.send_typing_indicator(
        chat_id="PJ0MRSHTDG",
        is_typing=True,
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendTypingIndicatorResponse)
    result = client.send_typing_indicator(
        chat_id="PJ0MRSHTDG",
        is_typing=True,
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, SendTypingIndicatorResponse)
    result = client.send_typing_indicator(payload={"anything": 1})
    assert_type(result, SendTypingIndicatorResponse)
    result = client.send_typing_indicator(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SendTypingIndicatorResponse)
    raw = client.send_typing_indicator.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.send_typing_indicator.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.send_typing_indicator(chat_i="PJ0MRSHTDG", is_typing=True)  # type: ignore[call-overload]
    client.send_typing_indicator.raw(chat_i="PJ0MRSHTDG", is_typing=True)  # type: ignore[call-overload]
    client.send_typing_indicator.build(chat_i="PJ0MRSHTDG", is_typing=True)  # type: ignore[call-overload]
    client.send_typing_indicator("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True, headers="oops")  # type: ignore[call-overload]
    client.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True, timeout="oops")  # type: ignore[call-overload]
    client.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True, max_retries="oops")  # type: ignore[call-overload]
    client.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True, total_timeout="oops")  # type: ignore[call-overload]
    client.send_typing_indicator(chat_id=42, is_typing=True)  # type: ignore[call-overload]
    client.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True, visibility="oops")  # type: ignore[call-overload]
    client.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing="oops")  # type: ignore[call-overload]
    # rejected: a required field left out
    client.send_typing_indicator(is_typing=True)  # type: ignore[call-overload]
    client.send_typing_indicator(chat_id="PJ0MRSHTDG")  # type: ignore[call-overload]


def check_multicast(client: AgentWeb) -> None:
    """OtherActions: MulticastRequest -> MulticastResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.multicast(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    assert_type(result, MulticastResponse)
    raw = client.multicast.raw(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    assert_type(raw, httpx.Response)
    request = client.multicast.build(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    assert_type(request, httpx.Request)
    # accepted: nested objects as models
    result = client.multicast(
        recipients=MulticastRecipients(agents={"all": True}),
        content={"text": "The office is closed on Friday"},
    )
    assert_type(result, MulticastResponse)
    # accepted: every field
    result = client.multicast(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        type="announcement",
    )
    assert_type(result, MulticastResponse)
    # accepted: per-call options; payload= instead of the fields
    result = client.multicast(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        headers={"X-Trace": "1"},
    )
    assert_type(result, MulticastResponse)
    result = client.multicast(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        timeout=2.5,
        max_retries=0,
    )
    assert_type(result, MulticastResponse)
    result = client.multicast(payload={"anything": 1})
    assert_type(result, MulticastResponse)
    result = client.multicast(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, MulticastResponse)
    raw = client.multicast.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.multicast.build(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(request, httpx.Request)
    # the response
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.multicast(  # type: ignore[call-overload]
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.multicast.raw(  # type: ignore[call-overload]
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.multicast.build(  # type: ignore[call-overload]
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.multicast({"agents": {"all": True}})  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.multicast(  # type: ignore[call-overload]
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        headers="oops",
    )
    client.multicast(  # type: ignore[call-overload]
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        timeout="oops",
    )
    client.multicast(  # type: ignore[call-overload]
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        max_retries="oops",
    )
    client.multicast(  # type: ignore[call-overload]
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        total_timeout="oops",
    )
    client.multicast(recipients="oops", content={"text": "The office is closed on Friday"})  # type: ignore[call-overload]
    client.multicast(recipients={"agents": {"all": True}}, content=None)  # type: ignore[call-overload]
    client.multicast(  # type: ignore[call-overload]
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        type=42,
    )
    # rejected: a required field left out
    client.multicast(content={"text": "The office is closed on Friday"})  # type: ignore[call-overload]
    client.multicast(recipients={"agents": {"all": True}})  # type: ignore[call-overload]


def check_list_agents_for_transfer(client: AgentWeb) -> None:
    """OtherActions: ListAgentsForTransferRequest -> ListAgentsForTransferResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.list_agents_for_transfer(chat_id="PJ0MRSHTDG")
    assert_type(result, ListAgentsForTransferResponse)
    raw = client.list_agents_for_transfer.raw(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.list_agents_for_transfer.build(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: per-call options; payload= instead of the fields
    result = client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, ListAgentsForTransferResponse)
    result = client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, ListAgentsForTransferResponse)
    result = client.list_agents_for_transfer(payload={"anything": 1})
    assert_type(result, ListAgentsForTransferResponse)
    result = client.list_agents_for_transfer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListAgentsForTransferResponse)
    raw = client.list_agents_for_transfer.raw(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(raw, httpx.Response)
    request = client.list_agents_for_transfer.build(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(request, httpx.Request)
    # the response
    assert_type(result.root, list[AgentForTransfer])
    assert_type(result[0], AgentForTransfer)
    assert_type(len(result), int)
    for item in result:
        assert_type(item, AgentForTransfer)
    result.no_such_field  # type: ignore[attr-defined]
    # rejected: a misspelled keyword; a positional argument
    client.list_agents_for_transfer(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.list_agents_for_transfer.raw(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.list_agents_for_transfer.build(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
    client.list_agents_for_transfer("PJ0MRSHTDG")  # type: ignore[call-overload]
    # rejected: a value of the wrong type, field by field (and headers)
    client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", headers="oops")  # type: ignore[call-overload]
    client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", timeout="oops")  # type: ignore[call-overload]
    client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", max_retries="oops")  # type: ignore[call-overload]
    client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", total_timeout="oops")  # type: ignore[call-overload]
    client.list_agents_for_transfer(chat_id=42)  # type: ignore[call-overload]
    # rejected: a required field left out
    client.list_agents_for_transfer()  # type: ignore[call-overload]


async def check_list_chats_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> ListChatsResponse."""
    result = await client.list_chats()
    assert_type(result, ListChatsResponse)
    raw = await client.list_chats.raw()
    assert_type(raw, httpx.Response)
    result = await client.list_chats(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListChatsResponse)
    request = client.list_chats.build()
    assert_type(request, httpx.Request)
    await client.list_chats(page_i="example")  # type: ignore[call-overload]
    pages = client.list_chats.iterate()
    assert_type(pages, AsyncPageIterator[ChatSummary])
    async for item in pages:
        assert_type(item, ChatSummary)


async def check_list_threads_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> ListThreadsResponse."""
    result = await client.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(result, ListThreadsResponse)
    raw = await client.list_threads.raw(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.list_threads(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListThreadsResponse)
    request = client.list_threads.build(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.list_threads(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
    pages = client.list_threads.iterate(chat_id="PJ0MRSHTDG")
    assert_type(pages, AsyncPageIterator[Thread])
    async for item in pages:
        assert_type(item, Thread)


async def check_get_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> GetChatResponse."""
    result = await client.get_chat(chat_id="PJ0MRSHTDG")
    assert_type(result, GetChatResponse)
    raw = await client.get_chat.raw(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.get_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, GetChatResponse)
    request = client.get_chat.build(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.get_chat(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]


async def check_list_archives_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> ListArchivesResponse."""
    result = await client.list_archives()
    assert_type(result, ListArchivesResponse)
    raw = await client.list_archives.raw()
    assert_type(raw, httpx.Response)
    result = await client.list_archives(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListArchivesResponse)
    request = client.list_archives.build()
    assert_type(request, httpx.Request)
    await client.list_archives(page_i="example")  # type: ignore[call-overload]
    pages = client.list_archives.iterate()
    assert_type(pages, AsyncPageIterator[Chat])
    async for item in pages:
        assert_type(item, Chat)


async def check_start_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> StartChatResponse."""
    result = await client.start_chat()
    assert_type(result, StartChatResponse)
    raw = await client.start_chat.raw()
    assert_type(raw, httpx.Response)
    result = await client.start_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, StartChatResponse)
    request = client.start_chat.build()
    assert_type(request, httpx.Request)
    await client.start_chat(cha={"properties": {"routing": {"pinned": {"key": "value"}}}})  # type: ignore[call-overload]


async def check_resume_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> ResumeChatResponse."""
    result = await client.resume_chat(chat={"id": "PJ0MRSHTDG"})
    assert_type(result, ResumeChatResponse)
    raw = await client.resume_chat.raw(chat={"id": "PJ0MRSHTDG"})
    assert_type(raw, httpx.Response)
    result = await client.resume_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ResumeChatResponse)
    request = client.resume_chat.build(chat={"id": "PJ0MRSHTDG"})
    assert_type(request, httpx.Request)
    await client.resume_chat(cha={"id": "PJ0MRSHTDG"})  # type: ignore[call-overload]


async def check_deactivate_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> DeactivateChatResponse."""
    result = await client.deactivate_chat(id="PJ0MRSHTDG")
    assert_type(result, DeactivateChatResponse)
    raw = await client.deactivate_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.deactivate_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, DeactivateChatResponse)
    request = client.deactivate_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.deactivate_chat(i="PJ0MRSHTDG")  # type: ignore[call-overload]


async def check_follow_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> FollowChatResponse."""
    result = await client.follow_chat(id="PJ0MRSHTDG")
    assert_type(result, FollowChatResponse)
    raw = await client.follow_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.follow_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, FollowChatResponse)
    request = client.follow_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.follow_chat(i="PJ0MRSHTDG")  # type: ignore[call-overload]


async def check_unfollow_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> UnfollowChatResponse."""
    result = await client.unfollow_chat(id="PJ0MRSHTDG")
    assert_type(result, UnfollowChatResponse)
    raw = await client.unfollow_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.unfollow_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UnfollowChatResponse)
    request = client.unfollow_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.unfollow_chat(i="PJ0MRSHTDG")  # type: ignore[call-overload]


async def check_transfer_chat_async(client: AsyncAgentWeb) -> None:
    """ChatAccessActions, awaited: -> TransferChatResponse."""
    result = await client.transfer_chat(id="PJ0MRSHTDG")
    assert_type(result, TransferChatResponse)
    raw = await client.transfer_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.transfer_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, TransferChatResponse)
    request = client.transfer_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.transfer_chat(i="PJ0MRSHTDG")  # type: ignore[call-overload]


async def check_add_user_to_chat_async(client: AsyncAgentWeb) -> None:
    """ChatUsersActions, awaited: -> AddUserToChatResponse."""
    result = await client.add_user_to_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    assert_type(result, AddUserToChatResponse)
    raw = await client.add_user_to_chat.raw(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    assert_type(raw, httpx.Response)
    result = await client.add_user_to_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, AddUserToChatResponse)
    request = client.add_user_to_chat.build(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    assert_type(request, httpx.Request)
    await client.add_user_to_chat(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )


async def check_remove_user_from_chat_async(client: AsyncAgentWeb) -> None:
    """ChatUsersActions, awaited: -> RemoveUserFromChatResponse."""
    result = await client.remove_user_from_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    assert_type(result, RemoveUserFromChatResponse)
    raw = await client.remove_user_from_chat.raw(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    assert_type(raw, httpx.Response)
    result = await client.remove_user_from_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, RemoveUserFromChatResponse)
    request = client.remove_user_from_chat.build(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    assert_type(request, httpx.Request)
    await client.remove_user_from_chat(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )


async def check_send_event_async(client: AsyncAgentWeb) -> None:
    """EventsActions, awaited: -> SendEventResponse."""
    result = await client.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
    assert_type(result, SendEventResponse)
    raw = await client.send_event.raw(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
    assert_type(raw, httpx.Response)
    result = await client.send_event(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SendEventResponse)
    request = client.send_event.build(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
    assert_type(request, httpx.Request)
    await client.send_event(chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"})  # type: ignore[call-overload]


async def check_upload_file_async(client: AsyncAgentWeb) -> None:
    """EventsActions, awaited: -> UploadFileResponse."""
    result = await client.upload_file(file=b"%PDF-1.4 example")
    assert_type(result, UploadFileResponse)
    raw = await client.upload_file.raw(file=b"%PDF-1.4 example")
    assert_type(raw, httpx.Response)
    result = await client.upload_file(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UploadFileResponse)
    request = client.upload_file.build(file=b"%PDF-1.4 example")
    assert_type(request, httpx.Request)
    await client.upload_file(fil=b"%PDF-1.4 example")  # type: ignore[call-overload]


async def check_send_rich_message_postback_async(client: AsyncAgentWeb) -> None:
    """EventsActions, awaited: -> SendRichMessagePostbackResponse."""
    result = await client.send_rich_message_postback(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    assert_type(result, SendRichMessagePostbackResponse)
    raw = await client.send_rich_message_postback.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    assert_type(raw, httpx.Response)
    result = await client.send_rich_message_postback(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendRichMessagePostbackResponse)
    request = client.send_rich_message_postback.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    assert_type(request, httpx.Request)
    await client.send_rich_message_postback(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )


async def check_update_chat_properties_async(client: AsyncAgentWeb) -> None:
    """PropertiesActions, awaited: -> UpdateChatPropertiesResponse."""
    result = await client.update_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(result, UpdateChatPropertiesResponse)
    raw = await client.update_chat_properties.raw(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    result = await client.update_chat_properties(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UpdateChatPropertiesResponse)
    request = client.update_chat_properties.build(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    await client.update_chat_properties(  # type: ignore[call-overload]
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )


async def check_delete_chat_properties_async(client: AsyncAgentWeb) -> None:
    """PropertiesActions, awaited: -> DeleteChatPropertiesResponse."""
    result = await client.delete_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
    )
    assert_type(result, DeleteChatPropertiesResponse)
    raw = await client.delete_chat_properties.raw(
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
    )
    assert_type(raw, httpx.Response)
    result = await client.delete_chat_properties(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, DeleteChatPropertiesResponse)
    request = client.delete_chat_properties.build(
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    await client.delete_chat_properties(i="PJ0MRSHTDG", properties={"routing": ["pinned"]})  # type: ignore[call-overload]


async def check_update_thread_properties_async(client: AsyncAgentWeb) -> None:
    """PropertiesActions, awaited: -> UpdateThreadPropertiesResponse."""
    result = await client.update_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(result, UpdateThreadPropertiesResponse)
    raw = await client.update_thread_properties.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    result = await client.update_thread_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateThreadPropertiesResponse)
    request = client.update_thread_properties.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    await client.update_thread_properties(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )


async def check_delete_thread_properties_async(client: AsyncAgentWeb) -> None:
    """PropertiesActions, awaited: -> DeleteThreadPropertiesResponse."""
    result = await client.delete_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    assert_type(result, DeleteThreadPropertiesResponse)
    raw = await client.delete_thread_properties.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    assert_type(raw, httpx.Response)
    result = await client.delete_thread_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteThreadPropertiesResponse)
    request = client.delete_thread_properties.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    await client.delete_thread_properties(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )


async def check_update_event_properties_async(client: AsyncAgentWeb) -> None:
    """PropertiesActions, awaited: -> UpdateEventPropertiesResponse."""
    result = await client.update_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(result, UpdateEventPropertiesResponse)
    raw = await client.update_event_properties.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    result = await client.update_event_properties(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UpdateEventPropertiesResponse)
    request = client.update_event_properties.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    await client.update_event_properties(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )


async def check_delete_event_properties_async(client: AsyncAgentWeb) -> None:
    """PropertiesActions, awaited: -> DeleteEventPropertiesResponse."""
    result = await client.delete_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(result, DeleteEventPropertiesResponse)
    raw = await client.delete_event_properties.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(raw, httpx.Response)
    result = await client.delete_event_properties(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, DeleteEventPropertiesResponse)
    request = client.delete_event_properties.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    await client.delete_event_properties(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )


async def check_tag_thread_async(client: AsyncAgentWeb) -> None:
    """ThreadTagsActions, awaited: -> TagThreadResponse."""
    result = await client.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(result, TagThreadResponse)
    raw = await client.tag_thread.raw(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(raw, httpx.Response)
    result = await client.tag_thread(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, TagThreadResponse)
    request = client.tag_thread.build(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(request, httpx.Request)
    await client.tag_thread(chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]


async def check_untag_thread_async(client: AsyncAgentWeb) -> None:
    """ThreadTagsActions, awaited: -> UntagThreadResponse."""
    result = await client.untag_thread(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
    )
    assert_type(result, UntagThreadResponse)
    raw = await client.untag_thread.raw(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
    )
    assert_type(raw, httpx.Response)
    result = await client.untag_thread(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UntagThreadResponse)
    request = client.untag_thread.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
    )
    assert_type(request, httpx.Request)
    await client.untag_thread(chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")  # type: ignore[call-overload]


async def check_get_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> GetCustomerResponse."""
    result = await client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, GetCustomerResponse)
    raw = await client.get_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    result = await client.get_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, GetCustomerResponse)
    request = client.get_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    await client.get_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]


async def check_create_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> CreateCustomerResponse."""
    result = await client.create_customer()
    assert_type(result, CreateCustomerResponse)
    raw = await client.create_customer.raw()
    assert_type(raw, httpx.Response)
    result = await client.create_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, CreateCustomerResponse)
    request = client.create_customer.build()
    assert_type(request, httpx.Request)
    await client.create_customer(nam="example")  # type: ignore[call-overload]


async def check_update_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> UpdateCustomerResponse."""
    result = await client.update_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
    )
    assert_type(result, UpdateCustomerResponse)
    raw = await client.update_customer.raw(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
    )
    assert_type(raw, httpx.Response)
    result = await client.update_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UpdateCustomerResponse)
    request = client.update_customer.build(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
    )
    assert_type(request, httpx.Request)
    await client.update_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe")  # type: ignore[call-overload]


async def check_ban_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> BanCustomerResponse."""
    result = await client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(result, BanCustomerResponse)
    raw = await client.ban_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(raw, httpx.Response)
    result = await client.ban_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, BanCustomerResponse)
    request = client.ban_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(request, httpx.Request)
    await client.ban_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})  # type: ignore[call-overload]


async def check_follow_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> FollowCustomerResponse."""
    result = await client.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, FollowCustomerResponse)
    raw = await client.follow_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    result = await client.follow_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, FollowCustomerResponse)
    request = client.follow_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    await client.follow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]


async def check_unfollow_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> UnfollowCustomerResponse."""
    result = await client.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, UnfollowCustomerResponse)
    raw = await client.unfollow_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    result = await client.unfollow_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UnfollowCustomerResponse)
    request = client.unfollow_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    await client.unfollow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # type: ignore[call-overload]


async def check_set_routing_status_async(client: AsyncAgentWeb) -> None:
    """StatusActions, awaited: -> SetRoutingStatusResponse."""
    result = await client.set_routing_status(status="accepting_chats")
    assert_type(result, SetRoutingStatusResponse)
    raw = await client.set_routing_status.raw(status="accepting_chats")
    assert_type(raw, httpx.Response)
    result = await client.set_routing_status(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SetRoutingStatusResponse)
    request = client.set_routing_status.build(status="accepting_chats")
    assert_type(request, httpx.Request)
    await client.set_routing_status(statu="accepting_chats")  # type: ignore[call-overload]


async def check_list_routing_statuses_async(client: AsyncAgentWeb) -> None:
    """StatusActions, awaited: -> ListRoutingStatusesResponse."""
    result = await client.list_routing_statuses()
    assert_type(result, ListRoutingStatusesResponse)
    raw = await client.list_routing_statuses.raw()
    assert_type(raw, httpx.Response)
    result = await client.list_routing_statuses(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListRoutingStatusesResponse)
    request = client.list_routing_statuses.build()
    assert_type(request, httpx.Request)
    await client.list_routing_statuses(filter={"group_ids": [1]})  # type: ignore[call-overload]


async def check_logout_async(client: AsyncAgentWeb) -> None:
    """StatusActions, awaited: -> LogoutResponse."""
    result = await client.logout(agent_id="smith@example.com")
    assert_type(result, LogoutResponse)
    raw = await client.logout.raw(agent_id="smith@example.com")
    assert_type(raw, httpx.Response)
    result = await client.logout(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, LogoutResponse)
    request = client.logout.build(agent_id="smith@example.com")
    assert_type(request, httpx.Request)
    await client.logout(agent_i="smith@example.com")  # type: ignore[call-overload]


async def check_mark_events_as_seen_async(client: AsyncAgentWeb) -> None:
    """OtherActions, awaited: -> MarkEventsAsSeenResponse."""
    result = await client.mark_events_as_seen(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(result, MarkEventsAsSeenResponse)
    raw = await client.mark_events_as_seen.raw(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(raw, httpx.Response)
    result = await client.mark_events_as_seen(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, MarkEventsAsSeenResponse)
    request = client.mark_events_as_seen.build(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(request, httpx.Request)
    await client.mark_events_as_seen(  # type: ignore[call-overload]
        chat_i="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )


async def check_send_typing_indicator_async(client: AsyncAgentWeb) -> None:
    """OtherActions, awaited: -> SendTypingIndicatorResponse."""
    result = await client.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(result, SendTypingIndicatorResponse)
    raw = await client.send_typing_indicator.raw(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(raw, httpx.Response)
    result = await client.send_typing_indicator(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SendTypingIndicatorResponse)
    request = client.send_typing_indicator.build(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(request, httpx.Request)
    await client.send_typing_indicator(chat_i="PJ0MRSHTDG", is_typing=True)  # type: ignore[call-overload]


async def check_multicast_async(client: AsyncAgentWeb) -> None:
    """OtherActions, awaited: -> MulticastResponse."""
    result = await client.multicast(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    assert_type(result, MulticastResponse)
    raw = await client.multicast.raw(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    assert_type(raw, httpx.Response)
    result = await client.multicast(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, MulticastResponse)
    request = client.multicast.build(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    assert_type(request, httpx.Request)
    await client.multicast(  # type: ignore[call-overload]
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )


async def check_list_agents_for_transfer_async(client: AsyncAgentWeb) -> None:
    """OtherActions, awaited: -> ListAgentsForTransferResponse."""
    result = await client.list_agents_for_transfer(chat_id="PJ0MRSHTDG")
    assert_type(result, ListAgentsForTransferResponse)
    raw = await client.list_agents_for_transfer.raw(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.list_agents_for_transfer(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListAgentsForTransferResponse)
    request = client.list_agents_for_transfer.build(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.list_agents_for_transfer(chat_i="PJ0MRSHTDG")  # type: ignore[call-overload]
