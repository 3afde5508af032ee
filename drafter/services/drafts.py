"""Draft lifecycle: accept a request, persist it before any work, draft it, and move it
through an explicit, enforced state machine.

    queued → drafting → pending_review → approved | rejected | superseded
                  ↘ failed → queued (retry) | superseded (regenerated)

Every transition is one conditional UPDATE (`... WHERE status IN (allowed)`) whose
rowcount says whether this caller won, plus an audit event in the same transaction.
That is race-free on SQLite (writes are serialised) and on PostgreSQL (the second
UPDATE waits for the first, then re-checks the WHERE and matches nothing).
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..delivery import records as deliveries
from ..errors import Conflict, DrafterError, InvalidInput, NotFound
from ..pipeline.drafting import DraftOutcome
from ..pipeline.sanitize import clean_agent_name, clean_language, sanitize_message
from ..schemas import Draft, DraftAction, DraftRequest, EvalResult, SourceRef, Usage
from ..store.tables import Customer, Decision, DraftEvent, DraftJob, DraftRow, TenantConfig, utcnow
from ..worker import jobs
from ..worker.jobs import JobProgress
from ..worker.lease import Lease, claim_inline, kept_alive, process_owner
from .container import Services

Status = Literal["queued", "drafting", "pending_review", "approved", "rejected", "failed", "superseded"]
STATUSES: tuple[str, ...] = ("queued", "drafting", "pending_review", "approved", "rejected", "failed", "superseded")
# Allowed moves. `drafting → queued` is for a worker whose lease expired (async drafting).
TRANSITIONS: dict[str, frozenset[str]] = {
    "queued": frozenset({"drafting", "failed"}),
    "drafting": frozenset({"pending_review", "failed", "queued"}),
    "pending_review": frozenset({"approved", "rejected", "superseded"}),
    "failed": frozenset({"queued", "superseded"}),
    "approved": frozenset(),
    "rejected": frozenset(),
    "superseded": frozenset(),
}
# Statuses in the agents' work queue: listed by priority, then oldest first.
QUEUE_STATUSES = frozenset({"queued", "drafting", "pending_review"})


class Actor:
    """Who did something: an API key id (or "cli", "pipeline", "worker") and, when known,
    the human agent's name. Stored in events as `id` or `id|agent`."""

    def __init__(self, id: str, agent: str = "") -> None:
        self.id = id
        self.agent = agent

    def __str__(self) -> str:
        return f"{self.id}|{self.agent}" if self.agent else self.id

    @staticmethod
    def of(value: Actor | str) -> Actor:
        return value if isinstance(value, Actor) else Actor(value)

    @property
    def key_id(self) -> str | None:
        return self.id if self.id.startswith("k_") else None


# ---------------------------------------------------------------- response models


class Priority(BaseModel):
    score: float
    reasons: list[str] = Field(default_factory=list)


class DecisionOut(BaseModel):
    kind: Literal["approved", "rejected"]
    at: datetime
    actor: str
    key_id: str | None = None
    agent: str = ""
    text: str | None = None  # the approved text, as sent to the customer
    edited: bool = False
    diff: str = ""  # unified diff, draft → approved text
    edit_distance: int = 0  # Levenshtein distance in characters
    edit_ratio: float = 0.0  # edit_distance / length of the longer text (0 = unchanged, 1 = rewritten)
    evaluation: EvalResult | None = None  # of the approved text
    blocking_failures: list[str] = Field(default_factory=list)
    override_reason: str | None = None
    reason: str | None = None  # why it was rejected
    actions: list[DraftAction] = Field(default_factory=list)  # what the agent must now do


class DraftView(Draft):
    """A draft as the API shows it: the contract's draft plus review state."""

    status: Status
    version: int = 1
    parent_id: str | None = None
    superseded_by: str | None = None
    instructions: str | None = None  # regeneration instructions this version was drafted with
    priority: Priority = Field(default_factory=lambda: Priority(score=0.0))
    decision: DecisionOut | None = None
    job: JobProgress | None = None  # queue progress: attempts, next retry, the worker on it


# ---------------------------------------------------------------- priority


def priority_of(analysis: Mapping[str, Any]) -> Priority:
    """Angriest and most urgent first (RUBRIC triage), explained in words."""
    sentiment = float(analysis.get("sentiment") or 0.0)
    urgency = float(analysis.get("urgency") or 0.0)
    anger = max(0.0, -sentiment)
    score = round(0.5 * anger + 0.5 * urgency, 3)
    reasons: list[str] = []
    if anger:
        reasons.append(f"angry customer (sentiment {sentiment:+.2f})")
    if urgency:
        reasons.append(f"urgent (urgency {urgency:.2f})")
    reasons += [r for r in analysis.get("reasons", []) if "repeat complaint" in r or "anger cue" in r]
    if not reasons:
        reasons.append("calm and not urgent: waits its turn, oldest first")
    return Priority(score=score, reasons=reasons)


# ---------------------------------------------------------------- the service


class DraftService:
    def __init__(self, services: Services) -> None:
        self.s = services

    # -- creating and drafting

    async def create(
        self, req: DraftRequest, *, tenant: str, actor: Actor | str = "api", idempotency_key: str | None = None
    ) -> DraftView:
        """Accept and draft synchronously. An `idempotency_key` seen before returns that draft."""
        if idempotency_key:
            existing = self._by_idempotency_key(tenant, idempotency_key)
            if existing is not None:
                return existing
        try:
            draft_id = await asyncio.to_thread(
                self.accept, req.model_dump(mode="json", by_alias=True), tenant=tenant, actor=actor, idempotency_key=idempotency_key,
            )
        except Conflict:
            # Lost a race with the same Idempotency-Key: the winner's draft is the answer.
            existing = self._by_idempotency_key(tenant, idempotency_key) if idempotency_key else None
            if existing is None:
                raise
            return existing
        return await self.process(draft_id, tenant=tenant)

    def accept(
        self, request: dict[str, Any], *, tenant: str, actor: Actor | str, parent: DraftRow | None = None,
        idempotency_key: str | None = None, enqueue: bool = False,
    ) -> str:
        """Persist a request as `queued` before any work, so it can't be lost.

        `enqueue` puts it in the workers' queue in the same transaction (asynchronous
        drafting); without it the caller drafts it at once with `process`.
        """
        draft_id = "d_" + uuid.uuid4().hex[:20]
        row = DraftRow(
            id=draft_id, tenant=tenant, status="queued", customer_id=request["customer_id"], ticket_id=request.get("ticket_id"),
            channel=request.get("channel"), request=request, idempotency_key=idempotency_key,
            version=parent.version + 1 if parent else 1, parent_id=parent.id if parent else None,
        )
        after: dict[str, Any] = {"status": "queued", "version": row.version}
        if parent is not None:
            after["parent_id"] = parent.id
        with self.s.db.session() as s:
            self._require_customer(s, tenant, str(request["customer_id"]))
            s.add(row)
            try:
                s.flush()
            except IntegrityError:
                s.rollback()
                if parent is not None:
                    raise Conflict(f"draft {parent.id} was regenerated already; work on its newest version") from None
                raise Conflict(f"a draft with Idempotency-Key {idempotency_key!r} is being created; retry to get it") from None
            s.add(DraftEvent(draft_id=draft_id, tenant=tenant, actor=str(Actor.of(actor)), kind="created", after=after))
            if enqueue:
                jobs.enqueue(s, draft_id, tenant, max_attempts=self.s.settings.worker_max_attempts)
        return draft_id

    async def process(self, draft_id: str, *, tenant: str, actor: Actor | str = "pipeline", lease: Lease | None = None) -> DraftView:
        """Claim a queued draft, run the pipeline, and store the result (or the failure).

        Without `lease` the caller drafts it here and now (a lease is taken and renewed
        meanwhile, so a crash leaves the draft to the workers, not stuck in `drafting`).
        With a worker's `lease` the draft is already `drafting`; the result is stored only
        while the lease is still that worker's, and errors are raised for the worker to
        retry or fail the draft.
        """
        inline = lease is None
        settings = self.s.settings
        # The SQL steps run in threads (here, storing, reading back): the event loop keeps
        # serving other drafts' model calls, and SQLite lets go of the GIL while it works.
        held, req = await asyncio.to_thread(self._begin, draft_id, tenant, actor, lease)
        # Plain text only reaches analysis and prompts (no markup, scripts, quoted history);
        # the stored request stays as it came.
        message = sanitize_message(f"{req['subject']}\n\n{req['message']}" if req.get("subject") else str(req["message"]))
        agent = clean_agent_name((req.get("agent") or {}).get("name"))
        keep: contextlib.AbstractAsyncContextManager[None] = (
            kept_alive(self.s.inline_leases, held) if inline else contextlib.nullcontext()
        )
        try:
            async with keep:
                if not message:
                    raise InvalidInput("the message has no text once markup and quoted history are removed")
                outcome = await self.s.pipeline.run(
                    tenant=tenant, customer_id=str(req["customer_id"]), message=message, agent_name=agent,
                    language=clean_language(req.get("language")), instructions=req.get("instructions"),
                )
        except Exception as exc:
            if not inline:
                raise
            reason = exc.message if isinstance(exc, DrafterError) else f"unexpected {type(exc).__name__}"
            with self.s.db.session() as s:
                held.finish(s, "failed", error=reason)
                self.transition(s, draft_id, tenant, "failed", actor="pipeline", kind="failed", after={"error": reason}, values={"error": reason})
                deliveries.schedule(s, draft_id=draft_id, tenant=tenant, request=req, event="draft.failed", max_attempts=settings.callback_max_attempts)
            hint = f" — kept as failed draft {draft_id}; POST /v1/drafts/{draft_id}/retry to try again"
            if isinstance(exc, DrafterError):
                exc.message += hint
                raise
            raise DrafterError(f"drafting failed unexpectedly ({type(exc).__name__}){hint}") from exc
        return await asyncio.to_thread(self._store_and_get, draft_id, tenant, outcome, agent, held)

    def _store_and_get(self, draft_id: str, tenant: str, o: DraftOutcome, agent: str | None, lease: Lease) -> DraftView:
        self._store(draft_id, tenant, o, agent=agent, lease=lease)
        return self.get(draft_id, tenant=tenant)

    def _begin(self, draft_id: str, tenant: str, actor: Actor | str, lease: Lease | None) -> tuple[Lease, dict[str, Any]]:
        """Claim the draft (unless a worker holds its lease already); its request."""
        settings = self.s.settings
        with self.s.db.session() as s:
            if lease is None:
                self.transition(s, draft_id, tenant, "drafting", actor=actor, kind="drafting")
                lease = claim_inline(
                    s, draft_id, tenant, owner=process_owner("inline"), lease_s=settings.worker_lease_s, max_attempts=settings.worker_max_attempts,
                )
            row = s.get(DraftRow, draft_id)
            assert row is not None
            return lease, dict(row.request)

    async def retry(self, draft_id: str, *, tenant: str, actor: Actor | str) -> DraftView:
        """A failed draft goes back to the queue and is drafted again (same id, same request)."""
        with self.s.db.session() as s:
            self.transition(s, draft_id, tenant, "queued", actor=actor, kind="retried", values={"error": None})
        return await self.process(draft_id, tenant=tenant)

    def _store(self, draft_id: str, tenant: str, o: DraftOutcome, *, agent: str | None, lease: Lease) -> None:
        analysis = {
            "sentiment": o.analysis.sentiment, "urgency": o.analysis.urgency, "topic": o.analysis.topic,
            "topic_score": round(o.analysis.topic_score, 3), "reasons": o.analysis.reasons,
        }
        prio = priority_of(analysis)
        with self.s.db.session() as s:
            row = s.get(DraftRow, draft_id)
            assert row is not None
            notes = list(o.notes)
            if (row.request.get("agent") or {}).get("name") and agent is None:
                notes.append("the agent name in the request does not look like a name; the brand's agent signs instead")
            if row.request.get("instructions") and o.writer != "llm":
                notes.append("regeneration instructions need an LLM writer; this version was composed again from the plan")
            result: dict[str, Any] = {
                "sources": [x.model_dump() for x in o.sources],
                "actions": [x.model_dump() for x in o.actions],
                "evaluation": o.evaluation.model_dump(mode="json"),
                "usage": o.usage.model_dump(),
                "plan": o.plan.model_dump(mode="json"),
                "analysis": analysis,
                "priority": prio.model_dump(),
                "planner": o.planner,
                "writer": o.writer,
                "revisions": o.revisions,
                "rounds": o.history,
                "notes": notes,
                # What the suite needs to re-evaluate an edited text at approval.
                "scoring": _scoring_context(s, tenant, row.customer_id, o.language, agent),
            }
            values = {
                "reply": o.reply, "language": o.language, "intent": o.intent, "result": result, "model": o.model,
                "prompt_version": o.prompt_version, "latency_ms": o.latency_ms, "priority": prio.score,
                "error": None,  # an earlier attempt's error (model outage) no longer applies
            }
            request = dict(row.request)
            lease.finish(s, "done")  # first: a worker that lost its lease stores nothing
            self.transition(
                s, draft_id, tenant, "pending_review", actor="pipeline", kind="drafted",
                after={"passed": o.evaluation.passed, "blocking_failures": o.evaluation.blocking_failures}, values=values,
            )
            deliveries.schedule(
                s, draft_id=draft_id, tenant=tenant, request=request, event="draft.ready", max_attempts=self.s.settings.callback_max_attempts,
            )

    # -- the state machine

    def transition(
        self, s: Session, draft_id: str, tenant: str, to: str, *, actor: Actor | str, kind: str,
        before: dict[str, Any] | None = None, after: dict[str, Any] | None = None, values: dict[str, Any] | None = None,
        allowed_from: Iterable[str] | None = None,
    ) -> str:
        """Move one draft to `to` if its current status allows it; returns the old status.

        Raises NotFound (other tenant or no such draft) or Conflict (any other status,
        including a concurrent request that got there first).
        """
        sources = frozenset(allowed_from) if allowed_from is not None else frozenset(k for k, v in TRANSITIONS.items() if to in v)
        row = s.get(DraftRow, draft_id)
        if row is None or row.tenant != tenant:
            raise NotFound(f"draft {draft_id!r} not found")
        current = row.status
        if current not in sources:
            raise Conflict(conflict_message(row, to))
        res = s.execute(
            update(DraftRow)
            .where(DraftRow.id == draft_id, DraftRow.tenant == tenant, DraftRow.status == current)
            .values(status=to, updated_at=utcnow(), **(values or {}))
            .execution_options(synchronize_session=False)
        )
        if not isinstance(res, CursorResult) or res.rowcount != 1:
            s.rollback()
            s.expire_all()
            fresh = s.get(DraftRow, draft_id)
            raise Conflict(conflict_message(fresh, to) if fresh is not None else f"draft {draft_id} changed meanwhile")
        s.add(
            DraftEvent(
                draft_id=draft_id, tenant=tenant, actor=str(Actor.of(actor)), kind=kind,
                before={"status": current, **(before or {})}, after={"status": to, **(after or {})},
            )
        )
        s.expire(row)
        return current

    # -- reading

    def row(self, s: Session, draft_id: str, tenant: str) -> DraftRow:
        row = s.get(DraftRow, draft_id)
        if row is None or row.tenant != tenant:
            # Another tenant's draft reads as missing: its existence is not leaked.
            raise NotFound(f"draft {draft_id!r} not found")
        return row

    def get(self, draft_id: str, *, tenant: str) -> DraftView:
        with self.s.db.session() as s:
            return self._view(s, self.row(s, draft_id, tenant))

    def list(
        self, *, tenant: str, status: str | None = None, language: str | None = None, intent: str | None = None,
        customer_id: str | None = None, limit: int = 50, offset: int = 0,
    ) -> builtins.list[DraftView]:
        """Queue statuses: priority (angriest, most urgent) then oldest; others: newest first."""
        if status is not None and status not in STATUSES:
            raise InvalidInput(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        q = select(DraftRow).where(DraftRow.tenant == tenant)
        for col, val in ((DraftRow.status, status), (DraftRow.language, language), (DraftRow.intent, intent), (DraftRow.customer_id, customer_id)):
            if val:
                q = q.where(col == val)
        if status in QUEUE_STATUSES:
            q = q.order_by(DraftRow.priority.desc(), DraftRow.created_at.asc(), DraftRow.id)
        else:
            q = q.order_by(DraftRow.created_at.desc(), DraftRow.id)
        with self.s.db.session() as s:
            return self._views(s, list(s.scalars(q.limit(limit).offset(offset))))

    def versions(self, draft_id: str, *, tenant: str) -> builtins.list[DraftView]:
        """Every version of this draft's ticket, oldest first."""
        with self.s.db.session() as s:
            row = self.row(s, draft_id, tenant)
            while row.parent_id is not None:
                parent = s.get(DraftRow, row.parent_id)
                if parent is None:
                    break
                row = parent
            chain = [row]
            while (child := s.scalars(select(DraftRow).where(DraftRow.parent_id == chain[-1].id)).first()) is not None:
                chain.append(child)
            return self._views(s, chain)

    def history(self, draft_id: str, *, tenant: str) -> builtins.list[dict[str, Any]]:
        """The audit events of one draft, oldest first."""
        with self.s.db.session() as s:
            self.row(s, draft_id, tenant)
            events = s.scalars(select(DraftEvent).where(DraftEvent.draft_id == draft_id).order_by(DraftEvent.id))
            return [event_dict(e) for e in events]

    def _view(self, s: Session, row: DraftRow) -> DraftView:
        return self._views(s, [row])[0]

    def _views(self, s: Session, rows: builtins.list[DraftRow]) -> builtins.list[DraftView]:
        """Views of many rows with two extra queries in all (decisions, newer versions)."""
        ids = [r.id for r in rows]
        if not ids:
            return []
        decisions = {d.draft_id: d for d in s.scalars(select(Decision).where(Decision.draft_id.in_(ids)))}
        children = dict(s.execute(select(DraftRow.parent_id, DraftRow.id).where(DraftRow.parent_id.in_(ids))).tuples().all())
        queue = {j.draft_id: j for j in s.scalars(select(DraftJob).where(DraftJob.draft_id.in_(ids)))}
        return [to_view(r, decisions.get(r.id), superseded_by=children.get(r.id), job=queue.get(r.id)) for r in rows]

    def _by_idempotency_key(self, tenant: str, key: str) -> DraftView | None:
        with self.s.db.session() as s:
            row = s.scalars(select(DraftRow).where(DraftRow.tenant == tenant, DraftRow.idempotency_key == key)).first()
            return self._view(s, row) if row is not None else None

    def _require_customer(self, s: Session, tenant: str, customer_id: str) -> None:
        if s.get(Customer, (tenant, customer_id)) is None:
            raise NotFound(f"customer {customer_id!r} not found; ingest it first (drafter ingest --tenant {tenant}) or check the id")


# ---------------------------------------------------------------- helpers


def conflict_message(row: DraftRow, to: str) -> str:
    verb = {"approved": "approve", "rejected": "reject", "superseded": "regenerate", "queued": "retry", "drafting": "draft", "pending_review": "finish", "failed": "fail"}.get(to, to)
    why = {
        "approved": "it was approved already",
        "rejected": "it was rejected already; regenerate it for a new version",
        "superseded": "it was superseded by a newer version; work on that one",
        "queued": "it is queued and not drafted yet",
        "drafting": "it is being drafted right now",
        "failed": "drafting it failed; retry it first",
        "pending_review": "it is waiting for review, not failed",
    }.get(row.status, f"it is {row.status}")
    return f"cannot {verb} draft {row.id}: {why} (status {row.status})"


def _scoring_context(s: Session, tenant: str, customer_id: str, language: str, agent: str | None) -> dict[str, Any]:
    customer = s.get(Customer, (tenant, customer_id))
    brand_row = s.get(TenantConfig, (tenant, "brand"))
    brand = brand_row.data if brand_row is not None else {}
    signer = agent or (brand.get("agent_by_language") or {}).get(language) or brand.get("agent_name", "")
    return {"customer": {"name": customer.name if customer else ""}, "agent": {"name": signer, "brand": brand.get("name", "")}}


def as_utc(ts: datetime) -> datetime:
    """SQLite hands timestamps back without their zone; they were written in UTC."""
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts


def event_dict(e: DraftEvent) -> dict[str, Any]:
    key_id, _, agent = e.actor.partition("|")
    return {
        "id": e.id, "at": as_utc(e.at).isoformat(), "actor": e.actor, "key_id": key_id if key_id.startswith("k_") else None,
        "agent": agent or None, "kind": e.kind, "before": e.before, "after": e.after,
    }


def decision_out(d: Decision, actions: list[DraftAction]) -> DecisionOut:
    return DecisionOut(
        kind=d.kind,
        at=as_utc(d.at), actor=str(Actor(d.key_id or "unknown", d.agent)), key_id=d.key_id, agent=d.agent,
        text=d.final_text, edited=d.edited, diff=d.diff, edit_distance=d.edit_distance, edit_ratio=d.edit_ratio,
        evaluation=EvalResult.model_validate(d.evaluation) if d.evaluation else None, blocking_failures=list(d.blocking_failures or []),
        override_reason=d.override_reason, reason=d.reason, actions=actions if d.kind == "approved" else [],
    )


def to_view(row: DraftRow, decision: Decision | None = None, *, superseded_by: str | None = None, job: DraftJob | None = None) -> DraftView:
    r = row.result or {}
    ev = r.get("evaluation")
    analysis = r.get("analysis") or {}
    actions = [DraftAction.model_validate(x) for x in r.get("actions", [])]
    return DraftView(
        id=row.id, status=row.status,
        reply=row.reply, language=row.language, intent=row.intent,
        sources=[SourceRef.model_validate(x) for x in r.get("sources", [])], actions=actions,
        evaluation=EvalResult.model_validate(ev) if ev else None,
        model=row.model, usage=Usage.model_validate(r.get("usage") or {}), latency_ms=row.latency_ms,
        created_at=as_utc(row.created_at), tenant=row.tenant, customer_id=row.customer_id, ticket_id=row.ticket_id, channel=row.channel,
        sentiment=analysis.get("sentiment"), urgency=analysis.get("urgency"),
        plan=r.get("plan"), prompt_version=row.prompt_version, planner=r.get("planner", ""), revisions=r.get("revisions", 0),
        error=row.error, notes=r.get("notes", []),
        version=row.version, parent_id=row.parent_id, superseded_by=superseded_by, instructions=row.request.get("instructions"),
        priority=Priority.model_validate(r["priority"]) if r.get("priority") else Priority(score=row.priority),
        decision=decision_out(decision, actions) if decision is not None else None,
        job=jobs.progress(job) if job is not None else None,
    )


def to_draft(row: DraftRow) -> Draft:
    """The contract's draft object (kept for callers of the skeleton's name)."""
    return to_view(row)
