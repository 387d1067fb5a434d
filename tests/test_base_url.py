"""``base_url``: one parser for the clients and the CLI, refusing what it cannot use at once."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed import AgentWeb, AsyncAgentWeb
from livechat_typed._base_url import ACCEPTED_FORMS, parse_base_url

from .helpers import TOKEN, Recorder

BEARER = f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    ("given", "api_url"),
    [
        ("api.livechatinc.com", "https://api.livechatinc.com/v3.6/agent/action"),
        ("api.livechatinc.com/", "https://api.livechatinc.com/v3.6/agent/action"),
        ("https://api.livechatinc.com", "https://api.livechatinc.com/v3.6/agent/action"),
        ("HTTPS://api.example.test:8443/", "https://api.example.test:8443/v3.6/agent/action"),
        ("127.0.0.1:8444", "https://127.0.0.1:8444/v3.6/agent/action"),
        ("https://127.0.0.1:8444", "https://127.0.0.1:8444/v3.6/agent/action"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/v3.6/agent/action"),
        ("http://localhost:8080/", "http://localhost:8080/v3.6/agent/action"),
        ("[::1]:8443", "https://[::1]:8443/v3.6/agent/action"),
    ],
)
def test_accepted_forms(given: str, api_url: str) -> None:
    recorder = Recorder()
    for cls in (AgentWeb, AsyncAgentWeb):
        client = cls(BEARER, given, transport=recorder.transport)
        assert client.api_url == api_url
    with AgentWeb(BEARER, given, transport=recorder.transport) as client:
        client.follow_chat(id="C1")
    assert str(recorder.last.url) == f"{api_url}/follow_chat"


@pytest.mark.parametrize(
    "given",
    [
        "",
        "https://",
        "https//127.0.0.1:8444",
        "ftp://host",
        "https://host/path",
        "host?x=1",
        "user@host",
        "host:99999",
        "host:0",
        "host:",
        " host",
        "host\n",
        "ho st",
        "https://https://host",
    ],
)
def test_anything_else_is_refused_at_construction_naming_the_forms(given: str) -> None:
    with pytest.raises(ValueError) as caught:
        AgentWeb(BEARER, given)
    assert ACCEPTED_FORMS in str(caught.value)


@given(st.text(max_size=40))
def test_the_parser_accepts_or_refuses_with_a_value_error(value: str) -> None:
    try:
        parsed = parse_base_url(value)
    except ValueError as exc:
        assert ACCEPTED_FORMS in str(exc)
        return
    url = httpx.URL(parsed.api_url("v3.6/agent/action"))
    assert url.scheme == parsed.scheme and url.path == "/v3.6/agent/action"


def test_base_url_is_read_only() -> None:
    with AgentWeb(BEARER, transport=Recorder().transport) as client, pytest.raises(AttributeError):
        client.base_url = "other.test"  # type: ignore[misc]


@pytest.mark.parametrize("tls", [True, False])
def test_a_fake_servers_base_url_reaches_it_with_and_without_tls(tls: bool) -> None:
    from livechat_typed.testing import FakeServer

    with FakeServer(tls=tls) as server:
        options = {"verify": server.ssl_context()} if tls else {}
        with AgentWeb(f"Bearer {server.token}", server.base_url, **options) as client:
            assert client.start_chat().chat_id
        assert client.api_url == server.api_url
