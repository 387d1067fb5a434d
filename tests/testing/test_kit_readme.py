"""The README's "Testing your own bot" example is the file the suite runs, word for word."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "examples" / "test_bot_example.py"


def test_the_readme_shows_the_example_that_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Testing your own bot\n", 1)[1]
    shown = re.search(r"```py\n(.*?)```", section, flags=re.S)
    assert shown is not None
    assert shown.group(1) == EXAMPLE.read_text(encoding="utf-8")


def test_the_example_is_collected_by_the_suite() -> None:
    assert (EXAMPLE.parent / "__init__.py").exists()  # a package under tests/, run with the rest
