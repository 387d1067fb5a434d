"""Access tokens, held so that they cannot leak through ``repr``, ``str``, logs or errors."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from enum import Enum
from typing import Final

from ._headers import value_problem

__all__ = ["AccessToken", "TokenType"]

_REDACTED: Final = "********"


class TokenType(Enum):
    """The scheme of the ``Authorization`` header."""

    BEARER = "Bearer"
    """OAuth agent or bot access tokens."""
    BASIC = "Basic"
    """Personal access tokens: ``base64(account_id:PAT)`` (see :meth:`AccessToken.basic`)."""


@dataclass(frozen=True)
class AccessToken:
    """A token and its scheme; the ``Authorization`` header is ``"<scheme> <token>"``.

    ``repr`` and ``str`` never show the token. Region-prefixed tokens (``fra:...``) are kept as
    given: the prefix is part of the token.
    """

    token: str = field(repr=False)
    scheme: TokenType = TokenType.BEARER

    def __post_init__(self) -> None:
        if not isinstance(self.token, str) or not self.token.strip():
            raise ValueError("access token must be a non-empty string")
        if not isinstance(self.scheme, TokenType):
            raise ValueError("scheme must be a TokenType")
        problem = value_problem(self.token)
        if problem is not None or " " in self.token:
            reason = problem[1] if problem else "a token has no spaces"
            raise ValueError(f"the access token cannot be sent: {reason}")

    @classmethod
    def basic(cls, account_id: str, personal_access_token: str) -> AccessToken:
        """A ``Basic`` token for a personal access token, encoded as the API expects."""
        raw = f"{account_id}:{personal_access_token}".encode()
        return cls(token=base64.b64encode(raw).decode("ascii"), scheme=TokenType.BASIC)

    def header_value(self) -> str:
        """The value to send as the ``Authorization`` header (reveals the token)."""
        return f"{self.scheme.value} {self.token}"

    def __str__(self) -> str:
        return f"{self.scheme.value} {_REDACTED}"


_SCHEMES: Final = {kind.value.lower(): kind.value for kind in TokenType}


class Secret:
    """An ``Authorization`` header value whose ``repr``/``str`` are redacted.

    The client keeps the header only in this wrapper and attaches it to a request when the
    request is built, so no client attribute, log record or exception can print it.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    @classmethod
    def from_token(cls, token: object) -> Secret:
        """Accept an :class:`AccessToken`, a header string or a reference-SDK token.

        A string is the ``Authorization`` value: ``"Bearer <token>"`` or ``"Basic <base64>"``
        is sent as given; a string without a scheme (``"dal:..."``, the bare token) is sent as
        ``"Bearer <token>"``, as the CLI does. Anything HTTP cannot carry is refused with a
        ``ValueError`` that never shows the token.
        """
        if isinstance(token, AccessToken):
            value = token.header_value()
        elif isinstance(token, str):
            value = token
        elif token is None:
            raise ValueError("an access token is required")
        else:
            # The reference SDK's AccessToken renders the header value through str().
            value = str(token)
        if not value.strip():
            raise ValueError("an access token is required")
        problem = value_problem(value)
        if problem is not None:
            raise ValueError(f"the access token cannot be sent: {problem[1]}")
        scheme, space, credentials = value.partition(" ")
        if not space:
            return cls(f"{TokenType.BEARER.value} {value}")
        if scheme.lower() not in _SCHEMES or not credentials or credentials != credentials.strip():
            raise ValueError(
                "the access token must be 'Bearer <token>', 'Basic <base64(account_id:pat)>' "
                "or a bare token (sent as Bearer); the API refuses other schemes"
            )
        return cls(f"{_SCHEMES[scheme.lower()]} {credentials}")

    def reveal(self) -> str:
        """The raw header value; call only where a request is being built."""
        return self._value

    @property
    def region(self) -> str | None:
        """The data-center prefix of the token (``fra:...`` -> ``"fra"``), if it carries one."""
        _, _, token = self._value.partition(" ")
        prefix, sep, _ = (token or self._value).partition(":")
        return prefix if sep and prefix in ("dal", "fra") else None

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("a Secret is not pickled: it would write the token out")

    def __repr__(self) -> str:
        return f"Secret('{_REDACTED}')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)
