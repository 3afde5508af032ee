"""The review workflow over HTTP (SQLite): approve, edit, override, reject, regenerate,
retry, priority queue, stats, conflicts and concurrent decisions."""

from __future__ import annotations

import logging

import pytest
from test_review_env import (
    ANGRY_RENEWAL,
    CALM_QUESTION,
    PLACEHOLDER,
    Env,
    flow_concurrent_approvals,
    flow_full_review,
    flow_state_conflicts,
    flow_tenant_isolation,
    make_env,
    run_at_once,
)

from drafter.errors import ModelUnavailable
from drafter.llm.base import ChatRequest
from drafter.llm.scripted import ScriptedModel
from drafter.services.review import levenshtein
from drafter.settings import Settings


@pytest.fixture
def env(ingested_settings: Settings) -> Env:
    return make_env(ingested_settings)


def test_full_review_create_evaluate_edit_approve_history(env: Env) -> None:
    flow_full_review(env)


def test_approve_as_written_stores_zero_distance_and_returns_the_actions(env: Env) -> None:
    d = env.draft()
    r = env.post(f"/v1/drafts/{d['id']}/approve")  # no body at all
    assert r.status_code == 200, r.text
    dec = r.json()["decision"]
    assert dec["text"] == d["reply"] and dec["edited"] is False
    assert dec["edit_distance"] == 0 and dec["edit_ratio"] == 0.0 and dec["diff"] == ""
    refund = next(a for a in dec["actions"] if a["kind"] == "refund")
    assert refund["amount"] == 144.0 and refund["source_id"] == "policy/refunds#renewals"


def test_blocking_failure_on_edited_text_needs_an_override_reason(env: Env) -> None:
    d = env.draft()
    bad = d["reply"].replace("Hi Megan,", f"Hi {PLACEHOLDER},")
    r = env.post(f"/v1/drafts/{d['id']}/approve", json={"text": bad})
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "override_required" and "override_reason" in err["message"]
    assert env.get(f"/v1/drafts/{d['id']}").json()["status"] == "pending_review"  # nothing decided

    r = env.post(f"/v1/drafts/{d['id']}/approve", json={"text": bad, "override_reason": "   "})
    assert r.status_code == 422  # a blank reason is no reason
    r = env.post(f"/v1/drafts/{d['id']}/approve", json={"text": bad, "override_reason": "customer insisted on this wording"})
    assert r.status_code == 200, r.text
    dec = r.json()["decision"]
    assert dec["override_reason"] == "customer insisted on this wording"
    assert "greeting" in dec["blocking_failures"] or "clean_text" in dec["blocking_failures"]
    assert dec["evaluation"]["passed"] is False
    hist = env.get(f"/v1/drafts/{d['id']}/history").json()
    assert hist[-1]["after"]["override_reason"] == "customer insisted on this wording"


def test_override_reason_is_not_stored_when_nothing_fails(env: Env) -> None:
    d = env.draft()
    r = env.post(f"/v1/drafts/{d['id']}/approve", json={"override_reason": "just in case"})
    assert r.status_code == 200 and r.json()["decision"]["override_reason"] is None


def test_invalid_bodies_are_422_json(env: Env) -> None:
    d = env.draft()
    for action, body in (("reject", {}), ("reject", {"reason": ""}), ("approve", {"text": "  "}), ("approve", {"txt": "typo"})):
        r = env.post(f"/v1/drafts/{d['id']}/{action}", json=body)
        assert r.status_code == 422, (action, body, r.text)
        assert set(r.json()["error"]) == {"code", "message"}
    r = env.get("/v1/drafts?status=maybe")
    assert r.status_code == 422 and "pending_review" in r.json()["error"]["message"]
    assert env.get("/v1/drafts/d_nope").status_code == 404


def test_state_machine_conflicts(env: Env) -> None:
    flow_state_conflicts(env)


def test_concurrent_approvals_exactly_one_wins(env: Env) -> None:
    flow_concurrent_approvals(env)


def test_concurrent_approve_and_reject_exactly_one_wins(env: Env) -> None:
    d = env.draft()

    def decide(i: int) -> int:
        if i % 2:
            return int(env.post(f"/v1/drafts/{d['id']}/reject", json={"reason": f"no {i}"}).status_code)
        return int(env.post(f"/v1/drafts/{d['id']}/approve", json={}).status_code)

    codes = run_at_once(6, decide)
    assert sorted(codes) == [200, 409, 409, 409, 409, 409], codes
    hist = [e["kind"] for e in env.get(f"/v1/drafts/{d['id']}/history").json()]
    assert hist.count("approved") + hist.count("rejected") == 1


def test_reject_records_the_reason(env: Env) -> None:
    d = env.draft()
    r = env.post(f"/v1/drafts/{d['id']}/reject", "agent2", {"reason": "promises a refund the customer did not ask for"})
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "rejected"
    assert body["decision"]["reason"] == "promises a refund the customer did not ask for"
    assert body["decision"]["actions"] == [] and body["decision"]["agent"] == "Elif Yıldız"


def test_regenerate_makes_a_linked_new_version_and_supersedes_the_old(env: Env) -> None:
    d = env.draft()
    r = env.post(f"/v1/drafts/{d['id']}/regenerate", json={"instructions": "more formal"})
    assert r.status_code == 201, r.text
    v2 = r.json()
    assert v2["id"] != d["id"] and v2["version"] == 2 and v2["parent_id"] == d["id"]
    assert v2["status"] == "pending_review" and v2["instructions"] == "more formal"
    assert v2["customer_id"] == d["customer_id"]
    old = env.get(f"/v1/drafts/{d['id']}").json()
    assert old["status"] == "superseded" and old["superseded_by"] == v2["id"]
    assert old["reply"] == d["reply"]  # nothing overwritten
    r = env.post(f"/v1/drafts/{d['id']}/approve")
    assert r.status_code == 409 and "superseded" in r.json()["error"]["message"]
    assert env.post(f"/v1/drafts/{d['id']}/regenerate").status_code == 409
    queue = [x["id"] for x in env.get("/v1/drafts?status=pending_review").json()]
    assert v2["id"] in queue and d["id"] not in queue
    versions = env.get(f"/v1/drafts/{v2['id']}/versions").json()
    assert [(v["id"], v["version"]) for v in versions] == [(d["id"], 1), (v2["id"], 2)]
    kinds = [e["kind"] for e in env.get(f"/v1/drafts/{d['id']}/history").json()]
    assert kinds[-1] == "regenerated"
    v3 = env.post(f"/v1/drafts/{v2['id']}/regenerate").json()
    assert v3["version"] == 3 and v3["instructions"] is None


def test_regenerating_a_rejected_draft_keeps_the_rejection(env: Env) -> None:
    d = env.draft()
    env.post(f"/v1/drafts/{d['id']}/reject", json={"reason": "too long"})
    v2 = env.post(f"/v1/drafts/{d['id']}/regenerate", json={"instructions": "shorter"}).json()
    old = env.get(f"/v1/drafts/{d['id']}").json()
    assert old["status"] == "rejected" and old["superseded_by"] == v2["id"] and old["decision"]["reason"] == "too long"
    assert env.post(f"/v1/drafts/{d['id']}/regenerate").status_code == 409  # one new version per draft
    assert v2["notes"][-1].startswith("regeneration instructions need an LLM writer")


def test_concurrent_regenerations_make_one_new_version(env: Env) -> None:
    d = env.draft()
    codes = run_at_once(4, lambda i: int(env.post(f"/v1/drafts/{d['id']}/regenerate").status_code))
    assert sorted(codes) == [201, 409, 409, 409], codes
    assert len(env.get(f"/v1/drafts/{d['id']}/versions").json()) == 2


def _writer_model(fail_first: int = 0) -> ScriptedModel:
    calls = {"n": 0}

    def answer(req: ChatRequest) -> str:
        calls["n"] += 1
        if calls["n"] <= fail_first:
            raise ModelUnavailable("the model provider is down (test)")
        return "I'm sorry about the renewal charge. I have refunded the 144.00 EUR in full; it reaches your card within 5-10 business days."

    return ScriptedModel(fn=answer, name="scripted-writer")


def test_regeneration_instructions_reach_the_writer(ingested_settings: Settings) -> None:
    model = _writer_model()
    env = make_env(ingested_settings.model_copy(update={"planner": "rules", "writer": "llm", "max_revisions": 0}), model=model)
    d = env.draft()
    before = len(model.history)
    v2 = env.post(f"/v1/drafts/{d['id']}/regenerate", json={"instructions": "offer the manager's callback"}).json()
    assert v2["version"] == 2
    prompts = ["\n".join(m["content"] for m in req.messages) for req in model.history[before:]]
    assert prompts and all("offer the manager's callback" in p for p in prompts)


def test_failed_draft_keeps_the_reason_and_can_be_retried(ingested_settings: Settings) -> None:
    model = _writer_model(fail_first=1)
    env = make_env(ingested_settings.model_copy(update={"planner": "rules", "writer": "llm", "max_revisions": 0}), model=model)
    r = env.client.post("/v1/drafts", json={"customer_id": "C-1001", "message": ANGRY_RENEWAL}, headers=env.h())
    assert r.status_code == 503 and r.json()["error"]["code"] == "model_unavailable"
    failed = env.get("/v1/drafts?status=failed").json()
    assert len(failed) == 1 and "provider is down" in failed[0]["error"]
    draft_id = failed[0]["id"]
    assert draft_id in r.json()["error"]["message"] and "retry" in r.json()["error"]["message"]
    assert env.post(f"/v1/drafts/{draft_id}/approve").status_code == 409
    assert env.post(f"/v1/drafts/{draft_id}/retry", "qa").status_code == 403
    r = env.post(f"/v1/drafts/{draft_id}/retry")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "pending_review" and r.json()["error"] is None and r.json()["id"] == draft_id
    kinds = [e["kind"] for e in env.get(f"/v1/drafts/{draft_id}/history").json()]
    assert kinds == ["created", "drafting", "failed", "retried", "drafting", "drafted"]


def test_unknown_customer_is_404_and_leaves_no_draft(env: Env) -> None:
    r = env.client.post("/v1/drafts", json={"customer_id": "C-9999", "message": "hi"}, headers=env.h())
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert env.get("/v1/drafts").json() == []


def test_idempotency_key_returns_the_first_draft(env: Env) -> None:
    body = {"customer_id": "C-1001", "message": CALM_QUESTION}
    h = {**env.h(), "Idempotency-Key": "ticket-42-event-1"}
    first = env.client.post("/v1/drafts", json=body, headers=h).json()
    again = env.client.post("/v1/drafts", json=body, headers=h).json()
    assert first["id"] == again["id"] and len(env.get("/v1/drafts").json()) == 1


def test_pending_queue_is_angriest_and_most_urgent_first_then_oldest(env: Env) -> None:
    calm1 = env.draft(message=CALM_QUESTION)
    angry = env.draft(message=ANGRY_RENEWAL)
    calm2 = env.draft(message=CALM_QUESTION)
    furious = env.draft(message="This is UNACCEPTABLE and ridiculous! Charged AGAIN for a renewal I never wanted. Refund it right now, today!!")
    queue = env.get("/v1/drafts?status=pending_review").json()
    ids = [x["id"] for x in queue]
    assert ids == [furious["id"], angry["id"], calm1["id"], calm2["id"]], [x["priority"] for x in queue]
    scores = [x["priority"]["score"] for x in queue]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[1] > 0
    assert any("angry" in r for r in queue[0]["priority"]["reasons"])
    assert any("urgent" in r for r in queue[0]["priority"]["reasons"])
    assert "oldest first" in queue[-1]["priority"]["reasons"][0]
    # Decided drafts leave the queue; other listings are newest first.
    env.post(f"/v1/drafts/{furious['id']}/approve")
    assert furious["id"] not in [x["id"] for x in env.get("/v1/drafts?status=pending_review").json()]
    assert env.get("/v1/drafts").json()[0]["id"] == furious["id"]
    assert [x["id"] for x in env.get("/v1/drafts?status=pending_review&limit=1&offset=1").json()] == [calm1["id"]]


def test_stats_report_acceptance_edits_checks_overrides_by_day_and_agent(env: Env) -> None:
    a = env.draft()
    env.post(f"/v1/drafts/{a['id']}/approve")  # unedited, by Grayson
    b = env.draft()
    env.post(f"/v1/drafts/{b['id']}/approve", "agent2", {"text": b["reply"] + "\n\nP.S. Have a lovely weekend."})
    c = env.draft()
    env.post(f"/v1/drafts/{c['id']}/approve", "agent2", {"text": c["reply"].replace("Hi Megan,", f"Hi {PLACEHOLDER},"), "override_reason": "ok"})
    d = env.draft()
    env.post(f"/v1/drafts/{d['id']}/reject", json={"reason": "wrong policy"})
    env.draft(message=CALM_QUESTION)  # still pending

    r = env.get("/v1/stats", "qa")
    assert r.status_code == 200
    s = r.json()
    t = s["totals"]
    assert (t["drafts"], t["approved"], t["rejected"], t["overrides"]) == (5, 3, 1, 1)
    assert t["acceptance_rate"] == 0.75 and t["approved_unedited"] == 1
    assert t["median_edit_distance"] == sorted([0, len("\n\nP.S. Have a lovely weekend."), levenshtein("Megan", PLACEHOLDER)])[1]
    assert t["by_status"] == {"approved": 3, "rejected": 1, "pending_review": 1}
    assert set(s["checks"]) >= {"greeting", "signature", "clean_text", "language"}
    assert all(0 <= v["failure_rate"] <= 1 for v in s["checks"].values() if v["failure_rate"] is not None)
    assert sum(s["overridden_checks"].values()) >= 1
    assert len(s["by_day"]) == 1 and s["by_day"][0]["approved"] == 3
    agents = {x["agent"]: x for x in s["by_agent"]}
    assert agents["Grayson Berger"]["approved"] == 1 and agents["Grayson Berger"]["rejected"] == 1
    assert agents["Elif Yıldız"]["approved"] == 2 and agents["Elif Yıldız"]["overrides"] == 1
    assert agents["Grayson Berger"]["acceptance_rate"] == 0.5
    # Another tenant sees none of it.
    other = env.get("/v1/stats", "b_agent").json()["totals"]
    assert other["drafts"] == 0 and other["acceptance_rate"] is None
    assert env.get("/v1/stats?since=2026-12-01&until=2026-11-01", "qa").status_code == 422


def test_tenant_isolation_over_http(env: Env) -> None:
    flow_tenant_isolation(env)


def test_logs_never_carry_messages_replies_or_keys(env: Env, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret_message = "My secret-code ZEBRA-7731 plan auto-renewed and charged 144 EUR, refund it today!"
    d = env.draft(message=secret_message)
    edited = d["reply"] + "\n\nP.S. ZEBRA-7731 is noted."
    env.post(f"/v1/drafts/{d['id']}/approve", json={"text": edited})
    env.client.get("/v1/drafts", headers={"Authorization": "Bearer drf_wrong-key-OTTER"})
    text = "\n".join(f"{r.getMessage()} {r.args!r}" for r in caplog.records)
    for needle in ("ZEBRA-7731", d["reply"][:40], env.keys["agent"], "OTTER", "Megan"):
        assert needle not in text, needle
