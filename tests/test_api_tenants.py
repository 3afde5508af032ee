"""Multi-tenant retrieval: a draft for one tenant never cites another tenant's policy or
customer, even when the customer ids collide and the message fits the other company."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLE, TENANT_B
from test_review_env import Env, make_env

from drafter.knowledge import load_knowledge
from drafter.settings import Settings
from drafter.store.vectors import VectorStore


@pytest.fixture
def env(ingested_settings: Settings) -> Env:
    return make_env(ingested_settings)


def _knowledge_texts(folder: object) -> tuple[set[str], set[str]]:
    kb = load_knowledge(folder)  # type: ignore[arg-type]
    return {s.id for s in kb.policies}, {s.text for s in kb.policies}


# Messages that fit the *other* company best, so retrieval would be tempted to cross over.
MESSAGES_FOR_B = [
    "My annual Home Plus plan auto-renewed and you charged 144.00 EUR. Refund it and cancel the plan.",
    "The technician never showed up for my internet appointment, I waited all day.",
    "Can I freeze my membership for December and January, and what does it cost?",
]
MESSAGES_FOR_DEFAULT = [
    "Can I freeze my gym membership for two months while I travel? What is the freeze fee?",
    "I want to cancel my membership, how much notice do I have to give?",
]


def _authority_ids(folder: Path) -> set[str]:
    return {a.id for a in load_knowledge(folder).authority.actions}


@pytest.mark.parametrize("message", MESSAGES_FOR_B)
def test_tenant_b_draft_cites_only_tenant_b(env: Env, message: str) -> None:
    _, default_texts = _knowledge_texts(SAMPLE)
    b_ids, b_texts = _knowledge_texts(TENANT_B)
    d = env.draft("b_agent", customer_id="C-1001", message=message)  # C-1001 exists in both tenants
    assert d["tenant"] == "b"
    assert d["reply"].startswith("Hi Nadia") and "Megan" not in d["reply"]
    assert "Northwind" not in d["reply"] and "Orbit" in d["reply"]
    for s in d["sources"]:
        if s["id"].startswith("policy/"):
            assert s["id"] in b_ids, s["id"]
            assert s["text"] in b_texts and s["text"] not in default_texts
        elif s["id"].startswith("authority/"):
            assert s["id"].removeprefix("authority/") in _authority_ids(TENANT_B), s["id"]
        else:
            assert s["id"].startswith("customer/")
            assert "Megan" not in s["text"] and "Home Plus" not in s["text"] and "4417" not in s["text"]
    for a in d["actions"]:
        assert a["source_id"] is None or a["source_id"] in b_ids


@pytest.mark.parametrize("message", MESSAGES_FOR_DEFAULT)
def test_default_draft_cites_only_default(env: Env, message: str) -> None:
    default_ids, _ = _knowledge_texts(SAMPLE)
    _, b_texts = _knowledge_texts(TENANT_B)
    d = env.draft("agent", customer_id="C-1001", message=message)
    assert d["tenant"] == "default" and d["reply"].startswith("Hi Megan") and "Nadia" not in d["reply"]
    assert "Orbit" not in d["reply"] and "9.99" not in d["reply"]
    for s in d["sources"]:
        if s["id"].startswith("policy/"):
            assert s["id"] in default_ids and s["text"] not in b_texts
        else:
            assert "Nadia" not in s["text"] and "Orbit" not in s["text"]


def test_past_interactions_are_searched_within_the_tenant(ingested_settings: Settings) -> None:
    vs = VectorStore(ingested_settings)
    b_hits = vs.query("interactions", "b", "freeze my membership while travelling", k=10, where={"customer_id": "C-1001"})
    d_hits = vs.query("interactions", "default", "freeze my membership while travelling", k=10, where={"customer_id": "C-1001"})
    assert b_hits and all(h.metadata["tenant"] == "b" for h in b_hits)
    assert all(h.metadata["tenant"] == "default" for h in d_hits)
    assert not {h.text for h in b_hits} & {h.text for h in d_hits}


def test_lists_and_customers_never_cross_tenants(env: Env) -> None:
    env.draft("agent")
    env.draft("b_agent", customer_id="OF-201", message="How do I freeze my membership?")
    assert {x["tenant"] for x in env.get("/v1/drafts", "agent").json()} == {"default"}
    assert {x["tenant"] for x in env.get("/v1/drafts", "b_agent").json()} == {"b"}
    b_customers = {c["id"] for c in env.get("/v1/customers", "b_agent").json()}
    assert b_customers == {"C-1001", "OF-201", "OF-202"}
    assert env.get("/v1/customers/OF-201", "agent").status_code == 404
    r = env.client.post("/v1/drafts", json={"customer_id": "OF-201", "message": "hi"}, headers=env.h("agent"))
    assert r.status_code == 404
