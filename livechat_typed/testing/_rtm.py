"""The fake's RTM side: its sessions, the pushes they get, and what a test can script.

``fake.rtm`` (a :class:`FakeRTM`) knows every open RTM session of a
:class:`~livechat_typed.testing.FakeServer` (``/v3.6/agent/rtm/ws``, see :mod:`._rtm_session`).
What any client's action changes - a Web call, an RTM call, a customer of ``fake.customer()`` -
is pushed to every logged-in session whose login's ``pushes`` allow it (the session whose
request caused it gets the push with that ``request_id``), in the shape of the RTM pushes
(the webhook payloads of :mod:`._triggers`; ``incoming_customer`` carries the customer itself).

Scripting, for tests::

    fake.rtm.disconnect("connection_timeout")   # agent_disconnected, then the server closes
    fake.rtm.drop_connections()                 # the TCP connections abort: a network failure
    fake.rtm.push("incoming_multicast", {...})   # any push, to every session (or one agent's)
    fake.rtm.drop_answers("get_chat", times=1)   # processed, never answered
    fake.rtm.hold_answers(1000)                  # the next 1,000 answers go out together, reversed

``fake.script(action, fault="slow", delay=...)`` delays an RTM answer, ``fault="reset"`` drops
the connection instead of answering, as on HTTP. ``login_timeout`` (30 s) and ``ping_timeout``
(30 s of silence after login, answered with ``agent_disconnected: connection_timeout``) are the
API's; a test sets them shorter.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._delivery import Change

__all__ = ["FakeRTM", "RTMSessionInfo"]

Json = dict[str, Any]


@dataclass
class RTMSessionInfo:
    """What the fake knows of one RTM connection."""

    id: int
    agent: str | None = None
    """The logged-in agent (``None`` before login)."""
    login: Json = field(default_factory=dict)
    """The login payload, token left out."""
    away: bool = False
    frames: list[str] = field(default_factory=list, repr=False)
    """The actions of the frames received, in order (``login``, ``ping``, ``get_chat``, ...)."""
    send: Callable[[str], None] = field(default=lambda text: None, repr=False)
    """Queue a text frame to this session (thread-safe)."""
    close: Callable[[], None] = field(default=lambda: None, repr=False)
    """Close the websocket (thread-safe)."""
    abort: Callable[[], None] = field(default=lambda: None, repr=False)
    """Abort the TCP connection (thread-safe)."""

    def wants(self, push: str) -> bool:
        """Whether the login's ``pushes`` subscribe this session to ``push``."""
        chosen = self.login.get("pushes")
        if not isinstance(chosen, dict):
            return True
        names = chosen.get("3.6")
        return isinstance(names, list) and ("all" in names or push in names)


class FakeRTM:
    """The RTM sessions of a fake and the test's controls over them (``fake.rtm``)."""

    def __init__(self) -> None:
        self.login_timeout = 30.0
        """Seconds a connection may stay without ``login`` before the server closes it."""
        self.ping_timeout = 30.0
        """Seconds of silence after login before ``agent_disconnected: connection_timeout``."""
        self._lock = threading.Lock()
        self._sessions: dict[int, RTMSessionInfo] = {}
        self._next_id = 0
        self._drops: dict[str, int] = {}
        self._held = 0
        self.held: list[tuple[RTMSessionInfo, str]] = []
        self._local = threading.local()
        self.closed_sessions: list[RTMSessionInfo] = []
        """Sessions that ended, in order."""

    # --- sessions -------------------------------------------------------------------------------

    @property
    def sessions(self) -> list[RTMSessionInfo]:
        """The open sessions, logged in or not, oldest first."""
        with self._lock:
            return list(self._sessions.values())

    def open(self) -> RTMSessionInfo:
        """Register a new connection (the websocket front calls this)."""
        with self._lock:
            self._next_id += 1
            session = RTMSessionInfo(self._next_id)
            self._sessions[session.id] = session
            return session

    def closed(self, session: RTMSessionInfo) -> None:
        """Forget a connection that ended."""
        with self._lock:
            if self._sessions.pop(session.id, None) is not None:
                self.closed_sessions.append(session)

    def reset(self) -> None:
        """Forget scripted drops and holds (open sessions stay)."""
        with self._lock:
            self._drops.clear()
            self._held = 0
            self.held.clear()

    def _matching(self, agent: str | None) -> list[RTMSessionInfo]:
        return [s for s in self.sessions if s.agent is not None and agent in (None, s.agent)]

    # --- scripting ------------------------------------------------------------------------------

    def disconnect(self, reason: str, *, agent: str | None = None, data: Json | None = None) -> int:
        """Push ``agent_disconnected`` with ``reason`` to the logged-in sessions (of ``agent``),
        then close them; the number of sessions."""
        payload: Json = {"reason": reason}
        if data is not None:
            payload["data"] = data
        matching = self._matching(agent)
        for session in matching:
            session.send(push_frame("agent_disconnected", payload))
            session.close()
        return len(matching)

    def drop_connections(self, *, agent: str | None = None) -> int:
        """Abort the TCP connections of the logged-in sessions (of ``agent``): a network
        failure, no close frame; the number of sessions."""
        matching = self._matching(agent)
        for session in matching:
            session.abort()
        return len(matching)

    def push(self, action: str, payload: Any, *, agent: str | None = None) -> int:
        """Send any push to the logged-in sessions (of ``agent``); the number of sessions."""
        matching = self._matching(agent)
        for session in matching:
            session.send(push_frame(action, payload))
        return len(matching)

    def drop_answers(self, action: str, *, times: int = 1) -> None:
        """The next ``times`` requests of ``action`` are processed but never answered."""
        with self._lock:
            self._drops[action] = self._drops.get(action, 0) + times

    def hold_answers(self, count: int) -> None:
        """The answers to the next ``count`` requests are kept until the last of them is ready,
        then sent together in reverse order."""
        with self._lock:
            self._held = count
            self.held.clear()

    # --- used by the session --------------------------------------------------------------------

    def answer(self, session: RTMSessionInfo, action: str, text: str) -> None:
        """Send an answer frame, unless scripted to be dropped or held."""
        with self._lock:
            if self._drops.get(action):
                self._drops[action] -= 1
                return
            if self._held:
                self.held.append((session, text))
                if len(self.held) < self._held:
                    return
                released, self._held = list(reversed(self.held)), 0
                self.held.clear()
            else:
                released = [(session, text)]
        for target, frame in released:
            target.send(frame)

    def caused_by(self, session: RTMSessionInfo | None, request_id: str | None) -> None:
        """Mark (on this thread) the RTM request whose changes are being pushed."""
        self._local.origin = (session, request_id) if session is not None else None

    def emit(self, change: Change) -> None:
        """Push what an action changed to every logged-in session subscribed to it."""
        payload: Any = change.payload
        if change.action == "incoming_customer" and isinstance(payload, dict):
            payload = payload.get("customer", payload)  # the push carries the customer itself
        origin = getattr(self._local, "origin", None)
        for session in self._matching(None):
            if not session.wants(change.action):
                continue
            request_id = origin[1] if origin is not None and origin[0] is session else None
            session.send(push_frame(change.action, payload, request_id))


def push_frame(action: str, payload: Any, request_id: str | None = None) -> str:
    """The text of a push frame."""
    frame: Json = {"version": "3.6", "action": action, "type": "push", "payload": payload}
    if request_id is not None:
        frame["request_id"] = request_id
    return json.dumps(frame)


def response_frame(action: str, request_id: Any, success: bool, payload: Any) -> str:
    """The text of an answer frame."""
    frame: Json = {"action": action, "type": "response", "success": success, "payload": payload}
    if request_id is not None:
        frame["request_id"] = request_id
    return json.dumps(frame)
