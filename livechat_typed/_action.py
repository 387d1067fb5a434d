"""The generic ``Action`` descriptor: one declaration per API action, typed calls derived from it.

An action is declared once, on a category class in :mod:`livechat_typed.actions`::

    transfer_chat = Action(TransferChatRequest, TransferChatResponse, idempotent=False)

On an ``AgentWeb`` instance ``client.transfer_chat`` is a :class:`BoundAction` whose call
validates the keyword arguments against the request model and returns the response model; on an
``AsyncAgentWeb`` it is an :class:`AsyncBoundAction` whose calls are awaited. The variants come
from the same declaration, through the client's accessors (:mod:`livechat_typed._accessors`):
``client.raw.transfer_chat(...)``, ``client.build``, ``client.with_response``,
``client.with_payload`` and, for paginated actions, ``client.iterate``; each is a
:class:`BoundVariant` that runs the bound action's own method. The old spellings
(``client.transfer_chat.raw(...)``, ``.__call__(...)``) still run and warn. Type checkers see
each action as a method with its fields written out (:mod:`livechat_typed._signatures`).

At run time a bound action describes itself as the function it stands for:
``inspect.signature(client.send_event)`` has the request model's keyword parameters (annotations
and defaults) and the response model as return annotation, and ``help(client.send_event)`` shows
the action's description, each parameter with its docstring and the return type.
"""

from __future__ import annotations

import functools
import inspect
import operator
import re
import types
import warnings
from collections.abc import Callable, Coroutine, Iterator, Mapping
from datetime import timedelta
from typing import (
    Annotated,
    Any,
    Generic,
    ParamSpec,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
    overload,
)

import httpx
import pydantic
import pydantic.fields
from typing_extensions import Self

from ._accessors import VARIANT_SUMMARIES
from ._bulk import validate_json
from ._sending import AsyncSender, Prepared, Sender, SyncSender
from ._transport import _stacklevel_outside_package as stacklevel_outside_package
from .errors import APIError, InvalidRequestError, ResponseValidationError
from .errors import _request_id as request_id_of
from .models._base import PagedRequest, Request

__all__ = [
    "IMPLEMENTATIONS",
    "Action",
    "AsyncBoundAction",
    "BoundAction",
    "BoundVariant",
    "WithResponse",
]

P = ParamSpec("P")
ReqT = TypeVar("ReqT", bound=Request)
PagedT = TypeVar("PagedT", bound=PagedRequest)
RespT = TypeVar("RespT", bound=pydantic.BaseModel)
ItemT = TypeVar("ItemT")


def plain_annotation(annotation: Any) -> Any:
    """``annotation`` without its ``Annotated`` metadata (validators, ...), at any depth: the
    type as a reader of a signature wants it."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return plain_annotation(get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        return functools.reduce(operator.or_, map(plain_annotation, get_args(annotation)))
    args = get_args(annotation)
    plain = tuple(map(plain_annotation, args))
    if plain == args:
        return annotation
    if isinstance(annotation, types.GenericAlias):  # collections.abc.Mapping[str, ...]
        return types.GenericAlias(origin, plain)
    return annotation.copy_with(plain)  # typing's generic aliases


_QUALIFIER = re.compile(r"\b(?:[a-z_]\w*\.)+(?=[A-Za-z_])")
"""The module path before a name in a formatted annotation (``collections.abc.``), for reading."""


class _PerInstance:
    """A class attribute (``__doc__``, ``__signature__``) whose value, read on an instance, is
    computed from it by ``compute``; read on the class it is ``on_class``, as if not overridden."""

    def __init__(self, compute: Callable[[Any], Any], on_class: Any) -> None:
        self.compute = compute
        self.on_class = on_class

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        return self.on_class if instance is None else self.compute(instance)


class Action(Generic[P, ReqT, RespT]):
    """Declares one API action: request model, response model, name and retry safety.

    The name is the attribute name the descriptor is assigned to, which is also the last segment
    of the URL (``.../v3.6/agent/action/<name>``). ``idempotent=False`` declares that repeating
    the action can duplicate a side effect (a second message, chat, customer, ...): such a call is
    retried only when the server provably did not process it.

    Read on an action (``AgentWeb.send_event.__doc__``), ``__doc__`` is the first line of the
    request model's docstring, so ``help(AgentWeb)`` lists each action with a one-line summary.
    """

    __slots__ = ("_signature", "idempotent", "name", "request_model", "response_model")

    def __init__(
        self, request_model: Callable[P, ReqT], response_model: type[RespT], *, idempotent: bool
    ) -> None:
        self.request_model = cast("type[ReqT]", request_model)
        self.response_model = response_model
        self.idempotent = idempotent
        self.name = ""
        self._signature: inspect.Signature | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Action[P, ReqT, RespT]: ...

    @overload
    def __get__(self, instance: SyncSender, owner: type) -> BoundAction[P, ReqT, RespT]: ...

    @overload
    def __get__(self, instance: AsyncSender, owner: type) -> AsyncBoundAction[P, ReqT, RespT]: ...

    def __get__(self, instance: Sender | None, owner: type) -> Any:
        if instance is None:
            return self
        bound = self._bind(instance)
        # Actions have no __set__, so caching the bound call on the instance shadows the descriptor.
        instance.__dict__[self.name] = bound
        return bound

    def _bind(self, client: Sender) -> Any:
        return (AsyncBoundAction if client.is_async else BoundAction)(self, client)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.name!r}, {self.request_model.__name__}, "
            f"{self.response_model.__name__}, idempotent={self.idempotent})"
        )

    # --- what the action says about itself: summary, signature, documentation -------------------

    def summary(self) -> str:
        """The first line of the request model's docstring: what the action does."""
        return (inspect.getdoc(self.request_model) or self.name).splitlines()[0]

    def signature(self) -> inspect.Signature:
        """The call's signature: one keyword-only parameter per field of the request model (its
        annotation, its default if it has one), the response model as return annotation."""
        if self._signature is None:
            parameters = [
                inspect.Parameter(
                    name,
                    inspect.Parameter.KEYWORD_ONLY,
                    default=inspect.Parameter.empty if field.is_required() else field.default,
                    annotation=plain_annotation(field.annotation),
                )
                for name, field in self.call_fields().items()
            ]
            self._signature = inspect.Signature(parameters, return_annotation=self.response_model)
        return self._signature

    def call_fields(self) -> dict[str, pydantic.fields.FieldInfo]:
        """The keyword parameters of a call, in the order a reader wants them: the request's
        required fields, its optional fields, then the per-call options (``headers``, ...).
        ``max_items`` is left out: only ``client.iterate.<action>()`` takes it."""
        fields = self.request_model.model_fields
        options = self.request_model.option_names()
        body = [name for name in fields if name not in options]
        order = [name for name in body if fields[name].is_required()]
        optional = [name for name in body if not fields[name].is_required()]
        order += sorted(optional, key=lambda name: name == "page_id")  # a cursor is rarely first
        order += [name for name in fields if name in options and name != "max_items"]
        return {name: fields[name] for name in order}

    def variant_signature(self, kind: str, *, is_async: bool = False) -> inspect.Signature:
        """The signature of the action's ``kind`` variant (``client.<kind>.<action>``): the call's
        keywords (``max_items`` too for ``iterate``; the payload and the per-call options for
        ``with_payload``) and what the variant returns."""
        call = self.signature()
        parameters = list(call.parameters.values())
        options = self.request_model.option_names()
        returned: Any = {
            "raw": httpx.Response,
            "build": httpx.Request,
            "with_response": WithResponse[self.response_model],  # type: ignore[name-defined]
            "with_payload": self.response_model,
            "iterate": _page_iterator(is_async),
        }[kind]
        if kind == "with_payload":
            payload = inspect.Parameter(
                "payload", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Mapping[str, Any]
            )
            parameters = [payload, *(p for p in parameters if p.name in options)]
        elif kind == "iterate":
            field = self.request_model.model_fields["max_items"]
            max_items = inspect.Parameter(
                "max_items",
                inspect.Parameter.KEYWORD_ONLY,
                default=field.default,
                annotation=plain_annotation(field.annotation),
            )
            body = [p for p in parameters if p.name not in options]
            parameters = [*body, max_items, *(p for p in parameters if p.name in options)]
        return inspect.Signature(parameters, return_annotation=returned)

    def describe_variant(self, kind: str) -> str:
        """The documentation of the ``kind`` variant: what it does, then :meth:`describe`."""
        return f"{VARIANT_SUMMARIES[kind]}\n\n{self.describe()}"

    def describe(self) -> str:
        """The documentation of a call: the request model's docstring, each parameter with its
        type and docstring, and the type returned (with the response model's summary)."""
        lines = [inspect.getdoc(self.request_model) or self.summary(), "", "Parameters:"]
        for name, field in self.call_fields().items():
            kind = _QUALIFIER.sub("", inspect.formatannotation(plain_annotation(field.annotation)))
            default = "" if field.is_required() else f" = {field.default!r}"
            lines.append(f"  {name}: {kind}{default}")
            lines.extend(f"      {line}" for line in (field.description or "").splitlines())
        returned = inspect.getdoc(self.response_model)
        lines += ["", "Returns:", f"  {self.response_model.__name__}"]
        lines.extend(f"      {line}" for line in (returned or "").splitlines()[:1])
        return "\n".join(lines)

    __doc__ = _PerInstance(lambda action: action.summary(), __doc__)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # A subclass's own docstring would hide the per-instance ``__doc__``: keep it for the class.
        own = _PerInstance(lambda action: action.summary(), cls.__dict__["__doc__"])
        setattr(cls, "__doc__", own)  # noqa: B010 (a descriptor where type checkers expect a str)

    __signature__ = _PerInstance(lambda action: action.signature(), None)

    # --- the shared engine: everything but the I/O ----------------------------------------------

    def prepare(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Prepared:
        """Validate a call's arguments into the body and options; raise before any I/O."""
        if args:
            raise positional_error(self, f"{self.name}()", len(args))
        if kwargs.get("payload") is not None:
            return self._prepare_payload_argument(kwargs)
        kwargs.pop("payload", None)
        request = self.validate(kwargs)
        if isinstance(request, PagedRequest) and request.max_items is not None:
            raise InvalidRequestError(
                self.name,
                [
                    {
                        "loc": ("max_items",),
                        "msg": f"only iterate.{self.name}() takes max_items [rule: iterate_only]",
                        "type": "iterate_only",
                    }
                ],
            )
        return self.prepared(request)

    def validate(self, kwargs: dict[str, Any]) -> ReqT:
        """Build the request model from keyword arguments, or raise ``InvalidRequestError``."""
        try:
            return self.request_model.from_call(kwargs)
        except pydantic.ValidationError as exc:
            from ._validation import invalid_request  # the error path's code, loaded on demand

            raise invalid_request(self.name, self.request_model, exc) from None

    @staticmethod
    def prepared(request: Request) -> Prepared:
        """The body and per-call options of a validated request model."""
        return Prepared(
            request.encode(),
            request.headers,
            request.timeout,
            request.max_retries,
            request.total_timeout,
        )

    def _prepare_payload_argument(self, kwargs: dict[str, Any]) -> Prepared:
        """The reference SDK's ``payload=`` argument (untyped): it overrides the fields."""
        payload = kwargs.pop("payload")
        options = {name: kwargs.pop(name, None) for name in Request.option_names()}
        ignored = sorted(name for name, value in kwargs.items() if value is not None)
        if ignored:
            warnings.warn(
                f"{self.name}: payload= overrides every other argument; ignored: "
                + ", ".join(ignored),
                UserWarning,
                stacklevel=stacklevel_outside_package(),
            )
        return self.prepare_payload(payload, options)

    def prepare_payload(self, payload: Any, options: dict[str, Any]) -> Prepared:
        """Encode ``payload`` as the body, unvalidated, with the per-call ``options`` validated as
        usual; raise ``InvalidRequestError`` before any I/O for what JSON cannot carry."""
        options = {name: value for name, value in options.items() if value is not None}
        try:  # the options are validated as usual
            checked = Request(**options)
        except pydantic.ValidationError as exc:
            from ._validation import invalid_request

            raise invalid_request(self.name, Request, exc) from None
        # Byte for byte what the reference SDK sends (httpx's ``json=``, or its ``files=`` for a
        # multipart action); what JSON or a multipart body cannot carry is refused here.
        encoded = self.request_model.encode_payload(payload, action=self.name)
        return Prepared(
            encoded, checked.headers, checked.timeout, checked.max_retries, checked.total_timeout
        )

    def parse(self, response: httpx.Response, *, strict: bool = False) -> RespT:
        """Raise the typed error for an error answer, else validate the body into the model.

        The body is validated straight from the response bytes. ``strict`` additionally refuses
        anything the spec does not document (see :mod:`livechat_typed.models._strict`).
        """
        if not response.is_success:
            raise APIError.from_response(response)
        try:
            result = validate_json(
                self.response_model.model_validate_json, response.content or b"{}"
            )
        except pydantic.ValidationError as exc:
            problems = [
                f"{'.'.join(map(str, e['loc'])) or '(body)'}: {e['msg']}"
                for e in exc.errors(include_url=False, include_input=False)
            ]
            raise self._invalid(response, problems) from exc
        if strict:
            from .models._strict import undocumented  # the audit: loaded by strict clients only

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


# --- bound actions ---------------------------------------------------------------------------


class _Bound(Generic[P, ReqT, RespT]):
    """What sync and async bound actions share: building the request, the variants
    (``client.raw.<action>`` and the others reach them through :meth:`_variant`) and the old
    spellings of the variants (``client.<action>.raw(...)``), which still run but warn."""

    # ``__dict__`` holds the variants made so far and the old ``.__call__`` spelling: an explicit
    # ``bound.__call__`` finds the instance's entry (which warns), a call ``bound(...)`` the
    # class's method (which does not).
    __slots__ = ("__dict__", "_action", "_client")

    def __init__(self, action: Action[P, ReqT, RespT], client: Sender) -> None:
        self._action = action
        self._client = client
        self.__dict__["__call__"] = _OldCallSpelling(self)

    @property
    def name(self) -> str:
        """The API action name."""
        return self._action.name

    def _variant(self, kind: str) -> BoundVariant:
        """The action in one variant (``raw``, ``with_response``, ...), made once per action."""
        found = self.__dict__.get(f"<{kind}>")  # not the name: it would hide the old spelling
        if found is None:
            if kind not in IMPLEMENTATIONS or not hasattr(self, IMPLEMENTATIONS[kind]):
                raise AttributeError(
                    f"{self._action.name} has no {kind} form"
                    + (" (only a paginated action has)" if kind == "iterate" else "")
                )
            found = self.__dict__[f"<{kind}>"] = BoundVariant(self, kind)
        return found

    def _old_spelling(self, kind: str) -> Callable[..., Any]:
        """Warn that ``client.<action>.<kind>(...)`` is now ``client.<kind>.<action>(...)``."""
        name = self._action.name
        warnings.warn(
            f"client.{name}.{kind}(...) is deprecated: write client.{kind}.{name}(...) "
            "(the old spelling still runs, but type checkers no longer see it)",
            DeprecationWarning,
            stacklevel=stacklevel_outside_package(),
        )
        return cast("Callable[..., Any]", getattr(self, IMPLEMENTATIONS[kind]))

    def build(self, *args: P.args, **kwargs: P.kwargs) -> httpx.Request:
        """Deprecated spelling of ``client.build.<action>(...)`` (warns, then builds)."""
        return self._old_spelling("build")(*args, **kwargs)  # type: ignore[no-any-return]

    def raw(self, *args: P.args, **kwargs: P.kwargs) -> Any:
        """Deprecated spelling of ``client.raw.<action>(...)`` (warns, then sends)."""
        return self._old_spelling("raw")(*args, **kwargs)

    def with_response(self, *args: P.args, **kwargs: P.kwargs) -> Any:
        """Deprecated spelling of ``client.with_response.<action>(...)`` (warns, then sends)."""
        return self._old_spelling("with_response")(*args, **kwargs)

    def with_payload(self, payload: Mapping[str, Any], **options: Any) -> Any:
        """Deprecated spelling of ``client.with_payload.<action>(...)`` (warns, then sends)."""
        return self._old_spelling("with_payload")(payload, **options)

    def _build_only(self, *args: P.args, **kwargs: P.kwargs) -> httpx.Request:
        """Return the exact ``httpx.Request`` a call would send, without sending it.

        ``livechat_typed.to_curl(request)`` renders it as a ``curl`` command, token redacted.
        """
        return self._build(args, kwargs)[0]

    def _build(
        self, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[httpx.Request, Prepared]:
        return self._build_prepared(self._action.prepare(args, kwargs))

    def _build_payload(
        self,
        payload: Mapping[str, Any],
        headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        total_timeout: float | None,
    ) -> tuple[httpx.Request, Prepared]:
        options = {"headers": headers, "timeout": timeout, "max_retries": max_retries}
        options["total_timeout"] = total_timeout
        return self._build_prepared(self._action.prepare_payload(payload, options))

    def _build_prepared(self, prepared: Prepared) -> tuple[httpx.Request, Prepared]:
        """The HTTP request of a prepared call, and the call's options."""
        return self._client._build_request(self._action.name, prepared), prepared

    def __repr__(self) -> str:
        return f"<bound action {self._action.name} of {self._client!r}>"

    # At run time a bound action is documented as the function it stands for: ``help()`` and
    # ``inspect.signature()`` read these (``__get__`` makes ``help()`` treat it as a routine).
    __doc__ = _PerInstance(lambda bound: bound._action.describe(), __doc__)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # A subclass's own docstring would hide the per-instance ``__doc__``: keep it for the class.
        own = _PerInstance(lambda bound: bound._action.describe(), cls.__dict__["__doc__"])
        setattr(cls, "__doc__", own)  # noqa: B010 (a descriptor where type checkers expect a str)

    __signature__ = _PerInstance(lambda bound: bound._action.signature(), None)

    @property
    def __name__(self) -> str:
        return self._action.name

    def __get__(self, instance: object, owner: type | None = None) -> Self:
        return self


IMPLEMENTATIONS = {
    "raw": "_raw",
    "with_response": "_respond",
    "iterate": "_iterate",
    "build": "_build_only",
    "with_payload": "_with_payload",
}
"""The bound action's method that runs each variant."""


class BoundVariant:
    """One action of a client in one variant: ``client.raw.send_event`` (see ``VARIANTS``).

    Calling it runs the bound action's own method for the variant: no second implementation. At
    run time it describes itself like a bound action does (``inspect.signature``, ``help``).
    """

    __slots__ = ("_bound", "_kind", "_run")

    def __init__(self, bound: _Bound[Any, Any, Any], kind: str) -> None:
        self._bound = bound
        self._kind = kind
        self._run: Callable[..., Any] = getattr(bound, IMPLEMENTATIONS[kind])

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._run(*args, **kwargs)

    @property
    def __name__(self) -> str:
        return self._bound._action.name

    def __repr__(self) -> str:
        return (
            f"<{self._kind} form of action {self._bound._action.name} of {self._bound._client!r}>"
        )

    __doc__ = _PerInstance(lambda v: v._bound._action.describe_variant(v._kind), __doc__)
    __signature__ = _PerInstance(
        lambda v: v._bound._action.variant_signature(v._kind, is_async=v._bound._client.is_async),
        None,
    )

    def __get__(self, instance: object, owner: type | None = None) -> Self:
        return self  # a routine for help(), like a bound action


class _OldCallSpelling:
    """``client.<action>.__call__``: the old explicit spelling, which warns, then calls."""

    __slots__ = ("_bound",)

    def __init__(self, bound: _Bound[Any, Any, Any]) -> None:
        self._bound = bound

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        name = self._bound._action.name
        warnings.warn(
            f"client.{name}.__call__(...) is deprecated: write client.{name}(...)",
            DeprecationWarning,
            stacklevel=stacklevel_outside_package(),
        )
        call = cast("Callable[..., Any]", self._bound)  # the class's __call__, not this one
        return call(*args, **kwargs)


class WithResponse(Generic[RespT]):
    """A typed response together with the HTTP response it came in.

    Unpacks as ``(parsed, response)``; ``status_code``, ``headers``, ``request_id`` (from
    ``X-Request-Id``/``X-Debug-Id``) and ``elapsed`` are read from ``response``.
    """

    __slots__ = ("parsed", "response")

    def __init__(self, parsed: RespT, response: httpx.Response) -> None:
        self.parsed = parsed
        """The typed response, as a call returns it."""
        self.response = response
        """The HTTP response, read in full."""

    def __iter__(self) -> Iterator[Any]:
        return iter((self.parsed, self.response))

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The HTTP response headers."""
        return self.response.headers

    @property
    def request_id(self) -> str | None:
        """The server's id for this request, for support tickets, if it sent one."""
        return request_id_of(self.response)

    @property
    def elapsed(self) -> timedelta:
        """How long the last attempt took, from sending to the end of the body."""
        return self.response.elapsed

    def __repr__(self) -> str:
        return f"WithResponse({type(self.parsed).__name__}, status_code={self.status_code})"


class BoundAction(_Bound[P, ReqT, RespT]):
    """An action bound to ``AgentWeb``: call it for the typed response (its variants are
    ``client.raw.<action>``, ``client.with_response.<action>``, ... see :class:`BoundVariant`)."""

    __slots__ = ()
    _client: SyncSender

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> RespT:
        """Send the request and return the typed response; raise ``APIError`` on an error."""
        return self._call_prepared(*self._build(args, kwargs))

    def _with_payload(
        self,
        payload: Mapping[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None = None,
    ) -> RespT:
        """Send ``payload`` as the request body, unvalidated, byte for byte as the reference SDK
        sends it, and return the typed response: the escape hatch for a parameter the models do
        not know yet. The same as the reference SDK's ``payload=`` argument (which calls also
        accept, untyped, for migrated code)."""
        return self._call_prepared(
            *self._build_payload(payload, headers, timeout, max_retries, total_timeout)
        )

    def _call_prepared(self, request: httpx.Request, prepared: Prepared) -> RespT:
        response = self._client._send(request, self._action, prepared)
        return self._action.parse(response, strict=self._client._strict)

    def _raw(self, *args: P.args, **kwargs: P.kwargs) -> httpx.Response:
        """Send the same request and return the untouched ``httpx.Response``, whatever its status.

        This is the reference SDK's behaviour, kept as a migration path. Bad input still raises
        ``InvalidRequestError`` before anything is sent; retries apply as for a call.
        """
        request, prepared = self._build(args, kwargs)
        return self._client._send(request, self._action, prepared)

    def _respond(self, *args: P.args, **kwargs: P.kwargs) -> WithResponse[RespT]:
        """Send the request and return the typed response *and* the HTTP response it came in:
        ``chat, response = client.with_response.get_chat(chat_id=...)``, or ``.parsed``,
        ``.status_code``, ``.headers``, ``.request_id``, ``.elapsed``. Errors raise as for a call.
        """
        request, prepared = self._build(args, kwargs)
        response = self._client._send(request, self._action, prepared)
        return WithResponse(self._action.parse(response, strict=self._client._strict), response)


class AsyncBoundAction(_Bound[P, ReqT, RespT]):
    """An action bound to ``AsyncAgentWeb``: ``await`` it for the typed response."""

    __slots__ = ()
    _client: AsyncSender

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Coroutine[Any, Any, RespT]:
        """Send the request and return the typed response; raise ``APIError`` on an error.

        Arguments are validated at once, before the coroutine is awaited.
        """
        request, prepared = self._build(args, kwargs)
        return self._call(request, prepared)

    def _with_payload(
        self,
        payload: Mapping[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None = None,
    ) -> Coroutine[Any, Any, RespT]:
        """Send ``payload`` as the body, unvalidated (see ``BoundAction``'s); the arguments are
        checked at once, before the coroutine is awaited."""
        return self._call(
            *self._build_payload(payload, headers, timeout, max_retries, total_timeout)
        )

    async def _call(self, request: httpx.Request, prepared: Prepared) -> RespT:
        response = await self._client._send(request, self._action, prepared)
        return self._action.parse(response, strict=self._client._strict)

    def _raw(self, *args: P.args, **kwargs: P.kwargs) -> Coroutine[Any, Any, httpx.Response]:
        """Send the same request; return the untouched ``httpx.Response``, whatever its status."""
        request, prepared = self._build(args, kwargs)
        return self._client._send(request, self._action, prepared)

    def _respond(
        self, *args: P.args, **kwargs: P.kwargs
    ) -> Coroutine[Any, Any, WithResponse[RespT]]:
        """The typed response and the HTTP response it came in (see ``BoundAction``'s); arguments
        are validated at once, before the coroutine is awaited."""
        request, prepared = self._build(args, kwargs)
        return self._respond_prepared(request, prepared)

    async def _respond_prepared(
        self, request: httpx.Request, prepared: Prepared
    ) -> WithResponse[RespT]:
        response = await self._client._send(request, self._action, prepared)
        return WithResponse(self._action.parse(response, strict=self._client._strict), response)


def _page_iterator(is_async: bool) -> type:
    """The iterator class of a paginated action's ``iterate`` form (see :mod:`._pagination`)."""
    from ._pagination import AsyncPageIterator, PageIterator

    return AsyncPageIterator if is_async else PageIterator


def positional_error(action: Action[Any, Any, Any], call: str, count: int) -> TypeError:
    """The ``TypeError`` of a call given positional arguments: it names the keywords to use
    (every required field, or as many optional ones as arguments were given) and lists all."""
    fields = action.request_model.model_fields
    options = action.request_model.option_names()
    names = [n for n, f in fields.items() if n not in options and f.is_required()]
    names += [n for n, f in fields.items() if n not in options and not f.is_required()]
    names.sort(key=lambda name: name == "page_id")  # a cursor continues; it is rarely first
    if not names:
        return TypeError(f"{call} takes keyword arguments only, and this action takes none")
    required = sum(1 for f in fields.values() if f.is_required())
    shown = ", ".join(f"{name}=..." for name in names[: max(count, required, 1)])
    return TypeError(
        f"{call} takes keyword arguments only: write {call[:-1]}{shown})"
        f" (its keywords: {', '.join(names)})"
    )
