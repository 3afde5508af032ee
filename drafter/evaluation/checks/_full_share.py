"""A refund called full where the policy pays back only a share.

"students may choose a free rebooking of that day or a refund of 50% of that day's share
of the course fee" and a reply that gives "the full £115 for the Sunday back": £115 is
the day's share (230 / 2), a value a check derives, yet the policy pays back half of it.
Where every clause of the sources that pays money back names a share under 100% and
none says "in full", a refund the reply calls full is more than the policy gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..numbers import extract, fold
from ._backing import concept_mentions

# the refund called full: "in full", "the full £115", "tamamı", "tam iade", "المبلغ كاملاً"
_FULL_REFUND = re.compile(
    r"\b(?:in full|full refund|the full (?:[£$€]\s?\d[\d.,]*|\d[\d.,]*|amount|price|cost|fee|sum|refund)|the whole (?:[£$€]\s?\d[\d.,]*|\d[\d.,]*|amount))"
    r"|\b(?:tamami\w*|tam iade\w*|tam olarak iade\w*)"
    r"|(?:المبلغ|القيمه|المبالغ|استرداد)\s+(?:\S+\s+)?(?:كامل\w*|بالكامل)|كامل (?:المبلغ|القيمه)"
)
_NOT_GIVEN = re.compile(
    r"\b(?:not|no|can't|cannot|isn't|unable|rather than|instead of|if|unless|asked|request\w*|manager|approv\w*)\b|n't\b"
    r"|\b(?:degil\w*|yerine|eger|tale[pb]\w*|onay\w*|\w+m[ai]yor\w*|\w+m[ae]z)\b"
    r"|(?<!\w)(?:لا|لن|لم|ليس|بدلا|اذا|إذا|لو|طلب\w*|مدير\w*|موافق\w*)(?!\w)"
)
_SENTENCE = re.compile(r"[^.!?؟\n]+")
_SOURCE_CLAUSE = re.compile(r"[^.!?؟\n;؛]+")
_ASKED = re.compile(r"\s*(?:request|tale[pb]|claim)")
_FULL_WORD = re.compile(r"\bin full\b|\bfull\b|\btam\b|\btamami\w*|كامل")
_CLAUSE_EDGE = re.compile(r"[,;:،؛]|\s(?:so|but|ama|fakat|لكن)\s")


@lru_cache(maxsize=2048)
def _share_only(sources: tuple[str, ...]) -> float | None:
    """The share under 100% every refund clause of the sources names, if they all do."""
    shares: set[float] = set()
    for text in sources:
        folded = fold(text)
        for clause in _SOURCE_CLAUSE.finditer(folded):
            s = clause.group()
            refunds = [x for x in concept_mentions(s, source=True) if "refund" in x[2]]
            if not refunds or all(_ASKED.match(s, e) for _, e, _ in refunds):
                continue  # ("iade talebi 22 Nisan": a request, not a refund)
            if _FULL_WORD.search(s):
                return None
            found = extract(text[clause.start() : clause.end()])
            pcts = [m.lo for m in found if m.kind == "percent" and not m.is_range]
            if not pcts and any(m.kind == "duration" for m in found) and not any(m.kind == "amount" for m in found):
                continue  # "Refunds are processed within 5 working days": how, not how much
            if not pcts and _DEDUCTING.search(s) and any(m.kind == "amount" for m in found):
                shares.add(-1.0)  # "ödenen tutardan 100,00 TL rezervasyon bedeli düşülerek kalan kısım iade edilir"
                continue
            if not pcts or any(p >= 100 for p in pcts):
                return None
            shares.update(pcts)
    return min(shares) if len(shares) == 1 else None


# a fixed sum kept back from every refund: "less a £25 fee", "100 TL … düşülerek", "بعد خصم 50 درهماً"
_DEDUCTING = re.compile(r"\b(?:less|minus|deduct\w*|after deducting|dusulerek|kesilerek|dusuldukten)\b|بعد خصم|مع خصم|يخصم|تخصم")


def full_refund_hits(reply: str, sources: Sequence[str]) -> list[dict[str, object]]:
    """One finding for the first refund the reply calls full where the policy pays a share."""
    folded = fold(reply)
    hit = _FULL_REFUND.search(folded)
    if hit is None:
        return []
    share = _share_only(tuple(sources))
    if share is None:
        return []
    for sent in _SENTENCE.finditer(folded):
        s = sent.group()
        m = _FULL_REFUND.search(s)
        if m is None:
            continue
        edges = [e.end() for e in _CLAUSE_EDGE.finditer(s, 0, m.start())]
        nxt = _CLAUSE_EDGE.search(s, m.end())
        if _NOT_GIVEN.search(s[edges[-1] if edges else 0 : nxt.start() if nxt else len(s)]):
            continue
        if not (any("refund" in f for _, _, f in concept_mentions(s)) or re.search(r"\bback\b", s)):
            continue
        a, z = sent.start() + m.start(), sent.start() + m.end()
        return [
            {
                "text": reply[a:z],
                "span": [a, z],
                "kind": "refund",
                "value": None,
                "unit": "",
                "reason": (
                    "the policy keeps a fee back from every refund, so none is full"
                    if share < 0
                    else f"the policy pays back {share:g}%, not the full amount"
                ),
            }
        ]
    return []
