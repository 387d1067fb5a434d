"""Field docstrings of ``livechat_typed.actions.events``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "SendEventRequest": {
        "chat_id": "The chat to send the event to.",
        "event": "The event: ``MessageEvent(text=...)``, ``FileEvent(url=...)``, ... or a dict.",
        "attach_to_last_thread": "For inactive chats: ``True`` adds the event to the last thread, ``False`` fails.",
    },
    "UploadFileRequest": {
        "file": "The file: bytes, a path, a binary file object or a ``(filename, content)`` tuple.",
    },
    "UploadFileResponse": {
        "url": "Expires after 24 hours unless used in a file event.",
    },
    "Postback": {
        "id": "The button's ``postback_id``.",
        "toggled": "``True``: the button is pressed; ``False``: the press is undone.",
    },
    "SendRichMessagePostbackRequest": {
        "chat_id": "The chat of the rich message.",
        "thread_id": "The thread of the rich message.",
        "event_id": "The rich message event.",
        "postback": "The button's postback: ``Postback(id=..., toggled=...)`` or a dict.",
    },
}
