"""The package's structure: no import cycles, and only public API of its dependencies.

No module of the package closes an import cycle, not even through a ``TYPE_CHECKING`` import:
the descriptor (``_action.py``) talks to a small sending interface (``_sending.py``), not to the
client module, and the fake's handlers and triggers to a small view of the fake
(``testing/_context.py``), not to ``testing/_fake.py``. A private attribute of httpx, httpcore or
pydantic would be a future outage.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "livechat_typed"
SOURCES = sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def top_level_imports(path: Path, *, typing_only: bool = True) -> set[str]:
    """The package modules ``path`` imports at module level (``TYPE_CHECKING`` blocks included
    unless ``typing_only`` is false; imports inside functions excluded: those are deliberate lazy
    imports)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("livechat_typed"))
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - node.level + 1]
                    target = ".".join([*base, node.module] if node.module else base)
                else:
                    target = node.module or ""
                if not target.startswith("livechat_typed"):
                    continue
                submodules = {f"{target}.{alias.name}" for alias in node.names} & MODULES
                if node.module is None and submodules:  # ``from . import _transport``
                    found.update(submodules)
                else:
                    found.add(target)
                    found.update(submodules)
            elif isinstance(node, ast.If):
                if not typing_only and "TYPE_CHECKING" in ast.unparse(node.test):
                    continue
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)

    visit(tree.body)
    found.discard(here)
    return found


MODULES = {module_name(path) for path in SOURCES}
GRAPH = {module_name(path): top_level_imports(path) & MODULES for path in SOURCES}
RUNTIME_GRAPH = {
    module_name(path): top_level_imports(path, typing_only=False) & MODULES for path in SOURCES
}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of ``graph`` as a list of modules, or ``None``."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state:
                cycle = walk(nxt)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = walk(node)
            if cycle:
                return cycle
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_package_has_no_import_cycle_at_run_time() -> None:
    assert find_cycle(RUNTIME_GRAPH) is None, " -> ".join(find_cycle(RUNTIME_GRAPH) or [])


def test_the_package_has_no_import_cycle_even_for_type_checkers() -> None:
    """Not even a ``TYPE_CHECKING`` import closes a cycle, the fake included: its handlers and
    triggers annotate ``fake`` with the ``FakeContext`` protocol, not with ``FakeLiveChat``."""
    assert find_cycle(GRAPH) is None, " -> ".join(find_cycle(GRAPH) or [])


def test_the_fake_s_handlers_and_triggers_depend_on_its_context_not_on_the_fake() -> None:
    fake_side = [
        name
        for name in GRAPH
        if name.startswith("livechat_typed.testing.handlers")
        or name == "livechat_typed.testing._triggers"
    ]
    assert "livechat_typed.testing.handlers.chats" in fake_side
    for name in fake_side:
        assert "livechat_typed.testing._fake" not in GRAPH[name], name
        assert "livechat_typed.testing" not in GRAPH[name], name
    assert "livechat_typed.testing._context" in GRAPH["livechat_typed.testing._triggers"]


def test_the_descriptor_depends_on_the_sending_interface_not_on_the_client() -> None:
    imports = GRAPH["livechat_typed._action"]
    assert "livechat_typed._sending" in imports
    assert "livechat_typed._client" not in imports


PRIVATE_USE = re.compile(
    r"\b(?:httpx|httpcore|pydantic|pydantic_core|hypercorn|h2|h11|anyio|trustme)\._[a-z]"
    r"|_transport_for_url|\._pool\b(?!\s*=)|\b_internal\b"
)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_public_api_of_dependencies_is_used(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    own_pool = {"self._pool", "client._pool", "clone._pool"}
    offending = [
        line.strip()
        for line in text.splitlines()
        if PRIVATE_USE.search(line) and not any(mine in line for mine in own_pool)
    ]
    assert offending == []


def test_the_private_use_pattern_catches_what_it_must() -> None:
    for line in (
        "client._transport_for_url(url)",
        "from httpx._utils import get_environment_proxies",
        "httpcore._async.connection_pool",
        "pydantic._internal._model_construction",
    ):
        assert PRIVATE_USE.search(line), line
    assert not PRIVATE_USE.search("httpx.HTTPTransport(http2=True)")
