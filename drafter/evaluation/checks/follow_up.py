"""R9 follow_up (advisory): the reply closes by checking the problem is solved or by
offering further help ("Is there anything else I can do for you?")."""

from __future__ import annotations

from ...schemas import CheckResult
from ..base import EvalContext, check
from ..similarity import CLOSING, is_good, judge
from ._shared import Hit, analyse, failed, no_pack, passed, search

NAME = "follow_up"


@check(NAME, rubric="R9", severity="advisory", needs_model=True)
def follow_up(ctx: EvalContext) -> CheckResult:
    reply = analyse(ctx)
    pack = reply.pack
    if pack is None:
        return no_pack(NAME, ctx)
    closing = reply.body[-CLOSING:]
    for sent in reversed(closing):
        if search(ctx, pack.follow_up, sent) is not None:
            return passed(NAME, "closes with a follow-up", Hit(sent.text, sent.start, sent.end))
    for sent in reversed(closing):
        if is_good(judge(ctx, NAME, sent), NAME):
            return passed(NAME, "closes with a follow-up", Hit(sent.text, sent.start, sent.end))
    return failed(
        NAME,
        "no follow-up: the reply doesn't close by checking the problem is solved or offering more help",
        f'close with a check-in, e.g. "{pack.examples.get("follow_up", "")}"',
    )
