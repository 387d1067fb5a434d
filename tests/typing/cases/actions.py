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
    raw = client.raw.list_chats()
    assert_type(raw, httpx.Response)
    request = client.build.list_chats()
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.list_chats(filters={"active": True}, sort_order="asc", limit=1)
    assert_type(result, ListChatsResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.list_chats(headers={"X-Trace": "1"})
    assert_type(result, ListChatsResponse)
    result = client.list_chats(timeout=2.5, max_retries=0)
    assert_type(result, ListChatsResponse)
    result = client.with_payload.list_chats(payload={"anything": 1})
    assert_type(result, ListChatsResponse)
    result = client.with_payload.list_chats(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListChatsResponse)
    answer = client.with_response.list_chats()
    assert_type(answer, WithResponse[ListChatsResponse])
    # the response
    assert_type(result.chats_summary, list[ChatSummary])
    assert_type(result.found_chats, int | None)
    assert_type(result.next_page_id, str | None)
    assert_type(result.previous_page_id, str | None)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.list_chats(filter={"active": True})  # error[keyword]: filter
    client.raw.list_chats(filter={"active": True})  # error[keyword]: filter
    client.build.list_chats(filter={"active": True})  # error[keyword]: filter
    client.with_response.list_chats(filter={"active": True})  # error[keyword]: filter
    client.list_chats({"active": True})  # error
    client.with_payload.list_chats(
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
    # pagination: client.iterate yields typed items and exposes the cursor
    pages = client.iterate.list_chats()
    assert_type(pages, PageIterator[ChatSummary])
    for item in pages:
        assert_type(item, ChatSummary)
    assert_type(pages.next_page_id, str | None)
    pages = client.iterate.list_chats(max_items=5)
    assert_type(pages, PageIterator[ChatSummary])
    client.iterate.list_chats(filter={"active": True})  # error[keyword]: filter
    client.iterate.list_chats(max_items="oops")  # error: max_items
    # rejected: max_items anywhere but client.iterate (a call fetches one page)
    client.list_chats(max_items=5)  # error[keyword]: max_items
    client.raw.list_chats(max_items=5)  # error[keyword]: max_items
    client.build.list_chats(max_items=5)  # error[keyword]: max_items
    client.with_response.list_chats(max_items=5)  # error[keyword]: max_items


def check_list_threads(client: AgentWeb) -> None:
    """ChatsActions: ListThreadsRequest -> ListThreadsResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(result, ListThreadsResponse)
    raw = client.raw.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.build.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.list_threads(
        chat_id="PJ0MRSHTDG",
        sort_order="asc",
        limit=1,
        filters={"from": "2024-07-15T09:04:57.881200+00:00"},
    )
    assert_type(result, ListThreadsResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.list_threads(chat_id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, ListThreadsResponse)
    result = client.list_threads(chat_id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, ListThreadsResponse)
    result = client.with_payload.list_threads(payload={"anything": 1})
    assert_type(result, ListThreadsResponse)
    result = client.with_payload.list_threads(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListThreadsResponse)
    answer = client.with_response.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[ListThreadsResponse])
    # the response
    assert_type(result.threads, list[Thread])
    assert_type(result.found_threads, int | None)
    assert_type(result.next_page_id, str | None)
    assert_type(result.previous_page_id, str | None)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.list_threads(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.raw.list_threads(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.build.list_threads(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.with_response.list_threads(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_threads("PJ0MRSHTDG")  # error
    client.with_payload.list_threads(
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
    # pagination: client.iterate yields typed items and exposes the cursor
    pages = client.iterate.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(pages, PageIterator[Thread])
    for item in pages:
        assert_type(item, Thread)
    assert_type(pages.next_page_id, str | None)
    pages = client.iterate.list_threads(chat_id="PJ0MRSHTDG", max_items=5)
    assert_type(pages, PageIterator[Thread])
    client.iterate.list_threads(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.iterate.list_threads(chat_id="PJ0MRSHTDG", max_items="oops")  # error: max_items
    # rejected: max_items anywhere but client.iterate (a call fetches one page)
    client.list_threads(chat_id="PJ0MRSHTDG", max_items=5)  # error[keyword]: max_items
    client.raw.list_threads(chat_id="PJ0MRSHTDG", max_items=5)  # error[keyword]: max_items
    client.build.list_threads(chat_id="PJ0MRSHTDG", max_items=5)  # error[keyword]: max_items
    client.with_response.list_threads(
        chat_id="PJ0MRSHTDG", max_items=5
    )  # error[keyword]: max_items


def check_get_chat(client: AgentWeb) -> None:
    """ChatsActions: GetChatRequest -> GetChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.get_chat(chat_id="PJ0MRSHTDG")
    assert_type(result, GetChatResponse)
    raw = client.raw.get_chat(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.build.get_chat(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.get_chat(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV")
    assert_type(result, GetChatResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.get_chat(chat_id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, GetChatResponse)
    result = client.get_chat(chat_id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, GetChatResponse)
    result = client.with_payload.get_chat(payload={"anything": 1})
    assert_type(result, GetChatResponse)
    result = client.with_payload.get_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, GetChatResponse)
    answer = client.with_response.get_chat(chat_id="PJ0MRSHTDG")
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
    client.raw.get_chat(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.build.get_chat(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.with_response.get_chat(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.get_chat("PJ0MRSHTDG")  # error
    client.with_payload.get_chat(
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
    raw = client.raw.list_archives()
    assert_type(raw, httpx.Response)
    request = client.build.list_archives()
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.list_archives(
        filters={"query": "refund"},
        sort_order="asc",
        limit=1,
        highlights={"pre_tag": "<em>"},
    )
    assert_type(result, ListArchivesResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.list_archives(headers={"X-Trace": "1"})
    assert_type(result, ListArchivesResponse)
    result = client.list_archives(timeout=2.5, max_retries=0)
    assert_type(result, ListArchivesResponse)
    result = client.with_payload.list_archives(payload={"anything": 1})
    assert_type(result, ListArchivesResponse)
    result = client.with_payload.list_archives(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListArchivesResponse)
    answer = client.with_response.list_archives()
    assert_type(answer, WithResponse[ListArchivesResponse])
    # the response
    assert_type(result.chats, list[Chat])
    assert_type(result.found_chats, int | None)
    assert_type(result.next_page_id, str | None)
    assert_type(result.previous_page_id, str | None)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.list_archives(filter={"query": "refund"})  # error[keyword]: filter
    client.raw.list_archives(filter={"query": "refund"})  # error[keyword]: filter
    client.build.list_archives(filter={"query": "refund"})  # error[keyword]: filter
    client.with_response.list_archives(filter={"query": "refund"})  # error[keyword]: filter
    client.list_archives({"query": "refund"})  # error
    client.with_payload.list_archives(
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
    # pagination: client.iterate yields typed items and exposes the cursor
    pages = client.iterate.list_archives()
    assert_type(pages, PageIterator[Chat])
    for item in pages:
        assert_type(item, Chat)
    assert_type(pages.next_page_id, str | None)
    pages = client.iterate.list_archives(max_items=5)
    assert_type(pages, PageIterator[Chat])
    client.iterate.list_archives(filter={"query": "refund"})  # error[keyword]: filter
    client.iterate.list_archives(max_items="oops")  # error: max_items
    # rejected: max_items anywhere but client.iterate (a call fetches one page)
    client.list_archives(max_items=5)  # error[keyword]: max_items
    client.raw.list_archives(max_items=5)  # error[keyword]: max_items
    client.build.list_archives(max_items=5)  # error[keyword]: max_items
    client.with_response.list_archives(max_items=5)  # error[keyword]: max_items


def check_start_chat(client: AgentWeb) -> None:
    """ChatsActions: StartChatRequest -> StartChatResponse."""
    # accepted: the required fields, nested objects as dicts
    result = client.start_chat()
    assert_type(result, StartChatResponse)
    raw = client.raw.start_chat()
    assert_type(raw, httpx.Response)
    request = client.build.start_chat()
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.start_chat(
        chat={"thread": {"events": [{"type": "message", "text": "hi"}]}},
        active=True,
        continuous=True,
    )
    assert_type(result, StartChatResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.start_chat(headers={"X-Trace": "1"})
    assert_type(result, StartChatResponse)
    result = client.start_chat(timeout=2.5, max_retries=0)
    assert_type(result, StartChatResponse)
    result = client.with_payload.start_chat(payload={"anything": 1})
    assert_type(result, StartChatResponse)
    result = client.with_payload.start_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, StartChatResponse)
    answer = client.with_response.start_chat()
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
    client.raw.start_chat(
        cha={"thread": {"events": [{"type": "message", "text": "hi"}]}}
    )  # error[keyword]: cha
    client.build.start_chat(
        cha={"thread": {"events": [{"type": "message", "text": "hi"}]}}
    )  # error[keyword]: cha
    client.with_response.start_chat(
        cha={"thread": {"events": [{"type": "message", "text": "hi"}]}}
    )  # error[keyword]: cha
    client.start_chat({"thread": {"events": [{"type": "message", "text": "hi"}]}})  # error
    client.with_payload.start_chat(
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
    raw = client.raw.resume_chat(chat={"id": "PJ0MRSHTDG"})
    assert_type(raw, httpx.Response)
    request = client.build.resume_chat(chat={"id": "PJ0MRSHTDG"})
    assert_type(request, httpx.Request)
    # accepted: nested objects as models
    result = client.resume_chat(chat=ResumeChatInput(id="PJ0MRSHTDG"))
    assert_type(result, ResumeChatResponse)
    # accepted: every field
    result = client.resume_chat(chat={"id": "PJ0MRSHTDG"}, active=True, continuous=True)
    assert_type(result, ResumeChatResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.resume_chat(chat={"id": "PJ0MRSHTDG"}, headers={"X-Trace": "1"})
    assert_type(result, ResumeChatResponse)
    result = client.resume_chat(chat={"id": "PJ0MRSHTDG"}, timeout=2.5, max_retries=0)
    assert_type(result, ResumeChatResponse)
    result = client.with_payload.resume_chat(payload={"anything": 1})
    assert_type(result, ResumeChatResponse)
    result = client.with_payload.resume_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ResumeChatResponse)
    answer = client.with_response.resume_chat(chat={"id": "PJ0MRSHTDG"})
    assert_type(answer, WithResponse[ResumeChatResponse])
    # the response
    assert_type(result.thread_id, str)
    assert_type(result.event_ids, list[str] | None)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.resume_chat(cha={"id": "PJ0MRSHTDG"})  # error[keyword]: cha
    client.raw.resume_chat(cha={"id": "PJ0MRSHTDG"})  # error[keyword]: cha
    client.build.resume_chat(cha={"id": "PJ0MRSHTDG"})  # error[keyword]: cha
    client.with_response.resume_chat(cha={"id": "PJ0MRSHTDG"})  # error[keyword]: cha
    client.resume_chat({"id": "PJ0MRSHTDG"})  # error
    client.with_payload.resume_chat(
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
    raw = client.raw.deactivate_chat(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.build.deactivate_chat(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.deactivate_chat(id="PJ0MRSHTDG", ignore_requester_presence=True)
    assert_type(result, DeactivateChatResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.deactivate_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, DeactivateChatResponse)
    result = client.deactivate_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, DeactivateChatResponse)
    result = client.with_payload.deactivate_chat(payload={"anything": 1})
    assert_type(result, DeactivateChatResponse)
    result = client.with_payload.deactivate_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, DeactivateChatResponse)
    answer = client.with_response.deactivate_chat(id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[DeactivateChatResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.deactivate_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.raw.deactivate_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.build.deactivate_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.with_response.deactivate_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.deactivate_chat("PJ0MRSHTDG")  # error
    client.with_payload.deactivate_chat(
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
    raw = client.raw.follow_chat(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.build.follow_chat(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.follow_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, FollowChatResponse)
    result = client.follow_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, FollowChatResponse)
    result = client.with_payload.follow_chat(payload={"anything": 1})
    assert_type(result, FollowChatResponse)
    result = client.with_payload.follow_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, FollowChatResponse)
    answer = client.with_response.follow_chat(id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[FollowChatResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.follow_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.raw.follow_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.build.follow_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.with_response.follow_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.follow_chat("PJ0MRSHTDG")  # error
    client.with_payload.follow_chat(
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
    raw = client.raw.unfollow_chat(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.build.unfollow_chat(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.unfollow_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, UnfollowChatResponse)
    result = client.unfollow_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, UnfollowChatResponse)
    result = client.with_payload.unfollow_chat(payload={"anything": 1})
    assert_type(result, UnfollowChatResponse)
    result = client.with_payload.unfollow_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UnfollowChatResponse)
    answer = client.with_response.unfollow_chat(id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[UnfollowChatResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.unfollow_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.raw.unfollow_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.build.unfollow_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.with_response.unfollow_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.unfollow_chat("PJ0MRSHTDG")  # error
    client.with_payload.unfollow_chat(
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
    raw = client.raw.transfer_chat(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.build.transfer_chat(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.transfer_chat(
        id="PJ0MRSHTDG",
        target={"type": "agent", "ids": ["smith@example.com"]},
        ignore_agents_availability=True,
        ignore_requester_presence=True,
    )
    assert_type(result, TransferChatResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.transfer_chat(id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, TransferChatResponse)
    result = client.transfer_chat(id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, TransferChatResponse)
    result = client.with_payload.transfer_chat(payload={"anything": 1})
    assert_type(result, TransferChatResponse)
    result = client.with_payload.transfer_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, TransferChatResponse)
    answer = client.with_response.transfer_chat(id="PJ0MRSHTDG")
    assert_type(answer, WithResponse[TransferChatResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.transfer_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.raw.transfer_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.build.transfer_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.with_response.transfer_chat(i="PJ0MRSHTDG")  # error[keyword]: i
    client.transfer_chat("PJ0MRSHTDG")  # error
    client.with_payload.transfer_chat(
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
    raw = client.raw.add_user_to_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    assert_type(raw, httpx.Response)
    request = client.build.add_user_to_chat(
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
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.add_user_to_chat(payload={"anything": 1})
    assert_type(result, AddUserToChatResponse)
    result = client.with_payload.add_user_to_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, AddUserToChatResponse)
    answer = client.with_response.add_user_to_chat(
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
    client.raw.add_user_to_chat(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.build.add_user_to_chat(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.with_response.add_user_to_chat(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    client.add_user_to_chat("PJ0MRSHTDG")  # error
    client.with_payload.add_user_to_chat(
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
    raw = client.raw.remove_user_from_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    assert_type(raw, httpx.Response)
    request = client.build.remove_user_from_chat(
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
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.remove_user_from_chat(payload={"anything": 1})
    assert_type(result, RemoveUserFromChatResponse)
    result = client.with_payload.remove_user_from_chat(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, RemoveUserFromChatResponse)
    answer = client.with_response.remove_user_from_chat(
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
    client.raw.remove_user_from_chat(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    client.build.remove_user_from_chat(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    client.with_response.remove_user_from_chat(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    client.remove_user_from_chat("PJ0MRSHTDG")  # error
    client.with_payload.remove_user_from_chat(
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
    raw = client.raw.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
    assert_type(raw, httpx.Response)
    request = client.build.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
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
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.send_event(payload={"anything": 1})
    assert_type(result, SendEventResponse)
    result = client.with_payload.send_event(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SendEventResponse)
    answer = client.with_response.send_event(
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
    client.raw.send_event(
        chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"}
    )  # error[keyword]: chat_i
    client.build.send_event(
        chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"}
    )  # error[keyword]: chat_i
    client.with_response.send_event(
        chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"}
    )  # error[keyword]: chat_i
    client.send_event("PJ0MRSHTDG")  # error
    client.with_payload.send_event(
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
    raw = client.raw.upload_file(file=b"%PDF-1.4 example")
    assert_type(raw, httpx.Response)
    request = client.build.upload_file(file=b"%PDF-1.4 example")
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.upload_file(file=b"%PDF-1.4 example", headers={"X-Trace": "1"})
    assert_type(result, UploadFileResponse)
    result = client.upload_file(file=b"%PDF-1.4 example", timeout=2.5, max_retries=0)
    assert_type(result, UploadFileResponse)
    result = client.with_payload.upload_file(payload={"anything": 1})
    assert_type(result, UploadFileResponse)
    result = client.with_payload.upload_file(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UploadFileResponse)
    answer = client.with_response.upload_file(file=b"%PDF-1.4 example")
    assert_type(answer, WithResponse[UploadFileResponse])
    # the response
    assert_type(result.url, str)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.upload_file(fil=b"%PDF-1.4 example")  # error[keyword]: fil
    client.raw.upload_file(fil=b"%PDF-1.4 example")  # error[keyword]: fil
    client.build.upload_file(fil=b"%PDF-1.4 example")  # error[keyword]: fil
    client.with_response.upload_file(fil=b"%PDF-1.4 example")  # error[keyword]: fil
    client.upload_file(b"%PDF-1.4 example")  # error
    client.with_payload.upload_file(
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
    raw = client.raw.send_rich_message_postback(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    assert_type(raw, httpx.Response)
    request = client.build.send_rich_message_postback(
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
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.send_rich_message_postback(payload={"anything": 1})
    assert_type(result, SendRichMessagePostbackResponse)
    result = client.with_payload.send_rich_message_postback(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendRichMessagePostbackResponse)
    answer = client.with_response.send_rich_message_postback(
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
    client.raw.send_rich_message_postback(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.build.send_rich_message_postback(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.with_response.send_rich_message_postback(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    client.send_rich_message_postback("PJ0MRSHTDG")  # error
    client.with_payload.send_rich_message_postback(
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
    raw = client.raw.update_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    request = client.build.update_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.update_chat_properties(payload={"anything": 1})
    assert_type(result, UpdateChatPropertiesResponse)
    result = client.with_payload.update_chat_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateChatPropertiesResponse)
    answer = client.with_response.update_chat_properties(
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
    client.raw.update_chat_properties(  # error[keyword]: i
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.build.update_chat_properties(  # error[keyword]: i
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.with_response.update_chat_properties(  # error[keyword]: i
        i="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_chat_properties("PJ0MRSHTDG")  # error
    client.with_payload.update_chat_properties(
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
    raw = client.raw.delete_chat_properties(id="PJ0MRSHTDG", properties={"routing": ["pinned"]})
    assert_type(raw, httpx.Response)
    request = client.build.delete_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.delete_chat_properties(payload={"anything": 1})
    assert_type(result, DeleteChatPropertiesResponse)
    result = client.with_payload.delete_chat_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteChatPropertiesResponse)
    answer = client.with_response.delete_chat_properties(
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
    client.raw.delete_chat_properties(
        i="PJ0MRSHTDG", properties={"routing": ["pinned"]}
    )  # error[keyword]: i
    client.build.delete_chat_properties(
        i="PJ0MRSHTDG", properties={"routing": ["pinned"]}
    )  # error[keyword]: i
    client.with_response.delete_chat_properties(
        i="PJ0MRSHTDG", properties={"routing": ["pinned"]}
    )  # error[keyword]: i
    client.delete_chat_properties("PJ0MRSHTDG")  # error
    client.with_payload.delete_chat_properties(
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
    raw = client.raw.update_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    request = client.build.update_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.update_thread_properties(payload={"anything": 1})
    assert_type(result, UpdateThreadPropertiesResponse)
    result = client.with_payload.update_thread_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateThreadPropertiesResponse)
    answer = client.with_response.update_thread_properties(
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
    client.raw.update_thread_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.build.update_thread_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.with_response.update_thread_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_thread_properties("PJ0MRSHTDG")  # error
    client.with_payload.update_thread_properties(
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
    raw = client.raw.delete_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    assert_type(raw, httpx.Response)
    request = client.build.delete_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.delete_thread_properties(payload={"anything": 1})
    assert_type(result, DeleteThreadPropertiesResponse)
    result = client.with_payload.delete_thread_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteThreadPropertiesResponse)
    answer = client.with_response.delete_thread_properties(
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
    client.raw.delete_thread_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.build.delete_thread_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.with_response.delete_thread_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    client.delete_thread_properties("PJ0MRSHTDG")  # error
    client.with_payload.delete_thread_properties(
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
    raw = client.raw.update_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    request = client.build.update_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.update_event_properties(payload={"anything": 1})
    assert_type(result, UpdateEventPropertiesResponse)
    result = client.with_payload.update_event_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateEventPropertiesResponse)
    answer = client.with_response.update_event_properties(
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
    client.raw.update_event_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.build.update_event_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.with_response.update_event_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    client.update_event_properties("PJ0MRSHTDG")  # error
    client.with_payload.update_event_properties(
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
    raw = client.raw.delete_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(raw, httpx.Response)
    request = client.build.delete_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.delete_event_properties(payload={"anything": 1})
    assert_type(result, DeleteEventPropertiesResponse)
    result = client.with_payload.delete_event_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteEventPropertiesResponse)
    answer = client.with_response.delete_event_properties(
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
    client.raw.delete_event_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.build.delete_event_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.with_response.delete_event_properties(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    client.delete_event_properties("PJ0MRSHTDG")  # error
    client.with_payload.delete_event_properties(
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
    raw = client.raw.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(raw, httpx.Response)
    request = client.build.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.tag_thread(payload={"anything": 1})
    assert_type(result, TagThreadResponse)
    result = client.with_payload.tag_thread(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, TagThreadResponse)
    answer = client.with_response.tag_thread(
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
    client.raw.tag_thread(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.build.tag_thread(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.with_response.tag_thread(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.tag_thread("PJ0MRSHTDG")  # error
    client.with_payload.tag_thread(
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
    raw = client.raw.untag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(raw, httpx.Response)
    request = client.build.untag_thread(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.untag_thread(payload={"anything": 1})
    assert_type(result, UntagThreadResponse)
    result = client.with_payload.untag_thread(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UntagThreadResponse)
    answer = client.with_response.untag_thread(
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
    client.raw.untag_thread(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.build.untag_thread(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.with_response.untag_thread(
        chat_i="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint"
    )  # error[keyword]: chat_i
    client.untag_thread("PJ0MRSHTDG")  # error
    client.with_payload.untag_thread(
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
    raw = client.raw.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    request = client.build.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.get_customer(payload={"anything": 1})
    assert_type(result, GetCustomerResponse)
    result = client.with_payload.get_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, GetCustomerResponse)
    answer = client.with_response.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
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
    client.raw.get_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.build.get_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.with_response.get_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.get_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # error
    client.with_payload.get_customer(
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
    raw = client.raw.create_customer()
    assert_type(raw, httpx.Response)
    request = client.build.create_customer()
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.create_customer(
        name="Jane Doe",
        email="jane@example.com",
        avatar="https://cdn.example.com/avatars/jane.png",
        session_fields=[{"plan": "pro"}],
    )
    assert_type(result, CreateCustomerResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.create_customer(headers={"X-Trace": "1"})
    assert_type(result, CreateCustomerResponse)
    result = client.create_customer(timeout=2.5, max_retries=0)
    assert_type(result, CreateCustomerResponse)
    result = client.with_payload.create_customer(payload={"anything": 1})
    assert_type(result, CreateCustomerResponse)
    result = client.with_payload.create_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, CreateCustomerResponse)
    answer = client.with_response.create_customer()
    assert_type(answer, WithResponse[CreateCustomerResponse])
    # the response
    assert_type(result.customer_id, str)
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.create_customer(nam="Jane Doe")  # error[keyword]: nam
    client.raw.create_customer(nam="Jane Doe")  # error[keyword]: nam
    client.build.create_customer(nam="Jane Doe")  # error[keyword]: nam
    client.with_response.create_customer(nam="Jane Doe")  # error[keyword]: nam
    client.create_customer("Jane Doe")  # error
    client.with_payload.create_customer(
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
    raw = client.raw.update_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe")
    assert_type(raw, httpx.Response)
    request = client.build.update_customer(
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
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.update_customer(payload={"anything": 1})
    assert_type(result, UpdateCustomerResponse)
    result = client.with_payload.update_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, UpdateCustomerResponse)
    answer = client.with_response.update_customer(
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
    client.raw.update_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe"
    )  # error[keyword]: i
    client.build.update_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe"
    )  # error[keyword]: i
    client.with_response.update_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", name="Jane Doe"
    )  # error[keyword]: i
    client.update_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # error
    client.with_payload.update_customer(
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
    raw = client.raw.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(raw, httpx.Response)
    request = client.build.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(request, httpx.Request)
    # accepted: nested objects as models
    result = client.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban=Ban(days=1))
    assert_type(result, BanCustomerResponse)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.ban_customer(payload={"anything": 1})
    assert_type(result, BanCustomerResponse)
    result = client.with_payload.ban_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, BanCustomerResponse)
    answer = client.with_response.ban_customer(
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
    client.raw.ban_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}
    )  # error[keyword]: i
    client.build.ban_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}
    )  # error[keyword]: i
    client.with_response.ban_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}
    )  # error[keyword]: i
    client.ban_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # error
    client.with_payload.ban_customer(
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
    raw = client.raw.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    request = client.build.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.follow_customer(payload={"anything": 1})
    assert_type(result, FollowCustomerResponse)
    result = client.with_payload.follow_customer(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, FollowCustomerResponse)
    answer = client.with_response.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(answer, WithResponse[FollowCustomerResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.follow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.raw.follow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.build.follow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.with_response.follow_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c"
    )  # error[keyword]: i
    client.follow_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # error
    client.with_payload.follow_customer(
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
    raw = client.raw.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    request = client.build.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.unfollow_customer(payload={"anything": 1})
    assert_type(result, UnfollowCustomerResponse)
    result = client.with_payload.unfollow_customer(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UnfollowCustomerResponse)
    answer = client.with_response.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(answer, WithResponse[UnfollowCustomerResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.unfollow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.raw.unfollow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.build.unfollow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i
    client.with_response.unfollow_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c"
    )  # error[keyword]: i
    client.unfollow_customer("b7eff798-f8df-4364-8059-649c35c9ed0c")  # error
    client.with_payload.unfollow_customer(
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
    raw = client.raw.set_routing_status(status="accepting_chats")
    assert_type(raw, httpx.Response)
    request = client.build.set_routing_status(status="accepting_chats")
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.set_routing_status(status="accepting_chats", agent_id="smith@example.com")
    assert_type(result, SetRoutingStatusResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.set_routing_status(status="accepting_chats", headers={"X-Trace": "1"})
    assert_type(result, SetRoutingStatusResponse)
    result = client.set_routing_status(status="accepting_chats", timeout=2.5, max_retries=0)
    assert_type(result, SetRoutingStatusResponse)
    result = client.with_payload.set_routing_status(payload={"anything": 1})
    assert_type(result, SetRoutingStatusResponse)
    result = client.with_payload.set_routing_status(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SetRoutingStatusResponse)
    answer = client.with_response.set_routing_status(status="accepting_chats")
    assert_type(answer, WithResponse[SetRoutingStatusResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.set_routing_status(statu="accepting_chats")  # error[keyword]: statu
    client.raw.set_routing_status(statu="accepting_chats")  # error[keyword]: statu
    client.build.set_routing_status(statu="accepting_chats")  # error[keyword]: statu
    client.with_response.set_routing_status(statu="accepting_chats")  # error[keyword]: statu
    client.set_routing_status("accepting_chats")  # error
    client.with_payload.set_routing_status(
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
    raw = client.raw.list_routing_statuses()
    assert_type(raw, httpx.Response)
    request = client.build.list_routing_statuses()
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.list_routing_statuses(filters={"group_ids": [1]})
    assert_type(result, ListRoutingStatusesResponse)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.list_routing_statuses(headers={"X-Trace": "1"})
    assert_type(result, ListRoutingStatusesResponse)
    result = client.list_routing_statuses(timeout=2.5, max_retries=0)
    assert_type(result, ListRoutingStatusesResponse)
    result = client.with_payload.list_routing_statuses(payload={"anything": 1})
    assert_type(result, ListRoutingStatusesResponse)
    result = client.with_payload.list_routing_statuses(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListRoutingStatusesResponse)
    answer = client.with_response.list_routing_statuses()
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
    client.raw.list_routing_statuses(filter={"group_ids": [1]})  # error[keyword]: filter
    client.build.list_routing_statuses(filter={"group_ids": [1]})  # error[keyword]: filter
    client.with_response.list_routing_statuses(filter={"group_ids": [1]})  # error[keyword]: filter
    client.list_routing_statuses({"group_ids": [1]})  # error
    client.with_payload.list_routing_statuses(
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
    raw = client.raw.logout(agent_id="smith@example.com")
    assert_type(raw, httpx.Response)
    request = client.build.logout(agent_id="smith@example.com")
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.logout(agent_id="smith@example.com", headers={"X-Trace": "1"})
    assert_type(result, LogoutResponse)
    result = client.logout(agent_id="smith@example.com", timeout=2.5, max_retries=0)
    assert_type(result, LogoutResponse)
    result = client.with_payload.logout(payload={"anything": 1})
    assert_type(result, LogoutResponse)
    result = client.with_payload.logout(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, LogoutResponse)
    answer = client.with_response.logout(agent_id="smith@example.com")
    assert_type(answer, WithResponse[LogoutResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.logout(agent_i="smith@example.com")  # error[keyword]: agent_i
    client.raw.logout(agent_i="smith@example.com")  # error[keyword]: agent_i
    client.build.logout(agent_i="smith@example.com")  # error[keyword]: agent_i
    client.with_response.logout(agent_i="smith@example.com")  # error[keyword]: agent_i
    client.logout("smith@example.com")  # error
    client.with_payload.logout(
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
    raw = client.raw.mark_events_as_seen(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(raw, httpx.Response)
    request = client.build.mark_events_as_seen(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.mark_events_as_seen(payload={"anything": 1})
    assert_type(result, MarkEventsAsSeenResponse)
    result = client.with_payload.mark_events_as_seen(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, MarkEventsAsSeenResponse)
    answer = client.with_response.mark_events_as_seen(
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
    client.raw.mark_events_as_seen(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    client.build.mark_events_as_seen(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    client.with_response.mark_events_as_seen(  # error[keyword]: chat_i
        chat_i="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    client.mark_events_as_seen("PJ0MRSHTDG")  # error
    client.with_payload.mark_events_as_seen(
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
    raw = client.raw.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(raw, httpx.Response)
    request = client.build.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(request, httpx.Request)
    # accepted: every field
    result = client.send_typing_indicator(chat_id="PJ0MRSHTDG", visibility="all", is_typing=True)
    assert_type(result, SendTypingIndicatorResponse)
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.send_typing_indicator(payload={"anything": 1})
    assert_type(result, SendTypingIndicatorResponse)
    result = client.with_payload.send_typing_indicator(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendTypingIndicatorResponse)
    answer = client.with_response.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(answer, WithResponse[SendTypingIndicatorResponse])
    # the response
    result.no_such_field  # error: no_such_field
    # rejected: a misspelled keyword; a positional argument
    client.send_typing_indicator(chat_i="PJ0MRSHTDG", is_typing=True)  # error[keyword]: chat_i
    client.raw.send_typing_indicator(chat_i="PJ0MRSHTDG", is_typing=True)  # error[keyword]: chat_i
    client.build.send_typing_indicator(
        chat_i="PJ0MRSHTDG", is_typing=True
    )  # error[keyword]: chat_i
    client.with_response.send_typing_indicator(
        chat_i="PJ0MRSHTDG", is_typing=True
    )  # error[keyword]: chat_i
    client.send_typing_indicator("PJ0MRSHTDG")  # error
    client.with_payload.send_typing_indicator(
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
    raw = client.raw.multicast(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    assert_type(raw, httpx.Response)
    request = client.build.multicast(
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
    # accepted: per-call options; client.with_payload instead of the fields
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
    result = client.with_payload.multicast(payload={"anything": 1})
    assert_type(result, MulticastResponse)
    result = client.with_payload.multicast(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, MulticastResponse)
    answer = client.with_response.multicast(
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
    client.raw.multicast(  # error[keyword]: recipient
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.build.multicast(  # error[keyword]: recipient
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.with_response.multicast(  # error[keyword]: recipient
        recipient={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    client.multicast({"agents": {"all": True}})  # error
    client.with_payload.multicast(
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
    raw = client.raw.list_agents_for_transfer(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    request = client.build.list_agents_for_transfer(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    # accepted: per-call options; client.with_payload instead of the fields
    result = client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", headers={"X-Trace": "1"})
    assert_type(result, ListAgentsForTransferResponse)
    result = client.list_agents_for_transfer(chat_id="PJ0MRSHTDG", timeout=2.5, max_retries=0)
    assert_type(result, ListAgentsForTransferResponse)
    result = client.with_payload.list_agents_for_transfer(payload={"anything": 1})
    assert_type(result, ListAgentsForTransferResponse)
    result = client.with_payload.list_agents_for_transfer(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListAgentsForTransferResponse)
    answer = client.with_response.list_agents_for_transfer(chat_id="PJ0MRSHTDG")
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
    client.raw.list_agents_for_transfer(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.build.list_agents_for_transfer(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.with_response.list_agents_for_transfer(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    client.list_agents_for_transfer("PJ0MRSHTDG")  # error
    client.with_payload.list_agents_for_transfer(
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
    raw = await client.raw.list_chats()
    assert_type(raw, httpx.Response)
    result = await client.with_payload.list_chats(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, ListChatsResponse)
    request = client.build.list_chats()
    assert_type(request, httpx.Request)
    await client.list_chats(page_i="example")  # error[keyword]: page_i
    pages = client.iterate.list_chats()
    assert_type(pages, AsyncPageIterator[ChatSummary])
    async for item in pages:
        assert_type(item, ChatSummary)


async def check_list_threads_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> ListThreadsResponse."""
    result = await client.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(result, ListThreadsResponse)
    raw = await client.raw.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.list_threads(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListThreadsResponse)
    request = client.build.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.list_threads(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
    pages = client.iterate.list_threads(chat_id="PJ0MRSHTDG")
    assert_type(pages, AsyncPageIterator[Thread])
    async for item in pages:
        assert_type(item, Thread)


async def check_get_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> GetChatResponse."""
    result = await client.get_chat(chat_id="PJ0MRSHTDG")
    assert_type(result, GetChatResponse)
    raw = await client.raw.get_chat(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.get_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, GetChatResponse)
    request = client.build.get_chat(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.get_chat(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i


async def check_list_archives_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> ListArchivesResponse."""
    result = await client.list_archives()
    assert_type(result, ListArchivesResponse)
    raw = await client.raw.list_archives()
    assert_type(raw, httpx.Response)
    result = await client.with_payload.list_archives(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListArchivesResponse)
    request = client.build.list_archives()
    assert_type(request, httpx.Request)
    await client.list_archives(page_i="example")  # error[keyword]: page_i
    pages = client.iterate.list_archives()
    assert_type(pages, AsyncPageIterator[Chat])
    async for item in pages:
        assert_type(item, Chat)


async def check_start_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> StartChatResponse."""
    result = await client.start_chat()
    assert_type(result, StartChatResponse)
    raw = await client.raw.start_chat()
    assert_type(raw, httpx.Response)
    result = await client.with_payload.start_chat(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, StartChatResponse)
    request = client.build.start_chat()
    assert_type(request, httpx.Request)
    await client.start_chat(
        cha={"properties": {"routing": {"pinned": {"key": "value"}}}}
    )  # error[keyword]: cha


async def check_resume_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> ResumeChatResponse."""
    result = await client.resume_chat(chat={"id": "PJ0MRSHTDG"})
    assert_type(result, ResumeChatResponse)
    raw = await client.raw.resume_chat(chat={"id": "PJ0MRSHTDG"})
    assert_type(raw, httpx.Response)
    result = await client.with_payload.resume_chat(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ResumeChatResponse)
    request = client.build.resume_chat(chat={"id": "PJ0MRSHTDG"})
    assert_type(request, httpx.Request)
    await client.resume_chat(cha={"id": "PJ0MRSHTDG"})  # error[keyword]: cha


async def check_deactivate_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> DeactivateChatResponse."""
    result = await client.deactivate_chat(id="PJ0MRSHTDG")
    assert_type(result, DeactivateChatResponse)
    raw = await client.raw.deactivate_chat(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.deactivate_chat(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeactivateChatResponse)
    request = client.build.deactivate_chat(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.deactivate_chat(i="PJ0MRSHTDG")  # error[keyword]: i


async def check_follow_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> FollowChatResponse."""
    result = await client.follow_chat(id="PJ0MRSHTDG")
    assert_type(result, FollowChatResponse)
    raw = await client.raw.follow_chat(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.follow_chat(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, FollowChatResponse)
    request = client.build.follow_chat(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.follow_chat(i="PJ0MRSHTDG")  # error[keyword]: i


async def check_unfollow_chat_async(client: AsyncAgentWeb) -> None:
    """ChatsActions, awaited: -> UnfollowChatResponse."""
    result = await client.unfollow_chat(id="PJ0MRSHTDG")
    assert_type(result, UnfollowChatResponse)
    raw = await client.raw.unfollow_chat(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.unfollow_chat(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UnfollowChatResponse)
    request = client.build.unfollow_chat(id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.unfollow_chat(i="PJ0MRSHTDG")  # error[keyword]: i


async def check_transfer_chat_async(client: AsyncAgentWeb) -> None:
    """ChatAccessActions, awaited: -> TransferChatResponse."""
    result = await client.transfer_chat(id="PJ0MRSHTDG")
    assert_type(result, TransferChatResponse)
    raw = await client.raw.transfer_chat(id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.transfer_chat(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, TransferChatResponse)
    request = client.build.transfer_chat(id="PJ0MRSHTDG")
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
    raw = await client.raw.add_user_to_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
        visibility="all",
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.add_user_to_chat(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, AddUserToChatResponse)
    request = client.build.add_user_to_chat(
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
    raw = await client.raw.remove_user_from_chat(
        chat_id="PJ0MRSHTDG",
        user_id="smith@example.com",
        user_type="agent",
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.remove_user_from_chat(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, RemoveUserFromChatResponse)
    request = client.build.remove_user_from_chat(
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
    raw = await client.raw.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
    assert_type(raw, httpx.Response)
    result = await client.with_payload.send_event(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, SendEventResponse)
    request = client.build.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "hi"})
    assert_type(request, httpx.Request)
    await client.send_event(
        chat_i="PJ0MRSHTDG", event={"type": "message", "text": "hi"}
    )  # error[keyword]: chat_i


async def check_upload_file_async(client: AsyncAgentWeb) -> None:
    """EventsActions, awaited: -> UploadFileResponse."""
    result = await client.upload_file(file=b"%PDF-1.4 example")
    assert_type(result, UploadFileResponse)
    raw = await client.raw.upload_file(file=b"%PDF-1.4 example")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.upload_file(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UploadFileResponse)
    request = client.build.upload_file(file=b"%PDF-1.4 example")
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
    raw = await client.raw.send_rich_message_postback(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        postback={"id": "action_yes", "toggled": True},
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.send_rich_message_postback(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendRichMessagePostbackResponse)
    request = client.build.send_rich_message_postback(
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
    raw = await client.raw.update_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.update_chat_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateChatPropertiesResponse)
    request = client.build.update_chat_properties(
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
    raw = await client.raw.delete_chat_properties(
        id="PJ0MRSHTDG",
        properties={"routing": ["pinned"]},
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.delete_chat_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteChatPropertiesResponse)
    request = client.build.delete_chat_properties(
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
    raw = await client.raw.update_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.update_thread_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateThreadPropertiesResponse)
    request = client.build.update_thread_properties(
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
    raw = await client.raw.delete_thread_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        properties={"routing": ["pinned"]},
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.delete_thread_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteThreadPropertiesResponse)
    request = client.build.delete_thread_properties(
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
    raw = await client.raw.update_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": {"pinned": {"key": "value"}}},
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.update_event_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateEventPropertiesResponse)
    request = client.build.update_event_properties(
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
    raw = await client.raw.delete_event_properties(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        event_id="QBT14H4YPV_3",
        properties={"routing": ["pinned"]},
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.delete_event_properties(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, DeleteEventPropertiesResponse)
    request = client.build.delete_event_properties(
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
    raw = await client.raw.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.tag_thread(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, TagThreadResponse)
    request = client.build.tag_thread(chat_id="PJ0MRSHTDG", thread_id="QBT14H4YPV", tag="complaint")
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
    raw = await client.raw.untag_thread(
        chat_id="PJ0MRSHTDG",
        thread_id="QBT14H4YPV",
        tag="complaint",
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.untag_thread(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UntagThreadResponse)
    request = client.build.untag_thread(
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
    raw = await client.raw.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.get_customer(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, GetCustomerResponse)
    request = client.build.get_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    await client.get_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i


async def check_create_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> CreateCustomerResponse."""
    result = await client.create_customer()
    assert_type(result, CreateCustomerResponse)
    raw = await client.raw.create_customer()
    assert_type(raw, httpx.Response)
    result = await client.with_payload.create_customer(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, CreateCustomerResponse)
    request = client.build.create_customer()
    assert_type(request, httpx.Request)
    await client.create_customer(nam="example")  # error[keyword]: nam


async def check_update_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> UpdateCustomerResponse."""
    result = await client.update_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
    )
    assert_type(result, UpdateCustomerResponse)
    raw = await client.raw.update_customer(
        id="b7eff798-f8df-4364-8059-649c35c9ed0c",
        name="Jane Doe",
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.update_customer(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UpdateCustomerResponse)
    request = client.build.update_customer(
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
    raw = await client.raw.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(raw, httpx.Response)
    result = await client.with_payload.ban_customer(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, BanCustomerResponse)
    request = client.build.ban_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1})
    assert_type(request, httpx.Request)
    await client.ban_customer(
        i="b7eff798-f8df-4364-8059-649c35c9ed0c", ban={"days": 1}
    )  # error[keyword]: i


async def check_follow_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> FollowCustomerResponse."""
    result = await client.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, FollowCustomerResponse)
    raw = await client.raw.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.follow_customer(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, FollowCustomerResponse)
    request = client.build.follow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    await client.follow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i


async def check_unfollow_customer_async(client: AsyncAgentWeb) -> None:
    """CustomersActions, awaited: -> UnfollowCustomerResponse."""
    result = await client.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(result, UnfollowCustomerResponse)
    raw = await client.raw.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.unfollow_customer(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, UnfollowCustomerResponse)
    request = client.build.unfollow_customer(id="b7eff798-f8df-4364-8059-649c35c9ed0c")
    assert_type(request, httpx.Request)
    await client.unfollow_customer(i="b7eff798-f8df-4364-8059-649c35c9ed0c")  # error[keyword]: i


async def check_set_routing_status_async(client: AsyncAgentWeb) -> None:
    """StatusActions, awaited: -> SetRoutingStatusResponse."""
    result = await client.set_routing_status(status="accepting_chats")
    assert_type(result, SetRoutingStatusResponse)
    raw = await client.raw.set_routing_status(status="accepting_chats")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.set_routing_status(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SetRoutingStatusResponse)
    request = client.build.set_routing_status(status="accepting_chats")
    assert_type(request, httpx.Request)
    await client.set_routing_status(statu="accepting_chats")  # error[keyword]: statu


async def check_list_routing_statuses_async(client: AsyncAgentWeb) -> None:
    """StatusActions, awaited: -> ListRoutingStatusesResponse."""
    result = await client.list_routing_statuses()
    assert_type(result, ListRoutingStatusesResponse)
    raw = await client.raw.list_routing_statuses()
    assert_type(raw, httpx.Response)
    result = await client.with_payload.list_routing_statuses(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListRoutingStatusesResponse)
    request = client.build.list_routing_statuses()
    assert_type(request, httpx.Request)
    await client.list_routing_statuses(filter={"group_ids": [1]})  # error[keyword]: filter


async def check_logout_async(client: AsyncAgentWeb) -> None:
    """StatusActions, awaited: -> LogoutResponse."""
    result = await client.logout(agent_id="smith@example.com")
    assert_type(result, LogoutResponse)
    raw = await client.raw.logout(agent_id="smith@example.com")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.logout(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, LogoutResponse)
    request = client.build.logout(agent_id="smith@example.com")
    assert_type(request, httpx.Request)
    await client.logout(agent_i="smith@example.com")  # error[keyword]: agent_i


async def check_mark_events_as_seen_async(client: AsyncAgentWeb) -> None:
    """OtherActions, awaited: -> MarkEventsAsSeenResponse."""
    result = await client.mark_events_as_seen(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(result, MarkEventsAsSeenResponse)
    raw = await client.raw.mark_events_as_seen(
        chat_id="PJ0MRSHTDG",
        seen_up_to="2024-07-15T09:04:57.881200+00:00",
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.mark_events_as_seen(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, MarkEventsAsSeenResponse)
    request = client.build.mark_events_as_seen(
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
    raw = await client.raw.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True)
    assert_type(raw, httpx.Response)
    result = await client.with_payload.send_typing_indicator(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, SendTypingIndicatorResponse)
    request = client.build.send_typing_indicator(chat_id="PJ0MRSHTDG", is_typing=True)
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
    raw = await client.raw.multicast(
        recipients={"agents": {"all": True}},
        content={"text": "The office is closed on Friday"},
    )
    assert_type(raw, httpx.Response)
    result = await client.with_payload.multicast(payload={"anything": 1}, headers={"X-Trace": "1"})
    assert_type(result, MulticastResponse)
    request = client.build.multicast(
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
    raw = await client.raw.list_agents_for_transfer(chat_id="PJ0MRSHTDG")
    assert_type(raw, httpx.Response)
    result = await client.with_payload.list_agents_for_transfer(
        payload={"anything": 1},
        headers={"X-Trace": "1"},
    )
    assert_type(result, ListAgentsForTransferResponse)
    request = client.build.list_agents_for_transfer(chat_id="PJ0MRSHTDG")
    assert_type(request, httpx.Request)
    await client.list_agents_for_transfer(chat_i="PJ0MRSHTDG")  # error[keyword]: chat_i
