"""Field docstrings of ``livechat_typed.actions.thread_tags``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "TagThreadRequest": {
        "chat_id": "The chat of the thread.",
        "thread_id": "The thread to tag.",
        "tag": "The tag name.",
    },
    "UntagThreadRequest": {
        "chat_id": "The chat of the thread.",
        "thread_id": "The thread to untag.",
        "tag": "The tag name.",
    },
}
