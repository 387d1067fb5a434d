"""ASGI and WSGI applications around a :class:`WebhookRouter`, for any framework or server.

Mount the ASGI one in Starlette / FastAPI (``app.mount("/livechat", router.asgi_app())``) or
serve it alone (``uvicorn``, ``hypercorn``); put the WSGI one in Flask with werkzeug's
``DispatcherMiddleware`` or serve it alone (``gunicorn``). Both answer any path they are given.

Answers carry a short fixed text and never a detail of what was wrong (the sender may not be
LiveChat); the details go to the ``livechat_typed.webhooks`` logger, which never logs a secret
or a body:

=====  ====================================================================================
200    handled, no handler for it, or a duplicate (LiveChat must not redeliver)
400    not a webhook: malformed JSON, a missing member, a payload that does not fit its action
401    the ``secret_key`` is missing or wrong
405    not a POST
409    the duplicate guard saw this delivery arrive while its first copy is still handled
413    the body is larger than the router's ``max_body_size`` (refused unread)
500    the handler raised (logged with its traceback); LiveChat will redeliver
=====  ====================================================================================
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any, Final

from ._delivery import Delivery, Handler
from ._errors import InvalidWebhookError, WebhookSecretError, WebhookTooLargeError

__all__ = ["WebhookASGIApp", "WebhookWSGIApp"]

logger = logging.getLogger("livechat_typed.webhooks")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

StartResponse = Callable[..., Any]

_REASONS: Final = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Content Too Large",
    500: "Internal Server Error",
}
_TEXT: Final = {
    200: b"ok\n",
    400: b"bad request\n",
    401: b"unauthorized\n",
    405: b"method not allowed\n",
    409: b"delivery in progress, try again later\n",
    413: b"content too large\n",
    500: b"internal server error\n",
}


def _refused(exc: Exception) -> int:
    """The status for a body the router refused, logged without secrets or body."""
    if isinstance(exc, WebhookTooLargeError):
        logger.warning("webhook refused (413): %s", exc)
        return 413
    if isinstance(exc, WebhookSecretError):
        logger.warning("webhook refused (401): %s", exc)
        return 401
    logger.warning("webhook refused (400): %s", exc)
    return 400


def _accepted(delivery: Delivery) -> int:
    webhook = delivery.webhook
    logger.info(
        "webhook %s (registration %s): %s", webhook.action, webhook.webhook_id, delivery.outcome
    )
    return delivery.status_code


class WebhookASGIApp:
    """The ASGI application of :meth:`WebhookRouter.asgi_app`."""

    def __init__(self, router: Handler) -> None:
        self.router = router
        """The router each body goes to."""

    def __repr__(self) -> str:
        return f"WebhookASGIApp({self.router!r})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection: ``http`` requests, ``lifespan`` events (acknowledged);
        websockets are closed."""
        kind = scope["type"]
        if kind == "lifespan":
            await _lifespan(receive, send)
            return
        if kind != "http":
            await send({"type": "websocket.close", "code": 1008})
            return
        status = await self._status(scope, receive)
        await _respond(send, status)

    async def _status(self, scope: Scope, receive: Receive) -> int:
        if scope.get("method") != "POST":
            return 405
        limit = self.router.max_body_size
        declared = _content_length(
            next((v for k, v in scope.get("headers", ()) if k.lower() == b"content-length"), None)
        )
        if limit is not None and declared is not None and declared > limit:
            logger.warning("webhook refused (413): Content-Length %d over %d", declared, limit)
            return 413
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return 400
            chunk = message.get("body", b"")
            size += len(chunk)
            if limit is not None and size > limit:
                logger.warning("webhook refused (413): body over %d bytes", limit)
                return 413
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        try:
            delivery = await self.router.ahandle(b"".join(chunks))
        except (InvalidWebhookError, WebhookSecretError) as exc:
            return _refused(exc)
        except Exception:
            logger.exception("webhook handler failed (500)")
            return 500
        return _accepted(delivery)


class WebhookWSGIApp:
    """The WSGI application of :meth:`WebhookRouter.wsgi_app`."""

    def __init__(self, router: Handler) -> None:
        self.router = router
        """The router each body goes to."""

    def __repr__(self) -> str:
        return f"WebhookWSGIApp({self.router!r})"

    def __call__(
        self, environ: MutableMapping[str, Any], start_response: StartResponse
    ) -> Iterable[bytes]:
        """Serve one WSGI request."""
        status = self._status(environ)
        start_response(f"{status} {_REASONS[status]}", _headers(status))
        return [_TEXT[status]]

    def _status(self, environ: MutableMapping[str, Any]) -> int:
        if environ.get("REQUEST_METHOD") != "POST":
            return 405
        limit = self.router.max_body_size
        declared = _content_length(environ.get("CONTENT_LENGTH"))
        if limit is not None and declared is not None and declared > limit:
            logger.warning("webhook refused (413): Content-Length %d over %d", declared, limit)
            return 413
        stream = environ["wsgi.input"]
        if declared is not None:
            body = stream.read(declared)
        elif environ.get("wsgi.input_terminated"):  # chunked, the server marks the end
            cap = limit + 1 if limit is not None else -1
            body = stream.read(cap)
            if limit is not None and len(body) > limit:
                logger.warning("webhook refused (413): body over %d bytes", limit)
                return 413
        else:  # PEP 3333: without a length, the body must not be read
            body = b""
        try:
            delivery = self.router.handle(body)
        except (InvalidWebhookError, WebhookSecretError) as exc:
            return _refused(exc)
        except Exception:
            logger.exception("webhook handler failed (500)")
            return 500
        return _accepted(delivery)


def _content_length(value: object) -> int | None:
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str) or not value.strip().isdigit():
        return None
    return int(value.strip())


def _headers(status: int) -> list[tuple[str, str]]:
    headers = [
        ("content-type", "text/plain; charset=utf-8"),
        ("content-length", str(len(_TEXT[status]))),
    ]
    if status == 405:
        headers.append(("allow", "POST"))
    return headers


async def _respond(send: Send, status: int) -> None:
    headers = [
        (name.encode("latin-1"), value.encode("latin-1")) for name, value in _headers(status)
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": _TEXT[status]})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
