"""Webhooks: parse + verify vs ``json.loads``, and how many docs samples each parser takes.

    python -m bench.webhooks [--rounds N]

"typed" is ``parse_webhook(body, secret_key=...)``: the size check, one validation of the bytes
into the action's class and the secret comparison. "json.loads" parses the same bytes into
dicts; "lc-sdk-python" is ``json.loads`` plus the reference SDK's ``parse_webhook`` (which
checks no secret and types nothing below the payload's first level). Timings are medians of CPU
time (``time.process_time``), the contenders interleaved round by round in one process, reported
twice, like with like: the cyclic GC paused around every contender, and on for every one (the
collection a parse leaves pending counted: see ``bench/_timing.py``).

The docs samples are the 39 of ``tests/webhooks/data/samples.json`` (37 webhooks; three for
``auto_accesses_updated``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from livechat.webhooks.parser import parse_webhook as reference_parse

from livechat_typed.webhooks import IncomingChatWebhook, IncomingEventWebhook, parse_webhook

from ._report import HEADER, Row, format_rows
from ._timing import GcMode, cpu_medians
from .archives_body import list_archives_body

SECRET = "bench-webhook-s3cret"
TARGET = 2.0
SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "webhooks" / "data" / "samples.json"


def incoming_event_body() -> bytes:
    """A typical ``incoming_event``: a customer's message, with the chat's properties and users
    requested at registration (about 1 KB)."""
    return json.dumps(
        {
            "webhook_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "secret_key": SECRET,
            "action": "incoming_event",
            "organization_id": "390e44e6-f1e6-0368c-z6ddb-74g14508c2ex",
            "payload": {
                "chat_id": "PJ0MRSHTDG",
                "thread_id": "K600PKZON8",
                "event": {
                    "id": "K600PKZON8_7",
                    "created_at": "2024-07-15T09:04:57.881200Z",
                    "visibility": "all",
                    "type": "message",
                    "author_id": "b7eff798-f8df-4364-8059-649c35c9ed0c",
                    "text": "Hello, I have a question about my last invoice, can you help?",
                    "properties": {"lc2": {"welcome_message": False}},
                },
            },
            "additional_data": {
                "chat_properties": {
                    "routing": {"continuous": False, "idle": False, "pinned": False},
                    "source": {"client_id": "0805e283233042b37f460ed8fbf22160"},
                    "0805e283233042b37f460ed8fbf22160": {"plan": "pro", "seats": 12},
                },
                "chat_presence_user_ids": [
                    "b7eff798-f8df-4364-8059-649c35c9ed0c",
                    "john.doe@example.com",
                ],
            },
        }
    ).encode()


def incoming_chat_body(events: int = 1000) -> bytes:
    """A large ``incoming_chat``: one chat (customer with visit, agent) whose thread holds
    ``events`` mixed events (messages, files, forms, rich messages, system messages)."""
    chat = json.loads(list_archives_body(chats=1, events=events))["chats"][0]
    del chat["is_followed"]
    return json.dumps(
        {
            "webhook_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "secret_key": SECRET,
            "action": "incoming_chat",
            "organization_id": "390e44e6-f1e6-0368c-z6ddb-74g14508c2ex",
            "payload": {"chat": chat},
            "additional_data": {"chat_presence_user_ids": [user["id"] for user in chat["users"]]},
        }
    ).encode()


def _cpu_medians(
    funcs: dict[str, Callable[[], object]], *, rounds: int, per_round: int, warmup: int = 3
) -> dict[str, float]:
    """Median CPU seconds per call of each callable, round-robin, the GC on (``bench/rtm.py``
    uses it too)."""
    return cpu_medians(funcs, rounds=rounds, per_round=per_round, warmup=warmup)


def _reference(body: bytes) -> Any:
    return reference_parse(json.loads(body), version="3.6")


def timings(rounds: int, per_round: int) -> dict[str, dict[str, dict[str, float]]]:
    """By body and GC mode: median CPU seconds of typed, json.loads and lc-sdk-python, and the
    ratio typed / json.loads."""
    cases: dict[str, tuple[bytes, type, int]] = {
        "incoming_event": (incoming_event_body(), IncomingEventWebhook, per_round),
        "incoming_chat": (incoming_chat_body(), IncomingChatWebhook, max(1, per_round // 100)),
    }
    modes: tuple[GcMode, ...] = ("paused", "on")
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name, (body, cls, repeat) in cases.items():
        assert type(parse_webhook(body, secret_key=SECRET)) is cls  # also builds the validator
        results[name] = {}
        for mode in modes:
            medians = cpu_medians(
                {
                    "typed": lambda body=body: parse_webhook(body, secret_key=SECRET),
                    "json.loads": lambda body=body: json.loads(body),
                    "lc-sdk-python": lambda body=body: _reference(body),
                },
                rounds=rounds,
                per_round=repeat,
                gc_mode=mode,
            )
            results[name][mode] = {
                **medians,
                "ratio": medians["typed"] / medians["json.loads"],
                "bytes": float(len(body)),
            }
    return results


def samples_parsed() -> dict[str, int]:
    """How many of the docs samples each parser takes (ours: with the samples' secret)."""
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))["samples"]
    ours = theirs = 0
    for sample in samples:
        body = json.dumps(sample["body"]).encode()
        try:
            parse_webhook(body, secret_key=sample["body"]["secret_key"])
            ours += 1
        except Exception:
            pass
        try:
            _reference(body)
            theirs += 1
        except Exception:
            pass
    return {"samples": len(samples), "livechat-typed": ours, "lc-sdk-python": theirs}


def run(rounds: int, per_round: int = 200) -> dict[str, Any]:
    """Everything this benchmark measures."""
    return {"timings": timings(rounds, per_round), "samples": samples_parsed()}


def rows(result: dict[str, Any]) -> list[Row]:
    """Parse + verify vs json.loads, per body and GC mode, in the format of every bench row."""
    labels = {"incoming_event": "webhook incoming_event", "incoming_chat": "webhook incoming_chat"}
    found = []
    for name, modes in result["timings"].items():
        for mode, row in modes.items():
            found.append(
                Row(
                    f"{labels[name]} ({row['bytes'] / 1000:.1f} KB), GC {mode} both",
                    row["typed"] * 1e6,
                    row["json.loads"] * 1e6,
                    "µs",
                    target=("<=", TARGET),
                    note=f"vs json.loads; lc-sdk {row['lc-sdk-python'] * 1e6:.1f} µs",
                )
            )
    return found


def report(result: dict[str, Any]) -> list[str]:
    """The result as printed lines."""
    counts = result["samples"]
    return [
        HEADER,
        *format_rows(rows(result)),
        f"  docs samples parsed: livechat-typed {counts['livechat-typed']}/{counts['samples']}, "
        f"lc-sdk-python {counts['lc-sdk-python']}/{counts['samples']}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=25)
    args = parser.parse_args()
    print("webhooks: parse + verify, median CPU µs per body")
    for line in report(run(args.rounds)):
        print(line)


if __name__ == "__main__":
    main()
