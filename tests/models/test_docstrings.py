"""Field docstrings become descriptions as with pydantic's ``use_attribute_docstrings``.

The models read each module's source once (``livechat_typed/models/_docstrings.py``) instead of
using pydantic's option, which parses the module again for every class. The differential test
writes a module whose classes exist twice, once on our base and once on a plain ``BaseModel``
with ``use_attribute_docstrings=True``, and requires the same descriptions.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
import textwrap
from pathlib import Path
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

_counter = itertools.count()


def _load(tmp: Path, source: str) -> ModuleType:
    name = f"livechat_typed_docstrings_case_{next(_counter)}"
    path = tmp / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_BODY = '''
    plain: int = 0
    """{first}"""
    no_doc: str = ""
    with_description: int = Field(0, description="explicit")
    """{second}"""
    label: ClassVar[str] = "x"
    """not a field: a class variable"""
    optional: str | None = None
    """{third}"""
    multi: int = 0
    """First line: {first}

        indented more
    last line
    """
'''

_MODULE = '''
from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from livechat_typed.models._base import ResponseObject


class Ours(ResponseObject):
{body}

class Theirs(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
{body}

class OursChild(Ours):
    extra_field: int = 1
    """child field"""


class Outer:
    class Nested(ResponseObject):
        inner: int = 0
        """nested class field"""
'''

_DOC_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")).filter(lambda c: c not in '"\\'),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip() != "")


@settings(max_examples=25)
@given(first=_DOC_TEXT, second=_DOC_TEXT, third=_DOC_TEXT)
def test_descriptions_match_pydantics_option(
    tmp_path_factory: object, first: str, second: str, third: str
) -> None:
    from pytest import TempPathFactory

    assert isinstance(tmp_path_factory, TempPathFactory)
    body = _BODY.format(first=first, second=second, third=third)
    module = _load(
        tmp_path_factory.mktemp("docs"),
        _MODULE.format(body=textwrap.indent(textwrap.dedent(body), "    ")),
    )
    ours = {name: info.description for name, info in module.Ours.model_fields.items()}
    theirs = {name: info.description for name, info in module.Theirs.model_fields.items()}
    assert ours == theirs
    assert module.Ours.model_json_schema()["properties"]["plain"]["description"] == theirs["plain"]
    child = module.OursChild.model_fields
    assert child["plain"].description == theirs["plain"]
    assert child["extra_field"].description == "child field"
    assert module.Outer.Nested.model_fields["inner"].description == "nested class field"
