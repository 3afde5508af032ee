"""The draft queue in the database: claim, retry later, fail, reap expired leases,
and measure depth for backpressure.

Claiming is `UPDATE draft_jobs SET state='leased', token=…, lease_until=… WHERE
draft_id=… AND state='ready'`, judged by its row count, plus the draft's own
conditional `queued → drafting` move, in one transaction per draft. On PostgreSQL the
candidate is picked with `SELECT … FOR UPDATE SKIP LOCKED`, so concurrent workers take
different drafts without waiting on each other; on SQLite writes are serialised and the
conditional update alone decides (a loser's update matches no row and it tries the next
candidate).
"""

from __future__ import annotations

import logging
import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from ..errors import Conflict, Overloaded
from ..services.container import Services
from ..services.drafts import DraftService
from ..store.tables import DraftJob, DraftRow, utcnow
from .lease import Lease, new_token

log = logging.getLogger("drafter.worker")

UNFINISHED = ("ready", "leased")


def backoff_s(attempt: int, base: float, cap: float) -> float:
    """base·2^(attempt-1), capped, with ±20% jitter so a burst of failures doesn't retry in step."""
    raw = min(cap, base * (2.0 ** max(0, attempt - 1)))
    return max(0.0, raw * random.uniform(0.8, 1.2))


@dataclass(frozen=True)
class QueueStats:
    ready: int
    leased: int
    finished_last_minute: int

    @property
    def depth(self) -> int:
        return self.ready + self.leased


def _rows(res: Any) -> int:
    return res.rowcount if isinstance(res, CursorResult) else 0


class JobQueue:
    def __init__(self, services: Services) -> None:
        self.s = services
        self.settings = services.settings
        self.drafts = DraftService(services)
        # From the URL, not the engine: building the engine needs the database up.
        self.postgres = services.settings.db_url.startswith("postgresql")

    # -- backpressure

    def stats(self) -> QueueStats:
        since = utcnow() - timedelta(seconds=60)
        with self.s.db.session() as s:
            counts = dict(s.execute(select(DraftJob.state, func.count()).where(DraftJob.state.in_(UNFINISHED)).group_by(DraftJob.state)).tuples().all())
            done = s.scalar(select(func.count()).select_from(DraftJob).where(DraftJob.finished_at >= since)) or 0
        return QueueStats(ready=counts.get("ready", 0), leased=counts.get("leased", 0), finished_last_minute=int(done))

    def check_capacity(self) -> None:
        """429 (Overloaded) with a Retry-After estimated from the last minute's throughput."""
        st = self.stats()
        limit = self.settings.max_queue_depth
        if st.depth < limit:
            return
        per_s = st.finished_last_minute / 60.0
        excess = st.depth - limit + 1
        wait = math.ceil(excess / per_s) if per_s > 0 else 30
        # jitter, so clients refused in the same burst do not all come back in the same second
        wait = max(1, min(300, wait + random.randint(0, max(1, wait // 2))))
        raise Overloaded(
            f"the draft queue is full ({st.depth} unfinished drafts, limit {limit}); retry in about {wait} s",
            retry_after_s=wait,
        )

    # -- claiming

    def has_work(self) -> bool:
        """Any job due now, or a lease that has run out (the reaper will requeue it)?"""
        now = utcnow()
        with self.s.db.session() as s:
            q = select(DraftJob.draft_id).where(self._due() | ((DraftJob.state == "leased") & (DraftJob.lease_until < now))).limit(1)
            return s.scalar(q) is not None

    def claim(self, owner: str, limit: int) -> list[Lease]:
        """Take up to `limit` due drafts for `owner`, each in its own transaction."""
        leases: list[Lease] = []
        tried: set[str] = set()
        while len(leases) < limit:
            candidates = self._candidates(limit - len(leases), exclude=tried) if not self.postgres else [None]
            if not candidates:
                break
            progress = False
            for cand in candidates:
                if len(leases) >= limit:
                    break
                lease = self._claim_one(owner, cand)
                if cand is not None:
                    tried.add(cand)
                if lease is not None:
                    leases.append(lease)
                    progress = True
                elif cand is None:  # PostgreSQL: nothing left that isn't locked
                    return leases
            if not progress and self.postgres:
                break
        return leases

    def _due(self) -> Any:
        return and_(DraftJob.state == "ready", DraftJob.available_at <= utcnow())

    def _candidates(self, n: int, exclude: set[str]) -> list[str | None]:
        with self.s.db.session() as s:
            q = select(DraftJob.draft_id).where(self._due())
            if exclude:
                q = q.where(DraftJob.draft_id.not_in(exclude))
            # Oldest first; a few extra so that a lost race moves on to the next one.
            ids = list(s.scalars(q.order_by(DraftJob.available_at, DraftJob.draft_id).limit(n * 2 + 2)))
        return list(ids)

    def _claim_one(self, owner: str, draft_id: str | None) -> Lease | None:
        now = utcnow()
        token = new_token()
        stale = False
        with self.s.db.session() as s:
            if draft_id is None:  # PostgreSQL: lock the oldest due job nobody else holds
                job = s.scalars(
                    select(DraftJob).where(self._due()).order_by(DraftJob.available_at, DraftJob.draft_id).limit(1).with_for_update(skip_locked=True)
                ).first()
                if job is None:
                    return None
                draft_id = job.draft_id
            res = s.execute(
                update(DraftJob)
                .where(DraftJob.draft_id == draft_id, DraftJob.state == "ready", DraftJob.available_at <= now)
                .values(
                    state="leased", token=token, owner=owner, lease_until=now + timedelta(seconds=self.settings.worker_lease_s),
                    attempts=DraftJob.attempts + 1, claimed_at=now, first_claimed_at=func.coalesce(DraftJob.first_claimed_at, now),
                )
                .execution_options(synchronize_session=False)
            )
            if _rows(res) != 1:
                return None  # another worker was first
            job = s.get(DraftJob, draft_id, populate_existing=True)
            assert job is not None
            try:
                self.drafts.transition(
                    s, draft_id, job.tenant, "drafting", actor=f"worker:{owner}", kind="drafting",
                    after={"attempt": job.attempts}, allowed_from={"queued"},
                )
            except Conflict:
                stale = True
            else:
                return Lease(draft_id, job.tenant, token, owner, job.attempts, job.max_attempts)
        if stale:  # the draft moved on without the queue (e.g. drafted by hand): drop the job
            with self.s.db.session() as s:
                s.execute(update(DraftJob).where(DraftJob.draft_id == draft_id, DraftJob.state == "ready").values(state="cancelled", finished_at=utcnow()))
        return None

    # -- after an attempt

    def retry_later(self, lease: Lease, reason: str) -> datetime:
        """Put a draft whose attempt failed for a passing reason back in the queue, later."""
        wait = backoff_s(lease.attempt, self.settings.worker_retry_base_s, self.settings.worker_retry_max_s)
        at = utcnow() + timedelta(seconds=wait)
        note = f"attempt {lease.attempt} of {lease.max_attempts} failed: {reason}; next attempt after {at:%H:%M:%S} UTC"
        with self.s.db.session() as s:
            self._release(s, lease, available_at=at, error=reason)
            self.drafts.transition(
                s, lease.draft_id, lease.tenant, "queued", actor=f"worker:{lease.owner}", kind="retry_scheduled",
                after={"attempt": lease.attempt, "next_attempt_at": at.isoformat(), "error": reason}, values={"error": note},
                allowed_from={"drafting"},
            )
        return at

    def fail(self, lease: Lease, reason: str) -> None:
        """Give up on a draft: `failed` with the reason (the request is kept for a manual retry)."""
        from ..delivery.records import schedule

        with self.s.db.session() as s:
            lease.finish(s, "failed", error=reason)
            self.drafts.transition(
                s, lease.draft_id, lease.tenant, "failed", actor=f"worker:{lease.owner}", kind="failed",
                after={"error": reason, "attempts": lease.attempt}, values={"error": reason}, allowed_from={"drafting"},
            )
            row = s.get(DraftRow, lease.draft_id)
            assert row is not None
            schedule(s, draft_id=lease.draft_id, tenant=lease.tenant, request=row.request, event="draft.failed", max_attempts=self.settings.callback_max_attempts)

    def give_back(self, lease: Lease) -> None:
        """A worker shutting down returns an unfinished draft at once (the attempt is not counted)."""
        with self.s.db.session() as s:
            self._release(s, lease, available_at=utcnow(), error=None, uncount=True)
            self.drafts.transition(
                s, lease.draft_id, lease.tenant, "queued", actor=f"worker:{lease.owner}", kind="released",
                after={"reason": "worker shutting down"}, allowed_from={"drafting"},
            )

    def _release(self, s: Session, lease: Lease, *, available_at: datetime, error: str | None, uncount: bool = False) -> None:
        values: dict[str, Any] = {"state": "ready", "available_at": available_at, "token": None, "owner": None, "lease_until": None}
        if error is not None:
            values["last_error"] = error
        if uncount:
            values["attempts"] = DraftJob.attempts - 1
        res = s.execute(
            update(DraftJob).where(DraftJob.draft_id == lease.draft_id, DraftJob.token == lease.token, DraftJob.state == "leased")
            .values(**values).execution_options(synchronize_session=False)
        )
        if _rows(res) != 1:
            from .lease import LeaseLost

            raise LeaseLost(f"draft {lease.draft_id}: lease lost before it could be released")

    # -- recovery

    def reap(self, limit: int = 100) -> int:
        """Drafts whose worker stopped renewing its lease go back to the queue (or fail,
        when they have used up their attempts: a draft that kills every worker that
        touches it must not take the fleet down forever)."""
        now = utcnow()
        with self.s.db.session() as s:
            q = select(DraftJob.draft_id).where(DraftJob.state == "leased", DraftJob.lease_until < now).limit(limit)
            expired = list(s.scalars(q))
        n = 0
        for draft_id in expired:
            n += self._reap_one(draft_id, now)
        n += self._sweep_orphans(now)
        return n

    def _reap_one(self, draft_id: str, now: datetime) -> int:
        from ..delivery.records import schedule

        with self.s.db.session() as s:
            q = select(DraftJob).where(DraftJob.draft_id == draft_id, DraftJob.state == "leased", DraftJob.lease_until < now)
            job = s.scalars(q.with_for_update(skip_locked=True) if self.postgres else q).first()
            if job is None:
                return 0
            owner, token, attempts, tenant = job.owner or "?", job.token, job.attempts, job.tenant
            give_up = attempts >= job.max_attempts
            reason = f"the worker drafting it ({owner}) stopped (lease expired) on attempt {attempts} of {job.max_attempts}"
            res = s.execute(
                update(DraftJob).where(DraftJob.draft_id == draft_id, DraftJob.token == token, DraftJob.state == "leased")
                .values(
                    state="failed" if give_up else "ready", available_at=now, token=None, owner=None, lease_until=None,
                    last_error=reason, finished_at=now if give_up else None,
                ).execution_options(synchronize_session=False)
            )
            if _rows(res) != 1:
                return 0
            row = s.get(DraftRow, draft_id)
            if row is not None and row.status == "drafting":
                if give_up:
                    why = f"gave up: {reason}; the request is kept, POST /v1/drafts/{draft_id}/retry to try again"
                    self.drafts.transition(s, draft_id, tenant, "failed", actor="reaper", kind="failed", after={"error": why}, values={"error": why}, allowed_from={"drafting"})
                    schedule(s, draft_id=draft_id, tenant=tenant, request=row.request, event="draft.failed", max_attempts=self.settings.callback_max_attempts)
                else:
                    self.drafts.transition(s, draft_id, tenant, "queued", actor="reaper", kind="lease_expired", after={"worker": owner, "attempt": attempts}, allowed_from={"drafting"})
            elif row is not None and row.status != "queued":  # finished meanwhile: nothing to redo
                s.execute(update(DraftJob).where(DraftJob.draft_id == draft_id).values(state="done", finished_at=now))
        log.warning("draft %s: lease of %s expired on attempt %d; %s", draft_id, owner, attempts, "failed it" if give_up else "queued again")
        return 1

    def _sweep_orphans(self, now: datetime) -> int:
        """Queued or drafting drafts with no job at all (a process died between creating
        a draft and taking it, or rows older than the queue) join the queue."""
        cutoff = now - timedelta(seconds=self.settings.worker_lease_s)
        with self.s.db.session() as s:
            q = (
                select(DraftRow.id, DraftRow.tenant, DraftRow.status)
                .outerjoin(DraftJob, DraftJob.draft_id == DraftRow.id)
                .where(DraftRow.status.in_(("queued", "drafting")), DraftJob.draft_id.is_(None), DraftRow.updated_at < cutoff)
                .limit(100)
            )
            orphans = list(s.execute(q).tuples())
        n = 0
        for draft_id, tenant, status in orphans:
            try:
                with self.s.db.session() as s:
                    if status == "drafting":
                        self.drafts.transition(s, draft_id, tenant, "queued", actor="reaper", kind="lease_expired", after={"worker": "unknown"}, allowed_from={"drafting"})
                    s.add(DraftJob(draft_id=draft_id, tenant=tenant, state="ready", attempts=0, max_attempts=self.settings.worker_max_attempts, available_at=now, enqueued_at=now))
                n += 1
            except Exception as exc:  # someone else got there first (unique key) or it moved on
                log.info("orphan sweep skipped %s: %s", draft_id, type(exc).__name__)
        return n
