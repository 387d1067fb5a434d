"""Load: N concurrent ``send_event`` calls over ONE HTTP/2 connection, next to N sequential ones.

    python -m bench.load [--calls N]          # N defaults to 1000

The fake server (:class:`livechat_typed.testing.FakeServer`, TLS + HTTP/2) runs in this process,
in its own thread and event loop: client and server share one interpreter (and its GIL), so the
numbers are a floor for the client, not a measure of a real network. Each mode sends N events
with distinct texts to its own chat; afterwards every text must be stored exactly once
(checked in the fake's state), and the concurrent mode must have used one TCP connection.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter
from dataclasses import dataclass

import httpx

from livechat_typed import AsyncAgentWeb
from livechat_typed.models import MessageEvent
from livechat_typed.testing import FakeServer


@dataclass
class Result:
    mode: str
    calls: int
    seconds: float
    connections: int
    http_version: str

    @property
    def per_second(self) -> float:
        return self.calls / self.seconds if self.seconds else float("inf")


def _check_stored(server: FakeServer, chat_id: str, texts: list[str]) -> None:
    stored = Counter(
        event.get("text")
        for event in server.fake.state.events(chat_id)
        if event["type"] == "message"
    )
    missing = [text for text in texts if stored[text] == 0]
    doubled = [text for text in texts if stored[text] > 1]
    assert not missing and not doubled, f"missing {missing[:3]}, stored twice {doubled[:3]}"


async def concurrent(server: FakeServer, calls: int) -> Result:
    """``calls`` concurrent ``send_event`` from ``AsyncAgentWeb``, pool limited to 1 connection."""
    transport = httpx.AsyncHTTPTransport(
        http2=True, verify=server.ssl_context(), limits=httpx.Limits(max_connections=1)
    )
    async with AsyncAgentWeb(
        f"Bearer {server.token}",
        server.base_url,
        http2=True,
        transport=transport,
        timeout=60,
        max_retries=0,
    ) as client:
        chat_id = (await client.start_chat()).chat_id  # opens the connection
        before = server.connections_accepted
        texts = [f"concurrent {number}" for number in range(calls)]
        started = time.perf_counter()
        sent = await asyncio.gather(
            *(client.send_event(chat_id=chat_id, event=MessageEvent(text=text)) for text in texts)
        )
        seconds = time.perf_counter() - started
        version = (await client.get_chat.raw(chat_id=chat_id)).http_version
    assert len({answer.event_id for answer in sent}) == calls, "event IDs must be distinct"
    _check_stored(server, chat_id, texts)
    connections = server.connections_accepted - before + 1
    assert connections == 1, f"expected one connection, the server accepted {connections}"
    assert version == "HTTP/2", version
    return Result("async, concurrent, 1 HTTP/2 connection", calls, seconds, connections, version)


def sequential(server: FakeServer, calls: int, *, http2: bool) -> Result:
    """``calls`` sequential ``send_event`` from ``AgentWeb`` on one keep-alive connection."""
    before = server.connections_accepted
    with server.client(http2=http2, timeout=60, max_retries=0) as client:
        chat_id = client.start_chat().chat_id
        texts = [f"sequential {http2} {number}" for number in range(calls)]
        started = time.perf_counter()
        for text in texts:
            client.send_event(chat_id=chat_id, event=MessageEvent(text=text))
        seconds = time.perf_counter() - started
        version = client.get_chat.raw(chat_id=chat_id).http_version
    _check_stored(server, chat_id, texts)
    mode = f"sync, sequential, {version}"
    return Result(mode, calls, seconds, server.connections_accepted - before, version)


def run(calls: int) -> list[Result]:
    """Run the three modes against one fresh server; raise ``AssertionError`` on lost events."""
    with FakeServer() as server:
        return [
            asyncio.run(concurrent(server, calls)),
            sequential(server, calls, http2=True),
            sequential(server, calls, http2=False),
        ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--calls", type=int, default=1000, help="calls per mode (default 1000)")
    args = parser.parse_args(argv)
    results = run(args.calls)
    print(f"send_event x {args.calls} against FakeServer (TLS, same process)")
    for result in results:
        print(
            f"  {result.mode:<40} {result.seconds:7.2f} s  {result.per_second:8.0f} calls/s"
            f"  ({result.connections} connection{'s' if result.connections != 1 else ''})"
        )
    print(f"every event stored exactly once ({args.calls * len(results)} events)")


if __name__ == "__main__":
    main()
