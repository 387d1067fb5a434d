"""The bounded push buffer: the oldest are discarded, and the reader is told where."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed.rtm import RTMDisconnectedError, RTMPushOverflowError
from livechat_typed.rtm._buffer import PushBuffer


async def drain(buffer: PushBuffer[int]) -> list[int | str]:
    seen: list[int | str] = []
    while True:
        try:
            seen.append(await buffer.get())
        except RTMPushOverflowError as exc:
            seen.append(f"gap {exc.dropped}")
        except RTMDisconnectedError:
            return seen


@given(limit=st.integers(1, 20), count=st.integers(0, 60))
def test_a_slow_reader_gets_a_gap_then_the_newest_items(limit: int, count: int) -> None:
    buffer: PushBuffer[int] = PushBuffer(limit)
    kept = [buffer.put(n) for n in range(count)]
    assert len(buffer) == min(limit, count)
    assert kept.count(False) == max(0, count - limit)
    buffer.end(RTMDisconnectedError("end", reason="closed"))
    seen = asyncio.run(drain(buffer))
    gap = [f"gap {count - limit}"] if count > limit else []
    assert seen == gap + list(range(max(0, count - limit), count))
    assert buffer.dropped_total == max(0, count - limit)


def test_a_waiting_reader_wakes_for_the_next_item_and_at_the_end() -> None:
    async def scenario() -> list[object]:
        buffer: PushBuffer[int] = PushBuffer(3)
        reader = asyncio.ensure_future(drain(buffer))
        await asyncio.sleep(0)  # the reader now waits
        buffer.put(7)
        await asyncio.sleep(0)
        buffer.end(RTMDisconnectedError("end", reason="access_token_revoked"))
        return list(await reader)

    assert asyncio.run(scenario()) == [7]


def test_the_end_error_is_raised_after_the_items() -> None:
    async def scenario() -> None:
        buffer: PushBuffer[int] = PushBuffer(3)
        buffer.put(1)
        buffer.end(RTMDisconnectedError("end", reason="license_expired"))
        assert await buffer.get() == 1
        with pytest.raises(RTMDisconnectedError) as caught:
            await buffer.get()
        assert caught.value.reason == "license_expired"

    asyncio.run(scenario())
