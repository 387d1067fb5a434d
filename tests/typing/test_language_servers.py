"""What an editor shows, asked of the pyright, pyrefly and ty language servers over LSP (stdio).

On a small file calling every action of ``AgentWeb``: completion inside ``client.<action>(``
offers a ``name=`` item for every field of the action (and no ``payload=``; ``max_items=`` only
inside ``client.iterate.list_chats(``); hover on a keyword of a plain action call
(``client.send_event(chat_id=...)``) and of an accessor's call (``client.raw.send_event(...)``)
shows the field's type and docstring in pyright and ty (pyrefly: on the action's name, the
signature and the fields' docstrings); signature help answers with one signature, the typed
fields' (not a ``payload=`` form), the action's fields first and the per-call options after
them, and documents the parameter being typed with its field's docstring in all three. The
actions are methods of the generated classes of ``livechat_typed/_signatures.py``. The servers
are pinned in the ``test`` extra (tests/helpers/lsp.py is the client).
"""

from __future__ import annotations

import re
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
ITERATE = "    client.iterate.list_chats()\n"
SEND_EVENT_FULL = SEND_EVENT.replace(")", ", attach_to_last_thread=None, timeout=None)")
SEND_EVENT_RAW = SEND_EVENT.replace("client.send_event(", "client.raw.send_event(")


def sample() -> tuple[str, dict[str, int]]:
    """The document: one ``client.<action>()`` line per action (the line of each), then a
    ``send_event`` call, a ``client.iterate.list_chats()`` call, a ``send_event`` call with more
    keywords and one through ``client.raw``."""
    lines = {name: 4 + index for index, name in enumerate(ACTIONS)}
    body = "".join(f"    client.{name}()\n" for name in ACTIONS)
    return HEADER + body + SEND_EVENT + ITERATE + SEND_EVENT_FULL + SEND_EVENT_RAW, lines


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
        assert "max_items=" not in labels, (name, action)  # client.iterate.<action>( only
        if not wanted <= labels:
            missing[action] = sorted(wanted - labels)
    assert not missing, f"{name}: fields missing from completion: {missing}"
    line = max(lines.values()) + 2  # client.iterate.list_chats()
    labels = {label.strip() for label in lsp.completion_labels(uri, line, len(ITERATE) - 2)}
    assert {f"{field}=" for field in call_fields(ACTIONS["list_chats"])} | {"max_items="} <= labels


def test_hover_on_a_keyword_shows_the_field(
    server: tuple[str, LanguageServer, str, dict[str, int]],
) -> None:
    """On ``client.send_event(chat_id=...)`` and ``client.raw.send_event(chat_id=...)``: the
    parameter's type and docstring in pyright and ty. pyrefly answers nothing on a keyword of a
    method declared in another module (any method, not only ours); on the action's name it shows
    the signature and the docstring, each field's line included (as the README's "Editors")."""
    name, lsp, uri, lines = server
    line = max(lines.values()) + 1  # the send_event call
    for row, text_line in ((line, SEND_EVENT), (line + 3, SEND_EVENT_RAW)):
        if name == "pyrefly":
            text = lsp.hover_text(uri, row, text_line.index("send_event") + 2)
            assert re.search(r"\bchat_id\s*: str,", text), (name, text_line, text)
            assert "chat_id: The chat to send the event to." in text, (name, text_line, text)
            continue
        text = lsp.hover_text(uri, row, text_line.index("chat_id") + 2)
        assert "(parameter) chat_id: str" in text, (name, text_line, text)
        assert "The chat to send the event to." in text, (name, text_line, text)


def test_signature_help_is_the_typed_fields(
    server: tuple[str, LanguageServer, str, dict[str, int]],
) -> None:
    name, lsp, uri, lines = server
    line = max(lines.values()) + 1
    help = lsp.signature_help(uri, line, SEND_EVENT.index("(") + 1)
    assert help and help["signatures"], (name, help)
    assert len(help["signatures"]) == 1, help["signatures"]  # no payload= form any more
    signature = help["signatures"][0]
    label = signature["label"]
    assert "payload" not in label
    shown = [parameter_label(label, p) for p in signature["parameters"]]
    shown = [p.split(":")[0] for p in shown if p not in ("*", "/") and not p.startswith("self")]
    # the action's fields first (its first field first), then the per-call options
    assert shown == list(ACTIONS["send_event"].signature().parameters), (name, shown)
    assert shown[0] == "chat_id"


def parameter_label(label: str, parameter: dict[str, Any]) -> str:
    where = parameter["label"]
    return label[where[0] : where[1]] if isinstance(where, list) else str(where)


def documentation(parameter: dict[str, Any]) -> str:
    value = parameter.get("documentation") or ""
    return str(value.get("value", "")) if isinstance(value, dict) else str(value)


@pytest.mark.parametrize("keyword", ["chat_id", "event", "attach_to_last_thread", "timeout"])
def test_signature_help_documents_the_parameter_being_typed(
    server: tuple[str, LanguageServer, str, dict[str, int]], keyword: str
) -> None:
    """Inside ``client.send_event(... <keyword>=``, the active parameter is documented with the
    field's docstring (pyright too: its parameter documentation comes from the ``Args:`` section
    of the generated method)."""
    name, lsp, uri, lines = server
    line = max(lines.values()) + 3  # the send_event call with every keyword
    help = lsp.signature_help(uri, line, SEND_EVENT_FULL.index(f"{keyword}=") + len(keyword) + 1)
    signature = help["signatures"][help.get("activeSignature") or 0]
    active = signature.get("activeParameter", help.get("activeParameter"))
    parameter = signature["parameters"][active]
    assert parameter_label(signature["label"], parameter).startswith(f"{keyword}:"), (name, help)
    field = ACTIONS["send_event"].request_model.model_fields[keyword].description or ""
    assert " ".join(field.split()[:4]) in " ".join(documentation(parameter).split()), (name, help)
