"""A bounded pool of drafting workers: claims queued drafts, drafts them, retries them
on passing failures, renews their leases, requeues drafts of dead workers, and sends
callbacks.

`drafter serve` runs one pool in a background thread with its own event loop (so the
pipeline's CPU-bound steps and database waits never stall the API's loop); `drafter
worker` runs one on its main thread. Any number of either share one database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from dataclasses import dataclass

from ..errors import (
    ConfigError,
    InvalidInput,
    KnowledgeError,
    ModelAuthError,
    NotFound,
    PromptError,
)
from ..services.container import Services
from ..services.drafts import DraftService
from .lease import Lease, LeaseKeeper, LeaseLost, process_owner
from .queue import JobQueue
from .stream import BUS, current_draft, install_tap

log = logging.getLogger("drafter.worker")

# Failures that another attempt cannot fix: fail the draft at once, with the reason.
PERMANENT = (NotFound, InvalidInput, KnowledgeError, ConfigError, ModelAuthError, PromptError)


def warm_up(services: Services) -> None:
    """Load what a first draft would load (pipeline, embedder, vector store) and wrap the
    model for live token streaming. Blocking: run it in a thread."""
    from ..embeddings import get_embedder

    pipeline = services.pipeline
    get_embedder(services.settings.embedding_model).embed(["warm-up"], kind="query")
    services.vectors.ping()
    install_tap(pipeline)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "the attempt ran out of time (DRAFTER_WORKER_DRAFT_TIMEOUT_S)"
    message = getattr(exc, "message", None)
    return str(message) if message else f"unexpected {type(exc).__name__}"


@dataclass
class PoolStats:
    claimed: int = 0
    completed: int = 0
    retried: int = 0
    failed: int = 0
    lost: int = 0


class WorkerPool:
    def __init__(self, services: Services, *, size: int, name: str = "pool", deliveries: bool = True, grace_s: float = 20.0) -> None:
        if size < 1:
            raise ValueError("a worker pool needs at least one slot")
        self.services = services
        self.settings = services.settings
        self.size = size
        self.owner = process_owner(name)
        self.grace_s = grace_s
        self.queue = JobQueue(services)
        self.keeper: LeaseKeeper | None = None  # needs the database; made in run()
        self.deliveries = deliveries
        self.stats = PoolStats()
        self.running: dict[asyncio.Task[None], Lease] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._wake: asyncio.Event | None = None
        self._sent: asyncio.Event | None = None  # wakes the callback sender
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._tapped = False

    # -- running in a background thread (inside `drafter serve`)

    def start(self) -> None:
        self._thread = threading.Thread(target=lambda: asyncio.run(self.run()), name="drafter-worker-pool", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def stop(self, timeout: float | None = None) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(timeout if timeout is not None else self.grace_s + 10)

    def wake(self) -> None:
        """New work (a draft, a callback) was queued in this process: look now, not at the next poll."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        for event in (self._wake, self._sent):
            if event is not None:
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(event.set)

    def request_stop(self) -> None:
        if self._stop is not None:
            self._stop.set()

    # -- the loops

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop, self._wake, self._sent = asyncio.Event(), asyncio.Event(), asyncio.Event()
        self._ready.set()
        if not await self._database():
            return
        self.keeper = LeaseKeeper(self.services.db, self.settings.worker_lease_s, self.settings.worker_draft_timeout_s + 60).start()
        helpers = [asyncio.create_task(self._reaper())]
        if self.deliveries:
            from ..delivery.sender import Deliverer

            helpers.append(asyncio.create_task(Deliverer(self.services).run(self._stop, self._sent)))
        log.info("worker pool %s: %d slots, lease %.0f s", self.owner, self.size, self.settings.worker_lease_s)
        try:
            await self._claim_loop()
        finally:
            await self._drain()
            self._stop.set()
            self.keeper.stop()
            await asyncio.gather(*helpers, return_exceptions=True)

    async def _database(self) -> bool:
        """Wait for the database (it may be down when the process starts); False if stopped first."""
        assert self._stop is not None
        delay = 0.5
        while not self._stop.is_set():
            try:
                await asyncio.to_thread(lambda: self.services.db)
                return True
            except Exception as exc:
                log.warning("worker pool %s: database unavailable (%s); retrying in %.0f s", self.owner, type(exc).__name__, delay)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), timeout=delay)
                delay = min(delay * 2, 10.0)
        return False

    async def _claim_loop(self) -> None:
        assert self._stop is not None and self._wake is not None
        while not self._stop.is_set():
            self._wake.clear()
            free = self.size - len(self.running)
            claimed: list[Lease] = []
            if free > 0 and not self._tapped:
                await self._warm_up()  # no claims before the models are loaded
            if free > 0 and self._tapped:
                try:
                    claimed = await asyncio.to_thread(self.queue.claim, self.owner, free)
                except Exception as exc:  # database down: keep trying at the polling pace
                    log.warning("could not claim drafts: %s", type(exc).__name__)
            for lease in claimed:
                self._start(lease)
            if claimed and len(claimed) == free:
                continue  # the pool is full; the next finished draft wakes us
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake_or_stop(), timeout=self.settings.worker_poll_s)

    async def _wake_or_stop(self) -> None:
        assert self._stop is not None and self._wake is not None
        waiters = [asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(self._stop.wait())]
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waiters:
                w.cancel()

    async def _warm_up(self) -> None:
        """Before the first claim, once there is work: load the pipeline's models and
        stores in a thread. Loading takes seconds of CPU; done inside a draft it would
        block the loop (and the lease renewals) while the lease runs."""
        try:
            if not await asyncio.to_thread(self.queue.has_work):
                return
            await asyncio.to_thread(warm_up, self.services)
        except Exception as exc:  # drafting will meet the same problem and report it per draft
            log.warning("warm-up failed: %s", type(exc).__name__)
        self._tapped = True

    def _start(self, lease: Lease) -> None:
        self.stats.claimed += 1
        assert self.keeper is not None
        self.keeper.add(lease)
        task = asyncio.create_task(self._draft(lease))
        self.running[task] = lease
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        lease = self.running.pop(task, None)
        if lease is not None and self.keeper is not None:
            self.keeper.discard(lease)
        if self._wake is not None:
            self._wake.set()

    async def _draft(self, lease: Lease) -> None:
        current_draft.set(lease.draft_id)
        started = time.perf_counter()
        try:
            await asyncio.wait_for(
                DraftService(self.services).process(lease.draft_id, tenant=lease.tenant, actor=f"worker:{self.owner}", lease=lease),
                timeout=self.settings.worker_draft_timeout_s,
            )
            self.stats.completed += 1
            log.info("drafted %s (attempt %d) in %.2f s", lease.draft_id, lease.attempt, time.perf_counter() - started)
        except LeaseLost:
            self.stats.lost += 1
            log.warning("draft %s was taken over by another worker; result discarded", lease.draft_id)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            await self._after_failure(lease, exc)
        finally:
            BUS.publish(lease.draft_id, {"type": "changed"})
            if self._sent is not None:
                self._sent.set()  # a finished draft may have a callback to send

    async def _after_failure(self, lease: Lease, exc: Exception) -> None:
        reason = _reason(exc)
        hint = f"; the request is kept: POST /v1/drafts/{lease.draft_id}/retry to try again"
        try:
            if isinstance(exc, PERMANENT):
                self.stats.failed += 1
                await asyncio.to_thread(self.queue.fail, lease, reason + hint)
            elif lease.attempt >= lease.max_attempts:
                self.stats.failed += 1
                await asyncio.to_thread(self.queue.fail, lease, f"gave up after {lease.attempt} attempts; last error: {reason}{hint}")
            else:
                self.stats.retried += 1
                at = await asyncio.to_thread(self.queue.retry_later, lease, reason)
                log.warning("draft %s attempt %d failed (%s); retrying after %s", lease.draft_id, lease.attempt, type(exc).__name__, at.isoformat())
        except LeaseLost:
            self.stats.lost += 1
        except Exception as db_exc:  # the database is down too: the lease runs out and the reaper requeues it
            log.warning("draft %s: could not record the failed attempt (%s)", lease.draft_id, type(db_exc).__name__)

    async def _reaper(self) -> None:
        assert self._stop is not None
        every = max(0.2, min(self.settings.worker_lease_s / 4, 15.0))
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=every)
            if self._stop.is_set():
                break
            try:
                if await asyncio.to_thread(self.queue.reap) and self._wake is not None:
                    self._wake.set()
            except Exception as exc:
                log.warning("reaper: %s", type(exc).__name__)

    async def _drain(self) -> None:
        """Stopping: let running drafts finish for a grace period, then give the rest back."""
        if not self.running:
            return
        log.info("worker pool %s stopping: waiting up to %.0f s for %d drafts", self.owner, self.grace_s, len(self.running))
        _, pending = await asyncio.wait(list(self.running), timeout=self.grace_s)
        leases = [self.running[t] for t in pending if t in self.running]
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for lease in leases:
            try:
                await asyncio.to_thread(self.queue.give_back, lease)
            except Exception as exc:  # lost, or the database is gone: the lease expiry covers it
                log.warning("could not give back %s: %s", lease.draft_id, type(exc).__name__)
