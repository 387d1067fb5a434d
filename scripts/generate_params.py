"""Generate ``livechat_typed/models/params.py``: a ``TypedDict`` for every nested request object.

Run ``.venv/bin/python scripts/generate_params.py`` after changing a request model; the test suite
(``tests/models/test_params.py``) fails while the committed module differs from what this script
produces.

Everything is derived from the models the 36 actions send. Starting from each action's request
model, every nested object (a field annotated ``ModelOrParam[Model, ModelParam]``, at any depth,
inside lists and mappings too) becomes ``ModelParam``: one key per field (its alias if it has
one), the same value types with nested objects as their own ``...Param``, the field's docstring
below the key, ``NotRequired`` for the fields the model does not require. A discriminated union
of models (``EventInput``, the union of the event models on their ``type`` tag) becomes the union
of their ``TypedDict`` s (``EventInputParam``), each with its ``type`` tag required, which is what
type checkers discriminate on.
"""

from __future__ import annotations

import inspect
import sys
import typing
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "livechat_typed" / "models" / "params.py"

if str(ROOT) not in sys.path:  # run from a checkout where the package is not installed
    sys.path.insert(0, str(ROOT))

import pydantic  # noqa: E402
from pydantic import Discriminator  # noqa: E402
from pydantic.fields import FieldInfo  # noqa: E402

from livechat_typed import Action, AgentWeb  # noqa: E402
from livechat_typed.models._base import RequestObject, StringTag  # noqa: E402
from livechat_typed.models._param import ValidateAsModel  # noqa: E402
from scripts._ruff import RuffError, ruff_format  # noqa: E402

LINE_LENGTH = 100
INDENT = "    "
UNIONS = (Union, UnionType)
NONE = type(None)


class GenerationError(Exception):
    """The models hold something this generator does not render yet: extend it."""


def actions() -> list[Action[Any, Any, Any]]:
    """The actions of ``AgentWeb``, by name."""
    found = {name: getattr(AgentWeb, name) for name in dir(AgentWeb)}
    return [found[name] for name in sorted(found) if isinstance(found[name], Action)]


def param_name(model: type) -> str:
    return f"{model.__name__}Param"


class Collector:
    """Walks the request models and records every nested object and discriminated union."""

    def __init__(self) -> None:
        self.models: dict[type[RequestObject], None] = {}
        self.unions: dict[str, tuple[type[RequestObject], ...]] = {}
        self.tags: set[type[RequestObject]] = set()  # models whose ``type`` tag a union needs
        self.needs: dict[Any, list[Any]] = {}  # model or union name -> what its dict form names
        self.walking: list[Any] = []

    def walk_model(self, model: type[pydantic.BaseModel]) -> None:
        self.walking.append(model)
        for info in model.model_fields.values():
            self.walk(info.annotation, info.metadata)
        self.walking.pop()

    def need(self, node: Any) -> None:
        if self.walking:
            self.needs.setdefault(self.walking[-1], []).append(node)

    def walk(self, tp: Any, metadata: Sequence[Any] = ()) -> None:
        if any(isinstance(item, ValidateAsModel) for item in metadata):
            arms = [model_arm(tp, metadata)]
            for arm in arms:
                self.nested(arm)
            return
        origin = get_origin(tp)
        if origin is typing.Annotated:
            inner, *extra = get_args(tp)
            self.walk(inner, extra)
        elif origin is not Literal:
            for arg in get_args(tp):
                self.walk(arg)

    def nested(self, tp: Any) -> None:
        union = discriminated(tp)
        if union is not None:
            name, members = union
            self.need(name)
            self.unions[name] = members
            self.needs[name] = list(members)
            for member in members:
                self.tags.add(member)
                self.add(member)
        elif isinstance(tp, type) and issubclass(tp, RequestObject):
            self.need(tp)
            self.add(tp)
        else:
            raise GenerationError(f"a ModelOrParam arm that is not a model: {tp!r}")

    def add(self, model: type[RequestObject]) -> None:
        if model not in self.models:
            self.models[model] = None
            self.walk_model(model)

    def ordered(self) -> list[Any]:
        """Models and union names, each after what it names (the functional ``TypedDict``
        syntax, the union aliases and the annotations, for ``NotRequired`` to be seen at run time,
        are evaluated at import), otherwise by name."""
        done: dict[Any, None] = {}

        def visit(node: Any) -> None:
            if node in done:
                return
            done[node] = None  # no cycles among the request objects; this also guards them
            for needed in sorted(self.needs.get(node, []), key=label):
                visit(needed)
            del done[node]
            done[node] = None

        for node in sorted([*self.models, *self.unions], key=label):
            visit(node)
        return list(done)


def label(node: Any) -> str:
    return node if isinstance(node, str) else str(node.__name__)


def model_arm(tp: Any, metadata: Sequence[Any]) -> Any:
    """The model arm of a ``ModelOrParam`` field: at run time the field is that arm alone, and
    pydantic moved a discriminated union's ``Discriminator`` (and ``StringTag``) into the
    field's metadata."""
    discriminators = [item for item in metadata if isinstance(item, (Discriminator, StringTag))]
    return typing.Annotated[(tp, *discriminators)] if discriminators else tp


def discriminated(tp: Any) -> tuple[str, tuple[type[RequestObject], ...]] | None:
    """The name and members of a discriminated union alias of models (``EventInput``)."""
    if get_origin(tp) is not typing.Annotated:
        return None
    inner, *metadata = get_args(tp)
    if not any(isinstance(item, Discriminator) for item in metadata):
        return None
    members = get_args(inner)
    for module in {sys.modules[member.__module__] for member in members}:
        for name, value in vars(module).items():
            if value == tp and not name.startswith("_"):
                return name, members
    raise GenerationError(f"a discriminated union without a module-level name: {tp!r}")


class Renderer:
    """Annotations as source, with the imports they need."""

    def __init__(self, collector: Collector) -> None:
        self.collector = collector
        self.imports: dict[str, set[str]] = {}

    def use(self, module: str, name: str) -> str:
        self.imports.setdefault(module, set()).add(name)
        return name

    def render(self, tp: Any, metadata: Sequence[Any] = ()) -> str:
        if any(isinstance(item, ValidateAsModel) for item in metadata):
            arms = [model_arm(tp, metadata)]
            return " | ".join(self.param_of(arm) for arm in arms)
        origin = get_origin(tp)
        args = get_args(tp)
        if origin is typing.Annotated:
            return self.render(args[0], args[1:])
        if type(tp).__name__ == "TypeAliasType":  # pydantic's JsonValue
            return self.use(tp.__module__.split(".")[0], tp.__name__)
        if origin in UNIONS:
            parts: list[str] = []
            for arm in args:
                text = self.render(arm)
                if text not in parts:
                    parts.append(text)
            return " | ".join(parts)
        if origin is Literal:
            literal = self.use("typing", "Literal")
            return f"{literal}[{', '.join(repr(arg).replace(chr(39), chr(34)) for arg in args)}]"
        if origin in (list, dict, tuple, set):
            return f"{origin.__name__}[{', '.join(self.render(arg) for arg in args)}]"
        if origin in (Sequence, Mapping):
            name = self.use("collections.abc", origin.__name__)
            return f"{name}[{', '.join(self.render(arg) for arg in args)}]"
        if tp is NONE:
            return "None"
        if tp is Any:
            return self.use("typing", "Any")
        if tp in (str, int, float, bool, bytes):
            return str(tp.__name__)
        if tp is datetime:
            return self.use("datetime", "datetime")
        if isinstance(tp, type) and issubclass(tp, RequestObject):
            return self.param_of(tp)
        raise GenerationError(f"cannot render the type {tp!r}")

    def param_of(self, tp: Any) -> str:
        union = discriminated(tp)
        if union is not None:
            return f"{union[0]}Param"
        if isinstance(tp, type) and issubclass(tp, RequestObject):
            return param_name(tp)
        raise GenerationError(f"no TypedDict for {tp!r}")

    def key_type(self, model: type[RequestObject], name: str, info: FieldInfo) -> str:
        text = self.render(info.annotation, info.metadata)
        tag = name == "type" and model in self.collector.tags
        if info.is_required() or tag:
            return text
        return f"{self.use('typing_extensions', 'NotRequired')}[{text}]"


def key_of(name: str, info: FieldInfo) -> str:
    alias = info.validation_alias if isinstance(info.validation_alias, str) else None
    return alias or info.alias or name


def docstring(text: str, indent: str) -> list[str]:
    """A docstring's lines at ``indent``, in the formatter's style."""
    lines = text.strip().splitlines()
    if '"""' in text or "\\" in text:
        raise GenerationError(f"a docstring this generator cannot quote: {text!r}")
    if len(lines) == 1 and len(indent) + len(lines[0]) + 6 <= LINE_LENGTH:
        return [f'{indent}"""{lines[0]}"""']
    rest = [f"{indent}{line}" if line else "" for line in lines[1:]]
    return [f'{indent}"""{lines[0]}', *rest, f'{indent}"""']


def typed_dict(model: type[RequestObject], renderer: Renderer) -> list[str]:
    """The ``TypedDict`` of one model, as source lines."""
    name = param_name(model)
    fields = model.model_fields
    keys = [key_of(field, info) for field, info in fields.items()]
    doc = inspect.getdoc(model) or model.__name__
    summary = f"The dict form of :class:`~{public_path(model)}`.\n\n{doc}"
    if all(key.isidentifier() and not is_keyword(key) for key in keys):
        typed = renderer.use("typing_extensions", "TypedDict")
        out = [f"class {name}({typed}):", *docstring(summary, INDENT), ""]
        for (field, info), key in zip(fields.items(), keys, strict=True):
            out.append(f"{INDENT}{key}: {renderer.key_type(model, field, info)}")
            if info.description:
                out.extend(docstring(info.description, INDENT))
        return out
    # A key that is a Python keyword (``from``): the functional syntax, docstrings in a comment.
    typed = renderer.use("typing_extensions", "TypedDict")
    out = [f"{name} = {typed}(", f'{INDENT}"{name}",', f"{INDENT}{{"]
    for (field, info), key in zip(fields.items(), keys, strict=True):
        out.append(f'{INDENT * 2}"{key}": {renderer.key_type(model, field, info)},')
    out += [f"{INDENT}}},", ")"]
    out.extend(docstring(summary, ""))
    return out


def is_keyword(name: str) -> bool:
    import keyword

    return keyword.iskeyword(name)


def public_path(model: type) -> str:
    import livechat_typed.models

    if model.__name__ in getattr(livechat_typed.models, "__all__", ()):
        return f"livechat_typed.models.{model.__name__}"
    return f"{model.__module__}.{model.__name__}"


HEADER = '''\
"""The dict forms of the nested request objects: one ``TypedDict`` per model. GENERATED.

Do not edit: ``scripts/generate_params.py`` writes this module from the models, and a test fails
while it is out of date. Wherever a request takes a nested object (``event``, ``filters``,
``target``, ``chat``, ``ban``, ``recipients``, ...) it takes the model or a dict literal, which
type checkers check against these: a misspelled key, a value of the wrong type or an unknown
``type`` tag is an error in the editor, as it is at run time. ``EventInputParam`` and the other
unions are discriminated by their ``type`` tag.

{summary}
"""

{imports}

__all__ = [
{names}
]
'''


def generate() -> str:
    collector = Collector()
    for action in actions():
        collector.walk_model(action.request_model)
    models = sorted(collector.models, key=label)
    renderer = Renderer(collector)
    body: list[str] = []
    for node in collector.ordered():
        if not isinstance(node, str):
            body += ["", "", *typed_dict(node, renderer)]
            continue
        name, members = node, collector.unions[node]
        union = " | ".join(param_name(member) for member in members)
        alias = renderer.use("typing", "TypeAlias")
        line = f"{name}Param: {alias} = {union}"
        if len(line) > LINE_LENGTH:
            arms = "".join(f"{INDENT}{param_name(member)}\n{INDENT}| " for member in members)
            line = f"{name}Param: {alias} = (\n{arms[: -len('| ') - len(INDENT) - 1]}\n)"
        body += ["", "", line]
        body += docstring(f"A :data:`~livechat_typed.models.{name}` as a dict.", "")
    names = [param_name(model) for model in models] + [f"{name}Param" for name in collector.unions]
    summary = f"{len(models)} TypedDicts, {len(collector.unions)} unions."
    header = HEADER.format(
        summary=summary,
        imports=render_imports(renderer.imports),
        names="".join(f'{INDENT}"{name}",\n' for name in sorted(names)).rstrip("\n"),
    )
    return ruff_format(header + "\n".join(body) + "\n", OUTPUT)


def render_imports(imports: dict[str, set[str]]) -> str:
    sections: list[list[str]] = [[], []]
    for module in sorted(imports):
        names = sorted(imports[module])
        line = f"from {module} import {', '.join(names)}"
        if len(line) > LINE_LENGTH:
            line = f"from {module} import (\n" + "".join(f"{INDENT}{n},\n" for n in names) + ")"
        top = module.split(".")[0]
        sections[0 if top in sys.stdlib_module_names else 1].append(line)
    return "\n\n".join("\n".join(section) for section in sections if section)


def main() -> int:
    try:
        text = generate()
    except (GenerationError, RuffError) as exc:
        print(f"generate_params.py: {exc}", file=sys.stderr)
        return 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
