"""Field docstrings of ``livechat_typed.rtm._payloads``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "TypingIndicator": {
        "timestamp": "Unix seconds.",
    },
    "SneakPeek": {
        "timestamp": "Unix seconds.",
    },
    "QueuePosition": {
        "wait_time": "Estimated wait, in seconds.",
    },
}
