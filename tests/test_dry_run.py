"""Dry run: ``client.<action>.build(...)`` and ``to_curl``.

``build`` returns, without sending it, the very request a call sends (method, URL, headers,
body, timeout), for every action and for both clients. ``to_curl`` renders a request as a shell
command that parses back (``shlex``) into the same method, URL, headers and JSON body, with the
``Authorization`` value redacted unless ``redact=False``: for any token, the redacted command is
the same as for any other token.
"""

from __future__ import annotations

import asyncio
import json
import shlex
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from livechat_typed import AccessToken, AgentWeb, AsyncAgentWeb, to_curl

from .helpers import (
    TOKEN,
    Recorder,
    header_dicts,
    headers_without_boundary,
    is_multipart,
    load_json,
    multipart_parts,
)
from .spec_strategies import ACTION_NAMES, JSON_ACTIONS, minimal_kwargs, valid_kwargs

KINDS = ("sync", "async")
SKIPPED_BY_CURL = {"content-length", "host", "accept-encoding", "connection"}
REDACTED = "<redacted>"

_HEALTH = [
    HealthCheck.function_scoped_fixture,
    HealthCheck.too_slow,
    HealthCheck.data_too_large,
    HealthCheck.filter_too_much,
]
PER_ACTION = settings(max_examples=10, deadline=None, database=None, suppress_health_check=_HEALTH)
TOKENS = settings(max_examples=60, deadline=None, database=None, suppress_health_check=_HEALTH)


def make_client(kind: str, recorder: Recorder, token: Any = f"Bearer {TOKEN}") -> Any:
    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    return cls(token, transport=recorder.transport)


def call(kind: str, client: Any, action: str, **kwargs: Any) -> httpx.Response:
    result = getattr(client.raw, action)(**kwargs)
    if kind == "sync":
        return result  # type: ignore[no-any-return]

    async def wait() -> httpx.Response:
        return await result  # type: ignore[no-any-return]

    return asyncio.run(wait())


def close(kind: str, client: Any) -> None:
    if kind == "sync":
        client.close()
    else:
        asyncio.run(client.aclose())


# --- build() is what a call sends ----------------------------------------------------------------


def assert_same_request(built: httpx.Request, sent: httpx.Request) -> None:
    """Identical requests; a multipart body only differs in its random boundary."""
    assert built.method == sent.method == "POST"
    assert str(built.url) == str(sent.url)
    assert built.extensions["timeout"] == sent.extensions["timeout"]
    if is_multipart(sent):
        assert headers_without_boundary(built) == headers_without_boundary(sent)
        assert multipart_parts(built) == multipart_parts(sent)
        assert len(built.content) == len(sent.content)
    else:
        assert built.headers.multi_items() == sent.headers.multi_items()
        assert built.content == sent.content
        load_json(built.content)  # well-formed JSON, no duplicate keys


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", ACTION_NAMES)
@PER_ACTION
@given(data=st.data())
def test_build_returns_the_request_a_call_sends(
    kind: str, action: str, data: st.DataObject
) -> None:
    kwargs = data.draw(valid_kwargs(action), label="kwargs")
    if data.draw(st.booleans(), label="with headers"):
        kwargs["headers"] = data.draw(header_dicts(action), label="headers")
    if data.draw(st.booleans(), label="with timeout"):
        kwargs["timeout"] = data.draw(st.floats(0.1, 100), label="timeout")
    recorder = Recorder()
    client = make_client(kind, recorder)
    try:
        built = getattr(client.build, action)(**kwargs)
        assert isinstance(built, httpx.Request)
        assert recorder.requests == []  # building sends nothing
        response = call(kind, client, action, **kwargs)
    finally:
        close(kind, client)
    assert response.status_code == 200
    [sent] = recorder.requests
    assert_same_request(built, sent)
    assert str(built.url).endswith(f"/v3.6/agent/action/{action}")


@pytest.mark.parametrize("kind", KINDS)
def test_build_sends_nothing_and_needs_no_transport(kind: str) -> None:
    def explode(request: httpx.Request) -> httpx.Response:
        raise AssertionError("build() sent a request")

    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    client = cls(f"Bearer {TOKEN}", transport=httpx.MockTransport(explode))
    for action in ACTION_NAMES:
        request = getattr(client.build, action)(**minimal_kwargs(action))
        assert isinstance(request, httpx.Request)  # not a coroutine, for the async client too
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        assert request.content  # the body is readable without sending
    close(kind, client)


def test_build_on_the_two_clients_is_identical() -> None:
    sync = AgentWeb(f"Bearer {TOKEN}", transport=Recorder().transport)
    asynchronous = AsyncAgentWeb(f"Bearer {TOKEN}", transport=Recorder().transport)
    for action in ACTION_NAMES:
        kwargs = minimal_kwargs(action)
        assert_same_request(
            getattr(sync.build, action)(**kwargs), getattr(asynchronous.build, action)(**kwargs)
        )
    close("sync", sync)
    close("async", asynchronous)


def test_build_with_payload_is_sent_verbatim() -> None:
    recorder = Recorder()
    with make_client("sync", recorder) as client:
        payload = {"chat_id": "C1", "brand_new_param": [1, None, "é"]}
        built = client.build.get_chat(payload=payload)
        client.raw.get_chat(payload=payload)
    assert_same_request(built, recorder.last)
    assert built.content == json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


# --- to_curl --------------------------------------------------------------------------------------


class Curl:
    """A curl command parsed back with shell rules (``#`` starts a comment)."""

    def __init__(self, command: str) -> None:
        self.command = command
        args = shlex.split(command, comments=True)
        assert args[:2] == ["curl", "-X"], args[:3]
        self.method = args[2]
        self.url = args[3]
        self.headers: list[tuple[str, str]] = []
        self.data_raw: str | None = None
        self.data_binary: str | None = None
        rest = args[4:]
        while rest:
            flag, value, *rest = rest
            if flag == "-H":
                name, separator, header_value = value.partition(": ")
                assert separator, value
                self.headers.append((name.lower(), header_value))
            elif flag == "--data-raw":
                self.data_raw = value
            elif flag == "--data-binary":
                self.data_binary = value
            else:
                raise AssertionError(f"unexpected curl argument {flag!r}")

    def header(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key == name]


def _redacted(name: str, value: str) -> str:
    """A credential header as to_curl shows it: a known auth scheme stays, nothing else does."""
    scheme = value.split(" ", 1)[0]
    if name != "cookie" and " " in value and scheme.lower() in ("bearer", "basic", "digest"):
        return f"{scheme} {REDACTED}"
    return REDACTED


def assert_curl_matches(request: httpx.Request, command: str, *, redacted: bool) -> Curl:
    curl = Curl(command)
    assert curl.method == request.method
    assert curl.url == str(request.url)
    expected = [
        (name.lower(), value)
        for name, value in request.headers.multi_items()
        if name.lower() not in SKIPPED_BY_CURL
    ]
    if redacted:
        expected = [
            (name, _redacted(name, value))
            if name in ("authorization", "proxy-authorization", "cookie")
            else (name, value)
            for name, value in expected
        ]
    assert curl.headers == expected
    if is_multipart(request):
        assert curl.data_raw is None and curl.data_binary == "@request-body.bin"
        assert f"# the body: {len(request.content)} bytes of multipart/form-data" in command
    else:
        assert curl.data_raw is not None and curl.data_binary is None
        assert curl.data_raw.encode("utf-8") == request.content  # byte for byte
        assert json.loads(curl.data_raw) == json.loads(request.content)
        assert shlex.quote(curl.data_raw) in command
    return curl


@pytest.mark.parametrize("action", ACTION_NAMES)
@PER_ACTION
@given(data=st.data())
def test_to_curl_is_valid_shell_that_round_trips(action: str, data: st.DataObject) -> None:
    kwargs = data.draw(valid_kwargs(action), label="kwargs")
    if data.draw(st.booleans(), label="with headers"):
        headers = data.draw(header_dicts(action), label="headers")
        # a per-call Content-Type changes how the body is shown: see the test below
        kwargs["headers"] = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    with make_client("sync", Recorder()) as client:
        request = getattr(client.build, action)(**kwargs)
    before = request.headers.multi_items()
    redacted = to_curl(request)
    shown = to_curl(request, redact=False)
    assert request.headers.multi_items() == before  # rendering does not touch the request
    assert redacted.startswith(f"curl -X POST {shlex.quote(str(request.url))} ")
    assert_curl_matches(request, redacted, redacted=True)
    assert_curl_matches(request, shown, redacted=False)
    authorization = request.headers.get("authorization")
    if authorization is not None:
        [shown_value] = Curl(redacted).header("authorization")
        assert shown_value.endswith(REDACTED) and len(shown_value.split(" ")) <= 2
        assert Curl(shown).header("authorization") == [authorization]


def test_to_curl_of_a_simple_request() -> None:
    with make_client("sync", Recorder()) as client:
        request = client.build.send_event(
            chat_id="C1", event={"type": "message", "text": 'it\'s "quoted" $HOME `x`'}
        )
    command = to_curl(request)
    assert command.startswith(
        "curl -X POST https://api.livechatinc.com/v3.6/agent/action/send_event -H "
    )
    curl = Curl(command)
    assert curl.header("authorization") == ["Bearer <redacted>"]
    assert curl.header("content-type") == ["application/json"]
    assert TOKEN not in command
    assert curl.data_raw == request.content.decode()
    assert Curl(to_curl(request, redact=False)).header("authorization") == [f"Bearer {TOKEN}"]


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "Application/JSON"])
def test_to_curl_shows_a_json_body_whatever_the_case_of_its_media_type(content_type: str) -> None:
    """Media types are case-insensitive (RFC 9110 8.3.1), and ``to_curl`` treats them so.

    A per-call ``Content-Type: Application/JSON`` still shows the JSON body.
    """
    with make_client("sync", Recorder()) as client:
        request = client.build.follow_chat(id="C1", headers={"Content-Type": content_type})
    assert Curl(to_curl(request)).data_raw == '{"id":"C1"}'


def test_to_curl_of_an_upload_shows_no_binary() -> None:
    content = bytes(range(256)) * 4
    with make_client("sync", Recorder()) as client:
        request = client.build.upload_file(file=("secret.bin", content))
    command = to_curl(request)
    assert_curl_matches(request, command, redacted=True)
    assert "secret.bin" not in command and "\x00" not in command
    assert len(command) < 1000


# --- the token never shows ----------------------------------------------------------------------

_TOKEN_CHARS = st.characters(min_codepoint=33, max_codepoint=126)
token_bodies = st.text(_TOKEN_CHARS, min_size=8, max_size=60)


@st.composite
def credentials(draw: Any) -> tuple[Any, str]:
    """A credential in one of the accepted forms, and the secret part of its header value."""
    prefix = draw(st.sampled_from(["", "dal:", "fra:"]))
    body = prefix + draw(token_bodies, label="token")
    form = draw(st.sampled_from(["AccessToken", "basic", "header", "bare"]), label="form")
    if form == "AccessToken":
        return AccessToken(token=body), body
    if form == "basic":
        token = AccessToken.basic(draw(token_bodies, label="account"), body)
        return token, token.token
    if form == "header":
        return f"Bearer {body}", body
    return body, body  # a bare token string is the whole header value


def _placeholder(secret: str) -> str:
    prefix = secret[:4] if secret[:4] in ("dal:", "fra:") else ""
    return prefix + "placeholder-token"


@TOKENS
@given(credential=credentials(), action=st.sampled_from(JSON_ACTIONS))
def test_the_token_never_appears_in_a_redacted_curl(
    credential: tuple[Any, str], action: str
) -> None:
    token, secret = credential
    with make_client("sync", Recorder(), token) as client:
        request = getattr(client.build, action)(**minimal_kwargs(action))
        other = AgentWeb(_placeholder_header(token, secret), transport=Recorder().transport)
        same_request_other_token = getattr(other.build, action)(**minimal_kwargs(action))
        other.close()
    command = to_curl(request)
    # The command carries no trace of the token: it is the same for any other token of the form.
    assert command == to_curl(same_request_other_token)
    assume(secret not in to_curl(same_request_other_token))  # e.g. a token "POST" or "Bearer..."
    assert secret not in command
    assert REDACTED in command
    assert Curl(to_curl(request, redact=False)).header("authorization") == [
        request.headers["authorization"]
    ]


def _placeholder_header(token: Any, secret: str) -> Any:
    """The same kind of credential as ``token`` with another secret."""
    replacement = _placeholder(secret)
    if isinstance(token, AccessToken):
        return AccessToken(token=replacement, scheme=token.scheme)
    if isinstance(token, str) and token.startswith("Bearer "):
        return f"Bearer {replacement}"
    return replacement


@pytest.mark.parametrize("name", ["Authorization", "Proxy-Authorization", "Cookie"])
@TOKENS
@given(secret=token_bodies)
def test_credential_headers_given_per_call_are_redacted(name: str, secret: str) -> None:
    with make_client("sync", Recorder()) as client:
        request = client.build.follow_chat(id="C1", headers={name: f"Bearer {secret}"})
        plain = client.build.follow_chat(id="C1", headers={name: "Bearer x"})
    command = to_curl(request)
    assert command == to_curl(plain)
    assume(secret not in to_curl(plain))
    assert secret not in command
    assert Curl(to_curl(request, redact=False)).header(name.lower()) == [f"Bearer {secret}"]


@pytest.mark.parametrize(
    ("token", "headers", "secret"),
    [
        (f"Bearer {TOKEN}", {"Cookie": "session=s3cr3t-session-id; theme=dark"}, "s3cr3t"),
    ],
    ids=["cookie"],
)
def test_values_without_a_scheme_are_redacted_whole(
    token: str, headers: dict[str, str] | None, secret: str
) -> None:
    """Only ``Authorization``-style values start with a scheme; nothing else may show.

    A ``Cookie`` header (``session=...; theme=dark``) is redacted whole: only a known scheme
    (``Bearer``, ``Basic``, ``Digest``) is kept. (A token string with an unknown scheme is refused
    at construction: see ``tests/test_auth.py``.)
    """
    with make_client("sync", Recorder(), token) as client:
        command = to_curl(client.build.follow_chat(id="C1", headers=headers))
    assert secret not in command, command
    assert REDACTED in command
