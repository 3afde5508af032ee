"""What to say, before how to say it: a structured, checkable reply plan.

Two planners fill the same `ReplyPlan`:
- `rules_plan`: the tenant's authority rules x the customer's history (no model).
- `llm_plan`: the model chooses among the same candidate actions via a JSON schema;
  code, not the model, fills in every amount, date and timeline from data, so a plan
  can never promise what the knowledge doesn't back.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from ..customers import CustomerView
from ..knowledge import Authority, AuthorityAction, Timeline
from ..llm.base import ChatModel, ChatRequest, ChatResponse
from ..prompts import load_prompt
from ..schemas import AT_FAULT_INTENTS, INTENTS

# Topics where the company is at fault even when the intent alone doesn't say so.
AT_FAULT_TOPICS = frozenset({
    "technician_no_show", "outage", "double_charge", "cancelled_booking_invoice", "wrong_charge",
    "billing_error", "missed_appointment", "delivery_failed", "moving_service", "slow_speed",
})


class PlannedAction(BaseModel):
    id: str
    kind: str
    description: str
    amount: float | None = None
    currency: str | None = None
    reference: str | None = None  # e.g. the charge's date, an invoice number
    source_ids: list[str] = Field(default_factory=list)
    timeline: Timeline | None = None
    needs_manager: bool = False


class ReplyPlan(BaseModel):
    intent: str
    topic: str | None = None
    apology_owed: bool = False
    actions: list[PlannedAction] = Field(default_factory=list)
    ask: list[str] = Field(default_factory=list)  # what we still need from the customer
    manager_exception: bool = False
    notes: list[str] = Field(default_factory=list)  # why the planner decided so (for audit)
    planner: str = "rules"

    def next_timeline(self) -> Timeline | None:
        for a in self.actions:
            if a.timeline is not None:
                return a.timeline
        return None


def candidate_actions(authority: Authority, topic: str | None, intent: str) -> list[AuthorityAction]:
    if topic:
        found = [a for a in authority.actions if topic in a.topics]
        if found:
            return found
    return []


def _days_between(a: str, b: date) -> int | None:
    try:
        return (b - date.fromisoformat(a[:10])).days
    except ValueError:
        return None


def realise(action: AuthorityAction, customer: CustomerView, topic: str | None, today: date, currency: str) -> tuple[PlannedAction, str | None]:
    """Turn an allowed action into a concrete one with data; returns (action, why-not)."""
    sources = [action.policy] if action.policy else []
    amount: float | None = None
    cur: str | None = None
    reference = None
    why_not = None
    if action.amount_from == "last_charge":
        charge = customer.last_charge(topic)
        if charge is None:
            why_not = "no matching charge in the customer's history"
        else:
            amount, cur, reference = charge.amount, charge.currency or currency, charge.date
            sources.append(charge.source_id)
            if action.window_days is not None:
                age = _days_between(charge.date, today)
                if age is not None and age > action.window_days:
                    why_not = f"the charge of {charge.date} is {age} days old, beyond the {action.window_days}-day window"
    elif action.amount_from == "fixed" and action.fixed_amount is not None:
        amount, cur = action.fixed_amount, currency
    if amount is not None and action.max_amount is not None and amount > action.max_amount:
        why_not = f"{amount:.2f} is above the {action.max_amount:.2f} an agent may give"
    planned = PlannedAction(
        id=action.id, kind=action.kind, description=action.description, amount=amount, currency=cur,
        reference=reference, source_ids=sources, timeline=action.timeline, needs_manager=action.manager_exception,
    )
    return planned, why_not


def _escalation(authority: Authority, topic: str | None) -> AuthorityAction | None:
    """The escalation for this topic if the authority has one, else the general one."""
    escalations = [a for a in authority.actions if a.kind == "escalate"]
    for a in escalations:
        if topic and topic in a.topics:
            return a
    for a in escalations:
        if not a.topics or "escalation" in a.topics:
            return a
    return escalations[0] if escalations else None


MONEY_KINDS = frozenset({"refund", "credit", "waive_fee"})
# What to ask the customer when the topic needs a choice only they can make.
ASK_BY_TOPIC = {"delivery_signature": "delivery_preference", "appointment_change": "preferred_slot"}


def is_discretionary(action: AuthorityAction) -> bool:
    """A goodwill-style action: money up to a cap, with no rule that fixes the amount."""
    return action.kind in MONEY_KINDS and action.amount_from == "none" and action.max_amount is not None


def rules_plan(*, intent: str, topic: str | None, customer: CustomerView, authority: Authority, today: date, currency: str) -> ReplyPlan:
    plan = ReplyPlan(intent=intent, topic=topic, planner="rules")
    plan.apology_owed = intent in AT_FAULT_INTENTS or (topic in AT_FAULT_TOPICS and intent not in {"praise", "question"})
    repeat = topic is not None and topic in customer.repeat_topics()
    for action in candidate_actions(authority, topic, intent):
        if action.kind == "escalate":
            continue
        if is_discretionary(action):
            if not repeat:
                plan.notes.append(f"{action.id} available (up to {action.max_amount:.2f}) at the agent's discretion")
                continue
            action = action.model_copy(update={"amount_from": "fixed", "fixed_amount": action.max_amount})
            plan.notes.append(f"{action.id}: repeat complaint about {topic}, so the goodwill credit is offered")
        planned, why_not = realise(action, customer, topic, today, currency)
        if why_not:
            plan.notes.append(f"{action.id} not taken: {why_not}")
            plan.manager_exception = True
            continue
        if planned.needs_manager:
            plan.manager_exception = True
        plan.actions.append(planned)
    if plan.manager_exception and (esc := _escalation(authority, topic)) is not None:
        planned, _ = realise(esc, customer, topic, today, currency)
        plan.actions.append(planned)
    if topic in ASK_BY_TOPIC:
        plan.ask.append(ASK_BY_TOPIC[topic])
    elif intent == "reschedule" and not any(a.kind in {"reschedule", "dispatch"} for a in plan.actions):
        plan.ask.append("preferred_slot")
    return plan


PLAN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "intent": {"type": "string", "enum": list(INTENTS)},
        "apology_owed": {"type": "boolean"},
        "action_ids": {"type": "array", "items": {"type": "string"}},
        "manager_exception": {"type": "boolean"},
    },
    "required": ["intent", "apology_owed", "action_ids", "manager_exception"],
}


class _LLMPlan(BaseModel):
    intent: str
    apology_owed: bool
    action_ids: list[str] = Field(default_factory=list)
    manager_exception: bool = False


async def llm_plan(
    model: ChatModel, *, message: str, intent_guess: str, topic: str | None, customer: CustomerView, customer_summary: str,
    authority: Authority, policies: list[tuple[str, str]], today: date, currency: str,
) -> tuple[ReplyPlan, ChatResponse]:
    """The model decides intent, apology and which allowed actions to take."""
    candidates = candidate_actions(authority, topic, intent_guess) or authority.actions
    prompt = load_prompt("plan")
    messages = prompt.render(
        message=message,
        customer=customer_summary,
        policies="\n".join(f"[{pid}] {text}" for pid, text in policies),
        actions="\n".join(f"- {a.id}: {a.description} (policy {a.policy})" for a in candidates),
        intents=", ".join(INTENTS),
        today=today.isoformat(),
    )
    resp = await model.complete(ChatRequest(messages=messages, json_schema=PLAN_SCHEMA, max_tokens=200, temperature=0.0, purpose="plan"))
    try:
        raw = _LLMPlan.model_validate(json.loads(_json_part(resp.text)))
    except (ValidationError, ValueError):
        fallback = rules_plan(intent=intent_guess, topic=topic, customer=customer, authority=authority, today=today, currency=currency)
        fallback.notes.append("the model's plan was not valid JSON; used the rules planner")
        return fallback, resp
    intent = raw.intent if raw.intent in INTENTS else intent_guess
    plan = ReplyPlan(intent=intent, topic=topic, apology_owed=raw.apology_owed, planner="llm")
    by_id = {a.id: a for a in authority.actions}
    for aid in raw.action_ids:
        action = by_id.get(aid)
        if action is None:
            plan.notes.append(f"the model chose an unknown action {aid!r}; dropped")
            continue
        if action.kind == "escalate":
            plan.manager_exception = True
            continue
        planned, why_not = realise(action, customer, topic, today, currency)
        if why_not:
            plan.notes.append(f"{aid} not taken: {why_not}")
            plan.manager_exception = True
            continue
        plan.actions.append(planned)
    plan.manager_exception = plan.manager_exception or raw.manager_exception
    if plan.manager_exception and (esc := _escalation(authority, topic)) is not None:
        planned, _ = realise(esc, customer, topic, today, currency)
        plan.actions.append(planned)
    return plan, resp


def _json_part(text: str) -> str:
    start, end = text.find("{"), text.rfind("}")
    if start == -1 or end == -1:
        raise ValueError("no JSON object in the answer")
    return text[start : end + 1]
