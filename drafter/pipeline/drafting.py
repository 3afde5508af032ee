"""The drafting pipeline, end to end for one message (no persistence here)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..customers import CustomerView, load_customer
from ..embeddings import get_embedder
from ..evaluation.base import Evaluator
from ..llm.base import ChatModel, ChatResponse
from ..schemas import DraftAction, EvalResult, ScoringInput, Source, SourceRef, Usage
from ..settings import Settings
from ..store.db import Database
from ..store.vectors import VectorStore
from ..text import first_name, normalize, split_sentences
from .analyse import Analysis, analyse
from .compose import compose_body, compose_frame, load_phrases
from .plan import ReplyPlan, llm_plan, rules_plan
from .tenant import TenantKnowledge, load_tenant
from .writer import translate, write_body, write_full

PROMPT_VERSION = "plan.v1+write.v1+phrases.v1"


@dataclass
class DraftOutcome:
    reply: str
    language: str
    intent: str
    analysis: Analysis
    plan: ReplyPlan
    sources: list[SourceRef]
    actions: list[DraftAction]
    evaluation: EvalResult
    model: str
    usage: Usage
    latency_ms: int
    planner: str
    writer: str
    revisions: int
    prompt_version: str = PROMPT_VERSION
    notes: list[str] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)  # evaluation of each round


class DraftPipeline:
    def __init__(self, settings: Settings, db: Database, vectors: VectorStore, model: ChatModel | None, evaluator: Evaluator) -> None:
        self.settings = settings
        self.db = db
        self.vectors = vectors
        self.model = model
        self.evaluator = evaluator

    def _planner(self) -> str:
        if self.model is None:
            return "rules"
        if self.settings.planner != "auto":
            return self.settings.planner
        return "rules" if self.settings.uses_embedded_model else "llm"

    def describe(self) -> str:
        """Which planner and writer drafts use, in words (CLI and health output)."""
        with_phrasing, without = self._writer(True), self._writer(False)
        writer = with_phrasing if with_phrasing == without else f"{with_phrasing} (shipped phrasing), {without} (other languages)"
        return f"planner {self._planner()}, writer {writer}"

    def _writer(self, has_phrasing: bool) -> str:
        if self.model is None:
            return "compose"
        if self.settings.writer != "auto":
            return self.settings.writer
        # Measured: for en/tr/ar the embedded model writes worse than the shipped phrasing;
        # for a language we ship no phrasing for, it is the only way to answer in it.
        if self.settings.uses_embedded_model:
            return "compose" if has_phrasing else "llm"
        return "llm"

    async def _write_unshipped_language(
        self, language: str, plan: ReplyPlan, customer: CustomerView, summary: str, sources: list[SourceRef], tone: str,
        agent: str, kb: TenantKnowledge, message: str, feedback: str, usage: Usage,
    ) -> str:
        """A reply in a language drafter ships no phrasing for.

        A hosted model writes it whole from the plan. The embedded model writes poorly
        but translates well (measured), so the reply is composed in English from the plan
        and translated; the signature (names) is never sent through the model.
        """
        assert self.model is not None
        if not self.settings.uses_embedded_model:
            text, resp = await write_full(
                self.model, language=language, first_name=first_name(customer.name) or customer.name, message=message,
                customer_summary=summary, plan=plan, facts=[s.text for s in sources], tone=tone, agent=agent,
                brand=kb.brand.name, instructions=feedback,
            )
            _add_usage(usage, resp)
            return text + "\n\n" + _signature(kb, agent)
        en = load_phrases("en")
        assert en is not None
        english = compose_frame(body=compose_body(plan, ph=en, plan_name=asked_product(customer.plan, message)), customer_name=customer.name, agent="", brand=kb.brand.model_copy(update={"name": ""}), language="en", ph=en)
        text, resp = await translate(self.model, language=language, text=english.strip())
        _add_usage(usage, resp)
        return text + "\n" + _signature(kb, agent)

    def _prepare(self, tenant: str, customer_id: str, message: str, language: str | None, today: date) -> tuple[TenantKnowledge, CustomerView, Analysis]:
        """The tenant's knowledge, the customer, and the analysis of the message."""
        kb = load_tenant(self.db, tenant, get_embedder(self.settings.embedding_model))
        customer = load_customer(self.db, tenant, customer_id)
        an = analyse(message, customer_language=customer.language, topics=kb.topic_index, language=language, repeat_topics=customer.repeat_topics(), recent_topics=customer.recent_topics(today))
        return kb, customer, an

    async def run(
        self, *, tenant: str, customer_id: str, message: str, agent_name: str | None = None, language: str | None = None,
        instructions: str | None = None,
    ) -> DraftOutcome:
        started = time.perf_counter()
        usage = Usage()
        notes: list[str] = []
        today = self.settings.today_date()
        # The synchronous part before the first model call (SQL, embedding the message)
        # runs in a thread, so the event loop keeps serving other drafts meanwhile.
        kb, customer, an = await asyncio.to_thread(self._prepare, tenant, customer_id, message, language, today)
        phrases = load_phrases(an.language)
        if phrases is None:
            notes.append(f"no shipped phrasing for language {an.language!r}")

        # retrieve
        # Both searches at once, in threads: Chroma's Rust search lets go of the GIL for
        # part of its time, and the event loop keeps serving other drafts' model calls.
        policy_hits, past = await asyncio.gather(
            asyncio.to_thread(self.vectors.query, "policies", tenant, message, k=self.settings.retrieval_k),
            asyncio.to_thread(self.vectors.query, "interactions", tenant, message, k=3, where={"customer_id": customer.id}),
        )
        summary = customer.summary(today, topic=an.topic)
        if past:
            summary += "\nRelated past interactions:\n" + "\n".join(f"- {h.metadata.get('date', '')} {h.text}" for h in past if h.score > 0.2)

        # plan
        planner = self._planner()
        currency = kb.authority.currency or kb.brand.currency
        if planner == "llm" and self.model is not None:
            plan, resp = await llm_plan(
                self.model, message=message, intent_guess=an.intent, topic=an.topic, customer=customer, customer_summary=summary,
                authority=kb.authority, policies=[(h.id, h.text) for h in policy_hits], today=today, currency=currency,
            )
            _add_usage(usage, resp)
        else:
            plan = rules_plan(intent=an.intent, topic=an.topic, customer=customer, authority=kb.authority, today=today, currency=currency)

        sources = _sources(plan, policy_hits, kb, customer)
        agent = agent_name or _agent_for(kb, an.language)
        writer = self._writer(phrases is not None)
        if phrases is None and writer != "llm":
            notes.append(f"wrote in English: no phrasing for {an.language!r} and no model to write it; the agent should translate")
        frame_ph = phrases or load_phrases("en")
        assert frame_ph is not None
        tone = "; ".join(kb.brand.tone) if isinstance(kb.brand.tone, list) else str(kb.brand.tone)

        async def write(feedback: str, previous: EvalResult | None) -> str:
            if writer == "llm" and self.model is not None and phrases is None:
                return await self._write_unshipped_language(an.language, plan, customer, summary, sources, tone, agent, kb, message, feedback, usage)
            if writer == "llm" and self.model is not None:
                body, resp = await write_body(
                    self.model, language=an.language, message=message, customer_summary=summary, plan=plan,
                    facts=[s.text for s in sources], tone=tone, agent=agent, brand=kb.brand.name, instructions=feedback,
                )
                _add_usage(usage, resp)
            else:
                body = compose_body(plan, ph=frame_ph, plan_name=asked_product(customer.plan, message))
                if previous is not None:
                    body = _drop_failing(body, previous)
            language = an.language if phrases is not None else "en"
            return compose_frame(body=body, customer_name=customer.name, agent=agent, brand=kb.brand, language=language, ph=frame_ph)

        # write -> evaluate -> revise (bounded)
        instructions_text = instructions or ""
        best: tuple[int, str, EvalResult] | None = None
        history: list[dict[str, Any]] = []
        rounds = 0
        for rounds in range(self.settings.max_revisions + 1):
            reply = await write(instructions_text, best[2] if best else None)
            evaluation = self.evaluator.evaluate(
                ScoringInput(
                    id="draft", language=an.language, intent=plan.intent,
                    customer={"name": customer.name}, agent={"name": agent, "brand": kb.brand.name},
                    message=message, sources=[Source(id=s.id, text=s.text, title=s.title) for s in sources], draft=reply,
                )
            )
            history.append({"round": rounds, "passed": evaluation.passed, "blocking_failures": evaluation.blocking_failures})
            score = len(evaluation.blocking_failures)
            if best is None or score < best[0]:
                best = (score, reply, evaluation)
            if evaluation.passed:
                break
            instructions_text = (instructions or "") + "\nFix these problems found in your previous draft:\n" + "\n".join(
                f"- {c.name}: {c.explanation} {c.suggestion}" for c in evaluation.checks if not c.passed
            )
        assert best is not None
        _, reply, evaluation = best
        return DraftOutcome(
            reply=reply, language=an.language, intent=plan.intent, analysis=an, plan=plan, sources=sources,
            actions=[_draft_action(a) for a in plan.actions], evaluation=evaluation,
            model=self.model.name if self.model is not None and (planner == "llm" or writer == "llm") else "rules+compose",
            usage=usage, latency_ms=int((time.perf_counter() - started) * 1000), planner=planner, writer=writer,
            revisions=rounds, notes=notes + plan.notes, history=history,
        )


def asked_product(plan: str | None, message: str) -> str | None:
    """The part of a bundle the customer named ("cancel TV Max" on "Fibre 500 + TV Max"),
    else the whole plan: cancelling more than was asked is worse than asking."""
    if not plan:
        return None
    parts = [p.strip() for p in plan.replace("&", "+").split("+") if p.strip()]
    said = normalize(message)
    named = [p for p in parts if normalize(p) in said]
    return " + ".join(named) if named and len(named) < len(parts) else plan


def _signature(kb: TenantKnowledge, agent: str) -> str:
    return "\n".join(x for x in (agent, kb.brand.name) if x)


def _add_usage(usage: Usage, resp: ChatResponse) -> None:
    usage.prompt_tokens += resp.prompt_tokens
    usage.completion_tokens += resp.completion_tokens
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens
    usage.calls += 1
    if resp.cost_usd is not None:
        usage.cost_usd = (usage.cost_usd or 0.0) + resp.cost_usd


def _agent_for(kb: TenantKnowledge, language: str) -> str:
    by_lang = getattr(kb.brand, "agent_by_language", None) or {}
    return str(by_lang.get(language) or kb.brand.agent_name)


def _timeline_text(t: Any) -> str:
    if t is None:
        return ""
    if t.unit == "invoices":
        return f" {t.what or 'It happens'} on the next invoice."
    if not t.max and not t.min:
        return f" {t.what or 'It happens'} the same day."
    unit = str(t.unit).replace("_", " ")
    span = f"{t.min:g}-{t.max:g}" if t.min and t.max and t.min != t.max else f"{(t.max or t.min):g}"
    return f" {t.what or 'It happens'} within {span} {unit}."


def _sources(plan: ReplyPlan, hits: list[Any], kb: TenantKnowledge, customer: CustomerView) -> list[SourceRef]:
    out: dict[str, SourceRef] = {}
    # What the agent is authorised to do backs a commitment as much as a policy does (R7).
    for a in plan.actions:
        money = f" Amount: {a.amount:.2f} {a.currency or ''}." if a.amount is not None else ""
        out[f"authority/{a.id}"] = SourceRef(
            id=f"authority/{a.id}", title="What the agent may do", text=f"{a.description}{money}{_timeline_text(a.timeline)}"
        )
    cited = [sid for a in plan.actions for sid in a.source_ids]
    for sid in cited:
        if sid in kb.sections:
            sec = kb.sections[sid]
            out[sid] = SourceRef(id=sid, title=f"{sec.policy_title} — {sec.title}", text=sec.text)
    for h in hits:
        if h.id not in out:
            out[h.id] = SourceRef(id=h.id, title=str(h.metadata.get("title", "")), text=h.text.split("\n", 1)[-1])
    for f in customer.facts(plan.topic):
        out.setdefault(f.id, SourceRef(id=f.id, title=f.title, text=f.text))
    return list(out.values())


def _draft_action(a: Any) -> DraftAction:
    money = f" {a.amount:.2f} {a.currency or ''}".rstrip() if a.amount is not None else ""
    policy = next((s for s in a.source_ids if s.startswith("policy/")), None)
    return DraftAction(kind=a.kind, description=f"{a.kind.replace('_', ' ')}{money}: {a.description}", amount=a.amount, currency=a.currency, source_id=policy)


def _drop_failing(body: list[str], evaluation: EvalResult) -> list[str]:
    """Composition revision: remove sentences that hold a blocking check's evidence."""
    bad = [c.evidence for c in evaluation.checks if not c.passed and c.severity == "blocking" and c.evidence]
    if not bad:
        return body
    out = []
    for para in body:
        kept = [s.text for s in split_sentences(para) if not any(e in s.text or s.text in e for e in bad)]
        if kept:
            out.append(" ".join(kept))
    return out
