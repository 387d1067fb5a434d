"""Field docstrings of ``livechat_typed.models.common``: GENERATED, do not edit.

Written by ``scripts/generate_field_docs.py`` from the module's source.
"""

DOCS: dict[str, dict[str, str]] = {
    "ErrorDetails": {
        "data": 'Extra data; for ``misdirected_request``, ``{"region": ...}``.',
    },
}
