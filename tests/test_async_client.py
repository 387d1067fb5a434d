"""``AsyncAgentWeb``: the same wire format, validation, errors and actions as ``AgentWeb``, awaited.

* wire parity: for all 36 actions the request the async client sends equals the reference SDK's
  (and, byte for byte, the sync client's) for the same hypothesis-drawn keyword arguments, with
  the comparison code of ``helpers/wire.py``;
* bad input raises ``InvalidRequestError`` when the action is *called*, before anything is
  awaited, and nothing reaches the transport (the mutations of ``helpers/mutations.py``);
* awaited calls return the typed response model, ``.raw()`` never raises on API errors, calls
  raise the typed ``APIError`` subclass;
* lifecycle: ``async with`` / ``aclose()`` close, a closed client raises ``ClientClosedError``;
* both clients expose the same 36 ``Action`` objects.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import warnings
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any, TypeVar

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from livechat_typed import (
    Action,
    AgentWeb,
    AsyncAgentWeb,
    AsyncBoundAction,
    AsyncPaginatedBoundAction,
    BoundAction,
    InvalidRequestError,
    PaginatedAction,
    PaginatedBoundAction,
    errors,
)

from .helpers import (
    MUTATORS,
    TOKEN,
    Mutation,
    Pair,
    Recorder,
    assert_no_token,
    assert_refused,
    assert_same_request,
    cases,
    header_dicts,
    headers_without_boundary,
    is_multipart,
    load_spec,
    minimal_response,
    multipart_parts,
)
from .spec_strategies import ACTION_NAMES, minimal_kwargs, valid_kwargs

T = TypeVar("T")

_HEALTH = [
    HealthCheck.function_scoped_fixture,
    HealthCheck.too_slow,
    HealthCheck.filter_too_much,
    HealthCheck.data_too_large,
]
PARITY = settings(max_examples=15, deadline=None, database=None, suppress_health_check=_HEALTH)
MUTATIONS = settings(max_examples=4, deadline=None, database=None, suppress_health_check=_HEALTH)

PAGINATED = ("list_chats", "list_threads", "list_archives")
SPEC_ERROR_TYPES = [entry["type"] for entry in load_spec()["errors"]]


def run(coro: Awaitable[T]) -> T:
    async def main() -> T:
        return await coro

    return asyncio.run(main())


def async_client(recorder: Recorder, **options: Any) -> AsyncAgentWeb:
    return AsyncAgentWeb(f"Bearer {TOKEN}", transport=recorder.transport, **options)


# --- (a) wire parity ------------------------------------------------------------------------------


def assert_identical(sync: httpx.Request, asynchronous: httpx.Request) -> None:
    """The sync and the async client built the very same request (multipart boundary aside)."""
    assert asynchronous.method == sync.method
    assert str(asynchronous.url) == str(sync.url)
    assert headers_without_boundary(asynchronous) == headers_without_boundary(sync)
    assert asynchronous.extensions["timeout"] == sync.extensions["timeout"]
    if is_multipart(sync):
        assert multipart_parts(asynchronous) == multipart_parts(sync)
    else:
        assert asynchronous.content == sync.content


@pytest.mark.parametrize("action", ACTION_NAMES)
@PARITY
@given(data=st.data())
def test_async_sends_what_the_reference_sends(pair: Pair, action: str, data: st.DataObject) -> None:
    kwargs = data.draw(valid_kwargs(action), label="kwargs")
    if data.draw(st.booleans(), label="with headers"):
        kwargs["headers"] = data.draw(header_dicts(action), label="headers")
    snapshot = copy.deepcopy(kwargs)
    ref = pair.reference(action, **kwargs)
    sync = pair.our(action, **kwargs)
    recorder = Recorder()

    async def scenario() -> httpx.Response:
        async with async_client(recorder) as client:
            return await getattr(client.raw, action)(**kwargs)

    response = asyncio.run(scenario())
    assert isinstance(response, httpx.Response) and response.status_code == 200
    assert kwargs == snapshot  # the caller's arguments are left alone
    [sent] = recorder.requests
    assert_same_request(ref, sent)
    assert_identical(sync, sent)


# --- (b) bad input is refused at call time, before any await --------------------------------------


@pytest.fixture
def async_recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def aclient(async_recorder: Recorder) -> Iterator[AsyncAgentWeb]:
    client = async_client(async_recorder)
    yield client
    asyncio.run(client.aclose())


@pytest.mark.parametrize(("action", "kind"), list(cases()))
@MUTATIONS
@given(data=st.data())
def test_invalid_input_is_refused_at_call_time(
    aclient: AsyncAgentWeb,
    async_recorder: Recorder,
    action: str,
    kind: str,
    data: st.DataObject,
) -> None:
    mutation: Mutation | None = None
    for _ in range(4):
        full = data.draw(st.booleans(), label="every optional member")
        kwargs = copy.deepcopy(data.draw(valid_kwargs(action, full=full), label="valid kwargs"))
        mutation = MUTATORS[kind](data.draw, action, kwargs)
        if mutation is not None:
            break
    assume(mutation is not None)
    assert mutation is not None
    # No event loop is running here: the calls must raise synchronously, not hand back a
    # coroutine (pytest.raises would report "DID NOT RAISE" and the coroutine would leak).
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # "coroutine ... was never awaited"
        assert_refused(aclient, async_recorder, action, mutation)  # type: ignore[arg-type]
        if action in PAGINATED:
            with pytest.raises(InvalidRequestError) as info:
                getattr(aclient.iterate, action)(**mutation.kwargs)
            assert_no_token(info.value)
    assert async_recorder.requests == []


@pytest.mark.parametrize("action", ACTION_NAMES)
def test_bad_input_raises_inside_a_running_loop_before_the_await(action: str) -> None:
    """Even in a coroutine, the error comes from the call expression itself, not the await."""

    def explode(request: httpx.Request) -> httpx.Response:
        raise AssertionError("a request reached the transport")

    async def scenario() -> None:
        async with AsyncAgentWeb(
            f"Bearer {TOKEN}", transport=httpx.MockTransport(explode)
        ) as client:
            bound = getattr(client, action)
            bad = {**minimal_kwargs(action), "no_such_argument": TOKEN}
            for call in (bound, getattr(client.raw, action), getattr(client.build, action)):
                with pytest.raises(InvalidRequestError) as info:
                    call(**bad)  # not awaited: the error must come first
                assert [tuple(e["loc"]) for e in info.value.errors] == [("no_such_argument",)]
                assert_no_token(info.value)
            with pytest.raises(TypeError, match="keyword arguments only"):
                bound("positional")

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        asyncio.run(scenario())


# --- (c) typed responses, raw responses, typed errors ---------------------------------------------


@pytest.mark.parametrize("action", ACTION_NAMES)
def test_await_returns_the_typed_response_model(action: str) -> None:
    recorder = Recorder()
    declaration = getattr(AsyncAgentWeb, action)

    async def scenario() -> tuple[Any, httpx.Response]:
        async with async_client(recorder) as client:
            call = getattr(client, action)(**minimal_kwargs(action))
            assert inspect.iscoroutine(call)
            assert recorder.requests == []  # nothing is sent before the await
            typed = await call
            raw = await getattr(client.raw, action)(**minimal_kwargs(action))
            return typed, raw

    typed, raw = asyncio.run(scenario())
    assert type(typed) is declaration.response_model
    assert isinstance(raw, httpx.Response)
    assert raw.json() == minimal_response(recorder.last).json()
    assert typed == declaration.parse(raw)
    assert len(recorder.requests) == 2


def _error_answer(error_type: str, status: int) -> Callable[[httpx.Request], httpx.Response]:
    body = {"error": {"type": error_type, "message": "boom"}}
    return lambda request: httpx.Response(status, json=body, headers={"X-Request-Id": "rq-1"})


@pytest.mark.parametrize("error_type", SPEC_ERROR_TYPES)
def test_api_errors_raise_the_typed_subclass_and_raw_returns_them(error_type: str) -> None:
    status = {"too_many_requests": 429, "service_unavailable": 503}.get(error_type, 400)
    recorder = Recorder(_error_answer(error_type, status))

    async def scenario() -> tuple[httpx.Response, errors.APIError]:
        async with async_client(recorder, max_retries=0) as client:
            raw = await client.raw.get_chat(chat_id="C1")
            with pytest.raises(errors.APIError) as info:
                await client.get_chat(chat_id="C1")
            return raw, info.value

    raw, exc = asyncio.run(scenario())
    assert raw.status_code == status
    assert raw.json()["error"]["type"] == error_type
    assert type(exc) is not errors.APIError and exc.error_type == error_type
    assert (exc.type, exc.message, exc.status_code, exc.request_id) == (
        error_type,
        "boom",
        status,
        "rq-1",
    )
    assert len(recorder.requests) == 2


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (418, b"<html>teapot</html>"),
        (500, b""),
        (400, json.dumps({"error": {"type": "brand_new_error", "message": "new"}}).encode()),
    ],
    ids=["html", "empty", "unknown-type"],
)
def test_unusual_errors_raise_api_error_and_raw_never_raises(status: int, body: bytes) -> None:
    recorder = Recorder(lambda request: httpx.Response(status, content=body))

    async def scenario() -> None:
        async with async_client(recorder, max_retries=0) as client:
            for action in ACTION_NAMES:
                raw = await getattr(client.raw, action)(**minimal_kwargs(action))
                assert raw.status_code == status and raw.content == body
                with pytest.raises(errors.APIError) as info:
                    await getattr(client, action)(**minimal_kwargs(action))
                assert info.value.status_code == status
                assert info.value.response.content == body

    asyncio.run(scenario())
    assert len(recorder.requests) == 2 * len(ACTION_NAMES)


def test_connection_failures_raise_api_connection_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    async def scenario() -> None:
        async with AsyncAgentWeb("Bearer x", transport=httpx.MockTransport(refuse)) as client:
            for call in (client.follow_chat, client.raw.follow_chat):
                with pytest.raises(errors.APIConnectionError) as info:
                    await call(id="C1", max_retries=0)
                assert isinstance(info.value.__cause__, httpx.ConnectError)

    asyncio.run(scenario())


# --- (d) lifecycle --------------------------------------------------------------------------


def test_async_with_closes_and_a_closed_client_refuses() -> None:
    recorder = Recorder()

    async def scenario() -> AsyncAgentWeb:
        async with async_client(recorder) as client:
            assert not client.is_closed
            await client.follow_chat(id="C1")
        assert client.is_closed
        calls: list[Callable[[], Coroutine[Any, Any, Any]]] = [
            lambda: client.follow_chat(id="C1"),
            lambda: client.raw.follow_chat(id="C1"),
            lambda: client.iterate.list_chats().__aiter__().__anext__(),
        ]
        for call in calls:
            with pytest.raises(errors.ClientClosedError):
                await call()
        return client

    client = asyncio.run(scenario())
    assert client.is_closed
    assert len(recorder.requests) == 1  # the one call made while open


def test_aclose_closes_the_client_and_its_copies() -> None:
    recorder = Recorder()

    async def scenario() -> None:
        client = async_client(recorder)
        copy_ = client.with_options(timeout=3)
        await copy_.follow_chat(id="C1")
        await client.aclose()
        assert client.is_closed and copy_.is_closed
        for target in (client, copy_):
            with pytest.raises(errors.ClientClosedError):
                await target.follow_chat(id="C1")
        await client.aclose()  # closing twice is harmless

    asyncio.run(scenario())
    assert len(recorder.requests) == 1


def test_exceptions_inside_async_with_propagate_and_close() -> None:
    async def scenario() -> AsyncAgentWeb:
        client = async_client(Recorder())
        with pytest.raises(KeyError):
            async with client:
                raise KeyError("boom")
        return client

    assert asyncio.run(scenario()).is_closed


def test_repr_of_the_async_client_hides_the_token() -> None:
    async def scenario() -> None:
        async with async_client(Recorder()) as client:
            for text in (repr(client), str(client), repr(client.__dict__), repr(client.get_chat)):
                assert TOKEN not in text

    asyncio.run(scenario())


# --- (e) one declaration, two clients ---------------------------------------------------------


def _declared(cls: type, name: str) -> Any:
    """What ``cls.__dict__`` lookups along the MRO find for ``name`` (no descriptor call)."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name]
    raise AttributeError(name)


def _actions(cls: type) -> dict[str, Action[Any, Any, Any]]:
    for name in dir(cls):
        getattr(cls, name)  # reading an action off the class loads its category
    return {name: found for name in dir(cls) if isinstance(found := _declared(cls, name), Action)}


def test_both_clients_expose_the_same_36_action_objects() -> None:
    sync, asynchronous = _actions(AgentWeb), _actions(AsyncAgentWeb)
    assert len(sync) == 36
    assert set(sync) == set(asynchronous) == set(ACTION_NAMES)
    for name in ACTION_NAMES:
        assert sync[name] is asynchronous[name]
        assert getattr(AgentWeb, name) is getattr(AsyncAgentWeb, name) is sync[name]
        assert sync[name].name == name
        # declared on a shared category class, not on either client
        assert name not in vars(AgentWeb) and name not in vars(AsyncAgentWeb)
    assert AgentWeb.send_event is AsyncAgentWeb.send_event
    assert {name for name, act in sync.items() if isinstance(act, PaginatedAction)} == set(
        PAGINATED
    )


def test_bound_actions_are_the_async_kind_and_cached() -> None:
    async def scenario() -> None:
        async with async_client(Recorder()) as aclient:
            with AgentWeb("Bearer x", transport=Recorder().transport) as client:
                for name in ACTION_NAMES:
                    bound, abound = getattr(client, name), getattr(aclient, name)
                    paginated = name in PAGINATED
                    assert isinstance(bound, PaginatedBoundAction if paginated else BoundAction)
                    assert isinstance(
                        abound, AsyncPaginatedBoundAction if paginated else AsyncBoundAction
                    )
                    assert not isinstance(abound, BoundAction)
                    assert not isinstance(bound, AsyncBoundAction)
                    assert abound._action is bound._action is getattr(AgentWeb, name)
                    assert getattr(aclient, name) is abound  # bound once per client
                    assert abound.name == name
                    assert hasattr(aclient.iterate, name) == paginated
                    assert inspect.iscoroutinefunction(abound._call)

    asyncio.run(scenario())


def test_the_two_clients_differ_only_in_their_io() -> None:
    """No action code lives on either client: only the send loop and the lifecycle differ."""
    for cls in (AgentWeb, AsyncAgentWeb):
        own = {name for name in vars(cls) if not name.startswith("_")}
        assert not own & set(ACTION_NAMES)
        assert own <= {"is_async", "close", "aclose"}  # private helpers aside
