"""The one parser of ``base_url``, shared by the clients and the CLI."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["ACCEPTED_FORMS", "BaseURL", "parse_base_url"]

ACCEPTED_FORMS = "'host[:port]', 'https://host[:port]' or, for a local server, 'http://host:port'"

_HOST = re.compile(
    r"""(?:
        \[[0-9A-Fa-f:.]+\]                                   # an IPv6 literal
      | [A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?        # a DNS name or an IPv4 address
        (?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*
    )(?::(?P<port>[0-9]{1,5}))?""",
    re.X,
)


class BaseURL(NamedTuple):
    """A parsed ``base_url``: the scheme and ``host[:port]``."""

    scheme: str
    """``"https"``, or ``"http"`` when asked for explicitly."""
    netloc: str
    """``host[:port]``, as given."""

    def api_url(self, path: str) -> str:
        """The URL of an API under this base: ``https://host/v3.6/agent/action``."""
        return f"{self.scheme}://{self.netloc}/{path.strip('/')}"


def parse_base_url(value: object) -> BaseURL:
    """Parse ``host[:port]``, ``https://host[:port]`` or ``http://host:port`` (a trailing ``/``
    tolerated); anything else is a ``ValueError`` naming the accepted forms."""
    if not isinstance(value, str):
        raise ValueError(f"base_url must be a string: {ACCEPTED_FORMS}")
    scheme, netloc = "https", value
    for prefix in ("https://", "http://"):
        if value[: len(prefix)].lower() == prefix:
            scheme, netloc = prefix[:-3], value[len(prefix) :]
            break
    if netloc.endswith("/"):
        netloc = netloc[:-1]
    match = _HOST.fullmatch(netloc)
    port = match.group("port") if match else None
    if match is None or (port is not None and not 0 < int(port) < 65536):
        raise ValueError(f"base_url {_shown(value)} is not of the form {ACCEPTED_FORMS}")
    return BaseURL(scheme, netloc)


def _shown(value: str) -> str:
    """The value for an error message: printable, and short."""
    text = value if len(value) <= 80 else value[:80] + "..."
    return ascii(text)
