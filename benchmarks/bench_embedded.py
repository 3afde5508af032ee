"""How fast is the embedded model on this machine? One command, one table.

    python -m benchmarks.bench_embedded [--home DIR] [--fresh-join] [--cold] [--show] [--threads N]

Measures: joining the weight parts (only with --fresh-join: it writes another 1.1 GB into a
temporary folder), cold load, prompt and output tokens/s, resident memory, and the seconds
to produce a schema-constrained "reply plan" for a short English, Turkish and Arabic ticket.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]

from drafter.llm.embedded import LocalChatModel, available, model_path

INTENTS = [
    "cancel",
    "refund",
    "billing_dispute",
    "complaint",
    "service_outage",
    "reschedule",
    "question",
    "praise",
]
ACTION_KINDS = ["cancel", "refund", "credit", "reconnect", "reschedule", "escalate", "explain"]

# The best of three prompts tried: asking first for a one-sentence English gloss of the
# problem ("problem") markedly improved intent and apology on the Turkish ticket.
SYSTEM = """You plan a customer-support reply. Answer with JSON only, in this shape:
{"problem": ..., "intent": ..., "apology_owed": ..., "actions": [{"kind": ..., "source_id": ...}], "next_step": {"what": ..., "when": ...}}

problem: one short English sentence: what went wrong for the customer and what they ask for.
intent, one of:
- cancel: wants to stop a subscription or service
- refund: wants money back for a charge they do not want
- billing_dispute: a charge is wrong (double charge, wrong amount)
- complaint: the company did something wrong (missed visit, outage caused by us, bad service)
- service_outage: a service is down
- reschedule: wants to move an appointment
- question: asks how something works
- praise: says thank you
apology_owed: true when the company made a mistake, else false.
actions: what the agent does now. kind is one of cancel, refund, credit, reconnect, reschedule, escalate, explain. source_id is the id of the source that allows it. Use only sources that fit the ticket; ignore the others.
next_step.what: the concrete next thing that happens, in English. next_step.when: the time or deadline stated in a source (e.g. "within 3-5 business days"), or "today".

Example:
Sources:
[policy/orders#1] Lost parcels are re-sent free of charge by the agent; the new parcel ships the next business day.
[policy/orders#4] Gift cards cannot be exchanged for cash.
Ticket:
My parcel never arrived, order 5521. Can you help?
Answer:
{"problem": "The parcel for order 5521 never arrived; the customer wants it delivered.", "intent": "complaint", "apology_owed": true, "actions": [{"kind": "reschedule", "source_id": "policy/orders#1"}], "next_step": {"what": "a replacement parcel is sent free of charge", "when": "ships the next business day"}}"""

TICKETS: list[dict[str, Any]] = [
    {
        "lang": "en",
        "message": "Hi, you charged me twice for my March invoice (2 x 39.00 EUR). "
        "Please give me back the duplicate payment. - Tom",
        "sources": [
            (
                "customer/billing",
                "Invoice INV-3312 for March 2026, 39.00 EUR, paid twice on 3 March 2026 by card.",
            ),
            (
                "policy/billing#2",
                "Duplicate payments are refunded by the agent at once; the money reaches the card in 3-5 business days.",
            ),
            ("policy/billing#5", "Invoices can be downloaded from Settings > Billing."),
            ("policy/plans#1", "The Team plan costs 39.00 EUR per month."),
        ],
    },
    {
        "lang": "tr",
        "message": "Merhaba, teknisyeniniz bugün saat 10'da gelecekti ama hiç gelmedi, "
        "bütün sabah evde bekledim. İnternetim hâlâ çalışmıyor. Ne zaman gelecek? Ayşe",
        "sources": [
            (
                "müşteri/randevu",
                "Teknisyen randevusu 14 Mayıs 2026 saat 10:00; teknisyen gelmedi, neden kaydı yok.",
            ),
            (
                "politika/teknisyen#2",
                "Kaçırılan randevularda temsilci aynı gün veya ertesi gün için öncelikli randevu verebilir.",
            ),
            (
                "politika/teknisyen#4",
                "Kaçırılan her randevu için müşterinin hesabına 50 TL kredi tanımlanır.",
            ),
            ("politika/fatura#1", "Faturalar her ayın 1'inde kesilir."),
        ],
    },
    {
        "lang": "ar",
        "message": "أريد إلغاء اشتراكي الشهري في النادي الرياضي لأنني سأنتقل إلى مدينة أخرى "
        "الشهر القادم. كيف أفعل ذلك؟ سارة",
        "sources": [
            ("عميل/اشتراك", "اشتراك شهري في نادي الرياض؛ تاريخ الفاتورة التالية 1 يونيو 2026."),
            (
                "سياسة/الإلغاء#1",
                "يمكن للموظف إلغاء الاشتراك الشهري مباشرة؛ يبقى الاشتراك فعالاً حتى نهاية الشهر المدفوع.",
            ),
            ("سياسة/الإلغاء#3", "لا توجد رسوم على الإلغاء بعد انتهاء فترة الالتزام الأولى."),
        ],
    },
]


def plan_schema(source_ids: list[str]) -> dict[str, Any]:
    """The plan shape; source_id is an enum of the ticket's own ids, so the grammar makes
    citing a source that was not given impossible."""
    return {
        "type": "object",
        "properties": {
            "problem": {"type": "string", "maxLength": 200},
            "intent": {"type": "string", "enum": INTENTS},
            "apology_owed": {"type": "boolean"},
            "actions": {
                "type": "array",
                "maxItems": 4,
                "items": {
                    "type": "object",
                    "properties": {
                        "kind": {"type": "string", "enum": ACTION_KINDS},
                        "source_id": {"type": "string", "enum": source_ids},
                    },
                    "required": ["kind", "source_id"],
                    "additionalProperties": False,
                },
            },
            "next_step": {
                "type": "object",
                "properties": {
                    "what": {"type": "string", "maxLength": 200},
                    "when": {"type": "string", "maxLength": 80},
                },
                "required": ["what", "when"],
                "additionalProperties": False,
            },
        },
        "required": ["problem", "intent", "apology_owed", "actions", "next_step"],
        "additionalProperties": False,
    }


def plan_messages(ticket: dict[str, Any]) -> list[dict[str, str]]:
    sources = "\n".join(f"[{sid}] {text}" for sid, text in ticket["sources"])
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Sources:\n{sources}\n\nTicket:\n{ticket['message']}"},
    ]


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MB; the mmapped weights count once touched."""
    current = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    except OSError:
        pass
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def evict_from_page_cache(path: Path) -> None:
    """Make the next load read from disk, as after a reboot (only this file is evicted)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def prompt_speed(model: LocalChatModel) -> tuple[int, float]:
    # A fresh nonce first defeats llama.cpp's prefix cache, so every token is evaluated.
    filler = " ".join(text for t in TICKETS for _, text in t["sources"]) * 3
    msg = [{"role": "user", "content": f"{uuid.uuid4()} {filler}\nSay OK."}]
    t0 = time.perf_counter()
    out = model.chat(msg, max_tokens=1, temperature=0.0)
    return out.prompt_tokens, time.perf_counter() - t0


def output_speed(model: LocalChatModel) -> tuple[int, float]:
    msg = [{"role": "user", "content": f"{uuid.uuid4()}\nCount from 1 to 300, comma separated."}]
    model.chat(msg, max_tokens=1, temperature=0.0)  # prompt evaluated and cached
    t0 = time.perf_counter()
    out = model.chat(msg, max_tokens=128, temperature=0.0, seed=1)
    return out.completion_tokens, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--home", type=Path, default=Path(os.environ.get("DRAFTER_HOME", ".drafter")))
    ap.add_argument("--fresh-join", action="store_true", help="time a full join + sha256 check")
    ap.add_argument(
        "--cold", action="store_true", help="evict the model file from the page cache first"
    )
    ap.add_argument("--show", action="store_true", help="print each plan's JSON")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()

    ok, why = available()
    if not ok:
        raise SystemExit(why)
    rows: list[tuple[str, str]] = []

    if args.fresh_join:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            model_path(Path(tmp))
            rows.append(("join 22 parts + sha256 (first run)", f"{time.perf_counter() - t0:.1f} s"))
    t0 = time.perf_counter()
    path = model_path(args.home)
    rows.append(
        ("model_path (later runs: size check)", f"{(time.perf_counter() - t0) * 1000:.1f} ms")
    )

    if args.cold:
        evict_from_page_cache(path)
    t0 = time.perf_counter()
    model = LocalChatModel(path, n_threads=args.threads)
    rows.append(
        (
            "cold load" if args.cold else "load (file in page cache)",
            f"{time.perf_counter() - t0:.2f} s",
        )
    )
    rows.append(("RSS after load", f"{rss_mb()[0]:.0f} MB"))

    n, s = prompt_speed(model)
    rows.append(("prompt eval", f"{n / s:.0f} tok/s ({n} tok in {s:.2f} s)"))
    n, s = output_speed(model)
    rows.append(("generation", f"{n / s:.1f} tok/s ({n} tok in {s:.2f} s)"))

    for ticket in TICKETS:
        ids = [sid for sid, _ in ticket["sources"]]
        schema = plan_schema(ids)
        t0 = time.perf_counter()
        out = model.chat(plan_messages(ticket), json_schema=schema, max_tokens=300, seed=7)
        secs = time.perf_counter() - t0
        try:
            jsonschema.validate(json.loads(out.text), schema)
            verdict = "valid"
        except (ValueError, jsonschema.ValidationError) as exc:
            verdict = f"INVALID ({type(exc).__name__})"
        rows.append(
            (
                f"plan {ticket['lang']}",
                f"{secs:.1f} s ({out.prompt_tokens} in / {out.completion_tokens} out, {verdict})",
            )
        )
        if args.show:
            print(f"--- {ticket['lang']} ---\n{out.text}")

    cur, peak = rss_mb()
    rows.append(("RSS at end / peak", f"{cur:.0f} / {peak:.0f} MB"))
    width = max(len(k) for k, _ in rows)
    print(f"\nembedded model: {path.name}  threads={args.threads}")
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")


if __name__ == "__main__":
    main()
