"""Throughput of the evaluation suite (issue 3, item 7).

    python benchmarks/bench_eval.py [--repeat 5] [--batch 200]

Cases: shared/examples/dev.jsonl + tests/data/train/*.jsonl (EN/TR/AR, ~150 distinct
replies, ~1,100 sentences). Figures printed:

1. all checks, embeddings *cold*: the embedder's text cache is emptied before every
   pass, so every candidate sentence of every reply is embedded (distinct texts; only
   the exemplar vectors, computed once per process, are reused);
2. all checks, embeddings *warm*: the same replies again, sentence vectors cached
   (what re-scoring a file or a regenerated draft with unchanged sentences costs);
3. rules only (Suite(None)): all checks without the similarity layer;
4. the checks that need no model (Suite(use_model=False)), warm and with every memo cleared;
5. (1) and (4) on every core, as `drafter evals score --jobs N` runs them: each process
   holds its own model, and every memo and sentence vector is cleared before every chunk.

The targets: >= 200 replies/s with every check on and >= 2,000 replies/s for the checks
that need no model, on this 2-core machine (so: the figures of 5).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.evaluation.parallel import clear_text_caches  # noqa: E402
from drafter.evaluation.similarity import candidates, index_for  # noqa: E402
from drafter.evaluation.suite import Suite, get_evaluator  # noqa: E402
from drafter.schemas import ScoringInput  # noqa: E402


def load_cases() -> list[ScoringInput]:
    paths = [
        ROOT.parent / "shared/examples/dev.jsonl",
        *sorted((ROOT / "tests/data/train").glob("*.jsonl")),
    ]
    cases = []
    for path in paths:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    cases.append(ScoringInput.model_validate(json.loads(line)))
    return cases


def rate(fn: Callable[[], int], repeat: int) -> tuple[float, float]:
    """(median replies/s, best replies/s) over `repeat` timed passes."""
    rates = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = fn()
        rates.append(n / (time.perf_counter() - t0))
    return statistics.median(rates), max(rates)


def batched(suite: Suite, cases: list[ScoringInput], size: int) -> int:
    for i in range(0, len(cases), size):
        suite.evaluate_many(cases[i : i + size])
    return len(cases)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--batch", type=int, default=200, help="replies per evaluate_many call")
    ap.add_argument("--jobs", type=int, default=0, help="processes for the parallel figure (0: one per core)")
    args = ap.parse_args()
    cases = load_cases()
    suite = get_evaluator()
    embedder = suite.embedder
    assert embedder is not None
    t0 = time.perf_counter()
    index_for(embedder)
    setup = time.perf_counter() - t0

    from drafter.evaluation.base import EvalContext

    n_sent = sum(len(candidates(EvalContext(case=c))) for c in cases)
    n_body = sum(len(c.draft.split("\n")) for c in cases)
    cache = getattr(embedder, "_cache", None)

    def cold() -> int:
        if cache is not None:
            cache.clear()  # every sentence embedded again: distinct-text throughput
        return batched(suite, cases, args.batch)

    print(
        f"cases: {len(cases)} distinct replies; {n_sent} sentences pass the pre-filter "
        f"({n_sent / len(cases):.1f}/reply); cores: {os.cpu_count()}"
    )
    print(f"exemplar index (once per process): {setup:.2f}s")
    med, best = rate(cold, args.repeat)
    print(f"all checks, embeddings cold : {med:8.0f} replies/s (best {best:.0f})")
    batched(suite, cases, args.batch)
    med, best = rate(lambda: batched(suite, cases * 5, args.batch), args.repeat)
    print(f"all checks, embeddings warm : {med:8.0f} replies/s (best {best:.0f})")
    rules = Suite(None)
    med, best = rate(lambda: batched(rules, cases * 5, args.batch), args.repeat)
    print(f"all checks, rules only      : {med:8.0f} replies/s (best {best:.0f})")
    nomodel = Suite(use_model=False)
    med, best = rate(lambda: batched(nomodel, cases * 10, args.batch), args.repeat)
    print(f"no-model checks only        : {med:8.0f} replies/s (best {best:.0f})  (each reply 10 times: memoised text warm)")

    def distinct() -> int:
        clear_text_caches()  # nothing memoised from the last pass: every reply is new
        return batched(nomodel, cases, args.batch)

    med, best = rate(distinct, args.repeat * 3)
    print(f"no-model checks, cold caches: {med:8.0f} replies/s (best {best:.0f})")
    single = med

    # `drafter evals score --jobs N`: the same cold-cache work spread over N processes;
    # each chunk is one copy of the distinct replies, scored with every memo cleared
    from drafter.evaluation.parallel import ParallelSuite, resolve_jobs

    jobs = resolve_jobs(args.jobs)

    def cold_on_every_core(use_model: bool, copies_per_job: int) -> tuple[float, float]:
        # each process holds its own model when one is wanted (drafter evals score --jobs N)
        with ParallelSuite(jobs, use_model=use_model, chunk=len(cases)) as par:
            par.warm_up()
            copies = cases * (copies_per_job * jobs)
            return rate(lambda: len(par.evaluate_many(copies, fresh=True)), args.repeat)

    if jobs > 1:
        # every check, every sentence embedded afresh and every memo cleared, on every core
        med, best = cold_on_every_core(use_model=True, copies_per_job=2)
        print(
            f"all checks, cold, {jobs} processes: {med:5.0f} replies/s (best {best:.0f})  "
            f"(drafter evals score --jobs {jobs})"
        )
        med, best = cold_on_every_core(use_model=False, copies_per_job=4)
        print(
            f"no-model checks, cold, {jobs} processes: {med:5.0f} replies/s (best {best:.0f}); "
            f"x{med / single:.2f} one process  (drafter evals score --no-model --jobs {jobs})"
        )
    del n_body
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
