"""Reading an answer in full, under a cap on its decoded size.

A response is read whole before it is parsed; ``max_response_bytes`` caps the *decoded* body, so
a decompression bomb or a runaway answer stops with
:class:`~livechat_typed.errors.ResponseTooLargeError` instead of filling memory. Works for the
responses of any transport, ours or a user's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

from .errors import InvalidResponseError, ResponseTooLargeError

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "aread_response", "read_response"]

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The default cap on a decoded response body (64 MiB): a page of ``list_archives`` with large
chats is a few MB; anything near the cap is a fault (or a decompression bomb)."""


def _identity(response: httpx.Response) -> bool:
    encoding = response.headers.get("content-encoding")
    return encoding is None or encoding.strip().lower() in ("", "identity")


def _too_large(response: httpx.Response, cap: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"the answer's body passed the cap of {cap:,} bytes (max_response_bytes); reading stopped",
        request=response.request,
        status_code=response.status_code,
        headers=response.headers,
    )


def _undecodable(response: httpx.Response, exc: Exception) -> InvalidResponseError:
    encoding = response.headers.get("content-encoding", "")
    return InvalidResponseError(
        f"the answer's body is not valid for its Content-Encoding {encoding!r}: "
        f"{type(exc).__name__}",
        request=response.request,
        status_code=response.status_code,
        headers=response.headers,
    )


def _rebuilt(response: httpx.Response, body: bytes) -> httpx.Response:
    """A read response with the decoded ``body`` and the original headers."""
    plain = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
    rebuilt = httpx.Response(
        response.status_code,
        headers=plain,
        content=body,
        request=response.request,
        extensions=response.extensions,
    )
    rebuilt.headers = response.headers
    return rebuilt


class _Capped(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, cap: int, response: httpx.Response) -> None:
        self._inner, self._cap, self._response = inner, cap, response

    def __iter__(self) -> Iterator[bytes]:
        total = 0
        for chunk in self._inner:
            total += len(chunk)
            if total > self._cap:
                raise _too_large(self._response, self._cap)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _AsyncCapped(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, cap: int, response: httpx.Response) -> None:
        self._inner, self._cap, self._response = inner, cap, response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        total = 0
        async for chunk in self._inner:
            total += len(chunk)
            if total > self._cap:
                raise _too_large(self._response, self._cap)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def read_response(response: httpx.Response, cap: int) -> httpx.Response:
    """Read ``response`` in full and close it; refuse a decoded body over ``cap`` bytes while
    reading, and a body its ``Content-Encoding`` cannot decode, with typed errors."""
    if response.is_stream_consumed:  # built in memory (a mock transport): nothing to read
        if len(response.content) > cap:
            raise _too_large(response, cap)
        return response
    try:
        if _identity(response):
            if isinstance(response.stream, httpx.SyncByteStream):
                response.stream = _Capped(response.stream, cap, response)
            response.read()
            if len(response.content) > cap:
                raise _too_large(response, cap)
            return response
        chunks, total = [], 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > cap:
                raise _too_large(response, cap)
            chunks.append(chunk)
        return _rebuilt(response, b"".join(chunks))
    except httpx.DecodingError as exc:
        raise _undecodable(response, exc) from exc
    finally:
        response.close()


async def aread_response(response: httpx.Response, cap: int) -> httpx.Response:
    """The async twin of :func:`read_response`."""
    if response.is_stream_consumed:  # built in memory (a mock transport): nothing to read
        if len(response.content) > cap:
            raise _too_large(response, cap)
        return response
    try:
        if _identity(response):
            if isinstance(response.stream, httpx.AsyncByteStream):
                response.stream = _AsyncCapped(response.stream, cap, response)
            await response.aread()
            if len(response.content) > cap:
                raise _too_large(response, cap)
            return response
        chunks, total = [], 0
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > cap:
                raise _too_large(response, cap)
            chunks.append(chunk)
        return _rebuilt(response, b"".join(chunks))
    except httpx.DecodingError as exc:
        raise _undecodable(response, exc) from exc
    finally:
        await response.aclose()
