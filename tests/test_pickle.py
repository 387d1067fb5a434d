"""Every exception of the package survives ``pickle`` (multiprocessing, task queues, caches) and
the pickled bytes never hold a credential.

* every ``LiveChatError`` subclass of every module of the package (found by walking the package,
  so a new class is covered the day it is added) and ``LiveChatDeprecationWarning`` round-trip
  through every pickle protocol: same class, same message, same public attributes, and
  ``.response`` / ``.request`` come back as httpx objects with their status, headers and body;
* the ``Authorization`` header (and ``Cookie``, ``Proxy-Authorization``, ``X-Api-Key``-like
  headers) of a kept request is redacted in the pickled copy - the live exception keeps it;
* errors raised by real calls with a recognizable token are pickled, and neither the token's
  bytes nor their base64 forms are in the pickle; ``repr()`` / ``str()`` never show it.
"""

from __future__ import annotations

import base64
import importlib
import inspect
import pickle
import pkgutil
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import livechat_typed
from livechat_typed import AccessToken, AgentWeb, errors

from .helpers import Recorder, minimal_response

SECRET = "Zq7-pickle-SECRET-token-9Xw"
"""A token no test output or header could contain by chance."""
ACCOUNT = "account-id-1234"
COOKIE = "session=Zq7-COOKIE-secret-9Xw"
API_KEY = "Zq7-API-KEY-secret-9Xw"
PROXY = "Basic Zq7-PROXY-secret-9Xw"
SECRETS = (SECRET, COOKIE.split("=")[1], API_KEY, PROXY.split()[1])
URL = "https://api.livechatinc.com/v3.6/agent/action/get_chat"


def _forms(secret: str) -> list[bytes]:
    """The bytes a secret could show up as in a pickle: raw, UTF-16 and its base64 forms."""
    raw = secret.encode()
    forms = [raw, secret.encode("utf-16-le"), secret.encode("utf-32-le")]
    for text in (raw, f"{ACCOUNT}:{secret}".encode()):
        forms += [base64.b64encode(text), base64.urlsafe_b64encode(text)]
        forms.append(base64.b64encode(text).rstrip(b"="))
    return forms


def assert_no_secret(data: bytes | str) -> None:
    blob = data.encode("utf-8", "backslashreplace") if isinstance(data, str) else data
    for secret in SECRETS:
        for form in _forms(secret):
            assert form not in blob, (secret, form)


# --- every exception class of the package --------------------------------------------------------


def _package_modules() -> Iterator[Any]:
    yield livechat_typed
    for info in pkgutil.walk_packages(livechat_typed.__path__, "livechat_typed."):
        if info.name.endswith("__main__"):
            continue  # running it would start the CLI
        yield importlib.import_module(info.name)


def _exception_classes() -> list[type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for module in _package_modules():
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, (errors.LiveChatError, errors.LiveChatDeprecationWarning))
                and value.__module__.startswith("livechat_typed")
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


EXCEPTION_CLASSES = _exception_classes()


def _secret_request() -> httpx.Request:
    return httpx.Request(
        "POST",
        URL,
        headers={
            "Authorization": f"Bearer {SECRET}",
            "Cookie": COOKIE,
            "X-Api-Key": API_KEY,
            "Proxy-Authorization": PROXY,
            "X-Region": "fra",
        },
        content=b'{"chat_id":"C1"}',
    )


def _response(status: int = 404) -> httpx.Response:
    body = b'{"error":{"type":"not_found","message":"Chat not found","data":{"region":"fra"}}}'
    return httpx.Response(
        status,
        headers={"Content-Type": "application/json", "X-Request-Id": "req-7"},
        content=body,
        request=_secret_request(),
    )


SAMPLES: dict[str, Callable[[], Any]] = {
    "message": lambda: "something went wrong",
    "action": lambda: "get_chat",
    "errors": lambda: [{"loc": ("chat_id",), "msg": "required, but not given", "type": "missing"}],
    "type": lambda: "not_found",
    "response": _response,
    "request": _secret_request,
    "data": lambda: {"region": "fra"},
    "request_id": lambda: "req-7",
    "status_code": lambda: 502,
    "headers": lambda: httpx.Headers({"Content-Encoding": "gzip", "Set-Cookie": COOKIE}),
    "page_id": lambda: "PAGE-1",
    "date": lambda: "2025-01-01",
    "header": lambda: "Deprecation",
    "size": lambda: 20_000_000,
    "limit": lambda: 10_000_000,
    "reason": lambda: "access_token_revoked",
    "dropped": lambda: 3,
}


def _instance(cls: type[BaseException]) -> BaseException:
    """An instance built through the class's own constructor, every parameter given."""
    kwargs: dict[str, Any] = {}
    args: list[Any] = []
    try:
        parameters = inspect.signature(cls).parameters
    except ValueError:  # no __init__ of its own: Exception's (*args)
        return cls("something went wrong")
    for name, param in parameters.items():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        assert name in SAMPLES, f"add a sample value for {cls.__name__}({name}=...)"
        value = SAMPLES[name]()
        if param.kind is param.POSITIONAL_ONLY or (
            param.kind is param.POSITIONAL_OR_KEYWORD and not args and name == "message"
        ):
            args.append(value)
        else:
            kwargs[name] = value
    if not args and not kwargs:
        return cls("something went wrong")
    return cls(*args, **kwargs)


def _public(exc: BaseException) -> dict[str, Any]:
    names = {name for name in vars(exc) if not name.startswith("_")}
    names |= {
        name
        for name, value in inspect.getmembers(type(exc))
        if isinstance(value, property) and not name.startswith("_")
    }
    return {name: getattr(exc, name) for name in sorted(names)}


def _request_view(request: httpx.Request) -> tuple[Any, ...]:
    return (request.method, str(request.url), request.content)


def _response_view(response: httpx.Response) -> tuple[Any, ...]:
    return (response.status_code, response.content, _request_view(response.request))


def _assert_redacted(original: httpx.Headers, restored: httpx.Headers) -> None:
    assert list(original.keys()) == list(restored.keys())
    for name, value in original.multi_items():
        lowered = name.lower()
        if lowered in ("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"):
            assert restored[name] != value
            assert "redacted" in restored[name]
        else:
            assert restored[name] == value


def assert_same_error(original: BaseException, restored: BaseException) -> None:
    assert type(restored) is type(original)
    assert str(restored) == str(original)
    assert restored.args == original.args
    before, after = _public(original), _public(restored)
    assert before.keys() == after.keys()
    for name, value in before.items():
        if isinstance(value, httpx.Response):
            assert isinstance(after[name], httpx.Response)
            assert _response_view(after[name]) == _response_view(value)
            _assert_redacted(value.headers, after[name].headers)
            _assert_redacted(value.request.headers, after[name].request.headers)
        elif isinstance(value, httpx.Request):
            assert isinstance(after[name], httpx.Request)
            assert _request_view(after[name]) == _request_view(value)
            _assert_redacted(value.headers, after[name].headers)
        elif isinstance(value, httpx.Headers):
            assert isinstance(after[name], httpx.Headers)
            _assert_redacted(value, after[name])
        else:
            assert after[name] == value, name


def test_the_walk_finds_every_kind_of_exception() -> None:
    names = {cls.__name__ for cls in EXCEPTION_CLASSES}
    assert {"LiveChatError", "APIError", "NotFoundError", "InvalidRequestError"} <= names
    assert {"ResponseTooLargeError", "PaginationError", "LiveChatDeprecationWarning"} <= names
    assert {name for name in errors.__all__ if isinstance(getattr(errors, name), type)} <= names


@pytest.mark.parametrize("cls", EXCEPTION_CLASSES, ids=lambda cls: cls.__qualname__)
@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_every_exception_class_round_trips(cls: type[BaseException], protocol: int) -> None:
    original = _instance(cls)
    data = pickle.dumps(original, protocol=protocol)
    assert_no_secret(data)
    restored = pickle.loads(data)
    assert_same_error(original, restored)
    assert_no_secret(repr(restored) + str(restored))


@pytest.mark.parametrize("cls", EXCEPTION_CLASSES, ids=lambda cls: cls.__qualname__)
def test_pickling_leaves_the_live_exception_alone(cls: type[BaseException]) -> None:
    original = _instance(cls)
    pickle.dumps(original)
    request = getattr(original, "request", None)
    response = getattr(original, "response", None)
    for kept in (request, response.request if response is not None else None):
        if kept is not None:
            assert kept.headers["Authorization"] == f"Bearer {SECRET}"


def test_redirect_history_and_next_request_are_redacted() -> None:
    response = _response(400)
    response.history = [_response(302)]
    response.next_request = _secret_request()
    exc = errors.APIError.from_response(response)
    data = pickle.dumps(exc)
    assert_no_secret(data)
    restored = pickle.loads(data)
    assert restored.response.history[0].status_code == 302
    assert restored.response.next_request.url == response.next_request.url


def test_credentials_in_the_url_are_redacted() -> None:
    request = httpx.Request("POST", f"https://user:{SECRET}@api.livechatinc.com/v3.6/x")
    exc = errors.APIConnectionError("connection failed", request=request)
    data = pickle.dumps(exc)
    assert_no_secret(data)
    assert pickle.loads(data).request.url.host == "api.livechatinc.com"


def test_an_unread_response_still_pickles() -> None:
    stream = httpx.ByteStream(b'{"error":{"type":"internal"}}')
    response = httpx.Response(500, stream=stream, request=_secret_request())
    exc = errors.APIError("boom", type="internal", response=response)
    restored = pickle.loads(pickle.dumps(exc))
    assert restored.status_code == 500
    assert_no_secret(pickle.dumps(exc))


# --- errors raised by real calls -----------------------------------------------------------------


def _client(responder: Callable[[httpx.Request], httpx.Response], **options: Any) -> AgentWeb:
    recorder = Recorder(responder)
    return AgentWeb(AccessToken(token=SECRET), transport=recorder.transport, **options)


def _raise(exc: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        raise exc

    return respond


def _error(status: int, error_type: str) -> Callable[[httpx.Request], httpx.Response]:
    body = {"error": {"type": error_type, "message": f"a {error_type} error"}}
    return lambda request: httpx.Response(status, json=body, headers={"X-Request-Id": "r-1"})


_SECRET_HEADERS = {"Cookie": COOKIE, "X-Api-Key": API_KEY, "Proxy-Authorization": PROXY}

REAL_CALLS: dict[str, Callable[[], Any]] = {
    "not_found": lambda: _client(_error(404, "not_found")).get_chat(
        chat_id="C1", headers=_SECRET_HEADERS
    ),
    "authentication": lambda: _client(_error(401, "authentication")).list_chats(),
    "unknown_type": lambda: _client(_error(400, "brand_new")).follow_chat(id="C1"),
    "html_page": lambda: _client(
        lambda r: httpx.Response(502, text="<h1>Bad gateway</h1>")
    ).get_chat(chat_id="C1", max_retries=0),
    "connect": lambda: _client(_raise(httpx.ConnectError("refused"))).get_chat(
        chat_id="C1", max_retries=0, headers=_SECRET_HEADERS
    ),
    "timeout": lambda: _client(_raise(httpx.ReadTimeout("slow"))).get_chat(
        chat_id="C1", max_retries=0
    ),
    "response_validation": lambda: _client(lambda r: httpx.Response(200, json={"id": 5})).get_chat(
        chat_id="C1"
    ),
    "strict": lambda: _client(
        lambda r: httpx.Response(200, json={"id": "C1", "users": [], "surprise": 1}), strict=True
    ).get_chat(chat_id="C1"),
    "invalid_request": lambda: _client(minimal_response).get_chat(chat_id=5),
    "file_too_large": lambda: _client(minimal_response).upload_file(file=b"x" * (10 * 2**20 + 1)),
    "bad_gzip": lambda: _client(
        lambda r: httpx.Response(
            200, stream=httpx.ByteStream(b"not gzip"), headers={"Content-Encoding": "gzip"}
        )
    ).get_chat(chat_id="C1", max_retries=0),
    "pagination": lambda: list(
        _client(
            lambda r: httpx.Response(
                200, json={"chats_summary": [], "found_chats": 0, "next_page_id": "SAME"}
            )
        ).iterate.list_chats()
    ),
}


@pytest.mark.parametrize("name", sorted(REAL_CALLS))
def test_errors_of_real_calls_pickle_without_the_token(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(errors.LiveChatError) as info:
            REAL_CALLS[name]()
    original = info.value
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(original, protocol=protocol)
        assert_no_secret(data)
        restored = pickle.loads(data)
        assert_same_error(original, restored)
    assert_no_secret(repr(original) + str(original))


def test_a_basic_token_is_redacted_in_every_form() -> None:
    token = AccessToken.basic(ACCOUNT, SECRET)
    recorder = Recorder(_error(403, "authorization"))
    with (
        AgentWeb(token, transport=recorder.transport) as client,
        pytest.raises(errors.AuthorizationError) as info,
    ):
        client.get_chat(chat_id="C1")
    assert (
        base64.b64encode(f"{ACCOUNT}:{SECRET}".encode()).decode()
        in (recorder.last.headers["Authorization"])
    )
    data = pickle.dumps(info.value)
    assert_no_secret(data)
    restored = pickle.loads(data)
    assert restored.response.request.headers["Authorization"] == "Basic <redacted>"
    assert_no_secret(repr(info.value) + str(info.value))
