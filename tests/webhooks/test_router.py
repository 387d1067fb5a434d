"""WebhookRouter: dispatch by class, sync and async handlers, and the duplicate guard.

The guard keys deliveries on their content, not on ``webhook_id`` (which names the
registration: every delivery of one registration carries the same). Its rules, checked against a
plain model on random operation sequences with a fake clock: bounded memory, a handled delivery
is a duplicate within ``ttl`` of when it was last seen, one still being handled is
``in_progress``, a failed one is forgotten.
"""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livechat_typed.webhooks import (
    ChatWebhook,
    ConfigurationWebhook,
    Delivery,
    DuplicateGuard,
    IncomingEventWebhook,
    InvalidWebhookError,
    ThreadTaggedWebhook,
    UnknownWebhook,
    Webhook,
    WebhookRouter,
    WebhookSecretError,
)

SECRET = "router-s3cret"


def body(action: str = "thread_tagged", tag: str = "vip", **changes: Any) -> bytes:
    payloads: dict[str, Any] = {
        "thread_tagged": {"chat_id": "C1", "thread_id": "T1", "tag": tag},
        "incoming_event": {
            "chat_id": "C1",
            "thread_id": "T1",
            "event": {
                "id": "T1_1",
                "type": "message",
                "text": tag,
                "author_id": "a@example.com",
                "created_at": "2024-07-15T09:04:57.881200Z",
            },
        },
        "agent_deleted": {"id": "a@example.com"},
        "brand_new_webhook": {"anything": [1, 2]},
    }
    data: dict[str, Any] = {
        "webhook_id": "reg-1",
        "secret_key": SECRET,
        "action": action,
        "organization_id": "org-1",
        "payload": payloads[action],
    }
    data.update(changes)
    return json.dumps(data).encode()


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- dispatch -----------------------------------------------------------------------------------


def test_the_handler_of_the_class_gets_the_typed_webhook() -> None:
    router = WebhookRouter(secret_key=SECRET)
    seen: list[Webhook] = []

    @router.on(ThreadTaggedWebhook)
    def tagged(webhook: ThreadTaggedWebhook) -> str:
        seen.append(webhook)
        return webhook.payload.tag

    delivery = router.handle(body())
    assert delivery == Delivery(seen[0], "handled", "vip")
    assert delivery.status_code == 200
    assert isinstance(seen[0], ThreadTaggedWebhook)


def test_the_most_specific_registered_class_wins() -> None:
    router = WebhookRouter(secret_key=SECRET)
    calls: list[str] = []
    router.on(ChatWebhook)(lambda webhook: calls.append("chat"))
    router.on(IncomingEventWebhook)(lambda webhook: calls.append("event"))
    router.on(ConfigurationWebhook)(lambda webhook: calls.append("configuration"))
    router.fallback(lambda webhook: calls.append("fallback"))
    for payload in (body("incoming_event"), body(), body("agent_deleted")):
        router.handle(payload)
    router.handle(body("brand_new_webhook"))
    assert calls == ["event", "chat", "configuration", "fallback"]
    assert router.handler_for(UnknownWebhook) is router.handler_for(Webhook)


def test_without_a_handler_the_delivery_is_unhandled() -> None:
    router = WebhookRouter(secret_key=SECRET)
    router.on(IncomingEventWebhook)(lambda webhook: None)
    delivery = router.handle(body())
    assert delivery.outcome == "unhandled" and delivery.status_code == 200
    assert isinstance(delivery.webhook, ThreadTaggedWebhook)


def test_registration_mistakes_are_refused() -> None:
    router = WebhookRouter(secret_key=SECRET)
    router.on(ThreadTaggedWebhook)(lambda webhook: None)
    with pytest.raises(ValueError, match="already has a handler"):
        router.on(ThreadTaggedWebhook)(lambda webhook: None)
    with pytest.raises(TypeError):
        router.on(dict)  # type: ignore[type-var]
    with pytest.raises(TypeError):
        router.on(IncomingEventWebhook)("not callable")  # type: ignore[arg-type]


def test_refused_bodies_raise_and_run_no_handler() -> None:
    router = WebhookRouter(secret_key=SECRET)
    calls: list[Webhook] = []
    router.fallback(calls.append)
    with pytest.raises(WebhookSecretError):
        router.handle(body(secret_key="nope"))
    with pytest.raises(InvalidWebhookError):
        router.handle(body(payload={}))
    with pytest.raises(WebhookSecretError):  # no secret at all
        router.handle(b"{}")
    assert calls == []


def test_a_handler_error_propagates() -> None:
    router = WebhookRouter(secret_key=SECRET)

    @router.on(ThreadTaggedWebhook)
    def broken(webhook: ThreadTaggedWebhook) -> None:
        raise KeyError("database down")

    with pytest.raises(KeyError):
        router.handle(body())


# --- sync and async -----------------------------------------------------------------------------


def test_an_async_handler_runs_from_sync_code() -> None:
    router = WebhookRouter(secret_key=SECRET)

    @router.on(ThreadTaggedWebhook)
    async def tagged(webhook: ThreadTaggedWebhook) -> str:
        await asyncio.sleep(0)
        return webhook.payload.tag.upper()

    assert router.handle(body()).result == "VIP"


def test_an_async_handler_inside_a_running_loop_needs_ahandle() -> None:
    router = WebhookRouter(secret_key=SECRET, duplicates=DuplicateGuard())

    @router.on(ThreadTaggedWebhook)
    async def tagged(webhook: ThreadTaggedWebhook) -> str:
        return "done"

    async def main() -> None:
        with pytest.raises(RuntimeError, match="ahandle"):
            router.handle(body())
        assert (await router.ahandle(body())).result == "done"  # not left claimed

    asyncio.run(main())


def test_ahandle_awaits_async_handlers_and_runs_sync_ones_in_a_thread() -> None:
    router = WebhookRouter(secret_key=SECRET)
    threads: dict[str, int] = {}

    @router.on(ThreadTaggedWebhook)
    def sync_handler(webhook: ThreadTaggedWebhook) -> str:
        threads["sync"] = threading.get_ident()
        return "sync"

    @router.on(IncomingEventWebhook)
    async def async_handler(webhook: IncomingEventWebhook) -> str:
        threads["async"] = threading.get_ident()
        return "async"

    async def main() -> list[object]:
        threads["loop"] = threading.get_ident()
        first = await router.ahandle(body())
        second = await router.ahandle(body("incoming_event"))
        return [first.result, second.result]

    assert asyncio.run(main()) == ["sync", "async"]
    assert threads["async"] == threads["loop"] != threads["sync"]


# --- the duplicate guard ------------------------------------------------------------------------


def test_redeliveries_are_handled_once() -> None:
    clock = Clock()
    router = WebhookRouter(secret_key=SECRET, duplicates=DuplicateGuard(clock=clock))
    calls: list[str] = []
    router.on(ThreadTaggedWebhook)(lambda webhook: calls.append(webhook.payload.tag))
    outcomes = [router.handle(body()).outcome for _ in range(4)]  # 3 redeliveries
    assert outcomes == ["handled", "duplicate", "duplicate", "duplicate"]
    assert calls == ["vip"]


def test_deliveries_of_one_registration_are_not_duplicates() -> None:
    """``webhook_id`` names the registration, so it repeats across different deliveries."""
    router = WebhookRouter(secret_key=SECRET, duplicates=DuplicateGuard())
    calls: list[str] = []
    router.on(ThreadTaggedWebhook)(lambda webhook: calls.append(webhook.payload.tag))
    for tag in ("a", "b", "c"):
        assert router.handle(body(tag=tag)).outcome == "handled"
    assert calls == ["a", "b", "c"]


def test_the_secret_is_not_part_of_the_key() -> None:
    router = WebhookRouter(secret_key=[SECRET, "rotated"], duplicates=DuplicateGuard())
    router.fallback(lambda webhook: None)
    assert router.handle(body()).outcome == "handled"
    assert router.handle(body(secret_key="rotated")).outcome == "duplicate"


def test_a_failed_delivery_is_handled_again() -> None:
    router = WebhookRouter(secret_key=SECRET, duplicates=DuplicateGuard())
    attempts: list[int] = []

    @router.on(ThreadTaggedWebhook)
    def flaky(webhook: ThreadTaggedWebhook) -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise ConnectionError("database down")

    with pytest.raises(ConnectionError):
        router.handle(body())
    assert router.handle(body()).outcome == "handled"
    assert router.handle(body()).outcome == "duplicate"
    assert len(attempts) == 2


def test_a_redelivery_during_the_first_is_in_progress() -> None:
    guard = DuplicateGuard()
    router = WebhookRouter(secret_key=SECRET, duplicates=guard)
    inner: list[Delivery] = []

    @router.on(ThreadTaggedWebhook)
    def slow(webhook: ThreadTaggedWebhook) -> None:
        if not inner:  # LiveChat's redelivery arrives while this one still runs
            inner.append(router.handle(body()))

    assert router.handle(body()).outcome == "handled"
    assert inner[0].outcome == "in_progress" and inner[0].status_code == 409


def test_concurrent_copies_run_the_handler_once() -> None:
    router = WebhookRouter(secret_key=SECRET, duplicates=DuplicateGuard())
    calls: list[int] = []
    gate = threading.Barrier(8)
    router.on(ThreadTaggedWebhook)(lambda webhook: calls.append(1))
    outcomes: list[str] = []

    def deliver() -> None:
        gate.wait()
        outcomes.append(router.handle(body()).outcome)

    threads = [threading.Thread(target=deliver) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1]
    assert sorted(set(outcomes) - {"handled"}) <= ["duplicate", "in_progress"]
    assert outcomes.count("handled") == 1


def test_the_guard_forgets_after_ttl() -> None:
    clock = Clock()
    router = WebhookRouter(secret_key=SECRET, duplicates=DuplicateGuard(ttl=60, clock=clock))
    router.fallback(lambda webhook: None)
    assert router.handle(body()).outcome == "handled"
    clock.now += 59.9
    assert router.handle(body()).outcome == "duplicate"  # seen again: remembered anew
    clock.now += 59.9
    assert router.handle(body()).outcome == "duplicate"
    clock.now += 60
    assert router.handle(body()).outcome == "handled"


@pytest.mark.parametrize(
    "options", [{"max_size": 0}, {"max_size": 1.5}, {"max_size": True}, {"ttl": 0}, {"ttl": -1}]
)
def test_unusable_guard_settings_are_refused(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        DuplicateGuard(**options)


OPS = st.lists(
    st.tuples(
        st.sampled_from(["claim", "complete", "release", "wait"]),
        st.integers(0, 5),
        st.floats(0, 50, allow_nan=False),
    ),
    max_size=60,
)


@settings(max_examples=200)
@given(ops=OPS, max_size=st.integers(1, 4), ttl=st.sampled_from([None, 30.0, 100.0]))
def test_the_guard_follows_its_rules(
    ops: list[tuple[str, int, float]], max_size: int, ttl: float | None
) -> None:
    """Against a plain model: entries ordered by when last seen, expired after ``ttl``, the
    oldest pushed out beyond ``max_size``."""
    clock = Clock()
    guard = DuplicateGuard(max_size=max_size, ttl=ttl, clock=clock)
    model: dict[bytes, tuple[bool, float]] = {}  # insertion order = last seen order

    def expire() -> None:
        if ttl is not None:
            for key in [k for k, (_, seen) in model.items() if clock.now - seen >= ttl]:
                del model[key]

    def trim() -> None:
        while len(model) > max_size:
            del model[next(iter(model))]

    for op, index, dt in ops:
        key = bytes([index])
        if op == "wait":
            clock.now += dt
        elif op == "claim":
            expire()
            entry = model.get(key)
            expected = "new" if entry is None else "duplicate" if entry[0] else "in_progress"
            if expected != "in_progress":
                model.pop(key, None)
                model[key] = (expected == "duplicate", clock.now)
            trim()
            assert guard.claim(key) == expected
        elif op == "complete":
            model.pop(key, None)
            model[key] = (True, clock.now)
            trim()
            guard.complete(key)
        else:
            model.pop(key, None)
            guard.release(key)
        assert len(guard) <= max_size


def test_the_fingerprint_ignores_member_order_only_through_parsing() -> None:
    guard = DuplicateGuard()
    router = WebhookRouter(secret_key=SECRET)
    first = router.parser.parse(body())
    data = json.loads(body())
    reordered = json.dumps(dict(reversed(list(data.items())))).encode()
    assert guard.fingerprint(router.parser.parse(reordered)) == guard.fingerprint(first)
    other = router.parser.parse(body(tag="other"))
    assert guard.fingerprint(other) != guard.fingerprint(first)
    assert SECRET.encode() not in guard.fingerprint(first)
