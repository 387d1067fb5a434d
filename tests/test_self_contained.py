"""The repository stands on its own: no tracked file of the project refers to a path outside the
checkout, the API spec the tests are generated from lives in ``tests/spec/`` and names the docs
commit it comes from, and test modules take shared helpers from the ``helpers`` package, neither
from ``conftest`` nor from another test module.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import settings

from . import spec_strategies
from .helpers import SPEC_PATH, load_spec
from .models import response_strategies

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("tests", "scripts", "bench", ".ci", "livechat_typed")
"""The folders whose files must not reach outside the repository."""

DOCS_COMMIT = "livechat/livechat-public-docs @ 8d435262 (2024-08-26)"
LOGOUT_COMMIT = "logout from branch commit 1b7df07a"

# The patterns and the examples below are built from pieces, so this file passes its own check.
UP_LEVEL = re.compile(r"(?<![\w.])" + re.escape("..") + r"[/\\]")
"""An up-level step (two dots, then a slash): from the root, where tests and scripts run, it
leaves the repository; nothing here needs one."""
SHARED = re.compile(
    r"/\s*[\"']" + "shared" + r"[\"']|[\"']" + "shared" + r"[/\\]|\b" + "shared" + "/spec"
)
"""The developers' folder beside the checkout, spelled as a path component."""
PARENTS = re.compile(r"\b" + "parents" + r"\[(\d+)\]")
PARENT_CHAIN = re.compile("__file__" + r"\)(?:\.resolve\(\))?((?:\.parent\b)+)")


def outside_references(relative: str, text: str) -> list[str]:
    """``line: text`` for each line of ``text`` (the file ``relative``) that reaches outside."""
    depth = len(Path(relative).parts)  # Path(__file__).parents[depth] is outside the checkout
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        escapes = bool(UP_LEVEL.search(line) or SHARED.search(line))
        for match in PARENTS.finditer(line):
            # Path(__file__).parents[k] or HERE.parents[k] (HERE being the file's folder, at most)
            limit = depth if "__file__" in line else depth - 1
            escapes = escapes or int(match[1]) >= limit
        for match in PARENT_CHAIN.finditer(line):
            escapes = escapes or match[1].count(".parent") > depth
        if escapes:
            found.append(f"{relative}:{number}: {line.strip()}")
    return found


def project_files() -> list[str]:
    """The tracked files of the checked folders (every file there, outside a git checkout)."""
    git = shutil.which("git")
    if git is not None and (ROOT / ".git").exists():
        listed = subprocess.run(
            [git, "ls-files", "-z", "--", *CHECKED],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode()
        return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]
    return [
        path.relative_to(ROOT).as_posix()
        for folder in CHECKED
        for path in sorted((ROOT / folder).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    ]


def test_the_checked_folders_are_listed() -> None:
    files = project_files()
    for expected in (
        "tests/helpers/__init__.py",
        "tests/spec/agent_web_v3_6.json",
        "scripts/test",
        ".ci/run",
    ):
        assert expected in files
    assert any(name.startswith("livechat_typed/") for name in files)
    assert any(name.startswith("bench/") for name in files)


def test_no_project_file_refers_to_a_path_outside_the_repository() -> None:
    found = []
    for name in project_files():
        text = (ROOT / name).read_bytes().decode("utf-8", errors="replace")
        found += outside_references(name, text)
    assert found == [], "\n".join(found)


def spell(example: str) -> str:
    """An example line, written here with placeholders: ``UP/``, ``SHARED``, ``PARENTS[``,
    ``FILE`` and ``.PARENT`` stand for the real spellings."""
    for placeholder, real in (
        ("UP/", ".." + "/"),
        ("SHARED", "shared"),
        ("PARENTS[", "parents["),
        ("FILE", "__file__"),
        (".PARENT", ".parent"),
    ):
        example = example.replace(placeholder, real)
    return example


OUTSIDE = [
    ("tests/conftest.py", 'SPEC = Path(FILE).resolve().PARENTS[2] / "SHARED" / "spec"'),
    ("tests/conftest.py", "SPEC = Path(FILE).resolve().PARENTS[2] / 'x.json'"),
    ("tests/typing/test_typing.py", "ROOT = HERE.PARENTS[2]"),
    ("tests/x.py", "ROOT = Path(FILE).resolve().PARENT.PARENT.PARENT"),
    ("tests/x.py", '"""The facts come from ``UP/SHARED/spec/agent-web-v3.6.md``."""'),
    ("scripts/test", "python UP/UP/elsewhere/run.py"),
    ("bench/load.py", 'open("UP/data.json")'),
    ("tests/x.py", "open('SHARED/spec/agent-web-v3.6.json')"),
]
INSIDE = [
    ("tests/test_cli.py", "ROOT = Path(FILE).resolve().PARENTS[1]"),
    ("tests/testing/test_server_e2e.py", 'readme = Path(FILE).resolve().PARENTS[2] / "README"'),
    ("tests/typing/test_typing.py", "ROOT = HERE.PARENTS[1]"),
    ("tests/x.py", "ROOT = Path(FILE).resolve().PARENT.PARENT"),
    ("tests/models/x.py", "from ..helpers import load_spec"),
    ("scripts/test", 'cd "$(dirname "$0")/.."'),
    ("livechat_typed/_action.py", "of the URL (``.../v3.6/agent/action/<name>``)"),
    ("tests/x.py", "# declared on a SHARED category class, not on either client"),
]


@pytest.mark.parametrize(("relative", "line"), OUTSIDE)
def test_a_path_outside_the_repository_is_found(relative: str, line: str) -> None:
    line = spell(line)
    assert outside_references(relative, f"x = 1\n{line}\n") == [f"{relative}:2: {line}"]


@pytest.mark.parametrize(("relative", "line"), INSIDE)
def test_a_path_inside_the_repository_is_not_reported(relative: str, line: str) -> None:
    assert outside_references(relative, spell(line)) == []


# --- the spec kept in the repository --------------------------------------------------------------


def test_the_spec_is_read_from_inside_the_repository() -> None:
    assert SPEC_PATH.is_relative_to(ROOT / "tests" / "spec")
    assert SPEC_PATH.is_file()


def test_the_spec_names_the_docs_commit_it_comes_from() -> None:
    spec = load_spec()
    source = spec["_source"]
    assert DOCS_COMMIT in source and LOGOUT_COMMIT in source
    assert "Agent Chat Web API v3.6" in source
    assert spec["_derived"].strip()  # how the file was made from that source


def test_the_provenance_is_the_first_member_of_the_spec_file() -> None:
    """The first lines of the file say where its facts come from."""
    head = SPEC_PATH.read_text(encoding="utf-8").splitlines()[:3]
    assert head[0] == "{"
    assert head[1].lstrip().startswith('"_source": ') and DOCS_COMMIT in head[1]


def test_the_strategies_use_the_spec_of_the_helpers() -> None:
    spec = load_spec()
    assert spec_strategies.RAW_SPEC == spec
    assert response_strategies.SPEC == spec
    assert spec_strategies.ACTION_NAMES == tuple(spec["actions"])
    assert len(spec["actions"]) == 36 and spec["errors"]


# --- where helpers come from ----------------------------------------------------------------------


def relative_imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.module or "")
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level > 0
    ]


def test_test_modules_take_shared_helpers_from_helpers_not_conftest() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: from {module}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for line, module in relative_imports(path)
        if module == "conftest" or module.endswith(".conftest")
    ]
    assert offenders == []


def imports_of_test_modules(relative: str, source: str) -> list[str]:
    """``relative:line: statement`` for each import in ``source`` (the file ``relative``) that
    loads a test module (``test_*.py`` under ``tests/``), relative or absolute, at any depth.

    ``from X import y`` loads ``X`` and, when ``X`` is a package, maybe its module ``X.y``.
    """
    package = relative.removesuffix(".py").replace("/", ".").rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            loaded = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = parts[: len(parts) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            loaded = [module]
            if (ROOT / Path(*module.split("."))).is_dir():
                loaded += [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        if any(name.split(".")[0] == "tests" and is_test_module(name) for name in loaded):
            found.append(f"{relative}:{node.lineno}: {ast.unparse(node)}")
    return found


def is_test_module(dotted: str) -> bool:
    return dotted.rpartition(".")[2].startswith("test_")


def test_no_module_imports_from_a_test_module() -> None:
    """Shared helpers live in ``helpers``; a test module holds tests, and helpers of its own."""
    found = [
        line
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for line in imports_of_test_modules(
            path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")
        )
    ]
    assert found == [], "\n".join(found)


FROM_A_TEST_MODULE = [
    ("tests/test_regions.py", "from .test_retries import OK, Harness"),
    ("tests/configuration/test_register.py", "from ..test_wire_parity import load_json"),
    ("tests/models/test_samples.py", "from .test_response_roundtrip import roundtrip"),
    ("tests/spec_strategies.py", "from . import test_bad_input"),
    ("tests/models/x.py", "from .. import test_wire_parity as parity"),
    ("tests/test_x.py", "from .models import test_samples"),
    ("tests/test_x.py", "from tests.test_retries import Script"),
    ("tests/test_x.py", "from tests import test_retries"),
    ("tests/webhooks/x.py", "import tests.webhooks.test_router"),
    ("tests/test_x.py", "import tests.test_retries as retries"),
]
NOT_FROM_A_TEST_MODULE = [
    ("tests/test_regions.py", "from .helpers import OK, Harness"),
    ("tests/configuration/test_register.py", "from ..helpers import assert_same_json"),
    ("tests/test_self_contained.py", "from . import spec_strategies"),
    ("tests/models/test_samples.py", "from .response_strategies import responses"),
    ("tests/test_x.py", "from livechat_typed import testing"),
    ("tests/testing/test_x.py", "from livechat_typed.testing import FakeLiveChat"),
    ("tests/test_x.py", "import pytest"),
    ("tests/test_x.py", "from _pytest.test_x import y"),  # not a module of the tests
]


@pytest.mark.parametrize(("relative", "statement"), FROM_A_TEST_MODULE)
def test_an_import_from_a_test_module_is_found(relative: str, statement: str) -> None:
    assert imports_of_test_modules(relative, f"import os\n{statement}\n") == [
        f"{relative}:2: {statement}"
    ]


def test_an_import_from_a_test_module_inside_a_function_is_found() -> None:
    source = "def helper() -> None:\n    from .test_retries import reply\n"
    assert imports_of_test_modules("tests/test_x.py", source) == [
        "tests/test_x.py:2: from .test_retries import reply"
    ]


@pytest.mark.parametrize(("relative", "statement"), NOT_FROM_A_TEST_MODULE)
def test_an_import_from_another_module_is_not_reported(relative: str, statement: str) -> None:
    assert imports_of_test_modules(relative, statement) == []


# --- whatever the machine's speed -----------------------------------------------------------------


def test_no_hypothesis_example_fails_for_being_slow() -> None:
    """conftest.py loads a profile without Hypothesis' 200 ms deadline, for all test settings."""
    default = settings.default
    assert default is not None and default.deadline is None
    assert settings(max_examples=3).deadline is None  # settings built by test modules inherit it
