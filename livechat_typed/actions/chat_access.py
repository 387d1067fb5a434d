"""Chat access: transferring a chat to an agent or a group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from .._action import Action
from ..models._base import Request, RequestObject, ResponseObject
from ..models._param import ModelOrParam

if TYPE_CHECKING:
    from ..models.params import TransferTargetParam

__all__ = ["ChatAccessActions", "TransferChatRequest", "TransferChatResponse", "TransferTarget"]


class TransferTarget(RequestObject):
    """Where to transfer a chat: agents (by ID) or groups (by integer ID)."""

    type: Literal["group", "agent"]
    ids: list[str] | list[int] = Field(min_length=1)
    """Agent IDs (strings) for ``agent``, group IDs (integers) for ``group``."""


class TransferChatRequest(Request):
    """Transfer a chat to an agent or a group."""

    id: str
    """The chat to transfer."""
    target: ModelOrParam[TransferTarget, "TransferTargetParam"] | None = None
    """Where to transfer; if missing, the chat is transferred within its current group."""
    ignore_agents_availability: bool | None = None
    """``True`` queues the chat instead of failing when no agent can take it right away."""
    ignore_requester_presence: bool | None = None
    """``True`` allows transferring without being in the chat's users."""


class TransferChatResponse(ResponseObject):
    """Empty on success."""


class ChatAccessActions:
    """Chat access category."""

    transfer_chat = Action(TransferChatRequest, TransferChatResponse, idempotent=False)
