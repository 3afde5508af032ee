"""A span given the name of one the sources state at another length.

"بحسب مدة الإشعار المطبّقة (30 يوماً)" where the policy asks "بإشعار قبل 7 أيام": a
monthly contract makes 30 days derivable, so a value check passes it; but the reply
calls it the notice period, and the sources state the notice period as 7 days. Only
spans named by the same kind of term on both sides are compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..numbers import DAY, Mention, extract, fold

# kinds of span a policy names: a notice period, a free trial. (Not warranties: a policy
# often gives several, one per part or kind, and the reply's may be another's: 1 bad reply
# caught for 2 good ones flagged across every labelled set.)
_KINDS: dict[str, re.Pattern[str]] = {
    "notice": re.compile(r"\b(?:notice|ihbar\w*|bildirim\w*|onceden haber\w*)\b|(?<!\w)[وب]?(?:ال)?(?:اشعار|إشعار)(?!\w)"),
    "trial": re.compile(r"\b(?:trial|deneme)\b|(?<!\w)[وب]?(?:ال)?(?:تجربه|تجريبي\w*)"),
}
_NEAR = 24  # characters between the term and the span it names
_BREAK = re.compile(r"[,.;:،؛]\s|\b(?:and|but|so|ve|ama|which|then)\b|(?<!\w)(?:و|ثم)(?!\w)")


def _named(folded: str, start: int, end: int) -> set[str]:
    """The kinds of term right beside folded[start:end], in its own clause ("30-day
    notice", "مدة الإشعار (30 يوماً)", "2 yıl garanti")."""
    before = _BREAK.split(folded[max(0, start - _NEAR) : start])[-1]
    after = _BREAK.split(folded[end : end + _NEAR])[0]
    window = before + " " + after
    return {kind for kind, pat in _KINDS.items() if pat.search(window)}


def _days(m: Mention, v: float) -> tuple[float, float]:
    """`v` of `m`'s unit in days, at its shortest and longest reading (a month is 28 to
    31 days; n business days are n to 7n/5 days)."""
    if m.unit == "month":
        return v * 28, v * 31
    if m.unit == "bday":
        return v, v * 7 / 5
    return v / DAY, v / DAY


def misnamed_span(said: str, m: Mention, sources: Sequence[str]) -> str | None:
    """Why duration `m` in the reply (`said`, folded) is not the span the sources give
    for what the reply calls it (None when it is, or when the sources name none)."""
    kinds = _named(said, m.start, m.end)
    if m.kind != "duration" or m.is_range or len(kinds) != 1:
        return None
    (kind,) = kinds
    stated: list[Mention] = []
    for text in sources:
        folded = fold(text).replace("\u0640", "")
        stated += [x for x in extract(text) if x.kind == "duration" and kind in _named(folded, x.start, x.end)]
    if not stated:
        return None
    short, long = _days(m, m.lo)
    for x in stated:
        if _days(x, x.lo)[0] - 0.5 <= long and short <= _days(x, x.hi)[1] + 0.5:
            return None  # the same span, however its months or business days are counted
    return f"the sources give the {kind} period as {stated[0].text}"
