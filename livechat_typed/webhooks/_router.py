"""Route verified webhooks to typed handlers, for any web framework.

::

    router = WebhookRouter(secret_key="s3cret")

    @router.on(IncomingEventWebhook)
    def on_event(webhook: IncomingEventWebhook) -> None:   # the checker knows the class
        print(webhook.payload.event)

    router.handle(body)          # from any framework: the raw request body
    app = router.asgi_app()      # or mount this (Starlette, FastAPI, ...) / router.wsgi_app()

The handler of the most specific registered class wins (:class:`IncomingEventWebhook`, then
:class:`ChatWebhook`, then :class:`Webhook`, which :meth:`WebhookRouter.fallback` registers).
Handlers may be plain or ``async`` functions.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from ._apps import WebhookASGIApp, WebhookWSGIApp
from ._dedupe import DuplicateGuard
from ._delivery import Delivery, Outcome
from ._envelope import Webhook
from ._parse import DEFAULT_MAX_BODY_SIZE, WebhookParser

__all__ = ["Delivery", "Outcome", "WebhookRouter"]

W = TypeVar("W", bound=Webhook)
R = TypeVar("R")


class WebhookRouter:
    """Verifies, parses and dispatches webhook bodies to the handlers registered per class.

    ``secret_key``: the accepted secret(s), as for :func:`parse_webhook`; ``strict`` and
    ``max_body_size`` likewise. ``duplicates``: an optional :class:`DuplicateGuard` that skips
    redeliveries of a webhook already handled (off by default; read its caveats).
    """

    def __init__(
        self,
        secret_key: str | Sequence[str],
        *,
        strict: bool = False,
        max_body_size: int | None = DEFAULT_MAX_BODY_SIZE,
        duplicates: DuplicateGuard | None = None,
    ) -> None:
        self.parser = WebhookParser(secret_key, strict=strict, max_body_size=max_body_size)
        """Checks and parses each body (its ``repr`` names no secret)."""
        self.duplicates = duplicates
        """The duplicate guard, if any."""
        self._handlers: dict[type[Webhook], Callable[[Any], Any]] = {}
        self._resolved: dict[type[Webhook], Callable[[Any], Any] | None] = {}

    def __repr__(self) -> str:
        names = ", ".join(cls.__name__ for cls in self._handlers)
        return f"WebhookRouter(handlers=[{names}], parser={self.parser!r})"

    @property
    def max_body_size(self) -> int | None:
        """The body size limit in bytes (``None``: no limit)."""
        return self.parser.max_body_size

    # --- registration ---------------------------------------------------------------------------

    def on(self, webhook_class: type[W]) -> Callable[[Callable[[W], R]], Callable[[W], R]]:
        """Register the decorated function as the handler of ``webhook_class`` (and of its
        subclasses without a handler of their own). The function takes that class::

            @router.on(ChatTransferredWebhook)
            async def moved(webhook: ChatTransferredWebhook) -> None: ...

        One handler per class: registering a second one raises ``ValueError``.
        """
        if not (isinstance(webhook_class, type) and issubclass(webhook_class, Webhook)):
            raise TypeError(f"on() takes a Webhook class, not {webhook_class!r}")

        def register(handler: Callable[[W], R]) -> Callable[[W], R]:
            if not callable(handler):
                raise TypeError(f"a handler must be callable, not {type(handler).__name__}")
            if webhook_class in self._handlers:
                raise ValueError(f"{webhook_class.__name__} already has a handler")
            self._handlers[webhook_class] = handler
            self._resolved.clear()
            return handler

        return register

    def fallback(self, handler: Callable[[Webhook], R]) -> Callable[[Webhook], R]:
        """Register the handler of every webhook no other handler takes (unknown ones too)."""
        return self.on(Webhook)(handler)

    def handler_for(self, webhook_class: type[Webhook]) -> Callable[[Any], Any] | None:
        """The handler a webhook of ``webhook_class`` goes to: the most specific registered
        class in its MRO, or ``None``."""
        try:
            return self._resolved[webhook_class]
        except KeyError:
            pass
        found = None
        for cls in webhook_class.__mro__:
            if cls in self._handlers:
                found = self._handlers[cls]
                break
        self._resolved[webhook_class] = found
        return found

    # --- dispatch -------------------------------------------------------------------------------

    def handle(self, body: bytes | bytearray | memoryview | str) -> Delivery:
        """Verify and parse ``body`` (the raw request body), then run its handler.

        Raises what :func:`parse_webhook` raises for a refused body (answer ``413``, ``401`` or
        ``400``) and whatever the handler raises. An ``async`` handler is run to completion with
        :func:`asyncio.run`; inside a running event loop use :meth:`ahandle` instead.
        """
        return self.dispatch(self.parser.parse(body))

    async def ahandle(self, body: bytes | bytearray | memoryview | str) -> Delivery:
        """:meth:`handle` for async code: ``async`` handlers are awaited, plain ones run in a
        worker thread so that a slow one does not stall the event loop."""
        return await self.adispatch(self.parser.parse(body))

    def dispatch(self, webhook: Webhook) -> Delivery:
        """Run the handler of an already verified ``webhook`` (what :meth:`handle` does after
        parsing)."""
        handler = self.handler_for(type(webhook))
        if handler is None:
            return Delivery(webhook, "unhandled")
        key, claimed = self._claim(webhook)
        if claimed is not None:
            return claimed
        try:
            result = handler(webhook)
            if inspect.isawaitable(result):
                result = _run(result, handler)
        except BaseException:
            self._release(key)
            raise
        self._complete(key)
        return Delivery(webhook, "handled", result)

    async def adispatch(self, webhook: Webhook) -> Delivery:
        """:meth:`dispatch` for async code."""
        handler = self.handler_for(type(webhook))
        if handler is None:
            return Delivery(webhook, "unhandled")
        key, claimed = self._claim(webhook)
        if claimed is not None:
            return claimed
        try:
            if inspect.iscoroutinefunction(handler):
                result = await handler(webhook)
            else:
                import anyio.to_thread  # httpx's own dependency; works under asyncio and trio

                result = await anyio.to_thread.run_sync(handler, webhook)
                if inspect.isawaitable(result):
                    result = await result
        except BaseException:
            self._release(key)
            raise
        self._complete(key)
        return Delivery(webhook, "handled", result)

    def _claim(self, webhook: Webhook) -> tuple[bytes | None, Delivery | None]:
        if self.duplicates is None:
            return None, None
        key = self.duplicates.fingerprint(webhook)
        claim = self.duplicates.claim(key)
        if claim == "new":
            return key, None
        return key, Delivery(webhook, claim)

    def _complete(self, key: bytes | None) -> None:
        if key is not None and self.duplicates is not None:
            self.duplicates.complete(key)

    def _release(self, key: bytes | None) -> None:
        if key is not None and self.duplicates is not None:
            self.duplicates.release(key)

    # --- apps -----------------------------------------------------------------------------------

    def asgi_app(self) -> WebhookASGIApp:
        """An ASGI application that feeds each POST body to :meth:`ahandle` and answers ``200``
        (handled, unhandled or duplicate), ``400`` (malformed), ``401`` (bad secret), ``405``
        (not a POST), ``409`` (first delivery still being handled), ``413`` (too large) or
        ``500`` (the handler raised), with no details in the answer. Mount it at any path."""
        return WebhookASGIApp(self)

    def wsgi_app(self) -> WebhookWSGIApp:
        """The same as :meth:`asgi_app`, as a WSGI application over :meth:`handle`."""
        return WebhookWSGIApp(self)


def _run(awaitable: Awaitable[Any], handler: Callable[..., Any]) -> Any:
    """Run an async handler's awaitable from sync code, if no event loop runs in this thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        if inspect.iscoroutine(awaitable):
            awaitable.close()
        raise RuntimeError(
            f"{getattr(handler, '__name__', handler)!r} is async and an event loop is running: "
            "use `await router.ahandle(body)`"
        )

    async def wait() -> Any:
        return await awaitable

    return asyncio.run(wait())
