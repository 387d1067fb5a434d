"""The agent actions as the clients hold them at run time: all present, each category loaded on use.

Type checkers see the clients inherit generated classes whose actions are methods with their call
signatures written out, and whose variants are accessors (:mod:`livechat_typed._signatures`,
generated from the declarations of :mod:`livechat_typed.actions`). At run time the clients inherit
:func:`agent_actions` instead: a class with one :class:`LazyAction` per action, named after
:data:`livechat_typed.actions.CATEGORIES`. The first access to any action imports its category's
module (its request and response models) and puts the real ``Action`` in the lazy one's place,
so every later access costs what it cost before. ``dir()``, ``help()`` and ``inspect`` see all
36 actions, and reading an action off the class (as ``help`` does) loads it.
"""

from __future__ import annotations

import threading
from typing import Any

from ._accessors import ActionVariants
from .actions import CATEGORIES, Category, category_module

__all__ = ["LazyAction", "agent_actions"]

_lock = threading.Lock()


class LazyAction:
    """Stands for one declared action until its category is loaded."""

    __slots__ = ("category", "holder", "name")

    def __init__(self, category: Category, name: str) -> None:
        self.category = category
        self.name = name
        self.holder: type | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.holder = owner

    def resolve(self) -> Any:
        """The real ``Action`` (importing its category), from now on held by the class."""
        module = category_module(self.category)
        action = vars(getattr(module, self.category.mixin))[self.name]
        with _lock:
            if self.holder is not None and vars(self.holder).get(self.name) is self:
                setattr(self.holder, self.name, action)
        return action

    def __get__(self, instance: object, owner: type) -> Any:
        return self.resolve().__get__(instance, owner)

    def __repr__(self) -> str:
        return f"<action {self.name} (category {self.category.module}, not loaded yet)>"


def agent_actions() -> type:
    """A new class holding a :class:`LazyAction` for each of the 36 agent actions, and the
    variants' accessors (``client.raw``, ...)."""
    namespace: dict[str, Any] = {
        name: LazyAction(category, name) for category in CATEGORIES for name in category.actions
    }
    namespace["__doc__"] = "The Agent Chat Web API's actions, each category loaded on first use."
    namespace["__module__"] = __name__
    namespace["__slots__"] = ()
    return type("AgentActions", (ActionVariants,), namespace)
