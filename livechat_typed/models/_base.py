"""Base classes and reusable field types shared by every model.

Two families of models live in this package:

* what we *send* (:class:`RequestObject` and its subclass :class:`Request`): strict, closed,
  validated before any network I/O, serialized exactly as given (``exclude_unset``);
* what we *receive* (:class:`ResponseObject`): lenient and lossless, keeping unknown fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Annotated, Any, ClassVar, Generic, NamedTuple, TypeVar, Union, get_args

import httpx
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    JsonValue,
    PlainSerializer,
    PlainValidator,
    RootModel,
    model_validator,
)
from pydantic_core import CoreSchema, PydanticCustomError
from typing_extensions import Self

__all__ = [
    "DateTimeInput",
    "Encoded",
    "JsonObject",
    "ListResponse",
    "ModelOrDict",
    "OpenLiteral",
    "PagedRequest",
    "Request",
    "RequestObject",
    "ResponseObject",
    "Timestamp",
    "UnknownVariant",
]


class _ValidateAs:
    """Validate a field as ``schema_type`` while type checkers see the wider annotated type."""

    def __init__(self, schema_type: Any) -> None:
        self.schema_type = schema_type

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return handler.generate_schema(self.schema_type)


class _ValidateAsStr(_ValidateAs):
    """Validate an ``OpenLiteral`` as any string; the literal arm is for IDEs and strict mode."""

    def __init__(self) -> None:
        super().__init__(str)


JsonObject = dict[str, Any]
"""A free-form JSON object, for the places where the API accepts any content."""


def _as_json_containers(value: Any) -> Any:
    """Turn tuples and other sequences/mappings into the lists/dicts JSON validation expects."""
    if isinstance(value, (str, bytes, bytearray)) or value is None:
        return value
    if isinstance(value, Mapping):
        return {key: _as_json_containers(item) for key, item in value.items()}
    if isinstance(value, Sequence):
        return [_as_json_containers(item) for item in value]
    return value


def _not_null(value: Any) -> Any:
    if value is None:
        raise ValueError("must not be null")
    return value


JsonMember = Annotated[
    Union[Mapping[str, Any], Sequence[Any], str, int, float, bool, None],  # noqa: UP007
    _ValidateAs(JsonValue),
    BeforeValidator(_as_json_containers),
]
"""Any JSON value, null included, as you pass it (any mapping or sequence)."""

JsonInput = Annotated[
    Union[Mapping[str, Any], Sequence[Any], str, int, float, bool],  # noqa: UP007
    _ValidateAs(JsonValue),
    BeforeValidator(_as_json_containers),
    AfterValidator(_not_null),
]
"""Any JSON value but null, as you pass it (any mapping or sequence); validated as JSON."""


class RequestObject(BaseModel):
    """Base of every structure we send: strict types, unknown keys rejected.

    Strict mode means no silent coercion (``"5"`` is not an integer, ``1`` is not a boolean), so
    what the user passed is what goes on the wire. Unknown keys are an error rather than being
    dropped, and inputs are kept out of error messages (they may hold secrets).
    """

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        allow_inf_nan=False,
        hide_input_in_errors=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,
    )


def _seconds(value: object) -> bool:
    """Whether ``value`` is a usable number of seconds: positive and finite."""
    return (
        isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < float("inf")
    )


def timeout_problem(value: object) -> str | None:
    """Why ``value`` is not a usable timeout (seconds or an ``httpx.Timeout``), or ``None``."""
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        if all(part is None or _seconds(part) for part in parts):
            return None
        return "every part of an httpx.Timeout must be None or positive, finite seconds"
    if _seconds(value):
        return None
    return "must be positive, finite seconds or an httpx.Timeout"


def max_retries_problem(value: object) -> str | None:
    """Why ``value`` is not a usable ``max_retries`` (a whole number, 0 or more), or ``None``."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return None
    return "must be a whole number, 0 or more"


def _check_timeout(value: Any) -> float | httpx.Timeout:
    problem = timeout_problem(value)
    if problem is not None:
        raise PydanticCustomError("timeout_type", problem)
    return value  # type: ignore[no-any-return]


TimeoutOption = Annotated[Union[float, httpx.Timeout], PlainValidator(_check_timeout)]  # noqa: UP007
"""A per-call timeout: seconds, or an ``httpx.Timeout`` for separate connect/read/... limits."""


def _check_total_timeout(value: Any) -> float:
    if not _seconds(value):
        raise PydanticCustomError("total_timeout_type", "must be positive, finite seconds")
    return value  # type: ignore[no-any-return]


TotalTimeoutOption = Annotated[float, PlainValidator(_check_total_timeout)]
"""A bound on a whole call, retries included: positive, finite seconds."""


class Request(RequestObject):
    """Base of the request model of each action: its body fields plus per-call options.

    Per-call options are declared here so that they appear in every action's call signature
    (the client captures ``__init__`` with a ``ParamSpec``); they are never serialized into the
    request body.
    """

    headers: Mapping[str, str] | None = Field(default=None, exclude=True)
    """Extra HTTP headers for this call only, merged over the client's headers, not persisted."""
    timeout: TimeoutOption | None = Field(default=None, exclude=True)
    """Timeout of this call (seconds or an ``httpx.Timeout``), over the client's."""
    max_retries: int | None = Field(default=None, ge=0, le=10, exclude=True)
    """How often this call may be retried, over the client's ``max_retries``."""
    total_timeout: TotalTimeoutOption | None = Field(default=None, exclude=True)
    """A bound on the whole call in seconds, over the client's: every attempt, the waits between
    retries and the reading of the answer, however slowly it arrives. When it passes, the call
    raises ``APITimeoutError``."""

    @classmethod
    def option_names(cls) -> frozenset[str]:
        """The per-call options: fields that configure the call and are never sent."""
        return frozenset(name for name, field in cls.model_fields.items() if field.exclude)

    def encode(self) -> Encoded:
        """Serialize the body with the reference SDK's ``prepare_payload`` rules.

        Only top-level ``None`` values are dropped; nested values, falsy values and explicit nested
        ``null`` s are sent as given, and fields the caller did not set are never sent.
        """
        exclude = {name for name, value in self if value is None}
        body = self.__pydantic_serializer__.to_json(
            self, by_alias=True, exclude_unset=True, exclude=exclude or None
        )
        return Encoded(content=body)


class PagedRequest(Request):
    """Base of the request models of paginated actions (``list_chats``, ...).

    A ``page_id`` continues an earlier listing, whose filters, limit and sort order the API
    remembers: sending them again with a ``page_id`` is refused.
    """

    page_id_excludes: ClassVar[tuple[str, ...]] = ("filters", "limit", "sort_order")
    """Fields the API refuses next to a ``page_id`` (it reuses the first request's)."""
    first_page_only: ClassVar[tuple[str, ...]] = page_id_excludes
    """Fields that ``.iterate()`` sends with the first request only."""

    page_id: str | None = None
    """Cursor from ``next_page_id``/``previous_page_id``; send it without filters/limit/sort."""
    max_items: int | None = Field(default=None, ge=1, exclude=True)
    """With ``.iterate()``: stop after this many items. Not accepted by a plain call."""

    @model_validator(mode="after")
    def _page_id_alone(self) -> Self:
        if self.page_id is not None:
            clashing = [name for name in self.page_id_excludes if getattr(self, name) is not None]
            if clashing:
                raise PydanticCustomError(
                    "page_id_exclusive",
                    "page_id continues a listing: do not send {names} with it",
                    {"names": ", ".join(clashing)},
                )
        return self

    def next_page(self, page_id: str) -> Self:
        """The request for the page ``page_id`` of the same listing (first-page fields dropped)."""
        dropped = {*self.first_page_only, "page_id"}
        kept = {name: getattr(self, name) for name in self.model_fields_set - dropped}
        return type(self)(**kept, page_id=page_id)


class Encoded(NamedTuple):
    """A request body ready for httpx: JSON ``content`` bytes, or multipart ``files``."""

    content: bytes | None = None
    files: Any = None


class ResponseObject(BaseModel):
    """Base of every structure we receive: lenient and lossless.

    Unknown fields are kept (``extra="allow"``) and dump back unchanged, so nothing the server
    said is lost even when the API grows faster than this client.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=False,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,
    )


class UnknownVariant(ResponseObject):
    """Base of the catch-all variants (``UnknownEvent``, ``UnknownUser``, ...) of open unions.

    A value the client does not know, or that does not fit its documented shape, lands here with
    every field kept as it came (in ``model_extra``), instead of failing the whole response.
    """

    @property
    def type(self) -> str | None:
        """The ``type`` tag the server sent, if it is a string."""
        return self._text("type")

    @property
    def id(self) -> str | None:
        """The ``id`` the server sent, if it is a string."""
        return self._text("id")

    def _text(self, key: str) -> str | None:
        value = (self.__pydantic_extra__ or {}).get(key)
        return value if isinstance(value, str) else None


_Item = TypeVar("_Item")


class ListResponse(RootModel[list[_Item]], Generic[_Item]):
    """A response whose body is a top-level JSON array; iterate, index and ``len()`` it."""

    root: list[_Item] = Field(default_factory=list)

    def __iter__(self) -> Iterator[_Item]:  # type: ignore[override]
        return iter(self.root)

    def __getitem__(self, index: int) -> _Item:
        return self.root[index]

    def __len__(self) -> int:
        return len(self.root)


# --- reusable field types ------------------------------------------------------------------------

_M = TypeVar("_M")
_DICT_FORM = Mapping[str, Any]


class _ValidateAsModel:
    """Validate a ``Model | Mapping`` union as the model alone (a dict input becomes the model).

    The ``Mapping`` arm exists for the type checker only: it lets a plain dict literal stand for a
    nested object, as in the reference SDK, while the runtime always builds the model, with clean
    error locations and no union guesswork.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        arms = tuple(arm for arm in get_args(source) if arm != _DICT_FORM)
        target = arms[0] if len(arms) == 1 else Union[arms]  # noqa: UP007
        return handler.generate_schema(target)


ModelOrDict = Annotated[Union[_M, Mapping[str, Any]], _ValidateAsModel()]  # noqa: UP007
"""A nested request object given as its model or as a plain dict with the same keys."""


_RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$"
)


def _check_date_time(value: str | datetime) -> str | datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("must be a timezone-aware datetime (naive datetimes are ambiguous)")
    elif not _RFC3339.match(value):
        raise ValueError("must be an RFC 3339 date-time such as '2024-07-15T09:04:57.881200+00:00'")
    return value


def _dump_date_time(value: str | datetime) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    return value


DateTimeInput = Annotated[
    Union[str, datetime],  # noqa: UP007
    AfterValidator(_check_date_time),
    PlainSerializer(_dump_date_time, return_type=str),
]
"""An RFC 3339 date-time: a string is checked and sent exactly as given; an aware ``datetime`` is
sent as ``YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM``, the format the API documents for request filters."""


# --- response field types -------------------------------------------------------------------------


def _dump_timestamp(value: datetime) -> str:
    text = value.isoformat(timespec="microseconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


Timestamp = Annotated[datetime, PlainSerializer(_dump_timestamp, return_type=str, when_used="json")]
"""A response date-time, parsed into an aware ``datetime`` and dumped back in the API's wire format:
RFC 3339 with microseconds and ``Z`` for UTC (``+HH:MM`` for the rare offset timestamps)."""

_L = TypeVar("_L")


OpenLiteral = Annotated[Union[_L, str], _ValidateAsStr()]  # noqa: UP007
"""A documented enum that may grow: IDEs suggest the documented values, any string parses.

``OpenLiteral[Literal["all", "agents"]]`` accepts ``"all"``, ``"agents"`` and values the API adds
later; a client in strict mode rejects the undocumented ones."""
