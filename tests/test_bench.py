"""Smoke test: the benchmark command runs (tiny round counts; no timing is asserted)."""

from __future__ import annotations

import pytest

from bench.__main__ import main


def test_the_benchmarks_run(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--quick"])
    output = capsys.readouterr().out
    for section in ("(a) per call", "(b) parse", "(c) import", "(d) memory"):
        assert section in output
    assert "send_event" in output and "typed / json.loads" in output
