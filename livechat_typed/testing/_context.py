"""``FakeContext``: what the action handlers and the webhook triggers see of the fake.

The handlers (:mod:`.handlers`), :mod:`._triggers` and the fake's customers take the fake as
their first argument, but they only read five of its attributes: the world (``state``), the
clock, the id source, the webhook registrations and the RTM sessions (each change is pushed to
them too). Naming that small interface here, instead of ``FakeLiveChat``, keeps the fake free of
import cycles even for type checkers: ``_fake`` imports the handlers and the triggers, and they
import only this module. :class:`~._fake.FakeLiveChat` satisfies it structurally (mypy checks
that where the fake passes itself to a handler or to ``changes``).
"""

from __future__ import annotations

from typing import Protocol

from ._delivery import Webhooks
from ._rtm import FakeRTM
from ._state import Clock, Ids, State

__all__ = ["FakeContext"]


class FakeContext(Protocol):
    """The fake as an action handler or a trigger uses it (read-only: none rebinds these)."""

    @property
    def state(self) -> State:
        """Everything the fake knows: agents, customers, chats, uploads."""

    @property
    def clock(self) -> Clock:
        """The fake's clock (event and thread timestamps)."""

    @property
    def ids(self) -> Ids:
        """The source of new chat, thread, event and customer ids."""

    @property
    def webhooks(self) -> Webhooks:
        """Webhook registrations and license webhook states (the Configuration API handlers)."""

    @property
    def rtm(self) -> FakeRTM:
        """The RTM sessions, which get a push for each change."""
