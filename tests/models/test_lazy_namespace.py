"""``livechat_typed.models`` loads each name from its home module on first access.

``_HOMES`` is the table behind that; these tests keep it equal to the modules' own ``__all__``
and check the namespace behaves like an eager one (``from ... import *``, ``dir()``, errors).
"""

from __future__ import annotations

import importlib

import pytest

import livechat_typed.models as models
from livechat_typed.actions import CATEGORIES


def _public(module_name: str) -> set[str]:
    module = importlib.import_module(module_name, "livechat_typed.models")
    return {name for name in module.__all__ if not name.endswith("Actions")}


def test_every_name_has_a_home_that_exports_it() -> None:
    assert set(models._HOMES) == set(models.__all__)
    for name, home in models._HOMES.items():
        assert name in _public(home), f"{name} is not in {home}.__all__"


def test_every_request_and_response_model_of_the_actions_is_in_the_namespace() -> None:
    for category in CATEGORIES:
        for name in _public(f"..actions.{category.module}"):
            assert models._HOMES.get(name) == f"..actions.{category.module}", name


def test_the_topic_modules_are_exported_whole() -> None:
    # the base module also holds building blocks (``Encoded``, ``UnknownVariant``) kept out
    homes = {home for home in models._HOMES.values() if not home.startswith(("..", "._"))}
    for home in homes:
        assert _public(home) <= set(models._HOMES), home


def test_names_resolve_to_the_objects_of_their_home() -> None:
    for name, home in models._HOMES.items():
        module = importlib.import_module(home, "livechat_typed.models")
        assert getattr(models, name) is getattr(module, name)


def test_star_import_and_dir_see_every_name() -> None:
    namespace: dict[str, object] = {}
    exec("from livechat_typed.models import *", namespace)
    assert set(models.__all__) <= set(namespace)
    assert set(models.__all__) <= set(dir(models))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018
