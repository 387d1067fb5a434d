"""Generate ``tests/typing/cases/actions.py``: static typing checks for every action of AgentWeb.

Run ``python tests/typing/generate_cases.py`` after adding or changing an action or a model; the
test suite (``tests/typing/test_typing.py``) fails while the committed file differs from what this
script produces, and type-checks the file with mypy.

Everything is derived from the package: the ``Action`` descriptors declared on the category
classes that ``AgentWeb`` inherits, the ``model_fields`` of their request models (names,
annotations, required or not) and of their response models. For each action the generated
function holds:

* calls that must type-check, each followed by ``assert_type`` on its result: the required fields
  (nested objects as dict literals, then, for required nested objects and events, as models);
  every field; per-call ``headers``; ``client.with_payload.<action>()`` with and without
  ``headers``; the same through ``client.raw.<action>()`` (``httpx.Response``) and
  ``client.build.<action>()`` (``httpx.Request``); then the type of each attribute of the
  response model;
* code that must be rejected, each statement ending with a marker that names the culprit
  (``# error: <name>``, ``# error[keyword]: <name>`` for an unknown keyword; see
  ``tests/helpers/checkers.py``): a misspelled keyword (on the call and through ``client.raw``,
  ``client.build``, ``client.with_response`` and ``client.iterate``), a positional argument, a
  value of the wrong type for each field, the omission of each required field, nested dicts with a
  misspelled key, a value of the wrong type or an unknown ``type`` tag, an unknown response
  attribute, and for a paginated action ``max_items`` anywhere but ``client.iterate`` (the run
  time refuses it there too).

The values of the accepted calls are realistic, and checked: they are validated with the request
model at runtime before anything is written.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUTPUT = HERE / "cases" / "actions.py"

if str(ROOT) not in sys.path:  # run as a script from a checkout where the package is not installed
    sys.path.insert(0, str(ROOT))

import pydantic  # noqa: E402
from pydantic.fields import FieldInfo  # noqa: E402
from typing_extensions import is_typeddict  # noqa: E402

import livechat_typed.models  # noqa: E402
from livechat_typed import Action, PaginatedAction  # noqa: E402
from livechat_typed.actions import CATEGORIES, category_module  # noqa: E402
from livechat_typed.models import PagedRequest  # noqa: E402
from scripts._ruff import RuffError, ruff_format  # noqa: E402

LINE_LENGTH = 100
INDENT = "    "
NOT_ITERATE = ("raw", "build", "with_response")
"""The variants that take the call's keywords and no ``max_items``."""
PUBLIC_MODELS = "livechat_typed.models"


# --- realistic sample values ---------------------------------------------------------------------

CHAT_ID = "PJ0MRSHTDG"
THREAD_ID = "QBT14H4YPV"
CUSTOMER_ID = "b7eff798-f8df-4364-8059-649c35c9ed0c"
AGENT_ID = "smith@example.com"
DATE_TIME = "2024-07-15T09:04:57.881200+00:00"
FILE_BYTES = b"%PDF-1.4 example"

# Strings by field name, or by "Model.field" where the name alone is ambiguous; an ``id`` is a
# chat ID, or a customer ID in the customer actions.
STRINGS: dict[str, str] = {
    "chat_id": CHAT_ID,
    "thread_id": THREAD_ID,
    "event_id": f"{THREAD_ID}_3",
    "user_id": AGENT_ID,
    "agent_id": AGENT_ID,
    "tag": "complaint",
    "text": "hi",
    "name": "Jane Doe",
    "email": "jane@example.com",
    "avatar": "https://cdn.example.com/avatars/jane.png",
    "page_id": "MTcyMTAzNDI5NzAwMA==",
    "query": "refund",
    "pre_tag": "<em>",
    "post_tag": "</em>",
    "type": "announcement",
    "Postback.id": "action_yes",
    "routing": "pinned",  # a property name, in the "routing" namespace
}

# Whole values, by "Model.field" or field name, where the generic value would not be realistic.
VALUES: dict[str, object] = {
    "content": {"text": "The office is closed on Friday"},
    "session_fields": [{"plan": "pro"}],
    "MulticastRequest.recipients": {"agents": {"all": True}},
    "TransferChatRequest.target": {"type": "agent", "ids": [AGENT_ID]},
    "StartChatRequest.chat": {"thread": {"events": [{"type": "message", "text": "hi"}]}},
}

# Keys of free-form dicts, by the name of the field (or key) holding them: properties are
# ``{namespace: {name: value}}``.
DICT_KEYS: dict[str, str] = {"properties": "routing", "routing": "pinned"}

WRONG_FOR_STR: tuple[object, ...] = (42, FILE_BYTES, None)
WRONG_OTHERWISE: tuple[object, ...] = ("oops", 42, FILE_BYTES, None)


# --- what is generated ---------------------------------------------------------------------------


class GenerationError(Exception):
    """The package has something the generator cannot handle yet: extend the tables above."""


@dataclass(frozen=True)
class ModelCall:
    """A model built in the generated source, e.g. ``MessageEvent(text="hi")``."""

    cls: type[pydantic.BaseModel]
    kwargs: Mapping[str, object]


@dataclass(frozen=True)
class ActionCase:
    """One action: its name, the category class declaring it and its descriptor."""

    name: str
    category: str
    action: Action[Any, Any, Any]

    @property
    def request_model(self) -> type[pydantic.BaseModel]:
        return self.action.request_model

    @property
    def response_model(self) -> type[pydantic.BaseModel]:
        return self.action.response_model

    def fields(self) -> dict[str, FieldInfo]:
        """The body fields of the request (the per-call options left out)."""
        return {
            name: info
            for name, info in self.request_model.model_fields.items()
            if name not in self.request_model.option_names()
        }


@dataclass
class Imports:
    """``from module import name`` lines needed by the generated file."""

    names: dict[str, set[str]] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)

    def add(self, module: str, name: str) -> str:
        if self.owners.setdefault(name, module) != module:
            raise GenerationError(f"{name} is imported from {self.owners[name]} and {module}")
        self.names.setdefault(module, set()).add(name)
        return name

    def add_class(self, cls: type) -> str:
        """Import a class from ``livechat_typed.models`` if it is exported there, else from its
        module."""
        if getattr(livechat_typed.models, cls.__name__, None) is cls:
            return self.add(PUBLIC_MODELS, cls.__name__)
        return self.add(cls.__module__, cls.__name__)

    def render(self) -> str:
        """The import block, sorted as ruff's isort rules want it."""
        sections: list[list[str]] = [[], [], []]  # standard library, third party, this project
        for module in sorted(self.names):
            names = sorted(self.names[module], key=lambda n: (not n.isupper(), n))
            line = f"from {module} import {', '.join(names)}"
            if len(line) > LINE_LENGTH:
                line = f"from {module} import (\n" + "".join(f"{INDENT}{n},\n" for n in names) + ")"
            top = module.split(".")[0]
            index = 2 if top == "livechat_typed" else 0 if top in sys.stdlib_module_names else 1
            sections[index].append(line)
        sections[1].insert(0, "import httpx")
        return "\n\n".join("\n".join(section) for section in sections if section)


@dataclass
class Counts:
    accepted: int = 0
    rejected: int = 0


def iter_actions() -> Iterator[ActionCase]:
    """Every declared Action, category by category (API reference order), in declaration order."""
    for category in CATEGORIES:
        owner = getattr(category_module(category), category.mixin)
        for name, attribute in vars(owner).items():
            if isinstance(attribute, Action):
                yield ActionCase(name, owner.__name__, attribute)


def action_names() -> list[str]:
    return [case.name for case in iter_actions()]


# --- annotations -------------------------------------------------------------------------------

NONE_TYPE = type(None)
UNION_TYPES = (Union, UnionType)


def is_alias(tp: Any) -> bool:
    """A ``type X = ...`` alias such as pydantic's ``JsonValue``."""
    return type(tp).__name__ == "TypeAliasType"


def unwrap(tp: Any) -> Any:
    """Strip ``Annotated`` and resolve type aliases (``JsonValue``) to the type they stand for."""
    while True:
        if get_origin(tp) is typing.Annotated:
            tp = get_args(tp)[0]
        elif is_alias(tp):
            tp = tp.__value__
        else:
            return tp


def arms(tp: Any) -> list[Any]:
    """The arms of a union, nested unions flattened and ``None`` left out (or the type itself)."""
    tp = unwrap(tp)
    if get_origin(tp) not in UNION_TYPES:
        return [tp]
    return [inner for arm in get_args(tp) if arm is not NONE_TYPE for inner in arms(arm)]


def is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)


def model_arm(tp: Any) -> type[pydantic.BaseModel] | None:
    """The model a field takes (the first one of a union of models, such as an event)."""
    return next((arm for arm in arms(tp) if is_model(arm)), None)


def accepts(tp: Any, value: object) -> bool:
    """Whether a type checker accepts the literal ``value`` for ``tp`` (``True`` when unsure)."""
    tp = unwrap(tp)
    origin = get_origin(tp)
    if tp is Any or tp is object:
        return True
    if origin in UNION_TYPES:
        return any(accepts(arm, value) for arm in get_args(tp))
    if origin is Literal:
        return any(type(value) is type(choice) and value == choice for choice in get_args(tp))
    if tp is NONE_TYPE:
        return value is None
    if is_typeddict(tp):
        return isinstance(value, dict)
    if tp is float:
        return isinstance(value, (int, float))
    if isinstance(origin, type):
        return isinstance(value, origin)
    if isinstance(tp, type):
        return isinstance(value, tp)
    return True


def wrong_value(tp: Any) -> object:
    """A value of the wrong type: an int where a str is expected, a str for anything else."""
    candidates = WRONG_FOR_STR if accepts(tp, "text") else WRONG_OTHERWISE
    for candidate in candidates:
        if not accepts(tp, candidate):
            return candidate
    raise GenerationError(f"no value of a wrong type for {tp!r}: add one to WRONG_OTHERWISE")


# --- sample values -----------------------------------------------------------------------------


def lookup(table: Mapping[str, Any], owner: type | None, name: str) -> Any:
    if owner is not None and f"{owner.__name__}.{name}" in table:
        return table[f"{owner.__name__}.{name}"]
    return table.get(name)


def sample(tp: Any, name: str, owner: type | None = None) -> object:
    """A realistic value for the field ``name`` of type ``tp``; objects as dict literals."""
    hinted = lookup(VALUES, owner, name)
    if hinted is not None:
        return hinted
    if is_alias(tp) and tp.__name__ == "JsonValue":
        return True
    choices = arms(tp)
    if datetime in choices:
        return DATE_TIME
    model = model_arm(tp)
    if model is not None:
        return model_dict(model)
    tp = choices[0]
    origin = get_origin(tp)
    if tp is Any:
        return "value"
    if origin is Literal:
        return get_args(tp)[0]
    if tp is str:
        if name == "id" and owner is not None and "Customer" in owner.__name__:
            return CUSTOMER_ID
        return lookup(STRINGS, owner, name) or (CHAT_ID if name == "id" else "example")
    if tp is bool:
        return True
    if tp is int:
        return 1
    if tp is bytes:
        return FILE_BYTES
    if origin in (list, Sequence):
        return [sample(get_args(tp)[0], name)]
    if origin in (dict, Mapping):
        key = DICT_KEYS.get(name, "key")
        return {key: sample(get_args(tp)[1], key)}
    raise GenerationError(f"no sample value for {name}: {tp!r}; add one to VALUES")


def key_of(name: str, info: FieldInfo) -> str:
    """The key of a field in the dict form of its model (its alias, such as ``from``)."""
    alias = info.validation_alias if isinstance(info.validation_alias, str) else None
    return alias or info.alias or name


def is_tag(name: str, info: FieldInfo) -> bool:
    """A ``type`` discriminator with a default, like ``MessageEvent.type``."""
    return (
        name == "type"
        and get_origin(unwrap(info.annotation)) is Literal
        and (not info.is_required())
    )


def model_dict(model: type[pydantic.BaseModel]) -> dict[str, object]:
    """A nested object as a dict literal: its tag and required fields (or else its first field)."""
    fields = model.model_fields
    chosen = [name for name, info in fields.items() if info.is_required() or is_tag(name, info)]
    if not any(fields[name].is_required() for name in chosen):
        chosen.append(next(name for name in fields if name not in chosen))
    return {
        key_of(name, fields[name]): sample(fields[name].annotation, name, model) for name in chosen
    }


def as_model(tp: Any, value: object) -> ModelCall:
    """The model form of a nested object given as a dict literal (events become MessageEvent)."""
    model = model_arm(tp)
    assert model is not None and isinstance(value, dict), (tp, value)
    names = {key_of(name, info): name for name, info in model.model_fields.items()}
    kwargs = {
        names[key]: item
        for key, item in value.items()
        if not is_tag(names[key], model.model_fields[names[key]])
    }
    return ModelCall(model, kwargs)


def materialize(value: object) -> object:
    """The runtime value of a sample, model calls evaluated."""
    if isinstance(value, ModelCall):
        return value.cls(**{key: materialize(item) for key, item in value.kwargs.items()})
    if isinstance(value, dict):
        return {key: materialize(item) for key, item in value.items()}
    if isinstance(value, list):
        return [materialize(item) for item in value]
    return value


def validates(case: ActionCase, kwargs: Mapping[str, object]) -> bool:
    try:
        case.request_model(**{key: materialize(value) for key, value in kwargs.items()})
    except livechat_typed.errors.InvalidRequestError:  # a request model raises it when built
        return False
    return True


def minimal_kwargs(case: ActionCase) -> dict[str, object]:
    """The required fields, plus the fewest optional ones the request model needs to validate
    (``update_customer`` needs something to update)."""
    fields = case.fields()
    model = case.request_model
    kwargs = {
        name: sample(info.annotation, name, model)
        for name, info in fields.items()
        if info.is_required()
    }
    optional = [name for name, info in fields.items() if not info.is_required()]
    while not validates(case, kwargs):
        if not optional:
            raise GenerationError(f"{case.name}: the sample values do not validate: {kwargs}")
        name = optional.pop(0)
        kwargs[name] = sample(fields[name].annotation, name, model)
    return kwargs


def full_kwargs(case: ActionCase) -> dict[str, object]:
    """Every field of the request, with a realistic value (for a listing: its first page, since
    a ``page_id`` excludes the filters, limit and sort order)."""
    model = case.request_model
    kwargs = {name: sample(info.annotation, name, model) for name, info in case.fields().items()}
    if issubclass(model, PagedRequest):
        kwargs.pop("page_id")
        if "min_events_count" in kwargs:  # it excludes limit and filters
            kwargs.pop("min_events_count")
    if not validates(case, kwargs):
        raise GenerationError(f"{case.name}: the sample values do not validate: {kwargs}")
    return kwargs


def misspelled(name: str, taken: set[str]) -> str:
    """The name with one letter dropped (the last letter that leaves an unused name)."""
    taken = taken | {"payload", "headers", "timeout", "max_retries", "max_items"}
    for index in reversed(range(len(name))):
        candidate = name[:index] + name[index + 1 :]
        if candidate.isidentifier() and candidate not in taken and not candidate.endswith("_"):
            return candidate
    raise GenerationError(f"cannot misspell {name!r}")


# --- rendering ---------------------------------------------------------------------------------


def render(value: object, imports: Imports) -> str:
    """A value as Python source, in the formatter's style (double quotes)."""
    if isinstance(value, ModelCall):
        name = imports.add_class(value.cls)
        args = ", ".join(f"{key}={render(item, imports)}" for key, item in value.kwargs.items())
        return f"{name}({args})"
    if isinstance(value, (bool, int, float)) or value is None:
        return repr(value)
    if isinstance(value, str):
        assert '"' not in value and "\\" not in value, value
        return f'"{value}"'
    if isinstance(value, bytes):
        text = repr(value)
        assert text.startswith("b'") and '"' not in text, text
        return f'b"{text[2:-1]}"'
    if isinstance(value, dict):
        items = (f"{render(key, imports)}: {render(item, imports)}" for key, item in value.items())
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(render(item, imports) for item in value) + "]"
    raise TypeError(f"cannot render {value!r}")


def render_type(tp: Any, imports: Imports) -> str:
    """An annotation as source, for ``assert_type`` (``Annotated`` metadata left out)."""
    if tp is NONE_TYPE:
        return "None"
    if tp is Any:
        return imports.add("typing", "Any")
    if is_alias(tp):  # JsonValue
        return imports.add(tp.__module__.split(".")[0], tp.__name__)
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is typing.Annotated:
        return render_type(args[0], imports)
    if origin in UNION_TYPES:
        return " | ".join(render_type(arm, imports) for arm in args)
    if origin is Literal:
        literal = imports.add("typing", "Literal")
        return f"{literal}[{', '.join(render(arg, imports) for arg in args)}]"
    if origin in (list, dict, tuple, set):
        return f"{origin.__name__}[{', '.join(render_type(arg, imports) for arg in args)}]"
    if tp in (str, int, float, bool, bytes):
        return str(tp.__name__)
    if tp is datetime:
        return imports.add("datetime", "datetime")
    if isinstance(tp, type) and tp.__module__.startswith("livechat_typed."):
        return imports.add_class(tp)
    raise GenerationError(f"cannot render the type {tp!r}")


def statement(
    imports: Imports,
    target: str,
    kwargs: Mapping[str, object],
    *,
    assign: str = "",
    expect: str = "",
) -> str:
    """A call of ``target``: on one line if it fits, else one argument per line (the magic
    trailing comma keeps ruff from joining them), with the marker comment ``expect`` (``error:
    name``) on the first line; it covers the whole statement."""
    prefix = f"{assign} = " if assign else ""
    comment = f"  # {expect}" if expect else ""
    args = [f"{key}={render(value, imports)}" for key, value in kwargs.items()]
    line = f"{INDENT}{prefix}{target}({', '.join(args)})"
    if len(line) <= LINE_LENGTH:  # pragma comments do not count, for ruff as for the reader
        return line + comment
    lines = [f"{INDENT}{prefix}{target}({comment}", *(f"{INDENT * 2}{arg}," for arg in args)]
    return "\n".join([*lines, f"{INDENT})"])


def via(case: ActionCase, kind: str) -> str:
    """The action through one of the client's accessors: ``client.raw.<action>``."""
    return f"client.{kind}.{case.name}"


def action_function(case: ActionCase, imports: Imports, counts: Counts) -> list[str]:
    """The checks of one action, as the lines of a function ``check_<action>(client)``."""
    response = imports.add_class(case.response_model)
    request = case.request_model.__name__
    method = f"client.{case.name}"
    fields = case.fields()
    minimal = minimal_kwargs(case)
    full = full_kwargs(case)
    headers = {"X-Trace": "1"}
    payload: dict[str, object] = {"anything": 1}
    out = [
        "",
        "",
        f"def check_{case.name}(client: AgentWeb) -> None:",
        f'{INDENT}"""{case.category}: {request} -> {response}."""',
    ]

    def comment(text: str) -> None:
        out.append(f"{INDENT}# {text}")

    def accepted(target: str, kwargs: Mapping[str, object], result: str, expected: str) -> None:
        out.append(statement(imports, target, kwargs, assign=result))
        out.append(f"{INDENT}assert_type({result}, {expected})")
        counts.accepted += 1

    def rejected(target: str, kwargs: Mapping[str, object], expect: str) -> None:
        out.append(statement(imports, target, kwargs, expect=expect))
        counts.rejected += 1

    required = [name for name, info in fields.items() if info.is_required()]
    needed = " (and what validation needs)" if list(minimal) != required else ""
    comment(f"accepted: the required fields{needed}, nested objects as dicts")
    accepted(method, minimal, "result", response)
    accepted(via(case, "raw"), minimal, "raw", "httpx.Response")
    accepted(via(case, "build"), minimal, "request", "httpx.Request")
    models = {
        name: as_model(fields[name].annotation, value)
        for name, value in minimal.items()
        if model_arm(fields[name].annotation) is not None
    }
    if models:
        comment("accepted: nested objects as models")
        for name, model in models.items():
            if not validates(case, {**minimal, name: model}):
                raise GenerationError(f"{case.name}: {model} does not validate")
            accepted(method, {**minimal, name: model}, "result", response)
    if full != minimal:
        comment("accepted: every field")
        accepted(method, full, "result", response)
    comment("accepted: per-call options; client.with_payload instead of the fields")
    accepted(method, {**minimal, "headers": headers}, "result", response)
    accepted(method, {**minimal, "timeout": 2.5, "max_retries": 0}, "result", response)
    accepted(via(case, "with_payload"), {"payload": payload}, "result", response)
    accepted(
        via(case, "with_payload"), {"payload": payload, "headers": headers}, "result", response
    )
    accepted(via(case, "with_response"), minimal, "answer", f"WithResponse[{response}]")

    comment("the response")
    for name, info in case.response_model.model_fields.items():
        out.append(f"{INDENT}assert_type(result.{name}, {render_type(info.annotation, imports)})")
        counts.accepted += 1
    if issubclass(case.response_model, pydantic.RootModel):  # a top-level JSON array
        item = render_type(
            get_args(case.response_model.model_fields["root"].annotation)[0], imports
        )
        out.append(f"{INDENT}assert_type(result[0], {item})")
        out.append(f"{INDENT}assert_type(len(result), int)")
        out.append(f"{INDENT}for item in result:")
        out.append(f"{INDENT * 2}assert_type(item, {item})")
        counts.accepted += 3
    out.append(f"{INDENT}result.no_such_field  # error: no_such_field")
    counts.rejected += 1

    comment("rejected: a misspelled keyword; a positional argument")
    base = minimal or dict([next(iter(full.items()))])
    first = next(iter(base))
    typo = misspelled(first, set(fields))
    typoed = {typo if key == first else key: value for key, value in base.items()}
    for target in (method, *(via(case, kind) for kind in NOT_ITERATE)):
        rejected(target, typoed, f"error[keyword]: {typo}")
    out.append(f"{INDENT}{method}({render(base[first], imports)})  # error")
    counts.rejected += 1
    rejected(
        via(case, "with_payload"), {"payload": payload, "header": headers}, "error[keyword]: header"
    )

    comment("rejected: a value of the wrong type, field by field (and the options)")
    for name, info in case.request_model.model_fields.items():
        if name == "max_items":  # only client.iterate takes it: checked there
            continue
        rejected(method, {**minimal, name: wrong_value(info.annotation)}, f"error: {name}")

    if required:
        comment("rejected: a required field left out")
        for name in required:
            rest = {key: value for key, value in minimal.items() if key != name}
            rejected(method, rest, f"error: {name}")
    for line in nested_dict_rejections(case, minimal, imports):
        if line.startswith("#"):
            comment(line[2:])
        else:
            out.append(line)
            counts.rejected += 1
    if isinstance(case.action, PaginatedAction):
        item = render_type(_item_type(case), imports)
        iterator = imports.add("livechat_typed", "PageIterator")
        comment("pagination: client.iterate yields typed items and exposes the cursor")
        accepted(via(case, "iterate"), minimal, "pages", f"{iterator}[{item}]")
        out.append(f"{INDENT}for item in pages:")
        out.append(f"{INDENT * 2}assert_type(item, {item})")
        out.append(f"{INDENT}assert_type(pages.next_page_id, str | None)")
        counts.accepted += 2
        accepted(via(case, "iterate"), {**minimal, "max_items": 5}, "pages", f"{iterator}[{item}]")
        rejected(via(case, "iterate"), typoed, f"error[keyword]: {typo}")
        rejected(via(case, "iterate"), {**minimal, "max_items": "oops"}, "error: max_items")
        comment("rejected: max_items anywhere but client.iterate (a call fetches one page)")
        for target in (method, *(via(case, kind) for kind in NOT_ITERATE)):
            rejected(target, {**minimal, "max_items": 5}, "error[keyword]: max_items")
    return out


def nested_dict_rejections(
    case: ActionCase, minimal: Mapping[str, object], imports: Imports
) -> Iterator[str]:
    """For each nested object given as a dict in the minimal call: the dict with its first key
    misspelled, with a value of the wrong type, and (for a union) with an unknown ``type`` tag.
    Comments come as ``# ...`` lines."""
    method = f"client.{case.name}"
    fields = case.fields()
    announced = False
    for name, value in minimal.items():
        model = model_arm(fields[name].annotation)
        if model is None or not isinstance(value, dict) or not value:
            continue
        if not announced:
            yield "# rejected: nested dicts checked like their model (key, value type, tag)"
            announced = True
        keys = list(value)
        key = next((k for k in keys if k != "type"), keys[0])
        typo = misspelled(key, set(model.model_fields) | set(keys))
        broken = {typo if k == key else k: v for k, v in value.items()}
        yield statement(imports, method, {**minimal, name: broken}, expect=f"error: {name}")
        info = model.model_fields.get(key) or next(
            i for n, i in model.model_fields.items() if key_of(n, i) == key
        )
        wrong = {**value, key: wrong_value(info.annotation)}
        yield statement(imports, method, {**minimal, name: wrong}, expect=f"error: {name}")
        if "type" in value and len(arms(fields[name].annotation)) > 1:
            tagged = {**value, "type": f"{value['type']}x"}
            yield statement(imports, method, {**minimal, name: tagged}, expect=f"error: {name}")


def _item_type(case: ActionCase) -> Any:
    """The item type of a paginated action: the element type of its page's item list."""
    for info in case.response_model.model_fields.values():
        if get_origin(info.annotation) is list:
            return get_args(info.annotation)[0]
    raise GenerationError(f"{case.name}: no list of items in {case.response_model.__name__}")


def async_action_function(case: ActionCase, imports: Imports, counts: Counts) -> list[str]:
    """The same action on ``AsyncAgentWeb``: calls are awaited and give the same types."""
    response = imports.add_class(case.response_model)
    method = f"client.{case.name}"
    fields = case.fields()
    minimal = minimal_kwargs(case)
    out = [
        "",
        "",
        f"async def check_{case.name}_async(client: AsyncAgentWeb) -> None:",
        f'{INDENT}"""{case.category}, awaited: -> {response}."""',
    ]

    def accepted(target: str, kwargs: Mapping[str, object], result: str, expected: str) -> None:
        out.append(statement(imports, f"await {target}", kwargs, assign=result))
        out.append(f"{INDENT}assert_type({result}, {expected})")
        counts.accepted += 1

    accepted(method, minimal, "result", response)
    accepted(via(case, "raw"), minimal, "raw", "httpx.Response")
    accepted(
        via(case, "with_payload"),
        {"payload": {"anything": 1}, "headers": {"X-Trace": "1"}},
        "result",
        response,
    )
    out.append(statement(imports, via(case, "build"), minimal, assign="request"))
    out.append(f"{INDENT}assert_type(request, httpx.Request)")
    counts.accepted += 1
    base = minimal or {next(iter(fields)): sample(next(iter(fields.values())).annotation, "x")}
    first = next(iter(base))
    typo = misspelled(first, set(fields))
    typoed = {typo if key == first else key: value for key, value in base.items()}
    out.append(statement(imports, f"await {method}", typoed, expect=f"error[keyword]: {typo}"))
    counts.rejected += 1
    if isinstance(case.action, PaginatedAction):
        item = render_type(_item_type(case), imports)
        iterator = imports.add("livechat_typed", "AsyncPageIterator")
        out.append(statement(imports, via(case, "iterate"), minimal, assign="pages"))
        out.append(f"{INDENT}assert_type(pages, {iterator}[{item}])")
        out.append(f"{INDENT}async for item in pages:")
        out.append(f"{INDENT * 2}assert_type(item, {item})")
        counts.accepted += 2
    return out


HEADER = '''\
"""Static typing checks for every action of ``AgentWeb``. GENERATED: do not edit.

Regenerate with ``python tests/typing/generate_cases.py``. ``tests/typing/test_typing.py`` checks
that this file is up to date and runs mypy, pyright, pyrefly and ty over it: every ``assert_type``
holds and every statement marked ``# error: <name>`` is an error naming ``<name>``.

{summary}
"""

{imports}

ACTIONS = (
{actions}
)
"""The actions checked below, one ``check_<action>`` function each."""
'''


def generate() -> str:
    """The content of ``cases/actions.py``."""
    cases = list(iter_actions())
    imports = Imports()
    imports.add("typing_extensions", "assert_type")  # typing.assert_type is Python 3.11+
    imports.add("livechat_typed", "AgentWeb")
    imports.add("livechat_typed", "AsyncAgentWeb")
    imports.add("livechat_typed", "WithResponse")
    counts = Counts()
    body: list[str] = []
    for case in cases:
        body += action_function(case, imports, counts)
    for case in cases:
        body += async_action_function(case, imports, counts)
    summary = (
        f"{len(cases)} actions: {counts.accepted} type assertions on accepted code, "
        f"{counts.rejected} rejected lines."
    )
    header = HEADER.format(
        summary=summary,
        imports=imports.render(),
        actions="\n".join(f'{INDENT}"{case.name}",' for case in cases),
    )
    # ruff format: a marker comment then follows the statement's last line; it still covers
    # the whole statement
    text = ruff_format(header + "\n".join(body) + "\n", OUTPUT)
    for line in text.splitlines():
        if len(line.split("  # error")[0]) > LINE_LENGTH:
            raise GenerationError(f"line too long, shorten the sample values or names: {line}")
    return text


def main() -> int:
    try:
        text = generate()
    except (GenerationError, RuffError) as exc:
        print(f"generate_cases.py: {exc}", file=sys.stderr)
        return 1
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(action_names())} actions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
