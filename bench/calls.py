"""Per-call cost: our typed call vs the reference SDK vs raw httpx, through one mock transport.

    python -m bench.calls [--rounds N] [--calls N]

Each round times ``--calls`` calls of each client; the table shows medians per call. All three
clients send through the same ``httpx.MockTransport`` that answers with canned bodies, so the
numbers compare client-side work: building, validating, serializing, sending, parsing.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

import httpx
from livechat.agent.web.api.v36 import AgentWebV36

from livechat_typed import AgentWeb

from ._timing import interleaved_medians

TOKEN = "Bearer dal:benchmark-token"
BASE = "api.livechatinc.com"
EVENT = {"type": "message", "text": "Hello, how can I help you today?", "visibility": "all"}
SUMMARY = {
    "id": "PJ0MRSHTDG",
    "last_thread_summary": {
        "id": "K600PKZON8",
        "created_at": "2024-07-15T09:04:57.881200Z",
        "user_ids": ["b7eff798-f8df-4364-8059-649c35c9ed0c", "agent@example.com"],
        "active": True,
        "access": {"group_ids": [0]},
    },
    "users": [
        {"id": "b7eff798-f8df-4364-8059-649c35c9ed0c", "type": "customer", "name": "Jane"},
        {"id": "agent@example.com", "type": "agent", "name": "John", "visibility": "all"},
    ],
    "access": {"group_ids": [0]},
    "is_followed": False,
}
CHAT = {
    "id": "PJ0MRSHTDG",
    "thread": {
        "id": "K600PKZON8",
        "created_at": "2024-07-15T09:04:57.881200Z",
        "active": True,
        "user_ids": ["b7eff798-f8df-4364-8059-649c35c9ed0c", "agent@example.com"],
        "events": [
            {
                "id": f"K600PKZON8_{n}",
                "created_at": "2024-07-15T09:04:57.881200Z",
                "type": "message",
                "author_id": "agent@example.com",
                "visibility": "all",
                "text": "Hello, how can I help you today?",
            }
            for n in range(1, 6)
        ],
    },
    "users": SUMMARY["users"],
    "is_followed": False,
}
BODIES = {
    "send_event": json.dumps({"event_id": "K600PKZON8_6"}).encode(),
    "list_chats": json.dumps({"chats_summary": [SUMMARY] * 10, "found_chats": 42}).encode(),
    "get_chat": json.dumps(CHAT).encode(),
}
CALLS: dict[str, dict[str, Any]] = {
    "send_event": {"chat_id": "PJ0MRSHTDG", "event": EVENT},
    "list_chats": {"limit": 10, "sort_order": "asc"},
    "get_chat": {"chat_id": "PJ0MRSHTDG", "thread_id": "K600PKZON8"},
}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODIES[request.url.path.rsplit("/", 1)[-1]])


def clients() -> tuple[AgentWeb, AgentWebV36, httpx.Client]:
    """The three clients, each sending through its own instance of the same mock transport."""
    ours = AgentWeb(TOKEN, BASE, transport=httpx.MockTransport(_answer))
    reference = AgentWebV36(TOKEN, BASE, False, disable_logging=True)
    reference.session = httpx.Client(
        headers=reference.session.headers, transport=httpx.MockTransport(_answer)
    )
    raw = httpx.Client(headers={"Authorization": TOKEN}, transport=httpx.MockTransport(_answer))
    return ours, reference, raw


def contenders(action: str, calls: int) -> dict[str, Callable[[], object]]:
    """One callable per client that makes ``calls`` calls of ``action``."""
    ours, reference, raw = clients()
    kwargs = CALLS[action]
    typed = getattr(ours, action)
    untyped = getattr(reference, action)
    url = f"https://{BASE}/v3.6/agent/action/{action}"

    def run_ours() -> None:
        for _ in range(calls):
            typed(**kwargs)

    def run_reference() -> None:
        for _ in range(calls):
            untyped(**kwargs).json()

    def run_raw() -> None:
        for _ in range(calls):
            raw.post(url, json=kwargs).json()

    return {"livechat-typed": run_ours, "lc-sdk-python": run_reference, "raw httpx": run_raw}


def run(rounds: int, calls: int) -> dict[str, dict[str, float]]:
    """Median seconds per call, by action and client."""
    results = {}
    for action in CALLS:
        medians = interleaved_medians(contenders(action, calls), rounds=rounds)
        results[action] = {name: value / calls for name, value in medians.items()}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    results = run(args.rounds, args.calls)
    columns = ("typed µs", "ref µs", "httpx µs", "vs ref", "vs httpx")
    print(f"{'action':12s} " + " ".join(f"{name:>9s}" for name in columns))
    for action, row in results.items():
        ours, ref, raw = row["livechat-typed"], row["lc-sdk-python"], row["raw httpx"]
        print(
            f"{action:12s} {ours * 1e6:9.1f} {ref * 1e6:9.1f} {raw * 1e6:9.1f} "
            f"{ours / ref:8.2f}x {ours / raw:8.2f}x"
        )


if __name__ == "__main__":
    main()
