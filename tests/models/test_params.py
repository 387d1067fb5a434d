"""The ``TypedDict`` s of the nested request objects (``livechat_typed.models.params``).

They are generated from the models by ``scripts/generate_params.py``: the committed module must
be what the script writes, and every ``ModelOrParam[Model, Param]`` annotation must pair a model
with its own generated ``TypedDict`` (so the dict shapes are never written twice by hand). At run
time the dict arm plays no part: a dict is validated as the model. The static side (a misspelled
key, a wrong value type, an unknown tag are errors in all four checkers) is proven by the typing
cases, ``tests/typing/cases/``.
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import typing
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, get_args, get_origin

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic.fields import FieldInfo
from typing_extensions import is_typeddict

import livechat_typed.models.params as params
from livechat_typed import Action, AgentWeb, InvalidRequestError
from livechat_typed.models import MessageEvent, SendEventRequest, TransferChatRequest
from livechat_typed.models._param import ValidateAsModel

ROOT = Path(__file__).resolve().parents[2]


def load_generator() -> ModuleType:
    name = "livechat_typed_generate_params"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "generate_params.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_the_generated_module_is_up_to_date() -> None:
    generator = load_generator()
    committed = (ROOT / "livechat_typed" / "models" / "params.py").read_text(encoding="utf-8")
    assert committed == generator.generate(), (
        "livechat_typed/models/params.py is stale: run .venv/bin/python scripts/generate_params.py"
    )


def request_models() -> list[type[pydantic.BaseModel]]:
    found = [getattr(AgentWeb, name) for name in dir(AgentWeb)]
    return [action.request_model for action in found if isinstance(action, Action)]


def marked_models(tp: Any, metadata: Sequence[Any] = ()) -> Iterator[Any]:
    """The model arm of every ``ModelOrParam`` inside a field's run-time annotation."""
    if any(isinstance(item, ValidateAsModel) for item in metadata):
        yield tp
        return
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is typing.Annotated:
        yield from marked_models(args[0], args[1:])
    elif origin is not typing.Literal:
        for arg in args:
            yield from marked_models(arg)


def flattened_models(arm: Any) -> list[type]:
    """The models of an arm, discriminated unions opened (``EventInput`` -> its events)."""
    if get_origin(arm) is typing.Annotated:
        arm = get_args(arm)[0]
    return list(get_args(arm)) or [arm]


def reachable_models() -> list[type[pydantic.BaseModel]]:
    """The request models and every nested model their ``ModelOrParam`` fields reach."""
    seen: dict[type[pydantic.BaseModel], None] = {}
    todo: list[type] = request_models()
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen[model] = None
        for info in model.model_fields.values():
            for arm in marked_models(info.annotation, info.metadata):
                todo += flattened_models(arm)
    return list(seen)


def source_pairs(model: type) -> Iterator[tuple[str, str, str]]:
    """(field, model text, TypedDict name) of each ``ModelOrParam[...]`` the class declares,
    read from its annotations as written (the modules use ``from __future__ import
    annotations``)."""
    for field, text in vars(model).get("__annotations__", {}).items():
        assert isinstance(text, str), (model, field)
        for model_text, param in model_or_params(ast.parse(text, mode="eval")):
            yield field, model_text, param


def model_or_params(tree: ast.AST) -> Iterator[tuple[str, str]]:
    """(model text, TypedDict name) of each ``ModelOrParam[...]`` subscript in ``tree``."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id == "ModelOrParam"
        ):
            assert isinstance(node.slice, ast.Tuple), ast.unparse(node)
            model_text, param = node.slice.elts
            # a string where the annotation is evaluated at run time; a name in code read only
            # by type checkers (the generated signatures)
            name = param.value if isinstance(param, ast.Constant) else ast.unparse(param)
            yield ast.unparse(model_text), name


def test_every_model_or_param_pairs_a_model_with_its_own_typed_dict() -> None:
    pairs = [
        (path.name, *pair)
        for path in sorted((ROOT / "livechat_typed").rglob("*.py"))
        if path.name != "_param.py"
        for pair in model_or_params(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert len(pairs) > 40
    for where, model_text, param in pairs:
        assert param == f"{model_text}Param", where
        assert param in params.__all__, where


def test_every_model_or_param_is_validated_as_its_model_alone() -> None:
    for model in reachable_models():
        declared = Counter(field for field, _, _ in source_pairs(model))
        marked = Counter(
            field
            for field, info in model.model_fields.items()
            for _ in marked_models(info.annotation, info.metadata)
        )
        assert declared <= marked, model.__name__  # aliases (PropertiesFilter) add more
        for info in model.model_fields.values():
            for arm in marked_models(info.annotation, info.metadata):
                assert not is_typeddict(arm) and arm is not Any


def test_validating_never_imports_the_typed_dicts() -> None:
    code = (
        "import sys\n"
        "from livechat_typed.models import SendEventRequest, ListArchivesRequest\n"
        "SendEventRequest(chat_id='X', event={'type': 'message', 'text': 'hi'})\n"
        "ListArchivesRequest(filters={'agents': {'values': ['a']}})\n"
        "print('livechat_typed.models.params' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    assert result.stdout.strip() == "False"


def test_every_typed_dict_has_the_keys_of_its_model() -> None:
    models = {model.__name__: model for model in reachable_models()}
    for name in params.__all__:
        typed = getattr(params, name)
        if not is_typeddict(typed):
            continue
        model = models[name.removesuffix("Param")]
        keys = {key_of(field, info) for field, info in model.model_fields.items()}
        assert set(typed.__annotations__) == keys, name
        fields = model.model_fields.items()
        required = {key_of(field, info) for field, info in fields if info.is_required()}
        assert required <= typed.__required_keys__, name
        assert typed.__required_keys__ - required <= {"type"}, name  # a union's tag is required


def key_of(name: str, info: FieldInfo) -> str:
    """The key of a field in a dict: its validation alias (``from``), alias or name."""
    alias = info.validation_alias if isinstance(info.validation_alias, str) else None
    return alias or info.alias or name


def test_the_dict_arm_plays_no_part_at_run_time() -> None:
    """A dict is validated as the model: same object, same errors, same schema."""
    as_dict = SendEventRequest(chat_id="X", event={"type": "message", "text": "hi"})
    as_model = SendEventRequest(chat_id="X", event=MessageEvent(text="hi"))
    assert as_dict == as_model and type(as_dict.event) is MessageEvent
    schema = str(SendEventRequest.model_json_schema())
    assert "Param" not in schema
    with pytest.raises(InvalidRequestError, match=r"target\.type"):
        TransferChatRequest(id="X", target={"type": "agnet", "ids": ["a"]})


@given(text=st.text(max_size=20), tag=st.sampled_from(["message", "mesage", "file", "custom"]))
def test_dict_and_model_forms_validate_alike(text: str, tag: str) -> None:
    def outcome(event: Any) -> Any:
        try:
            return SendEventRequest(chat_id="X", event=event).event
        except InvalidRequestError as exc:
            return str(exc)

    from_dict = outcome({"type": tag, "text": text})
    if tag == "message":
        assert from_dict == MessageEvent(text=text)
    else:
        assert isinstance(from_dict, str) and "event" in from_dict
