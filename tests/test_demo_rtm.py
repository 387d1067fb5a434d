"""The demo's real-time part: Jane's RTM session prints typed pushes while the agent acts."""

from __future__ import annotations

import io
import re
import sys
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed._cli import main
from livechat_typed._demo_rtm import LineWriter, watching
from livechat_typed.testing import FakeServer


def test_the_demo_shows_pushes_as_the_agent_acts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    pushes = [line for line in lines if "over RTM:" in line]
    assert all(
        re.fullmatch(r" {7}push to jane@example\.com over RTM: \w+Push.*", p) for p in pushes
    )
    kinds = {line.split(": ")[1].split()[0] for line in pushes}
    assert {"IncomingChatPush", "IncomingEventPush", "ChatTransferredPush"} <= kinds
    assert {"ChatDeactivatedPush", "ThreadTaggedPush", "IncomingCustomerPush"} <= kinds
    received = next(i for i, line in enumerate(lines) if line.startswith("Pushes jane"))
    assert lines.index(pushes[-1]) < received  # each printed as it came, before the count
    summary = re.search(r"(\d+) pushes over RTM", out)
    assert summary is not None and int(summary.group(1)) == len(pushes)


def test_without_websockets_the_demo_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "websockets", None)  # import fails
    out = io.StringIO()
    with FakeServer(tls=False) as server:
        with watching(server, out, token=server.token, agent="a") as pushes:
            pass
    assert pushes == [] and "pip install 'livechat-typed[rtm]'" in out.getvalue()


@given(lines=st.lists(st.text(st.characters(exclude_characters="\n\r"), max_size=20), max_size=20))
def test_the_line_writer_writes_whole_lines_from_threads(lines: list[str]) -> None:
    out = io.StringIO()
    writer = LineWriter(out)

    def write(tag: str) -> None:
        for line in lines:
            print(tag, line, file=writer)  # type: ignore[arg-type]

    threads = [threading.Thread(target=write, args=(tag,)) for tag in ("<a>", "<b>")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    written = out.getvalue().split("\n")[:-1]
    for tag in ("<a>", "<b>"):
        assert [line for line in written if line.startswith(tag + " ")] == [
            f"{tag} {line}" for line in lines
        ]
    assert len(written) == 2 * len(lines)
