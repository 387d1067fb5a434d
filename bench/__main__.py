"""Every benchmark in one process: ``python -m bench [--quick]`` prints the table of medians.

Ratios compare measurements taken in the same run (interleaved where they share a process), so
they hold on any machine; absolute numbers are this machine's.
"""

from __future__ import annotations

import argparse
import platform

from . import calls, imports, memory, parse, rtm, webhooks


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny round counts (smoke test)")
    args = parser.parse_args(argv)
    rounds, per_round = (2, 5) if args.quick else (15, 200)
    print(f"python {platform.python_version()} on {platform.machine()}, {platform.system()}")

    print("\n(a) per call, median µs (lower is better)")
    columns = ("typed", "lc-sdk", "httpx", "vs lc-sdk", "vs httpx")
    print(f"{'action':12s} " + " ".join(f"{name:>9s}" for name in columns))
    for action, row in calls.run(rounds, per_round).items():
        ours, ref, raw = row["livechat-typed"], row["lc-sdk-python"], row["raw httpx"]
        print(
            f"{action:12s} {ours * 1e6:9.1f} {ref * 1e6:9.1f} {raw * 1e6:9.1f} "
            f"{ours / ref:8.2f}x {ours / raw:8.2f}x"
        )

    result = parse.run(3 if args.quick else 50)
    print(f"\n(b) parse a {result['bytes'] / 1e6:.2f} MB list_archives body, median ms")
    for name in ("typed", "model_validate_json", "json.loads"):
        print(f"{name:20s} {result[name] * 1000:8.2f}")
    print(f"{'typed / json.loads':20s} {result['ratio']:8.2f}x")

    print("\n(c) import in a fresh interpreter, median ms (delta vs httpx + pydantic)")
    times = imports.run(2 if args.quick else 9)
    base = times["import httpx, pydantic"]
    for name, seconds in times.items():
        print(f"{name:38s} {seconds * 1000:8.1f}  ({(seconds - base) * 1000:+7.1f})")

    print("\n(d) memory of a client with all 36 actions loaded (tracemalloc, MiB)")
    for name, sizes in memory.run().items():
        print(f"{name:16s} {sizes['current'] / 2**20:8.2f}  (peak {sizes['peak'] / 2**20:.2f})")

    print("\n(e) webhooks: parse + verify, median CPU µs per body (target typed/json <= 2.0x)")
    for line in webhooks.report(webhooks.run(2 if args.quick else 25, 5 if args.quick else 200)):
        print(line)

    print("\n(f) RTM: round trips per second over one connection vs the Web client over HTTP/2,")
    print("    answer and push parsing, median CPU µs (see bench/rtm.py)")
    for line in rtm.report(rtm.run(2 if args.quick else 15, 5 if args.quick else 200)):
        print(line)


if __name__ == "__main__":
    main()
