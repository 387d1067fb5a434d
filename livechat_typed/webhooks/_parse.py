"""Parse and verify a webhook body: size limit, secret, typed validation from the bytes.

LiveChat signs nothing: the ``secret_key`` given at registration travels *in the JSON body* of
every delivery, and checking it is the only way to know a request came from LiveChat. A body is
refused, in this order, when it is larger than ``max_body_size`` (unread), when its
``secret_key`` is missing or matches none of the accepted secrets (:class:`WebhookSecretError`,
whatever else is wrong with it) and when it is not a webhook (:class:`InvalidWebhookError`,
naming each problem's field path). A body that is not a JSON object at all has no secret to
check and is refused as malformed.

The happy path is one validation of the bytes into the action's class (a union tagged by
``action``); the secret is compared afterwards, with :func:`hmac.compare_digest` against every
accepted secret. Only when validation fails is the body read a second time, for its secret
alone, so that the details of what is wrong go only to whoever knows a secret.
"""

from __future__ import annotations

import functools
import hmac
from collections.abc import Sequence
from typing import Annotated, Any, Final, Union

from pydantic import BaseModel, ConfigDict, Discriminator, TypeAdapter, ValidationError

from .._bulk import validate_json
from ..models._strict import undocumented
from ._catalogue import LEGACY_ACTIONS, WEBHOOK_CLASSES
from ._envelope import UnknownWebhook, Webhook
from ._errors import InvalidWebhookError, WebhookSecretError, WebhookTooLargeError

__all__ = ["DEFAULT_MAX_BODY_SIZE", "WebhookParser", "parse_webhook"]

DEFAULT_MAX_BODY_SIZE: Final = 1024 * 1024
"""1 MiB. The docs set no limit on webhook bodies; the largest documented piece of one is a
message of at most 16 KB of text, and an ``incoming_chat`` carries one chat with only its
initial events, so real bodies are a few KB. The limit bounds what an unauthenticated request
can make the parser allocate; raise it with ``max_body_size=`` if your chats start larger."""


class _SecretProbe(BaseModel):
    """Reads a body's ``secret_key`` alone, whatever the rest looks like."""

    model_config = ConfigDict(extra="ignore")

    secret_key: Any = None
    """The body's ``secret_key`` member, of any JSON type, or ``None`` when absent."""


@functools.cache
def _webhooks() -> TypeAdapter[Webhook]:
    """The 37 webhook classes as one union tagged by ``action`` (built on first use)."""
    union: Any = Union[tuple(WEBHOOK_CLASSES.values())]  # noqa: UP007
    return TypeAdapter(Annotated[union, Discriminator("action")])


@functools.cache
def _unknown() -> TypeAdapter[UnknownWebhook]:
    return TypeAdapter(UnknownWebhook)


@functools.cache
def _probe() -> TypeAdapter[_SecretProbe]:
    return TypeAdapter(_SecretProbe)


def accepted_secrets(secret_key: str | Sequence[str]) -> tuple[bytes, ...]:
    """The accepted secrets as UTF-8 bytes; a configuration error raises (naming no secret)."""
    secrets = (secret_key,) if isinstance(secret_key, str) else tuple(secret_key)
    if not secrets:
        raise ValueError("secret_key: give at least one accepted secret")
    for secret in secrets:
        if not isinstance(secret, str):
            raise TypeError(f"secret_key: each secret must be a str, not {type(secret).__name__}")
        if not secret:
            raise ValueError("secret_key: an empty secret would accept any body; give a real one")
    return tuple(secret.encode("utf-8", "surrogatepass") for secret in secrets)


class WebhookParser:
    """Parses and verifies webhook bodies against fixed settings; :func:`parse_webhook` and
    :class:`WebhookRouter` use one. Its ``repr`` names no secret."""

    __slots__ = ("_secrets", "max_body_size", "strict")

    def __init__(
        self,
        secret_key: str | Sequence[str],
        *,
        strict: bool = False,
        max_body_size: int | None = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        if max_body_size is not None and (
            not isinstance(max_body_size, int) or isinstance(max_body_size, bool)
        ):
            raise TypeError("max_body_size must be an int (bytes) or None")
        if max_body_size is not None and max_body_size < 1:
            raise ValueError("max_body_size must be at least 1 byte")
        self._secrets = accepted_secrets(secret_key)
        self.strict = strict
        """Refuse what the spec does not document (unknown actions, members, enum values)."""
        self.max_body_size = max_body_size
        """Bodies larger than this many bytes are refused unread; ``None``: no limit."""

    def __repr__(self) -> str:
        return (
            f"WebhookParser(secrets={len(self._secrets)}, strict={self.strict}, "
            f"max_body_size={self.max_body_size})"
        )

    def parse(self, body: bytes | bytearray | memoryview | str) -> Webhook:
        """The typed, verified webhook of ``body``; see :func:`parse_webhook`."""
        data = self._bytes(body)
        try:
            webhook = validate_json(_webhooks().validate_json, data)
        except ValidationError as exc:
            webhook = self._recover(data, exc)
        self.verify(webhook.secret_key)
        if self.strict:
            problems = strict_findings(webhook)
            if problems:
                raise InvalidWebhookError(
                    f"{webhook.action} webhook: {len(problems)} undocumented "
                    f"part{'s' if len(problems) != 1 else ''} (strict mode)",
                    errors=[_finding(problem) for problem in problems],
                    action=webhook.action,
                )
        return webhook

    def verify(self, received: object) -> None:
        """Raise :class:`WebhookSecretError` unless ``received`` is one of the accepted secrets.

        Every accepted secret is compared (in constant time for equal lengths), so the time
        taken does not tell which one matched.
        """
        if not isinstance(received, str):
            raise WebhookSecretError("the webhook body has no secret_key string")
        candidate = received.encode("utf-8", "surrogatepass")
        matched = False
        for secret in self._secrets:
            matched |= hmac.compare_digest(candidate, secret)
        if not matched:
            raise WebhookSecretError(
                "the webhook's secret_key matches none of the accepted secrets"
            )

    def _bytes(self, body: object) -> bytes:
        limit = self.max_body_size
        if isinstance(body, str):
            if limit is not None and len(body) > limit:  # each character is 1+ bytes
                raise WebhookTooLargeError(len(body), limit)
            try:
                data = body.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidWebhookError("the webhook body is not valid Unicode text") from None
        elif isinstance(body, (bytes, bytearray, memoryview)):
            data = bytes(body)
        else:
            raise InvalidWebhookError(
                f"a webhook body is bytes or str, not {type(body).__name__}"
            ) from None
        if limit is not None and len(data) > limit:
            raise WebhookTooLargeError(len(data), limit)
        return data

    def _recover(self, data: bytes, exc: ValidationError) -> Webhook:
        """After a failed validation: an unknown (or legacy) action, a bad secret or bad data."""
        errors = exc.errors(include_url=False, include_input=False)
        first = errors[0]
        tag: object = None
        if first["type"] == "union_tag_invalid":
            tag = (first.get("ctx") or {}).get("tag")
        elif first["loc"] and isinstance(first["loc"][0], str):
            tag = first["loc"][0]
        problems = [_problem(error, strip_tag=bool(error["loc"])) for error in errors]
        if first["type"] == "union_tag_invalid" or tag in LEGACY_ACTIONS:
            try:
                return validate_json(_unknown().validate_json, data)
            except ValidationError as unknown_exc:
                problems = [
                    _problem(error, strip_tag=False)
                    for error in unknown_exc.errors(include_url=False, include_input=False)
                ]
        if first["type"] == "union_tag_not_found":
            problems = [{"loc": ("action",), "msg": "Field required", "type": "missing"}]
        self.verify(self._secret_of(data, problems))
        action = tag if isinstance(tag, str) else None
        if any(problem["loc"][:1] == ("action",) for problem in problems):
            action = None  # not a string: the tag pydantic reports is its text
        what = "webhook" if action is None else f"{action[:60]}{'…' * (len(action) > 60)} webhook"
        raise InvalidWebhookError(
            f"not a valid {what} body ({len(problems)} problem{'s' if len(problems) != 1 else ''})",
            errors=problems,
            action=action,
        ) from None

    @staticmethod
    def _secret_of(data: bytes, problems: list[dict[str, Any]]) -> object:
        """The body's ``secret_key`` member, or raise: the body is not a JSON object at all."""
        try:
            return _probe().validate_json(data).secret_key
        except ValidationError:
            what = "valid JSON" if problems[0]["type"] == "json_invalid" else "a JSON object"
            raise InvalidWebhookError(f"the webhook body is not {what}", errors=problems) from None


_UNKNOWN_MEMBER: Final = ": undocumented field"


def _finding(problem: str) -> dict[str, Any]:
    """A strict-mode finding ``"<path>: <what>"`` as an error dict; an unknown member's name
    (the end of its path) may itself hold ``": "``, no other part of a path can."""
    if problem.endswith(_UNKNOWN_MEMBER):
        where, what = problem[: -len(_UNKNOWN_MEMBER)], _UNKNOWN_MEMBER[2:]
    else:
        where, _, what = problem.partition(": ")
    return {"loc": (where,), "msg": what, "type": "undocumented"}


def _problem(error: Any, *, strip_tag: bool) -> dict[str, Any]:
    loc = tuple(error["loc"][1:] if strip_tag else error["loc"])
    return {"loc": loc, "msg": error["msg"], "type": error["type"]}


def strict_findings(webhook: Webhook) -> list[str]:
    """Everything in ``webhook`` the v3.6 docs do not document, as ``"<path>: <what>"``.

    :func:`livechat_typed.models._strict.undocumented` (unknown members, ``Unknown...``
    variants, undocumented enum values) plus the action itself: an unknown one, or a v3.4
    name the v3.6 docs no longer use.
    """
    problems = undocumented(webhook)
    if isinstance(webhook, UnknownWebhook):
        problems.insert(0, f"action: undocumented webhook action {webhook.action!r}")
    elif webhook.action in LEGACY_ACTIONS:
        problems.insert(
            0, f"action: {webhook.action!r} is a v3.4 name; v3.6 sends 'auto_accesses_updated'"
        )
    return problems


def parse_webhook(
    body: bytes | bytearray | memoryview | str,
    *,
    secret_key: str | Sequence[str],
    strict: bool = False,
    max_body_size: int | None = DEFAULT_MAX_BODY_SIZE,
) -> Webhook:
    """Verify and parse one webhook delivery (the raw request body) into its typed class.

    ``secret_key`` is the secret you registered the webhook with, or several (key rotation,
    several registrations): the body's ``secret_key`` must equal one of them. The result is the
    action's :class:`Webhook` subclass (``IncomingEventWebhook``, ...), validated straight from
    the bytes; an action this client does not know gives an :class:`UnknownWebhook`. Unknown
    members, event types and enum values are kept; ``strict=True`` refuses them.

    Raises :class:`WebhookTooLargeError` for a body over ``max_body_size`` bytes (1 MiB by
    default, ``None`` for no limit; checked before parsing), :class:`WebhookSecretError` for a
    missing or wrong secret, and :class:`InvalidWebhookError` for anything else that is not a
    valid webhook (not UTF-8 JSON, not an object, too deeply nested, a member missing, a payload
    that does not fit its action). No other exception comes out for any body.
    """
    parser = WebhookParser(secret_key, strict=strict, max_body_size=max_body_size)
    return parser.parse(body)
