"""Pass rate of the sample tickets' drafts for each planner/writer variant.

    python -m benchmarks.bench_variants [--variants rules+compose,llm+compose,llm+llm] [--home DIR]

Ingests the sample company into a scratch home, drafts every ticket in knowledge/tickets
with each variant, and prints, per variant: drafts passing every blocking check before
revision (round 0) and after (final), advisory failures, intent accuracy against the
ticket's `expect`, and seconds per draft. Variants with `llm` need a model: the default
DRAFTER_LLM_MODEL (the embedded one) unless overridden.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table

from drafter.ingest import ingest_folder
from drafter.resources import sample_knowledge_dir
from drafter.services.container import Services
from drafter.settings import load_settings


def run_variant(home: Path, planner: str, writer: str, tickets: list[dict[str, object]]) -> dict[str, object]:
    settings = load_settings(home=home, today="2026-11-22", planner=planner, writer=writer)
    services = Services(settings, use_model=planner == "llm" or writer == "llm")
    first = final = intents = 0
    failing: Counter[str] = Counter()
    advisory: Counter[str] = Counter()
    started = time.perf_counter()
    for t in tickets:
        o = asyncio.run(services.pipeline.run(tenant="default", customer_id=str(t["customer_id"]), message=str(t["message"])))
        first += bool(o.history and o.history[0]["passed"])
        final += o.evaluation.passed
        failing.update(o.evaluation.blocking_failures)
        advisory.update(o.evaluation.advisory_failures)
        expect = t.get("expect") or {}
        intents += isinstance(expect, dict) and o.intent == expect.get("intent")
    n = len(tickets)
    return {
        "n": n, "first": first, "final": final, "intent": intents, "failing": failing, "advisory": advisory,
        "s_per_draft": (time.perf_counter() - started) / max(n, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", default="rules+compose,llm+compose,llm+llm")
    ap.add_argument("--home", type=Path, default=None)
    args = ap.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="drafter-variants-"))
    base = load_settings(home=home)
    services = Services(base, use_model=False)
    folder = sample_knowledge_dir()
    ingest_folder(folder, "default", services.db, services.vectors)
    tickets = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((folder / "tickets").glob("*.yaml"))]
    table = Table(title=f"{len(tickets)} sample tickets (EN/TR/AR), every check on")
    for col in ("variant", "pass, round 0", "pass, after revision", "intent right", "s/draft", "blocking failures (final)", "advisory"):
        table.add_column(col)
    for variant in args.variants.split(","):
        planner, writer = variant.split("+")
        r = run_variant(home, planner, writer, tickets)
        n = int(r["n"])  # type: ignore[call-overload]
        table.add_row(
            variant, f"{r['first']}/{n}", f"{r['final']}/{n}", f"{r['intent']}/{n}", f"{r['s_per_draft']:.1f}",
            ", ".join(f"{k}×{v}" for k, v in r["failing"].most_common()) or "-",  # type: ignore[attr-defined]
            ", ".join(f"{k}×{v}" for k, v in r["advisory"].most_common()) or "-",  # type: ignore[attr-defined]
        )
        Console(width=200).print(table)


if __name__ == "__main__":
    main()
