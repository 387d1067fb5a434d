"""Field docstrings of ``livechat_typed.models.events``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "_ReceivedEvent": {
        "id": "Server-generated, e.g. ``<THREAD_ID>_<n>``.",
        "created_at": "When the event was created (UTC, microseconds).",
        "custom_id": "The ID you gave the event when sending it.",
        "visibility": "``all`` or ``agents`` (documented as always present; some samples omit it).",
    },
    "_AuthoredEvent": {
        "author_id": "The user who sent the event.",
        "properties": "Event properties, ``{namespace: {name: value}}``.",
    },
    "Message": {
        "postback": "Only when the message was triggered by a rich-message button.",
    },
    "File": {
        "content_type": "MIME type.",
        "size": "Bytes.",
    },
    "Form": {
        "form_type": "An open set: ``prechat``, ``postchat``, ``ask_for_email``, ...; absent on old chats.",
    },
    "FilledFormGroupAnswer": {
        "id": "A string in one docs sample, an integer in another.",
    },
    "RichMessageButton": {
        "user_ids": "Users who pressed the button (postback with ``toggled=true``).",
    },
    "SystemMessage": {
        "system_message_type": "An open set, e.g. ``routing.assigned_other``, ``chat_transferred``, ``rating.chat_rated``.",
        "text_vars": "Variables substituted into the text.",
    },
}
