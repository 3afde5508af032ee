"""Scheduling a callback: one `deliveries` row, written in the transaction that finishes
the draft, so a worker that dies right after storing a draft can't lose its callback."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from ..store.tables import Delivery, Integration, utcnow

EVENTS = ("draft.ready", "draft.failed")


def schedule(s: Session, *, draft_id: str, tenant: str, request: Mapping[str, Any], event: str, max_attempts: int) -> str | None:
    """A pending delivery of `event` if the draft came from an integration with a callback URL."""
    integration_id = request.get("integration_id")
    if not integration_id:
        return None
    integration = s.get(Integration, str(integration_id))
    if integration is None or integration.tenant != tenant or not integration.enabled or not integration.callback_url:
        return None
    delivery_id = "dl_" + uuid.uuid4().hex[:20]
    s.add(
        Delivery(
            id=delivery_id, tenant=tenant, integration_id=integration.id, draft_id=draft_id, event=event, state="pending",
            attempts=0, max_attempts=max_attempts, next_attempt_at=utcnow(), log=[],
        )
    )
    return delivery_id
