"""The testing kit's pytest plugin (``livechat_typed.testing.pytest_plugin``, registered by the
``pytest11`` entry point): its fixtures, run in a separate pytest process."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytest_plugins = ["pytester"]

USES_THE_FIXTURES = """
import sys

from livechat_typed import AgentWeb
from livechat_typed.testing import FakeLiveChat


def test_hypercorn_is_not_imported_by_the_plugin(livechat_fake):
    assert "hypercorn" not in sys.modules and "trustme" not in sys.modules


def test_a_fresh_fake_and_a_client_on_it(livechat_fake, livechat_client, livechat_sleeps):
    assert isinstance(livechat_fake, FakeLiveChat) and isinstance(livechat_client, AgentWeb)
    assert livechat_fake.state.chats == {}
    livechat_fake.script("list_chats", fault="status", status=503, retry_after="2")
    livechat_client.start_chat()
    livechat_client.list_chats()
    assert livechat_sleeps == [2.0]
    assert [record.action for record in livechat_fake.received] == ["start_chat", "list_chats"]


def test_the_next_test_gets_another_fake(livechat_fake, livechat_sleeps):
    assert livechat_fake.state.chats == {} and livechat_sleeps == []


def test_the_server_one(livechat_server):
    with livechat_server.client() as agent:
        agent.start_chat()
    assert len(livechat_server.fake.state.chats) == 1
    assert len(livechat_server.exchanges) == 1


def test_the_server_two_is_reset(livechat_server):
    assert livechat_server.fake.state.chats == {} and livechat_server.exchanges == []
    with livechat_server.client() as agent:
        assert agent.list_chats().found_chats == 0
"""


def test_the_fixtures(pytester: pytest.Pytester) -> None:
    pytest.importorskip("hypercorn")
    pytester.makepyfile(test_uses_the_fixtures=USES_THE_FIXTURES)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=5)


def test_the_plugin_is_registered_by_its_entry_point() -> None:
    code = textwrap.dedent(
        """
        from importlib.metadata import entry_points
        (point,) = [p for p in entry_points(group="pytest11") if p.name == "livechat_typed"]
        assert point.value == "livechat_typed.testing.pytest_plugin", point.value
        import sys
        point.load()
        assert "hypercorn" not in sys.modules and "trustme" not in sys.modules
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
