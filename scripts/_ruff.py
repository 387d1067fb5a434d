"""Run the project's formatter over generated source (ruff, pinned in the test extra).

The generators (``generate_params.py``, ``generate_signatures.py``, ``generate_field_docs.py``)
write what ``ruff`` would leave, so that ``ruff format --check`` passes on their output and the
test suite can compare the committed files with a fresh generation byte for byte.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class RuffError(Exception):
    """ruff refused the generated source (a bug of the generator)."""


def ruff(text: str, filename: Path, *command: str) -> str:
    """``text`` after ``ruff <command>``, read from stdin as if it were ``filename``."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *command, "--stdin-filename", str(filename), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise RuffError(f"ruff {command[0]} failed: {result.stderr}")
    return result.stdout


def ruff_format(text: str, filename: Path) -> str:
    """``text`` as ``ruff format`` writes it, with the project's settings."""
    return ruff(text, filename, "format")
