"""Insights over time for one tenant, week by week (ISO weeks, Monday first):

- review: acceptance rate and edit distance of the agents' decisions;
- checks: per-check failure rates of the drafts, as drafted;
- complaints: the topics customers raise again and again, per channel and week, from
  both the customers' recorded history (events with a topic, of a contact type) and the
  tickets drafted here (the analysis step's topic); and the customers who raised the
  same topic more than once in the period.

The period covers whole weeks so that the first and last bars compare with the others.
Review data is stamped with the wall clock, customer history with business dates; the
period ends at the later of the two "todays" so a pinned DRAFTER_TODAY in the past does
not hide drafts made now.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from statistics import median
from typing import Any

from sqlalchemy import select

from ..customers import COMPLAINT_TYPES
from ..errors import InvalidInput
from ..schemas import CHECK_NAMES
from ..store.db import Database
from ..store.tables import Customer, CustomerEvent, Decision, DraftRow, TenantConfig

MAX_WEEKS = 104


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def period(until: date, weeks: int) -> tuple[date, date]:
    """Whole ISO weeks: from the Monday `weeks - 1` weeks before `until`'s week to its Sunday."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise InvalidInput(f"weeks must be between 1 and {MAX_WEEKS}, not {weeks}")
    last = week_start(until)
    return last - timedelta(weeks=weeks - 1), last + timedelta(days=6)


def _as_date(ts: datetime) -> date:
    return (ts if ts.tzinfo is None else ts.astimezone(UTC)).date()


def _parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


@dataclass
class _Week:
    approved: int = 0
    rejected: int = 0
    overrides: int = 0
    distances: list[int] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)
    drafts: int = 0

    def out(self) -> dict[str, Any]:
        decided = self.approved + self.rejected
        return {
            "drafts": self.drafts,
            "approved": self.approved,
            "rejected": self.rejected,
            "acceptance_rate": round(self.approved / decided, 4) if decided else None,
            "median_edit_distance": median(self.distances) if self.distances else None,
            "median_edit_ratio": round(median(self.ratios), 4) if self.ratios else None,
            "overrides": self.overrides,
        }


@dataclass(frozen=True)
class Complaint:
    customer_id: str
    topic: str
    channel: str
    day: date
    origin: str  # "history" (the customer's record) or "ticket" (drafted here)


def insights(db: Database, tenant: str, *, until: date, weeks: int = 12) -> dict[str, Any]:
    start, end = period(until, weeks)
    week_days = [start + timedelta(weeks=i) for i in range(weeks)]
    lo, hi = datetime.combine(start, time.min, UTC), datetime.combine(end + timedelta(days=1), time.min, UTC)
    with db.session() as s:
        drafts = list(s.execute(
            select(DraftRow.created_at, DraftRow.customer_id, DraftRow.channel, DraftRow.parent_id, DraftRow.result)
            .where(DraftRow.tenant == tenant, DraftRow.created_at >= lo, DraftRow.created_at < hi)
        ))
        decisions = list(s.scalars(select(Decision).where(Decision.tenant == tenant, Decision.at >= lo, Decision.at < hi)))
        events = list(s.execute(
            select(CustomerEvent.customer_id, CustomerEvent.topic, CustomerEvent.channel, CustomerEvent.type, CustomerEvent.date)
            .where(CustomerEvent.tenant == tenant, CustomerEvent.topic.is_not(None))
        ))
        names = dict(s.execute(select(Customer.id, Customer.name).where(Customer.tenant == tenant)).tuples().all())
        topics_row = s.get(TenantConfig, (tenant, "topics"))
    titles = {t.get("id"): t.get("title") or t.get("id") for t in ((topics_row.data if topics_row else {}) or {}).get("topics", [])}

    review: dict[date, _Week] = defaultdict(_Week)
    checks: dict[str, dict[date, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    complaints: list[Complaint] = []
    for created_at, customer_id, channel, parent_id, result in drafts:
        wk = week_start(_as_date(created_at))
        review[wk].drafts += 1
        for c in ((result or {}).get("evaluation") or {}).get("checks", []):
            if c.get("applicable", True) and c.get("evaluated", True):
                checks[c["name"]][wk]["evaluated"] += 1
                checks[c["name"]][wk]["failed"] += not c.get("passed", True)
        topic = ((result or {}).get("analysis") or {}).get("topic")
        if topic and parent_id is None:  # a regenerated version is the same ticket again
            complaints.append(Complaint(customer_id, topic, channel or "api", _as_date(created_at), "ticket"))
    for d in decisions:
        w = review[week_start(_as_date(d.at))]
        if d.kind == "approved":
            w.approved += 1
            w.distances.append(d.edit_distance)
            w.ratios.append(d.edit_ratio)
            w.overrides += bool(d.override_reason)
        elif d.kind == "rejected":
            w.rejected += 1
    for customer_id, topic, channel, kind, day_text in events:
        day = _parse_day(day_text)
        if topic and day is not None and start <= day <= end and kind.lower() in COMPLAINT_TYPES:
            complaints.append(Complaint(customer_id, topic, channel or "unknown", day, "history"))

    total = _Week(drafts=sum(w.drafts for w in review.values()))
    for w in review.values():
        total.approved += w.approved
        total.rejected += w.rejected
        total.overrides += w.overrides
        total.distances += w.distances
        total.ratios += w.ratios
    return {
        "tenant": tenant,
        "since": start.isoformat(),
        "until": end.isoformat(),
        "weeks": [d.isoformat() for d in week_days],
        "review": {"totals": total.out(), "by_week": [{"week": d.isoformat(), **review[d].out()} for d in week_days]},
        "checks": _checks_out(checks, week_days),
        "complaints": _complaints_out(complaints, week_days, titles, names),
    }


def _checks_out(checks: dict[str, dict[date, Counter[str]]], week_days: list[date]) -> list[dict[str, Any]]:
    def rate(c: Counter[str]) -> float | None:
        return round(c["failed"] / c["evaluated"], 4) if c["evaluated"] else None

    out = []
    # The contract's order first, then any check a newer suite added.
    for name in [*CHECK_NAMES, *sorted(set(checks) - set(CHECK_NAMES))]:
        per_week = checks.get(name, {})
        total: Counter[str] = Counter()
        for c in per_week.values():
            total.update(c)
        out.append({
            "name": name, "evaluated": total["evaluated"], "failed": total["failed"], "failure_rate": rate(total),
            "by_week": [
                {"week": d.isoformat(), "evaluated": per_week.get(d, Counter())["evaluated"],
                 "failed": per_week.get(d, Counter())["failed"], "failure_rate": rate(per_week.get(d, Counter()))}
                for d in week_days
            ],
        })
    return out


def _complaints_out(
    complaints: list[Complaint], week_days: list[date], titles: dict[str, str], names: dict[str, str]
) -> dict[str, Any]:
    index = {d: i for i, d in enumerate(week_days)}
    by_topic: dict[str, list[Complaint]] = defaultdict(list)
    for c in complaints:
        by_topic[c.topic].append(c)
    topics: list[dict[str, Any]] = []
    for topic, items in by_topic.items():
        counts = [0] * len(week_days)
        for c in items:
            counts[index[week_start(c.day)]] += 1
        topics.append({
            "topic": topic, "title": titles.get(topic, topic),
            "customers": len({c.customer_id for c in items}), "complaints": len(items),
            "by_channel": dict(Counter(c.channel for c in items).most_common()),
            "by_week": counts,
            "from_tickets": sum(c.origin == "ticket" for c in items),
        })
    topics.sort(key=lambda t: (-t["customers"], -t["complaints"], t["topic"]))

    per_customer: dict[tuple[str, str], list[Complaint]] = defaultdict(list)
    for c in complaints:
        per_customer[(c.customer_id, c.topic)].append(c)
    repeats: list[dict[str, Any]] = []
    for (customer_id, topic), items in per_customer.items():
        if len(items) < 2:
            continue
        days = sorted(c.day for c in items)
        repeats.append({
            "customer_id": customer_id, "name": names.get(customer_id, customer_id), "topic": topic,
            "title": titles.get(topic, topic), "count": len(items), "first": days[0].isoformat(), "last": days[-1].isoformat(),
            "channels": sorted({c.channel for c in items}),
        })
    repeats.sort(key=lambda r: (r["last"], r["customer_id"]), reverse=True)  # most recent first...
    repeats.sort(key=lambda r: -r["count"])  # ...within the most often raised (the sort is stable)
    channels = Counter(c.channel for c in complaints)
    return {"topics": topics, "repeat_customers": repeats, "channels": [ch for ch, _ in channels.most_common()], "total": len(complaints)}
