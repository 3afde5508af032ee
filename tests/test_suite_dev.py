"""Every label of the shared dev set is matched exactly: the checks in `expect_fail`
fail and every other check passes, in the default mode (rules + exemplar similarity)
and on the rules alone. Our own labelled cases (tests/data/train) are held to the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.evaluation.suite import Suite, get_evaluator
from drafter.schemas import CHECK_NAMES, ScoringInput

ROOT = Path(__file__).resolve().parents[1]
from conftest import DEV  # noqa: E402

TRAIN = sorted((ROOT / "tests/data/train").glob("*.jsonl"))


def _load(path: Path) -> list[tuple[ScoringInput, set[str]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            out.append((ScoringInput.model_validate(data), set(data.get("expect_fail", []))))
    return out


def _mismatches(suite: Suite, labelled: list[tuple[ScoringInput, set[str]]]) -> list[str]:
    results = suite.evaluate_many([c for c, _ in labelled])
    problems = []
    for (case, expected), res in zip(labelled, results, strict=True):
        assert [c.name for c in res.checks] == list(CHECK_NAMES)
        failed = {c.name for c in res.checks if not c.passed}
        if failed != expected:
            detail = "; ".join(
                f"{c.name}: {c.explanation}"
                for c in res.checks
                if (c.name in failed) != (c.name in expected)
            )
            problems.append(
                f"{case.id}: extra {sorted(failed - expected)} missing {sorted(expected - failed)} ({detail})"
            )
    return problems


needs_dev = pytest.mark.skipif(not DEV.exists(), reason="shared/examples/dev.jsonl not found")


@needs_dev
def test_dev_labels_match_exactly() -> None:
    assert _mismatches(get_evaluator(), _load(DEV)) == []


@needs_dev
def test_dev_labels_match_on_rules_alone() -> None:
    assert _mismatches(Suite(None), _load(DEV)) == []


@needs_dev
def test_dev_passed_means_no_blocking_failure() -> None:
    for (_, expected), res in zip(
        _load(DEV), get_evaluator().evaluate_many([c for c, _ in _load(DEV)]), strict=True
    ):
        blocking = {c.name for c in res.checks if c.severity == "blocking"}
        assert res.passed == (not (expected & blocking))


@pytest.mark.parametrize("path", TRAIN, ids=lambda p: p.name)
def test_own_labelled_cases_match(path: Path) -> None:
    assert _mismatches(get_evaluator(), _load(path)) == []


def test_parallel_suite_spreads_the_work_and_keeps_the_results() -> None:
    from drafter.evaluation.parallel import MIN_PER_JOB, ParallelSuite

    cases = [c for path in (DEV, *TRAIN) for c, _ in _load(path)]
    cases = (cases * (2 * MIN_PER_JOB // len(cases) + 1))[: 2 * MIN_PER_JOB + 7]
    expected = Suite(use_model=False).evaluate_many(cases)
    with ParallelSuite(2, use_model=False, chunk=50) as par:
        got = par.evaluate_many(cases)
        assert par._pool is not None  # a worker process scored part of it
    assert got == expected
    with ParallelSuite(2, use_model=False) as small:
        assert small.evaluate_many(cases[:3]) == expected[:3]
        assert small._pool is None  # too few replies to be worth a process


def test_parallel_suite_scores_a_dead_workers_chunk_itself() -> None:
    import os
    import signal

    from drafter.evaluation.parallel import MIN_PER_JOB, ParallelSuite

    cases = [c for path in (DEV, *TRAIN) for c, _ in _load(path)]
    cases = (cases * (2 * MIN_PER_JOB // len(cases) + 1))[: 2 * MIN_PER_JOB + 7]
    expected = Suite(use_model=False).evaluate_many(cases)
    with ParallelSuite(2, use_model=False, chunk=50) as par:
        par.warm_up()
        pool = par._pool
        assert pool is not None
        for pid in list(pool._processes):  # type: ignore[attr-defined]
            os.kill(pid, signal.SIGKILL)
        assert par.evaluate_many(cases) == expected


def test_parallel_suite_scores_chunks_no_worker_has_started_itself() -> None:
    """When this process finishes its share first, it takes the chunks still queued for
    a worker (here: a pool whose workers never start anything) and scores them itself."""
    from concurrent.futures import Executor, Future
    from typing import Any

    from drafter.evaluation.parallel import MIN_PER_JOB, ParallelSuite

    class NeverStarts(Executor):
        def __init__(self) -> None:
            self.submitted: list[Future[Any]] = []

        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
            future: Future[Any] = Future()
            self.submitted.append(future)
            return future

    cases = [c for path in (DEV, *TRAIN) for c, _ in _load(path)]
    cases = (cases * (2 * MIN_PER_JOB // len(cases) + 1))[: 2 * MIN_PER_JOB + 7]
    expected = Suite(use_model=False).evaluate_many(cases)
    pool = NeverStarts()
    par = ParallelSuite(2, use_model=False, chunk=50)
    par._pool = pool
    assert par.evaluate_many(cases) == expected
    assert pool.submitted and all(f.cancelled() for f in pool.submitted)


def test_packed_chunks_round_trip() -> None:
    from drafter.evaluation.parallel import _pack, _score_packed, _unpack

    cases = [c for c, _ in _load(DEV)][:5]
    assert _unpack(_pack(cases)) == cases
    import drafter.evaluation.parallel as parallel

    parallel._SUITE = Suite(use_model=False)
    try:
        assert _unpack(_score_packed(_pack(cases))) == Suite(use_model=False).evaluate_many(cases)
    finally:
        parallel._SUITE = None


def test_forget_leaves_no_sentence_vector_and_changes_no_result() -> None:
    """`fresh=True` (the benchmark's cold passes) must really embed every sentence again,
    and scoring afresh must give the same results as scoring warm."""
    from drafter.evaluation.parallel import forget

    suite = get_evaluator()
    cases = [c for c, _ in _load(DEV)][:5]
    warm = suite.evaluate_many(cases)
    cache = suite.embedder._cache  # type: ignore[union-attr]
    assert len(cache) > 0
    forget(suite)
    assert len(cache) == 0
    assert suite.evaluate_many(cases) == warm


def test_spans_cover_every_reply_once_and_shrink_towards_the_end() -> None:
    from drafter.evaluation.parallel import MIN_CHUNK, _Spans

    spans = _Spans(1000, 2, 142)
    taken: list[tuple[int, int]] = []
    front = True
    while (span := spans.take(from_front=front)) is not None:
        taken.append(span)
        front = not front
    covered = sorted(i for a, b in taken for i in range(a, b))
    assert covered == list(range(1000))
    sizes = [b - a for a, b in taken]
    assert max(sizes) == 142 and all(s >= MIN_CHUNK for s in sizes[:-1])
    assert sizes[-1] < 142  # the last chunks are small: neither side waits long for the other
