"""The declarations follow the spec data and document themselves.

* one ``<Camel>Webhook`` per action of ``data/webhooks_v3_6.json``, exported, under
  ``ChatWebhook`` or ``ConfigurationWebhook`` as the spec's envelope says;
* each payload model has the spec's members, required exactly where the spec says ``always``;
  members the docs do not list are the ones the in-repo spec marks with their ``source``;
* the envelope is the spec's;
* ``__all__`` lists exactly the public names; every public class and function has a docstring,
  and every field of every model has an attribute docstring.
"""

from __future__ import annotations

import ast
import inspect
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import livechat_typed
from livechat_typed import webhooks
from livechat_typed.models import auto_access, configuration
from livechat_typed.webhooks import (
    WEBHOOK_CLASSES,
    ChatWebhook,
    ConfigurationWebhook,
    UnknownWebhook,
    Webhook,
)

from .strategies import SPEC, STRUCTURES, resolve

PACKAGE = Path(livechat_typed.__file__).resolve().parent
MODULES = [*sorted((PACKAGE / "webhooks").glob("*.py")), PACKAGE / "models" / "configuration.py"]
MODULES.append(PACKAGE / "models" / "auto_access.py")


def camel(action: str) -> str:
    return "".join(part.capitalize() for part in action.split("_"))


@pytest.mark.parametrize("webhook", SPEC["webhooks"], ids=lambda w: w["action"])
def test_each_action_has_its_class(webhook: dict[str, Any]) -> None:
    action = webhook["action"]
    cls = getattr(webhooks, f"{camel(action)}Webhook")
    assert f"{camel(action)}Webhook" in webhooks.__all__
    assert WEBHOOK_CLASSES[action] is cls
    base = ConfigurationWebhook if webhook["envelope"] == "configuration" else ChatWebhook
    assert issubclass(cls, base) and issubclass(cls, Webhook)
    assert cls.model_fields["action"].default == action


def test_the_catalogue_is_the_specs_in_order() -> None:
    assert list(WEBHOOK_CLASSES) == [webhook["action"] for webhook in SPEC["webhooks"]]
    assert len(WEBHOOK_CLASSES) == 37
    assert not issubclass(UnknownWebhook, (ChatWebhook, ConfigurationWebhook))


def payload_model(cls: type[Webhook]) -> type[BaseModel]:
    annotation = cls.model_fields["payload"].annotation
    if typing.get_origin(annotation) is list:
        annotation = typing.get_args(annotation)[0]
    assert isinstance(annotation, type) and issubclass(annotation, BaseModel)
    return annotation


def documented_members(webhook: dict[str, Any]) -> dict[str, bool | None]:
    """name → required (``None``: "any field of the structure", optional) from payload_fields."""
    members: dict[str, bool | None] = {}
    for field in webhook["payload_fields"]:
        name = field["name"].removeprefix("[].")
        if name == "[]" or name.startswith("<any"):
            continue
        for part in name.split("|"):
            members[part] = field["presence"] == "always"
    return members


@pytest.mark.parametrize("webhook", SPEC["webhooks"], ids=lambda w: w["action"])
def test_each_payload_has_the_documented_members(webhook: dict[str, Any]) -> None:
    model = payload_model(WEBHOOK_CLASSES[webhook["action"]])
    fields = model.model_fields
    for name, required in documented_members(webhook).items():
        assert name in fields, name
        assert fields[name].is_required() is required, name
    node = webhook["payload"]
    node = resolve(node["items"] if node.get("type") == "array" else node)
    spec_members = node["properties"]
    assert set(fields) == set(spec_members)
    for name, member in spec_members.items():
        required = member.get("required", False) and not member.get("sample_omits")
        assert fields[name].is_required() is required, name
        undocumented = name not in documented_members(webhook)
        if undocumented and not webhook["payload_fields"][-1]["name"].startswith("<any"):
            assert "source" in member, f"{name}: declared, but neither in the docs nor marked"


def test_the_envelope_is_the_specs() -> None:
    names = {field["name"] for field in SPEC["envelope"]["fields"] if "." not in field["name"]}
    assert set(Webhook.model_fields) == names
    required = {name for name, field in Webhook.model_fields.items() if field.is_required()}
    assert required == {"webhook_id", "secret_key", "action", "organization_id", "payload"}
    assert set(STRUCTURES["AdditionalData"]["properties"]) == set(
        webhooks.AdditionalData.model_fields
    )
    assert set(STRUCTURES["Requester"]["properties"]) == set(webhooks.Requester.model_fields)


def public_names(module: Any) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and not inspect.ismodule(value)
        and getattr(value, "__module__", module.__name__).startswith(module.__name__)
        and (inspect.isclass(value) or inspect.isfunction(value))
    }


@pytest.mark.parametrize("module", [webhooks, configuration, auto_access])
def test_all_lists_the_public_names(module: Any) -> None:
    assert len(module.__all__) == len(set(module.__all__))
    assert all(hasattr(module, name) for name in module.__all__)
    assert public_names(module) <= set(module.__all__)


def test_the_package_exports_the_webhooks_module_lazily() -> None:
    assert "webhooks" in livechat_typed.__all__
    assert livechat_typed.webhooks is webhooks


def undocumented_parts(path: Path) -> list[str]:
    """Public classes/functions without a docstring, and model fields without one after them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nested = {
        id(inner)
        for outer in ast.walk(tree)
        if isinstance(outer, (ast.FunctionDef, ast.AsyncFunctionDef))
        for inner in ast.walk(outer)
        if inner is not outer
    }
    missing = []
    for node in ast.walk(tree):
        if id(node) in nested:  # helpers local to a function are not public
            continue
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            public = not node.name.startswith("_") or node.name == "__call__"
            if public and ast.get_docstring(node) is None:
                missing.append(f"{path.name}:{node.lineno} {node.name}")
        if isinstance(node, ast.ClassDef):
            body = node.body
            for index, item in enumerate(body):
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    if item.target.id.startswith("_") or "ClassVar" in ast.unparse(item):
                        continue
                    after = body[index + 1] if index + 1 < len(body) else None
                    documented = (
                        isinstance(after, ast.Expr)
                        and isinstance(after.value, ast.Constant)
                        and isinstance(after.value.value, str)
                    )
                    if not documented:
                        missing.append(f"{path.name}:{item.lineno} {node.name}.{item.target.id}")
    return missing


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_everything_public_has_a_docstring(path: Path) -> None:
    assert undocumented_parts(path) == []


def test_the_docstring_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'class Model:\n    """Doc."""\n\n    a: int\n    b: int\n    """Doc of b."""\n\n'
        "def public():\n    def local():\n        pass\n",
        encoding="utf-8",
    )
    assert undocumented_parts(sample) == ["sample.py:4 Model.a", "sample.py:8 public"]
