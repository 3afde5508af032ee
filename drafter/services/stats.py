"""Review statistics for one tenant: how agents received the drafts.

- acceptance rate: approved / (approved + rejected), decisions in the period;
- edit distance: per approved draft, characters changed between draft and sent text
  (median, and the median of the 0..1 ratio); an unedited approval counts as 0;
- per-check failure rates: of the drafts made in the period, as drafted;
- overrides: approvals that went out with a blocking check failing, and which checks;
all in total, by day (UTC) and by agent. Medians are computed here, not in SQL, so the
same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from statistics import median
from typing import Any

from sqlalchemy import select

from ..errors import InvalidInput
from ..store.db import Database
from ..store.tables import Decision, DraftRow


@dataclass
class _Tally:
    drafts: int = 0
    approved: int = 0
    rejected: int = 0
    overrides: int = 0
    distances: list[int] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)

    def add(self, d: Decision) -> None:
        if d.kind == "approved":
            self.approved += 1
            self.distances.append(d.edit_distance)
            self.ratios.append(d.edit_ratio)
            self.overrides += bool(d.override_reason)
        elif d.kind == "rejected":
            self.rejected += 1

    def out(self) -> dict[str, Any]:
        decided = self.approved + self.rejected
        return {
            "drafts": self.drafts,
            "approved": self.approved,
            "rejected": self.rejected,
            "acceptance_rate": round(self.approved / decided, 4) if decided else None,
            "approved_unedited": sum(1 for x in self.distances if x == 0),
            "median_edit_distance": median(self.distances) if self.distances else None,
            "median_edit_ratio": round(median(self.ratios), 4) if self.ratios else None,
            "overrides": self.overrides,
        }


def _bounds(since: date | None, until: date | None, days: int) -> tuple[date, date]:
    end = until or datetime.now(UTC).date()
    start = since or end - timedelta(days=days - 1)
    if start > end:
        raise InvalidInput(f"since ({start}) is after until ({end})")
    return start, end


def _day(ts: datetime) -> str:
    return (ts if ts.tzinfo is None else ts.astimezone(UTC)).date().isoformat()


def review_stats(db: Database, tenant: str, *, since: date | None = None, until: date | None = None, days: int = 30) -> dict[str, Any]:
    start, end = _bounds(since, until, days)
    lo = datetime.combine(start, time.min, UTC)
    hi = datetime.combine(end + timedelta(days=1), time.min, UTC)
    with db.session() as s:
        drafts = list(s.execute(
            select(DraftRow.created_at, DraftRow.status, DraftRow.result).where(DraftRow.tenant == tenant, DraftRow.created_at >= lo, DraftRow.created_at < hi)
        ))
        decisions = list(s.scalars(select(Decision).where(Decision.tenant == tenant, Decision.at >= lo, Decision.at < hi)))
    total = _Tally()
    by_day: dict[str, _Tally] = defaultdict(_Tally)
    by_agent: dict[str, _Tally] = defaultdict(_Tally)
    statuses: Counter[str] = Counter()
    checks: dict[str, Counter[str]] = defaultdict(Counter)
    for created_at, status, result in drafts:
        statuses[status] += 1
        total.drafts += 1
        by_day[_day(created_at)].drafts += 1
        for c in ((result or {}).get("evaluation") or {}).get("checks", []):
            if c.get("applicable", True) and c.get("evaluated", True):
                checks[c["name"]]["evaluated"] += 1
                checks[c["name"]]["failed"] += not c.get("passed", True)
    overridden: Counter[str] = Counter()
    for d in decisions:
        total.add(d)
        by_day[_day(d.at)].add(d)
        by_agent[d.agent or d.key_id or "unknown"].add(d)
        if d.kind == "approved" and d.override_reason:
            overridden.update(d.blocking_failures or [])
    return {
        "tenant": tenant,
        "since": start.isoformat(),
        "until": end.isoformat(),
        "totals": {**total.out(), "by_status": dict(statuses)},
        "checks": {
            name: {"evaluated": c["evaluated"], "failed": c["failed"], "failure_rate": round(c["failed"] / c["evaluated"], 4) if c["evaluated"] else None}
            for name, c in sorted(checks.items())
        },
        "overridden_checks": dict(overridden.most_common()),
        "by_day": [{"day": day, **t.out()} for day, t in sorted(by_day.items())],
        "by_agent": [{"agent": agent, **{k: v for k, v in t.out().items() if k != "drafts"}} for agent, t in sorted(by_agent.items())],
    }
