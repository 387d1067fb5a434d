"""Who an ``Authorization`` header authenticates, with the API's two schemes and nothing else.

* ``Bearer <token>``: an access token of ``FakeLiveChat.tokens`` (OAuth agent or bot token).
* ``Basic <base64(account_id:PAT)>``: a personal access token. The credentials must be standard,
  padded base64 of UTF-8 text ``account_id:PAT`` with both parts non-empty and no control
  characters. With ``FakeLiveChat.personal_access_tokens`` set, only its ``(account_id, PAT)``
  pairs are accepted (each authenticates its agent); without it (the default) any well-formed
  PAT authenticates the agent of the fake's first access token, as the fake cannot know real
  PATs.

Anything else - no header, another scheme, a bare token without a scheme (which the real API
refuses), extra spaces, an unknown token - authenticates nobody (``401 authentication``). Scheme
names are case-insensitive (RFC 9110, section 11.1).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping

__all__ = ["Pat", "requester_of"]

Pat = tuple[str, str]
"""A personal access token with its account: ``(account_id, PAT)``."""


def requester_of(
    authorization: str | None,
    tokens: Mapping[str, str],
    pats: Mapping[Pat, str] | None,
) -> str | None:
    """The agent that ``authorization`` authenticates, or ``None``."""
    if authorization is None:
        return None
    scheme, space, credentials = authorization.strip(" \t").partition(" ")
    if not space or not credentials or any(c in " \t" for c in credentials):
        return None
    if scheme.lower() == "bearer":
        return tokens.get(credentials)
    if scheme.lower() == "basic":
        pat = _pat(credentials)
        if pat is None:
            return None
        if pats is None:
            return next(iter(tokens.values()), None)
        return pats.get(pat)
    return None


def _pat(credentials: str) -> Pat | None:
    """``(account_id, PAT)`` from Basic credentials, if they are well-formed."""
    try:
        text = base64.b64decode(credentials, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):  # not base64 (or not padded), or not UTF-8
        return None
    account, colon, pat = text.partition(":")
    if not colon or not account or not pat:
        return None
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in text):
        return None
    return account, pat
