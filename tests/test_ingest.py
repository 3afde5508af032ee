from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLE, TENANT_B

from drafter.errors import KnowledgeError
from drafter.ingest import ingest_folder
from drafter.knowledge import load_knowledge, parse_policy
from drafter.settings import Settings
from drafter.store.db import Database
from drafter.store.vectors import VectorStore


def test_sample_knowledge_is_valid_and_rich() -> None:
    kb = load_knowledge(SAMPLE)
    langs = [c.language for c in kb.customers]
    assert len(kb.customers) >= 20
    assert {"en", "tr", "ar"} <= set(langs)
    assert len(kb.policies) >= 20
    assert all(s.id.startswith("policy/") and "#" in s.id for s in kb.policies)
    assert kb.authority.actions and kb.topics


def test_reingest_changes_nothing(settings: Settings) -> None:
    db, vs = Database(settings), VectorStore(settings)
    first = ingest_folder(TENANT_B, "t1", db, vs)
    assert first.changed and first.policies["added_or_changed"] > 0
    n_policies = vs.count("policies", "t1")
    second = ingest_folder(TENANT_B, "t1", db, vs)
    assert not second.changed
    assert second.policies == {"added_or_changed": 0, "deleted": 0, "unchanged": n_policies}
    assert vs.count("policies", "t1") == n_policies


def test_changed_and_removed_sections_are_synced(settings: Settings, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "kb"
    shutil.copytree(TENANT_B, folder)
    db, vs = Database(settings), VectorStore(settings)
    ingest_folder(folder, "t", db, vs)
    before = vs.count("policies", "t")
    policy = sorted((folder / "policies").glob("*.md"))[0]
    text = policy.read_text(encoding="utf-8")
    last_section = text.rfind("\n## ")
    policy.write_text(text[:last_section] + "\n", encoding="utf-8")
    report = ingest_folder(folder, "t", db, vs)
    assert report.policies["deleted"] == 1
    assert vs.count("policies", "t") == before - 1


def test_queries_never_cross_tenants(ingested_settings: Settings) -> None:
    vs = VectorStore(ingested_settings)
    b_ids = {h.id for h in vs.query("policies", "b", "membership freeze fee", k=10)}
    default_hits = vs.query("policies", "default", "membership freeze fee", k=10)
    assert default_hits and b_ids
    assert not ({h.id for h in default_hits} & b_ids)
    assert all(h.metadata["tenant"] == "default" for h in default_hits)
    assert vs.query("policies", "nobody", "refund", k=3) == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Yıllık aboneliğim otomatik yenilendi ve kartımdan ücret çekildi, iade istiyorum", "policy/refunds#renewals"),
        ("تم تجديد اشتراكي السنوي تلقائياً وخصم المبلغ من بطاقتي، أريد استرداد المبلغ", "policy/refunds#renewals"),
        ("Teknisyen randevuya hiç gelmedi, bütün gün bekledim", "policy/technician-visits#"),
        ("الفني لم يحضر في الموعد المحدد وانتظرت طوال اليوم", "policy/technician-visits#"),
    ],
)
def test_turkish_and_arabic_messages_find_the_english_policy(ingested_settings: Settings, message: str, expected: str) -> None:
    hits = VectorStore(ingested_settings).query("policies", "default", message, k=3)
    assert any(h.id.startswith(expected) for h in hits), [h.id for h in hits]


def test_broken_folder_reports_the_file(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    (tmp_path / "brand.yaml").write_text("name: X\nagent_name: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"brand\.yaml"):
        load_knowledge(tmp_path)
    (tmp_path / "brand.yaml").write_text("name: X\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="agent_name"):
        load_knowledge(tmp_path)
    with pytest.raises(KnowledgeError, match="not a folder"):
        load_knowledge(tmp_path / "missing")


def test_policy_sections_get_stable_ids(tmp_path: Path) -> None:
    p = tmp_path / "fees.md"
    p.write_text("# Fees\n\nIntro text.\n\n## Late fee {#late}\nFive euros.\n\n## Paper bills\nTwo euros.\n", encoding="utf-8")
    ids = [s.id for s in parse_policy(p)]
    assert ids == ["policy/fees#overview", "policy/fees#late", "policy/fees#paper-bills"]


def test_drafts_see_a_reingested_tenant_at_once(settings: Settings, tmp_path: Path) -> None:
    """Parsed tenant knowledge is cached per process; an ingest that changes it must show."""
    import shutil

    from drafter.embeddings import get_embedder
    from drafter.pipeline.tenant import load_tenant

    folder = tmp_path / "kb"
    shutil.copytree(TENANT_B, folder)
    db, vs = Database(settings), VectorStore(settings)
    embedder = get_embedder(settings.embedding_model)
    ingest_folder(folder, "gym", db, vs)
    first = load_tenant(db, "gym", embedder)
    assert load_tenant(db, "gym", embedder) is first  # unchanged rows: the cached parse
    brand = folder / "brand.yaml"
    brand.write_text(brand.read_text(encoding="utf-8").replace(f"name: {first.brand.name}", "name: Orbit Renamed", 1), encoding="utf-8")
    ingest_folder(folder, "gym", db, vs)
    again = load_tenant(db, "gym", embedder)
    assert again is not first and again.brand.name == "Orbit Renamed"
