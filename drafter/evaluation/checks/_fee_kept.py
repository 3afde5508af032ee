"""The fee the policy keeps, given as the money paid back.

"بعد خصم رسوم الإلغاء، وهيرجع لكم مبلغ 1500 جنيه" where the sources say "عربون
مدفوع 5,000 جنيه" and "يُرد العربون بعد خصم رسوم إلغاء قدرها 1,500 جنيه": 1,500 is
stated, so a value check passes it, yet it is the fee taken off, not what comes back
(3,500). The reply must say in the same sentence that something is taken off and that
money comes back, and the sources must state a larger amount in the same currency, so
that the fee is a part of what was paid.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import Mention, extract, fold
from ._backing import _cents

# "after deducting", "less the fee", "kesinti", "düşülerek", "بعد خصم"
_TAKEN_OFF = re.compile(
    r"\b(?:after (?:deducting|taking off|the)|less (?:the|our|a)|minus|deduct\w*|net of)\b"
    r"|\b(?:kesinti|kesil\w*|dusul\w*|dusulerek|dusuldukten|dusup)\b"
    r"|خصم|بعد استقطاع|بعد اقتطاع"
)
# money coming back: "refund", "iade", "يُرد", "هيرجع لكم", "ستسترد"
_BACK = re.compile(
    r"\b(?:refund\w*|repa\w*|get back|paid back|back to your)\b|\biade\w*|\bgeri (?:ode|al|don)\w*"
    r"|يرد|يُرد|نرد|سيرد|ترد|استرداد|ستسترد|تسترد|يرجع|هيرجع|سيرجع|يعود|سيعود|نعيد|أعدت|اعدت|رددت"
)
# a fee word just before a source's amount: "رسوم إلغاء قدرها 1,500", "a £25 cancellation fee"
_FEE = re.compile(r"\b(?:fee|charge|penalty)\b|\b(?:ucret\w*|kesinti\w*|ceza\w*)\b|رسوم|رسم|غرام")


@lru_cache(maxsize=2048)
def _fees_and_sums(text: str) -> tuple[frozenset[tuple[int, str]], frozenset[tuple[int, str]]]:
    """(the amounts a passage names as a fee, every amount it states), in cents and unit."""
    folded = fold(text)
    fees: set[tuple[int, str]] = set()
    every: set[tuple[int, str]] = set()
    for m in extract(text):
        if m.kind != "amount" or m.is_range:
            continue
        key = (_cents(m.lo), m.unit)
        every.add(key)
        if _FEE.search(folded[max(0, m.start - 30) : m.start]) or _FEE.match(
            folded[m.end : m.end + 25].lstrip()
        ):
            fees.add(key)
    return frozenset(fees), frozenset(every)


def fee_given_back(sentence: str, m: Mention, sources: list[str]) -> str | None:
    """Why amount `m`, in `sentence` (the reply's words around it), is the kept fee."""
    if m.kind != "amount" or m.is_range:
        return None
    folded = fold(sentence)
    if not _TAKEN_OFF.search(folded):
        return None
    at = sentence.find(m.text)
    if at < 0:
        return None
    # (within its own clause: "بعد خصم رسوم الإلغاء، وهيرجع لكم مبلغ 1500")
    before = re.split(r"[,،;:]", folded[max(0, at - 30) : at])[-1]
    after = folded[at + len(m.text) : at + len(m.text) + 25]
    # named as the fee ("a £25 administration fee", "رسوم الشحن البالغة 25 ريالاً"): the
    # reply says what it is; the figure must be what comes back ("وهيرجع لكم مبلغ 1500")
    if (
        _FEE.search(before)
        or _FEE.match(after.lstrip())
        or not (_BACK.search(before) or _BACK.search(after))
    ):
        return None
    key = (_cents(m.lo), m.unit)
    fees: set[tuple[int, str]] = set()
    every: set[tuple[int, str]] = set()
    for text in sources:
        f, e = _fees_and_sums(text)
        fees |= f
        every |= e
    if key not in fees or not any(
        u == m.unit and c > key[0] and (c, u) not in fees for c, u in every
    ):
        return None
    # the fee said as the fee ("the £25 fee is deducted, and £95 comes back") is the working
    others = [
        x for x in extract(sentence) if x.kind == "amount" and (_cents(x.lo), x.unit) != key
    ]
    if others:
        return None
    return "the sources give this figure as the fee that is taken off, not as what is paid back"
