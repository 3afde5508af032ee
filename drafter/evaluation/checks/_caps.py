"""A policy's maximum paid out as if it were the amount owed.

"Items lost in our care are compensated at their declared value, up to a maximum of
£150.00" and a scarf declared at £85.00: a reply that refunds £150.00 quotes a stated
amount in a refunding sentence, so a value check passes it; but the cap only bounds what
is paid, and the policy pays the item's own value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..numbers import Mention, extract, fold

# "up to a maximum of £150.00", "en fazla 1.500 TL'ye kadar", "بحد أقصى 500 درهم"
_CAP_BEFORE = re.compile(
    r"\b(?:up to|maximum|max|capped at|no more than|limit of|at most|en fazla|en cok|azami)\b[^.;]{0,20}$|(?:حد اقصى|بحد اقصى|حتى)[^.;]{0,12}$"
)
_CAP_AFTER = re.compile(r"^\S{0,6} ?(?:\w+ )?(?:kadar|ile sinirli)\b|^\S{0,4} ?(?:as a maximum|maximum)\b")
# the cap told back in the reply: "well within the 150.00 GBP limit"
_WITHIN_CAP = re.compile(r"\bwithin (?:the|our|your)\s+$|\bsinir\w*\s+$")
_CAP_NOUN = re.compile(r"^\s*(?:limit|cap|maximum|ceiling)\b|^\S{0,6} ?(?:limit|sinir\w*)|^\s*(?:الحد|حد)")
# a policy that pays an item's own value
_VALUE_BASIS = re.compile(
    r"\b(?:declared|value|receipt|invoice|actual|deger\w*|fatura\w*|beyan\w*)\b|قيمه|فاتوره|ايصال|الفعلي"
)


def _capped(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] is written as a maximum."""
    return bool(_CAP_BEFORE.search(folded, max(0, start - 40), start) or _CAP_AFTER.match(folded[end : end + 24]))


def cap_paid(said: str, m: Mention, sources: Sequence[str], message: str) -> str | None:
    """Why amount `m`, given in the reply (`said`, folded), is the policy's maximum paid
    where the policy pays an item's own, smaller value (None when it is not)."""
    if (
        _capped(said, m.start, m.end)
        or _WITHIN_CAP.search(said, max(0, m.start - 16), m.start)
        or _CAP_NOUN.match(said[m.end : m.end + 16])
    ):
        return None  # "reimbursed up to £150", "well within the 150.00 GBP limit": the cap told back
    for text in sources:
        folded = fold(text)
        if not _VALUE_BASIS.search(folded):
            continue
        for x in extract(text):
            if x.kind != "amount" or abs(x.lo - m.lo) >= 0.005 or not _capped(folded, x.start, x.end):
                continue
            smaller = [
                y.lo
                for t in [*sources, message]
                for y in extract(t)
                if y.kind == "amount" and 0 < y.lo < m.lo and (not y.unit or not m.unit or y.unit == m.unit)
            ]
            if smaller:
                return "the policy's maximum, paid where it pays the item's own, smaller value"
    return None


# a span granted: postponed, extended, frozen, held by that long
_GRANTS_SPAN = re.compile(
    r"\b(?:postpon\w*|push\w*|extend\w*|delay\w*|defer\w*|froze\w*|freez\w*|pause\w*|hold\w*|held|moved?|"
    r"ertele\w*|uzat\w*|dondur\w*|kaydir\w*|tasi\w*)\b|(?<!\w)[وف]?(?:اجلت|أجلت|تاجيل|تأجيل|مددت|تمديد|جمدت|تجميد|نقلت)"
)


# "up to 72 hours before the start": a notice bound, not the longest span granted
_NOTICE_AFTER = re.compile(r"\S{0,6}\s+(?:\w+\s+)?(?:before|prior|in advance|once|evvel|kala)\b|\S{0,6}\s+(?:\w+\s+)?(?:قبل)")
# "son üç haftadaki", "in the last two weeks": time gone by, not a span granted
_PAST_SPAN = re.compile(r"\b(?:last|past|son|gecen|over the)\s+$|(?:اخر|الماضي)\s+$")


def span_over_cap(said: str, m: Mention, sentence: tuple[int, int], sources: Sequence[str]) -> str | None:
    """"başlangıcını 10 gün erteleyerek 30 Nisan'a taşıdım" where the policy allows "en
    fazla 7 gün": a span granted beyond the longest the sources allow for it (`said` is
    the folded reply; `sentence` the offsets of the sentence holding `m`)."""
    lo, hi = sentence
    if (
        m.kind != "duration" or m.is_range or not _GRANTS_SPAN.search(said, lo, hi) or _capped(said, m.start, m.end)
        or _PAST_SPAN.search(said, max(0, m.start - 12), m.start)
    ):
        return None
    caps = [
        x.hi
        for text in sources
        for folded in (fold(text),)
        if _GRANTS_SPAN.search(folded)
        for x in extract(text)
        if x.kind == "duration" and x.unit == m.unit and _capped(folded, x.start, x.end)
        and not _NOTICE_AFTER.match(folded, x.end)
    ]
    if not caps or max(caps) >= m.lo:
        return None
    return "longer than the sources allow for it (at most the span they state)"


# what a capped amount pays back: "reimburse return postage up to 6.00 GBP"
_REPAYS = re.compile(r"\b(?:reimburs\w*|refund\w*|repa(?:y|id)\w*|compensat\w*|cover\w*|iade\w*|karsila\w*|oden\w*)\b|يعوض|تعويض|يرد|ترد|يسترد")


@lru_cache(maxsize=1024)
def _repaid_caps(sources: tuple[str, ...]) -> tuple[tuple[float, str, str], ...]:
    """(amount, currency, text) of each maximum a source sets on what it pays back."""
    out = []
    for text in sources:
        folded = fold(text)
        for x in extract(text):
            if (
                x.kind == "amount"
                and not x.is_range
                and _capped(folded, x.start, x.end)
                and _REPAYS.search(folded, max(0, x.start - 80), x.start)
            ):
                out.append((x.lo, x.unit, x.text))
    return tuple(out)


def repays_up_to_a_cap(sources: Sequence[str]) -> bool:
    """Whether a source sets a maximum on what it pays back (a gate before each amount is read)."""
    return bool(_repaid_caps(tuple(sources)))


def over_cap_paid(said: str, m: Mention, sources: Sequence[str], message: str) -> str | None:
    """Why amount `m`, the customer's own figure given back in the reply (`said`, folded),
    is more than the policy's maximum for it ("return postage up to 6.00 GBP" and "your
    £8.40 return postage"), or None."""
    if m.kind != "amount" or m.is_range:
        return None
    caps = [(lo, text) for lo, unit, text in _repaid_caps(tuple(sources)) if lo < m.lo and (not unit or not m.unit or unit == m.unit)]
    if not caps or _capped(said, m.start, m.end):
        return None
    if not any(x.kind in ("amount", "number") and abs(x.lo - m.lo) < 0.005 for x in extract(message)):
        return None
    return f"the policy pays this back only up to {caps[0][1]}"
