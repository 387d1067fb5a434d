"""The generic ``Action`` descriptor: one declaration per API action, typed calls derived from it.

An action is declared once, on a category class in :mod:`livechat_typed.actions`::

    transfer_chat = Action(TransferChatRequest, TransferChatResponse)

The descriptor captures the request model's ``__init__`` parameters with a ``ParamSpec``, so on
a client instance ``client.transfer_chat`` is a :class:`BoundAction` whose ``__call__`` has the
model's keyword parameters (IDE autocompletion, type errors for wrong names and types) and
returns the response model.
"""

from __future__ import annotations

import gc
import json
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast, overload

import httpx
import pydantic

from ._validation import invalid_request
from .errors import APIError, InvalidRequestError, ResponseValidationError
from .models._base import Encoded, Request
from .models._strict import undocumented

if TYPE_CHECKING:
    from ._client import AgentWeb

__all__ = ["Action", "BoundAction"]

P = ParamSpec("P")
ReqT = TypeVar("ReqT", bound=Request)
RespT = TypeVar("RespT", bound=pydantic.BaseModel)


class Prepared:
    """What a call resolved to before it becomes an HTTP request: body and per-call headers."""

    __slots__ = ("encoded", "headers")

    def __init__(self, encoded: Encoded, headers: Mapping[str, str] | None) -> None:
        self.encoded = encoded
        self.headers = headers


class Action(Generic[P, ReqT, RespT]):
    """Declares one API action: its request model, its response model and its name.

    The name is the attribute name the descriptor is assigned to, which is also the last segment
    of the URL (``.../v3.6/agent/action/<name>``).
    """

    __slots__ = ("name", "request_model", "response_model")

    def __init__(self, request_model: Callable[P, ReqT], response_model: type[RespT]) -> None:
        self.request_model = cast("type[ReqT]", request_model)
        self.response_model = response_model
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Action[P, ReqT, RespT]: ...

    @overload
    def __get__(self, instance: AgentWeb, owner: type) -> BoundAction[P, ReqT, RespT]: ...

    def __get__(self, instance: AgentWeb | None, owner: type) -> Any:
        if instance is None:
            return self
        bound = BoundAction(self, instance)
        # Actions have no __set__, so caching the bound call on the instance shadows the descriptor.
        instance.__dict__[self.name] = bound
        return bound

    def __repr__(self) -> str:
        return (
            f"Action({self.name!r}, {self.request_model.__name__}, {self.response_model.__name__})"
        )

    # --- the shared engine: everything but the I/O ----------------------------------------------

    def prepare(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Prepared:
        """Validate a call's arguments into the body and options; raise before any I/O."""
        if args:
            raise TypeError(f"{self.name}() takes keyword arguments only")
        if "payload" in kwargs and kwargs["payload"] is not None:
            return self._prepare_payload(kwargs)
        kwargs.pop("payload", None)
        try:
            request = self.request_model(**kwargs)
        except pydantic.ValidationError as exc:
            raise invalid_request(self.name, self.request_model, exc) from None
        return Prepared(request.encode(), request.headers)

    def _prepare_payload(self, kwargs: dict[str, Any]) -> Prepared:
        payload = kwargs.pop("payload")
        headers = kwargs.pop("headers", None)
        ignored = sorted(name for name, value in kwargs.items() if value is not None)
        if ignored:
            warnings.warn(
                f"{self.name}: payload= overrides every other argument; ignored: "
                + ", ".join(ignored),
                UserWarning,
                stacklevel=4,
            )
        if headers is not None and not isinstance(headers, Mapping):
            raise InvalidRequestError(
                self.name, [{"loc": ("headers",), "msg": "must be a mapping", "type": "dict_type"}]
            )
        if self.request_model.encode is not Request.encode:  # a multipart action
            return Prepared(Encoded(files=payload), headers)
        try:
            # Byte for byte what httpx's ``json=`` (the reference SDK) sends.
            body = json.dumps(
                payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False
            ).encode("utf-8")
        except (TypeError, ValueError) as exc:
            raise InvalidRequestError(
                self.name,
                [
                    {
                        "loc": ("payload",),
                        "msg": f"is not JSON-serializable: {exc} [rule: json_type]",
                        "type": "json_type",
                    }
                ],
            ) from None
        return Prepared(Encoded(content=body), headers)

    def parse(self, response: httpx.Response, *, strict: bool = False) -> RespT:
        """Raise the typed error for an error answer, else validate the body into the model.

        The body is validated straight from the response bytes. ``strict`` additionally refuses
        anything the spec does not document (see :mod:`livechat_typed.models._strict`).
        """
        if not response.is_success:
            raise APIError.from_response(response)
        try:
            result = _validate_json(self.response_model, response.content or b"{}")
        except pydantic.ValidationError as exc:
            problems = [
                f"{'.'.join(map(str, e['loc'])) or '(body)'}: {e['msg']}"
                for e in exc.errors(include_url=False, include_input=False)
            ]
            raise self._invalid(response, problems) from exc
        if strict:
            problems = undocumented(result)
            if problems:
                raise self._invalid(response, problems)
        return result

    def _invalid(self, response: httpx.Response, problems: list[str]) -> ResponseValidationError:
        return ResponseValidationError(
            f"{self.name}: the response does not match {self.response_model.__name__} "
            f"({len(problems)} problem{'s' if len(problems) != 1 else ''}):"
            + "".join(f"\n  {problem}" for problem in problems[:20]),
            response=response,
        )


_GC_PAUSE_BYTES = 64 * 1024


def _validate_json(model: type[RespT], content: bytes) -> RespT:
    """Validate ``content`` straight from bytes, pausing the cyclic GC for large bodies.

    A large answer becomes thousands of small acyclic objects; letting the collector run over
    them while they are created costs about a tenth of the parse and frees nothing.
    """
    if len(content) < _GC_PAUSE_BYTES or not gc.isenabled():
        return model.model_validate_json(content)
    gc.disable()
    try:
        return model.model_validate_json(content)
    finally:
        gc.enable()


class BoundAction(Generic[P, ReqT, RespT]):
    """An action bound to a client: call it for the typed response, ``.raw()`` for the raw one."""

    __slots__ = ("_action", "_client")

    def __init__(self, action: Action[P, ReqT, RespT], client: AgentWeb) -> None:
        self._action = action
        self._client = client

    @property
    def name(self) -> str:
        """The API action name."""
        return self._action.name

    @overload
    def __call__(
        self, *, payload: Mapping[str, Any], headers: Mapping[str, str] | None = None
    ) -> RespT: ...

    @overload
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> RespT: ...

    def __call__(self, *args: Any, **kwargs: Any) -> RespT:
        """Send the request and return the typed response; raise ``APIError`` on an error."""
        response = self._client._send(self._build(args, kwargs))
        return self._action.parse(response, strict=self._client._strict)

    @overload
    def raw(
        self, *, payload: Mapping[str, Any], headers: Mapping[str, str] | None = None
    ) -> httpx.Response: ...

    @overload
    def raw(self, *args: P.args, **kwargs: P.kwargs) -> httpx.Response: ...

    def raw(self, *args: Any, **kwargs: Any) -> httpx.Response:
        """Send the same request and return the untouched ``httpx.Response``, whatever its status.

        This is the reference SDK's behaviour, kept as a migration path. Bad input still raises
        ``InvalidRequestError`` before anything is sent.
        """
        return self._client._send(self._build(args, kwargs))

    @overload
    def build(
        self, *, payload: Mapping[str, Any], headers: Mapping[str, str] | None = None
    ) -> httpx.Request: ...

    @overload
    def build(self, *args: P.args, **kwargs: P.kwargs) -> httpx.Request: ...

    def build(self, *args: Any, **kwargs: Any) -> httpx.Request:
        """Return the exact ``httpx.Request`` a call would send, without sending it."""
        return self._build(args, kwargs)

    def _build(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> httpx.Request:
        prepared = self._action.prepare(args, kwargs)
        return self._client._build_request(self._action.name, prepared)

    def __repr__(self) -> str:
        return f"<bound action {self._action.name} of {self._client!r}>"
