"""Reading a request off the wire, strictly: headers, ``Content-Type``, JSON and multipart.

Whatever a client sends, these either return what the actions need or raise
:class:`~._errors.ApiFailure` (``validation``, or ``entity_too_large`` for an upload over the
limit), never another exception:

* header names and values are visible ASCII (and tabs): no other byte, nor invalid UTF-8;
* JSON actions take ``Content-Type: application/json`` (parameters such as ``charset`` allowed)
  and a body that is one JSON object (an empty body is ``{}``), at most :data:`MAX_JSON_DEPTH`
  levels deep, without ``NaN``/``Infinity`` (nor numbers too large for a double) and without
  lone surrogates (not Unicode text, so not JSON text the API could read);
* ``upload_file`` takes ``multipart/form-data`` with a boundary, well-formed (closing delimiter,
  part headers, no transfer encodings: RFC 7578) and a part named ``file`` that is not itself
  multipart.
"""

from __future__ import annotations

import email.errors
import email.message
import email.parser
import email.policy
import json
import math
from collections.abc import Iterator, Mapping
from typing import Any

import httpx

from ..actions.events import MAX_UPLOAD_BYTES
from ._errors import ApiFailure

__all__ = [
    "MAX_JSON_DEPTH",
    "checked_headers",
    "json_object",
    "loads_strict",
    "media_type",
    "multipart_file",
]

MAX_JSON_DEPTH = 100
"""How deeply a JSON body may nest (the API's limit is not documented; real requests nest less
than a dozen levels)."""

_MULTIPART_SLACK = 64 * 1024
"""What a multipart body may hold besides the file: boundaries and part headers."""


def _visible_ascii(text: str, *, tabs: bool) -> bool:
    return all(0x20 <= ord(char) < 0x7F or (tabs and char == "\t") for char in text)


def checked_headers(headers: Mapping[str, str]) -> httpx.Headers:
    """``headers`` as ``httpx.Headers``, if every name and value is visible ASCII."""
    if isinstance(headers, httpx.Headers):
        pairs = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in headers.raw]
    else:
        pairs = list(headers.items())
    for name, value in pairs:
        if not isinstance(name, str) or not isinstance(value, str):
            raise ApiFailure("validation", "header names and values must be text")
        if not name or not _visible_ascii(name, tabs=False):
            raise ApiFailure("validation", "a header name is not visible ASCII")
        if not _visible_ascii(value, tabs=True):
            shown = name if len(name) <= 64 else f"{name[:64]}..."
            raise ApiFailure("validation", f"the value of header {shown!r} is not visible ASCII")
    return httpx.Headers(pairs)


def media_type(content_type: str) -> str:
    """The ``type/subtype`` of a ``Content-Type`` value, in lower case (``""`` if none)."""
    return content_type.partition(";")[0].strip(" \t").lower()


# --- JSON ----------------------------------------------------------------------------------------


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text[:20]} does not fit a double")
    return number


def loads_strict(data: bytes | str) -> Any:
    """JSON as the API reads it, or ``ValueError``: no ``NaN``/``Infinity``, no numbers beyond a
    double, no lone surrogates, at most :data:`MAX_JSON_DEPTH` levels."""
    try:
        value = json.loads(data, parse_constant=_refuse_constant, parse_float=_finite)
    except RecursionError:
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    except UnicodeDecodeError:
        raise ValueError("the body is not UTF-8 text") from None
    _check_tree(value)
    return value


def _check_tree(value: Any) -> None:
    """Depth and strings of a parsed JSON value, without recursion."""
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        node, depth = pending.pop()
        if isinstance(node, (dict, list)) and depth > MAX_JSON_DEPTH:
            raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
        if isinstance(node, dict):
            for key, item in node.items():
                _check_text(key)
                pending.append((item, depth + 1))
        elif isinstance(node, list):
            pending.extend((item, depth + 1) for item in node)
        elif isinstance(node, str):
            _check_text(node)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("a string holds a lone surrogate (not Unicode text)") from None


def json_object(headers: httpx.Headers, body: bytes) -> dict[str, Any]:
    """The JSON object a JSON action got."""
    content_type = headers.get("content-type")
    if content_type is None or media_type(content_type) != "application/json":
        raise ApiFailure("validation", "the body must be sent as Content-Type: application/json")
    try:
        data = loads_strict(body or b"{}")
    except ValueError as exc:
        raise ApiFailure("validation", f"Wrong format of request: {_short(exc)}") from None
    if not isinstance(data, dict):
        raise ApiFailure("validation", "the body must be a JSON object")
    return data


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 200 else f"{text[:200]}..."


# --- multipart -----------------------------------------------------------------------------------


def multipart_file(headers: httpx.Headers, body: bytes) -> tuple[str, bytes, str]:
    """The ``file`` part of an ``upload_file`` body, as ``(filename, content, content_type)``."""
    content_type = headers.get("content-type", "")
    if media_type(content_type) != "multipart/form-data":
        raise ApiFailure("validation", "upload_file expects multipart/form-data")
    if len(body) > MAX_UPLOAD_BYTES + _MULTIPART_SLACK:
        raise ApiFailure("entity_too_large", "Upload limit exceeded (10MB).")
    try:
        message = _parse(content_type, body)
        if message.get_boundary() is None:
            raise ValueError("no boundary in the Content-Type")
        part = _file_part(message)
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        return part.get_filename() or "upload", content, part.get_content_type()
    except ApiFailure:
        raise
    except Exception as exc:  # the stdlib parser's many ways to fail on garbage: all are ours
        raise ApiFailure("validation", f"broken multipart/form-data: {_short(exc)}") from None


def _parse(content_type: str, body: bytes) -> email.message.EmailMessage:
    raw = b"Content-Type: " + content_type.encode("ascii") + b"\r\n\r\n" + body
    parser = email.parser.BytesParser(_class=email.message.EmailMessage, policy=email.policy.HTTP)
    message = parser.parsebytes(raw)
    if not isinstance(message, email.message.EmailMessage):  # pragma: no cover - the _class
        raise TypeError("the parser did not build an EmailMessage")
    return message


def _defects(message: email.message.EmailMessage) -> Iterator[email.errors.MessageDefect]:
    yield from message.defects
    for part in message.iter_parts():
        yield from part.defects


def _file_part(message: email.message.EmailMessage) -> email.message.MIMEPart:
    if not message.is_multipart():
        raise ValueError("the body has no parts")
    defect = next(_defects(message), None)
    if defect is not None:
        raise ValueError(type(defect).__name__)
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") != "file":
            continue
        if part.is_multipart():
            raise ValueError("the file part is itself multipart")
        if part.get("content-transfer-encoding", "binary").lower() not in (
            "binary",
            "8bit",
            "7bit",
        ):
            raise ValueError("Content-Transfer-Encoding is not used in multipart/form-data")
        return part
    raise ApiFailure("validation", "a multipart part named 'file' is required")
