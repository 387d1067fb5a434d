"""Fresh interpreters for the benchmarks that must start cold (imports, first call, memory).

The children run with compiled bytecode, as an installed program does: this environment sets
``PYTHONDONTWRITEBYTECODE`` (so nothing would ever be compiled to ``.pyc`` and every import
would compile its source again: our import takes ~15 ms of CPU uncompiled, ~4.5 ms compiled).
:func:`precompile` compiles ``livechat_typed`` with :mod:`compileall`, and the children run
without that variable, so one untimed warm-up run of each program writes the ``.pyc`` of
whatever else it imports.
"""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

__all__ = ["BYTECODE_NOTE", "precompile", "run_child"]

ROOT = Path(__file__).resolve().parents[1]

BYTECODE_NOTE = (
    "children run with compiled bytecode (livechat_typed precompiled with compileall; "
    "PYTHONDONTWRITEBYTECODE unset for them, one untimed warm-up run each)"
)


def precompile() -> None:
    """Compile ``livechat_typed`` to ``.pyc`` (a no-op when they are up to date)."""
    compileall.compile_dir(ROOT / "livechat_typed", quiet=1, workers=1)


def _environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_child(code: str) -> Any:
    """Run ``code`` in a fresh interpreter; its last line of output, parsed as JSON."""
    output = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env=_environment(),
        cwd=ROOT,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])
