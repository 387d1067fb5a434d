"""Data-center regions: ``X-Region`` from the token, the user's own header, ``misdirected_request``.

The spec ("Data-center routing"): ``fra:`` tokens need ``X-Region: fra``, ``dal`` (the default)
needs no header, and a ``misdirected_request`` is retried with ``X-Region: <error.data.region>``.
The client resends once, remembers the region for the session and shares it with its
``with_options`` copies.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from livechat_typed import AccessToken
from livechat_typed.errors import MisdirectedRequestError, TooManyRequestsError

from .helpers import OK, Harness, Reply, Script, reply, response_model
from .spec_strategies import ACTION_NAMES, minimal_kwargs

FRA = "Bearer fra:tEsT-SeCrEt-token-0123456789"
DAL = "Bearer dal:tEsT-SeCrEt-token-0123456789"
PLAIN = "Bearer tEsT-SeCrEt-token-0123456789"


def misdirected(region: Any = "fra", status: int = 421) -> Reply:
    data = {"region": region} if region is not None else None
    return reply(status, error="misdirected_request", data=data)


def call(harness: Harness, client: Any, action: str = "get_chat", **options: Any) -> Any:
    return harness.call(client, action, **minimal_kwargs(action), **options)


# --- X-Region from the token ----------------------------------------------------------------------


@pytest.mark.parametrize("action", ACTION_NAMES)
def test_a_fra_token_sends_x_region_fra_with_every_action(harness: Harness, action: str) -> None:
    script = Script(OK)
    client = harness.client(script, token=FRA)
    assert client.region == "fra"
    call(harness, client, action)
    assert script.sent[0].header("x-region") == "fra"


@pytest.mark.parametrize(
    "token",
    [FRA, "fra:abc", AccessToken("fra:abc"), AccessToken(token="fra:abc")],
    ids=["bearer-string", "bare-string", "AccessToken", "AccessToken-kw"],
)
def test_every_form_of_a_fra_token_selects_fra(harness: Harness, token: Any) -> None:
    script = Script(OK, OK)
    client = harness.client(script, token=token)
    call(harness, client)
    call(harness, client, "send_event")
    assert [sent.header("x-region") for sent in script.sent] == ["fra", "fra"]


@pytest.mark.parametrize(
    "token",
    [DAL, PLAIN, AccessToken("dal:abc"), AccessToken.basic("acc-1", "fra:pat")],
    ids=["dal", "plain", "AccessToken-dal", "basic"],
)
def test_dal_and_plain_tokens_send_no_x_region(harness: Harness, token: Any) -> None:
    script = Script(then=OK)
    client = harness.client(script, token=token)
    assert client.region is None
    for action in ACTION_NAMES:
        call(harness, client, action)
    assert script.count == len(ACTION_NAMES)
    assert [sent.header("x-region") for sent in script.sent] == [None] * len(ACTION_NAMES)


def test_a_token_rotated_to_fra_selects_fra(harness: Harness) -> None:
    """modify_header can replace the token; the new token's region should apply as well."""
    script = Script(OK, then=misdirected("fra"))
    client = harness.client(script, token=DAL)
    client.modify_header({"Authorization": FRA})
    call(harness, client)
    assert script.count == 1
    assert script.sent[0].header("x-region") == "fra"


# --- the user's own header wins -------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["X-Region", "x-region", "X-REGION"])
def test_a_session_x_region_wins_over_the_token(harness: Harness, spelling: str) -> None:
    script = Script(OK, OK)
    client = harness.client(script, token=FRA)
    client.modify_header({spelling: "dal"})
    call(harness, client)
    call(harness, client, "send_event")
    assert [sent.header("x-region") for sent in script.sent] == ["dal", "dal"]


def test_a_per_call_x_region_wins_for_that_call_only(harness: Harness) -> None:
    script = Script(OK, OK, OK)
    client = harness.client(script, token=FRA)
    call(harness, client, headers={"x-region": "dal"})
    call(harness, client)
    assert [sent.header("x-region") for sent in script.sent[:2]] == ["dal", "fra"]
    plain = harness.client(script, token=DAL)
    call(harness, plain, headers={"X-Region": "fra"})
    assert script.sent[2].header("x-region") == "fra"


def test_a_with_options_x_region_wins_in_the_copy(harness: Harness) -> None:
    script = Script(OK, OK)
    client = harness.client(script, token=FRA)
    copy = client.with_options(headers={"X-Region": "dal"})
    call(harness, copy)
    call(harness, client)
    assert [sent.header("x-region") for sent in script.sent] == ["dal", "fra"]


# --- misdirected_request: resend once, to the named region ----------------------------------------


@pytest.mark.parametrize("status", [421, 400, 403])
def test_misdirected_request_is_resent_to_the_named_region(harness: Harness, status: int) -> None:
    script = Script(misdirected("fra", status), OK, OK)
    client = harness.client(script, token=DAL)
    result = call(harness, client)
    assert isinstance(result, response_model("get_chat"))
    assert script.count == 2
    assert script.sent[0].header("x-region") is None
    assert script.sent[1].header("x-region") == "fra"
    assert client.region == "fra"
    assert harness.delays == []  # a reroute is not a backoff
    call(harness, client, "send_event")  # remembered: straight to fra
    assert script.count == 3
    assert script.sent[2].header("x-region") == "fra"


@pytest.mark.parametrize("action", ACTION_NAMES)
def test_every_action_is_rerouted_idempotent_or_not(harness: Harness, action: str) -> None:
    script = Script(misdirected("fra"), OK)
    client = harness.client(script, token=DAL)
    result = call(harness, client, action)
    assert isinstance(result, response_model(action))
    assert script.count == 2
    assert script.sent[1].header("x-region") == "fra"
    assert script.sent[1].url == script.sent[0].url


def test_a_fra_session_is_rerouted_to_dal(harness: Harness) -> None:
    script = Script(misdirected("dal"), OK, OK)
    client = harness.client(script, token=FRA)
    call(harness, client, "send_event")
    assert [sent.header("x-region") for sent in script.sent] == ["fra", "dal"]
    assert client.region == "dal"
    call(harness, client)
    assert script.sent[2].header("x-region") == "dal"


def test_the_rerouted_request_differs_only_in_x_region(harness: Harness) -> None:
    script = Script(misdirected("fra"), OK)
    client = harness.client(script, token=DAL)
    client.modify_header({"X-Session": "s"})
    call(harness, client, "send_event", headers={"X-Trace": "t"})
    first, second = script.sent
    assert second.body == first.body
    assert second.method == first.method and second.url == first.url
    without_region = [(k, v) for k, v in second.headers if k.lower() != b"x-region"]
    assert without_region == first.headers
    assert second.header("x-trace") == "t" and second.header("x-session") == "s"


def test_the_region_is_shared_with_with_options_copies(harness: Harness) -> None:
    script = Script(misdirected("fra"), OK, OK, OK)
    client = harness.client(script, token=DAL)
    early_copy = client.with_options(max_retries=0)
    call(harness, client)
    late_copy = client.with_options(max_retries=1)
    assert early_copy.region == late_copy.region == "fra"
    call(harness, early_copy)
    call(harness, late_copy)
    assert script.count == 4
    assert [sent.header("x-region") for sent in script.sent[2:]] == ["fra", "fra"]


def test_a_reroute_learnt_by_a_copy_reaches_the_original(harness: Harness) -> None:
    script = Script(misdirected("fra"), OK, OK)
    client = harness.client(script, token=DAL)
    copy = client.with_options(timeout=5)
    call(harness, copy, "create_customer")
    assert client.region == "fra"
    call(harness, client)
    assert script.count == 3
    assert script.sent[2].header("x-region") == "fra"


def test_the_region_is_per_session_not_global(harness: Harness) -> None:
    script = Script(misdirected("fra"), OK, OK)
    call(harness, harness.client(script, token=DAL))
    other = harness.client(script, token=DAL)
    assert other.region is None
    call(harness, other)
    assert script.sent[2].header("x-region") is None


# --- no loops -------------------------------------------------------------------------------------


@pytest.mark.parametrize("second", ["dal", "fra", "ams"])
def test_a_second_misdirected_request_is_raised_not_followed(harness: Harness, second: str) -> None:
    script = Script(misdirected("fra"), misdirected(second), then=misdirected("dal"))
    client = harness.client(script, token=DAL)
    with pytest.raises(MisdirectedRequestError) as info:
        call(harness, client, "send_event")
    assert script.count == 2
    assert info.value.region == second
    script = Script(misdirected("ams"), misdirected(second), then=misdirected("fra"))
    response = harness.raw(harness.client(script, token=DAL), "get_chat", chat_id="C1")
    assert script.count == 2
    assert response.json()["error"]["type"] == "misdirected_request"


def test_a_misdirected_request_naming_the_current_region_is_raised(harness: Harness) -> None:
    script = Script(misdirected("fra"), then=OK)
    client = harness.client(script, token=FRA)
    with pytest.raises(MisdirectedRequestError) as info:
        call(harness, client)
    assert script.count == 1
    assert info.value.region == "fra"


@pytest.mark.parametrize("region", [None, "", 7, ["fra"]], ids=["none", "empty", "int", "list"])
def test_a_misdirected_request_without_a_usable_region_is_raised(
    harness: Harness, region: Any
) -> None:
    script = Script(misdirected(region), then=OK)
    client = harness.client(script, token=DAL)
    with pytest.raises(MisdirectedRequestError):
        call(harness, client)
    assert script.count == 1
    assert client.region is None


def test_each_call_may_reroute_once(harness: Harness) -> None:
    script = Script(misdirected("fra"), OK, misdirected("dal"), OK)
    client = harness.client(script, token=DAL)
    call(harness, client)
    call(harness, client)
    assert [sent.header("x-region") for sent in script.sent] == [None, "fra", "fra", "dal"]
    assert client.region == "dal"


# --- reroutes and retries -------------------------------------------------------------------------


def test_a_reroute_happens_even_with_max_retries_zero(harness: Harness) -> None:
    script = Script(misdirected("fra"), OK)
    client = harness.client(script, token=DAL, max_retries=0)
    call(harness, client, "send_event")
    assert script.count == 2


def test_a_reroute_does_not_use_up_retries_and_retries_keep_the_region(harness: Harness) -> None:
    script = Script(misdirected("fra"), reply(429), httpx.ConnectError, OK)
    client = harness.client(script, token=DAL, max_retries=2)
    call(harness, client, "send_event")
    assert script.count == 4
    assert [sent.header("x-region") for sent in script.sent] == [None, "fra", "fra", "fra"]
    assert len(harness.delays) == 2


def test_a_reroute_after_a_retry(harness: Harness) -> None:
    script = Script(reply(503), misdirected("fra"), OK)
    client = harness.client(script, token=DAL)
    call(harness, client)
    assert script.count == 3
    assert [sent.header("x-region") for sent in script.sent] == [None, None, "fra"]


def test_retries_exhausted_after_a_reroute_raise_the_last_error(harness: Harness) -> None:
    script = Script(misdirected("fra"), then=reply(429, error="too_many_requests"))
    client = harness.client(script, token=DAL, max_retries=1)
    with pytest.raises(TooManyRequestsError):
        call(harness, client)
    assert script.count == 3
    assert client.region == "fra"


# --- copies with another token -------------------------------------------------------------------


def region_enforcing(request: httpx.Request) -> httpx.Response:
    """A server that holds each token in the data center of its prefix (``dal`` by default)."""
    token = request.headers.get("authorization", "").partition(" ")[2]
    home = "fra" if token.startswith("fra:") else "dal"
    if (request.headers.get("x-region") or "dal") != home:
        return misdirected(home)(request)
    return OK(request)


@pytest.mark.parametrize("how", ["with_options", "modify_header"])
def test_a_copy_with_another_token_leaves_the_originals_region(harness: Harness, how: str) -> None:
    """Session headers of a copy do not cross over (``with_options``); nor should the region
    that a copy's own token implies."""
    script = Script(then=region_enforcing)
    client = harness.client(script, token=FRA)
    if how == "with_options":
        copy = client.with_options(headers={"Authorization": DAL})
    else:
        copy = client.with_options()
        copy.modify_header({"Authorization": DAL})
    call(harness, client)
    assert script.count == 1, "the fra client lost its region to its dal copy"
    assert script.sent[0].header("x-region") == "fra"
    assert client.region == "fra"


def test_a_client_and_its_copy_with_another_token_do_not_ping_pong(harness: Harness) -> None:
    script = Script(then=region_enforcing)
    fra_client = harness.client(script, token=FRA)
    dal_copy = fra_client.with_options(headers={"Authorization": DAL})
    for _ in range(3):
        call(harness, fra_client)
        call(harness, dal_copy)
    assert script.count == 6, [sent.header("x-region") for sent in script.sent]
