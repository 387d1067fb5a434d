"""Validating a JSON body from bytes, with the cyclic GC paused for large ones.

A large body becomes hundreds or thousands of small acyclic objects; letting the collector run
over them while they are created costs a tenth of the parse or more and frees nothing. Shared by
typed responses (:mod:`._action`) and webhooks (:mod:`.webhooks._parse`).

From 16 KiB on (a page of a few chat summaries): measured on a page of 10 large summaries
(42 KB, ``bench/bodies.py``), the call went from 1.29x to 1.14x lc-sdk-python's; below that the
pause changes nothing measurable. The objects are collected (or promoted) by the first collection
after the parse, which the benchmarks count.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Final, TypeVar

__all__ = ["GC_PAUSE_BYTES", "validate_json"]

GC_PAUSE_BYTES: Final = 16 * 1024
"""Bodies from this size on are validated with the cyclic GC paused."""

T = TypeVar("T")


def validate_json(validate: Callable[[bytes], T], data: bytes) -> T:
    """``validate(data)``, pausing the cyclic GC when ``data`` is large (and the GC is on)."""
    if len(data) < GC_PAUSE_BYTES or not gc.isenabled():
        return validate(data)
    gc.disable()
    try:
        return validate(data)
    finally:
        gc.enable()
