"""Events: sending events, uploading files and answering rich messages."""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Annotated, Any, Final, Union

from pydantic import PlainSerializer, PlainValidator
from pydantic_core import PydanticCustomError

from .._action import Action
from ..models._base import Encoded, ModelOrDict, Request, RequestObject, ResponseObject
from ..models.event_inputs import EventInput

__all__ = [
    "MAX_UPLOAD_BYTES",
    "EventsActions",
    "FileInput",
    "Postback",
    "SendEventRequest",
    "SendEventResponse",
    "SendRichMessagePostbackRequest",
    "SendRichMessagePostbackResponse",
    "UploadFileRequest",
    "UploadFileResponse",
    "UploadPart",
]

MAX_UPLOAD_BYTES: Final = 10 * 1024 * 1024
"""The API's upload limit: 10 MB."""


class SendEventRequest(Request):
    """Send an event (a message, file, rich message, ...) to a chat.

    Marks every event of the chat as seen by the requester.
    """

    chat_id: str
    """The chat to send the event to."""
    event: ModelOrDict[EventInput]
    """The event: ``MessageEvent(text=...)``, ``FileEvent(url=...)``, ... or a dict."""
    attach_to_last_thread: bool | None = None
    """For inactive chats: ``True`` adds the event to the last thread, ``False`` fails."""


class SendEventResponse(ResponseObject):
    """The ID of the new event."""

    event_id: str


# --- upload_file ------------------------------------------------------------------------------


class UploadPart:
    """A file ready to upload: its name, bytes and content type (checked against the limit)."""

    __slots__ = ("content", "content_type", "filename")

    def __init__(self, filename: str, content: bytes, content_type: str) -> None:
        self.filename = filename
        self.content = content
        self.content_type = content_type

    def __repr__(self) -> str:
        return f"UploadPart({self.filename!r}, {len(self.content)} bytes, {self.content_type!r})"


FileContent = Union[bytes, str, "os.PathLike[str]", IO[bytes]]


def _too_large(size: int) -> PydanticCustomError:
    return PydanticCustomError(
        "file_too_large",
        "the file has {size} bytes, over the API's upload limit of {limit} bytes (10 MB)",
        {"size": size, "limit": MAX_UPLOAD_BYTES},
    )


def _read_limited(stream: IO[bytes]) -> bytes:
    """Read a binary stream, refusing (before reading it all) one larger than the limit."""
    if stream.seekable():
        position = stream.tell()
        size = stream.seek(0, io.SEEK_END) - position
        stream.seek(position)
        if size > MAX_UPLOAD_BYTES:
            raise _too_large(size)
    data = stream.read(MAX_UPLOAD_BYTES + 1)
    if not isinstance(data, bytes):
        raise PydanticCustomError("file_type", "the file must be opened in binary mode ('rb')")
    if len(data) > MAX_UPLOAD_BYTES:
        raise _too_large(len(data))
    return data


def _to_part(value: Any) -> UploadPart:
    """Accept bytes, a path, a binary file object, or ``(filename, content[, content_type])``.

    Inside a tuple or the reference SDK's ``{"file": ...}`` mapping, values mean what httpx makes
    of them: a ``str`` there is text content, not a path.
    """
    wrapped = isinstance(value, (Mapping, tuple))
    if isinstance(value, Mapping):  # the reference SDK's form: an httpx files mapping
        if set(value) != {"file"}:
            raise PydanticCustomError(
                "file_mapping", "a files mapping must have exactly one key, 'file'"
            )
        value = value["file"]
    content_type: str | None = None
    if isinstance(value, tuple):
        if len(value) not in (2, 3) or not isinstance(value[0], str):
            raise PydanticCustomError(
                "file_tuple", "a file tuple is (filename, content) or (filename, content, type)"
            )
        filename = value[0]
        content_type = value[2] if len(value) == 3 else None
        value = value[1]
    else:
        filename = None
    if isinstance(value, str) and wrapped:
        value = value.encode("utf-8")
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        if len(data) > MAX_UPLOAD_BYTES:
            raise _too_large(len(data))
        filename = filename or "upload"
    elif isinstance(value, (str, os.PathLike)):
        path = Path(value)
        if not path.is_file():
            raise PydanticCustomError("file_path", "no such file: {path}", {"path": str(path)})
        size = path.stat().st_size
        if size > MAX_UPLOAD_BYTES:
            raise _too_large(size)
        data = path.read_bytes()
        filename = filename or path.name
    elif hasattr(value, "read"):
        data = _read_limited(value)
        filename = filename or Path(str(getattr(value, "name", "upload"))).name
    else:
        raise PydanticCustomError(
            "file_type",
            "expected bytes, a path, a binary file object or a (filename, content) tuple",
        )
    content_type = content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return UploadPart(filename, data, content_type)


FileInput = Annotated[
    Union[  # noqa: UP007
        FileContent,
        tuple[str, FileContent],
        tuple[str, FileContent, str],
        Mapping[str, Any],
    ],
    PlainValidator(_to_part),
    PlainSerializer(repr, return_type=str),
]
"""What ``upload_file`` accepts: bytes, a path, a binary file object, a
``(filename, content[, content_type])`` tuple, or the reference SDK's ``{"file": ...}`` mapping."""


class UploadFileRequest(Request):
    """Upload a file (at most 10 MB) and get a URL to send in a file event within 24 hours."""

    file: FileInput
    """The file: bytes, a path, a binary file object or a ``(filename, content)`` tuple."""

    def encode(self) -> Encoded:
        """A single multipart/form-data part named ``file``."""
        part: UploadPart = self.file  # type: ignore[assignment]
        return Encoded(files={"file": (part.filename, part.content, part.content_type)})


class UploadFileResponse(ResponseObject):
    """The temporary CDN URL of the uploaded file."""

    url: str
    """Expires after 24 hours unless used in a file event."""


# --- send_rich_message_postback ---------------------------------------------------------------


class Postback(RequestObject):
    """A rich-message button press (or its undoing)."""

    id: str
    """The button's ``postback_id``."""
    toggled: bool
    """``True``: the button is pressed; ``False``: the press is undone."""


class SendRichMessagePostbackRequest(Request):
    """Send a postback for a rich-message button."""

    chat_id: str
    thread_id: str
    event_id: str
    """The rich message event."""
    postback: ModelOrDict[Postback]


class SendRichMessagePostbackResponse(ResponseObject):
    """Empty on success."""


class EventsActions:
    """Events category."""

    send_event = Action(SendEventRequest, SendEventResponse, idempotent=False)
    upload_file = Action(UploadFileRequest, UploadFileResponse, idempotent=False)
    send_rich_message_postback = Action(
        SendRichMessagePostbackRequest, SendRichMessagePostbackResponse, idempotent=False
    )
