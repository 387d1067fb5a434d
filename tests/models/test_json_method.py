"""``.json()`` on a typed response is the reference SDK's ``response.json()``: the body as
dicts and lists, never pydantic's deprecated string."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from livechat_typed import AgentWeb

from ..helpers import TOKEN
from ..spec_strategies import minimal_kwargs

SAMPLES = sorted((Path(__file__).parent / "samples").glob("*.json"))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.stem)
def test_json_returns_the_body_as_the_reference_did(sample: Path) -> None:
    action = sample.stem
    body = json.loads(sample.read_text(encoding="utf-8"))
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with AgentWeb(f"Bearer {TOKEN}", transport=transport) as client:
        typed = getattr(client, action)(**minimal_kwargs(action))
        raw = getattr(client.raw, action)(**minimal_kwargs(action))
    assert not isinstance(typed.json(), str)
    assert typed.json() == raw.json() == body
