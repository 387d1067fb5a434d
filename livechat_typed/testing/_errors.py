"""The fake's answers before they are sent: LiveChat error bodies and the ``ApiFailure`` that
handlers raise to produce one."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ._faults import Fault

__all__ = ["STATUS", "ApiFailure", "FakeResponse", "error_answer", "json_answer"]

Json = dict[str, Any]

STATUS = {
    "authentication": 401,
    "authorization": 403,
    "not_found": 404,
    "validation": 400,
    "chat_inactive": 400,
    "missing_access": 403,
    "entity_too_large": 413,
    "misdirected_request": 421,
    "too_many_requests": 429,
    "internal": 500,
    "service_unavailable": 503,
}
"""The HTTP status of each error type (undocumented by the API; other types get ``400``)."""


class ApiFailure(Exception):
    """An error answer of the API (``{"error": {"type", "message", "data"?}}``), raised by a
    handler or by the request checks; the fake answers it instead of a result."""

    def __init__(self, error_type: str, message: str, data: Json | None = None) -> None:
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.data = data


@dataclass
class FakeResponse:
    """An answer before it is sent: ``fault`` asks the front to reset or delay it."""

    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    fault: Fault | None = None


def json_answer(status: int, value: Any) -> FakeResponse:
    """An answer with a JSON body."""
    return FakeResponse(status, json.dumps(value).encode(), [("content-type", "application/json")])


def error_answer(error_type: str, message: str, data: Json | None = None) -> FakeResponse:
    """A LiveChat error answer, with the status of its type."""
    error: Json = {"type": error_type, "message": message}
    if data is not None:
        error["data"] = data
    return json_answer(STATUS.get(error_type, 400), {"error": error})
