"""Typed parse of a ~1 MB ``list_archives`` body vs ``json.loads`` into dicts, in one process.

    python -m bench.parse [--rounds N]

"typed" is what a client call does with the answer: ``Action.parse`` (validation straight from
the bytes into ``ListArchivesResponse``). Reported twice, like with like: the cyclic GC paused
by the benchmark around both contenders, and the GC on for both (as in a program; our client
then pauses the collector itself while it validates a large answer, and the collection it leaves
pending is counted: see ``bench/_timing.py``). "model_validate_json" is the bare pydantic call,
for comparison. CPU time, contenders interleaved, medians.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

import httpx

from livechat_typed import AgentWeb
from livechat_typed.models import ListArchivesResponse

from ._report import HEADER, Row, format_rows
from ._timing import GcMode, cpu_medians
from .archives_body import list_archives_body

__all__ = ["TARGET", "rows", "run"]

TARGET = 1.8


def run(rounds: int) -> dict[str, Any]:
    """By GC mode, median CPU seconds of each way to parse the body; and the body's size."""
    body = list_archives_body()
    response = httpx.Response(200, content=body)
    parse = AgentWeb.list_archives.parse
    parsed = parse(response)  # builds the validator before timing
    assert len(parsed.chats) == 100
    modes: tuple[GcMode, ...] = ("paused", "on")
    result: dict[str, Any] = {"bytes": len(body)}
    for mode in modes:
        result[mode] = cpu_medians(
            {
                "typed": lambda: parse(response),
                "json.loads": lambda: json.loads(body),
                "model_validate_json": lambda: ListArchivesResponse.model_validate_json(body),
            },
            rounds=rounds,
            gc_mode=mode,
        )
    return result


def rows(result: dict[str, Any]) -> list[Row]:
    size = f"{result['bytes'] / 1e6:.2f} MB"
    return [
        Row(
            f"parse {size} list_archives, GC {mode} both",
            result[mode]["typed"] * 1000,
            result[mode]["json.loads"] * 1000,
            "ms",
            target=("<=", TARGET) if mode == "paused" else None,
            note=f"vs json.loads; bare model_validate_json "
            f"{result[mode]['model_validate_json'] * 1000:.1f} ms",
        )
        for mode in ("paused", "on")
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=30)
    print("parse, median CPU ms")
    print(HEADER)
    for line in format_rows(rows(run(parser.parse_args().rounds))):
        print(line)


if __name__ == "__main__":
    main()
