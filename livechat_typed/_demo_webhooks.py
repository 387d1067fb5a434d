"""The demo's webhook loop: a ``WebhookRouter`` served on 127.0.0.1 receives the typed webhooks
that the demo's own Agent API calls cause on the fake server.

``receiving(server, out)`` registers one webhook per chat action (``ConfigurationAPI`` against the
fake), serves the router with the standard library's WSGI server in a thread and, when the block
ends, waits for the deliveries and prints each typed webhook received.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

if TYPE_CHECKING:
    from .testing import FakeServer
    from .webhooks import Webhook

__all__ = ["DEMO_WEBHOOKS", "receiving"]

DEMO_WEBHOOKS = (
    "incoming_chat",
    "incoming_event",
    "incoming_rich_message_postback",
    "chat_transferred",
    "thread_tagged",
    "chat_properties_updated",
    "chat_deactivated",
    "routing_status_set",
    "incoming_customer",
)
_SECRET = "demo-secret"


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Threading(WSGIServer):
    daemon_threads = True


@contextmanager
def receiving(server: FakeServer, out: TextIO, *, http2: bool) -> Iterator[list[Webhook]]:
    """Register the demo's webhooks, receive them while the block runs, then print them."""
    from .webhooks import WebhookRouter

    received: list[Webhook] = []
    router = WebhookRouter(secret_key=_SECRET, strict=True)
    router.fallback(received.append)
    httpd = make_server(
        "127.0.0.1", 0, router.wsgi_app(), server_class=_Threading, handler_class=_Quiet
    )
    thread = threading.Thread(target=httpd.serve_forever, name="demo-webhooks", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_port}/webhooks"
    try:
        with server.configuration_client(http2=http2) as config:
            for action in DEMO_WEBHOOKS:
                config.register_webhook(
                    action=action,
                    secret_key=_SECRET,
                    url=url,
                    owner_client_id=server.fake.webhooks.client_id,
                    type="license",
                )
        print(f"Webhooks: {len(DEMO_WEBHOOKS)} registered for a WebhookRouter on {url}\n", file=out)
        yield received
        server.fake.webhooks.wait(timeout=30)
    finally:
        httpd.shutdown()
        httpd.server_close()
    print(f"\nWebhooks received by the router ({len(received)}, typed):", file=out)
    for webhook in received:
        payload = webhook.payload
        chat_id = getattr(payload, "chat_id", None) or getattr(
            getattr(payload, "chat", None), "id", None
        )
        where = f" chat_id={chat_id}" if chat_id else ""
        print(f"  {type(webhook).__name__:<38}{where}", file=out)
