"""Large bodies are validated with the cyclic GC paused, and the GC's state is always restored."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from livechat_typed._bulk import GC_PAUSE_BYTES, validate_json


@pytest.fixture(autouse=True)
def gc_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _observe(data: bytes) -> bool:
    return gc.isenabled()


@pytest.mark.parametrize("size", [GC_PAUSE_BYTES, GC_PAUSE_BYTES * 4])
def test_a_large_body_is_validated_with_the_gc_paused(size: int) -> None:
    assert validate_json(_observe, b" " * size) is False
    assert gc.isenabled()


@pytest.mark.parametrize("size", [0, 100, GC_PAUSE_BYTES - 1])
def test_a_small_body_is_validated_with_the_gc_on(size: int) -> None:
    assert validate_json(_observe, b" " * size) is True


def test_the_gc_comes_back_on_when_validation_raises() -> None:
    def refuse(data: bytes) -> None:
        raise ValueError("refused")

    with pytest.raises(ValueError, match="refused"):
        validate_json(refuse, b" " * GC_PAUSE_BYTES)
    assert gc.isenabled()


def test_a_gc_the_program_turned_off_stays_off() -> None:
    gc.disable()
    assert validate_json(_observe, b" " * GC_PAUSE_BYTES) is False
    assert not gc.isenabled()
