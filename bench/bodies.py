"""Realistic answer bodies for the per-call benchmarks, built from the spec's shapes.

Every member used here is documented in ``tests/spec/agent_web_v3_6.json`` (the structures
``Chat``, ``ChatSummary``, ``ThreadSummary``, ``LastEventOfType``, ``Thread``, ``Customer``,
``Agent``, the event types), so a strict client parses each body without an ``Unknown...``
fallback (``tests/test_bench_bodies.py`` checks it). Deterministic: the same bytes every run.

* :func:`send_event_body`, :func:`upload_file_body`: the two small answers;
* :func:`get_chat_body`: a chat whose thread holds a whole conversation (12 events of six types:
  a pre-chat form, system messages, messages, a file, a custom event, a rich message), with a
  customer who has a visit and statistics, properties, access and tags (~6 KB);
* :func:`list_chats_body`: a page of 10 large chat summaries (~40 KB), each with the customer's
  last visit (pages, geolocation) and statistics, the agent, the last thread's summary
  (properties, access, a queue for the queued chats), the last event of each type seen
  (message, system message, filled form, and a file for half of them), chat properties and
  access.

``ThreadSummary`` documents no ``tags`` (the spec's samples show none), so the summaries carry
none: a strict client would refuse them.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

__all__ = [
    "BODIES",
    "get_chat_body",
    "list_chats_body",
    "send_event_body",
    "upload_file_body",
]

_START = datetime(2024, 7, 15, 9, 4, 57, 881200, tzinfo=timezone.utc)
_AGENT = "john.doe@example.com"
_CLIENT_ID = "0805e283233042b37f460ed8fbf22160"
_CDN = "https://cdn.livechat-files.com/api/file/lc/att/8948324"


def _ts(seconds: int) -> str:
    """An RFC 3339 timestamp with microseconds, ``seconds`` after a fixed start."""
    return (_START + timedelta(seconds=seconds, microseconds=seconds * 37 % 999_983)).strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ"
    )


def _customer_id(n: int) -> str:
    return f"b7eff798-f8df-4364-8059-{n:012d}"


def _customer(n: int) -> dict[str, Any]:
    """A customer as the API lists it in a chat: visit, pages, geolocation, statistics."""
    return {
        "id": _customer_id(n),
        "type": "customer",
        "name": f"Jane Roe {n}",
        "email": f"jane.roe{n}@example.com",
        "email_verified": n % 2 == 0,
        "avatar": "https://cdn.livechat-files.com/api/file/avatar/customer.png",
        "created_at": _ts(-86_400 * (n + 3)),
        "session_fields": [{"plan": "pro"}, {"customer_since": "2021-03-01"}],
        "statistics": {
            "chats_count": 3 + n,
            "threads_count": 5 + n,
            "visits_count": 11 + n,
            "page_views_count": 42 + n,
            "greetings_shown_count": 2,
            "greetings_accepted_count": 1,
        },
        "last_visit": {
            "started_at": _ts(-600 - n),
            "referrer": "https://www.google.com/",
            "ip": f"192.0.2.{n % 250 + 1}",
            "user_agent": (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
            ),
            "geolocation": {
                "country": "Poland",
                "country_code": "PL",
                "region": "Lower Silesia",
                "city": "Wroclaw",
                "timezone": "Europe/Warsaw",
                "latitude": "51.1079",
                "longitude": "17.0385",
            },
            "last_pages": [
                {"opened_at": _ts(-600 + 60 * p), "url": url, "title": title}
                for p, (url, title) in enumerate(
                    [
                        ("https://www.example.com/", "Example - Home"),
                        ("https://www.example.com/pricing", "Pricing - Example"),
                        ("https://www.example.com/billing/invoices", "Invoices - Example"),
                    ]
                )
            ],
        },
        "present": True,
        "events_seen_up_to": _ts(300),
        "agent_last_event_created_at": _ts(280),
        "customer_last_event_created_at": _ts(290),
    }


def _agent() -> dict[str, Any]:
    return {
        "id": _AGENT,
        "type": "agent",
        "name": "John Doe",
        "email": _AGENT,
        "present": True,
        "events_seen_up_to": _ts(295),
        "avatar": "cdn.livechatinc.com/cloud/?uri=https://livechat.s3.amazonaws.com/default/a.png",
        "visibility": "all",
    }


def _properties(n: int) -> dict[str, Any]:
    return {
        "routing": {"continuous": False, "idle": False, "pinned": n % 3 == 0},
        "source": {"client_id": _CLIENT_ID, "customer_client_id": "c5e4f61e1a6c3b1521b"},
        _CLIENT_ID: {"plan": "pro", "seats": 12 + n, "priority": "high"},
    }


def _message(event_id: str, at: int, author: str, text: str) -> dict[str, Any]:
    return {
        "id": event_id,
        "created_at": _ts(at),
        "visibility": "all",
        "type": "message",
        "author_id": author,
        "text": text,
        "properties": {"lc2": {"welcome_message": False}},
    }


def _system(event_id: str, at: int, kind: str, text: str) -> dict[str, Any]:
    return {
        "id": event_id,
        "created_at": _ts(at),
        "visibility": "all",
        "type": "system_message",
        "system_message_type": kind,
        "text": text,
        "text_vars": {"agent": "John Doe", "queue_position": "1"},
    }


def _filled_form(event_id: str, at: int, customer: str) -> dict[str, Any]:
    return {
        "id": event_id,
        "created_at": _ts(at),
        "visibility": "all",
        "type": "filled_form",
        "author_id": customer,
        "form_id": "1473433500211",
        "form_type": "prechat",
        "fields": [
            {"type": "name", "id": "1", "label": "Name:", "answer": "Jane Roe"},
            {"type": "email", "id": "2", "label": "E-mail:", "answer": "jane.roe@example.com"},
            {
                "type": "radio",
                "id": "3",
                "label": "Topic",
                "answer": {"id": "0", "label": "Billing"},
            },
            {
                "type": "checkbox",
                "id": "4",
                "label": "Products",
                "answers": [{"id": "0", "label": "Chat"}, {"id": "2", "label": "Tickets"}],
            },
        ],
    }


def _file(event_id: str, at: int, customer: str) -> dict[str, Any]:
    return {
        "id": event_id,
        "created_at": _ts(at),
        "visibility": "all",
        "type": "file",
        "author_id": customer,
        "name": "invoice-2024-06.pdf",
        "url": f"{_CDN}/45a3581b59a7295145c3825c86ec7ab3/invoice-2024-06.pdf",
        "content_type": "application/pdf",
        "size": 183_244,
    }


def _rich_message(event_id: str, at: int, customer: str) -> dict[str, Any]:
    return {
        "id": event_id,
        "created_at": _ts(at),
        "visibility": "all",
        "type": "rich_message",
        "author_id": _AGENT,
        "template_id": "quick_replies",
        "elements": [
            {
                "title": "Did that answer your question?",
                "buttons": [
                    {
                        "text": "Yes, thanks",
                        "postback_id": "answered_yes",
                        "user_ids": [customer],
                        "type": "message",
                        "value": "yes",
                    },
                    {
                        "text": "No",
                        "postback_id": "answered_no",
                        "user_ids": [],
                        "type": "message",
                        "value": "no",
                    },
                ],
            }
        ],
    }


def _custom(event_id: str, at: int) -> dict[str, Any]:
    return {
        "id": event_id,
        "created_at": _ts(at),
        "visibility": "agents",
        "type": "custom",
        "author_id": _AGENT,
        "custom_id": "crm-sync-1",
        "content": {"crm": {"ticket": 48213, "status": "open", "tags": ["billing", "refund"]}},
    }


_LINES = [
    "Hello, I have a question about my last invoice.",
    "Hi Jane, I'm John. Of course, what would you like to know?",
    "I was charged twice for June, here is the invoice.",
    "Thanks, let me check that with our billing team. It will take a minute.",
    "I can see the duplicate charge: I have started a refund, 3-5 business days.",
    "Great, thank you very much for the quick help!",
]


def _thread_events(thread_id: str, customer: str) -> list[dict[str, Any]]:
    """A conversation's events in the order it makes them: a pre-chat form, the routing
    message, two exchanges with a file and a custom event between them, a quick reply, the
    closing message."""
    events: list[dict[str, Any]] = [
        _filled_form(f"{thread_id}_1", 0, customer),
        _system(f"{thread_id}_2", 2, "routing.assigned_other", "Chat assigned to John Doe"),
    ]
    at = 10
    for turn in range(2):
        for index, line in enumerate(_LINES[turn * 3 : turn * 3 + 3]):
            author = customer if (turn + index) % 2 == 0 else _AGENT
            events.append(_message(f"{thread_id}_{len(events) + 1}", at, author, line))
            at += 17
        if turn == 0:
            events.append(_file(f"{thread_id}_{len(events) + 1}", at, customer))
        if turn == 1:
            events.append(_custom(f"{thread_id}_{len(events) + 1}", at))
    events.append(_rich_message(f"{thread_id}_{len(events) + 1}", at + 5, customer))
    events.append(
        _system(f"{thread_id}_{len(events) + 1}", at + 60, "manual_archived_agent", "Chat closed")
    )
    return events


def get_chat_body() -> bytes:
    """A ``get_chat`` answer: one chat, its thread with 12 events of six types (~6 KB)."""
    customer = _customer(1)
    thread_id = "K600PKZON8"
    chat = {
        "id": "PJ0MRSHTDG",
        "thread": {
            "id": thread_id,
            "created_at": _ts(0),
            "active": False,
            "user_ids": [customer["id"], _AGENT],
            "events": _thread_events(thread_id, customer["id"]),
            "properties": {"routing": {"continuous": False, "idle": False}},
            "access": {"group_ids": [0, 2]},
            "tags": ["billing", "refund"],
            "queues_duration": 4,
            "previous_thread_id": "K600PKZOM1",
            "customer_visit": {
                "ip": "192.0.2.2",
                "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                "geolocation": {"country": "Poland", "country_code": "PL", "city": "Wroclaw"},
            },
        },
        "users": [customer, _agent()],
        "properties": _properties(1),
        "access": {"group_ids": [0, 2]},
        "is_followed": True,
    }
    return json.dumps(chat).encode()


def _summary(n: int) -> dict[str, Any]:
    customer = _customer(n)
    chat_id = f"PJ0MRS{n:04d}"
    thread_id = f"K600PK{n:04d}"
    thread_at = _ts(-3600 * n)
    queued = n % 4 == 3
    summary: dict[str, Any] = {
        "id": chat_id,
        "last_thread_summary": {
            "id": thread_id,
            "created_at": thread_at,
            "user_ids": [customer["id"], _AGENT],
            "properties": {
                "routing": {"continuous": False, "idle": False, "unassigned": queued},
                "source": {"client_id": _CLIENT_ID},
                _CLIENT_ID: {"topic": "billing", "score": 7},
            },
            "active": True,
            "access": {"group_ids": [0, n % 3 + 1]},
        },
        "users": [customer, _agent()],
        "last_event_per_type": {
            "message": {
                "thread_id": thread_id,
                "thread_created_at": thread_at,
                "event": _message(f"{thread_id}_9", 120, customer["id"], _LINES[n % len(_LINES)]),
            },
            "system_message": {
                "thread_id": thread_id,
                "thread_created_at": thread_at,
                "event": _system(
                    f"{thread_id}_2", 2, "routing.assigned_other", "Chat assigned to John Doe"
                ),
            },
            "filled_form": {
                "thread_id": thread_id,
                "thread_created_at": thread_at,
                "event": _filled_form(f"{thread_id}_1", 0, customer["id"]),
            },
        },
        "properties": _properties(n),
        "access": {"group_ids": [0, n % 3 + 1]},
        "is_followed": n % 2 == 0,
    }
    if n % 2:  # half of the chats saw a file
        summary["last_event_per_type"]["file"] = {
            "thread_id": thread_id,
            "thread_created_at": thread_at,
            "event": _file(f"{thread_id}_5", 60, customer["id"]),
        }
    if queued:
        summary["last_thread_summary"]["queue"] = {
            "position": n % 5 + 1,
            "wait_time": 45 * (n % 5 + 1),
            "queued_at": thread_at,
        }
    return summary


def list_chats_body(chats: int = 10) -> bytes:
    """A ``list_chats`` page of ``chats`` large summaries (10: ~40 KB), with a next page."""
    return json.dumps(
        {
            "chats_summary": [_summary(n) for n in range(chats)],
            "found_chats": 137,
            "next_page_id": "MTUxNzM5ODEzMTQ5Nw==",
        }
    ).encode()


def send_event_body() -> bytes:
    """A ``send_event`` answer: the new event's ID."""
    return json.dumps({"event_id": "K600PKZON8_26"}).encode()


def upload_file_body() -> bytes:
    """An ``upload_file`` answer: the file's temporary CDN URL."""
    return json.dumps({"url": f"{_CDN}/45a3581b59a7295145c3825c86ec7ab3/screenshot.png"}).encode()


BODIES: dict[str, bytes] = {
    "send_event": send_event_body(),
    "upload_file": upload_file_body(),
    "get_chat": get_chat_body(),
    "list_chats": list_chats_body(),
}
"""The answer of each benchmarked action, by action name (the last segment of its URL)."""
