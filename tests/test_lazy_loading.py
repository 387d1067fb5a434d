"""What a program loads: importing the client loads no action, no model and no connection code;
the first call of an action loads its category and the structures it needs, nothing more.

Each test runs in a fresh interpreter, since this process has loaded everything long ago.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from livechat_typed.actions import CATEGORIES


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
imported = {name: name in sys.modules for name in ("asyncio", "pydantic.main", "httpcore")}
client = AgentWeb("Bearer t")
print(json.dumps({"loaded": loaded(), "imported": imported, "asyncio": "asyncio" in sys.modules}))
"""
    )
    # pydantic's model machinery and httpcore are loaded by what needs them: the first action
    # and the first transport; a sync program never imports asyncio
    assert result == {
        "loaded": [],
        "imported": {"asyncio": False, "pydantic.main": False, "httpcore": False},
        "asyncio": False,
    }


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


def test_code_a_call_may_never_need_is_loaded_when_it_is_needed() -> None:
    """Uploading, the strict audit, the error messages and pagination are loaded by the first
    call that needs them, not by every program."""
    result = _fresh(
        """
import json, sys
import httpx
from livechat_typed import AgentWeb, InvalidRequestError
ANSWERS = {
    "send_event": {"event_id": "E1"},
    "upload_file": {"url": "https://cdn/x"},
    "list_chats": {"chats_summary": [], "total_chats": 0},
}
def answer(request):
    return httpx.Response(200, json=ANSWERS[request.url.path.rsplit("/", 1)[-1]])
client = AgentWeb("Bearer t", transport=httpx.MockTransport(answer))
client.send_event(chat_id="C1", event={"type": "message", "text": "hi"})
watched = ("actions._upload", "models._strict", "_validation", "_pagination")
def state():
    return [f"livechat_typed.{name}" in sys.modules for name in watched]
steps = [state()]
client.upload_file(file=b"data")
steps.append(state())
strict = AgentWeb("Bearer t", transport=httpx.MockTransport(answer), strict=True)
strict.send_event(chat_id="C1", event={"type": "message", "text": "hi"})
steps.append(state())
try:
    client.send_event(chat_id=5, event={"type": "message", "text": "hi"})
except InvalidRequestError:
    steps.append(state())
client.list_chats()
steps.append(state())
print(json.dumps(steps))
"""
    )
    assert result == [
        [False, False, False, False],  # send_event: none of them
        [True, False, False, False],  # the first upload
        [True, True, False, False],  # the first call of a strict client
        [True, True, True, False],  # the first invalid call
        [True, True, True, True],  # the first paginated action
    ]


def test_an_accessor_loads_nothing_until_an_action_is_named() -> None:
    """``client.raw`` (and the other accessors) load no category nor the descriptor module;
    ``client.raw.send_event(...)`` loads the category of ``send_event`` alone."""
    result = _fresh(
        _LOADED
        + """
import httpx
from livechat_typed import AgentWeb
answer = httpx.Response(200, json={"event_id": "E1"})
client = AgentWeb("Bearer t", transport=httpx.MockTransport(lambda request: answer))
accessors = [client.raw, client.with_response, client.iterate, client.build, client.with_payload]
before = loaded() + [name for name in ("livechat_typed._action",) if name in sys.modules]
raw = client.raw.send_event(chat_id="C1", event={"type": "message", "text": "hi"})
print(json.dumps({"before": before, "loaded": loaded(), "status": raw.status_code}))
"""
    )
    assert result["before"] == []
    assert result["status"] == 200
    loaded = set(result["loaded"])  # type: ignore[arg-type]
    assert "events" in loaded
    assert not loaded & ({category.module for category in CATEGORIES} - {"events"})


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


def test_loading_every_category_builds_no_validator() -> None:
    result = _fresh(
        """
import json
import pydantic
from livechat_typed.actions import CATEGORY_MODULES
built = sorted(
    f"{module.__name__}.{name}"
    for module in CATEGORY_MODULES
    for name, value in vars(module).items()
    if isinstance(value, type) and issubclass(value, pydantic.BaseModel)
    and value.__module__ == module.__name__ and value.__pydantic_complete__
)
print(json.dumps({"built": built, "categories": len(CATEGORY_MODULES)}))
"""
    )
    # pydantic builds a model's validator on its first use (defer_build), list responses included
    assert result == {"built": [], "categories": len(CATEGORIES)}


def test_no_program_imports_the_generated_signatures() -> None:
    """``livechat_typed/_signatures.py`` (the actions' call signatures for type checkers) is
    imported by no module of the package at run time, however much of it a program uses."""
    result = _fresh(
        """
import json, pkgutil, importlib, pydoc, sys
import livechat_typed
from livechat_typed import AgentWeb, AsyncAgentWeb
from livechat_typed.rtm import AgentRTM, AsyncAgentRTM
for cls in (AgentWeb, AsyncAgentWeb, AgentRTM, AsyncAgentRTM):
    pydoc.render_doc(cls, renderer=pydoc.plaintext)
client = AgentWeb("Bearer t")
for name in dir(AgentWeb):
    getattr(client, name, None)
modules = [
    info.name for info in pkgutil.walk_packages(livechat_typed.__path__, "livechat_typed.")
    if not info.name.endswith(("._signatures", ".__main__"))
]
for name in modules:
    importlib.import_module(name)
print(json.dumps({"modules": len(modules), "loaded": "livechat_typed._signatures" in sys.modules}))
"""
    )
    assert result["modules"] > 50  # type: ignore[operator]
    assert result["loaded"] is False
