"""The client object: constructor, session headers, lifecycle, repr."""

from __future__ import annotations

import httpx
import pytest
from livechat.agent.web.api.v36 import AgentWebV36

from livechat_typed import AgentWeb
from livechat_typed.errors import ClientClosedError

from .helpers import TOKEN, Recorder


def test_constructor_defaults_match_the_reference() -> None:
    client = AgentWeb(f"Bearer {TOKEN}")
    assert client.api_url == "https://api.livechatinc.com/v3.6/agent/action"
    assert client.base_url == "api.livechatinc.com"
    client.close()


def test_api_url_follows_base_url() -> None:
    with AgentWeb("Bearer x", "api.example.test") as client:
        assert client.api_url == "https://api.example.test/v3.6/agent/action"


def test_positional_parameters_are_in_the_reference_order() -> None:
    timeout = httpx.Timeout(3)
    client = AgentWeb("Bearer x", "h.test", False, None, True, True, timeout)
    assert client.base_url == "h.test"
    assert client.disable_logging is True
    assert client.timeout == timeout
    client.close()


def test_get_headers_matches_the_reference_except_user_agent() -> None:
    ours = AgentWeb(f"Bearer {TOKEN}")
    reference = AgentWebV36(f"Bearer {TOKEN}", "api.livechatinc.com", False, disable_logging=True)
    mine, theirs = ours.get_headers(), reference.get_headers()
    assert mine.pop("user-agent").startswith("livechat-typed/")
    theirs.pop("user-agent")
    assert mine == theirs
    ours.close()


def test_modify_and_remove_header(client: AgentWeb, recorder: Recorder) -> None:
    client.modify_header({"X-Region": "fra", "X-Custom": "1"})
    assert client.get_headers()["x-custom"] == "1"
    client.follow_chat(id="C1")
    assert recorder.last.headers["x-region"] == "fra"
    client.remove_header("X-Custom")
    client.remove_header("X-Not-There")
    client.follow_chat(id="C1")
    assert "x-custom" not in recorder.last.headers
    assert "x-custom" not in client.get_headers()


def test_modify_header_can_rotate_the_token(client: AgentWeb, recorder: Recorder) -> None:
    client.modify_header({"Authorization": "Bearer rotated"})
    client.follow_chat(id="C1")
    assert recorder.last.headers["authorization"] == "Bearer rotated"
    assert client.get_headers()["authorization"] == "Bearer rotated"


def test_removing_authorization_sends_no_authorization(
    client: AgentWeb, recorder: Recorder
) -> None:
    client.remove_header("Authorization")
    client.follow_chat(id="C1")
    assert "authorization" not in recorder.last.headers
    assert "authorization" not in client.get_headers()


def test_per_call_headers_are_merged_and_not_persisted(
    client: AgentWeb, recorder: Recorder
) -> None:
    client.follow_chat(id="C1", headers={"X-Trace": "abc"})
    assert recorder.last.headers["x-trace"] == "abc"
    assert recorder.last.headers["authorization"] == f"Bearer {TOKEN}"
    client.follow_chat(id="C1")
    assert "x-trace" not in recorder.last.headers
    assert "x-trace" not in client.get_headers()


def test_per_call_headers_override_session_headers(client: AgentWeb, recorder: Recorder) -> None:
    client.modify_header({"X-Region": "dal"})
    client.follow_chat(id="C1", headers={"X-Region": "fra", "Authorization": "Bearer other"})
    assert recorder.last.headers["x-region"] == "fra"
    assert recorder.last.headers["authorization"] == "Bearer other"


def test_context_manager_closes_and_a_closed_client_refuses(recorder: Recorder) -> None:
    with AgentWeb("Bearer x", transport=recorder.transport) as client:
        assert not client.is_closed
    assert client.is_closed
    with pytest.raises(ClientClosedError):
        client.follow_chat(id="C1")
    assert recorder.requests == []


def test_repr_shows_no_secret() -> None:
    with AgentWeb(f"Bearer {TOKEN}") as client:
        for text in (repr(client), str(client), repr(client.__dict__), repr(client.follow_chat)):
            assert TOKEN not in text
        assert "api.livechatinc.com" in repr(client)


def test_every_action_is_a_post_to_its_url(client: AgentWeb, recorder: Recorder) -> None:
    client.tag_thread(chat_id="C1", thread_id="T1", tag="vip")
    request = recorder.last
    assert request.method == "POST"
    assert str(request.url) == "https://api.livechatinc.com/v3.6/agent/action/tag_thread"
    assert request.headers["content-type"] == "application/json"


def test_the_class_attribute_is_the_declaration() -> None:
    action = AgentWeb.send_event
    assert action.name == "send_event"
    assert action.request_model.__name__ == "SendEventRequest"
    assert action.response_model.__name__ == "SendEventResponse"
    assert "send_event" in repr(action)
