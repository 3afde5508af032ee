"""R9 follow_up (advisory): the reply closes by checking the problem is solved or by
offering further help ("Is there anything else I can do for you?")."""

from __future__ import annotations

import re

from ...schemas import CheckResult
from ...text import Sentence
from ..base import EvalContext, check
from ..similarity import CLOSING, is_good, judge
from ._shared import Hit, analyse, failed, no_pack, normalize, passed, search
from .upsell import pitches

NAME = "follow_up"
# a question put to the customer: second person, or a Turkish question particle, or Arabic "you"
_ASKS_THEM = re.compile(
    r"\b(?:you|your|yours)\b|\bm[iu](?:s[iu]n[iu]z|s[iu]n|y[iu]z)?\b|\w+(?:iniz|niz|inizi|inizin|sunuz|siniz)\b"
    r"|\w+(?:ك|كم|كي)(?!\w)|(?<!\w)(?:تريد|تريدين|تفضل|تفضلين|تحب|تحبين|تبي|تبين|تبغى)(?!\w)"
    # whether the arrangement suits: "الاثنين مناسب لعمر؟", "Does Thursday still work?"
    r"|(?<!\w)[وف]?(?:مناسب\w*|يناسب\w*|تناسب\w*|ينفع|تنفع)(?!\w)|\b(?:work|works|suit|suits)\b"
)


@check(NAME, rubric="R9", severity="advisory", needs_model=True)
def follow_up(ctx: EvalContext) -> CheckResult:
    reply = analyse(ctx)
    pack = reply.pack
    if pack is None:
        return no_pack(NAME, ctx)
    closing = reply.body[-CLOSING:]
    for sent in reversed(closing):
        if search(ctx, pack.follow_up, sent) is not None and not _pitched(ctx, sent):
            return passed(NAME, "closes with a follow-up", Hit(sent.text, sent.start, sent.end))
    last = reply.body[-1] if reply.body else None
    if last is not None and last.text.rstrip().endswith(("?", "؟")) and _ASKS_THEM.search(normalize(last.text, pack.lang)):
        # "Would either of those times work for him?", "Bakiyen doğru gözüküyor mu, bi bakar mısın?":
        # the last word handed to the customer, about their problem
        return passed(NAME, "closes by asking the customer", Hit(last.text, last.start, last.end))
    for sent in reversed(closing):
        if is_good(judge(ctx, NAME, sent), NAME) and not _pitched(ctx, sent):
            return passed(NAME, "closes with a follow-up", Hit(sent.text, sent.start, sent.end))
    return failed(
        NAME,
        "no follow-up: the reply doesn't close by checking the problem is solved or offering more help",
        f'close with a check-in, e.g. "{pack.examples.get("follow_up", "")}"',
    )


def _pitched(ctx: EvalContext, sent: Sentence) -> bool:
    """An offer to move the leaving customer to another plan "if you reply here" is
    no_upsell's finding, not a check that the problem is solved."""
    return any(sent.start <= p.start < sent.end for p in pitches(ctx))
