"""The request a call builds is the one httpx builds for ``content=``, header for header.

The client lays out a JSON request's headers itself (one ``httpx.Headers`` instead of three); this
keeps it byte-identical to ``httpx.Request(..., content=body)`` for any session headers, hosts and
bodies, and keeps the body readable (``.content``) as before.
"""

from __future__ import annotations

import httpx
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed import AgentWeb

from .helpers import TOKEN

_NAMES = st.from_regex(r"\AX-[A-Za-z0-9-]{1,12}\Z")
_VALUES = st.from_regex(r"\A[!-~]([ -~]{0,20}[!-~])?\Z")
_HOSTS = st.sampled_from(
    ["api.livechatinc.com", "api.livechatinc.com:8443", "127.0.0.1:9999", "xn--bcher-kva.example"]
)


@given(
    session=st.dictionaries(_NAMES, _VALUES, max_size=4),
    host=_HOSTS,
    text=st.text(max_size=50),
)
def test_a_json_request_is_laid_out_as_httpx_lays_out_content(
    session: dict[str, str], host: str, text: str
) -> None:
    client = AgentWeb(
        TOKEN, host, transport=httpx.MockTransport(lambda request: httpx.Response(200))
    )
    client.modify_header(session)
    ours = client.build.send_event(chat_id="C1", event={"type": "message", "text": text})
    expected = httpx.Request(
        "POST",
        ours.url,
        headers=[
            (key, value)
            for key, value in ours.headers.raw
            if key.lower() not in (b"host", b"content-length")
        ],
        content=ours.content,
    )
    assert ours.headers.raw == expected.headers.raw
    assert ours.content == expected.content
    assert ours.read() == ours.content
    assert ours.headers["content-length"] == str(len(ours.content))
    assert ours.headers.raw[0] == (b"Host", ours.url.netloc)


def test_per_call_headers_are_merged_as_before() -> None:
    client = AgentWeb(TOKEN, transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    client.modify_header({"X-Session": "1"})
    request = client.build.send_event(
        chat_id="C1",
        event={"type": "message", "text": "hi"},
        headers={"X-Session": "2", "X-Call": "3"},
    )
    assert request.headers.get_list("x-session") == ["2"]
    assert request.headers["x-call"] == "3"
    assert request.headers["content-length"] == str(len(request.content))
