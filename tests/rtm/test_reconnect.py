"""Which ``agent_disconnected`` reasons reconnect (the spec's advice), and the backoff policy."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed.rtm import FINAL_REASONS, RECONNECT_REASONS, ReconnectPolicy
from livechat_typed.rtm._reconnect import should_reconnect

from ..helpers.rtm import load_rtm_spec

REASONS = {r["reason"]: r["suggested"] for r in load_rtm_spec()["disconnect_reasons"]}


def test_every_documented_reason_is_classified_as_the_docs_advise() -> None:
    assert RECONNECT_REASONS | FINAL_REASONS == set(REASONS)
    assert not RECONNECT_REASONS & FINAL_REASONS
    for reason, advice in REASONS.items():
        if advice == "Reconnect.":
            assert should_reconnect(reason), reason
        else:  # "Don't reconnect." and "Reconnect and generate a new access token."
            assert not should_reconnect(reason), reason


def test_a_drop_without_reason_reconnects_and_an_unknown_reason_does_not() -> None:
    assert should_reconnect(None)
    assert not should_reconnect("some_future_reason")


@given(
    initial=st.floats(0, 10),
    maximum=st.floats(0, 100),
    multiplier=st.floats(1, 5),
    jitter=st.floats(0, 1),
    attempts=st.integers(1, 30),
    seed=st.integers(),
)
def test_delays_grow_up_to_the_maximum_within_the_jitter(
    initial: float, maximum: float, multiplier: float, jitter: float, attempts: int, seed: int
) -> None:
    policy = ReconnectPolicy(
        initial, maximum, multiplier, jitter, attempts, random=random.Random(seed).random
    )
    delays = list(policy.delays())
    assert len(delays) == attempts
    for n, delay in enumerate(delays):
        ceiling = min(maximum, initial * multiplier**n)
        assert ceiling * (1 - jitter) - 1e-9 <= delay <= ceiling + 1e-9


def test_no_limit_means_endless_attempts() -> None:
    delays = ReconnectPolicy(initial=1, maximum=2).delays()
    assert all(next(delays) <= 2 for _ in range(1000))


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"initial": -1}, "initial"),
        ({"maximum": "5"}, "maximum"),
        ({"multiplier": 0.5}, "multiplier"),
        ({"jitter": 2}, "jitter"),
        ({"max_attempts": 0}, "max_attempts"),
    ],
)
def test_bad_options_are_refused_naming_them(options: dict[str, object], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        ReconnectPolicy(**options)  # type: ignore[arg-type]
