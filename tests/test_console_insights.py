"""Insights over time (GET /v1/insights): week buckets, per-check failure rates, review
outcomes, recurring complaints and repeat customers, on hand-made rows."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from drafter.api.app import create_app
from drafter.errors import InvalidInput
from drafter.services.container import Services
from drafter.services.insights import insights, period, week_start
from drafter.services.keys import KeyService
from drafter.settings import Settings
from drafter.store.db import Database
from drafter.store.tables import Customer, CustomerEvent, Decision, DraftRow, TenantConfig


def _checks(failing: set[str]) -> dict[str, Any]:
    names = ["greeting", "no_redirect", "grounded"]
    return {"checks": [{"name": n, "passed": n not in failing, "applicable": True, "evaluated": True} for n in names]
            + [{"name": "apology", "passed": True, "applicable": False, "evaluated": True}]}


def _draft(s: Any, id: str, at: datetime, *, tenant: str = "default", customer: str = "C-1", topic: str | None = "outage",
           failing: set[str] = frozenset(), channel: str | None = "email", parent: str | None = None) -> None:
    s.add(DraftRow(id=id, tenant=tenant, status="pending_review", customer_id=customer, channel=channel, request={}, created_at=at,
                   parent_id=parent, result={"evaluation": _checks(set(failing)), "analysis": {"topic": topic}}))


def _event(s: Any, customer: str, seq: int, day: str, topic: str | None, *, kind: str = "ticket", channel: str = "phone", tenant: str = "default") -> None:
    s.add(CustomerEvent(tenant=tenant, customer_id=customer, seq=seq, date=day, type=kind, channel=channel, text="…", topic=topic))


@pytest.fixture
def db(settings: Settings) -> Database:
    d = Database(settings)
    wk1, wk2 = datetime(2026, 11, 10, 9, tzinfo=UTC), datetime(2026, 11, 18, 9, tzinfo=UTC)  # weeks of 9 and 16 November
    with d.session() as s:
        s.add(TenantConfig(tenant="default", key="topics", data={"topics": [{"id": "outage", "title": "Internet or TV is down"}]}, content_hash="x"))
        for cid, name in (("C-1", "Ayşe Demir"), ("C-2", "أحمد المنصوري")):
            s.add(Customer(tenant="default", id=cid, name=name, language="tr", profile={}, content_hash="x"))
        _draft(s, "d1", wk1, failing={"no_redirect"})
        _draft(s, "d2", wk2)
        _draft(s, "d3", wk2, failing={"no_redirect", "grounded"}, customer="C-2", channel=None)
        _draft(s, "d4", wk2, parent="d3", customer="C-2")  # a new version of the same ticket: not a new complaint
        _draft(s, "b1", wk2, tenant="b", failing={"greeting"})
        s.flush()
        s.add(Decision(draft_id="d1", tenant="default", kind="approved", at=wk1, edit_distance=10, edit_ratio=0.1))
        s.add(Decision(draft_id="d2", tenant="default", kind="approved", at=wk2, edit_distance=0, edit_ratio=0.0, override_reason="ok"))
        s.add(Decision(draft_id="d3", tenant="default", kind="rejected", at=wk2, reason="wrong"))
        _event(s, "C-1", 1, "2026-11-03", "outage", channel="chat")
        _event(s, "C-1", 2, "2026-11-17", "billing")
        _event(s, "C-1", 3, "2026-11-17", "outage", kind="charge")  # not a contact: ignored
        _event(s, "C-1", 4, "2025-01-01", "outage")  # before the period
        _event(s, "C-2", 1, "2026-11-19", None)  # no topic
        _event(s, "C-9", 1, "2026-11-19", "outage", tenant="b")
    return d


def test_period_is_whole_iso_weeks() -> None:
    assert week_start(date(2026, 11, 22)) == date(2026, 11, 16)  # a Sunday belongs to the week of Monday the 16th
    assert period(date(2026, 11, 22), 3) == (date(2026, 11, 2), date(2026, 11, 22))
    with pytest.raises(InvalidInput):
        period(date(2026, 11, 22), 0)


def test_review_and_checks_by_week(db: Database) -> None:
    out = insights(db, "default", until=date(2026, 11, 22), weeks=3)
    assert out["weeks"] == ["2026-11-02", "2026-11-09", "2026-11-16"]
    t = out["review"]["totals"]
    assert (t["drafts"], t["approved"], t["rejected"], t["overrides"]) == (4, 2, 1, 1)
    assert t["acceptance_rate"] == round(2 / 3, 4) and t["median_edit_distance"] == 5
    w = {x["week"]: x for x in out["review"]["by_week"]}
    assert w["2026-11-09"]["acceptance_rate"] == 1.0 and w["2026-11-16"]["acceptance_rate"] == 0.5
    assert w["2026-11-02"]["drafts"] == 0 and w["2026-11-02"]["acceptance_rate"] is None

    checks = {c["name"]: c for c in out["checks"]}
    assert [c["name"] for c in out["checks"]][:3] == ["greeting", "signature", "apology"]  # the contract's order
    assert checks["no_redirect"]["failed"] == 2 and checks["no_redirect"]["evaluated"] == 4
    weekly = [x["failure_rate"] for x in checks["no_redirect"]["by_week"]]
    assert weekly == [None, 1.0, round(1 / 3, 4)]
    assert checks["greeting"]["failed"] == 0  # tenant b's failure is not counted
    assert checks["apology"]["evaluated"] == 0 and checks["apology"]["failure_rate"] is None  # not applicable


def test_recurring_complaints_and_repeat_customers(db: Database) -> None:
    c = insights(db, "default", until=date(2026, 11, 22), weeks=3)["complaints"]
    topics = {t["topic"]: t for t in c["topics"]}
    outage = topics["outage"]
    # d1, d2 (C-1), d3 (C-2; d4 is its new version) and C-1's chat on 3 November.
    assert outage["title"] == "Internet or TV is down"
    assert (outage["customers"], outage["complaints"], outage["from_tickets"]) == (2, 4, 3)
    assert outage["by_week"] == [1, 1, 2]
    assert outage["by_channel"] == {"email": 2, "chat": 1, "api": 1}
    assert topics["billing"]["title"] == "billing" and topics["billing"]["customers"] == 1
    assert c["topics"][0]["topic"] == "outage"  # most customers first
    assert c["repeat_customers"] == [{
        "customer_id": "C-1", "name": "Ayşe Demir", "topic": "outage", "title": "Internet or TV is down", "count": 3,
        "first": "2026-11-03", "last": "2026-11-18", "channels": ["chat", "email"],
    }]
    assert c["total"] == 5


def test_insights_route_is_tenant_scoped_and_validated(db: Database, settings: Settings) -> None:
    services = Services(settings, use_model=False)
    client = TestClient(create_app(services=services))
    keys = KeyService(services.db)
    a = {"Authorization": f"Bearer {keys.create(tenant='default', role='qa', name='QA').secret}"}
    b = {"Authorization": f"Bearer {keys.create(tenant='b', role='agent', name='B').secret}"}
    r = client.get("/v1/insights?weeks=3&until=2026-11-22", headers=a)
    assert r.status_code == 200 and r.json()["review"]["totals"]["drafts"] == 4
    rb = client.get("/v1/insights?weeks=3&until=2026-11-22", headers=b).json()
    assert rb["tenant"] == "b" and rb["review"]["totals"]["drafts"] == 1
    assert [t["topic"] for t in rb["complaints"]["topics"]] == ["outage"] and rb["complaints"]["repeat_customers"] == []
    assert client.get("/v1/insights?weeks=0", headers=a).status_code == 422
    assert client.get("/v1/insights?weeks=3&tenant=b", headers=a).status_code == 403
    assert client.get("/v1/insights").status_code == 401
    # Without `until`, the period ends today (or at DRAFTER_TODAY when that is later).
    assert client.get("/v1/insights", headers=a).json()["until"] >= "2026-11-22"
