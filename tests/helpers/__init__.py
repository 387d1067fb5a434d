"""Helpers shared by the tests, in one place: test modules hold tests (and helpers of their own).

Test modules import these from here (``from .helpers import ...``), never from another test module;
``conftest.py`` only holds the fixtures built on them. The modules:

* :mod:`.core`: the in-repo API spec, a recording mock transport, minimal answers, ``one_line``;
* :mod:`.scripted`: a transport answering from a script, and :class:`Harness`, which drives the
  sync and the async client alike (retries, regions, lifecycle headers);
* :mod:`.wire`: the reference SDK beside our client (:class:`Pair`) and the comparison of the
  requests they send (wire parity, dry runs, options, the async client);
* :mod:`.mutations`: valid input broken in one place, and the check that it is refused before
  any I/O (bad input, the async client).

Their assertions are rewritten by pytest, as in test modules (``tests/__init__.py``).
"""

# ``core`` first: ``spec_strategies`` (imported by ``mutations``) takes ``load_spec`` from here.
from .core import (
    MINIMAL_BODIES,
    SPEC_PATH,
    TOKEN,
    Recorder,
    load_spec,
    minimal_response,
    one_line,
)
from .mutations import (
    BAD_DATE_TIMES,
    BAD_UUIDS,
    MUTATORS,
    OBJECT_ERRORS,
    Draw,
    Mutation,
    applicable,
    assert_no_token,
    assert_refused,
    bad_enum_values,
    bad_files,
    cases,
    dotted_loc,
    misspelling,
    misspellings,
    mutate_enum,
    mutate_format,
    mutate_missing,
    mutate_range,
    mutate_unknown_key,
    mutate_unknown_keyword,
    mutate_wrong_type,
    node_shape,
    replace_value,
    wrong_values,
)
from .scripted import (
    BEARER,
    OK,
    Answer,
    Client,
    Harness,
    Reply,
    Script,
    Sent,
    reply,
    response_model,
)
from .wire import (
    HEADER_NAMES,
    HEADER_VALUES,
    REFERENCE_BASE_URL,
    Pair,
    assert_same_headers,
    assert_same_json,
    assert_same_request,
    header_dicts,
    headers_without_boundary,
    is_multipart,
    load_json,
    multipart_boundary,
    multipart_parts,
    no_duplicate_keys,
)

__all__ = [
    "BAD_DATE_TIMES",
    "BAD_UUIDS",
    "BEARER",
    "HEADER_NAMES",
    "HEADER_VALUES",
    "MINIMAL_BODIES",
    "MUTATORS",
    "OBJECT_ERRORS",
    "OK",
    "REFERENCE_BASE_URL",
    "SPEC_PATH",
    "TOKEN",
    "Answer",
    "Client",
    "Draw",
    "Harness",
    "Mutation",
    "Pair",
    "Recorder",
    "Reply",
    "Script",
    "Sent",
    "applicable",
    "assert_no_token",
    "assert_refused",
    "assert_same_headers",
    "assert_same_json",
    "assert_same_request",
    "bad_enum_values",
    "bad_files",
    "cases",
    "dotted_loc",
    "header_dicts",
    "headers_without_boundary",
    "is_multipart",
    "load_json",
    "load_spec",
    "minimal_response",
    "misspelling",
    "misspellings",
    "multipart_boundary",
    "multipart_parts",
    "mutate_enum",
    "mutate_format",
    "mutate_missing",
    "mutate_range",
    "mutate_unknown_key",
    "mutate_unknown_keyword",
    "mutate_wrong_type",
    "no_duplicate_keys",
    "node_shape",
    "one_line",
    "replace_value",
    "reply",
    "response_model",
    "wrong_values",
]
