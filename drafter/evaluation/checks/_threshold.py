"""A rate for what is beyond an allowance, charged on the whole.

"Travel is free within 20 miles … Beyond 20 miles: 0.45 GBP per mile … for the miles
beyond 20" and a venue "35 miles from studio": the charge is 15 × 0.45 = 6.75. A reply
that charges "£15.75 … 45p per mile" prices all 35 miles; a value check passes it, since
a stated rate times a stated quantity is a derived value. Where a source prices the units
beyond a stated allowance, an amount that is the rate times a stated quantity above the
allowance, and not the rate times the excess, is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..numbers import Mention, extract, fold
from ._backing import _PER_UNIT

# "beyond 20 miles", "over 20 kg", "20 km'yi aşan", "بعد أول 20 كم"
_BEYOND = re.compile(
    r"\b(?:beyond|over|above|in excess of|more than|after the first) (\d+(?:[.,]\d+)?) ?([a-z²]+)"
    r"|(\d+(?:[.,]\d+)?) ?([a-z²]+)'?(?:yi|yu|i|u)? (?:asan|uzeri)\w*"
)


@lru_cache(maxsize=1024)
def _allowances(sources: tuple[str, ...]) -> tuple[tuple[float, str, float, str], ...]:
    """(allowance, its unit word, rate, currency) for each rate a source gives for what is beyond an allowance."""
    out: set[tuple[float, str, float, str]] = set()
    for text in sources:
        folded = fold(text)
        beyond = [
            (float((b.group(1) or b.group(3)).replace(",", ".")), (b.group(2) or b.group(4))[:3])
            for b in _BEYOND.finditer(folded)
        ]
        if not beyond:
            continue
        for m in extract(text):
            if m.kind == "amount" and not m.is_range and _PER_UNIT.match(folded, m.end):
                out.update((n, unit, m.lo, m.unit) for n, unit in beyond)
    return tuple(sorted(out))


def prices_beyond_allowance(sources: Sequence[str]) -> bool:
    """Whether a source prices what is beyond an allowance (a gate before each amount is read)."""
    return bool(_allowances(tuple(sources)))


def charged_on_the_whole(m: Mention, sources: Sequence[str], message: str) -> str | None:
    """Why amount `m` prices every unit where only those beyond an allowance are charged, or None."""
    if m.kind != "amount" or m.is_range:
        return None
    allowances = _allowances(tuple(sources))
    if not allowances:
        return None
    quantities = {
        x.lo for t in (*sources, message) for x in extract(t) if x.kind == "number" and not x.is_range and x.lo > 0
    }
    for allowance, _unit, rate, cur in allowances:
        if cur and m.unit and cur != m.unit:
            continue
        for q in quantities:
            if q <= allowance:
                continue
            whole, excess = round(rate * q, 2), round(rate * (q - allowance), 2)
            if abs(m.lo - whole) < 0.005 and abs(m.lo - excess) >= 0.005:
                return f"the rate is for what is beyond the first {allowance:g}, not for all {q:g}"
    return None
