"""``.iterate()`` of ``list_chats``, ``list_threads`` and ``list_archives``, sync and async.

A stateful mock server (:class:`PagedServer`) serves ``N`` items in pages the way the API does:
the first request of a listing sets the page size (``limit``, or the action's default) and the
filters; later requests carry only an opaque ``page_id`` cursor, and sending ``filters`` /
``limit`` / ``sort_order`` (or ``min_events_count``) with a ``page_id`` is a ``validation``
error, as is a cursor of another chat. Checked: every item exactly once, in order and typed;
what the first and the later requests carry; ``max_items`` (no unneeded page is fetched);
``next_page_id`` / ``page_id``; resuming from a saved cursor; ``.pages()``; per-call options on
every page; ``max_items`` refused by plain calls.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import json
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livechat_typed import AgentWeb, AsyncAgentWeb, InvalidRequestError
from livechat_typed.errors import APIError, APIValidationError
from livechat_typed.models import Chat, ChatSummary, Thread

from .helpers import TOKEN
from .spec_strategies import valid_kwargs

PAGINATED = ("list_chats", "list_threads", "list_archives")
ITEM_KEY = {"list_chats": "chats_summary", "list_threads": "threads", "list_archives": "chats"}
FOUND_KEY = {
    "list_chats": "found_chats",
    "list_threads": "found_threads",
    "list_archives": "found_chats",
}
ITEM_TYPE: dict[str, type] = {
    "list_chats": ChatSummary,
    "list_threads": Thread,
    "list_archives": Chat,
}
DEFAULT_LIMIT = {"list_chats": 10, "list_threads": 3, "list_archives": 10}
FIRST_PAGE_ONLY = frozenset({"filters", "limit", "sort_order", "min_events_count"})
EXCLUSIVE_WITH_PAGE_ID = FIRST_PAGE_ONLY  # what the server refuses next to a page_id
CHAT_ID = "CHAT0001"

_HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
EXAMPLES = settings(max_examples=25, deadline=None, database=None, suppress_health_check=_HEALTH)

KINDS = ("sync", "async")


# --- the mock server --------------------------------------------------------------------------


def _thread(i: int) -> dict[str, Any]:
    return {
        "id": f"T{i:04d}",
        "created_at": "2024-07-15T09:04:57.881200Z",
        "active": False,
        "user_ids": [],
        "events": [],
    }


def make_item(action: str, i: int) -> dict[str, Any]:
    if action == "list_chats":
        return {"id": f"C{i:04d}", "users": []}
    if action == "list_threads":
        return _thread(i)
    return {"id": f"C{i:04d}", "thread": _thread(i), "users": []}


def item_id(action: str, item: Any) -> str:
    return str(item.id)


def expected_ids(action: str, count: int) -> list[str]:
    return [make_item(action, i)["id"] for i in range(count)]


class PagedServer:
    """Serves ``total`` items of ``action`` in pages, keeping every request it gets."""

    def __init__(self, action: str, total: int) -> None:
        self.action = action
        self.items = [make_item(action, i) for i in range(total)]
        self.requests: list[httpx.Request] = []
        self.bodies: list[dict[str, Any]] = []
        self.fail_on: set[int] = set()
        """Request numbers (0-based) answered with a ``validation`` error instead."""
        self.transport = httpx.MockTransport(self.handle)

    @staticmethod
    def cursor(size: int, offset: int, chat_id: str | None) -> str:
        raw = json.dumps([size, offset, chat_id]).encode()
        return base64.urlsafe_b64encode(raw).decode("ascii")

    @staticmethod
    def _error(message: str) -> httpx.Response:
        return httpx.Response(400, json={"error": {"type": "validation", "message": message}})

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        number = len(self.requests)
        self.requests.append(request)
        body = json.loads(request.content)
        self.bodies.append(body)
        assert request.url.path.endswith("/" + self.action), request.url
        if number in self.fail_on:
            return self._error("injected failure")
        chat_id = body.get("chat_id")
        if self.action == "list_threads" and not isinstance(chat_id, str):
            return self._error("chat_id is required")
        if "page_id" in body:
            clash = sorted(set(body) & EXCLUSIVE_WITH_PAGE_ID)
            if clash:
                return self._error(f"page_id excludes {clash}")
            try:
                size, offset, cursor_chat = json.loads(base64.urlsafe_b64decode(body["page_id"]))
            except ValueError:
                return self._error("invalid page_id")
            if cursor_chat != chat_id:
                return self._error("page_id of another chat")
        else:
            size, offset = body.get("limit", DEFAULT_LIMIT[self.action]), 0
        end = offset + size
        answer: dict[str, Any] = {
            ITEM_KEY[self.action]: self.items[offset:end],
            FOUND_KEY[self.action]: len(self.items),
        }
        if end < len(self.items):
            answer["next_page_id"] = self.cursor(size, end, chat_id)
        if offset > 0:
            answer["previous_page_id"] = self.cursor(size, max(0, offset - size), chat_id)
        return httpx.Response(200, json=answer)


# --- driving sync and async clients the same way -------------------------------------------------


class Driver:
    """One interface over a sync or an async client talking to ``server``."""

    def __init__(self, kind: str, server: PagedServer) -> None:
        self.kind = kind
        self.server = server
        cls = AgentWeb if kind == "sync" else AsyncAgentWeb
        self.client: Any = cls(f"Bearer {TOKEN}", transport=server.transport, max_retries=0)

    def close(self) -> None:
        if self.kind == "sync":
            self.client.close()
        else:
            asyncio.run(self.client.aclose())

    def iterator(self, **kwargs: Any) -> Any:
        return getattr(self.client.iterate, self.server.action)(**kwargs)

    def items(self, iterator: Any) -> list[Any]:
        if self.kind == "sync":
            return list(iterator)

        async def collect() -> list[Any]:
            return [item async for item in iterator]

        return asyncio.run(collect())

    def pages(
        self, iterator: Any, stop: int | None = None, into: list[list[Any]] | None = None
    ) -> tuple[list[list[Any]], list[str | None]]:
        """Up to ``stop`` pages, and ``iterator.page_id`` seen while each page is handled."""
        pages: list[list[Any]] = [] if into is None else into
        page_ids: list[str | None] = []

        def take(page: list[Any]) -> bool:
            pages.append(page)
            page_ids.append(iterator.page_id)
            return stop is not None and len(pages) >= stop

        if self.kind == "sync":
            for page in iterator.pages():
                if take(page):
                    break
            return pages, page_ids

        async def collect() -> None:
            async for page in iterator.pages():
                if take(page):
                    break

        asyncio.run(collect())
        return pages, page_ids

    def call(self, method: str, **kwargs: Any) -> Any:
        holder = self.client if method == "call" else getattr(self.client, method)
        target = getattr(holder, self.server.action)
        result = target(**kwargs)
        if self.kind == "async" and method != "build":
            return asyncio.run(_await(result))
        return result


async def _await(awaitable: Any) -> Any:
    return await awaitable


def driver(kind: str, action: str, total: int) -> Driver:
    return Driver(kind, PagedServer(action, total))


# --- hypothesis inputs ----------------------------------------------------------------------------


@st.composite
def first_page_kwargs(draw: Callable[..., Any], action: str) -> dict[str, Any]:
    """Valid keyword arguments for a listing's first page, page size left to the test."""
    kwargs = copy.deepcopy(draw(valid_kwargs(action)))
    kwargs.pop("page_id", None)
    kwargs.pop("limit", None)
    if action == "list_threads":
        kwargs["chat_id"] = CHAT_ID
    return {name: value for name, value in kwargs.items() if value is not None}


def expected_later_body(first: dict[str, Any], page_id: str) -> dict[str, Any]:
    """A later page: ``page_id`` plus the first request's fields that are not first-page-only."""
    return {
        **{name: value for name, value in first.items() if name not in FIRST_PAGE_ONLY},
        "page_id": page_id,
    }


def page_count(needed: int, size: int) -> int:
    """Requests needed for ``needed`` items in pages of ``size`` (an empty listing: one)."""
    return max(1, math.ceil(needed / size))


# --- every item once, in order, typed; first vs later requests; max_items -------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", PAGINATED)
@EXAMPLES
@given(
    data=st.data(),
    total=st.integers(0, 23),
    size=st.integers(1, 7),
    max_items=st.none() | st.integers(1, 30),
)
def test_iterate_yields_every_item_once_in_order(
    kind: str, action: str, data: st.DataObject, total: int, size: int, max_items: int | None
) -> None:
    kwargs = data.draw(first_page_kwargs(action), label="first-page kwargs")
    if "min_events_count" in kwargs:  # it excludes limit: the server's default page size
        size = DEFAULT_LIMIT[action]
    else:
        kwargs["limit"] = size
    run = driver(kind, action, total)
    try:
        expected_first = json.loads(run.call("build", **kwargs).content)
        options = {} if max_items is None else {"max_items": max_items}
        iterator = run.iterator(**kwargs, **options)
        assert run.server.requests == []  # lazy: nothing is fetched before iterating
        items = run.items(iterator)
    finally:
        run.close()

    needed = total if max_items is None else min(total, max_items)
    assert [item_id(action, item) for item in items] == expected_ids(action, needed)
    assert all(type(item) is ITEM_TYPE[action] for item in items)

    bodies = run.server.bodies
    assert len(bodies) == page_count(needed, size)  # no page beyond what max_items needs
    assert bodies[0] == expected_first  # the first request is what a plain call sends
    assert "page_id" not in bodies[0]
    for number, body in enumerate(bodies[1:], start=1):
        assert body == expected_later_body(
            bodies[0], PagedServer.cursor(size, number * size, kwargs.get("chat_id"))
        )
    last_end = len(bodies) * size
    expected_next = (
        PagedServer.cursor(size, last_end, kwargs.get("chat_id")) if last_end < total else None
    )
    assert iterator.next_page_id == expected_next
    if max_items is None or max_items >= total:
        assert iterator.next_page_id is None


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", PAGINATED)
def test_default_page_size_and_no_filters(kind: str, action: str) -> None:
    total = 2 * DEFAULT_LIMIT[action] + 1
    kwargs = {"chat_id": CHAT_ID} if action == "list_threads" else {}
    run = driver(kind, action, total)
    items = run.items(run.iterator(**kwargs))
    run.close()
    assert [item_id(action, item) for item in items] == expected_ids(action, total)
    assert run.server.bodies[0] == kwargs
    assert len(run.server.bodies) == 3
    assert all(set(body) == {"page_id", *kwargs} for body in run.server.bodies[1:])


@pytest.mark.parametrize("kind", KINDS)
def test_min_events_count_goes_with_the_first_request_only(kind: str) -> None:
    run = driver(kind, "list_threads", 8)
    iterator = run.iterator(chat_id=CHAT_ID, min_events_count=5, sort_order="asc")
    assert len(run.items(iterator)) == 8
    run.close()
    first, *later = run.server.bodies
    assert first == {"chat_id": CHAT_ID, "min_events_count": 5, "sort_order": "asc"}
    assert len(later) == 2
    assert all(set(body) == {"chat_id", "page_id"} for body in later)


@pytest.mark.parametrize("kind", KINDS)
def test_highlights_and_chat_id_are_kept_on_later_pages(kind: str) -> None:
    run = driver(kind, "list_archives", 5)
    kwargs = {
        "filters": {"query": "refund"},
        "highlights": {"pre_tag": "<b>", "post_tag": "</b>"},
        "sort_order": "asc",
        "limit": 2,
    }
    run.items(run.iterator(**kwargs))
    run.close()
    first, *later = run.server.bodies
    assert first == kwargs
    assert [set(body) for body in later] == [{"highlights", "page_id"}] * 2
    assert all(body["highlights"] == kwargs["highlights"] for body in later)


# --- next_page_id, page_id, resuming -----------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", PAGINATED)
@EXAMPLES
@given(data=st.data(), total=st.integers(2, 25), size=st.integers(1, 6))
def test_resume_from_a_saved_cursor_gets_exactly_the_rest(
    kind: str, action: str, data: st.DataObject, total: int, size: int
) -> None:
    pages_total = page_count(total, size)
    stop = data.draw(st.integers(1, pages_total), label="pages before stopping")
    base = {"chat_id": CHAT_ID} if action == "list_threads" else {}
    run = driver(kind, action, total)
    first = run.iterator(**base, limit=size, sort_order="desc")
    pages, page_ids = run.pages(first, stop=stop)
    saved = first.next_page_id
    done = [item_id(action, item) for page in pages for item in page]
    assert done == expected_ids(action, min(total, stop * size))
    assert page_ids[0] is None  # the first page has no cursor
    for number, page_id in enumerate(page_ids[1:], start=1):
        assert page_id == PagedServer.cursor(size, number * size, base.get("chat_id"))

    if stop == pages_total:
        assert saved is None
        run.close()
        return
    assert saved == PagedServer.cursor(size, stop * size, base.get("chat_id"))
    fetched = len(run.server.requests)
    resumed = run.iterator(**base, page_id=saved)
    assert resumed.page_id == saved  # the page it starts at
    rest = run.items(resumed)
    run.close()
    assert [item_id(action, item) for item in rest] == expected_ids(action, total)[stop * size :]
    assert all(type(item) is ITEM_TYPE[action] for item in rest)
    assert resumed.next_page_id is None
    later = run.server.bodies[fetched:]
    assert len(later) == pages_total - stop
    assert later[0] == {**base, "page_id": saved}
    assert all(set(body) == {*base, "page_id"} for body in later)


@pytest.mark.parametrize("kind", KINDS)
def test_a_failed_page_can_be_resumed_without_loss_or_duplicates(kind: str) -> None:
    run = driver(kind, "list_chats", 10)
    run.server.fail_on = {2}  # the third page fails
    iterator = run.iterator(limit=3, filters={"active": True})
    pages: list[list[Any]] = []
    with pytest.raises(APIValidationError) as info:
        run.pages(iterator, into=pages)
    assert isinstance(info.value, APIError)
    assert len(pages) == 2
    saved = iterator.next_page_id
    assert saved == PagedServer.cursor(3, 6, None)  # the cursor of the page that failed
    run.server.fail_on = set()
    rest = run.items(run.iterator(page_id=saved))
    run.close()
    seen = [item_id("list_chats", item) for page in pages for item in page]
    seen += [item_id("list_chats", item) for item in rest]
    assert seen == expected_ids("list_chats", 10)


# --- .pages() ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", PAGINATED)
@EXAMPLES
@given(total=st.integers(0, 20), size=st.integers(1, 6), max_items=st.none() | st.integers(1, 25))
def test_pages_yields_one_typed_list_per_page(
    kind: str, action: str, total: int, size: int, max_items: int | None
) -> None:
    base = {"chat_id": CHAT_ID} if action == "list_threads" else {}
    options = {} if max_items is None else {"max_items": max_items}
    run = driver(kind, action, total)
    pages, _ = run.pages(run.iterator(**base, limit=size, **options))
    run.close()
    needed = total if max_items is None else min(total, max_items)
    ids = expected_ids(action, needed)
    expected = [ids[start : start + size] for start in range(0, needed, size)] or [[]]
    assert [[item_id(action, item) for item in page] for page in pages] == expected
    assert all(isinstance(page, list) for page in pages)
    assert all(type(item) is ITEM_TYPE[action] for page in pages for item in page)
    assert len(run.server.requests) == len(pages)


# --- per-call options on every page ---------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", PAGINATED)
@pytest.mark.parametrize(
    "timeout", [2.5, httpx.Timeout(5, connect=1.5)], ids=["seconds", "httpx.Timeout"]
)
def test_per_call_options_are_carried_to_every_page(
    kind: str, action: str, timeout: float | httpx.Timeout
) -> None:
    base = {"chat_id": CHAT_ID} if action == "list_threads" else {}
    run = driver(kind, action, 7)
    items = run.items(
        run.iterator(
            **base,
            limit=2,
            headers={"X-Trace": "t-1", "X-Region": "fra"},
            timeout=timeout,
            max_retries=1,
        )
    )
    run.close()
    assert len(items) == 7
    requests = run.server.requests
    assert len(requests) == 4
    for request in requests:
        assert request.headers["x-trace"] == "t-1"
        assert request.headers["x-region"] == "fra"
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        assert request.extensions["timeout"] == httpx.Timeout(timeout).as_dict()
    for body in run.server.bodies:
        assert not {"headers", "timeout", "max_retries", "max_items"} & set(body)


@pytest.mark.parametrize("kind", KINDS)
def test_per_call_max_retries_applies_to_every_page(kind: str) -> None:
    """A 503 on a later page is retried per the iterator's max_retries (idempotent action)."""
    server = PagedServer("list_chats", 6)
    answers: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        if len(server.requests) == 1 and answers.count(503) == 0:  # the 2nd page, once
            request.read()
            answers.append(503)
            return httpx.Response(503, headers={"Retry-After": "0"})
        answers.append(200)
        return server.handle(request)

    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    run = Driver(kind, server)
    run.client = cls(f"Bearer {TOKEN}", transport=httpx.MockTransport(flaky), max_retries=0)
    items = run.items(run.iterator(limit=2, max_retries=1))
    run.close()
    assert [item_id("list_chats", item) for item in items] == expected_ids("list_chats", 6)
    assert answers == [200, 503, 200, 200]


# --- max_items: iterate-only ------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", PAGINATED)
@pytest.mark.parametrize("method", ["call", "raw", "build"])
def test_max_items_on_a_plain_call_is_refused(kind: str, action: str, method: str) -> None:
    base = {"chat_id": CHAT_ID} if action == "list_threads" else {}
    run = driver(kind, action, 5)
    with pytest.raises(InvalidRequestError) as info:
        run.call(method, **base, max_items=3)
    run.close()
    assert [tuple(error["loc"]) for error in info.value.errors] == [("max_items",)]
    assert "max_items" in str(info.value)
    assert run.server.requests == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("kwargs", "loc"),
    [
        ({"max_items": 0}, ("max_items",)),
        ({"max_items": -3}, ("max_items",)),
        ({"limit": 0}, ("limit",)),
        ({"limit": 101}, ("limit",)),
        ({"page_id": "abc", "limit": 5}, ()),
        ({"page_id": "abc", "filters": {"active": True}}, ()),
        ({"page_id": "abc", "sort_order": "asc"}, ()),
        ({"limitt": 5}, ("limitt",)),
        ({"timeout": -1}, ("timeout",)),
    ],
)
def test_bad_iterate_arguments_raise_when_iterate_is_called(
    kind: str, kwargs: dict[str, Any], loc: tuple[str, ...]
) -> None:
    run = driver(kind, "list_chats", 5)
    with pytest.raises(InvalidRequestError) as info:
        run.iterator(**kwargs)  # before any iteration
    run.close()
    assert loc in [tuple(error["loc"]) for error in info.value.errors]
    assert run.server.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_iterate_takes_keyword_arguments_only(kind: str) -> None:
    run = driver(kind, "list_chats", 1)
    with pytest.raises(TypeError, match="keyword arguments only"):
        run.client.iterate.list_chats("positional")
    run.close()
    assert run.server.requests == []


def test_sync_and_async_iterators_send_the_same_requests() -> None:
    bodies = {}
    for kind in KINDS:
        run = driver(kind, "list_archives", 9)
        run.items(run.iterator(filters={"query": "x"}, limit=4, highlights={}))
        run.close()
        bodies[kind] = [request.content for request in run.server.requests]
    assert bodies["sync"] == bodies["async"]
    assert len(bodies["sync"]) == 3
