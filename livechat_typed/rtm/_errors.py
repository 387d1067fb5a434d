"""The RTM client's own errors, and the API error types only the RTM API documents.

::

    LiveChatError
     ├── InvalidRequestError
     │    └── WebOnlyActionError      upload_file (Web API only): refused before any I/O
     ├── APIConnectionError
     │    └── RTMConnectionLostError   the connection dropped while a call waited for its answer
     ├── RTMDisconnectedError          the session ended for good (``.reason``)
     ├── RTMPushOverflowError          pushes were discarded because nobody read them
     └── APIError                      (the Web client's subclasses, plus these five)
          ├── PendingRequestsLimitReachedError   pending_requests_limit_reached
          ├── RequesterAlreadyOfflineError       requester_already_offline
          ├── RequesterAwaitingApprovalError     requester_awaiting_approval
          ├── RequesterSuspendedError            requester_suspended
          └── SeatsLimitExceededError            seats_limit_exceeded

A ``success: false`` answer raises the same :class:`~livechat_typed.errors.APIError` subclass as
the Web client for the same error type (``NotFoundError`` for ``not_found``, ...): the subclasses
below register their types the same way, so they are found by ``APIError.from_response`` too.
"""

from __future__ import annotations

from ..errors import APIConnectionError, APIError, InvalidRequestError, LiveChatError

__all__ = [
    "PendingRequestsLimitReachedError",
    "RTMConnectionLostError",
    "RTMDisconnectedError",
    "RTMPushOverflowError",
    "RequesterAlreadyOfflineError",
    "RequesterAwaitingApprovalError",
    "RequesterSuspendedError",
    "SeatsLimitExceededError",
    "WebOnlyActionError",
]


class WebOnlyActionError(InvalidRequestError):
    """The action exists in the Web API only (``upload_file``): nothing was sent. Upload with
    ``AgentWeb``/``AsyncAgentWeb`` and send the returned URL in a file event over RTM."""


class RTMConnectionLostError(APIConnectionError):
    """The connection dropped while this call waited for its answer, and the call is not one
    that may be sent twice (``idempotent=False``): whether the server processed it is unknown.
    Idempotent calls are sent again after the reconnect instead (see ``AsyncAgentRTM``)."""


class RTMDisconnectedError(LiveChatError):
    """The RTM session ended and will not be resumed: ``reason`` is the ``agent_disconnected``
    reason (``access_token_revoked``, ``agent_logged_out_remotely``, ...) or the client's own
    (``closed``: ``close()`` was called; ``not_connected``: used before connecting;
    ``connection_lost`` without a reconnect policy; ``login_failed``; ``reconnect_failed``: the
    reconnect policy gave up). Raised by ``pushes()`` (after the pushes received before the
    end) and by every call made or pending once the session ended."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class RTMPushOverflowError(LiveChatError):
    """``pushes()`` reached a gap: ``dropped`` pushes were discarded, oldest first, because the
    buffer (``max_buffered_pushes``) was full. Iterate ``pushes()`` again to go on, and catch up
    as after a reconnect (list the chats and compare ``events_seen_up_to``)."""

    def __init__(self, message: str, *, dropped: int) -> None:
        super().__init__(message)
        self.dropped = dropped


class PendingRequestsLimitReachedError(APIError):
    """Too many requests of this connection await their answer."""

    error_type = "pending_requests_limit_reached"


class RequesterAlreadyOfflineError(APIError):
    """The agent is already logged out."""

    error_type = "requester_already_offline"


class RequesterAwaitingApprovalError(APIError):
    """The agent's account waits for an administrator's approval."""

    error_type = "requester_awaiting_approval"


class RequesterSuspendedError(APIError):
    """The agent's account is suspended."""

    error_type = "requester_suspended"


class SeatsLimitExceededError(APIError):
    """The license has no free seat for another logged-in agent."""

    error_type = "seats_limit_exceeded"
