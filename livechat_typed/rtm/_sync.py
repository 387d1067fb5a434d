"""``AgentRTM``: the blocking twin of :class:`AsyncAgentRTM`, for scripts.

An ``AsyncAgentRTM`` runs on an event loop in a background thread (one per client); this class
has the same constructor and surface, its actions are the sync bound actions of the same
declarations (it is a ``SyncSender``: ``_send`` hands the call to the loop and blocks for the
answer), and many threads may call it at once: their requests share the one connection.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn, TypeVar

import httpx
from typing_extensions import Self

from .._auth import AccessToken
from .._sending import ActionInfo, Prepared
from ._actions import Application, LoginResponse
from ._client import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_BUFFERED_PUSHES,
    DEFAULT_MAX_FRAME_BYTES,
    AsyncAgentRTM,
)
from ._errors import RTMDisconnectedError
from ._payloads import CustomerMonitoringLevel
from ._pushes import Push
from ._reconnect import ReconnectPolicy

if TYPE_CHECKING:
    # The actions' call signatures written out (generated from the declarations, see
    # livechat_typed/_signatures.py): type checkers see each action as a method with its fields
    # as declared parameters, and the variants as accessors. At run time the clients inherit
    # the declarations themselves.
    from .._signatures import AgentRTMActions
else:
    from ._categories import RTMActions as AgentRTMActions

__all__ = ["AgentRTM"]

P = TypeVar("P", bound=Push)
T = TypeVar("T")


class AgentRTM(AgentRTMActions):
    """The Agent Chat RTM API v3.6, blocking: the constructor of :class:`AsyncAgentRTM`::

        with AgentRTM(AccessToken(token="dal:...")) as rtm:
            chats = rtm.list_chats(limit=10)
            for push in rtm.pushes():
                ...

    Push handlers (:meth:`on`) must be plain functions; they run on the client's thread.
    """

    is_async: ClassVar[bool] = False

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
        self._async = AsyncAgentRTM(
            access_token,
            base_url,
            url=url,
            verify=verify,
            ping_interval=ping_interval,
            timeout=timeout,
            login_timeout=login_timeout,
            open_timeout=open_timeout,
            reconnect=reconnect,
            max_buffered_pushes=max_buffered_pushes,
            max_frame_bytes=max_frame_bytes,
            strict=strict,
            timezone=timezone,
            application=application,
            away=away,
            customer_monitoring_level=customer_monitoring_level,
            pushes=pushes,
        )
        self._strict = self._async._strict
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    # --- the same surface -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The websocket URL."""
        return self._async.url

    @property
    def region(self) -> str | None:
        """``"fra"`` for a ``fra:`` token, else ``None``."""
        return self._async.region

    @property
    def login_response(self) -> LoginResponse:
        """The typed answer of the last ``login``."""
        return self._async.login_response

    @property
    def is_connected(self) -> bool:
        """Whether a connection is open and logged in right now."""
        return self._async.is_connected

    @property
    def is_closed(self) -> bool:
        """Whether the session ended."""
        return self._async.is_closed

    @property
    def disconnect_reason(self) -> str | None:
        """Why the session ended, or ``None`` while it lasts."""
        return self._async.disconnect_reason

    @property
    def connections(self) -> int:
        """How many times a connection was opened and logged in (1 + the reconnects)."""
        return self._async.connections

    @property
    def dropped_pushes(self) -> int:
        """Pushes discarded because a buffer was full."""
        return self._async.dropped_pushes

    @property
    def upload_file(self) -> NoReturn:
        """Web API only: raises ``WebOnlyActionError`` at once (nothing is read or sent)."""
        raise self._async.web_only_error()

    def __repr__(self) -> str:
        return repr(self._async).replace("AsyncAgentRTM", "AgentRTM", 1)

    # --- connecting and closing -----------------------------------------------------------------

    def connect(self) -> Self:
        """Start the client's thread, connect and log in (see ``AsyncAgentRTM.connect``)."""
        if self._thread is not None:
            raise RuntimeError("connect() was already called")
        loop = asyncio.new_event_loop()
        started = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.call_soon(started.set)
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="AgentRTM", daemon=True)
        self._thread.start()
        started.wait()
        try:
            self._run(self._async.connect())
        except BaseException:
            self._stop_thread()
            raise
        return self

    def close(self) -> None:
        """End the session (see ``AsyncAgentRTM.aclose``) and stop the client's thread."""
        if self._loop is None:
            return
        try:
            self._run(self._async.aclose())
        finally:
            self._stop_thread()

    def __enter__(self) -> Self:
        return self.connect()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _stop_thread(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    # --- pushes -----------------------------------------------------------------------------------

    def pushes(self) -> Iterator[Push]:
        """Every push, typed, in order; blocks for the next (see ``AsyncAgentRTM.pushes``)."""
        pushes = self._async.pushes()
        while True:
            try:
                yield self._run(pushes.__anext__())
            except StopAsyncIteration:  # pragma: no cover - pushes() ends by raising
                return

    def on(self, push_class: type[P]) -> Callable[[Callable[[P], Any]], Callable[[P], Any]]:
        """Register the decorated function for ``push_class`` (see ``AsyncAgentRTM.on``); it
        runs on the client's thread, one push at a time."""
        register = self._async.on(push_class)

        def checked(handler: Callable[[P], Any]) -> Callable[[P], Any]:
            if asyncio.iscoroutinefunction(handler):
                raise TypeError("AgentRTM handlers are plain functions; use AsyncAgentRTM")
            return register(handler)

        return checked

    # --- the sender interface -------------------------------------------------------------------

    def _build_request(self, action: str, prepared: Prepared) -> httpx.Request:
        return self._async._build_request(action, prepared)

    def _send(
        self, request: httpx.Request, action: ActionInfo, prepared: Prepared
    ) -> httpx.Response:
        response: httpx.Response = self._run(self._async._send(request, action, prepared))
        return response

    def _run(self, coroutine: Any) -> Any:
        loop = self._loop
        if loop is None or loop.is_closed():
            coroutine.close()
            if self._async.is_closed:
                raise self._async._ended  # type: ignore[misc]
            raise RTMDisconnectedError(
                "not connected: use 'with AgentRTM(...)' (or connect()) first",
                reason="not_connected",
            )
        future: Future[Any] = asyncio.run_coroutine_threadsafe(coroutine, loop)
        return future.result()
