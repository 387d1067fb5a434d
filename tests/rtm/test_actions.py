"""The RTM clients' actions are the Web clients' declarations, plus the two RTM-only ones; the
set matches the spec's RTM methods and ``upload_file`` is refused before anything happens."""

from __future__ import annotations

from pathlib import Path

import pytest

from livechat_typed import AgentWeb
from livechat_typed._action import Action
from livechat_typed.rtm import AgentRTM, AsyncAgentRTM, RTMOnlyActions, WebOnlyActionError

from ..helpers.rtm import load_rtm_spec

SPEC = load_rtm_spec()


def declared(cls: type) -> dict[str, Action]:  # type: ignore[type-arg]
    return {
        name: value
        for klass in reversed(cls.__mro__)
        for name, value in vars(klass).items()
        if isinstance(value, Action)
    }


@pytest.mark.parametrize("client", [AsyncAgentRTM, AgentRTM])
def test_the_rtm_methods_of_the_spec_are_declared_once(client: type) -> None:
    actions = declared(client)
    web = {  # read off the class: the Web client may load its categories lazily
        name: getattr(AgentWeb, name)
        for name in dir(AgentWeb)
        if isinstance(getattr(AgentWeb, name), Action)
    }
    assert len(web) == 36
    methods = {m["action"] for m in SPEC["methods"]}
    assert set(actions) - set(SPEC["web_only"]) == methods
    for name, action in actions.items():
        if name in web:
            assert action is web[name], name  # the same declaration, not a copy
        else:
            assert action is vars(RTMOnlyActions)[name]
    rtm_only = {name for name, value in vars(RTMOnlyActions).items() if isinstance(value, Action)}
    assert methods - set(web) == rtm_only == {"login", "set_away_status"}
    assert len(methods & set(web)) == 35


@pytest.mark.parametrize("client", [AsyncAgentRTM, AgentRTM])
def test_upload_file_is_refused_before_anything_is_read_or_sent(
    client: type, tmp_path: Path
) -> None:
    rtm = client("Bearer dal:x", url="ws://127.0.0.1:9/v3.6/agent/rtm/ws")
    with pytest.raises(WebOnlyActionError) as caught:
        rtm.upload_file(file=tmp_path / "missing.pdf")
    assert "Web API only" in str(caught.value)
    assert caught.value.errors[0]["type"] == "web_only"
