"""Webhooks of the fake: registrations, which of them a change matches, and delivery over HTTP.

What the fake's Agent API calls cause (see :mod:`._triggers`) is offered to :meth:`Webhooks.emit`;
each registration of that action whose rules match gets a :class:`WebhookDelivery`, recorded in
:attr:`Webhooks.deliveries` (``fake.webhook_deliveries``). When sending is on (a
:class:`~livechat_typed.testing.FakeServer` turns it on; ``FakeLiveChat(deliver_webhooks=True)``
turns it on for the in-memory fake too) a background thread POSTs each body to its URL, so an API
call never waits for a receiver; a delivery that does not get a 2xx answer in ``timeout`` seconds
is tried again after each of ``retry_delays`` (the docs: "retried up to 3 times within ~1
minute"; the default waits 10, 20 and 30 seconds), then given up.

Rules, as the Configuration API documents them, and where the docs are silent:

* a ``license`` registration is delivered while its owner's license webhooks are enabled
  (``enable/disable_license_webhooks``, enabled by default); a ``bot`` registration only for
  chats a bot of its ``owner_client_id`` (an agent of the fake whose record has that
  ``owner_client_id``) is in, or for that bot's own routing status;
* every chat the fake's Agent API starts has the source ``client_id`` :attr:`Webhooks.client_id`,
  every change is made by that client: ``only_my_chats`` and ``source_type`` (``my_client`` or
  ``other_clients``) compare it with the registration's ``owner_client_id``;
* ``chat_presence.user_ids``: ``values`` needs one of them in the chat, ``exclude_values`` none;
  ``my_bots`` a bot of the owner; ``agent_ids`` the same for the agent of ``routing_status_set``;
* ``author_type``: the type of the event author in the chat;
* ``additional_data`` holds ``chat_properties`` and ``chat_presence_user_ids`` when asked for.
"""

from __future__ import annotations

import heapq
import itertools
import json
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._state import Chat, State

__all__ = ["DEFAULT_RETRY_DELAYS", "Registration", "WebhookDelivery", "Webhooks"]

Json = dict[str, Any]
DEFAULT_RETRY_DELAYS: tuple[float, ...] = (10.0, 20.0, 30.0)
"""Waits before the 3 redeliveries of a failed delivery (the docs: 3 times within ~1 minute)."""
DEFAULT_CLIENT_ID = "fake-client-id"
DEFAULT_ORGANIZATION_ID = "390e44e6-f1e6-0368c-z6ddb-74g14508c2ex"


@dataclass
class Registration:
    """A registered webhook, as ``register_webhook`` got it."""

    id: str
    action: str
    secret_key: str
    url: str
    owner_client_id: str
    type: str
    description: str | None = None
    filters: Json = field(default_factory=dict)
    additional_data: list[str] = field(default_factory=list)

    def listed(self) -> Json:
        """As ``list_webhooks`` shows it: without the secret key."""
        shown: Json = {
            "id": self.id,
            "url": self.url,
            "action": self.action,
            "owner_client_id": self.owner_client_id,
            "type": self.type,
        }
        if self.description is not None:
            shown["description"] = self.description
        if self.filters:
            shown["filters"] = self.filters
        if self.additional_data:
            shown["additional_data"] = list(self.additional_data)
        return shown


@dataclass
class WebhookDelivery:
    """One webhook body for one registration, and what became of it."""

    webhook_id: str
    action: str
    url: str
    body: bytes
    """The JSON body, as POSTed."""
    attempts: list[int | str] = field(default_factory=list)
    """The status of each attempt made, or the name of the transport error."""
    delivered: bool = False
    """Whether an attempt got a 2xx answer."""
    given_up: bool = False
    """Whether every attempt failed."""

    @property
    def json(self) -> Json:
        parsed: Json = json.loads(self.body)
        return parsed


@dataclass(frozen=True)
class Change:
    """What one Agent API call changed, as a webhook: its action, payload and context."""

    action: str
    payload: Json
    chat: Chat | None = None
    author_id: str | None = None
    """The author of the event (``incoming_event``)."""
    agent_id: str | None = None
    """The agent of ``routing_status_set``."""


class Webhooks:
    """The fake's webhook registrations and deliveries (``fake.webhooks``)."""

    def __init__(
        self,
        state: State,
        *,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        send: bool | None = None,
        timeout: float = 10.0,
    ) -> None:
        self._state = state
        self.retry_delays = tuple(retry_delays)
        if any(delay < 0 for delay in self.retry_delays):
            raise ValueError("webhook retry delays must be 0 or more seconds")
        self.send = send
        """POST the deliveries (``None``: only when served by a ``FakeServer``)."""
        self.timeout = timeout
        self.client_id = DEFAULT_CLIENT_ID
        """The Client ID of the app behind every Agent API call made to the fake."""
        self.organization_id = DEFAULT_ORGANIZATION_ID
        self.registrations: dict[str, Registration] = {}
        self.license_webhooks: dict[str, bool] = {}
        """``owner_client_id`` -> whether its license webhooks are enabled (default: yes)."""
        self.deliveries: list[WebhookDelivery] = []
        """Every delivery made or (when not sending) that would be made, in order."""
        self._lock = threading.Condition()
        self._queue: list[tuple[float, int, WebhookDelivery]] = []
        self._order = itertools.count()
        self._pending = 0
        self._closed = False
        self._worker: threading.Thread | None = None

    # --- matching ----------------------------------------------------------------------------

    def emit(self, change: Change) -> list[WebhookDelivery]:
        """Record (and queue, when sending) a delivery for each registration ``change`` matches."""
        made = []
        for registration in list(self.registrations.values()):
            if registration.action != change.action or not self._matches(registration, change):
                continue
            body: Json = {
                "webhook_id": registration.id,
                "secret_key": registration.secret_key,
                "action": change.action,
                "organization_id": self.organization_id,
                "payload": change.payload,
                "additional_data": self._additional_data(registration, change.chat),
            }
            delivery = WebhookDelivery(
                registration.id,
                change.action,
                registration.url,
                json.dumps(body, separators=(",", ":")).encode(),
            )
            made.append(delivery)
            with self._lock:
                self.deliveries.append(delivery)
                if self.send:
                    self._enqueue(delivery, 0.0, new=True)
        return made

    def _bots_of(self, owner: str) -> set[str]:
        return {
            login
            for login, agent in self._state.agents.items()
            if agent.get("owner_client_id") == owner
        }

    def _matches(self, registration: Registration, change: Change) -> bool:
        owner = registration.owner_client_id
        chat = change.chat
        users = set(chat.users) if chat is not None else set()
        if registration.type == "license" and not self.license_webhooks.get(owner, True):
            return False
        if registration.type == "bot":
            bots = self._bots_of(owner)
            if not (users & bots or change.agent_id in bots):
                return False
        filters = registration.filters
        mine = owner == self.client_id
        if filters.get("only_my_chats") and not mine:
            return False
        sources = filters.get("source_type")
        if sources is not None and ("my_client" if mine else "other_clients") not in sources:
            return False
        presence = filters.get("chat_presence") or {}
        if "user_ids" in presence and not _ids_match(presence["user_ids"], users):
            return False
        if presence.get("my_bots") and not users & self._bots_of(owner):
            return False
        if "agent_ids" in filters and not _ids_match(filters["agent_ids"], {change.agent_id}):
            return False
        if "author_type" in filters and chat is not None:
            author = chat.users.get(change.author_id or "", {})
            if author.get("type") != filters["author_type"]:
                return False
        return True

    def _additional_data(self, registration: Registration, chat: Chat | None) -> Json:
        data: Json = {}
        if chat is None:
            return data
        if "chat_properties" in registration.additional_data:
            data["chat_properties"] = json.loads(json.dumps(chat.properties))
        if "chat_presence_user_ids" in registration.additional_data:
            data["chat_presence_user_ids"] = list(chat.users)
        return data

    def reset(self) -> None:
        """Forget every registration, license webhook state, delivery and pending redelivery."""
        with self._lock:
            self.registrations.clear()
            self.license_webhooks.clear()
            self.deliveries.clear()
            for _, _, delivery in self._queue:
                delivery.given_up = True
            self._pending -= len(self._queue)  # one being POSTed finishes on its own
            self._queue.clear()
            self._lock.notify_all()

    # --- sending -----------------------------------------------------------------------------

    def start_sending(self) -> None:
        """POST deliveries from now on (what ``send=None`` means once a server serves the fake)."""
        with self._lock:
            if self.send is None:
                self.send = True

    def _enqueue(self, delivery: WebhookDelivery, delay: float, *, new: bool = False) -> None:
        # called with the lock held
        if self._closed:
            delivery.given_up = True
            if not new:
                self._pending -= 1
            return
        if self._worker is None:
            self._worker = threading.Thread(
                target=self._run, name="fake-livechat-webhooks", daemon=True
            )
            self._worker.start()
        if new:
            self._pending += 1
        heapq.heappush(self._queue, (time.monotonic() + delay, next(self._order), delivery))
        self._lock.notify_all()

    def _run(self) -> None:
        with httpx.Client(timeout=self.timeout, trust_env=False) as client:
            while True:
                with self._lock:
                    while not self._closed and (
                        not self._queue or self._queue[0][0] > time.monotonic()
                    ):
                        wait = self._queue[0][0] - time.monotonic() if self._queue else None
                        self._lock.wait(wait)
                    if self._closed:
                        return
                    _, _, delivery = heapq.heappop(self._queue)
                outcome = self._post(client, delivery)
                with self._lock:
                    delivery.attempts.append(outcome)
                    if self._stopping():
                        return
                    retries_made = len(delivery.attempts) - 1
                    if isinstance(outcome, int) and 200 <= outcome < 300:
                        delivery.delivered = True
                    elif retries_made < len(self.retry_delays):
                        self._enqueue(delivery, self.retry_delays[retries_made])
                        continue
                    else:
                        delivery.given_up = True
                    self._pending -= 1
                    self._lock.notify_all()

    def _stopping(self) -> bool:
        return self._closed

    @staticmethod
    def _post(client: httpx.Client, delivery: WebhookDelivery) -> int | str:
        try:
            response = client.post(
                delivery.url,
                content=delivery.body,
                headers={"Content-Type": "application/json", "User-Agent": "FakeLiveChat"},
            )
        except httpx.HTTPError as exc:
            return type(exc).__name__
        except Exception as exc:  # a URL httpx cannot even use: a failed attempt, not a crash
            return type(exc).__name__
        return response.status_code

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait until every queued delivery is delivered or given up; ``False`` on timeout."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(left)
        return True

    def close(self) -> None:
        """Give up the queued deliveries and redeliveries and stop the sending thread (a later
        delivery starts another one)."""
        with self._lock:
            self._closed = True
            for _, _, delivery in self._queue:
                delivery.given_up = True
            self._queue.clear()
            self._pending = 0
            self._lock.notify_all()
            worker = self._worker
        if worker is not None and worker is not threading.current_thread():
            worker.join(timeout=self.timeout + 5)
        with self._lock:
            self._closed = False
            self._worker = None


def _ids_match(rule: Any, present: set[Any]) -> bool:
    if not isinstance(rule, dict):
        return True
    if "values" in rule:
        return bool(set(rule["values"]) & present)
    if "exclude_values" in rule:
        return not set(rule["exclude_values"]) & present
    return True
