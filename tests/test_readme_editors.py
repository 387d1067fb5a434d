"""The README's "Editors" section and bad-input sample are copied from real runs: run them again.

The section quotes what mypy, pyright, pyrefly and ty report for a small file; each checker is run
on that file here and must report exactly the quoted diagnostics (same line and column, the same
message or, where the README cuts it at ``…``, the same beginning). pyrefly's ``basic`` preset
must keep only the unknown keywords. The bad-input sample is the message of the call it names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from livechat_typed import AgentWeb, InvalidRequestError

from .helpers.checkers import run

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.index("\n## ", start + 1)
    return README[start:end]


EDITORS = section("Editors")
SNIPPET = re.search(r"```py\n(.*?)```", EDITORS, re.S)
QUOTED = re.search(r"```text\n(.*?)```", EDITORS, re.S)


def quoted(checker: str) -> list[tuple[int, int, str]]:
    """The README's lines for ``checker``: (line, column, message)."""
    assert QUOTED is not None
    found = []
    for line in QUOTED.group(1).splitlines():
        name, position, message = line.split(maxsplit=2)
        if name == checker:
            row, column = position.split(":")
            found.append((int(row), int(column), message))
    return found


def matches(message: str, quote: str) -> bool:
    if quote.endswith("…"):
        return message.startswith(quote[:-1].rstrip())
    return message == quote


@pytest.mark.parametrize("checker", ["mypy", "pyright", "pyrefly", "ty"])
def test_the_quoted_diagnostics_are_what_the_checker_reports(checker: str, tmp_path: Path) -> None:
    assert SNIPPET is not None
    case = tmp_path / "editor.py"
    case.write_text(SNIPPET.group(1), encoding="utf-8")
    real = [(d.line, d.column, " ".join(d.message.split())) for d in run(checker, [case], tmp_path)]
    quotes = quoted(checker)
    assert len(quotes) == len(real), (quotes, real)
    for (row, column, quote), (real_row, real_column, message) in zip(
        sorted(quotes), sorted(real), strict=True
    ):
        assert (row, column) == (real_row, real_column), (quote, message)
        assert matches(message, quote), (quote, message)


def test_pyrefly_basic_keeps_the_unknown_keyword(tmp_path: Path) -> None:
    assert SNIPPET is not None
    case = tmp_path / "editor.py"
    case.write_text(SNIPPET.group(1), encoding="utf-8")
    real = run("pyrefly-basic", [case], tmp_path)
    assert sorted((d.line, d.column) for d in real) == [(5, 23), (8, 23)]
    messages = [d.message for d in sorted(real, key=lambda d: d.line)]
    assert "Unexpected keyword argument `chatid`" in messages[0]
    assert "Unexpected keyword argument `max_items`" in messages[1]
    assert "keeps only the unknown keywords,\n`5:23` (`chatid`) and `8:23` (`max_items`)" in EDITORS


def test_the_bad_input_sample_is_the_real_message() -> None:
    text = section("Bad input never leaves the machine")
    call = re.search(r"For `(client\.send_event\(.*?\))`:", text, re.S)
    sample = re.search(r"```text\n(.*?)\n```", text, re.S)
    assert call is not None and sample is not None
    with AgentWeb("Bearer dal:readme") as client, pytest.raises(InvalidRequestError) as info:
        eval(" ".join(call.group(1).split()), {"client": client})
    assert str(info.value) == sample.group(1)
