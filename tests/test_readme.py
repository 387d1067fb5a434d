"""The README's Python examples run, in order, against a mock of the API (no network)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from livechat_typed import AccessToken, AgentWeb, AsyncAgentWeb
from livechat_typed.models import MessageEvent

from .helpers import minimal_response

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_readme_has_examples() -> None:
    assert len(BLOCKS) >= 10


def test_the_readme_examples_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    sent: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return minimal_response(request)

    def mock_transport(self: Any, **options: Any) -> httpx.MockTransport:
        return httpx.MockTransport(respond)

    monkeypatch.setattr(AgentWeb, "_make_transport", mock_transport)
    monkeypatch.setattr(AsyncAgentWeb, "_make_transport", mock_transport)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "invoice.pdf").write_bytes(b"%PDF-1.4 example")
    namespace: dict[str, Any] = {
        "token": AccessToken(token="dal:readme-example-token"),
        "c": "Q1GZ3FNAT9",
        "e": MessageEvent(text="Hi"),
        "save": lambda page: None,
        "checkpoint": lambda cursor: None,
        "saved_cursor": "MTUxNzM5ODEzMTQ5Nw==",
    }
    for number, block in enumerate(BLOCKS, start=1):
        client = namespace.get("client")
        if not isinstance(client, AgentWeb) or client.is_closed:  # later blocks assume a client
            namespace["client"] = AgentWeb(namespace["token"])
        try:
            exec(compile(block, f"README.md block {number}", "exec"), namespace)
        except Exception as exc:  # pragma: no cover - the message says which block failed
            pytest.fail(f"README block {number} failed: {type(exc).__name__}: {exc}\n{block}")
    actions = {request.url.path.rsplit("/", 1)[-1] for request in sent}
    assert {"list_chats", "send_event", "transfer_chat", "upload_file", "list_archives"} <= actions
