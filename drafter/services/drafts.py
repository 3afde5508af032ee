"""Draft service: accept a request, persist it before any work, draft, persist the result."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from ..errors import DrafterError, InvalidInput, NotFound
from ..pipeline.drafting import DraftOutcome
from ..schemas import Draft, DraftAction, DraftRequest, EvalResult, SourceRef, Usage
from ..store.tables import DraftEvent, DraftRow, utcnow
from .container import Services

STATUSES = ("queued", "drafting", "pending_review", "approved", "rejected", "failed")


def priority_of(outcome: DraftOutcome) -> float:
    # Angriest and most urgent first (RUBRIC triage).
    return round(max(0.0, -outcome.analysis.sentiment) * 0.5 + outcome.analysis.urgency * 0.5, 3)


class DraftService:
    def __init__(self, services: Services) -> None:
        self.s = services

    async def create(self, req: DraftRequest, *, tenant: str, actor: str = "api") -> Draft:
        draft_id = "d_" + uuid.uuid4().hex[:20]
        with self.s.db.session() as s:
            s.add(
                DraftRow(
                    id=draft_id, tenant=tenant, status="drafting", customer_id=req.customer_id, ticket_id=req.ticket_id,
                    channel=req.channel, request=req.model_dump(mode="json", by_alias=True),
                )
            )
            s.add(DraftEvent(draft_id=draft_id, tenant=tenant, actor=actor, kind="created", after={"status": "drafting"}))
        message = f"{req.subject}\n\n{req.message}" if req.subject else req.message
        try:
            outcome = await self.s.pipeline.run(
                tenant=tenant, customer_id=req.customer_id, message=message,
                agent_name=req.agent.name if req.agent and req.agent.name else None, language=req.language,
            )
        except DrafterError as exc:
            self._fail(draft_id, tenant, exc)
            raise
        except Exception as exc:  # noqa: BLE001 - record, never lose the request
            self._fail(draft_id, tenant, exc)
            raise DrafterError(f"drafting failed unexpectedly ({type(exc).__name__}); the request is kept as draft {draft_id}") from exc
        self._store(draft_id, tenant, outcome)
        return self.get(draft_id, tenant=tenant)

    def _fail(self, draft_id: str, tenant: str, exc: Exception) -> None:
        reason = exc.message if isinstance(exc, DrafterError) else f"{type(exc).__name__}"
        with self.s.db.session() as s:
            row = s.get(DraftRow, draft_id)
            if row is not None:
                row.status, row.error, row.updated_at = "failed", reason, utcnow()
                s.add(DraftEvent(draft_id=draft_id, tenant=tenant, actor="pipeline", kind="failed", before={"status": "drafting"}, after={"status": "failed", "error": reason}))

    def _store(self, draft_id: str, tenant: str, o: DraftOutcome) -> None:
        result: dict[str, Any] = {
            "sources": [x.model_dump() for x in o.sources],
            "actions": [x.model_dump() for x in o.actions],
            "evaluation": o.evaluation.model_dump(mode="json"),
            "usage": o.usage.model_dump(),
            "plan": o.plan.model_dump(mode="json"),
            "analysis": {"sentiment": o.analysis.sentiment, "urgency": o.analysis.urgency, "topic": o.analysis.topic, "topic_score": round(o.analysis.topic_score, 3), "reasons": o.analysis.reasons},
            "planner": o.planner,
            "writer": o.writer,
            "revisions": o.revisions,
            "rounds": o.history,
            "notes": o.notes,
        }
        with self.s.db.session() as s:
            row = s.get(DraftRow, draft_id)
            assert row is not None
            row.status, row.reply, row.language, row.intent = "pending_review", o.reply, o.language, o.intent
            row.result, row.model, row.prompt_version, row.latency_ms = result, o.model, o.prompt_version, o.latency_ms
            row.priority, row.updated_at = priority_of(o), utcnow()
            s.add(DraftEvent(draft_id=draft_id, tenant=tenant, actor="pipeline", kind="drafted", before={"status": "drafting"}, after={"status": "pending_review", "passed": o.evaluation.passed}))

    def get(self, draft_id: str, *, tenant: str) -> Draft:
        with self.s.db.session() as s:
            row = s.get(DraftRow, draft_id)
            if row is None or row.tenant != tenant:
                raise NotFound(f"draft {draft_id!r} not found")
            return to_draft(row)

    def list(self, *, tenant: str, status: str | None = None, limit: int = 50) -> list[Draft]:
        if status is not None and status not in STATUSES:
            raise InvalidInput(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        with self.s.db.session() as s:
            q = select(DraftRow).where(DraftRow.tenant == tenant)
            if status:
                q = q.where(DraftRow.status == status)
            q = q.order_by(DraftRow.priority.desc(), DraftRow.created_at.asc()).limit(limit)
            return [to_draft(r) for r in s.scalars(q)]

    def history(self, draft_id: str, *, tenant: str) -> list[dict[str, Any]]:
        self.get(draft_id, tenant=tenant)
        with self.s.db.session() as s:
            rows = s.scalars(select(DraftEvent).where(DraftEvent.draft_id == draft_id).order_by(DraftEvent.id))
            return [{"at": e.at.isoformat(), "actor": e.actor, "kind": e.kind, "before": e.before, "after": e.after} for e in rows]


def to_draft(row: DraftRow) -> Draft:
    r = row.result or {}
    ev = r.get("evaluation")
    return Draft(
        id=row.id, status=row.status,  # type: ignore[arg-type]
        reply=row.reply, language=row.language, intent=row.intent,
        sources=[SourceRef.model_validate(x) for x in r.get("sources", [])],
        actions=[DraftAction.model_validate(x) for x in r.get("actions", [])],
        evaluation=EvalResult.model_validate(ev) if ev else None,
        model=row.model, usage=Usage.model_validate(r.get("usage") or {}), latency_ms=row.latency_ms,
        created_at=row.created_at, tenant=row.tenant, customer_id=row.customer_id, ticket_id=row.ticket_id, channel=row.channel,
        sentiment=(r.get("analysis") or {}).get("sentiment"), urgency=(r.get("analysis") or {}).get("urgency"),
        plan=r.get("plan"), prompt_version=row.prompt_version, planner=r.get("planner", ""), revisions=r.get("revisions", 0),
        error=row.error, notes=r.get("notes", []),
    )
