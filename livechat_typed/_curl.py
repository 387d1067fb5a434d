"""Render a request as a ``curl`` command, for bug reports: the token is redacted by default."""

from __future__ import annotations

import shlex

import httpx

__all__ = ["to_curl"]

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
_SKIPPED_HEADERS = frozenset({"content-length", "host", "accept-encoding", "connection"})
_AUTH_SCHEMES = frozenset({"bearer", "basic", "digest"})


def to_curl(request: httpx.Request, *, redact: bool = True) -> str:
    """A ``curl`` command line that sends ``request`` (from ``client.<action>.build(...)``).

    ``Authorization`` (and other credential headers) are replaced by ``<redacted>`` unless
    ``redact=False``. A multipart upload is shown as a note with its size, not as binary data.
    """
    parts = ["curl", "-X", request.method, shlex.quote(str(request.url))]
    for name, value in request.headers.multi_items():
        lower = name.lower()
        if lower in _SKIPPED_HEADERS:
            continue
        if redact and lower in _SECRET_HEADERS:
            scheme, _, _ = value.partition(" ")
            known = lower != "cookie" and scheme.lower() in _AUTH_SCHEMES
            value = f"{scheme} <redacted>" if known else "<redacted>"
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    content = request.content
    if content:
        if request.headers.get("content-type", "").lower().startswith("application/json"):
            parts += ["--data-raw", shlex.quote(content.decode("utf-8"))]
        else:
            parts += ["--data-binary", "@request-body.bin"]
            parts.append(
                f"# the body: {len(content)} bytes of {request.headers.get('content-type')}"
            )
    return " ".join(parts)
