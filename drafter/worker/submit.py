"""Asynchronous submission: answer 202 with a draft that is already stored and queued.

Used by `POST /v1/drafts` with `"async": true`. The Idempotency-Key is checked before
the queue is asked for room, so a client retrying an accepted request gets its draft
back (not a 429) even when the queue is full.
"""

from __future__ import annotations

from sqlalchemy import select

from ..errors import Conflict
from ..schemas import DraftRequest
from ..services.container import Services
from ..services.drafts import Actor, DraftService, DraftView
from ..store.tables import DraftRow
from .queue import JobQueue


def submit(services: Services, req: DraftRequest, *, tenant: str, actor: Actor | str, idempotency_key: str | None) -> tuple[DraftView, bool]:
    """Store and queue a draft request; returns (draft, replayed)."""
    drafts = DraftService(services)
    if idempotency_key:
        existing = _by_key(services, tenant, idempotency_key)
        if existing is not None:
            return drafts.get(existing, tenant=tenant), True
    JobQueue(services).check_capacity()
    request = req.model_dump(mode="json", by_alias=True)
    try:
        draft_id = drafts.accept(request, tenant=tenant, actor=actor, idempotency_key=idempotency_key, enqueue=True)
    except Conflict:
        existing = _by_key(services, tenant, idempotency_key) if idempotency_key else None
        if existing is None:
            raise
        return drafts.get(existing, tenant=tenant), True
    return drafts.get(draft_id, tenant=tenant), False


def _by_key(services: Services, tenant: str, key: str) -> str | None:
    with services.db.session() as s:
        found = s.scalars(select(DraftRow.id).where(DraftRow.tenant == tenant, DraftRow.idempotency_key == key)).first()
        return str(found) if found else None
