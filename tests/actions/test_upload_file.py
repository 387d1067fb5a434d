"""upload_file: one multipart part named ``file``, from bytes, a path or a file object."""

from __future__ import annotations

import email.parser
import email.policy
import io
import os
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livechat_typed import AgentWeb
from livechat_typed.actions.events import MAX_UPLOAD_BYTES
from livechat_typed.errors import FileTooLargeError, InvalidRequestError

from ..helpers import TOKEN, Recorder


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


# --- exact reads: short reads, real lengths, duck-typed streams ----------------------------------


class _Trickle:
    """A stream (not io.IOBase) whose ``read(n)`` returns at most ``step`` bytes, as unbuffered
    pipes and sockets do; it counts what was read from it."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data = data
        self.step = step
        self.consumed = 0

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            size = len(self.data)
        chunk = self.data[self.consumed : self.consumed + min(size, self.step)]
        self.consumed += len(chunk)
        return chunk


@given(content=st.binary(max_size=5000), step=st.integers(1, 700))
@settings(max_examples=60, deadline=None)
def test_short_reads_are_read_to_the_end(content: bytes, step: int) -> None:
    recorder = Recorder()
    with AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport) as client:
        client.upload_file(file=_Trickle(content, step))  # type: ignore[arg-type]
        client.upload_file(file=("t.bin", io.BufferedReader(_ShortRaw(content, step))))
    assert parts(recorder.requests[0]) == [("file", "upload", "application/octet-stream", content)]
    assert parts(recorder.requests[1])[0][3] == content


class _ShortRaw(io.RawIOBase):
    """An unbuffered raw stream that fills at most ``step`` bytes per ``readinto``."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data = memoryview(data)
        self.step = step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self.step, len(self.data))
        buffer[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


def test_a_trickling_stream_over_the_limit_is_refused_without_reading_much_more() -> None:
    stream = _Trickle(b"q" * (MAX_UPLOAD_BYTES + 10 * 2**20), step=50_000)
    recorder = Recorder()
    with (
        AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport) as client,
        pytest.raises(FileTooLargeError, match="10 MB"),
    ):
        client.upload_file(file=stream)  # type: ignore[arg-type]
    assert MAX_UPLOAD_BYTES < stream.consumed <= MAX_UPLOAD_BYTES + 64 * 1024
    assert recorder.requests == []


class _LyingSize(io.RawIOBase):
    """Says (through seek) that it holds ``claimed`` bytes, then yields ``actual`` bytes."""

    def __init__(self, claimed: int, actual: int) -> None:
        self.claimed = claimed
        self.left = actual
        self.position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        self.position = self.claimed if whence == io.SEEK_END else offset
        return self.position

    def tell(self) -> int:
        return self.position

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = b"L" * n
        self.left -= n
        return n


def test_the_length_checked_is_the_length_read(client: AgentWeb, recorder: Recorder) -> None:
    with pytest.raises(FileTooLargeError):
        client.upload_file(file=_LyingSize(claimed=10, actual=MAX_UPLOAD_BYTES + 1))
    assert recorder.requests == []
    client.upload_file(file=_LyingSize(claimed=3, actual=5000))
    assert parts(recorder.last)[0][3] == b"L" * 5000


class _NoSizeRead:
    """Duck-typed: a ``read()`` that takes no size at all."""

    name = "/tmp/report.csv"

    def read(self) -> bytes:
        return b"a,b\n1,2\n"


def test_any_object_with_read_is_a_file(client: AgentWeb, recorder: Recorder) -> None:
    client.upload_file(file=_NoSizeRead())  # type: ignore[arg-type]
    assert parts(recorder.last) == [("file", "report.csv", "text/csv", b"a,b\n1,2\n")]


class _Returns:
    def __init__(self, value: object) -> None:
        self.value = value

    def read(self, size: int = -1) -> object:
        return self.value


class _Raises:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def read(self, size: int = -1) -> bytes:
        raise self.exc


@pytest.mark.parametrize(
    ("stream", "rule"),
    [
        (_Returns("text"), "file_type"),
        (_Returns(None), "file_type"),
        (_Returns(5), "file_type"),
        (_Raises(OSError("disk gone")), "file_unreadable"),
        (_Raises(ValueError("I/O operation on closed file")), "file_unreadable"),
        (_Raises(RuntimeError("boom")), "file_unreadable"),
        (_Raises(TypeError("bad")), "file_unreadable"),
    ],
)
def test_streams_that_misbehave_are_refused(
    client: AgentWeb, recorder: Recorder, stream: object, rule: str
) -> None:
    with pytest.raises(InvalidRequestError) as info:
        client.upload_file(file=stream)  # type: ignore[arg-type]
    assert info.value.errors[0]["loc"] == ("file",)
    assert info.value.errors[0]["type"] == rule
    assert recorder.requests == []


def test_a_closed_file_is_refused(client: AgentWeb, recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x")
    with path.open("rb") as fh:
        pass
    with pytest.raises(InvalidRequestError, match="file_unreadable"):
        client.upload_file(file=fh)
    assert recorder.requests == []


# --- paths that are not readable regular files ------------------------------------------------


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)  # opening it for reading would wait for a writer forever
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.bin", "no such file"),
        (lambda tmp: tmp, "not a regular file"),
        (_fifo, "not a regular file"),
        (lambda tmp: Path(os.devnull), "not a regular file"),
        (lambda tmp: tmp / "nul\x00byte", "cannot be opened"),
        (lambda tmp: tmp / ("x" * 5000), "cannot be opened"),
    ],
    ids=["missing", "directory", "fifo", "device", "nul-byte", "name-too-long"],
)
def test_paths_that_are_not_readable_files_are_refused(
    client: AgentWeb, recorder: Recorder, tmp_path: Path, make: Any, message: str
) -> None:
    path = make(tmp_path)
    for value in (path, str(path)):
        with pytest.raises(InvalidRequestError, match=message) as info:
            client.upload_file(file=value)
        assert info.value.errors[0] == {
            "loc": ("file",),
            "msg": info.value.errors[0]["msg"],
            "type": "file_path",
        }
    assert recorder.requests == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused(
    client: AgentWeb, recorder: Recorder, tmp_path: Path
) -> None:
    path = tmp_path / "secret.bin"
    path.write_bytes(b"x")
    path.chmod(0)
    with pytest.raises(InvalidRequestError, match="permission denied"):
        client.upload_file(file=path)
    assert recorder.requests == []


def test_a_path_whose_name_is_not_utf8_is_refused(
    client: AgentWeb, recorder: Recorder, tmp_path: Path
) -> None:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    path.write_bytes(b"x")
    with pytest.raises(InvalidRequestError, match="file_name"):
        client.upload_file(file=path)
    client.upload_file(file=("cafe.txt", path.read_bytes()))  # named explicitly: fine
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        (("bad\ud800.txt", b"x"), "file_name"),
        (("a.txt", "text \udfff"), "file_content"),
        (("a.txt", b"x", "text/plain\r\nX-Injected: 1"), "file_content_type"),
        (("a.txt", b"x", 5), "file_content_type"),
        ({"file": ("a.txt", b"x", "t\u00e9xt/plain")}, "file_content_type"),
    ],
)
def test_what_a_multipart_part_cannot_carry_is_refused(
    client: AgentWeb, recorder: Recorder, value: Any, rule: str
) -> None:
    with pytest.raises(InvalidRequestError) as info:
        client.upload_file(file=value)
    assert info.value.errors[0]["type"] == rule
    assert recorder.requests == []


# --- memory ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["bytesio", "file", "unbuffered", "trickle"])
def test_a_small_upload_allocates_about_its_own_size(
    client: AgentWeb, recorder: Recorder, tmp_path: Path, kind: str
) -> None:
    content = os.urandom(3000)
    path = tmp_path / "small.bin"
    path.write_bytes(content)
    client.upload_file(file=b"warm-up")  # first-call imports and caches are not the upload's
    stream: Any = {
        "bytesio": lambda: io.BytesIO(content),
        "file": lambda: path.open("rb"),
        "unbuffered": lambda: path.open("rb", buffering=0),
        "trickle": lambda: _Trickle(content, 1000),
    }[kind]()
    tracemalloc.start()
    try:
        request = client.build.upload_file(file=stream)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        if hasattr(stream, "close"):
            stream.close()
    assert parts(request)[0][3] == content
    assert peak < 256 * 1024, f"{peak:,} bytes allocated for a {len(content):,}-byte upload"


# --- payload=: the reference SDK's httpx files, read before anything is sent ---------------------


def test_payload_file_objects_are_read_from_their_start_as_httpx_does(
    client: AgentWeb, recorder: Recorder, tmp_path: Path
) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.7 whole")
    with path.open("rb") as fh:
        fh.read(4)
        client.upload_file(payload={"file": fh})
    reference = httpx.Request("POST", "https://x", files={"file": path.open("rb")})
    reference.read()
    assert parts(recorder.last) == parts(reference)
    assert parts(recorder.last) == [("file", "doc.pdf", "application/pdf", b"%PDF-1.7 whole")]


@pytest.mark.parametrize(
    ("payload", "rule"),
    [
        ({"file": _Raises(OSError("gone"))}, "file_unreadable"),
        ({"file": ("a.txt", _Raises(RuntimeError("boom")))}, "file_unreadable"),
        ({"file": ("a\ud800.txt", b"x")}, "file_name"),
        ({"file": ("a.txt", b"x", "a\nb")}, "file_content_type"),
        ({"file": object()}, "file_type"),
        ({"file": (1, 2, 3, 4, 5)}, "file_tuple"),
        ({}, "file_mapping"),
        ("file.txt", "file_mapping"),
        ({"file": b"x" * (MAX_UPLOAD_BYTES + 1)}, "file_too_large"),
    ],
)
def test_bad_payload_files_are_refused_before_any_request(
    client: AgentWeb, recorder: Recorder, payload: Any, rule: str
) -> None:
    with pytest.raises(InvalidRequestError) as info:
        client.upload_file(payload=payload)
    assert info.value.errors[0]["loc"] == ("payload",)
    assert info.value.errors[0]["type"] == rule
    assert isinstance(info.value, FileTooLargeError) == (rule == "file_too_large")
    assert recorder.requests == []


class _OneWayStream:
    """Read once, front to back; no fileno, tell or seek (a pipe, a socket file)."""

    def __init__(self, content: bytes) -> None:
        self._buffer = io.BytesIO(content)

    def read(self, size: int = -1) -> bytes:
        return self._buffer.read(size)


@pytest.mark.parametrize("stream", [_OneWayStream, io.BytesIO], ids=["one-way", "seekable"])
def test_payload_streams_are_framed_as_httpx_frames_them(client: AgentWeb, stream: Any) -> None:
    content = os.urandom(5000)
    ours = client.build.upload_file(payload={"file": ("x.bin", stream(content))})
    reference = httpx.Request("POST", "https://x", files={"file": ("x.bin", stream(content))})
    for name in ("transfer-encoding", "content-length"):
        assert (name in ours.headers) == (name in reference.headers), name
    ours.read()
    reference.read()
    assert (
        parts(ours) == parts(reference) == [("file", "x.bin", "application/octet-stream", content)]
    )
