"""Exceptions raised by livechat-typed.

The whole hierarchy, for writing ``except`` clauses::

    LiveChatError
     ├── InvalidRequestError (also ValueError)  bad input, raised before any network I/O
     │    └── FileTooLargeError                  upload over the 10 MB limit
     ├── ClientClosedError                        the client was closed
     ├── APIConnectionError                       the request did not complete (cause kept)
     │    └── APITimeoutError                      a timeout or the call's deadline passed
     ├── InvalidResponseError                     an answer that cannot be read
     │    └── ResponseTooLargeError                 its decoded body passed the size cap
     ├── ResponseValidationError                  a 200 answer did not fit the response model
     ├── PaginationError                          the server repeated a page cursor
     └── APIError                                 the server answered with an error
          ├── AgentOfflineError            agent_offline
          ├── AuthenticationError          authentication
          ├── AuthorizationError           authorization
          ├── ChatInactiveError            chat_inactive
          ├── EntityTooLargeError          entity_too_large
          ├── InternalServerError          internal
          ├── LicenseExpiredError          license_expired
          ├── LicenseNotFoundError         license_not_found
          ├── LimitReachedError            limit_reached
          ├── MisdirectedRequestError      misdirected_request
          ├── MissingAccessError           missing_access
          ├── NotFoundError                not_found
          ├── RequestTimeoutError          request_timeout
          ├── ServiceUnavailableError      service_unavailable
          ├── TooManyRequestsError         too_many_requests
          ├── UnsupportedVersionError      unsupported_version
          ├── APIValidationError           validation
          └── WrongProductVersionError     wrong_product_version

An error type the server invents later still raises :class:`APIError`, with ``.type`` set.

Three "validation" errors, not to be confused: :class:`InvalidRequestError` is this package
refusing your arguments before anything is sent (also when you construct a request model such as
``MessageEvent(...)`` directly); :class:`APIValidationError` is the *server* refusing a request
(error type ``validation``); pydantic's ``ValidationError`` never escapes a call or a request
model's constructor (only pydantic's own ``model_validate`` & co. raise it).
``ValidationError`` is the deprecated old name of :class:`APIValidationError` (importing it warns).

Warnings: :class:`LiveChatDeprecationWarning` (a ``DeprecationWarning``) when a response says the
API version is legacy or deprecated.

Messages are bounded, whatever the server or the input held:

* a server's error message (or the text of an error page) is kept in ``APIError.message`` up to
  :data:`MAX_MESSAGE_CHARS` (1,000) characters, then ``"… (N more characters)"``; the whole body
  stays on ``.response``. The same cap applies to the other messages built from outside text
  (connection failures, unreadable answers, page cursors);
* a list of problems (:class:`InvalidRequestError`, :class:`ResponseValidationError`) shows at
  most :data:`MAX_LISTED_PROBLEMS` (20) problems, each line cut at :data:`MAX_LINE_CHARS` (300)
  characters, then ``"… and N more problems"``; ``InvalidRequestError.errors`` keeps them all;
* lone surrogates (text UTF-8 cannot encode) are shown as ``\\udXXX`` escapes, so a message can
  always be printed or logged.

Every exception (and the warning) can be pickled, e.g. to cross a process boundary. The pickled
copy holds no credential: in the kept ``request`` (also ``response.request``, its redirect history
and ``next_request``) the ``Authorization``, ``Proxy-Authorization``, ``Cookie`` and other
credential-like headers (names holding ``auth``, ``cookie``, ``token``, ``secret``, ``key``,
``password``, ``session`` or ``credential``), a response's ``Set-Cookie`` and a password in the
URL are replaced by ``<redacted>`` (``Bearer <redacted>`` for a known scheme). The live exception
keeps everything. ``copy.copy`` goes through the same path and gives a redacted copy.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Final

import httpx
import pydantic

__all__ = [
    "MAX_LINE_CHARS",
    "MAX_LISTED_PROBLEMS",
    "MAX_MESSAGE_CHARS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "APIValidationError",
    "AgentOfflineError",
    "AuthenticationError",
    "AuthorizationError",
    "ChatInactiveError",
    "ClientClosedError",
    "EntityTooLargeError",
    "FileTooLargeError",
    "InternalServerError",
    "InvalidRequestError",
    "InvalidResponseError",
    "LicenseExpiredError",
    "LicenseNotFoundError",
    "LimitReachedError",
    "LiveChatDeprecationWarning",
    "LiveChatError",
    "MisdirectedRequestError",
    "MissingAccessError",
    "NotFoundError",
    "PaginationError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServiceUnavailableError",
    "TooManyRequestsError",
    "UnsupportedVersionError",
    "WrongProductVersionError",
]


MAX_MESSAGE_CHARS: Final = 1000
"""The longest server message or error text kept in an error's message, in characters."""
MAX_LISTED_PROBLEMS: Final = 20
"""The most problems an ``InvalidRequestError`` / ``ResponseValidationError`` message lists."""
MAX_LINE_CHARS: Final = 300
"""The longest line of one listed problem, in characters."""


class LiveChatError(Exception):
    """Base of every exception this package raises on purpose.

    Pickles without calling ``__init__`` and without any credential (see the module docstring).
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


class LiveChatDeprecationWarning(DeprecationWarning):
    """The API answered with a ``Deprecation`` or ``Legacy`` lifecycle header.

    ``date`` is the header's value (``YYYY-MM-DD``, the end of that stage), ``action`` the action
    that received it. Emitted once per action and client session.
    """

    def __init__(self, message: str, *, action: str, date: str, header: str) -> None:
        super().__init__(message)
        self.action = action
        self.date = date
        self.header = header

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


class InvalidRequestError(LiveChatError, ValueError):
    """The arguments of a call do not fit the action's request model; nothing was sent.

    ``errors`` holds one dict per problem with the field path (``loc``), the rule (``type``)
    and a readable ``msg``, in pydantic's format. ``action`` names the action, or the model when
    a request model (``MessageEvent(...)``, ``SendEventRequest(...)``) is constructed directly.
    Not a subclass of pydantic's ``ValidationError``.
    """

    def __init__(self, action: str, errors: Sequence[Mapping[str, Any]]) -> None:
        self.action = action
        self.errors = [dict(error) for error in errors]
        count = len(self.errors)
        header = (
            f"{_cap(action, MAX_LINE_CHARS)}: {count} invalid argument{'s' if count != 1 else ''}"
        )
        lines = (
            f"{_loc(error.get('loc', ()))}: {error.get('msg', '')}"
            for error in self.errors[:MAX_LISTED_PROBLEMS]
        )
        super().__init__(_listing(header, lines, count))


class FileTooLargeError(InvalidRequestError):
    """``upload_file`` was given more than the API's 10 MB limit; nothing was sent.

    A file whose size is known (bytes, a path, a seekable file) is refused before it is read; a
    stream of unknown length is read up to one byte past the limit, no further."""


class ClientClosedError(LiveChatError, RuntimeError):
    """The client was used after ``close()``."""


class APIConnectionError(LiveChatError):
    """The request could not be completed (connection refused or reset, protocol error).

    The original httpx exception is kept as ``__cause__``.
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(_cap(message))
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out before the server answered."""


class InvalidResponseError(LiveChatError):
    """The server's answer could not be read: a body invalid for its ``Content-Encoding``, a
    broken stream, or a body over the size cap. Nothing of it is parsed.

    ``request`` is the request that was sent; ``status_code`` and ``headers`` are what the
    server announced before the body failed (``None`` when unknown). The httpx exception, if
    any, is kept as ``__cause__``.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        status_code: int | None = None,
        headers: httpx.Headers | None = None,
    ) -> None:
        super().__init__(_cap(message))
        self.request = request
        self.status_code = status_code
        self.headers = headers


class ResponseTooLargeError(InvalidResponseError):
    """The decoded body passed the client's ``max_response_bytes`` cap; reading stopped there."""


class PaginationError(LiveChatError):
    """``client.iterate.<action>()`` stopped: the server sent a page cursor it had already sent in
    the listing, which would loop forever. ``page_id`` is the repeated cursor."""

    def __init__(self, message: str, *, page_id: str) -> None:
        super().__init__(_cap(message))
        self.page_id = page_id


class ResponseValidationError(LiveChatError):
    """A successful answer did not match the response model (only in strict mode).

    The raw ``response`` is kept so that nothing the server said is lost. The message lists at
    most :data:`MAX_LISTED_PROBLEMS` problems (its first line is the summary, one line each after).
    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        header, *lines = message.split("\n  ")  # the summary, then "\n  <problem>" each
        super().__init__(_listing(_cap(header), lines[:MAX_LISTED_PROBLEMS], len(lines)))
        self.response = response


class APIError(LiveChatError):
    """The server answered with an error.

    ``type`` is the server's error type string (``"not_found"``, ...), ``message`` its message,
    ``data`` any extra data it sent (e.g. the right region for ``misdirected_request``),
    ``status_code`` the HTTP status, ``response`` the untouched :class:`httpx.Response` and
    ``request_id`` a debugging id when the server returned one. ``message`` is cut after
    :data:`MAX_MESSAGE_CHARS` characters (``"… (N more characters)"``); the body is on
    ``response``.
    """

    error_type: ClassVar[str | None] = None
    _registry: ClassVar[dict[str, type[APIError]]] = {}

    def __init__(
        self,
        message: str,
        *,
        type: str | None,
        response: httpx.Response,
        data: Any = None,
        request_id: str | None = None,
    ) -> None:
        self.type = type
        self.message = message = _cap(message)
        self.data = data
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id
        label = _cap(type, 100) if type else f"HTTP {response.status_code}"
        super().__init__(f"{label}: {message} (HTTP {response.status_code})")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.error_type is not None:
            APIError._registry[cls.error_type] = cls

    @classmethod
    def from_response(cls, response: httpx.Response) -> APIError:
        """Build the most specific error for an error ``response``, whatever its body holds."""
        from .models.common import ErrorBody  # the models import this module

        request_id = _request_id(response)
        try:
            content = response.content
        except httpx.ResponseNotRead:
            content = b""
        try:
            # pydantic's JSON parser refuses nesting past 200 levels with a ValidationError
            # instead of recursing, and invalid UTF-8 the same way.
            error = ErrorBody.model_validate_json(content).error
        except (pydantic.ValidationError, ValueError, RecursionError):
            text = _text(response, content)
            message = text if text else (response.reason_phrase or "empty error response")
            return APIError(message, type=None, response=response, request_id=request_id)
        exc_cls = APIError._registry.get(error.type, APIError)
        return exc_cls(
            error.message if error.message is not None else error.type,
            type=error.type,
            response=response,
            data=error.data,
            request_id=request_id,
        )


def _request_id(response: httpx.Response) -> str | None:
    for name in ("x-request-id", "x-debug-id", "x-correlation-id"):
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


def _text(response: httpx.Response, content: bytes) -> str:
    """The stripped text of an error body, decoded as httpx would (invalid bytes replaced)."""
    if not content:
        return ""
    try:
        return content.decode(response.encoding or "utf-8", errors="replace").strip()
    except (LookupError, ValueError):
        return content.decode("utf-8", errors="replace").strip()


def _printable(text: str) -> str:
    """``text`` with lone surrogates (which UTF-8 cannot encode) shown as ``\\udXXX`` escapes."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _cap(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``text`` cut after ``limit`` characters, saying how many were cut; always printable."""
    text = _printable(str(text))
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit} more characters)"


def _one_line(text: str) -> str:
    """``text`` with each unprintable character (a line break in a field name, say) shown as its
    escape (``\\n``, ``\\x1f``), so that a problem stays on its own line; the rest is kept."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def _listing(header: str, lines: Any, total: int) -> str:
    """A summary line then at most ``MAX_LISTED_PROBLEMS`` capped problem lines."""
    shown = [f"\n  {_cap(_one_line(line), MAX_LINE_CHARS)}" for line in lines]
    if total > len(shown):
        shown.append(f"\n  … and {total - len(shown)} more problems")
    return header + "".join(shown)


def _loc(loc: Sequence[Any]) -> str:
    return ".".join(str(part) for part in loc) or "(request)"


# --- pickling without credentials ------------------------------------------------------------

_REDACTED: Final = "<redacted>"
_SECRET_NAME = re.compile(r"auth|cookie|token|secret|key|password|session|credential", re.I)
_SCHEMES: Final = frozenset({"bearer", "basic", "digest"})


def _reduce(exc: BaseException) -> tuple[Any, ...]:
    """Rebuild ``exc`` from its arguments and attributes, with credentials redacted."""
    state = {name: _redacted(value) for name, value in vars(exc).items()}
    return (_restore, (type(exc), tuple(_redacted(arg) for arg in exc.args), state))


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """Unpickle an exception without calling its ``__init__`` (whose signature may differ)."""
    exc = cls.__new__(cls, *args)
    exc.args = args
    exc.__dict__.update(state)
    return exc


def _redacted(value: Any, depth: int = 0) -> Any:
    """A copy of ``value`` without credentials: httpx requests, responses and headers, also
    inside lists, tuples and dicts; anything else unchanged."""
    if isinstance(value, httpx.Request):
        return _redacted_request(value)
    if isinstance(value, httpx.Response):
        return _redacted_response(value, depth)
    if isinstance(value, httpx.Headers):
        return _redacted_headers(value)
    if depth < 4:
        if isinstance(value, list):
            return [_redacted(item, depth + 1) for item in value]
        if isinstance(value, tuple) and type(value) is tuple:
            return tuple(_redacted(item, depth + 1) for item in value)
        if type(value) is dict:
            return {key: _redacted(item, depth + 1) for key, item in value.items()}
    return value


def _redacted_headers(headers: httpx.Headers) -> httpx.Headers:
    items = []
    for raw_name, raw_value in headers.raw:
        name = raw_name.decode("latin-1")
        if _SECRET_NAME.search(name):
            scheme, space, _ = raw_value.decode("latin-1").partition(" ")
            known = space and scheme.lower() in _SCHEMES and "cookie" not in name.lower()
            raw_value = (f"{scheme} {_REDACTED}" if known else _REDACTED).encode("latin-1")
        items.append((raw_name, raw_value))
    return httpx.Headers(items, encoding=headers.encoding)


def _redacted_url(url: httpx.URL) -> httpx.URL:
    return url.copy_with(password=_REDACTED) if url.password else url


def _redacted_request(request: httpx.Request) -> httpx.Request:
    state = request.__getstate__()
    state["headers"] = _redacted_headers(request.headers)
    state["url"] = _redacted_url(request.url)
    copy = httpx.Request.__new__(httpx.Request)
    copy.__setstate__(state)
    return copy


def _redacted_response(response: httpx.Response, depth: int = 0) -> httpx.Response:
    state = response.__getstate__()
    state["headers"] = _redacted_headers(response.headers)
    state.pop("_decoder", None)
    request = state.get("_request")
    if request is not None:
        state["_request"] = _redacted_request(request)
    if state.get("next_request") is not None:
        state["next_request"] = _redacted_request(state["next_request"])
    if depth < 4:
        state["history"] = [_redacted_response(old, depth + 1) for old in response.history]
    else:
        state["history"] = []
    copy = httpx.Response.__new__(httpx.Response)
    copy.__setstate__(state)
    return copy


class AgentOfflineError(APIError):
    """``agent_offline``: the request could not be handled because the agent is offline."""

    error_type = "agent_offline"


class AuthenticationError(APIError):
    """``authentication``: the access token is missing, invalid or expired."""

    error_type = "authentication"


class AuthorizationError(APIError):
    """``authorization``: the requester lacks permission for this action."""

    error_type = "authorization"


class ChatInactiveError(APIError):
    """``chat_inactive``: the action needs an active thread but the chat has none."""

    error_type = "chat_inactive"


class EntityTooLargeError(APIError):
    """``entity_too_large``: the request body was too large (upload over 10 MB)."""

    error_type = "entity_too_large"


class InternalServerError(APIError):
    """``internal``: a server-side failure."""

    error_type = "internal"


class LicenseExpiredError(APIError):
    """``license_expired``: the trial or subscription of the license has ended."""

    error_type = "license_expired"


class LicenseNotFoundError(APIError):
    """``license_not_found``: there is no license with the given ID."""

    error_type = "license_not_found"


class LimitReachedError(APIError):
    """``limit_reached``: creating or changing the resource would exceed a limit."""

    error_type = "limit_reached"


class MisdirectedRequestError(APIError):
    """``misdirected_request``: wrong data center; ``region`` names the right one."""

    error_type = "misdirected_request"

    @property
    def region(self) -> str | None:
        """The region the server says the request belongs to (``error.data.region``)."""
        region: object = self.data.get("region") if isinstance(self.data, dict) else None
        return region if isinstance(region, str) else None


class MissingAccessError(APIError):
    """``missing_access``: the requester has no access to the given resource."""

    error_type = "missing_access"


class NotFoundError(APIError):
    """``not_found``: the requested resource does not exist."""

    error_type = "not_found"


class RequestTimeoutError(APIError):
    """``request_timeout``: processing exceeded the server's 15-second timeout."""

    error_type = "request_timeout"


class ServiceUnavailableError(APIError):
    """``service_unavailable``: the server is temporarily not accepting new requests."""

    error_type = "service_unavailable"


class TooManyRequestsError(APIError):
    """``too_many_requests``: the rate limit was exceeded; it lifts after a while."""

    error_type = "too_many_requests"


class UnsupportedVersionError(APIError):
    """``unsupported_version``: the API version is not supported."""

    error_type = "unsupported_version"


class APIValidationError(APIError):
    """``validation``: the server found the request malformed or its parameters invalid.

    Not pydantic's ``ValidationError``, nor :class:`InvalidRequestError` (refused before
    sending). Formerly ``ValidationError``, a name that still works but is deprecated.
    """

    error_type = "validation"


class WrongProductVersionError(APIError):
    """``wrong_product_version``: the license is not on LiveChat 3."""

    error_type = "wrong_product_version"


_DEPRECATED_NAMES: Final = {"ValidationError": "APIValidationError"}
"""Old public names, still importable with a ``DeprecationWarning``: old name -> new name."""


def __getattr__(name: str) -> Any:
    """``ValidationError``, the old name of :class:`APIValidationError`: the same class, with a
    ``DeprecationWarning`` pointing at the code that imports or reads it."""
    new_name = _DEPRECATED_NAMES.get(name)
    if new_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    warnings.warn(
        f"livechat_typed.errors.{name} is deprecated, use {new_name} (the API's 'validation' "
        f"error; not pydantic's ValidationError, nor InvalidRequestError)",
        DeprecationWarning,
        stacklevel=2,
    )
    return globals()[new_name]
