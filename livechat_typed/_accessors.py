"""The variants of the actions as accessors of a client: ``client.raw.send_event(...)``.

Every client with actions inherits :class:`ActionVariants`: ``client.raw``,
``client.with_response``, ``client.iterate`` (paginated actions only), ``client.build`` and
``client.with_payload`` are each an :class:`Accessor` whose attributes are the client's actions
in that variant (a :class:`~livechat_typed._action.BoundVariant`, which runs the bound action's
own method). Nothing is loaded until an action is named: ``client.raw`` loads no category (nor the
descriptor module), ``client.raw.send_event`` loads the one of ``send_event``.

Type checkers see these accessors as generated classes whose methods have the actions' keyword
parameters written out (:mod:`livechat_typed._signatures`, imported under ``TYPE_CHECKING`` only).
"""

from __future__ import annotations

from typing import Any

__all__ = ["VARIANTS", "VARIANT_SUMMARIES", "Accessor", "ActionVariants", "Variants"]

VARIANTS = ("raw", "with_response", "iterate", "build", "with_payload")
"""The variants of an action, each an accessor of the clients: ``client.raw.send_event(...)``."""

VARIANT_SUMMARIES = {
    "raw": "Send the request and return the untouched ``httpx.Response``, whatever its status.",
    "with_response": "Send the request; return the typed response and the HTTP response.",
    "iterate": "Iterate the items of every page, following ``next_page_id`` until the end.",
    "build": "Return the exact ``httpx.Request`` a call would send, without sending it.",
    "with_payload": "Send ``payload`` as the body, unvalidated; return the typed response.",
}
"""The first line of each variant's documentation."""


class Accessor:
    """The actions of one client in one variant: ``client.raw.<action>`` and so on."""

    # ``__dict__`` keeps each action once looked up: the next access is a plain attribute read.
    __slots__ = ("__dict__", "_client", "_kind")

    def __init__(self, client: Any, kind: str) -> None:
        self._client = client
        self._kind = kind

    def __getattr__(self, name: str) -> Any:  # a BoundVariant of _action (which imports this)
        if name.startswith("__"):
            raise AttributeError(name)
        client = self._client
        variant = getattr(getattr(client, name, None), "_variant", None)  # a bound action's
        if variant is None:
            raise AttributeError(
                f"{type(client).__name__} has no action {name!r} "
                f"(client.{self._kind}.<action> takes one of its actions)"
            )
        found = self.__dict__[name] = variant(self._kind)
        return found

    def __dir__(self) -> list[str]:
        from ._action import Action  # loaded by the client's actions already
        from ._pagination import PaginatedAction

        owner = type(self._client)
        names = [name for name in dir(owner) if isinstance(getattr(owner, name, None), Action)]
        if self._kind == "iterate":
            names = [name for name in names if isinstance(getattr(owner, name), PaginatedAction)]
        return names

    def __repr__(self) -> str:
        return f"<{self._kind} actions of {self._client!r}>"


class Variants:
    """The descriptor of one accessor (``raw = Variants()``): on a client, its :class:`Accessor`
    (made once per client); on the class, this descriptor."""

    def __init__(self) -> None:
        self.kind = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.kind = name
        self.__doc__ = f"``client.{name}.<action>(...)``: {VARIANT_SUMMARIES[name]}"

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        accessor = Accessor(instance, self.kind)
        # No __set__: the accessor cached on the instance shadows the descriptor from now on.
        vars(instance)[self.kind] = accessor
        return accessor


class ActionVariants:
    """The five accessors, for the clients to inherit at run time."""

    __slots__ = ()

    raw = Variants()
    with_response = Variants()
    iterate = Variants()
    build = Variants()
    with_payload = Variants()
