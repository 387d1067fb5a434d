"""The clocks every benchmark here uses: medians of CPU time, contenders interleaved.

CPU time (``time.process_time``) rather than wall time: the machine may be shared, and a
process's CPU time is what other processes disturb least. The contenders run round-robin (one
batch of each per round), so what noise remains hits all of them alike.

``gc_mode`` chooses how the cyclic garbage collector runs while a batch is timed:

* ``"on"``, as in a program: collections happen where they happen, and the timed batch ends
  with a young-generation collection (``gc.collect(0)``), so the collection a batch made
  pending is paid by that batch (our client pauses the collector while it validates a large
  answer, which leaves the new objects to the next collection: without this, that cost would
  land outside the measurement);
* ``"paused"``: ``gc.disable()`` around the batch, for every contender alike.

Either way a full collection runs, untimed, before each batch, so every contender starts from
the same collector state.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from typing import Literal

__all__ = ["GcMode", "cpu_medians"]

GcMode = Literal["on", "paused"]


def cpu_medians(
    funcs: dict[str, Callable[[], object]],
    *,
    rounds: int,
    per_round: int = 1,
    warmup: int = 2,
    gc_mode: GcMode = "on",
) -> dict[str, float]:
    """Median CPU seconds per call of each callable: ``rounds`` rounds, each timing a batch of
    ``per_round`` calls of every callable in turn, after ``warmup`` untimed calls of each."""
    for func in funcs.values():
        for _ in range(warmup):
            func()
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    was_enabled = gc.isenabled()
    try:
        for _ in range(rounds):
            for name, func in funcs.items():
                gc.collect()
                if gc_mode == "paused":
                    gc.disable()
                started = time.process_time()
                for _ in range(per_round):
                    func()
                if gc_mode == "on":
                    gc.collect(0)
                samples[name].append((time.process_time() - started) / per_round)
                if was_enabled:
                    gc.enable()
    finally:
        if was_enabled:
            gc.enable()
    return {name: statistics.median(values) for name, values in samples.items()}
