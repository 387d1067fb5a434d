"""Static typing checks for every action of ``AgentWeb``. GENERATED: do not edit.

Regenerate with ``python tests/typing/generate_cases.py``. ``tests/typing/test_typing.py`` checks
that this file is up to date and runs mypy, pyright, pyrefly and ty over it: every ``assert_type``
holds and every statement marked ``# error: <name>`` is an error naming ``<name>``.

36 actions: 525 type assertions on accepted code, 620 rejected lines.
"""

from datetime import datetime
from typing import Literal

import httpx
from pydantic import JsonValue
from typing_extensions import assert_type

from livechat_typed import AgentWeb, AsyncAgentWeb, AsyncPageIterator, PageIterator, WithResponse
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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.list_chats(headers={"X-Trace": "1"})
    assert_type(result, ListChatsResponse)
    result = client.list_chats(timeout=2.5, max_retries=0)
    assert_type(result, ListChatsResponse)
    result = client.list_chats.with_payload(payload={"anything": 1})
    assert_type(result, ListChatsResponse)
    result = client.list_chats.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListChatsResponse)
    answer = client.list_chats.with_response()
    assert_type(answer, WithResponse[ListChatsResponse])
    # the response
    assert_type(result.chats_summary, list[ChatSummary])
    assert_type(result.found_chats, int | None)
    assert_type(result.next_page_id, str | None)
    assert_type(result.previous_page_id, str | None)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.list_chats(filter={"active": True})  # error[keyword]: filter
    client.list_chats.raw(filter={"active": True})  # error[keyword]: filter
    client.list_chats.build(filter={"active": True})  # error[keyword]: filter
    client.list_chats.with_response(filter={"active": True})  # error[keyword]: filter
    client.list_chats({"active": True})  # error
    client.list_chats.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.list_chats(headers="oops")  # error: headers
    client.list_chats(timeout="oops")  # error: timeout
    client.list_chats(max_retries="oops")  # error: max_retries
    client.list_chats(total_timeout="oops")  # error: total_timeout
    client.list_chats(page_id=42)  # error: page_id
    client.list_chats(filters="oops")  # error: filters
    client.list_chats(sort_order="oops")  # error: sort_order
    client.list_chats(limit="oops")  # error: limit
    # pagination: .iterate() yields typed items and exposes the cursor
    pages = client.list_chats.iterate()
    assert_type(pages, PageIterator[ChatSummary])
    for item in pages:
        assert_type(item, ChatSummary)
    assert_type(pages.next_page_id, str | None)
    pages = client.list_chats.iterate(max_items=5)
    assert_type(pages, PageIterator[ChatSummary])
    client.list_chats.iterate(filter={"active": True})  # error[keyword]: filter
    client.list_chats.iterate(max_items="oops")  # error: max_items
    # rejected: max_items anywhere but .iterate() (a call fetches one page)
    client.list_chats(max_items=5)  # error[keyword]: max_items
    client.list_chats.raw(max_items=5)  # error[keyword]: max_items
    client.list_chats.build(max_items=5)  # error[keyword]: max_items
    client.list_chats.with_response(max_items=5)  # error[keyword]: max_items


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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.list_threads(chat_id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, ListThreadsResponse)
    result = client.list_threads(chat_id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, ListThreadsResponse)
    result = client.list_threads.with_payload(payload={"anything": 1})
    assert_type(result, ListThreadsResponse)
    result = client.list_threads.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListThreadsResponse)
    answer = client.list_threads.with_response(chat_id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[ListThreadsResponse])
    # the response
    assert_type(result.threads, list[Thread])
    assert_type(result.found_threads, int | None)
    assert_type(result.next_page_id, str | None)
    assert_type(result.previous_page_id, str | None)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.list_threads(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_threads.raw(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_threads.build(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_threads.with_response(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_threads("PJ0MRSHTDG")  # error
    client.list_threads.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.list_threads(chat_id="PJ0MRSHTDG", headers="oops")  # error: headers
    client.list_threads(chat_id="PJ0MRSHTDG", timeout="oops")  # error: timeout
    client.list_threads(chat_id="PJ0MRSHTDG", max_retries="oops")  # error: max_retries
    client.list_threads(chat_id="PJ0MRSHTDG", total_timeout="oops")  # error: total_timeout
    client.list_threads(chat_id="PJ0MRSHTDG", page_id=42)  # error: page_id
    client.list_threads(chat_id=42)  # error: chat_id
    client.list_threads(chat_id="PJ0MRSHTDG", sort_order="oops")  # error: sort_order
    client.list_threads(chat_id="PJ0MRSHTDG", limit="oops")  # error: limit
    client.list_threads(chat_id="PJ0MRSHTDG", min_events_count="oops")  # error: min_events_count
    client.list_threads(chat_id="PJ0MRSHTDG", filters="oops")  # error: filters
    # rejected: a required field left out
    client.list_threads()  # error: chat_id
    # pagination: .iterate() yields typed items and exposes the cursor
    pages = client.list_threads.iterate(chat_id="PJ0MRSHTDG")
    assert_type(pages, PageIterator[Thread])
    for item in pages:
        assert_type(item, Thread)
    assert_type(pages.next_page_id, str | None)
    pages = client.list_threads.iterate(chat_id="PJ0MRSHTDG", max_items=5)
    assert_type(pages, PageIterator[Thread])
    client.list_threads.iterate(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_threads.iterate(chat_id="PJ0MRSHTDG", max_items="oops")  # error: max_items
    # rejected: max_items anywhere but .iterate() (a call fetches one page)
    client.list_threads(chat_id="PJ0MRSHTDG", max_items=5)  # error[keyword]: max_items
    client.list_threads.raw(chat_id="PJ0MRSHTDG", max_items=5)  # error[keyword]: max_items
    client.list_threads.build(chat_id="PJ0MRSHTDG", max_items=5)  # error[keyword]: max_items
    client.list_threads.with_response(
        chat_id="PJ0MRSHTDG", max_items=5
    )  # error[keyword]: max_items


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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.get_chat(chat_id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, GetChatResponse)
    result = client.get_chat(chat_id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, GetChatResponse)
    result = client.get_chat.with_payload(payload={"anything": 1})
    assert_type(result, GetChatResponse)
    result = client.get_chat.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, GetChatResponse)
    answer = client.get_chat.with_response(chat_id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[GetChatResponse])
    # the response
    assert_type(result.id, str)
    assert_type(result.thread, Thread | None)
    assert_type(result.users, list[Agent | Customer | UnknownUser])
    assert_type(result.properties, dict[str, dict[str, JsonValue]] | None)
    assert_type(result.access, Access | None)
    assert_type(result.is_followed, bool | None)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.get_chat(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.get_chat.raw(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.get_chat.build(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.get_chat.with_response(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.get_chat("PJ0MRSHTDG")  # error
    client.get_chat.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.get_chat(chat_id="PJ0MRSHTDG", headers="oops")  # error: headers
    client.get_chat(chat_id="PJ0MRSHTDG", timeout="oops")  # error: timeout
    client.get_chat(chat_id="PJ0MRSHTDG", max_retries="oops")  # error: max_retries
    client.get_chat(chat_id="PJ0MRSHTDG", total_timeout="oops")  # error: total_timeout
    client.get_chat(chat_id=42)  # error: chat_id
    client.get_chat(chat_id="PJ0MRSHTDG", thread_id=42)  # error: thread_id
    # rejected: a required field left out
    client.get_chat()  # error: chat_id


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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.list_archives(headers={"X-Trace": "1"})
    assert_type(result, ListArchivesResponse)
    result = client.list_archives(timeout=2.5, max_retries=0)
    assert_type(result, ListArchivesResponse)
    result = client.list_archives.with_payload(payload={"anything": 1})
    assert_type(result, ListArchivesResponse)
    result = client.list_archives.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListArchivesResponse)
    answer = client.list_archives.with_response()
    assert_type(answer, WithResponse[ListArchivesResponse])
    # the response
    assert_type(result.chats, list[Chat])
    assert_type(result.found_chats, int | None)
    assert_type(result.next_page_id, str | None)
    assert_type(result.previous_page_id, str | None)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.list_archives(filter={"query": "refund"})  # error[keyword]: filter
    client.list_archives.raw(filter={"query": "refund"})  # error[keyword]: filter
    client.list_archives.build(filter={"query": "refund"})  # error[keyword]: filter
    client.list_archives.with_response(filter={"query": "refund"})  # error[keyword]: filter
    client.list_archives({"query": "refund"})  # error
    client.list_archives.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.list_archives(headers="oops")  # error: headers
    client.list_archives(timeout="oops")  # error: timeout
    client.list_archives(max_retries="oops")  # error: max_retries
    client.list_archives(total_timeout="oops")  # error: total_timeout
    client.list_archives(page_id=42)  # error: page_id
    client.list_archives(filters="oops")  # error: filters
    client.list_archives(sort_order="oops")  # error: sort_order
    client.list_archives(limit="oops")  # error: limit
    client.list_archives(highlights="oops")  # error: highlights
    # pagination: .iterate() yields typed items and exposes the cursor
    pages = client.list_archives.iterate()
    assert_type(pages, PageIterator[Chat])
    for item in pages:
        assert_type(item, Chat)
    assert_type(pages.next_page_id, str | None)
    pages = client.list_archives.iterate(max_items=5)
    assert_type(pages, PageIterator[Chat])
    client.list_archives.iterate(filter={"query": "refund"})  # error[keyword]: filter
    client.list_archives.iterate(max_items="oops")  # error: max_items
    # rejected: max_items anywhere but .iterate() (a call fetches one page)
    client.list_archives(max_items=5)  # error[keyword]: max_items
    client.list_archives.raw(max_items=5)  # error[keyword]: max_items
    client.list_archives.build(max_items=5)  # error[keyword]: max_items
    client.list_archives.with_response(max_items=5)  # error[keyword]: max_items


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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.start_chat(headers={"X-Trace": "1"})
    assert_type(result, StartChatResponse)
    result = client.start_chat(timeout=2.5, max_retries=0)
    assert_type(result, StartChatResponse)
    result = client.start_chat.with_payload(payload={"anything": 1})
    assert_type(result, StartChatResponse)
    result = client.start_chat.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, StartChatResponse)
    answer = client.start_chat.with_response()
    assert_type(answer, WithResponse[StartChatResponse])
    # the response
    assert_type(result.chat_id, str)
    assert_type(result.thread_id, str)
    assert_type(result.event_ids, list[str] | None)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.start_chat(
        cha={"thread": {"events": [{"type": "message", "text": "hi"}]}}
    )  # error[keyword]: cha
    client.start_chat.raw(
        cha={"thread": {"events": [{"type": "message", "text": "hi"}]}}
    )  # error[keyword]: cha
    client.start_chat.build(
        cha={"thread": {"events": [{"type": "message", "text": "hi"}]}}
    )  # error[keyword]: cha
    client.start_chat.with_response(
        cha={"thread": {"events": [{"type": "message", "text": "hi"}]}}
    )  # error[keyword]: cha
    client.start_chat({"thread": {"events": [{"type": "message", "text": "hi"}]}})  # error
    client.start_chat.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.start_chat(headers="oops")  # error: headers
    client.start_chat(timeout="oops")  # error: timeout
    client.start_chat(max_retries="oops")  # error: max_retries
    client.start_chat(total_timeout="oops")  # error: total_timeout
    client.start_chat(chat="oops")  # error: chat
    client.start_chat(active="oops")  # error: active
    client.start_chat(continuous="oops")  # error: continuous


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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.resume_chat(chat={"id": "PJ0MRSHTDG"}, headers={"X-Trace": "1"})
    assert_type(result, ResumeChatResponse)
    result = client.resume_chat(chat={"id": "PJ0MRSHTDG"}, timeout=2.5, max_retries=0)
    assert_type(result, ResumeChatResponse)
    result = client.resume_chat.with_payload(payload={"anything": 1})
    assert_type(result, ResumeChatResponse)
    result = client.resume_chat.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ResumeChatResponse)
    answer = client.resume_chat.with_response(chat={"id": "PJ0MRSHTDG"})
    assert_type(answer, WithResponse[ResumeChatResponse])
    # the response
    assert_type(result.thread_id, str)
    assert_type(result.event_ids, list[str] | None)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.resume_chat(cha={"id": "PJ0MRSHTDG"})  # error[keyword]: cha
    client.resume_chat.raw(cha={"id": "PJ0MRSHTDG"})  # error[keyword]: cha
    client.resume_chat.build(cha={"id": "PJ0MRSHTDG"})  # error[keyword]: cha
    client.resume_chat.with_response(cha={"id": "PJ0MRSHTDG"})  # error[keyword]: cha
    client.resume_chat({"id": "PJ0MRSHTDG"})  # error
    client.resume_chat.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, headers="oops")  # error: headers
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, timeout="oops")  # error: timeout
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, max_retries="oops")  # error: max_retries
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, total_timeout="oops")  # error: total_timeout
    client.resume_chat(chat="oops")  # error: chat
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, active="oops")  # error: active
    client.resume_chat(chat={"id": "PJ0MRSHTDG"}, continuous="oops")  # error: continuous
    # rejected: a required field left out
    client.resume_chat()  # error: chat
    # rejected: nested dicts checked like their model (key, value type, tag)
    client.resume_chat(chat={"i": "PJ0MRSHTDG"})  # error: chat
    client.resume_chat(chat={"id": 42})  # error: chat


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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.deactivate_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, DeactivateChatResponse)
    result = client.deactivate_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, DeactivateChatResponse)
    result = client.deactivate_chat.with_payload(payload={"anything": 1})
    assert_type(result, DeactivateChatResponse)
    result = client.deactivate_chat.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, DeactivateChatResponse)
    answer = client.deactivate_chat.with_response(id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[DeactivateChatResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.deactivate_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.deactivate_chat.raw(i="PJ0MRSHTDG")  # error[keyword]: i
    client.deactivate_chat.build(i="PJ0MRSHTDG")  # error[keyword]: i
    client.deactivate_chat.with_response(i="PJ0MRSHTDG")  # error[keyword]: i
    client.deactivate_chat("PJ0MRSHTDG")  # error
    client.deactivate_chat.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.deactivate_chat(id="PJ0MRSHTDG", headers="oops")  # error: headers
    client.deactivate_chat(id="PJ0MRSHTDG", timeout="oops")  # error: timeout
    client.deactivate_chat(id="PJ0MRSHTDG", max_retries="oops")  # error: max_retries
    client.deactivate_chat(id="PJ0MRSHTDG", total_timeout="oops")  # error: total_timeout
    client.deactivate_chat(id=42)  # error: id
    client.deactivate_chat(
        id="PJ0MRSHTDG", ignore_requester_presence="oops"
    )  # error: ignore_requester_presence
    # rejected: a required field left out
    client.deactivate_chat()  # error: id


def check_follow_chat(client: AgentWeb) -> None:
    """ChatsActions: FollowChatRequest -> FollowChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.follow_chat(id="PJ0MRSHTDG")
    assert_type(result, FollowChatResponse)
    raw = client.follow_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.follow_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.follow_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, FollowChatResponse)
    result = client.follow_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, FollowChatResponse)
    result = client.follow_chat.with_payload(payload={"anything": 1})
    assert_type(result, FollowChatResponse)
    result = client.follow_chat.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, FollowChatResponse)
    answer = client.follow_chat.with_response(id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[FollowChatResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.follow_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.follow_chat.raw(i="PJ0MRSHTDG")  # error[keyword]: i
    client.follow_chat.build(i="PJ0MRSHTDG")  # error[keyword]: i
    client.follow_chat.with_response(i="PJ0MRSHTDG")  # error[keyword]: i
    client.follow_chat("PJ0MRSHTDG")  # error
    client.follow_chat.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.follow_chat(id="PJ0MRSHTDG", headers="oops")  # error: headers
    client.follow_chat(id="PJ0MRSHTDG", timeout="oops")  # error: timeout
    client.follow_chat(id="PJ0MRSHTDG", max_retries="oops")  # error: max_retries
    client.follow_chat(id="PJ0MRSHTDG", total_timeout="oops")  # error: total_timeout
    client.follow_chat(id=42)  # error: id
    # rejected: a required field left out
    client.follow_chat()  # error: id


def check_unfollow_chat(client: AgentWeb) -> None:
    """ChatsActions: UnfollowChatRequest -> UnfollowChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.unfollow_chat(id="PJ0MRSHTDG")
    assert_type(result, UnfollowChatResponse)
    raw = client.unfollow_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.unfollow_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.unfollow_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, UnfollowChatResponse)
    result = client.unfollow_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, UnfollowChatResponse)
    result = client.unfollow_chat.with_payload(payload={"anything": 1})
    assert_type(result, UnfollowChatResponse)
    result = client.unfollow_chat.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UnfollowChatResponse)
    answer = client.unfollow_chat.with_response(id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[UnfollowChatResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.unfollow_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.unfollow_chat.raw(i="PJ0MRSHTDG")  # error[keyword]: i
    client.unfollow_chat.build(i="PJ0MRSHTDG")  # error[keyword]: i
    client.unfollow_chat.with_response(i="PJ0MRSHTDG")  # error[keyword]: i
    client.unfollow_chat("PJ0MRSHTDG")  # error
    client.unfollow_chat.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.unfollow_chat(id="PJ0MRSHTDG", headers="oops")  # error: headers
    client.unfollow_chat(id="PJ0MRSHTDG", timeout="oops")  # error: timeout
    client.unfollow_chat(id="PJ0MRSHTDG", max_retries="oops")  # error: max_retries
    client.unfollow_chat(id="PJ0MRSHTDG", total_timeout="oops")  # error: total_timeout
    client.unfollow_chat(id=42)  # error: id
    # rejected: a required field left out
    client.unfollow_chat()  # error: id


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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.transfer_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, TransferChatResponse)
    result = client.transfer_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, TransferChatResponse)
    result = client.transfer_chat.with_payload(payload={"anything": 1})
    assert_type(result, TransferChatResponse)
    result = client.transfer_chat.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, TransferChatResponse)
    answer = client.transfer_chat.with_response(id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[TransferChatResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.transfer_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.transfer_chat.raw(i="PJ0MRSHTDG")  # error[keyword]: i
    client.transfer_chat.build(i="PJ0MRSHTDG")  # error[keyword]: i
    client.transfer_chat.with_response(i="PJ0MRSHTDG")  # error[keyword]: i
    client.transfer_chat("PJ0MRSHTDG")  # error
    client.transfer_chat.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.transfer_chat(id="PJ0MRSHTDG", headers="oops")  # error: headers
    client.transfer_chat(id="PJ0MRSHTDG", timeout="oops")  # error: timeout
    client.transfer_chat(id="PJ0MRSHTDG", max_retries="oops")  # error: max_retries
    client.transfer_chat(id="PJ0MRSHTDG", total_timeout="oops")  # error: total_timeout
    client.transfer_chat(id=42)  # error: id
    client.transfer_chat(id="PJ0MRSHTDG", target="oops")  # error: target
    client.transfer_chat(
        id="PJ0MRSHTDG", ignore_agents_availability="oops"
    )  # error: ignore_agents_availability
    client.transfer_chat(
        id="PJ0MRSHTDG", ignore_requester_presence="oops"
    )  # error: ignore_requester_presence
    # rejected: a required field left out
    client.transfer_chat()  # error: id


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.add_user_to_chat.with_payload(payload={"anything": 1})
    assert_type(result, AddUserToChatResponse)
    result = client.add_user_to_chat.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, AddUserToChatResponse)
    answer = client.add_user_to_chat.with_response(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    assert_type(answer, WithResponse[AddUserToChatResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.add_user_to_chat(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.add_user_to_chat.raw(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.add_user_to_chat.build(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.add_user_to_chat.with_response(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.add_user_to_chat("PJ0MRSHTDG")  # error
    client.add_user_to_chat.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.add_user_to_chat(  # error: headers
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        headers="oops",
    )
    client.add_user_to_chat(  # error: timeout
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        timeout="oops",
    )
    client.add_user_to_chat(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        max_retries="oops",
    )
    client.add_user_to_chat(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        total_timeout="oops",
    )
    client.add_user_to_chat(  # error: chat_id
        chat_id=42,
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.add_user_to_chat(
        chat_id="PJ0MRSHTDG", user_id=42, user_type="agent", visibility="all"
    )  # error: user_id
    client.add_user_to_chat(  # error: user_type
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="oops",
        visibility="all",
    )
    client.add_user_to_chat(  # error: visibility
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="oops",
    )
    client.add_user_to_chat(  # error: ignore_requester_presence
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
        ignore_requester_presence="oops",
    )
    # rejected: a required field left out
    client.add_user_to_chat(
        user_id="smith@example.com", user_type="agent", visibility="all"
    )  # error: chat_id
    client.add_user_to_chat(
        chat_id="PJ0MRSHTDG", user_type="agent", visibility="all"
    )  # error: user_id
    client.add_user_to_chat(
        chat_id="PJ0MRSHTDG", user_id="smith@example.com", visibility="all"
    )  # error: user_type
    client.add_user_to_chat(
        chat_id="PJ0MRSHTDG", user_id="smith@example.com", user_type="agent"
    )  # error: visibility


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.remove_user_from_chat.with_payload(payload={"anything": 1})
    assert_type(result, RemoveUserFromChatResponse)
    result = client.remove_user_from_chat.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, RemoveUserFromChatResponse)
    answer = client.remove_user_from_chat.with_response(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    assert_type(answer, WithResponse[RemoveUserFromChatResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.remove_user_from_chat(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    client.remove_user_from_chat.raw(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    client.remove_user_from_chat.build(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    client.remove_user_from_chat.with_response(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    client.remove_user_from_chat("PJ0MRSHTDG")  # error
    client.remove_user_from_chat.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.remove_user_from_chat(  # error: headers
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        headers="oops",
    )
    client.remove_user_from_chat(  # error: timeout
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        timeout="oops",
    )
    client.remove_user_from_chat(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        max_retries="oops",
    )
    client.remove_user_from_chat(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        total_timeout="oops",
    )
    client.remove_user_from_chat(
        chat_id=42, user_id="smith@example.com", user_type="agent"
    )  # error: chat_id
    client.remove_user_from_chat(
        chat_id="PJ0MRSHTDG", user_id=42, user_type="agent"
    )  # error: user_id
    client.remove_user_from_chat(  # error: user_type
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="oops",
    )
    client.remove_user_from_chat(  # error: ignore_requester_presence
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        ignore_requester_presence="oops",
    )
    # rejected: a required field left out
    client.remove_user_from_chat(user_id="smith@example.com", user_type="agent")  # error: chat_id
    client.remove_user_from_chat(chat_id="PJ0MRSHTDG", user_type="agent")  # error: user_id
    client.remove_user_from_chat(
        chat_id="PJ0MRSHTDG", user_id="smith@example.com"
    )  # error: user_type


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.send_event.with_payload(payload={"anything": 1})
    assert_type(result, SendEventResponse)
    result = client.send_event.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SendEventResponse)
    answer = client.send_event.with_response(
        chat_id="PJ0MRSHTDG",
        event={"type": "message", "text": "hi"},
    )
    assert_type(answer, WithResponse[SendEventResponse])
    # the response
    assert_type(result.event_id, str)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.send_event(
        chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"}
    )  # error[keyword]: chat_i
    client.send_event.raw(
        chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"}
    )  # error[keyword]: chat_i
    client.send_event.build(
        chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"}
    )  # error[keyword]: chat_i
    client.send_event.with_response(
        chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"}
    )  # error[keyword]: chat_i
    client.send_event("PJ0MRSHTDG")  # error
    client.send_event.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.send_event(
        chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"}, headers="oops"
    )  # error: headers
    client.send_event(
        chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"}, timeout="oops"
    )  # error: timeout
    client.send_event(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        event={"type": "message", "text": "hi"},
        max_retries="oops",
    )
    client.send_event(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        event={"type": "message", "text": "hi"},
        total_timeout="oops",
    )
    client.send_event(chat_id=42, event={"type": "message", "text": "hi"})  # error: chat_id
    client.send_event(chat_id="PJ0MRSHTDG", event="oops")  # error: event
    client.send_event(  # error: attach_to_last_thread
        chat_id="PJ0MRSHTDG",
        event={"type": "message", "text": "hi"},
        attach_to_last_thread="oops",
    )
    # rejected: a required field left out
    client.send_event(event={"type": "message", "text": "hi"})  # error: chat_id
    client.send_event(chat_id="PJ0MRSHTDG")  # error: event
    # rejected: nested dicts checked like their model (key, value type, tag)
    client.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "tex": "hi"})  # error: event
    client.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "text": 42})  # error: event
    client.send_event(
        chat_id="PJ0MRSHTDG", event={"type": "messagex", "text": "hi"}
    )  # error: event


def check_upload_file(client: AgentWeb) -> None:
    """EventsActions: UploadFileRequest -> UploadFileResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.upload_file(file=b"%PDF-1.4 example")
    assert_type(result, UploadFileResponse)
    raw = client.upload_file.raw(file=b"%PDF-1.4 example")
    assert_type(raw, httpx.Response)
    request = client.upload_file.build(file=b"%PDF-1.4 example")
    assert_type(request, httpx.Request)
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.upload_file(file=b"%PDF-1.4 example", headers={"X-Trace": "1"})
    assert_type(result, UploadFileResponse)
    result = client.upload_file(file=b"%PDF-1.4 example", timeout=2.5, max_retries=0)
    assert_type(result, UploadFileResponse)
    result = client.upload_file.with_payload(payload={"anything": 1})
    assert_type(result, UploadFileResponse)
    result = client.upload_file.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UploadFileResponse)
    answer = client.upload_file.with_response(file=b"%PDF-1.4 example")
    assert_type(answer, WithResponse[UploadFileResponse])
    # the response
    assert_type(result.url, str)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.upload_file(fil=b"%PDF-1.4 example")  # error[keyword]: fil
    client.upload_file.raw(fil=b"%PDF-1.4 example")  # error[keyword]: fil
    client.upload_file.build(fil=b"%PDF-1.4 example")  # error[keyword]: fil
    client.upload_file.with_response(fil=b"%PDF-1.4 example")  # error[keyword]: fil
    client.upload_file(b"%PDF-1.4 example")  # error
    client.upload_file.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.upload_file(file=b"%PDF-1.4 example", headers="oops")  # error: headers
    client.upload_file(file=b"%PDF-1.4 example", timeout="oops")  # error: timeout
    client.upload_file(file=b"%PDF-1.4 example", max_retries="oops")  # error: max_retries
    client.upload_file(file=b"%PDF-1.4 example", total_timeout="oops")  # error: total_timeout
    client.upload_file(file=42)  # error: file
    # rejected: a required field left out
    client.upload_file()  # error: file


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.send_rich_message_postback.with_payload(payload={"anything": 1})
    assert_type(result, SendRichMessagePostbackResponse)
    result = client.send_rich_message_postback.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendRichMessagePostbackResponse)
    answer = client.send_rich_message_postback.with_response(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    assert_type(answer, WithResponse[SendRichMessagePostbackResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.send_rich_message_postback(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback.raw(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback.build(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback.with_response(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback("PJ0MRSHTDG")  # error
    client.send_rich_message_postback.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.send_rich_message_postback(  # error: headers
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
        headers="oops",
    )
    client.send_rich_message_postback(  # error: timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
        timeout="oops",
    )
    client.send_rich_message_postback(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
        max_retries="oops",
    )
    client.send_rich_message_postback(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
        total_timeout="oops",
    )
    client.send_rich_message_postback(  # error: chat_id
        chat_id=42,
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # error: thread_id
        chat_id="PJ0MRSHTDG",
        thread_id=42,
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # error: event_id
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id=42,
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # error: postback
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback="oops",
    )
    # rejected: a required field left out
    client.send_rich_message_postback(  # error: chat_id
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # error: thread_id
        chat_id="PJ0MRSHTDG",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # error: event_id
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # error: postback
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
    )
    # rejected: nested dicts checked like their model (key, value type, tag)
    client.send_rich_message_postback(  # error: postback
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"i": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback(  # error: postback
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": 42, "toggled": True},
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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.update_chat_properties.with_payload(payload={"anything": 1})
    assert_type(result, UpdateChatPropertiesResponse)
    result = client.update_chat_properties.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateChatPropertiesResponse)
    answer = client.update_chat_properties.with_response(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(answer, WithResponse[UpdateChatPropertiesResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.update_chat_properties(  # error[keyword]: i
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_chat_properties.raw(  # error[keyword]: i
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_chat_properties.build(  # error[keyword]: i
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_chat_properties.with_response(  # error[keyword]: i
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_chat_properties("PJ0MRSHTDG")  # error
    client.update_chat_properties.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.update_chat_properties(  # error: headers
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
        headers="oops",
    )
    client.update_chat_properties(  # error: timeout
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
        timeout="oops",
    )
    client.update_chat_properties(  # error: max_retries
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
        max_retries="oops",
    )
    client.update_chat_properties(  # error: total_timeout
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
        total_timeout="oops",
    )
    client.update_chat_properties(
        id=42, properties={"routing": {"pinned": {"key": "value"}}}
    )  # error: id
    client.update_chat_properties(id="PJ0MRSHTDG", properties="oops")  # error: properties
    # rejected: a required field left out
    client.update_chat_properties(properties={"routing": {"pinned": {"key": "value"}}})  # error: id
    client.update_chat_properties(id="PJ0MRSHTDG")  # error: properties


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.delete_chat_properties.with_payload(payload={"anything": 1})
    assert_type(result, DeleteChatPropertiesResponse)
    result = client.delete_chat_properties.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteChatPropertiesResponse)
    answer = client.delete_chat_properties.with_response(
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
    )
    assert_type(answer, WithResponse[DeleteChatPropertiesResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.delete_chat_properties(
        i="PJ0MRSHTDG", properties={"routing": ["pinned"]}
    )  # error[keyword]: i
    client.delete_chat_properties.raw(
        i="PJ0MRSHTDG", properties={"routing": ["pinned"]}
    )  # error[keyword]: i
    client.delete_chat_properties.build(
        i="PJ0MRSHTDG", properties={"routing": ["pinned"]}
    )  # error[keyword]: i
    client.delete_chat_properties.with_response(
        i="PJ0MRSHTDG", properties={"routing": ["pinned"]}
    )  # error[keyword]: i
    client.delete_chat_properties("PJ0MRSHTDG")  # error
    client.delete_chat_properties.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.delete_chat_properties(  # error: headers
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
        headers="oops",
    )
    client.delete_chat_properties(  # error: timeout
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
        timeout="oops",
    )
    client.delete_chat_properties(  # error: max_retries
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
        max_retries="oops",
    )
    client.delete_chat_properties(  # error: total_timeout
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
        total_timeout="oops",
    )
    client.delete_chat_properties(id=42, properties={"routing": ["pinned"]})  # error: id
    client.delete_chat_properties(id="PJ0MRSHTDG", properties="oops")  # error: properties
    # rejected: a required field left out
    client.delete_chat_properties(properties={"routing": ["pinned"]})  # error: id
    client.delete_chat_properties(id="PJ0MRSHTDG")  # error: properties


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.update_thread_properties.with_payload(payload={"anything": 1})
    assert_type(result, UpdateThreadPropertiesResponse)
    result = client.update_thread_properties.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateThreadPropertiesResponse)
    answer = client.update_thread_properties.with_response(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(answer, WithResponse[UpdateThreadPropertiesResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.update_thread_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties.raw(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties.build(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties.with_response(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties("PJ0MRSHTDG")  # error
    client.update_thread_properties.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.update_thread_properties(  # error: headers
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
        headers="oops",
    )
    client.update_thread_properties(  # error: timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
        timeout="oops",
    )
    client.update_thread_properties(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
        max_retries="oops",
    )
    client.update_thread_properties(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
        total_timeout="oops",
    )
    client.update_thread_properties(  # error: chat_id
        chat_id=42,
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties(  # error: thread_id
        chat_id="PJ0MRSHTDG",
        thread_id=42,
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties(
        chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", properties="oops"
    )  # error: properties
    # rejected: a required field left out
    client.update_thread_properties(  # error: chat_id
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties(  # error: thread_id
        chat_id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties(
        chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV"
    )  # error: properties


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.delete_thread_properties.with_payload(payload={"anything": 1})
    assert_type(result, DeleteThreadPropertiesResponse)
    result = client.delete_thread_properties.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteThreadPropertiesResponse)
    answer = client.delete_thread_properties.with_response(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    assert_type(answer, WithResponse[DeleteThreadPropertiesResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.delete_thread_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties.raw(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties.build(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties.with_response(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties("PJ0MRSHTDG")  # error
    client.delete_thread_properties.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.delete_thread_properties(  # error: headers
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
        headers="oops",
    )
    client.delete_thread_properties(  # error: timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
        timeout="oops",
    )
    client.delete_thread_properties(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
        max_retries="oops",
    )
    client.delete_thread_properties(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
        total_timeout="oops",
    )
    client.delete_thread_properties(  # error: chat_id
        chat_id=42,
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties(  # error: thread_id
        chat_id="PJ0MRSHTDG",
        thread_id=42,
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties(
        chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", properties="oops"
    )  # error: properties
    # rejected: a required field left out
    client.delete_thread_properties(
        thread_id="QBT14H4YPV", properties={"routing": ["pinned"]}
    )  # error: chat_id
    client.delete_thread_properties(
        chat_id="PJ0MRSHTDG", properties={"routing": ["pinned"]}
    )  # error: thread_id
    client.delete_thread_properties(
        chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV"
    )  # error: properties


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.update_event_properties.with_payload(payload={"anything": 1})
    assert_type(result, UpdateEventPropertiesResponse)
    result = client.update_event_properties.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateEventPropertiesResponse)
    answer = client.update_event_properties.with_response(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(answer, WithResponse[UpdateEventPropertiesResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.update_event_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties.raw(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties.build(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties.with_response(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties("PJ0MRSHTDG")  # error
    client.update_event_properties.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.update_event_properties(  # error: headers
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
        headers="oops",
    )
    client.update_event_properties(  # error: timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
        timeout="oops",
    )
    client.update_event_properties(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
        max_retries="oops",
    )
    client.update_event_properties(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
        total_timeout="oops",
    )
    client.update_event_properties(  # error: chat_id
        chat_id=42,
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # error: thread_id
        chat_id="PJ0MRSHTDG",
        thread_id=42,
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # error: event_id
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id=42,
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # error: properties
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties="oops",
    )
    # rejected: a required field left out
    client.update_event_properties(  # error: chat_id
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # error: thread_id
        chat_id="PJ0MRSHTDG",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # error: event_id
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties(  # error: properties
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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.delete_event_properties.with_payload(payload={"anything": 1})
    assert_type(result, DeleteEventPropertiesResponse)
    result = client.delete_event_properties.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteEventPropertiesResponse)
    answer = client.delete_event_properties.with_response(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(answer, WithResponse[DeleteEventPropertiesResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.delete_event_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties.raw(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties.build(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties.with_response(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties("PJ0MRSHTDG")  # error
    client.delete_event_properties.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.delete_event_properties(  # error: headers
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
        headers="oops",
    )
    client.delete_event_properties(  # error: timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
        timeout="oops",
    )
    client.delete_event_properties(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
        max_retries="oops",
    )
    client.delete_event_properties(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
        total_timeout="oops",
    )
    client.delete_event_properties(  # error: chat_id
        chat_id=42,
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # error: thread_id
        chat_id="PJ0MRSHTDG",
        thread_id=42,
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # error: event_id
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id=42,
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # error: properties
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties="oops",
    )
    # rejected: a required field left out
    client.delete_event_properties(  # error: chat_id
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # error: thread_id
        chat_id="PJ0MRSHTDG",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # error: event_id
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties(  # error: properties
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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.tag_thread.with_payload(payload={"anything": 1})
    assert_type(result, TagThreadResponse)
    result = client.tag_thread.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, TagThreadResponse)
    answer = client.tag_thread.with_response(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
    )
    assert_type(answer, WithResponse[TagThreadResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.tag_thread(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.tag_thread.raw(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.tag_thread.build(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.tag_thread.with_response(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.tag_thread("PJ0MRSHTDG")  # error
    client.tag_thread.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.tag_thread(
        chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint", headers="oops"
    )  # error: headers
    client.tag_thread(
        chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint", timeout="oops"
    )  # error: timeout
    client.tag_thread(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        max_retries="oops",
    )
    client.tag_thread(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        total_timeout="oops",
    )
    client.tag_thread(chat_id=42, thread_id="QBT14H4YPV", tag="complaint")  # error: chat_id
    client.tag_thread(chat_id="PJ0MRSHTDG", thread_id=42, tag="complaint")  # error: thread_id
    client.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag=42)  # error: tag
    # rejected: a required field left out
    client.tag_thread(thread_id="QBT14H4YPV", tag="complaint")  # error: chat_id
    client.tag_thread(chat_id="PJ0MRSHTDG", tag="complaint")  # error: thread_id
    client.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV")  # error: tag


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.untag_thread.with_payload(payload={"anything": 1})
    assert_type(result, UntagThreadResponse)
    result = client.untag_thread.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UntagThreadResponse)
    answer = client.untag_thread.with_response(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
    )
    assert_type(answer, WithResponse[UntagThreadResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.untag_thread(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.untag_thread.raw(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.untag_thread.build(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.untag_thread.with_response(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.untag_thread("PJ0MRSHTDG")  # error
    client.untag_thread.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.untag_thread(  # error: headers
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        headers="oops",
    )
    client.untag_thread(  # error: timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        timeout="oops",
    )
    client.untag_thread(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        max_retries="oops",
    )
    client.untag_thread(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
        total_timeout="oops",
    )
    client.untag_thread(chat_id=42, thread_id="QBT14H4YPV", tag="complaint")  # error: chat_id
    client.untag_thread(chat_id="PJ0MRSHTDG", thread_id=42, tag="complaint")  # error: thread_id
    client.untag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag=42)  # error: tag
    # rejected: a required field left out
    client.untag_thread(thread_id="QBT14H4YPV", tag="complaint")  # error: chat_id
    client.untag_thread(chat_id="PJ0MRSHTDG", tag="complaint")  # error: thread_id
    client.untag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV")  # error: tag


def check_get_customer(client: AgentWeb) -> None:
    """CustomersActions: GetCustomerRequest -> GetCustomerResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, GetCustomerResponse)
    raw = client.get_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    request = client.get_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.get_customer.with_payload(payload={"anything": 1})
    assert_type(result, GetCustomerResponse)
    result = client.get_customer.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, GetCustomerResponse)
    answer = client.get_customer.with_response(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(answer, WithResponse[GetCustomerResponse])
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
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.get_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.get_customer.raw(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.get_customer.build(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.get_customer.with_response(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.get_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # error
    client.get_customer.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", headers="oops")  # error: headers
    client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", timeout="oops")  # error: timeout
    client.get_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", max_retries="oops"
    )  # error: max_retries
    client.get_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", total_timeout="oops"
    )  # error: total_timeout
    client.get_customer(id=42)  # error: id
    # rejected: a required field left out
    client.get_customer()  # error: id


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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.create_customer(headers={"X-Trace": "1"})
    assert_type(result, CreateCustomerResponse)
    result = client.create_customer(timeout=2.5, max_retries=0)
    assert_type(result, CreateCustomerResponse)
    result = client.create_customer.with_payload(payload={"anything": 1})
    assert_type(result, CreateCustomerResponse)
    result = client.create_customer.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, CreateCustomerResponse)
    answer = client.create_customer.with_response()
    assert_type(answer, WithResponse[CreateCustomerResponse])
    # the response
    assert_type(result.customer_id, str)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.create_customer(nam="Jane Doe")  # error[keyword]: nam
    client.create_customer.raw(nam="Jane Doe")  # error[keyword]: nam
    client.create_customer.build(nam="Jane Doe")  # error[keyword]: nam
    client.create_customer.with_response(nam="Jane Doe")  # error[keyword]: nam
    client.create_customer("Jane Doe")  # error
    client.create_customer.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.create_customer(headers="oops")  # error: headers
    client.create_customer(timeout="oops")  # error: timeout
    client.create_customer(max_retries="oops")  # error: max_retries
    client.create_customer(total_timeout="oops")  # error: total_timeout
    client.create_customer(name=42)  # error: name
    client.create_customer(email=42)  # error: email
    client.create_customer(avatar=42)  # error: avatar
    client.create_customer(session_fields=42)  # error: session_fields


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.update_customer.with_payload(payload={"anything": 1})
    assert_type(result, UpdateCustomerResponse)
    result = client.update_customer.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UpdateCustomerResponse)
    answer = client.update_customer.with_response(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
    )
    assert_type(answer, WithResponse[UpdateCustomerResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.update_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe"
    )  # error[keyword]: i
    client.update_customer.raw(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe"
    )  # error[keyword]: i
    client.update_customer.build(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe"
    )  # error[keyword]: i
    client.update_customer.with_response(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe"
    )  # error[keyword]: i
    client.update_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # error
    client.update_customer.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.update_customer(  # error: headers
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        headers="oops",
    )
    client.update_customer(  # error: timeout
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        timeout="oops",
    )
    client.update_customer(  # error: max_retries
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        max_retries="oops",
    )
    client.update_customer(  # error: total_timeout
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        total_timeout="oops",
    )
    client.update_customer(id=42, name="Jane Doe")  # error: id
    client.update_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", name=42)  # error: name
    client.update_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe", email=42
    )  # error: email
    client.update_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe", avatar=42
    )  # error: avatar
    client.update_customer(  # error: session_fields
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
        session_fields=42,
    )
    # rejected: a required field left out
    client.update_customer(name="Jane Doe")  # error: id


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.ban_customer.with_payload(payload={"anything": 1})
    assert_type(result, BanCustomerResponse)
    result = client.ban_customer.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, BanCustomerResponse)
    answer = client.ban_customer.with_response(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        ban={"days": 1},
    )
    assert_type(answer, WithResponse[BanCustomerResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.ban_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}
    )  # error[keyword]: i
    client.ban_customer.raw(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}
    )  # error[keyword]: i
    client.ban_customer.build(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}
    )  # error[keyword]: i
    client.ban_customer.with_response(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}
    )  # error[keyword]: i
    client.ban_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # error
    client.ban_customer.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.ban_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}, headers="oops"
    )  # error: headers
    client.ban_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}, timeout="oops"
    )  # error: timeout
    client.ban_customer(  # error: max_retries
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        ban={"days": 1},
        max_retries="oops",
    )
    client.ban_customer(  # error: total_timeout
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        ban={"days": 1},
        total_timeout="oops",
    )
    client.ban_customer(id=42, ban={"days": 1})  # error: id
    client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban="oops")  # error: ban
    # rejected: a required field left out
    client.ban_customer(ban={"days": 1})  # error: id
    client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error: ban
    # rejected: nested dicts checked like their model (key, value type, tag)
    client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"day": 1})  # error: ban
    client.ban_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": "oops"}
    )  # error: ban


def check_follow_customer(client: AgentWeb) -> None:
    """CustomersActions: FollowCustomerRequest -> FollowCustomerResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, FollowCustomerResponse)
    raw = client.follow_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    request = client.follow_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.follow_customer.with_payload(payload={"anything": 1})
    assert_type(result, FollowCustomerResponse)
    result = client.follow_customer.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, FollowCustomerResponse)
    answer = client.follow_customer.with_response(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(answer, WithResponse[FollowCustomerResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.follow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.follow_customer.raw(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.follow_customer.build(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.follow_customer.with_response(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c"
    )  # error[keyword]: i
    client.follow_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # error
    client.follow_customer.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.follow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", headers="oops"
    )  # error: headers
    client.follow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", timeout="oops"
    )  # error: timeout
    client.follow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", max_retries="oops"
    )  # error: max_retries
    client.follow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", total_timeout="oops"
    )  # error: total_timeout
    client.follow_customer(id=42)  # error: id
    # rejected: a required field left out
    client.follow_customer()  # error: id


def check_unfollow_customer(client: AgentWeb) -> None:
    """CustomersActions: UnfollowCustomerRequest -> UnfollowCustomerResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, UnfollowCustomerResponse)
    raw = client.unfollow_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    request = client.unfollow_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.unfollow_customer.with_payload(payload={"anything": 1})
    assert_type(result, UnfollowCustomerResponse)
    result = client.unfollow_customer.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UnfollowCustomerResponse)
    answer = client.unfollow_customer.with_response(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(answer, WithResponse[UnfollowCustomerResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.unfollow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.unfollow_customer.raw(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.unfollow_customer.build(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.unfollow_customer.with_response(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c"
    )  # error[keyword]: i
    client.unfollow_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # error
    client.unfollow_customer.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.unfollow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", headers="oops"
    )  # error: headers
    client.unfollow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", timeout="oops"
    )  # error: timeout
    client.unfollow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", max_retries="oops"
    )  # error: max_retries
    client.unfollow_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c", total_timeout="oops"
    )  # error: total_timeout
    client.unfollow_customer(id=42)  # error: id
    # rejected: a required field left out
    client.unfollow_customer()  # error: id


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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.set_routing_status(status="accepting_chats", headers={"X-Trace": "1"})
    assert_type(result, SetRoutingStatusResponse)
    result = client.set_routing_status(status="accepting_chats", timeout=2.5, max_retries=0)
    assert_type(result, SetRoutingStatusResponse)
    result = client.set_routing_status.with_payload(payload={"anything": 1})
    assert_type(result, SetRoutingStatusResponse)
    result = client.set_routing_status.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SetRoutingStatusResponse)
    answer = client.set_routing_status.with_response(status="accepting_chats")
    assert_type(answer, WithResponse[SetRoutingStatusResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.set_routing_status(statu="accepting_chats")  # error[keyword]: statu
    client.set_routing_status.raw(statu="accepting_chats")  # error[keyword]: statu
    client.set_routing_status.build(statu="accepting_chats")  # error[keyword]: statu
    client.set_routing_status.with_response(statu="accepting_chats")  # error[keyword]: statu
    client.set_routing_status("accepting_chats")  # error
    client.set_routing_status.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.set_routing_status(status="accepting_chats", headers="oops")  # error: headers
    client.set_routing_status(status="accepting_chats", timeout="oops")  # error: timeout
    client.set_routing_status(status="accepting_chats", max_retries="oops")  # error: max_retries
    client.set_routing_status(
        status="accepting_chats", total_timeout="oops"
    )  # error: total_timeout
    client.set_routing_status(status="oops")  # error: status
    client.set_routing_status(status="accepting_chats", agent_id=42)  # error: agent_id
    # rejected: a required field left out
    client.set_routing_status()  # error: status


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
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.list_routing_statuses(headers={"X-Trace": "1"})
    assert_type(result, ListRoutingStatusesResponse)
    result = client.list_routing_statuses(timeout=2.5, max_retries=0)
    assert_type(result, ListRoutingStatusesResponse)
    result = client.list_routing_statuses.with_payload(payload={"anything": 1})
    assert_type(result, ListRoutingStatusesResponse)
    result = client.list_routing_statuses.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListRoutingStatusesResponse)
    answer = client.list_routing_statuses.with_response()
    assert_type(answer, WithResponse[ListRoutingStatusesResponse])
    # the response
    assert_type(result.root, list[RoutingStatusEntry])
    assert_type(result[0], RoutingStatusEntry)
    assert_type(len(result), int)
    for item in result:
        assert_type(item, RoutingStatusEntry)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.list_routing_statuses(filter={"group_ids": [1]})  # error[keyword]: filter
    client.list_routing_statuses.raw(filter={"group_ids": [1]})  # error[keyword]: filter
    client.list_routing_statuses.build(filter={"group_ids": [1]})  # error[keyword]: filter
    client.list_routing_statuses.with_response(filter={"group_ids": [1]})  # error[keyword]: filter
    client.list_routing_statuses({"group_ids": [1]})  # error
    client.list_routing_statuses.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.list_routing_statuses(headers="oops")  # error: headers
    client.list_routing_statuses(timeout="oops")  # error: timeout
    client.list_routing_statuses(max_retries="oops")  # error: max_retries
    client.list_routing_statuses(total_timeout="oops")  # error: total_timeout
    client.list_routing_statuses(filters="oops")  # error: filters


def check_logout(client: AgentWeb) -> None:
    """StatusActions: LogoutRequest -> LogoutResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.logout(agent_id="smith@example.com")
    assert_type(result, LogoutResponse)
    raw = client.logout.raw(agent_id="smith@example.com")
    assert_type(raw, httpx.Response)
    request = client.logout.build(agent_id="smith@example.com")
    assert_type(request, httpx.Request)
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.logout(agent_id="smith@example.com", headers={"X-Trace": "1"})
    assert_type(result, LogoutResponse)
    result = client.logout(agent_id="smith@example.com", timeout=2.5, max_retries=0)
    assert_type(result, LogoutResponse)
    result = client.logout.with_payload(payload={"anything": 1})
    assert_type(result, LogoutResponse)
    result = client.logout.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, LogoutResponse)
    answer = client.logout.with_response(agent_id="smith@example.com")
    assert_type(answer, WithResponse[LogoutResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.logout(agent_i="smith@example.com")  # error[keyword]: agent_i
    client.logout.raw(agent_i="smith@example.com")  # error[keyword]: agent_i
    client.logout.build(agent_i="smith@example.com")  # error[keyword]: agent_i
    client.logout.with_response(agent_i="smith@example.com")  # error[keyword]: agent_i
    client.logout("smith@example.com")  # error
    client.logout.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.logout(agent_id="smith@example.com", headers="oops")  # error: headers
    client.logout(agent_id="smith@example.com", timeout="oops")  # error: timeout
    client.logout(agent_id="smith@example.com", max_retries="oops")  # error: max_retries
    client.logout(agent_id="smith@example.com", total_timeout="oops")  # error: total_timeout
    client.logout(agent_id=42)  # error: agent_id
    # rejected: a required field left out
    client.logout()  # error: agent_id


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.mark_events_as_seen.with_payload(payload={"anything": 1})
    assert_type(result, MarkEventsAsSeenResponse)
    result = client.mark_events_as_seen.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, MarkEventsAsSeenResponse)
    answer = client.mark_events_as_seen.with_response(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(answer, WithResponse[MarkEventsAsSeenResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.mark_events_as_seen(
        chat_i="PJ0MRSHTDG", seen_up_to="2024-07-15T09:04:57.881200+00:00"
    )  # error[keyword]: chat_i
    client.mark_events_as_seen.raw(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    client.mark_events_as_seen.build(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    client.mark_events_as_seen.with_response(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    client.mark_events_as_seen("PJ0MRSHTDG")  # error
    client.mark_events_as_seen.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.mark_events_as_seen(  # error: headers
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
        headers="oops",
    )
    client.mark_events_as_seen(  # error: timeout
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
        timeout="oops",
    )
    client.mark_events_as_seen(  # error: max_retries
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
        max_retries="oops",
    )
    client.mark_events_as_seen(  # error: total_timeout
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
        total_timeout="oops",
    )
    client.mark_events_as_seen(
        chat_id=42, seen_up_to="2024-07-15T09:04:57.881200+00:00"
    )  # error: chat_id
    client.mark_events_as_seen(chat_id="PJ0MRSHTDG", seen_up_to=42)  # error: seen_up_to
    # rejected: a required field left out
    client.mark_events_as_seen(seen_up_to="2024-07-15T09:04:57.881200+00:00")  # error: chat_id
    client.mark_events_as_seen(chat_id="PJ0MRSHTDG")  # error: seen_up_to


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.send_typing_indicator.with_payload(payload={"anything": 1})
    assert_type(result, SendTypingIndicatorResponse)
    result = client.send_typing_indicator.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendTypingIndicatorResponse)
    answer = client.send_typing_indicator.with_response(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(answer, WithResponse[SendTypingIndicatorResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.send_typing_indicator(chat_i="PJ0MRSHTDG", is_typing=True)  # error[keyword]: chat_i
    client.send_typing_indicator.raw(chat_i="PJ0MRSHTDG", is_typing=True)  # error[keyword]: chat_i
    client.send_typing_indicator.build(
        chat_i="PJ0MRSHTDG", is_typing=True
    )  # error[keyword]: chat_i
    client.send_typing_indicator.with_response(
        chat_i="PJ0MRSHTDG", is_typing=True
    )  # error[keyword]: chat_i
    client.send_typing_indicator("PJ0MRSHTDG")  # error
    client.send_typing_indicator.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.send_typing_indicator(
        chat_id="PJ0MRSHTDG", is_typing=True, headers="oops"
    )  # error: headers
    client.send_typing_indicator(
        chat_id="PJ0MRSHTDG", is_typing=True, timeout="oops"
    )  # error: timeout
    client.send_typing_indicator(
        chat_id="PJ0MRSHTDG", is_typing=True, max_retries="oops"
    )  # error: max_retries
    client.send_typing_indicator(
        chat_id="PJ0MRSHTDG", is_typing=True, total_timeout="oops"
    )  # error: total_timeout
    client.send_typing_indicator(chat_id=42, is_typing=True)  # error: chat_id
    client.send_typing_indicator(
        chat_id="PJ0MRSHTDG", is_typing=True, visibility="oops"
    )  # error: visibility
    client.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing="oops")  # error: is_typing
    # rejected: a required field left out
    client.send_typing_indicator(is_typing=True)  # error: chat_id
    client.send_typing_indicator(chat_id="PJ0MRSHTDG")  # error: is_typing


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
    # accepted: per-call options; .with_payload() instead of the fields
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
    result = client.multicast.with_payload(payload={"anything": 1})
    assert_type(result, MulticastResponse)
    result = client.multicast.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, MulticastResponse)
    answer = client.multicast.with_response(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    assert_type(answer, WithResponse[MulticastResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.multicast(  # error[keyword]: recipient
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.multicast.raw(  # error[keyword]: recipient
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.multicast.build(  # error[keyword]: recipient
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.multicast.with_response(  # error[keyword]: recipient
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.multicast({"agents": {"all": True}})  # error
    client.multicast.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.multicast(  # error: headers
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        headers="oops",
    )
    client.multicast(  # error: timeout
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        timeout="oops",
    )
    client.multicast(  # error: max_retries
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        max_retries="oops",
    )
    client.multicast(  # error: total_timeout
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        total_timeout="oops",
    )
    client.multicast(
        recipients="oops", content={"text": "The office is closed on Friday"}
    )  # error: recipients
    client.multicast(recipients={"agents": {"all": True}}, content=None)  # error: content
    client.multicast(  # error: type
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
        type=42,
    )
    # rejected: a required field left out
    client.multicast(content={"text": "The office is closed on Friday"})  # error: recipients
    client.multicast(recipients={"agents": {"all": True}})  # error: content
    # rejected: nested dicts checked like their model (key, value type, tag)
    client.multicast(  # error: recipients
        recipients={"agent": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.multicast(  # error: recipients
        recipients={"agents": "oops"},
        content={"text": "The office is closed on Friday"},
    )


def check_list_agents_for_transfer(client: AgentWeb) -> None:
    """OtherActions: ListAgentsForTransferRequest -> ListAgentsForTransferResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.list_agents_for_transfer(chat_id="PJ0MRSHTDG")
    assert_type(result, ListAgentsForTransferResponse)
    raw = client.list_agents_for_transfer.raw(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.list_agents_for_transfer.build(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: per-call options; .with_payload() instead of the fields
    result = client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, ListAgentsForTransferResponse)
    result = client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, ListAgentsForTransferResponse)
    result = client.list_agents_for_transfer.with_payload(payload={"anything": 1})
    assert_type(result, ListAgentsForTransferResponse)
    result = client.list_agents_for_transfer.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListAgentsForTransferResponse)
    answer = client.list_agents_for_transfer.with_response(chat_id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[ListAgentsForTransferResponse])
    # the response
    assert_type(result.root, list[AgentForTransfer])
    assert_type(result[0], AgentForTransfer)
    assert_type(len(result), int)
    for item in result:
        assert_type(item, AgentForTransfer)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.list_agents_for_transfer(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_agents_for_transfer.raw(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_agents_for_transfer.build(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_agents_for_transfer.with_response(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_agents_for_transfer("PJ0MRSHTDG")  # error
    client.list_agents_for_transfer.with_payload(
        payload={"anything": 1}, header={"X-Trace": "1"}
    )  # error[keyword]: header
    # rejected: a value of the wrong type, field by field (and the options)
    client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", headers="oops")  # error: headers
    client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", timeout="oops")  # error: timeout
    client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", max_retries="oops")  # error: max_retries
    client.list_agents_for_transfer(
        chat_id="PJ0MRSHTDG", total_timeout="oops"
    )  # error: total_timeout
    client.list_agents_for_transfer(chat_id=42)  # error: chat_id
    # rejected: a required field left out
    client.list_agents_for_transfer()  # error: chat_id


async def check_list_chats_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> ListChatsResponse."""
    result = await client.list_chats()
    assert_type(result, ListChatsResponse)
    raw = await client.list_chats.raw()
    assert_type(raw, httpx.Response)
    result = await client.list_chats.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListChatsResponse)
    request = client.list_chats.build()
    assert_type(request, httpx.Request)
    await client.list_chats(page_i="example")  # error[keyword]: page_i
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
    result = await client.list_threads.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListThreadsResponse)
    request = client.list_threads.build(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.list_threads(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
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
    result = await client.get_chat.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, GetChatResponse)
    request = client.get_chat.build(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.get_chat(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i


async def check_list_archives_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> ListArchivesResponse."""
    result = await client.list_archives()
    assert_type(result, ListArchivesResponse)
    raw = await client.list_archives.raw()
    assert_type(raw, httpx.Response)
    result = await client.list_archives.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListArchivesResponse)
    request = client.list_archives.build()
    assert_type(request, httpx.Request)
    await client.list_archives(page_i="example")  # error[keyword]: page_i
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
    result = await client.start_chat.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, StartChatResponse)
    request = client.start_chat.build()
    assert_type(request, httpx.Request)
    await client.start_chat(
        cha={"properties": {"routing": {"pinned": {"key": "value"}}}}
    )  # error[keyword]: cha


async def check_resume_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> ResumeChatResponse."""
    result = await client.resume_chat(chat={"id": "PJ0MRSHTDG"})
    assert_type(result, ResumeChatResponse)
    raw = await client.resume_chat.raw(chat={"id": "PJ0MRSHTDG"})
    assert_type(raw, httpx.Response)
    result = await client.resume_chat.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ResumeChatResponse)
    request = client.resume_chat.build(chat={"id": "PJ0MRSHTDG"})
    assert_type(request, httpx.Request)
    await client.resume_chat(cha={"id": "PJ0MRSHTDG"})  # error[keyword]: cha


async def check_deactivate_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> DeactivateChatResponse."""
    result = await client.deactivate_chat(id="PJ0MRSHTDG")
    assert_type(result, DeactivateChatResponse)
    raw = await client.deactivate_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.deactivate_chat.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeactivateChatResponse)
    request = client.deactivate_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.deactivate_chat(i="PJ0MRSHTDG")  # error[keyword]: i


async def check_follow_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> FollowChatResponse."""
    result = await client.follow_chat(id="PJ0MRSHTDG")
    assert_type(result, FollowChatResponse)
    raw = await client.follow_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.follow_chat.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, FollowChatResponse)
    request = client.follow_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.follow_chat(i="PJ0MRSHTDG")  # error[keyword]: i


async def check_unfollow_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> UnfollowChatResponse."""
    result = await client.unfollow_chat(id="PJ0MRSHTDG")
    assert_type(result, UnfollowChatResponse)
    raw = await client.unfollow_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.unfollow_chat.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UnfollowChatResponse)
    request = client.unfollow_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.unfollow_chat(i="PJ0MRSHTDG")  # error[keyword]: i


async def check_transfer_chat_async(client: AsyncAgentWeb) -> None:
    """ChatAccessActions, awaited: -> TransferChatResponse."""
    result = await client.transfer_chat(id="PJ0MRSHTDG")
    assert_type(result, TransferChatResponse)
    raw = await client.transfer_chat.raw(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.transfer_chat.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, TransferChatResponse)
    request = client.transfer_chat.build(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.transfer_chat(i="PJ0MRSHTDG")  # error[keyword]: i


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
    result = await client.add_user_to_chat.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, AddUserToChatResponse)
    request = client.add_user_to_chat.build(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    assert_type(request, httpx.Request)
    await client.add_user_to_chat(  # error[keyword]: chat_i
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
    result = await client.remove_user_from_chat.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, RemoveUserFromChatResponse)
    request = client.remove_user_from_chat.build(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    assert_type(request, httpx.Request)
    await client.remove_user_from_chat(  # error[keyword]: chat_i
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
    result = await client.send_event.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SendEventResponse)
    request = client.send_event.build(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
    assert_type(request, httpx.Request)
    await client.send_event(
        chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"}
    )  # error[keyword]: chat_i


async def check_upload_file_async(client: AsyncAgentWeb) -> None:
    """EventsActions, awaited: -> UploadFileResponse."""
    result = await client.upload_file(file=b"%PDF-1.4 example")
    assert_type(result, UploadFileResponse)
    raw = await client.upload_file.raw(file=b"%PDF-1.4 example")
    assert_type(raw, httpx.Response)
    result = await client.upload_file.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UploadFileResponse)
    request = client.upload_file.build(file=b"%PDF-1.4 example")
    assert_type(request, httpx.Request)
    await client.upload_file(fil=b"%PDF-1.4 example")  # error[keyword]: fil


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
    result = await client.send_rich_message_postback.with_payload(
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
    await client.send_rich_message_postback(  # error[keyword]: chat_i
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
    result = await client.update_chat_properties.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateChatPropertiesResponse)
    request = client.update_chat_properties.build(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    await client.update_chat_properties(  # error[keyword]: i
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
    result = await client.delete_chat_properties.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteChatPropertiesResponse)
    request = client.delete_chat_properties.build(
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    await client.delete_chat_properties(
        i="PJ0MRSHTDG", properties={"routing": ["pinned"]}
    )  # error[keyword]: i


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
    result = await client.update_thread_properties.with_payload(
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
    await client.update_thread_properties(  # error[keyword]: chat_i
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
    result = await client.delete_thread_properties.with_payload(
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
    await client.delete_thread_properties(  # error[keyword]: chat_i
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
    result = await client.update_event_properties.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateEventPropertiesResponse)
    request = client.update_event_properties.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    await client.update_event_properties(  # error[keyword]: chat_i
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
    result = await client.delete_event_properties.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteEventPropertiesResponse)
    request = client.delete_event_properties.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    await client.delete_event_properties(  # error[keyword]: chat_i
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
    result = await client.tag_thread.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, TagThreadResponse)
    request = client.tag_thread.build(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(request, httpx.Request)
    await client.tag_thread(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i


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
    result = await client.untag_thread.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UntagThreadResponse)
    request = client.untag_thread.build(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
    )
    assert_type(request, httpx.Request)
    await client.untag_thread(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i


async def check_get_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> GetCustomerResponse."""
    result = await client.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, GetCustomerResponse)
    raw = await client.get_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    result = await client.get_customer.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, GetCustomerResponse)
    request = client.get_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    await client.get_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i


async def check_create_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> CreateCustomerResponse."""
    result = await client.create_customer()
    assert_type(result, CreateCustomerResponse)
    raw = await client.create_customer.raw()
    assert_type(raw, httpx.Response)
    result = await client.create_customer.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, CreateCustomerResponse)
    request = client.create_customer.build()
    assert_type(request, httpx.Request)
    await client.create_customer(nam="example")  # error[keyword]: nam


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
    result = await client.update_customer.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateCustomerResponse)
    request = client.update_customer.build(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
    )
    assert_type(request, httpx.Request)
    await client.update_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe"
    )  # error[keyword]: i


async def check_ban_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> BanCustomerResponse."""
    result = await client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(result, BanCustomerResponse)
    raw = await client.ban_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(raw, httpx.Response)
    result = await client.ban_customer.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, BanCustomerResponse)
    request = client.ban_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(request, httpx.Request)
    await client.ban_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}
    )  # error[keyword]: i


async def check_follow_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> FollowCustomerResponse."""
    result = await client.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, FollowCustomerResponse)
    raw = await client.follow_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    result = await client.follow_customer.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, FollowCustomerResponse)
    request = client.follow_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    await client.follow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i


async def check_unfollow_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> UnfollowCustomerResponse."""
    result = await client.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, UnfollowCustomerResponse)
    raw = await client.unfollow_customer.raw(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    result = await client.unfollow_customer.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UnfollowCustomerResponse)
    request = client.unfollow_customer.build(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    await client.unfollow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i


async def check_set_routing_status_async(client: AsyncAgentWeb) -> None:
    """StatusActions, awaited: -> SetRoutingStatusResponse."""
    result = await client.set_routing_status(status="accepting_chats")
    assert_type(result, SetRoutingStatusResponse)
    raw = await client.set_routing_status.raw(status="accepting_chats")
    assert_type(raw, httpx.Response)
    result = await client.set_routing_status.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SetRoutingStatusResponse)
    request = client.set_routing_status.build(status="accepting_chats")
    assert_type(request, httpx.Request)
    await client.set_routing_status(statu="accepting_chats")  # error[keyword]: statu


async def check_list_routing_statuses_async(client: AsyncAgentWeb) -> None:
    """StatusActions, awaited: -> ListRoutingStatusesResponse."""
    result = await client.list_routing_statuses()
    assert_type(result, ListRoutingStatusesResponse)
    raw = await client.list_routing_statuses.raw()
    assert_type(raw, httpx.Response)
    result = await client.list_routing_statuses.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListRoutingStatusesResponse)
    request = client.list_routing_statuses.build()
    assert_type(request, httpx.Request)
    await client.list_routing_statuses(filter={"group_ids": [1]})  # error[keyword]: filter


async def check_logout_async(client: AsyncAgentWeb) -> None:
    """StatusActions, awaited: -> LogoutResponse."""
    result = await client.logout(agent_id="smith@example.com")
    assert_type(result, LogoutResponse)
    raw = await client.logout.raw(agent_id="smith@example.com")
    assert_type(raw, httpx.Response)
    result = await client.logout.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, LogoutResponse)
    request = client.logout.build(agent_id="smith@example.com")
    assert_type(request, httpx.Request)
    await client.logout(agent_i="smith@example.com")  # error[keyword]: agent_i


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
    result = await client.mark_events_as_seen.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, MarkEventsAsSeenResponse)
    request = client.mark_events_as_seen.build(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(request, httpx.Request)
    await client.mark_events_as_seen(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )


async def check_send_typing_indicator_async(client: AsyncAgentWeb) -> None:
    """OtherActions, awaited: -> SendTypingIndicatorResponse."""
    result = await client.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(result, SendTypingIndicatorResponse)
    raw = await client.send_typing_indicator.raw(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(raw, httpx.Response)
    result = await client.send_typing_indicator.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendTypingIndicatorResponse)
    request = client.send_typing_indicator.build(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(request, httpx.Request)
    await client.send_typing_indicator(
        chat_i="PJ0MRSHTDG", is_typing=True
    )  # error[keyword]: chat_i


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
    result = await client.multicast.with_payload(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, MulticastResponse)
    request = client.multicast.build(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    assert_type(request, httpx.Request)
    await client.multicast(  # error[keyword]: recipient
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )


async def check_list_agents_for_transfer_async(client: AsyncAgentWeb) -> None:
    """OtherActions, awaited: -> ListAgentsForTransferResponse."""
    result = await client.list_agents_for_transfer(chat_id="PJ0MRSHTDG")
    assert_type(result, ListAgentsForTransferResponse)
    raw = await client.list_agents_for_transfer.raw(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.list_agents_for_transfer.with_payload(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListAgentsForTransferResponse)
    request = client.list_agents_for_transfer.build(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.list_agents_for_transfer(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
