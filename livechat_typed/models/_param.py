"""``ModelOrParam``: a nested request object given as its model or as a typed dict literal.

``ModelOrParam[TransferTarget, TransferTargetParam]`` lets a caller pass ``TransferTarget(...)``
or the dict ``{"type": "agent", "ids": [...]}``, which type checkers check key by key against
the ``TypedDict`` generated from the model (:mod:`livechat_typed.models.params`). At run time
the dict arm plays no part: the value is validated as the model, so a dict gets the model's
rules, error locations and did-you-mean suggestions.

So the ``TypedDict`` s are for type checkers only: the modules that use ``ModelOrParam`` import
them under ``TYPE_CHECKING`` and name them as strings (``ModelOrParam[Ban, "BanParam"]``), and at
run time ``ModelOrParam[Model, ...]`` is just the model, marked with :class:`ValidateAsModel`.
Building the 49 ``TypedDict`` classes cost ~0.2 MiB and ~10 ms, a fifth of what a program that only
sends events paid for the client; :mod:`~livechat_typed.models.params` is still there for anyone who
imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, TypeVar, Union

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema

__all__ = ["ModelOrParam", "ValidateAsModel"]

_M = TypeVar("_M")
_D = TypeVar("_D")


class ValidateAsModel:
    """Marks a ``ModelOrParam`` field, validated as the model alone (a dict becomes the model).

    At run time the field's annotation already is the model (see ``ModelOrParam`` below), so
    the schema is the model's own, with its discriminator, error locations and suggestions.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return handler(source)


if TYPE_CHECKING:
    ModelOrParam = Annotated[Union[_M, _D], ValidateAsModel()]  # noqa: UP007
    """A nested request object: its model, or a dict literal typed by the model's ``TypedDict``."""
else:

    class ModelOrParam:
        """At run time ``ModelOrParam[Model, "ModelParam"]`` is the model, marked; the second
        argument (the ``TypedDict``'s name, for type checkers) is not looked at."""

        def __class_getitem__(cls, arms: tuple[Any, Any]) -> Any:
            model, _param = arms
            return Annotated[model, ValidateAsModel()]
