"""Chats: listing, reading, starting, resuming, deactivating and following chats."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .._action import Action
from .._pagination import PaginatedAction
from ..models._base import (
    PagedRequest,
    Request,
    RequestObject,
    ResponseObject,
    SequenceInput,
)
from ..models._param import ModelOrParam
from ..models.chats import Chat, ChatSummary, Thread
from ..models.common import PropertiesInput, SortOrder, UserType
from ..models.event_inputs import EventInput
from ..models.filters import Highlights, ListArchivesFilters, ListChatsFilters, ListThreadsFilters

if TYPE_CHECKING:
    from ..models.params import (
        AccessInputParam,
        ChatInputParam,
        ChatUserInputParam,
        EventInputParam,
        HighlightsParam,
        ListArchivesFiltersParam,
        ListChatsFiltersParam,
        ListThreadsFiltersParam,
        ResumeChatInputParam,
        ThreadInputParam,
    )

__all__ = [
    "AccessInput",
    "ChatInput",
    "ChatUserInput",
    "ChatsActions",
    "DeactivateChatRequest",
    "DeactivateChatResponse",
    "FollowChatRequest",
    "FollowChatResponse",
    "GetChatRequest",
    "GetChatResponse",
    "ListArchivesRequest",
    "ListArchivesResponse",
    "ListChatsRequest",
    "ListChatsResponse",
    "ListThreadsRequest",
    "ListThreadsResponse",
    "ResumeChatInput",
    "ResumeChatRequest",
    "ResumeChatResponse",
    "StartChatRequest",
    "StartChatResponse",
    "ThreadInput",
    "UnfollowChatRequest",
    "UnfollowChatResponse",
]


# --- list_chats -------------------------------------------------------------------------------


class ListChatsRequest(PagedRequest):
    """Return summaries of the chats the agent has access to, newest first by default."""

    filters: ModelOrParam[ListChatsFilters, "ListChatsFiltersParam"] | None = None
    """Filters; must stay the same for every page of one listing."""
    sort_order: SortOrder | None = None
    """``desc`` (default) or ``asc``, by the creation date of the chat's last thread."""
    limit: int | None = Field(default=None, ge=1, le=100)
    """Chats per page, 1 to 100 (API default 10)."""


class ListChatsResponse(ResponseObject):
    """A page of chat summaries."""

    chats_summary: list[ChatSummary] = Field(default_factory=list)
    found_chats: int | None = None
    """An estimate of the total number of matching chats."""
    next_page_id: str | None = None
    """Cursor of the next page; absent on the last page."""
    previous_page_id: str | None = None
    """Cursor of the previous page; absent on the first page."""


# --- list_threads -----------------------------------------------------------------------------


class ListThreadsRequest(PagedRequest):
    """Return the threads of a chat that the agent has access to."""

    chat_id: str
    """The chat whose threads to list."""
    sort_order: SortOrder | None = None
    """``desc`` (default) or ``asc``."""
    limit: int | None = Field(default=None, ge=1, le=100)
    """Threads per page, 1 to 100 (API default 3)."""
    min_events_count: int | None = Field(default=None, ge=1, le=100)
    """Return at least this many events (1 to 100), reaching into older threads if needed."""
    filters: ModelOrParam[ListThreadsFilters, "ListThreadsFiltersParam"] | None = None
    """A creation-date window (``from``/``to``); not together with ``min_events_count``."""

    first_page_only: ClassVar[tuple[str, ...]] = (
        "filters",
        "limit",
        "sort_order",
        "min_events_count",
    )

    @model_validator(mode="after")
    def _min_events_count_alone(self) -> ListThreadsRequest:
        if self.min_events_count is not None and (
            self.limit is not None or self.filters is not None
        ):
            raise PydanticCustomError(
                "min_events_count_exclusive", "min_events_count excludes limit and filters"
            )
        return self


class ListThreadsResponse(ResponseObject):
    """A page of threads."""

    threads: list[Thread] = Field(default_factory=list)
    found_threads: int | None = None
    next_page_id: str | None = None
    """Cursor of the next page; absent on the last page."""
    previous_page_id: str | None = None
    """Cursor of the previous page; absent on the first page."""


# --- get_chat ---------------------------------------------------------------------------------


class GetChatRequest(Request):
    """Return a chat with one thread (the latest one by default)."""

    chat_id: str
    """The chat to return."""
    thread_id: str | None = None
    """The thread to return; default: the latest thread, if any."""


class GetChatResponse(Chat):
    """A chat with a single thread."""


# --- list_archives ----------------------------------------------------------------------------


class ListArchivesRequest(PagedRequest):
    """Return chats the agent has access to, each with the events of one thread."""

    filters: ModelOrParam[ListArchivesFilters, "ListArchivesFiltersParam"] | None = None
    """Search filters."""
    sort_order: SortOrder | None = None
    """``desc`` (default) or ``asc``."""
    limit: int | None = Field(default=None, ge=1, le=100)
    """Chats per page, 1 to 100 (API default 10)."""
    highlights: ModelOrParam[Highlights, "HighlightsParam"] | None = None
    """Highlight matches of ``filters.query``; ``{}`` enables the defaults."""


class ListArchivesResponse(ResponseObject):
    """A page of archived chats, each with one thread (a chat may repeat with other threads)."""

    chats: list[Chat] = Field(default_factory=list)
    found_chats: int | None = None
    next_page_id: str | None = None
    """Cursor of the next page; absent on the last page."""
    previous_page_id: str | None = None
    """Cursor of the previous page; absent on the first page."""


# --- start_chat / resume_chat -----------------------------------------------------------------


class AccessInput(RequestObject):
    """Who can access a chat: agents of these groups (group 0 = every agent)."""

    group_ids: list[int]


class ChatUserInput(RequestObject):
    """An existing user to put in the chat."""

    id: str
    type: UserType


class ThreadInput(RequestObject):
    """The first thread of a chat: initial events and thread properties."""

    events: SequenceInput[ModelOrParam[EventInput, "EventInputParam"]] | None = None
    """Initial events; authors other than the requester must be in ``chat.users``."""
    properties: PropertiesInput | None = None


class ChatInput(RequestObject):
    """The chat to start: properties, access, users and the first thread."""

    properties: PropertiesInput | None = None
    access: ModelOrParam[AccessInput, "AccessInputParam"] | None = None
    users: SequenceInput[ModelOrParam[ChatUserInput, "ChatUserInputParam"]] | None = None
    """Up to 4 agents besides the requester, and 1 customer."""
    thread: ModelOrParam[ThreadInput, "ThreadInputParam"] | None = None


class ResumeChatInput(ChatInput):
    """The chat to resume, by ``id``; access defaults to all agents."""

    id: str


class StartChatRequest(Request):
    """Start a new chat, optionally with users, properties and initial events."""

    chat: ModelOrParam[ChatInput, "ChatInputParam"] | None = None
    """The chat's properties, access, users and first thread."""
    active: bool | None = None
    """``False`` creates an inactive thread (API default ``True``)."""
    continuous: bool | None = None
    """Start a continuous chat, which needs no online group (API default ``False``)."""


class StartChatResponse(ResponseObject):
    """The IDs of the new chat, its thread and the events you sent."""

    chat_id: str
    thread_id: str
    event_ids: list[str] | None = None
    """Only when initial events were sent; IDs of your events only."""


class ResumeChatRequest(Request):
    """Reopen an archived chat with a new thread."""

    chat: ModelOrParam[ResumeChatInput, "ResumeChatInputParam"]
    """The chat to resume (``id`` required)."""
    active: bool | None = None
    """``False`` creates an inactive thread (API default ``True``)."""
    continuous: bool | None = None
    """Set continuous mode; left out, the chat keeps its current mode."""


class ResumeChatResponse(ResponseObject):
    """The new thread and the IDs of the events you sent."""

    thread_id: str
    event_ids: list[str] | None = None
    """Only when initial events were sent."""


# --- deactivate / follow / unfollow -----------------------------------------------------------


class DeactivateChatRequest(Request):
    """Close the chat's active thread; no more messages can be sent to it."""

    id: str
    """The chat to deactivate."""
    ignore_requester_presence: bool | None = None
    """``True`` allows deactivating without being in the chat's users."""


class DeactivateChatResponse(ResponseObject):
    """Empty on success."""


class FollowChatRequest(Request):
    """Follow a chat: receive all its changes until it is reactivated or unfollowed."""

    id: str
    """The chat to follow."""


class FollowChatResponse(ResponseObject):
    """Empty on success."""


class UnfollowChatRequest(Request):
    """Stop following a chat; chat members cannot unfollow."""

    id: str
    """The chat to unfollow."""


class UnfollowChatResponse(ResponseObject):
    """Empty on success."""


class ChatsActions:
    """Chats category."""

    list_chats = PaginatedAction(
        ListChatsRequest, ListChatsResponse, items=lambda page: page.chats_summary
    )
    list_threads = PaginatedAction(
        ListThreadsRequest, ListThreadsResponse, items=lambda page: page.threads
    )
    get_chat = Action(GetChatRequest, GetChatResponse, idempotent=True)
    list_archives = PaginatedAction(
        ListArchivesRequest, ListArchivesResponse, items=lambda page: page.chats
    )
    start_chat = Action(StartChatRequest, StartChatResponse, idempotent=False)
    resume_chat = Action(ResumeChatRequest, ResumeChatResponse, idempotent=False)
    deactivate_chat = Action(DeactivateChatRequest, DeactivateChatResponse, idempotent=False)
    follow_chat = Action(FollowChatRequest, FollowChatResponse, idempotent=True)
    unfollow_chat = Action(UnfollowChatRequest, UnfollowChatResponse, idempotent=True)
