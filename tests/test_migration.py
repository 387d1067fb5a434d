"""The migration path from lc-sdk-python: its ``get_client`` factory, parameter for parameter."""

from __future__ import annotations

import inspect

import pytest
from livechat.agent.web.base import AgentWeb as ReferenceFactory

from livechat_typed import AgentWeb, AsyncAgentWeb

from .helpers import TOKEN, Recorder


def test_get_client_takes_the_references_parameters_in_order() -> None:
    ours = list(inspect.signature(AgentWeb.get_client).parameters)
    theirs = list(inspect.signature(ReferenceFactory.get_client).parameters)
    assert ours == theirs


@pytest.mark.parametrize("cls", [AgentWeb, AsyncAgentWeb])
def test_get_client_builds_the_same_client_as_the_constructor(cls: type[AgentWeb]) -> None:
    made = cls.get_client(f"Bearer {TOKEN}", "3.6", "https://api.example.test", True)
    assert type(made) is cls
    assert made.api_url == "https://api.example.test/v3.6/agent/action"
    assert made.http2 is True


@pytest.mark.parametrize("version", ["3.3", "3.4", "3.5", "3.7", ""])
def test_get_client_refuses_other_versions(version: str) -> None:
    with pytest.raises(ValueError, match=r"3\.6"):
        AgentWeb.get_client(f"Bearer {TOKEN}", version)


def test_a_client_from_get_client_sends_as_the_constructors_does() -> None:
    recorder = Recorder()
    made = AgentWeb.get_client(f"Bearer {TOKEN}")
    built = AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport)
    assert made.get_headers() == built.get_headers()
