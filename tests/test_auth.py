"""Access tokens: the Authorization header they produce, and that they never print."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st
from livechat.utils.structures import AccessToken as ReferenceAccessToken
from livechat.utils.structures import TokenType as ReferenceTokenType

from livechat_typed import AccessToken, AgentWeb, TokenType
from livechat_typed._auth import Secret

from .helpers import Recorder

tokens = st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="*"),
    min_size=8,
    max_size=60,
)  # "*" is excluded: a token of asterisks would look like the redaction itself


@given(token=tokens, scheme=st.sampled_from(list(TokenType)))
def test_access_token_renders_the_header_but_never_prints_the_token(
    token: str, scheme: TokenType
) -> None:
    access = AccessToken(token=token, scheme=scheme)
    assert access.header_value() == f"{scheme.value} {token}"
    other = AccessToken(token="o" * len(token), scheme=scheme)

    def texts(value: AccessToken) -> list[str]:
        return [repr(value), str(value), f"{value}", repr(Secret.from_token(value))]

    # Nothing printed depends on the token: a check with "token not in text" alone fails for a
    # token that is a word of the text itself ("TokenTyp" in "TokenType").
    assert texts(access) == texts(other)
    assert not any(other.token in text for text in texts(other))


@given(token=tokens)
def test_the_header_sent_is_the_rendered_token(token: str) -> None:
    recorder = Recorder()
    with AgentWeb(AccessToken(token=token), transport=recorder.transport) as client:
        client.follow_chat(id="C1")
    assert recorder.last.headers["authorization"] == f"Bearer {token}"


def test_a_plain_string_is_used_as_the_header_as_is(recorder: Recorder) -> None:
    with AgentWeb("Basic abc==", transport=recorder.transport) as client:
        client.follow_chat(id="C1")
    assert recorder.last.headers["authorization"] == "Basic abc=="


def test_reference_sdk_tokens_are_accepted(recorder: Recorder) -> None:
    token = ReferenceAccessToken(token="xyz", scheme=ReferenceTokenType.BASIC)
    with AgentWeb(token, transport=recorder.transport) as client:  # type: ignore[arg-type]
        client.follow_chat(id="C1")
    assert recorder.last.headers["authorization"] == "Basic xyz"


def test_basic_token_for_personal_access_tokens() -> None:
    token = AccessToken.basic("account-1", "pat-secret")
    assert token.scheme is TokenType.BASIC
    assert base64.b64decode(token.token) == b"account-1:pat-secret"


@pytest.mark.parametrize("bad", ["", "   ", None])
def test_a_missing_token_is_rejected_at_construction(bad: str | None) -> None:
    with pytest.raises(ValueError, match="token"):
        AgentWeb(bad)  # type: ignore[arg-type]


def test_an_empty_access_token_object_is_rejected() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        AccessToken(token="")


def test_header_injection_is_rejected() -> None:
    with pytest.raises(ValueError, match="line breaks"):
        AgentWeb("Bearer abc\r\nX-Evil: 1")


@pytest.mark.parametrize(
    ("header", "region"),
    [("Bearer fra:abc", "fra"), ("Bearer dal:abc", "dal"), ("Bearer abc", None), ("fra:x", "fra")],
)
def test_region_prefix_is_read_from_the_token(header: str, region: str | None) -> None:
    assert Secret.from_token(header).region == region
