"""Shared set-up and flows for the review tests (no tests of its own).

`make_env` builds the app over real stores with keys for each role; the `flow_*`
functions are whole scenarios run over HTTP, used by the SQLite tests and, unchanged,
by the PostgreSQL tests (tests/test_postgres_review.py).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi.testclient import TestClient

from drafter.api.app import create_app
from drafter.llm.scripted import ScriptedModel
from drafter.services.container import Services
from drafter.services.keys import KeyService
from drafter.settings import Settings

ANGRY_RENEWAL = "My Home Plus plan auto-renewed and charged 144 EUR without asking. This is ridiculous, refund it today!"
CALM_QUESTION = "Hello, how do I add a second household member to my plan?"
PLACEHOLDER = "[CUSTOMER NAME]"


def postgres_url() -> str | None:
    """The PostgreSQL the database tests run against, if any."""
    url = os.environ.get("DRAFTER_TEST_POSTGRES_URL")
    if not url and os.environ.get("DRAFTER_DATABASE_URL", "").startswith("postgresql"):
        url = os.environ["DRAFTER_DATABASE_URL"]
    return url or None


@dataclass
class Env:
    client: httpx.Client  # a TestClient in-process, or a real client against `drafter serve`
    services: Services | None
    keys: dict[str, str] = field(default_factory=dict)  # who -> secret
    key_ids: dict[str, str] = field(default_factory=dict)

    def h(self, who: str = "agent") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[who]}"}

    def draft(self, who: str = "agent", *, customer_id: str = "C-1001", message: str = ANGRY_RENEWAL, **extra: Any) -> dict[str, Any]:
        r = self.client.post("/v1/drafts", json={"customer_id": customer_id, "message": message, **extra}, headers=self.h(who))
        assert r.status_code == 201, r.text
        body: dict[str, Any] = r.json()
        return body

    def post(self, path: str, who: str = "agent", json: Any = None) -> Any:
        return self.client.post(path, json=json, headers=self.h(who))

    def get(self, path: str, who: str = "agent") -> Any:
        return self.client.get(path, headers=self.h(who))


# who -> (tenant, role, name)
KEYS: dict[str, tuple[str, str, str]] = {
    "agent": ("default", "agent", "Grayson Berger"),
    "agent2": ("default", "agent", "Elif Yıldız"),
    "qa": ("default", "qa", "QA lead"),
    "admin": ("default", "admin", "Admin"),
    "b_agent": ("b", "agent", "Marta Lindqvist"),
    "b_admin": ("b", "admin", "Orbit admin"),
}


def make_env(settings: Settings, *, model: ScriptedModel | None = None) -> Env:
    services = Services(settings, model=model, use_model=model is not None)
    env = Env(TestClient(create_app(services=services)), services)
    keys = KeyService(services.db)
    for who, (tenant, role, name) in KEYS.items():
        new = keys.create(tenant=tenant, role=role, name=name, created_by="test")
        env.keys[who], env.key_ids[who] = new.secret, new.info.id
    return env


def run_at_once(n: int, fn: Callable[[int], Any]) -> list[Any]:
    """Run fn(0..n-1) in n threads released together by a barrier."""
    barrier = threading.Barrier(n)
    results: list[Any] = [None] * n

    def worker(i: int) -> None:
        barrier.wait()
        try:
            results[i] = fn(i)
        except Exception as exc:  # surfaced to the test through results
            results[i] = exc

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results


# ---------------------------------------------------------------- flows (SQLite and PostgreSQL)


def flow_full_review(env: Env) -> dict[str, Any]:
    """create -> evaluate -> edit -> approve -> history, as an agent and a QA lead would."""
    d = env.draft()
    assert d["status"] == "pending_review" and d["version"] == 1
    assert d["reply"].startswith("Hi Megan,")
    assert {a["kind"] for a in d["actions"]} >= {"refund"}
    assert d["evaluation"] is not None and len(d["evaluation"]["checks"]) == 12

    edited = d["reply"].replace("Thank you for getting in touch.", "I'm sorry we renewed your plan without a clear reminder.")
    assert edited != d["reply"]
    case = {
        "id": d["id"], "language": "en", "intent": d["intent"], "customer": {"name": "Megan Cole"},
        "agent": {"name": "Grayson Berger", "brand": "Northwind Connect"}, "message": ANGRY_RENEWAL,
        "sources": [{"id": s["id"], "text": s["text"], "title": s["title"]} for s in d["sources"]], "draft": edited,
    }
    ev = env.post("/v1/evaluate", "qa", case)
    assert ev.status_code == 200, ev.text
    checked = ev.json()
    assert {c["name"] for c in checked["checks"]} >= {"greeting", "signature", "clean_text"}

    body: dict[str, Any] = {"text": edited}
    if checked["blocking_failures"]:  # the suite's verdict decides whether an override is needed
        assert env.post(f"/v1/drafts/{d['id']}/approve", json=body).status_code == 422
        body["override_reason"] = "checked with the customer by phone"
    r = env.post(f"/v1/drafts/{d['id']}/approve", json=body)
    assert r.status_code == 200, r.text
    approved = r.json()
    dec = approved["decision"]
    assert approved["status"] == "approved"
    assert approved["reply"] == d["reply"]  # the draft itself is never overwritten
    assert dec["text"] == edited and dec["edited"] is True
    assert dec["edit_distance"] > 0 and 0 < dec["edit_ratio"] < 1
    assert "-Thank you for getting in touch." in dec["diff"] and "+I'm sorry we renewed" in dec["diff"]
    # Approval re-ran the same suite on the same final text.
    assert dec["evaluation"]["blocking_failures"] == checked["blocking_failures"]
    assert dec["override_reason"] == body.get("override_reason")
    assert dec["key_id"] == env.key_ids["agent"] and dec["agent"] == "Grayson Berger"
    assert [a["kind"] for a in dec["actions"]] == [a["kind"] for a in d["actions"]]

    hist = env.get(f"/v1/drafts/{d['id']}/history", "qa").json()
    assert [e["kind"] for e in hist] == ["created", "drafting", "drafted", "approved"]
    assert [(e["before"] or {}).get("status") for e in hist] == [None, "queued", "drafting", "pending_review"]
    assert [e["after"]["status"] for e in hist] == ["queued", "drafting", "pending_review", "approved"]
    assert hist[0]["key_id"] == env.key_ids["agent"] and hist[-1]["key_id"] == env.key_ids["agent"]
    assert hist[-1]["agent"] == "Grayson Berger" and hist[-1]["after"]["edited"] is True
    assert [e["at"] for e in hist] == sorted(e["at"] for e in hist)
    return {"draft": d, "approved": approved, "history": hist}


def flow_concurrent_approvals(env: Env, n: int = 8) -> list[int]:
    d = env.draft()

    def approve(i: int) -> int:
        who = "agent" if i % 2 else "agent2"
        # Half approve as written, half with an edit; the override only counts if a check fails.
        body = {"override_reason": "race test"} | ({"text": d["reply"] + "\n\nHave a lovely weekend."} if i % 2 else {})
        code: int = env.post(f"/v1/drafts/{d['id']}/approve", who, body).status_code
        return code

    codes = run_at_once(n, approve)
    assert sorted(codes) == [200] + [409] * (n - 1), codes
    final = env.get(f"/v1/drafts/{d['id']}").json()
    assert final["status"] == "approved" and final["decision"] is not None
    hist = env.get(f"/v1/drafts/{d['id']}/history").json()
    assert [e["kind"] for e in hist].count("approved") == 1
    return codes


def flow_state_conflicts(env: Env) -> None:
    d = env.draft()
    assert env.post(f"/v1/drafts/{d['id']}/reject", json={"reason": "wrong tone for this customer"}).status_code == 200
    r = env.post(f"/v1/drafts/{d['id']}/approve", json={})
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "conflict" and "rejected" in r.json()["error"]["message"]
    assert env.post(f"/v1/drafts/{d['id']}/reject", json={"reason": "again"}).status_code == 409
    assert env.post(f"/v1/drafts/{d['id']}/retry").status_code == 409

    d2 = env.draft(message=CALM_QUESTION)
    assert env.post(f"/v1/drafts/{d2['id']}/approve").status_code == 200
    r = env.post(f"/v1/drafts/{d2['id']}/approve")
    assert r.status_code == 409 and "approved already" in r.json()["error"]["message"]
    assert env.post(f"/v1/drafts/{d2['id']}/regenerate", json={"instructions": "shorter"}).status_code == 409


def flow_tenant_isolation(env: Env) -> None:
    d = env.draft()
    for path in (f"/v1/drafts/{d['id']}", f"/v1/drafts/{d['id']}/history", f"/v1/drafts/{d['id']}/versions"):
        r = env.get(path, "b_agent")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    for action, body in (("approve", {}), ("reject", {"reason": "x"}), ("regenerate", {}), ("retry", None)):
        assert env.post(f"/v1/drafts/{d['id']}/{action}", "b_agent", body).status_code == 404
    assert all(x["tenant"] == "b" for x in env.get("/v1/drafts", "b_agent").json())
    assert d["id"] not in {x["id"] for x in env.get("/v1/drafts?status=pending_review", "b_agent").json()}
    # Same customer id in both tenants: each key sees its own customer.
    assert env.get("/v1/customers/C-1001").json()["name"] == "Megan Cole"
    assert env.get("/v1/customers/C-1001", "b_agent").json()["name"] == "Nadia Brooks"
    assert env.get("/v1/customers/C-2001", "b_agent").status_code == 404
    assert env.get("/v1/drafts?tenant=default", "b_agent").status_code == 403
    # The draft stays untouched for its own tenant.
    assert env.get(f"/v1/drafts/{d['id']}").json()["status"] == "pending_review"
