"""Customers: reading, creating, updating, banning and following customers."""

from __future__ import annotations

from typing import Any

from ...actions.customers import (
    Ban,
    BanCustomerRequest,
    CreateCustomerRequest,
    FollowCustomerRequest,
    GetCustomerRequest,
    UnfollowCustomerRequest,
    UpdateCustomerRequest,
)
from .._context import FakeContext
from ._lookups import find_customer
from ._values import as_json, as_model

__all__ = [
    "ban_customer",
    "create_customer",
    "follow_customer",
    "get_customer",
    "unfollow_customer",
    "update_customer",
]

Json = dict[str, Any]
_PRIVATE = ("banned_days", "followers")
"""What the fake keeps on a customer besides the API's fields."""


def get_customer(fake: FakeContext, requester: str, request: GetCustomerRequest) -> Json:
    customer = find_customer(fake, request.id)
    public = {key: value for key, value in customer.items() if key not in _PRIVATE}
    chat_ids = [chat.id for chat in fake.state.chats.values() if request.id in chat.users]
    public["statistics"] = {**public.get("statistics", {}), "chats_count": len(chat_ids)}
    return {**public, **({"chat_ids": chat_ids} if chat_ids else {})}


def create_customer(fake: FakeContext, requester: str, request: CreateCustomerRequest) -> Json:
    customer_id = fake.ids.uuid()
    given = as_json(request.model_dump(exclude_unset=True))
    customer: Json = {
        "id": customer_id,
        "type": "customer",
        "created_at": fake.clock.stamp(),
        "statistics": {"chats_count": 0},
        **{key: value for key, value in given.items() if value is not None},
    }
    customer.update(banned_days=0, followers=[])
    fake.state.customers[customer_id] = customer
    return {"customer_id": customer_id}


def update_customer(fake: FakeContext, requester: str, request: UpdateCustomerRequest) -> None:
    customer = find_customer(fake, request.id)
    changes = as_json(request.model_dump(exclude_unset=True, exclude={"id"}))
    customer.update({key: value for key, value in changes.items() if value is not None})


def ban_customer(fake: FakeContext, requester: str, request: BanCustomerRequest) -> None:
    find_customer(fake, request.id)["banned_days"] = as_model(request.ban, Ban).days


def follow_customer(fake: FakeContext, requester: str, request: FollowCustomerRequest) -> None:
    followers = find_customer(fake, request.id)["followers"]
    if requester not in followers:
        followers.append(requester)


def unfollow_customer(fake: FakeContext, requester: str, request: UnfollowCustomerRequest) -> None:
    followers = find_customer(fake, request.id)["followers"]
    if requester in followers:
        followers.remove(requester)
