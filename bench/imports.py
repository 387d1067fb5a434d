"""Import cost in fresh interpreters: ours vs ``import httpx, pydantic`` vs the reference SDK.

    python -m bench.imports [--rounds N]

Each statement runs in its own new interpreter; only the statement is timed (not the start of
the interpreter), and the table shows medians.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

STATEMENTS = {
    "import httpx, pydantic": "import httpx, pydantic",
    "import livechat_typed": "import livechat_typed",
    "from livechat_typed import AgentWeb": "from livechat_typed import AgentWeb",
    "reference AgentWebV36": "from livechat.agent.web.api.v36 import AgentWebV36",
}
_PROBE = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"


def time_import(statement: str) -> float:
    """Seconds one fresh interpreter spends on ``statement``."""
    output = subprocess.run(
        [sys.executable, "-c", _PROBE.format(statement=statement)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(output.strip().splitlines()[-1])


def run(rounds: int) -> dict[str, float]:
    """Median seconds per statement, the statements interleaved round by round."""
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(rounds):
        for name, statement in STATEMENTS.items():
            samples[name].append(time_import(statement))
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    results = run(parser.parse_args().rounds)
    base = results["import httpx, pydantic"]
    for name, seconds in results.items():
        print(f"{name:38s} {seconds * 1000:8.1f} ms  ({(seconds - base) * 1000:+7.1f} ms)")


if __name__ == "__main__":
    main()
