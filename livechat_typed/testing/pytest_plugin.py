"""pytest fixtures for testing your own code against the fake (registered as the ``livechat_typed``
pytest plugin when livechat-typed is installed; ``-p no:livechat_typed`` turns it off):

* ``livechat_fake``: a new in-memory :class:`~livechat_typed.testing.FakeLiveChat` per test;
* ``livechat_client``: an ``AgentWeb`` on it, closed after the test, whose retry waits are not
  slept but appended to ``livechat_sleeps`` (a list of seconds);
* ``livechat_server``: a :class:`~livechat_typed.testing.FakeServer` (the ``fake`` extra) started
  once per session, its fake :meth:`~livechat_typed.testing.FakeLiveChat.reset` and its
  ``exchanges`` and ``errors`` cleared before each test that uses it.

Importing this module imports neither hypercorn nor trustme: only the server fixture does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .._client import AgentWeb
from ._fake import FakeLiveChat

if TYPE_CHECKING:
    from ._server import FakeServer

__all__ = ["livechat_client", "livechat_fake", "livechat_server", "livechat_sleeps"]


@pytest.fixture
def livechat_fake() -> FakeLiveChat:
    """A new in-memory fake of the Agent Chat Web API, for this test only."""
    return FakeLiveChat()


@pytest.fixture
def livechat_sleeps() -> list[float]:
    """The retry waits ``livechat_client`` was asked to sleep, in seconds, in order."""
    return []


@pytest.fixture
def livechat_client(
    livechat_fake: FakeLiveChat, livechat_sleeps: list[float]
) -> Iterator[AgentWeb]:
    """An ``AgentWeb`` on ``livechat_fake`` that records its retry waits instead of sleeping."""
    with livechat_fake.client(sleep=livechat_sleeps.append) as client:
        yield client


@pytest.fixture(scope="session")
def _livechat_server_session() -> Iterator[FakeServer]:
    from ._server import FakeServer

    with FakeServer() as server:
        yield server


@pytest.fixture
def livechat_server(_livechat_server_session: FakeServer) -> FakeServer:
    """The session's ``FakeServer``, as new: its fake reset, its exchanges and errors cleared."""
    server = _livechat_server_session
    server.fake.reset()
    server.exchanges.clear()
    server.errors.clear()
    return server
