"""The variants' accessors of the clients: ``client.raw.send_event(...)`` and the other four.

Every client with actions (Web, RTM, Configuration API; sync and async) has the five accessors,
from the one run-time mixin (no client defines an attribute of the same name); each is made once
per client, runs the client's own bound action (a copy made by ``with_options`` gets its own),
and refuses a name that is not one of the client's actions, or an ``iterate`` of an action that
is not paginated, with an ``AttributeError`` that says so.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from livechat_typed import AgentWeb, AsyncAgentWeb, BoundAction, PaginatedBoundAction
from livechat_typed._accessors import (
    VARIANT_SUMMARIES,
    VARIANTS,
    Accessor,
    ActionVariants,
    Variants,
)
from livechat_typed._action import IMPLEMENTATIONS
from livechat_typed.configuration import AsyncConfigurationAPI, ConfigurationAPI
from livechat_typed.rtm import AgentRTM, AsyncAgentRTM, WebOnlyActionError

from .helpers import TOKEN, Recorder

CLIENTS: list[type[Any]] = [
    AgentWeb,
    AsyncAgentWeb,
    AgentRTM,
    AsyncAgentRTM,
    ConfigurationAPI,
    AsyncConfigurationAPI,
]


def test_the_variants_are_named_once() -> None:
    """The mixin, the summaries and the bound action's methods cover the same five variants,
    and each variant runs a method of the bound action (a paginated one's for ``iterate``)."""
    declared = [n for n, v in vars(ActionVariants).items() if isinstance(v, Variants)]
    assert declared == list(VARIANTS)
    assert set(VARIANT_SUMMARIES) == set(IMPLEMENTATIONS) == set(VARIANTS)
    for kind, method in IMPLEMENTATIONS.items():
        owner = PaginatedBoundAction if kind == "iterate" else BoundAction
        assert callable(getattr(owner, method)), kind


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda cls: cls.__name__)
def test_every_client_has_the_five_accessors_from_the_mixin(cls: type[Any]) -> None:
    for kind in VARIANTS:
        owners = [klass for klass in cls.__mro__ if kind in vars(klass)]
        assert owners == [ActionVariants], (cls.__name__, kind)  # no name collides
        assert isinstance(getattr(cls, kind), Variants)
    client = cls(f"Bearer {TOKEN}")
    for kind in VARIANTS:
        accessor = getattr(client, kind)
        assert isinstance(accessor, Accessor)
        assert getattr(client, kind) is accessor  # made once per client
        assert repr(accessor).startswith(f"<{kind} actions of ")


def test_an_accessor_runs_its_client_s_action_and_a_copy_gets_its_own() -> None:
    recorder = Recorder()
    client = AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport)
    copy = client.with_options(headers={"X-Copy": "1"})
    assert copy.raw is not client.raw
    client.raw.get_chat(chat_id="C1")
    assert "X-Copy" not in recorder.last.headers
    copy.raw.get_chat(chat_id="C1")
    assert recorder.last.headers["X-Copy"] == "1"
    assert json.loads(recorder.last.content) == {"chat_id": "C1"}


@pytest.mark.parametrize("kind", VARIANTS)
def test_a_name_that_is_not_an_action_is_refused(kind: str) -> None:
    client = AgentWeb(f"Bearer {TOKEN}")
    accessor = getattr(client, kind)
    for name in ("send_evnt", "close", "with_options", "base_url"):
        with pytest.raises(AttributeError, match=f"AgentWeb has no action '{name}'"):
            getattr(accessor, name)
    assert not hasattr(accessor, "__wrapped__")


def test_only_a_paginated_action_has_an_iterate_form() -> None:
    client = AgentWeb(f"Bearer {TOKEN}")
    with pytest.raises(AttributeError, match="get_chat has no iterate form"):
        client.iterate.get_chat  # noqa: B018
    assert callable(client.iterate.list_chats)


def test_the_rtm_client_s_web_only_action_is_refused_through_an_accessor() -> None:
    rtm = AsyncAgentRTM(f"Bearer {TOKEN}")
    with pytest.raises(WebOnlyActionError):
        rtm.raw.upload_file  # noqa: B018
    assert callable(rtm.raw.get_chat)


def test_the_configuration_api_s_accessors_build_its_requests() -> None:
    config = ConfigurationAPI(f"Bearer {TOKEN}")
    request = config.build.list_webhooks(owner_client_id="my-client-id")
    assert str(request.url).endswith("/v3.6/configuration/action/list_webhooks")
    assert json.loads(request.content) == {"owner_client_id": "my-client-id"}
