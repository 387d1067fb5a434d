"""One format for every row of ``python -m bench``: what was measured, ours, the baseline, the
ratio, the target and whether this run meets it."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["Row", "format_rows"]

_COMPARE: dict[str, Callable[[float, float], bool]] = {"<=": operator.le, ">=": operator.ge}


@dataclass(frozen=True)
class Row:
    """A measured row. ``ratio`` is ours over the baseline (for ``kind="delta"``: ours minus
    the baseline, in ``unit``); ``target`` is ``("<=", 0.7)``-like, or ``None`` when the row
    is reported without a target."""

    measure: str
    ours: float
    baseline: float
    unit: str
    target: tuple[str, float] | None = None
    kind: str = "ratio"
    note: str = ""

    @property
    def ratio(self) -> float:
        if self.kind == "delta":
            return self.ours - self.baseline
        return self.ours / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        sign, bound = self.target
        return _COMPARE[sign](self.ratio, bound)  # unrounded: 0.704x misses <= 0.70x

    def ratio_text(self) -> str:
        if self.kind == "delta":
            return f"{self.ratio:+.1f} {self.unit}"
        if self.target is not None and round(self.ratio, 2) == self.target[1]:
            return f"{self.ratio:.3f}x"  # a third decimal where two would hide the verdict
        return f"{self.ratio:.2f}x"

    def target_text(self) -> str:
        if self.target is None:
            return "(reported)"
        sign, bound = self.target
        if self.kind == "delta":
            return f"{sign} {bound:+g} {self.unit}"
        return f"{sign} {bound:g}x"


def _number(value: float, unit: str) -> str:
    return f"{value:,.1f} {unit}" if value < 1000 else f"{value:,.0f} {unit}"


def format_rows(rows: Iterable[Row]) -> list[str]:
    """The rows as aligned lines: measure, ours, baseline, ratio, target, met."""
    lines = []
    for row in rows:
        met = {None: "", True: "met", False: "MISSED"}[row.met]
        lines.append(
            f"  {row.measure:50s} {_number(row.ours, row.unit):>13s} "
            f"{_number(row.baseline, row.unit):>13s} {row.ratio_text():>10s} "
            f"{row.target_text():>11s} {met:6s}{('  ' + row.note) if row.note else ''}"
        )
    return lines


HEADER = f"  {'measure':50s} {'ours':>13s} {'baseline':>13s} {'ratio':>10s} {'target':>11s} met"
