"""mkdocs hooks: the pages that list actions and models are generated from the code.

* ``actions/<category>.md``: for every action the category module declares (read from the
  ``Action`` descriptors, in declaration order), its call as a signature, each keyword parameter
  with its type, default and docstring, what it returns, its variants through the client's
  accessors (``client.raw.<action>``, ...) with what each returns, then the module's models
  rendered by mkdocstrings;
* ``models.md``: the shared models, module by module, as ``livechat_typed.models`` exports them;
* ``guides.md``: the README, whose links to files outside the docs become plain text.

Before the build, every action's request and response model, every parameter of a call, every
public model, error and testing tool must have a docstring: a missing one is a warning, which
``mkdocs build --strict`` turns into a failed build, as it does a broken cross-reference.
"""

from __future__ import annotations

import inspect
import logging
import re
from pathlib import Path
from typing import Any

import pydantic

import livechat_typed
import livechat_typed.errors
import livechat_typed.models
import livechat_typed.testing
from livechat_typed import Action, PaginatedAction
from livechat_typed._accessors import VARIANT_SUMMARIES, VARIANTS
from livechat_typed.actions import CATEGORIES, category_module

log = logging.getLogger("mkdocs.hooks.livechat_typed")
ROOT = Path(__file__).resolve().parents[1]
QUALIFIER = re.compile(r"\b(?:[a-z_]\w*\.)+(?=[A-Za-z_])")


def on_pre_build(config: Any) -> None:
    for problem in missing_docstrings():
        log.warning("missing docstring: %s", problem)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    path = page.file.src_uri
    if path.startswith("actions/"):
        return category_page(Path(path).stem)
    if path == "models.md":
        return markdown + models_page()
    if path == "guides.md":
        return guides_page()
    return markdown


# --- actions -----------------------------------------------------------------------------------


def actions_of(category: str) -> list[tuple[str, Action[Any, Any, Any]]]:
    """The actions a category module declares, in declaration order."""
    found = next(c for c in CATEGORIES if c.module == category)
    owner = getattr(category_module(found), found.mixin)
    return [(name, value) for name, value in vars(owner).items() if isinstance(value, Action)]


def type_text(annotation: Any) -> str:
    return QUALIFIER.sub("", inspect.formatannotation(annotation))


def category_page(category: str) -> str:
    module = category_module(next(c for c in CATEGORIES if c.module == category))
    title = category.replace("_", " ").capitalize()
    out = [f"# {title}", "", inspect.getdoc(module) or "", ""]
    for name, action in actions_of(category):
        out += action_section(name, action)
    members = [n for n in module.__all__ if not n.endswith("Actions")]
    out += ["## Models", "", f"::: {module.__name__}", "    options:"]
    out += ["      show_root_heading: false", "      heading_level: 3", "      members:"]
    out += [f"        - {member}" for member in members]
    return "\n".join(out) + "\n"


def action_section(name: str, action: Action[Any, Any, Any]) -> list[str]:
    request, response = action.request_model, action.response_model
    signature = action.signature()
    response_ref = f"[`{response.__name__}`][{response.__module__}.{response.__name__}]"
    request_ref = f"[`{request.__name__}`][{request.__module__}.{request.__name__}]"
    out = [f"## `{name}`", "", inspect.getdoc(request) or "", ""]
    params = ", ".join(
        f"{p.name}: {type_text(p.annotation)}"
        + ("" if p.default is inspect.Parameter.empty else f" = {p.default!r}")
        for p in signature.parameters.values()
    )
    out += ["```python", f"client.{name}(*, {params}) -> {response.__name__}", "```", ""]
    out += [f"**Parameters** (the fields of {request_ref}, then the per-call options):", ""]
    fields = request.model_fields
    for parameter in signature.parameters.values():
        field = fields[parameter.name]
        default = (
            "required"
            if parameter.default is inspect.Parameter.empty
            else f"default `{parameter.default!r}`"
        )
        description = " ".join((field.description or "").split())
        out.append(
            f"- **`{parameter.name}`**: `{type_text(parameter.annotation)}`, {default}. "
            f"{description}"
        )
    out += ["", f"**Returns** {response_ref}: {first_line(response)}", ""]
    retry = "retried on transient failures" if action.idempotent else "retried only when the "
    retry += "" if action.idempotent else "server provably did not process it"
    notes = [f"`POST .../v3.6/agent/action/{name}`; {retry}."]
    if isinstance(action, PaginatedAction):
        notes.append(
            f"Paginated: `client.iterate.{name}(...)` takes the same keywords plus `max_items` "
            "and yields the items of every page."
        )
    out += [" ".join(notes), ""]
    out += ["**Variants** (the client's accessors, the same keywords unless said):", ""]
    for kind in VARIANTS:
        if kind == "iterate" and not isinstance(action, PaginatedAction):
            continue
        variant = action.variant_signature(kind)
        returned = type_text(variant.return_annotation)
        shown = "payload, *, <per-call options>" if kind == "with_payload" else "..."
        if kind == "iterate":
            shown = "..., max_items=None"
        out.append(f"- `client.{kind}.{name}({shown})` -> `{returned}`: {VARIANT_SUMMARIES[kind]}")
    out.append("")
    return out


def first_line(obj: Any) -> str:
    return (inspect.getdoc(obj) or "").split("\n\n")[0].replace("\n", " ")


# --- models ------------------------------------------------------------------------------------


def shared_models() -> dict[str, list[str]]:
    """The models ``livechat_typed.models`` exports, by home module, for those of its own
    modules (the action modules' models are on the category pages)."""
    by_module: dict[str, list[str]] = {}
    for name in livechat_typed.models.__all__:
        value = getattr(livechat_typed.models, name)
        home = getattr(value, "__module__", "")
        if (
            isinstance(value, type)
            and issubclass(value, pydantic.BaseModel)
            and home.startswith("livechat_typed.models.")
        ):
            by_module.setdefault(home, []).append(name)
    return by_module


def models_page() -> str:
    out = []
    for module, names in sorted(shared_models().items()):
        heading = module.rsplit(".", 1)[-1].replace("_", " ").capitalize()
        out += [f"## {heading}", "", f"::: {module}", "    options:"]
        out += ["      show_root_heading: false", "      heading_level: 3", "      members:"]
        out += [f"        - {name}" for name in names]
        out.append("")
    return "\n".join(out)


# --- the guides ----------------------------------------------------------------------------------

LINK = re.compile(r"\[([^\]]+)\]\((?!https?://|#)([^)]+)\)")


def guides_page() -> str:
    """The README: its own title dropped (the page has it), links to repository files as text."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    text = LINK.sub(lambda match: f"{match[1]} (`{match[2]}` in the repository)", text)
    return "# Guides\n" + text.split("\n", 1)[1]


# --- docstrings ----------------------------------------------------------------------------------


def missing_docstrings() -> list[str]:
    problems = []
    for category in CATEGORIES:
        for name, action in actions_of(category.module):
            for model in (action.request_model, action.response_model):
                if not model.__doc__:
                    problems.append(f"{model.__name__} (action {name})")
            for parameter in action.signature().parameters:
                if not action.request_model.model_fields[parameter].description:
                    problems.append(f"{action.request_model.__name__}.{parameter} (action {name})")
    for names in shared_models().values():
        for name in names:
            if not getattr(livechat_typed.models, name).__doc__:
                problems.append(f"livechat_typed.models.{name}")
    for module in (livechat_typed.errors, livechat_typed.testing):
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and not value.__doc__:
                problems.append(f"{module.__name__}.{name}")
    return problems
