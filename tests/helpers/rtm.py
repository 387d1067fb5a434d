"""Helpers of the RTM tests: the in-repo RTM spec, and waiting on a condition (never on time).

:func:`until` and :func:`async_until` wait for a *condition* of the system under test (a frame
the fake received, a reconnect done), re-checking it after each scheduler turn; the bound only
turns a hang into a failure, it is not a measurement.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["RTM_SPEC_PATH", "async_until", "load_rtm_spec", "until"]

RTM_SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "agent_rtm_v3_6.json"
"""The RTM API facts the tests check against (``_source`` names the docs commit)."""

_BOUND = 30.0


def load_rtm_spec() -> dict[str, Any]:
    """The RTM spec kept in the repository (``tests/spec/agent_rtm_v3_6.json``), a fresh copy."""
    with RTM_SPEC_PATH.open(encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def until(condition: Callable[[], object], what: str) -> None:
    """Block until ``condition()`` is true (another thread makes it so)."""
    event = threading.Event()
    for _ in range(int(_BOUND / 0.005)):
        if condition():
            return
        event.wait(0.005)
    raise AssertionError(f"never happened: {what}")


async def async_until(condition: Callable[[], object], what: str) -> None:
    """Await until ``condition()`` is true (a task or the server's thread makes it so)."""
    for _ in range(int(_BOUND / 0.005)):
        if condition():
            return
        await asyncio.sleep(0.005)
    raise AssertionError(f"never happened: {what}")
