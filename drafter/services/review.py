"""An agent's decisions on a draft: approve (as written or edited), reject, regenerate.

Approving edited text re-runs the evaluation suite on the final text; if a blocking
check still fails, approval needs an `override_reason` (else 422 `override_required`),
which is stored with the decision. The approved text, a unified diff against the draft
and the character edit distance are stored; the draft's own reply is never overwritten.

Regeneration makes version N+1 of the same ticket's draft, linked by `parent_id`; a
draft still waiting for review (or failed) becomes `superseded`, a rejected one stays
rejected. Only one new version can be made from a draft.
"""

from __future__ import annotations

import difflib
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import IntegrityError

from ..errors import Conflict, InvalidInput
from ..schemas import INTENTS, Agent, EvalResult, Person, ScoringInput, Source
from ..store.tables import Decision, DraftEvent, DraftRow
from .container import Services
from .drafts import Actor, DraftService, DraftView, conflict_message


class OverrideRequired(InvalidInput):
    code = "override_required"


class ApproveRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(default=None, max_length=50_000, description="the final reply, when the agent edited it")
    override_reason: str | None = Field(default=None, max_length=2_000, description="why it may go out though a blocking check fails")
    agent: Agent | None = Field(default=None, description="the agent deciding, when the key is shared (e.g. a helpdesk plugin)")


class RejectRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=2_000)
    agent: Agent | None = None


class RegenerateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    instructions: str | None = Field(default=None, max_length=2_000, description='e.g. "shorter", "more formal"')
    agent: Agent | None = None


# ---------------------------------------------------------------- text comparison


def levenshtein(a: str, b: str) -> int:
    """Character edit distance (insertions, deletions, substitutions).

    Myers/Hyyrö bit-parallel algorithm on Python integers: one pass over `b` with
    `len(a)`-bit vectors, so a rewritten 3,000-character reply takes milliseconds.
    """
    if a == b:
        return 0
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start : len(a) - end], b[start : len(b) - end]
    if not a or not b:
        return len(a) + len(b)
    m = len(a)
    peq: dict[str, int] = {}
    for i, ch in enumerate(a):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = (mv | ~(xh | pv)) & mask
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv
    return score


def edit_ratio(a: str, b: str, distance: int | None = None) -> float:
    """Edit distance normalised to 0 (unchanged) .. 1 (nothing kept)."""
    longest = max(len(a), len(b))
    if longest == 0:
        return 0.0
    return round((levenshtein(a, b) if distance is None else distance) / longest, 4)


def unified_diff(draft: str, final: str) -> str:
    return "\n".join(difflib.unified_diff(draft.splitlines(), final.splitlines(), "draft", "approved", lineterm=""))


# ---------------------------------------------------------------- scoring input of a stored draft


def scoring_input(row: DraftRow, text: str) -> ScoringInput:
    """The contract's scoring input for `text` as a reply to this draft's message."""
    r = row.result or {}
    ctx = r.get("scoring") or {}
    req = row.request or {}
    message = f"{req['subject']}\n\n{req.get('message', '')}" if req.get("subject") else str(req.get("message", ""))
    return ScoringInput(
        id=row.id, language=row.language or "en",
        intent=row.intent if row.intent in INTENTS else None,
        customer=Person.model_validate(ctx.get("customer") or {}), agent=Agent.model_validate(ctx.get("agent") or {}),
        message=message, sources=[Source(id=s["id"], text=s.get("text", ""), title=s.get("title", "")) for s in r.get("sources", [])],
        draft=text,
    )


# ---------------------------------------------------------------- the service


class ReviewService:
    def __init__(self, services: Services) -> None:
        self.s = services
        self.drafts = DraftService(services)

    def approve(self, draft_id: str, req: ApproveRequest, *, tenant: str, actor: Actor) -> DraftView:
        with self.s.db.session() as s:
            row = self.drafts.row(s, draft_id, tenant)
            if row.status != "pending_review":
                raise Conflict(conflict_message(row, "approved"))
            drafted = row.reply
            final = drafted if req.text is None else req.text
            if not final.strip():
                raise InvalidInput("text is empty: send the reply to approve, or leave text out to approve the draft as written")
            edited = final != drafted
            stored = (row.result or {}).get("evaluation")
            # The suite runs on the text that will actually be sent.
            evaluation: EvalResult | None = (
                self.s.evaluator.evaluate(scoring_input(row, final)) if edited else (EvalResult.model_validate(stored) if stored else None)
            )
        blocking = list(evaluation.blocking_failures) if evaluation is not None else []
        override = (req.override_reason or "").strip() or None
        if blocking and override is None:
            assert evaluation is not None
            why = "; ".join(f"{c.name}: {c.explanation}".rstrip(": ") for c in evaluation.checks if c.name in blocking)
            raise OverrideRequired(
                f"blocking checks fail on the {'edited' if edited else 'drafted'} text ({why}); "
                "fix the text, or approve with an override_reason to send it anyway"
            )
        distance = levenshtein(drafted, final)
        ratio = edit_ratio(drafted, final, distance)
        diff = unified_diff(drafted, final) if edited else ""
        actor = _with_agent(actor, req.agent)
        with self.s.db.session() as s:
            self.drafts.transition(
                s, draft_id, tenant, "approved", actor=actor, kind="approved", allowed_from={"pending_review"},
                after={"edited": edited, "edit_distance": distance, "edit_ratio": ratio, "diff": diff,
                       "blocking_failures": blocking, "override_reason": override},
            )
            s.add(
                Decision(
                    draft_id=draft_id, tenant=tenant, kind="approved", key_id=actor.key_id, agent=actor.agent, final_text=final,
                    edited=edited, diff=diff, edit_distance=distance, edit_ratio=ratio,
                    evaluation=evaluation.model_dump(mode="json") if evaluation is not None else None,
                    blocking_failures=blocking, override_reason=override if blocking else None,
                )
            )
            _flush_decision(s, draft_id)
        return self.drafts.get(draft_id, tenant=tenant)

    def reject(self, draft_id: str, req: RejectRequest, *, tenant: str, actor: Actor) -> DraftView:
        reason = req.reason.strip()
        if not reason:
            raise InvalidInput("reason is empty: say why the draft is rejected")
        actor = _with_agent(actor, req.agent)
        with self.s.db.session() as s:
            self.drafts.transition(s, draft_id, tenant, "rejected", actor=actor, kind="rejected", allowed_from={"pending_review"}, after={"reason": reason})
            s.add(Decision(draft_id=draft_id, tenant=tenant, kind="rejected", key_id=actor.key_id, agent=actor.agent, reason=reason))
            _flush_decision(s, draft_id)
        return self.drafts.get(draft_id, tenant=tenant)

    async def regenerate(self, draft_id: str, req: RegenerateRequest, *, tenant: str, actor: Actor) -> DraftView:
        """Draft the same ticket again as a new, linked version, and return it."""
        actor = _with_agent(actor, req.agent)
        instructions = (req.instructions or "").strip() or None
        new_id = "d_" + uuid.uuid4().hex[:20]
        with self.s.db.session() as s:
            old = self.drafts.row(s, draft_id, tenant)
            if old.status not in {"pending_review", "rejected", "failed"}:
                raise Conflict(conflict_message(old, "superseded"))
            request: dict[str, Any] = {k: v for k, v in old.request.items() if k != "instructions"}
            if instructions:
                request["instructions"] = instructions
            version = old.version + 1
            if old.status != "rejected":
                self.drafts.transition(
                    s, draft_id, tenant, "superseded", actor=actor, kind="regenerated", allowed_from={old.status},
                    after={"superseded_by": new_id, "instructions": instructions},
                )
            s.add(
                DraftRow(
                    id=new_id, tenant=tenant, status="queued", customer_id=old.customer_id, ticket_id=old.ticket_id, channel=old.channel,
                    request=request, version=version, parent_id=draft_id,
                )
            )
            try:
                s.flush()
            except IntegrityError:
                s.rollback()
                raise Conflict(f"cannot regenerate draft {draft_id}: it was regenerated already; work on its newest version") from None
            s.add(DraftEvent(draft_id=new_id, tenant=tenant, actor=str(actor), kind="created",
                             after={"status": "queued", "version": version, "parent_id": draft_id, "instructions": instructions}))
            if old.status == "rejected":
                s.add(DraftEvent(draft_id=draft_id, tenant=tenant, actor=str(actor), kind="regenerated",
                                 before={"status": "rejected"}, after={"status": "rejected", "superseded_by": new_id, "instructions": instructions}))
        return await self.drafts.process(new_id, tenant=tenant)


def _with_agent(actor: Actor, agent: Agent | None) -> Actor:
    # A shared key (a helpdesk plugin) names the human who decided; the key stays the identity.
    return Actor(actor.id, agent.name) if agent is not None and agent.name.strip() else actor


def _flush_decision(s: Any, draft_id: str) -> None:
    try:
        s.flush()
    except IntegrityError:
        s.rollback()
        raise Conflict(f"draft {draft_id} has a decision already") from None
