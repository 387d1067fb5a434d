"""The README's "Real time (RTM)" section: its examples run alone, against the fake server, and
print what their comments say; the facts it states are the code's."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from livechat_typed.rtm import FINAL_REASONS, RECONNECT_REASONS, AsyncAgentRTM, ReconnectPolicy

README = Path(__file__).resolve().parents[2] / "README.md"
TEXT = README.read_text(encoding="utf-8")
SECTION = TEXT[TEXT.index("\n## Real time (RTM)\n") :]
SECTION = SECTION[: SECTION.index("\n## ", 1)]
BLOCKS = re.findall(r"```python\n(.*?)```", SECTION, flags=re.S)


def test_the_section_examples_run_and_print_what_they_say(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert len(BLOCKS) == 3
    namespace: dict[str, Any] = {}
    for number, block in enumerate(BLOCKS, start=1):
        exec(compile(block, f"README.md RTM block {number}", "exec"), namespace)
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["agent@example.com", "0"]
    assert any(line.startswith("new chat ") for line in out)
    assert "ChatDeactivatedPush" in out and "IncomingChatPush" in out
    assert out[-2:] == ["AgentDisconnectedPush", "stopped: access_token_revoked"]
    assert not namespace["server"].running
    replies = [c for c in namespace["server"].fake.calls("send_event")]
    assert replies[0].request.event.text == "It is on its way!"


def test_the_stated_defaults_are_the_codes() -> None:
    defaults = ReconnectPolicy()
    stated = (
        "ReconnectPolicy(initial=0.5, maximum=30.0, multiplier=2.0, jitter=0.5, max_attempts=None)"
    )
    assert stated in " ".join(SECTION.split())
    assert (defaults.initial, defaults.maximum, defaults.multiplier, defaults.jitter) == (
        0.5,
        30.0,
        2.0,
        0.5,
    )
    assert defaults.max_attempts is None
    rtm = AsyncAgentRTM("Bearer dal:x")
    assert (rtm.ping_interval, rtm.timeout, rtm.login_timeout, rtm.open_timeout) == (
        15.0,
        15.0,
        30.0,
        15.0,
    )
    for reason in RECONNECT_REASONS:
        assert f"`{reason}`" in SECTION
    for reason in ("access_token_revoked", "agent_logged_out_remotely", "license_expired"):
        assert reason in FINAL_REASONS and f"`{reason}`" in SECTION
