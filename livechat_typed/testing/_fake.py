"""``FakeLiveChat``: an in-memory, stateful fake of the Agent Chat Web API v3.6.

Requests are authenticated (a known ``Bearer`` token maps to an agent), their bodies validated
with the package's own request models (a bad payload gets the API's ``validation`` error), and
the 36 actions change and read the :class:`~livechat_typed.testing._state.State` as the spec
describes. Answers are JSON that the response models accept in strict mode.

Two fronts share one fake: :meth:`FakeLiveChat.transport` (an ``httpx.MockTransport``, for unit
tests) and :mod:`livechat_typed.testing._server` (a real HTTP/1.1 + HTTP/2 server over TLS).
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import json
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import httpx
import pydantic

from .. import models
from .._client import AgentWeb, AsyncAgentWeb
from ..actions.events import MAX_UPLOAD_BYTES
from ._faults import Fault, FaultPlan
from ._state import Chat, Clock, Ids, State, Thread, Upload

__all__ = ["DEFAULT_AGENT", "DEFAULT_TOKEN", "FakeLiveChat", "FakeResponse"]

Json = dict[str, Any]
DEFAULT_TOKEN = "dal:fake-token"
DEFAULT_AGENT = "agent@example.com"
_PREFIX = "/v3.6/agent/action/"
_STATUS = {
    "authentication": 401,
    "authorization": 403,
    "not_found": 404,
    "validation": 400,
    "chat_inactive": 400,
    "missing_access": 403,
    "entity_too_large": 413,
    "misdirected_request": 421,
    "too_many_requests": 429,
    "internal": 500,
    "service_unavailable": 503,
}


class ApiFailure(Exception):
    """An error answer of the API, raised by a handler."""

    def __init__(self, error_type: str, message: str, data: Json | None = None) -> None:
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.data = data


@dataclass
class FakeResponse:
    """An answer before it is sent: ``fault`` asks the front to reset or delay it."""

    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    fault: Fault | None = None


def _error(error_type: str, message: str, data: Json | None = None) -> FakeResponse:
    error: Json = {"type": error_type, "message": message}
    if data is not None:
        error["data"] = data
    body = json.dumps({"error": error}).encode()
    return FakeResponse(_STATUS.get(error_type, 400), body, [("content-type", "application/json")])


class FakeLiveChat:
    """A stateful stand-in for the Agent Chat Web API v3.6.

    ``tokens`` maps access tokens to the agents they authenticate (default: ``dal:fake-token``
    for ``agent@example.com``); ``agents`` lists the license's agents with their groups;
    ``region`` is the data center the fake plays (a request with another ``X-Region`` gets
    ``misdirected_request``). ``state`` holds everything; ``faults`` scripts failures.
    """

    def __init__(
        self,
        *,
        tokens: Mapping[str, str] | None = None,
        agents: Mapping[str, Iterable[int]] | None = None,
        region: str = "dal",
    ) -> None:
        self.tokens = dict(tokens or {DEFAULT_TOKEN: DEFAULT_AGENT})
        self.region = region
        self.state = State()
        self.faults = FaultPlan()
        self.clock = Clock()
        self.ids = Ids()
        self.requests: list[tuple[str, Json]] = []
        """Every accepted request: (action, body)."""
        self._lock = threading.RLock()
        roster = dict(agents or {DEFAULT_AGENT: [0], "jane@example.com": [0, 1], "bot-1": [1]})
        for login in self.tokens.values():
            roster.setdefault(login, [0])
        for login, groups in roster.items():
            self.state.agents[login] = {
                "id": login,
                "name": login.split("@")[0].replace(".", " ").title(),
                "email": login,
                "group_ids": list(groups),
                "routing_status": "accepting_chats",
                "logged_out": False,
            }
        self._handlers: dict[str, Callable[[str, Any], Any]] = {
            name: getattr(self, f"_{name}") for name in _ACTIONS
        }

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
        """Answer one request: authentication, region, faults, validation, then the action."""
        headers = httpx.Headers(headers)
        if method != "POST" or not path.startswith(_PREFIX):
            return _error("not_found", f"no such endpoint: {method} {path}")
        action = path[len(_PREFIX) :]
        if action not in self._handlers:
            return _error("not_found", f"unknown action {action!r}")
        requester = self.tokens.get(_token(headers.get("authorization", "")))
        if requester is None:
            return _error("authentication", "Invalid access token")
        wanted = headers.get("x-region", "dal")
        if wanted != self.region:
            return _error("misdirected_request", "Wrong region", {"region": self.region})
        fault = self.faults.take(action)
        if fault is not None and not fault.processed:
            return self._faulted(fault)
        with self._lock:
            answer = self._run(action, requester, headers, body)
        if fault is not None and fault.kind in ("slow", "reset"):
            answer.fault = fault  # the real answer, delayed or cut off by the front
            return answer
        if fault is not None:
            return self._faulted(fault)
        return answer

    # --- plumbing ------------------------------------------------------------------------------

    def _run(
        self, action: str, requester: str, headers: httpx.Headers, body: bytes
    ) -> FakeResponse:
        try:
            request = self._parse(action, headers, body)
            result = self._handlers[action](requester, request)
        except ApiFailure as failure:
            return _error(failure.error_type, failure.message, failure.data)
        self.requests.append((action, request.model_dump(mode="json", exclude_unset=True)))
        content = json.dumps({} if result is None else result).encode()
        return FakeResponse(200, content, [("content-type", "application/json")])

    def _parse(self, action: str, headers: httpx.Headers, body: bytes) -> Any:
        model = getattr(AgentWeb, action).request_model
        try:
            if action == "upload_file":
                return model(file=_multipart_file(headers.get("content-type", ""), body))
            data = json.loads(body or b"{}")
            if not isinstance(data, dict):
                raise ApiFailure("validation", "the body must be a JSON object")
            options = model.option_names() & set(data)
            if options:
                raise ApiFailure("validation", f"unknown parameters: {sorted(options)}")
            return model.model_validate(data)
        except ValueError as exc:
            if isinstance(exc, pydantic.ValidationError):
                detail = "; ".join(
                    f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}"
                    for e in exc.errors(include_url=False, include_input=False)
                )
                if any(e["type"] == "file_too_large" for e in exc.errors()):
                    raise ApiFailure("entity_too_large", "Upload limit exceeded (10MB).") from None
                raise ApiFailure("validation", f"Wrong format of request: {detail}") from None
            raise ApiFailure("validation", f"Wrong format of request: {exc}") from None

    def _faulted(self, fault: Fault) -> FakeResponse:
        if fault.kind == "status":
            error_type = fault.error_type or {429: "too_many_requests", 500: "internal"}.get(
                fault.status, "service_unavailable"
            )
            answer = _error(error_type, f"injected {fault.status}")
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
        answer = _error("service_unavailable", "the fake did not process this request")
        answer.fault = fault
        return answer

    # --- lookups -------------------------------------------------------------------------------

    def _chat(self, chat_id: str, requester: str | None = None) -> Chat:
        chat = self.state.chats.get(chat_id)
        if chat is None:
            raise ApiFailure("not_found", f"Chat {chat_id} not found")
        if requester is not None and not self._can_access(chat, requester):
            raise ApiFailure("missing_access", "Requester has no access to this chat")
        return chat

    def _agent_can_access(self, login: str, chat: Chat) -> bool:
        groups = set(self.state.agents[login]["group_ids"])
        return 0 in chat.access or bool(groups & set(chat.access))

    def _can_access(self, chat: Chat, requester: str) -> bool:
        groups = set(self.state.agents.get(requester, {}).get("group_ids", []))
        return requester in chat.users or 0 in chat.access or bool(groups & set(chat.access))

    def _thread(self, chat: Chat, thread_id: str) -> Thread:
        thread = chat.thread(thread_id)
        if thread is None:
            raise ApiFailure("not_found", f"Thread {thread_id} not found")
        return thread

    def _event(self, thread: Thread, event_id: str) -> Json:
        event = thread.event(event_id)
        if event is None:
            raise ApiFailure("not_found", f"Event {event_id} not found")
        return event

    def _customer(self, customer_id: str) -> Json:
        customer = self.state.customers.get(customer_id)
        if customer is None:
            raise ApiFailure("not_found", f"Customer {customer_id} not found")
        return customer

    def _agent_user(self, login: str) -> Json:
        agent = self.state.agents.get(login)
        if agent is None:
            raise ApiFailure("not_found", f"Agent {login} not found")
        return {
            "id": login,
            "type": "agent",
            "name": agent["name"],
            "email": agent["email"],
            "present": True,
            "visibility": "all",
        }

    def _customer_user(self, customer_id: str) -> Json:
        customer = self._customer(customer_id)
        user: Json = {key: customer[key] for key in ("id", "name", "email") if key in customer}
        return {"type": "customer", **user, "present": True}

    # --- rendering -----------------------------------------------------------------------------

    def _render_thread(self, thread: Thread) -> Json:
        rendered: Json = {
            "id": thread.id,
            "created_at": thread.created_at,
            "active": thread.active,
            "user_ids": list(thread.user_ids),
            "events": [dict(event) for event in thread.events],
            "properties": thread.properties,
            "access": {"group_ids": list(thread.access)},
        }
        if thread.tags:
            rendered["tags"] = list(thread.tags)
        if thread.previous_thread_id:
            rendered["previous_thread_id"] = thread.previous_thread_id
        if thread.next_thread_id:
            rendered["next_thread_id"] = thread.next_thread_id
        return rendered

    def _render_chat(self, chat: Chat, thread: Thread | None, requester: str) -> Json:
        rendered: Json = {
            "id": chat.id,
            "users": list(chat.users.values()),
            "properties": chat.properties,
            "access": {"group_ids": list(chat.access)},
            "is_followed": requester in chat.followers,
        }
        if thread is not None:
            rendered["thread"] = self._render_thread(thread)
        return rendered

    def _render_summary(self, chat: Chat, requester: str) -> Json:
        rendered: Json = {
            "id": chat.id,
            "users": list(chat.users.values()),
            "properties": chat.properties,
            "access": {"group_ids": list(chat.access)},
            "is_followed": requester in chat.followers,
        }
        thread = chat.last_thread
        if thread is not None:
            rendered["last_thread_summary"] = {
                "id": thread.id,
                "created_at": thread.created_at,
                "user_ids": list(thread.user_ids),
                "properties": thread.properties,
                "active": thread.active,
                "access": {"group_ids": list(thread.access)},
            }
            latest: dict[str, Json] = {}
            for candidate in chat.threads:
                for event in candidate.events:
                    latest[event["type"]] = {
                        "thread_id": candidate.id,
                        "thread_created_at": candidate.created_at,
                        "event": dict(event),
                    }
            rendered["last_event_per_type"] = latest
        return rendered

    # --- events --------------------------------------------------------------------------------

    def _new_event(self, thread: Thread, author: str, event: Any) -> Json:
        data = event.model_dump(mode="json", exclude_unset=True)
        stored: Json = {
            "id": f"{thread.id}_{len(thread.events) + 1}",
            "created_at": self.clock.stamp(),
            **data,
            "visibility": data.get("visibility", "all"),
        }
        if data["type"] != "system_message":
            stored["author_id"] = author
        if data["type"] == "file":
            upload = self.state.uploads.get(data["url"])
            if upload is None:
                raise ApiFailure("validation", "file url must come from upload_file")
            stored.update(
                name=upload.name, content_type=upload.content_type, size=len(upload.content)
            )
        if data["type"] == "rich_message":
            for element in stored.get("elements", []):
                for button in element.get("buttons", []):
                    button.setdefault("user_ids", [])
        thread.events.append(stored)
        return stored

    def _system(self, thread: Thread, kind: str, text: str) -> None:
        thread.events.append(
            {
                "id": f"{thread.id}_{len(thread.events) + 1}",
                "created_at": self.clock.stamp(),
                "type": "system_message",
                "system_message_type": kind,
                "text": text,
                "visibility": "all",
            }
        )

    def _open_thread(
        self, chat: Chat, active: bool, spec: Any, requester: str
    ) -> tuple[Thread, list[str]]:
        previous = chat.last_thread
        thread = Thread(
            id=self.ids.short(),
            chat_id=chat.id,
            created_at=self.clock.stamp(),
            active=active,
            access=list(chat.access),
            user_ids=list(chat.users),
            previous_thread_id=previous.id if previous else None,
        )
        if previous is not None:
            previous.next_thread_id = thread.id
        chat.threads.append(thread)
        event_ids = []
        if spec is not None:
            if spec.properties:
                thread.properties = _json(spec.properties)
            for event in spec.events or []:
                event_ids.append(self._new_event(thread, requester, event)["id"])
        if thread.events and requester in chat.users:
            chat.users[requester]["events_seen_up_to"] = thread.events[-1]["created_at"]
        return thread, event_ids

    def _check_chat_spec(self, spec: Any) -> None:
        """Refuse a start/resume whose users or initial events cannot exist, before any change."""
        if spec is None:
            return
        for user in spec.users or []:
            if user.type == "agent":
                self._agent_user(user.id)
            else:
                self._customer(user.id)
        thread = spec.thread
        for event in (thread.events if thread is not None else None) or []:
            if event.type == "file" and event.url not in self.state.uploads:
                raise ApiFailure("validation", "file url must come from upload_file")

    def _setup_chat(self, chat: Chat, spec: Any, requester: str) -> None:
        if spec is None:
            return
        if spec.access is not None:
            chat.access = list(spec.access.group_ids)
        if spec.properties:
            chat.properties = _json(spec.properties)
        for user in spec.users or []:
            if user.type == "agent":
                chat.users[user.id] = self._agent_user(user.id)
            else:
                chat.users[user.id] = self._customer_user(user.id)

    # --- actions: chats ----------------------------------------------------------------------

    def _list_chats(self, requester: str, request: Any) -> Json:
        listing, offset = self._listing(request)
        filters = models.ListChatsFilters.model_validate(listing.get("filters") or {})
        chats = [chat for chat in self.state.chats.values() if self._can_access(chat, requester)]
        if "active" in filters.model_fields_set and filters.active is not None:
            chats = [chat for chat in chats if (chat.active_thread is not None) == filters.active]
        if filters.include_chats_without_threads is False:
            chats = [chat for chat in chats if chat.threads]
        if filters.group_ids:
            chats = [chat for chat in chats if set(chat.access) & set(filters.group_ids)]
        if filters.properties:
            chats = [
                chat for chat in chats if _match_properties(chat.properties, filters.properties)
            ]
        chats.sort(key=lambda chat: chat.last_thread.created_at if chat.last_thread else "")
        if listing.get("sort_order", "desc") == "desc":
            chats.reverse()
        page, cursors = _page(chats, offset, listing.get("limit", 10), listing)
        return {
            "chats_summary": [self._render_summary(chat, requester) for chat in page],
            "found_chats": len(chats),
            **cursors,
        }

    def _list_threads(self, requester: str, request: Any) -> Json:
        chat = self._chat(request.chat_id, requester)
        listing, offset = self._listing(request)
        threads = list(chat.threads)
        window = models.ListThreadsFilters.model_validate(listing.get("filters") or {})
        if window.from_ is not None:
            threads = [t for t in threads if t.created_at >= _stamp(window.from_)]
        if window.to is not None:
            threads = [t for t in threads if t.created_at <= _stamp(window.to)]
        threads.sort(key=lambda thread: thread.created_at, reverse=True)
        if listing.get("min_events_count"):
            wanted, count, chosen = listing["min_events_count"], 0, []
            for thread in threads:
                chosen.append(thread)
                count += len(thread.events)
                if count >= wanted:
                    break
            threads, limit = chosen, max(len(chosen), 1)
        else:
            limit = listing.get("limit", 3)
        if listing.get("sort_order") == "asc":
            threads.reverse()
        page, cursors = _page(threads, offset, limit, listing)
        return {
            "threads": [self._render_thread(thread) for thread in page],
            "found_threads": len(threads),
            **cursors,
        }

    def _get_chat(self, requester: str, request: Any) -> Json:
        chat = self._chat(request.chat_id, requester)
        thread = self._thread(chat, request.thread_id) if request.thread_id else chat.last_thread
        return self._render_chat(chat, thread, requester)

    def _list_archives(self, requester: str, request: Any) -> Json:
        listing, offset = self._listing(request)
        filters = models.ListArchivesFilters.model_validate(listing.get("filters") or {})
        found = []
        for chat in self.state.chats.values():
            if not self._can_access(chat, requester):
                continue
            for thread in chat.threads:
                if _archive_match(chat, thread, filters):
                    found.append((chat, thread))
        found.sort(
            key=lambda pair: pair[1].created_at, reverse=listing.get("sort_order", "desc") == "desc"
        )
        page, cursors = _page(found, offset, listing.get("limit", 10), listing)
        return {
            "chats": [self._render_chat(chat, thread, requester) for chat, thread in page],
            "found_chats": len(found),
            **cursors,
        }

    def _start_chat(self, requester: str, request: Any) -> Json:
        self._check_chat_spec(request.chat)
        chat = Chat(id=self.ids.short(), users={requester: self._agent_user(requester)}, access=[0])
        self._setup_chat(chat, request.chat, requester)
        self.state.chats[chat.id] = chat
        spec = request.chat.thread if request.chat is not None else None
        thread, event_ids = self._open_thread(chat, request.active is not False, spec, requester)
        answer: Json = {"chat_id": chat.id, "thread_id": thread.id}
        if event_ids:
            answer["event_ids"] = event_ids
        return answer

    def _resume_chat(self, requester: str, request: Any) -> Json:
        chat = self._chat(request.chat.id, requester)
        if chat.active_thread is not None:
            raise ApiFailure("validation", "Chat is already active")
        self._check_chat_spec(request.chat)
        chat.followers.clear()  # following ends when the chat is reactivated
        chat.users.setdefault(requester, self._agent_user(requester))
        self._setup_chat(chat, request.chat, requester)
        thread, event_ids = self._open_thread(
            chat, request.active is not False, request.chat.thread, requester
        )
        answer: Json = {"thread_id": thread.id}
        if event_ids:
            answer["event_ids"] = event_ids
        return answer

    def _deactivate_chat(self, requester: str, request: Any) -> None:
        chat = self._chat(request.id, requester)
        thread = chat.active_thread
        if thread is None:
            raise ApiFailure("chat_inactive", "Chat is inactive")
        self._require_presence(chat, requester, request.ignore_requester_presence)
        self._system(thread, "manual_archived_agent", f"{requester} archived the chat")
        thread.active = False

    def _follow_chat(self, requester: str, request: Any) -> None:
        self._chat(request.id, requester).followers.add(requester)

    def _unfollow_chat(self, requester: str, request: Any) -> None:
        self._chat(request.id, requester).followers.discard(requester)

    # --- actions: access and users -----------------------------------------------------------

    def _transfer_chat(self, requester: str, request: Any) -> None:
        chat = self._chat(request.id, requester)
        thread = chat.active_thread
        if thread is None:
            raise ApiFailure("chat_inactive", "Chat is inactive")
        self._require_presence(chat, requester, request.ignore_requester_presence)
        target = request.target
        if target is None or target.type == "group":
            groups = [int(i) for i in target.ids] if target is not None else list(chat.access)
            chat.access = thread.access = groups
            text = f"Chat transferred to groups {groups}"
        else:
            agents = [str(i) for i in target.ids]
            for login in agents:
                self._agent_user(login)  # not_found for an unknown agent
                if not self._agent_can_access(login, chat):
                    raise ApiFailure("missing_access", f"{login} has no access to the chat")
                if not request.ignore_agents_availability and (
                    self.state.agents[login]["routing_status"] != "accepting_chats"
                ):
                    raise ApiFailure("agent_offline", f"{login} is not accepting chats")
            for login in [u for u, user in chat.users.items() if user["type"] == "agent"]:
                del chat.users[login]
            for login in agents:
                chat.users[login] = self._agent_user(login)
            thread.user_ids = list(chat.users)
            text = f"Chat transferred to {', '.join(agents)}"
        self._system(thread, "chat_transferred", text)

    def _add_user_to_chat(self, requester: str, request: Any) -> None:
        chat = self._chat(request.chat_id, requester)
        if chat.active_thread is None:
            raise ApiFailure("chat_inactive", "Chat is inactive")
        self._require_presence(chat, requester, request.ignore_requester_presence)
        if request.user_type == "agent":
            user = self._agent_user(request.user_id)
            if not self._agent_can_access(request.user_id, chat):
                raise ApiFailure("missing_access", f"{request.user_id} has no access to the chat")
            user["visibility"] = request.visibility
        else:
            if request.visibility != "all":
                raise ApiFailure("validation", "customers must be added with visibility 'all'")
            if any(u["type"] == "customer" for u in chat.users.values()):
                raise ApiFailure("validation", "A chat can have one customer only")
            user = self._customer_user(request.user_id)
        chat.users[request.user_id] = user
        if chat.active_thread is not None:
            chat.active_thread.user_ids = list(chat.users)

    def _remove_user_from_chat(self, requester: str, request: Any) -> None:
        chat = self._chat(request.chat_id, requester)
        self._require_presence(chat, requester, request.ignore_requester_presence)
        if request.user_id not in chat.users:
            raise ApiFailure("not_found", f"User {request.user_id} is not in the chat")
        if chat.users[request.user_id]["type"] != "agent":
            raise ApiFailure("validation", "The customer cannot be removed from a chat")
        del chat.users[request.user_id]
        if chat.active_thread is not None:
            chat.active_thread.user_ids = list(chat.users)

    def _require_presence(self, chat: Chat, requester: str, ignore: bool | None) -> None:
        if not ignore and requester not in chat.users:
            raise ApiFailure("authorization", "Requester is not present in the chat")

    # --- actions: events -----------------------------------------------------------------------

    def _send_event(self, requester: str, request: Any) -> Json:
        chat = self._chat(request.chat_id, requester)
        thread = chat.active_thread
        if thread is None:
            last = chat.last_thread
            if not (
                request.attach_to_last_thread and last and request.event.type == "system_message"
            ):
                raise ApiFailure("chat_inactive", "Chat is inactive")
            thread = last
        user = chat.users.get(requester)
        if user is None:
            raise ApiFailure("authorization", "Requester is not a user of the chat")
        wanted = request.event.visibility or "all"
        if user.get("visibility") == "agents" and wanted == "all":
            raise ApiFailure(
                "validation", "users added with visibility 'agents' cannot send to all"
            )
        event = self._new_event(thread, requester, request.event)
        user["events_seen_up_to"] = event["created_at"]
        return {"event_id": event["id"]}

    def _upload_file(self, requester: str, request: Any) -> Json:
        part = request.file
        number = len(self.state.uploads) + 1
        url = f"https://cdn.files-text.livechatinc.com/api/file/lc/att/{number}/{part.filename}"
        self.state.uploads[url] = Upload(url, part.filename, part.content_type, part.content)
        return {"url": url}

    def _send_rich_message_postback(self, requester: str, request: Any) -> None:
        chat = self._chat(request.chat_id, requester)
        event = self._event(self._thread(chat, request.thread_id), request.event_id)
        if event.get("type") != "rich_message":
            raise ApiFailure("validation", "The event is not a rich message")
        buttons = [b for e in event.get("elements", []) for b in e.get("buttons", [])]
        button = next((b for b in buttons if b["postback_id"] == request.postback.id), None)
        if button is None:
            raise ApiFailure("not_found", f"No button with postback {request.postback.id}")
        users = button.setdefault("user_ids", [])
        if request.postback.toggled and requester not in users:
            users.append(requester)
        if not request.postback.toggled and requester in users:
            users.remove(requester)

    # --- actions: properties and tags --------------------------------------------------------

    def _properties_of(
        self, requester: str, request: Any, *, create: bool = True
    ) -> dict[str, dict[str, Any]]:
        if hasattr(request, "event_id"):
            chat = self._chat(request.chat_id, requester)
            event = self._event(self._thread(chat, request.thread_id), request.event_id)
            if event["type"] == "system_message":
                raise ApiFailure("validation", "system messages have no properties")
            if not create:
                return event.get("properties", {})  # type: ignore[no-any-return]
            return event.setdefault("properties", {})  # type: ignore[no-any-return]
        if hasattr(request, "thread_id"):
            chat = self._chat(request.chat_id, requester)
            return self._thread(chat, request.thread_id).properties
        return self._chat(request.id, requester).properties

    def _update_properties(self, requester: str, request: Any) -> None:
        target = self._properties_of(requester, request)
        for namespace, values in _json(request.properties).items():
            target.setdefault(namespace, {}).update(values)

    def _delete_properties(self, requester: str, request: Any) -> None:
        target = self._properties_of(requester, request, create=False)
        for namespace, names in request.properties.items():  # all or nothing
            for name in names:
                if name not in target.get(namespace, {}):
                    raise ApiFailure("not_found", f"Property {namespace}.{name} not found")
        for namespace, names in request.properties.items():
            for name in names:
                target[namespace].pop(name, None)
            if namespace in target and not target[namespace]:
                del target[namespace]

    _update_chat_properties = _update_thread_properties = _update_event_properties = (
        _update_properties
    )
    _delete_chat_properties = _delete_thread_properties = _delete_event_properties = (
        _delete_properties
    )

    def _tag_thread(self, requester: str, request: Any) -> None:
        thread = self._thread(self._chat(request.chat_id, requester), request.thread_id)
        if request.tag not in thread.tags:
            thread.tags.append(request.tag)

    def _untag_thread(self, requester: str, request: Any) -> None:
        thread = self._thread(self._chat(request.chat_id, requester), request.thread_id)
        if request.tag not in thread.tags:
            raise ApiFailure("not_found", f"Tag {request.tag} not found")
        thread.tags.remove(request.tag)

    # --- actions: customers ------------------------------------------------------------------

    def _get_customer(self, requester: str, request: Any) -> Json:
        customer = self._customer(request.id)
        public = {k: v for k, v in customer.items() if k not in ("banned_days", "followers")}
        chat_ids = [c.id for c in self.state.chats.values() if request.id in c.users]
        public["statistics"] = {**public.get("statistics", {}), "chats_count": len(chat_ids)}
        return {**public, **({"chat_ids": chat_ids} if chat_ids else {})}

    def _create_customer(self, requester: str, request: Any) -> Json:
        customer_id = self.ids.uuid()
        customer: Json = {
            "id": customer_id,
            "type": "customer",
            "created_at": self.clock.stamp(),
            "statistics": {"chats_count": 0},
            **_json(request.model_dump(exclude_unset=True)),
        }
        customer.update(banned_days=0, followers=[])
        self.state.customers[customer_id] = customer
        return {"customer_id": customer_id}

    def _update_customer(self, requester: str, request: Any) -> None:
        customer = self._customer(request.id)
        changes = _json(request.model_dump(exclude_unset=True, exclude={"id"}))
        customer.update({k: v for k, v in changes.items() if v is not None})

    def _ban_customer(self, requester: str, request: Any) -> None:
        self._customer(request.id)["banned_days"] = request.ban.days

    def _follow_customer(self, requester: str, request: Any) -> None:
        followers = self._customer(request.id)["followers"]
        if requester not in followers:
            followers.append(requester)

    def _unfollow_customer(self, requester: str, request: Any) -> None:
        followers = self._customer(request.id)["followers"]
        if requester in followers:
            followers.remove(requester)

    # --- actions: status and other -----------------------------------------------------------

    def _set_routing_status(self, requester: str, request: Any) -> None:
        login = request.agent_id or requester
        agent = self.state.agents.get(login)
        if agent is None:
            raise ApiFailure("not_found", f"Agent {login} not found")
        if request.status == "offline" and not login.startswith("bot"):
            raise ApiFailure("validation", "Only bots can be set offline")
        agent["routing_status"] = request.status

    def _list_routing_statuses(self, requester: str, request: Any) -> list[Json]:
        groups = set(request.filters.group_ids or []) if request.filters else set()
        return [
            {"agent_id": login, "status": agent["routing_status"]}
            for login, agent in self.state.agents.items()
            if not groups or groups & set(agent["group_ids"])
        ]

    def _mark_events_as_seen(self, requester: str, request: Any) -> None:
        chat = self._chat(request.chat_id, requester)
        user = chat.users.get(requester)
        if user is None:
            raise ApiFailure("authorization", "Requester is not present in the chat")
        user["events_seen_up_to"] = _stamp(request.seen_up_to)

    def _send_typing_indicator(self, requester: str, request: Any) -> None:
        chat = self._chat(request.chat_id, requester)
        if chat.active_thread is None:
            raise ApiFailure("chat_inactive", "Chat is inactive")
        self.state.typing.append(
            {
                "chat_id": chat.id,
                "agent_id": requester,
                "is_typing": request.is_typing,
                "visibility": request.visibility or "all",
            }
        )

    def _multicast(self, requester: str, request: Any) -> None:
        recipients = request.recipients
        if recipients.agents is None and recipients.customers is None:
            raise ApiFailure("validation", "recipients must name agents or customers")
        self.state.multicasts.append(
            {"author_id": requester, **request.model_dump(mode="json", exclude_unset=True)}
        )

    def _list_agents_for_transfer(self, requester: str, request: Any) -> list[Json]:
        chat = self._chat(request.chat_id, requester)
        candidates = [
            login
            for login, agent in self.state.agents.items()
            if login not in chat.users
            and not agent["logged_out"]
            and agent["routing_status"] != "offline"
        ]
        load = {
            login: sum(
                1
                for c in self.state.chats.values()
                if c.active_thread is not None
                and login in c.users
                and any(u["type"] == "customer" for u in c.users.values())
            )
            for login in candidates
        }
        ranked = sorted(candidates, key=lambda login: load[login])
        return [{"agent_id": login, "total_active_chats": load[login]} for login in ranked]

    def _logout(self, requester: str, request: Any) -> None:
        agent = self.state.agents.get(request.agent_id)
        if agent is None:
            raise ApiFailure("not_found", f"Agent {request.agent_id} not found")
        agent.update(logged_out=True, routing_status="not_accepting_chats")

    # --- pagination --------------------------------------------------------------------------

    def _listing(self, request: Any) -> tuple[Json, int]:
        """The parameters of a listing and the offset: from the request or from its cursor."""
        if request.page_id is None:
            listing = request.model_dump(mode="json", exclude_unset=True, exclude={"page_id"})
            return listing, 0
        try:
            cursor = json.loads(base64.urlsafe_b64decode(request.page_id.encode()))
            return cursor["listing"], int(cursor["offset"])
        except (ValueError, KeyError, TypeError):
            raise ApiFailure("validation", "Invalid page_id") from None


_ACTIONS = [name for name in dir(AgentWeb) if hasattr(getattr(AgentWeb, name), "request_model")]


def _token(header: str) -> str:
    scheme, _, value = header.partition(" ")
    return value if scheme.lower() in ("bearer", "basic") else header


def _json(value: Any) -> Any:
    """Plain JSON data from models, mappings and sequences."""
    return json.loads(pydantic.TypeAdapter(Any).dump_json(value))


def _stamp(value: str | datetime) -> str:
    """A date-time input in the API's wire format (UTC, microseconds, ``Z``), for comparisons."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _page(items: list[Any], offset: int, limit: int, listing: Json) -> tuple[list[Any], Json]:
    page = items[offset : offset + limit]
    cursors: Json = {}
    if offset + limit < len(items):
        cursors["next_page_id"] = _cursor(listing, offset + limit)
    if offset > 0:
        cursors["previous_page_id"] = _cursor(listing, max(0, offset - limit))
    return page, cursors


def _cursor(listing: Json, offset: int) -> str:
    raw = json.dumps({"listing": listing, "offset": offset}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode()


def _match_properties(properties: dict[str, dict[str, Any]], filters: Mapping[str, Any]) -> bool:
    for namespace, names in filters.items():
        for name, rule in names.items():
            present = name in properties.get(namespace, {})
            value = properties.get(namespace, {}).get(name)
            if rule.exists is not None and rule.exists != present:
                return False
            if rule.values is not None and value not in rule.values:
                return False
            if rule.exclude_values is not None and value in rule.exclude_values:
                return False
    return True


def _archive_match(chat: Chat, thread: Thread, filters: Any) -> bool:
    if filters.thread_ids is not None and thread.id not in filters.thread_ids:
        return False
    if filters.group_ids and not set(thread.access) & set(filters.group_ids):
        return False
    if filters.from_ is not None and thread.created_at < _stamp(filters.from_):
        return False
    if filters.to is not None and thread.created_at > _stamp(filters.to):
        return False
    if filters.query:
        texts = [str(event.get("text", "")) for event in thread.events]
        if not any(filters.query.lower() in text.lower() for text in texts):
            return False
    if filters.tags is not None and not _match_values(thread.tags, filters.tags):
        return False
    agents = [u for u, user in chat.users.items() if user["type"] == "agent"]
    if filters.agents is not None and not _match_values(agents, filters.agents):
        return False
    if filters.properties and not _match_properties(thread.properties, filters.properties):
        return False
    return True


def _match_values(present: list[Any], rule: Any) -> bool:
    if rule.exists is not None and rule.exists != bool(present):
        return False
    if rule.values is not None:
        hits = [value in present for value in rule.values]
        if not (all(hits) if rule.require_every_value else any(hits)):
            return False
    if rule.exclude_values is not None and any(value in present for value in rule.exclude_values):
        return False
    return True


def _multipart_file(content_type: str, body: bytes) -> tuple[str, bytes, str]:
    """The ``file`` part of a multipart body, as ``(filename, content, content_type)``."""
    if not content_type.startswith("multipart/form-data"):
        raise ApiFailure("validation", "upload_file expects multipart/form-data")
    if len(body) > MAX_UPLOAD_BYTES + 64 * 1024:
        raise ApiFailure("entity_too_large", "Upload limit exceeded (10MB).")
    raw = b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") == "file":
            payload = part.get_payload(decode=True)
            content = payload if isinstance(payload, bytes) else b""
            return (part.get_filename() or "upload", content, part.get_content_type())
    raise ApiFailure("validation", "a multipart part named 'file' is required")
