"""A refund that pays back a part the policy keeps.

"Gönderim kargo ücreti iade edilmez" and an order of "ceket 1.200,00 TL + kargo 85,00 TL",
and a reply that refunds "toplam 1.285 TL": 1,285 is the sum of two stated amounts, so a
value check passes it, yet 85 of it is the shipping the policy keeps. The sources name the
part ("kargo", "التوصيل", "lenses") in a clause that says it is not paid back, and state
its price beside the same word; a refund that is that price, or that price plus another
amount of the same passage, gives back what is kept. So does a refund of a total the
record says holds the part ("£210.00 paid, of which £30.00 is the materials deposit",
"Paid £196 including £25 booking deposit") or labels as the total beside it ("online
booking fee 1.50 GBP; total 23.50 GBP").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations

from ..numbers import Mention, extract, fold
from ._backing import _cents
from ._slips import _TOTAL_BEFORE

# "non-refundable", "is not refunded", "iade edilmez", "لا تُسترد", "غير مستردة"
_KEPT = re.compile(
    r"\bnon-?refundable\b|\bnot (?:be )?refund(?:ed|able)\b|\bno refunds? (?:is given )?(?:for|on|of)\b"
    r"|\biade edilmez\b|\biade edilmiyor\w*|\biade kapsami disi\w*|\bgeri odenmez\b|\biadesi (?:yapilmaz|yoktur|bulunmaz)"
    r"|(?:لا|ولا|لن) (?:تسترد|يسترد|ترد|يرد|تعاد|يعاد|ترجع|يرجع)|غير (?:مسترد|قابل\w* للاسترداد|قابل\w* للاسترجاع)"
)
_CLAUSE_EDGE = re.compile(r"(?<!\d)\.|\.(?!\d)|[;:!?،؛]|,\s|\s(?:but|while|whereas|ama|fakat|ancak|لكن|بينما)\s")
# words that name any charge, not the part: "fee", "ücreti", "رسوم"
_GENERIC = frozenset(
    (
        "fee", "fees", "charge", "charges", "cost", "costs", "price", "prices", "amount", "the", "are",
        "and", "is", "any", "all", "our", "your", "be", "once", "made", "order", "after", "for", "of",
        "on", "to", "a", "an", "with", "when", "from", "paid", "ucret", "ucreti", "ucretleri", "bedel",
        "bedeli", "tutar", "tutari", "ve", "ile", "olan", "icin", "رسوم", "رسم", "قيمه", "قيمة",
        "مبلغ", "المبلغ", "عند", "في", "من", "على", "او",
    )
)
_WORD = re.compile(r"\w{3,}")
_EXCEPT = re.compile(r"\b(?:except(?: for)?|apart from|other than|but not)\b")
_RELATIVE = re.compile(r"\s*(?:which|that) (?:is|are|will be)\s*")
_AR_ARTICLE = re.compile(r"^(?:وال|بال|فال|لل|ال)(?=\w{3})")


def _stem(word: str) -> str:
    """A word's first five letters, without an Arabic article."""
    return _AR_ARTICLE.sub("", word)[:5]


@lru_cache(maxsize=2048)
def _kept_parts(text: str) -> frozenset[str]:
    """Stems of the parts a passage says are not paid back ("kargo", "توصي", "lense")."""
    folded = fold(text).replace("\u0640", "")
    out: set[str] = set()
    for m in _KEPT.finditer(folded):
        edges = [e.end() for e in _CLAUSE_EDGE.finditer(folded, 0, m.start())]
        clause = folded[edges[-1] if edges else 0 : m.start()]
        if _RELATIVE.fullmatch(clause):
            # "except the £25 booking deposit, which is non-refundable": the part is before the comma
            clause = folded[edges[-2] if len(edges) > 1 else 0 : edges[-1]]
            clause = _EXCEPT.split(clause)[-1]
        if m.group().rstrip().endswith(("for", "on", "of")):  # "no refund for delivery charges"
            nxt = _CLAUSE_EDGE.search(folded, m.end())
            clause += " " + folded[m.end() : nxt.start() if nxt else len(folded)]
        out |= {_stem(w) for w in _WORD.findall(clause) if w not in _GENERIC and not w.isdigit()}
    return frozenset(out)


@lru_cache(maxsize=2048)
def _priced_parts(text: str) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """(cents, unit, stems of the words just before it) for every amount of a passage."""
    out = []
    for m in extract(text):
        if m.kind != "amount" or m.is_range:
            continue
        near = fold(text[max(0, m.start - 24) : m.start]).replace("\u0640", "")
        near = re.split(r"[,;:+=(،؛]|\s[-–]\s", near)[-1]
        after = re.split(r"[,;.+=)،؛]", fold(text[m.end : m.end + 20]).replace("\u0640", ""))[0]
        stems = frozenset(_stem(w) for w in _WORD.findall(near + " " + after) if w not in _GENERIC)
        out.append((_cents(m.lo), m.unit, stems))
    return tuple(out)


def _labelled_total(text: str, cents: int) -> bool:
    """Whether a passage states amount `cents` as its total ("…; total 23.50 GBP")."""
    folded = fold(text)
    return any(
        x.kind == "amount" and _cents(x.lo) == cents and _TOTAL_BEFORE.search(folded, max(0, x.start - 16), x.start)
        for x in extract(text)
    )


_INCLUDING = re.compile(r"\b(?:including|incl\.?|inclusive of)\s|\bdahil\b|شامل")
# "£210.00 paid on 2 April 2026, of which £30.00 is the materials deposit"
_OF_WHICH = re.compile(r",?\s*(?:\S+\s+){0,5}?of which\s")


def _total_including(text: str, cents: int, kept: set[str]) -> bool:
    """Whether the passage states amount `cents` as a total that includes a kept part
    ("Paid £196 including £25 booking deposit")."""
    for m in extract(text):
        if m.kind != "amount" or m.is_range or _cents(m.lo) != cents:
            continue
        after = fold(text[m.end : m.end + 80]).replace("\u0640", "")
        inc = _INCLUDING.match(after.lstrip())
        if inc is not None:
            tail = after.lstrip()[inc.end() :]
            words = _WORD.findall(re.split(r"[,;.)،؛]", tail)[0])
            if {_stem(w) for w in words if w not in _GENERIC} & kept:
                return True
        if (of := _OF_WHICH.match(after)) is not None:
            words = _WORD.findall(re.split(r"[,;)،؛]|\.(?!\d)", after[of.end() :] + ".")[0])
            if {_stem(w) for w in words if w not in _GENERIC} & kept:
                return True
    return False


def kept_part_refunded(sentence: str, m: Mention, sources: list[str]) -> str | None:
    """Why refund amount `m`, in `sentence`, gives back a part the sources keep, or None."""
    if m.kind != "amount" or m.is_range or _KEPT.search(fold(sentence).replace("\u0640", "")):
        return None  # (a reply that says what is kept is counting it out, not paying it back)
    kept: set[str] = set()
    for text in sources:
        kept |= _kept_parts(text)
    if not kept:
        return None
    want = _cents(m.lo)
    for text in sources:
        priced = [(c, u) for c, u, _ in _priced_parts(text) if u == m.unit]
        if (_INCLUDING.search(text) or "of which" in text) and _total_including(text, want, kept):
            # "Paid £196 including £25 booking deposit" and the deposit kept: the whole £196 back
            return "the sources say this part is not paid back, yet the refund includes it"
        for cents, unit, stems in _priced_parts(text):
            if unit != m.unit or not stems & kept:
                continue
            if want != cents and _labelled_total(text, want):
                # "online booking fee 1.50 GBP; total 23.50 GBP" and the fee kept: the whole total back
                return "the sources say this part is not paid back, yet the refund includes it"
            others = [c for c, _ in priced if c != cents]
            # (with one other amount of the passage, or two: "البخور (180) والمبخرة (220) مع رسوم الشحن" = 435)
            if want - cents in others or any(want == cents + a + b for a, b in combinations(others, 2)):
                return "the sources say this part is not paid back, yet the refund includes it"
    return None
