"""Handlers are typed by the class they are registered for: checked with ``mypy --strict``.

``typing_cases/handlers.py`` holds handlers that must type-check (with ``assert_type`` on what
they receive) and ones that must be rejected, each marked ``# type: ignore[<code>]``; under
``--strict`` (``warn_unused_ignores``) an ignore that is not needed is an error, so a clean run
proves both. A second run shows the rejection itself on a file without ignores.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from mypy import api as mypy_api

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FLAGS = ["--config-file", str(ROOT / "mypy.ini"), "--strict"]
FLAGS += ["--enable-error-code", "ignore-without-code", "--follow-imports=silent"]
"""``follow-imports=silent``: only the case files' own errors count here (the package has its
own ``mypy --strict`` run)."""


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-webhooks")


def mypy(cache: Path, path: Path) -> tuple[str, int]:
    stdout, stderr, status = mypy_api.run([*FLAGS, "--cache-dir", str(cache), str(path)])
    return stdout + stderr, status


def test_the_handler_cases_type_check(cache: Path) -> None:
    output, status = mypy(cache, HERE / "typing_cases" / "handlers.py")
    assert status == 0 and "Success" in output, output


def test_a_handler_of_the_wrong_class_is_an_error(cache: Path, tmp_path: Path) -> None:
    case = tmp_path / "wrong_handler.py"
    case.write_text(
        textwrap.dedent(
            """
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
    output, status = mypy(cache, case)
    assert status == 1
    lines = [line for line in output.splitlines() if ": error:" in line]
    assert len(lines) == 2, output
    assert "wrong_handler.py:8: error: Argument 1 has incompatible type" in lines[0]
    assert '"Callable[[ChatTransferredWebhook], None]"' in lines[0]
    assert '"Callable[[IncomingEventWebhook], None]"' in lines[0]
    assert "[arg-type]" in lines[0]
    assert '"IncomingEventPayload" has no attribute "transferred_to"' in lines[1]
