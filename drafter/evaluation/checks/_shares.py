"""A share of a stated amount given to the wrong side of a refund.

"Bedelin %80'i iade edilir, %20'si iptal kesintisi olarak alınır" and a reply that takes
1.160 TL (80% of 1.450) as the fee and refunds 290 TL (20%): both figures are a stated
share of a stated amount, so a value check passes them, yet each is the other's. The
source ties each share to a side (what is paid back, what is kept); the reply ties each
amount to a side too, and a share may only go to its own side (or its complement to the
other side: "less a 10% fee" refunds 90%).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..numbers import Mention, extract, fold

FEE, REFUND = "fee", "refund"
# what is kept ("a 10% cancellation fee", "%20'si iptal kesintisi olarak alınır", "يُخصم")
_FEE = re.compile(
    # (a named fee: "the monthly fee is reduced by 70%" is the price, not what is kept)
    r"\b(?:(?:cancellation|handling|admin\w*|administration|restocking|processing|amendment|change|late|booking|service) fees?"
    r"|deduct\w*|retain\w*|kept|keep|keeps|withh[oe]ld\w*|penalt\w*|forfeit\w*)\b"
    r"|\b(?:kesinti\w*|kesil\w*|kesilir|ceza\w*|alinir|dusul\w*|duser\w*|dusuy\w*)"
    # (not "خصم", a discount as often as a deduction, nor "يُخصم من الفاتورة", a credit)
    # (nor "رسوم" alone: tuition fees are a price; "رسوم إدارية" is what is kept)
    r"|(?:رسوم|رسم) (?:اداريه|الالغاء|الغاء|المعالجه|معالجه|التغيير|تغيير)|(?:يحتفظ|نحتفظ|غرامه|اقتطاع|يقتطع)"
    # a refund refused keeps the money: "iade etmiyorum", "non-refundable", "لا يُسترد"
    r"|\b(?:non-?refundable|not refund\w*|no refund)\b"
    r"|\biade (?:etmiyor\w*|edilmez|edilmiyor\w*|yapilmaz|yapilmiyor\w*|edemiyor\w*|kapsaminda degil|(?:kapsami )?disi\w*)"
    r"|(?:لا يسترد|لا تسترد|غير مسترد|غير قابل للاسترداد)"
)
# what is paid back ("refunded", "iade edilir", "يُسترد")
_REFUND = re.compile(
    r"\b(?:refund\w*|reimburs\w*|repa(?:id|y)\w*)\b"
    r"|\b(?:iade\w*|geri oden\w*|geri odeme\w*)"
    r"|(?:يسترد|تسترد|استرداد|يعاد|تعاد|نعيد|ارجاع|مسترد|استرجاع|نرجع|ارجعنا)"
)
# clause edges: a side word names the figure of its own clause only
# ("120 TL'yi düşerek 1.080 TL'yi iade edeceğim": a converb closes its clause)
_CLAUSE = re.compile(
    r"[,;.!?،؛:]\s|\s(?:and|but|while|ve|ama|geri kalan|kalan)\s|\s(?!olarak\s)\w+(?:erek|arak)\s|\sو(?=\S)"
)
# a share the source says was applied wrongly ("%25 kesinti hatalı uygulandı") is paid back
_IN_ERROR = re.compile(r"\b(?:in error|by mistake|wrongly|incorrectly|hatali\w*|yanlislik\w*)\b|(?:خطا|بالخطا)")


# "the face value minus the 10% handling fee": the fee is taken off the amount, which is
# what is left
_TAKEN_OFF = re.compile(
    r"(?:\b(?:minus|less|after|net of|excluding|deducting|taking off)\b|(?:بعد خصم|ناقص|مخصوما))[^,;.]{0,30}$"
)


# a share named after the words that take it off: "after deducting a restocking fee of 10%"
_DEDUCTED_BEFORE = re.compile(r"\b(?:after deducting|less|minus|net of)\b|بعد خصم|بعد اقتطاع|بعد استقطاع")


def _side(text: str, at: int, *, remainder: bool = False) -> str | None:
    """The side (fee or refund) the side word nearest to offset `at` of `text` names; with
    `remainder`, a fee "taken off" names no side (what is left is the figure's)."""
    best: tuple[int, str] | None = None
    for pattern, side in ((_FEE, FEE), (_REFUND, REFUND)):
        for w in pattern.finditer(text):
            if remainder and side == FEE and _TAKEN_OFF.search(text, 0, w.start()):
                continue
            dist = abs(w.start() - at)
            if best is None or dist < best[0]:
                best = (dist, side)
    return best[1] if best else None


def _side_at(folded: str, a: int, b: int, at: int, *, remainder: bool = False) -> str | None:
    """`_side` over folded[a:b] with Arabic vowel marks (folded to tatweel) dropped, `at`
    kept on the same character."""
    clause = folded[a:b]
    return _side(clause.replace("\u0640", ""), at - a - clause.count("\u0640", 0, at - a), remainder=remainder)


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


@lru_cache(maxsize=512)
def sided_shares(text: str) -> tuple[tuple[float, str], ...]:
    """Each percentage of a source with the side its clause gives it."""
    folded = fold(text)  # (offsets kept: vowel marks stay, as tatweel, until a clause is read)
    out = []
    if _IN_ERROR.search(folded.replace("\u0640", "")):
        return ()
    # whole percentages only: "1/30 of the monthly fee" is a day's share, not a side's
    percents = [
        m for m in extract(text) if m.kind == "percent" and m.lo == m.hi and 5 <= m.lo <= 95 and m.lo.is_integer()
    ]
    for a, b in _clauses(folded):
        for p in percents:
            if not a <= p.start < b:
                continue
            side = _side_at(folded, a, b, p.start)
            if side is None:
                # "ödenen tutarın %60'ı, … %40'ı iade edilir": the sentence's one side,
                # or nothing when it names both
                sent = _sentence(folded, p.start).replace("\u0640", "")
                sides = {x for pattern, x in ((_FEE, FEE), (_REFUND, REFUND)) if pattern.search(sent)}
                side = sides.pop() if len(sides) == 1 else None
            if side == REFUND and _DEDUCTED_BEFORE.search(
                re.split(r"[.;!?؛]", folded[max(0, p.start - 50) : p.start])[-1].replace("\u0640", "")
            ):
                side = FEE  # "تُسترد … بعد خصم رسوم تعقيم وإعادة تخزين بنسبة 10%": the 10% is taken off
            if side is None:
                return ()  # a share with no side: the source is not read this way at all
            out.append((p.lo, side))
    return tuple(dict.fromkeys(out))


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min(x for x in (text.find(". ", at), text.find("\n", at), len(text)) if x >= 0)
    return text[start:end]


def swapped_share(reply: str, m: Mention, sources: Sequence[str], bases: Sequence[float]) -> str | None:
    """Why amount `m` of `reply` gives a stated share to the wrong side, or None."""
    shares = {s for text in sources for s in sided_shares(text)}
    if not shares or not bases:
        return None
    folded = fold(reply)
    side = next(
        (_side_at(folded, a, b, m.start, remainder=True) for a, b in _clauses(folded) if a <= m.start < b),
        None,
    )
    if side is None:
        return None
    own = {p if s == side else 100 - p for p, s in shares}
    other = {100 - p if s == side else p for p, s in shares} - own
    cents = round(m.lo * 100)

    def is_share(ps: set[float]) -> bool:
        return any(abs(round(a * p) - cents) <= 1 for a in bases for p in ps)

    if is_share(other) and not is_share(own):
        which = "kept" if side == FEE else "paid back"
        return f"the sources give this share of the amount to the other side (not what is {which})"
    return None
