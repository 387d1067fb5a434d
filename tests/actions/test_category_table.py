"""The category table of :mod:`livechat_typed.actions` against the declarations, and lazy loading.

The clients offer every action before its category is imported, from ``CATEGORIES``; these tests
keep that table equal to the ``Action`` declarations (the source of truth), and prove that a
program pays only for the categories it uses.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from types import ModuleType

import pytest

from livechat_typed import Action, AgentWeb, AsyncAgentWeb
from livechat_typed.actions import ACTION_CATEGORY, CATEGORIES, category_module

from ..helpers import load_spec


def _declared(module: ModuleType) -> dict[str, list[str]]:
    """Category class name -> its declared actions, in declaration order, as the module says."""
    return {
        name: [key for key, value in vars(cls).items() if isinstance(value, Action)]
        for name, cls in vars(module).items()
        if isinstance(cls, type) and cls.__module__ == module.__name__ and name.endswith("Actions")
    }


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda category: category.module)
def test_the_table_lists_each_category_as_declared(category: object) -> None:
    assert isinstance(category, type(CATEGORIES[0]))
    declared = _declared(category_module(category))
    assert declared == {category.mixin: list(category.actions)}


def test_the_table_covers_the_36_actions_of_the_spec_once_each() -> None:
    names = [name for category in CATEGORIES for name in category.actions]
    assert len(names) == len(set(names)) == 36
    assert set(names) == set(load_spec()["actions"])
    assert set(ACTION_CATEGORY) == set(names)


def test_every_action_is_visible_on_the_clients_and_reads_as_its_declaration() -> None:
    for category in CATEGORIES:
        mixin = getattr(category_module(category), category.mixin)
        for name in category.actions:
            assert name in dir(AgentWeb) and name in dir(AsyncAgentWeb)
            assert getattr(AgentWeb, name) is vars(mixin)[name]
            assert getattr(AsyncAgentWeb, name) is vars(mixin)[name]


def _fresh(code: str) -> dict[str, object]:
    """Run ``code`` in a new interpreter; it prints one JSON object as its last line."""
    output = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


_LOADED = """
import json, sys
def loaded():
    return sorted(
        name.rsplit(".", 1)[-1] for name in sys.modules
        if name.startswith(("livechat_typed.actions.", "livechat_typed.models."))
    )
"""


def test_importing_the_client_loads_no_action_and_no_model() -> None:
    result = _fresh(
        _LOADED
        + """
from livechat_typed import AgentWeb, AsyncAgentWeb
client = AgentWeb("Bearer t")
print(json.dumps({"loaded": loaded(), "asyncio": "asyncio" in sys.modules,
                  "pydantic.main": "pydantic.main" in sys.modules}))
"""
    )
    assert result == {"loaded": [], "asyncio": False, "pydantic.main": False}


def test_the_first_call_loads_only_its_category_and_the_structures_it_needs() -> None:
    result = _fresh(
        _LOADED
        + """
import httpx
from livechat_typed import AgentWeb
answer = httpx.Response(200, json={"event_id": "E1"})
client = AgentWeb("Bearer t", transport=httpx.MockTransport(lambda request: answer))
sent = client.send_event(chat_id="C1", event={"type": "message", "text": "hi"})
print(json.dumps({"loaded": loaded(), "event_id": sent.event_id}))
"""
    )
    assert result["event_id"] == "E1"
    loaded = set(result["loaded"])  # type: ignore[arg-type]
    assert "events" in loaded and "event_inputs" in loaded
    other_categories = {category.module for category in CATEGORIES} - {"events"}
    # the received-chat structures (chats, users, received events) are not needed to send one
    assert not loaded & (other_categories | {"chats", "users", "filters"})


def test_inspecting_the_class_sees_and_loads_every_action() -> None:
    result = _fresh(
        _LOADED
        + """
import pydoc
from livechat_typed import AgentWeb
text = pydoc.render_doc(AgentWeb, renderer=pydoc.plaintext)
print(json.dumps({"loaded": loaded(), "text": text}))
"""
    )
    for category in CATEGORIES:
        assert category.module in result["loaded"]  # type: ignore[operator]
        for name in category.actions:
            assert f"{name} = " in result["text"] or f"{name}(" in result["text"]
