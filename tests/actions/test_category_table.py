"""The category table of :mod:`livechat_typed.actions` against the declarations.

The clients offer every action before its category is imported, from ``CATEGORIES``; these tests
keep that table equal to the ``Action`` declarations (the source of truth). What a program loads
is tested in ``tests/test_lazy_loading.py``.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from livechat_typed import Action, AgentWeb, AsyncAgentWeb
from livechat_typed.actions import ACTION_CATEGORY, CATEGORIES, category_module

from ..helpers import load_spec


def _declared(module: ModuleType) -> dict[str, list[str]]:
    """Category class name -> its declared actions, in declaration order, as the module says."""
    return {
        name: [key for key, value in vars(cls).items() if isinstance(value, Action)]
        for name, cls in vars(module).items()
        if isinstance(cls, type) and cls.__module__ == module.__name__ and name.endswith("Actions")
    }


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda category: category.module)
def test_the_table_lists_each_category_as_declared(category: object) -> None:
    assert isinstance(category, type(CATEGORIES[0]))
    declared = _declared(category_module(category))
    assert declared == {category.mixin: list(category.actions)}


def test_the_table_covers_the_36_actions_of_the_spec_once_each() -> None:
    names = [name for category in CATEGORIES for name in category.actions]
    assert len(names) == len(set(names)) == 36
    assert set(names) == set(load_spec()["actions"])
    assert set(ACTION_CATEGORY) == set(names)


def test_every_action_is_visible_on_the_clients_and_reads_as_its_declaration() -> None:
    for category in CATEGORIES:
        mixin = getattr(category_module(category), category.mixin)
        for name in category.actions:
            assert name in dir(AgentWeb) and name in dir(AsyncAgentWeb)
            assert getattr(AgentWeb, name) is vars(mixin)[name]
            assert getattr(AsyncAgentWeb, name) is vars(mixin)[name]
