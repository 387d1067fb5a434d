"""Per-call cost: our typed call vs the reference SDK vs raw httpx, through one mock transport.

    python -m bench.calls [--rounds N] [--calls N]

Each round times a batch of ``--calls`` calls of each client in turn (CPU time, the cyclic GC
on as in a program); the table shows medians per call. All three clients send through their
own instance of the same ``httpx.MockTransport``, which answers with the realistic bodies of
``bench/bodies.py``, so the numbers compare client-side work: building, validating,
serializing, sending, reading and parsing. The reference and raw httpx parse the answer with
``.json()`` (dicts); ours parses it into its typed response.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

import httpx
from livechat.agent.web.api.v36 import AgentWebV36

from livechat_typed import AgentWeb

from ._report import HEADER, Row, format_rows
from ._timing import cpu_medians
from .bodies import BODIES

__all__ = ["CALLS", "TARGETS", "clients", "contenders", "rows", "run"]

TOKEN = "Bearer dal:benchmark-token"
BASE = "api.livechatinc.com"
EVENT = {"type": "message", "text": "Hello, how can I help you today?", "visibility": "all"}
UPLOAD = ("screenshot.png", bytes(range(256)) * 80, "image/png")  # 20 KB
CALLS: dict[str, dict[str, Any]] = {
    "send_event": {"chat_id": "PJ0MRSHTDG", "event": EVENT},
    "upload_file": {"file": UPLOAD},
    "get_chat": {"chat_id": "PJ0MRSHTDG", "thread_id": "K600PKZON8"},
    "list_chats": {"limit": 10, "sort_order": "asc"},
}
REFERENCE_CALLS: dict[str, dict[str, Any]] = {**CALLS, "upload_file": {"file": {"file": UPLOAD}}}
TARGETS = {"send_event": 0.70, "upload_file": 0.70, "get_chat": 0.75, "list_chats": 1.50}
LABELS = {
    "send_event": "per call, send_event, vs lc-sdk",
    "upload_file": "per call, upload_file (20 KB), vs lc-sdk",
    "get_chat": "per call, get_chat (~6 KB chat), vs lc-sdk",
    "list_chats": "per call, list_chats (10 large, ~42 KB)",
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


def contenders(action: str) -> dict[str, Callable[[], object]]:
    """One callable per client that makes one call of ``action`` and parses the answer."""
    ours, reference, raw = clients()
    kwargs, reference_kwargs = CALLS[action], REFERENCE_CALLS[action]
    typed = getattr(ours, action)
    untyped = getattr(reference, action)
    url = f"https://{BASE}/v3.6/agent/action/{action}"
    if action == "upload_file":

        def call_raw() -> object:
            return raw.post(url, files={"file": UPLOAD}).json()
    else:

        def call_raw() -> object:
            return raw.post(url, json=kwargs).json()

    return {
        "livechat-typed": lambda: typed(**kwargs),
        "lc-sdk-python": lambda: untyped(**reference_kwargs).json(),
        "raw httpx": call_raw,
    }


def run(rounds: int, calls: int) -> dict[str, dict[str, float]]:
    """Median CPU seconds per call, by action and client."""
    return {
        action: cpu_medians(contenders(action), rounds=rounds, per_round=calls) for action in CALLS
    }


def rows(result: dict[str, dict[str, float]]) -> list[Row]:
    return [
        Row(
            LABELS[action],
            row["livechat-typed"] * 1e6,
            row["lc-sdk-python"] * 1e6,
            "µs",
            target=("<=", TARGETS[action]),
            note=f"raw httpx {row['raw httpx'] * 1e6:.1f} µs "
            f"({row['livechat-typed'] / row['raw httpx']:.2f}x)",
        )
        for action, row in result.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    print("per call, median CPU µs (mock transport)")
    print(HEADER)
    for line in format_rows(rows(run(args.rounds, args.calls))):
        print(line)


if __name__ == "__main__":
    main()
