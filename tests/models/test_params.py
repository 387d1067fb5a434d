"""The ``TypedDict`` s of the nested request objects (``livechat_typed.models.params``).

They are generated from the models by ``scripts/generate_params.py``: the committed module must
be what the script writes, and every ``ModelOrParam[Model, Param]`` annotation must pair a model
with its own generated ``TypedDict`` (so the dict shapes are never written twice by hand). At run
time the dict arm plays no part: a dict is validated as the model. The static side (a misspelled
key, a wrong value type, an unknown tag are errors in all four checkers) is proven by the typing
cases, ``tests/typing/cases/``.
"""

from __future__ import annotations

import importlib.util
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, get_args, get_origin

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic.fields import FieldInfo
from typing_extensions import get_type_hints, is_typeddict

import livechat_typed.models.params as params
from livechat_typed import Action, AgentWeb, InvalidRequestError
from livechat_typed.models import MessageEvent, SendEventRequest, TransferChatRequest
from livechat_typed.models._param import ValidateAsModel, model_arms

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


def annotated_pairs(tp: Any) -> Iterator[tuple[tuple[Any, ...], tuple[Any, ...]]]:
    """(model arms, TypedDict arms) of every ``ModelOrParam`` inside an annotation."""
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is typing.Annotated:
        inner, *metadata = args
        if any(isinstance(item, ValidateAsModel) for item in metadata):
            yield model_arms(inner), tuple(arm for arm in get_args(inner) if is_typeddict(arm))
            for arm in model_arms(inner):
                yield from annotated_pairs(arm)
            return
        yield from annotated_pairs(inner)
        return
    for arg in args:
        yield from annotated_pairs(arg)


def flattened_models(arms: tuple[Any, ...]) -> list[type]:
    """The models of the arms, discriminated unions opened (``EventInput`` -> its events)."""
    out: list[type] = []
    for arm in arms:
        if get_origin(arm) is typing.Annotated:
            out += list(get_args(get_args(arm)[0]))
        else:
            out.append(arm)
    return out


def all_pairs() -> list[tuple[str, tuple[Any, ...], tuple[Any, ...]]]:
    seen: set[type] = set()
    pairs: list[tuple[str, tuple[Any, ...], tuple[Any, ...]]] = []
    todo: list[type] = request_models()
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        hints = get_type_hints(model, include_extras=True)
        for name in model.model_fields:
            for models, dicts in annotated_pairs(hints[name]):
                pairs.append((f"{model.__name__}.{name}", models, dicts))
                todo += flattened_models(models)
    return pairs


def test_every_model_or_param_pairs_a_model_with_its_own_typed_dict() -> None:
    pairs = all_pairs()
    assert len(pairs) > 40
    for where, models, dicts in pairs:
        expected = [getattr(params, f"{model.__name__}Param") for model in flattened_models(models)]
        assert list(dicts) == expected, where


def test_every_typed_dict_has_the_keys_of_its_model() -> None:
    for name in params.__all__:
        typed = getattr(params, name)
        if not is_typeddict(typed):
            continue
        model = model_of(name)
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


def model_of(param_name: str) -> type[pydantic.BaseModel]:
    """The model a generated ``TypedDict`` stands for."""
    models = {arm.__name__: arm for _, arms, _ in all_pairs() for arm in flattened_models(arms)}
    return models[param_name.removesuffix("Param")]


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
