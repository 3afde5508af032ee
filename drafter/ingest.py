"""Load a knowledge folder into the stores for one tenant. Idempotent: content hashes
decide what changes, so re-ingesting the same folder writes nothing new."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from .knowledge import CustomerRecord, Knowledge, load_knowledge
from .store.db import Database
from .store.tables import Customer, CustomerEvent, TenantConfig, utcnow
from .store.vectors import Record, VectorStore

# Event types whose text is an interaction worth finding by meaning later.
INTERACTION_TYPES = frozenset({"ticket", "visit", "note", "call", "chat", "email", "complaint", "review", "social"})


@dataclass
class IngestReport:
    tenant: str
    folder: str
    policies: dict[str, int] = field(default_factory=dict)
    interactions: dict[str, int] = field(default_factory=dict)
    customers_changed: int = 0
    customers_unchanged: int = 0
    config_changed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(
            self.policies.get("added_or_changed") or self.policies.get("deleted")
            or self.interactions.get("added_or_changed") or self.interactions.get("deleted")
            or self.customers_changed or self.config_changed
        )


def _digest(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def ingest_folder(folder: Path, tenant: str, db: Database, vectors: VectorStore) -> IngestReport:
    kb = load_knowledge(folder)
    report = IngestReport(tenant=tenant, folder=str(folder))
    _store_config(kb, tenant, db, report)
    _store_customers(kb.customers, tenant, db, report)
    report.policies = vectors.sync(
        "policies",
        tenant,
        [
            Record(s.id, f"{s.title}\n{s.text}", {"title": s.title, "policy_title": s.policy_title, "language": s.language})
            for s in kb.policies
        ],
    )
    report.interactions = vectors.sync("interactions", tenant, _interaction_records(kb))
    return report


def _store_config(kb: Knowledge, tenant: str, db: Database, report: IngestReport) -> None:
    items = {
        "brand": kb.brand.model_dump(mode="json"),
        "authority": kb.authority.model_dump(mode="json"),
        "topics": {"topics": [t.model_dump(mode="json") for t in kb.topics]},
        "policy_index": {"sections": [s.model_dump(mode="json") for s in kb.policies]},
    }
    with db.session() as s:
        for key, data in items.items():
            h = _digest(data)
            row = s.get(TenantConfig, (tenant, key))
            if row is None:
                s.add(TenantConfig(tenant=tenant, key=key, data=data, content_hash=h))
                report.config_changed.append(key)
            elif row.content_hash != h:
                row.data, row.content_hash, row.updated_at = data, h, utcnow()
                report.config_changed.append(key)


def _store_customers(customers: list[CustomerRecord], tenant: str, db: Database, report: IngestReport) -> None:
    with db.session() as s:
        existing = {c.id: c for c in s.scalars(select(Customer).where(Customer.tenant == tenant))}
        for c in customers:
            data = c.model_dump(mode="json")
            h = _digest(data)
            row = existing.get(c.id)
            if row is not None and row.content_hash == h:
                report.customers_unchanged += 1
                continue
            profile = {k: v for k, v in data.items() if k not in {"id", "name", "language", "email", "plan", "events"}}
            if row is None:
                row = Customer(tenant=tenant, id=c.id)
                s.add(row)
            row.name, row.language, row.email, row.plan = c.name, c.language, c.email, c.plan
            row.profile, row.content_hash, row.updated_at = profile, h, utcnow()
            s.execute(delete(CustomerEvent).where(CustomerEvent.tenant == tenant, CustomerEvent.customer_id == c.id))
            for seq, e in enumerate(c.events):
                s.add(
                    CustomerEvent(
                        tenant=tenant, customer_id=c.id, seq=seq, date=e.date, type=e.type, channel=e.channel,
                        text=e.text, amount=e.amount, currency=e.currency, topic=e.topic,
                    )
                )
            report.customers_changed += 1


def _interaction_records(kb: Knowledge) -> list[Record]:
    out = []
    for c in kb.customers:
        for seq, e in enumerate(c.events):
            if e.type.lower() in INTERACTION_TYPES and e.text.strip():
                meta: dict[str, str | int | float | bool] = {"customer_id": c.id, "date": e.date, "type": e.type}
                if e.channel:
                    meta["channel"] = e.channel
                if e.topic:
                    meta["topic"] = e.topic
                out.append(Record(f"customer/{c.id}/event/{seq}", e.text, meta))
    return out
