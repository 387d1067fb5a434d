"""``FakeLiveChat``: the documented behaviour of the 36 actions, through a *strict* client.

Every call goes through ``fake.client(strict=True)``, so every answer of the fake must parse with
the response models in strict mode (anything undocumented raises ``ResponseValidationError``).
The expectations come from the Agent Chat Web API v3.6 docs (quoted in the docstrings).

Sections: chats (start / resume / deactivate / follow / get), access (transfer), users, events,
properties, tags, customers, routing status, other actions, pagination, errors and regions, every
action in one tour, spec-valid hypothesis inputs, and a hypothesis state machine.

Tests whose docstring starts with ``SPEC DEVIATION`` fail on purpose: they pin a difference
between the fake and the spec, to be fixed in ``livechat_typed/testing/handlers/``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
)

from livechat_typed import AgentWeb, errors
from livechat_typed.testing import DEFAULT_AGENT, DEFAULT_TOKEN, FakeLiveChat

from ..spec_strategies import ACTION_NAMES, valid_kwargs

JANE, ZOE, BOT = "jane@example.com", "zoe@example.com", "bot-1"
JANE_TOKEN, ZOE_TOKEN = "dal:jane-token", "dal:zoe-token"
ROSTER = {DEFAULT_AGENT: [0], JANE: [0, 1], ZOE: [0], BOT: [1]}
"""Agents and their groups: Zoe sees group 0 only, Jane groups 0 and 1, the bot group 1."""

SHORT_ID = re.compile(r"[A-Z0-9]{10}")
UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
NO_CUSTOMER = "b7eff798-f8df-4364-8059-649c35c9ed0c"
WIRE_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


# --- fixtures and helpers ------------------------------------------------------------------------


@dataclass
class World:
    """A fake with three agents and a strict client for each."""

    fake: FakeLiveChat
    agent: AgentWeb
    jane: AgentWeb
    zoe: AgentWeb

    def start(self, *texts: str, **options: Any) -> tuple[str, str]:
        """Start a chat (as the default agent) with one message per text; its chat/thread IDs."""
        if texts:
            events = [{"type": "message", "text": text} for text in texts]
            chat = dict(options.pop("chat", {}))
            chat["thread"] = {**chat.get("thread", {}), "events": events}
            options["chat"] = chat
        started = self.agent.start_chat(**options)
        return started.chat_id, started.thread_id

    def events(self, chat_id: str) -> list[dict[str, Any]]:
        return self.fake.state.events(chat_id)

    def raw_chat(self, chat_id: str, thread_id: str | None = None) -> dict[str, Any]:
        """``get_chat``'s JSON body (after checking that the strict client accepts it)."""
        self.agent.get_chat(chat_id=chat_id, thread_id=thread_id)
        response = self.agent.raw.get_chat(chat_id=chat_id, thread_id=thread_id)
        assert response.status_code == 200
        return response.json()  # type: ignore[no-any-return]


def new_world() -> World:
    fake = FakeLiveChat(
        tokens={DEFAULT_TOKEN: DEFAULT_AGENT, JANE_TOKEN: JANE, ZOE_TOKEN: ZOE}, agents=ROSTER
    )
    return World(
        fake,
        fake.client(strict=True),
        fake.client(JANE_TOKEN, strict=True),
        fake.client(ZOE_TOKEN, strict=True),
    )


@pytest.fixture
def world() -> Iterator[World]:
    w = new_world()
    yield w
    for client in (w.agent, w.jane, w.zoe):
        client.close()


def contains(sent: Any, got: Any) -> bool:
    """Whether ``got`` holds everything of ``sent`` (recursively; extra keys in ``got`` allowed)."""
    if isinstance(sent, dict):
        return isinstance(got, dict) and all(
            k in got and contains(v, got[k]) for k, v in sent.items()
        )
    if isinstance(sent, list):
        return (
            isinstance(got, list)
            and len(sent) == len(got)
            and all(contains(a, b) for a, b in zip(sent, got, strict=True))
        )
    return bool(sent == got)


def stamp(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def accepted(fake: FakeLiveChat) -> list[str]:
    return [action for action, _ in fake.requests]


# --- chats ---------------------------------------------------------------------------------------


def test_start_chat_creates_a_chat_with_an_active_thread_and_the_initial_events(
    world: World,
) -> None:
    """start_chat: ``chat_id``, ``thread_id`` and ``event_ids`` (only for events sent)."""
    started = world.agent.start_chat(
        chat={
            "properties": {"routing": {"priority": 2}},
            "thread": {
                "events": [
                    {"type": "message", "text": "hello", "custom_id": "c-1"},
                    {"type": "custom", "content": {"k": [1, 2]}},
                ],
                "properties": {"source": {"url": "https://example.com"}},
            },
        }
    )
    assert SHORT_ID.fullmatch(started.chat_id) and SHORT_ID.fullmatch(started.thread_id)
    assert started.event_ids == [f"{started.thread_id}_1", f"{started.thread_id}_2"]

    raw = world.raw_chat(started.chat_id)
    thread = raw["thread"]
    assert raw["id"] == started.chat_id and thread["id"] == started.thread_id
    assert thread["active"] is True
    assert raw["properties"] == {"routing": {"priority": 2}}
    assert thread["properties"] == {"source": {"url": "https://example.com"}}
    assert [user["id"] for user in raw["users"]] == [DEFAULT_AGENT]
    assert thread["user_ids"] == [DEFAULT_AGENT]
    assert raw["is_followed"] is False
    events = thread["events"]
    assert [e["id"] for e in events] == started.event_ids
    assert events[0]["text"] == "hello" and events[0]["custom_id"] == "c-1"
    assert all(e["author_id"] == DEFAULT_AGENT and e["visibility"] == "all" for e in events)
    # Timestamps: UTC with microseconds, events after their thread, in order.
    stamps = [thread["created_at"], *(e["created_at"] for e in events)]
    assert all(WIRE_STAMP.fullmatch(s) for s in stamps)
    assert [stamp(s) for s in stamps] == sorted(stamp(s) for s in stamps)
    assert len(set(stamps)) == len(stamps)

    parsed = world.agent.get_chat(chat_id=started.chat_id)
    assert parsed.thread is not None
    assert parsed.thread.created_at == stamp(thread["created_at"])
    assert parsed.thread.created_at.utcoffset() == timedelta(0)


def test_start_chat_without_events_returns_no_event_ids(world: World) -> None:
    started = world.agent.start_chat()
    assert started.event_ids is None
    assert world.events(started.chat_id) == []
    assert "event_ids" not in world.agent.raw.start_chat().json()


def test_start_chat_inactive_creates_an_inactive_thread(world: World) -> None:
    """``active: false`` creates an inactive thread: no events can be sent to it."""
    started = world.agent.start_chat(active=False)
    thread = world.agent.get_chat(chat_id=started.chat_id).thread
    assert thread is not None and thread.active is False
    with pytest.raises(errors.ChatInactiveError):
        world.agent.send_event(chat_id=started.chat_id, event={"type": "message", "text": "x"})
    assert world.events(started.chat_id) == []
    listed = world.agent.list_chats(filters={"active": False})
    assert [chat.id for chat in listed.chats_summary] == [started.chat_id]


def test_start_chat_with_users_and_access(world: World) -> None:
    customer = world.agent.create_customer(name="Carla").customer_id
    started = world.agent.start_chat(
        chat={
            "users": [{"id": customer, "type": "customer"}, {"id": JANE, "type": "agent"}],
            "access": {"group_ids": [1]},
        }
    )
    raw = world.raw_chat(started.chat_id)
    assert {(u["id"], u["type"]) for u in raw["users"]} == {
        (DEFAULT_AGENT, "agent"),
        (JANE, "agent"),
        (customer, "customer"),
    }
    assert raw["access"] == {"group_ids": [1]} and raw["thread"]["access"] == {"group_ids": [1]}
    assert set(raw["thread"]["user_ids"]) == {DEFAULT_AGENT, JANE, customer}
    # Zoe (group 0 only) has no access to a group-1 chat; Jane (group 1) has.
    with pytest.raises(errors.MissingAccessError):
        world.zoe.get_chat(chat_id=started.chat_id)
    assert world.jane.get_chat(chat_id=started.chat_id).id == started.chat_id
    assert world.zoe.list_chats().found_chats == 0


def test_start_chat_moves_the_requesters_events_seen_up_to_spec(world: World) -> None:
    """SPEC DEVIATION (start_chat): "Requester's `events_seen_up_to` moves to the newest event."

    The fake leaves it unset after a start_chat with initial events (send_event does move it).
    """
    chat_id, _ = world.start("one", "two")
    newest = world.events(chat_id)[-1]["created_at"]
    me = next(u for u in world.raw_chat(chat_id)["users"] if u["id"] == DEFAULT_AGENT)
    assert me.get("events_seen_up_to") == newest


def test_start_chat_refused_for_a_bad_initial_event_stores_nothing_spec(world: World) -> None:
    """SPEC DEVIATION: an initial ``file`` event with a foreign URL gets ``validation``, but the
    chat, its thread and the initial events before the bad one stay stored."""
    before = copy.deepcopy(world.fake.state)
    with pytest.raises(errors.APIValidationError):
        world.agent.start_chat(
            chat={
                "thread": {
                    "events": [
                        {"type": "message", "text": "kept?"},
                        {"type": "file", "url": "https://evil.example.com/x.png"},
                    ]
                }
            }
        )
    assert world.fake.state.chats == before.chats
    assert world.agent.list_chats().found_chats == 0


def test_resume_chat_opens_a_new_thread_linked_to_the_previous_one(world: World) -> None:
    """resume_chat: only an inactive chat; the new thread is linked by previous/next IDs."""
    chat_id, first = world.start("before")
    world.agent.deactivate_chat(id=chat_id)
    resumed = world.agent.resume_chat(
        chat={"id": chat_id, "thread": {"events": [{"type": "message", "text": "again"}]}}
    )
    second = resumed.thread_id
    assert SHORT_ID.fullmatch(second) and second != first
    assert resumed.event_ids == [f"{second}_1"]

    latest = world.raw_chat(chat_id)["thread"]
    assert latest["id"] == second and latest["active"] is True
    assert latest["previous_thread_id"] == first and "next_thread_id" not in latest
    old = world.raw_chat(chat_id, first)["thread"]
    assert old["active"] is False and old["next_thread_id"] == second
    assert "previous_thread_id" not in old
    assert stamp(latest["created_at"]) > stamp(old["created_at"])
    threads = world.agent.list_threads(chat_id=chat_id)
    assert threads.found_threads == 2 and [t.id for t in threads.threads] == [second, first]
    # Events go to the new thread now.
    sent = world.agent.send_event(chat_id=chat_id, event={"type": "message", "text": "x"})
    assert sent.event_id == f"{second}_2"


def test_resume_chat_inactive_and_of_an_active_chat(world: World) -> None:
    chat_id, _ = world.start()
    with pytest.raises(errors.APIValidationError):
        world.agent.resume_chat(chat={"id": chat_id})
    assert len(world.fake.state.chats[chat_id].threads) == 1
    world.agent.deactivate_chat(id=chat_id)
    resumed = world.agent.resume_chat(chat={"id": chat_id}, active=False)
    thread = world.agent.get_chat(chat_id=chat_id).thread
    assert thread is not None and thread.id == resumed.thread_id and thread.active is False
    with pytest.raises(errors.NotFoundError):
        world.agent.resume_chat(chat={"id": "NOSUCHCHAT"})


def test_resume_chat_refused_changes_nothing_spec(world: World) -> None:
    """SPEC DEVIATION: resume_chat naming an unknown customer answers ``not_found`` but has
    already replaced the chat's access and properties."""
    chat_id, _ = world.start(chat={"properties": {"ns": {"a": 1}}})
    world.agent.deactivate_chat(id=chat_id)
    before = copy.deepcopy(world.fake.state.chats[chat_id])
    with pytest.raises(errors.NotFoundError):
        world.agent.resume_chat(
            chat={
                "id": chat_id,
                "access": {"group_ids": [1]},
                "properties": {"ns": {"a": 2}},
                "users": [{"id": "00000000-0000-4000-8000-000000000000", "type": "customer"}],
            }
        )
    assert world.fake.state.chats[chat_id] == before


def test_deactivate_chat_closes_the_thread(world: World) -> None:
    """deactivate_chat, then send_event gets ``chat_inactive``, except a system message with
    ``attach_to_last_thread=True``, appended to the last thread."""
    chat_id, thread_id = world.start("hi")
    assert world.agent.deactivate_chat(id=chat_id).model_dump() == {}
    raw = world.raw_chat(chat_id)["thread"]
    assert raw["active"] is False
    closing = raw["events"][-1]
    assert closing["type"] == "system_message" and "author_id" not in closing
    assert closing["system_message_type"] == "manual_archived_agent"

    with pytest.raises(errors.ChatInactiveError):
        world.agent.deactivate_chat(id=chat_id)
    message = {"type": "message", "text": "late"}
    with pytest.raises(errors.ChatInactiveError):
        world.agent.send_event(chat_id=chat_id, event=message)
    with pytest.raises(errors.ChatInactiveError):
        world.agent.send_event(chat_id=chat_id, event=message, attach_to_last_thread=True)
    system = {"type": "system_message", "system_message_type": "transcript_sent", "text": "sent"}
    with pytest.raises(errors.ChatInactiveError):
        world.agent.send_event(chat_id=chat_id, event=system)
    assert len(world.events(chat_id)) == 2

    sent = world.agent.send_event(chat_id=chat_id, event=system, attach_to_last_thread=True)
    assert sent.event_id == f"{thread_id}_3"
    raw = world.raw_chat(chat_id)["thread"]
    assert raw["active"] is False and raw["events"][-1]["system_message_type"] == "transcript_sent"
    assert len(world.fake.state.chats[chat_id].threads) == 1


def test_deactivate_chat_requires_presence_unless_ignored(world: World) -> None:
    """ "Requester must be a chat user unless ``ignore_requester_presence=true``"."""
    chat_id, _ = world.start()
    with pytest.raises(errors.AuthorizationError):
        world.jane.deactivate_chat(id=chat_id)
    assert world.fake.state.chats[chat_id].active_thread is not None
    world.jane.deactivate_chat(id=chat_id, ignore_requester_presence=True)
    assert world.fake.state.chats[chat_id].active_thread is None


def test_follow_and_unfollow_chat(world: World) -> None:
    chat_id, _ = world.start()
    assert world.jane.get_chat(chat_id=chat_id).is_followed is False
    world.jane.follow_chat(id=chat_id)
    world.jane.follow_chat(id=chat_id)  # following twice is harmless
    assert world.jane.get_chat(chat_id=chat_id).is_followed is True
    assert world.jane.list_chats().chats_summary[0].is_followed is True
    # Following is per requester.
    assert world.agent.get_chat(chat_id=chat_id).is_followed is False
    world.jane.unfollow_chat(id=chat_id)
    assert world.jane.get_chat(chat_id=chat_id).is_followed is False
    world.jane.unfollow_chat(id=chat_id)
    with pytest.raises(errors.NotFoundError):
        world.jane.follow_chat(id="NOSUCHCHAT")


def test_following_stops_when_the_chat_is_reactivated_spec(world: World) -> None:
    """SPEC DEVIATION (follow_chat): "Following delivers every change of the chat to the
    requester; this stops on unfollow or when the chat is reactivated." The fake keeps
    ``is_followed`` true after resume_chat."""
    chat_id, _ = world.start()
    world.jane.follow_chat(id=chat_id)
    world.agent.deactivate_chat(id=chat_id)
    world.agent.resume_chat(chat={"id": chat_id})
    assert world.jane.get_chat(chat_id=chat_id).is_followed is False


def test_get_chat_of_a_given_thread_and_unknown_ids(world: World) -> None:
    chat_id, first = world.start("one")
    world.agent.deactivate_chat(id=chat_id)
    world.agent.resume_chat(chat={"id": chat_id})
    chat = world.agent.get_chat(chat_id=chat_id, thread_id=first)
    assert chat.thread is not None and chat.thread.id == first
    with pytest.raises(errors.NotFoundError):
        world.agent.get_chat(chat_id="NOSUCHCHAT")
    with pytest.raises(errors.NotFoundError):
        world.agent.get_chat(chat_id=chat_id, thread_id="NOSUCHTHRD")


# --- chat access -----------------------------------------------------------------------------


def test_transfer_chat_to_an_agent(world: World) -> None:
    customer = world.agent.create_customer(name="C").customer_id
    chat_id, _ = world.start(chat={"users": [{"id": customer, "type": "customer"}]})
    world.agent.transfer_chat(id=chat_id, target={"type": "agent", "ids": [JANE]})
    raw = world.raw_chat(chat_id)
    assert {u["id"] for u in raw["users"]} == {JANE, customer}
    assert set(raw["thread"]["user_ids"]) == {JANE, customer}
    note = raw["thread"]["events"][-1]
    assert note["type"] == "system_message" and note["system_message_type"] == "chat_transferred"
    # The former agent is no longer a chat user: presence-bound actions need the override.
    with pytest.raises(errors.AuthorizationError):
        world.agent.deactivate_chat(id=chat_id)
    world.jane.send_event(chat_id=chat_id, event={"type": "message", "text": "Jane here"})


def test_transfer_chat_to_a_group_changes_access(world: World) -> None:
    chat_id, _ = world.start()
    assert world.zoe.get_chat(chat_id=chat_id).id == chat_id  # group 0: the whole license
    world.agent.transfer_chat(id=chat_id, target={"type": "group", "ids": [1]})
    raw = world.raw_chat(chat_id)
    assert raw["access"] == {"group_ids": [1]} and raw["thread"]["access"] == {"group_ids": [1]}
    assert raw["thread"]["events"][-1]["system_message_type"] == "chat_transferred"
    with pytest.raises(errors.MissingAccessError):
        world.zoe.get_chat(chat_id=chat_id)
    assert world.jane.get_chat(chat_id=chat_id).access is not None
    assert [c.id for c in world.jane.list_chats().chats_summary] == [chat_id]
    assert world.zoe.list_chats().found_chats == 0


def test_transfer_chat_refusals(world: World) -> None:
    chat_id, _ = world.start()
    with pytest.raises(errors.NotFoundError):
        world.agent.transfer_chat(id=chat_id, target={"type": "agent", "ids": ["ghost@x.com"]})
    with pytest.raises(errors.NotFoundError):
        world.agent.transfer_chat(id="NOSUCHCHAT", target={"type": "group", "ids": [0]})
    with pytest.raises(errors.AuthorizationError):
        world.jane.transfer_chat(id=chat_id, target={"type": "group", "ids": [1]})
    assert world.fake.state.chats[chat_id].access == [0]
    world.agent.deactivate_chat(id=chat_id)
    with pytest.raises(errors.ChatInactiveError):
        world.agent.transfer_chat(id=chat_id, target={"type": "group", "ids": [1]})


def test_transfer_chat_to_an_agent_without_access_is_refused_spec(world: World) -> None:
    """SPEC DEVIATION (transfer_chat): "Agent targets must have access to the chat." Zoe (group
    0 only) cannot see a group-1 chat, yet the fake transfers it to her."""
    chat_id, _ = world.start(chat={"access": {"group_ids": [1]}})
    with pytest.raises(errors.APIError):
        world.agent.transfer_chat(id=chat_id, target={"type": "agent", "ids": [ZOE]})
    assert ZOE not in world.fake.state.chats[chat_id].users


# --- chat users --------------------------------------------------------------------------------


def test_add_and_remove_users(world: World) -> None:
    chat_id, _ = world.start()
    customer = world.agent.create_customer(name="C").customer_id
    world.agent.add_user_to_chat(
        chat_id=chat_id, user_id=JANE, user_type="agent", visibility="agents"
    )
    world.agent.add_user_to_chat(
        chat_id=chat_id, user_id=customer, user_type="customer", visibility="all"
    )
    raw = world.raw_chat(chat_id)
    users = {u["id"]: u for u in raw["users"]}
    assert set(users) == {DEFAULT_AGENT, JANE, customer}
    assert users[JANE]["type"] == "agent" and users[JANE]["visibility"] == "agents"
    assert users[customer]["type"] == "customer" and users[customer]["name"] == "C"
    assert set(raw["thread"]["user_ids"]) == set(users)
    assert world.agent.get_customer(id=customer).chat_ids == [chat_id]

    second = world.agent.create_customer(name="D").customer_id
    with pytest.raises(errors.APIValidationError):  # at most one customer per chat
        world.agent.add_user_to_chat(
            chat_id=chat_id, user_id=second, user_type="customer", visibility="all"
        )
    with pytest.raises(errors.NotFoundError):
        world.agent.add_user_to_chat(
            chat_id=chat_id, user_id="ghost@x.com", user_type="agent", visibility="all"
        )
    with pytest.raises(errors.AuthorizationError):  # Zoe is not a chat user
        world.zoe.add_user_to_chat(
            chat_id=chat_id, user_id=ZOE, user_type="agent", visibility="all"
        )
    world.zoe.add_user_to_chat(
        chat_id=chat_id,
        user_id=ZOE,
        user_type="agent",
        visibility="all",
        ignore_requester_presence=True,
    )

    world.agent.remove_user_from_chat(chat_id=chat_id, user_id=JANE, user_type="agent")
    raw = world.raw_chat(chat_id)
    assert {u["id"] for u in raw["users"]} == {DEFAULT_AGENT, ZOE, customer}
    assert JANE not in raw["thread"]["user_ids"]
    with pytest.raises(errors.NotFoundError):
        world.agent.remove_user_from_chat(chat_id=chat_id, user_id=JANE, user_type="agent")
    with pytest.raises(errors.AuthorizationError):
        world.jane.remove_user_from_chat(chat_id=chat_id, user_id=ZOE, user_type="agent")


def test_add_user_to_an_inactive_chat_is_refused_spec(world: World) -> None:
    """SPEC DEVIATION (add_user_to_chat): "Chat must be active". The fake adds the user."""
    chat_id, _ = world.start()
    world.agent.deactivate_chat(id=chat_id)
    with pytest.raises(errors.ChatInactiveError):
        world.agent.add_user_to_chat(
            chat_id=chat_id, user_id=JANE, user_type="agent", visibility="all"
        )
    assert JANE not in world.fake.state.chats[chat_id].users


def test_add_customer_with_agents_visibility_is_refused_spec(world: World) -> None:
    """SPEC DEVIATION (add_user_to_chat): "customers must use ``visibility: all``"."""
    chat_id, _ = world.start()
    customer = world.agent.create_customer(name="C").customer_id
    with pytest.raises(errors.APIValidationError):
        world.agent.add_user_to_chat(
            chat_id=chat_id, user_id=customer, user_type="customer", visibility="agents"
        )
    assert customer not in world.fake.state.chats[chat_id].users


def test_the_customer_cannot_be_removed_spec(world: World) -> None:
    """SPEC DEVIATION (remove_user_from_chat): "The customer cannot be removed (``user_type``
    only ``agent``)". The fake removes the customer when given its ID with ``user_type=agent``."""
    customer = world.agent.create_customer(name="C").customer_id
    chat_id, _ = world.start(chat={"users": [{"id": customer, "type": "customer"}]})
    with pytest.raises(errors.APIError):
        world.agent.remove_user_from_chat(chat_id=chat_id, user_id=customer, user_type="agent")
    assert customer in world.fake.state.chats[chat_id].users


# --- events ------------------------------------------------------------------------------------

EVENTS: dict[str, dict[str, Any]] = {
    "message": {
        "type": "message",
        "text": "Hello ☃",
        "custom_id": "m-1",
        "visibility": "agents",
        "properties": {"ns": {"flag": True}},
    },
    "custom": {"type": "custom", "custom_id": "c-1", "content": {"a": [1, {"b": None}], "c": "d"}},
    "system_message": {
        "type": "system_message",
        "system_message_type": "routing.idle",
        "text": "Idle for {minutes}",
        "text_vars": {"minutes": "5"},
        "visibility": "all",
    },
    "form": {
        "type": "form",
        "form_id": "f1",
        "fields": [
            {"type": "name", "id": "n", "label": "Name", "required": True},
            {"type": "radio", "id": "r", "label": "R", "options": [{"id": "o1", "label": "One"}]},
            {
                "type": "group_chooser",
                "id": "g",
                "label": "Group",
                "options": [{"id": "g1", "group_id": 1, "label": "Sales"}],
            },
        ],
    },
    "filled_form": {
        "type": "filled_form",
        "form_id": "f1",
        "fields": [
            {"type": "name", "id": "n", "label": "Name", "answer": "Ann"},
            {"type": "radio", "id": "r", "label": "R", "answer": {"id": "o1", "label": "One"}},
            {"type": "checkbox", "id": "c", "label": "C", "answers": [{"id": "a", "label": "A"}]},
            {
                "type": "group_chooser",
                "id": "g",
                "label": "Group",
                "answer": {"id": "g1", "group_id": 1, "label": "Sales"},
            },
        ],
    },
    "rich_message": {
        "type": "rich_message",
        "template_id": "cards",
        "elements": [
            {
                "title": "Pick",
                "subtitle": "one",
                "image": {"url": "https://example.com/i.png", "alternative_text": "i"},
                "buttons": [
                    {"text": "Yes", "type": "message", "value": "yes", "postback_id": "yes"},
                    {"text": "No", "type": "message", "value": "no", "postback_id": "no"},
                ],
            }
        ],
    },
}


@pytest.mark.parametrize("kind", sorted(EVENTS))
def test_send_event_of_every_type(world: World, kind: str) -> None:
    chat_id, thread_id = world.start("first")
    sent = world.agent.send_event(chat_id=chat_id, event=EVENTS[kind])
    assert sent.event_id == f"{thread_id}_2"
    stored = world.raw_chat(chat_id)["thread"]["events"][-1]
    assert stored["id"] == sent.event_id and WIRE_STAMP.fullmatch(stored["created_at"])
    assert contains(EVENTS[kind], stored), stored
    assert stored["visibility"] == EVENTS[kind].get("visibility", "all")
    if kind == "system_message":
        assert "author_id" not in stored
    else:
        assert stored["author_id"] == DEFAULT_AGENT
    if kind == "rich_message":
        buttons = stored["elements"][0]["buttons"]
        assert [b["user_ids"] for b in buttons] == [[], []]  # filled in by the server
    parsed = world.agent.get_chat(chat_id=chat_id).thread
    assert parsed is not None and parsed.events is not None
    assert parsed.events[-1].type == kind  # a documented variant, not UnknownEvent


def test_send_event_moves_the_requesters_events_seen_up_to(world: World) -> None:
    """send_event: "Updates the requester's ``events_seen_up_to``"."""
    chat_id, _ = world.start()
    world.agent.send_event(chat_id=chat_id, event={"type": "message", "text": "x"})
    created = world.events(chat_id)[-1]["created_at"]
    me = next(u for u in world.raw_chat(chat_id)["users"] if u["id"] == DEFAULT_AGENT)
    assert me["events_seen_up_to"] == created


def test_send_event_refusals(world: World) -> None:
    world.start()
    with pytest.raises(errors.NotFoundError):
        world.agent.send_event(chat_id="NOSUCHCHAT", event={"type": "message", "text": "x"})
    chat_id_g1, _ = world.start(chat={"access": {"group_ids": [1]}})
    with pytest.raises(errors.MissingAccessError):
        world.zoe.send_event(chat_id=chat_id_g1, event={"type": "message", "text": "x"})
    assert world.fake.state.events() == []


def test_send_event_by_a_non_member_is_refused_spec(world: World) -> None:
    """SPEC DEVIATION (send_event): "Requester must already be a chat user." Jane can access
    the chat (group 0) but is not in it; the fake stores her message."""
    chat_id, _ = world.start()
    with pytest.raises(errors.APIError):
        world.jane.send_event(chat_id=chat_id, event={"type": "message", "text": "intruder"})
    assert world.events(chat_id) == []


def test_message_answering_a_rich_message_keeps_its_postback(world: World) -> None:
    chat_id, thread_id = world.start()
    rich = world.agent.send_event(chat_id=chat_id, event=EVENTS["rich_message"]).event_id
    postback = {"id": "yes", "thread_id": thread_id, "event_id": rich, "type": "message"}
    postback["value"] = "yes"
    world.agent.send_event(
        chat_id=chat_id, event={"type": "message", "text": "yes", "postback": postback}
    )
    assert world.raw_chat(chat_id)["thread"]["events"][-1]["postback"] == postback


def test_upload_file_returns_a_url_for_a_file_event(world: World) -> None:
    chat_id, _ = world.start()
    content = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    url = world.agent.upload_file(file=("pic.png", content, "image/png")).url
    assert url.startswith("https://") and url.endswith("/pic.png")
    assert world.fake.state.uploads[url].content == content
    sent = world.agent.send_event(
        chat_id=chat_id, event={"type": "file", "url": url, "alternative_text": "a pic"}
    )
    stored = world.raw_chat(chat_id)["thread"]["events"][-1]
    assert stored["id"] == sent.event_id and stored["type"] == "file"
    assert stored["url"] == url and stored["name"] == "pic.png"
    assert stored["content_type"] == "image/png" and stored["size"] == len(content)
    assert stored["alternative_text"] == "a pic"
    # A second upload gets its own URL.
    other = world.agent.upload_file(file=("pic.png", b"other", "image/png")).url
    assert other != url


def test_a_file_event_with_a_foreign_url_is_refused(world: World) -> None:
    """FileEventRequest.url "must point at the LiveChat CDN; use the URL from upload_file"."""
    chat_id, _ = world.start()
    before = copy.deepcopy(world.fake.state)
    with pytest.raises(errors.APIValidationError):
        world.agent.send_event(
            chat_id=chat_id, event={"type": "file", "url": "https://example.com/x.png"}
        )
    assert world.fake.state == before


def test_rich_message_postback_toggles_user_ids(world: World) -> None:
    chat_id, thread_id = world.start()
    world.agent.add_user_to_chat(chat_id=chat_id, user_id=JANE, user_type="agent", visibility="all")
    event_id = world.agent.send_event(chat_id=chat_id, event=EVENTS["rich_message"]).event_id

    def user_ids() -> list[list[str]]:
        chat = world.agent.get_chat(chat_id=chat_id)
        assert chat.thread is not None and chat.thread.events is not None
        rich = next(e for e in chat.thread.events if e.id == event_id)
        return [list(b.user_ids or []) for el in rich.elements or [] for b in el.buttons or []]

    def click(client: AgentWeb, button: str, toggled: bool) -> None:
        client.send_rich_message_postback(
            chat_id=chat_id,
            thread_id=thread_id,
            event_id=event_id,
            postback={"id": button, "toggled": toggled},
        )

    click(world.agent, "yes", True)
    assert user_ids() == [[DEFAULT_AGENT], []]
    click(world.agent, "yes", True)  # toggling on twice does not duplicate
    assert user_ids() == [[DEFAULT_AGENT], []]
    click(world.jane, "yes", True)
    click(world.jane, "no", True)
    assert user_ids() == [[DEFAULT_AGENT, JANE], [JANE]]
    click(world.agent, "yes", False)
    click(world.agent, "no", False)  # toggling off what was never on is harmless
    assert user_ids() == [[JANE], [JANE]]

    with pytest.raises(errors.NotFoundError):
        click(world.agent, "maybe", True)
    message = world.agent.send_event(chat_id=chat_id, event={"type": "message", "text": "x"})
    with pytest.raises(errors.APIValidationError):
        world.agent.send_rich_message_postback(
            chat_id=chat_id,
            thread_id=thread_id,
            event_id=message.event_id,
            postback={"id": "yes", "toggled": True},
        )
    with pytest.raises(errors.NotFoundError):
        world.agent.send_rich_message_postback(
            chat_id=chat_id,
            thread_id=thread_id,
            event_id=f"{thread_id}_99",
            postback={"id": "yes", "toggled": True},
        )


# --- properties --------------------------------------------------------------------------------


class Level:
    """Update/delete/read the properties of a chat, a thread or an event."""

    def __init__(self, world: World, level: str) -> None:
        self.world, self.level = world, level
        self.chat_id, self.thread_id = world.start("with props")
        self.event_id = world.events(self.chat_id)[0]["id"]

    def _ids(self) -> dict[str, str]:
        if self.level == "chat":
            return {"id": self.chat_id}
        ids = {"chat_id": self.chat_id, "thread_id": self.thread_id}
        if self.level == "event":
            ids["event_id"] = self.event_id
        return ids

    def update(self, properties: dict[str, Any]) -> None:
        call = getattr(self.world.agent, f"update_{self.level}_properties")
        assert call(**self._ids(), properties=properties).model_dump() == {}

    def delete(self, properties: dict[str, list[str]]) -> None:
        getattr(self.world.agent, f"delete_{self.level}_properties")(
            **self._ids(), properties=properties
        )

    def read(self) -> dict[str, Any]:
        raw = self.world.raw_chat(self.chat_id)
        if self.level == "chat":
            holder = raw
        elif self.level == "thread":
            holder = raw["thread"]
        else:
            holder = next(e for e in raw["thread"]["events"] if e["id"] == self.event_id)
        return holder.get("properties") or {}  # type: ignore[no-any-return]


@pytest.mark.parametrize("level", ["chat", "thread", "event"])
def test_properties_update_merges_and_delete_removes(world: World, level: str) -> None:
    target = Level(world, level)
    target.update({"routing": {"priority": 1, "vip": True}, "crm": {"id": "c-9"}})
    target.update({"routing": {"priority": 3}, "notes": {"text": "hi"}})
    assert target.read() == {
        "routing": {"priority": 3, "vip": True},
        "crm": {"id": "c-9"},
        "notes": {"text": "hi"},
    }
    target.delete({"routing": ["vip"], "crm": ["id"]})
    assert target.read() == {"routing": {"priority": 3}, "notes": {"text": "hi"}}
    with pytest.raises(errors.NotFoundError):
        target.delete({"routing": ["vip"]})
    with pytest.raises(errors.NotFoundError):
        target.delete({"nope": ["nothing"]})
    assert target.read() == {"routing": {"priority": 3}, "notes": {"text": "hi"}}


@pytest.mark.parametrize("level", ["chat", "thread", "event"])
def test_properties_of_unknown_targets(world: World, level: str) -> None:
    target = Level(world, level)
    target.chat_id = "NOSUCHCHAT"
    with pytest.raises(errors.NotFoundError):
        target.update({"ns": {"a": 1}})
    with pytest.raises(errors.NotFoundError):
        target.delete({"ns": ["a"]})


def test_a_refused_property_deletion_deletes_nothing_spec(world: World) -> None:
    """SPEC DEVIATION: deleting ``{ns: [present, missing]}`` answers ``not_found`` but has
    already deleted ``present`` (and, on an event, added an empty ``properties`` object). The
    same code serves chats, threads and events; all three are checked."""
    changed = []
    for level in ("chat", "thread", "event"):
        target = Level(world, level)
        target.update({"ns": {"a": 1, "b": 2}})
        state = copy.deepcopy(world.fake.state)
        with pytest.raises(errors.NotFoundError):
            target.delete({"ns": ["a", "missing"]})
        if world.fake.state != state or target.read() != {"ns": {"a": 1, "b": 2}}:
            changed.append(level)
    assert changed == []


def test_properties_on_a_system_message_stay_strict_spec(world: World) -> None:
    """SPEC DEVIATION: "System messages carry no ``author_id``/``properties``", yet
    update_event_properties on one succeeds and stores ``properties`` on it, after which every
    strict read of the thread fails (``thread.events[n].properties: undocumented field``).
    The fake should refuse the update (or never render it)."""
    chat_id, thread_id = world.start()
    world.agent.deactivate_chat(id=chat_id)
    system_id = world.events(chat_id)[-1]["id"]
    try:
        world.agent.update_event_properties(
            chat_id=chat_id, thread_id=thread_id, event_id=system_id, properties={"ns": {"a": 1}}
        )
    except errors.APIError:
        pass
    world.agent.get_chat(chat_id=chat_id)  # strict: must still parse
    world.agent.list_threads(chat_id=chat_id)


# --- thread tags -------------------------------------------------------------------------------


def test_tag_and_untag_thread(world: World) -> None:
    chat_id, thread_id = world.start("x")
    world.agent.tag_thread(chat_id=chat_id, thread_id=thread_id, tag="vip")
    world.agent.tag_thread(chat_id=chat_id, thread_id=thread_id, tag="vip")
    world.agent.tag_thread(chat_id=chat_id, thread_id=thread_id, tag="VIP")  # case-sensitive
    thread = world.agent.get_chat(chat_id=chat_id).thread
    assert thread is not None and thread.tags == ["vip", "VIP"]
    assert world.fake.state.tags() == {thread_id: ["vip", "VIP"]}
    world.agent.untag_thread(chat_id=chat_id, thread_id=thread_id, tag="vip")
    with pytest.raises(errors.NotFoundError):
        world.agent.untag_thread(chat_id=chat_id, thread_id=thread_id, tag="vip")
    world.agent.untag_thread(chat_id=chat_id, thread_id=thread_id, tag="VIP")
    assert "tags" not in world.raw_chat(chat_id)["thread"]  # only when the thread was tagged
    with pytest.raises(errors.NotFoundError):
        world.agent.tag_thread(chat_id=chat_id, thread_id="NOSUCHTHRD", tag="vip")
    with pytest.raises(errors.NotFoundError):
        world.agent.tag_thread(chat_id="NOSUCHCHAT", thread_id=thread_id, tag="vip")


# --- customers ---------------------------------------------------------------------------------


def test_customers_create_get_update_ban_follow(world: World) -> None:
    created = world.agent.create_customer(
        name="Ann", email="ann@example.com", session_fields=[{"plan": "pro"}, {"seat": "3"}]
    )
    customer_id = created.customer_id
    assert UUID4.fullmatch(customer_id)
    got = world.agent.get_customer(id=customer_id)
    assert (got.id, got.type, got.name, got.email) == (
        customer_id,
        "customer",
        "Ann",
        "ann@example.com",
    )
    assert got.session_fields == [{"plan": "pro"}, {"seat": "3"}]  # order kept
    assert got.created_at is not None and got.statistics is not None
    assert got.chat_ids is None  # only once the customer has had a chat
    raw = world.agent.raw.get_customer(id=customer_id).json()
    assert WIRE_STAMP.fullmatch(raw["created_at"])
    assert not {"banned_days", "followers"} & set(raw)

    world.agent.update_customer(id=customer_id, name="Anna", avatar="https://example.com/a.png")
    got = world.agent.get_customer(id=customer_id)
    assert (got.name, got.email, got.avatar) == (
        "Anna",
        "ann@example.com",
        "https://example.com/a.png",
    )
    world.agent.update_customer(id=customer_id, session_fields=[{"plan": "free"}])
    assert world.agent.get_customer(id=customer_id).session_fields == [{"plan": "free"}]

    world.agent.ban_customer(id=customer_id, ban={"days": 7})
    assert world.fake.state.customers[customer_id]["banned_days"] == 7

    world.agent.follow_customer(id=customer_id)
    world.jane.follow_customer(id=customer_id)
    world.agent.follow_customer(id=customer_id)
    assert world.fake.state.customers[customer_id]["followers"] == [DEFAULT_AGENT, JANE]
    world.agent.unfollow_customer(id=customer_id)
    world.agent.unfollow_customer(id=customer_id)
    assert world.fake.state.customers[customer_id]["followers"] == [JANE]

    bare = world.agent.create_customer().customer_id  # every field optional
    assert world.agent.get_customer(id=bare).name is None
    assert bare != customer_id


@pytest.mark.parametrize(
    ("action", "kwargs"),
    [
        ("get_customer", {}),
        ("update_customer", {"name": "X"}),
        ("ban_customer", {"ban": {"days": 1}}),
        ("follow_customer", {}),
        ("unfollow_customer", {}),
    ],
)
def test_customer_actions_on_an_unknown_id(
    world: World, action: str, kwargs: dict[str, Any]
) -> None:
    before = copy.deepcopy(world.fake.state)
    with pytest.raises(errors.NotFoundError):
        getattr(world.agent, action)(id=NO_CUSTOMER, **kwargs)
    assert world.fake.state == before


# --- routing status ------------------------------------------------------------------------------


def test_routing_statuses(world: World) -> None:
    world.agent.set_routing_status(status="not_accepting_chats")
    world.agent.set_routing_status(status="accepting_chats", agent_id=JANE)
    world.agent.set_routing_status(status="offline", agent_id=BOT)
    everyone = {e.agent_id: e.status for e in world.agent.list_routing_statuses().root}
    assert everyone == {
        DEFAULT_AGENT: "not_accepting_chats",
        JANE: "accepting_chats",
        ZOE: "accepting_chats",
        BOT: "offline",
    }
    group1 = world.agent.list_routing_statuses(filters={"group_ids": [1]}).root
    assert {e.agent_id for e in group1} == {JANE, BOT}
    raw = world.agent.raw.list_routing_statuses(filters={"group_ids": [0]}).json()
    assert isinstance(raw, list)  # a top-level array
    assert {e["agent_id"] for e in raw} == {DEFAULT_AGENT, JANE, ZOE}

    with pytest.raises(errors.APIValidationError):  # 'offline' only for bots
        world.agent.set_routing_status(status="offline")
    with pytest.raises(errors.APIValidationError):
        world.agent.set_routing_status(status="offline", agent_id=JANE)
    with pytest.raises(errors.NotFoundError):
        world.agent.set_routing_status(status="accepting_chats", agent_id="ghost@x.com")
    assert world.fake.state.agents[DEFAULT_AGENT]["routing_status"] == "not_accepting_chats"


# --- other -------------------------------------------------------------------------------------


def test_mark_events_as_seen(world: World) -> None:
    chat_id, _ = world.start("a", "b")
    world.agent.mark_events_as_seen(chat_id=chat_id, seen_up_to="2024-07-15T11:30:00.5+02:00")
    me = next(u for u in world.raw_chat(chat_id)["users"] if u["id"] == DEFAULT_AGENT)
    assert me["events_seen_up_to"] == "2024-07-15T09:30:00.500000Z"
    moment = datetime(2024, 7, 16, 8, 0, tzinfo=timezone.utc)
    world.agent.mark_events_as_seen(chat_id=chat_id, seen_up_to=moment)
    chat = world.agent.get_chat(chat_id=chat_id)
    me_parsed = next(u for u in chat.users if u.id == DEFAULT_AGENT)
    assert me_parsed.events_seen_up_to == moment
    with pytest.raises(errors.AuthorizationError):  # Jane is not a chat user
        world.jane.mark_events_as_seen(chat_id=chat_id, seen_up_to=moment)
    with pytest.raises(errors.NotFoundError):
        world.agent.mark_events_as_seen(chat_id="NOSUCHCHAT", seen_up_to=moment)


def test_typing_indicator_is_recorded(world: World) -> None:
    chat_id, _ = world.start()
    world.agent.send_typing_indicator(chat_id=chat_id, is_typing=True)
    world.agent.send_typing_indicator(chat_id=chat_id, is_typing=False, visibility="agents")
    assert [(t["chat_id"], t["agent_id"], t["is_typing"]) for t in world.fake.state.typing] == [
        (chat_id, DEFAULT_AGENT, True),
        (chat_id, DEFAULT_AGENT, False),
    ]
    assert world.events(chat_id) == []  # not an event
    world.agent.deactivate_chat(id=chat_id)
    with pytest.raises(errors.ChatInactiveError):
        world.agent.send_typing_indicator(chat_id=chat_id, is_typing=True)
    assert len(world.fake.state.typing) == 2


def test_multicast_is_recorded_not_stored_as_an_event(world: World) -> None:
    world.agent.multicast(
        recipients={"agents": {"groups": [1], "ids": [JANE]}, "customers": {"ids": ["c-1"]}},
        content={"note": "deploy at 5"},
        type="ops",
    )
    world.agent.multicast(recipients={"agents": {"all": True}}, content=["any", 1])
    assert world.fake.state.multicasts == [
        {
            "author_id": DEFAULT_AGENT,
            "recipients": {"agents": {"groups": [1], "ids": [JANE]}, "customers": {"ids": ["c-1"]}},
            "content": {"note": "deploy at 5"},
            "type": "ops",
        },
        {
            "author_id": DEFAULT_AGENT,
            "recipients": {"agents": {"all": True}},
            "content": ["any", 1],
        },
    ]
    assert world.fake.state.events() == [] and world.fake.state.chats == {}
    with pytest.raises(errors.APIValidationError):
        world.agent.multicast(recipients={}, content={"x": 1})
    assert len(world.fake.state.multicasts) == 2


def test_list_agents_for_transfer(world: World) -> None:
    """Least busy first; only online agents; chat users are not candidates; ``total_active_chats``
    counts chats with customers only."""
    chat_id, _ = world.start()
    customer = world.agent.create_customer().customer_id
    world.jane.start_chat(chat={"users": [{"id": customer, "type": "customer"}]})
    world.zoe.start_chat()  # no customer: does not count

    ranked = world.agent.list_agents_for_transfer(chat_id=chat_id).root
    assert [(a.agent_id, a.total_active_chats) for a in ranked] == [
        (ZOE, 0),
        (BOT, 0),
        (JANE, 1),
    ]
    assert isinstance(world.agent.raw.list_agents_for_transfer(chat_id=chat_id).json(), list)

    world.agent.set_routing_status(status="offline", agent_id=BOT)
    world.agent.set_routing_status(status="not_accepting_chats", agent_id=ZOE)  # still online
    world.agent.add_user_to_chat(chat_id=chat_id, user_id=JANE, user_type="agent", visibility="all")
    ranked = world.agent.list_agents_for_transfer(chat_id=chat_id).root
    assert [a.agent_id for a in ranked] == [ZOE]
    with pytest.raises(errors.NotFoundError):
        world.agent.list_agents_for_transfer(chat_id="NOSUCHCHAT")


def test_logout(world: World) -> None:
    chat_id, _ = world.start()
    world.agent.logout(agent_id=ZOE)
    assert world.fake.state.agents[ZOE]["logged_out"] is True
    statuses = {e.agent_id: e.status for e in world.agent.list_routing_statuses().root}
    assert statuses[ZOE] == "not_accepting_chats"
    assert ZOE not in {
        a.agent_id for a in world.agent.list_agents_for_transfer(chat_id=chat_id).root
    }
    with pytest.raises(errors.NotFoundError):
        world.agent.logout(agent_id="ghost@x.com")


# --- pagination ----------------------------------------------------------------------------------


def pages_of(
    fetch: Callable[..., Any],
    items: Callable[[Any], list[Any]],
    keep: dict[str, Any] | None = None,
    **first: Any,
) -> list[Any]:
    """Every page of a listing, following ``next_page_id`` by hand (``keep``: sent every time)."""
    keep = keep or {}
    page = fetch(**keep, **first)
    pages = [page]
    while page.next_page_id:
        page = fetch(**keep, page_id=page.next_page_id)
        pages.append(page)
        assert len(pages) < 50
    assert all(items(p) for p in pages)
    return pages


def test_list_chats_pagination(world: World) -> None:
    ids = [world.start(f"chat {i}", active=i % 3 != 0)[0] for i in range(7)]
    pages = pages_of(world.agent.list_chats, lambda p: p.chats_summary, limit=3)
    assert [len(p.chats_summary) for p in pages] == [3, 3, 1]
    seen = [c.id for p in pages for c in p.chats_summary]
    assert seen == ids[::-1]  # every chat once, newest first by default
    assert all(p.found_chats == 7 for p in pages)
    assert pages[0].previous_page_id is None and all(p.previous_page_id for p in pages[1:])
    back = world.agent.list_chats(page_id=pages[2].previous_page_id)
    assert [c.id for c in back.chats_summary] == [c.id for c in pages[1].chats_summary]

    assert [c.id for c in world.agent.iterate.list_chats(limit=2)] == ids[::-1]
    assert [c.id for c in world.agent.iterate.list_chats(limit=4, sort_order="asc")] == ids
    assert [c.id for c in world.agent.iterate.list_chats(limit=3, max_items=4)] == ids[::-1][:4]

    active = [c for i, c in enumerate(ids) if i % 3 != 0]
    inactive = [c for i, c in enumerate(ids) if i % 3 == 0]
    # The filters go with the first request only and stick for later pages.
    pages = pages_of(
        world.agent.list_chats, lambda p: p.chats_summary, limit=1, filters={"active": True}
    )
    assert [c.id for p in pages for c in p.chats_summary] == active[::-1]
    assert all(p.found_chats == len(active) for p in pages)
    for p in pages:
        assert all(c.last_thread_summary and c.last_thread_summary.active for c in p.chats_summary)
    listed = world.agent.iterate.list_chats(limit=2, filters={"active": False})
    assert [c.id for c in listed] == inactive[::-1]
    assert world.agent.list_chats(filters={"active": None}).found_chats == 7


def test_list_chats_summary_has_the_last_event_per_type(world: World) -> None:
    chat_id, thread_id = world.start("one", "two")
    world.agent.send_event(chat_id=chat_id, event=EVENTS["custom"])
    summary = world.agent.list_chats().chats_summary[0]
    assert summary.last_thread_summary is not None
    assert summary.last_thread_summary.id == thread_id
    latest = summary.last_event_per_type or {}
    assert set(latest) == {"message", "custom"}
    assert latest["message"].event.id == f"{thread_id}_2"
    assert latest["message"].thread_id == thread_id


def test_list_chats_filters_by_group_and_properties(world: World) -> None:
    plain, _ = world.start()
    sales, _ = world.start(
        chat={"access": {"group_ids": [1]}, "properties": {"crm": {"tier": "gold"}}}
    )
    assert [c.id for c in world.agent.list_chats(filters={"group_ids": [1]}).chats_summary] == [
        sales
    ]
    gold = world.agent.list_chats(filters={"properties": {"crm": {"tier": {"values": ["gold"]}}}})
    assert [c.id for c in gold.chats_summary] == [sales]
    without = world.agent.list_chats(filters={"properties": {"crm": {"tier": {"exists": False}}}})
    assert [c.id for c in without.chats_summary] == [plain]


def _chat_with_threads(world: World, count: int) -> tuple[str, list[str]]:
    chat_id, first = world.start("m0")
    threads = [first]
    for i in range(1, count):
        world.agent.deactivate_chat(id=chat_id)
        resumed = world.agent.resume_chat(
            chat={"id": chat_id, "thread": {"events": [{"type": "message", "text": f"m{i}"}]}}
        )
        threads.append(resumed.thread_id)
    return chat_id, threads


def test_list_threads_pagination_and_filters(world: World) -> None:
    chat_id, threads = _chat_with_threads(world, 5)
    pages = pages_of(world.agent.list_threads, lambda p: p.threads, {"chat_id": chat_id}, limit=2)
    assert [len(p.threads) for p in pages] == [2, 2, 1]
    assert [t.id for p in pages for t in p.threads] == threads[::-1]
    assert all(p.found_threads == 5 for p in pages)
    default = world.agent.list_threads(chat_id=chat_id)
    assert len(default.threads) == 3 and default.next_page_id  # default limit 3
    ascending = world.agent.iterate.list_threads(chat_id=chat_id, sort_order="asc", limit=2)
    assert [t.id for t in ascending] == threads

    created = {t.id: t.created_at for t in world.fake.state.chats[chat_id].threads}
    stamps = [created[t] for t in threads]
    window = {"from": stamps[1], "to": stamps[3]}
    found = world.agent.iterate.list_threads(chat_id=chat_id, filters=window, limit=1)
    assert [t.id for t in found] == threads[3:0:-1]
    only_from = world.agent.list_threads(chat_id=chat_id, filters={"from": stamps[4]})
    assert [t.id for t in only_from.threads] == [threads[4]]

    # min_events_count: as many newest threads as needed to reach that many events. The active
    # thread holds 1 event, every closed one 2 (the message and the archiving system message).
    newest = world.agent.list_threads(chat_id=chat_id, min_events_count=4)
    assert [t.id for t in newest.threads] == [threads[4], threads[3], threads[2]]
    assert [len(t.events or []) for t in newest.threads] == [1, 2, 2]
    with pytest.raises(errors.NotFoundError):
        world.agent.list_threads(chat_id="NOSUCHCHAT")


def test_list_archives_pagination_and_filters(world: World) -> None:
    chat_a, threads_a = _chat_with_threads(world, 3)
    chat_b, thread_b = world.start("Refund please", "thanks")
    chat_c, thread_c = world.start("hello", active=False)
    world.agent.tag_thread(chat_id=chat_a, thread_id=threads_a[1], tag="billing")
    world.agent.tag_thread(chat_id=chat_b, thread_id=thread_b, tag="billing")
    world.agent.tag_thread(chat_id=chat_b, thread_id=thread_b, tag="vip")
    everything = {(chat_a, t) for t in threads_a} | {(chat_b, thread_b), (chat_c, thread_c)}

    pages = pages_of(world.agent.list_archives, lambda p: p.chats, limit=2)
    hits = [(c.id, c.thread.id) for p in pages for c in p.chats if c.thread]
    assert len(hits) == len(everything) == 5 and set(hits) == everything  # each thread once
    assert all(p.found_chats == 5 for p in pages)
    created = [c.thread.created_at for p in pages for c in p.chats if c.thread]
    assert created == sorted(created, reverse=True)
    assert {
        (c.id, c.thread.id) for c in world.agent.iterate.list_archives(limit=3) if c.thread
    } == everything

    def found(**filters: Any) -> set[tuple[str, str]]:
        listed = world.agent.iterate.list_archives(filters=filters, limit=1)
        return {(c.id, c.thread.id) for c in listed if c.thread}

    assert found(query="REFUND") == {(chat_b, thread_b)}  # case-insensitive full text
    assert found(query="m1") == {(chat_a, threads_a[1])}
    assert found(tags={"values": ["billing"]}) == {(chat_a, threads_a[1]), (chat_b, thread_b)}
    assert found(tags={"values": ["billing", "vip"], "require_every_value": True}) == {
        (chat_b, thread_b)
    }
    assert found(tags={"exists": False}) == everything - found(tags={"exists": True})
    assert found(tags={"exclude_values": ["vip"]}) == everything - {(chat_b, thread_b)}
    assert (
        world.agent.list_archives(filters={"thread_ids": [threads_a[2], thread_c]}).found_chats == 2
    )
    stamp_of = {t.id: t.created_at for c in world.fake.state.chats.values() for t in c.threads}
    window = {"from": stamp_of[threads_a[2]], "to": stamp_of[thread_b]}
    assert found(**window) == {(chat_a, threads_a[2]), (chat_b, thread_b)}
    assert found(**{"from": stamp_of[thread_c]}) == {(chat_c, thread_c)}
    assert found(to=stamp_of[threads_a[0]]) == {(chat_a, threads_a[0])}


def test_a_bad_page_id_is_refused(world: World) -> None:
    with pytest.raises(errors.APIValidationError):
        world.agent.list_chats(page_id="not-a-cursor")


# --- errors and regions --------------------------------------------------------------------------


def test_a_bad_token_is_refused_and_nothing_happens(world: World) -> None:
    intruder = world.fake.client("dal:not-a-token", strict=True)
    for call in (
        lambda: intruder.list_chats(),
        lambda: intruder.start_chat(),
        lambda: intruder.create_customer(name="x"),
    ):
        with pytest.raises(errors.AuthenticationError) as info:
            call()
        assert info.value.status_code == 401
    assert world.fake.state.chats == {} and world.fake.state.customers == {}
    assert world.fake.requests == []


@pytest.mark.parametrize(
    ("action", "kwargs"),
    [
        ("list_threads", {"chat_id": "NOSUCHCHAT"}),
        ("get_chat", {"chat_id": "NOSUCHCHAT"}),
        ("deactivate_chat", {"id": "NOSUCHCHAT"}),
        ("follow_chat", {"id": "NOSUCHCHAT"}),
        ("unfollow_chat", {"id": "NOSUCHCHAT"}),
        ("resume_chat", {"chat": {"id": "NOSUCHCHAT"}}),
        ("transfer_chat", {"id": "NOSUCHCHAT"}),
        (
            "add_user_to_chat",
            {"chat_id": "NOSUCHCHAT", "user_id": JANE, "user_type": "agent", "visibility": "all"},
        ),
        ("remove_user_from_chat", {"chat_id": "NOSUCHCHAT", "user_id": JANE, "user_type": "agent"}),
        ("send_event", {"chat_id": "NOSUCHCHAT", "event": {"type": "message", "text": "x"}}),
        (
            "send_rich_message_postback",
            {
                "chat_id": "NOSUCHCHAT",
                "thread_id": "T",
                "event_id": "E",
                "postback": {"id": "p", "toggled": True},
            },
        ),
        ("update_chat_properties", {"id": "NOSUCHCHAT", "properties": {"a": {"b": 1}}}),
        ("delete_chat_properties", {"id": "NOSUCHCHAT", "properties": {"a": ["b"]}}),
        ("update_thread_properties", {"chat_id": "NOSUCHCHAT", "thread_id": "T", "properties": {}}),
        ("delete_thread_properties", {"chat_id": "NOSUCHCHAT", "thread_id": "T", "properties": {}}),
        (
            "update_event_properties",
            {"chat_id": "NOSUCHCHAT", "thread_id": "T", "event_id": "E", "properties": {}},
        ),
        (
            "delete_event_properties",
            {"chat_id": "NOSUCHCHAT", "thread_id": "T", "event_id": "E", "properties": {}},
        ),
        ("tag_thread", {"chat_id": "NOSUCHCHAT", "thread_id": "T", "tag": "x"}),
        ("untag_thread", {"chat_id": "NOSUCHCHAT", "thread_id": "T", "tag": "x"}),
        ("get_customer", {"id": NO_CUSTOMER}),
        ("update_customer", {"id": NO_CUSTOMER, "email": "a@b.c"}),
        ("ban_customer", {"id": NO_CUSTOMER, "ban": {"days": 1}}),
        ("follow_customer", {"id": NO_CUSTOMER}),
        ("unfollow_customer", {"id": NO_CUSTOMER}),
        ("set_routing_status", {"status": "accepting_chats", "agent_id": "ghost@x.com"}),
        ("mark_events_as_seen", {"chat_id": "NOSUCHCHAT", "seen_up_to": "2024-01-01T00:00:00Z"}),
        ("send_typing_indicator", {"chat_id": "NOSUCHCHAT", "is_typing": True}),
        ("list_agents_for_transfer", {"chat_id": "NOSUCHCHAT"}),
        ("logout", {"agent_id": "ghost@x.com"}),
    ],
)
def test_unknown_ids_are_not_found(world: World, action: str, kwargs: dict[str, Any]) -> None:
    world.start("keep me")
    before = copy.deepcopy(world.fake.state)
    with pytest.raises(errors.NotFoundError) as info:
        getattr(world.agent, action)(**kwargs)
    assert info.value.type == "not_found" and info.value.status_code == 404
    assert world.fake.state == before


Payload = Callable[[str, str], dict[str, Any]]
REFUSED_PAYLOADS: dict[str, tuple[str, Payload]] = {
    "users-not-a-list": ("start_chat", lambda c, t: {"chat": {"users": "nope"}}),
    "active-not-a-bool": ("start_chat", lambda c, t: {"active": "yes please"}),
    "message-without-text": (
        "send_event",
        lambda c, t: {"chat_id": c, "event": {"type": "message"}},
    ),
    "unknown-event-type": (
        "send_event",
        lambda c, t: {"chat_id": c, "event": {"type": "teleport", "text": "x"}},
    ),
    "client-option-in-body": (
        "send_event",
        lambda c, t: {"chat_id": c, "event": {"type": "message", "text": "x"}, "timeout": 3},
    ),
    "no-chat-id": ("send_event", lambda c, t: {"event": {"type": "message", "text": "x"}}),
    "name-not-a-string": ("create_customer", lambda c, t: {"name": 5}),
    "unknown-parameter": ("create_customer", lambda c, t: {"name": "x", "nickname": "y"}),
    "null-property": (
        "update_chat_properties",
        lambda c, t: {"id": c, "properties": {"ns": {"k": None}}},
    ),
    "no-tag": ("tag_thread", lambda c, t: {"chat_id": c, "thread_id": t}),
    "unknown-status": ("set_routing_status", lambda c, t: {"status": "sleeping"}),
    "no-content": ("multicast", lambda c, t: {"recipients": {"agents": {"all": True}}}),
}


@pytest.mark.parametrize("case", sorted(REFUSED_PAYLOADS))
def test_a_payload_the_request_models_refuse_gets_validation_and_stores_nothing(
    world: World, case: str
) -> None:
    action, build = REFUSED_PAYLOADS[case]
    chat_id, thread_id = world.start("existing")
    before, requests = copy.deepcopy(world.fake.state), list(world.fake.requests)
    with pytest.raises(errors.APIValidationError) as info:
        getattr(world.agent, action)(payload=build(chat_id, thread_id))
    assert info.value.status_code == 400 and info.value.message
    assert world.fake.state == before and world.fake.requests == requests


def _counting(
    fake: FakeLiveChat, log: list[tuple[str | None, httpx.Response]]
) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        response = fake.handle(request)
        response.read()
        log.append((request.headers.get("x-region"), response))
        return response

    return httpx.MockTransport(handle)


def test_a_misdirected_request_is_rerouted_once_to_the_named_region() -> None:
    """X-Region ``fra`` to a ``dal`` fake: ``misdirected_request`` naming ``dal``; the client
    resends once to ``dal``, succeeds, and remembers the region for the session."""
    fake = FakeLiveChat(tokens={"fra:secret": DEFAULT_AGENT})
    log: list[tuple[str | None, httpx.Response]] = []
    client = AgentWeb("Bearer fra:secret", transport=_counting(fake, log), strict=True)
    assert client.region == "fra"
    started = client.start_chat()
    assert [(region, r.status_code) for region, r in log] == [("fra", 421), ("dal", 200)]
    error = log[0][1].json()["error"]
    assert error["type"] == "misdirected_request" and error["data"] == {"region": "dal"}
    assert client.region == "dal"
    assert list(fake.state.chats) == [started.chat_id]  # one chat, not two
    log.clear()
    client.get_chat(chat_id=started.chat_id)
    assert [region for region, _ in log] == ["dal"]


def test_a_client_without_region_is_rerouted_to_a_fra_fake() -> None:
    """No ``X-Region`` means ``dal``: a ``fra`` fake answers ``misdirected_request`` naming
    ``fra`` and the client resends there, once."""
    fake = FakeLiveChat(region="fra")
    log: list[tuple[str | None, httpx.Response]] = []
    client = AgentWeb(f"Bearer {DEFAULT_TOKEN}", transport=_counting(fake, log), strict=True)
    client.start_chat()
    assert [(region, r.status_code) for region, r in log] == [(None, 421), ("fra", 200)]
    assert log[0][1].json()["error"]["data"] == {"region": "fra"}
    assert client.region == "fra" and len(fake.state.chats) == 1


def test_a_second_misdirected_answer_is_not_rerouted_again() -> None:
    """The reroute happens once per call: if the named region refuses too, the error surfaces."""
    fake = FakeLiveChat(region="fra")
    log: list[tuple[str | None, httpx.Response]] = []
    inner = _counting(fake, log)

    def moving(request: httpx.Request) -> httpx.Response:
        fake.region = "fra" if request.headers.get("x-region") != "fra" else "ams"
        return inner.handle_request(request)

    client = AgentWeb(f"Bearer {DEFAULT_TOKEN}", transport=httpx.MockTransport(moving))
    with pytest.raises(errors.MisdirectedRequestError) as info:
        client.list_chats()
    assert info.value.region == "ams"
    assert [region for region, _ in log] == [None, "fra"]


# --- every action, once ------------------------------------------------------------------------


def test_every_action_succeeds_in_strict_mode(world: World) -> None:
    """A tour through all 36 actions: each one answered 200 and parsed strictly."""
    c = world.agent
    customer = c.create_customer(name="Tour", email="t@example.com").customer_id
    started = c.start_chat(chat={"users": [{"id": customer, "type": "customer"}]})
    chat_id, thread_id = started.chat_id, started.thread_id
    url = c.upload_file(file=("a.txt", b"abc", "text/plain")).url
    c.send_event(chat_id=chat_id, event={"type": "file", "url": url})
    rich = c.send_event(chat_id=chat_id, event=EVENTS["rich_message"]).event_id
    c.send_rich_message_postback(
        chat_id=chat_id, thread_id=thread_id, event_id=rich, postback={"id": "yes", "toggled": True}
    )
    c.update_chat_properties(id=chat_id, properties={"n": {"a": 1}})
    c.delete_chat_properties(id=chat_id, properties={"n": ["a"]})
    c.update_thread_properties(chat_id=chat_id, thread_id=thread_id, properties={"n": {"a": 1}})
    c.delete_thread_properties(chat_id=chat_id, thread_id=thread_id, properties={"n": ["a"]})
    ids = {"chat_id": chat_id, "thread_id": thread_id, "event_id": rich}
    c.update_event_properties(**ids, properties={"n": {"a": "x"}})
    c.delete_event_properties(**ids, properties={"n": ["a"]})
    c.tag_thread(chat_id=chat_id, thread_id=thread_id, tag="t")
    c.untag_thread(chat_id=chat_id, thread_id=thread_id, tag="t")
    c.follow_chat(id=chat_id)
    c.unfollow_chat(id=chat_id)
    c.add_user_to_chat(chat_id=chat_id, user_id=JANE, user_type="agent", visibility="all")
    c.remove_user_from_chat(chat_id=chat_id, user_id=JANE, user_type="agent")
    c.mark_events_as_seen(chat_id=chat_id, seen_up_to="2024-07-15T09:00:00Z")
    c.send_typing_indicator(chat_id=chat_id, is_typing=True)
    c.list_agents_for_transfer(chat_id=chat_id)
    c.transfer_chat(id=chat_id, target={"type": "group", "ids": [0]})
    c.get_chat(chat_id=chat_id)
    c.list_chats()
    c.list_threads(chat_id=chat_id)
    c.list_archives(filters={"query": "a"})
    c.deactivate_chat(id=chat_id)
    c.resume_chat(chat={"id": chat_id})
    c.get_customer(id=customer)
    c.update_customer(id=customer, name="Tour 2")
    c.ban_customer(id=customer, ban={"days": 1})
    c.follow_customer(id=customer)
    c.unfollow_customer(id=customer)
    c.set_routing_status(status="not_accepting_chats")
    c.list_routing_statuses()
    c.multicast(recipients={"customers": {"ids": [customer]}}, content={"x": 1})
    c.logout(agent_id=ZOE)
    assert set(accepted(world.fake)) == set(ACTION_NAMES)
    assert len(ACTION_NAMES) == 36


# --- spec-valid inputs (hypothesis) -------------------------------------------------------------

DOCUMENTED_REFUSALS = (
    errors.NotFoundError,
    errors.APIValidationError,
    errors.ChatInactiveError,
    errors.AuthorizationError,
    errors.MissingAccessError,
)


def _aim_at_real_ids(
    action: str, kwargs: dict[str, Any], world: World, chat_id: str
) -> dict[str, Any]:
    """Point the drawn IDs at the seeded chat/thread/event/customer (else all are not_found)."""
    chat = world.fake.state.chats[chat_id]
    real = {
        "chat_id": chat_id,
        "thread_id": chat.threads[-1].id,
        "event_id": chat.threads[-1].events[0]["id"],
    }
    out = {key: real.get(key, value) for key, value in kwargs.items()}
    if "id" in out:
        out["id"] = next(iter(world.fake.state.customers)) if "customer" in action else chat_id
    if action == "resume_chat":
        out["chat"] = {**out["chat"], "id": chat_id}
    return out


@pytest.mark.parametrize("action", ACTION_NAMES)
@settings(
    max_examples=8,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_spec_valid_input_gets_a_strict_answer_or_a_documented_refusal(
    action: str, data: st.DataObject
) -> None:
    """Whatever valid input (per spec) an action gets, the fake never crashes nor answers
    something the strict models refuse: a success, or a state refusal of a documented kind."""
    world = new_world()
    customer = world.agent.create_customer(name="Seed").customer_id
    chat_id, _ = world.start("seed", chat={"users": [{"id": customer, "type": "customer"}]})
    if data.draw(st.booleans(), label="inactive"):
        world.agent.deactivate_chat(id=chat_id)
    kwargs = data.draw(valid_kwargs(action), label="kwargs")
    if data.draw(st.booleans(), label="real ids"):
        kwargs = _aim_at_real_ids(action, kwargs, world, chat_id)
    try:
        getattr(world.agent, action)(**kwargs)
    except DOCUMENTED_REFUSALS as exc:
        assert 400 <= exc.status_code < 500
    world.agent.list_chats()  # the state still renders strictly
    world.agent.get_chat(chat_id=chat_id)


# --- state machine -------------------------------------------------------------------------------


@dataclass
class ChatModel:
    events: int = 0
    threads: int = 1
    active: bool = True
    properties: dict[str, Any] = field(default_factory=dict)


class FakeChatsMachine(RuleBasedStateMachine):
    """start / send / deactivate / resume / tag / properties, checked against a simple model."""

    chats = Bundle("chats")

    @initialize()
    def setup(self) -> None:
        self.fake = FakeLiveChat()
        self.client = self.fake.client(strict=True)
        self.model: dict[str, ChatModel] = {}
        self.tags: dict[str, set[str]] = {}

    def teardown(self) -> None:
        if hasattr(self, "client"):
            self.client.close()

    def _last_thread(self, chat_id: str) -> str:
        return self.fake.state.chats[chat_id].threads[-1].id

    @rule(target=chats, active=st.booleans(), initial=st.integers(0, 2))
    def start(self, active: bool, initial: int) -> str:
        events = [{"type": "message", "text": f"initial {i}"} for i in range(initial)]
        chat = {"thread": {"events": events}} if events else None
        started = self.client.start_chat(chat=chat, active=active)
        assert len(started.event_ids or []) == initial
        self.model[started.chat_id] = ChatModel(events=initial, active=active)
        return started.chat_id

    @rule(chat_id=chats, text=st.text(st.characters(codec="utf-8"), min_size=1, max_size=5))
    def send(self, chat_id: str, text: str) -> None:
        model = self.model[chat_id]
        event = {"type": "message", "text": text}
        if model.active:
            self.client.send_event(chat_id=chat_id, event=event)
            model.events += 1
        else:
            with pytest.raises(errors.ChatInactiveError):
                self.client.send_event(chat_id=chat_id, event=event)

    @rule(chat_id=chats)
    def attach_system_message(self, chat_id: str) -> None:
        self.client.send_event(
            chat_id=chat_id,
            event={"type": "system_message", "system_message_type": "custom.note"},
            attach_to_last_thread=True,
        )
        self.model[chat_id].events += 1

    @rule(chat_id=chats)
    def deactivate(self, chat_id: str) -> None:
        model = self.model[chat_id]
        if model.active:
            self.client.deactivate_chat(id=chat_id)
            model.active, model.events = False, model.events + 1
        else:
            with pytest.raises(errors.ChatInactiveError):
                self.client.deactivate_chat(id=chat_id)

    @rule(chat_id=chats, active=st.booleans())
    def resume(self, chat_id: str, active: bool) -> None:
        model = self.model[chat_id]
        if model.active:
            with pytest.raises(errors.APIValidationError):
                self.client.resume_chat(chat={"id": chat_id}, active=active)
        else:
            self.client.resume_chat(chat={"id": chat_id}, active=active)
            model.active, model.threads = active, model.threads + 1

    @rule(chat_id=chats, tag=st.sampled_from(["a", "b", "B"]), add=st.booleans())
    def tag(self, chat_id: str, tag: str, add: bool) -> None:
        thread_id = self._last_thread(chat_id)
        tags = self.tags.setdefault(thread_id, set())
        if add:
            self.client.tag_thread(chat_id=chat_id, thread_id=thread_id, tag=tag)
            tags.add(tag)
        elif tag in tags:
            self.client.untag_thread(chat_id=chat_id, thread_id=thread_id, tag=tag)
            tags.discard(tag)
        else:
            with pytest.raises(errors.NotFoundError):
                self.client.untag_thread(chat_id=chat_id, thread_id=thread_id, tag=tag)

    @rule(chat_id=chats, name=st.sampled_from(["x", "y"]), value=st.integers(0, 3) | st.none())
    def properties(self, chat_id: str, name: str, value: int | None) -> None:
        props = self.model[chat_id].properties
        if value is not None:
            self.client.update_chat_properties(id=chat_id, properties={"ns": {name: value}})
            props.setdefault("ns", {})[name] = value
        elif name in props.get("ns", {}):
            self.client.delete_chat_properties(id=chat_id, properties={"ns": [name]})
            del props["ns"][name]
            if not props["ns"]:
                del props["ns"]
        else:
            with pytest.raises(errors.NotFoundError):
                self.client.delete_chat_properties(id=chat_id, properties={"ns": [name]})

    @invariant()
    def matches_the_model(self) -> None:
        if not hasattr(self, "fake"):
            return
        assert set(self.fake.state.chats) == set(self.model)
        for chat_id, model in self.model.items():
            chat = self.fake.state.chats[chat_id]
            assert len(self.fake.state.events(chat_id)) == model.events
            assert len(chat.threads) == model.threads
            assert sum(t.active for t in chat.threads) <= 1
            assert all(not t.active for t in chat.threads[:-1])  # only the last can be active
            assert (chat.active_thread is not None) == model.active
            assert chat.properties == model.properties
            for earlier, later in zip(chat.threads, chat.threads[1:], strict=False):
                assert earlier.next_thread_id == later.id and later.previous_thread_id == earlier.id
            for thread in chat.threads:
                assert set(thread.tags) == self.tags.get(thread.id, set())
                assert len(thread.tags) == len(set(thread.tags))
                ids = [e["id"] for e in thread.events]
                assert ids == [f"{thread.id}_{n}" for n in range(1, len(ids) + 1)]
        listed = self.client.list_chats(limit=100)
        assert listed.found_chats == len(self.model)
        assert {c.id for c in listed.chats_summary} == set(self.model)
        active = self.client.list_chats(filters={"active": True}, limit=100)
        assert {c.id for c in active.chats_summary} == {
            c for c, m in self.model.items() if m.active
        }


FakeChatsMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=20, deadline=None, database=None
)
test_fake_chats_state_machine = FakeChatsMachine.TestCase
