"""Building a request model yourself fails as a call does: an ``InvalidRequestError`` (a
``ValueError``, never pydantic's ``ValidationError``) that names the model, each field path, each
rule, and suggests the field an unknown keyword was meant to be, nested dicts included.

* every ``RequestObject`` subclass of the package (found by walking ``livechat_typed.models``,
  ``livechat_typed.actions`` and ``livechat_typed.configuration``, so a new model is covered the
  day it is added): a misspelled field gets its ``did you mean``; a value of the wrong type names
  the field and the rule; whatever keywords and values, only ``InvalidRequestError`` comes out;
* a call keeps its own messages (named after the action), and its problems are the ones the
  request model reports when built directly;
* the error pickles, request models still pickle, ``model_validate`` and response models keep
  pydantic's behaviour.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import pickle
import pkgutil
from collections.abc import Iterator
from typing import Any

import httpx
import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

import livechat_typed.actions
import livechat_typed.configuration
import livechat_typed.models
from livechat_typed import Action, AgentWeb
from livechat_typed.actions import CATEGORY_MODULES
from livechat_typed.actions.events import SendEventRequest
from livechat_typed.errors import FileTooLargeError, InvalidRequestError
from livechat_typed.models import (
    ChatSummary,
    ListChatsFilters,
    MessageEvent,
    PagedRequest,
    Request,
    RequestObject,
)


def _request_models() -> list[type[RequestObject]]:
    found: set[type[RequestObject]] = set()
    for package in (livechat_typed.models, livechat_typed.actions, livechat_typed.configuration):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if inspect.isclass(value) and issubclass(value, RequestObject):
                    found.add(value)
    return sorted(found, key=lambda cls: (cls.__module__, cls.__qualname__))


MODELS = _request_models()


def _names(model: type[pydantic.BaseModel], *, excluded: bool) -> set[str]:
    """The keywords ``model`` accepts (``excluded``: also the per-call options)."""
    names: set[str] = set()
    for name, field in model.model_fields.items():
        if field.exclude and not excluded:
            continue
        names.add(name)
        names.update(alias for alias in (field.alias, field.validation_alias) if alias)
    return {name for name in names if isinstance(name, str)}


SPELLED = [model for model in MODELS if _names(model, excluded=False)]
FIELDS = [(model, name) for model in MODELS for name in model.model_fields]


def test_the_walk_finds_the_request_models() -> None:
    assert {MessageEvent, SendEventRequest, ListChatsFilters, Request, PagedRequest} <= set(MODELS)
    assert len(SPELLED) > 60


@st.composite
def misspellings(draw: st.DrawFn, name: str) -> str:
    """``name`` with one letter doubled, dropped or replaced: close enough for a suggestion."""
    index = draw(st.integers(0, len(name) - 1))
    kinds = ["double"] + (["drop"] if len(name) >= 4 else []) + (["swap"] if len(name) >= 5 else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "double":
        return name[: index + 1] + name[index:]
    if kind == "drop":
        return name[:index] + name[index + 1 :]
    letter = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz_").filter(lambda c: c != name[index]))
    return name[:index] + letter + name[index + 1 :]


@st.composite
def misspelled_fields(draw: st.DrawFn) -> tuple[type[RequestObject], str, str]:
    model = draw(st.sampled_from(SPELLED), label="model")
    name = draw(st.sampled_from(sorted(_names(model, excluded=False))), label="field")
    typo = draw(misspellings(name).filter(lambda t: t not in _names(model, excluded=True)))
    return model, name, typo


@given(misspelled_fields())
def test_a_misspelled_field_is_refused_with_a_suggestion(
    case: tuple[type[RequestObject], str, str],
) -> None:
    model, name, typo = case
    with pytest.raises(InvalidRequestError) as caught:
        model(**{typo: None})
    exc = caught.value
    assert not isinstance(exc, pydantic.ValidationError)
    assert isinstance(exc, ValueError)
    assert exc.action == model.__name__
    assert str(exc).startswith(f"{model.__name__}: ")
    (error,) = [error for error in exc.errors if error["loc"] == (typo,)]
    assert error["type"] == "extra_forbidden"
    prefix = "unexpected keyword argument (the model does not define it); did you mean `"
    assert error["msg"].startswith(prefix)
    hint = error["msg"][len(prefix) : -len("`?")]
    candidates = _names(model, excluded=False)
    assert hint in candidates
    ratios = {other: difflib.SequenceMatcher(None, typo, other).ratio() for other in candidates}
    best = max(ratios.values())
    assert ratios[hint] == best  # the closest known field ...
    if [other for other, ratio in ratios.items() if ratio == best] == [name]:
        assert hint == name  # ... which is the meant one, unless another is as close
    assert f"\n  {typo}: {error['msg']}" in str(exc)
    assert exc.__cause__ is None


def test_the_example_of_the_issue() -> None:
    with pytest.raises(InvalidRequestError) as caught:
        MessageEvent(text="x", visiblity="all")  # type: ignore[call-arg]
    assert str(caught.value) == (
        "MessageEvent: 1 invalid argument\n"
        "  visiblity: unexpected keyword argument (the model does not define it); "
        "did you mean `visibility`?"
    )


def test_nested_dicts_are_checked_with_their_paths_and_suggestions() -> None:
    event = {"type": "message", "text": "x", "visiblity": "all"}
    with pytest.raises(InvalidRequestError) as caught:
        SendEventRequest(chat_id="C", event=event)
    assert str(caught.value) == (
        "SendEventRequest: 1 invalid argument\n"
        "  event.message.visiblity: unexpected key (the model does not define it); "
        "did you mean `visibility`?"
    )
    with pytest.raises(InvalidRequestError) as caught:
        SendEventRequest(chat_id="C", event={"type": "message", "text": 5})
    assert caught.value.errors == [
        {
            "type": "string_type",
            "loc": ("event", "message", "text"),
            "msg": "Input should be a valid string [rule: string_type]",
        }
    ]


def test_missing_fields_and_model_rules_read_as_in_a_call() -> None:
    with pytest.raises(InvalidRequestError) as caught:
        SendEventRequest()  # type: ignore[call-arg]
    assert str(caught.value) == (
        "SendEventRequest: 2 invalid arguments\n"
        "  chat_id: required, but not given\n"
        "  event: required, but not given"
    )
    with pytest.raises(InvalidRequestError, match=r"\[rule: page_id_exclusive\]"):
        livechat_typed.actions.chats.ListChatsRequest(page_id="P", limit=5)


_NOT_A_VALUE = object()


@pytest.mark.parametrize(
    ("model", "name"), FIELDS, ids=[f"{model.__name__}.{name}" for model, name in FIELDS]
)
def test_a_wrong_type_names_the_field_and_the_rule(model: type[RequestObject], name: str) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        model(**{name: _NOT_A_VALUE})
    field = model.model_fields[name]
    places = {name, field.alias, field.validation_alias} - {None}
    errors = [error for error in caught.value.errors if error["loc"][0] in places]
    assert errors  # one problem, or one per arm of a union
    for error in errors:
        assert error["type"] not in ("missing", "extra_forbidden")
        assert error["msg"].endswith(f" [rule: {error['type']}]")
        assert f"\n  {'.'.join(map(str, error['loc']))}: {error['msg']}" in str(caught.value)


class Boom(Exception):
    pass


class _Probe(RequestObject):
    """A model whose validator reads its input, as pydantic does with a hostile value."""

    items: list[int]

    @pydantic.field_validator("items", mode="before")
    @classmethod
    def _read(cls, value: Any) -> Any:
        len(value)
        return value


class _Unreadable(list[int]):
    def __len__(self) -> int:
        raise Boom


def test_an_input_that_raises_when_read_is_named_like_any_bad_input() -> None:
    with pytest.raises(InvalidRequestError) as caught:
        _Probe(items=_Unreadable())
    assert str(caught.value) == (
        "_Probe: 1 invalid argument\n"
        "  items: could not be read: reading it raised Boom [rule: value_unreadable]"
    )
    assert caught.value.__cause__ is None


def test_a_file_over_the_limit_is_still_a_file_too_large_error() -> None:
    upload = livechat_typed.actions.events.UploadFileRequest
    with pytest.raises(FileTooLargeError, match=r"^UploadFileRequest: 1 invalid argument"):
        upload(file=b"x" * (10 * 1024 * 1024 + 1))


_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(["message", "all", "agents", "2024-07-15T09:04:57Z", "group", "asc"])
)
_VALUES = st.recursive(
    _LEAVES,
    lambda kids: (
        st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def any_kwargs(draw: st.DrawFn) -> tuple[type[RequestObject], dict[str, Any]]:
    model = draw(st.sampled_from(MODELS), label="model")
    known = sorted(_names(model, excluded=True)) or ["x"]
    keys = st.sampled_from(known) | st.text(max_size=12)
    return model, draw(st.dictionaries(keys, _VALUES, max_size=4), label="kwargs")


@given(any_kwargs())
def test_whatever_the_input_only_an_invalid_request_error_comes_out(
    case: tuple[type[RequestObject], dict[str, Any]],
) -> None:
    model, kwargs = case
    try:
        model(**kwargs)
    except InvalidRequestError as exc:
        assert str(exc).startswith(f"{model.__name__}: ")
        assert all(error["msg"] for error in exc.errors)
        assert pickle.loads(pickle.dumps(exc)).errors == exc.errors


# --- a call keeps its own messages ------------------------------------------------------------


def _actions() -> Iterator[Action[Any, Any, Any]]:
    for module in CATEGORY_MODULES:
        for category in vars(module).values():
            if isinstance(category, type) and not issubclass(category, pydantic.BaseModel):
                for value in vars(category).values():
                    if isinstance(value, Action):
                        yield value


ACTIONS = sorted(_actions(), key=lambda action: action.name)


def _refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError("a refused call sent a request")


@pytest.fixture(scope="module")
def web() -> Iterator[AgentWeb]:
    with AgentWeb("Bearer dal:model-errors", transport=httpx.MockTransport(_refuse)) as client:
        yield client


def test_every_action_is_found() -> None:
    assert len(ACTIONS) >= 36


@pytest.mark.parametrize("action", ACTIONS, ids=lambda action: action.name)
def test_a_call_names_the_action_and_reports_what_the_model_reports(
    web: AgentWeb, action: Action[Any, Any, Any]
) -> None:
    kwargs: dict[str, Any] = {"zz_unknown_zz": 1}
    names = sorted(_names(action.request_model, excluded=False))
    if names:
        kwargs[names[0] + names[0][-1]] = 1  # a misspelling, with its suggestion
    with pytest.raises(InvalidRequestError) as called:
        getattr(web, action.name)(**kwargs)
    with pytest.raises(InvalidRequestError) as built:
        action.request_model(**kwargs)
    call, model = called.value, built.value
    assert call.action == action.name
    assert model.action == action.request_model.__name__
    assert str(call).startswith(f"{action.name}: ")
    assert "(the action does not define it)" in str(call)
    assert "(the model does not define it)" not in str(call)
    as_called = [
        {**error, "msg": error["msg"].replace("the model does not", "the action does not")}
        for error in model.errors
    ]
    assert call.errors == as_called
    assert str(call).split("\n", 1)[1] == str(model).split("\n", 1)[1].replace(
        "the model does not", "the action does not"
    )


def test_a_nested_problem_in_a_call_still_names_the_action(web: AgentWeb) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        web.send_event(chat_id="C", event={"type": "message", "text": "x", "visiblity": "all"})
    assert str(caught.value) == (
        "send_event: 1 invalid argument\n"
        "  event.message.visiblity: unexpected key (the action does not define it); "
        "did you mean `visibility`?"
    )


# --- pickling, pydantic's own entry points, response models ---------------------------------------


def test_the_error_of_a_model_pickles() -> None:
    with pytest.raises(InvalidRequestError) as caught:
        SendEventRequest(chat_id=5, event={"type": "message", "txt": "x"})  # type: ignore[arg-type]
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(caught.value, protocol=protocol))
        assert type(copy) is InvalidRequestError
        assert str(copy) == str(caught.value)
        assert copy.errors == caught.value.errors
        assert copy.action == "SendEventRequest"


def test_request_models_still_pickle() -> None:
    request = SendEventRequest(chat_id="C", event={"type": "message", "text": "x"})
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(request, protocol=protocol))
        assert copy == request
        assert copy.encode() == request.encode()


def test_model_validate_keeps_pydantic_behaviour() -> None:
    with pytest.raises(pydantic.ValidationError):
        MessageEvent.model_validate({"text": "x", "visiblity": "all"})
    with pytest.raises(pydantic.ValidationError):
        MessageEvent.model_validate_json(b'{"text": 5}')


def test_response_models_keep_pydantic_behaviour() -> None:
    with pytest.raises(pydantic.ValidationError):
        ChatSummary(id=5)
    with pytest.raises(pydantic.ValidationError):
        ChatSummary.model_validate({"id": 5})


def test_valid_models_are_unchanged() -> None:
    event = MessageEvent(text="Hi", visibility="agents")
    assert event.model_dump(exclude_unset=True) == {
        "type": "message",
        "text": "Hi",
        "visibility": "agents",
    }
    assert ListChatsFilters(group_ids=[1, 2]).group_ids == [1, 2]
    assert PagedRequest(page_id="P").page_id == "P"  # the base alone (no filters field) too
