"""Four type checkers over one set of typing cases: mypy, pyright, pyrefly and ty.

A case file is ordinary Python that every checker reads. A statement that must be rejected ends
with a marker comment; every other statement must type-check::

    client.follow_chat(id=CHAT_ID)                      # must pass
    client.follow_chat(idd=CHAT_ID)  # error[keyword]: idd
    client.follow_chat(id=42)  # error: id
    client.list_chats({"active": True})  # error

``# error: NAME`` - each checker reports an error within the statement and one of the statement's
error messages names ``NAME`` (the culprit keyword, parameter or attribute: as a whole word).
``# error[keyword]: NAME`` - the same, for a misspelled or unknown keyword: pyrefly's ``basic``
preset (what its users get without a configuration file) must flag these too, while it is not
expected to report type mismatches at all. ``# error`` alone requires an error without naming
anything. A marker covers the whole statement it ends (calls split over lines included); on a
decorator, it covers the decorator up to the ``def`` line.

ty's message for a value of the wrong type says what was expected and found; the parameter is
named by the diagnostic's range, which covers the ``name=value`` argument: for ty's
``invalid-argument-type`` the text under the range counts as part of the message.

:func:`check` runs one checker over the case files and returns every discrepancy, as text.
"""

from __future__ import annotations

import ast
import io
import json
import re
import subprocess
import sys
import tokenize
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

CHECKERS = ("mypy", "pyright", "pyrefly", "pyrefly-basic", "ty")
"""The checkers and presets the cases run under (``pyright`` is basedpyright in standard mode)."""

MARKER = re.compile(r"#\s*error(?P<keyword>\[keyword\])?(?::\s*(?P<culprit>\w+))?\s*$")


@dataclass(frozen=True)
class Expectation:
    """A statement that must be rejected: its file, first and last line, and what it names."""

    path: Path
    first: int
    last: int
    culprit: str | None
    keyword: bool

    def covers(self, line: int) -> bool:
        return self.first <= line <= self.last

    def where(self) -> str:
        return f"{self.path.name}:{self.first}"


@dataclass(frozen=True)
class Diagnostic:
    """One error a checker reported (lines 1-based, columns 1-based, end exclusive)."""

    path: Path
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    code: str

    def text_under(self) -> str:
        """The source the diagnostic's range covers."""
        lines = self.path.read_text(encoding="utf-8").splitlines()
        if self.line == self.end_line:
            return lines[self.line - 1][self.column - 1 : self.end_column - 1]
        parts = [lines[self.line - 1][self.column - 1 :]]
        parts += lines[self.line : self.end_line - 1]
        parts.append(lines[self.end_line - 1][: self.end_column - 1])
        return "\n".join(parts)


def expectations(path: Path) -> list[Expectation]:
    """The marked statements of a case file."""
    source = path.read_text(encoding="utf-8")
    spans: list[tuple[int, int]] = []  # simple statements; a decorator up to its ``def``
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt) and not hasattr(node, "body"):
            spans.append((node.lineno, node.end_lineno or node.lineno))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            spans += [(decorator.lineno, node.lineno) for decorator in node.decorator_list]
    found: list[Expectation] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.COMMENT:
            continue
        match = MARKER.search(token.string)
        if match is None:
            continue
        line = token.start[0]
        owners = [(first, last) for first, last in spans if first <= line <= last]
        if not owners:
            raise ValueError(f"{path.name}:{line}: a marker outside any statement")
        first, last = min(owners, key=lambda span: span[1] - span[0])
        found.append(Expectation(path, first, last, match["culprit"], match["keyword"] is not None))
    return found


# --- running the checkers ---------------------------------------------------------------------


def run(checker: str, paths: Sequence[Path], workdir: Path) -> list[Diagnostic]:
    """The errors ``checker`` reports in ``paths`` (only those files; the package is checked on
    its own by ``mypy --strict``)."""
    runners = {
        "mypy": run_mypy,
        "pyright": run_pyright,
        "pyrefly": lambda p, w: run_pyrefly(p, "default"),
        "pyrefly-basic": lambda p, w: run_pyrefly(p, "basic"),
        "ty": run_ty,
    }
    wanted = {path.resolve() for path in paths}
    found = runners[checker](paths, workdir)
    resolved = {path: path.resolve() for path in {d.path for d in found}}
    return [d for d in found if resolved[d.path] in wanted]


def run_mypy(paths: Sequence[Path], workdir: Path) -> list[Diagnostic]:
    stdout, stderr, _ = mypy_api.run(
        [
            "--config-file",
            str(ROOT / "mypy.ini"),
            "--strict",
            "--follow-imports=silent",
            "--show-column-numbers",
            "--show-error-end",
            "--no-error-summary",
            "--cache-dir",
            str(workdir / "mypy-cache"),
            *map(str, paths),
        ]
    )
    if stderr.strip():
        raise RuntimeError(f"mypy failed: {stderr}")
    pattern = re.compile(r"^(.+?):(\d+):(\d+):(\d+):(\d+): error: (.*?)(?:  \[([\w-]+)\])?$")
    found = []
    for line in stdout.splitlines():
        match = pattern.match(line)
        if match:
            path, first, column, last, end, message, code = match.groups()
            found.append(
                Diagnostic(
                    Path(path), int(first), int(column), int(last), int(end) + 1, message, code
                )
            )
    return found


def run_pyright(paths: Sequence[Path], workdir: Path) -> list[Diagnostic]:
    config = workdir / "pyrightconfig.json"
    config.write_text(json.dumps({"typeCheckingMode": "standard"}), encoding="utf-8")
    result = _run(
        [
            str(BIN / "basedpyright"),
            "--outputjson",
            "--project",
            str(config),
            "--pythonpath",
            sys.executable,
            *map(str, paths),
        ]
    )
    report = json.loads(result.stdout)
    return [
        Diagnostic(
            Path(item["file"]),
            item["range"]["start"]["line"] + 1,
            item["range"]["start"]["character"] + 1,
            item["range"]["end"]["line"] + 1,
            item["range"]["end"]["character"] + 1,
            item["message"],
            item.get("rule", ""),
        )
        for item in report["generalDiagnostics"]
        if item["severity"] == "error"
    ]


def run_pyrefly(paths: Sequence[Path], preset: str) -> list[Diagnostic]:
    result = _run(
        [
            str(BIN / "pyrefly"),
            "check",
            "--preset",
            preset,
            "--python-interpreter-path",
            sys.executable,
            "--output-format",
            "json",
            "--summary=none",
            "--progress-bar",
            "no",
            *map(str, paths),
        ]
    )
    report = json.loads(result.stdout)
    return [
        Diagnostic(
            (ROOT / item["path"]).resolve(),
            item["line"],
            item["column"],
            item["stop_line"],
            item["stop_column"],
            item["description"],
            item["name"],
        )
        for item in report["errors"]
        if item["severity"] == "error"
    ]


def run_ty(paths: Sequence[Path], workdir: Path) -> list[Diagnostic]:
    result = _run(
        [
            str(BIN / "ty"),
            "check",
            "--python",
            sys.executable,
            "--output-format",
            "gitlab",
            *map(str, paths),
        ]
    )
    found = []
    for item in json.loads(result.stdout or "[]"):
        if item["severity"] not in ("major", "critical", "blocker"):
            continue
        begin, end = item["location"]["positions"]["begin"], item["location"]["positions"]["end"]
        found.append(
            Diagnostic(
                Path(item["location"]["path"]),
                begin["line"],
                begin["column"],
                end["line"],
                end["column"],
                item["description"],
                item["check_name"],
            )
        )
    return found


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, timeout=600, check=False
    )
    if not result.stdout.strip() and result.returncode not in (0, 1):
        raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stderr}")
    return result


# --- comparing ---------------------------------------------------------------------------------


def names(culprit: str, diagnostic: Diagnostic) -> bool:
    """Whether the diagnostic names ``culprit`` as a whole word (see the module docstring for
    ty's wrong-type diagnostics)."""
    word = re.compile(rf"(?<![\w]){re.escape(culprit)}(?![\w])")
    if word.search(diagnostic.message):
        return True
    if diagnostic.code == "invalid-argument-type":  # ty: the range covers ``name=value``
        return re.match(rf"\s*{re.escape(culprit)}\s*=", diagnostic.text_under()) is not None
    return False


def check(checker: str, paths: Iterable[Path], workdir: Path) -> list[str]:
    """Run ``checker`` over the case files; every discrepancy with the markers, as a line."""
    paths = sorted(path.resolve() for path in paths)
    expected = [e for path in paths for e in expectations(path)]
    basic = checker == "pyrefly-basic"
    diagnostics = run(checker, paths, workdir)
    covering: dict[tuple[Path, int], Expectation] = {
        (e.path, line): e for e in expected for line in range(e.first, e.last + 1)
    }
    reported: dict[Expectation, list[Diagnostic]] = {e: [] for e in expected}
    problems: list[str] = []
    for diagnostic in diagnostics:
        owner = covering.get((diagnostic.path.resolve(), diagnostic.line))
        if owner is None:
            problems.append(
                f"{checker}: unexpected error at {diagnostic.path.name}:{diagnostic.line}: "
                f"{diagnostic.message} [{diagnostic.code}]"
            )
        else:
            reported[owner].append(diagnostic)
    for expectation, mine in reported.items():
        if basic and not expectation.keyword:
            continue
        if not mine:
            problems.append(f"{checker}: no error at {expectation.where()}")
        elif expectation.culprit and not any(names(expectation.culprit, d) for d in mine):
            said = "; ".join(d.message for d in mine)
            problems.append(
                f"{checker}: {expectation.where()} does not name {expectation.culprit!r}: {said}"
            )
    return problems
