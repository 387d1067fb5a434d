"""What an editor shows, asked of the pyright, pyrefly and ty language servers over LSP (stdio).

On a small file calling every action of ``AgentWeb``: completion inside ``client.<action>(``
offers a ``name=`` item for every field of the action (and no ``payload=``); hover on a keyword
of an action call shows the field's docstring (ty) or its type (pyright: the docstring of a
keyword reached through the action's ``ParamSpec`` is not shown, see the README's "Editors");
signature help answers with one signature, the typed fields', not a ``payload=`` form. The
servers are pinned in the ``test`` extra (tests/helpers/lsp.py is the client).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from livechat_typed import Action, AgentWeb

from ..helpers.lsp import LanguageServer

ACTIONS: dict[str, Action[Any, Any, Any]] = {
    name: value for name in dir(AgentWeb) if isinstance(value := getattr(AgentWeb, name), Action)
}
HEADER = "from livechat_typed import AgentWeb\n\n\ndef check(client: AgentWeb) -> None:\n"
SEND_EVENT = '    client.send_event(chat_id="x", event={"type": "message", "text": "hi"})\n'


def sample() -> tuple[str, dict[str, int]]:
    """The document: one ``client.<action>()`` line per action; the line of each."""
    lines = {name: 4 + index for index, name in enumerate(ACTIONS)}
    body = "".join(f"    client.{name}()\n" for name in ACTIONS)
    return HEADER + body + SEND_EVENT, lines


@pytest.fixture(scope="module", params=["pyright", "pyrefly", "ty"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, LanguageServer, str, dict[str, int]]]:
    name: str = request.param
    workspace: Path = tmp_path_factory.mktemp(f"lsp-{name}")
    lsp = LanguageServer(name, workspace)
    text, lines = sample()
    uri = lsp.open("sample.py", text)
    try:
        yield name, lsp, uri, lines
    finally:
        lsp.close()


def call_fields(action: Action[Any, Any, Any]) -> set[str]:
    return set(action.signature().parameters)


def test_completion_offers_every_field_of_every_action(
    server: tuple[str, LanguageServer, str, dict[str, int]],
) -> None:
    name, lsp, uri, lines = server
    missing = {}
    for action, line in lines.items():
        column = len(f"    client.{action}(")
        labels = {label.strip() for label in lsp.completion_labels(uri, line, column)}
        wanted = {f"{field}=" for field in call_fields(ACTIONS[action])}
        assert "payload=" not in labels, (name, action)
        if not wanted <= labels:
            missing[action] = sorted(wanted - labels)
    assert not missing, f"{name}: fields missing from completion: {missing}"


def test_hover_on_a_keyword_shows_the_field(
    server: tuple[str, LanguageServer, str, dict[str, int]],
) -> None:
    name, lsp, uri, lines = server
    line = max(lines.values()) + 1  # the send_event call
    text = lsp.hover_text(uri, line, SEND_EVENT.index("chat_id") + 2)
    shown = {"pyright": "(function) chat_id: str", "pyrefly": "chat_id: str"}  # as the README says
    shown["ty"] = "(parameter) chat_id: str"
    assert shown[name] in text, (name, text)
    docstring = "The chat to send the event to." in text
    assert docstring is (name == "ty"), (name, text)  # pyright: not through the ParamSpec


def test_signature_help_is_the_typed_fields(
    server: tuple[str, LanguageServer, str, dict[str, int]],
) -> None:
    name, lsp, uri, lines = server
    line = max(lines.values()) + 1
    help = lsp.signature_help(uri, line, SEND_EVENT.index("(") + 1)
    assert help and help["signatures"], (name, help)
    assert len(help["signatures"]) == 1, help["signatures"]  # no payload= form any more
    label = help["signatures"][0]["label"]
    for field in call_fields(ACTIONS["send_event"]):
        assert f"{field}:" in label, (name, field, label)
    assert "payload" not in label
