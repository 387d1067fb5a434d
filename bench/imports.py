"""Import cost in fresh interpreters: ours and the reference SDK's, over ``import httpx, pydantic``.

    python -m bench.imports [--rounds N]

Each child times, in CPU seconds (``time.process_time``), first ``import httpx, pydantic`` and
then the statement: the second number is what the statement adds for a program that already
uses httpx and pydantic. The children of ours and of the reference alternate round by round,
with compiled bytecode (see ``bench/_child.py``); the table shows medians.
"""

from __future__ import annotations

import argparse
import statistics

from ._child import BYTECODE_NOTE, precompile, run_child
from ._report import HEADER, Row, format_rows

__all__ = ["STATEMENTS", "rows", "run"]

STATEMENTS = {
    "livechat-typed": "from livechat_typed import AgentWeb",
    "lc-sdk-python": "from livechat.agent.web.api.v36 import AgentWebV36",
}
_PROBE = """
import json, time
started = time.process_time()
import httpx, pydantic
base = time.process_time()
{statement}
print(json.dumps({{"base": base - started, "extra": time.process_time() - base}}))
"""
TARGET_MS = 25.0
_LABELS = {
    "livechat-typed": "import AgentWeb, over httpx + pydantic",
    "lc-sdk-python": "lc-sdk: import AgentWebV36, over the same",
}


def run(rounds: int, *, warmup: bool = True) -> dict[str, dict[str, float]]:
    """Median CPU seconds of ``import httpx, pydantic`` ("base") and of each statement after it
    ("extra"), by contender."""
    precompile()
    for statement in STATEMENTS.values() if warmup else ():  # writes the .pyc of its imports
        run_child(_PROBE.format(statement=statement))
    samples: dict[str, dict[str, list[float]]] = {
        name: {"base": [], "extra": []} for name in STATEMENTS
    }
    for _ in range(rounds):
        for name, statement in STATEMENTS.items():
            result = run_child(_PROBE.format(statement=statement))
            for key in ("base", "extra"):
                samples[name][key].append(result[key])
    return {
        name: {key: statistics.median(values) for key, values in parts.items()}
        for name, parts in samples.items()
    }


def rows(result: dict[str, dict[str, float]]) -> list[Row]:
    """Our import over httpx + pydantic against the target, and the reference's, in ms."""
    return [
        Row(
            _LABELS[name],
            (part["base"] + part["extra"]) * 1000,
            part["base"] * 1000,
            "ms",
            target=("<=", TARGET_MS) if name == "livechat-typed" else None,
            kind="delta",
            note=STATEMENTS[name],
        )
        for name, part in result.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    result = run(parser.parse_args().rounds)
    print(f"import, CPU ms, medians ({BYTECODE_NOTE})")
    print(HEADER)
    for line in format_rows(rows(result)):
        print(line)


if __name__ == "__main__":
    main()
