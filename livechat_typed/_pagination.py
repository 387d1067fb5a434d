"""Paginated actions: a call fetches one page, ``client.iterate.<action>()`` every page.

Declared like any action (``list_chats = PaginatedAction(ListChatsRequest, ListChatsResponse,
items=lambda page: page.chats)``); bound to a client, its ``iterate`` form returns a
:class:`PageIterator` (:class:`AsyncPageIterator` on an async client) that follows
``next_page_id`` until the end, within ``max_items``. Only the categories with paginated actions
load this module.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Generic, cast, overload

from ._action import (
    Action,
    AsyncBoundAction,
    BoundAction,
    ItemT,
    P,
    PagedT,
    RespT,
    positional_error,
)
from ._sending import AsyncSender, Sender, SyncSender
from .errors import PaginationError

__all__ = [
    "AsyncPageIterator",
    "AsyncPaginatedBoundAction",
    "PageIterator",
    "PaginatedAction",
    "PaginatedBoundAction",
]


class PaginatedAction(Action[P, PagedT, RespT], Generic[P, PagedT, RespT, ItemT]):
    """An action whose answers come in pages: ``client.iterate.<action>()`` too.

    ``items`` picks the list of items out of one page (``lambda page: page.chats``).
    """

    __slots__ = ("items",)

    def __init__(
        self,
        request_model: Callable[P, PagedT],
        response_model: type[RespT],
        *,
        items: Callable[[RespT], Sequence[ItemT]],
    ) -> None:
        super().__init__(request_model, response_model, idempotent=True)
        self.items = items

    @overload
    def __get__(self, instance: None, owner: type) -> PaginatedAction[P, PagedT, RespT, ItemT]: ...

    @overload
    def __get__(
        self, instance: SyncSender, owner: type
    ) -> PaginatedBoundAction[P, PagedT, RespT, ItemT]: ...

    @overload
    def __get__(
        self, instance: AsyncSender, owner: type
    ) -> AsyncPaginatedBoundAction[P, PagedT, RespT, ItemT]: ...

    def __get__(self, instance: Sender | None, owner: type) -> Any:
        return Action.__get__(self, cast(Any, instance), owner)

    def _bind(self, client: Sender) -> Any:
        return (AsyncPaginatedBoundAction if client.is_async else PaginatedBoundAction)(
            self, client
        )


# --- pagination ------------------------------------------------------------------------------


class _Pages(Generic[PagedT, RespT, ItemT]):
    """The state of one paginated listing: the next request, the cursor and the item budget."""

    def __init__(self, action: PaginatedAction[Any, PagedT, RespT, ItemT], first: PagedT) -> None:
        self.action = action
        self.request: PagedT | None = first
        self.remaining = first.max_items
        self.page_id: str | None = first.page_id
        self.next_page_id: str | None = None
        self.seen: set[str] = set() if first.page_id is None else {first.page_id}

    def advance(self, page: RespT) -> list[ItemT]:
        """Record a fetched page; return the items of it that are within ``max_items``."""
        items = list(self.action.items(page))
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
        self.next_page_id = getattr(page, "next_page_id", None)
        finished = not self.next_page_id or self.remaining == 0
        if not finished and self.next_page_id in self.seen:
            raise PaginationError(
                f"iterate.{self.action.name}(): the server sent the cursor {self.next_page_id!r} "
                "a second time; stopping instead of looping over the same pages",
                page_id=cast(str, self.next_page_id),
            )
        if self.next_page_id:
            self.seen.add(self.next_page_id)
        assert self.request is not None
        self.request = None if finished else self.request.next_page(cast(str, self.next_page_id))
        return items

    def next(self) -> PagedT | None:
        if self.request is not None and self.request.page_id is not None:
            self.page_id = self.request.page_id
        return self.request


class _Cursor(Generic[ItemT]):
    """Where a listing stands: what sync and async page iterators share."""

    def __init__(self, fetch: Callable[[Any], Any], pages: _Pages[Any, Any, ItemT]) -> None:
        self._fetch = fetch
        self._pages = pages

    @property
    def next_page_id(self) -> str | None:
        """The cursor to resume from: the page after the last one fetched."""
        return self._pages.next_page_id

    @property
    def page_id(self) -> str | None:
        """The cursor of the page being iterated (``None`` for a listing's first page)."""
        return self._pages.page_id


class PageIterator(_Cursor[ItemT]):
    """Iterate the items of every page of a listing, fetching pages as they are needed.

    ``next_page_id`` is the cursor of the page after the last one fetched (``None`` at the end):
    save it once a page is done (iterate :meth:`pages` to work page by page) and pass it as
    ``page_id=`` to ``client.iterate.<action>()`` later to resume. ``page_id`` is the cursor of
    the current page.
    """

    def pages(self) -> Iterator[list[ItemT]]:
        """Iterate page by page: each element is the list of items of one page."""
        while (request := self._pages.next()) is not None:
            yield self._pages.advance(self._fetch(request))

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page


class AsyncPageIterator(_Cursor[ItemT]):
    """The async twin of :class:`PageIterator`: ``async for x in client.iterate.list_chats()``."""

    async def pages(self) -> AsyncIterator[list[ItemT]]:
        """Iterate page by page: each element is the list of items of one page."""
        while (request := self._pages.next()) is not None:
            yield self._pages.advance(await self._fetch(request))

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page:
                yield item


class PaginatedBoundAction(BoundAction[P, PagedT, RespT], Generic[P, PagedT, RespT, ItemT]):
    """A paginated action bound to ``AgentWeb``: a call fetches one page, its ``iterate`` form
    (``client.iterate.<action>()``) all."""

    __slots__ = ()

    def iterate(self, *args: P.args, **kwargs: P.kwargs) -> PageIterator[ItemT]:
        """Deprecated spelling of ``client.iterate.<action>(...)`` (warns, then iterates)."""
        return self._old_spelling("iterate")(*args, **kwargs)  # type: ignore[no-any-return]

    def _iterate(self, *args: P.args, **kwargs: P.kwargs) -> PageIterator[ItemT]:
        """Iterate the items of every page, following ``next_page_id`` until the end.

        The filters, limit and sort order go with the first request only, as the API requires;
        ``max_items`` stops early, ``page_id`` resumes a listing.
        """
        action = _paginated(self._action)
        return PageIterator(self._fetch, _Pages(action, _first_request(action, args, kwargs)))

    def _fetch(self, request: PagedT) -> RespT:
        return self._call_prepared(*self._build_prepared(Action.prepared(request)))


class AsyncPaginatedBoundAction(
    AsyncBoundAction[P, PagedT, RespT], Generic[P, PagedT, RespT, ItemT]
):
    """A paginated action bound to ``AsyncAgentWeb``: ``async for`` over its ``iterate`` form."""

    __slots__ = ()

    def iterate(self, *args: P.args, **kwargs: P.kwargs) -> AsyncPageIterator[ItemT]:
        """Deprecated spelling of ``client.iterate.<action>(...)`` (warns, then iterates)."""
        return self._old_spelling("iterate")(*args, **kwargs)  # type: ignore[no-any-return]

    def _iterate(self, *args: P.args, **kwargs: P.kwargs) -> AsyncPageIterator[ItemT]:
        """Iterate the items of every page, following ``next_page_id`` until the end."""
        action = _paginated(self._action)
        return AsyncPageIterator(self._fetch, _Pages(action, _first_request(action, args, kwargs)))

    async def _fetch(self, request: PagedT) -> RespT:
        return await self._call(*self._build_prepared(Action.prepared(request)))


def _paginated(action: Action[Any, Any, Any]) -> PaginatedAction[Any, Any, Any, Any]:
    assert isinstance(action, PaginatedAction)
    return action


def _first_request(
    action: PaginatedAction[Any, PagedT, Any, Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> PagedT:
    if args:
        raise positional_error(action, f"iterate.{action.name}()", len(args))
    return action.validate(kwargs)
