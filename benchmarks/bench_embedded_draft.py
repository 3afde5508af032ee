"""Seconds per draft with the embedded local model (no server, no network).

    python -m benchmarks.bench_embedded_draft [--home .drafter] [--drafts 2]

Complements bench_embedded.py (load, tokens/s, one plan per language). Drafts the
sample company's tickets through the whole pipeline (analysis, retrieval, plan, write,
every check) in-process, three ways:
- the product's default with the embedded model: rules planner and shipped phrasing
  for English, Turkish and Arabic (no model call at all);
- a language drafter ships no phrasing for (Indonesian): composed in English and
  translated by the model (one call);
- the model forced to plan and write (DRAFTER_PLANNER=llm, DRAFTER_WRITER=llm, no
  revisions): two calls.
The weights are the ones already joined under `--home/models` (no 1.1 GB join here).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from pathlib import Path
from typing import Any

from drafter.ingest import ingest_folder
from drafter.llm.embedded import available
from drafter.resources import sample_knowledge_dir
from drafter.schemas import DraftRequest
from drafter.services.container import Services
from drafter.services.drafts import DraftService
from drafter.settings import Settings

from ._common import machine, save, scratch, table, tickets, unique

INDONESIAN = {"customer_id": "C-1001", "message": "Selamat siang, paket Home Plus saya diperpanjang otomatis dan kartu saya ditagih 144 EUR tanpa pemberitahuan. Tolong kembalikan uang saya.", "language": "id"}


async def drafts(settings: Settings, bodies: list[dict[str, Any]]) -> list[tuple[float, int, str]]:
    services = Services(settings)
    out = []
    for b in bodies:
        t0 = time.perf_counter()
        d = await DraftService(services).create(DraftRequest.model_validate(b), tenant="default", actor="bench")
        out.append((time.perf_counter() - t0, d.usage.calls, d.language))
    services.db.engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_embedded_draft", description=__doc__.split("\n")[0])
    ap.add_argument("--home", type=Path, default=Path(os.environ.get("DRAFTER_HOME", ".drafter")), help="where the joined weights are")
    ap.add_argument("--drafts", type=int, default=2, help="drafts per way (the forced-LLM way is slow)")
    ap.add_argument("--json", default=None)
    a = ap.parse_args(argv)
    ok, why = available()
    if not ok:
        print(f"embedded model not installed: {why}")
        return 0
    home = scratch("embedded-draft") / "home"
    (home / "models").mkdir(parents=True)
    for gguf in (a.home / "models").glob("*.gguf"):  # reuse the joined weights: a link, not a copy
        (home / "models" / gguf.name).symlink_to(gguf.resolve())
    base = Settings(home=home, today="2026-11-22")  # type: ignore[arg-type]
    services = Services(base, use_model=False)
    ingest_folder(sample_knowledge_dir(), "default", services.db, services.vectors)
    services.db.engine.dispose()
    sample = tickets()
    t0 = time.perf_counter()
    first = asyncio.run(drafts(base, [unique(sample[5], 0)]))  # loads the model on first use
    cold = time.perf_counter() - t0
    ways = {
        "default (rules + shipped phrasing)": asyncio.run(drafts(base, [unique(sample[5 + i % 10], i + 1) for i in range(a.drafts)])),
        "unshipped language (compose + translate)": asyncio.run(drafts(base, [INDONESIAN] * a.drafts)),
        "model plans and writes": asyncio.run(drafts(base.model_copy(update={"planner": "llm", "writer": "llm", "max_revisions": 0}),
                                                     [unique(sample[5 + i % 10], 100 + i) for i in range(a.drafts)])),
    }
    rows = [("first draft in a fresh process", f"{cold:.2f} s", f"{first[0][1]} calls", "")]
    figures: dict[str, Any] = {"cold_first_draft_s": round(cold, 2), "ways": {}}
    for name, runs in ways.items():
        secs = [r[0] for r in runs]
        rows.append((name, f"{sum(secs) / len(secs):.2f} s", f"{runs[0][1]} calls", ", ".join(sorted({r[2] for r in runs}))))
        figures["ways"][name] = {"seconds_per_draft": [round(x, 2) for x in secs], "calls": runs[0][1]}
    print(f"embedded model, whole drafts in-process; {machine()}")
    print(table(rows, ("", "seconds per draft", "model calls", "language")))
    print(f"figures: {save('embedded_draft', figures, a.json)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
