"""The benchmark command runs and reports every row of issue 13's table in one format (tiny
round counts; no timing is asserted), and its checks and verdicts can fail."""

from __future__ import annotations

import httpx
import pytest

from bench.__main__ import main
from bench._report import Row, format_rows
from bench.load import check_stored
from livechat_typed import AgentWeb
from tests.helpers.core import TOKEN

ROWS = (
    "import AgentWeb, over httpx + pydantic",
    "first call in a fresh process, vs lc-sdk",
    "first call: pydantic floor vs lc-sdk",
    "first call: ours vs the pydantic floor",
    "memory, send_event only, vs lc-sdk",
    "memory, all 36 actions used, vs lc-sdk",
    "per call, send_event, vs lc-sdk",
    "per call, upload_file",
    "per call, get_chat",
    "per call, list_chats",
    "list_archives, GC paused both",
    "list_archives, GC on both",
    "send_event: async HTTP/2 vs sequential",
    "async CPU/call, HTTP/1.1 10-conn. pool vs HTTP/2",
    "async CPU/call, HTTP/1.1 100-conn. pool vs HTTP/2",
    "webhook incoming_event (0.9 KB), GC paused both",
    "webhook incoming_chat (373.4 KB), GC on both",
)


def test_the_benchmarks_run_and_print_every_row(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--quick"])
    output = capsys.readouterr().out
    for row in ROWS:
        lines = [line for line in output.splitlines() if row in line]
        assert lines, row
        assert any(word in lines[0] for word in (" met", "MISSED", "(reported)")), lines[0]
    assert "compiled bytecode" in output and "every event stored once" in output
    (http2,) = [line for line in output.splitlines() if line.startswith("  async, http/2 ")]
    assert http2.endswith(" 1 conn.")  # the concurrent calls shared one HTTP/2 connection
    assert "(8) RTM" in output and "targets met: " in output


def test_a_row_meets_or_misses_its_target() -> None:
    assert Row("x", 7.0, 10.0, "µs", target=("<=", 0.70)).met is True
    assert Row("x", 7.1, 10.0, "µs", target=("<=", 0.70)).met is False
    close = Row("x", 7.04, 10.0, "µs", target=("<=", 0.70))  # 0.70 when rounded: still missed
    assert close.met is False and close.ratio_text() == "0.704x"
    assert Row("x", 41.0, 1.0, "s", target=(">=", 40.0)).met is True
    assert Row("x", 39.0, 1.0, "s", target=(">=", 40.0)).met is False
    delta = Row("x", 110.0, 80.0, "ms", target=("<=", 25.0), kind="delta")
    assert delta.ratio == 30.0 and delta.met is False
    assert Row("x", 1.0, 2.0, "ms").met is None
    (line,) = format_rows([delta])
    assert "+30.0 ms" in line and "MISSED" in line


def _chat_with(texts: list[str]) -> httpx.MockTransport:
    events = [
        {
            "id": f"T_{n}",
            "created_at": "2024-07-15T09:04:57.881200Z",
            "type": "message",
            "author_id": "a@example.com",
            "text": text,
        }
        for n, text in enumerate(texts)
    ]
    chat = {
        "id": "C",
        "thread": {
            "id": "T",
            "created_at": "2024-07-15T09:04:57.881200Z",
            "active": True,
            "user_ids": [],
            "events": events,
        },
        "users": [],
    }
    return httpx.MockTransport(lambda _: httpx.Response(200, json=chat))


@pytest.mark.parametrize(
    ("stored", "problem"),
    [(["a", "b"], None), (["a"], "missing"), (["a", "b", "b"], "stored twice")],
)
def test_the_load_run_checks_every_event_is_stored_once(
    stored: list[str], problem: str | None
) -> None:
    with AgentWeb(f"Bearer {TOKEN}", transport=_chat_with(stored)) as client:
        if problem is None:
            check_stored(client, "C", ["a", "b"])
        else:
            with pytest.raises(AssertionError, match=problem):
                check_stored(client, "C", ["a", "b"])
