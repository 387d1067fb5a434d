"""The websocket library's frame log never shows the login token."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed.rtm._frames import request_frame
from livechat_typed.rtm._logging import frames_logger, redact

tokens = st.text(
    st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters='"\\'),
    min_size=8,
    max_size=60,
)


@given(token=tokens, prefix=st.sampled_from(["", "> TEXT '", '< TEXT \'{"a": 1} ']))
def test_a_token_member_is_redacted(token: str, prefix: str) -> None:
    text = prefix + '{"payload": {"token": "Bearer ' + token + '"}}'
    assert token not in redact(text)
    assert '"token": "<redacted>' in redact(text)


@given(token=tokens, cut=st.integers(1, 60))
def test_a_cut_off_token_is_redacted(token: str, cut: int) -> None:
    text = '{"token":"Bearer ' + token
    assert redact(text[: len(text) - min(cut, len(token) - 1)]).endswith("<redacted>")


def test_the_login_frame_record_shows_nothing_of_it(caplog: pytest.LogCaptureFixture) -> None:
    frame = request_frame("login", "login-1", b'{"token":"Bearer dal:SECRET-123"}').decode()
    elided = frame[:40] + "..." + frame[-20:]  # as websockets shows a long frame
    with caplog.at_level(logging.DEBUG, logger=frames_logger.name):
        frames_logger.debug("> TEXT '%s' [%d bytes]", elided, len(frame))
        frames_logger.debug("> TEXT '%s' [%d bytes]", frame, len(frame))
    assert "SECRET" not in caplog.text
    assert caplog.text.count("a login frame, redacted") == 2
