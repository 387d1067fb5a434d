"""The package's field docstrings come from generated tables, never from parsing source at run time.

``scripts/generate_field_docs.py`` writes ``livechat_typed/_field_docs/`` from the sources of the
modules that define models; ``livechat_typed/models/_docstrings.py`` reads a module's table when
the module defines its first model. Modules outside the package still have their source parsed
(``tests/models/test_docstrings.py`` compares that with pydantic's own option).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from livechat_typed.models import _docstrings
from livechat_typed.models._docstrings import TABLES, field_docstrings, table_name

ROOT = Path(__file__).resolve().parents[2]


def load_generator() -> ModuleType:
    name = "livechat_typed_generate_field_docs"
    if name in sys.modules:
        return sys.modules[name]
    path = ROOT / "scripts" / "generate_field_docs.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_the_generated_tables_are_up_to_date() -> None:
    generator = load_generator()
    assert generator.committed() == generator.generate(), (
        "livechat_typed/_field_docs is stale: run .venv/bin/python scripts/generate_field_docs.py"
    )


def test_every_module_defining_models_has_a_table() -> None:
    generator = load_generator()
    modules = generator.model_modules()
    # the action categories, the shared models, webhooks, RTM and the Configuration API
    assert {"livechat_typed.actions.events", "livechat_typed.models.events"} <= set(modules)
    for module in modules:
        table = table_name(module)
        assert table is not None
        assert importlib.util.find_spec(table) is not None, module


def test_a_table_holds_what_the_source_says() -> None:
    from livechat_typed.models import SendEventRequest

    docs = field_docstrings(SendEventRequest)
    assert docs["chat_id"] == "The chat to send the event to."
    assert SendEventRequest.model_fields["chat_id"].description == docs["chat_id"]


def test_no_source_is_parsed_for_the_packages_models() -> None:
    """With the source parser refusing, every model of the package still gets its descriptions."""
    program = textwrap.dedent(
        """
        from livechat_typed.models import _docstrings

        def refuse(*args, **kwargs):
            raise AssertionError("parsed source at run time")

        _docstrings.parse_field_docs = refuse
        import pkgutil, importlib
        import livechat_typed
        from livechat_typed.models._base import RequestObject, ResponseObject

        described = 0
        for info in pkgutil.walk_packages(livechat_typed.__path__, "livechat_typed."):
            if info.name.endswith(".__main__"):
                continue
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, (RequestObject, ResponseObject)):
                    described += sum(
                        field.description is not None for field in value.model_fields.values()
                    )
        from livechat_typed.models import SendEventRequest

        assert SendEventRequest.model_fields["chat_id"].description
        print(described)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 500  # every documented field of every model


def test_a_module_outside_the_tables_falls_back_to_its_source() -> None:
    missing = "livechat_typed.no_such_module_here"
    assert table_name(missing) == f"{TABLES}.no_such_module_here"
    assert _docstrings._read(missing) == {}  # no table, no module: nothing to parse
    assert table_name("my_app.models") is None


def test_a_table_that_fails_to_import_is_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str) -> ModuleType:
        raise ModuleNotFoundError("No module named 'something_else'", name="something_else")

    monkeypatch.setattr(_docstrings, "import_module", broken)
    with pytest.raises(ModuleNotFoundError, match="something_else"):
        _docstrings._read("livechat_typed.models.not_cached_yet")
