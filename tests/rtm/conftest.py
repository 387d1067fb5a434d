"""The fake server the RTM end-to-end tests share (plain, one per test module; reset per test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from livechat_typed.testing import FakeLiveChat, FakeServer


@pytest.fixture(scope="module")
def module_server() -> Iterator[FakeServer]:
    with FakeServer(
        FakeLiveChat(
            tokens={"dal:fake-token": "agent@example.com", "dal:jane-token": "jane@example.com"}
        ),
        tls=False,
    ) as s:
        yield s


@pytest.fixture
def server(module_server: FakeServer) -> Iterator[FakeServer]:
    """The module's server, reset, with short RTM deadlines restored after the test."""
    module_server.fake.reset()
    rtm = module_server.fake.rtm
    rtm.login_timeout = rtm.ping_timeout = 30.0
    yield module_server
    assert not module_server.errors, module_server.errors
    assert not module_server.fake.errors, module_server.fake.errors
