"""A pro-rata refund worked on the time used instead of the time left.

"If we cut a trip short, customers are refunded pro rata for the unused hours", a trip
"scheduled 8 hours; vessel returned to port after 3 hours" and £240 paid: 5 of 8 hours
are unused, £150. A reply that refunds £90 pays back the 3 hours used (240 x 3 / 8), a
share a value check derives from the stated amounts, yet the wrong one. Where a source
refunds the unused (or remaining) time pro rata and the sources state two spans in the
same unit, a refund that is the used share of a stated amount, and not the unused share
of any, is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import permutations

from ..langs.gate import Needled
from ..numbers import Mention, extract, fold
from ._backing import _cents

_UNUSED_POLICY = Needled(
    re.compile(
        r"\b(?:pro[- ]?rata|proportionally)\b[^.;]{0,60}\b(?:unused|remaining)\b"
        r"|\b(?:unused|remaining) (?:hours?|days?|time|nights?)\b[^.;]{0,40}\bpro[- ]?rata\b"
        r"|\b(?:kullanilmayan|kalan) (?:saat|gun|sure)\w*[^.;]{0,40}\boranti\w*|\boranti\w*[^.;]{0,40}\b(?:kullanilmayan|kalan) (?:saat|gun|sure)\w*"
        r"|(?:الساعات|الايام|المده) (?:غير المستخدمه|المتبقيه)[^.؛]{0,40}بالتناسب|بالتناسب[^.؛]{0,40}(?:الساعات|الايام|المده) (?:غير المستخدمه|المتبقيه)"
    )
)


# a span the sources name as the part not had: which of the two is used is then told
_NAMED_UNUSED = re.compile(
    r"\b\d+\s?(?:minutes?|mins?|hours?|days?|nights?) (?:lost|missed|unused|remaining|left|cut)\b"
    r"|\b(?:lost|missed) (?:\d+|an?|one|two|three) (?:minutes?|hours?|days?)\b"
    r"|\b\d+ (?:dakika|saat|gun)\w* (?:kayip|kaybedil\w*|kullanilmad\w*)|\b(?:kaybedilen|kalan|kullanilmayan) \d+ (?:dakika|saat|gun)"
)


@lru_cache(maxsize=1024)
def _shares(sources: tuple[str, ...]) -> tuple[frozenset[int], frozenset[int]] | None:
    """(used shares, unused shares) of the stated amounts, in cents, where a source refunds unused time pro rata."""
    if not any(_UNUSED_POLICY.search(fold(t)) for t in sources):
        return None
    spans: set[tuple[str, float]] = set()
    amounts: set[float] = set()
    for text in sources:
        for m in extract(text):
            if m.is_range:
                continue
            if m.kind == "duration" and m.lo > 0:
                spans.add((m.unit, m.lo))
            elif m.kind == "amount" and m.lo > 0:
                amounts.add(m.lo)
    if any(_NAMED_UNUSED.search(fold(t)) for t in sources):
        return None  # ("20 minutes lost"): the span stated is the one paid back
    used: set[int] = set()
    unused: set[int] = set()
    for (u1, k), (u2, n) in permutations(spans, 2):
        if u1 != u2 or not k < n:
            continue
        for a in amounts:
            used.add(_cents(a * k / n))
            unused.add(_cents(a * (n - k) / n))
    return (frozenset(used), frozenset(unused)) if used else None


def used_share_refunded(m: Mention, sources: Sequence[str], mentions: Sequence[Mention]) -> str | None:
    """Why refund amount `m` is the share of the time used, not of the time left (a reply
    that also names the unused share is telling the two apart)."""
    if m.kind != "amount" or m.is_range:
        return None
    found = _shares(tuple(sources))
    if found is None:
        return None
    used, unused = found
    cents = _cents(m.lo)
    if any(x.kind == "amount" and _cents(x.lo) in unused for x in mentions):
        return None
    if cents in used and cents not in unused:
        return "the policy refunds the unused time pro rata; this is the share of the time used"
    return None
