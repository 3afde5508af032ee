"""Scoring a large file on every core: the suite in worker processes.

The checks are pure Python and hold the GIL, so threads would not help; processes do.
Each worker builds its own suite once (the embedding model, when wanted, is loaded once
per worker) and scores contiguous chunks, so results come back in input order.

`spawn`, not `fork`: the parent may already hold TensorFlow's or llama.cpp's threads,
and a forked copy of a process with live threads can deadlock.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import sys
import zlib
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor

from ..schemas import EvalResult, ScoringInput
from .suite import Suite, collector_paused

log = logging.getLogger(__name__)
_SUITE: Suite | None = None
_CHUNKS = 0  # chunks this worker has scored
COLLECT_EVERY = 64
# Below this many replies per worker, starting processes costs more than it saves.
MIN_PER_JOB = 200
# The smallest chunk handed out: below it, the trip to a worker costs more than it saves.
MIN_CHUNK = 32


def _build_suite(use_model: bool, embedding_model: str | None) -> Suite:
    if not use_model:
        return Suite(embedder=None, use_model=False)
    from ..embeddings import get_embedder

    return Suite(get_embedder(embedding_model or "use-m3"))


def _init_worker(use_model: bool, embedding_model: str | None) -> None:
    global _SUITE
    _SUITE = _build_suite(use_model, embedding_model)
    # A worker runs nothing but the checks, which make no reference cycles
    # (tests/test_suite_gc.py), so its cyclic collector stays off: re-enabled after each
    # chunk, it walked every memo entry the chunk had made (~10 ms a chunk of 142
    # replies, 7% of the worker's time) and found nothing. A full collection every
    # COLLECT_EVERY chunks bounds what a cycle made elsewhere (a library) could hold.
    gc.disable()


def _score_chunk(cases: list[ScoringInput], fresh: bool = False) -> list[EvalResult]:
    global _CHUNKS
    assert _SUITE is not None, "worker not initialised"
    if fresh:  # benchmarks: nothing memoised from an earlier chunk
        forget(_SUITE)
    _CHUNKS += 1
    if _CHUNKS % COLLECT_EVERY == 0:
        gc.collect()
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
    """Empty the memoised text functions (normalisation, number extraction, passage facts,
    every check's own memos): in every module of the package loaded so far, so that a memo
    added to a check cannot be missed here and flatter a cold-cache figure."""
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "drafter.text" or name.startswith("drafter.evaluation.")):
            continue
        for obj in list(vars(module).values()):
            clear = getattr(obj, "cache_clear", None)
            if callable(clear) and hasattr(obj, "cache_info"):  # an lru_cache, not a class or a dict
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


class _Spans:
    """The replies not yet handed out, as one range taken from both ends: workers take
    from the front, this process from the back. A span is a share of what is left
    (half of it over the processes: large while much is left, small near the end), at least
    MIN_CHUNK replies and at most `chunk`."""

    def __init__(self, total: int, jobs: int, chunk: int) -> None:
        self.front, self.back = 0, total
        self.jobs, self.chunk = jobs, chunk

    def take(self, *, from_front: bool) -> tuple[int, int] | None:
        left = self.back - self.front
        if left <= 0:
            return None
        size = min(left, max(MIN_CHUNK, min(self.chunk, -(-left // (2 * self.jobs)))))
        if from_front:
            self.front += size
            return self.front - size, self.front
        self.back -= size
        return self.back, self.back + size


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
        # Workers take spans from the front, this process from the back, until they
        # meet; a chunk a worker finishes makes room for the next. Each worker holds at
        # most two chunks, so it never waits for this process to hand it one, and the
        # chunks shrink as the work runs out, so neither side waits long for the other
        # at the end (fixed chunks dealt out in advance left one side idle for up to
        # two chunks, about a sixth of a benchmark pass).
        spans = _Spans(len(cases), self.jobs, self.chunk)
        pool: Executor | None = self._executor()
        remote: dict[int, tuple[int, Future[bytes]]] = {}
        parts: dict[int, list[EvalResult]] = {}
        while True:
            self._collect(remote, parts, cases, fresh, wait=False)
            pool = self._top_up(pool, spans, remote, parts, cases, fresh)
            span = spans.take(from_front=False)
            if span is None:
                break
            parts[span[0]] = self._score_here(cases[span[0] : span[1]], fresh)
        # chunks no worker has started yet, taken from the back: this process finished
        # its share first, and the workers will not reach these soon
        for start in sorted(remote, reverse=True):
            end, future = remote[start]
            if future.cancel():
                del remote[start]
                parts[start] = self._score_here(cases[start:end], fresh)
        self._collect(remote, parts, cases, fresh, wait=True)
        return [r for start in sorted(parts) for r in parts[start]]

    def _top_up(
        self,
        pool: Executor | None,
        spans: _Spans,
        remote: dict[int, tuple[int, Future[bytes]]],
        parts: dict[int, list[EvalResult]],
        cases: list[ScoringInput],
        fresh: bool,
    ) -> Executor | None:
        """Hand the workers chunks until each holds two; the pool, or None once broken."""
        if pool is None:
            return None
        busy = sum(not future.done() for _, future in remote.values())
        while busy < 2 * (self.jobs - 1):
            span = spans.take(from_front=True)
            if span is None:
                break
            start, end = span
            try:
                remote[start] = (end, pool.submit(_score_packed, _pack(cases[start:end]), fresh))
            except BrokenExecutor:
                self.close()  # the rest is scored in this process
                parts[start] = self._score_here(cases[start:end], fresh)
                return None
            busy += 1
        return pool

    def _score_here(self, chunk: list[ScoringInput], fresh: bool) -> list[EvalResult]:
        if fresh:
            forget(self._suite())
        return self._suite().evaluate_many(chunk)

    def _collect(
        self,
        remote: dict[int, tuple[int, Future[bytes]]],
        parts: dict[int, list[EvalResult]],
        cases: list[ScoringInput],
        fresh: bool,
        *,
        wait: bool,
    ) -> None:
        """Unpack the workers' finished chunks (all of them, waiting, when `wait`)."""
        for start in sorted(remote):
            end, future = remote[start]
            if not wait and not future.done():
                continue
            del remote[start]
            try:
                results = _unpack(future.result())
            except BrokenExecutor:
                # a worker died (out of memory, killed): score its chunk here rather than
                # lose the file's results
                log.warning(
                    "a scoring process stopped; scoring replies %d-%d in this process", start, end
                )
                self.close()
                results = self._score_here(cases[start:end], fresh)
            assert isinstance(results, list)
            parts[start] = results

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
