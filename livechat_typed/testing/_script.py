"""Scripted outcomes for the next calls of one action: ``fake.script("get_chat", ...)``.

A scripted answer or API error replaces what the action's handler would do, for the next
``times`` calls of that action that pass the fake's checks (authentication, region, the request
body): the request is validated and recorded (``fake.received``), the handler does not run, the
state does not change and no webhook is emitted. Scripted faults are :class:`~._faults.Fault` s
(``fake.faults``), added by :meth:`FakeLiveChat.script` for that action.

A scripted answer is checked when it is scripted, against the action's response model in strict
mode: a missing required field, a wrong type or an undocumented (misspelt) field raise
``ValueError`` in the test that scripted it, not somewhere in the code under test.
"""

from __future__ import annotations

import difflib
import json
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

import pydantic

from .._action import Action
from ..actions import CATEGORY_MODULES
from ..configuration.webhooks import WebhooksActions
from ..models._strict import undocumented
from .handlers import declared_actions

__all__ = ["ScriptPlan", "Scripted", "checked_answer", "response_models"]

Json = dict[str, Any]


@cache
def response_models() -> dict[str, type[pydantic.BaseModel]]:
    """The response model of every action the fake serves, by action name."""
    models: dict[str, type[pydantic.BaseModel]] = {}
    for module in CATEGORY_MODULES:
        for name, action in declared_actions(module).items():
            models[name] = action.response_model
    for name, value in vars(WebhooksActions).items():
        if isinstance(value, Action):
            models[name] = value.response_model
    return models


def known_action(action: str) -> None:
    """Raise ``ValueError`` (with a suggestion) unless the fake serves ``action``."""
    models = response_models()
    if action not in models:
        close = difflib.get_close_matches(action, models, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ValueError(f"unknown action {action!r}{hint}")


def checked_answer(action: str, answer: Any) -> Any:
    """``answer`` as JSON, after checking that the action's response model accepts it strictly."""
    known_action(action)
    model = response_models()[action]
    try:
        encoded = json.loads(json.dumps(answer))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"the scripted answer of {action} is not JSON: {exc}") from None
    try:
        parsed = model.model_validate(encoded)
    except pydantic.ValidationError as exc:
        problems = [
            f"{'.'.join(map(str, e['loc'])) or '(body)'}: {e['msg']}"
            for e in exc.errors(include_url=False, include_input=False)
        ]
    else:
        problems = undocumented(parsed)
    if problems:
        raise ValueError(
            f"the scripted answer of {action} does not match {model.__name__}:"
            + "".join(f"\n  {problem}" for problem in problems[:20])
        )
    return encoded


@dataclass
class Scripted:
    """One scripted outcome: an ``answer`` (JSON) or an API ``error`` (its type, message, data)."""

    action: str
    times: int = 1
    answer: Any = None
    error: str | None = None
    message: str = ""
    data: Json | None = None


class ScriptPlan:
    """The scripted answers and errors waiting, in the order they were scripted (thread-safe)."""

    def __init__(self) -> None:
        self._scripted: list[Scripted] = []
        self._lock = threading.Lock()

    def add(self, scripted: Scripted) -> Scripted:
        if scripted.times < 1:
            raise ValueError(f"times must be 1 or more, not {scripted.times}")
        with self._lock:
            self._scripted.append(scripted)
        return scripted

    def take(self, action: str) -> Scripted | None:
        """The next scripted outcome of ``action``, used up by one call."""
        with self._lock:
            for scripted in self._scripted:
                if scripted.action == action:
                    scripted.times -= 1
                    if scripted.times == 0:
                        self._scripted.remove(scripted)
                    return scripted
        return None

    def clear(self) -> None:
        with self._lock:
            self._scripted.clear()

    def __len__(self) -> int:
        return len(self._scripted)
