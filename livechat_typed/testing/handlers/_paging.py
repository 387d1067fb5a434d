"""Pagination of ``list_chats``, ``list_threads`` and ``list_archives``: pages and ``page_id``.

A ``page_id`` is URL-safe base64 of ``{"action", "listing", "offset"}``: the action it belongs
to, the first request's parameters (filters, limit, sort order, ...) and where the page starts.
A ``page_id`` that the fake did not issue for this action - not base64, not JSON, another shape,
parameters the action's request model refuses, an offset that is not a whole number from 0 to
:data:`MAX_OFFSET` - is a ``validation`` error, as the API's opaque cursors are.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import pydantic

from ...models._base import PagedRequest
from .._errors import ApiFailure
from .._wire import loads_strict

__all__ = ["MAX_OFFSET", "Listing", "listing_of", "page"]

Json = dict[str, Any]
P = TypeVar("P", bound=PagedRequest)
T = TypeVar("T")

MAX_OFFSET = 2**31 - 1
"""The largest offset a ``page_id`` may carry."""


@dataclass
class Listing(Generic[P]):
    """The listing a request asks for: its first request's parameters and where its page starts."""

    action: str
    first: P
    """The first page's request (its filters, limit and sort order apply to every page)."""
    params: Json
    """The same, as the JSON that ``page_id`` s carry."""
    offset: int


def listing_of(action: str, request: P) -> Listing[P]:
    """The listing of a first request, or of the ``page_id`` it sends."""
    if request.page_id is None:
        params = request.model_dump(mode="json", exclude_unset=True, exclude={"page_id"})
        return Listing(action, request, params, 0)
    try:
        cursor = loads_strict(base64.b64decode(request.page_id, altchars=b"-_", validate=True))
    except (binascii.Error, ValueError):
        raise ApiFailure("validation", "Invalid page_id") from None
    if not isinstance(cursor, dict) or set(cursor) != {"action", "listing", "offset"}:
        raise ApiFailure("validation", "Invalid page_id")
    params, offset = cursor["listing"], cursor["offset"]
    if cursor["action"] != action:
        raise ApiFailure("validation", "Invalid page_id: it belongs to another listing")
    if not isinstance(offset, int) or isinstance(offset, bool) or not 0 <= offset <= MAX_OFFSET:
        raise ApiFailure("validation", "Invalid page_id")
    model = type(request)
    if not isinstance(params, dict) or "page_id" in params or model.option_names() & set(params):
        raise ApiFailure("validation", "Invalid page_id")
    try:
        first = model.model_validate(params)
    except pydantic.ValidationError:
        raise ApiFailure("validation", "Invalid page_id") from None
    return Listing(action, first, params, offset)


def page(items: list[T], listing: Listing[Any], limit: int) -> tuple[list[T], Json]:
    """The page of ``items`` the listing points at, and the cursors next to it."""
    offset = listing.offset
    cursors: Json = {}
    if offset + limit < len(items):
        cursors["next_page_id"] = _cursor(listing, offset + limit)
    if offset > 0:
        cursors["previous_page_id"] = _cursor(listing, max(0, offset - limit))
    return items[offset : offset + limit], cursors


def _cursor(listing: Listing[Any], offset: int) -> str:
    cursor = {"action": listing.action, "listing": listing.params, "offset": offset}
    raw = json.dumps(cursor, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode()
