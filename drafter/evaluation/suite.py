"""The evaluation suite: runs every registered check on a case, in CONTRACTS order.

`Suite.evaluate_many` is the fast path: it embeds every reply sentence of every case
in one call (the embedder caches by text, and exemplar vectors are computed once per
process), then runs the checks, which find their vectors in the context.

Modes:
- default (`get_evaluator()`): all checks, exemplar similarity on the multilingual
  embedder;
- `Suite(embedder, use_probes=False)`: rules and exemplars, without the learned probes
  (how evals/calibration/train_probes.py finds the probes' training sentences);
- `Suite(embedder=None)`: all checks on their exact rules only;
- `Suite(use_model=False)`: only the checks that need no model; the others say
  "not evaluated".

EvalResult.passed means no *blocking* check failed; advisory failures (next_step,
follow_up, tone) are listed in `advisory_failures` and do not block.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..schemas import CHECK_NAMES, CheckResult, EvalResult, ScoringInput
from . import checks as _checks  # noqa: F401  (registers the checks)
from .base import REGISTRY, CheckSpec, EvalContext
from .probes import load_probes
from .similarity import candidates, index_for

if TYPE_CHECKING:
    from ..embeddings import Embedder

log = logging.getLogger(__name__)


class Suite:
    """The Evaluator of drafter: twelve explainable checks per reply."""

    def __init__(
        self, embedder: Embedder | None = None, *, use_model: bool = True, use_probes: bool = True
    ) -> None:
        self.embedder = embedder if use_model else None
        self.use_model = use_model
        self.probes = (
            load_probes(self.embedder.name) if self.embedder is not None and use_probes else None
        )

    # ------------------------------------------------------------------ API

    def evaluate(self, case: ScoringInput) -> EvalResult:
        return self.evaluate_many([case])[0]

    def evaluate_many(self, cases: list[ScoringInput]) -> list[EvalResult]:
        contexts = [EvalContext(case=c, embedder=self.embedder, probes=self.probes) for c in cases]
        if self.embedder is not None:
            self._embed(contexts)
        plan = self._plan()
        with collector_paused():
            return [self._run(ctx, plan) for ctx in contexts]

    # ------------------------------------------------------------------ internals

    def _embed(self, contexts: list[EvalContext]) -> None:
        """One embedding call for every sentence the judgement checks will look at."""
        embedder = self.embedder
        assert embedder is not None
        index_for(embedder)
        texts: list[str] = []
        seen: set[str] = set()
        wanted: list[list[str]] = []
        for ctx in contexts:
            mine = [s.text for s in candidates(ctx)]
            wanted.append(mine)
            for text in mine:
                if text not in seen:
                    seen.add(text)
                    texts.append(text)
        if not texts:
            return
        vecs = embedder.embed(texts)
        table = dict(zip(texts, vecs, strict=True))
        for ctx, mine in zip(contexts, wanted, strict=True):
            store = ctx.extras.setdefault("vectors", {})
            assert isinstance(store, dict)
            for text in mine:
                store[text] = table[text]

    @staticmethod
    def _plan() -> list[tuple[str, CheckSpec | None]]:
        """The checks to run, in CONTRACTS order and then any other registered one, with
        their specs: read from the registry once a batch, not once a reply."""
        names = list(CHECK_NAMES) + [n for n in REGISTRY if n not in CHECK_NAMES]
        return [(name, REGISTRY.get(name)) for name in names]

    def _run(self, ctx: EvalContext, plan: list[tuple[str, CheckSpec | None]]) -> EvalResult:
        results = [self._one(name, spec, ctx) for name, spec in plan]
        blocking = [r.name for r in results if not r.passed and r.severity == "blocking"]
        advisory = [r.name for r in results if not r.passed and r.severity == "advisory"]
        return EvalResult(
            id=ctx.case.id,
            passed=not blocking,
            checks=results,
            blocking_failures=blocking,
            advisory_failures=advisory,
        )

    def _one(self, name: str, spec: CheckSpec | None, ctx: EvalContext) -> CheckResult:
        if spec is None:
            return CheckResult(
                name=name, passed=True, applicable=False, evaluated=False,
                explanation="not evaluated: check not installed",
            )  # fmt: skip
        if spec.needs_model and not self.use_model:
            return CheckResult(
                name=name, passed=True, applicable=False, evaluated=False, severity=spec.severity,
                explanation="not evaluated: model checks are off (use_model=False)",
            )  # fmt: skip
        try:
            result = spec.fn(ctx)
        except Exception as exc:  # a broken check must not take the whole evaluation down
            log.exception("check %s failed on case %r", name, ctx.case.id)
            return CheckResult(
                name=name, passed=True, applicable=False, evaluated=False, severity=spec.severity,
                explanation=f"not evaluated: internal error in the check ({type(exc).__name__})",
            )  # fmt: skip
        # the registry, not the check, decides the name and severity (one design, stated once)
        if result.name != name or result.severity != spec.severity:
            result = result.model_copy(update={"name": name, "severity": spec.severity})
        return result


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for one batch of checks.

    The checks allocate many short-lived containers and make no reference cycles
    (reference counting frees everything they drop; tests/test_suite_gc.py holds them
    to that), so the collector finds nothing to free. It still walks every live object
    each time the allocations trip its threshold: the memo tables and, when scoring a
    file, every result kept so far. That walk cost a quarter of the two-process
    throughput. Re-enabled on the way out, also when a check raises; if another
    thread paused it first, that thread's exit re-enables it.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _promote_survivors()
        gc.enable()


def _promote_survivors() -> None:
    """Move every tracked object to the oldest generation without walking it.

    The allocations a batch counted while the collector was off still trip it on the
    first allocation after: a young-generation pass over everything the batch kept (the
    memo entries and the results, ~25,000 objects a batch of 150 replies), which finds
    nothing, for the reason above, and cost ~9 ms a batch (~7% of the one-process time),
    memory-bound. gc.freeze() followed by gc.unfreeze() moves the generations into the
    oldest one in constant time and resets the count: the objects are looked at only by
    a full collection, if they live until one. Skipped when something froze objects
    itself (a server that forks): thawing them is not ours to do.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


_DEFAULT: Suite | None = None
_LOCK = threading.Lock()


def get_evaluator(embedder: Embedder | None = None) -> Suite:
    """The process-wide suite on the default embedder (or a new one on `embedder`)."""
    global _DEFAULT
    if embedder is not None:
        return Suite(embedder)
    with _LOCK:
        if _DEFAULT is None:
            from ..embeddings import get_embedder

            _DEFAULT = Suite(get_embedder(os.environ.get("DRAFTER_EMBEDDING_MODEL", "use-m3")))
        return _DEFAULT


