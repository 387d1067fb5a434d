"""One RTM connection of the fake server: an ASGI websocket at ``/v3.6/agent/rtm/ws``.

The protocol as the RTM reference describes it: ``login`` first (within ``fake.rtm.
login_timeout`` seconds, else the server closes the connection; any other action before it is
refused with ``authentication``; ``ping`` before it is ignored), one login per connection, then
``ping`` (answered) and the 35 methods shared with the Web API, each run through
:meth:`FakeLiveChat.handle_raw` with the login's token - the same authentication, validation,
scripts, faults, state and pushes as the Web API - plus ``set_away_status``. After
``fake.rtm.ping_timeout`` seconds without a frame, the session gets ``agent_disconnected``
(``connection_timeout``) and is closed.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

import httpx

from ._credentials import requester_of
from ._rtm import RTMSessionInfo, push_frame, response_frame
from .handlers import HANDLERS

if TYPE_CHECKING:
    from ._fake import FakeLiveChat

__all__ = ["RTM_PATH", "serve_rtm"]

RTM_PATH = "/v3.6/agent/rtm/ws"
RTM_ACTIONS = frozenset(HANDLERS) - {"upload_file"}
"""The Web actions the RTM API has too (35); ``login``, ``set_away_status`` and ``ping`` are
answered here."""

Json = dict[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


async def serve_rtm(
    fake: FakeLiveChat, scope: Message, receive: Receive, send: Send, abort: Callable[[], None]
) -> None:
    """Serve one websocket until either side ends it (or the test aborts it)."""
    message = await receive()
    if message["type"] != "websocket.connect":
        return
    if scope.get("path") != RTM_PATH:
        await send({"type": "websocket.close", "code": 1008})
        return
    await send({"type": "websocket.accept"})
    session = _Session(fake, scope, send, abort)
    await session.run(receive)


class _Session:
    def __init__(self, fake: FakeLiveChat, scope: Message, send: Send, abort: Callable[[], None]):
        self.fake = fake
        self.rtm = fake.rtm
        self.headers = httpx.Headers([(bytes(k), bytes(v)) for k, v in scope["headers"]])
        self.send = send
        self.loop = asyncio.get_running_loop()
        self.outbox: asyncio.Queue[str | None] = asyncio.Queue()
        self.info: RTMSessionInfo = self.rtm.open()
        self.info.send = self._threadsafe(self.outbox.put_nowait)
        self.info.close = self._later_call(lambda: self.outbox.put_nowait(None))
        self.info.abort = self._later_call(abort)
        self.token: str | None = None
        self.opened = self.last_frame = self.loop.time()
        self.tasks: set[asyncio.Task[None]] = set()
        self.logged_in = asyncio.Event()

    def _later_call(self, function: Callable[[], None]) -> Callable[[], None]:
        def call() -> None:
            try:
                self.loop.call_soon_threadsafe(function)
            except RuntimeError:  # the server's loop closed: the session is gone
                pass

        return call

    def _threadsafe(self, put: Callable[[str], None]) -> Callable[[str], None]:
        def send(text: str) -> None:
            try:
                self.loop.call_soon_threadsafe(put, text)
            except RuntimeError:  # the server's loop closed: the session is gone
                pass

        return send

    async def run(self, receive: Receive) -> None:
        jobs = [
            asyncio.ensure_future(self._read(receive)),
            asyncio.ensure_future(self._write()),
            asyncio.ensure_future(self._watch()),
        ]
        try:
            await asyncio.wait(jobs, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for job in [*jobs, *self.tasks]:
                job.cancel()
            await asyncio.gather(*jobs, *self.tasks, return_exceptions=True)
            self.rtm.closed(self.info)

    async def _read(self, receive: Receive) -> None:
        while True:
            message = await receive()
            if message["type"] != "websocket.receive":
                return
            text = message.get("text")
            if text is None:
                text = (message.get("bytes") or b"").decode("utf-8", "replace")
            self.last_frame = self.loop.time()
            self._handle(text)

    async def _write(self) -> None:
        while True:
            text = await self.outbox.get()
            if text is None:
                await self.send({"type": "websocket.close", "code": 1000})
                return
            await self.send({"type": "websocket.send", "text": text})

    async def _watch(self) -> None:
        """Close a connection without login in time, and a silent session."""
        while True:
            now = self.loop.time()
            if self.info.agent is None:
                left = self.opened + self.rtm.login_timeout - now
                if left <= 0:
                    await self.outbox.put(None)
                    return
                try:  # until the deadline, or the login (which changes the deadline)
                    await asyncio.wait_for(self.logged_in.wait(), timeout=left)
                except asyncio.TimeoutError:
                    pass
            else:
                left = self.last_frame + self.rtm.ping_timeout - now
                if left <= 0:
                    await self.outbox.put(push_frame("agent_disconnected", _TIMEOUT))
                    await self.outbox.put(None)
                    return
                await asyncio.sleep(left)  # a frame meanwhile moves the deadline on

    # --- frames -----------------------------------------------------------------------------------

    def _handle(self, text: str) -> None:
        try:
            frame = json.loads(text)
        except ValueError:
            frame = None
        if not isinstance(frame, dict) or not isinstance(frame.get("action"), str):
            self._error(None, None, "validation", "a frame is a JSON object with an action")
            return
        action, request_id = frame["action"], frame.get("request_id")
        payload = frame.get("payload", {})
        self.info.frames.append(action)
        if action == "ping":
            if self.info.agent is not None:
                self.rtm.answer(self.info, action, response_frame(action, request_id, True, {}))
            return
        if not isinstance(payload, dict):
            self._error(action, request_id, "validation", "payload must be a JSON object")
        elif action == "login":
            self._login(request_id, payload)
        elif self.info.agent is None:
            self._error(action, request_id, "authentication", "login first")
        elif action == "set_away_status":
            if not isinstance(payload.get("away"), bool):
                self._error(action, request_id, "validation", "away: a boolean is required")
            else:
                self.info.away = payload["away"]
                self.rtm.answer(self.info, action, response_frame(action, request_id, True, {}))
        elif action in RTM_ACTIONS:
            self._web_action(action, request_id, payload)
        else:
            self._error(action, request_id, "not_found", f"unknown action {action[:100]!r}")

    def _error(
        self, action: str | None, request_id: Any, kind: str, message: str, data: Any = None
    ) -> None:
        error: Json = {"type": kind, "message": message}
        if data is not None:
            error["data"] = data
        text = response_frame(action or "", request_id, False, {"error": error})
        self.rtm.answer(self.info, action or "", text)

    def _login(self, request_id: Any, payload: Json) -> None:
        if self.info.agent is not None:
            self._error("login", request_id, "validation", "this connection is logged in already")
            return
        token = payload.get("token")
        agent = requester_of(
            token if isinstance(token, str) else None,
            self.fake.tokens,
            self.fake.personal_access_tokens,
        )
        if agent is None:
            self._error("login", request_id, "authentication", "Invalid access token")
            return
        region = self.headers.get("x-region", "dal")
        if region != self.fake.region:
            self._error(
                "login", request_id, "misdirected_request", "Wrong region", {"region": region}
            )
            return
        assert isinstance(token, str)
        self.token = token
        listed = self.fake.handle_raw("POST", "/v3.6/agent/action/list_chats", self._auth(), b"{}")
        chats = json.loads(listed.body).get("chats_summary", []) if listed.status == 200 else []
        record = self.fake.state.agents.get(agent, {})
        answer = {
            "license": {
                "id": 104130623,
                "organization_id": "390e44e6-f1e6-0368c-z6ddb-74g14508c2ex",
                "plan": "enterprise",
                "in_trial": False,
                "creation_timestamp": 1500000000,
                "expiration_timestamp": 2000000000,
            },
            "my_profile": {
                "id": agent,
                "type": "agent",
                "name": record.get("name", agent),
                "email": record.get("email", agent),
                "routing_status": record.get("routing_status", "accepting_chats"),
            },
            "chats_summary": chats,
        }
        self.info.agent = agent
        self.info.login = {key: value for key, value in payload.items() if key != "token"}
        self.info.away = payload.get("away") is True
        self.logged_in.set()
        self.rtm.answer(self.info, "login", response_frame("login", request_id, True, answer))
        level = payload.get("customer_monitoring_level") or "my"
        if self.info.wants("incoming_customers"):
            customers: Json = {"customer_monitoring_level": level, "customers": []}
            self.info.send(push_frame("incoming_customers", customers))

    def _auth(self) -> dict[str, str]:
        headers = {"authorization": self.token or "", "content-type": "application/json"}
        if "x-region" in self.headers:
            headers["x-region"] = self.headers["x-region"]
        return headers

    def _web_action(self, action: str, request_id: Any, payload: Json) -> None:
        body = json.dumps(payload).encode()
        self.rtm.caused_by(self.info, request_id if isinstance(request_id, str) else None)
        try:
            answer = self.fake.handle_raw(
                "POST", f"/v3.6/agent/action/{action}", self._auth(), body
            )
        finally:
            self.rtm.caused_by(None, None)
        fault = answer.fault
        if fault is not None and fault.kind == "reset":
            self.info.abort()
            return
        result = json.loads(answer.body) if answer.body else {}
        text = response_frame(action, request_id, answer.status == 200, result)
        if fault is not None and fault.kind == "slow":
            task = asyncio.ensure_future(self._later(fault.delay, action, text))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
            return
        self.rtm.answer(self.info, action, text)

    async def _later(self, delay: float, action: str, text: str) -> None:
        await asyncio.sleep(delay)
        self.rtm.answer(self.info, action, text)


_TIMEOUT: Json = {"reason": "connection_timeout"}
