"""What parsing a webhook can raise: a refused secret, a malformed body, a body too large.

None of these messages, ``repr``s or attributes holds a secret: neither the one you configured
nor the one the body carried.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import LiveChatError

__all__ = ["InvalidWebhookError", "WebhookSecretError", "WebhookTooLargeError"]


class WebhookSecretError(LiveChatError):
    """The body's ``secret_key`` is missing or matches none of the accepted secrets.

    Answer such a request with ``401``: it did not come from LiveChat, or from a webhook
    registered with a secret you no longer accept. The message names neither secret.
    """


class InvalidWebhookError(LiveChatError, ValueError):
    """The body is not a webhook: not JSON, not an object, a member missing or mistyped, a
    payload that does not fit its action, too deeply nested, or (strict mode) undocumented.

    ``errors`` holds one dict per problem with the field path (``loc``, a tuple such as
    ``("payload", "event", "text")``; in strict mode a one-item tuple holding the dotted path),
    the rule (``type``) and a readable ``msg``; ``action`` is the webhook's action when it is
    known. Inputs are never part of the message, which lists at most 20 problems.
    """

    def __init__(
        self,
        message: str,
        *,
        errors: Sequence[Mapping[str, Any]] = (),
        action: str | None = None,
    ) -> None:
        self.errors = [dict(error) for error in errors]
        self.action = action
        lines = [f"{_loc(error.get('loc', ()))}: {error['msg']}" for error in self.errors[:20]]
        if len(self.errors) > 20:
            lines.append(f"... and {len(self.errors) - 20} more")
        super().__init__(message + "".join(f"\n  {line}" for line in lines))


class WebhookTooLargeError(InvalidWebhookError):
    """The body is larger than the accepted maximum; it was refused unread (answer ``413``)."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"webhook body of {size} bytes is over the {limit}-byte limit")


def _loc(loc: Sequence[Any]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(body)"
