"""Realistic response bodies, hand-built from the docs samples, with the docs' quirks kept.

Each ``samples/<action>.json`` parses leniently into the action's response model, dumps back to
the same JSON and exposes typed objects. The quirks a lenient client must survive: the chat and
chat-summary samples' misspelled ``properites``; chat-summary events and agents without
``visibility``; ``answers`` arrays for checkbox fields; a ``group_chooser`` answer ``id`` as an
integer (get_chat) and as a string (list_threads); customer ``statistics`` subsets; rich-message
buttons without ``type`` / ``value``; a quick-replies element without ``subtitle`` / ``image``; a
Customer Chat API ``header`` form field; a customer timestamp with a ``+01:00`` offset;
``__priv_lc2_customer_id``.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from livechat_typed import AgentWeb, models
from livechat_typed.models._strict import undocumented

SAMPLES = Path(__file__).parent / "samples"

STRICT_FINDINGS: dict[str, list[str]] = {
    "get_chat": ["properites: undocumented field"],
    "get_customer": [],
    "list_agents_for_transfer": [],
    "list_archives": [],
    "list_chats": ["chats_summary[0].properites: undocumented field"],
    "list_routing_statuses": [],
    "list_threads": [
        "threads[0].events[0].fields[4]: undocumented or malformed object of type 'header'"
    ],
}
"""What strict mode refuses in each sample: exactly the docs' quirks outside the spec."""

UTC = timezone.utc


def load(action: str) -> Any:
    return json.loads((SAMPLES / f"{action}.json").read_text(encoding="utf-8"))


def parse(action: str) -> Any:
    model: type[BaseModel] = getattr(AgentWeb, action).response_model
    return model.model_validate_json((SAMPLES / f"{action}.json").read_bytes())


def test_the_samples_are_the_ones_listed() -> None:
    assert sorted(path.stem for path in SAMPLES.glob("*.json")) == sorted(STRICT_FINDINGS)


@pytest.mark.parametrize("action", sorted(STRICT_FINDINGS))
def test_sample_parses_and_round_trips_losslessly(action: str) -> None:
    body = load(action)
    response = parse(action)
    dumped = response.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == body
    assert json.dumps(dumped, sort_keys=True) == json.dumps(body, sort_keys=True)


@pytest.mark.parametrize("action", sorted(STRICT_FINDINGS))
def test_strict_mode_refuses_only_the_quirks(action: str) -> None:
    assert undocumented(parse(action)) == STRICT_FINDINGS[action]


def test_list_archives() -> None:
    response = parse("list_archives")
    assert isinstance(response, models.ListArchivesResponse)
    assert response.found_chats == 4
    assert response.next_page_id == "MTUxNzM5ODEzMTQ5Ng=="
    chat = response.chats[0]
    assert isinstance(chat, models.Chat)
    assert chat.is_followed is False
    assert chat.access is not None
    assert chat.access.group_ids == [0]
    customer, agent = chat.users
    assert isinstance(customer, models.Customer)
    assert customer.statistics == models.CustomerStatistics(chats_count=3)
    assert customer.last_visit is not None
    assert customer.last_visit.geolocation is not None
    assert customer.last_visit.geolocation.city == "Wroclaw"
    assert customer.last_visit.geolocation.latitude is None
    assert customer.last_visit.last_pages is not None
    assert customer.last_visit.last_pages[0].opened_at == datetime(2019, 12, 17, 7, 55, tzinfo=UTC)
    assert isinstance(agent, models.Agent)
    assert agent.visibility == "all"
    assert agent.avatar is not None
    assert agent.avatar.startswith("cdn.livechatinc.com")  # no scheme, as the API sends it
    thread = chat.thread
    assert isinstance(thread, models.Thread)
    assert thread.tags == ["order", "vip"]
    assert thread.previous_accessible_thread_id == "K600PKZOM8"
    assert thread.properties is not None
    assert thread.properties["routing"]["continuous"] is False
    assert thread.events is not None
    message, file, system = thread.events
    assert isinstance(message, models.Message)
    assert message.created_at == datetime(2019, 12, 17, 7, 57, 41, 512000, tzinfo=UTC)
    assert message.properties == {
        "0805e283233042b37f460ed8fbf22160": {"string_property": "Hello world"}
    }
    assert isinstance(file, models.File)
    assert (file.width, file.height, file.size) == (640, 480, 123444)
    assert file.content_type == "image/png"
    assert isinstance(system, models.SystemMessage)
    assert system.system_message_type == "manual_archived_agent"
    assert system.text_vars == {"agent": "Agent Smith"}


def test_get_chat() -> None:
    response = parse("get_chat")
    assert isinstance(response, models.GetChatResponse)
    assert response.is_followed is True
    assert response.properties is None  # the sample misspells it:
    assert response.model_extra == {
        "properites": {"0805e283233042b37f460ed8fbf22160": {"string_property": "Chat property"}}
    }
    customer, agent = response.users
    assert isinstance(customer, models.Customer)
    assert customer.priv_lc2_customer_id == "S1588835486.5b4b8a3aec"
    assert customer.statistics is not None
    assert customer.statistics.model_fields_set == {"chats_count"}
    assert isinstance(agent, models.Agent)
    assert response.thread is not None
    assert response.thread.queues_duration == 12
    assert response.thread.events is not None
    filled, rich, answer = response.thread.events

    assert isinstance(filled, models.FilledForm)
    assert filled.form_type == "prechat"
    name, email, radio, checkbox, group = filled.fields
    assert isinstance(name, models.FilledFormFieldText)
    assert name.answer == "Thomas Anderson"
    assert isinstance(email, models.FilledFormFieldText)
    assert email.type == "email"
    assert isinstance(radio, models.FilledFormFieldChoice)
    assert radio.answer == models.FilledFormAnswer(id="0", label="Support")
    assert isinstance(checkbox, models.FilledFormFieldCheckbox)
    assert [item.label for item in checkbox.answers] == ["automotive", "it"]
    assert isinstance(group, models.FilledFormFieldGroupChooser)
    assert group.answer.id == 0  # an integer in this docs sample
    assert group.answer.group_id == 1

    assert isinstance(rich, models.RichMessage)
    assert rich.template_id == "cards"
    assert rich.elements is not None
    card = rich.elements[0]
    assert card.image is not None
    assert card.image.alternative_text == "A spring sale banner"
    assert card.buttons is not None
    yes, no = card.buttons
    assert (yes.text, yes.postback_id, yes.type, yes.value) == ("yes", "action_yes", None, None)
    assert yes.user_ids == ["b7eff798-f8df-4364-8059-649c35c9ed0c"]
    assert no.user_ids == []

    assert isinstance(answer, models.Message)
    assert answer.postback is not None
    assert answer.postback.event_id == "K600PKZON8_2"


def test_list_chats() -> None:
    response = parse("list_chats")
    assert isinstance(response, models.ListChatsResponse)
    assert response.found_chats == 2
    assert response.previous_page_id is None
    assert "previous_page_id" not in response.model_fields_set
    first, queued = response.chats_summary
    assert isinstance(first, models.ChatSummary)
    assert first.properties is None
    assert first.model_extra is not None
    assert first.model_extra["properites"]["routing"] == {"continuous": False, "pinned": False}
    agent = first.users[1]
    assert isinstance(agent, models.Agent)
    assert agent.visibility is None  # omitted by the chat-summary sample
    assert first.last_event_per_type is not None
    assert list(first.last_event_per_type) == ["message", "system_message"]
    last_message = first.last_event_per_type["message"]
    assert isinstance(last_message, models.LastEventOfType)
    assert last_message.thread_created_at == datetime(2020, 5, 7, 7, 11, 28, 288340, tzinfo=UTC)
    assert isinstance(last_message.event, models.Message)
    assert last_message.event.visibility is None
    assert last_message.event.text == "Thank you, bye!"
    transfer = first.last_event_per_type["system_message"].event
    assert isinstance(transfer, models.SystemMessage)
    assert transfer.text_vars == {"agent": "Agent Jones", "targets": "Agent Smith"}
    assert isinstance(first.last_thread_summary, models.ThreadSummary)
    assert first.last_thread_summary.queue is None
    assert queued.last_thread_summary is not None
    queue = queued.last_thread_summary.queue
    assert isinstance(queue, models.Queue)
    assert (queue.position, queue.wait_time) == (2, 45)
    assert queued.last_event_per_type is None


def test_list_threads() -> None:
    response = parse("list_threads")
    assert isinstance(response, models.ListThreadsResponse)
    assert response.found_threads == 42
    latest, restricted = response.threads
    assert restricted.restricted_access == "Thread is not accessible for the requester"
    assert restricted.events is None
    assert "events" not in restricted.model_fields_set
    assert latest.customer_visit is not None
    assert latest.customer_visit.geolocation is not None
    assert latest.customer_visit.geolocation.country_code == "PL"
    assert latest.events is not None
    form, filled, quick_replies, custom, system = latest.events

    assert isinstance(form, models.Form)
    name, email, radio, group, header = form.fields
    assert isinstance(name, models.FormFieldSimple)
    assert name.required is True
    assert isinstance(email, models.FormFieldSimple)
    assert isinstance(radio, models.FormFieldWithOptions)
    assert radio.options is not None
    assert [option.label for option in radio.options] == ["Support", "Sales"]
    assert isinstance(group, models.FormFieldGroupChooser)
    assert group.options is not None
    assert group.options[1] == models.GroupChooserOption(id="1", group_id=2, label="Billing")
    assert isinstance(header, models.UnknownFormField)  # a Customer Chat API field type
    assert header.label == "Welcome! Tell us about yourself."

    assert isinstance(filled, models.FilledForm)
    checkbox, chooser = filled.fields[2], filled.fields[3]
    assert isinstance(checkbox, models.FilledFormFieldCheckbox)
    assert checkbox.answers == [models.FilledFormAnswer(id="1", label="it")]
    assert isinstance(chooser, models.FilledFormFieldGroupChooser)
    assert chooser.answer.id == "1"  # a string in this docs sample
    empty_email = filled.fields[1]
    assert isinstance(empty_email, models.FilledFormFieldText)
    assert empty_email.answer == ""

    assert isinstance(quick_replies, models.RichMessage)
    assert quick_replies.template_id == "quick_replies"
    assert quick_replies.elements is not None
    element = quick_replies.elements[0]
    assert element.subtitle is None
    assert element.image is None
    assert element.buttons is not None
    starter, pricing, compare = element.buttons
    assert (starter.type, starter.value) == ("message", "Starter")
    assert (pricing.type, pricing.target) == ("url", "new")
    assert (compare.type, compare.webview_height) == ("webview", "tall")

    assert isinstance(custom, models.Custom)
    assert custom.visibility == "agents"
    assert custom.custom_id == "31a6bea5"
    assert custom.content == {
        "order": {
            "id": 1045,
            "total": 99.5,
            "items": ["shoes", "socks"],
            "paid": True,
            "coupon": None,
        }
    }
    assert custom.properties == {
        "0805e283233042b37f460ed8fbf22160": {"bool_property": True, "int_property": 7}
    }
    assert isinstance(system, models.SystemMessage)
    assert system.text_vars == {}


def test_get_customer() -> None:
    response = parse("get_customer")
    assert isinstance(response, models.GetCustomerResponse)
    assert isinstance(response, models.Customer)
    assert response.type == "customer"
    assert response.email_verified is False
    assert response.session_fields == [
        {"custom_key": "custom_value"},
        {"another_custom_key": "another_custom_value"},
    ]
    assert response.statistics is not None
    assert response.statistics.page_views_count == 1337
    assert response.statistics.greetings_accepted_count == 42
    assert response.created_at == datetime(2017, 10, 11, 15, 19, 21, 10200, tzinfo=UTC)
    offset_time = response.customer_last_event_created_at
    assert offset_time is not None
    assert offset_time.utcoffset() == timedelta(hours=1)
    assert offset_time == datetime(2017, 10, 12, 15, 19, 58, 10200, tzinfo=UTC)
    assert response.priv_lc2_customer_id == "S1507817961.8d8b5ef3ba"
    assert response.chat_ids == ["PWJ8Y4THAV", "PJ0MRSHTDG"]
    assert response.last_visit is not None
    assert response.last_visit.ended_at is None
    assert response.last_visit.referrer == "http://www.google.com/"
    assert response.last_visit.last_pages is not None
    assert [page.title for page in response.last_visit.last_pages] == [
        "LiveChat - Homepage",
        "LiveChat - Tour",
    ]


def test_list_routing_statuses() -> None:
    response = parse("list_routing_statuses")
    assert isinstance(response, models.ListRoutingStatusesResponse)
    assert len(response) == 2
    assert all(isinstance(entry, models.RoutingStatusEntry) for entry in response)
    assert {entry.agent_id: entry.status for entry in response} == {
        "smith@example.com": "accepting_chats",
        "jones@example.com": "not_accepting_chats",
    }


def test_list_agents_for_transfer() -> None:
    response = parse("list_agents_for_transfer")
    assert isinstance(response, models.ListAgentsForTransferResponse)
    assert [entry.agent_id for entry in response] == ["jones@example.com", "smith@example.com"]
    assert response[1].total_active_chats == 3
    assert all(isinstance(entry, models.AgentForTransfer) for entry in response)
