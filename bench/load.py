"""Load: 1,000 concurrent ``send_event`` with ``AsyncAgentWeb`` vs sequential sync calls, against
the fake server answering after 50 ms, as a real API does; and HTTP/2 vs HTTP/1.1 pools.

    python -m bench.load [--calls N] [--sequential N] [--latency S] [--rounds N]

The fake server (TLS, HTTP/1.1 and HTTP/2) runs in a process of its own
(``bench/_fake_process.py``), holding every ``send_event`` answer ``--latency`` seconds after
storing the event. Modes, each on a fresh client whose pool is first warmed up by an untimed
batch of 100 concurrent calls (a long-running program's steady state):

* ``async``, ``--calls`` concurrent calls (``asyncio.gather``):
  HTTP/2 (``http2=True``, the client's own transport: one connection, multiplexed);
  HTTP/1.1 (``http2=False``, the client's own transport: httpx's default pool, 100 connections);
  HTTP/1.1 through ``transport=httpx.AsyncHTTPTransport(limits=...)`` with 10 and 100
  connections (how a program caps its pool);
* ``sync``, ``--sequential`` calls one after the other (``AgentWeb``, its default HTTP/1.1):
  each waits for its answer, so its time per call is the latency plus the client's work, and
  its time for ``--calls`` calls is ``--calls`` times that.

Measured per mode: wall time of the batch and the client's CPU time per call
(``time.process_time`` of this process: the server's CPU is spent in its own process). Medians
over ``--rounds`` rounds, the modes interleaved. After each batch, every text sent must be
stored exactly once (read back with ``get_chat``), and the HTTP/2 mode must have used one TCP
connection; otherwise the benchmark fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import ssl
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from itertools import count
from typing import Any

import httpx

from livechat_typed import AgentWeb, AsyncAgentWeb
from livechat_typed.models import MessageEvent

from ._child import ROOT
from ._report import HEADER, Row, format_rows

__all__ = ["ASYNC_MODES", "Server", "check_stored", "details", "rows", "run"]

TARGET = 40.0
WARM_UP = 100
_sent = count()


@dataclass(frozen=True)
class Server:
    """The fake server's process and what clients need to reach it."""

    process: subprocess.Popen[str]
    base_url: str
    token: str
    ssl_context: ssl.SSLContext

    @classmethod
    def start(cls, latency: float) -> Server:
        process = subprocess.Popen(
            [sys.executable, "-m", "bench._fake_process", "--latency", str(latency)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert process.stdout is not None
        address = json.loads(process.stdout.readline())
        context = ssl.create_default_context(cafile=address["ca_path"])
        return cls(process, address["base_url"], address["token"], context)

    def stats(self) -> tuple[int, float]:
        """The connections the server accepted so far, and its CPU seconds so far."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("stats\n")
        self.process.stdin.flush()
        stats = json.loads(self.process.stdout.readline())
        return int(stats["connections"]), float(stats["cpu"])

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)

    def client(self) -> AgentWeb:
        return AgentWeb(
            f"Bearer {self.token}",
            self.base_url,
            verify=self.ssl_context,
            timeout=60,
            max_retries=0,
        )


@dataclass(frozen=True)
class Batch:
    seconds: float
    cpu: float
    server_cpu: float
    calls: int
    connections: int


def _texts(calls: int) -> list[str]:
    batch = next(_sent)
    return [f"load {batch} #{number}" for number in range(calls)]


def check_stored(client: AgentWeb, chat_id: str, texts: list[str]) -> None:
    """Raise ``AssertionError`` unless the chat holds each text in exactly one event."""
    chat = client.get_chat(chat_id=chat_id)
    events = chat.thread.events if chat.thread is not None and chat.thread.events else []
    stored = Counter(getattr(event, "text", None) for event in events)
    missing = [text for text in texts if stored[text] == 0]
    doubled = [text for text in texts if stored[text] > 1]
    if missing or doubled:
        raise AssertionError(f"missing {missing[:3]}, stored twice {doubled[:3]}")


def _async_client(server: Server, mode: str) -> AsyncAgentWeb:
    options: dict[str, Any] = {"timeout": 60, "max_retries": 0}
    if mode == "http/2":
        options.update(http2=True, verify=server.ssl_context)
    elif mode == "http/1.1":
        options.update(http2=False, verify=server.ssl_context)
    else:  # "http/1.1, N connections": httpx's transport with a capped pool
        connections = int(mode.split(", ")[1].split()[0])
        options["transport"] = httpx.AsyncHTTPTransport(
            verify=server.ssl_context, limits=httpx.Limits(max_connections=connections)
        )
    return AsyncAgentWeb(f"Bearer {server.token}", server.base_url, **options)


async def _concurrent(server: Server, mode: str, calls: int) -> Batch:
    before, _ = server.stats()
    async with _async_client(server, mode) as client:
        chat_id = (await client.start_chat()).chat_id

        def batch(texts: list[str]) -> Awaitable[list[Any]]:
            return asyncio.gather(
                *(
                    client.send_event(chat_id=chat_id, event=MessageEvent(text=text))
                    for text in texts
                )
            )

        await batch(_texts(min(WARM_UP, calls)))
        texts = _texts(calls)
        _, server_cpu = server.stats()
        started, cpu = time.perf_counter(), time.process_time()
        sent = await batch(texts)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        server_cpu = server.stats()[1] - server_cpu
        version = (await client.raw.get_chat(chat_id=chat_id)).http_version
    connections = server.stats()[0] - before
    if len({answer.event_id for answer in sent}) != calls:
        raise AssertionError("event IDs must be distinct")
    with server.client() as reader:
        check_stored(reader, chat_id, texts)
    if mode == "http/2" and (connections != 1 or version != "HTTP/2"):
        raise AssertionError(f"HTTP/2 mode: {connections} connections, {version}")
    return Batch(seconds, cpu / calls, server_cpu / calls, calls, connections)


def _sequential(server: Server, calls: int) -> Batch:
    before, _ = server.stats()
    with server.client() as client:
        chat_id = client.start_chat().chat_id
        client.send_event(chat_id=chat_id, event=MessageEvent(text="warm-up"))
        texts = _texts(calls)
        _, server_cpu = server.stats()
        started, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            client.send_event(chat_id=chat_id, event=MessageEvent(text=text))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        server_cpu = server.stats()[1] - server_cpu
    connections = server.stats()[0] - before
    with server.client() as reader:
        check_stored(reader, chat_id, texts)
    return Batch(seconds, cpu / calls, server_cpu / calls, calls, connections)


ASYNC_MODES = (
    "http/2",
    "http/1.1",
    "http/1.1, 10 connections",
    "http/1.1, 100 connections",
)


def run(calls: int, sequential: int, latency: float, rounds: int) -> dict[str, Any]:
    """Median wall seconds per batch and client CPU seconds per call, by mode."""
    server = Server.start(latency)
    try:
        modes: dict[str, Callable[[], Batch]] = {
            f"async, {mode}": (lambda mode=mode: asyncio.run(_concurrent(server, mode, calls)))
            for mode in ASYNC_MODES
        }
        modes["sync, sequential"] = lambda: _sequential(server, sequential)
        batches: dict[str, list[Batch]] = {name: [] for name in modes}
        for _ in range(rounds):
            for name, measure in modes.items():
                batches[name].append(measure())
    finally:
        server.stop()
    result: dict[str, Any] = {"calls": calls, "sequential": sequential, "latency": latency}
    for name, found in batches.items():
        result[name] = {
            "seconds": statistics.median(batch.seconds for batch in found),
            "per_call": statistics.median(batch.seconds / batch.calls for batch in found),
            "cpu": statistics.median(batch.cpu for batch in found),
            "server_cpu": statistics.median(batch.server_cpu for batch in found),
            "connections": max(batch.connections for batch in found),
        }
    return result


def rows(result: dict[str, Any]) -> list[Row]:
    calls = result["calls"]
    sync = result["sync, sequential"]
    sync_seconds = sync["per_call"] * calls  # sequential: linear in the number of calls
    h2 = result["async, http/2"]
    found = [
        Row(
            f"{calls:,} send_event: async HTTP/2 vs sequential",
            sync_seconds,
            h2["seconds"],
            "s",
            target=(">=", TARGET),
            note=f"sync {sync['per_call'] * 1000:.1f} ms per call (x {calls:,}) vs async "
            f"wall; every event stored once",
        )
    ]
    labels = {
        "http/1.1": "async CPU/call, HTTP/1.1 default pool vs HTTP/2",
        "http/1.1, 10 connections": "async CPU/call, HTTP/1.1 10-conn. pool vs HTTP/2",
        "http/1.1, 100 connections": "async CPU/call, HTTP/1.1 100-conn. pool vs HTTP/2",
    }
    for mode in ASYNC_MODES[1:]:
        row = result[f"async, {mode}"]
        found.append(
            Row(
                labels[mode],
                row["cpu"] * 1e6,
                h2["cpu"] * 1e6,
                "µs",
                note=f"wall {row['seconds']:.2f} s vs {h2['seconds']:.2f} s, "
                f"{row['connections']} connections",
            )
        )
    return found


def details(result: dict[str, Any]) -> list[str]:
    """Every mode's medians, one line each."""
    lines = []
    for name, row in result.items():
        if isinstance(row, dict):
            lines.append(
                f"  {name:34s} wall {row['seconds']:6.2f} s {row['per_call'] * 1000:6.2f} ms/call"
                f"  CPU/call: client {row['cpu'] * 1e6:6.0f} µs, server "
                f"{row['server_cpu'] * 1e6:6.0f} µs  {row['connections']:3d} conn."
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--calls", type=int, default=1000, help="concurrent calls (1000)")
    parser.add_argument("--sequential", type=int, default=100, help="sequential calls (100)")
    parser.add_argument("--latency", type=float, default=0.05, help="server latency, s (0.05)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    result = run(args.calls, args.sequential, args.latency, args.rounds)
    print(f"load against the fake server in its own process, {args.latency * 1000:g} ms latency")
    for line in details(result):
        print(line)
    print(HEADER)
    for line in format_rows(rows(result)):
        print(line)


if __name__ == "__main__":
    main()
