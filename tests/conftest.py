"""Shared fixtures: a recording mock transport and clients wired to it, the sync/async harness of
the scripted transport, and the reference SDK beside our client (helpers: the ``helpers`` package).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from livechat_typed import AgentWeb

from .helpers import TOKEN, Harness, Pair, Recorder

# No example may fail for being slow (Hypothesis' default deadline is 200 ms, and its too_slow
# health check times data generation): on a loaded machine that is a failure about speed, not
# behaviour. Loaded before any test module builds its settings.
settings.register_profile(
    "no-deadline", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("no-deadline")


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[AgentWeb]:
    with AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport) as web:
        yield web


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    """A :class:`Harness` of each kind (``sync``, ``async``); its clients are closed after."""
    h = Harness(request.param)
    yield h
    h.close()


@pytest.fixture
def pair() -> Iterator[Pair]:
    """The reference SDK and our client, each behind its own recording transport."""
    clients = Pair()
    yield clients
    clients.close()
