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
          ├── ValidationError              validation
          └── WrongProductVersionError     wrong_product_version

An error type the server invents later still raises :class:`APIError`, with ``.type`` set.

Warnings: :class:`LiveChatDeprecationWarning` (a ``DeprecationWarning``) when a response says the
API version is legacy or deprecated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import httpx
import pydantic

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
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
    "ValidationError",
    "WrongProductVersionError",
]


class LiveChatError(Exception):
    """Base of every exception this package raises on purpose."""


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


class InvalidRequestError(LiveChatError, ValueError):
    """The arguments of a call do not fit the action's request model; nothing was sent.

    ``errors`` holds one dict per problem with the field path (``loc``), the rule (``type``)
    and a readable ``msg``, in pydantic's format.
    """

    def __init__(self, action: str, errors: Sequence[Mapping[str, Any]]) -> None:
        self.action = action
        self.errors = [dict(error) for error in errors]
        lines = [f"{_loc(error.get('loc', ()))}: {error['msg']}" for error in self.errors]
        count = len(lines)
        header = f"{action}: {count} invalid argument{'s' if count != 1 else ''}"
        super().__init__(header + "".join(f"\n  {line}" for line in lines))


class FileTooLargeError(InvalidRequestError):
    """``upload_file`` was given more than the API's 10 MB limit; nothing was read or sent."""


class ClientClosedError(LiveChatError, RuntimeError):
    """The client was used after ``close()``."""


class APIConnectionError(LiveChatError):
    """The request could not be completed (connection refused or reset, protocol error).

    The original httpx exception is kept as ``__cause__``.
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
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
        super().__init__(message)
        self.request = request
        self.status_code = status_code
        self.headers = headers


class ResponseTooLargeError(InvalidResponseError):
    """The decoded body passed the client's ``max_response_bytes`` cap; reading stopped there."""


class PaginationError(LiveChatError):
    """``.iterate()`` stopped: the server sent a page cursor it had already sent in the listing,
    which would loop forever. ``page_id`` is the repeated cursor."""

    def __init__(self, message: str, *, page_id: str) -> None:
        super().__init__(message)
        self.page_id = page_id


class ResponseValidationError(LiveChatError):
    """A successful answer did not match the response model (only in strict mode).

    The raw ``response`` is kept so that nothing the server said is lost.
    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response


class APIError(LiveChatError):
    """The server answered with an error.

    ``type`` is the server's error type string (``"not_found"``, ...), ``message`` its message,
    ``data`` any extra data it sent (e.g. the right region for ``misdirected_request``),
    ``status_code`` the HTTP status, ``response`` the untouched :class:`httpx.Response` and
    ``request_id`` a debugging id when the server returned one.
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
        self.message = message
        self.data = data
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id
        label = type or f"HTTP {response.status_code}"
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
            error = ErrorBody.model_validate_json(response.content).error
        except pydantic.ValidationError:
            text = response.text.strip() if response.content else ""
            message = text[:1000] if text else (response.reason_phrase or "empty error response")
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


def _loc(loc: Sequence[Any]) -> str:
    return ".".join(str(part) for part in loc) or "(request)"


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


class ValidationError(APIError):
    """``validation``: the server found the request malformed or its parameters invalid."""

    error_type = "validation"


class WrongProductVersionError(APIError):
    """``wrong_product_version``: the license is not on LiveChat 3."""

    error_type = "wrong_product_version"
