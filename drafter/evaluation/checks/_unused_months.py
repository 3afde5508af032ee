"""The count of unused whole months a cancellation leaves, worked out from the dates.

"Sezon üyeliği 1 Mayıs-30 Eylül 2026 … İptal talebi: 10 Haziran 2026" and a policy that
refunds "kullanılmayan tam aylar": June is begun, so July to September are left, three
months. A reply that refunds "kullanılmayan 4 ay" counts one too many, and 4 x 1.200 TL is
then a sum of stated values that a value check passes. Where a source names a policy of
unused whole months, a cancellation (or request) date and a later end date, the count is
read from the calendar: the whole months after the month the cancellation falls in (and
that month too where it is cancelled on its first day). A date the customer's message or
the reply itself gives, or one a notice period in days leads to, may be when it takes
effect instead, so each of those counts is accepted as well.

The reply is held to the count only where it names months as the ones left ("7 remaining
months", "kalan 7 ay", "الأشهر المتبقية 7"), and to a refund that is a whole number of a
monthly rate the sources state.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..langs.gate import Needled
from ..numbers import DAY, MINUTES, MONTHS, Mention, extract, fold
from ._backing import _cents

# (most sources name no such policy: a substring test says so before the scan)
_POLICY = Needled(
    re.compile(
        r"\b(?:unused|remaining) (?:whole|full|complete|calendar) months?\b"
        r"|\b(?:whole|full|complete) (?:calendar )?months? (?:remaining|unused|left)\b"
        r"|\bkullanilma[ym]\w* tam ay|\bkalan tam ay|\btam aylar"
        r"|الاشهر الكامله (?:غير المستخدمه|المتبقيه)|الشهور الكامله (?:غير المستخدمه|المتبقيه)"
    )
)
# the date a cancellation was asked for or takes effect: "İptal talebi: 10 Haziran 2026"
_CANCELLED = re.compile(
    r"\b(?:cancel\w*|terminat\w*|notice given|request\w*|surrender\w*|(?:letter|notice|form) received|iptal\w*|fesih\w*|talep\w*|ayrili\w*)\b"
    r"|الغاء|طلب|الانهاء|انهاء"
)
# the months named as the ones left: "the 7 remaining months", "kalan 7 ay", "الأشهر المتبقية"
_LEFT = re.compile(
    r"\b(?:unused|remaining|left|outstanding|rest of)\b|\b(?:kullanilma[ym]\w*|kalan|geri kalan)\b"
    r"|المتبقي|الباقي|غير المستخدم"
)
_MONTH_WORD = re.compile(r"\s(?:\w+\s){0,3}?(?:months?\b|ay\b|aylik\b|aylar\w*|اشهر|شهور|شهرا)")
# a monthly rate: "aylık 1.200 TL", "£40.00 per month", "200 ريال للشهر"
_PER_MONTH_AFTER = re.compile(r"\s?(?:per|a|each|/)\s?(?:calendar )?month\b|\s?(?:للشهر|لكل شهر|شهريا|في الشهر)")
_PER_MONTH_BEFORE = re.compile(r"\b(?:aylik|ayda|monthly)\s(?:\w+\s){0,2}$")
_ANNUAL = re.compile(r"\b(?:annual|yearly|12-month|yillik)\b|سنوي|السنوي")
# a monthly rate as a twelfth of the year's price: "(yıllık bedel / 12)", "1/12 of the annual fee"
_PRO_RATA = re.compile(r"\bpro[- ]?rata\b|\borantili\b|بالتناسب")
_YEAR_PAID = re.compile(r"\b(?:for the year|per year|a year|annual\w*|yearly|yillik)\b|سنوي")
_TWELFTH = re.compile(r"/ ?12\b|÷ ?12\b|\btwelfth\b|\b1/12\b|on ikide bir")
# "within the first 6 months", "more than 6 months into your year": the policy's window
_WINDOW = re.compile(r"\b(?:first|within|than|over|after|ilk)\s|(?:خلال|اول)\s")
_CLAUSE = re.compile(r"[.;!?؛]\s|\n")


def stated_day(m: Mention) -> date | None:
    """The day a date mention names, where it gives its year and reads one way only."""
    if m.kind != "date" or m.is_range or m.alts or not m.unit.isdigit():
        return None
    try:
        return date(int(m.unit), int(m.lo) // 100, int(m.lo) % 100)
    except ValueError:
        return None


def _months_left(start: date, end: date) -> int:
    """Whole calendar months after the one `start` falls in, up to `end`."""
    last = end.month if end.day == calendar.monthrange(end.year, end.month)[1] else end.month - 1
    return (end.year * 12 + last) - (start.year * 12 + start.month)


# (cancellation date, end date, first date or None, notice periods in days, monthly rates)
_Frame = tuple[date, date, "date | None", tuple[int, ...], frozenset[tuple[float, str]]]


@lru_cache(maxsize=1024)
def _frame(sources: tuple[str, ...]) -> _Frame | None:
    """The cancellation, the period and the monthly rates the sources give."""
    if not any(_POLICY.search(fold(t).replace("\u0640", "")) for t in sources):
        return None
    asked: list[date] = []
    days: list[date] = []
    notice: list[int] = []
    rates: set[tuple[float, str]] = set()
    for text in sources:
        folded = fold(text)
        for m in extract(text):
            day = stated_day(m)
            if day is not None:
                days.append(day)
                if _CANCELLED.search(folded, max(0, m.start - 30), m.start):
                    asked.append(day)
            elif m.kind == "duration" and m.unit == MINUTES and not m.is_range and 0 < m.lo <= 90 * DAY:
                notice.append(int(m.lo // DAY))
            elif m.kind == "duration" and m.unit == MONTHS and not m.is_range and 0 < m.lo <= 3:
                notice.append(int(m.lo * 30))  # "one month's written notice"
            elif m.kind == "amount" and not m.is_range and (
                _PER_MONTH_AFTER.match(folded, m.end) or _PER_MONTH_BEFORE.search(folded, max(0, m.start - 30), m.start)
            ):
                rates.add((_cents(m.lo), m.unit))
    if len(set(asked)) != 1:
        return None  # no cancellation date, or several: no telling which
    start = asked[0]
    later = [d for d in days if d > start]
    if later:
        end = max(later)
    elif (first := min(days)) < start and any(_ANNUAL.search(fold(t)) for t in sources):
        # "yıllık bakım sözleşmesi, başlangıç 1 Temmuz 2026": a year from its first day
        end = date(first.year + 1, first.month, first.day) - timedelta(days=1) if (first.month, first.day) != (2, 29) else date(first.year + 1, 2, 28)
    else:
        return None
    if any(_TWELFTH.search(fold(t)) for t in sources):
        rates |= {(round(a / 12), u) for t in sources for a, u in _amounts(t) if a % 12 == 0}
    elif any(_PRO_RATA.search(fold(t)) for t in sources) and any(_YEAR_PAID.search(fold(t)) for t in sources):
        # "Rent is refunded pro rata for whole calendar months" of "Rent £88 paid for the year": 88/12 a month
        rates |= {(a / 12, u) for t in sources for a, u in _amounts(t)}
    earlier = [d for d in days if d < start]
    return start, end, min(earlier) if earlier else None, tuple(sorted(set(notice))), frozenset(rates)


def _amounts(text: str) -> list[tuple[int, str]]:
    return [(_cents(m.lo), m.unit) for m in extract(text) if m.kind == "amount" and not m.is_range]


def _counts(frame: _Frame, others: Sequence[date]) -> set[int]:
    start, end, _, notice, _ = frame
    starts = [start, *(start + timedelta(days=n) for n in notice), *(d for d in others if start < d < end)]
    out: set[int] = set()
    for s in starts:
        k = _months_left(s, end)
        out.add(k)
        if s.day == 1:
            out.add(k + 1)  # cancelled on the first: that month may be unused too
    return out


def _accepted_counts(frame: _Frame, message: str, mentions: Sequence[Mention]) -> set[int]:
    """The counts the dates leave, from the sources' dates or one the message or reply gives."""
    others = [d for x in (*extract(message), *mentions) if (d := stated_day(x)) is not None]
    return _counts(frame, others)


def _used(frame: _Frame, counts: set[int]) -> set[int]:
    """The months counted as used, where the period's first day is known: "nisan dahil 4 ay
    kullanılmış sayılıyor; kalan 8 ay"."""
    first, end = frame[2], frame[1]
    if first is None:
        return set()
    total = (end.year * 12 + end.month) - (first.year * 12 + first.month) + 1
    return {total - k for k in counts}


def _left_counts(reply: str, folded: str, mentions: Sequence[Mention]) -> list[tuple[Mention, int]]:
    """Month counts the reply names as the months left."""
    out: list[tuple[Mention, int]] = []
    for m in mentions:
        if m.is_range:
            continue
        if m.kind == "duration" and m.unit == MONTHS:
            if m.lo == 1 and not any(c.isdigit() for c in m.text):
                continue  # "شهر", "a month": a month named, not counted
            n = int(m.lo)
        elif m.kind == "number" and m.lo == int(m.lo) and _MONTH_WORD.match(folded, m.end):
            n = int(m.lo)
        else:
            continue
        if _WINDOW.search(folded, max(0, m.start - 12), m.start):
            continue
        cuts = [c.end() for c in _CLAUSE.finditer(folded, 0, m.start)]
        nxt = _CLAUSE.search(folded, m.end)
        clause = folded[cuts[-1] if cuts else 0 : nxt.start() if nxt else len(folded)]
        if 0 < n <= 36 and _LEFT.search(clause.replace("\u0640", "")):
            out.append((m, n))
    return out


def unused_month_hits(
    reply: str,
    folded: str,
    mentions: Sequence[Mention],
    sources: Sequence[str],
    message: str,
    refunded: Callable[[Mention], bool],
) -> list[dict[str, Any]]:
    """One finding for each count of months left, and each refund of whole monthly rates,
    that the dates do not give (`refunded`: whether the reply pays an amount back)."""
    frame = _frame(tuple(sources))
    if frame is None:
        return []
    counts = _accepted_counts(frame, message, mentions)
    out: list[dict[str, Any]] = []
    used = _used(frame, counts)
    for m, n in _left_counts(reply, folded, mentions):
        if n not in counts and n not in used:
            out.append(_hit(m, n, counts))
    stated = {a for t in sources for a in _amounts(t)}
    for m in mentions:
        if m.kind != "amount" or not refunded(m) or (_cents(m.lo), m.unit) in stated:
            continue  # the year's price itself, named beside the refund
        wholes = [w for rate, unit in frame[4] if (w := _whole_rates(m, rate, unit)) is not None and 0 < w <= 36]
        # (flagged only where no stated rate gives a count the dates leave, or is the rate itself)
        if wholes and not any(w in counts or w == 1 for w in wholes):
            out.append(_hit(m, wholes[0], counts))
    return out


def _hit(m: Mention, n: int, counts: set[int]) -> dict[str, Any]:
    want = " or ".join(str(k) for k in sorted(counts))
    return {
        "text": m.text,
        "span": [m.start, m.end],
        "kind": m.kind,
        "value": m.lo,
        "unit": m.unit,
        "reason": f"counts {n} unused whole months; the cancellation and end dates the sources give leave {want}",
    }


def unused_months_backed(
    reply: str, folded: str, m: Mention, sources: Sequence[str], message: str, mentions: Sequence[Mention]
) -> bool:
    """Whether `m` is a count of months left, or a refund of whole monthly rates, that the
    cancellation and end dates give ("Haziran–Aralık arası 7 ay kalıyor … 56.000,00 TL")."""
    frame = _frame(tuple(sources))
    if frame is None:
        return False
    counts = _accepted_counts(frame, message, mentions)
    if m.kind == "duration" or m.kind == "number":
        # (the months used are read out too: "nisan dahil 4 ay kullanılmış sayılıyor")
        if m.kind == "duration" and m.unit == MONTHS and not m.is_range and int(m.lo) in _used(frame, counts):
            return True
        return any(x.start == m.start and n in counts for x, n in _left_counts(reply, folded, mentions))
    if m.kind != "amount" or m.is_range:
        return False
    return any(_whole_rates(m, rate, unit) in counts for rate, unit in frame[4])


def _whole_rates(m: Mention, rate: float, unit: str) -> int | None:
    """How many monthly rates (in cents) amount `m` is, to the cent, if a whole number."""
    if m.unit != unit or rate <= 0:
        return None
    n = round(_cents(m.lo) / rate)
    return n if abs(_cents(m.lo) - n * rate) <= 0.5 else None
