"""The demo's webhook loop: its own actions come back as typed webhooks through a local router."""

from __future__ import annotations

import pytest

from livechat_typed._cli import main
from livechat_typed._demo_webhooks import DEMO_WEBHOOKS
from livechat_typed.webhooks import WEBHOOK_CLASSES


@pytest.mark.parametrize("flags", [[], ["--http1"]])
def test_the_demo_prints_the_webhooks_its_actions_caused(
    capsys: pytest.CaptureFixture[str], flags: list[str]
) -> None:
    assert main(["demo", *flags]) == 0
    out = capsys.readouterr().out
    assert (
        f"Webhooks: {len(DEMO_WEBHOOKS)} registered for a WebhookRouter on http://127.0.0.1:" in out
    )
    listing = out.split("Webhooks received by the router (", 1)[1].split("\n\n", 1)[0]
    count = int(listing.split(",", 1)[0])
    lines = [line.split()[0] for line in listing.splitlines()[1:]]
    assert len(lines) == count
    names = {WEBHOOK_CLASSES[action].__name__ for action in DEMO_WEBHOOKS}
    assert set(lines) == names  # every registered webhook arrived, nothing else
    assert f"{count} webhooks received" in out
