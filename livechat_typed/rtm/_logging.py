"""The websocket library's logger, with the login token redacted.

``websockets`` logs every frame at ``DEBUG`` (its start and end, the middle elided), the
``login`` frame included, whose payload carries the access token. The RTM client hands it
:data:`frames_logger` (``livechat_typed.rtm.frames``), whose filter rewrites a record before any
handler sees it: the record of a ``login`` request frame (which the client writes with
``"action":"login"`` first, so its start always shows it) says only that a login frame went,
and in any other the value of a ``"token"`` member is replaced by ``<redacted>``.
"""

from __future__ import annotations

import logging
import re

__all__ = ["frames_logger", "redact"]

_TOKEN = re.compile(r'("token"\s*:\s*")(?:[^"\\]|\\.)*')
_LOGIN = '{"action":"login"'


def redact(text: str) -> str:
    """``text`` with the value of every JSON ``"token"`` member replaced by ``<redacted>``."""
    return _TOKEN.sub(r"\1<redacted>", text)


class _RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = "> TEXT <a login frame, redacted>" if _LOGIN in message else redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


frames_logger = logging.getLogger("livechat_typed.rtm.frames")
"""The logger the websocket connections log to (frames at ``DEBUG``), tokens redacted."""
frames_logger.addFilter(_RedactTokens())
