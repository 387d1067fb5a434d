"""The client class: session state (headers, token, HTTP pool) plus the 36 declared actions.

``AgentWeb`` holds no per-action code: every action is an :class:`~livechat_typed._action.Action`
declared once on a category class in :mod:`livechat_typed.actions`, and inherited here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx
from typing_extensions import Self

from ._action import Prepared
from ._auth import AccessToken, Secret
from ._version import __version__
from .actions import (
    ChatAccessActions,
    ChatsActions,
    ChatUsersActions,
    CustomersActions,
    EventsActions,
    OtherActions,
    PropertiesActions,
    StatusActions,
    ThreadTagsActions,
)
from .errors import APIConnectionError, APITimeoutError, ClientClosedError

__all__ = ["DEFAULT_BASE_URL", "AgentWeb"]

DEFAULT_BASE_URL = "api.livechatinc.com"
API_VERSION = "3.6"

logger = logging.getLogger("livechat_typed")
logger.addHandler(logging.NullHandler())

_AUTHORIZATION = "authorization"
_LOGGED_BODY_LIMIT = 2000


class AgentWeb(
    ChatsActions,
    ChatAccessActions,
    ChatUsersActions,
    EventsActions,
    PropertiesActions,
    ThreadTagsActions,
    CustomersActions,
    StatusActions,
    OtherActions,
):
    """Synchronous client for the LiveChat Agent Chat Web API v3.6.

    The constructor takes the reference SDK's parameters in the same order, plus ``transport``
    to plug in any ``httpx.BaseTransport`` (for example an ``httpx.MockTransport``), and
    ``strict``: responses always keep unknown fields, event/user types and enum values; a strict
    client raises ``ResponseValidationError`` on any of them instead. Each action is a method-like
    attribute::

        with AgentWeb(AccessToken(token)) as client:
            chats = client.list_chats(limit=10)       # -> ListChatsResponse
            raw = client.list_chats.raw(limit=10)     # -> httpx.Response, never raises
    """

    def __init__(
        self,
        access_token: AccessToken | str,
        base_url: str = DEFAULT_BASE_URL,
        http2: bool = False,
        proxies: str | httpx.Proxy | None = None,
        verify: bool | str | Any = True,
        disable_logging: bool = False,
        timeout: float | httpx.Timeout | None = httpx.Timeout(15),  # noqa: B008
        *,
        transport: httpx.BaseTransport | None = None,
        strict: bool = False,
    ) -> None:
        self._token: Secret | None = Secret.from_token(access_token)
        self.base_url = base_url
        self.api_url = f"https://{base_url}/v{API_VERSION}/agent/action"
        self.http2 = http2
        self.disable_logging = disable_logging
        self._strict = strict
        self._http = httpx.Client(
            http2=http2,
            proxy=proxies,
            verify=verify,
            timeout=timeout,
            transport=transport,
            headers={
                "User-Agent": f"livechat-typed/{__version__} python-httpx/{httpx.__version__}"
            },
        )

    # --- headers, as in the reference SDK ---------------------------------------------------------

    def modify_header(self, header: Mapping[str, str]) -> None:
        """Add or replace session headers sent with every request (``Authorization`` included)."""
        for key, value in header.items():
            if key.lower() == _AUTHORIZATION:
                self._token = Secret.from_token(value)
            else:
                self._http.headers[key] = value

    def remove_header(self, key: str) -> None:
        """Remove a session header; removing ``Authorization`` sends requests without it."""
        if key.lower() == _AUTHORIZATION:
            self._token = None
        elif key in self._http.headers:
            del self._http.headers[key]

    def get_headers(self) -> dict[str, str]:
        """The session headers as a dict with lower-case keys, ``authorization`` included."""
        headers = dict(self._http.headers)
        if self._token is not None:
            headers[_AUTHORIZATION] = self._token.reveal()
        return headers

    # --- lifecycle --------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        self._http.close()

    @property
    def is_closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._http.is_closed

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, http2={self.http2!r})"

    # --- the transport: build, send, log ------------------------------------------------------

    def _build_request(self, action: str, prepared: Prepared) -> httpx.Request:
        headers: dict[str, str] = {}
        if self._token is not None:
            headers["Authorization"] = self._token.reveal()
        encoded = prepared.encoded
        if encoded.content is not None:
            headers["Content-Type"] = "application/json"
        if prepared.headers:
            headers.update(prepared.headers)
        request = self._http.build_request(
            "POST",
            f"{self.api_url}/{action}",
            content=encoded.content,
            files=encoded.files,
            headers=headers,
        )
        if encoded.files is not None:
            request.read()  # multipart parts are in memory: make the body replayable and visible
        return request

    def _send(self, request: httpx.Request) -> httpx.Response:
        if self._http.is_closed:
            raise ClientClosedError("the client was closed; create a new one")
        log = not self.disable_logging and logger.isEnabledFor(logging.INFO)
        if log and logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "request %s %s body=%s", request.method, request.url, _body_for_log(request)
            )
        started = time.perf_counter()
        try:
            response = self._http.send(request)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(
                f"{request.method} {request.url} timed out ({type(exc).__name__})", request=request
            ) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(
                f"{request.method} {request.url} failed: {type(exc).__name__}: {exc}",
                request=request,
            ) from exc
        if log:
            elapsed_ms = (time.perf_counter() - started) * 1000
            logger.info(
                "%s %s -> %d (%.1f ms)",
                request.method,
                request.url,
                response.status_code,
                elapsed_ms,
            )
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "response %d body=%s", response.status_code, _text_for_log(response.content)
                )
        return response


def _body_for_log(request: httpx.Request) -> str:
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("application/json"):
        return f"<{content_type or 'body'}, {request.headers.get('content-length', '?')} bytes>"
    return _text_for_log(request.content)


def _text_for_log(content: bytes) -> str:
    text = content[:_LOGGED_BODY_LIMIT].decode("utf-8", errors="replace")
    return text + ("... (truncated)" if len(content) > _LOGGED_BODY_LIMIT else "")
