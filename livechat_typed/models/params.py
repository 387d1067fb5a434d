"""The dict forms of the nested request objects: one ``TypedDict`` per model. GENERATED.

Do not edit: ``scripts/generate_params.py`` writes this module from the models, and a test fails
while it is out of date. Wherever a request takes a nested object (``event``, ``filters``,
``target``, ``chat``, ``ban``, ``recipients``, ...) it takes the model or a dict literal, which
type checkers check against these: a misspelled key, a value of the wrong type or an unknown
``type`` tag is an error in the editor, as it is at run time. ``EventInputParam`` and the other
unions are discriminated by their ``type`` tag.

46 TypedDicts, 3 unions.
"""

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, TypeAlias

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "AccessInputParam",
    "AgentResponseFilterParam",
    "BanParam",
    "ChatInputParam",
    "ChatUserInputParam",
    "CustomEventParam",
    "EventInputParam",
    "EventTypesFilterParam",
    "FileEventParam",
    "FilledFormAnswerInputParam",
    "FilledFormEventParam",
    "FilledFormFieldCheckboxInputParam",
    "FilledFormFieldChoiceInputParam",
    "FilledFormFieldGroupChooserInputParam",
    "FilledFormFieldInputParam",
    "FilledFormFieldTextInputParam",
    "FilledFormGroupAnswerInputParam",
    "FormEventParam",
    "FormFieldGroupChooserInputParam",
    "FormFieldInputParam",
    "FormFieldOptionInputParam",
    "FormFieldSimpleInputParam",
    "FormFieldWithOptionsInputParam",
    "GreetingsFilterParam",
    "GroupChooserOptionInputParam",
    "HighlightsParam",
    "IntValuesFilterParam",
    "ListArchivesFiltersParam",
    "ListChatsFiltersParam",
    "ListThreadsFiltersParam",
    "MessageEventParam",
    "MessagePostbackInputParam",
    "MulticastAgentsParam",
    "MulticastCustomersParam",
    "MulticastRecipientsParam",
    "PostbackParam",
    "PropertyFilterParam",
    "ResumeChatInputParam",
    "RichMessageButtonInputParam",
    "RichMessageElementInputParam",
    "RichMessageEventParam",
    "RichMessageImageInputParam",
    "RoutingStatusFiltersParam",
    "StringValuesFilterParam",
    "SurveyFilterParam",
    "SystemMessageEventParam",
    "ThreadInputParam",
    "TransferTargetParam",
    "ValuesFilterParam",
]


class AccessInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.AccessInput`.

    Who can access a chat: agents of these groups (group 0 = every agent).
    """

    group_ids: list[int]


class IntValuesFilterParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.IntValuesFilter`.

    Group-ID sub-filter (``values`` or ``exclude_values``).
    """

    values: NotRequired[list[int] | None]
    exclude_values: NotRequired[list[int] | None]


class StringValuesFilterParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.StringValuesFilter`.

    Agent-ID sub-filter (``values`` or ``exclude_values``).
    """

    values: NotRequired[list[str] | None]
    exclude_values: NotRequired[list[str] | None]


class AgentResponseFilterParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.AgentResponseFilter`.

    Match chats by whether (and which) agents responded.
    """

    exists: NotRequired[bool | None]
    first: NotRequired[bool | None]
    """Restrict the other agent_response filters to the agents' first response."""
    agents: NotRequired[StringValuesFilterParam | None]
    groups: NotRequired[IntValuesFilterParam | None]


class BanParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.Ban`.

    How long a ban lasts.
    """

    days: int
    """Number of days the customer stays banned."""


class ChatUserInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.ChatUserInput`.

    An existing user to put in the chat.
    """

    id: str
    type: Literal["agent", "customer"]


class CustomEventParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.CustomEvent`.

    An event with free-form JSON content that you define.
    """

    custom_id: NotRequired[str | None]
    """Your own ID for the event, echoed back by the API."""
    visibility: NotRequired[Literal["all", "agents"] | None]
    """``all`` (API default) or ``agents`` (agents only)."""
    properties: NotRequired[
        Mapping[str, Mapping[str, Mapping[str, Any] | Sequence[Any] | str | int | float | bool]]
        | None
    ]
    """Event properties, ``{namespace: {name: value}}``."""
    type: Literal["custom"]
    content: NotRequired[
        Mapping[str, Mapping[str, Any] | Sequence[Any] | str | int | float | bool | None] | None
    ]


class FileEventParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FileEvent`.

    A file previously uploaded with ``upload_file``.
    """

    custom_id: NotRequired[str | None]
    """Your own ID for the event, echoed back by the API."""
    visibility: NotRequired[Literal["all", "agents"] | None]
    """``all`` (API default) or ``agents`` (agents only)."""
    properties: NotRequired[
        Mapping[str, Mapping[str, Mapping[str, Any] | Sequence[Any] | str | int | float | bool]]
        | None
    ]
    """Event properties, ``{namespace: {name: value}}``."""
    type: Literal["file"]
    url: str
    """The LiveChat CDN URL returned by ``upload_file``."""
    alternative_text: NotRequired[str | None]
    """Alternative text, for images."""


class FilledFormAnswerInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FilledFormAnswerInput`.

    The chosen option of a radio, select or checkbox field.
    """

    id: str
    label: str


class FilledFormFieldCheckboxInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FilledFormFieldCheckboxInput`.

    A filled checkbox field (several answers).
    """

    type: Literal["checkbox"]
    id: str
    label: str
    answers: Sequence[FilledFormAnswerInputParam]


class FilledFormFieldChoiceInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FilledFormFieldChoiceInput`.

    A filled radio or select field.
    """

    type: Literal["radio", "select"]
    id: str
    label: str
    answer: FilledFormAnswerInputParam


class FilledFormGroupAnswerInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FilledFormGroupAnswerInput`.

    The chosen group of a group chooser field.
    """

    id: str | int
    """A string in one docs sample, an integer in another: both are accepted."""
    group_id: int
    label: str


class FilledFormFieldGroupChooserInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FilledFormFieldGroupChooserInput`.

    A filled group chooser field.
    """

    type: Literal["group_chooser"]
    id: str
    label: str
    answer: FilledFormGroupAnswerInputParam


class FilledFormFieldTextInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FilledFormFieldTextInput`.

    A filled free-text field.
    """

    type: Literal["name", "email", "question", "subject", "textarea"]
    id: str
    label: str
    answer: str
    """The answer; may be empty."""


FilledFormFieldInputParam: TypeAlias = (
    FilledFormFieldTextInputParam
    | FilledFormFieldChoiceInputParam
    | FilledFormFieldCheckboxInputParam
    | FilledFormFieldGroupChooserInputParam
)
"""A :data:`~livechat_typed.models.FilledFormFieldInput` as a dict."""


class FilledFormEventParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FilledFormEvent`.

    A form the customer filled in.
    """

    custom_id: NotRequired[str | None]
    """Your own ID for the event, echoed back by the API."""
    visibility: NotRequired[Literal["all", "agents"] | None]
    """``all`` (API default) or ``agents`` (agents only)."""
    properties: NotRequired[
        Mapping[str, Mapping[str, Mapping[str, Any] | Sequence[Any] | str | int | float | bool]]
        | None
    ]
    """Event properties, ``{namespace: {name: value}}``."""
    type: Literal["filled_form"]
    form_id: str
    fields: Sequence[FilledFormFieldInputParam]


class GroupChooserOptionInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.GroupChooserOptionInput`.

    A choice of a group chooser field.
    """

    id: str
    group_id: int
    label: str


class FormFieldGroupChooserInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FormFieldGroupChooserInput`.

    A form field that lets the customer pick a group.
    """

    type: Literal["group_chooser"]
    id: str
    label: str
    required: NotRequired[bool | None]
    options: NotRequired[Sequence[GroupChooserOptionInputParam] | None]


class FormFieldSimpleInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FormFieldSimpleInput`.

    A free-text form field.
    """

    type: Literal["name", "email", "question", "subject", "textarea"]
    id: str
    label: str
    required: NotRequired[bool | None]


class FormFieldOptionInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FormFieldOptionInput`.

    A choice of a radio, select or checkbox field.
    """

    id: str
    label: str


class FormFieldWithOptionsInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FormFieldWithOptionsInput`.

    A radio, select or checkbox form field.
    """

    type: Literal["radio", "select", "checkbox"]
    id: str
    label: str
    required: NotRequired[bool | None]
    options: NotRequired[Sequence[FormFieldOptionInputParam] | None]


FormFieldInputParam: TypeAlias = (
    FormFieldSimpleInputParam | FormFieldWithOptionsInputParam | FormFieldGroupChooserInputParam
)
"""A :data:`~livechat_typed.models.FormFieldInput` as a dict."""


class FormEventParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.FormEvent`.

    A form (rendered by custom UIs only, not by the LiveChat app).
    """

    custom_id: NotRequired[str | None]
    """Your own ID for the event, echoed back by the API."""
    visibility: NotRequired[Literal["all", "agents"] | None]
    """``all`` (API default) or ``agents`` (agents only)."""
    properties: NotRequired[
        Mapping[str, Mapping[str, Mapping[str, Any] | Sequence[Any] | str | int | float | bool]]
        | None
    ]
    """Event properties, ``{namespace: {name: value}}``."""
    type: Literal["form"]
    form_id: str
    fields: Sequence[FormFieldInputParam]


class MessagePostbackInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.MessagePostbackInput`.

    Marks a message as the answer to a rich-message button.
    """

    id: str
    """Postback ID of the rich-message button."""
    thread_id: str
    """Thread holding the rich message."""
    event_id: str
    """ID of the rich message event."""
    type: NotRequired[str | None]
    """Send together with ``value`` (both or neither)."""
    value: NotRequired[str | None]
    """Send together with ``type`` (both or neither)."""


class MessageEventParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.MessageEvent`.

    A text message (at most 16 KB of UTF-8 text).
    """

    custom_id: NotRequired[str | None]
    """Your own ID for the event, echoed back by the API."""
    visibility: NotRequired[Literal["all", "agents"] | None]
    """``all`` (API default) or ``agents`` (agents only)."""
    properties: NotRequired[
        Mapping[str, Mapping[str, Mapping[str, Any] | Sequence[Any] | str | int | float | bool]]
        | None
    ]
    """Event properties, ``{namespace: {name: value}}``."""
    type: Literal["message"]
    text: str
    """The message text."""
    postback: NotRequired[MessagePostbackInputParam | None]
    """Set when the message answers a rich message."""


class RichMessageButtonInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.RichMessageButtonInput`.

    A button of a rich message element.

    The docs call ``type``, ``value`` and ``user_ids`` required, yet their own samples omit them
    (``user_ids`` is filled in by the server): they are optional here.
    """

    text: str
    """The button label."""
    postback_id: str
    """Identifier sent back through ``send_rich_message_postback``."""
    type: NotRequired[Literal["webview", "message", "url", "phone"] | None]
    value: NotRequired[str | None]
    """URL, phone number, message text or webview URL, paired with ``type``."""
    webview_height: NotRequired[Literal["compact", "full", "tall"] | None]
    """Required when ``type`` is ``webview``."""
    user_ids: NotRequired[list[str] | None]
    target: NotRequired[Literal["new", "current"] | None]
    """For ``type="url"``: open in a new or the current tab."""


class RichMessageImageInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.RichMessageImageInput`.

    The image of a rich message element.
    """

    url: str
    name: NotRequired[str | None]
    content_type: NotRequired[str | None]
    size: NotRequired[int | None]
    width: NotRequired[int | None]
    height: NotRequired[int | None]
    alternative_text: NotRequired[str | None]


class RichMessageElementInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.RichMessageElementInput`.

    A card, sticker or quick-reply element.

    The docs mark ``title``, ``subtitle`` and ``image`` required even where a template does not
    use them (stickers, quick replies): they are optional here.
    """

    title: NotRequired[str | None]
    subtitle: NotRequired[str | None]
    image: NotRequired[RichMessageImageInputParam | None]
    buttons: NotRequired[Sequence[RichMessageButtonInputParam] | None]


class RichMessageEventParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.RichMessageEvent`.

    A rich message: cards, a sticker or quick replies.
    """

    custom_id: NotRequired[str | None]
    """Your own ID for the event, echoed back by the API."""
    visibility: NotRequired[Literal["all", "agents"] | None]
    """``all`` (API default) or ``agents`` (agents only)."""
    properties: NotRequired[
        Mapping[str, Mapping[str, Mapping[str, Any] | Sequence[Any] | str | int | float | bool]]
        | None
    ]
    """Event properties, ``{namespace: {name: value}}``."""
    type: Literal["rich_message"]
    template_id: Literal["cards", "sticker", "quick_replies"]
    elements: NotRequired[Sequence[RichMessageElementInputParam] | None]


class SystemMessageEventParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.SystemMessageEvent`.

    A system message; integrations may use their own ``system_message_type`` values.
    """

    type: Literal["system_message"]
    custom_id: NotRequired[str | None]
    system_message_type: str
    text: NotRequired[str | None]
    """Text shown to recipients."""
    visibility: NotRequired[Literal["all", "agents"] | None]
    text_vars: NotRequired[Mapping[str, str] | None]
    """Variables substituted into the text."""


EventInputParam: TypeAlias = (
    MessageEventParam
    | FileEventParam
    | FormEventParam
    | FilledFormEventParam
    | RichMessageEventParam
    | CustomEventParam
    | SystemMessageEventParam
)
"""A :data:`~livechat_typed.models.EventInput` as a dict."""


class ThreadInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.ThreadInput`.

    The first thread of a chat: initial events and thread properties.
    """

    events: NotRequired[Sequence[EventInputParam] | None]
    """Initial events; authors other than the requester must be in ``chat.users``."""
    properties: NotRequired[
        Mapping[str, Mapping[str, Mapping[str, Any] | Sequence[Any] | str | int | float | bool]]
        | None
    ]


class ChatInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.ChatInput`.

    The chat to start: properties, access, users and the first thread.
    """

    properties: NotRequired[
        Mapping[str, Mapping[str, Mapping[str, Any] | Sequence[Any] | str | int | float | bool]]
        | None
    ]
    access: NotRequired[AccessInputParam | None]
    users: NotRequired[Sequence[ChatUserInputParam] | None]
    """Up to 4 agents besides the requester, and 1 customer."""
    thread: NotRequired[ThreadInputParam | None]


class EventTypesFilterParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.EventTypesFilter`.

    Match chats by the types of their events (only one of values / exclude_values).
    """

    values: NotRequired[
        list[
            Literal[
                "message", "file", "form", "filled_form", "rich_message", "custom", "system_message"
            ]
        ]
        | None
    ]
    exclude_values: NotRequired[
        list[
            Literal[
                "message", "file", "form", "filled_form", "rich_message", "custom", "system_message"
            ]
        ]
        | None
    ]
    require_every_value: NotRequired[bool | None]


GreetingsFilterParam = TypedDict(
    "GreetingsFilterParam",
    {
        "from": NotRequired[str | datetime | None],
        "to": NotRequired[str | datetime | None],
        "exists": NotRequired[bool | None],
        "values": NotRequired[list[int] | None],
        "exclude_values": NotRequired[list[int] | None],
        "groups": NotRequired[IntValuesFilterParam | None],
    },
)
"""The dict form of :class:`~livechat_typed.models.GreetingsFilter`.

Match chats by the greetings that started them.
"""


class HighlightsParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.Highlights`.

    Highlight matches of ``filters.query``; pass ``{}`` to enable with the defaults.
    """

    pre_tag: NotRequired[str | None]
    """Inserted before a match (API default ``<em>``)."""
    post_tag: NotRequired[str | None]
    """Inserted after a match (API default ``</em>``)."""


class PropertyFilterParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.PropertyFilter`.

    Match one property: use exactly one of ``exists`` / ``values`` / ``exclude_values``.
    """

    exists: NotRequired[bool | None]
    """``True``: the property is set; ``False``: it is not."""
    values: NotRequired[list[str] | list[int] | list[bool] | None]
    """Match any of these values (strings, ints or bools, matching the property type)."""
    exclude_values: NotRequired[list[str] | list[int] | list[bool] | None]
    """Match none of these values."""


SurveyFilterParam = TypedDict(
    "SurveyFilterParam",
    {
        "type": NotRequired[Literal["pre_chat", "post_chat"] | None],
        "from": NotRequired[str | datetime | None],
        "to": NotRequired[str | datetime | None],
        "exists": NotRequired[bool | None],
        "values": NotRequired[list[str] | None],
        "exclude_values": NotRequired[list[str] | None],
        "groups": NotRequired[IntValuesFilterParam | None],
    },
)
"""The dict form of :class:`~livechat_typed.models.SurveyFilter`.

One element of ``list_archives`` ``filters.surveys``.
"""


class ValuesFilterParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.ValuesFilter`.

    Match chats by agents, tags, sales, goals or customer countries.

    Use only one of ``exists`` / ``values`` / ``exclude_values`` at a time.
    """

    exists: NotRequired[bool | None]
    values: NotRequired[list[str] | list[int] | list[bool] | None]
    exclude_values: NotRequired[list[str] | list[int] | list[bool] | None]
    require_every_value: NotRequired[bool | None]
    """``True``: the chat must match all listed values, not just one."""


ListArchivesFiltersParam = TypedDict(
    "ListArchivesFiltersParam",
    {
        "query": NotRequired[str | None],
        "from": NotRequired[str | datetime | None],
        "to": NotRequired[str | datetime | None],
        "thread_ids": NotRequired[list[str] | None],
        "group_ids": NotRequired[list[int] | None],
        "properties": NotRequired[Mapping[str, Mapping[str, PropertyFilterParam]] | None],
        "agents": NotRequired[ValuesFilterParam | None],
        "tags": NotRequired[ValuesFilterParam | None],
        "sales": NotRequired[ValuesFilterParam | None],
        "goals": NotRequired[ValuesFilterParam | None],
        "surveys": NotRequired[Sequence[SurveyFilterParam] | None],
        "event_types": NotRequired[EventTypesFilterParam | None],
        "greetings": NotRequired[GreetingsFilterParam | None],
        "agent_response": NotRequired[AgentResponseFilterParam | None],
        "customer_countries": NotRequired[ValuesFilterParam | None],
    },
)
"""The dict form of :class:`~livechat_typed.models.ListArchivesFilters`.

``list_archives`` filters.
"""


class ListChatsFiltersParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.ListChatsFilters`.

    ``list_chats`` filters; keep them unchanged while paginating.
    """

    active: NotRequired[bool | None]
    """``True``: active chats only; ``False``: inactive only; ``None`` (null) or absent: both."""
    include_chats_without_threads: NotRequired[bool | None]
    """Include chats that have no threads (API default: ``True``)."""
    group_ids: NotRequired[list[int] | None]
    """Only chats of these groups (at most 200)."""
    properties: NotRequired[Mapping[str, Mapping[str, PropertyFilterParam]] | None]
    """Property filters, ``{namespace: {name: PropertyFilter}}``."""


ListThreadsFiltersParam = TypedDict(
    "ListThreadsFiltersParam",
    {
        "from": NotRequired[str | datetime | None],
        "to": NotRequired[str | datetime | None],
    },
)
"""The dict form of :class:`~livechat_typed.models.ListThreadsFilters`.

``list_threads`` filters: a creation-date window.
"""


class MulticastAgentsParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.MulticastAgents`.

    Agent recipients of a multicast.
    """

    all: NotRequired[bool | None]
    """Every agent of the license."""
    ids: NotRequired[list[str] | None]
    """Agent IDs."""
    groups: NotRequired[list[int] | None]
    """Group IDs."""


class MulticastCustomersParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.MulticastCustomers`.

    Customer recipients of a multicast.
    """

    ids: NotRequired[list[str] | None]
    """Customer IDs."""


class MulticastRecipientsParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.MulticastRecipients`.

    Who receives a multicast: agents and/or customers.
    """

    agents: NotRequired[MulticastAgentsParam | None]
    customers: NotRequired[MulticastCustomersParam | None]


class PostbackParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.Postback`.

    A rich-message button press (or its undoing).
    """

    id: str
    """The button's ``postback_id``."""
    toggled: bool
    """``True``: the button is pressed; ``False``: the press is undone."""


class ResumeChatInputParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.ResumeChatInput`.

    The chat to resume, by ``id``; access defaults to all agents.
    """

    properties: NotRequired[
        Mapping[str, Mapping[str, Mapping[str, Any] | Sequence[Any] | str | int | float | bool]]
        | None
    ]
    access: NotRequired[AccessInputParam | None]
    users: NotRequired[Sequence[ChatUserInputParam] | None]
    """Up to 4 agents besides the requester, and 1 customer."""
    thread: NotRequired[ThreadInputParam | None]
    id: str


class RoutingStatusFiltersParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.RoutingStatusFilters`.

    ``list_routing_statuses`` filters.
    """

    group_ids: NotRequired[list[int] | None]
    """Only agents of these groups."""


class TransferTargetParam(TypedDict):
    """The dict form of :class:`~livechat_typed.models.TransferTarget`.

    Where to transfer a chat: agents (by ID) or groups (by integer ID).
    """

    type: Literal["group", "agent"]
    ids: list[str] | list[int]
    """Agent IDs (strings) for ``agent``, group IDs (integers) for ``group``."""
