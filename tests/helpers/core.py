"""The basics shared by the tests: the in-repo API spec, a recording mock transport, minimal
answers, and how error messages list a text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

__all__ = [
    "MINIMAL_BODIES",
    "SPEC_PATH",
    "TOKEN",
    "Recorder",
    "load_spec",
    "minimal_response",
    "one_line",
]

SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "agent_web_v3_6.json"
"""The API facts the tests are generated from (``_source`` names the docs commit they come from)."""

TOKEN = "dal:tEsT-SeCrEt-token-0123456789"


def load_spec() -> dict[str, Any]:
    """The machine-readable API spec kept in the repository (``tests/spec/agent_web_v3_6.json``).

    A fresh copy on every call: callers may patch it (see ``spec_strategies._effective_spec``).
    """
    with SPEC_PATH.open(encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


MINIMAL_BODIES: dict[str, Any] = {
    "list_chats": {"chats_summary": [], "found_chats": 0},
    "list_threads": {"threads": [], "found_threads": 0},
    "get_chat": {"id": "C1", "users": [], "is_followed": False},
    "list_archives": {"chats": [], "found_chats": 0},
    "start_chat": {"chat_id": "C1", "thread_id": "T1"},
    "resume_chat": {"thread_id": "T2"},
    "send_event": {"event_id": "T1_1"},
    "upload_file": {"url": "https://cdn.livechat-files.com/api/file/lc/att/1/x.png"},
    "get_customer": {"id": "b7eff798-f8df-4364-8059-649c35c9ed0c", "type": "customer"},
    "create_customer": {"customer_id": "b7eff798-f8df-4364-8059-649c35c9ed0c"},
    "list_routing_statuses": [],
    "list_agents_for_transfer": [],
}
"""A small valid answer per action (``{}`` for the rest), for tests that look at requests."""


def minimal_response(request: httpx.Request) -> httpx.Response:
    """Answer any action with its minimal valid body."""
    return httpx.Response(200, json=MINIMAL_BODIES.get(request.url.path.rsplit("/", 1)[-1], {}))


class Recorder:
    """An ``httpx.MockTransport`` that records every request and answers with ``responder``."""

    def __init__(self, responder: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.responder = responder or minimal_response
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.responder(request)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request reached the transport"
        return self.requests[-1]


def one_line(text: str) -> str:
    """How an error message lists ``text``: unprintable characters escaped, one by one."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)
