"""How to say it: write the reply from the plan with shipped, localised phrasing.

What can be made certain is composed from data — the greeting with the right name,
the apology for what went wrong, each action with its amount and timeline, the
follow-up line and the agent's signature — in the customer's language. A hosted model
may write the body instead (writer.py); the frame around it comes from here either way.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import PromptError
from ..knowledge import Brand, Timeline
from ..resources import prompts_dir
from ..text import first_name
from .plan import ReplyPlan


@lru_cache(maxsize=16)
def load_phrases(language: str, folder: Path | None = None) -> dict[str, Any] | None:
    path = (folder or prompts_dir()) / "phrases" / f"{language}.yaml"
    if not path.exists():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("language") != language:
        raise PromptError(f"{path}: not a phrase file for {language!r}")
    return data


def phrase_languages(folder: Path | None = None) -> list[str]:
    return sorted(p.stem for p in ((folder or prompts_dir()) / "phrases").glob("*.yaml"))


def fmt_amount(value: float, currency: str | None, ph: dict[str, Any]) -> str:
    text = f"{value:,.2f}"
    if ph.get("decimal") == ",":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{text} {currency}".strip() if currency else text


def fmt_date(iso: str, ph: dict[str, Any]) -> str:
    try:
        y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    except ValueError:
        return iso
    return str(ph["date"]).format(day=d, month=ph["months"][m - 1], year=y)


def fmt_span(t: Timeline, ph: dict[str, Any]) -> str | None:
    """'within 5-10 business days' / 'today' / 'on your next invoice', localised."""
    if t.unit == "invoices":
        return str(ph["span_next_invoice"])
    if t.max is None and t.min is None:
        return None
    lo, hi = t.min, t.max if t.max is not None else t.min
    if not hi:
        return str(ph["span_same_day"])

    def num(x: float) -> str:
        return str(int(x)) if float(x).is_integer() else str(x)

    rng = f"{num(lo)}{ph['range_sep']}{num(hi)}" if lo and hi and lo != hi else num(hi)
    forms = ph["units"].get(t.unit, ph["units"]["days"])
    unit = forms[0] if hi == 1 else forms[1]
    return str(ph["span"]).format(range=rng, unit=unit)


def sign_off(brand: Brand, language: str, agent: str) -> list[str]:
    lines = [brand.sign_off.get(language) or brand.sign_off.get("en") or "Best regards,", agent]
    if brand.name:
        lines.append(brand.name)
    return lines


def compose_frame(*, body: list[str], customer_name: str, agent: str, brand: Brand, language: str, ph: dict[str, Any]) -> str:
    """Greeting + body paragraphs + follow-up + signature."""
    greeting = str(ph["greeting"]).format(first_name=first_name(customer_name) or customer_name)
    paras = [greeting, *[b for b in body if b.strip()], str(ph["follow_up"])]
    return "\n\n".join(paras) + "\n\n" + "\n".join(sign_off(brand, language, agent))


def compose_body(plan: ReplyPlan, *, ph: dict[str, Any], plan_name: str | None) -> list[str]:
    """The paragraphs between greeting and follow-up, from the plan alone."""
    paras: list[str] = []
    opening = [ph["thanks"].get(plan.intent) or ph["thanks"]["default"]]
    if plan.apology_owed:
        opening.append(ph["apology"]["by_topic"].get(plan.topic or "", ph["apology"]["generic"]))
    paras.append(" ".join(opening))
    done: list[str] = []
    for a in plan.actions:
        sentence = _action_sentence(a.kind, a.amount, a.currency, a.reference, ph, plan_name)
        if not sentence:
            continue
        if a.timeline is not None and (span := fmt_span(a.timeline, ph)):
            sentence += " " + str(ph["timeline"].get(a.kind) or ph["timeline"]["default"]).format(span=span)
        elif a.kind == "credit":
            sentence += " " + str(ph["timeline"]["credit"])
        if sentence in done:
            continue
        done.append(sentence)
    if done:
        paras.append(" ".join(done))
    asks = [str(ph["ask"][k]) for k in plan.ask if k in ph["ask"]]
    if asks:
        paras.append(" ".join(asks))
    if plan.intent == "praise":
        paras.append(str(ph["praise_pass_on"]))
    elif not done and not asks:
        paras.append(str(ph["no_action"]))
    return paras


def _action_sentence(kind: str, amount: float | None, currency: str | None, reference: str | None, ph: dict[str, Any], plan_name: str | None) -> str:
    template = str(ph["actions"].get(kind) or "")
    if kind == "credit" and amount is None:
        template = str(ph["actions"].get("credit_pro_rata") or "")
    if not template:
        return ""
    money = fmt_amount(amount, currency, ph) if amount is not None else ""
    if money and reference:
        amount_of = str(ph["amount_of"]).format(amount=money, date=fmt_date(reference, ph))
    elif money:
        amount_of = str(ph["amount_of_nodate"]).format(amount=money)
    else:
        amount_of = str(ph["plan_ref_none"])
    return template.format(
        amount=money,
        amount_of=amount_of,
        amount_for=str(ph["amount_for"]).format(amount=money) if money else "",
        plan_ref=str(ph["plan_ref"]).format(plan=plan_name) if plan_name else str(ph["plan_ref_none"]),
    )
