"""Logging: request line, status and duration at INFO, bodies at DEBUG, never the token."""

from __future__ import annotations

import logging

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livechat_typed import AccessToken, AgentWeb
from livechat_typed.errors import APIError

from .helpers import TOKEN, Recorder


def _all_log_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        f"{record.getMessage()} {record.args!r} {record.__dict__!r}" for record in caplog.records
    )


def test_info_has_the_request_line_status_and_duration(
    client: AgentWeb, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="livechat_typed"):
        client.follow_chat(id="C1")
    [record] = [r for r in caplog.records if r.levelno == logging.INFO]
    message = record.getMessage()
    assert record.name == "livechat_typed"
    assert "POST https://api.livechatinc.com/v3.6/agent/action/follow_chat" in message
    assert "-> 200" in message
    assert "ms)" in message
    assert "C1" not in message  # bodies are DEBUG only


def test_debug_has_the_bodies(recorder: Recorder, caplog: pytest.LogCaptureFixture) -> None:
    recorder.responder = lambda request: httpx.Response(200, json={"event_id": "E-42"})
    with AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport) as client:
        with caplog.at_level(logging.DEBUG, logger="livechat_typed"):
            client.send_event(chat_id="C1", event={"type": "message", "text": "hello"})
    text = "\n".join(r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG)
    assert '"text":"hello"' in text
    assert "E-42" in text


def test_multipart_bodies_are_summarised(
    client: AgentWeb, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="livechat_typed"):
        client.upload_file(file=b"\x00binary\xff")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "multipart/form-data" in text
    assert "binary" not in text


def test_disable_logging_silences_the_client(
    recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    with AgentWeb("Bearer x", disable_logging=True, transport=recorder.transport) as client:
        with caplog.at_level(logging.DEBUG, logger="livechat_typed"):
            client.follow_chat(id="C1")
    assert [r for r in caplog.records if r.name.startswith("livechat_typed")] == []


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    # A marker keeps the token from being a substring of what logs say anyway (the logger's
    # name "livechat_typed", URLs): only a leak of the token itself can fail the test.
    token=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789:-_", min_size=12, max_size=40).map(
        lambda drawn: f"SeCrEt{drawn}"
    ),
    status=st.sampled_from([200, 401, 500]),
)
def test_the_token_never_reaches_the_logs(
    token: str, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.clear()
    recorder = Recorder(lambda request: httpx.Response(status, json={"error": {"type": "x"}}))
    with AgentWeb(AccessToken(token=token), transport=recorder.transport) as client:
        with caplog.at_level(logging.DEBUG):
            try:
                client.follow_chat(id="C1", headers={"X-Trace": "t"})
            except APIError as exc:
                assert token not in str(exc)
                assert token not in repr(exc)
    assert caplog.records, "nothing was logged"
    assert token not in _all_log_text(caplog)
