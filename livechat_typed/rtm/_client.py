"""``AsyncAgentRTM``: the Agent Chat RTM API over one websocket, with the Web client's actions.

The 35 actions the RTM API shares with the Web API, and ``set_away_status``, are the same
:class:`~livechat_typed._action.Action` declarations the Web clients inherit (the category
classes of :mod:`livechat_typed.actions`): the same typed signatures, validation, ``payload=``,
the variants' accessors (``rtm.raw.get_chat(...)``) and response models. This class provides
what a descriptor needs of a sender (:mod:`livechat_typed._sending`): ``_build_request`` (the
call's body, for the frame) and ``_send`` (send the frame, await the answer with the same
``request_id``, hand it back as the ``httpx.Response`` the Web API would have given; see
:mod:`._frames`).

One task reads the connection: answers resolve their calls (in whatever order they come),
pushes go to the bounded buffer of :meth:`AsyncAgentRTM.pushes` and to the handlers of
:meth:`AsyncAgentRTM.on`. Another sends a ``ping`` frame every ``ping_interval`` seconds. A
supervisor task reconnects (see :mod:`._reconnect`) and logs in again.
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import logging
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn, TypeVar

import httpx
from typing_extensions import Self

from .._auth import AccessToken, Secret
from .._base_url import parse_base_url
from .._options import timeout_problem
from .._sending import ActionInfo, Prepared
from ..errors import APIConnectionError, APIError, APITimeoutError, InvalidRequestError
from ._actions import Application, LoginResponse, RTMOnlyActions
from ._buffer import PushBuffer
from ._errors import RTMConnectionLostError, RTMDisconnectedError, WebOnlyActionError
from ._frames import answer_response, read_head, request_frame, rtm_request
from ._logging import frames_logger
from ._payloads import AgentDisconnectedPayload, CustomerMonitoringLevel
from ._pushes import Push, parse_push, parse_push_json
from ._reconnect import ReconnectPolicy, should_reconnect

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

if TYPE_CHECKING:
    # The actions' call signatures written out (generated from the declarations, see
    # livechat_typed/_signatures.py): type checkers see each action as a method with its fields
    # as declared parameters, and the variants as accessors. At run time the clients inherit
    # the declarations themselves.
    from .._signatures import AsyncAgentRTMActions
else:
    from ._categories import RTMActions as AsyncAgentRTMActions

__all__ = ["DEFAULT_BASE_URL", "AsyncAgentRTM", "RTMOptions"]

DEFAULT_BASE_URL = "api.livechatinc.com"
RTM_PATH = "/v3.6/agent/rtm/ws"
DEFAULT_MAX_BUFFERED_PUSHES = 10_000
DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024

logger = logging.getLogger("livechat_typed.rtm")

P = TypeVar("P", bound=Push)
Handler = Callable[[Any], Any]

_MISSING_EXTRA = "the RTM client needs websockets: pip install 'livechat-typed[rtm]'"


class RTMOptions:
    """What a session needs to (re)connect: the URL, headers, TLS and the login options."""

    __slots__ = ("login_options", "ssl", "url", "x_region")

    def __init__(
        self, url: str, ssl: Any, x_region: str | None, login_options: dict[str, Any]
    ) -> None:
        self.url = url
        self.ssl = ssl
        self.x_region = x_region
        self.login_options = login_options


class _Pending:
    """A call waiting for its answer."""

    __slots__ = ("action", "frame", "future", "retries", "sent_on")

    def __init__(
        self, action: ActionInfo, frame: bytes, future: asyncio.Future[Any], retries: int
    ) -> None:
        self.action = action
        self.frame = frame
        self.future = future
        self.retries = retries
        self.sent_on = 0
        """The connection (``AsyncAgentRTM.connections``) it was last sent on; 0: not sent."""


class _Lost(Exception):
    """The connection ended; ``reason`` is the ``agent_disconnected`` reason, if one came."""

    def __init__(self, reason: str | None) -> None:
        super().__init__(reason)
        self.reason = reason


class AsyncAgentRTM(AsyncAgentRTMActions):
    """The Agent Chat RTM API v3.6 over one websocket, asyncio.

    ::

        async with AsyncAgentRTM(AccessToken(token="dal:...")) as rtm:
            print(rtm.login_response.my_profile)
            chats = await rtm.list_chats(limit=10)          # -> ListChatsResponse
            async for push in rtm.pushes():                 # IncomingEventPush, ...
                ...

    ``access_token`` and ``base_url`` are as for ``AgentWeb``; the websocket is
    ``wss://{base_url}/v3.6/agent/rtm/ws`` (``ws://`` for an ``http://`` base URL), or ``url``
    whole. A ``fra:`` token connects to ``api-fra.livechatinc.com`` (the default host's regional
    twin) or sends ``X-Region: fra`` on the handshake to another host. ``verify`` is httpx's
    (``True``, a CA bundle path or an ``ssl.SSLContext``). The login options (``timezone``,
    ``application``, ``away``, ``customer_monitoring_level``, ``pushes``) go into the ``login``
    frame, sent first on every connection with ``Authorization``'s value as its token.

    ``timeout`` (seconds) bounds each call's wait for its answer, over which it raises
    ``APITimeoutError``; per call, ``timeout=`` (or ``total_timeout=``) overrides it.
    ``ping_interval``: seconds between ``ping`` frames; a ping unanswered for as long drops the
    connection (and reconnects). ``login_timeout``: how long the login answer may take.
    ``reconnect``: a :class:`ReconnectPolicy`, or ``None`` to end the session at the first drop.
    ``max_buffered_pushes``: see :meth:`pushes`. ``strict``: as for ``AgentWeb``.
    """

    is_async: ClassVar[bool] = True

    def __init__(
        self,
        access_token: AccessToken | str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        url: str | None = None,
        verify: bool | str | Any = True,
        ping_interval: float = 15.0,
        timeout: float = 15.0,
        login_timeout: float = 30.0,
        open_timeout: float = 15.0,
        reconnect: ReconnectPolicy | None = ReconnectPolicy(),  # noqa: B008 - frozen
        max_buffered_pushes: int = DEFAULT_MAX_BUFFERED_PUSHES,
        max_frame_bytes: int = DEFAULT_MAX_FRAME_BYTES,
        strict: bool = False,
        timezone: str | None = None,
        application: Application | Mapping[str, str] | None = None,
        away: bool | None = None,
        customer_monitoring_level: CustomerMonitoringLevel | None = None,
        pushes: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        for name, value in (
            ("ping_interval", ping_interval),
            ("timeout", timeout),
            ("login_timeout", login_timeout),
            ("open_timeout", open_timeout),
        ):
            problem = timeout_problem(value)
            if problem is not None:
                raise ValueError(f"{name} {problem} (got {value!r})")
        for name, value in (
            ("max_buffered_pushes", max_buffered_pushes),
            ("max_frame_bytes", max_frame_bytes),
        ):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"{name} must be a positive int (got {value!r})")
        if reconnect is not None and not isinstance(reconnect, ReconnectPolicy):
            raise ValueError(f"reconnect must be a ReconnectPolicy or None (got {reconnect!r})")
        self._token = Secret.from_token(access_token)
        region = "fra" if self._token.region == "fra" else None
        x_region = None
        if url is None:
            base = parse_base_url(base_url)
            host = base.netloc
            if region == "fra" and host == DEFAULT_BASE_URL:
                host = "api-fra.livechatinc.com"
            elif region == "fra":
                x_region = region
            url = f"{'ws' if base.scheme == 'http' else 'wss'}://{host}{RTM_PATH}"
        else:
            parsed = httpx.URL(url) if isinstance(url, str) else None
            if parsed is None or parsed.scheme not in ("ws", "wss") or not parsed.host:
                raise ValueError(f"url must be a ws:// or wss:// URL (got {url!r})")
            x_region = region
        login_options = {
            "timezone": timezone,
            "application": application,
            "away": away,
            "customer_monitoring_level": customer_monitoring_level,
            "pushes": pushes,
        }
        login_options = {k: v for k, v in login_options.items() if v is not None}
        # The options are checked now, not at the first connect: a typo fails here.
        RTMOnlyActions.login.validate({"token": "Bearer -", **login_options})
        ssl = httpx.create_ssl_context(verify=verify) if url.startswith("wss:") else None
        self._options = RTMOptions(url, ssl, x_region, login_options)
        self._url = httpx.URL(url)
        self.ping_interval = ping_interval
        self.timeout = timeout
        self.login_timeout = login_timeout
        self.open_timeout = open_timeout
        self.reconnect = reconnect
        self.max_frame_bytes = max_frame_bytes
        self._strict = strict
        self._ids = itertools.count(1)
        self._pending: dict[str, _Pending] = {}
        self._buffer: PushBuffer[Push] = PushBuffer(max_buffered_pushes)
        self._handlers: dict[type[Push], list[Handler]] = {}
        self._handler_buffer: PushBuffer[Push] = PushBuffer(max_buffered_pushes)
        self._handler_task: asyncio.Task[None] | None = None
        self._login_response: LoginResponse | None = None
        self._ws: ClientConnection | None = None
        self._connected: asyncio.Event | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._ended: RTMDisconnectedError | None = None
        self.connections = 0
        """How many times a connection was opened and logged in (1 + the reconnects)."""
        self.dropped_pushes = 0
        """Pushes discarded because the buffer was full (for ``pushes()`` or the handlers)."""

    # --- what a session shows -------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The websocket URL."""
        return self._options.url

    @property
    def region(self) -> str | None:
        """``"fra"`` for a ``fra:`` token, else ``None``."""
        return "fra" if self._token.region == "fra" else None

    @property
    def login_response(self) -> LoginResponse:
        """The typed answer of the last ``login`` (after every reconnect, the new one)."""
        if self._login_response is None:
            raise _not_connected()
        return self._login_response

    @property
    def is_connected(self) -> bool:
        """Whether a connection is open and logged in right now."""
        return self._connected is not None and self._connected.is_set()

    @property
    def is_closed(self) -> bool:
        """Whether the session ended (closed, or disconnected for good)."""
        return self._ended is not None

    @property
    def disconnect_reason(self) -> str | None:
        """Why the session ended (``RTMDisconnectedError.reason``), or ``None`` while it lasts."""
        return self._ended.reason if self._ended is not None else None

    def __repr__(self) -> str:
        state = "closed" if self.is_closed else "connected" if self.is_connected else "idle"
        return f"{type(self).__name__}(url={self.url!r}, {state})"

    @property
    def upload_file(self) -> NoReturn:
        """Web API only: raises ``WebOnlyActionError`` at once (nothing is read or sent)."""
        raise self.web_only_error()

    @staticmethod
    def web_only_error() -> WebOnlyActionError:
        """The error of ``upload_file``, which the RTM API does not have."""
        return WebOnlyActionError(
            "upload_file",
            [
                {
                    "loc": (),
                    "msg": "upload_file exists in the Web API only: upload with AgentWeb and "
                    "send the returned URL in a file event [rule: web_only]",
                    "type": "web_only",
                }
            ],
        )

    # --- connecting and closing -----------------------------------------------------------------

    async def connect(self) -> Self:
        """Connect and log in; return once logged in. A refused login raises its ``APIError``
        (``AuthenticationError``, ...), a failed connection ``APIConnectionError``: the first
        connection is not retried. Later drops reconnect by ``reconnect``."""
        if self._supervisor is not None:
            raise RuntimeError("connect() was already called")
        try:
            import websockets  # noqa: F401
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(_MISSING_EXTRA) from exc
        self._connected = asyncio.Event()
        ws = await self._open(reconnect=False)
        self._supervisor = asyncio.create_task(self._supervise(ws))
        return self

    async def aclose(self) -> None:
        """End the session: the connection is closed, pending calls and ``pushes()`` raise
        ``RTMDisconnectedError(reason="closed")``; handlers already running finish."""
        self._end(RTMDisconnectedError("the RTM client was closed", reason="closed"))
        supervisor, self._supervisor = self._supervisor, None
        ws = self._ws
        if ws is not None:
            await ws.close()
        if supervisor is not None:
            supervisor.cancel()
            await asyncio.gather(supervisor, return_exceptions=True)
        handler_task, self._handler_task = self._handler_task, None
        if handler_task is not None:
            await asyncio.gather(handler_task, return_exceptions=True)

    async def __aenter__(self) -> Self:
        return await self.connect()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # --- pushes -----------------------------------------------------------------------------------

    async def pushes(self) -> AsyncIterator[Push]:
        """Every push, typed (``IncomingEventPush``, ...; ``UnknownPush`` for others), in order.

        Pushes are buffered from the login on, whether or not anyone iterates: at most
        ``max_buffered_pushes`` (10,000) wait; past that the oldest is discarded, and the
        iteration raises ``RTMPushOverflowError(dropped=n)`` where the gap is (iterate again to
        go on). When the session ends for good, the pushes received before are yielded, then
        ``RTMDisconnectedError`` (``.reason``) is raised. One consumer at a time: two
        iterations share the pushes between them.
        """
        while True:
            yield await self._buffer.get()

    def on(self, push_class: type[P]) -> Callable[[Callable[[P], Any]], Callable[[P], Any]]:
        """Register the decorated function (sync or ``async``) for ``push_class`` and its
        subclasses (``@rtm.on(Push)`` sees every push)::

            @rtm.on(IncomingEventPush)
            async def on_event(push: IncomingEventPush) -> None: ...

        Handlers run one push at a time, in order, in a task of their own (a slow handler
        delays the next push, never an answer); their buffer has the same bound and policy as
        ``pushes()`` (discarded pushes are logged and counted in ``dropped_pushes``). An
        exception in a handler is logged and the next push is handled.
        """
        if not (isinstance(push_class, type) and issubclass(push_class, Push)):
            raise TypeError(f"on() takes a Push class, not {push_class!r}")

        def register(handler: Callable[[P], Any]) -> Callable[[P], Any]:
            self._handlers.setdefault(push_class, []).append(handler)
            return handler

        return register

    # --- the sender interface of the action descriptors ------------------------------------------

    def _build_request(self, action: str, prepared: Prepared) -> httpx.Request:
        if self._ended is not None:
            raise self._ended
        if prepared.headers:
            raise InvalidRequestError(
                action,
                [
                    {
                        "loc": ("headers",),
                        "msg": "an RTM call has no HTTP headers: headers= is for the Web "
                        "clients [rule: rtm_no_headers]",
                        "type": "rtm_no_headers",
                    }
                ],
            )
        return rtm_request(self._url, action, prepared.encoded.content)

    async def _send(
        self, request: httpx.Request, action: ActionInfo, prepared: Prepared
    ) -> httpx.Response:
        timeout = self._call_timeout(prepared)
        retries = 2 if prepared.max_retries is None else prepared.max_retries
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        request_id = str(next(self._ids))
        pending = _Pending(
            action, request_frame(action.name, request_id, request.content), future, retries
        )
        timer = loop.call_later(timeout, _expire, future, action.name, timeout, request)
        self._pending[request_id] = pending
        try:
            if self._ended is not None:
                raise self._ended
            if self._supervisor is None:
                raise _not_connected()
            if self.is_connected and self._ws is not None:
                await self._send_pending(self._ws, pending)
            # else: sent by the supervisor once connected again
            frame = await future
        finally:
            timer.cancel()
            self._pending.pop(request_id, None)
        return answer_response(frame, request)

    def _call_timeout(self, prepared: Prepared) -> float:
        values = [prepared.total_timeout]
        timeout = prepared.timeout
        if isinstance(timeout, httpx.Timeout):
            values += [timeout.read, timeout.write]
        else:
            values.append(timeout)
        given = [float(v) for v in values if v is not None]
        return min(given) if given else self.timeout

    async def _send_pending(self, ws: ClientConnection, pending: _Pending) -> None:
        """Send a call's frame on ``ws``, noting on which connection it went."""
        pending.sent_on = self.connections
        if not await self._write(ws, pending.frame):
            pending.sent_on = 0  # never reached the server: sent again without doubt

    async def _write(self, ws: ClientConnection, frame: bytes) -> bool:
        from websockets.exceptions import ConnectionClosed

        try:
            await ws.send(frame, text=True)
        except ConnectionClosed:
            return False  # the reader sees the drop: the call is resent or failed there
        return True

    # --- the session ------------------------------------------------------------------------------

    async def _open(self, *, reconnect: bool) -> ClientConnection:
        """A new connection, logged in; raises the login's ``APIError`` or
        ``APIConnectionError``."""
        from websockets.asyncio.client import connect
        from websockets.exceptions import InvalidHandshake, WebSocketException

        options = self._options
        headers = {"X-Region": options.x_region} if options.x_region else None
        try:
            ws = await connect(
                options.url,
                ssl=options.ssl,
                additional_headers=headers,
                open_timeout=self.open_timeout,
                ping_interval=None,  # the API's own ping frames keep the session alive
                max_size=self.max_frame_bytes,
                max_queue=None,
                user_agent_header=None,
                logger=frames_logger,
            )
        except (OSError, asyncio.TimeoutError, InvalidHandshake, WebSocketException) as exc:
            raise APIConnectionError(
                f"RTM: cannot connect to {options.url}: {type(exc).__name__}: {exc}"
            ) from None
        try:
            self._login_response = await self._login(ws, reconnect=reconnect)
        except BaseException:
            await ws.close()
            raise
        self._ws = ws
        self.connections += 1
        assert self._connected is not None
        self._connected.set()
        return ws

    async def _login(self, ws: ClientConnection, *, reconnect: bool) -> LoginResponse:
        from websockets.exceptions import ConnectionClosed

        action = RTMOnlyActions.login
        options = dict(self._options.login_options)
        if reconnect:
            options["reconnect"] = True
        prepared = action.prepare((), {"token": self._token.reveal(), **options})
        request = rtm_request(self._url, "login", None)  # the token stays out of the request
        request_id = f"login-{next(self._ids)}"
        try:
            await ws.send(request_frame("login", request_id, prepared.encoded.content), text=True)
            async with _deadline(self.login_timeout):
                while True:
                    frame = json.loads(await ws.recv())
                    if frame.get("request_id") == request_id and frame.get("type") == "response":
                        break
                    if frame.get("type") == "push":
                        self._on_push(parse_push(frame))
        except (ConnectionClosed, asyncio.TimeoutError, ValueError) as exc:
            raise APIConnectionError(
                f"RTM: login failed: {type(exc).__name__}: {exc}", request=request
            ) from None
        return action.parse(answer_response(frame, request), strict=self._strict)

    async def _supervise(self, ws: ClientConnection) -> None:
        """Serve connections until the session ends: read, ping, reconnect."""
        try:
            while True:
                reason = await self._serve(ws)
                assert self._connected is not None
                self._connected.clear()
                self._ws = None
                if self._ended is not None:
                    return
                if self.reconnect is None or not should_reconnect(reason):
                    self._end(
                        RTMDisconnectedError(
                            f"RTM session ended: {reason or 'the connection dropped'}",
                            reason=reason or "connection_lost",
                        )
                    )
                    return
                self._connection_lost()
                logger.info("RTM connection lost (%s); reconnecting", reason or "dropped")
                ws = await self._reconnect(self.reconnect)
                # Calls made from now on send themselves; those waiting are sent here.
                for pending in list(self._pending.values()):
                    if pending.sent_on != self.connections and not pending.future.done():
                        await self._send_pending(ws, pending)
        except asyncio.CancelledError:
            raise
        except RTMDisconnectedError as exc:
            self._end(exc)
        except Exception as exc:  # a bug: end the session visibly instead of hanging
            logger.exception("RTM session failed")
            self._end(RTMDisconnectedError(f"RTM session failed: {exc!r}", reason="internal"))

    async def _reconnect(self, policy: ReconnectPolicy) -> ClientConnection:
        last: Exception | None = None
        for delay in policy.delays():
            await asyncio.sleep(delay)
            if self._ended is not None:
                raise self._ended
            try:
                return await self._open(reconnect=True)
            except APIError as exc:  # the server refused the login: final
                raise RTMDisconnectedError(
                    f"RTM: login refused after a reconnect: {exc}", reason="login_failed"
                ) from exc
            except APIConnectionError as exc:
                last = exc
                logger.info("RTM reconnect failed: %s", exc)
        raise RTMDisconnectedError(
            f"RTM: could not reconnect ({last})", reason="reconnect_failed"
        ) from last

    async def _serve(self, ws: ClientConnection) -> str | None:
        """Read one connection until it ends; the ``agent_disconnected`` reason, if one came."""
        from websockets.exceptions import ConnectionClosed

        pinger = asyncio.create_task(self._ping(ws))
        reason: str | None = None
        try:
            async for message in ws:
                data = message.encode() if isinstance(message, str) else message
                head = read_head(data)
                if head is None:
                    logger.warning("RTM: a frame that is not a JSON object was ignored")
                    continue
                if head.type == "response":
                    pending = self._pending.get(str(head.request_id))
                    if pending is not None and not pending.future.done():
                        pending.future.set_result(json.loads(data))
                    else:  # its call timed out (or it is a ping's late answer)
                        logger.debug("RTM: answer to no waiting call: %s", head.action)
                elif head.type == "push":
                    push = parse_push_json(head.action, data)
                    self._on_push(push)
                    if isinstance(push.payload, AgentDisconnectedPayload):
                        reason = push.payload.reason
                else:
                    logger.warning("RTM: a frame of unknown type was ignored: %.100r", head.type)
        except ConnectionClosed:
            pass
        finally:
            pinger.cancel()
            await asyncio.gather(pinger, return_exceptions=True)
        return reason

    async def _ping(self, ws: ClientConnection) -> None:
        """A ``ping`` frame every ``ping_interval``; one unanswered for as long drops ``ws``."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.ping_interval)
            request_id = f"ping-{next(self._ids)}"
            future: asyncio.Future[Any] = loop.create_future()
            self._pending[request_id] = _Pending(_PING, b"", future, 0)
            try:
                await self._write(ws, request_frame("ping", request_id, None))
                async with _deadline(self.ping_interval):
                    await future
            except asyncio.TimeoutError:
                logger.info(
                    "RTM: ping unanswered for %s s; dropping the connection", self.ping_interval
                )
                ws.transport.abort()
                return
            finally:
                self._pending.pop(request_id, None)

    def _connection_lost(self) -> None:
        """Fail the calls that cannot be sent again; keep the others for the next connection."""
        for request_id, pending in list(self._pending.items()):
            if pending.future.done():
                continue
            if pending.sent_on == 0:
                continue  # never sent: it goes on the next connection
            if pending.action.idempotent and pending.retries > 0:
                pending.retries -= 1
                continue
            del self._pending[request_id]
            pending.future.set_exception(
                RTMConnectionLostError(
                    f"{pending.action.name}: the RTM connection dropped before the answer; "
                    "it may or may not have been processed (not idempotent: not sent again)"
                )
            )

    def _end(self, error: RTMDisconnectedError) -> None:
        if self._ended is None:
            self._ended = error
        for pending in list(self._pending.values()):
            if not pending.future.done():
                pending.future.set_exception(self._ended)
        self._pending.clear()
        self._buffer.end(self._ended)
        self._handler_buffer.end(self._ended)

    # --- pushes to consumers ---------------------------------------------------------------------

    def _on_push(self, push: Push) -> None:
        if not self._buffer.put(push):
            self.dropped_pushes += 1
            if self._buffer.dropped_total == 1:
                logger.warning(
                    "RTM: pushes() is not read fast enough; discarding the oldest pushes "
                    "(max_buffered_pushes=%d)",
                    self._buffer.limit,
                )
        if self._handlers:
            if not self._handler_buffer.put(push):
                self.dropped_pushes += 1
                logger.error("RTM: push handlers are too slow; discarded the oldest push")
            if self._handler_task is None:
                self._handler_task = asyncio.create_task(self._dispatch())

    async def _dispatch(self) -> None:
        while True:
            try:
                push = await self._handler_buffer.get()
            except RTMDisconnectedError:
                return
            except Exception:  # an overflow: already logged where it happened
                continue
            handlers = self._handlers
            for cls in type(push).__mro__:
                for handler in handlers.get(cls, ()) if issubclass(cls, Push) else ():
                    try:
                        result = handler(push)
                        if inspect.isawaitable(result):
                            await result
                    except Exception:
                        logger.exception("RTM: a push handler failed on %s", push.action)


def _not_connected() -> RTMDisconnectedError:
    return RTMDisconnectedError(
        "not connected: use 'async with' (or await connect()) first", reason="not_connected"
    )


class _PingAction:
    name = "ping"
    idempotent = False


_PING = _PingAction()


def _expire(
    future: asyncio.Future[Any], action: str, timeout: float, request: httpx.Request
) -> None:
    if not future.done():
        future.set_exception(
            APITimeoutError(f"{action}: no RTM answer within {timeout:g} s", request=request)
        )


class _deadline:
    """``async with _deadline(seconds)``: ``asyncio.TimeoutError`` past it (3.10's missing
    ``asyncio.timeout``)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._handle: asyncio.TimerHandle | None = None
        self._expired = False

    async def __aenter__(self) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handle = asyncio.get_running_loop().call_later(self.seconds, self._expire, task)

    def _expire(self, task: asyncio.Task[Any]) -> None:
        self._expired = True
        task.cancel()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._handle is not None
        self._handle.cancel()
        if self._expired and exc_type is asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and hasattr(task, "uncancel"):  # Python >= 3.11
                task.uncancel()
            raise asyncio.TimeoutError from None
