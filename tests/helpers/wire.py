"""The reference SDK beside our client, and the comparison of the requests they send.

The oracle is ``lc-sdk-python==0.4.1`` (``AgentWebV36``). Requests compare by method, URL, JSON
body (after ``json.loads``, with strict types: ``true`` is not ``1``, duplicate keys are an
error), multipart parts, and every header the reference sends (except ``user-agent``, ours is our
own, and ``content-length``, checked against our body instead). The ``pair`` fixture
(``conftest.py``) gives a test a fresh :class:`Pair`.
"""

from __future__ import annotations

import email
import email.message
import json
import math
from typing import Any

import httpx
from hypothesis import strategies as st
from livechat.agent.web.api.v36 import AgentWebV36  # type: ignore[import-untyped]

from livechat_typed import AgentWeb

from .core import TOKEN, Recorder

__all__ = [
    "HEADER_NAMES",
    "HEADER_VALUES",
    "REFERENCE_BASE_URL",
    "Pair",
    "assert_same_headers",
    "assert_same_json",
    "assert_same_request",
    "header_dicts",
    "headers_without_boundary",
    "is_multipart",
    "load_json",
    "multipart_boundary",
    "multipart_parts",
    "no_duplicate_keys",
]

REFERENCE_BASE_URL = "api.livechatinc.com"


# --- the two clients ------------------------------------------------------------------------------


class Pair:
    """The reference SDK and our client, each behind its own recording mock transport."""

    def __init__(self) -> None:
        self.ref_recorder = Recorder()
        self.our_recorder = Recorder()
        # verify=False only makes the constructor cheap: its session is replaced right away.
        self.ref = AgentWebV36(
            f"Bearer {TOKEN}", REFERENCE_BASE_URL, False, disable_logging=True, verify=False
        )
        original = self.ref.session
        self.ref.session = httpx.Client(
            transport=self.ref_recorder.transport, headers=original.headers
        )
        original.close()
        self.ours = AgentWeb(f"Bearer {TOKEN}", transport=self.our_recorder.transport)

    def reference(self, action: str, **kwargs: Any) -> httpx.Request:
        count = len(self.ref_recorder.requests)
        response = getattr(self.ref, action)(**kwargs)
        assert response.status_code == 200
        assert len(self.ref_recorder.requests) == count + 1
        return self.ref_recorder.last

    def our(self, action: str, **kwargs: Any) -> httpx.Request:
        count = len(self.our_recorder.requests)
        response = getattr(self.ours.raw, action)(**kwargs)
        assert isinstance(response, httpx.Response)
        assert response.status_code == 200
        assert len(self.our_recorder.requests) == count + 1
        return self.our_recorder.last

    def close(self) -> None:
        self.ref.session.close()
        self.ours.close()


# --- comparisons ----------------------------------------------------------------------------------


def no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys)), f"duplicate JSON keys: {keys}"
    return dict(pairs)


def load_json(content: bytes) -> Any:
    return json.loads(content, object_pairs_hook=no_duplicate_keys)


def assert_same_json(ours: Any, ref: Any, path: str = "$") -> None:
    """Equal JSON values with equal types: ``True`` != ``1`` != ``1.0``, ``-0.0`` != ``0.0``."""
    assert type(ours) is type(ref), f"{path}: {ours!r} (ours) vs {ref!r} (reference)"
    if isinstance(ref, dict):
        assert ours.keys() == ref.keys(), f"{path}: keys {sorted(ours)} vs {sorted(ref)}"
        for key in ref:
            assert_same_json(ours[key], ref[key], f"{path}.{key}")
    elif isinstance(ref, list):
        assert len(ours) == len(ref), f"{path}: {len(ours)} items vs {len(ref)}"
        for index, (mine, theirs) in enumerate(zip(ours, ref, strict=True)):
            assert_same_json(mine, theirs, f"{path}[{index}]")
    elif isinstance(ref, float):
        assert ours == ref and math.copysign(1, ours) == math.copysign(1, ref), path
    else:
        assert ours == ref, f"{path}: {ours!r} (ours) vs {ref!r} (reference)"


def multipart_boundary(request: httpx.Request) -> str:
    message = email.message.Message()
    message["content-type"] = request.headers["content-type"]
    boundary = message.get_param("boundary")
    assert isinstance(boundary, str) and boundary
    return boundary


def multipart_parts(request: httpx.Request) -> list[dict[str, Any]]:
    """The parts of a multipart/form-data body: name, filename, content type, content."""
    delimiter = b"--" + multipart_boundary(request).encode("ascii")
    body = request.content
    closing = delimiter + b"--\r\n"
    assert body.endswith(closing), body[-80:]
    chunks = body[: -len(closing)].split(delimiter)
    assert chunks[0] == b""
    parts = []
    for chunk in chunks[1:]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, separator, content = chunk[2:-2].partition(b"\r\n\r\n")
        assert separator
        headers = email.message_from_string(head.decode("utf-8") + "\r\n\r\n")
        parts.append(
            {
                "name": headers.get_param("name", header="content-disposition"),
                "filename": headers.get_param("filename", header="content-disposition"),
                "content_type": headers.get("content-type"),
                "content": content,
                "raw_headers": head,
            }
        )
    return parts


def is_multipart(request: httpx.Request) -> bool:
    return bool(request.headers.get("content-type", "").startswith("multipart/form-data"))


def assert_same_headers(ref: httpx.Request, ours: httpx.Request) -> None:
    for name in sorted({key for key, _ in ref.headers.multi_items()}):
        if name in ("user-agent", "content-length"):
            continue
        if name == "content-type" and is_multipart(ref):
            assert is_multipart(ours), ours.headers.get("content-type")
            continue  # the boundaries differ; each matches its own body (multipart_parts)
        assert ours.headers.get_list(name) == ref.headers.get_list(name), name
    assert ours.headers["content-length"] == str(len(ours.content))
    assert ours.headers["user-agent"].startswith("livechat-typed/")


def assert_same_request(ref: httpx.Request, ours: httpx.Request) -> None:
    assert ours.method == ref.method == "POST"
    assert str(ours.url) == str(ref.url)
    if is_multipart(ref):
        assert multipart_parts(ours) == multipart_parts(ref)
    else:
        assert_same_json(load_json(ours.content), load_json(ref.content))
    assert_same_headers(ref, ours)


def headers_without_boundary(request: httpx.Request) -> list[tuple[str, str]]:
    items = []
    for key, value in request.headers.multi_items():
        if key == "content-type" and value.startswith("multipart/"):
            value = value.split(";")[0]
        items.append((key, value))
    return items


# --- per-call headers -----------------------------------------------------------------------------

HEADER_NAMES = st.sampled_from(
    ["X-Region", "X-API-Version", "Accept", "Authorization", "X-Request-Id", "Content-Type"]
) | st.from_regex(r"X-[A-Za-z0-9-]{1,12}", fullmatch=True)
HEADER_VALUES = st.from_regex(r"[!-~]([ !-~]{0,20}[!-~])?", fullmatch=True)


def header_dicts(action: str) -> st.SearchStrategy[dict[str, str]]:
    """Per-call headers; ``upload_file`` keeps its multipart Content-Type."""
    names = HEADER_NAMES
    if action == "upload_file":
        names = names.filter(lambda name: name.lower() != "content-type")
    return st.lists(
        st.tuples(names, HEADER_VALUES), min_size=1, max_size=3, unique_by=lambda t: t[0].lower()
    ).map(dict)
