"""The fake's 36 action handlers, one module per API category (as :mod:`livechat_typed.actions`).

A handler is a function named after its action, in the module named after the action's category,
listed in that module's ``__all__``; it takes the fake, the requester (an agent's login) and the
action's validated request model, and returns the answer as JSON (``None`` for ``{}``) or raises
:class:`~livechat_typed.testing._errors.ApiFailure`::

    def start_chat(fake: FakeContext, requester: str, request: StartChatRequest) -> Json: ...

:data:`HANDLERS`, the dispatch table, is built from the action declarations: every action declared
in :data:`livechat_typed.actions.CATEGORY_MODULES` gets exactly the handler of its category module,
and a module that misses one of its category's actions, or handles one it does not declare, is an
error when this package is imported.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ..._action import Action
from ...actions import CATEGORY_MODULES
from ...models._base import Request
from .._context import FakeContext

__all__ = ["HANDLERS", "Answer", "Handler", "Route", "build_routes", "declared_actions"]

Answer = dict[str, Any] | list[dict[str, Any]] | None
"""What a handler returns: the JSON body of the answer (``None``: ``{}``)."""
Handler = Callable[[FakeContext, str, Any], Answer]
"""A handler: ``(fake, requester, request) -> answer``."""


@dataclass(frozen=True)
class Route:
    """Where an action goes: its category, its request model and its handler."""

    action: str
    category: str
    request_model: type[Request]
    handler: Handler


def declared_actions(category_module: ModuleType) -> dict[str, Action[Any, Any, Any]]:
    """The actions a category module of :mod:`livechat_typed.actions` declares, by name."""
    declared: dict[str, Action[Any, Any, Any]] = {}
    for name in getattr(category_module, "__all__", ()):
        holder = getattr(category_module, name)
        if isinstance(holder, type) and name.endswith("Actions"):
            for attribute, value in vars(holder).items():
                if isinstance(value, Action):
                    declared[attribute] = value
    return declared


def _category(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[-1]


def build_routes() -> dict[str, Route]:
    """The dispatch table, checked against the declarations (``RuntimeError`` if it differs)."""
    routes: dict[str, Route] = {}
    for category_module in CATEGORY_MODULES:
        category = _category(category_module)
        handlers = importlib.import_module(f"{__name__}.{category}")
        declared = declared_actions(category_module)
        provided = set(getattr(handlers, "__all__", ()))
        if provided != set(declared):
            raise RuntimeError(
                f"{handlers.__name__} must handle exactly the {category} actions: "
                f"missing {sorted(set(declared) - provided)}, "
                f"undeclared {sorted(provided - set(declared))}"
            )
        for name, action in declared.items():
            if name in routes:
                raise RuntimeError(f"{name} is declared in two categories")
            handler = getattr(handlers, name)
            routes[name] = Route(name, category, action.request_model, handler)
    return routes


HANDLERS: dict[str, Route] = build_routes()
"""Every declared action's route, by action name."""
