"""Events as the API returns them, in threads, chat summaries and ``last_event_per_type``.

A received event class is named after its ``type`` (``Message``, ``File``, ``Form``,
``FilledForm``, ``RichMessage``, ``Custom``, ``SystemMessage``); the classes you *send* are the
``...Event`` builders of :mod:`livechat_typed.models.event_inputs`. An event whose ``type`` this
client does not know, or that does not fit its documented shape, parses as :class:`UnknownEvent`
with all its fields kept.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Discriminator, Field, JsonValue

from ._base import OpenLiteral, ResponseObject, Timestamp, UnknownVariant
from .common import Properties

__all__ = [
    "Custom",
    "Event",
    "File",
    "FilledForm",
    "FilledFormAnswer",
    "FilledFormField",
    "FilledFormFieldCheckbox",
    "FilledFormFieldChoice",
    "FilledFormFieldGroupChooser",
    "FilledFormFieldText",
    "FilledFormGroupAnswer",
    "Form",
    "FormField",
    "FormFieldGroupChooser",
    "FormFieldOption",
    "FormFieldSimple",
    "FormFieldWithOptions",
    "GroupChooserOption",
    "Message",
    "MessagePostback",
    "RichMessage",
    "RichMessageButton",
    "RichMessageElement",
    "RichMessageImage",
    "SystemMessage",
    "UnknownEvent",
    "UnknownFilledFormField",
    "UnknownFormField",
]

VisibilityValue = OpenLiteral[Literal["all", "agents"]]


class _ReceivedEvent(ResponseObject):
    id: str
    """Server-generated, e.g. ``<THREAD_ID>_<n>``."""
    created_at: Timestamp
    """When the event was created (UTC, microseconds)."""
    custom_id: str | None = None
    """The ID you gave the event when sending it."""
    visibility: VisibilityValue | None = None
    """``all`` or ``agents`` (documented as always present; some samples omit it)."""


class _AuthoredEvent(_ReceivedEvent):
    author_id: str
    """The user who sent the event."""
    properties: Properties | None = None
    """Event properties, ``{namespace: {name: value}}``."""


# --- message -----------------------------------------------------------------------------------


class MessagePostback(ResponseObject):
    """The rich-message button a message answers."""

    id: str
    thread_id: str
    event_id: str
    type: str | None = None
    value: str | None = None


class Message(_AuthoredEvent):
    """A text message."""

    type: Literal["message"] = "message"
    text: str
    postback: MessagePostback | None = None
    """Only when the message was triggered by a rich-message button."""


# --- file --------------------------------------------------------------------------------------


class File(_AuthoredEvent):
    """A file shared in the chat."""

    type: Literal["file"] = "file"
    name: str
    url: str
    content_type: str
    """MIME type."""
    thumbnail_url: str | None = None
    thumbnail2x_url: str | None = None
    size: int | None = None
    """Bytes."""
    width: int | None = None
    height: int | None = None
    alternative_text: str | None = None


# --- forms -------------------------------------------------------------------------------------


class FormFieldOption(ResponseObject):
    """A choice of a radio, select or checkbox field."""

    id: str
    label: str


class GroupChooserOption(ResponseObject):
    """A choice of a group chooser field."""

    id: str
    group_id: int
    label: str


class FormFieldSimple(ResponseObject):
    """A free-text form field."""

    type: Literal["name", "email", "question", "subject", "textarea"]
    id: str
    label: str
    required: bool | None = None


class FormFieldWithOptions(ResponseObject):
    """A radio, select or checkbox form field."""

    type: Literal["radio", "select", "checkbox"]
    id: str
    label: str
    required: bool | None = None
    options: list[FormFieldOption] | None = None


class FormFieldGroupChooser(ResponseObject):
    """A field that lets the customer pick a group."""

    type: Literal["group_chooser"] = "group_chooser"
    id: str
    label: str
    required: bool | None = None
    options: list[GroupChooserOption] | None = None


class UnknownFormField(UnknownVariant):
    """A form field of a type this client does not know (e.g. ``header``); all fields are kept."""


FormField = Annotated[
    Union[  # noqa: UP007
        Annotated[
            Union[FormFieldSimple, FormFieldWithOptions, FormFieldGroupChooser],  # noqa: UP007
            Discriminator("type"),
        ],
        UnknownFormField,
    ],
    Field(union_mode="left_to_right"),
]
"""A form field, by ``type``; unknown types parse as :class:`UnknownFormField`."""


class Form(_AuthoredEvent):
    """A form (pre-chat, post-chat, ask for email, ...)."""

    type: Literal["form"] = "form"
    form_id: str
    form_type: str | None = None
    """An open set: ``prechat``, ``postchat``, ``ask_for_email``, ...; absent on old chats."""
    fields: list[FormField]


class FilledFormAnswer(ResponseObject):
    """The chosen option of a radio, select or checkbox field."""

    id: str
    label: str


class FilledFormGroupAnswer(ResponseObject):
    """The chosen group of a group chooser field."""

    id: str | int
    """A string in one docs sample, an integer in another."""
    group_id: int
    label: str


class FilledFormFieldText(ResponseObject):
    """A filled free-text field."""

    type: Literal["name", "email", "question", "subject", "textarea"]
    id: str
    label: str
    answer: str


class FilledFormFieldChoice(ResponseObject):
    """A filled radio or select field."""

    type: Literal["radio", "select"]
    id: str
    label: str
    answer: FilledFormAnswer


class FilledFormFieldCheckbox(ResponseObject):
    """A filled checkbox field."""

    type: Literal["checkbox"] = "checkbox"
    id: str
    label: str
    answers: list[FilledFormAnswer]


class FilledFormFieldGroupChooser(ResponseObject):
    """A filled group chooser field."""

    type: Literal["group_chooser"] = "group_chooser"
    id: str
    label: str
    answer: FilledFormGroupAnswer


class UnknownFilledFormField(UnknownVariant):
    """A filled field of a type this client does not know; all fields are kept."""


FilledFormField = Annotated[
    Union[  # noqa: UP007
        Annotated[
            Union[  # noqa: UP007
                FilledFormFieldText,
                FilledFormFieldChoice,
                FilledFormFieldCheckbox,
                FilledFormFieldGroupChooser,
            ],
            Discriminator("type"),
        ],
        UnknownFilledFormField,
    ],
    Field(union_mode="left_to_right"),
]
"""A filled form field, by ``type``; unknown types parse as :class:`UnknownFilledFormField`."""


class FilledForm(_AuthoredEvent):
    """A form the customer filled in."""

    type: Literal["filled_form"] = "filled_form"
    form_id: str
    form_type: str | None = None
    fields: list[FilledFormField]


# --- rich message ------------------------------------------------------------------------------


class RichMessageImage(ResponseObject):
    """The image of a rich message element."""

    url: str
    name: str | None = None
    content_type: str | None = None
    size: int | None = None
    width: int | None = None
    height: int | None = None
    alternative_text: str | None = None


class RichMessageButton(ResponseObject):
    """A button of a rich message element."""

    text: str
    postback_id: str
    user_ids: list[str] | None = None
    """Users who pressed the button (postback with ``toggled=true``)."""
    type: OpenLiteral[Literal["webview", "message", "url", "phone"]] | None = None
    value: str | None = None
    webview_height: OpenLiteral[Literal["compact", "full", "tall"]] | None = None
    target: OpenLiteral[Literal["new", "current"]] | None = None


class RichMessageElement(ResponseObject):
    """A card, sticker or quick-reply element."""

    title: str | None = None
    subtitle: str | None = None
    image: RichMessageImage | None = None
    buttons: list[RichMessageButton] | None = None


class RichMessage(_AuthoredEvent):
    """A rich message: cards, a sticker or quick replies."""

    type: Literal["rich_message"] = "rich_message"
    template_id: OpenLiteral[Literal["cards", "sticker", "quick_replies"]]
    elements: list[RichMessageElement] | None = None


# --- custom, system and unknown ----------------------------------------------------------------


class Custom(_AuthoredEvent):
    """An event with free-form JSON content."""

    type: Literal["custom"] = "custom"
    content: dict[str, JsonValue] | None = None


class SystemMessage(_ReceivedEvent):
    """A message from the system (routing, transfers, ratings, ...); it has no author."""

    type: Literal["system_message"] = "system_message"
    system_message_type: str
    """An open set, e.g. ``routing.assigned_other``, ``chat_transferred``, ``rating.chat_rated``."""
    text: str | None = None
    text_vars: dict[str, str] | None = None
    """Variables substituted into the text."""


class UnknownEvent(UnknownVariant):
    """An event of a type this client does not know, or not in its documented shape.

    Every field the server sent is kept (``model_extra``); a strict client raises instead.
    """


Event = Annotated[
    Union[  # noqa: UP007
        Annotated[
            Union[Message, File, Form, FilledForm, RichMessage, Custom, SystemMessage],  # noqa: UP007
            Discriminator("type"),
        ],
        UnknownEvent,
    ],
    Field(union_mode="left_to_right"),
]
"""A received event, by ``type``; anything else parses as :class:`UnknownEvent`."""
