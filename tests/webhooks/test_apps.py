"""The ASGI and WSGI apps of a WebhookRouter, driven through the raw protocols.

Statuses: 200 handled / unhandled / duplicate, 400 malformed, 401 bad secret, 405 not a POST,
409 first copy still in progress, 413 too large (from ``Content-Length`` before reading, or
while reading), 500 the handler raised. Answers carry no detail; logs carry no secret and no
body.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import threading
from typing import Any

import pytest

from livechat_typed.webhooks import (
    DuplicateGuard,
    ThreadTaggedWebhook,
    Webhook,
    WebhookASGIApp,
    WebhookRouter,
)

SECRET = "apps-Zq7-s3cret"
WRONG = "apps-Zq7-WRONG"


def body(tag: str = "vip", secret: str = SECRET) -> bytes:
    return json.dumps(
        {
            "webhook_id": "reg-1",
            "secret_key": secret,
            "action": "thread_tagged",
            "organization_id": "org-1",
            "payload": {"chat_id": "C1", "thread_id": "T1", "tag": tag},
        }
    ).encode()


def router(**options: Any) -> tuple[WebhookRouter, list[Webhook]]:
    seen: list[Webhook] = []
    r = WebhookRouter(secret_key=SECRET, **options)
    r.on(ThreadTaggedWebhook)(seen.append)
    return r, seen


# --- ASGI ---------------------------------------------------------------------------------------


class Asgi:
    """One ASGI request: the messages received and sent, and how often the body was read."""

    def __init__(self, chunks: list[bytes], *, disconnect: bool = False) -> None:
        self.incoming: list[dict[str, Any]] = [
            {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
            for i, chunk in enumerate(chunks)
        ]
        if disconnect:
            self.incoming = [*self.incoming[:1], {"type": "http.disconnect"}]
            self.incoming[0]["more_body"] = True
        self.reads = 0
        self.sent: list[dict[str, Any]] = []

    async def receive(self) -> dict[str, Any]:
        self.reads += 1
        return self.incoming.pop(0)

    async def send(self, message: dict[str, Any]) -> None:
        self.sent.append(message)

    @property
    def status(self) -> int:
        return int(self.sent[0]["status"])

    @property
    def text(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.sent if m["type"] == "http.response.body")


def call_asgi(
    app: Any,
    chunks: list[bytes],
    *,
    method: str = "POST",
    headers: list[tuple[bytes, bytes]] | None = None,
    disconnect: bool = False,
) -> Asgi:
    request = Asgi(chunks, disconnect=disconnect)
    scope = {"type": "http", "method": method, "path": "/", "headers": headers or []}
    asyncio.run(app(scope, request.receive, request.send))
    return request


def test_asgi_handles_a_body_in_chunks() -> None:
    r, seen = router()
    data = body()
    request = call_asgi(r.asgi_app(), [data[:10], data[10:40], data[40:]])
    assert (request.status, request.text) == (200, b"ok\n")
    assert isinstance(seen[0], ThreadTaggedWebhook)


@pytest.mark.parametrize(
    ("data", "status"),
    [(body(secret=WRONG), 401), (b'{"secret_key": "' + SECRET.encode() + b'"}', 400), (b"", 400)],
)
def test_asgi_refuses_without_details(data: bytes, status: int) -> None:
    r, seen = router()
    request = call_asgi(r.asgi_app(), [data])
    assert request.status == status and seen == []
    assert request.text in (b"unauthorized\n", b"bad request\n")


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE"])
def test_asgi_answers_405_to_other_methods(method: str) -> None:
    r, seen = router()
    request = call_asgi(r.asgi_app(), [body()], method=method)
    assert request.status == 405 and request.reads == 0 and seen == []
    assert (b"allow", b"POST") in request.sent[0]["headers"]


def test_asgi_refuses_a_declared_large_body_unread() -> None:
    r, _ = router(max_body_size=100)
    request = call_asgi(r.asgi_app(), [body()], headers=[(b"content-length", b"101")])
    assert request.status == 413 and request.reads == 0


def test_asgi_stops_reading_a_body_over_the_limit() -> None:
    r, _ = router(max_body_size=100)
    request = call_asgi(r.asgi_app(), [b"x" * 60, b"x" * 60, b"x" * 60])
    assert request.status == 413 and request.reads == 2


def test_asgi_answers_400_when_the_client_goes_away() -> None:
    r, seen = router()
    request = call_asgi(r.asgi_app(), [body()[:10], b""], disconnect=True)
    assert request.status == 400 and seen == []


def test_asgi_answers_500_when_the_handler_raises(caplog: pytest.LogCaptureFixture) -> None:
    r = WebhookRouter(secret_key=SECRET)

    @r.on(ThreadTaggedWebhook)
    async def broken(webhook: ThreadTaggedWebhook) -> None:
        raise RuntimeError("database down")

    request = call_asgi(r.asgi_app(), [body()])
    assert (request.status, request.text) == (500, b"internal server error\n")
    assert "database down" in caplog.text  # in the log (traceback), not in the answer


def test_asgi_answers_409_while_the_first_copy_runs() -> None:
    r = WebhookRouter(secret_key=SECRET, duplicates=DuplicateGuard())
    statuses: list[int] = []
    app = r.asgi_app()

    @r.on(ThreadTaggedWebhook)
    async def slow(webhook: ThreadTaggedWebhook) -> None:
        if not statuses:
            statuses.append(0)
            request = Asgi([body()])
            scope = {"type": "http", "method": "POST", "path": "/", "headers": []}
            await app(scope, request.receive, request.send)  # the redelivery
            statuses.append(request.status)

    first = call_asgi(app, [body()])
    assert (first.status, statuses[1]) == (200, 409)
    assert call_asgi(app, [body()]).status == 200  # now a duplicate


def test_asgi_lifespan_and_websocket() -> None:
    app = router()[0].asgi_app()
    messages = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app({"type": "lifespan"}, receive, send))
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    sent.clear()
    asyncio.run(app({"type": "websocket"}, receive, send))
    assert sent == [{"type": "websocket.close", "code": 1008}]


# --- WSGI ---------------------------------------------------------------------------------------


def call_wsgi(
    app: Any, data: bytes, *, method: str = "POST", length: bool = True, terminated: bool = False
) -> tuple[int, dict[str, str], bytes]:
    environ: dict[str, Any] = {"REQUEST_METHOD": method, "wsgi.input": io.BytesIO(data)}
    if length:
        environ["CONTENT_LENGTH"] = str(len(data))
    if terminated:
        environ["wsgi.input_terminated"] = True
    answer: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        answer["status"] = int(status.split()[0])
        answer["headers"] = dict(headers)

    text = b"".join(app(environ, start_response))
    assert answer["headers"]["content-length"] == str(len(text))
    return answer["status"], answer["headers"], text


def test_wsgi_statuses() -> None:
    r, seen = router(max_body_size=1000)
    app = r.wsgi_app()
    assert call_wsgi(app, body())[0] == 200
    assert call_wsgi(app, body(secret=WRONG))[0] == 401
    assert call_wsgi(app, body()[:-1])[0] == 400
    status, headers, _ = call_wsgi(app, body(), method="GET")
    assert status == 405 and headers["allow"] == "POST"
    assert call_wsgi(app, b"x" * 1001)[0] == 413
    assert len(seen) == 1


def test_wsgi_reads_a_chunked_body_only_when_the_server_marks_its_end() -> None:
    r, seen = router(max_body_size=1000)
    app = r.wsgi_app()
    assert call_wsgi(app, body(), length=False, terminated=True)[0] == 200
    assert call_wsgi(app, b"x" * 1001, length=False, terminated=True)[0] == 413
    assert call_wsgi(app, body("other"), length=False)[0] == 400  # PEP 3333: nothing to read
    assert len(seen) == 1


def test_wsgi_runs_async_handlers_and_answers_500_on_errors() -> None:
    r = WebhookRouter(secret_key=SECRET)
    done: list[str] = []

    @r.on(ThreadTaggedWebhook)
    async def handler(webhook: ThreadTaggedWebhook) -> None:
        await asyncio.sleep(0)
        if webhook.payload.tag == "boom":
            raise ValueError("boom")
        done.append(webhook.payload.tag)

    assert call_wsgi(r.wsgi_app(), body())[0] == 200
    assert call_wsgi(r.wsgi_app(), body("boom"))[0] == 500
    assert done == ["vip"]


def test_wsgi_from_threads_with_a_guard() -> None:
    r, seen = router(duplicates=DuplicateGuard())
    app = r.wsgi_app()
    statuses: list[int] = []
    threads = [
        threading.Thread(target=lambda: statuses.append(call_wsgi(app, body())[0]))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 1 and set(statuses) <= {200, 409}


# --- logs ---------------------------------------------------------------------------------------


def test_logs_name_the_refusal_but_no_secret_or_body(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    r = WebhookRouter(secret_key=[SECRET, "second-Zq7-secret"])
    r.fallback(lambda webhook: None)
    for app in (r.asgi_app(), r.wsgi_app()):
        for data in (body(secret=WRONG), body("tag-in-body"), b"{" + SECRET.encode()):
            if isinstance(app, WebhookASGIApp):
                call_asgi(app, [data])
            else:
                call_wsgi(app, data)
    text = caplog.text
    assert "refused (401)" in text and "refused (400)" in text and "thread_tagged" in text
    for secret in (SECRET, WRONG, "second-Zq7-secret"):
        assert secret not in text
    assert "tag-in-body" not in text
    assert "WebhookRouter" in repr(r) and SECRET not in repr(r) + repr(r.asgi_app())
