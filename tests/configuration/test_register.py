"""The Configuration API's 7 webhook methods: declarations, wire parity with the reference SDK,
the per-action filter rules of the docs, errors, retries and the async client.

The oracle is ``lc-sdk-python==0.4.1`` (``ConfigurationApi.get_client(version="3.6")``, a
``ConfigurationApiV36``), fed the same keyword arguments. The rules come from
``data/webhooks_registration.json``, converted from the docs (its ``_source``).
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from livechat.configuration.base import ConfigurationApi  # type: ignore[import-untyped]

from livechat_typed import (
    Action,
    AgentWeb,
    AsyncConfigurationAPI,
    ConfigurationAPI,
    InvalidRequestError,
)
from livechat_typed.configuration import WEBHOOK_ACTIONS, WebhooksActions
from livechat_typed.errors import APIError, ResponseValidationError

from ..helpers import TOKEN, Recorder, assert_same_json, load_json

DATA = json.loads((Path(__file__).parent / "data" / "webhooks_registration.json").read_text())
METHODS = [method["action"] for method in DATA["methods"]]
RULES = {hook["action"]: set(hook["registration_filters"]) for hook in DATA["webhooks"]}
NO_ADDITIONAL_DATA = set(DATA["additional_data_not_for"])
BASE_URL = "api.livechatinc.com"

_HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
PARITY = settings(max_examples=60, deadline=None, database=None, suppress_health_check=_HEALTH)

ANSWERS: dict[str, Any] = {
    "register_webhook": {"id": "pqi8oasdjahuakndw9nsad9na"},
    "list_webhooks": [],
    "list_webhook_names": [],
    "get_license_webhooks_state": {"license_webhooks_enabled": True},
}


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=ANSWERS.get(request.url.path.rsplit("/", 1)[-1], {}))


class Pair:
    """The reference SDK's client and ours, each behind its own recording transport."""

    def __init__(self) -> None:
        self.ref_recorder = Recorder(answer)
        self.our_recorder = Recorder(answer)
        self.ref = ConfigurationApi.get_client(
            f"Bearer {TOKEN}", version="3.6", base_url=BASE_URL, disable_logging=True, verify=False
        )
        original = self.ref.session
        self.ref.session = httpx.Client(
            transport=self.ref_recorder.transport, headers=original.headers
        )
        original.close()
        self.ours = ConfigurationAPI(f"Bearer {TOKEN}", transport=self.our_recorder.transport)

    def close(self) -> None:
        self.ref.session.close()
        self.ours.close()


@pytest.fixture
def pair() -> Iterator[Pair]:
    clients = Pair()
    yield clients
    clients.close()


# --- strategies: valid keyword arguments of each method ------------------------------------------

texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
ids = st.lists(texts, max_size=3)


def id_filter() -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.builds(lambda v: {"values": v}, ids), st.builds(lambda v: {"exclude_values": v}, ids)
    )


FILTER_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "author_type": st.sampled_from(["customer", "agent"]),
    "only_my_chats": st.booleans(),
    "chat_presence": st.fixed_dictionaries(
        {}, optional={"user_ids": id_filter(), "my_bots": st.booleans()}
    ),
    "source_type": st.lists(st.sampled_from(["my_client", "other_clients", "system"]), max_size=3),
    "agent_ids": id_filter(),
}


@st.composite
def filters_of(draw: st.DrawFn, action: str) -> dict[str, Any]:
    names = draw(st.lists(st.sampled_from(sorted(RULES[action])), unique=True))
    return {name: draw(FILTER_VALUES[name]) for name in names}


@st.composite
def register_kwargs(draw: st.DrawFn) -> dict[str, Any]:
    action = draw(st.sampled_from(sorted(RULES)))
    kwargs: dict[str, Any] = {
        "action": action,
        "secret_key": draw(texts),
        "url": draw(texts),
        "owner_client_id": draw(texts),
        "type": draw(st.sampled_from(["bot", "license"])),
    }
    if draw(st.booleans()):
        kwargs["filters"] = draw(filters_of(action))
    if action not in NO_ADDITIONAL_DATA and draw(st.booleans()):
        kwargs["additional_data"] = draw(
            st.lists(st.sampled_from(DATA["additional_data_values"]), unique=True)
        )
    if draw(st.booleans()):
        kwargs["description"] = draw(texts)
    return kwargs


def kwargs_for(method: str) -> st.SearchStrategy[dict[str, Any]]:
    if method == "register_webhook":
        return register_kwargs()
    spec = next(entry for entry in DATA["methods"] if entry["action"] == method)
    required = {
        p["name"]: texts for p in spec["request"] if p["required"] and "PAT" not in p["notes"]
    }
    optional = {p["name"]: texts for p in spec["request"] if p["name"] not in required}
    return st.fixed_dictionaries(required, optional=optional)


# --- declarations ------------------------------------------------------------------------------


def test_the_seven_methods_are_declared_and_nothing_else() -> None:
    declared = {name for name, value in vars(WebhooksActions).items() if isinstance(value, Action)}
    assert declared == set(METHODS)
    assert len(declared) == 7
    assert not any(hasattr(ConfigurationAPI, name) for name in ("send_event", "list_chats"))
    assert not any(hasattr(AgentWeb, name) for name in METHODS)


def test_the_37_webhook_actions_are_those_of_the_docs() -> None:
    assert list(WEBHOOK_ACTIONS) == [hook["action"] for hook in DATA["webhooks"]]
    assert len(WEBHOOK_ACTIONS) == 37


@pytest.mark.parametrize("method", METHODS)
def test_keyword_names_agree_with_the_reference(pair: Pair, method: str) -> None:
    reference = set(inspect.signature(getattr(pair.ref, method)).parameters)
    reference -= {"payload", "headers"}
    ours = getattr(ConfigurationAPI, method).request_model
    ours_names = {name for name, field in ours.model_fields.items() if not field.exclude}
    assert ours_names == reference


def test_idempotency_declarations() -> None:
    assert WebhooksActions.register_webhook.idempotent is False
    for name in ("list_webhooks", "list_webhook_names", "get_license_webhooks_state"):
        assert getattr(WebhooksActions, name).idempotent is True


# --- wire parity ---------------------------------------------------------------------------------


def assert_same_request(ref: httpx.Request, ours: httpx.Request) -> None:
    assert ours.method == ref.method == "POST"
    assert str(ours.url) == str(ref.url)
    assert_same_json(load_json(ours.content), load_json(ref.content))
    for name in sorted({key for key, _ in ref.headers.multi_items()}):
        if name in ("user-agent", "content-length"):
            continue
        assert ours.headers.get_list(name) == ref.headers.get_list(name), name
    assert ours.headers["content-length"] == str(len(ours.content))


@pytest.mark.parametrize("method", METHODS)
@PARITY
@given(data=st.data())
def test_same_request_as_the_reference(pair: Pair, method: str, data: st.DataObject) -> None:
    kwargs = data.draw(kwargs_for(method), label="kwargs")
    if data.draw(st.booleans(), label="with headers"):
        kwargs["headers"] = {"X-Debug": data.draw(st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True))}
    reference = getattr(pair.ref, method)(**kwargs)
    assert reference.status_code == 200
    ours = getattr(pair.ours.raw, method)(**kwargs)
    assert ours.status_code == 200
    assert str(ours.url).endswith(f"/v3.6/configuration/action/{method}")
    assert_same_request(pair.ref_recorder.last, pair.our_recorder.last)


@pytest.mark.parametrize("method", METHODS)
@settings(max_examples=15, deadline=None, database=None, suppress_health_check=_HEALTH)
@given(payload=st.dictionaries(texts, st.one_of(texts, st.integers(), st.booleans()), max_size=4))
def test_payload_is_sent_as_the_reference_sends_it(
    pair: Pair, method: str, payload: dict[str, Any]
) -> None:
    getattr(pair.ref, method)(payload=payload)
    getattr(pair.ours.raw, method)(payload=payload)
    assert_same_request(pair.ref_recorder.last, pair.our_recorder.last)


def test_build_is_the_request_a_call_sends(pair: Pair) -> None:
    built = pair.ours.build.get_license_webhooks_state(owner_client_id="c1")
    assert (
        built.url
        == "https://api.livechatinc.com/v3.6/configuration/action/get_license_webhooks_state"
    )
    assert pair.our_recorder.requests == []
    state = pair.ours.get_license_webhooks_state(owner_client_id="c1")
    assert state.license_webhooks_enabled is True
    assert pair.our_recorder.last.content == built.read()


def test_a_fra_token_sends_the_region() -> None:
    recorder = Recorder(answer)
    with ConfigurationAPI("Bearer fra:secret-token", transport=recorder.transport) as client:
        client.list_webhook_names()
    assert recorder.last.headers["x-region"] == "fra"


# --- the filter rules ----------------------------------------------------------------------------

BASE = {
    "secret_key": "s",
    "url": "https://example.com/h",
    "owner_client_id": "c",
    "type": "license",
}


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=_HEALTH)
@given(
    action=st.sampled_from(sorted(RULES)),
    names=st.lists(st.sampled_from(sorted(FILTER_VALUES)), unique=True, min_size=1),
    data=st.data(),
)
def test_a_filter_the_action_does_not_take_is_refused_before_any_io(
    action: str, names: list[str], data: st.DataObject
) -> None:
    recorder = Recorder(answer)
    client = ConfigurationAPI(f"Bearer {TOKEN}", transport=recorder.transport)
    filters = {name: data.draw(FILTER_VALUES[name], label=name) for name in names}
    refused = sorted(set(names) - RULES[action])
    if not refused:
        assert client.register_webhook(action=action, filters=filters, **BASE).id
        assert load_json(recorder.last.content)["filters"] == filters
        return
    with pytest.raises(InvalidRequestError) as caught:
        client.register_webhook(action=action, filters=filters, **BASE)
    assert recorder.requests == []
    assert [error["loc"] for error in caught.value.errors] == [("filters", n) for n in refused]
    assert {error["type"] for error in caught.value.errors} == {"filter_not_allowed"}
    for name in refused:
        assert f"filters.{name}: the {action} webhook does not take the {name} filter" in str(
            caught.value
        )
        assert "[rule: filter_not_allowed]" in str(caught.value)


@pytest.mark.parametrize("action", sorted(RULES))
def test_additional_data_follows_the_docs(action: str) -> None:
    recorder = Recorder(answer)
    client = ConfigurationAPI(f"Bearer {TOKEN}", transport=recorder.transport)
    call = client.register_webhook
    if action in NO_ADDITIONAL_DATA:
        with pytest.raises(InvalidRequestError) as caught:
            call(action=action, additional_data=["chat_properties"], **BASE)
        assert caught.value.errors[0]["loc"] == ("additional_data",)
        assert caught.value.errors[0]["type"] == "additional_data_not_allowed"
        assert recorder.requests == []
        call(action=action, additional_data=[], **BASE)  # nothing asked: nothing to refuse
    else:
        call(action=action, additional_data=["chat_presence_user_ids"], **BASE)
        assert load_json(recorder.last.content)["additional_data"] == ["chat_presence_user_ids"]


@pytest.mark.parametrize(
    ("filters", "loc", "rule"),
    [
        (
            {"chat_presence": {"user_ids": {}}},
            ("filters", "chat_presence", "user_ids"),
            "values_or_exclude_values",
        ),
        (
            {"chat_presence": {"user_ids": {"values": [], "exclude_values": []}}},
            ("filters", "chat_presence", "user_ids"),
            "values_or_exclude_values",
        ),
        ({"author_type": "bot"}, ("filters", "author_type"), "literal_error"),
        ({"only_my_chats": 1}, ("filters", "only_my_chats"), "bool_type"),
        ({"source_type": ["mine"]}, ("filters", "source_type", 0), "literal_error"),
        ({"author": "agent"}, ("filters", "author"), "extra_forbidden"),
    ],
)
def test_filter_shapes_are_checked(
    filters: dict[str, Any], loc: tuple[Any, ...], rule: str
) -> None:
    client = ConfigurationAPI(f"Bearer {TOKEN}", transport=Recorder(answer).transport)
    with pytest.raises(InvalidRequestError) as caught:
        client.register_webhook(action="incoming_event", filters=filters, **BASE)
    assert [(e["loc"], e["type"]) for e in caught.value.errors] == [(loc, rule)]


def test_an_unknown_action_is_accepted_and_its_filters_are_not_ruled() -> None:
    recorder = Recorder(answer)
    client = ConfigurationAPI(f"Bearer {TOKEN}", transport=recorder.transport)
    client.register_webhook(action="thread_summary_set", filters={"author_type": "agent"}, **BASE)
    assert load_json(recorder.last.content)["action"] == "thread_summary_set"


@pytest.mark.parametrize("missing", ["action", "secret_key", "url", "owner_client_id", "type"])
def test_the_documented_required_arguments_are_required(missing: str) -> None:
    client = ConfigurationAPI(f"Bearer {TOKEN}", transport=Recorder(answer).transport)
    kwargs = {**BASE, "action": "incoming_chat"}
    del kwargs[missing]
    with pytest.raises(InvalidRequestError) as caught:
        client.register_webhook(**kwargs)
    assert caught.value.errors[0]["loc"] == (missing,)


# --- answers, errors, retries, async ------------------------------------------------------------


def test_typed_answers_in_strict_mode() -> None:
    listed = [
        {
            "id": "pqi8oasdjahuakndw9nsad9na",
            "url": "http://myservice.com/webhooks",
            "description": "Test webhook",
            "action": "thread_closed",
            "secret_key": None,
            "filters": {"chat_presence": {"my_bots": True}},
            "owner_client_id": "asXdesldiAJSq9padj",
            "type": "license",
        }
    ]
    names = [{"action": "chat_access_granted", "filters": ["chat_presence"], "additional_data": []}]

    def respond(request: httpx.Request) -> httpx.Response:
        action = request.url.path.rsplit("/", 1)[-1]
        return httpx.Response(
            200, json={"list_webhooks": listed, "list_webhook_names": names}[action]
        )

    lenient = ConfigurationAPI(f"Bearer {TOKEN}", transport=httpx.MockTransport(respond))
    webhooks = lenient.list_webhooks(owner_client_id="asXdesldiAJSq9padj")
    assert len(webhooks) == 1 and webhooks[0].filters == {"chat_presence": {"my_bots": True}}
    assert lenient.list_webhook_names()[0].filters == ["chat_presence"]
    strict = lenient.with_options(strict=True)
    with pytest.raises(ResponseValidationError, match=r"\[0\]\.action: undocumented value"):
        strict.list_webhooks(owner_client_id="asXdesldiAJSq9padj")


def test_errors_are_typed() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        body = {"error": {"type": "authorization", "message": "Wrong scope"}}
        return httpx.Response(403, json=body)

    client = ConfigurationAPI(f"Bearer {TOKEN}", transport=httpx.MockTransport(respond))
    with pytest.raises(APIError) as caught:
        client.list_webhooks(owner_client_id="c")
    assert caught.value.status_code == 403
    assert client.raw.list_webhooks(owner_client_id="c").status_code == 403


@pytest.mark.parametrize("method", METHODS)
@settings(max_examples=3, deadline=None, database=None, suppress_health_check=_HEALTH)
@given(data=st.data())
def test_a_503_is_retried_only_for_what_may_be_repeated(method: str, data: st.DataObject) -> None:
    sent: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503, json={"error": {"type": "service_unavailable", "message": "x"}})

    waits: list[float] = []
    client = ConfigurationAPI(
        f"Bearer {TOKEN}", transport=httpx.MockTransport(respond), max_retries=2, sleep=waits.append
    )
    kwargs = data.draw(kwargs_for(method), label="kwargs")
    with pytest.raises(APIError):
        getattr(client, method)(**kwargs)
    assert len(sent) == (3 if getattr(WebhooksActions, method).idempotent else 1)


def test_the_async_client_sends_the_same_request() -> None:
    sync_recorder, async_recorder = Recorder(answer), Recorder(answer)
    kwargs = {**BASE, "action": "incoming_event", "filters": {"author_type": "customer"}}

    async def main() -> str:
        async with AsyncConfigurationAPI(
            f"Bearer {TOKEN}", transport=async_recorder.transport
        ) as client:
            return (await client.register_webhook(**kwargs)).id

    assert asyncio.run(main()) == ANSWERS["register_webhook"]["id"]
    with ConfigurationAPI(f"Bearer {TOKEN}", transport=sync_recorder.transport) as client:
        client.register_webhook(**kwargs)
    assert async_recorder.last.url == sync_recorder.last.url
    assert async_recorder.last.content == sync_recorder.last.content
