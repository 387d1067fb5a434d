"""Shared fixtures: a recording mock transport and clients wired to it (helpers: ``helpers.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import settings

from livechat_typed import AgentWeb

from .helpers import TOKEN, Recorder

# No example may fail for being slow (Hypothesis' default deadline is 200 ms): on a loaded machine
# that is a failure about speed, not behaviour. Loaded before any test module builds its settings.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[AgentWeb]:
    with AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport) as web:
        yield web
