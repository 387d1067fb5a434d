"""Shared fixtures: a recording mock transport and clients wired to it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from livechat_typed import AgentWeb

SPEC_PATH = Path(__file__).resolve().parents[2] / "shared" / "spec" / "agent-web-v3.6.json"
TOKEN = "dal:tEsT-SeCrEt-token-0123456789"


def load_spec() -> dict[str, Any]:
    """The machine-readable API spec (``../shared/spec/agent-web-v3.6.json``)."""
    with SPEC_PATH.open(encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


class Recorder:
    """An ``httpx.MockTransport`` that records every request and answers with ``responder``."""

    def __init__(self, responder: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.responder = responder or (lambda request: httpx.Response(200, json={}))
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.responder(request)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request reached the transport"
        return self.requests[-1]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[AgentWeb]:
    with AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport) as web:
        yield web
