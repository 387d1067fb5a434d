"""A transport that answers from a script, and a harness that drives the sync and the async client
alike (used by the retry, region and lifecycle-header tests).

:class:`Script` counts the requests and answers from a list (responses or httpx exceptions, in
order); :class:`Harness` builds clients of one kind that record their waits (``sleep=``) instead
of sleeping. The ``harness`` fixture (``conftest.py``) gives each test one of each kind.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Union

import httpx

from livechat_typed import AgentWeb, AsyncAgentWeb

from .core import MINIMAL_BODIES, TOKEN

__all__ = [
    "BEARER",
    "OK",
    "Answer",
    "Client",
    "Harness",
    "Reply",
    "Script",
    "Sent",
    "reply",
    "response_model",
]

Client = Union[AgentWeb, AsyncAgentWeb]  # noqa: UP007
Reply = Callable[[httpx.Request], httpx.Response]
Answer = Union[Reply, type[httpx.TransportError]]  # noqa: UP007

BEARER = f"Bearer {TOKEN}"


@dataclass(frozen=True)
class Sent:
    """What reached the transport, copied at the moment it was sent."""

    method: str
    url: str
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: str) -> str | None:
        values = [v.decode() for k, v in self.headers if k.decode().lower() == name.lower()]
        assert len(values) <= 1, f"{name} sent {len(values)} times: {values}"
        return values[0] if values else None


class Script(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport that counts requests and answers them from ``answers``, in order.

    An answer is a function of the request returning a response (see :func:`reply`) or an httpx
    transport exception class, raised with the request attached (the instances raised are kept
    in ``raised``). Once the script is used up, ``then`` answers every further request; without
    it an extra request fails the test. ``limit`` stops a client that would loop forever.

    Like a real transport (and unlike ``httpx.MockTransport``, which reads the request into
    memory first) it consumes ``request.stream`` on every attempt, so a body that cannot be
    replayed shows up as a different body.
    """

    def __init__(self, *answers: Answer, then: Answer | None = None, limit: int = 40) -> None:
        self.answers = list(answers)
        self.then = then
        self.limit = limit
        self.sent: list[Sent] = []
        self.raised: list[httpx.TransportError] = []

    @property
    def transport(self) -> Script:
        return self

    @property
    def count(self) -> int:
        return len(self.sent)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        return self._answer(request, b"".join(request.stream))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        return self._answer(request, b"".join([chunk async for chunk in request.stream]))

    def _answer(self, request: httpx.Request, body: bytes) -> httpx.Response:
        self.sent.append(Sent(request.method, str(request.url), list(request.headers.raw), body))
        if self.count > self.limit:
            raise AssertionError(f"the client sent more than {self.limit} requests")
        if self.answers:
            answer = self.answers.pop(0)
        elif self.then is not None:
            answer = self.then
        else:
            raise AssertionError(f"unexpected request #{self.count}: {request.url}")
        if isinstance(answer, type):
            exc = answer(f"scripted {answer.__name__}", request=request)
            self.raised.append(exc)
            raise exc
        return answer(request)


def reply(
    status: int = 200,
    *,
    error: str | None = None,
    data: Any = None,
    headers: dict[str, str] | None = None,
    body: Any = None,
) -> Reply:
    """An answer: ``body`` as JSON, else an error body of type ``error``, else (for 200) the
    action's minimal valid body, else an empty body."""

    def answer(request: httpx.Request) -> httpx.Response:
        content = body
        if content is None and error is not None:
            content = {"error": {"type": error, "message": f"scripted {error}"}}
            if data is not None:
                content["error"]["data"] = data
        if content is None and status == 200:
            content = MINIMAL_BODIES.get(request.url.path.rsplit("/", 1)[-1], {})
        if content is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=content, headers=headers)

    return answer


OK = reply()


def response_model(action: str) -> type[Any]:
    return getattr(AgentWeb, action).response_model  # type: ignore[no-any-return]


# --- sync and async alike -------------------------------------------------------------------------


class Harness:
    """Builds clients of one kind (``sync``/``async``) and calls them the same way.

    Every client built records its delays in ``delays`` instead of sleeping.
    """

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.delays: list[float] = []
        self._clients: list[Client] = []

    @property
    def cls(self) -> type[Client]:
        return AgentWeb if self.mode == "sync" else AsyncAgentWeb

    def client(self, script: Script, token: Any = BEARER, **options: Any) -> Any:
        """A client that records its delays (the public ``sleep=`` hook) instead of sleeping."""
        client = self.cls(token, transport=script.transport, sleep=self.delays.append, **options)
        self._clients.append(client)
        return client

    def run(self, result: Any) -> Any:
        """The value of a call: awaited for the async client."""
        if self.mode == "async":
            return asyncio.run(result)
        return result

    def call(self, client: Client, action: str, **kwargs: Any) -> Any:
        return self.run(getattr(client, action)(**kwargs))

    def raw(self, client: Client, action: str, **kwargs: Any) -> httpx.Response:
        return self.run(getattr(client.raw, action)(**kwargs))  # type: ignore[no-any-return]

    def close(self) -> None:
        for client in self._clients:
            if isinstance(client, AsyncAgentWeb):
                asyncio.run(client.aclose())
            else:
                client.close()
