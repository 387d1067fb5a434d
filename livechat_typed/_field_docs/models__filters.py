"""Field docstrings of ``livechat_typed.models.filters``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "PropertyFilter": {
        "exists": "``True``: the property is set; ``False``: it is not.",
        "values": "Match any of these values (strings, ints or bools, matching the property type).",
        "exclude_values": "Match none of these values.",
    },
    "ValuesFilter": {
        "require_every_value": "``True``: the chat must match all listed values, not just one.",
    },
    "SurveyFilter": {
        "exists": "``True``: only surveys that have a ``survey_id``.",
        "values": "Answer IDs to match.",
        "exclude_values": "Answer IDs to exclude.",
    },
    "GreetingsFilter": {
        "values": "Greeting IDs to match.",
        "exclude_values": "Greeting IDs to exclude.",
    },
    "AgentResponseFilter": {
        "first": "Restrict the other agent_response filters to the agents' first response.",
    },
    "ListChatsFilters": {
        "active": "``True``: active chats only; ``False``: inactive only; ``None`` (null) or absent: both.",
        "include_chats_without_threads": "Include chats that have no threads (API default: ``True``).",
        "group_ids": "Only chats of these groups (at most 200).",
        "properties": "Property filters, ``{namespace: {name: PropertyFilter}}``.",
    },
    "ListThreadsFilters": {
        "from_": "Threads created at or after this RFC 3339 date-time.",
        "to": "Threads created at or before this RFC 3339 date-time.",
    },
    "ListArchivesFilters": {
        "query": "Full-text search query.",
        "thread_ids": "Only these threads (at most 20).",
        "group_ids": "Only chats of these groups (at most 200).",
        "customer_countries": "Country codes (ISO 3166-1 alpha-2) of the customers.",
    },
    "Highlights": {
        "pre_tag": "Inserted before a match (API default ``<em>``).",
        "post_tag": "Inserted after a match (API default ``</em>``).",
    },
    "RoutingStatusFilters": {
        "group_ids": "Only agents of these groups.",
    },
}
