"""R8 no_upsell: no promotion, upgrade, retention pitch or unrelated offer to a customer
who is leaving or unhappy. Applies to every intent but `question` and `praise`.

Goodwill the agent has *given* (a credit for the outage) is not a pitch, and neither
is an offer that answers what the customer asked ("is there a cheaper plan?").
"""

from __future__ import annotations

import re

from ...schemas import CheckResult
from ..base import EvalContext, check
from ..similarity import is_bad, judge
from ._shared import (
    Hit,
    analyse,
    failed,
    first_rule,
    message_norm,
    no_pack,
    normalize,
    not_applicable,
    passed,
    quote,
    search,
    sentence_hit,
)

NAME = "no_upsell"
EXEMPT_INTENTS = frozenset({"question", "praise"})


# a price per period or per stay in the sentence: "our Junior Suite at 210.00 EUR a night"
_PRICED = re.compile(
    r"\d[\d.,]*\s?(?:eur|gbp|usd|aed|sar|tl|try|kwd|qar|€|£|\$|درهم\w*|ريال\w*|دينار\w*)?\s?"
    r"(?:a|per|/|each) (?:night|month|year|day|week)\b|\b(?:gecelik|aylik|aylık|yillik|yıllık) \d"
    r"|(?:شهريا|شهرياً|سنويا|سنوياً|لليلة|في الليلة|بالشهر|بالسنة)"
)


def pitches(ctx: EvalContext) -> list[Hit]:
    reply = analyse(ctx)
    pack = reply.pack
    found: list[Hit] = []
    if pack is None:
        return found
    asked = pack.offer_asked.search(message_norm(ctx)) is not None
    for sent in reply.body:
        hit = first_rule(ctx, pack.upsell, sent)
        if hit is None and is_bad(judge(ctx, NAME, sent), NAME):
            hit = sentence_hit(sent, "similar")
        if hit is None:
            continue
        if hit.kind != "retention" and (
            asked or (search(ctx, pack.compensation, sent) and not _PRICED.search(sent.text.lower()))
        ):
            continue  # goodwill given is not a pitch, unless the customer is to pay for it
        if hit.kind == "pitch" and _mentioned(ctx, hit):
            continue  # the customer's own plan or product, named in their message
        found.append(hit)
    return found


def _mentioned(ctx: EvalContext, hit: Hit) -> bool:
    message = message_norm(ctx)
    words = [w for w in normalize(hit.text, analyse(ctx).pack_lang).split() if len(w) > 3]
    return bool(words) and all(w in message for w in words)


@check(NAME, rubric="R8", severity="blocking", needs_model=True)
def no_upsell(ctx: EvalContext) -> CheckResult:
    intent = ctx.case.intent or ""
    if intent in EXEMPT_INTENTS:
        return not_applicable(NAME, f"not applicable: offers are fine in a {intent} reply")
    pack = analyse(ctx).pack
    if pack is None:
        return no_pack(NAME, ctx)
    found = pitches(ctx)
    if not found:
        return passed(NAME, "no sales pitch")
    hit = found[0]
    what = "retention pitch" if hit.kind == "retention" else "sales pitch"
    who = {"cancel": "a customer who is leaving"}.get(
        intent, f"a {intent.replace('_', ' ') or 'support'} reply"
    )
    return failed(
        NAME,
        f'{what}: "{quote(hit.text)}" pitches to {who}',
        f'drop the pitch and just do what was asked, e.g. "{pack.examples.get("no_upsell", "")}"',
        hit,
        details=[{"evidence": h.text, "span": [h.start, h.end], "kind": h.kind} for h in found],
    )
