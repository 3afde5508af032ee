"""The one view of a customer, for the agent reviewing a draft (tenant-scoped)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from ...customers import load_customer
from ...services.container import Services
from ...store.tables import Customer
from ..deps import Caller, get_services, require

router = APIRouter(prefix="/v1/customers", tags=["customers"])


@router.get("")
def list_customers(
    limit: int = Query(default=100, ge=1, le=1000), offset: int = Query(default=0, ge=0, le=1_000_000_000),
    services: Services = Depends(get_services), caller: Caller = Depends(require("read")),
) -> list[dict[str, Any]]:
    q = select(Customer).where(Customer.tenant == caller.tenant).order_by(Customer.id).limit(limit).offset(offset)
    with services.db.session() as s:
        return [{"id": c.id, "name": c.name, "language": c.language, "plan": c.plan} for c in s.scalars(q)]


@router.get("/{customer_id}")
def get_customer(customer_id: str, services: Services = Depends(get_services), caller: Caller = Depends(require("read"))) -> dict[str, Any]:
    v = load_customer(services.db, caller.tenant, customer_id)  # another tenant's customer is a 404
    today = services.settings.today_date()
    counts = v.topic_counts()
    return {
        "id": v.id, "name": v.name, "language": v.language, "email": v.email, "plan": v.plan, "profile": v.profile,
        "active_contracts": v.active_contracts(today),
        "repeat_complaints": [{"topic": t, "count": counts[t]} for t in v.repeat_topics()],
        "recent_topics": v.recent_topics(today),
        "events": [
            {"seq": e.seq, "date": e.date, "type": e.type, "channel": e.channel, "text": e.text, "amount": e.amount, "currency": e.currency, "topic": e.topic}
            for e in v.events
        ],
        "summary": v.summary(today),
    }
