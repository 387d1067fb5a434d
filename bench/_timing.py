"""Median timing of a callable after a warm-up, the one clock every benchmark here uses."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(func: Callable[[], object], *, rounds: int, warmup: int = 3) -> float:
    """Median wall time of ``func()`` over ``rounds`` runs, after ``warmup`` untimed runs."""
    for _ in range(warmup):
        func()
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        func()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def interleaved_medians(
    funcs: dict[str, Callable[[], object]], *, rounds: int, warmup: int = 3
) -> dict[str, float]:
    """Median time of each callable, run round-robin so machine noise hits all of them alike."""
    for func in funcs.values():
        for _ in range(warmup):
            func()
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(rounds):
        for name, func in funcs.items():
            started = time.perf_counter()
            func()
            samples[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in samples.items()}
