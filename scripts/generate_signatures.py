"""Generate ``livechat_typed/_signatures.py``: every action's call signature, written out.

Run ``.venv/bin/python scripts/generate_signatures.py`` after adding or changing an action or a
request model; the test suite (``tests/test_signatures.py``) fails while the committed module
differs from what this script produces.

Type checkers see a client's action calls through this module only: for each category, a sync
and an async class (``EventsActions``, ``AsyncEventsActions``) with one method per action
(``async def`` on the async class), so that ``client.send_event`` is a method and an editor
resolves a keyword of its call to the documented parameter (pyright does so for a function, not
for an object with ``__call__``); for each variant, a class of the same methods for the client's
accessor (``EventsRaw``, ``AsyncEventsRaw``, ``EventsWithResponse``, ``EventsBuild`` (one for
both), ``EventsWithPayload``, and ``ChatsIterate`` for the paginated actions); and for each client
with actions (``AgentWeb``, ``AgentRTM``, ``ConfigurationAPI``, sync and async) a
``<Client>Actions`` class inheriting its categories, with one property per accessor typed with
the client's accessor class (``AgentWebRaw``, inheriting the categories' ``...Raw``). Every
method has explicit keyword-only parameters: the action's fields first (required, then optional,
a ``page_id`` last), then the per-call options (``max_items`` between them on ``iterate`` only;
``with_payload`` takes the payload, then the options), each with the model's annotation as
written in its source (forward references unquoted) and its default, and a docstring with an
``Args:`` section carrying each field's docstring, written so that pyright reads each
parameter's own line. The clients import their ``<Client>Actions`` class under
``TYPE_CHECKING`` only: at run time nothing of this module is imported.

Everything is derived from the ``Action`` declarations (``CATEGORIES``, the RTM-only
``RTMOnlyActions`` and the Configuration API's ``WebhooksActions``) and the request models'
sources.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import re
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "livechat_typed" / "_signatures.py"
PACKAGE = "livechat_typed"

if str(ROOT) not in sys.path:  # run from a checkout where the package is not installed
    sys.path.insert(0, str(ROOT))

import pydantic  # noqa: E402
from pydantic.fields import FieldInfo  # noqa: E402
from pydantic_core import PydanticUndefined  # noqa: E402

from livechat_typed._action import Action  # noqa: E402
from livechat_typed._pagination import PaginatedAction  # noqa: E402
from livechat_typed.actions import CATEGORIES, category_module  # noqa: E402
from livechat_typed.configuration.webhooks import WebhooksActions  # noqa: E402
from livechat_typed.models._base import PagedRequest  # noqa: E402
from livechat_typed.rtm._actions import RTMOnlyActions  # noqa: E402
from scripts._ruff import RuffError, ruff, ruff_format  # noqa: E402

INDENT = "    "
LINE_LENGTH = 100


class GenerationError(Exception):
    """A declaration this generator cannot write out (said instead of guessed)."""


# --- the declarations -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    """A category class to write: its name and its actions, in declaration order."""

    name: str
    doc: str
    actions: tuple[Action[Any, Any, Any], ...]


def categories() -> list[Category]:
    """The agent categories (as :data:`~livechat_typed.actions.CATEGORIES` orders them), then the
    RTM-only actions and the Configuration API's webhook actions."""
    found = []
    for category in CATEGORIES:
        holder = getattr(category_module(category), category.mixin)
        actions = tuple(vars(holder)[name] for name in category.actions)
        found.append(Category(category.mixin, inspect.getdoc(holder) or "", actions))
    for holder in (RTMOnlyActions, WebhooksActions):
        actions = tuple(value for value in vars(holder).values() if isinstance(value, Action))
        found.append(Category(holder.__name__, inspect.getdoc(holder) or "", actions))
    for category in found:
        for action in category.actions:
            if not isinstance(action, Action):
                raise GenerationError(f"{category.name}: {action!r} is not an Action")
    return found


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


# --- annotations as written in the sources --------------------------------------------------------


@dataclass(frozen=True)
class Origin:
    """Where a name of an annotation comes from: ``from <module> import <name> [as <alias>]``."""

    module: str
    name: str


def module_names(module: str) -> dict[str, Origin]:
    """The names ``module`` imports (at module level, ``TYPE_CHECKING`` blocks included) or
    defines, each with where it comes from."""
    source = inspect.getsource(sys.modules[module])
    package = module if hasattr(sys.modules[module], "__path__") else module.rpartition(".")[0]
    names: dict[str, Origin] = {}

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    parent = ".".join(parts[: len(parts) - node.level + 1])
                    base = f"{parent}.{base}" if base else parent
                for alias in node.names:
                    names[alias.asname or alias.name] = Origin(base, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname is None and "." not in alias.name:
                        names[alias.name] = Origin(alias.name, "")
            elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                names[node.name] = Origin(module, node.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        names[target.id] = Origin(module, target.id)
            elif isinstance(node, ast.If):
                visit(node.body)
                visit(node.orelse)

    visit(ast.parse(source).body)
    return names


def names_in(annotation: str) -> Iterator[str]:
    """The names an annotation's text uses (inside quoted forward references too)."""
    pending: list[ast.AST] = [ast.parse(annotation, mode="eval")]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Name):
            yield node.id
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield from names_in(node.value)
        if isinstance(node, ast.Subscript) and ast.unparse(node.value) in LITERALS:
            pending.append(node.value)  # the strings of a Literal are values, not names
        else:
            pending.extend(ast.iter_child_nodes(node))


LITERALS = ("Literal", "typing.Literal", "typing_extensions.Literal")


class Imports:
    """The names the generated module needs, each from the module its source imports it from."""

    def __init__(self) -> None:
        self.origins: dict[str, Origin] = {}
        self._modules: dict[str, dict[str, Origin]] = {}

    def add(self, name: str, origin: Origin) -> None:
        known = self.origins.get(name)
        if known is not None and known != origin:
            raise GenerationError(f"{name!r} means both {known} and {origin}")
        self.origins[name] = origin

    def annotation(self, text: str, module: str) -> str:
        """Record the imports of ``text``, an annotation written in ``module``; return it."""
        if module not in self._modules:
            self._modules[module] = module_names(module)
        for name in names_in(text):
            if name in self._modules[module]:
                self.add(name, self._modules[module][name])
            elif not hasattr(builtins, name):
                raise GenerationError(f"{module}: cannot tell where {name!r} comes from")
        return text

    def lines(self) -> list[str]:
        plain = sorted(name for name, origin in self.origins.items() if not origin.name)
        grouped: dict[str, list[str]] = {}
        for name, origin in self.origins.items():
            if origin.name:
                shown = origin.name if origin.name == name else f"{origin.name} as {name}"
                grouped.setdefault(origin.module, []).append(shown)
        lines = [f"import {name}" for name in plain]
        for module in sorted(grouped):
            target = module
            if module == PACKAGE or module.startswith(f"{PACKAGE}."):
                target = "." + module[len(PACKAGE) + 1 :]
            lines.append(f"from {target} import {', '.join(sorted(grouped[module]))}")
        return lines


class _Unquote(ast.NodeTransformer):
    """Forward references (``"ListChatsFiltersParam"``) as the names they are: this module
    imports every name it uses, with ``from __future__ import annotations``."""

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        if ast.unparse(node.value) in LITERALS:
            return node  # the strings of a Literal are values
        return self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str):
            return self.visit(ast.parse(node.value, mode="eval").body)
        return node


def unquoted(text: str) -> str:
    """``text`` with its quoted forward references unquoted (unchanged if it has none)."""
    tree = ast.parse(text, mode="eval")
    bare = _Unquote().visit(ast.parse(text, mode="eval"))
    return text if ast.dump(bare) == ast.dump(tree) else ast.unparse(bare)


def annotation_of(model: type[pydantic.BaseModel], name: str, imports: Imports) -> str:
    """The annotation of field ``name`` as the source writes it (the class that declares it)."""
    for cls in model.__mro__:
        written = vars(cls).get("__annotations__", {})
        if name in written:
            text = written[name]
            if not isinstance(text, str):
                raise GenerationError(
                    f"{cls.__qualname__}.{name}: the annotation is not a string "
                    "(the module needs `from __future__ import annotations`)"
                )
            return unquoted(imports.annotation(text, cls.__module__))
    raise GenerationError(f"{model.__qualname__}.{name}: no annotation found")


def default_of(field: FieldInfo) -> str:
    """The default as the signature shows it: the literal, or ``...`` for anything else."""
    if field.default is PydanticUndefined:
        return "..."
    try:
        text = repr(field.default)
        if ast.literal_eval(text) == field.default and isinstance(
            field.default, (type(None), bool, int, float, str)
        ):
            return text
    except (ValueError, SyntaxError):
        pass
    return "..."


# --- writing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    name: str
    annotation: str
    default: str | None
    doc: str


def parameters(action: Action[Any, Any, Any], imports: Imports) -> tuple[list[Parameter], ...]:
    """The call's parameters (fields, then options), and ``max_items`` for ``client.iterate``."""
    model = action.request_model
    fields = action.call_fields()
    options = model.option_names()

    def parameter(name: str, field: FieldInfo) -> Parameter:
        default = None if field.is_required() else default_of(field)
        return Parameter(
            name, annotation_of(model, name, imports), default, field.description or ""
        )

    body = [parameter(name, field) for name, field in fields.items() if name not in options]
    calls = [parameter(name, field) for name, field in fields.items() if name in options]
    extra = []
    if issubclass(model, PagedRequest):
        extra = [parameter("max_items", model.model_fields["max_items"])]
    return body, extra, calls


def docstring(summary: str, params: list[Parameter], indent: str) -> list[str]:
    """A Google-style docstring (the ``Args:`` section pyright shows on hover)."""
    width = LINE_LENGTH - len(indent)
    names = [parameter.name for parameter in params]
    lines = [*wrap(unambiguous(summary, names).splitlines(), width), "", "Args:"]
    for parameter in params:
        flowing = " ".join(parameter.doc.split())  # one paragraph: the section has no blank line
        lines += textwrap.wrap(
            f"{parameter.name}: {flowing}",
            width,
            initial_indent=INDENT,
            subsequent_indent=INDENT * 2,
            break_long_words=False,
            break_on_hyphens=False,
        )
    return docstring_lines("\n".join(lines), indent, closing_line=True)


def unambiguous(text: str, names: list[str]) -> str:
    """``text`` with each parameter name followed by `` (`` or ``:`` quoted as code.

    pyright takes a parameter's documentation from the first line of the docstring that contains
    ``name:`` or ``name (`` (:func:`pyright_parameter_doc`): in "Send an event (a message, ...)"
    it would find ``event``'s. "Send an ``event`` (a message, ...)" reads the same and is not
    taken for it."""
    for name in names:
        # the whole word: pyright finds ``id (`` in ``chat_id (`` too
        text = re.sub(rf"(?<![\w`])(\w*{re.escape(name)})(?= \(|:)", r"``\1``", text)
    return text


def pyright_parameter_doc(docstring: str, name: str) -> str | None:
    """The documentation pyright 1.1.414 shows for parameter ``name`` of a function with this
    docstring (its ``extractParameterDocumentation``, followed closely): the first line holding
    ``@param name``, ``:param name:``, ``name:`` or ``name (``, with its continuation lines."""
    lines = inspect.cleandoc(docstring).splitlines()
    markers = ((f"@param {name}", 7), (f":param {name}:", 7), (f"{name}:", 0), (f"{name} (", 0))
    for index, line in enumerate(lines):
        for marker, trim in markers:
            offset = line.find(marker)
            if offset < 0:
                continue
            found = line[offset + trim :].rstrip()
            for following in lines[index + 1 :]:
                spaces = len(following) - len(following.lstrip(" "))
                if following.strip() and spaces > offset:
                    found += " " + following.strip()
                elif following.strip() or found.endswith("\n"):
                    break
                else:
                    found += "\n"
            if found:
                return found.strip()
    return None


def check_pyright_reading(action: str, docstring: str, params: list[Parameter]) -> None:
    """Refuse a docstring in which pyright would show another line for a parameter."""
    for parameter in params:
        shown = " ".join((pyright_parameter_doc(docstring, parameter.name) or "").split())
        wanted = " ".join(f"{parameter.name}: {parameter.doc}".split())
        if shown != wanted:
            raise GenerationError(
                f"{action}: pyright would document {parameter.name} as {shown!r}, not {wanted!r}"
            )


def docstring_lines(text: str, indent: str, *, closing_line: bool = False) -> list[str]:
    """``text`` as a docstring's lines at ``indent`` (a one-line text wrapped to fit)."""
    if not closing_line:
        text = "\n".join(wrap(text.splitlines(), LINE_LENGTH - len(indent) - 6))
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    body = [f"{indent}{line}" if line else "" for line in text.splitlines()]
    body[0] = f'{indent}"""{body[0].lstrip()}'
    if closing_line:
        body.append(f'{indent}"""')
    else:
        body[-1] += '"""'
    return body


def wrap(lines: list[str], width: int, indent: str = "") -> list[str]:
    """``lines``, each longer than ``width`` broken at spaces (continued with ``indent``)."""
    wrapped: list[str] = []
    for line in lines:
        if len(line) <= width:
            wrapped.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip())]
        wrapped += textwrap.wrap(
            line,
            width,
            initial_indent="",
            subsequent_indent=max(lead, indent, key=len),
            break_long_words=False,
            break_on_hyphens=False,
        )
    return wrapped


def method(
    name: str,
    params: list[Parameter],
    returns: str,
    summary: str,
    *,
    asynchronous: bool = False,
    payload: Parameter | None = None,
) -> list[str]:
    """A method ``name`` taking ``params`` keyword-only (after ``payload``, if given), with the
    docstring pyright, pyrefly and ty show: ``summary`` and an ``Args:`` section."""
    head = "async def" if asynchronous else "def"
    lines = [f"{INDENT}{head} {name}(", f"{INDENT * 2}self,"]
    if payload is not None:
        lines.append(f"{INDENT * 2}{payload.name}: {payload.annotation},")
    if params:
        lines.append(f"{INDENT * 2}*,")
    for parameter in params:
        default = "" if parameter.default is None else f" = {parameter.default}"
        lines.append(f"{INDENT * 2}{parameter.name}: {parameter.annotation}{default},")
    lines.append(f"{INDENT}) -> {returns}:")
    documented = params if payload is None else [payload, *params]
    written = docstring(summary, documented, INDENT * 2)
    text = "\n".join(written).strip()[3:-3].replace("\\\\", "\\")
    check_pyright_reading(name, text, documented)
    return lines + written


def item_type(action: PaginatedAction[Any, Any, Any, Any], imports: Imports) -> str:
    """The item type of a paginated action, from the response field its ``items`` reads."""
    code = action.items.__code__  # a ``lambda page: page.<field>``
    if len(code.co_names) != 1:
        raise GenerationError(f"{action.name}: items must read one field of the page")
    text = annotation_of(action.response_model, code.co_names[0], imports)
    tree = ast.parse(text, mode="eval").body
    if not (
        isinstance(tree, ast.Subscript)
        and isinstance(tree.value, ast.Name)
        and tree.value.id in ("list", "Sequence")
    ):
        raise GenerationError(f"{action.name}: the items field is not a list ({text})")
    return ast.unparse(tree.slice)


VARIANTS = ("raw", "with_response", "iterate", "build", "with_payload")
"""The accessors, in the order of ``livechat_typed._action.VARIANTS``."""

SUMMARIES = {
    "raw": "Send the request and return the untouched ``httpx.Response``, whatever its status.\n\n"
    "Bad input still raises ``InvalidRequestError`` before anything is sent.",
    "build": "Return the exact ``httpx.Request`` a call would send, without sending it.",
    "with_response": "Send the request and return the typed response *and* the HTTP response "
    "it came in:\n\n``.parsed``, ``.status_code``, ``.headers``, ``.request_id``, ``.elapsed``.",
    "iterate": "Iterate the items of every page, following ``next_page_id`` until the end.\n\n"
    "The filters, limit and sort order go with the first request only; ``max_items`` stops "
    "early,\n``page_id`` resumes a listing.",
    "with_payload": "Send ``payload`` as the request body, unvalidated, and return the typed "
    "response.\n\nThe body goes byte for byte as the reference SDK sends it: the escape hatch "
    "for a\nparameter the models do not know yet.",
}

PAYLOAD = Parameter(
    "payload",
    "Mapping[str, Any]",
    None,
    "The request body, sent as is (unvalidated); the per-call options are checked as usual.",
)

ACCESSOR_DOCS = {
    "raw": "untouched ``httpx.Response``",
    "with_response": "typed response and the HTTP response",
    "iterate": "items of every page (paginated actions only)",
    "build": "exact ``httpx.Request``, not sent",
    "with_payload": "payload sent as is, typed response",
}


def variant_class(kind: str, base: str, prefix: str) -> str:
    """The name of a generated class: ``EventsRaw``, ``AsyncEventsRaw``, ``EventsBuild``."""
    if kind == "build":  # building never awaits: one class for sync and async clients
        prefix = ""
    return f"{prefix}{base}{camel(kind)}"


@dataclass
class Written:
    """The methods of one category, by class (``EventsActions``, ``EventsRaw``, ...)."""

    classes: dict[str, list[str]]
    paginated: bool


def category_methods(category: Category, imports: Imports) -> Written:
    """The methods of every action of ``category``: the call and each variant, sync and async."""
    base = category.name.removesuffix("Actions")
    classes: dict[str, list[str]] = {}
    paginated = False
    for action in category.actions:
        body, extra, calls = parameters(action, imports)
        response = action.response_model.__name__
        imports.add(response, Origin(action.response_model.__module__, response))
        summary = inspect.getdoc(action.request_model) or action.summary()
        name = action.name
        for prefix in ("", "Async"):
            asynchronous = bool(prefix)
            classes.setdefault(f"{prefix}{category.name}", []).append(
                "\n".join(method(name, body + calls, response, summary, asynchronous=asynchronous))
            )
            variants = [
                ("raw", body + calls, "httpx.Response", asynchronous, None),
                ("with_response", body + calls, f"WithResponse[{response}]", asynchronous, None),
                ("build", body + calls, "httpx.Request", False, None),
                ("with_payload", calls, response, asynchronous, PAYLOAD),
            ]
            if isinstance(action, PaginatedAction):
                paginated = True
                iterator = f"{prefix}PageIterator[{item_type(action, imports)}]"
                variants.append(("iterate", body + extra + calls, iterator, False, None))
            for kind, params, returns, awaited, payload in variants:
                target = variant_class(kind, base, prefix)
                if kind == "build" and asynchronous:
                    continue  # the sync pass wrote it
                text = f"{SUMMARIES[kind]}\n\n``{name}``: {action.summary()}"
                written = method(name, params, returns, text, asynchronous=awaited, payload=payload)
                classes.setdefault(target, []).append("\n".join(written))
    return Written(classes, paginated)


@dataclass(frozen=True)
class Client:
    """A client with actions: its name and the categories it inherits."""

    name: str
    doc: str
    categories: tuple[str, ...]


def clients() -> list[Client]:
    """The clients with actions: the Web clients, the RTM clients and the Configuration API's."""
    agent = tuple(category.mixin for category in CATEGORIES)
    return [
        Client("AgentWeb", "the Agent Chat Web API's 36 actions", agent),
        Client("AgentRTM", "the RTM API's actions", (*agent, RTMOnlyActions.__name__)),
        Client("ConfigurationAPI", "the Configuration API's webhook methods", ("WebhooksActions",)),
    ]


def class_lines(name: str, bases: list[str], doc: str, members: list[str]) -> list[str]:
    head = f"class {name}({', '.join(bases)}):" if bases else f"class {name}:"
    lines = ["", "", head, *docstring_lines(doc, INDENT)]
    for member in members:
        lines += ["", member]
    return lines


HEADER = '''\
"""Every action's call signatures written out, for type checkers only: GENERATED, do not edit.

Generated by ``scripts/generate_signatures.py`` from the ``Action`` declarations; the test suite
fails while this module is stale. The clients import its ``<Client>Actions`` classes under
``TYPE_CHECKING`` only: this module is never imported at run time. Each action is a method (an
``async def`` on the async clients) with explicit keyword-only parameters (the action's fields
first, then the per-call options) with the annotations written in the request model's source and
each field's docstring in an ``Args:`` section, which editors show on hover and in signature help.
The variants are accessors of the client whose methods are written out the same way:
``client.raw.send_event(...)``, ``client.with_response``, ``client.iterate`` (paginated actions,
which alone take ``max_items``), ``client.build`` and ``client.with_payload``.
"""
# mypy: disable-error-code="empty-body"

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._action import WithResponse
from ._pagination import AsyncPageIterator, PageIterator
'''


def generate() -> str:
    imports = Imports()
    body: list[str] = []
    found = categories()
    written = {category.name: category_methods(category, imports) for category in found}
    names: list[str] = []
    for category in found:
        title = category.doc.splitlines()[0].rstrip(".")
        for target, members in written[category.name].classes.items():
            if target.endswith(category.name):
                doc = f"{title}: each action a method, for type checkers."
            else:
                kind = next(k for k in VARIANTS if target.endswith(camel(k)))
                doc = f"{title}: ``client.{kind}.<action>``, for type checkers."
            body += class_lines(target, [], doc, members)
            names.append(target)
    for client in clients():
        for prefix in ("", "Async"):
            accessors = []
            for kind in VARIANTS:
                target = variant_class(kind, client.name, prefix)
                if kind == "build" and prefix:
                    bases = None  # the sync client's class serves
                else:
                    bases = [
                        variant_class(kind, name.removesuffix("Actions"), prefix)
                        for name in client.categories
                        if kind != "iterate" or written[name].paginated
                    ]
                if bases is not None:
                    doc = f"``client.{kind}`` of {prefix}{client.name}: {ACCESSOR_DOCS[kind]}."
                    body += class_lines(target, bases, doc, [])
                    names.append(target)
                accessors.append(
                    "\n".join(
                        [
                            f"{INDENT}@property",
                            f"{INDENT}def {kind}(self) -> {target}:",
                            *docstring_lines(
                                f"Every action's {ACCESSOR_DOCS[kind]}: "
                                f"``client.{kind}.<action>(...)``.",
                                INDENT * 2,
                            ),
                        ]
                    )
                )
            target = f"{prefix}{client.name}Actions"
            bases = [f"{prefix}{name}" for name in client.categories]
            doc = f"The actions of {prefix}{client.name}, for type checkers: {client.doc}."
            body += class_lines(target, bases, doc, accessors)
            names.append(target)
    reserved = {"Any", "Mapping", "httpx"}
    for name in sorted(reserved & set(imports.origins)):
        if imports.origins[name] not in (
            Origin("typing", name),
            Origin("collections.abc", name),
            Origin(name, ""),
        ):
            raise GenerationError(f"{name!r} in an annotation is not the usual one")
        del imports.origins[name]
    all_line = "__all__ = [" + ", ".join(f'"{n}"' for n in sorted(names)) + "]"
    head = [HEADER.rstrip("\n"), *imports.lines(), "", all_line]
    text = "\n".join([*head, *body])
    return format_source(text + "\n")


def format_source(text: str) -> str:
    """``text`` as ``ruff check --fix`` (import order) and ``ruff format`` leave it."""
    return ruff_format(ruff(text, OUTPUT, "check", "--fix-only", "--select", "I"), OUTPUT)


def main() -> int:
    try:
        text = generate()
    except (GenerationError, RuffError) as exc:
        print(f"generate_signatures.py: {exc}", file=sys.stderr)
        return 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
