"""RTM frames: the request frame of a call, and the HTTP-shaped answer the actions parse.

A request frame is ``{"action", "request_id", "payload"}``; the answer is a frame with the same
``request_id``, ``"type": "response"``, ``success`` and ``payload`` (the result, or on failure
``{"error": {"type", "message", "data"?}}``, the Web API's error body). Pushes are frames with
``"type": "push"``.

The action descriptors parse ``httpx.Response`` s (:mod:`livechat_typed._action`): an answer
becomes one - ``200`` with the payload as the body for ``success: true``; for ``success: false``
the status the Web API gives that error type (so ``APIError.from_response`` raises the same
subclass, with the same ``status_code``) and the error as the body. The frame's JSON is parsed
once; the payload is written back as JSON for the descriptor (pydantic-core's ``to_json``, about
a third of the standard encoder's time), which the descriptor then validates as it validates a
Web answer: together about 1.4 times the CPU of ``model_validate`` on the decoded payload, a small
part of a round trip (measured in ``bench/rtm.py``).
"""

from __future__ import annotations

from typing import Any

import httpx
import pydantic
from pydantic_core import to_json

__all__ = [
    "ERROR_STATUS",
    "FrameHead",
    "answer_response",
    "read_head",
    "request_frame",
    "rtm_request",
]

ERROR_STATUS: dict[str, int] = {
    "authentication": 401,
    "authorization": 403,
    "not_found": 404,
    "validation": 400,
    "chat_inactive": 400,
    "missing_access": 403,
    "entity_too_large": 413,
    "misdirected_request": 421,
    "request_timeout": 408,
    "too_many_requests": 429,
    "internal": 500,
    "service_unavailable": 503,
}
"""The HTTP status of an error answer per error type (the Web API's; others: ``400``)."""


class FrameHead(pydantic.BaseModel):
    """What the reader needs to route a frame: its kind, action and request id (the payload is
    skipped, not built: a push is then validated from the text into its class in one pass)."""

    model_config = pydantic.ConfigDict(extra="ignore")

    type: Any = None
    action: Any = None
    request_id: Any = None


def read_head(data: str | bytes) -> FrameHead | None:
    """The head of a frame, or ``None`` for text that is not a JSON object."""
    try:
        return FrameHead.model_validate_json(data)
    except pydantic.ValidationError:
        return None


def request_frame(action: str, request_id: str, payload: bytes | None) -> bytes:
    """The UTF-8 JSON text of a request frame; ``payload`` is the action's encoded body."""
    return b'{"action":"%s","request_id":"%s","payload":%s}' % (
        action.encode(),
        request_id.encode(),
        payload if payload else b"{}",
    )


def rtm_request(url: httpx.URL, action: str, content: bytes | None) -> httpx.Request:
    """The ``httpx.Request`` an answer is attached to (``response.request``): the action's URL
    under the websocket's, the body the call sent, no credentials."""
    return httpx.Request("POST", url.copy_with(path=f"{url.path}/{action}"), content=content)


def answer_response(frame: dict[str, Any], request: httpx.Request) -> httpx.Response:
    """An answer frame as the ``httpx.Response`` the Web API would have given."""
    payload = frame.get("payload")
    content = to_json(payload) if payload is not None else b"{}"
    if frame.get("success") is True:
        status = 200
    else:
        error = payload.get("error") if isinstance(payload, dict) else None
        kind = error.get("type") if isinstance(error, dict) else None
        status = ERROR_STATUS.get(kind, 400) if isinstance(kind, str) else 400
    return httpx.Response(
        status,
        headers={"content-type": "application/json"},
        content=content,
        request=request,
    )
