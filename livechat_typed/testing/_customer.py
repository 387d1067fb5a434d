"""The customer's side of the fake: ``fake.customer(...)`` starts chats, writes, sends files,
fills forms, leaves and comes back, so that a bot's or an agent app's reaction can be tested.

What a customer does changes the fake's state as the Customer Chat API would, and is delivered
to the registered webhooks like an agent's call: ``incoming_customer`` when the customer is
made, ``incoming_chat`` for :meth:`FakeCustomer.start_chat` and :meth:`FakeCustomer.resume_chat`,
``incoming_event`` for every event sent, ``chat_deactivated`` for :meth:`FakeCustomer.leave`.
An agent client sees it all with ``list_chats``, ``get_chat`` and ``list_threads``.

A chat a customer starts is routed at once to ``agents`` (by default the agent of the fake's
first token, so that ``fake.client()`` can answer in it), in group ``group_id``.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..actions.chats import (
    ChatInput,
    DeactivateChatRequest,
    ResumeChatRequest,
    StartChatRequest,
    ThreadInput,
)
from ..actions.customers import CreateCustomerRequest
from ..actions.events import SendEventRequest
from ._context import FakeContext
from ._errors import ApiFailure
from ._state import Chat, Upload
from ._triggers import changes
from .handlers._lookups import agent_user, customer_user, find_chat
from .handlers._threads import new_event, open_thread, set_up_chat, system_message
from .handlers._values import as_event, as_model
from .handlers.customers import create_customer
from .handlers.events import CDN

__all__ = ["CustomerError", "FakeCustomer", "StartedChat"]

Json = dict[str, Any]


class CustomerError(Exception):
    """What the API would refuse a customer (``error_type``: ``chat_inactive``, ...)."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(f"{error_type}: {message}")
        self.error_type = error_type


@dataclass(frozen=True)
class StartedChat:
    """A chat a customer started (or resumed): its ID, its new thread's and its events'."""

    chat_id: str
    thread_id: str
    event_ids: tuple[str, ...] = ()


class FakeCustomer:
    """A customer of the fake (made by ``fake.customer()``); ``id`` is its customer ID."""

    def __init__(
        self, fake: FakeContext, lock: threading.RLock, customer_id: str, agents: Sequence[str]
    ) -> None:
        self._fake = fake
        self._lock = lock
        self.id = customer_id
        self.agents = list(agents)
        """The agents a chat this customer starts is routed to."""

    @classmethod
    def create(
        cls,
        fake: FakeContext,
        lock: threading.RLock,
        agents: Sequence[str],
        **details: Any,
    ) -> FakeCustomer:
        request = CreateCustomerRequest.model_validate(details)
        with _Guard(lock):
            for login in agents:
                agent_user(fake, login)  # an unknown agent is refused now, not at start_chat
            answer = create_customer(fake, "", request)
            cls._emit(fake, "create_customer", "", request, answer)
        return cls(fake, lock, answer["customer_id"], agents)

    def __repr__(self) -> str:
        return f"FakeCustomer(id={self.id!r})"

    @property
    def data(self) -> Json:
        """The customer as the fake stores it (``get_customer``'s answer)."""
        return self._fake.state.customers[self.id]

    # --- chats -------------------------------------------------------------------------------

    def start_chat(
        self,
        text: str | None = None,
        *,
        events: Sequence[Mapping[str, Any]] = (),
        group_id: int = 0,
        properties: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> StartedChat:
        """Start a chat in ``group_id``, with a first message ``text`` and/or ``events``."""
        request = self._start_request(text, events, properties, None)
        with self._guard():
            chat = Chat(
                id=self._fake.ids.short(),
                users={self.id: customer_user(self._fake, self.id)},
                access=[group_id],
            )
            for login in self.agents:
                chat.users[login] = agent_user(self._fake, login)
            spec = as_model(request.chat, ChatInput)
            set_up_chat(self._fake, chat, spec, self.id)
            self._fake.state.chats[chat.id] = chat
            started = self._open(chat, spec)
            self._emit(self._fake, "start_chat", self.id, request, {"chat_id": chat.id})
        return started

    def resume_chat(
        self, chat_id: str, text: str | None = None, *, events: Sequence[Mapping[str, Any]] = ()
    ) -> StartedChat:
        """Come back to an inactive chat: a new thread, the customer present again."""
        request = self._start_request(text, events, None, chat_id)
        with self._guard():
            chat = self._chat(chat_id)
            if chat.active_thread is not None:
                raise ApiFailure("validation", "Chat is already active")
            chat.users[self.id] = customer_user(self._fake, self.id)
            for login in self.agents:
                chat.users.setdefault(login, agent_user(self._fake, login))
            started = self._open(chat, as_model(request.chat, ChatInput))
            self._emit(self._fake, "resume_chat", self.id, request, {"chat_id": chat.id})
        return started

    def leave(self, chat_id: str) -> None:
        """Close the chat from the customer's side: the thread ends (``chat_deactivated``)."""
        request = DeactivateChatRequest.model_validate({"id": chat_id})
        with self._guard():
            chat = self._chat(chat_id)
            thread = chat.active_thread
            if thread is None:
                raise ApiFailure("chat_inactive", "Chat is inactive")
            name = self.data.get("name") or "Customer"
            system_message(self._fake, thread, "manual_archived_customer", f"{name} left the chat")
            thread.active = False
            chat.users[self.id]["present"] = False
            self._emit(self._fake, "deactivate_chat", self.id, request, {})

    # --- events ------------------------------------------------------------------------------

    def send_event(self, chat_id: str, event: Mapping[str, Any]) -> str:
        """Send any event (as JSON) to the chat's active thread; its ID."""
        request = SendEventRequest.model_validate({"chat_id": chat_id, "event": dict(event)})
        with self._guard():
            chat = self._chat(chat_id)
            thread = chat.active_thread
            if thread is None:
                raise ApiFailure("chat_inactive", "Chat is inactive")
            stored = new_event(self._fake, thread, self.id, as_event(request.event))
            chat.users[self.id]["events_seen_up_to"] = stored["created_at"]
            answer = {"event_id": stored["id"]}
            self._emit(self._fake, "send_event", self.id, request, answer)
        return str(stored["id"])

    def send_message(self, chat_id: str, text: str) -> str:
        """Send a message; its event ID."""
        return self.send_event(chat_id, {"type": "message", "text": text})

    def send_file(
        self,
        chat_id: str,
        name: str,
        content: bytes,
        content_type: str = "application/octet-stream",
    ) -> str:
        """Upload a file and send it as a file event; the event's ID (the URL is in the event)."""
        with self._guard():
            uploads = self._fake.state.uploads
            url = f"{CDN}/{len(uploads) + 1}/{name}"
            uploads[url] = Upload(url, name, content_type, bytes(content))
            return self.send_event(chat_id, {"type": "file", "url": url})

    def fill_form(
        self, chat_id: str, fields: Sequence[Mapping[str, Any]], *, form_id: str = "form-1"
    ) -> str:
        """Send a filled form (``fields`` as the API's filled form fields); its event ID."""
        event = {"type": "filled_form", "form_id": form_id, "fields": [dict(f) for f in fields]}
        return self.send_event(chat_id, event)

    # --- plumbing ----------------------------------------------------------------------------

    def _guard(self) -> _Guard:
        return _Guard(self._lock)

    def _chat(self, chat_id: str) -> Chat:
        chat = find_chat(self._fake, chat_id)
        if self.id not in chat.users and chat.active_thread is not None:
            raise ApiFailure("authorization", "The customer is not a user of this chat")
        return chat

    @staticmethod
    def _start_request(
        text: str | None,
        events: Sequence[Mapping[str, Any]],
        properties: Mapping[str, Mapping[str, Any]] | None,
        chat_id: str | None,
    ) -> Any:
        sent = [*([{"type": "message", "text": text}] if text is not None else []), *events]
        chat: Json = {"thread": {"events": [dict(event) for event in sent]}}
        if properties:
            chat["properties"] = {k: dict(v) for k, v in properties.items()}
        if chat_id is None:
            return StartChatRequest.model_validate({"chat": chat})
        return ResumeChatRequest.model_validate({"chat": {"id": chat_id, **chat}})

    def _open(self, chat: Chat, spec: ChatInput) -> StartedChat:
        thread_spec = as_model(spec.thread, ThreadInput) if spec.thread is not None else None
        thread, event_ids = open_thread(self._fake, chat, True, thread_spec, self.id)
        return StartedChat(chat.id, thread.id, tuple(event_ids))

    @staticmethod
    def _emit(fake: FakeContext, action: str, requester: str, request: Any, answer: Json) -> None:
        for change in changes(fake, action, requester, request, answer):
            fake.webhooks.emit(change)
            fake.rtm.emit(change)


class _Guard:
    """The fake's lock, with the API's refusals raised as :class:`CustomerError`."""

    def __init__(self, lock: threading.RLock) -> None:
        self._lock = lock

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, kind: object, exc: BaseException | None, traceback: object) -> None:
        self._lock.release()
        if isinstance(exc, ApiFailure):
            raise CustomerError(exc.error_type, exc.message) from None
