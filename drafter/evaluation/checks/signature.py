"""R2 signature: signed with the agent's own name (first or full), never just a team."""

from __future__ import annotations

from ...schemas import CheckResult
from ..base import EvalContext, check
from ..langs import PACKS
from ._names import same_across_scripts
from ._shared import (
    Hit,
    analyse,
    failed,
    name_fold,
    normalize,
    not_applicable,
    passed,
    quote,
    words,
)
from .greeting import name_parts

NAME = "signature"


def _all_in(names: list[str], toks: list[str], across: bool = True) -> bool:
    # "Hind Al-Shehri" signing for هند الشهري
    return all(n in toks or (across and any(same_across_scripts(t, n) for t in toks)) for n in names)


@check(NAME, rubric="R2", severity="blocking")
def signature(ctx: EvalContext) -> CheckResult:
    agent = ctx.case.agent.name.strip()
    if not agent:
        return not_applicable(NAME, "not applicable: the agent's name is not known")
    reply = analyse(ctx)
    first, last = name_parts(agent)
    brand = ctx.case.agent.brand.strip()
    example = f"{agent}" + (f"\n{brand}" if brand else "")
    for line in reversed(reply.tail):
        toks = words(name_fold(line.text))
        # a sign-off is no name, whatever its letters: "Warm wishes," is not ريم
        across = reply.signoff is None or line.start != reply.signoff.start
        if _all_in(first, toks, across) or (last and _all_in(last, toks, across)):
            return passed(NAME, f"signed by {agent}", Hit(line.text, line.start, line.end))
    for line in reversed(reply.tail):
        if any(p.team_sign.search(normalize(line.text, p.lang)) for p in PACKS.values()):
            return failed(
                NAME,
                f'signed by a team, not a person: "{quote(line.text)}"',
                f"sign with your own name:\n{example}",
                Hit(line.text, line.start, line.end),
            )
    if reply.signature:
        line = reply.signature[-1]
        return failed(
            NAME,
            f'not signed by the agent: the reply ends with "{quote(line.text)}", not {agent}',
            f"sign with your own name:\n{example}",
            Hit(line.text, line.start, line.end),
        )
    return failed(
        NAME,
        f"unsigned: the reply ends without {agent}'s name",
        f"sign with your own name:\n{example}",
    )
