"""Retrieval at scale: 100,000 synthetic policy chunks in the vector store.

    python -m benchmarks.bench_retrieval [--chunks 100000] [--tenants 10] [--queries 300] [--quick]

Chunks are generated from templates (areas x conditions x amounts x deadlines x plan
names, EN with some TR and AR), spread evenly over `--tenants` tenants and ingested
through drafter's own path (`VectorStore.sync`, which embeds with the packaged
multilingual encoder and upserts in batches) into a fresh Chroma folder. Then:

- ingest rate (chunks/s, embedding included, and the share of it spent embedding);
- query latency as a draft retrieves (`VectorStore.query`: embed the question, search
  the tenant's collection), p50/p95; and the search alone (vector given);
- for comparison, the same search with a metadata filter on the tenant, which is what
  one shared collection for all tenants needs (drafter's layout before per-tenant
  collections): Chroma's filter costs time in proportion to the records it matches;
- disk (the Chroma folder) and memory (resident set of this process).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import time
from pathlib import Path
from typing import Any

from drafter.embeddings import get_embedder
from drafter.settings import Settings
from drafter.store.vectors import Record, VectorStore

from ._common import machine, save, scratch, summary, table

AREAS = ["refunds", "cancellations", "billing", "technician visits", "outages", "moving home", "deliveries", "plans", "complaints", "goodwill credits"]
PLANS = ["Home Plus", "Fibre 100", "Fibre 500", "TV Max", "Mobile S", "Mobile L", "Business Pro", "Smart Home"]
CONDITIONS = [
    "when the customer asks within {n} days of the charge", "if the visit was missed by our technician", "after an outage longer than {n} hours",
    "for an annual plan renewed without a reminder", "when the invoice was issued for a cancelled booking", "if the parcel was returned to the depot",
    "for customers on the {plan} plan for more than {n} months", "when the same fault was reported {n} times", "if the customer moves to an address we serve",
]
ACTIONS = [
    "the agent refunds up to {amount} EUR in full to the original payment method", "the agent adds a credit of {amount} EUR to the next invoice",
    "the agent cancels the plan at once without a fee", "the agent books a new visit within {n} business days",
    "the agent waives the {amount} EUR fee", "the agent escalates to the network team, who answer within {n} hours",
    "the agent re-sends the parcel free of charge the next business day", "the agent offers a one-off goodwill gesture of {amount} EUR",
]
TAILS = ["The money is back within 5-10 business days.", "It shows on the next invoice.", "A manager must approve anything above this.",
         "Tell the customer the reference number.", "This cannot be combined with other offers.", ""]
TR = ["İade {n} iş günü içinde karta yapılır.", "Teknisyen gelmezse {amount} EUR kredi tanımlanır.", "Yıllık plan hatırlatmasız yenilendiyse tam iade yapılır."]
AR = ["يتم استرداد المبلغ خلال {n} أيام عمل.", "إذا لم يحضر الفني نضيف رصيدًا بقيمة {amount} يورو.", "يمكن إلغاء الباقة فورًا بدون رسوم."]
QUESTIONS = [
    "You charged me for the annual renewal without asking, I want my money back", "The technician never came, what compensation do I get?",
    "Internet has been down since yesterday evening", "How do I cancel my TV Max subscription?", "I was billed twice this month",
    "My parcel went back to the depot, please send it again", "We are moving house next month, can the internet move with us?",
    "Yıllık aboneliğim sormadan yenilendi, paramı geri istiyorum", "ما عندنا نت من أمس، متى ترجع الخدمة؟", "Why is my first invoice so small?",
]


def chunk(rng: random.Random, i: int) -> str:
    fill = {"n": rng.choice([2, 3, 5, 7, 14, 30, 48]), "amount": rng.choice([5, 10, 15, 25, 45, 60, 144, 200]), "plan": rng.choice(PLANS)}
    area = rng.choice(AREAS)
    lines = [f"{area.title()} policy, section {i}: " + rng.choice(CONDITIONS).format(**fill) + ", " + rng.choice(ACTIONS).format(**fill) + ".",
             rng.choice(TAILS)]
    r = rng.random()
    if r < 0.15:
        lines.append(rng.choice(TR).format(**fill))
    elif r < 0.25:
        lines.append(rng.choice(AR).format(**fill))
    return " ".join(x for x in lines if x)


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def du_mib(path: Path) -> float:
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0]) / 1024


def run(a: argparse.Namespace) -> dict[str, Any]:
    home = scratch("retrieval") / "home"
    settings = Settings(home=home)
    rng = random.Random(42)
    embedder = get_embedder(settings.embedding_model)
    embedder.embed(["warm-up"])
    rss0 = rss_mib()
    vs = VectorStore(settings)
    per_tenant = a.chunks // a.tenants
    tenants = [f"t{k:02d}" for k in range(a.tenants)]
    embed_s = 0.0
    raw = embedder._raw  # type: ignore[attr-defined]

    def timed_raw(texts: list[str], kind: str) -> Any:
        nonlocal embed_s
        t = time.perf_counter()
        try:
            return raw(texts, kind)
        finally:
            embed_s += time.perf_counter() - t

    embedder._raw = timed_raw  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    n = 0
    for tenant in tenants:
        records = [Record(id=f"policy/{tenant}/{j}", text=chunk(rng, n + j), metadata={"title": f"section {j}", "kind": "policy"}) for j in range(per_tenant)]
        vs.sync("policies", tenant, records)
        n += per_tenant
        print(f"  {n:>7} chunks ingested, {n / (time.perf_counter() - t0):.0f}/s", flush=True)
    ingest_s = time.perf_counter() - t0
    embedder._raw = raw  # type: ignore[attr-defined]
    disk = du_mib(settings.chroma_path)
    rss_after = rss_mib()
    assert vs.count("policies", tenants[0]) == per_tenant

    qrng = random.Random(7)
    full, search, filtered = [], [], []
    for q in range(a.queries):
        text = f"{qrng.choice(QUESTIONS)} (#{q})"  # distinct texts: no cache hits
        tenant = qrng.choice(tenants)
        t = time.perf_counter()
        hits = vs.query("policies", tenant, text, k=4)
        full.append((time.perf_counter() - t) * 1000)
        assert hits and all(h.metadata["tenant"] == tenant for h in hits)
        vec = embedder.embed([text], kind="query")[0]
        col = vs._col("policies", tenant)
        t = time.perf_counter()
        col.query(query_embeddings=[vec], n_results=4, include=["documents", "metadatas", "distances"])
        search.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        col.query(query_embeddings=[vec], n_results=4, where={"tenant": tenant}, include=["documents", "metadatas", "distances"])
        filtered.append((time.perf_counter() - t) * 1000)
    return {
        "chunks": n, "tenants": a.tenants, "ingest_s": round(ingest_s, 1), "ingest_chunks_per_s": round(n / ingest_s, 1),
        "embedding_share_of_ingest": round(embed_s / ingest_s, 3),
        "query_ms": summary(full), "search_only_ms": summary(search), "search_only_ms_with_tenant_metadata_filter": summary(filtered),
        "disk_mib": round(disk, 1), "rss_mib_before": round(rss0), "rss_mib_after_ingest": round(rss_after), "rss_mib_end": round(rss_mib()),
        "max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), "chroma_path": str(settings.chroma_path),
    }


def report(f: dict[str, Any]) -> str:
    q, s, u = f["query_ms"], f["search_only_ms"], f["search_only_ms_with_tenant_metadata_filter"]
    return "\n".join([
        f"retrieval: {f['chunks']:,} policy chunks over {f['tenants']} tenants; {machine()}",
        table([
            ("ingest", f"{f['ingest_chunks_per_s']:.0f} chunks/s", f"{f['ingest_s']:.0f} s in all, {f['embedding_share_of_ingest']:.0%} of it embedding"),
            ("query, the tenant's collection (embed + search)", f"p50 {q['p50']:.1f} ms", f"p95 {q['p95']:.1f} ms"),
            ("search only", f"p50 {s['p50']:.1f} ms", f"p95 {s['p95']:.1f} ms"),
            ("search only, with a tenant metadata filter", f"p50 {u['p50']:.1f} ms", f"p95 {u['p95']:.1f} ms"),
            ("disk (Chroma folder)", f"{f['disk_mib']:.0f} MiB", f"{f['disk_mib'] * 1024 / f['chunks']:.1f} KiB per chunk"),
            ("memory (resident)", f"{f['rss_mib_after_ingest'] - f['rss_mib_before']:+.0f} MiB for the store",
             f"{f['rss_mib_end']} MiB process, peak {f['max_rss_mib']} MiB"),
        ], ("", "figure", "detail")),
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_retrieval", description=__doc__.split("\n")[0])
    ap.add_argument("--chunks", type=int, default=100_000)
    ap.add_argument("--tenants", type=int, default=10)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--quick", action="store_true", help="10,000 chunks, 100 queries")
    ap.add_argument("--json", default=None)
    a = ap.parse_args(argv)
    if a.quick:
        a.chunks, a.queries = 10_000, 100
    f = run(a)
    print(report(f))
    print(f"figures: {save('retrieval' + ('_quick' if a.quick else ''), f, a.json)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
