"""The demo's real-time part: another agent's RTM session gets typed pushes while the demo's
agent acts over the Web API.

``watching(server, out, token=..., agent=...)`` opens an :class:`~livechat_typed.rtm.AgentRTM`
for that agent on the fake server and prints each push the moment it arrives (a handler per
push class), so the lines interleave with the demo's steps. When the block ends, the session is
closed (every push received by then is handled first) and the count per class is printed. Without
the ``rtm`` extra (websockets) it says so and the demo goes on.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .rtm import Push
    from .testing import FakeServer

__all__ = ["LineWriter", "watching"]


class LineWriter:
    """A text stream that writes whole lines only, one thread at a time: the RTM thread's push
    lines then never land inside a line the demo is printing (``print`` writes the text and the
    newline separately)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self._lock = threading.Lock()
        self._pending = threading.local()

    def write(self, text: str) -> int:
        buffered = getattr(self._pending, "text", "") + text
        head, newline, tail = buffered.rpartition("\n")
        self._pending.text = tail
        if newline:
            with self._lock:
                self.out.write(head + newline)
        return len(text)

    def flush(self) -> None:
        with self._lock:
            self.out.flush()


@contextmanager
def watching(
    server: FakeServer, out: TextIO | LineWriter, *, token: str, agent: str
) -> Iterator[list[Push]]:
    """Print the pushes ``agent``'s RTM session gets while the block runs; yield them."""
    received: list[Push] = []
    try:
        import websockets  # noqa: F401
    except ImportError:
        print("RTM: not shown (pip install 'livechat-typed[rtm]' for websockets)\n", file=out)
        yield received
        return
    from .rtm import AgentDisconnectedPush, Push

    lock = threading.Lock()
    rtm = server.rtm_client(token=token)

    @rtm.on(Push)
    def show(push: Push) -> None:
        with lock:
            received.append(push)
        payload = push.payload
        chat_id = getattr(payload, "chat_id", None) or getattr(
            getattr(payload, "chat", None), "id", None
        )
        where = f" chat_id={chat_id}" if chat_id else ""
        print(f"       push to {agent} over RTM: {type(push).__name__}{where}", file=out)

    with rtm:
        print(
            f"RTM: {agent} is logged in on {server.rtm_url} "
            f"({len(rtm.login_response.chats_summary)} chats); pushes show as they arrive\n",
            file=out,
        )
        yield received
        rtm.list_routing_statuses()  # answered after every push sent before it
    kinds = Counter(type(push).__name__ for push in received)
    kinds.pop(AgentDisconnectedPush.__name__, None)
    print(
        f"\nPushes {agent} received over RTM ({len(received)}, typed): "
        + ", ".join(f"{name} x{count}" for name, count in sorted(kinds.items())),
        file=out,
    )
