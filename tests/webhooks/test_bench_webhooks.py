"""Smoke test of ``bench/webhooks.py``: it runs, its bodies are what it says, and it counts the
docs samples each parser takes (no timing is asserted)."""

from __future__ import annotations

import json

from bench import webhooks as bench
from livechat_typed.webhooks import IncomingChatWebhook, IncomingEventWebhook, parse_webhook


def test_the_bodies_are_real_webhooks() -> None:
    event = parse_webhook(bench.incoming_event_body(), secret_key=bench.SECRET, strict=True)
    assert isinstance(event, IncomingEventWebhook)
    chat = parse_webhook(bench.incoming_chat_body(), secret_key=bench.SECRET, strict=True)
    assert isinstance(chat, IncomingChatWebhook)
    thread = chat.payload.chat.thread  # type: ignore[union-attr]
    assert thread is not None and thread.events is not None and len(thread.events) == 1000
    assert len(bench.incoming_chat_body()) > 64 * 1024  # the GC-paused path


def test_the_benchmark_runs_and_counts_the_samples() -> None:
    result = bench.run(rounds=1, per_round=1)
    assert set(result["timings"]) == {"incoming_event", "incoming_chat"}
    for modes in result["timings"].values():
        assert set(modes) == {"paused", "on"}  # the GC paused on both sides, and on for both
        for row in modes.values():
            assert {"typed", "json.loads", "lc-sdk-python", "ratio", "bytes"} <= set(row)
    assert result["samples"] == {"samples": 39, "livechat-typed": 39, "lc-sdk-python": 20}
    lines = bench.report(result)
    assert len(bench.rows(result)) == 4 and len(lines) == 6  # header, 4 rows, the samples
    assert all("<= 2x" in line for line in lines[1:5])
    assert lines[-1] == "  docs samples parsed: livechat-typed 39/39, lc-sdk-python 20/39"
    assert json.loads(bench.incoming_event_body())["action"] == "incoming_event"
