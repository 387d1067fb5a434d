"""Handlers are typed by the class they are registered for, under four type checkers.

``typing_cases/handlers.py`` holds handlers that must type-check (with ``assert_type`` on what
they receive) and ones that must be rejected, each ending with an ``# error`` marker; mypy
``--strict``, pyright (standard), pyrefly (default preset) and ty must each agree with every line
(see ``tests/helpers/checkers.py``). A second check shows the rejection itself on a small file.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from ..helpers.checkers import CHECKERS, check, run

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize("checker", CHECKERS)
def test_the_handler_cases_type_check(checker: str, tmp_path: Path) -> None:
    problems = check(checker, [HERE / "typing_cases" / "handlers.py"], tmp_path)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("checker", [c for c in CHECKERS if c != "pyrefly-basic"])
def test_a_handler_of_the_wrong_class_is_an_error(checker: str, tmp_path: Path) -> None:
    case = tmp_path / "wrong_handler.py"
    case.write_text(
        textwrap.dedent(
            """\
            from livechat_typed.webhooks import (
                ChatTransferredWebhook, IncomingEventWebhook, WebhookRouter,
            )

            router = WebhookRouter(secret_key="s")

            @router.on(IncomingEventWebhook)
            def handler(webhook: ChatTransferredWebhook) -> None:
                pass

            @router.on(IncomingEventWebhook)
            def right(webhook: IncomingEventWebhook) -> None:
                webhook.payload.transferred_to
            """
        ),
        encoding="utf-8",
    )
    found = run(checker, [case], tmp_path)
    lines = {d.line for d in found}  # the decorator's line or the def's, and line 13 only
    assert lines <= {7, 8, 13} and lines & {7, 8} and 13 in lines, found
    assert any("transferred_to" in d.message for d in found if d.line == 13), found
    wrong = [d for d in found if d.line in (7, 8)]
    assert wrong, found
    assert any("ChatTransferredWebhook" in d.message for d in wrong), wrong
