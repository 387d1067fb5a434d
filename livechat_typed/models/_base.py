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
from typing import (
    Annotated,
    Any,
    ClassVar,
    Final,
    Generic,
    NamedTuple,
    TypeVar,
    Union,
    get_args,
)

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
from pydantic_core import CoreSchema, PydanticCustomError, ValidationError, core_schema
from typing_extensions import Self

from .._options import is_seconds, timeout_problem
from ..errors import InvalidRequestError
from ._docstrings import apply_field_docstrings
from ._json import (
    _REPLACEMENT,
    MAX_JSON_DEPTH,
    action_name,
    encode_json_payload,
    surrogate_problems,
)

__all__ = [
    "MAX_JSON_DEPTH",
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
    "SequenceInput",
    "StringTag",
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


def _as_list(value: Any) -> Any:
    """A tuple or other sequence as a list (text is left for the list schema to refuse)."""
    if type(value) is list or not isinstance(value, Sequence) or isinstance(value, _TEXT_TYPES):
        return value
    try:
        return list(value)
    except Exception as exc:  # a sequence whose __len__, __getitem__, ... raise
        raise _unreadable(exc) from None


class _SequenceAsList:
    """Validate a ``Sequence[X]`` field as ``list[X]`` after turning tuples into lists.

    pydantic's own ``Sequence`` validator is a Python wrapper that, when an item is refused, takes
    the ``repr`` of the input - which fails (and is printed as an ignored exception) for deeply
    nested lists or huge integers. A list schema reports the same errors without it.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        (item,) = get_args(source)
        return core_schema.no_info_before_validator_function(
            _as_list,
            handler.generate_schema(list[item]),  # type: ignore[valid-type]
        )


class StringTag:
    """Refuse a tag that is not a string before a tagged union of request models reads it.

    ``Annotated[Union[...], Discriminator("type"), StringTag("type")]``. For a tag that matches
    no variant, pydantic-core puts the tag's ``str()`` in its error message; for a value whose
    ``str()`` fails (an int of more than 4,300 digits, an object whose ``__str__`` raises) it
    prints an ignored exception instead. A tag that is not a ``str`` is refused here, naming the
    union's tags, and nothing is printed.
    """

    def __init__(self, field: str) -> None:
        self.field = field

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        schema = handler(source)
        choices = schema.get("choices") if schema.get("type") == "tagged-union" else None
        tags = ", ".join(repr(tag) for tag in choices or ())
        field = self.field

        def check(value: Any) -> Any:
            if not isinstance(value, Mapping):
                return value  # a model instance, or a type error for the union to report
            try:
                tag = value.get(field)
            except Exception as exc:  # a mapping whose get() raises
                raise _unreadable(exc) from None
            if tag is None or type(tag) is str:
                return value
            raise PydanticCustomError(
                "union_tag_not_string",
                "the '{field}' tag must be a string: one of {tags}",
                {"field": field, "tags": tags},
            )

        return core_schema.no_info_before_validator_function(check, schema)


_Item_ = TypeVar("_Item_")
SequenceInput = Annotated[Sequence[_Item_], _SequenceAsList()]
"""A list of items you send: any sequence (a list, a tuple) is accepted."""


JsonObject = dict[str, Any]
"""A free-form JSON object, for the places where the API accepts any content."""


class _TooDeep(Exception):
    """A free-form JSON value nests deeper than :data:`MAX_JSON_DEPTH`."""


def _json_containers(value: Any, depth: int) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value  # the common leaves, without the slower ABC checks below
    if kind is dict or isinstance(value, Mapping):
        if depth >= MAX_JSON_DEPTH:
            raise _TooDeep
        return {key: _json_containers(item, depth + 1) for key, item in value.items()}
    if kind is list or (isinstance(value, Sequence) and not isinstance(value, _TEXT_TYPES)):
        if depth >= MAX_JSON_DEPTH:
            raise _TooDeep
        return [_json_containers(item, depth + 1) for item in value]
    return value


_TEXT_TYPES: Final = (str, bytes, bytearray)


def _as_json_containers(value: Any) -> Any:
    """Turn tuples and other sequences/mappings into the lists/dicts JSON validation expects.

    Refuses nesting past :data:`MAX_JSON_DEPTH` and containers that fail when read.
    """
    try:
        return _json_containers(value, 0)
    except _TooDeep:
        raise _too_deep() from None
    except Exception as exc:  # a mapping or sequence whose items(), len(), ... raise
        raise _unreadable(exc) from None


def _too_deep() -> PydanticCustomError:
    return PydanticCustomError(
        "json_depth",
        "nests arrays/objects more than {limit} levels deep (the limit for free-form JSON)",
        {"limit": MAX_JSON_DEPTH},
    )


def _unreadable(exc: BaseException) -> PydanticCustomError:
    return PydanticCustomError(
        "json_unreadable",
        "could not be read as JSON: reading it raised {error}",
        {"error": type(exc).__name__},
    )


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


class _Described(BaseModel):
    """Base of both families: each subclass's field docstrings become its fields' descriptions."""

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        apply_field_docstrings(cls)  # field docstrings -> descriptions (see _docstrings.py)


class RequestObject(_Described):
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

    def __init__(self, /, **data: Any) -> None:
        """Validate ``data``, or raise :class:`InvalidRequestError` named after the model.

        The problems read as a call's (field path, rule, ``did you mean ...?``), nested dicts
        included; a value that fails when read (its ``__len__``, ``__iter__``, ``__eq__``, ...
        raise) is one of them, naming the argument. Only the error path costs anything.

        ``model_validate`` and friends keep pydantic's behaviour; an action builds its request
        with :meth:`from_call`, which raises pydantic's error for the action to name.
        """
        try:  # what BaseModel.__init__ does, at the same cost
            self.__pydantic_validator__.validate_python(data, self_instance=self)
        except ValidationError as exc:
            from .._validation import invalid_model  # the error path's code, loaded on demand

            raise invalid_model(type(self), exc) from None
        except Exception as exc:  # raised by the input itself, not by a validation rule
            from .._validation import invalid_model

            raise invalid_model(type(self), _unreadable_argument(type(self), data, exc)) from None

    # Tell pydantic this __init__ only validates, as BaseModel's does: nested models given as
    # dicts are then still built by pydantic-core directly, without a Python call each.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def from_call(cls, data: dict[str, Any]) -> Self:
        """Build the model from a call's keyword arguments, raising pydantic's
        ``ValidationError`` (an input that fails when read included) for the caller to turn into
        the action's ``InvalidRequestError``."""
        self = cls.__new__(cls)
        try:
            self.__pydantic_validator__.validate_python(data, self_instance=self)
        except ValidationError:
            raise
        except Exception as exc:
            raise _unreadable_argument(cls, data, exc) from None
        return self


def _unreadable_argument(
    cls: type[BaseModel], data: dict[str, Any], exc: Exception
) -> ValidationError:
    """The validation error for an input that raised ``exc`` while it was validated."""
    loc: tuple[str, ...] = ()
    for name, value in data.items():  # slow path: find the argument that raises on its own
        try:
            cls.__pydantic_validator__.validate_python({name: value})
        except ValidationError:
            continue
        except Exception:
            loc = (name,)
            break
    error = PydanticCustomError(
        "value_unreadable",
        "could not be read: reading it raised {error}",
        {"error": type(exc).__name__},
    )
    return ValidationError.from_exception_data(
        cls.__name__, [{"type": error, "loc": loc, "input": None}], hide_input=True
    )


def _check_timeout(value: Any) -> float | httpx.Timeout:
    problem = timeout_problem(value)
    if problem is not None:
        raise PydanticCustomError("timeout_type", problem)
    return value  # type: ignore[no-any-return]


TimeoutOption = Annotated[Union[float, httpx.Timeout], PlainValidator(_check_timeout)]  # noqa: UP007
"""A per-call timeout: seconds, or an ``httpx.Timeout`` for separate connect/read/... limits."""


def _check_total_timeout(value: Any) -> float:
    if not is_seconds(value):
        raise PydanticCustomError("total_timeout_type", "must be positive seconds up to 1,000,000")
    return value  # type: ignore[no-any-return]


TotalTimeoutOption = Annotated[float, PlainValidator(_check_total_timeout)]
"""A bound on a whole call, retries included: positive seconds up to 1,000,000."""


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
        try:
            body = self.__pydantic_serializer__.to_json(
                self, by_alias=True, exclude_unset=True, exclude=exclude or None
            )
        except Exception as exc:  # a lone surrogate in a value, ...: nothing is sent
            raise self.unencodable(exc) from None
        # pydantic writes a lone surrogate in a mapping key as U+FFFD bytes instead of failing:
        # only when those bytes are there (never in an ASCII body) look for one, to refuse it.
        if not body.isascii() and _REPLACEMENT in body:
            problems = surrogate_problems(self)
            if problems:
                raise InvalidRequestError(action_name(type(self)), problems)
        return Encoded(content=body)

    @classmethod
    def encode_payload(cls, payload: Any, *, action: str) -> Encoded:
        """The body of a ``payload=`` call: ``payload`` as the reference SDK sends it (httpx's
        ``json=``: ``json.dumps``, compact, UTF-8), unvalidated but JSON.

        Raises ``InvalidRequestError`` naming the path (under ``payload``) of what JSON cannot
        carry: a non-object body, lone surrogates, NaN and infinities, non-string keys, values
        that are not JSON, nesting past :data:`MAX_JSON_DEPTH` levels.
        """
        body, problems = encode_json_payload(payload)
        if problems:
            raise InvalidRequestError(action, problems)
        return Encoded(content=body)

    def unencodable(self, exc: BaseException) -> InvalidRequestError:
        """The error for a validated request whose body cannot be serialized, naming the field."""
        problems = surrogate_problems(self)
        if not problems:
            problems = [
                {
                    "loc": (),
                    "msg": f"cannot be encoded as JSON: {type(exc).__name__} [rule: json_encode]",
                    "type": "json_encode",
                }
            ]
        return InvalidRequestError(action_name(type(self)), problems)


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
            clashing = [
                name for name in self.page_id_excludes if getattr(self, name, None) is not None
            ]
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


class ResponseObject(_Described):
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

    def json(self) -> Any:  # type: ignore[override]
        """The JSON the server sent, as dicts and lists: what the reference SDK's
        ``response.json()`` returned (pydantic's deprecated ``json()`` returned a string)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


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

    # Validators are built on first use, as for every other model (not when a category loads).
    model_config = ConfigDict(defer_build=True)

    root: list[_Item] = Field(default_factory=list)

    def __iter__(self) -> Iterator[_Item]:  # type: ignore[override]
        return iter(self.root)

    def __getitem__(self, index: int) -> _Item:
        return self.root[index]

    def __len__(self) -> int:
        return len(self.root)

    def json(self) -> Any:  # type: ignore[override]
        """The JSON array the server sent, as lists and dicts (see ``ResponseObject.json``)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


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


_RFC3339_SHAPE = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$"
)
"""The RFC 3339 format, whatever the numbers (consulted only when :data:`_RFC3339` fails)."""
_RFC3339 = re.compile(
    r"^(?!0000)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"[Tt ](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$"
)
"""An RFC 3339 date-time whose fields are in range (the day of the month is checked apart)."""


def _check_date_time(value: str | datetime) -> str | datetime:
    if isinstance(value, datetime):
        try:
            offset = value.utcoffset()
        except Exception as exc:  # a tzinfo that fails or answers more than a day
            raise PydanticCustomError(
                "date_time",
                "the datetime's time zone failed: utcoffset() raised {error}",
                {"error": type(exc).__name__},
            ) from None
        if offset is None:
            raise ValueError("must be a timezone-aware datetime (naive datetimes are ambiguous)")
        return value
    if _RFC3339.match(value) is None:
        if _RFC3339_SHAPE.match(value) is None:
            raise ValueError(
                "must be an RFC 3339 date-time such as '2024-07-15T09:04:57.881200+00:00'"
            )
        raise _not_a_moment()
    tens = value[8]  # the day of the month: only the 29th to the 31st can be past its end
    if (tens == "3" or (tens == "2" and value[9] == "9")) and int(value[8:10]) > _days_in_month(
        int(value[:4]), int(value[5:7])
    ):
        raise _not_a_moment()
    return value


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _not_a_moment() -> PydanticCustomError:
    return PydanticCustomError(
        "date_time",
        "is not a real date and time: years 0001-9999, months 01-12, days that exist in that "
        "month, hours 00-23, minutes and seconds 00-59 (no leap seconds), offsets up to 23:59",
    )


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
sent as ``YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM``, the format the API documents for request filters.

A string must match ``YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)`` (rule ``value_error``)
and name a real moment (rule ``date_time``): ``2023-02-29``, ``24:00:00``, ``23:59:60`` (leap
seconds) and a ``+24:00`` offset are refused."""


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
