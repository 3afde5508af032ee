"""Queue entries as the API shows them, and how a new one is written.

Light on purpose (tables only): `services.drafts` writes the job in the same transaction
as the draft, so a draft answered with 202 is already in the queue.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from ..store.tables import DraftJob, utcnow


class JobProgress(BaseModel):
    """Where a draft stands in the queue: `GET /v1/drafts/{id}` shows it as `job`."""

    state: str = Field(description="ready (waiting for a worker), leased (a worker is on it), done, failed or cancelled")
    attempts: int = Field(description="how many times a worker has taken it, this time included")
    max_attempts: int
    queued_at: datetime
    claimed_at: datetime | None = Field(default=None, description="when a worker last took it")
    next_attempt_at: datetime | None = Field(default=None, description="for a draft waiting to be retried: not before then")
    lease_until: datetime | None = None
    worker: str | None = Field(default=None, description="host:pid of the worker drafting it")
    last_error: str | None = Field(default=None, description="why the last attempt did not finish")
    finished_at: datetime | None = None


def _utc(ts: datetime | None) -> datetime | None:
    return None if ts is None else (ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts)


def progress(job: DraftJob) -> JobProgress:
    waiting = job.state == "ready" and job.attempts > 0
    return JobProgress(
        state=job.state, attempts=job.attempts, max_attempts=job.max_attempts, queued_at=_utc(job.enqueued_at) or utcnow(),
        claimed_at=_utc(job.claimed_at), next_attempt_at=_utc(job.available_at) if waiting else None,
        lease_until=_utc(job.lease_until) if job.state == "leased" else None, worker=job.owner if job.state == "leased" else None,
        last_error=job.last_error, finished_at=_utc(job.finished_at),
    )


def enqueue(s: Session, draft_id: str, tenant: str, *, max_attempts: int) -> None:
    """Put a just-created draft in the queue, in the caller's transaction."""
    now = utcnow()
    s.add(DraftJob(draft_id=draft_id, tenant=tenant, state="ready", attempts=0, max_attempts=max_attempts, available_at=now, enqueued_at=now))
