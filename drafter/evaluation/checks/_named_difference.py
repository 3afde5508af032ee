"""An amount called "the difference" that is not the difference of the figures in play.

"I was quoted £180 … invoice HR-7723 came to £265" and a reply "I've refunded the
difference of £95": the overcharge is 85. A value check passes 95, since it is the
difference of two other source amounts (180 less the 85 of extra work), but the reply
names it as the gap between the figures the customer and the reply talk about.

Read only where the customer's message names at least two amounts (the figures
disputed). The figures in play are those and the reply's other amounts, in the
difference's currency: a named difference that is no gap between any two of them (or such
a gap times a count up to twelve), and no amount a source or the message states, is
flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from ..numbers import Mention, extract

# "the difference of £95", "£95 difference", "aradaki 95 TL fark", "الفرق البالغ 95 ريالاً"
_BEFORE = re.compile(
    r"\b(?:the |a )?(?:price |fare |cost )?difference(?: of| between them,?| in price,?)?\s*$"
    r"|\bfark\w*\s*(?:olan\s*|olarak\s*)?$|(?:الفرق|فرق|فارق|الفارق)\s*(?:البالغ\S*|وقدره|وهو|بقيمه)?\s*$"
)
_AFTER = re.compile(r"^\s*(?:price |in )?difference\b|^\s*(?:tutarindaki |tutarinda |lik |luk )?fark\w*")


_DIFFERENCE_WORD = re.compile(r"differ|fark|فرق|فارق")


def names_a_difference(folded: str) -> bool:
    """Whether a (folded) reply names a difference at all (a gate before each amount is read)."""
    return _DIFFERENCE_WORD.search(folded) is not None


def _named_as_difference(folded: str, m: Mention) -> bool:
    return bool(_BEFORE.search(folded[max(0, m.start - 32) : m.start]) or _AFTER.match(folded[m.end : m.end + 24]))


def misnamed_difference(
    folded: str, m: Mention, mentions: Sequence[Mention], sources: Sequence[str], message: str
) -> str | None:
    """Why amount `m` of the reply is called a difference it is not, if it is."""
    if m.kind != "amount" or m.is_range or not _named_as_difference(folded, m):
        return None
    stated = {round(x.lo, 2) for t in sources for x in extract(t) if x.kind == "amount"}
    if round(m.lo, 2) in stated:
        return None
    asked = {round(x.lo, 2) for x in extract(message) if x.kind == "amount" and not x.is_range and x.unit in (m.unit, "")}
    if len(asked) < 2 or round(m.lo, 2) in asked:
        return None  # (the gap the customer names is theirs to name)
    in_play = asked | {
        round(x.lo, 2) for x in mentions if x is not m and x.kind == "amount" and not x.is_range and x.unit in (m.unit, "")
    }
    gaps = {round(abs(a - b), 2) for a, b in combinations(in_play, 2)}
    # (a gap a unit, over every unit: "€20.00 too much each time … the €40.00 difference")
    if any(abs(m.lo - g * n) < 0.005 for g in gaps for n in range(1, 13)):
        return None
    return "it is called the difference, but it is no difference between the amounts named here"
