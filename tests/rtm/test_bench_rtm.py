"""Smoke test of ``bench/rtm.py``: it runs and measures what it says (no timing is asserted)."""

from __future__ import annotations

import json

from bench import rtm as bench
from livechat_typed.rtm import IncomingChatPush, IncomingEventPush


def test_the_push_frames_are_real_pushes() -> None:
    event = bench._typed_push(bench._push_frame(bench.incoming_event_body()).encode())
    assert isinstance(event, IncomingEventPush)
    chat = bench._typed_push(bench._push_frame(bench.incoming_chat_body()).encode())
    assert isinstance(chat, IncomingChatPush)
    assert json.loads(bench._push_frame(bench.incoming_event_body()))["type"] == "push"


def test_the_benchmark_runs() -> None:
    result = bench.run(rounds=1, per_round=2)
    assert set(result["round_trips"]) == {"sequential", f"{bench.IN_FLIGHT} in flight"}
    for row in result["round_trips"].values():
        assert {"rtm", "web http/2", "ratio"} <= set(row)
    assert set(result["pushes"]) == {"incoming_event", "incoming_chat"}
    rows = bench.rows(result)
    assert [row.measure.split(" (")[0].split(",")[0] for row in rows] == [
        "RTM get_chat round trips/s vs Web h2",
        "RTM get_chat round trips/s vs Web h2",
        "RTM answer -> GetChatResponse",
        "RTM push incoming_event",
        "RTM push incoming_chat",
    ]
    assert all(row.target is None and row.met is None for row in rows)  # reported, no bound
    lines = bench.report(result)
    assert lines[0].split() == ["measure", "ours", "baseline", "ratio", "target", "met"]
    assert len(lines) == 1 + len(rows)
