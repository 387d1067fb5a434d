"""Field docstrings of ``livechat_typed.models.event_inputs``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "_EventBase": {
        "custom_id": "Your own ID for the event, echoed back by the API.",
        "visibility": "``all`` (API default) or ``agents`` (agents only).",
        "properties": "Event properties, ``{namespace: {name: value}}``.",
    },
    "MessagePostbackInput": {
        "id": "Postback ID of the rich-message button.",
        "thread_id": "Thread holding the rich message.",
        "event_id": "ID of the rich message event.",
        "type": "Send together with ``value`` (both or neither).",
        "value": "Send together with ``type`` (both or neither).",
    },
    "MessageEvent": {
        "text": "The message text.",
        "postback": "Set when the message answers a rich message.",
    },
    "FileEvent": {
        "url": "The LiveChat CDN URL returned by ``upload_file``.",
        "alternative_text": "Alternative text, for images.",
    },
    "FilledFormGroupAnswerInput": {
        "id": "A string in one docs sample, an integer in another: both are accepted.",
    },
    "FilledFormFieldTextInput": {
        "answer": "The answer; may be empty.",
    },
    "RichMessageButtonInput": {
        "text": "The button label.",
        "postback_id": "Identifier sent back through ``send_rich_message_postback``.",
        "value": "URL, phone number, message text or webview URL, paired with ``type``.",
        "webview_height": "Required when ``type`` is ``webview``.",
        "target": 'For ``type="url"``: open in a new or the current tab.',
    },
    "SystemMessageEvent": {
        "text": "Text shown to recipients.",
        "text_vars": "Variables substituted into the text.",
    },
}
