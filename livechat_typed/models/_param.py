"""``ModelOrParam``: a nested request object given as its model or as a typed dict literal.

``ModelOrParam[TransferTarget, TransferTargetParam]`` lets a caller pass ``TransferTarget(...)``
or the dict ``{"type": "agent", "ids": [...]}``, which type checkers check key by key against
the ``TypedDict`` generated from the model (:mod:`livechat_typed.models.params`). At run time
the dict arm plays no part: the value is validated as the model, so a dict gets the model's
rules, error locations and did-you-mean suggestions.
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar, Union, get_args

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema
from typing_extensions import is_typeddict

__all__ = ["ModelOrParam", "ValidateAsModel", "model_arms"]

_M = TypeVar("_M")
_D = TypeVar("_D")


def model_arms(union: Any) -> tuple[Any, ...]:
    """The arms of a ``ModelOrParam`` union that are validated: all but its ``TypedDict`` s."""
    return tuple(arm for arm in get_args(union) if not is_typeddict(arm))


class ValidateAsModel:
    """Validate a ``Model | ModelParam`` union as the model alone (a dict becomes the model)."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        arms = model_arms(source)
        target = arms[0] if len(arms) == 1 else Union[arms]  # noqa: UP007
        return handler.generate_schema(target)


ModelOrParam = Annotated[Union[_M, _D], ValidateAsModel()]  # noqa: UP007
"""A nested request object: its model, or a dict literal typed by the model's ``TypedDict``."""
