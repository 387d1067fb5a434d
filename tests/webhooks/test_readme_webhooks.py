"""The README's "Receiving webhooks" section: its examples run, against the real frameworks.

``tests/test_readme.py`` runs every block of the README in order; here the section's blocks run
alone, and each app they build (FastAPI, Starlette, Flask) is sent real requests: a webhook is
handled (``200``), a wrong secret gets ``401``, a malformed body ``400``, a ``GET`` ``405``. The
table of the 37 webhooks is checked against the declarations.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from flask import Flask
from starlette.applications import Starlette

from livechat_typed.webhooks import WEBHOOK_CLASSES

README = Path(__file__).resolve().parents[2] / "README.md"
TEXT = README.read_text(encoding="utf-8")
SECTION = TEXT[TEXT.index("\n## Receiving webhooks\n") :]
SECTION = SECTION[: SECTION.index("\n## ", 1)]
BLOCKS = re.findall(r"```python\n(.*?)```", SECTION, flags=re.S)


SENT = itertools.count()


def bodies(namespace: dict[str, Any], text: str) -> dict[str, bytes]:
    """The README's body with a fresh event (the router skips duplicates), the same with a wrong
    secret, and a broken one."""
    text = f"{text}-{next(SENT)}"
    good = json.loads(namespace["body"])
    good["payload"]["event"]["text"] = text
    good["payload"]["event"]["id"] = f"K600PKZON8_{text}"
    wrong = {**good, "secret_key": "not-the-secret"}
    broken = {**good, "payload": {"chat_id": "PJ0MRSHTDG"}}
    return {
        name: json.dumps(value).encode()
        for name, value in (("good", good), ("wrong", wrong), ("broken", broken))
    }


def check_asgi(app: Any, path: str, namespace: dict[str, Any], capsys: Any) -> None:
    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            sent = bodies(namespace, f"asgi{path}")
            return [
                await client.post(path, content=sent["good"]),
                await client.post(path, content=sent["wrong"]),
                await client.post(path, content=sent["broken"]),
                await client.get(path),
            ]

    good, wrong, broken, get = asyncio.run(run())
    assert (good.status_code, wrong.status_code, broken.status_code) == (200, 401, 400)
    assert get.status_code == 405
    assert "not-the-secret" not in wrong.text and "chat_id" not in broken.text
    assert "new event in PJ0MRSHTDG" in capsys.readouterr().out


def check_wsgi(app: Flask, path: str, namespace: dict[str, Any], capsys: Any) -> None:
    client = app.test_client()
    sent = bodies(namespace, f"wsgi{path}")
    statuses = [
        client.post(path, data=sent["good"]).status_code,
        client.post(path, data=sent["wrong"]).status_code,
        client.post(path, data=sent["broken"]).status_code,
        client.get(path).status_code,
    ]
    assert statuses == [200, 401, 400, 405]
    assert "new event in PJ0MRSHTDG" in capsys.readouterr().out


def test_the_section_has_its_examples() -> None:
    assert len(BLOCKS) == 5
    assert "FastAPI()" in BLOCKS[2] and "Starlette(" in BLOCKS[3] and "Flask(" in BLOCKS[4]


def test_the_examples_run_and_their_apps_answer(capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, Any] = {}
    checked = []
    for number, block in enumerate(BLOCKS, start=1):
        namespace.pop("app", None)
        exec(compile(block, f"README webhooks block {number}", "exec"), namespace)
        app = namespace.get("app")
        if isinstance(app, FastAPI):
            check_asgi(app, "/livechat/webhooks/", namespace, capsys)
            checked.append("fastapi")
        elif isinstance(app, Starlette):
            check_asgi(app, "/livechat/webhooks/", namespace, capsys)
            check_asgi(app, "/livechat/hook", namespace, capsys)
            checked.append("starlette")
        elif isinstance(app, Flask):
            check_wsgi(app, "/livechat/webhooks", namespace, capsys)
            checked.append("flask")
    assert checked == ["fastapi", "starlette", "flask"]


def test_the_first_examples_print_what_they_say(capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, Any] = {}
    exec(compile(BLOCKS[0], "README webhooks block 1", "exec"), namespace)
    assert capsys.readouterr().out == "PJ0MRSHTDG Hi!\n"
    exec(compile(BLOCKS[1], "README webhooks block 2", "exec"), namespace)
    assert capsys.readouterr().out == "new event in PJ0MRSHTDG\nhandled\n"
    assert namespace["router"].handle(namespace["body"]).outcome == "duplicate"


def payload_name(cls: type) -> str:
    annotation = cls.model_fields["payload"].annotation  # type: ignore[attr-defined]
    if typing.get_origin(annotation) is list:
        return f"list[{typing.get_args(annotation)[0].__name__}]"
    return str(annotation.__name__)


def test_the_table_lists_every_webhook_with_its_class_and_payload() -> None:
    rows = re.findall(r"^\| `(\w+)` \| `(\w+)` \| `([\w\[\]]+)` \|$", SECTION, flags=re.M)
    expected = [
        (action, cls.__name__, payload_name(cls)) for action, cls in WEBHOOK_CLASSES.items()
    ]
    assert rows == expected
    assert len(rows) == 37
    assert "### The 37 webhooks" in SECTION
