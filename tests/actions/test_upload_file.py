"""upload_file: one multipart part named ``file``, from bytes, a path or a file object."""

from __future__ import annotations

import email.parser
import email.policy
import io
from pathlib import Path

import httpx
import pytest

from livechat_typed import AgentWeb
from livechat_typed.actions.events import MAX_UPLOAD_BYTES
from livechat_typed.errors import FileTooLargeError, InvalidRequestError

from ..helpers import Recorder


def parts(request: httpx.Request) -> list[tuple[str | None, str | None, str, bytes]]:
    """(name, filename, content type, content) of each multipart part."""
    raw = (
        b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n" + request.content
    )
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    return [
        (
            part.get_param("name", header="content-disposition"),
            part.get_filename(),
            part.get_content_type(),
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
    ]


def test_bytes(client: AgentWeb, recorder: Recorder) -> None:
    client.upload_file(file=b"hello")
    assert recorder.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert parts(recorder.last) == [("file", "upload", "application/octet-stream", b"hello")]


def test_path(client: AgentWeb, recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG...")
    client.upload_file(file=path)
    client.upload_file(file=str(path))
    assert parts(recorder.requests[0]) == [("file", "photo.png", "image/png", b"\x89PNG...")]
    assert parts(recorder.requests[1]) == parts(recorder.requests[0])


def test_file_object(client: AgentWeb, recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"line\n")
    with path.open("rb") as fh:
        client.upload_file(file=fh)
    assert parts(recorder.last) == [("file", "notes.txt", "text/plain", b"line\n")]


def test_tuple_with_name_and_type(client: AgentWeb, recorder: Recorder) -> None:
    client.upload_file(file=("a.bin", io.BytesIO(b"12"), "application/x-thing"))
    assert parts(recorder.last) == [("file", "a.bin", "application/x-thing", b"12")]


def test_reference_style_mapping(client: AgentWeb, recorder: Recorder) -> None:
    client.upload_file(file={"file": ("r.pdf", b"%PDF")})
    assert parts(recorder.last) == [("file", "r.pdf", "application/pdf", b"%PDF")]


def test_exactly_the_limit_is_accepted(client: AgentWeb, recorder: Recorder) -> None:
    client.upload_file(file=b"x" * MAX_UPLOAD_BYTES)
    assert len(parts(recorder.last)[0][3]) == MAX_UPLOAD_BYTES


class _Unseekable(io.RawIOBase):
    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left)
        buffer[:n] = b"y" * n
        self.left -= n
        return n


@pytest.mark.parametrize("kind", ["bytes", "path", "file", "stream"])
def test_over_the_limit_is_refused_before_any_request(
    client: AgentWeb, recorder: Recorder, tmp_path: Path, kind: str
) -> None:
    size = MAX_UPLOAD_BYTES + 1
    path = tmp_path / "big.bin"
    if kind in ("path", "file"):
        with path.open("wb") as fh:
            fh.truncate(size)
    value: object = {
        "bytes": lambda: b"z" * size,
        "path": lambda: path,
        "file": lambda: path.open("rb"),
        "stream": lambda: io.BufferedReader(_Unseekable(size)),
    }[kind]()
    with pytest.raises(FileTooLargeError, match="10 MB") as info:
        client.upload_file(file=value)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert info.value.errors[0]["loc"] == ("file",)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (io.StringIO("text"), "binary mode"),
        (12, "expected bytes"),
        ("/no/such/file.bin", "no such file"),
        ({"other": b"x"}, "exactly one key"),
        (("name",), "file tuple"),
    ],
)
def test_bad_files_are_refused(
    client: AgentWeb, recorder: Recorder, value: object, message: str
) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        client.upload_file(file=value)  # type: ignore[arg-type]
    assert recorder.requests == []


def test_payload_is_sent_as_multipart_parts(client: AgentWeb, recorder: Recorder) -> None:
    client.upload_file(payload={"file": ("p.txt", b"raw")})
    assert parts(recorder.last) == [("file", "p.txt", "text/plain", b"raw")]
