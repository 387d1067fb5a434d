"""Header names and values checked before they reach a socket.

A header that HTTP/1.1 or HTTP/2 cannot carry must never reach the connection: on HTTP/2 the
protocol library refuses it by tearing down the connection that other calls share. So every
session header, per-call header and the ``Authorization`` value are checked up front, and a
problem is reported without the value (it may be a secret).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["header_problems", "value_problem"]

_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_VALUE_CHARS = re.compile(r"[\t\x20-\x7e]*")
_MANAGED = frozenset({"content-length", "host", "te", "transfer-encoding", "upgrade"})
"""Headers the HTTP layer sets itself, or that HTTP/2 refuses by closing the connection.
(``Connection`` and ``Keep-Alive`` may be given: HTTP/2 drops them, as httpx does.)"""


def name_problem(name: object) -> tuple[str, str] | None:
    """``(rule, message)`` for a header name that cannot be sent, else ``None``."""
    if not isinstance(name, str):
        return "header_name_type", "a header name must be a string"
    if not _NAME.fullmatch(name):
        return (
            "header_name",
            "a header name must be a non-empty HTTP token: ASCII letters, digits and "
            "!#$%&'*+-.^_`|~ (no spaces, colons or control characters)",
        )
    if name.lower() in _MANAGED:
        return "header_managed", "this header is set by the HTTP layer and cannot be given"
    return None


def value_problem(value: object) -> tuple[str, str] | None:
    """``(rule, message)`` for a header value that cannot be sent, else ``None``.

    The message never contains the value.
    """
    if not isinstance(value, str):
        return "header_value_type", "a header value must be a string"
    if not _VALUE_CHARS.fullmatch(value):
        return (
            "header_value",
            "a header value must be printable ASCII (no control characters, line breaks "
            "or non-ASCII characters)",
        )
    if value != value.strip(" \t"):
        return "header_value_whitespace", "a header value must not start or end with whitespace"
    return None


def header_problems(
    headers: Mapping[Any, Any] | Iterable[tuple[Any, Any]], *, loc: str = "headers"
) -> list[dict[str, Any]]:
    """The problems of a set of headers, in ``InvalidRequestError``'s format (no values)."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    problems: list[dict[str, Any]] = []
    for name, value in items:
        problem = name_problem(name) or value_problem(value)
        if problem is not None:
            rule, message = problem
            where = name if isinstance(name, str) and _NAME.fullmatch(name) else "<name>"
            problems.append({"loc": (loc, where), "msg": f"{message} [rule: {rule}]", "type": rule})
    return problems
