"""Per-call options, ``with_options`` copies and the constructor's defaults, sync and async.

* ``timeout`` ends up in ``request.extensions["timeout"]`` (what httpx's transports read), with
  the precedence per call > ``with_options`` (the latest copy) > constructor > ``Timeout(15)``;
* ``max_retries`` follows the same precedence (observed as the number of attempts);
* options are never part of the body and do not persist beyond the call;
* ``with_options`` copies share the connection pool and the session, not later header changes;
  closing either closes both;
* bad option values are refused before anything is sent, naming the option.
"""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livechat_typed import AgentWeb, AsyncAgentWeb, InvalidRequestError
from livechat_typed.errors import ClientClosedError, ResponseValidationError

from .helpers import TOKEN, Pair, Recorder, multipart_parts
from .spec_strategies import ACTION_NAMES, minimal_kwargs, valid_kwargs

KINDS = ("sync", "async")
DEFAULT_TIMEOUT = httpx.Timeout(15)
OPTIONS = ("headers", "timeout", "max_retries")

_HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
EXAMPLES = settings(max_examples=40, deadline=None, database=None, suppress_health_check=_HEALTH)
FEW = settings(max_examples=8, deadline=None, database=None, suppress_health_check=_HEALTH)


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


def make_client(kind: str, recorder: Recorder, **options: Any) -> Any:
    cls = AgentWeb if kind == "sync" else AsyncAgentWeb
    return cls(f"Bearer {TOKEN}", transport=recorder.transport, **options)


def send(kind: str, client: Any, action: str, method: str = "raw", **kwargs: Any) -> Any:
    """Call ``client.<action>`` (``method``: "call", "raw" or "build"), awaiting if async."""
    target = getattr(client if method == "call" else getattr(client, method), action)
    result = target(**kwargs)
    if kind == "async" and method != "build":

        async def wait() -> Any:
            return await result

        return asyncio.run(wait())
    return result


def close(kind: str, client: Any) -> None:
    if kind == "sync":
        client.close()
    else:
        asyncio.run(client.aclose())


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(kind: str, recorder: Recorder) -> Iterator[Any]:
    web = make_client(kind, recorder)
    yield web
    close(kind, web)


# --- timeouts in request.extensions -----------------------------------------------------------

seconds = st.floats(min_value=0.001, max_value=600, allow_nan=False, allow_infinity=False)
timeout_objects = st.builds(
    lambda default, connect, read, write, pool: httpx.Timeout(
        default, connect=connect, read=read, write=write, pool=pool
    ),
    seconds | st.none(),
    seconds | st.none(),
    seconds | st.none(),
    seconds | st.none(),
    seconds | st.none(),
)
timeouts = seconds | timeout_objects


@pytest.mark.parametrize("action", ACTION_NAMES)
@pytest.mark.parametrize(
    "timeout",
    [2.5, 7, httpx.Timeout(4.0), httpx.Timeout(10, connect=1.5, pool=None)],
    ids=["float", "int", "Timeout", "Timeout-parts"],
)
def test_per_call_timeout_lands_in_the_extensions(
    kind: str, client: Any, recorder: Recorder, action: str, timeout: Any
) -> None:
    send(kind, client, action, **minimal_kwargs(action), timeout=timeout)
    assert recorder.last.extensions["timeout"] == httpx.Timeout(timeout).as_dict()
    send(kind, client, action, **minimal_kwargs(action))  # and is not persisted
    assert recorder.last.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


@pytest.mark.parametrize(
    "timeout",
    [UNSET, 3.0, httpx.Timeout(8, read=30), None],
    ids=["default", "float", "Timeout", "None"],
)
def test_the_constructor_timeout_lands_in_the_extensions(
    kind: str, recorder: Recorder, timeout: Any
) -> None:
    options = {} if timeout is UNSET else {"timeout": timeout}
    web = make_client(kind, recorder, **options)
    send(kind, web, "follow_chat", id="C1")
    expected = DEFAULT_TIMEOUT if timeout is UNSET else httpx.Timeout(timeout)
    assert recorder.last.extensions["timeout"] == expected.as_dict()
    assert web.timeout == expected
    close(kind, web)


@pytest.mark.parametrize("kind", KINDS)
@EXAMPLES
@given(
    data=st.data(),
    constructor=st.just(UNSET) | st.none() | timeouts,
    copies=st.lists(st.just(UNSET) | st.none() | timeouts, max_size=2),
    per_call=st.just(UNSET) | st.none() | timeouts,
)
def test_timeout_precedence_per_call_over_with_options_over_constructor(
    kind: str,
    data: st.DataObject,
    constructor: Any,
    copies: list[Any],
    per_call: Any,
) -> None:
    action = data.draw(st.sampled_from(ACTION_NAMES), label="action")
    recorder = Recorder()
    web = make_client(kind, recorder, **({} if constructor is UNSET else {"timeout": constructor}))
    expected = DEFAULT_TIMEOUT if constructor is UNSET else httpx.Timeout(constructor)
    chain = [web]
    for level in copies:  # with_options of with_options: the latest copy wins
        chain.append(chain[-1].with_options(**({} if level is UNSET else {"timeout": level})))
        if level is not UNSET:
            expected = httpx.Timeout(level)
    if per_call is not UNSET and per_call is not None:  # a per-call None means "not given"
        expected = httpx.Timeout(per_call)
    call_options = {} if per_call is UNSET else {"timeout": per_call}
    try:
        send(kind, chain[-1], action, **minimal_kwargs(action), **call_options)
        built = getattr(chain[-1].build, action)(**minimal_kwargs(action), **call_options)
        assert recorder.last.extensions["timeout"] == expected.as_dict()
        assert built.extensions["timeout"] == expected.as_dict()
        send(kind, web, action, **minimal_kwargs(action))  # the original keeps its own
        own = DEFAULT_TIMEOUT if constructor is UNSET else httpx.Timeout(constructor)
        assert recorder.last.extensions["timeout"] == own.as_dict()
    finally:
        close(kind, web)


def _always_503(request: httpx.Request) -> httpx.Response:
    return httpx.Response(503, headers={"Retry-After": "0"})  # no waiting between attempts


@pytest.mark.parametrize("kind", KINDS)
@FEW
@given(
    constructor=st.just(UNSET) | st.integers(0, 3),
    copies=st.lists(st.just(UNSET) | st.integers(0, 3), max_size=2),
    per_call=st.just(UNSET) | st.none() | st.integers(0, 3),
)
def test_max_retries_precedence(
    kind: str, constructor: Any, copies: list[Any], per_call: Any
) -> None:
    recorder = Recorder(_always_503)
    web = make_client(
        kind, recorder, **({} if constructor is UNSET else {"max_retries": constructor})
    )
    expected = 2 if constructor is UNSET else constructor
    target = web
    for level in copies:
        target = target.with_options(**({} if level is UNSET else {"max_retries": level}))
        if level is not UNSET:
            expected = level
    if per_call is not UNSET and per_call is not None:
        expected = per_call
    try:
        response = send(
            kind,
            target,
            "get_chat",
            chat_id="C1",
            **({} if per_call is UNSET else {"max_retries": per_call}),
        )
    finally:
        close(kind, web)
    assert response.status_code == 503
    assert len(recorder.requests) == expected + 1


# --- options are never in the body ------------------------------------------------------------


def _same_body(with_options: httpx.Request, without: httpx.Request) -> None:
    if with_options.headers.get("content-type", "").startswith("multipart/"):
        assert multipart_parts(with_options) == multipart_parts(without)
    else:
        assert with_options.content == without.content
        body = json.loads(with_options.content)
        assert isinstance(body, dict) and not set(OPTIONS) & set(body)


@pytest.mark.parametrize("action", ACTION_NAMES)
@FEW
@given(data=st.data())
def test_options_never_appear_in_the_body(kind: str, action: str, data: st.DataObject) -> None:
    kwargs = data.draw(valid_kwargs(action), label="kwargs")
    options = {
        "headers": {"X-Trace": "abc"},
        "timeout": data.draw(timeouts, label="timeout"),
        "max_retries": data.draw(st.integers(0, 10), label="max_retries"),
    }
    recorder = Recorder()
    web = make_client(kind, recorder)
    try:
        without = getattr(web.build, action)(**kwargs)
        built = getattr(web.build, action)(**kwargs, **options)
        send(kind, web, action, **kwargs, **options)
        sent = recorder.last
    finally:
        close(kind, web)
    for request in (built, sent):
        _same_body(request, without)
        assert request.headers["x-trace"] == "abc"
        assert request.extensions["timeout"] == httpx.Timeout(options["timeout"]).as_dict()
    assert "x-trace" not in without.headers


def test_options_next_to_payload_are_applied_and_not_sent(kind: str, client: Any) -> None:
    payload = {"chat_id": "C1", "anything": [1, None]}
    request = client.build.get_chat(
        payload=payload, headers={"X-Trace": "p"}, timeout=4.0, max_retries=0
    )
    assert json.loads(request.content) == payload
    assert request.headers["x-trace"] == "p"
    assert request.extensions["timeout"] == httpx.Timeout(4.0).as_dict()


# --- with_options copies -----------------------------------------------------------------------


def test_with_options_shares_the_pool_and_the_session(kind: str, client: Any) -> None:
    copy_ = client.with_options(timeout=3, max_retries=0, headers={"X-Copy": "1"}, strict=True)
    assert type(copy_) is type(client) and copy_ is not client
    assert copy_._pool is client._pool
    assert copy_._session is client._session
    assert (copy_.max_retries, client.max_retries) == (0, 2)
    assert copy_.timeout == httpx.Timeout(3) and client.timeout == DEFAULT_TIMEOUT
    assert copy_.get_headers()["x-copy"] == "1"
    assert "x-copy" not in client.get_headers()
    bare = client.with_options()
    assert bare.get_headers() == client.get_headers() and bare._pool is client._pool
    # bound actions are not shared: the copy's calls use the copy's options
    assert copy_.follow_chat is not client.follow_chat
    assert copy_.follow_chat._client is copy_


def test_later_header_changes_do_not_cross_over(kind: str, client: Any, recorder: Recorder) -> None:
    copy_ = client.with_options(headers={"X-Copy": "1"})

    def headers_of(web: Any) -> httpx.Headers:
        send(kind, web, "follow_chat", id="C1")
        return recorder.last.headers

    client.modify_header({"X-Original": "o"})
    copy_.modify_header({"X-Later": "l"})
    copy_.remove_header("Accept")
    mine, theirs = headers_of(client), headers_of(copy_)
    assert mine["x-original"] == "o" and "x-later" not in mine and "x-copy" not in mine
    assert "accept" in mine
    assert theirs["x-later"] == "l" and theirs["x-copy"] == "1" and "x-original" not in theirs
    assert "accept" not in theirs

    client.modify_header({"Authorization": "Bearer rotated"})
    assert headers_of(client)["authorization"] == "Bearer rotated"
    assert headers_of(copy_)["authorization"] == f"Bearer {TOKEN}"
    copy_.remove_header("Authorization")
    assert "authorization" not in headers_of(copy_)
    assert headers_of(client)["authorization"] == "Bearer rotated"


def test_a_copy_with_another_regions_token_does_not_move_the_original(kind: str) -> None:
    """A token is a per-copy header; its region must stay with the copy that holds it.

    A copy made with ``headers={"Authorization": "Bearer fra:..."}`` sends ``X-Region: fra``
    while the original (a ``dal:`` token) sends none, and re-setting the original's token leaves
    the copy's ``X-Region`` alone: a new token starts its own session.
    """
    regions: list[tuple[str, str | None]] = []

    def responder(request: httpx.Request) -> httpx.Response:
        regions.append((request.headers["authorization"], request.headers.get("x-region")))
        return httpx.Response(200, json={})

    web = make_client(kind, Recorder(responder))  # a dal: token
    try:
        fra = web.with_options(headers={"Authorization": "Bearer fra:other-token"})
        send(kind, web, "follow_chat", id="C1")
        send(kind, fra, "follow_chat", id="C1")
        web.modify_header({"Authorization": f"Bearer {TOKEN}"})
        send(kind, fra, "follow_chat", id="C1")
    finally:
        close(kind, web)
    assert regions == [
        (f"Bearer {TOKEN}", None),
        ("Bearer fra:other-token", "fra"),
        ("Bearer fra:other-token", "fra"),
    ]


def test_a_session_content_type_is_sent_once_as_by_the_reference(kind: str) -> None:
    """``modify_header({"Content-Type": ...})``: one ``Content-Type``, the session's (reference).

    The session's value is sent and ``application/json`` is not added next to it.
    """
    pair = Pair()
    recorder = Recorder()
    web = make_client(kind, recorder)
    value = "application/json; charset=utf-8"
    try:
        pair.ref.modify_header({"Content-Type": value})
        web.modify_header({"Content-Type": value})
        ref = pair.reference("follow_chat", id="C1")
        send(kind, web, "follow_chat", id="C1")
    finally:
        pair.close()
        close(kind, web)
    assert ref.headers.get_list("content-type") == [value]
    assert recorder.last.headers.get_list("content-type") == [value]


def test_a_region_learnt_by_a_copy_is_used_by_the_original(kind: str) -> None:
    regions: list[str | None] = []  # as sent: the client re-aims the same request object

    def responder(request: httpx.Request) -> httpx.Response:
        regions.append(request.headers.get("x-region"))
        if request.headers.get("x-region") != "fra":
            body = {"error": {"type": "misdirected_request", "data": {"region": "fra"}}}
            return httpx.Response(421, json=body)
        return httpx.Response(200, json={})

    web = make_client(kind, Recorder(responder))
    try:
        assert web.region is None
        send(kind, web.with_options(max_retries=0), "follow_chat", id="C1")
        assert web.region == "fra"
        send(kind, web, "follow_chat", id="C1")
    finally:
        close(kind, web)
    assert regions == [None, "fra", "fra"]


def test_strict_copy_is_strict_and_the_original_is_not(kind: str) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={"surprise": 1}))
    web = make_client(kind, recorder)
    try:
        assert send(kind, web, "follow_chat", "call", id="C1").model_extra == {"surprise": 1}
        with pytest.raises(ResponseValidationError):
            send(kind, web.with_options(strict=True), "follow_chat", "call", id="C1")
        send(kind, web, "follow_chat", "call", id="C1")
    finally:
        close(kind, web)


@pytest.mark.parametrize("closed", ["original", "copy"])
def test_closing_either_closes_the_shared_pool(kind: str, closed: str) -> None:
    recorder = Recorder()
    web = make_client(kind, recorder)
    copy_ = web.with_options(timeout=2)
    send(kind, copy_, "follow_chat", id="C1")
    close(kind, web if closed == "original" else copy_)
    assert web.is_closed and copy_.is_closed
    assert web.is_closed
    for target in (web, copy_):
        with pytest.raises(ClientClosedError):
            send(kind, target, "follow_chat", id="C1")
        with pytest.raises(ClientClosedError):
            send(kind, target, "follow_chat", "call", id="C1")
    assert len(recorder.requests) == 1


# --- bad option values ---------------------------------------------------------------------------

BAD_PER_CALL = [
    ("timeout", -1),
    ("timeout", 0),
    ("timeout", "x"),
    ("timeout", True),
    ("timeout", math.nan),
    ("timeout", [5]),
    ("max_retries", -1),
    ("max_retries", 11),
    ("max_retries", True),
    ("max_retries", "1"),
    ("max_retries", 1.5),
    ("headers", 5),
    ("headers", [("X-A", "b")]),
]


@pytest.mark.parametrize(
    ("option", "value"), BAD_PER_CALL, ids=[f"{o}={v!r}" for o, v in BAD_PER_CALL]
)
def test_bad_per_call_options_are_refused_naming_the_option(
    kind: str, client: Any, recorder: Recorder, option: str, value: Any
) -> None:
    bound = client.get_chat
    for call in (bound, client.raw.get_chat, client.build.get_chat):
        with pytest.raises(InvalidRequestError) as info:
            call(chat_id="C1", **{option: value})  # raises at call time, async included
        assert [tuple(e["loc"])[:1] for e in info.value.errors] == [(option,)]
        assert str(info.value).splitlines()[1].strip().startswith(f"{option}")
    with pytest.raises(InvalidRequestError) as info:
        client.iterate.list_chats(**{option: value})
    assert [tuple(e["loc"])[:1] for e in info.value.errors] == [(option,)]
    with pytest.raises(InvalidRequestError):
        bound(payload={"chat_id": "C1"}, **{option: value})  # options next to payload, too
    assert recorder.requests == []


def test_max_retries_below_zero_is_refused_by_the_constructor_and_with_options(
    kind: str, client: Any, recorder: Recorder
) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        make_client(kind, recorder, max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)
    assert client.max_retries == 2


# Options a call would refuse are refused everywhere, at once.

BAD_TIMEOUT_OBJECTS: list[Any] = [
    math.inf,
    httpx.Timeout(-1),
    httpx.Timeout(5, connect=-2),
    httpx.Timeout("x"),  # type: ignore[arg-type]
]


def test_bad_per_call_timeout_values_are_refused() -> None:
    """``timeout=`` must be "a positive number of seconds or an httpx.Timeout" - of those.

    An ``httpx.Timeout`` with a negative or non-numeric part, or ``inf``, would otherwise fail at
    send time in the socket layer with a bare ``ValueError``/``TypeError``/``OverflowError``.
    """
    recorder = Recorder()
    with AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport) as web:
        accepted = []
        for value in BAD_TIMEOUT_OBJECTS:
            try:
                web.build.get_chat(chat_id="C1", timeout=value)
            except InvalidRequestError as exc:
                assert [tuple(e["loc"]) for e in exc.errors] == [("timeout",)]
            else:
                accepted.append(value)
    assert accepted == []


BAD_CLIENT_OPTIONS: list[tuple[str, Any]] = [
    ("timeout", -1),
    ("timeout", 0),
    ("timeout", "x"),
    ("timeout", math.inf),
    ("max_retries", 1.5),
    ("max_retries", True),
    ("max_retries", "1"),
]


@pytest.mark.parametrize("where", ["constructor", "with_options"])
def test_bad_client_options_are_refused_at_once(where: str) -> None:
    """The defaults refuse what a call refuses, at once, with a ``ValueError`` naming the option.

    Stored, a bad timeout would fail every later call at send time in the socket layer, and
    ``max_retries="1"`` would raise a ``TypeError`` from a comparison.
    """
    recorder = Recorder()
    wrong: list[str] = []
    for option, value in BAD_CLIENT_OPTIONS:
        with AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport) as base:
            try:
                if where == "constructor":
                    AgentWeb(f"Bearer {TOKEN}", transport=recorder.transport, **{option: value})
                else:
                    base.with_options(**{option: value})
            except ValueError as exc:
                if option not in str(exc):
                    wrong.append(f"{option}={value!r}: message does not name it: {exc}")
            except Exception as exc:
                wrong.append(f"{option}={value!r}: {type(exc).__name__}: {exc}")
            else:
                wrong.append(f"{option}={value!r}: accepted")
    assert wrong == [], "\n".join(wrong)
    assert recorder.requests == []
