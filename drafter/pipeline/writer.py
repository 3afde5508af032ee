"""The model writes the body of the reply from the plan (hosted models; optional)."""

from __future__ import annotations

from ..llm.base import ChatModel, ChatRequest, ChatResponse
from ..prompts import load_prompt
from .plan import ReplyPlan

LANGUAGE_NAMES = {
    "en": "English", "tr": "Turkish", "ar": "Arabic", "de": "German", "fr": "French", "es": "Spanish",
    "it": "Italian", "nl": "Dutch", "pt": "Portuguese", "id": "Indonesian", "ru": "Russian", "el": "Greek",
    "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai", "pl": "Polish",
}


def plan_text(plan: ReplyPlan) -> str:
    lines = [f"intent: {plan.intent}", f"apology owed: {'yes' if plan.apology_owed else 'no'}"]
    for a in plan.actions:
        money = f" {a.amount:.2f} {a.currency or ''}".rstrip() if a.amount is not None else ""
        when = ""
        if a.timeline and (a.timeline.max or a.timeline.min):
            lo, hi = a.timeline.min, a.timeline.max
            when = f"; {a.timeline.what or 'done'} within {lo:g}-{hi:g} {a.timeline.unit}" if lo and hi and lo != hi else f"; within {(hi or lo):g} {a.timeline.unit}"
        lines.append(f"action taken: {a.kind}{money} — {a.description}{when}")
    if plan.manager_exception:
        lines.append("a manager's exception is needed: say you have taken it to your manager yourself")
    for k in plan.ask:
        lines.append(f"ask the customer: {k.replace('_', ' ')}")
    if not plan.actions and plan.intent != "praise":
        lines.append("no action is allowed yet: say you are looking into it yourself")
    return "\n".join(lines)


async def translate(model: ChatModel, *, language: str, text: str) -> tuple[str, ChatResponse]:
    """Translate a composed English reply (the embedded model translates far better than it writes)."""
    messages = load_prompt("translate").render(language_name=LANGUAGE_NAMES.get(language, language), text=text)
    resp = await model.complete(ChatRequest(messages=messages, max_tokens=700, temperature=0.0, purpose="translate"))
    return resp.text.strip(), resp


async def write_full(
    model: ChatModel, *, language: str, first_name: str, message: str, customer_summary: str, plan: ReplyPlan,
    facts: list[str], tone: str, agent: str, brand: str, instructions: str = "",
) -> tuple[str, ChatResponse]:
    """Greeting, body and closing question, for a language drafter ships no phrasing for."""
    messages = load_prompt("write_full").render(
        language_name=LANGUAGE_NAMES.get(language, language), first_name=first_name, message=message,
        customer=customer_summary, plan=plan_text(plan), facts="\n".join(f"- {f}" for f in facts) or "- (none)",
        tone=tone, agent=agent, brand=brand, instructions=instructions,
    )
    resp = await model.complete(ChatRequest(messages=messages, max_tokens=600, temperature=0.3, purpose="write"))
    return resp.text.strip(), resp


async def write_body(
    model: ChatModel, *, language: str, message: str, customer_summary: str, plan: ReplyPlan, facts: list[str],
    tone: str, agent: str, brand: str, instructions: str = "",
) -> tuple[list[str], ChatResponse]:
    messages = load_prompt("write").render(
        language_name=LANGUAGE_NAMES.get(language, language),
        message=message,
        customer=customer_summary,
        plan=plan_text(plan),
        facts="\n".join(f"- {f}" for f in facts) or "- (none)",
        tone=tone,
        agent=agent,
        brand=brand,
        instructions=instructions,
    )
    resp = await model.complete(ChatRequest(messages=messages, max_tokens=500, temperature=0.3, purpose="write"))
    paras = [p.strip() for p in resp.text.strip().split("\n\n") if p.strip()]
    return paras, resp
