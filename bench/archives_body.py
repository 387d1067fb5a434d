"""A deterministic, realistic ``list_archives`` body: 100 chats with 20 mixed events each."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from typing import Any

_START = datetime(2024, 7, 1, 8, 0, tzinfo=timezone.utc)
_AGENT = "john.doe@example.com"


def _ts(rng: random.Random) -> str:
    moment = _START + timedelta(
        seconds=rng.randint(0, 30 * 86400), microseconds=rng.randint(0, 999999)
    )
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _event(rng: random.Random, thread_id: str, index: int, customer_id: str) -> dict[str, Any]:
    base = {"id": f"{thread_id}_{index}", "created_at": _ts(rng), "visibility": "all"}
    kind = index % 10
    if kind == 0:
        return {
            **base,
            "type": "system_message",
            "system_message_type": "routing.assigned_other",
            "text": f"Chat assigned to {_AGENT}",
            "text_vars": {"agent": _AGENT},
        }
    if kind == 1:
        return {
            **base,
            "type": "filled_form",
            "author_id": customer_id,
            "form_id": "1473433500211",
            "form_type": "prechat",
            "fields": [
                {"type": "name", "id": "1", "label": "Name:", "answer": "Jane"},
                {"type": "email", "id": "2", "label": "E-mail:", "answer": "jane@example.com"},
                {
                    "type": "radio",
                    "id": "3",
                    "label": "Topic",
                    "answer": {"id": "0", "label": "Billing"},
                },
            ],
        }
    if kind == 2:
        return {
            **base,
            "type": "file",
            "author_id": customer_id,
            "name": "screenshot.png",
            "url": "https://cdn.livechat-files.com/api/file/lc/att/8948324/45a3581b.png",
            "thumbnail_url": "https://cdn.livechat-files.com/api/file/lc/att/8948324/t.png",
            "content_type": "image/png",
            "size": 123444,
            "width": 640,
            "height": 480,
        }
    if kind == 3:
        return {
            **base,
            "type": "rich_message",
            "author_id": _AGENT,
            "template_id": "quick_replies",
            "elements": [
                {
                    "title": "Do you want to continue?",
                    "buttons": [
                        {
                            "text": "Yes",
                            "postback_id": "yes",
                            "user_ids": [],
                            "type": "message",
                            "value": "yes",
                        },
                        {
                            "text": "No",
                            "postback_id": "no",
                            "user_ids": [customer_id],
                            "type": "message",
                            "value": "no",
                        },
                    ],
                }
            ],
        }
    author = _AGENT if index % 2 else customer_id
    return {
        **base,
        "type": "message",
        "author_id": author,
        "text": "Hello, how can I help you today? " * rng.randint(2, 6),
        "properties": {"lc2": {"welcome_message": index == 4}},
    }


def list_archives_body(chats: int = 100, events: int = 20, seed: int = 7) -> bytes:
    """The JSON bytes of a ``list_archives`` answer with ``chats`` chats of ``events`` events."""
    rng = random.Random(seed)
    result = []
    for c in range(chats):
        chat_id = f"Q{c:09d}"
        thread_id = f"T{c:09d}"
        customer_id = f"b7eff798-f8df-4364-8059-{c:012d}"
        result.append(
            {
                "id": chat_id,
                "users": [
                    {
                        "id": customer_id,
                        "type": "customer",
                        "name": "Jane Roe",
                        "email": "jane@example.com",
                        "present": False,
                        "created_at": _ts(rng),
                        "events_seen_up_to": _ts(rng),
                        "last_visit": {
                            "started_at": _ts(rng),
                            "ip": "192.0.2.1",
                            "user_agent": "Mozilla/5.0",
                            "geolocation": {
                                "country": "Poland",
                                "country_code": "PL",
                                "city": "Wroclaw",
                            },
                            "last_pages": [
                                {
                                    "opened_at": _ts(rng),
                                    "url": "https://example.com/",
                                    "title": "Home",
                                }
                            ],
                        },
                        "statistics": {"chats_count": 3, "threads_count": 4, "visits_count": 7},
                    },
                    {
                        "id": _AGENT,
                        "type": "agent",
                        "name": "John Doe",
                        "email": _AGENT,
                        "present": True,
                        "events_seen_up_to": _ts(rng),
                        "avatar": "cdn.livechatinc.com/cloud/?uri=https://example.com/a.png",
                        "visibility": "all",
                    },
                ],
                "thread": {
                    "id": thread_id,
                    "created_at": _ts(rng),
                    "active": False,
                    "user_ids": [customer_id, _AGENT],
                    "events": [_event(rng, thread_id, i, customer_id) for i in range(events)],
                    "properties": {
                        "routing": {"continuous": False, "idle": False},
                        "source": {"client_id": "0805e283233042b37f460ed8fbf22160"},
                    },
                    "access": {"group_ids": [0]},
                    "tags": ["sales"],
                    "previous_thread_id": None,
                    "customer_visit": {"ip": "192.0.2.1", "user_agent": "Mozilla/5.0"},
                },
                "properties": {"routing": {"pinned": False}},
                "access": {"group_ids": [0]},
                "is_followed": False,
            }
        )
    return json.dumps(
        {"chats": result, "found_chats": chats, "next_page_id": "MTUxNzM5ODEzMTQ5Nw=="}
    ).encode()
