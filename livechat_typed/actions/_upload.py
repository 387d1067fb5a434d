"""Reading the file of an upload: bytes, a path, a stream, or the reference SDK's payload.

Loaded on the first ``upload_file`` (its request's validator and ``encode_payload`` import it),
so a program that never uploads does not hold this code. Every file is read into bytes, at
most ``MAX_UPLOAD_BYTES``, before anything is sent.
"""

from __future__ import annotations

import inspect
import io
import mimetypes
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from pydantic_core import PydanticCustomError

from ..models._json import has_surrogate
from .events import MAX_UPLOAD_BYTES, UploadPart

__all__ = ["PayloadProblem", "payload_files", "to_part", "unreadable"]

_CHUNK: Final = 64 * 1024
"""Read size for streams of unknown length: a small upload allocates about its own size."""
_OPEN_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
"""Non-blocking, so that opening a FIFO returns at once (and is then refused), never hangs."""
_MEDIA_TYPE = re.compile(r"^[\x20-\x7e]+$")


def _too_large(size: int, *, exact: bool = True) -> PydanticCustomError:
    return PydanticCustomError(
        "file_too_large",
        (
            "the file has {size} bytes, over the API's upload limit of {limit} bytes (10 MB)"
            if exact
            else "the file has more than {limit} bytes, the API's upload limit (10 MB)"
        ),
        {"size": size, "limit": MAX_UPLOAD_BYTES},
    )


def unreadable(exc: BaseException) -> PydanticCustomError:
    return PydanticCustomError(
        "file_unreadable", "the file could not be read: {error}", {"error": type(exc).__name__}
    )


def _remaining(stream: Any) -> int | None:
    """How many bytes a seekable stream holds after its position (``None`` if it cannot say)."""
    seekable = getattr(stream, "seekable", None)
    try:
        if seekable is None or not seekable():
            return None
        position = stream.tell()
        end = stream.seek(0, io.SEEK_END)
    except Exception:
        return None
    stream.seek(position)  # if this fails, the stream cannot be read from where it was
    return max(end - position, 0) if isinstance(end, int) and isinstance(position, int) else None


def _read_limited(stream: Any) -> bytes:
    """Read a binary stream to its end, at most one byte past the limit, however few bytes each
    ``read(n)`` returns (pipes, sockets); the length checked is the length read."""
    size = _remaining(stream)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise _too_large(size)  # refused before reading anything
    want = size + 1 if size is not None else _CHUNK
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = _as_bytes(stream.read(min(want, MAX_UPLOAD_BYTES + 1 - total)))
        except TypeError:
            if chunks or not _takes_no_size(stream):
                raise
            # A duck-typed read() without a size reads everything at once.
            chunk = _as_bytes(stream.read())
            if len(chunk) > MAX_UPLOAD_BYTES:
                raise _too_large(len(chunk)) from None
            return chunk
        if not chunk:
            break
        total += len(chunk)
        if total > MAX_UPLOAD_BYTES:
            raise _too_large(total, exact=False)
        chunks.append(chunk)
        want = _CHUNK
    return b"".join(chunks)


def _takes_no_size(stream: Any) -> bool:
    try:
        return not inspect.signature(stream.read).parameters
    except (TypeError, ValueError):
        return False


def _as_bytes(chunk: object) -> bytes:
    if isinstance(chunk, bytes):
        return chunk
    if isinstance(chunk, (bytearray, memoryview)):
        return bytes(chunk)
    if isinstance(chunk, str):
        raise PydanticCustomError("file_type", "the file must be opened in binary mode ('rb')")
    if chunk is None:
        raise PydanticCustomError(
            "file_type",
            "read() returned None: a non-blocking stream with no data ready (pass bytes or a "
            "blocking binary file)",
        )
    raise PydanticCustomError(
        "file_type", "read() must return bytes, not {kind}", {"kind": type(chunk).__name__}
    )


def _read_path(value: str | os.PathLike[str]) -> tuple[bytes, str]:
    """The bytes and base name of the regular file at ``value``; anything else is refused."""
    path = Path(value)
    shown = str(path).encode("utf-8", "backslashreplace").decode("utf-8")  # printable
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise PydanticCustomError("file_path", "no such file: {path}", {"path": shown}) from None
    except PermissionError:
        raise PydanticCustomError(
            "file_path", "the file cannot be read (permission denied): {path}", {"path": shown}
        ) from None
    except (OSError, ValueError) as exc:  # a path too long, a NUL byte, a loop of links, ...
        raise PydanticCustomError(
            "file_path",
            "the file cannot be opened ({error}): {path}",
            {"error": getattr(exc, "strerror", None) or type(exc).__name__, "path": shown},
        ) from None
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    if not regular:
        os.close(fd)
        raise PydanticCustomError(
            "file_path",
            "not a regular file (a directory, FIFO, socket or device): {path}",
            {"path": shown},
        )
    with open(fd, "rb", closefd=True) as stream:
        return _read_limited(stream), path.name


def _check_filename(filename: str) -> str:
    if has_surrogate(filename):
        raise PydanticCustomError(
            "file_name",
            "the file name holds a lone surrogate (bytes that are not UTF-8 text): pass "
            "(filename, content) to name the file",
        )
    return filename


def _check_content_type(content_type: object) -> str | None:
    if content_type is None:
        return None
    if not isinstance(content_type, str) or not _MEDIA_TYPE.match(content_type):
        raise PydanticCustomError(
            "file_content_type",
            "a content type is printable ASCII text such as 'image/png' (no line breaks)",
        )
    return content_type


def _text_content(value: str) -> bytes:
    if has_surrogate(value):
        raise PydanticCustomError(
            "file_content", "text content holds a lone surrogate, which UTF-8 cannot encode"
        )
    return value.encode("utf-8")


def to_part(value: Any) -> UploadPart:
    """Accept bytes, a path, a binary file object, or ``(filename, content[, content_type])``.

    Inside a tuple or the reference SDK's ``{"file": ...}`` mapping, values mean what httpx makes
    of them: a ``str`` there is text content, not a path.
    """
    try:
        return _part(value)
    except PydanticCustomError:
        raise
    except Exception as exc:  # a file object whose read(), seek(), name, ... raise
        raise unreadable(exc) from None


def _part(value: Any) -> UploadPart:
    wrapped = isinstance(value, (Mapping, tuple))
    if isinstance(value, Mapping):  # the reference SDK's form: an httpx files mapping
        if set(value) != {"file"}:
            raise PydanticCustomError(
                "file_mapping", "a files mapping must have exactly one key, 'file'"
            )
        value = value["file"]
    content_type: str | None = None
    filename: str | None = None
    if isinstance(value, tuple):
        if len(value) not in (2, 3) or not isinstance(value[0], str):
            raise PydanticCustomError(
                "file_tuple", "a file tuple is (filename, content) or (filename, content, type)"
            )
        filename = _check_filename(value[0])
        content_type = _check_content_type(value[2]) if len(value) == 3 else None
        value = value[1]
    if isinstance(value, str) and wrapped:
        value = _text_content(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        if len(data) > MAX_UPLOAD_BYTES:
            raise _too_large(len(data))
        filename = filename or "upload"
    elif isinstance(value, (str, os.PathLike)):
        data, name = _read_path(value)
        filename = filename or _check_filename(name)
    elif callable(getattr(value, "read", None)):
        data = _read_limited(value)
        filename = filename or _check_filename(_stream_name(value))
    else:
        raise PydanticCustomError(
            "file_type",
            "expected bytes, a path, a binary file object or a (filename, content) tuple",
        )
    content_type = content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return UploadPart(filename, data, content_type)


def _stream_name(stream: Any) -> str:
    """The file name httpx gives a file object: the base name of its ``name``, else ``upload``."""
    return Path(str(getattr(stream, "name", "upload"))).name


# --- payload=: the reference SDK's httpx ``files=``, checked and read before sending ----------


def payload_files(payload: Any) -> Any:
    """``payload`` as httpx's ``files=`` would send it, with every file object read into bytes
    (from its start, as httpx reads it) so that nothing can fail once the request is sent."""
    if not payload and isinstance(payload, (Mapping, list, tuple)):
        raise PayloadProblem(
            (), PydanticCustomError("file_mapping", "upload_file's payload holds no file")
        )
    if isinstance(payload, Mapping):
        return {
            _field_name(name, ()): _payload_file(value, (name,)) for name, value in payload.items()
        }
    if isinstance(payload, (list, tuple)):
        fields = []
        for index, pair in enumerate(payload):
            if not (isinstance(pair, tuple) and len(pair) == 2):
                raise PayloadProblem(
                    (index,),
                    PydanticCustomError("file_mapping", "each field is a (name, file) pair"),
                )
            fields.append((_field_name(pair[0], (index,)), _payload_file(pair[1], (index, 1))))
        return fields
    raise PayloadProblem(
        (),
        PydanticCustomError(
            "file_mapping", "upload_file's payload is httpx files: {{'file': <file>}}"
        ),
    )


class PayloadProblem(Exception):
    def __init__(self, loc: tuple[Any, ...], error: PydanticCustomError) -> None:
        self.loc = loc
        self.error = error


def _field_name(name: object, loc: tuple[Any, ...]) -> str:
    if not isinstance(name, str) or has_surrogate(name):
        raise PayloadProblem(
            loc, PydanticCustomError("file_mapping", "a form field name must be text")
        )
    return name


def _payload_file(value: Any, loc: tuple[Any, ...]) -> Any:
    try:
        if isinstance(value, tuple):
            if not 2 <= len(value) <= 4:
                raise PydanticCustomError(
                    "file_tuple",
                    "a file tuple is (filename, content[, content_type[, headers]])",
                )
            filename, content, *rest = value
            if filename is not None and not isinstance(filename, str):
                raise PydanticCustomError("file_tuple", "the file name must be text or None")
            if filename is not None:
                _check_filename(filename)
            if rest:
                _check_content_type(rest[0])
            if len(rest) == 2:
                _check_part_headers(rest[1])
            return (filename, _payload_content(content), *rest)
        if isinstance(value, (bytes, str)):
            return _payload_content(value)
        if callable(getattr(value, "read", None)):
            return (_check_filename(_stream_name(value)), _payload_content(value))
        raise PydanticCustomError(
            "file_type", "expected bytes, text, a binary file object or a file tuple"
        )
    except PydanticCustomError as exc:
        raise PayloadProblem(loc, exc) from None
    except Exception as exc:
        raise PayloadProblem(loc, unreadable(exc)) from None


def _payload_content(content: Any) -> bytes | str | _OneWay:
    if isinstance(content, bytes):
        if len(content) > MAX_UPLOAD_BYTES:
            raise _too_large(len(content))
        return content
    if isinstance(content, str):
        if len(_text_content(content)) > MAX_UPLOAD_BYTES:
            raise _too_large(len(content.encode("utf-8")))
        return content
    if isinstance(content, io.TextIOBase):
        raise PydanticCustomError("file_type", "the file must be opened in binary mode ('rb')")
    if callable(getattr(content, "read", None)):
        sized = _length_known(content)
        if callable(getattr(content, "seek", None)):
            try:  # httpx sends a file object from its start
                content.seek(0)
            except io.UnsupportedOperation:
                pass
        data = _read_limited(content)
        # httpx frames a stream whose length it cannot see in advance as chunked: keep that.
        return data if sized else _OneWay(data)
    raise PydanticCustomError("file_type", "file content is bytes, text or a binary file object")


def _length_known(stream: Any) -> bool:
    """Whether httpx can tell ``stream``'s length before reading it (``peek_filelike_length``):
    then it sends a ``Content-Length``, else the body goes chunked."""
    try:
        os.fstat(stream.fileno())
    except (AttributeError, OSError):
        try:
            offset = stream.tell()
            stream.seek(0, io.SEEK_END)
            stream.seek(offset)
        except (AttributeError, OSError):
            return False
    return True


class _OneWay:
    """Bytes already read from a stream of unknown length, offered to httpx as such a stream
    (``read`` only), so the request is framed as the reference SDK frames it."""

    __slots__ = ("_data", "_position")

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._position = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._data) if size is None or size < 0 else self._position + size
        chunk = self._data[self._position : end]
        self._position += len(chunk)
        return chunk


def _check_part_headers(headers: object) -> None:
    if not isinstance(headers, Mapping) or not all(
        isinstance(name, str)
        and isinstance(value, str)
        and _MEDIA_TYPE.match(name)
        and _MEDIA_TYPE.match(value)
        for name, value in headers.items()
    ):
        raise PydanticCustomError(
            "file_tuple", "part headers are a mapping of printable ASCII names and values"
        )
