"""Scoring a large file on every core: the suite in worker processes.

The checks are pure Python and hold the GIL, so threads would not help; processes do.
Each worker builds its own suite once (the embedding model, when wanted, is loaded once
per worker) and scores contiguous chunks, so results come back in input order.

`spawn`, not `fork`: the parent may already hold TensorFlow's or llama.cpp's threads,
and a forked copy of a process with live threads can deadlock.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import zlib
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor

from ..schemas import EvalResult, ScoringInput
from .suite import Suite, collector_paused

log = logging.getLogger(__name__)
_SUITE: Suite | None = None
# Below this many replies per worker, starting processes costs more than it saves.
MIN_PER_JOB = 200


def _build_suite(use_model: bool, embedding_model: str | None) -> Suite:
    if not use_model:
        return Suite(embedder=None, use_model=False)
    from ..embeddings import get_embedder

    return Suite(get_embedder(embedding_model or "use-m3"))


def _init_worker(use_model: bool, embedding_model: str | None) -> None:
    global _SUITE
    _SUITE = _build_suite(use_model, embedding_model)


def _score_chunk(cases: list[ScoringInput], fresh: bool = False) -> list[EvalResult]:
    assert _SUITE is not None, "worker not initialised"
    if fresh:  # benchmarks: nothing memoised from an earlier chunk
        forget(_SUITE)
    return _SUITE.evaluate_many(cases)


# Chunks travel between processes packed: pickled, then zlib at its fastest level. A
# chunk's results pickle to ~1.2 KB a reply but compress ~14 times (the explanations
# repeat), so one chunk fits the pipe's buffer: a worker no longer blocks on writing
# while this process's reader thread waits its turn for the GIL, which cost the
# two-process figure more than the compression (~0.3 ms a chunk) does.
def _pack(obj: object) -> bytes:
    return zlib.compress(pickle.dumps(obj, pickle.HIGHEST_PROTOCOL), 1)


def _unpack(blob: bytes) -> object:
    return pickle.loads(zlib.decompress(blob))  # only our own workers' bytes


def _score_packed(blob: bytes, fresh: bool = False) -> bytes:
    cases = _unpack(blob)
    assert isinstance(cases, list)
    return _pack(_score_chunk(cases, fresh))


def clear_text_caches() -> None:
    """Empty the memoised text functions (normalisation, number extraction, passage facts)."""
    from .. import text
    from . import numbers
    from .checks import _backing, grounded

    for module in (text, numbers, _backing, grounded):
        for obj in list(vars(module).values()):
            clear = getattr(obj, "cache_clear", None)
            if callable(clear):
                clear()


def forget(suite: Suite) -> None:
    """Empty the text memos and the suite's sentence vectors: every reply scored next is
    scored as if never seen (the exemplar vectors, computed once per process, stay)."""
    clear_text_caches()
    cache = getattr(suite.embedder, "_cache", None)
    if cache is not None:
        cache.clear()


def resolve_jobs(jobs: int) -> int:
    """0 means one per core."""
    return max(1, jobs or (os.cpu_count() or 1))


class ParallelSuite:
    """An Evaluator that spreads a batch over `jobs` processes, this one included (same
    results as Suite, in the same order)."""

    def __init__(
        self,
        jobs: int,
        *,
        use_model: bool = True,
        embedding_model: str | None = None,
        chunk: int = 256,
    ) -> None:
        self.jobs = resolve_jobs(jobs)
        self.use_model = use_model
        self.embedding_model = embedding_model
        self.chunk = chunk
        self._pool: Executor | None = None
        self._local: Suite | None = None

    def _executor(self) -> Executor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs - 1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.use_model, self.embedding_model),
            )
        return self._pool

    def _suite(self) -> Suite:
        if self._local is None:
            self._local = _build_suite(self.use_model, self.embedding_model)
        return self._local

    def evaluate(self, case: ScoringInput) -> EvalResult:
        return self.evaluate_many([case])[0]

    def evaluate_many(self, cases: list[ScoringInput], *, fresh: bool = False) -> list[EvalResult]:
        # the results arriving from the workers are live objects too: no collector
        # walks over them while the batch is out (see collector_paused)
        with collector_paused():
            return self._evaluate_many(cases, fresh)

    def _evaluate_many(self, cases: list[ScoringInput], fresh: bool) -> list[EvalResult]:
        if self.jobs == 1 or len(cases) < 2 * MIN_PER_JOB:
            if fresh:
                forget(self._suite())
            return self._suite().evaluate_many(cases)
        # chunks small enough to balance the workers, large enough to batch embeddings
        size = max(16, min(self.chunk, -(-len(cases) // self.jobs)))
        chunks = [cases[i : i + size] for i in range(0, len(cases), size)]
        # This process scores every jobs-th chunk itself while jobs-1 workers score the
        # rest: it would otherwise sit waiting, and a result it scores needs no copying.
        pool = self._executor()
        remote: dict[int, Future[bytes]] = {}
        try:
            for k, chunk in enumerate(chunks):
                if k % self.jobs != self.jobs - 1:
                    remote[k] = pool.submit(_score_packed, _pack(chunk), fresh)
        except BrokenExecutor:
            self.close()  # what was not submitted is scored below, in this process
        parts: dict[int, list[EvalResult]] = {}
        for k, chunk in enumerate(chunks):
            if k not in remote:
                parts[k] = self._score_here(chunk, fresh)
                self._collect(remote, parts, chunks, fresh, wait=False)
        # chunks no worker has started yet, taken from the back: this process finished
        # its share first, and the workers will not reach these soon
        for k in sorted(remote, reverse=True):
            if remote[k].cancel():
                del remote[k]
                parts[k] = self._score_here(chunks[k], fresh)
        self._collect(remote, parts, chunks, fresh, wait=True)
        return [r for k in range(len(chunks)) for r in parts[k]]

    def _score_here(self, chunk: list[ScoringInput], fresh: bool) -> list[EvalResult]:
        if fresh:
            forget(self._suite())
        return self._suite().evaluate_many(chunk)

    def _collect(
        self,
        remote: dict[int, Future[bytes]],
        parts: dict[int, list[EvalResult]],
        chunks: list[list[ScoringInput]],
        fresh: bool,
        *,
        wait: bool,
    ) -> None:
        """Unpack the workers' finished chunks (all of them, waiting, when `wait`)."""
        for k in sorted(remote):
            future = remote[k]
            if not wait and not future.done():
                continue
            del remote[k]
            try:
                results = _unpack(future.result())
            except BrokenExecutor:
                # a worker died (out of memory, killed): score its chunk here rather than
                # lose the file's results
                log.warning("a scoring process stopped; scoring chunk %d in this process", k)
                self.close()
                results = self._score_here(chunks[k], fresh)
            assert isinstance(results, list)
            parts[k] = results

    def warm_up(self) -> None:
        """Start every worker now (a benchmark should not time process start-up)."""
        if self.jobs > 1:
            pool = self._executor()
            list(pool.map(_score_chunk, [[] for _ in range(self.jobs)]))
            self._suite()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> ParallelSuite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
