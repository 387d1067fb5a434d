"""The fake server in a process of its own, answering ``send_event`` after a set latency.

    python -m bench._fake_process --latency 0.05

``bench/load.py`` runs it so that the client's CPU time is the benchmark process's own (the
server's work happens on the other core, as a real API's does). It prints one JSON line
(``base_url``, ``token``, ``ca_path``), then answers each ``stats`` line on stdin with a JSON
line: the TCP connections accepted so far and the server process's CPU seconds so far; it
stops at the end of stdin.

The latency is the fake's ``slow`` fault, scripted for every ``send_event`` with
``processed=True``: the event is stored, then the answer waits ``--latency`` seconds in the
server's event loop, so concurrent calls wait concurrently.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from livechat_typed.testing import FakeServer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per answer")
    args = parser.parse_args()
    with FakeServer() as server:
        server.fake.script(
            "send_event", fault="slow", delay=args.latency, processed=True, times=2**62
        )
        address = {"base_url": server.base_url, "token": server.token}
        print(json.dumps({**address, "ca_path": str(server.ca_path)}), flush=True)
        for line in sys.stdin:
            if line.strip() == "stats":
                stats = {"connections": server.connections_accepted, "cpu": time.process_time()}
                print(json.dumps(stats), flush=True)


if __name__ == "__main__":
    main()
