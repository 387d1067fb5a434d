"""Responses of all 36 actions: lossless round trips, strict-mode findings, null vs absent, types.

Bodies come from ``response_strategies`` (drawn from the spec). A body parses into the action's
response model and dumps back (``mode="json", by_alias=True, exclude_unset=True``) to exactly the
same JSON, also when it carries what a newer server might add (unknown members, union variants,
enum values). Strict mode finds exactly the sprinkled unknowns, and nothing in a spec-consistent
body. A parallel walk of spec node, body and parsed model checks the runtime types: the class of
every union member by its ``type``, aware ``datetime`` s, absent vs ``null`` in
``model_fields_set``.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from livechat_typed import Action, AgentWeb, models
from livechat_typed.errors import ResponseValidationError
from livechat_typed.models._strict import undocumented

from ..helpers import one_line
from .response_strategies import (
    SPEC,
    Generated,
    generated_body,
    resolve,
    response_node,
)

ACTION_NAMES = sorted(name for name in dir(AgentWeb) if isinstance(getattr(AgentWeb, name), Action))
"""Every action, from the declarations."""

CUSTOMER_ID = "b7eff798-f8df-4364-8059-649c35c9ed0c"
FILTERS = {"ns": ["p"]}

MINIMAL_KWARGS: dict[str, dict[str, Any]] = {
    "list_chats": {},
    "list_threads": {"chat_id": "PJ0MRSHTDG"},
    "get_chat": {"chat_id": "PJ0MRSHTDG"},
    "list_archives": {},
    "start_chat": {},
    "resume_chat": {"chat": {"id": "PJ0MRSHTDG"}},
    "deactivate_chat": {"id": "PJ0MRSHTDG"},
    "follow_chat": {"id": "PJ0MRSHTDG"},
    "unfollow_chat": {"id": "PJ0MRSHTDG"},
    "transfer_chat": {"id": "PJ0MRSHTDG"},
    "add_user_to_chat": {
        "chat_id": "PJ0MRSHTDG",
        "user_id": "agent@example.com",
        "user_type": "agent",
        "visibility": "all",
    },
    "remove_user_from_chat": {
        "chat_id": "PJ0MRSHTDG",
        "user_id": "agent@example.com",
        "user_type": "agent",
    },
    "send_event": {"chat_id": "PJ0MRSHTDG", "event": {"type": "message", "text": "hi"}},
    "upload_file": {"file": ("note.txt", b"hello")},
    "send_rich_message_postback": {
        "chat_id": "PJ0MRSHTDG",
        "thread_id": "K600PKZON8",
        "event_id": "K600PKZON8_1",
        "postback": {"id": "action_yes", "toggled": True},
    },
    "update_chat_properties": {"id": "PJ0MRSHTDG", "properties": {"ns": {"p": 1}}},
    "delete_chat_properties": {"id": "PJ0MRSHTDG", "properties": FILTERS},
    "update_thread_properties": {
        "chat_id": "PJ0MRSHTDG",
        "thread_id": "K600PKZON8",
        "properties": {"ns": {"p": 1}},
    },
    "delete_thread_properties": {
        "chat_id": "PJ0MRSHTDG",
        "thread_id": "K600PKZON8",
        "properties": FILTERS,
    },
    "update_event_properties": {
        "chat_id": "PJ0MRSHTDG",
        "thread_id": "K600PKZON8",
        "event_id": "K600PKZON8_1",
        "properties": {"ns": {"p": 1}},
    },
    "delete_event_properties": {
        "chat_id": "PJ0MRSHTDG",
        "thread_id": "K600PKZON8",
        "event_id": "K600PKZON8_1",
        "properties": FILTERS,
    },
    "tag_thread": {"chat_id": "PJ0MRSHTDG", "thread_id": "K600PKZON8", "tag": "spam"},
    "untag_thread": {"chat_id": "PJ0MRSHTDG", "thread_id": "K600PKZON8", "tag": "spam"},
    "get_customer": {"id": CUSTOMER_ID},
    "create_customer": {},
    "update_customer": {"id": CUSTOMER_ID, "name": "Thomas Anderson"},
    "ban_customer": {"id": CUSTOMER_ID, "ban": {"days": 3}},
    "follow_customer": {"id": CUSTOMER_ID},
    "unfollow_customer": {"id": CUSTOMER_ID},
    "set_routing_status": {"status": "accepting_chats"},
    "list_routing_statuses": {},
    "mark_events_as_seen": {"chat_id": "PJ0MRSHTDG", "seen_up_to": "2024-07-15T09:04:57.881200Z"},
    "send_typing_indicator": {"chat_id": "PJ0MRSHTDG", "is_typing": True},
    "multicast": {"recipients": {"agents": {"all": True}}, "content": {"hello": "agents"}},
    "list_agents_for_transfer": {"chat_id": "PJ0MRSHTDG"},
    "logout": {"agent_id": "agent@example.com"},
}
"""Valid keyword arguments for each action, to call it end to end."""

MODEL_FOR: dict[str, type[BaseModel]] = {
    name: getattr(models, name)
    for name in (
        "Access",
        "Queue",
        "Geolocation",
        "CustomerVisit",
        "VisitedPage",
        "CustomerLastVisit",
        "CustomerStatistics",
        "MessagePostback",
        "RichMessageImage",
        "RichMessageButton",
        "RichMessageElement",
        "FormFieldOption",
        "GroupChooserOption",
        "FormFieldSimple",
        "FormFieldWithOptions",
        "FormFieldGroupChooser",
        "FilledFormAnswer",
        "FilledFormGroupAnswer",
        "FilledFormFieldText",
        "FilledFormFieldChoice",
        "FilledFormFieldCheckbox",
        "FilledFormFieldGroupChooser",
        "Agent",
        "Customer",
        "Thread",
        "ThreadSummary",
        "LastEventOfType",
        "Chat",
        "ChatSummary",
        "RoutingStatusEntry",
        "AgentForTransfer",
    )
} | {
    "MessageEvent": models.Message,
    "FileEvent": models.File,
    "FormEvent": models.Form,
    "FilledFormEvent": models.FilledForm,
    "RichMessageEvent": models.RichMessage,
    "CustomEvent": models.Custom,
    "SystemMessageEvent": models.SystemMessage,
}
"""The model class of each response structure of the spec (received events by their type)."""

UNKNOWN_FOR: dict[str, type[BaseModel]] = {
    "Event": models.UnknownEvent,
    "User": models.UnknownUser,
    "FormField": models.UnknownFormField,
    "FilledFormField": models.UnknownFilledFormField,
}
"""The catch-all class of each union of the spec."""

FAST = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FEWER = settings(FAST, max_examples=6)


def response_model(action: str) -> type[BaseModel]:
    return getattr(AgentWeb, action).response_model  # type: ignore[no-any-return]


def parse(action: str, body: Any) -> BaseModel:
    return response_model(action).model_validate_json(json.dumps(body))


def dump(response: BaseModel) -> Any:
    return response.model_dump(mode="json", by_alias=True, exclude_unset=True)


def canonical(value: Any) -> str:
    """JSON text that tells ``1``, ``1.0`` and ``true`` apart (``==`` does not)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)


def assert_lossless(response: BaseModel, body: Any) -> None:
    dumped = dump(response)
    assert dumped == body
    assert canonical(dumped) == canonical(body)


def finding_locations(response: BaseModel) -> list[str]:
    """The locations ``undocumented()`` names (the text before ``: undocumented ...``)."""
    return [problem.rsplit(": undocumented", 1)[0] for problem in undocumented(response)]


# --- the parallel walk: spec node, body, parsed value ------------------------------------------


def join(loc: str, name: str) -> str:
    return f"{loc}.{name}" if loc else name


def assert_typed(node: dict[str, Any], body: Any, value: Any, loc: str = "") -> None:
    """``value`` (parsed from ``body``) has the runtime type the spec node promises."""
    where = loc or "(body)"
    if body is None:
        assert value is None, where
        return
    node = resolve(node)
    kind = node["type"]
    if kind == "union":
        tag = body[node["discriminator"]]
        variant = node["variants"].get(tag)
        if variant is None:
            assert type(value) is UNKNOWN_FOR[node["_ref"]], where
            assert value.type == tag, where  # type: ignore[attr-defined]
            assert dump(value) == body, where
        else:
            assert type(value) is MODEL_FOR[variant], (where, type(value))
            assert_record(SPEC["structures"][variant]["properties"], body, value, loc)
    elif kind == "object" and "properties" in node:
        if "_ref" in node:
            assert type(value) is MODEL_FOR[node["_ref"]], where
        assert_record(node["properties"], body, value, loc)
    elif kind == "object" and "additional_properties" in node:
        assert isinstance(value, dict), where
        assert list(value) == list(body), where
        for key, item in body.items():
            assert_typed(node["additional_properties"], item, value[key], join(loc, key))
    elif kind == "array":
        items = value.root if isinstance(value, models.ListResponse) else value
        assert isinstance(items, list), where
        assert len(items) == len(body), where
        for index, item in enumerate(body):
            assert_typed(node["items"], item, items[index], f"{loc}[{index}]")
    elif node.get("format") == "date-time":
        assert isinstance(value, datetime), where
        offset = value.utcoffset()
        assert offset is not None, where
        assert value == datetime.fromisoformat(body.replace("Z", "+00:00")), where
        assert body.endswith("Z") == (offset.total_seconds() == 0), where
    elif kind in ("any", "object"):  # any JSON value; a free-form object
        assert value == body, where
        assert canonical(value) == canonical(body), where
    else:
        python_type = {"string": str, "integer": int, "boolean": bool}[kind]
        assert type(value) is python_type, where
        assert canonical(value) == canonical(body), where  # 1 is not true


def assert_record(properties: dict[str, Any], body: Any, value: Any, loc: str) -> None:
    """Documented members by attribute (absent ones unset), the others in ``model_extra``."""
    where = loc or "(body)"
    assert isinstance(value, BaseModel), where
    fields = type(value).model_fields
    by_wire = {field.alias or name: name for name, field in fields.items()}
    extra = value.model_extra or {}
    kept_as_extra = getattr(type(value), "_documented_extras", frozenset())
    for key, member in properties.items():
        if key in kept_as_extra:  # documented, but held in model_extra (e.g. a dunder name)
            assert (key in extra) == (key in body), (where, key)
            if key in body:
                assert canonical(extra[key]) == canonical(body[key]), (where, key)
            continue
        name = by_wire[key]
        if key in body:
            assert name in value.model_fields_set, (where, key)
            assert_typed(member, body[key], getattr(value, name), join(loc, key))
        else:
            assert name not in value.model_fields_set, (where, key)
    for key, item in body.items():
        if key not in properties:
            assert key in extra, (where, key)
            assert canonical(extra[key]) == canonical(item), (where, key)


# --- the list of actions -----------------------------------------------------------------------


def test_the_actions_are_the_specs_36() -> None:
    assert ACTION_NAMES == sorted(SPEC["actions"])
    assert len(ACTION_NAMES) == 36


@pytest.mark.parametrize("action", ACTION_NAMES)
def test_each_action_declares_its_response_model(action: str) -> None:
    camel = "".join(part.capitalize() for part in action.split("_")) + "Response"
    assert response_model(action) is getattr(models, camel)
    assert getattr(AgentWeb, action).name == action


# --- round trips -------------------------------------------------------------------------------


@pytest.mark.parametrize("action", ACTION_NAMES)
@FAST
@given(data=st.data())
def test_spec_bodies_round_trip_losslessly(action: str, data: st.DataObject) -> None:
    generated: Generated = data.draw(generated_body(action), label="body")
    response = parse(action, generated.body)
    assert isinstance(response, response_model(action))
    assert_lossless(response, generated.body)
    assert_typed(response_node(action), generated.body, response)


@pytest.mark.parametrize("action", ACTION_NAMES)
@FAST
@given(data=st.data())
def test_bodies_with_unknowns_round_trip_losslessly(action: str, data: st.DataObject) -> None:
    generated: Generated = data.draw(generated_body(action, unknowns=True), label="body")
    assert generated.unknowns
    response = parse(action, generated.body)
    assert_lossless(response, generated.body)
    assert_typed(response_node(action), generated.body, response)


# --- strict mode -------------------------------------------------------------------------------


@pytest.mark.parametrize("action", ACTION_NAMES)
@FAST
@given(data=st.data())
def test_spec_bodies_have_no_strict_findings(action: str, data: st.DataObject) -> None:
    generated: Generated = data.draw(generated_body(action), label="body")
    assert undocumented(parse(action, generated.body)) == []


@pytest.mark.parametrize("action", ACTION_NAMES)
@FAST
@given(data=st.data())
def test_strict_mode_names_every_sprinkled_unknown(action: str, data: st.DataObject) -> None:
    generated: Generated = data.draw(generated_body(action, unknowns=True), label="body")
    found = finding_locations(parse(action, generated.body))
    assert found, "at least one finding"
    assert sorted(found) == sorted(generated.unknowns)


def _strict_client(body: Any) -> AgentWeb:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    return AgentWeb("Bearer dal:test", strict=True, transport=transport)


@pytest.mark.parametrize("action", ACTION_NAMES)
@FEWER
@given(data=st.data())
def test_strict_client_raises_and_keeps_the_response(action: str, data: st.DataObject) -> None:
    generated: Generated = data.draw(generated_body(action, unknowns=True), label="body")
    with _strict_client(generated.body) as client:
        with pytest.raises(ResponseValidationError) as caught:
            getattr(client, action)(**MINIMAL_KWARGS[action])
    error = caught.value
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == 200
    assert error.response.json() == generated.body
    problems = undocumented(parse(action, generated.body))  # exactly the unknowns: see above
    assert f"({len(problems)} problem" in str(error)
    for problem in problems[:20]:  # one line each: control characters in names are escaped
        assert f"\n  {one_line(problem)}" in str(error)


@pytest.mark.parametrize("action", ACTION_NAMES)
@FEWER
@given(data=st.data())
def test_strict_client_accepts_spec_bodies(action: str, data: st.DataObject) -> None:
    generated: Generated = data.draw(generated_body(action), label="body")
    with _strict_client(generated.body) as client:
        response = getattr(client, action)(**MINIMAL_KWARGS[action])
    assert isinstance(response, response_model(action))
    assert_lossless(response, generated.body)


def test_a_lenient_client_keeps_what_a_strict_one_refuses() -> None:
    body = {"event_id": "K600PKZON8_1", "thinking": {"seconds": 2}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with AgentWeb("Bearer dal:test", transport=transport) as client:
        response = client.send_event(**MINIMAL_KWARGS["send_event"])
    assert response.model_extra == {"thinking": {"seconds": 2}}
    with _strict_client(body) as strict, pytest.raises(ResponseValidationError) as caught:
        strict.send_event(**MINIMAL_KWARGS["send_event"])
    assert "thinking: undocumented field" in str(caught.value)


# --- null vs absent ----------------------------------------------------------------------------


@pytest.mark.parametrize("action", ACTION_NAMES)
@FAST
@given(data=st.data())
def test_optional_members_sent_as_null_are_set_and_dump_as_null(
    action: str, data: st.DataObject
) -> None:
    generated: Generated = data.draw(generated_body(action, nulls=True), label="body")
    response = parse(action, generated.body)
    assert_lossless(response, generated.body)
    assert_typed(response_node(action), generated.body, response)  # checks model_fields_set


def test_null_and_absent_thread_differ() -> None:
    absent = parse("get_chat", {"id": "PJ0MRSHTDG", "users": [], "is_followed": False})
    null = parse(
        "get_chat", {"id": "PJ0MRSHTDG", "thread": None, "users": [], "is_followed": False}
    )
    assert isinstance(absent, models.GetChatResponse)
    assert isinstance(null, models.GetChatResponse)
    assert absent.thread is None
    assert null.thread is None
    assert "thread" not in absent.model_fields_set
    assert "thread" in null.model_fields_set
    assert "thread" not in dump(absent)
    assert dump(null)["thread"] is None


def test_null_and_absent_nested_members_differ() -> None:
    body = {
        "id": CUSTOMER_ID,
        "type": "customer",
        "created_at": "2024-07-15T09:04:57.881200Z",
        "statistics": {"chats_count": None},
        "name": None,
        "__priv_lc2_customer_id": None,
    }
    response = parse("get_customer", body)
    assert isinstance(response, models.GetCustomerResponse)
    assert "name" in response.model_fields_set
    assert response.model_extra == {"__priv_lc2_customer_id": None}
    assert "email" not in response.model_fields_set
    assert response.statistics is not None
    assert response.statistics.model_fields_set == {"chats_count"}
    assert dump(response) == body


# --- runtime types by attribute access ---------------------------------------------------------

MESSAGE = {
    "id": "K600PKZON8_1",
    "created_at": "2024-07-15T09:04:57.881200Z",
    "type": "message",
    "author_id": CUSTOMER_ID,
    "visibility": "all",
    "text": "Hello",
}
THINKING = {
    "id": "K600PKZON8_2",
    "created_at": "2024-07-15T09:05:00.000100Z",
    "type": "thinking_indicator",
    "author_id": "bot-1",
    "visibility": "all",
    "duration_ms": 1200,
    "reasoning": {"steps": ["look up order", "answer"]},
}


def _archive(*events: dict[str, Any], users: list[dict[str, Any]]) -> dict[str, Any]:
    thread = {
        "id": "K600PKZON8",
        "created_at": "2024-07-15T09:04:50.000000Z",
        "active": True,
        "user_ids": [user["id"] for user in users],
        "events": list(events),
    }
    chat = {"id": "PJ0MRSHTDG", "thread": thread, "users": users, "is_followed": False}
    return {"chats": [chat], "found_chats": 1}


def test_events_and_users_have_the_class_of_their_type() -> None:
    users = [
        {"id": CUSTOMER_ID, "type": "customer", "created_at": "2024-07-14T10:00:00.000000+01:00"},
        {"id": "agent@example.com", "type": "agent", "visibility": "all"},
        {"id": "bot-1", "type": "bot", "model": "gpt"},
    ]
    system = {
        "id": "K600PKZON8_3",
        "created_at": "2024-07-15T09:05:01.500000Z",
        "type": "system_message",
        "system_message_type": "routing.assigned_other",
        "text_vars": {"agent": "Agent Smith"},
    }
    body = _archive(MESSAGE, THINKING, system, users=users)
    response = parse("list_archives", body)
    assert isinstance(response, models.ListArchivesResponse)
    thread = response.chats[0].thread
    assert thread is not None
    assert thread.events is not None
    message, thinking, system_message = thread.events
    assert isinstance(message, models.Message)
    assert message.text == "Hello"
    assert message.created_at == datetime(2024, 7, 15, 9, 4, 57, 881200, tzinfo=timezone.utc)
    assert isinstance(thinking, models.UnknownEvent)
    assert thinking.type == "thinking_indicator"
    assert thinking.id == "K600PKZON8_2"
    assert thinking.model_extra == THINKING  # every member kept exactly as it came
    assert isinstance(system_message, models.SystemMessage)
    assert system_message.text_vars == {"agent": "Agent Smith"}
    customer, agent, bot = response.chats[0].users
    assert isinstance(customer, models.Customer)
    assert customer.created_at is not None
    assert customer.created_at.utcoffset() is not None
    assert customer.created_at.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]
    assert isinstance(agent, models.Agent)
    assert isinstance(bot, models.UnknownUser)
    assert (bot.type, bot.id) == ("bot", "bot-1")
    assert bot.model_extra == {"id": "bot-1", "type": "bot", "model": "gpt"}
    assert_lossless(response, body)
    assert finding_locations(response) == [
        "chats[0].thread.events[1]",
        "chats[0].users[2]",
    ]


def test_undocumented_enum_values_parse_as_plain_strings() -> None:
    body = [
        {"agent_id": "agent@example.com", "status": "accepting_chats"},
        {"agent_id": "bot-1", "status": "busy"},
    ]
    response = parse("list_routing_statuses", body)
    assert isinstance(response, models.ListRoutingStatusesResponse)
    assert [entry.status for entry in response] == ["accepting_chats", "busy"]
    assert_lossless(response, body)
    assert undocumented(response) == ["[1].status: undocumented value 'busy'"]


# --- package bug: an undocumented member named like a Python field -----------------------------


def test_a_member_named_like_the_python_name_of_an_aliased_field_is_kept_as_is() -> None:
    """``priv_lc2_customer_id`` is not a documented member (``__priv_lc2_customer_id`` is).

    The response models set ``populate_by_name=True``, so a server member spelled like the
    Python attribute fills the aliased field and is dumped back as ``__priv_lc2_customer_id``:
    the round trip is not lossless and strict mode does not see the undocumented member.
    """
    body = {"id": CUSTOMER_ID, "type": "customer", "priv_lc2_customer_id": "S1525771305.dafea66e9f"}
    response = parse("get_customer", body)
    assert dump(response) == body
    assert finding_locations(response) == ["priv_lc2_customer_id"]
