"""Valid input broken in one place, and the checks that a client refuses it before any I/O.

For each kind of mistake a mutator takes keyword arguments drawn valid from the spec
(:mod:`tests.spec_strategies`) and breaks them in one place: a wrong type, a value outside an
enum, outside a documented range, in a wrong format, a missing required member, a misspelled
keyword or an unknown nested key. It returns the :class:`Mutation`: the broken arguments and the
error they must produce, which :func:`assert_refused` checks.
"""

from __future__ import annotations

import copy
import difflib
import io
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import assume
from hypothesis import strategies as st

from livechat_typed import AgentWeb, InvalidRequestError

# The module, not its names: spec_strategies imports this package (for ``load_spec``), so either
# may be imported first; its names are only looked up when a function here runs.
from .. import spec_strategies
from .core import TOKEN, Recorder, one_line

__all__ = [
    "BAD_DATE_TIMES",
    "BAD_UUIDS",
    "MUTATORS",
    "OBJECT_ERRORS",
    "Draw",
    "Mutation",
    "applicable",
    "assert_no_token",
    "assert_refused",
    "bad_enum_values",
    "bad_files",
    "cases",
    "dotted_loc",
    "misspelling",
    "misspellings",
    "mutate_enum",
    "mutate_format",
    "mutate_missing",
    "mutate_range",
    "mutate_unknown_key",
    "mutate_unknown_keyword",
    "mutate_wrong_type",
    "node_shape",
    "replace_value",
    "wrong_values",
]


@dataclass
class Mutation:
    """Broken keyword arguments and the error they must produce."""

    kwargs: dict[str, Any]
    loc: tuple[Any, ...]
    """Where the error is: an error's ``loc`` must start with it (or equal it if ``exact``)."""
    types: frozenset[str]
    """The acceptable pydantic error types (the rule) at ``loc``."""
    hint: str | None = None
    """For unknown keys: the real name the message must suggest."""
    exact: bool = False


def dotted_loc(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(request)"


# --- what is wrong for each kind of node ------------------------------------------------------

OBJECT_ERRORS = {"record": "model_type", "union": "model_attributes_type", "map": "dict_type"}


def node_shape(node: dict[str, Any]) -> str:
    if node["type"] == "object":
        # maps and free-form objects are dicts
        return "record" if spec_strategies.is_record(node) else "map"
    return str(node["type"])


def wrong_values(site: spec_strategies.Site) -> tuple[list[Any], frozenset[str]]:
    """Values of a wrong type for a site (some carrying the token), and the expected rules."""
    node = site.node
    shape = node_shape(node)
    if shape == "string":
        values: list[Any] = [5, 1.5, True, [TOKEN], {"k": TOKEN}, TOKEN.encode()]
        if "enum" in node:
            types = {"literal_error"}
        elif node.get("format") == "date-time":
            types = {"string_type", "datetime_type"}  # a str | datetime union
        else:
            types = {"string_type"}
    elif shape == "integer":
        values, types = ["5", 1.5, True, False, [1], TOKEN], {"int_type"}
    elif shape == "boolean":
        values, types = [1, 0, "true", TOKEN, [True]], {"bool_type"}
    elif shape == "array":  # list[...] fields, or Sequence[...] ones (which refuse str apart)
        values, types = [TOKEN, 5, {"k": TOKEN}], {"list_type", "sequence_str", "is_instance_of"}
    elif shape in OBJECT_ERRORS:
        values, types = [TOKEN, 5, [TOKEN]], {OBJECT_ERRORS[shape]}
    elif shape == "one_of" and node["choices"][0]["type"] == "array":  # list[str] | list[int]
        values = [TOKEN, 5, {"k": TOKEN}, [1.5], [None], [[TOKEN]], ["a", 1]]
        types = {"list_type", "string_type", "int_type", "bool_type"}
    elif shape == "one_of":  # str | int
        values, types = [1.5, True, [TOKEN], {"k": TOKEN}], {"string_type", "int_type"}
    elif shape == "any":  # any JSON value: only non-JSON values are wrong
        values = [{1, 2}, object(), math.nan, -math.inf]
        types = {"invalid-json-value", "finite_number"}
    elif shape == "file":
        values, types = [5, 1.5, True, [TOKEN], io.StringIO(TOKEN)], {"file_type"}
    else:
        raise AssertionError(shape)
    if site.required and not node.get("nullable") and shape != "any":
        values.append(None)
    return values, frozenset(types)


def bad_enum_values(enum: list[str], token: bool) -> list[str]:
    values = [*(v.upper() for v in enum), *(v + " " for v in enum), "", "unknown"]
    if token:
        values.append(TOKEN)
    return [v for v in values if v not in enum]


BAD_DATE_TIMES = [
    "2024-07-15",
    "2024-07-15T09:04:57",
    "2024-07-15 09:04",
    "2024-07-15T09:04:57.881200+0200",
    "2024-07-15T09:04:57.1234567890Z",
    "15/07/2024 09:04:57Z",
    "yesterday",
    "",
]
BAD_UUIDS = ["not-a-uuid", "123e4567e89b42d3a456426614174000", "", "{123e4567-e89b-42d3-a456}"]


def bad_files() -> list[tuple[Any, str]]:
    return [
        ("/nonexistent-dir/no-such-file.bin", "file_path"),
        ({"files": b"x"}, "file_mapping"),
        ({"file": b"x", "other": b"y"}, "file_mapping"),
        (("a",), "file_tuple"),
        ((1, b"x"), "file_tuple"),
        (io.StringIO("text"), "file_type"),
    ]


# --- mutations --------------------------------------------------------------------------------

Draw = Callable[..., Any]


def replace_value(kwargs: dict[str, Any], site: spec_strategies.Site, value: Any) -> None:
    site.parent[site.key] = value


def mutate_wrong_type(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    sites = [
        s
        for s in spec_strategies.walk(action, kwargs)
        if s.loc and not s.alias and s.union_loc is None
    ]
    if not sites:
        return None
    site = draw(st.sampled_from(sites), label="site")
    values, types = wrong_values(site)
    replace_value(kwargs, site, draw(st.sampled_from(values), label="wrong value"))
    return Mutation(kwargs, site.loc, types)


def mutate_enum(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    sites = [
        s for s in spec_strategies.walk(action, kwargs) if "enum" in s.node and s.value is not None
    ]
    if not sites:
        return None
    site = draw(st.sampled_from(sites), label="site")
    if site.union_loc is not None:  # a discriminator: the union refuses the tag
        bad = bad_enum_values(list(site.union_tags), token=False)
        replace_value(kwargs, site, draw(st.sampled_from(bad), label="tag"))
        return Mutation(kwargs, site.union_loc, frozenset({"union_tag_invalid"}), exact=True)
    bad = bad_enum_values(site.node["enum"], token=True)
    replace_value(kwargs, site, draw(st.sampled_from(bad), label="value"))
    return Mutation(kwargs, site.loc, frozenset({"literal_error"}), exact=True)


def mutate_range(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    options: list[tuple[spec_strategies.Site, Any, str]] = []
    for site in spec_strategies.walk(action, kwargs):
        node = site.node
        if site.alias or site.union_loc is not None:
            continue
        if node["type"] == "integer":
            if "min" in node:
                options += [(site, node["min"] - 1, "greater_than_equal")]
                options += [(site, node["min"] - 10**6, "greater_than_equal")]
            if "max" in node:
                options += [(site, node["max"] + 1, "less_than_equal")]
                options += [(site, node["max"] + 10**20, "less_than_equal")]
        if node["type"] == "array" and "max_items" in node and isinstance(site.value, list):
            item = site.value[0] if site.value else spec_strategies.minimal_value(node["items"])
            options.append((site, [copy.deepcopy(item)] * (node["max_items"] + 1), "too_long"))
        if node.get("min_items") and site.value is not None:
            options.append((site, [], "too_short"))
    if not options:
        return None
    site, value, rule = draw(st.sampled_from(options), label="out of range")
    replace_value(kwargs, site, value)
    return Mutation(kwargs, site.loc, frozenset({rule}), exact=True)


def mutate_format(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    options: list[tuple[spec_strategies.Site | None, Any, tuple[Any, ...], str]] = []
    for site in spec_strategies.walk(action, kwargs):
        node = site.node
        if site.alias or site.union_loc is not None or site.value is None:
            continue
        if node.get("format") == "date-time":
            options += [(site, bad, site.loc, "value_error") for bad in BAD_DATE_TIMES]
        elif node.get("format") == "uuid":
            options += [(site, bad, site.loc, "string_pattern_mismatch") for bad in BAD_UUIDS]
        elif node.get("not_null"):
            options.append((site, None, site.loc, "value_error"))
        elif node["type"] == "file":
            options += [(site, bad, site.loc, rule) for bad, rule in bad_files()]
        elif node["type"] == "array" and spec_strategies.resolve(node["items"]).get("exact_keys"):
            for item in ({}, {"a": "1", "b": "2"}):
                options.append((site, [*site.value, item], site.loc, "session_field"))
    if action == "update_customer":  # nothing to update besides the id
        options.append((None, None, (), "nothing_to_update"))
    if not options:
        return None
    site, value, loc, rule = draw(st.sampled_from(options), label="bad format")
    if site is None:
        for name in ("name", "email", "avatar", "session_fields"):
            kwargs.pop(name, None)
    else:
        replace_value(kwargs, site, value)
    return Mutation(kwargs, loc, frozenset({rule}), exact=True)


def mutate_missing(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    options: list[tuple[spec_strategies.Site, str]] = []
    for site in spec_strategies.walk(action, kwargs):
        if not spec_strategies.is_record(site.node) or not isinstance(site.value, dict):
            continue
        for name, child in site.node["properties"].items():
            if name in site.value and child.get("required"):
                options.append((site, name))
    if not options:
        return None
    site, name = draw(st.sampled_from(options), label="missing member")
    del site.value[name]
    if site.alias and name == "type":  # the discriminator: the union cannot pick a variant
        return Mutation(kwargs, site.loc[:-1], frozenset({"union_tag_not_found"}), exact=True)
    return Mutation(kwargs, (*site.loc, name), frozenset({"missing"}), exact=True)


def misspellings(name: str) -> st.SearchStrategy[str]:
    letters = st.sampled_from("abcdefghijklmnopqrstuvwxyz_")
    position = st.integers(0, len(name))
    return st.one_of(
        position.map(lambda i: name[:i] + name[i + 1 :]),  # a letter dropped
        st.tuples(position, letters).map(lambda t: name[: t[0]] + t[1] + name[t[0] :]),
        st.tuples(position, letters).map(lambda t: name[: t[0]] + t[1] + name[t[0] + 1 :]),
        position.map(lambda i: name[:i] + name[i + 1 : i + 2] + name[i : i + 1] + name[i + 2 :]),
        position.map(lambda i: name[:i] + name[i : i + 1].upper() + name[i + 1 :]),
    )


def misspelling(draw: Draw, real: str, names: set[str]) -> str:
    """A misspelling of ``real`` that is no valid name and is closest to ``real``."""
    known = (
        names
        | {f"{n}_" for n in names if n == "from"}
        | {"payload", "headers", "timeout", "max_retries", "max_items"}
    )
    wrong = draw(misspellings(real), label="misspelling")
    assume(wrong not in known and wrong.rstrip("_") not in names)
    assume(difflib.get_close_matches(wrong, sorted(known), n=1, cutoff=0.6) == [real])
    return wrong  # type: ignore[no-any-return]


def mutate_unknown_keyword(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation:
    names = set(spec_strategies.params(action))
    real = draw(st.sampled_from(sorted(names)), label="real name")
    wrong = misspelling(draw, real, names)
    kwargs[wrong] = kwargs[real] if kwargs.get(real) is not None else draw(spec_strategies.TEXT)
    return Mutation(kwargs, (wrong,), frozenset({"extra_forbidden"}), hint=real, exact=True)


def mutate_unknown_key(draw: Draw, action: str, kwargs: dict[str, Any]) -> Mutation | None:
    sites = [
        s
        for s in spec_strategies.walk(action, kwargs)
        if s.loc
        and spec_strategies.is_record(s.node)
        and isinstance(s.value, dict)
        and ("_tag" not in s.node or s.alias)
    ]
    if not sites:
        return None
    site = draw(st.sampled_from(sites), label="object")
    names = set(site.node["properties"])
    real = draw(st.sampled_from(sorted(names)), label="real key")
    wrong = misspelling(draw, real, names)
    site.value[wrong] = site.value.get(real, "x")
    return Mutation(
        kwargs, (*site.loc, wrong), frozenset({"extra_forbidden"}), hint=real, exact=True
    )


MUTATORS: dict[str, Callable[[Draw, str, dict[str, Any]], Mutation | None]] = {
    "wrong_type": mutate_wrong_type,
    "enum": mutate_enum,
    "range": mutate_range,
    "format": mutate_format,
    "missing": mutate_missing,
    "unknown_keyword": mutate_unknown_keyword,
    "unknown_key": mutate_unknown_key,
}


def applicable(action: str, kind: str) -> bool:
    """Whether the action's spec has a place for this kind of mistake at all."""
    nodes = list(spec_strategies.iter_schema(action))
    records = [n for n in nodes if spec_strategies.is_record(n)]
    if kind == "enum":
        return any("enum" in n for n in nodes)
    if kind == "range":
        return any(k in n for n in nodes for k in ("min", "max", "max_items", "min_items"))
    if kind == "format":
        return action == "update_customer" or any(
            n.get("format") in ("date-time", "uuid")
            or n.get("not_null")
            or n["type"] == "file"
            or (n["type"] == "array" and spec_strategies.resolve(n["items"]).get("exact_keys"))
            for n in nodes
        )
    if kind == "missing":
        return any(
            p.get("required") or "_tag" in r for r in records for p in r["properties"].values()
        )
    if kind == "unknown_key":
        return len(records) > 1
    return True


def cases() -> Iterator[Any]:
    for action in spec_strategies.ACTION_NAMES:
        for kind in MUTATORS:
            if applicable(action, kind):
                yield pytest.param(action, kind, id=f"{action}-{kind}")


# --- checks -------------------------------------------------------------------------------------


def assert_refused(
    client: AgentWeb,
    recorder: Recorder,
    action: str,
    mutation: Mutation,
    *,
    rule_in_message: bool = True,
) -> InvalidRequestError:
    bound = getattr(client, action)
    error: InvalidRequestError | None = None
    for call in (getattr(client.raw, action), bound, getattr(client.build, action)):
        with pytest.raises(InvalidRequestError) as info:
            call(**mutation.kwargs)
        error = info.value
        message = str(error)
        assert isinstance(error, ValueError)
        assert error.action == action
        assert error.__cause__ is None  # no pydantic.ValidationError chained in
        size = len(mutation.loc)
        matching = [
            e
            for e in error.errors
            if (
                tuple(e["loc"]) == mutation.loc
                if mutation.exact
                else tuple(e["loc"])[:size] == mutation.loc
            )
            and e["type"] in mutation.types
        ]
        assert matching, (mutation.loc, sorted(mutation.types), error.errors)
        for e in matching:
            assert one_line(f"{dotted_loc(tuple(e['loc']))}: {e['msg']}") in message
            if rule_in_message and e["type"] not in ("missing", "extra_forbidden"):
                assert f"[rule: {e['type']}]" in e["msg"]
        assert one_line(dotted_loc(mutation.loc)) in message
        if mutation.hint is not None:
            assert f"did you mean `{mutation.hint}`" in message
        assert_no_token(error)
    assert recorder.requests == []
    assert error is not None
    return error


def assert_no_token(error: BaseException) -> None:
    for text in (str(error), repr(error), repr(getattr(error, "errors", ""))):
        assert TOKEN not in text
