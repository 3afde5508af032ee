"""One view of the customer (RUBRIC R13): profile, contracts, history across systems,
open issues and repeat complaints, condensed for the prompt and turned into citable
facts for grounding."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from .errors import NotFound
from .schemas import Source
from .store.db import Database
from .store.tables import Customer, CustomerEvent

COMPLAINT_TYPES = frozenset({"ticket", "complaint", "call", "chat", "email", "social"})


@dataclass
class EventView:
    seq: int
    date: str
    type: str
    channel: str | None
    text: str
    amount: float | None
    currency: str | None
    topic: str | None

    @property
    def source_id(self) -> str:
        return f"customer/event/{self.seq}"

    def line(self) -> str:
        money = f" — {self.amount:.2f} {self.currency or ''}".rstrip() if self.amount is not None else ""
        via = f" via {self.channel}" if self.channel else ""
        return f"{self.date} {self.type}{via}: {self.text}{money}"


@dataclass
class CustomerView:
    id: str
    name: str
    language: str
    email: str | None
    plan: str | None
    profile: dict[str, Any]
    events: list[EventView] = field(default_factory=list)

    @property
    def contracts(self) -> list[Any]:
        return list(self.profile.get("contracts") or [])

    def active_contracts(self, today: date) -> list[Any]:
        out = []
        for c in self.contracts:
            end = c.get("end") if isinstance(c, dict) else None
            if end is None or str(end) >= today.isoformat():
                out.append(c)
        return out

    def topic_counts(self) -> Counter[str]:
        return Counter(e.topic for e in self.events if e.topic and e.type.lower() in COMPLAINT_TYPES)

    def recent_topics(self, today: date, days: int = 90) -> list[str]:
        """Topics of the customer's events in the last `days` days, newest first."""
        cutoff = date.fromordinal(today.toordinal() - days).isoformat()
        seen: list[str] = []
        for e in sorted(self.events, key=lambda e: (e.date, e.seq), reverse=True):
            if e.topic and e.date >= cutoff and e.topic not in seen:
                seen.append(e.topic)
        return seen

    def repeat_topics(self) -> list[str]:
        return [t for t, n in self.topic_counts().items() if n >= 2]

    def events_for(self, topic: str | None) -> list[EventView]:
        return [e for e in self.events if topic and e.topic == topic]

    def last_charge(self, topic: str | None) -> EventView | None:
        charges = [e for e in self.events if e.amount is not None and e.type.lower() in {"charge", "invoice", "order", "fee"}]
        on_topic = [e for e in charges if topic and e.topic == topic]
        pool = on_topic or []
        return max(pool, key=lambda e: (e.date, e.seq)) if pool else None

    def summary(self, today: date, topic: str | None = None, max_events: int = 8) -> str:
        """A compact text for the prompt: what the company already knows."""
        lines = [f"Customer {self.name} (id {self.id}), prefers {self.language}."]
        if self.plan:
            lines.append(f"Plan: {self.plan}.")
        if since := self.profile.get("tenure_since"):
            lines.append(f"Customer since {since}.")
        active = self.active_contracts(today)
        if active:
            lines.append("Active contracts (do not offer these again): " + "; ".join(_contract_text(c) for c in active) + ".")
        repeats = self.repeat_topics()
        if repeats:
            counts = self.topic_counts()
            lines.append("Repeat complaints: " + ", ".join(f"{t} ({counts[t]} times)" for t in repeats) + ".")
        relevant = self.events_for(topic)
        recent = sorted(self.events, key=lambda e: (e.date, e.seq))[-max_events:]
        shown = sorted({e.seq: e for e in [*relevant, *recent]}.values(), key=lambda e: (e.date, e.seq))
        if shown:
            lines.append("History:")
            lines.extend(f"- {e.line()}" for e in shown)
        return "\n".join(lines)

    def facts(self, topic: str | None = None) -> list[Source]:
        """Customer facts a reply may rely on (for grounding and citations)."""
        out = [Source(id="customer/profile", title="Customer profile", text=_profile_text(self))]
        relevant = {e.seq for e in self.events_for(topic)}
        for e in self.events:
            if e.amount is not None or e.seq in relevant:
                out.append(Source(id=e.source_id, title=f"{e.type} {e.date}", text=e.line()))
        return out


def _contract_text(c: Any) -> str:
    if isinstance(c, dict):
        bits = [str(c.get("product") or c.get("id") or "contract")]
        if c.get("end"):
            bits.append(f"until {c['end']}")
        return " ".join(bits)
    return str(c)


def _profile_text(v: CustomerView) -> str:
    parts = [f"Name: {v.name}", f"language: {v.language}"]
    if v.plan:
        parts.append(f"plan: {v.plan}")
    if v.contracts:
        parts.append("contracts: " + "; ".join(_contract_text(c) for c in v.contracts))
    return ", ".join(parts) + "."


def load_customer(db: Database, tenant: str, customer_id: str) -> CustomerView:
    with db.session() as s:
        row = s.get(Customer, (tenant, customer_id))
        if row is None:
            raise NotFound(
                f"customer {customer_id!r} does not exist for tenant {tenant!r}; ingest it first (drafter ingest) or check the id"
            )
        events = s.scalars(
            select(CustomerEvent).where(CustomerEvent.tenant == tenant, CustomerEvent.customer_id == customer_id).order_by(CustomerEvent.seq)
        ).all()
        return CustomerView(
            id=row.id, name=row.name, language=row.language, email=row.email, plan=row.plan, profile=dict(row.profile or {}),
            events=[EventView(e.seq, e.date, e.type, e.channel, e.text, e.amount, e.currency, e.topic) for e in events],
        )
