"""Field docstrings of ``livechat_typed.models._base``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "Request": {
        "headers": "Extra HTTP headers for this call only, merged over the client's headers, not persisted.",
        "timeout": "Timeout of this call (seconds or an ``httpx.Timeout``), over the client's.",
        "max_retries": "How often this call may be retried, over the client's ``max_retries``.",
        "total_timeout": "A bound on the whole call in seconds, over the client's: every attempt, the waits between\nretries and the reading of the answer, however slowly it arrives. When it passes, the call\nraises ``APITimeoutError``.",
    },
    "PagedRequest": {
        "page_id_excludes": "Fields the API refuses next to a ``page_id`` (it reuses the first request's).",
        "first_page_only": "Fields that ``.iterate()`` sends with the first request only.",
        "page_id": "Cursor from ``next_page_id``/``previous_page_id``; send it without filters/limit/sort.",
        "max_items": "With ``.iterate()``: stop after this many items. Not accepted by a plain call.",
    },
}
