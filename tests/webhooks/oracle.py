"""The reference SDK's webhook parser (lc-sdk-python 0.4.1) as a differential oracle.

``reference(body)`` is what ``livechat.webhooks.parser.parse_webhook(body, "3.6")`` makes of a
body, or ``None`` where it refuses it; ``assert_agrees(ours, theirs)`` checks that our webhook
holds the same values for every member the reference knows.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from livechat.webhooks.parser import parse_webhook as reference_parse

from livechat_typed.webhooks import Webhook

__all__ = ["assert_agrees", "reference"]


def reference(body: dict[str, Any]) -> Any | None:
    """The reference parser's result for ``body``, or ``None`` when it raises."""
    try:
        return reference_parse(copy.deepcopy(body), version="3.6")
    except (ValueError, TypeError):  # its documented refusal (and a list payload's TypeError)
        return None


def assert_agrees(ours: Webhook, theirs: Any) -> None:
    """Every member the reference parsed has the same value in ours (as JSON)."""
    dumped = ours.model_dump(mode="json", by_alias=True, exclude_unset=True)
    for name in ("webhook_id", "secret_key", "action", "organization_id"):
        assert getattr(theirs, name) == dumped[name], name
    assert theirs.additional_data == dumped.get("additional_data"), "additional_data"
    payload = dumped["payload"]
    assert isinstance(payload, dict)
    for field in dataclasses.fields(theirs.payload):
        value = getattr(theirs.payload, field.name)
        if field.name in payload:
            assert payload[field.name] == value, f"payload.{field.name}"
        else:
            assert value is None, f"payload.{field.name}: the reference has a value, we do not"
