"""Leases: which process is drafting a draft, until when, and the fence that stops a
process that lost its lease from storing anything.

A claim gives the job a fresh random `token`. Renewing the lease, finishing the job and
putting it back are all `UPDATE draft_jobs … WHERE draft_id = … AND token = …`: once a
lease has expired and another worker has claimed the draft (new token), the first
worker's writes match no row, and it learns it lost (`LeaseLost`) instead of storing a
second result.

This module needs only the tables, so `services.drafts` can use it for synchronous
drafting without importing the worker machinery.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from ..errors import Conflict
from ..store.db import Database
from ..store.tables import DraftJob, utcnow

log = logging.getLogger("drafter.worker")


class LeaseLost(Conflict):
    """This process no longer holds the draft: its lease expired and it was re-claimed."""

    code = "lease_lost"


def process_owner(slot: str = "") -> str:
    """A readable owner name: host, process id and, for pools, the pool's name."""
    base = f"{socket.gethostname()}:{os.getpid()}"
    return f"{base}/{slot}" if slot else base


def new_token() -> str:
    return secrets.token_hex(12)


@dataclass(frozen=True)
class Lease:
    draft_id: str
    tenant: str
    token: str
    owner: str
    attempt: int  # 1 for the first claim of this draft
    max_attempts: int

    def finish(self, s: Session, state: str, *, error: str | None = None) -> None:
        """Mark the job `done`/`failed` in the caller's transaction, if still ours."""
        res = s.execute(
            update(DraftJob)
            .where(DraftJob.draft_id == self.draft_id, DraftJob.token == self.token, DraftJob.state == "leased")
            .values(state=state, finished_at=utcnow(), lease_until=None, token=None, last_error=error)
            .execution_options(synchronize_session=False)
        )
        if not isinstance(res, CursorResult) or res.rowcount != 1:
            raise LeaseLost(f"draft {self.draft_id}: the lease of {self.owner} expired and the draft was taken over; result discarded")


def claim_inline(s: Session, draft_id: str, tenant: str, *, owner: str, lease_s: float, max_attempts: int) -> Lease:
    """Lease a draft that this caller has just moved to `drafting` itself (synchronous
    drafting, retry, regeneration), in the same transaction as that move.

    Winning the draft's conditional `queued → drafting` update is what makes the caller
    the only claimant, so the job row can be written unconditionally here.
    """
    now = utcnow()
    token = new_token()
    until = now + timedelta(seconds=lease_s)
    job = s.get(DraftJob, draft_id)
    if job is None:
        s.add(
            DraftJob(
                draft_id=draft_id, tenant=tenant, state="leased", attempts=1, max_attempts=max_attempts, available_at=now,
                lease_until=until, owner=owner, token=token, enqueued_at=now, first_claimed_at=now, claimed_at=now,
            )
        )
        s.flush()
        return Lease(draft_id, tenant, token, owner, 1, max_attempts)
    attempt = job.attempts + 1
    job.state, job.attempts, job.lease_until, job.owner, job.token = "leased", attempt, until, owner, token
    job.claimed_at, job.finished_at = now, None
    job.first_claimed_at = job.first_claimed_at or now
    s.flush()
    return Lease(draft_id, tenant, token, owner, attempt, max(job.max_attempts, attempt))


class LeaseKeeper:
    """Renews every lease this process holds, in one UPDATE, every third of the lease.

    A thread, not a task: the pipeline has CPU-bound steps that hold an event loop for a
    while (model loading, evaluation), and a renewal must not wait for them. A lease is
    renewed for at most `max_hold_s` (the per-draft timeout), so a process whose loop
    hangs lets go of its drafts instead of holding them forever.
    """

    def __init__(self, db: Database, lease_s: float, max_hold_s: float = 900.0) -> None:
        self.db = db
        self.lease_s = lease_s
        self.max_hold_s = max_hold_s
        self._held: dict[str, tuple[Lease, float]] = {}  # token -> (lease, since)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def add(self, lease: Lease) -> None:
        with self._lock:
            self._held[lease.token] = (lease, time.monotonic())

    def discard(self, lease: Lease) -> None:
        with self._lock:
            self._held.pop(lease.token, None)

    def renew(self) -> int:
        """Extend the held leases; returns how many are still ours."""
        now = time.monotonic()
        with self._lock:
            tokens = [t for t, (_, since) in self._held.items() if now - since < self.max_hold_s]
        if not tokens:
            return 0
        lost = 0
        with self.db.session() as s:
            res = s.execute(
                update(DraftJob)
                .where(DraftJob.token.in_(tokens), DraftJob.state == "leased")
                .values(lease_until=utcnow() + timedelta(seconds=self.lease_s))
                .execution_options(synchronize_session=False)
            )
            kept = res.rowcount if isinstance(res, CursorResult) else len(tokens)
            if kept < len(tokens):
                # A draft that finished a moment ago (its job is done, its lease not yet
                # discarded) is not lost: only the ones now queued again or someone else's are.
                renewed = set(s.scalars(select(DraftJob.token).where(DraftJob.token.in_(tokens), DraftJob.state == "leased")))
                with self._lock:
                    ids = {self._held[t][0].draft_id for t in tokens if t not in renewed and t in self._held}
                done = set(s.scalars(select(DraftJob.draft_id).where(DraftJob.draft_id.in_(ids), DraftJob.state.in_(("done", "failed", "cancelled"))))) if ids else set()
                lost = len(ids - done)
        if lost:
            log.warning("%d of %d leases were lost (expired and taken over); their results will be discarded", lost, len(tokens))
        return kept

    def start(self) -> LeaseKeeper:
        self._thread = threading.Thread(target=self._run, name="drafter-lease-keeper", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # the thread ends after its current renewal; no need to wait for it

    def _run(self) -> None:
        while not self._stop.wait(self.lease_s / 3):
            try:
                self.renew()
            except Exception as exc:  # the database may be down for a while; the lease covers it
                log.warning("could not renew leases: %s", type(exc).__name__)


@contextlib.asynccontextmanager
async def kept_alive(keeper: LeaseKeeper, lease: Lease) -> AsyncIterator[None]:
    """Renew one lease, by the process's shared keeper, while the body runs (synchronous
    drafting in a request or the CLI)."""
    keeper.add(lease)
    try:
        yield
    finally:
        keeper.discard(lease)
