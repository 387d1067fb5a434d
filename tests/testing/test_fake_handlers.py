"""The fake's handlers: one per declared action, in the module of its category, typed with the
action's request model (``livechat_typed/testing/handlers/<category>.py``)."""

from __future__ import annotations

import dataclasses
import inspect
from types import ModuleType

import pytest

from livechat_typed import AgentWeb, AsyncAgentWeb
from livechat_typed.actions import CATEGORY_MODULES
from livechat_typed.testing import handlers
from livechat_typed.testing.handlers import HANDLERS, build_routes, declared_actions

DECLARED = {
    name: (module, action)
    for module in CATEGORY_MODULES
    for name, action in declared_actions(module).items()
}
CLIENT_ACTIONS = sorted(
    name for name in dir(AgentWeb) if hasattr(getattr(AgentWeb, name), "request_model")
)


def category(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[-1]


def test_the_declarations_are_the_clients_36_actions() -> None:
    assert len(DECLARED) == sum(len(declared_actions(m)) for m in CATEGORY_MODULES) == 36
    assert sorted(DECLARED) == CLIENT_ACTIONS
    assert CLIENT_ACTIONS == sorted(
        name
        for name in dir(AsyncAgentWeb)
        if hasattr(getattr(AsyncAgentWeb, name), "request_model")
    )


def test_every_declared_action_has_exactly_one_handler() -> None:
    assert sorted(HANDLERS) == sorted(DECLARED)
    exported = [
        (category(module), name)
        for module in CATEGORY_MODULES
        for name in getattr(handlers, category(module)).__all__
    ]
    names = [name for _, name in exported]
    assert sorted(names) == sorted(DECLARED)  # no action handled twice, none left out


@pytest.mark.parametrize("name", sorted(DECLARED))
def test_each_handler_lives_in_its_category_and_takes_its_request_model(name: str) -> None:
    module, action = DECLARED[name]
    route = HANDLERS[name]
    assert route.category == category(module)
    assert route.request_model is action.request_model is getattr(AgentWeb, name).request_model
    handler_module = getattr(handlers, category(module))
    assert route.handler is getattr(handler_module, name)
    assert route.handler.__module__ == handler_module.__name__
    parameters = list(inspect.signature(route.handler).parameters.values())
    assert [p.name for p in parameters] == ["fake", "requester", "request"]
    assert parameters[0].annotation == "FakeContext"
    assert parameters[2].annotation == action.request_model.__name__


def test_a_handler_module_that_misses_an_action_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        handlers.chats, "__all__", [n for n in handlers.chats.__all__ if n != "get_chat"]
    )
    with pytest.raises(RuntimeError, match=r"missing \['get_chat'\]"):
        build_routes()


def test_a_handler_module_that_handles_an_undeclared_action_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(handlers.status, "__all__", [*handlers.status.__all__, "get_chat"])
    with pytest.raises(RuntimeError, match=r"undeclared \['get_chat'\]"):
        build_routes()


def test_the_fake_dispatches_through_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    from livechat_typed.testing import FakeLiveChat

    seen: list[str] = []
    route = HANDLERS["follow_chat"]

    def follow(fake: FakeLiveChat, requester: str, request: object) -> None:
        seen.append(requester)

    monkeypatch.setitem(HANDLERS, "follow_chat", dataclasses.replace(route, handler=follow))
    fake = FakeLiveChat()
    with fake.client() as client:
        client.follow_chat(id="ANY")
    assert seen == ["agent@example.com"]
