"""Field docstrings become ``Field`` descriptions, without parsing source at run time.

A string literal right after a field is that field's documentation (editors show it on hover);
pydantic's ``use_attribute_docstrings`` turns it into ``FieldInfo.description`` (and so into
``model_json_schema()``), but it reads and parses the whole module's source again for every class
(``inspect.getsource``) and leaves the source in ``linecache``: measured on a program that only
sends an event, +22 ms of CPU and +0.25 MiB held, a third of the client's cost.

Here the docstrings of this package's models come from tables generated from the sources by
``scripts/generate_field_docs.py`` (:mod:`livechat_typed._field_docs`, one small module per
module that defines models, loaded with it): no source is read or parsed, and frozen
applications keep their descriptions too. Any other module (a subclass of our models in your
code) has its source parsed once, when its first model is defined, keeping nothing but the
docstrings; without a source file its models simply carry no descriptions, as with pydantic's
option.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import sys
import tokenize
from importlib import import_module
from typing import Any, Final

__all__ = ["TABLES", "apply_field_docstrings", "field_docstrings", "parse_field_docs", "table_name"]

_PACKAGE: Final = "livechat_typed"
TABLES: Final = f"{_PACKAGE}._field_docs"
"""The package of the generated tables."""

_BY_MODULE: Final[dict[str, dict[str, dict[str, str]]]] = {}
"""Module name -> class qualified name -> field name -> docstring."""


def table_name(module_name: str) -> str | None:
    """The generated table of a module of this package (``models.events`` -> ``models__events``)."""
    if not module_name.startswith(f"{_PACKAGE}."):
        return None
    return f"{TABLES}.{module_name.removeprefix(f'{_PACKAGE}.').replace('.', '__')}"


def _read(module_name: str) -> dict[str, dict[str, str]]:
    table = table_name(module_name)
    if table is not None:
        try:
            docs: dict[str, dict[str, str]] = import_module(table).DOCS
        except ModuleNotFoundError as exc:
            if exc.name not in (table, TABLES):  # a table that fails to import is a bug
                raise
        else:
            return docs
    module = sys.modules.get(module_name)
    path = getattr(module, "__file__", None)
    if not path or not path.endswith(".py"):
        return {}
    return parse_field_docs(path)


def parse_field_docs(path: str) -> dict[str, dict[str, str]]:
    """The field docstrings of the source file ``path``: class qualified name -> field -> text."""
    try:
        with tokenize.open(path) as source:  # honours the file's encoding declaration
            tree = ast.parse(source.read(), path)
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return {}
    found: dict[str, dict[str, str]] = {}
    _collect(tree.body, "", found)
    return found


def _collect(body: list[ast.stmt], prefix: str, found: dict[str, dict[str, str]]) -> None:
    for node in body:
        if isinstance(node, ast.ClassDef):
            qualname = f"{prefix}{node.name}"
            docs = _docs_of(node.body)
            if docs:
                found[qualname] = docs
            _collect(node.body, f"{qualname}.", found)


def _docs_of(body: list[ast.stmt]) -> dict[str, str]:
    docs: dict[str, str] = {}
    for statement, following in itertools.pairwise(body):
        name = _target(statement)
        if (
            name is not None
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[name] = inspect.cleandoc(following.value.value)
    return docs


def _target(statement: ast.stmt) -> str | None:
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    if (
        isinstance(statement, ast.Assign)
        and len(statement.targets) == 1
        and isinstance(statement.targets[0], ast.Name)
    ):
        return statement.targets[0].id
    return None


def field_docstrings(cls: type) -> dict[str, str]:
    """The docstrings of the fields ``cls`` itself declares, by field name."""
    module = cls.__module__
    docs = _BY_MODULE.get(module)
    if docs is None:
        docs = _BY_MODULE[module] = _read(module)
    return docs.get(cls.__qualname__, {})


def apply_field_docstrings(cls: Any) -> None:
    """Give each field of the pydantic model ``cls`` that has none its docstring as description.

    Called when the model class is created, before its validator and JSON schema are built (the
    models defer that to their first use), so the schema carries the descriptions. Inherited
    fields got theirs when their own class was created.
    """
    docs = field_docstrings(cls)
    if not docs:
        return
    for name, info in cls.model_fields.items():
        if info.description is None and name in docs:
            info.description = docs[name]
