"""Fault injection for the fake server: scripted failures, switchable per test."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal

__all__ = ["Fault", "FaultKind", "FaultPlan"]

FaultKind = Literal["status", "reset", "slow", "malformed_json", "html", "oversized"]


@dataclass
class Fault:
    """One scripted failure.

    * ``status``: answer ``status`` with a JSON error (``error_type``), ``Retry-After`` if given;
    * ``reset``: drop the connection in the middle of the response;
    * ``slow``: wait ``delay`` seconds before answering (longer than the client's timeout makes
      the client give up); with ``processed=True`` the late answer is the action's real one,
      otherwise a ``503`` that says the request was not processed;
    * ``malformed_json``: a ``200`` whose body is not valid JSON;
    * ``html``: an HTML error page with ``status``, as a proxy would send;
    * ``oversized``: a ``200`` with a body of ``size`` bytes.

    ``processed=True`` applies the fault after the action ran, so its side effects happened
    (what a client must assume after a 5xx or a dropped connection); otherwise the action is
    not run at all. ``action=None`` matches every action; ``times`` is how often it fires.
    """

    kind: FaultKind
    action: str | None = None
    times: int = 1
    status: int = 503
    error_type: str | None = None
    retry_after: str | None = None
    delay: float = 0.0
    size: int = 20 * 1024 * 1024
    processed: bool = False


class FaultPlan:
    """The faults waiting to fire, in the order they were added (thread-safe)."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, kind: FaultKind, **options: object) -> Fault:
        """Script a fault (see :class:`Fault` for the options) and return it."""
        fault = Fault(kind, **options)  # type: ignore[arg-type]
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, action: str) -> Fault | None:
        """The next fault for ``action``, used up by one firing."""
        with self._lock:
            for fault in self._faults:
                if fault.action in (None, action) and fault.times > 0:
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def clear(self) -> None:
        """Forget every scripted fault."""
        with self._lock:
            self._faults.clear()

    def __len__(self) -> int:
        return len(self._faults)
