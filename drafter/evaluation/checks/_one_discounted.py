"""A discount for the second place taken off every place.

"345.00 GBP per child. Sibling discount: 10% off the second child's place" and a reply
that prices two children at "£621.00 instead of £690.00": 621 is 690 less 10%, a value a
check derives, yet the discount is on one place only (345 + 310.50 = 655.50). Where a
source gives a share off the second (or each additional) place, a total that takes it off
every place, or a saving that large, is flagged when the right figure is not the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..numbers import Mention, extract, fold

_SECOND = re.compile(
    r"\b(?:second|2nd|each additional|every additional|additional)\b|\bikinci\w*|\bher ek\b"
    r"|الثاني|الثانيه|اضافي"
)
_OFF = re.compile(r"\b(?:off|discount\w*)\b|\bindirim\w*|خصم|تخفيض")


@lru_cache(maxsize=2048)
def _second_discounts(sources: tuple[str, ...]) -> tuple[tuple[float, float, str], ...]:
    """(share off, price, unit) for each price a source discounts on the second place."""
    out: set[tuple[float, float, str]] = set()
    for text in sources:
        folded = fold(text)
        if not (_SECOND.search(folded) and _OFF.search(folded)):
            continue
        mentions = extract(text)
        prices = [(m.lo, m.unit) for m in mentions if m.kind == "amount" and not m.is_range]
        for m in mentions:
            if m.kind != "percent" or m.is_range or not 0 < m.lo < 100:
                continue
            near = folded[max(0, m.start - 40) : m.end + 40]
            if _SECOND.search(near) and _OFF.search(near):
                out.update((m.lo, a, u) for a, u in prices if a > 0)
    return tuple(sorted(out))


def discount_on_every_place(m: Mention, sources: Sequence[str]) -> str | None:
    """Why amount `m` takes the second place's discount off every place, if it does."""
    if m.kind != "amount" or m.is_range:
        return None
    for p, price, unit in _second_discounts(tuple(sources)):
        if unit != m.unit:
            continue
        rights = {price * p / 100, price * (100 - p) / 100}
        for n in (2, 3, 4):
            rights |= {price + (n - 1) * price * (100 - p) / 100, (n - 1) * price * p / 100}
        if any(abs(m.lo - r) < 0.01 for r in rights):
            continue
        if any(abs(m.lo - n * price * (100 - p) / 100) < 0.01 or abs(m.lo - n * price * p / 100) < 0.01 for n in (2, 3, 4)):
            return f"the {p:g}% discount is on the second place only, not on every place"
    return None
