"""Typed parse of a ~1 MB ``list_archives`` body vs ``json.loads`` into dicts, in one process.

    python -m bench.parse [--rounds N]

"typed" is what a client call does with the answer (``Action.parse``: validation straight from
the bytes, the cyclic GC paused for large bodies); "model_validate_json" is the bare pydantic
call, for comparison.
"""

from __future__ import annotations

import argparse
import json

import httpx

from livechat_typed import AgentWeb
from livechat_typed.models import ListArchivesResponse

from ._timing import interleaved_medians
from .archives_body import list_archives_body


def run(rounds: int) -> dict[str, float]:
    """Medians in seconds of each way to parse the body, and the typed/json.loads ratio."""
    body = list_archives_body()
    response = httpx.Response(200, content=body)
    parse = AgentWeb.list_archives.parse
    parsed = parse(response)  # builds the validator before timing
    assert len(parsed.chats) == 100
    medians = interleaved_medians(
        {
            "typed": lambda: parse(response),
            "model_validate_json": lambda: ListArchivesResponse.model_validate_json(body),
            "json.loads": lambda: json.loads(body),
        },
        rounds=rounds,
    )
    return {**medians, "ratio": medians["typed"] / medians["json.loads"], "bytes": len(body)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    result = run(parser.parse_args().rounds)
    print(f"list_archives body: {result['bytes'] / 1e6:.2f} MB, 100 chats x 20 events")
    for name in ("typed", "model_validate_json", "json.loads"):
        print(f"{name:20s}: {result[name] * 1000:8.2f} ms")
    print(f"{'ratio typed/json':20s}: {result['ratio']:8.2f}x  (target <= 2.0x)")


if __name__ == "__main__":
    main()
