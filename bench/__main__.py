"""Every benchmark in one run: ``python -m bench [--quick]`` prints each row of issue 13's table
with the measured ratio next to its target, then the webhook and RTM benchmarks.

Every timing is a median of CPU time with the contenders interleaved (in one process, or in
fresh interpreters alternating round by round), except the load run, which measures wall time
against a server with latency (and the client's CPU time next to it). Ratios compare
measurements of the same run, so they hold on any machine; absolute numbers are this machine's.
``--quick`` runs tiny round counts and skips the fresh interpreters' warm-up runs: a smoke test
(tests/test_bench.py), its numbers mean nothing.
"""

from __future__ import annotations

import argparse
import os
import platform
from collections.abc import Callable

import httpx
import pydantic

from . import calls, first_call, imports, load, memory, parse, rtm, webhooks
from ._child import BYTECODE_NOTE
from ._report import HEADER, Row, format_rows


def _section(title: str, found: list[Row], table: list[Row]) -> None:
    print(f"\n{title}")
    print(HEADER)
    for line in format_rows(found):
        print(line)
    table.extend(found)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny round counts (smoke test)")
    quick = parser.parse_args(argv).quick
    load_average = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"python {platform.python_version()} on {platform.machine()} {platform.system()}, "
        f"{os.cpu_count()} CPUs, load average {load_average:.2f}; httpx {httpx.__version__}, "
        f"pydantic {pydantic.VERSION}"
    )
    print("CPU-time medians, contenders interleaved; ratio = ours / baseline")
    table: list[Row] = []
    fresh: list[tuple[str, Callable[[], list[Row]]]] = [
        (
            f"(1) import, fresh interpreters, CPU ms ({BYTECODE_NOTE})",
            lambda: imports.rows(imports.run(1 if quick else 15, warmup=not quick)),
        ),
        (
            "(2) first call in a fresh process: import + client + one send_event, CPU ms "
            "(both build httpx's default transport, then send through the same mock transport)",
            lambda: first_call.rows(first_call.run(1 if quick else 15, warmup=not quick)),
        ),
        (
            "(3) memory, tracemalloc after httpx + pydantic + one model, MiB (equal terms)",
            lambda: memory.rows(memory.run(1 if quick else 3)),
        ),
        (
            "(4) per call through the same httpx.MockTransport, CPU µs (bench/bodies.py)",
            lambda: calls.rows(calls.run(2 if quick else 15, 3 if quick else 200)),
        ),
        (
            "(5) parse of a list_archives body through the client (Action.parse) vs json.loads",
            lambda: parse.rows(parse.run(2 if quick else 30)),
        ),
    ]
    for title, measure in fresh:
        _section(title, measure(), table)

    result = load.run(
        calls=20 if quick else 1000,
        sequential=3 if quick else 100,
        latency=0.05,
        rounds=1 if quick else 3,
    )
    print(
        f"\n(6) load against the fake server in its own process, 50 ms per answer "
        f"({result['calls']:,} concurrent async calls; {result['sequential']} sequential sync "
        "calls, scaled)"
    )
    for line in load.details(result):
        print(line)
    print(HEADER)
    found = load.rows(result)
    for line in format_rows(found):
        print(line)
    table.extend(found)

    print("\n(7) webhooks: parse + verify vs json.loads, CPU µs per body")
    result = webhooks.run(2 if quick else 25, 5 if quick else 200)
    for line in webhooks.report(result):
        print(line)
    table.extend(webhooks.rows(result))

    print("\n(8) RTM: round trips per second over one connection vs the Web client over HTTP/2,")
    print("    answer and push parsing, median CPU µs (see bench/rtm.py)")
    result = rtm.run(2 if quick else 15, 5 if quick else 200)
    for line in rtm.report(result):
        print(line)
    table.extend(rtm.rows(result))

    targeted = [row for row in table if row.met is not None]
    missed = [row.measure for row in targeted if not row.met]
    print(f"\ntargets met: {len(targeted) - len(missed)} of {len(targeted)}")
    for label in missed:
        print(f"  missed: {label}")


if __name__ == "__main__":
    main()
