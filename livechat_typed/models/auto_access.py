"""Changes to auto access rules, as the ``auto_accesses_updated`` webhook reports them.

An auto access rule gives groups access to chats that match conditions (page URL, domain,
visitor location). One change of the rules (adding, editing or deleting one) can move others,
since rules are ordered by ``next_id``, so the webhook carries a *list* of changes: an added rule
in full, an updated one with only its changed members, a deleted one with its ``id`` alone.
"""

from __future__ import annotations

from typing import Literal

from ._base import OpenLiteral, ResponseObject

__all__ = [
    "AutoAccessChange",
    "AutoAccessChangeStatus",
    "AutoAccessConditions",
    "AutoAccessMatch",
    "AutoAccessMatches",
    "AutoAccessPlace",
    "AutoAccessPlaces",
    "AutoAccessTarget",
]

AutoAccessChangeStatus = Literal["added", "updated", "deleted"]
"""What happened to a rule."""


class AutoAccessMatch(ResponseObject):
    """A URL or domain a rule matches."""

    value: str
    """The URL or domain."""
    exact_match: bool
    """``true``: the whole value must match; ``false``: containing it is enough."""


class AutoAccessMatches(ResponseObject):
    """The URLs or domains of a rule (any of them matches)."""

    values: list[AutoAccessMatch]
    """The values to match."""


class AutoAccessPlace(ResponseObject):
    """A visitor location a rule matches; the members given must all match."""

    country: str | None = None
    """Country name, e.g. ``United States``."""
    country_code: str | None = None
    """ISO 3166-1 alpha-2 code, e.g. ``US``."""
    region: str | None = None
    """Region, e.g. ``California``."""
    city: str | None = None
    """City, e.g. ``Mountain View``."""


class AutoAccessPlaces(ResponseObject):
    """The visitor locations of a rule (any of them matches)."""

    values: list[AutoAccessPlace]
    """The locations to match."""


class AutoAccessConditions(ResponseObject):
    """When a rule applies; each member given must match."""

    url: AutoAccessMatches | None = None
    """Pages the chat starts on."""
    domain: AutoAccessMatches | None = None
    """Domains the chat starts on."""
    geolocation: AutoAccessPlaces | None = None
    """Where the visitor is."""


class AutoAccessTarget(ResponseObject):
    """Who gets access to the matching chats."""

    groups: list[int]
    """Group IDs."""


class AutoAccessChange(ResponseObject):
    """One rule that was added (in full), updated (changed members only) or deleted (``id``)."""

    id: str
    """The rule's ID (32 hex characters)."""
    status: OpenLiteral[AutoAccessChangeStatus]
    """``added``, ``updated`` or ``deleted``."""
    next_id: str | None = None
    """The ID of the rule after this one (``""`` for the last rule); absent on deletions."""
    description: str | None = None
    """The rule's description."""
    access: AutoAccessTarget | None = None
    """Groups given access by the rule."""
    conditions: AutoAccessConditions | None = None
    """When the rule applies."""
