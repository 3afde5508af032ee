"""R6 next_step (advisory): the reply says what happens next and when.

Concrete = a sentence that commits to (or reports) an action *and* names a time: a
date, a weekday, a clock time, a duration ("within 5 business days"), "today",
"straight away". Vague assurance ("someone will look into it", "kısa sürede
çözülebilir", "سنعود إليك") without a time fails.
"""

from __future__ import annotations

from ...schemas import CheckResult
from ..base import EvalContext, check
from ..similarity import is_bad, judge
from ._shared import Hit, analyse, failed, no_pack, not_applicable, passed, quote, search, sentence_hit

NAME = "next_step"


@check(NAME, rubric="R6", severity="advisory", needs_model=True)
def next_step(ctx: EvalContext) -> CheckResult:
    reply = analyse(ctx)
    pack = reply.pack
    if pack is None:
        return no_pack(NAME, ctx)
    if ctx.case.intent == "praise":
        return not_applicable(NAME, "not applicable: nothing to do next after praise")
    vague: list[Hit] = []
    for sent in reply.body:
        when = search(ctx, pack.when, sent)
        if when is not None and search(ctx, pack.commitment, sent) is not None:
            return passed(NAME, "says what happens next and when", Hit(sent.text, sent.start, sent.end))
        if when is None:
            hit = search(ctx, pack.vague, sent)
            if hit is None and is_bad(judge(ctx, NAME, sent), NAME):
                hit = sentence_hit(sent, "similar")
            if hit is not None:
                vague.append(hit)
    example = pack.examples.get("next_step", "")
    if vague:
        hit = vague[0]
        return failed(
            NAME,
            f'vague next step: "{quote(hit.text)}" promises something without saying what or when',
            f'say what happens next, who does it and when, e.g. "{example}"',
            hit,
        )
    return failed(
        NAME,
        "no concrete next step: the reply never says what happens next and when",
        f'add what happens next, who does it and when, e.g. "{example}"',
    )
