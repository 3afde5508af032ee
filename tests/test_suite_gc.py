"""The suite pauses Python's cyclic garbage collector for a batch (suite.collector_paused):
safe only because the checks make no reference cycles, which these tests hold them to."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from conftest import DEV

from drafter.evaluation.parallel import clear_text_caches
from drafter.evaluation.suite import Suite, collector_paused
from drafter.schemas import ScoringInput

ROOT = Path(__file__).resolve().parents[1]


def _cases() -> list[ScoringInput]:
    paths = [DEV, *sorted((ROOT / "tests/data/train").glob("*.jsonl"))]
    return [
        ScoringInput.model_validate(json.loads(line))
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@pytest.mark.parametrize("suite", [Suite(use_model=False), Suite(None)], ids=["no-model", "rules"])
def test_scoring_leaves_no_cyclic_garbage(suite: Suite) -> None:
    cases = _cases()
    suite.evaluate_many(cases)  # lazy tables built once, outside the measurement
    clear_text_caches()
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        suite.evaluate_many(cases)
        clear_text_caches()
        assert gc.collect() == 0  # nothing only the cyclic collector could have freed
    finally:
        if was:
            gc.enable()


def test_collector_paused_restores_the_state_it_found() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: the inner one leaves it to the outer
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a check blew up")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # someone else turned it off: not ours to turn on
    finally:
        gc.enable()


def test_evaluate_many_leaves_the_collector_on() -> None:
    Suite(use_model=False).evaluate_many(_cases()[:3])
    assert gc.isenabled()


def test_a_batch_leaves_no_walk_behind_and_nothing_frozen() -> None:
    """What a batch kept goes to the oldest generation on the way out (suite._promote_survivors):
    no young-generation pass over it when the collector comes back, and nothing stays frozen."""
    cases = _cases()[:40]
    suite = Suite(use_model=False)
    suite.evaluate_many(cases)
    clear_text_caches()
    gc.collect()
    passes: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(note)
    try:
        suite.evaluate_many(cases)
    finally:
        gc.callbacks.remove(note)
    assert passes == []
    assert gc.get_freeze_count() == 0


def test_objects_someone_else_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            pass
        # (a frozen object that dies meanwhile leaves the count; thawing would empty it)
        assert gc.get_freeze_count() > frozen // 2 > 0
    finally:
        gc.unfreeze()
