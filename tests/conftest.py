"""Shared fixtures: a recording mock transport and clients wired to it (helpers: ``helpers.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from livechat_typed import AgentWeb

from .helpers import TOKEN, Recorder


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[AgentWeb]:
    with AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport) as web:
        yield web
