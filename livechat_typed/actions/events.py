"""Events: sending events, uploading files and answering rich messages."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Annotated, Any, Final, Union

from pydantic import PlainSerializer, PlainValidator

from .._action import Action
from ..errors import FileTooLargeError, InvalidRequestError
from ..models._base import Encoded, Request, RequestObject, ResponseObject
from ..models._param import ModelOrParam
from ..models.event_inputs import EventInput

if TYPE_CHECKING:
    from ..models.params import EventInputParam, PostbackParam

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
    event: ModelOrParam[EventInput, "EventInputParam"]
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


def _to_part(value: Any) -> UploadPart:
    """An upload's file, read and checked (:mod:`._upload` is loaded on the first upload)."""
    from ._upload import to_part

    return to_part(value)


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

    @classmethod
    def encode_payload(cls, payload: Any, *, action: str) -> Encoded:
        """``payload`` as httpx's ``files=`` (the reference SDK's form), checked and read first:
        every file object is read into bytes (at most 10 MB each) before anything is sent."""
        from ._upload import PayloadProblem, payload_files, unreadable

        try:
            try:
                files = payload_files(payload)
            except PayloadProblem:
                raise
            except Exception as exc:  # the payload itself fails when read (len(), items(), ...)
                raise PayloadProblem((), unreadable(exc)) from None
        except PayloadProblem as problem:
            where = f"at {' > '.join(map(str, problem.loc))}: " if problem.loc else ""
            error = {  # located like the JSON payload's problems: the path is in the message
                "loc": ("payload",),
                "msg": f"{where}{problem.error.message()} [rule: {problem.error.type}]",
                "type": problem.error.type,
            }
            kind = (
                FileTooLargeError if problem.error.type == "file_too_large" else InvalidRequestError
            )
            raise kind(action, [error]) from None
        return Encoded(files=files)


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
    """The chat of the rich message."""
    thread_id: str
    """The thread of the rich message."""
    event_id: str
    """The rich message event."""
    postback: ModelOrParam[Postback, "PostbackParam"]
    """The button's postback: ``Postback(id=..., toggled=...)`` or a dict."""


class SendRichMessagePostbackResponse(ResponseObject):
    """Empty on success."""


class EventsActions:
    """Events category."""

    send_event = Action(SendEventRequest, SendEventResponse, idempotent=False)
    upload_file = Action(UploadFileRequest, UploadFileResponse, idempotent=False)
    send_rich_message_postback = Action(
        SendRichMessagePostbackRequest, SendRichMessagePostbackResponse, idempotent=False
    )
