"""Users as the API returns them: agents, customers (with their visits and statistics)."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, Union

from pydantic import Discriminator, Field

from ._base import OpenLiteral, ResponseObject, Timestamp, UnknownVariant
from .common import RoutingStatus

__all__ = [
    "Agent",
    "Customer",
    "CustomerLastVisit",
    "CustomerStatistics",
    "Geolocation",
    "MyProfile",
    "UnknownUser",
    "User",
    "VisitedPage",
]


class Geolocation(ResponseObject):
    """Where a visit came from."""

    country: str | None = None
    country_code: str | None = None
    """ISO 3166-1 alpha-2."""
    region: str | None = None
    city: str | None = None
    timezone: str | None = None
    """IANA time zone name."""
    latitude: str | None = None
    """Decimal degrees, as a string."""
    longitude: str | None = None
    """Decimal degrees, as a string."""


class VisitedPage(ResponseObject):
    """A page the customer opened."""

    opened_at: Timestamp | None = None
    url: str | None = None
    title: str | None = None


class CustomerLastVisit(ResponseObject):
    """The customer's last visit."""

    started_at: Timestamp | None = None
    ended_at: Timestamp | None = None
    referrer: str | None = None
    ip: str | None = None
    user_agent: str | None = None
    geolocation: Geolocation | None = None
    last_pages: list[VisitedPage] | None = None


class CustomerStatistics(ResponseObject):
    """Counters about a customer; any subset may be present."""

    chats_count: int | None = None
    threads_count: int | None = None
    visits_count: int | None = None
    page_views_count: int | None = None
    greetings_shown_count: int | None = None
    greetings_accepted_count: int | None = None


class Agent(ResponseObject):
    """An agent (or bot) in a chat."""

    id: str
    """The agent's login (e-mail) or the bot's ID."""
    type: Literal["agent"] = "agent"
    name: str | None = None
    email: str | None = None
    present: bool | None = None
    """Whether the agent is currently in the chat."""
    events_seen_up_to: Timestamp | None = None
    avatar: str | None = None
    """Avatar URL, sometimes without a scheme."""
    visibility: OpenLiteral[Literal["all", "agents"]] | None = None


class Customer(ResponseObject):
    """A customer; every member but ``id`` and ``type`` is optional."""

    id: str
    """The customer ID (a UUID)."""
    type: Literal["customer"] = "customer"
    name: str | None = None
    email: str | None = None
    email_verified: bool | None = None
    avatar: str | None = None
    created_at: Timestamp | None = None
    session_fields: list[dict[str, str]] | None = None
    statistics: CustomerStatistics | None = None
    last_visit: CustomerLastVisit | None = None
    present: bool | None = None
    events_seen_up_to: Timestamp | None = None
    agent_last_event_created_at: Timestamp | None = None
    customer_last_event_created_at: Timestamp | None = None
    followed: bool | None = None
    online: bool | None = None
    group_ids: list[int] | None = None
    state: str | None = None
    """E.g. ``browsing``."""

    _documented_extras: ClassVar[frozenset[str]] = frozenset({"__priv_lc2_customer_id"})

    @property
    def priv_lc2_customer_id(self) -> str | None:
        """Legacy (LiveChat 2) customer ID, sent as ``__priv_lc2_customer_id``.

        Kept as an extra member: pydantic cannot name a field with a leading underscore, and an
        aliased field would swallow a member spelled like its Python name.
        """
        value = (self.__pydantic_extra__ or {}).get("__priv_lc2_customer_id")
        return value if isinstance(value, str) else None


class MyProfile(ResponseObject):
    """The requester's own profile (returned by the RTM API's ``login``, not by Web methods)."""

    id: str
    type: Literal["agent"] = "agent"
    name: str | None = None
    email: str | None = None
    present: bool | None = None
    events_seen_up_to: Timestamp | None = None
    avatar: str | None = None
    routing_status: OpenLiteral[RoutingStatus] | None = None
    permission: str | None = None
    """E.g. ``administrator``."""


class UnknownUser(UnknownVariant):
    """A user of a type this client does not know, or not in its documented shape."""


User = Annotated[
    Union[  # noqa: UP007
        Annotated[Union[Agent, Customer], Discriminator("type")],  # noqa: UP007
        UnknownUser,
    ],
    Field(union_mode="left_to_right"),
]
"""A chat user, by ``type``; anything else parses as :class:`UnknownUser`."""
