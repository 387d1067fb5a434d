"""Customers: reading, creating, updating, banning and following customers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .._action import Action
from ..models._base import Request, RequestObject, ResponseObject
from ..models._param import ModelOrParam
from ..models.common import UUID_PATTERN, SessionFields
from ..models.users import Customer

if TYPE_CHECKING:
    from ..models.params import BanParam

__all__ = [
    "Ban",
    "BanCustomerRequest",
    "BanCustomerResponse",
    "CreateCustomerRequest",
    "CreateCustomerResponse",
    "CustomersActions",
    "FollowCustomerRequest",
    "FollowCustomerResponse",
    "GetCustomerRequest",
    "GetCustomerResponse",
    "UnfollowCustomerRequest",
    "UnfollowCustomerResponse",
    "UpdateCustomerRequest",
    "UpdateCustomerResponse",
]


class GetCustomerRequest(Request):
    """Return the customer with the given ID."""

    id: str
    """The customer ID (a UUID)."""


class GetCustomerResponse(Customer):
    """A customer, with the IDs of their chats."""

    chat_ids: list[str] | None = None
    """Present once the customer has had a chat."""


class CreateCustomerRequest(Request):
    """Create a customer."""

    name: str | None = None
    """The customer's name."""
    email: str | None = None
    """The customer's email address."""
    avatar: str | None = None
    """URL of the customer's avatar."""
    session_fields: SessionFields | None = None
    """Ordered single key/value objects, e.g. ``[{"plan": "pro"}]``."""


class CreateCustomerResponse(ResponseObject):
    """The ID of the new customer."""

    customer_id: str


class UpdateCustomerRequest(Request):
    """Update a customer's name, email, avatar or session fields (at least one of them)."""

    id: str = Field(pattern=UUID_PATTERN)
    """The customer ID (a UUID)."""
    name: str | None = None
    """The customer's name."""
    email: str | None = None
    """The customer's email address."""
    avatar: str | None = None
    """URL of the customer's avatar."""
    session_fields: SessionFields | None = None
    """Ordered single key/value objects, e.g. ``[{"plan": "pro"}]``."""

    @model_validator(mode="after")
    def _needs_a_change(self) -> UpdateCustomerRequest:
        changed = {"name", "email", "avatar", "session_fields"} & {
            name for name in self.model_fields_set if getattr(self, name) is not None
        }
        if not changed:
            raise PydanticCustomError(
                "nothing_to_update",
                "besides id, give at least one of name, email, avatar, session_fields",
            )
        return self


class UpdateCustomerResponse(ResponseObject):
    """Empty on success."""


class Ban(RequestObject):
    """How long a ban lasts."""

    days: int
    """Number of days the customer stays banned."""


class BanCustomerRequest(Request):
    """Ban a customer: end their sessions and refuse new ones for ``ban.days`` days."""

    id: str
    """The customer ID."""
    ban: ModelOrParam[Ban, "BanParam"]
    """How long the ban lasts: ``Ban(days=...)`` or a dict."""


class BanCustomerResponse(ResponseObject):
    """Empty on success."""


class FollowCustomerRequest(Request):
    """Follow a customer: receive pushes about their changes until they leave."""

    id: str
    """The customer ID."""


class FollowCustomerResponse(ResponseObject):
    """Empty on success."""


class UnfollowCustomerRequest(Request):
    """Stop following a customer."""

    id: str
    """The customer ID."""


class UnfollowCustomerResponse(ResponseObject):
    """Empty on success."""


class CustomersActions:
    """Customers category."""

    get_customer = Action(GetCustomerRequest, GetCustomerResponse, idempotent=True)
    create_customer = Action(CreateCustomerRequest, CreateCustomerResponse, idempotent=False)
    update_customer = Action(UpdateCustomerRequest, UpdateCustomerResponse, idempotent=True)
    ban_customer = Action(BanCustomerRequest, BanCustomerResponse, idempotent=True)
    follow_customer = Action(FollowCustomerRequest, FollowCustomerResponse, idempotent=True)
    unfollow_customer = Action(UnfollowCustomerRequest, UnfollowCustomerResponse, idempotent=True)
