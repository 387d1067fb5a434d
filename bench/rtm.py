"""RTM: request round trips over one websocket vs the Web client over HTTP/2, and push parsing.

    python -m bench.rtm [--rounds N]

(a) Round trips: ``get_chat`` against the same ``FakeServer`` (TLS, in this process, in its own
thread), through ``AsyncAgentRTM`` on one RTM connection and through ``AsyncAgentWeb`` over
HTTP/2 (one connection too), each call awaited before the next ("sequential"), then 100 calls
in flight at once ("100 in flight"). Calls per second from the median round of each, the
contenders interleaved round by round. The server shares the process (and the GIL) with the
clients, for both alike.

(b) The client's cost per answer, CPU time, no I/O: a ``get_chat`` answer frame to the typed
``GetChatResponse`` as the client does it (the frame's head, ``json.loads`` of the frame, the
payload back to JSON for an ``httpx.Response``, the descriptor's parse) vs the shortest path
(``json.loads`` of the frame and ``model_validate`` of its payload): what reusing the Web
actions' parsing costs.

(c) Pushes: a push frame to its typed class as the client does it (the frame's head, then one
validation of the text into the push's class) vs ``json.loads`` alone, for a ~0.4 KB
``incoming_event`` and an ``incoming_chat`` of 1,000 events.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from livechat_typed.models import GetChatResponse
from livechat_typed.rtm import AsyncAgentRTM, parse_push_json
from livechat_typed.rtm._frames import answer_response, read_head, rtm_request
from livechat_typed.testing import FakeServer

from ._report import HEADER, Row, format_rows
from ._timing import cpu_medians
from .archives_body import list_archives_body
from .webhooks import incoming_chat_body, incoming_event_body

IN_FLIGHT = 100


async def _round_trips(
    server: FakeServer, rounds: int, per_round: int
) -> dict[str, dict[str, float]]:
    rtm = server.async_rtm_client()
    web = server.async_client(http2=True)
    async with rtm, web:
        chat_id = (await web.start_chat()).chat_id
        callers: dict[str, Callable[[], Awaitable[Any]]] = {
            "rtm": lambda: rtm.get_chat(chat_id=chat_id),
            "web http/2": lambda: web.get_chat(chat_id=chat_id),
        }
        results: dict[str, dict[str, float]] = {}
        for mode in ("sequential", f"{IN_FLIGHT} in flight"):
            samples: dict[str, list[float]] = {name: [] for name in callers}
            for round_number in range(rounds + 2):  # two warm-up rounds
                for name, call in callers.items():
                    started = time.perf_counter()
                    if mode == "sequential":
                        for _ in range(per_round):
                            await call()
                    else:
                        for _ in range(max(1, per_round // IN_FLIGHT)):
                            await asyncio.gather(*(call() for _ in range(IN_FLIGHT)))
                    calls = (
                        per_round
                        if mode == "sequential"
                        else IN_FLIGHT * max(1, per_round // IN_FLIGHT)
                    )
                    if round_number >= 2:
                        samples[name].append(calls / (time.perf_counter() - started))
            results[mode] = {name: statistics.median(values) for name, values in samples.items()}
        assert rtm.connections == 1
    return results


def round_trips(rounds: int, per_round: int) -> dict[str, dict[str, float]]:
    """Calls per second per mode, RTM vs Web over HTTP/2, and the ratio rtm / web."""
    with FakeServer() as server:
        results = asyncio.run(_round_trips(server, rounds, per_round))
    for row in results.values():
        row["ratio"] = row["rtm"] / row["web http/2"]
    return results


def answer_cost(rounds: int, per_round: int) -> dict[str, float]:
    """CPU seconds per ``get_chat`` answer frame to the typed response: the client's path vs
    ``json.loads`` + ``model_validate``."""
    chat = json.loads(list_archives_body(chats=1, events=20))["chats"][0]
    del chat["is_followed"]
    frame = json.dumps(
        {
            "request_id": "7",
            "action": "get_chat",
            "type": "response",
            "success": True,
            "payload": chat,
        }
    )
    request = rtm_request(httpx.URL(AsyncAgentRTM("Bearer x").url), "get_chat", b"{}")
    action = AsyncAgentRTM.get_chat

    data = frame.encode()

    def client_path() -> GetChatResponse:  # what the reader and the descriptor do
        assert read_head(data) is not None
        return action.parse(answer_response(json.loads(data), request))

    def shortest() -> GetChatResponse:
        return GetChatResponse.model_validate(json.loads(frame)["payload"])

    assert client_path() == shortest()
    medians = cpu_medians(
        {"client": client_path, "json.loads + model_validate": shortest},
        rounds=rounds,
        per_round=per_round,
    )
    return {
        **medians,
        "ratio": medians["client"] / medians["json.loads + model_validate"],
        "bytes": float(len(frame)),
    }


def _push_frame(webhook_body: bytes) -> str:
    body = json.loads(webhook_body)
    return json.dumps(
        {"version": "3.6", "action": body["action"], "type": "push", "payload": body["payload"]}
    )


def _typed_push(data: bytes) -> object:
    """What the client's reader does with a push frame."""
    head = read_head(data)
    assert head is not None
    return parse_push_json(head.action, data)


def pushes(rounds: int, per_round: int) -> dict[str, dict[str, float]]:
    """CPU seconds per push frame, typed vs ``json.loads``, and pushes per second typed."""
    cases = {
        "incoming_event": (_push_frame(incoming_event_body()).encode(), per_round),
        "incoming_chat": (_push_frame(incoming_chat_body()).encode(), max(1, per_round // 100)),
    }
    results: dict[str, dict[str, float]] = {}
    for name, (frame, repeat) in cases.items():
        assert type(_typed_push(frame)).__name__ != "UnknownPush"
        medians = cpu_medians(
            {
                "typed": lambda frame=frame: _typed_push(frame),
                "json.loads": lambda frame=frame: json.loads(frame),
            },
            rounds=rounds,
            per_round=repeat,
        )
        results[name] = {
            **medians,
            "ratio": medians["typed"] / medians["json.loads"],
            "per_second": 1 / medians["typed"],
            "bytes": float(len(frame)),
        }
    return results


def run(rounds: int, per_round: int = 200) -> dict[str, Any]:
    """Everything this benchmark measures."""
    return {
        "round_trips": round_trips(max(3, rounds // 3), per_round),
        "answer": answer_cost(rounds, per_round),
        "pushes": pushes(rounds, per_round),
    }


def rows(result: dict[str, Any]) -> list[Row]:
    """Round trips, answer and push parsing, in the format of every bench row (no targets: the
    RTM issue asks for the numbers, not a bound)."""
    found = [
        Row(
            f"RTM get_chat round trips/s vs Web h2, {mode}",
            row["rtm"],
            row["web http/2"],
            "/s",
            note="higher is better",
        )
        for mode, row in result["round_trips"].items()
    ]
    answer = result["answer"]
    found.append(
        Row(
            f"RTM answer -> GetChatResponse ({answer['bytes'] / 1000:.1f} KB)",
            answer["client"] * 1e6,
            answer["json.loads + model_validate"] * 1e6,
            "µs",
            note="vs json.loads + model_validate",
        )
    )
    for name, row in result["pushes"].items():
        found.append(
            Row(
                f"RTM push {name} ({row['bytes'] / 1000:.1f} KB), parse",
                row["typed"] * 1e6,
                row["json.loads"] * 1e6,
                "µs",
                note=f"vs json.loads; {row['per_second']:,.0f} typed pushes/s",
            )
        )
    return found


def report(result: dict[str, Any]) -> list[str]:
    """The result as printed lines."""
    return [HEADER, *format_rows(rows(result))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    print("RTM: round trips per second (higher is better), parse costs (lower is better)")
    for line in report(run(args.rounds)):
        print(line)


if __name__ == "__main__":
    main()
