"""Events you send: ``send_event``'s ``event`` and the initial events of a new thread.

Each event class fills in its ``type`` tag, so ``MessageEvent(text="Hi")`` is a complete event;
plain dicts with a ``type`` key are accepted wherever an event is expected.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import Discriminator, Field

from ._base import JsonMember, RequestObject, SequenceInput, StringTag
from ._param import ModelOrParam
from .common import PropertiesInput, Visibility

if TYPE_CHECKING:
    from .params import (
        FilledFormAnswerInputParam,
        FilledFormFieldInputParam,
        FilledFormGroupAnswerInputParam,
        FormFieldInputParam,
        FormFieldOptionInputParam,
        GroupChooserOptionInputParam,
        MessagePostbackInputParam,
        RichMessageButtonInputParam,
        RichMessageElementInputParam,
        RichMessageImageInputParam,
    )

__all__ = [
    "CustomEvent",
    "EventInput",
    "FileEvent",
    "FilledFormAnswerInput",
    "FilledFormEvent",
    "FilledFormFieldCheckboxInput",
    "FilledFormFieldChoiceInput",
    "FilledFormFieldGroupChooserInput",
    "FilledFormFieldInput",
    "FilledFormFieldTextInput",
    "FilledFormGroupAnswerInput",
    "FormEvent",
    "FormFieldGroupChooserInput",
    "FormFieldInput",
    "FormFieldOptionInput",
    "FormFieldSimpleInput",
    "FormFieldWithOptionsInput",
    "GroupChooserOptionInput",
    "MessageEvent",
    "MessagePostbackInput",
    "RichMessageButtonInput",
    "RichMessageElementInput",
    "RichMessageEvent",
    "RichMessageImageInput",
    "SystemMessageEvent",
]


class _Tagged(RequestObject):
    """A request object whose ``type`` tag is always sent, even when left at its default."""

    def model_post_init(self, context: Any, /) -> None:
        self.__pydantic_fields_set__.add("type")


class _EventBase(_Tagged):
    custom_id: str | None = None
    """Your own ID for the event, echoed back by the API."""
    visibility: Visibility | None = None
    """``all`` (API default) or ``agents`` (agents only)."""
    properties: PropertiesInput | None = None
    """Event properties, ``{namespace: {name: value}}``."""


# --- message ---------------------------------------------------------------------------------


class MessagePostbackInput(RequestObject):
    """Marks a message as the answer to a rich-message button."""

    id: str
    """Postback ID of the rich-message button."""
    thread_id: str
    """Thread holding the rich message."""
    event_id: str
    """ID of the rich message event."""
    type: str | None = None
    """Send together with ``value`` (both or neither)."""
    value: str | None = None
    """Send together with ``type`` (both or neither)."""


class MessageEvent(_EventBase):
    """A text message (at most 16 KB of UTF-8 text)."""

    type: Literal["message"] = "message"
    text: str
    """The message text."""
    postback: ModelOrParam[MessagePostbackInput, "MessagePostbackInputParam"] | None = None
    """Set when the message answers a rich message."""


# --- file ------------------------------------------------------------------------------------


class FileEvent(_EventBase):
    """A file previously uploaded with ``upload_file``."""

    type: Literal["file"] = "file"
    url: str
    """The LiveChat CDN URL returned by ``upload_file``."""
    alternative_text: str | None = None
    """Alternative text, for images."""


# --- forms -----------------------------------------------------------------------------------


class FormFieldOptionInput(RequestObject):
    """A choice of a radio, select or checkbox field."""

    id: str
    label: str


class GroupChooserOptionInput(RequestObject):
    """A choice of a group chooser field."""

    id: str
    group_id: int
    label: str


class FormFieldSimpleInput(_Tagged):
    """A free-text form field."""

    type: Literal["name", "email", "question", "subject", "textarea"]
    id: str
    label: str
    required: bool | None = None


class FormFieldWithOptionsInput(_Tagged):
    """A radio, select or checkbox form field."""

    type: Literal["radio", "select", "checkbox"]
    id: str
    label: str
    required: bool | None = None
    options: (
        SequenceInput[ModelOrParam[FormFieldOptionInput, "FormFieldOptionInputParam"]] | None
    ) = None


class FormFieldGroupChooserInput(_Tagged):
    """A form field that lets the customer pick a group."""

    type: Literal["group_chooser"] = "group_chooser"
    id: str
    label: str
    required: bool | None = None
    options: (
        SequenceInput[ModelOrParam[GroupChooserOptionInput, "GroupChooserOptionInputParam"]] | None
    ) = None


FormFieldInput = Annotated[
    Union[FormFieldSimpleInput, FormFieldWithOptionsInput, FormFieldGroupChooserInput],  # noqa: UP007
    Discriminator("type"),
    StringTag("type"),
]
"""A form field, discriminated by ``type``."""


class FormEvent(_EventBase):
    """A form (rendered by custom UIs only, not by the LiveChat app)."""

    type: Literal["form"] = "form"
    form_id: str
    fields: SequenceInput[ModelOrParam[FormFieldInput, "FormFieldInputParam"]]


class FilledFormAnswerInput(RequestObject):
    """The chosen option of a radio, select or checkbox field."""

    id: str
    label: str


class FilledFormGroupAnswerInput(RequestObject):
    """The chosen group of a group chooser field."""

    id: str | int
    """A string in one docs sample, an integer in another: both are accepted."""
    group_id: int
    label: str


class FilledFormFieldTextInput(_Tagged):
    """A filled free-text field."""

    type: Literal["name", "email", "question", "subject", "textarea"]
    id: str
    label: str
    answer: str
    """The answer; may be empty."""


class FilledFormFieldChoiceInput(_Tagged):
    """A filled radio or select field."""

    type: Literal["radio", "select"]
    id: str
    label: str
    answer: ModelOrParam[FilledFormAnswerInput, "FilledFormAnswerInputParam"]


class FilledFormFieldCheckboxInput(_Tagged):
    """A filled checkbox field (several answers)."""

    type: Literal["checkbox"] = "checkbox"
    id: str
    label: str
    answers: SequenceInput[ModelOrParam[FilledFormAnswerInput, "FilledFormAnswerInputParam"]]


class FilledFormFieldGroupChooserInput(_Tagged):
    """A filled group chooser field."""

    type: Literal["group_chooser"] = "group_chooser"
    id: str
    label: str
    answer: ModelOrParam[FilledFormGroupAnswerInput, "FilledFormGroupAnswerInputParam"]


FilledFormFieldInput = Annotated[
    Union[  # noqa: UP007
        FilledFormFieldTextInput,
        FilledFormFieldChoiceInput,
        FilledFormFieldCheckboxInput,
        FilledFormFieldGroupChooserInput,
    ],
    Discriminator("type"),
    StringTag("type"),
]
"""A filled form field, discriminated by ``type``."""


class FilledFormEvent(_EventBase):
    """A form the customer filled in."""

    type: Literal["filled_form"] = "filled_form"
    form_id: str
    fields: SequenceInput[ModelOrParam[FilledFormFieldInput, "FilledFormFieldInputParam"]]


# --- rich message ----------------------------------------------------------------------------


class RichMessageImageInput(RequestObject):
    """The image of a rich message element."""

    url: str
    name: str | None = None
    content_type: str | None = None
    size: int | None = None
    width: int | None = None
    height: int | None = None
    alternative_text: str | None = None


class RichMessageButtonInput(RequestObject):
    """A button of a rich message element.

    The docs call ``type``, ``value`` and ``user_ids`` required, yet their own samples omit them
    (``user_ids`` is filled in by the server): they are optional here.
    """

    text: str
    """The button label."""
    postback_id: str
    """Identifier sent back through ``send_rich_message_postback``."""
    type: Literal["webview", "message", "url", "phone"] | None = None
    value: str | None = None
    """URL, phone number, message text or webview URL, paired with ``type``."""
    webview_height: Literal["compact", "full", "tall"] | None = None
    """Required when ``type`` is ``webview``."""
    user_ids: list[str] | None = None
    target: Literal["new", "current"] | None = None
    """For ``type="url"``: open in a new or the current tab."""


class RichMessageElementInput(RequestObject):
    """A card, sticker or quick-reply element.

    The docs mark ``title``, ``subtitle`` and ``image`` required even where a template does not
    use them (stickers, quick replies): they are optional here.
    """

    title: str | None = None
    subtitle: str | None = None
    image: ModelOrParam[RichMessageImageInput, "RichMessageImageInputParam"] | None = None
    buttons: (
        SequenceInput[ModelOrParam[RichMessageButtonInput, "RichMessageButtonInputParam"]] | None
    ) = Field(default=None, max_length=13)


class RichMessageEvent(_EventBase):
    """A rich message: cards, a sticker or quick replies."""

    type: Literal["rich_message"] = "rich_message"
    template_id: Literal["cards", "sticker", "quick_replies"]
    elements: (
        SequenceInput[ModelOrParam[RichMessageElementInput, "RichMessageElementInputParam"]] | None
    ) = Field(default=None, max_length=10)


# --- custom and system -------------------------------------------------------------------------


class CustomEvent(_EventBase):
    """An event with free-form JSON content that you define."""

    type: Literal["custom"] = "custom"
    content: Mapping[str, JsonMember] | None = None


class SystemMessageEvent(_Tagged):
    """A system message; integrations may use their own ``system_message_type`` values."""

    type: Literal["system_message"] = "system_message"
    custom_id: str | None = None
    system_message_type: str
    text: str | None = None
    """Text shown to recipients."""
    visibility: Visibility | None = None
    text_vars: Mapping[str, str] | None = None
    """Variables substituted into the text."""


EventInput = Annotated[
    Union[  # noqa: UP007
        MessageEvent,
        FileEvent,
        FormEvent,
        FilledFormEvent,
        RichMessageEvent,
        CustomEvent,
        SystemMessageEvent,
    ],
    Discriminator("type"),
    StringTag("type"),
]
"""An event to send, discriminated by ``type``."""
