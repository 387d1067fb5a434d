"""The old spellings of the variants still run, and warn with the new spelling.

Before the variants became accessors of the client, they were attributes of the bound action:
``client.send_event.raw(...)``, ``.with_response(...)``, ``.iterate(...)`` (paginated actions),
``.build(...)``, ``.with_payload(...)``, and the call could be spelled ``.__call__(...)``. Each
still runs, for every action, sync and async, sending exactly what the new spelling sends and
returning the same, but emits a ``DeprecationWarning`` naming the new spelling, attributed to the
caller's line. The new spellings emit nothing. The cases come from the declarations.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import warnings
from typing import Any

import httpx
import pytest

from livechat_typed import Action, AgentWeb, AsyncAgentWeb, PaginatedAction
from livechat_typed._accessors import VARIANTS

from .helpers import TOKEN, Recorder
from .spec_strategies import minimal_kwargs

ACTIONS: dict[str, Action[Any, Any, Any]] = {
    name: value for name in dir(AgentWeb) if isinstance(value := getattr(AgentWeb, name), Action)
}
CASES = [
    (name, old)
    for name, action in sorted(ACTIONS.items())
    for old in ("__call__", *VARIANTS)
    if old != "iterate" or isinstance(action, PaginatedAction)
]
UPLOAD_PAYLOAD = {"file": ("p.txt", b"raw")}


def new_spelling(name: str, old: str) -> str:
    return f"client.{name}(...)" if old == "__call__" else f"client.{old}.{name}(...)"


def arguments(name: str, old: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    if old == "with_payload":
        return (UPLOAD_PAYLOAD if name == "upload_file" else {"chat_id": "C1"},), {}
    return (), minimal_kwargs(name)


def outcome(value: Any) -> Any:
    """What a spelling gave, comparable across clients: a request's method, URL and body, a
    response's status and body, a model, the items of a listing."""
    if isinstance(value, httpx.Request):
        return sent(value)
    if isinstance(value, httpx.Response):
        return (value.status_code, value.content)
    if hasattr(value, "parsed"):  # WithResponse
        return (value.parsed, value.status_code)
    if hasattr(value, "pages"):  # a page iterator
        return ("pages", [outcome(item) for item in collect(value)])
    return value


def sent(request: httpx.Request) -> tuple[str, str, bytes]:
    """A request's method, URL and body (a multipart body's random boundary made fixed)."""
    content = request.read()
    boundary = re.search(r"boundary=([\w-]+)", request.headers.get("content-type", ""))
    if boundary:
        content = content.replace(boundary.group(1).encode(), b"BOUNDARY")
    return (request.method, str(request.url), content)


def collect(iterator: Any) -> list[Any]:
    if hasattr(iterator, "__aiter__"):

        async def gather() -> list[Any]:
            return [item async for item in iterator]

        return asyncio.run(gather())
    return list(iterator)


def settle(value: Any) -> Any:
    return asyncio.run(_await(value)) if inspect.isawaitable(value) else value


async def _await(awaitable: Any) -> Any:
    return await awaitable


@pytest.mark.parametrize("kind", [AgentWeb, AsyncAgentWeb], ids=["sync", "async"])
@pytest.mark.parametrize(("name", "old"), CASES, ids=[f"{n}.{o}" for n, o in CASES])
def test_the_old_spelling_runs_and_warns_naming_the_new_one(
    kind: type[Any], name: str, old: str
) -> None:
    recorder = Recorder()
    client = kind(f"Bearer {TOKEN}", transport=recorder.transport)
    args, kwargs = arguments(name, old)
    new = getattr(client, name) if old == "__call__" else getattr(getattr(client, old), name)
    with warnings.catch_warnings(record=True) as quiet:
        warnings.simplefilter("always")
        expected = outcome(settle(new(*args, **kwargs)))
    assert [w for w in quiet if w.category is DeprecationWarning] == []
    requests = [sent(request) for request in recorder.requests]
    del recorder.requests[:]

    with pytest.warns(DeprecationWarning, match=re.escape(new_spelling(name, old))) as caught:
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        result = getattr(getattr(client, name), old)(*args, **kwargs)
    got = outcome(settle(result))

    [warning] = [w for w in caught if w.category is DeprecationWarning]
    assert (warning.filename, warning.lineno) == (__file__, line)  # the caller's line
    assert f"client.{name}.{old}(...) is deprecated" in str(warning.message)
    assert got == expected
    assert [sent(request) for request in recorder.requests] == requests


def test_the_cases_cover_every_action_and_every_old_spelling() -> None:
    assert len(ACTIONS) == 36
    assert {old for _, old in CASES} == {"__call__", *VARIANTS}
    assert {name for name, old in CASES if old == "iterate"} == {
        "list_archives",
        "list_chats",
        "list_threads",
    }
    assert len(CASES) == 36 * 5 + 3


def test_a_plain_call_does_not_go_through_the_old_call_spelling() -> None:
    """``client.send_event(...)`` calls the class's ``__call__`` (no warning); only the explicit
    attribute ``client.send_event.__call__`` is the old spelling."""
    recorder = Recorder()
    client = AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.send_event(**minimal_kwargs("send_event"))
        client.raw.send_event(**minimal_kwargs("send_event"))
    with pytest.warns(DeprecationWarning, match=re.escape("client.send_event(...)")):
        client.send_event.__call__(**minimal_kwargs("send_event"))
    assert len(recorder.requests) == 3
