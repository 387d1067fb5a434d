"""Lifecycle headers: ``Deprecation`` / ``Legacy`` answers warn once per action and session.

The spec ("Versioning headers"): responses of legacy versions carry a ``Legacy`` header and
deprecated ones a ``Deprecation`` header, both ``YYYY-MM-DD`` (the end of that stage). The client
emits a ``LiveChatDeprecationWarning`` (a ``DeprecationWarning``) naming the date and the action,
at the caller's line. Warnings are recorded with the ``always`` filter so that the once-per-action
rule checked here is the client's own, not Python's per-location registry.
"""

from __future__ import annotations

import asyncio
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from livechat_typed import AgentWeb, AsyncAgentWeb
from livechat_typed.errors import LiveChatDeprecationWarning, NotFoundError

from .helpers import Harness, Script, reply
from .spec_strategies import ACTION_NAMES, minimal_kwargs

DATE = "2025-12-31"
DEPRECATED = reply(headers={"Deprecation": DATE})


@contextmanager
def recorded() -> Iterator[list[LiveChatDeprecationWarning]]:
    """Every LiveChatDeprecationWarning emitted inside the block (other warnings ignored)."""
    found: list[LiveChatDeprecationWarning] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield found
    found.extend(w.message for w in caught if isinstance(w.message, LiveChatDeprecationWarning))


@contextmanager
def recorded_raw() -> Iterator[list[warnings.WarningMessage]]:
    """Every warning emitted inside the block, with its filename and line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught


def call(harness: Harness, client: Any, action: str = "get_chat", **options: Any) -> Any:
    return harness.call(client, action, **minimal_kwargs(action), **options)


# --- what is warned -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "date"), [("Deprecation", DATE), ("Legacy", "2026-06-30")], ids=["dep", "legacy"]
)
def test_a_lifecycle_header_warns_with_date_and_action(
    harness: Harness, header: str, date: str
) -> None:
    script = Script(reply(headers={header: date}))
    with recorded() as found:
        call(harness, harness.client(script), "follow_chat")
    [warning] = found
    assert issubclass(LiveChatDeprecationWarning, DeprecationWarning)
    assert isinstance(warning, DeprecationWarning)
    assert warning.date == date
    assert warning.action == "follow_chat"
    assert warning.header == header
    assert date in str(warning)
    assert "follow_chat" in str(warning)


@pytest.mark.parametrize("action", ACTION_NAMES)
def test_every_action_warns(harness: Harness, action: str) -> None:
    script = Script(DEPRECATED)
    with recorded() as found:
        call(harness, harness.client(script), action)
    assert [(w.action, w.date) for w in found] == [(action, DATE)]


def test_no_warning_without_the_headers(harness: Harness) -> None:
    script = Script(
        then=reply(headers={"X-Other": DATE, "Sunset": "Wed, 31 Dec 2025 00:00:00 GMT"})
    )
    client = harness.client(script)
    with recorded_raw() as caught:
        for action in ACTION_NAMES:
            call(harness, client, action)
    assert script.count == len(ACTION_NAMES)
    assert [w for w in caught if issubclass(w.category, DeprecationWarning)] == []


def test_both_headers_give_a_single_warning(harness: Harness) -> None:
    script = Script(reply(headers={"Deprecation": DATE, "Legacy": "2024-01-01"}))
    with recorded() as found:
        call(harness, harness.client(script))
    assert len(found) == 1
    assert found[0].action == "get_chat"


def test_an_error_answer_with_the_header_still_warns(harness: Harness) -> None:
    script = Script(reply(404, error="not_found", headers={"Deprecation": DATE}))
    with recorded() as found, pytest.raises(NotFoundError):
        call(harness, harness.client(script))
    assert [w.action for w in found] == ["get_chat"]


# --- once per action and session ------------------------------------------------------------------


def test_once_per_action_per_session(harness: Harness) -> None:
    script = Script(then=DEPRECATED)
    client = harness.client(script)
    with recorded() as found:
        call(harness, client, "get_chat")
        call(harness, client, "get_chat")
        harness.raw(client, "get_chat", chat_id="C1")
        call(harness, client, "send_event")
        call(harness, client, "send_event")
        call(harness, client, "get_chat")
    assert script.count == 6
    assert [w.action for w in found] == ["get_chat", "send_event"]


def test_raw_calls_warn_too_and_count_for_the_action(harness: Harness) -> None:
    script = Script(then=DEPRECATED)
    client = harness.client(script)
    with recorded() as found:
        harness.raw(client, "get_chat", chat_id="C1")
        call(harness, client, "get_chat")
    assert [w.action for w in found] == ["get_chat"]


def test_with_options_copies_share_the_session(harness: Harness) -> None:
    script = Script(then=DEPRECATED)
    client = harness.client(script)
    copy = client.with_options(max_retries=0)
    with recorded() as found:
        call(harness, client)
        call(harness, copy)
        call(harness, copy, "list_chats")
        call(harness, client, "list_chats")
    assert [w.action for w in found] == ["get_chat", "list_chats"]


def test_a_new_client_warns_again(harness: Harness) -> None:
    script = Script(then=DEPRECATED)
    with recorded() as found:
        call(harness, harness.client(script))
        call(harness, harness.client(script))
    assert [w.action for w in found] == ["get_chat", "get_chat"]


def test_a_warning_does_not_change_the_result(harness: Harness) -> None:
    body = {"id": "C9", "users": [], "is_followed": False}
    script = Script(reply(body=body, headers={"Deprecation": DATE}))
    with recorded():
        result = call(harness, harness.client(script))
    assert result.id == "C9"


def test_a_warning_filter_can_turn_it_into_an_error() -> None:
    script = Script(DEPRECATED)
    with AgentWeb("Bearer x", transport=script.transport) as client:
        with warnings.catch_warnings():
            warnings.simplefilter("error", LiveChatDeprecationWarning)
            with pytest.raises(LiveChatDeprecationWarning):
                client.get_chat(chat_id="C1")


# --- where the warning points ---------------------------------------------------------------------


def _line() -> int:
    """The caller's current line number."""
    return sys._getframe(1).f_lineno


def test_the_warning_points_at_the_callers_line() -> None:
    script = Script(DEPRECATED)
    with AgentWeb("Bearer x", transport=script.transport) as client:
        with recorded_raw() as caught:
            line = _line() + 1
            client.get_chat(chat_id="C1")
    [warning] = [w for w in caught if w.category is LiveChatDeprecationWarning]
    assert (warning.filename, warning.lineno) == (__file__, line)


def test_the_warning_of_a_raw_call_points_at_the_callers_line() -> None:
    script = Script(DEPRECATED)
    with AgentWeb("Bearer x", transport=script.transport) as client:
        with recorded_raw() as caught:
            line = _line() + 1
            client.raw.get_chat(chat_id="C1")
    [warning] = [w for w in caught if w.category is LiveChatDeprecationWarning]
    assert (warning.filename, warning.lineno) == (__file__, line)


def test_the_warning_of_an_awaited_raw_call_points_at_the_callers_line() -> None:
    script = Script(DEPRECATED)
    lines: list[int] = []

    async def main() -> None:
        async with AsyncAgentWeb("Bearer x", transport=script.transport) as client:
            lines.append(_line() + 1)
            await client.raw.get_chat(chat_id="C1")

    with recorded_raw() as caught:
        asyncio.run(main())
    [warning] = [w for w in caught if w.category is LiveChatDeprecationWarning]
    assert (warning.filename, warning.lineno) == (__file__, lines[0])


def test_the_warning_of_a_listing_points_at_the_iterating_line() -> None:
    page = {"chats_summary": [{"id": "C1", "users": []}], "found_chats": 1}
    script = Script(reply(body=page, headers={"Deprecation": DATE}))
    with AgentWeb("Bearer x", transport=script.transport) as client:
        with recorded_raw() as caught:
            line = _line() + 1
            chats = list(client.iterate.list_chats())
    assert [chat.id for chat in chats] == ["C1"]
    [warning] = [w for w in caught if w.category is LiveChatDeprecationWarning]
    assert (warning.filename, warning.lineno) == (__file__, line)


def test_the_warning_of_an_awaited_call_points_at_the_callers_line() -> None:
    script = Script(DEPRECATED)
    lines: list[int] = []

    async def main() -> None:
        async with AsyncAgentWeb("Bearer x", transport=script.transport) as client:
            lines.append(_line() + 1)
            await client.get_chat(chat_id="C1")

    with recorded_raw() as caught:
        asyncio.run(main())
    [warning] = [w for w in caught if w.category is LiveChatDeprecationWarning]
    assert (warning.filename, warning.lineno) == (__file__, lines[0])
