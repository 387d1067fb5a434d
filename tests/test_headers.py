"""Nothing unvalidated reaches the socket: the token and every header name and value.

Session headers (``modify_header``, ``with_options(headers=)``), per-call ``headers=`` and the
``Authorization`` value are checked before any I/O, without retrying, and the error text never
holds the value (it may be a secret). On HTTP/2 a bad header used to tear down the connection
that other calls shared; now it never reaches it.
"""

from __future__ import annotations

import pickle
import threading
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livechat_typed import AccessToken, AgentWeb, errors
from livechat_typed.testing import FakeServer

from .helpers import TOKEN, Recorder

BEARER = f"Bearer {TOKEN}"
SECRET = "s3cr3t-value-0123"

BAD_VALUES = [
    f"{SECRET}\r\nX-Injected: 1",
    f"{SECRET}\n",
    f"{SECRET}\x00",
    f"{SECRET}\x7f",
    f" {SECRET}",
    f"{SECRET} ",
    f"{SECRET}\t",
    f"{SECRET}é",
    f"{SECRET}\u2028",
    f"{SECRET}\ud800",
]
BAD_NAMES = ["X Bad", "X:Bad", "X-Bad\n", "", "Xé", "X\x00", "(x)", "Transfer-Encoding", "Host"]


def no_secret(text: str) -> None:
    assert SECRET not in text


@pytest.mark.parametrize("value", BAD_VALUES)
def test_a_bad_per_call_header_value_is_refused_before_io(value: str) -> None:
    recorder = Recorder()
    with AgentWeb(BEARER, transport=recorder.transport) as client:
        with pytest.raises(errors.InvalidRequestError) as caught:
            client.follow_chat(id="C1", headers={"X-Trace": value})
        with pytest.raises(errors.InvalidRequestError):
            client.build.follow_chat(id="C1", headers={"X-Trace": value})
    assert recorder.requests == []
    assert caught.value.errors[0]["loc"] == ("headers", "X-Trace")
    assert "[rule: header_value" in str(caught.value)
    no_secret(str(caught.value))
    no_secret(repr(caught.value))
    no_secret(repr(caught.value.errors))


@pytest.mark.parametrize("name", BAD_NAMES)
def test_a_bad_per_call_header_name_is_refused_before_io(name: str) -> None:
    recorder = Recorder()
    with AgentWeb(BEARER, transport=recorder.transport) as client:
        with pytest.raises(errors.InvalidRequestError, match="rule: header_") as caught:
            client.follow_chat(id="C1", headers={name: "v"})
    assert recorder.requests == []
    assert caught.value.errors[0]["loc"][0] == "headers"


@pytest.mark.parametrize("value", BAD_VALUES)
def test_a_bad_session_header_is_refused_and_changes_nothing(value: str) -> None:
    recorder = Recorder()
    with AgentWeb(BEARER, transport=recorder.transport) as client:
        before = client.get_headers()
        with pytest.raises(errors.InvalidRequestError) as caught:
            client.modify_header({"X-Good": "fine", "X-Trace": value})
        assert client.get_headers() == before  # all or nothing
        with pytest.raises(errors.InvalidRequestError):
            client.with_options(headers={"X-Trace": value})
        with pytest.raises(errors.InvalidRequestError) as token_error:
            client.modify_header({"Authorization": value})
        client.follow_chat(id="C1")
    no_secret(str(caught.value))
    no_secret(str(token_error.value))
    assert recorder.last.headers["authorization"] == BEARER


@pytest.mark.parametrize("value", BAD_VALUES)
@pytest.mark.parametrize("form", ["string", "AccessToken", "bearer-string"])
def test_a_token_that_cannot_be_sent_is_refused_at_construction(value: str, form: str) -> None:
    with pytest.raises(ValueError) as caught:
        if form == "AccessToken":
            AgentWeb(AccessToken(value))
        elif form == "bearer-string":
            AgentWeb(f"Bearer {value}")
        else:
            AgentWeb(value)
    no_secret(str(caught.value))
    no_secret(repr(caught.value))
    no_secret(repr(pickle.dumps(caught.value)))


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("dal:abc", "Bearer dal:abc"),
        ("fra:abc", "Bearer fra:abc"),
        ("Bearer dal:abc", "Bearer dal:abc"),
        ("bearer dal:abc", "Bearer dal:abc"),
        ("Basic YTpi", "Basic YTpi"),
    ],
)
def test_a_token_string_is_sent_with_a_scheme_the_api_accepts(given: str, sent: str) -> None:
    recorder = Recorder()
    with AgentWeb(given, transport=recorder.transport) as client:
        client.follow_chat(id="C1")
    assert recorder.last.headers["authorization"] == sent


@pytest.mark.parametrize("token", [f"Token {SECRET}", f"Digest {SECRET}", f"Bearer  {SECRET}"])
def test_an_unknown_scheme_is_refused_without_showing_the_token(token: str) -> None:
    with pytest.raises(ValueError, match="Bearer") as caught:
        AgentWeb(token)
    no_secret(str(caught.value))


@settings(max_examples=200)
@given(
    name=st.text(min_size=0, max_size=12),
    value=st.text(min_size=0, max_size=12),
)
def test_any_header_either_goes_out_exactly_or_is_refused_before_io(name: str, value: str) -> None:
    """(That a refused value is never shown is checked with the marked values of
    ``BAD_VALUES`` above: a short generated value may be a word of the message itself.)"""
    recorder = Recorder()
    with AgentWeb(BEARER, transport=recorder.transport) as client:
        try:
            client.follow_chat(id="C1", headers={name: value})
        except errors.InvalidRequestError:
            assert recorder.requests == []
            return
    assert recorder.last.headers[name] == value
    assert value == value.strip(" \t") and value.isascii() and name.isascii()


def test_on_http2_a_bad_call_leaves_the_shared_connection_to_the_others() -> None:
    with FakeServer() as server, server.client(http2=True) as client:
        chat_id = client.start_chat().chat_id
        first = client.raw.get_chat(chat_id=chat_id)
        outcomes: list[Any] = []

        def bad() -> None:
            try:
                client.get_chat(chat_id=chat_id, headers={"X-Trace": "a\r\nb"})
            except errors.LiveChatError as exc:
                outcomes.append(exc)

        threads = [threading.Thread(target=bad) for _ in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        last = client.raw.get_chat(chat_id=chat_id)
    assert all(isinstance(o, errors.InvalidRequestError) for o in outcomes) and len(outcomes) == 5
    assert first.http_version == last.http_version == "HTTP/2"
    assert last.extensions["network_stream"] is first.extensions["network_stream"]


def test_a_default_session_header_and_a_connection_header_are_accepted() -> None:
    """``Connection``/``Keep-Alive`` are what httpx sends by default: HTTP/2 drops them."""
    recorder = Recorder()
    with AgentWeb(BEARER, transport=recorder.transport) as client:
        client.modify_header({"Connection": "keep-alive"})
        client.follow_chat(id="C1", headers={"Keep-Alive": "timeout=5"})
    assert recorder.last.headers["keep-alive"] == "timeout=5"
    assert isinstance(recorder.last, httpx.Request)
