"""Learning from agents: rejected and heavily edited drafts become eval cases.

Two shapes, both written by `drafter evals export`:

- scoring JSONL (CONTRACTS.md's scoring input, one object a line, like
  `shared/examples/dev.jsonl`): for an edited approval the `draft` is the **agent's**
  final text (`"author": "agent"`, `"human_version": true`) with `expect_fail: []` when
  it went out without an override, and the drafter's version alongside in
  `original_draft`; for a rejection the `draft` is the drafter's rejected text
  (`"author": "drafter"`) with the agent's reason and `"needs_label": true`, since only
  QA can say which checks should have caught it.
- suite cases YAML: the ticket as a generation case (tenant, customer, message) with the
  agent's text as the reference reply, the drafter's text, what was wrong with it
  (reason, edit ratio, failing checks) and who decided.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import yaml
from sqlalchemy import select

from ..store.db import Database
from ..store.tables import Decision, DraftRow
from .review import scoring_input

DEFAULT_MIN_EDIT_RATIO = 0.2


@dataclass
class ExportCase:
    scoring: dict[str, Any]  # one scoring-input line
    case: dict[str, Any]  # one suite case


def export_cases(
    db: Database, tenant: str, *, since: date, until: date | None = None, min_edit_ratio: float = DEFAULT_MIN_EDIT_RATIO,
) -> list[ExportCase]:
    lo = datetime.combine(since, time.min, UTC)
    q = (
        select(Decision, DraftRow)
        .join(DraftRow, DraftRow.id == Decision.draft_id)
        .where(Decision.tenant == tenant, Decision.at >= lo)
        .order_by(Decision.at, Decision.id)
    )
    if until is not None:
        q = q.where(Decision.at < datetime.combine(until + timedelta(days=1), time.min, UTC))
    out: list[ExportCase] = []
    with db.session() as s:
        for d, row in s.execute(q).tuples():
            if d.kind == "approved" and (not d.edited or d.edit_ratio < min_edit_ratio):
                continue
            out.append(_case(d, row))
    return out


def _case(d: Decision, row: DraftRow) -> ExportCase:
    human = d.kind == "approved" and d.final_text is not None
    text = d.final_text if human and d.final_text is not None else row.reply
    line = scoring_input(row, text).model_dump(mode="json")
    line["id"] = f"{row.id}-{'agent' if human else 'rejected'}"
    failing = list(((row.result or {}).get("evaluation") or {}).get("blocking_failures", []))
    meta: dict[str, Any] = {
        "author": "agent" if human else "drafter",
        "human_version": human,
        "decision": d.kind,
        "draft_id": row.id,
        "tenant": row.tenant,
        "customer_id": row.customer_id,
        "decided_at": _iso(d.at),
        "decided_by": d.agent or d.key_id or "",
    }
    if human:
        meta |= {"original_draft": row.reply, "edit_ratio": d.edit_ratio, "edit_distance": d.edit_distance}
        if d.override_reason:
            # The agent sent it despite these checks: QA decides who was right.
            meta |= {"override_reason": d.override_reason, "overridden_checks": list(d.blocking_failures or []), "needs_label": True}
        else:
            meta["expect_fail"] = []
    else:
        meta |= {"reason": d.reason or "", "needs_label": True}
    req = row.request or {}
    case: dict[str, Any] = {
        "id": line["id"],
        "tenant": row.tenant,
        "customer_id": row.customer_id,
        "channel": row.channel,
        "language": row.language,
        "intent": row.intent,
        "subject": req.get("subject"),
        "message": req.get("message", ""),
        "decision": d.kind,
        "drafter_reply": row.reply,
        "drafter_blocking_failures": failing,
        "reference_reply": d.final_text if human else None,
        "edit_ratio": d.edit_ratio if human else None,
        "reason": d.reason if not human else d.override_reason,
        "decided_by": meta["decided_by"],
        "decided_at": meta["decided_at"],
    }
    return ExportCase(scoring={**line, **meta}, case={k: v for k, v in case.items() if v is not None})


def _iso(ts: datetime) -> str:
    return (ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)).isoformat()


def to_jsonl(cases: list[ExportCase]) -> str:
    return "".join(json.dumps(c.scoring, ensure_ascii=False) + "\n" for c in cases)


def to_yaml(cases: list[ExportCase]) -> str:
    doc = {"cases": [c.case for c in cases]}
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)
