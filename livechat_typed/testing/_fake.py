"""``FakeLiveChat``: an in-memory, stateful fake of the Agent Chat Web API v3.6.

A request goes through the checks the API makes, in this order: the endpoint (``not_found``),
the header values (``validation``), authentication (``401 authentication``, see
:mod:`._credentials`), the region (``misdirected_request``), scripted faults, the body
(``validation``, see :mod:`._wire`, then the action's own request model), and finally the
action's handler (:mod:`.handlers`), which changes and reads the
:class:`~livechat_typed.testing._state.State` as the spec describes. Answers are JSON that the
response models accept in strict mode.

Whatever arrives, the fake answers: malformed input is a ``400 validation`` error, and a bug of
the fake (an unexpected exception in a handler) is a ``500 internal`` error, logged on the
``livechat_typed.testing`` logger and kept in :attr:`FakeLiveChat.errors` - never an exception
raised into the client.

Two fronts share one fake: :meth:`FakeLiveChat.transport` (an ``httpx.MockTransport``, for unit
tests) and :mod:`livechat_typed.testing._server` (a real HTTP/1.1 + HTTP/2 server over TLS).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, overload

import httpx
import pydantic

from .._client import AgentWeb, AsyncAgentWeb
from ..configuration import AsyncConfigurationAPI, ConfigurationAPI
from ..models._base import Request
from ._credentials import Pat, requester_of
from ._customer import FakeCustomer
from ._delivery import DEFAULT_RETRY_DELAYS, WebhookDelivery, Webhooks
from ._errors import ApiFailure, FakeResponse, error_answer, json_answer
from ._faults import Fault, FaultKind, FaultPlan
from ._inspect import ReceivedRequest
from ._rtm import FakeRTM
from ._script import Scripted, ScriptPlan, checked_answer, known_action
from ._state import Clock, Ids, State
from ._triggers import changes
from ._wire import checked_headers, json_object, multipart_file
from .handlers import HANDLERS, Route
from .handlers.configuration import ROUTES as CONFIGURATION_ROUTES

__all__ = ["DEFAULT_AGENT", "DEFAULT_TOKEN", "FakeLiveChat", "FakeResponse"]

Json = dict[str, Any]
DEFAULT_TOKEN = "dal:fake-token"
DEFAULT_AGENT = "agent@example.com"
_PREFIX = "/v3.6/agent/action/"
_CONFIGURATION_PREFIX = "/v3.6/configuration/action/"
_NO_AUTHORIZATION = frozenset({"list_webhook_names"})

logger = logging.getLogger("livechat_typed.testing")


class FakeLiveChat:
    """A stateful stand-in for the Agent Chat Web API v3.6.

    ``tokens`` maps access tokens to the agents they authenticate (default: ``dal:fake-token``
    for ``agent@example.com``), sent as ``Authorization: Bearer <token>``.
    ``personal_access_tokens`` maps ``(account_id, PAT)`` pairs to agents, sent as
    ``Authorization: Basic base64(account_id:PAT)``; by default any well-formed PAT authenticates
    the agent of the first access token. ``agents`` lists the license's agents with their
    groups; ``region`` is the data center the fake plays (a request with another ``X-Region`` gets
    ``misdirected_request``). ``state`` holds everything; ``faults`` scripts failures.

    The Configuration API's webhook methods are served too (``/v3.6/configuration/action/``,
    :meth:`configuration_client`); what the Agent API calls change is delivered to the
    registered webhooks (:attr:`webhooks`, :attr:`webhook_deliveries`, see
    :mod:`._delivery`): recorded always, POSTed by a background thread when
    ``deliver_webhooks`` is true (``None``, the default: once a ``FakeServer`` serves the
    fake), retried after each of ``webhook_retry_delays`` seconds on failure.
    """

    def __init__(
        self,
        *,
        tokens: Mapping[str, str] | None = None,
        agents: Mapping[str, Iterable[int]] | None = None,
        region: str = "dal",
        personal_access_tokens: Mapping[Pat, str] | None = None,
        deliver_webhooks: bool | None = None,
        webhook_retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
    ) -> None:
        self.tokens = dict(tokens or {DEFAULT_TOKEN: DEFAULT_AGENT})
        self.personal_access_tokens = (
            dict(personal_access_tokens) if personal_access_tokens is not None else None
        )
        self.region = region
        self.state = State()
        self.webhooks = Webhooks(
            self.state, retry_delays=webhook_retry_delays, send=deliver_webhooks
        )
        """Webhook registrations and deliveries."""
        self.rtm = FakeRTM()
        """The RTM sessions of a ``FakeServer`` and their scripting (see :mod:`._rtm`)."""
        self.faults = FaultPlan()
        self.scripts = ScriptPlan()
        """Scripted answers and API errors (see :meth:`script`)."""
        self.clock = Clock()
        self.ids = Ids()
        self.requests: list[tuple[str, Json]] = []
        """Every accepted request: (action, body as JSON); :attr:`received` has them typed."""
        self.received: list[ReceivedRequest] = []
        """Every accepted request, typed: ``.action``, ``.request`` (the validated request
        model), ``.headers``; :meth:`calls` picks one action's."""
        self.errors: list[Exception] = []
        """Exceptions raised by the fake's handlers (bugs of the fake), each answered
        ``500 internal``; a test can assert that it stays empty."""
        self._lock = threading.RLock()
        roster = dict(agents or {DEFAULT_AGENT: [0], "jane@example.com": [0, 1], "bot-1": [1]})
        for login in [*self.tokens.values(), *(self.personal_access_tokens or {}).values()]:
            roster.setdefault(login, [0])
        self._roster = {login: list(groups) for login, groups in roster.items()}
        self._add_agents()

    def _add_agents(self) -> None:
        for login, groups in self._roster.items():
            self.state.agents[login] = {
                "id": login,
                "name": login.split("@")[0].replace(".", " ").title(),
                "email": login,
                "group_ids": list(groups),
                "routing_status": "accepting_chats",
                "logged_out": False,
            }

    # --- inspecting and resetting ---------------------------------------------------------------

    def calls(self, action: str) -> list[ReceivedRequest]:
        """The accepted requests of one action, in order (``fake.calls("send_event")``)."""
        return [record for record in list(self.received) if record.action == action]

    def reset(self) -> None:
        """Back to a new fake's world, keeping its configuration (tokens, agents, region) and
        its fronts (clients and servers made from it keep working): the state, clock, ids,
        received requests, errors, scripted faults and answers, webhook registrations and
        deliveries are all forgotten."""
        with self._lock:
            fresh = State()
            for name in vars(fresh):
                setattr(self.state, name, getattr(fresh, name))
            self._add_agents()
            self.clock = Clock()
            self.ids = Ids()
            self.faults.clear()
            self.scripts.clear()
            self.requests.clear()
            self.received.clear()
            self.errors.clear()
            self.webhooks.reset()
            self.rtm.reset()

    # --- scripting -------------------------------------------------------------------------------

    _UNSET: Any = object()

    @overload
    def script(self, action: str, *, answer: Any, times: int = 1) -> Scripted: ...
    @overload
    def script(
        self,
        action: str,
        *,
        error: str,
        message: str | None = None,
        data: Json | None = None,
        times: int = 1,
    ) -> Scripted: ...
    @overload
    def script(self, action: str, *, fault: FaultKind, times: int = 1, **options: Any) -> Fault: ...
    def script(
        self,
        action: str,
        *,
        answer: Any = _UNSET,
        error: str | None = None,
        message: str | None = None,
        data: Json | None = None,
        fault: FaultKind | None = None,
        times: int = 1,
        **options: Any,
    ) -> Scripted | Fault:
        """Script the next ``times`` calls of ``action``: exactly one of

        * ``answer=``: answer this JSON (checked now against the action's response model, in
          strict mode: a misspelt field raises ``ValueError`` here); the handler does not run;
        * ``error=``: answer this API error type (``"not_found"``, ``"chat_inactive"``, ...), with
          its status (``404``, ``400``, ...), ``message`` and ``data``; the handler does not run;
        * ``fault=``: a :class:`Fault` of this kind (``"reset"``, ``"slow"``, ``"status"``, ...),
          with its ``options`` (``status=``, ``processed=``, ``retry_after=``, ...).

        The request is still authenticated and validated first (a bad call gets the error it
        would get), and recorded in :attr:`received`.
        """
        chosen = [
            name
            for name, value in (
                ("answer", answer is not self._UNSET),
                ("error", error is not None),
                ("fault", fault is not None),
            )
            if value
        ]
        if len(chosen) != 1:
            raise TypeError("script() takes exactly one of answer=, error= or fault=")
        known_action(action)
        if options and fault is None:
            raise TypeError(f"unexpected options {sorted(options)} (they are fault options)")
        if fault is not None:
            return self.faults.add(fault, action=action, times=times, **options)
        if error is not None:
            return self.scripts.add(
                Scripted(
                    action, times, error=error, message=message or f"scripted {error}", data=data
                )
            )
        return self.scripts.add(Scripted(action, times, answer=checked_answer(action, answer)))

    # --- the customer's side --------------------------------------------------------------------

    def customer(
        self,
        name: str | None = "Customer",
        email: str | None = None,
        *,
        agents: Sequence[str] | None = None,
        **details: Any,
    ) -> FakeCustomer:
        """A new customer (``incoming_customer``) who can start chats, write, send files, fill
        forms, leave and come back (see :class:`~._customer.FakeCustomer`); the chats it starts
        go to ``agents`` (default: the agent of the first token, so :meth:`client` can answer).
        ``details`` are more ``create_customer`` fields (``avatar``, ``session_fields``)."""
        fields = {"name": name, "email": email, **details}
        routed = [next(iter(self.tokens.values()))] if agents is None else list(agents)
        return FakeCustomer.create(
            self, self._lock, routed, **{k: v for k, v in fields.items() if v is not None}
        )

    # --- the two fronts ----------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """An httpx transport (sync and async) that answers from this fake."""
        return httpx.MockTransport(self.handle)

    def client(self, token: str | None = None, **options: Any) -> AgentWeb:
        """An ``AgentWeb`` wired to this fake (authenticated as the first token's agent)."""
        return AgentWeb(
            f"Bearer {token or next(iter(self.tokens))}", transport=self.transport(), **options
        )

    def async_client(self, token: str | None = None, **options: Any) -> AsyncAgentWeb:
        """An ``AsyncAgentWeb`` wired to this fake."""
        return AsyncAgentWeb(
            f"Bearer {token or next(iter(self.tokens))}", transport=self.transport(), **options
        )

    def configuration_client(self, token: str | None = None, **options: Any) -> ConfigurationAPI:
        """A ``ConfigurationAPI`` (webhook methods) wired to this fake."""
        return ConfigurationAPI(
            f"Bearer {token or next(iter(self.tokens))}", transport=self.transport(), **options
        )

    def async_configuration_client(
        self, token: str | None = None, **options: Any
    ) -> AsyncConfigurationAPI:
        """An ``AsyncConfigurationAPI`` wired to this fake."""
        return AsyncConfigurationAPI(
            f"Bearer {token or next(iter(self.tokens))}", transport=self.transport(), **options
        )

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every webhook delivery made (or, when not delivering, that would be made), in order."""
        return list(self.webhooks.deliveries)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """The ``httpx.MockTransport`` handler: faults become the matching httpx errors."""
        answer = self.handle_raw(request.method, request.url.path, request.headers, request.read())
        if answer.fault is not None and answer.fault.kind == "reset":
            raise httpx.RemoteProtocolError("connection reset by the fake server", request=request)
        if answer.fault is not None and answer.fault.kind == "slow":
            raise httpx.ReadTimeout("the fake server answered too slowly", request=request)
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body)

    def handle_raw(
        self, method: str, path: str, headers: Mapping[str, str], body: bytes
    ) -> FakeResponse:
        """Answer one request (authentication, region, faults, validation, then the action);
        a bug of the fake is answered ``500 internal``, never raised."""
        try:
            return self._answer(method, path, headers, body)
        except Exception as exc:
            logger.exception("FakeLiveChat failed on %s %s", method, path[:200])
            self.errors.append(exc)
            problem = f"FakeLiveChat failed: {type(exc).__name__}: {exc}"
            return error_answer("internal", problem[:1000])

    # --- plumbing ------------------------------------------------------------------------------

    def _answer(
        self, method: str, path: str, raw_headers: Mapping[str, str], body: bytes
    ) -> FakeResponse:
        routes = CONFIGURATION_ROUTES if path.startswith(_CONFIGURATION_PREFIX) else HANDLERS
        prefix = _CONFIGURATION_PREFIX if routes is CONFIGURATION_ROUTES else _PREFIX
        if method != "POST" or not path.startswith(prefix):
            return error_answer("not_found", f"no such endpoint: {method[:20]} {path[:200]}")
        action = path[len(prefix) :]
        route = routes.get(action)
        if route is None:
            return error_answer("not_found", f"unknown action {action[:200]!r}")
        try:
            headers = checked_headers(raw_headers)
        except ApiFailure as failure:
            return error_answer(failure.error_type, failure.message)
        requester = requester_of(
            headers.get("authorization"), self.tokens, self.personal_access_tokens
        )
        if requester is None and action in _NO_AUTHORIZATION and routes is CONFIGURATION_ROUTES:
            requester = ""
        if requester is None:
            return error_answer("authentication", "Invalid access token")
        if headers.get("x-region", "dal") != self.region:
            return error_answer("misdirected_request", "Wrong region", {"region": self.region})
        fault = self.faults.take(action)
        if fault is not None and not fault.processed:
            return self._faulted(fault)
        with self._lock:
            answer = self._run(action, requester, headers, body, route)
        if fault is not None and fault.kind in ("slow", "reset"):
            answer.fault = fault  # the real answer, delayed or cut off by the front
            return answer
        if fault is not None:
            return self._faulted(fault)
        return answer

    def _run(
        self,
        action: str,
        requester: str,
        headers: httpx.Headers,
        body: bytes,
        route: Route | None = None,
    ) -> FakeResponse:
        route = route or HANDLERS[action]
        try:
            request = self._parse(action, route.request_model, headers, body)
            scripted = self.scripts.take(action)
            if scripted is None:
                result = route.handler(self, requester, request)
        except ApiFailure as failure:
            return error_answer(failure.error_type, failure.message, failure.data)
        if scripted is not None:
            self.received.append(ReceivedRequest(action, request, headers))
            self.requests.append((action, request.model_dump(mode="json", exclude_unset=True)))
            if scripted.error is not None:
                return error_answer(scripted.error, scripted.message, scripted.data)
            return json_answer(200, scripted.answer)
        for change in changes(self, action, requester, request, result):
            self.webhooks.emit(change)
            self.rtm.emit(change)
        self.requests.append((action, request.model_dump(mode="json", exclude_unset=True)))
        self.received.append(ReceivedRequest(action, request, headers))
        return json_answer(200, {} if result is None else result)

    def _parse(
        self, action: str, model: type[Request], headers: httpx.Headers, body: bytes
    ) -> Request:
        try:
            if action == "upload_file":
                return model.model_validate({"file": multipart_file(headers, body)})
            data = json_object(headers, body)
            options = model.option_names() & set(data)
            if options:
                raise ApiFailure("validation", f"unknown parameters: {sorted(options)}")
            return model.model_validate(data)
        except pydantic.ValidationError as exc:
            problems = exc.errors(include_url=False, include_input=False)
            if any(problem["type"] == "file_too_large" for problem in problems):
                raise ApiFailure("entity_too_large", "Upload limit exceeded (10MB).") from None
            detail = "; ".join(
                f"{'.'.join(map(str, problem['loc'])) or 'body'}: {problem['msg']}"
                for problem in problems[:10]
            )
            raise ApiFailure("validation", f"Wrong format of request: {detail[:1000]}") from None

    def _faulted(self, fault: Fault) -> FakeResponse:
        if fault.kind == "status":
            error_type = fault.error_type or {429: "too_many_requests", 500: "internal"}.get(
                fault.status, "service_unavailable"
            )
            answer = error_answer(error_type, f"injected {fault.status}")
            answer.status = fault.status
            if fault.retry_after is not None:
                answer.headers.append(("retry-after", fault.retry_after))
            return answer
        if fault.kind == "malformed_json":
            return FakeResponse(200, b'{"chat_id": "broken', [("content-type", "application/json")])
        if fault.kind == "html":
            page = f"<html><body><h1>{fault.status} Bad Gateway</h1></body></html>".encode()
            return FakeResponse(fault.status, page, [("content-type", "text/html")])
        if fault.kind == "oversized":
            filler = b'{"padding": "' + b"x" * fault.size + b'"}'
            return FakeResponse(200, filler, [("content-type", "application/json")])
        # reset or slow, not processed: a late "not processed" answer, or none at all
        answer = error_answer("service_unavailable", "the fake did not process this request")
        answer.fault = fault
        return answer
