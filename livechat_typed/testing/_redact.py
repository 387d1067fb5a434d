"""Keeping credentials out of the HTTP/2 libraries' logs.

At ``DEBUG``, hpack logs every header it encodes or decodes with its value (the server decoding
a request's ``Authorization``, the client encoding it), and the raw header blocks, which hold the
same values Huffman-coded. :func:`install` puts :class:`RedactHeaders` on those loggers for the
whole process (a server and its clients share them): the value of a credential header
(``Authorization``, ``Proxy-Authorization``, ``Cookie``, ``Set-Cookie``) becomes ``<redacted>``
and a header block becomes ``<N bytes of HPACK>``; every other record is left as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

__all__ = ["LOGGERS", "REDACTED", "RedactHeaders", "install"]

REDACTED = "<redacted>"
SENSITIVE = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
LOGGERS = (
    "hpack",
    "hpack.hpack",
    "hpack.table",
    "hpack.huffman",
    "h2",
    "h2.connection",
    "h2.stream",
    "hypercorn.error",
    "hypercorn.access",
)
"""The loggers of the libraries under ``FakeServer`` (a filter does not see child loggers'
records, so each one is listed)."""

_BINARY = (bytes, bytearray, memoryview)


def _name(value: object) -> str | None:
    if isinstance(value, _BINARY):
        return bytes(value).decode("latin-1").lower()
    return value.lower() if isinstance(value, str) else None


def _sensitive(value: object) -> bool:
    return _name(value) in SENSITIVE


def _redact(value: Any) -> Any:
    """A value with the credentials of any ``(name, value)`` header pairs in it redacted."""
    if isinstance(value, tuple) and len(value) >= 2 and _sensitive(value[0]):
        return (value[0], REDACTED, *value[2:])
    if isinstance(value, list):
        return [_redact(item) for item in value]
    if type(value) is tuple:  # a plain tuple of headers (a header tuple is handled above)
        return tuple(_redact(item) for item in value)
    return value


def _redact_args(args: tuple[Any, ...], *, blocks: bool) -> tuple[Any, ...]:
    redacted = [_redact(arg) for arg in args]
    for index in range(len(redacted) - 1):  # "Adding %s=%s", "Evicting %s: %s"
        if _sensitive(redacted[index]):
            redacted[index + 1] = REDACTED
    binary = [index for index, arg in enumerate(redacted) if isinstance(arg, _BINARY)]
    if blocks and len(binary) == 1:  # "Decoding %s", "Encoded header block to %s"
        index = binary[0]
        redacted[index] = f"<{len(redacted[index])} bytes of HPACK>"
    return tuple(redacted)


class RedactHeaders(logging.Filter):
    """Redacts credential header values (and HPACK header blocks) in log records' arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, Mapping):
            record.args = {key: _redact(value) for key, value in args.items()}
        elif args:
            record.args = _redact_args(tuple(args), blocks=record.name.startswith("hpack"))
        return True


_FILTER = RedactHeaders()


def install() -> None:
    """Put the redacting filter on every logger of :data:`LOGGERS` (once)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, RedactHeaders) for existing in logger.filters):
            logger.addFilter(_FILTER)
