"""Delivery records as the API shows them, and a manual redelivery."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select

from ..errors import Conflict, InvalidInput, NotFound
from ..store.db import Database
from ..store.tables import Delivery, utcnow

STATES = ("pending", "sending", "delivered", "failed")


def _utc(ts: datetime | None) -> datetime | None:
    return None if ts is None else (ts if ts.tzinfo else ts.replace(tzinfo=UTC))


class DeliveryOut(BaseModel):
    id: str
    integration_id: str
    draft_id: str
    event: str
    state: str = Field(description="pending (waiting for its next attempt), sending, delivered or failed (gave up)")
    attempts: int
    max_attempts: int
    next_attempt_at: datetime | None = None
    url: str | None = None
    last_status: int | None = Field(default=None, description="HTTP status of the last attempt (null: no answer)")
    last_error: str | None = None
    log: list[dict[str, Any]] = Field(default_factory=list, description="the last attempts: at, status, error, ms")
    created_at: datetime
    delivered_at: datetime | None = None


def out(d: Delivery) -> DeliveryOut:
    return DeliveryOut(
        id=d.id, integration_id=d.integration_id, draft_id=d.draft_id, event=d.event, state=d.state, attempts=d.attempts,
        max_attempts=d.max_attempts, next_attempt_at=_utc(d.next_attempt_at) if d.state == "pending" else None, url=d.url,
        last_status=d.last_status, last_error=d.last_error, log=list(d.log or []), created_at=_utc(d.created_at) or utcnow(),
        delivered_at=_utc(d.delivered_at),
    )


class DeliveryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(
        self, *, tenant: str, integration_id: str | None = None, draft_id: str | None = None, state: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> list[DeliveryOut]:
        if state is not None and state not in STATES:
            raise InvalidInput(f"unknown state {state!r}; use one of {', '.join(STATES)}")
        q = select(Delivery).where(Delivery.tenant == tenant)
        for col, val in ((Delivery.integration_id, integration_id), (Delivery.draft_id, draft_id), (Delivery.state, state)):
            if val:
                q = q.where(col == val)
        with self.db.session() as s:
            return [out(d) for d in s.scalars(q.order_by(Delivery.created_at.desc(), Delivery.id).limit(limit).offset(offset))]

    def redeliver(self, delivery_id: str, *, tenant: str) -> DeliveryOut:
        """Send a failed (or delivered) callback again, with a fresh set of attempts."""
        with self.db.session() as s:
            d = s.get(Delivery, delivery_id)
            if d is None or d.tenant != tenant:
                raise NotFound(f"delivery {delivery_id!r} not found")
            if d.state in ("pending", "sending"):
                raise Conflict(f"delivery {delivery_id} is {d.state} already")
            d.state, d.attempts, d.next_attempt_at, d.token, d.lease_until, d.updated_at = "pending", 0, utcnow(), None, None, utcnow()
            s.flush()
            return out(d)
