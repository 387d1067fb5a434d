"""Run-time introspection of the actions: ``inspect.signature``, ``help()``, field descriptions,
and the typed ``payload`` escape hatch ``.with_payload()``.

A bound action describes itself as the function it stands for: its keyword parameters are the
request model's fields (annotations and defaults), its return annotation the response model;
``help()`` shows the description, every parameter with its docstring and the return type;
``help(AgentWeb)`` lists every action with its one-line summary, and the five accessors. Each
accessor's action (``client.raw.send_event``) describes itself the same way, with the variant's
parameters (``max_items`` on ``client.iterate`` only) and return type.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import pydoc
import warnings
from typing import Annotated, Any, get_args, get_origin

import httpx
import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed import (
    Action,
    AgentWeb,
    AsyncAgentWeb,
    AsyncPageIterator,
    InvalidRequestError,
    PageIterator,
    PaginatedAction,
    WithResponse,
)
from livechat_typed._accessors import VARIANT_SUMMARIES

from .helpers import TOKEN, Recorder

ACTIONS: dict[str, Action[Any, Any, Any]] = {
    name: value for name in dir(AgentWeb) if isinstance(value := getattr(AgentWeb, name), Action)
}


def test_there_are_36_actions() -> None:
    assert len(ACTIONS) == 36


def has_annotated(annotation: Any) -> bool:
    return get_origin(annotation) is Annotated or any(map(has_annotated, get_args(annotation)))


@pytest.mark.parametrize("kind", [AgentWeb, AsyncAgentWeb])
@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_signature_is_the_request_models_fields(kind: type[Any], name: str) -> None:
    action = ACTIONS[name]
    client = kind(TOKEN)
    signature = inspect.signature(getattr(client, name))
    fields = action.request_model.model_fields
    assert set(signature.parameters) == set(fields) - {"max_items"}
    assert signature.return_annotation is action.response_model
    for parameter in signature.parameters.values():
        field = fields[parameter.name]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
        if field.is_required():
            assert parameter.default is inspect.Parameter.empty, parameter
        else:
            assert parameter.default == field.default, parameter
        assert not has_annotated(parameter.annotation), parameter  # no validator metadata
    # the request's own fields come first, required before optional; the options last
    names = list(signature.parameters)
    options = [n for n in names if n in action.request_model.option_names()]
    assert names[len(names) - len(options) :] == options
    required = [n for n in names if fields[n].is_required()]
    assert names[: len(required)] == required


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_help_shows_description_parameters_docs_and_return_type(name: str) -> None:
    action = ACTIONS[name]
    text = pydoc.render_doc(getattr(AgentWeb(TOKEN), name), renderer=pydoc.plaintext)
    assert f"\n{name}(*" in text or f"\n{name}()" in text  # documented as a routine with params
    doc = inspect.getdoc(action.request_model)
    assert doc is not None
    for line in doc.splitlines():
        assert line.strip() in text
    for field_name, field in action.request_model.model_fields.items():
        if field_name == "max_items":
            continue
        assert f"  {field_name}: " in text
        assert field.description, f"{action.request_model.__name__}.{field_name} has no docstring"
        for line in field.description.splitlines():
            assert line.strip() in text
    assert f"Returns:\n      {action.response_model.__name__}" in text
    assert f"-> {action.response_model.__module__}.{action.response_model.__name__}" in text


def test_help_of_the_client_lists_every_action_with_its_summary() -> None:
    text = pydoc.render_doc(AgentWeb, renderer=pydoc.plaintext)
    for name, action in ACTIONS.items():
        summary = (inspect.getdoc(action.request_model) or "").splitlines()[0]
        assert action.__doc__ == summary
        assert f"{name} = " in text and summary in text, name


VARIANT_RETURNS: dict[str, Any] = {
    "raw": httpx.Response,
    "build": httpx.Request,
    "with_payload": None,  # the response model
    "with_response": None,  # WithResponse[the response model]
    "iterate": None,  # PageIterator, AsyncPageIterator on an async client
}


@pytest.fixture(scope="module")
def clients() -> dict[type[Any], Any]:
    """One client of each kind for the module (building one builds an SSL context: ~10 ms)."""
    return {AgentWeb: AgentWeb(TOKEN), AsyncAgentWeb: AsyncAgentWeb(TOKEN)}


@pytest.mark.parametrize("kind", [AgentWeb, AsyncAgentWeb])
@pytest.mark.parametrize("variant", sorted(VARIANT_RETURNS))
@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_each_accessor_describes_its_action(
    clients: dict[type[Any], Any], kind: type[Any], variant: str, name: str
) -> None:
    """``client.<variant>.<action>`` has the call's keyword parameters (``iterate``: plus
    ``max_items`` after the fields; ``with_payload``: the payload, then the per-call options),
    the variant's return annotation, and ``help()`` shows what it does and every parameter."""
    action = ACTIONS[name]
    client = clients[kind]
    accessor = getattr(client, variant)
    if variant == "iterate" and not isinstance(action, PaginatedAction):
        assert not hasattr(accessor, name)
        with pytest.raises(AttributeError, match=f"{name} has no iterate form"):
            getattr(accessor, name)
        return
    target = getattr(accessor, name)
    assert target is getattr(accessor, name)  # made once per client and action
    signature = inspect.signature(target)
    call = list(inspect.signature(getattr(client, name)).parameters)
    options = [n for n in call if n in action.request_model.option_names()]
    names = list(signature.parameters)
    if variant == "with_payload":
        assert names == ["payload", *options]
        assert signature.return_annotation is action.response_model
    elif variant == "iterate":
        fields = [n for n in call if n not in options]
        assert names == [*fields, "max_items", *options]
        assert signature.return_annotation is (
            AsyncPageIterator if kind is AsyncAgentWeb else PageIterator
        )
    else:
        assert names == call
        returned = signature.return_annotation
        if variant == "with_response":
            assert get_origin(returned) is WithResponse
            assert get_args(returned) == (action.response_model,)
        else:
            assert returned is VARIANT_RETURNS[variant]
    if kind is AsyncAgentWeb:
        return  # the same help text: rendered once, for the sync client
    text = pydoc.render_doc(target, renderer=pydoc.plaintext)
    assert f"\n{name}(" in text
    assert VARIANT_SUMMARIES[variant] in text
    for field_name in call:
        assert f"  {field_name}: " in text


def test_help_of_the_client_lists_the_accessors() -> None:
    text = pydoc.render_doc(AgentWeb, renderer=pydoc.plaintext)
    for variant, summary in VARIANT_SUMMARIES.items():
        assert f"``client.{variant}.<action>(...)``: {summary}" in text, variant
    assert set(dir(AgentWeb(TOKEN).iterate)) == {
        name for name, action in ACTIONS.items() if isinstance(action, PaginatedAction)
    }
    assert set(dir(AgentWeb(TOKEN).raw)) == set(ACTIONS)


def test_the_classes_keep_their_own_documentation() -> None:
    from livechat_typed import BoundAction, PaginatedBoundAction

    assert BoundAction.__doc__ is not None and "bound to ``AgentWeb``" in BoundAction.__doc__
    assert PaginatedBoundAction.__doc__ is not None and "iterate" in PaginatedBoundAction.__doc__
    assert Action.__doc__ is not None and "Declares one API action" in Action.__doc__
    assert "Declares one API action" in pydoc.render_doc(Action, renderer=pydoc.plaintext)
    inspect.signature(BoundAction)  # the class itself still has its constructor's signature


def all_models() -> list[type[pydantic.BaseModel]]:
    import livechat_typed.models as models

    found = [getattr(models, name) for name in models.__all__]
    found += [a.request_model for a in ACTIONS.values()] + [
        a.response_model for a in ACTIONS.values()
    ]
    return [m for m in found if isinstance(m, type) and issubclass(m, pydantic.BaseModel)]


def source_of(cls: type) -> str:
    """The source of a class of the package ("" for pydantic's own and parametrized generics)."""
    if not cls.__module__.startswith("livechat_typed"):
        return ""
    try:
        return inspect.getsource(cls)
    except (OSError, TypeError):  # ListResponse[Chat] and the like: no class statement
        return ""


def test_field_docstrings_are_field_descriptions_in_the_json_schema() -> None:
    from livechat_typed.models import SendEventRequest

    assert SendEventRequest.model_fields["chat_id"].description == "The chat to send the event to."
    checked = 0
    for model in all_models():
        source = "".join(map(source_of, model.__mro__))
        schema = model.model_json_schema()
        for name, field in model.model_fields.items():
            if field.description is None:
                continue
            assert field.description.splitlines()[0] in source  # read from the source
            properties = schema.get("properties", {})
            if name in properties:
                assert properties[name].get("description") == field.description, (model, name)
                checked += 1
    assert checked > 100


# --- .with_payload(): the typed escape hatch ----------------------------------------------------

json_objects = st.dictionaries(
    st.text(max_size=8),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
        max_leaves=6,
    ),
    max_size=4,
)


@given(payload=json_objects)
def test_with_payload_sends_what_payload_argument_sends(payload: dict[str, Any]) -> None:
    recorder = Recorder()
    with AgentWeb(TOKEN, transport=recorder.transport) as client:
        client.with_payload.send_event(payload, headers={"X-Trace": "1"})
        typed = recorder.last
        client.send_event(payload=payload, headers={"X-Trace": "1"})  # the reference SDK's form
        untyped = recorder.last
    assert (
        typed.content
        == untyped.content
        == json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    )
    assert typed.headers["X-Trace"] == untyped.headers["X-Trace"] == "1"
    assert typed.url == untyped.url


def test_with_payload_returns_the_typed_response_sync_and_async() -> None:
    recorder = Recorder()
    with AgentWeb(TOKEN, transport=recorder.transport) as client:
        chat = client.with_payload.get_chat({"chat_id": "X", "brand_new_param": 1})
    assert type(chat) is ACTIONS["get_chat"].response_model
    assert json.loads(recorder.last.content) == {"chat_id": "X", "brand_new_param": 1}

    async def run() -> Any:
        import httpx

        async def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json={"event_id": "E1"})

        async with AsyncAgentWeb(TOKEN, transport=httpx.MockTransport(answer)) as client:
            return await client.with_payload.send_event({"chat_id": "X"})

    assert asyncio.run(run()).event_id == "E1"


def test_with_payload_refuses_bad_options_and_non_json_before_any_io() -> None:
    recorder = Recorder()
    with AgentWeb(TOKEN, transport=recorder.transport) as client:
        with pytest.raises(InvalidRequestError, match="max_retries"):
            client.with_payload.get_chat({"chat_id": "X"}, max_retries=-1)
        with pytest.raises(InvalidRequestError, match="payload"):
            client.with_payload.get_chat({"chat_id": float("nan")})
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            client.with_payload.get_chat({"chat_id": "X"})  # nothing to warn about
    assert len(recorder.requests) == 1
