"""Figures a reply works out from stated ones, which the value check does not derive: a
gap less a stated span ("more than three and a half hours" late), what lasts until the day
before a stated date, a share of two stated figures (or an amount) rounded where the
reply says so, a stated span given roughly in months, and k of n equal parts of a stated
amount."""

from __future__ import annotations

import re
from datetime import timedelta

from ..base import EvalContext
from ..numbers import DAY, MINUTES, MONTHS, Mention, fold, number_word, word_key
from ._backing import Backing, _cents
from ._shared import sentence_at
from ._slips import as_day

_ABOUT = re.compile(r"(?:almost|nearly|about|around|roughly|approximately|some|just over|just under|yaklasik|neredeyse|kabaca|حوالي|تقريبا|نحو|قرابه)\s*$")


def rounded_amount(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """"وتوفّر قرابة 16 ديناراً": a stated or worked-out amount (12 x 7.99 less 79.90 is
    15.98) rounded to the whole unit, where the reply says it is rounded."""
    if m.is_range or not m.lo.is_integer() or m.lo < 1:
        return False
    if not _ABOUT.search(fold(ctx.reply[max(0, m.start - 20) : m.start]).replace("\u0640", "")):
        return False
    exact = {a for a, _ in b.amounts} | {c / 100 for c, _ in b.derived()}
    return any(abs(x - m.lo) < 0.5 for x in exact)


def rounded_ratio(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """"812 kWh … 52 kWh more than the 760 we estimated, almost 7% above forecast": a share
    of two stated figures, or what one is over the other, rounded where the reply says so."""
    if m.is_range or not _ABOUT.search(fold(ctx.reply[max(0, m.start - 20) : m.start])):
        return False
    values = sorted({n / 100 for n in b.numbers if 0 < n <= 100_000_000} | {a for a, _ in b.amounts if a > 0})[:24]
    for x in values:
        for y in values:
            if x < y and (abs(100 * x / y - m.lo) <= 0.5 or abs(100 * (y - x) / x - m.lo) <= 0.5):
                return True
    return False


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|up to|through|to the end of)\s+(?:\w+day,?\s+)?$|(?<!\w)(?:حتى|لغاية|لحد)\s+(?:يوم\s+)?$")
_UNTIL_AFTER_TR = re.compile(r"\s*'?(?:e|a|ye|ya|ne|na) kadar\b")


def until_the_eve(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """"no charge on 3 June, and you'll keep free delivery until 2 June": what lasts until
    the day before a stated date (a renewal, a start) ends there."""
    if m.is_range:
        return False
    day = as_day(m, b)
    if day is None or day + timedelta(days=1) not in b.calendar_days():
        return False
    return bool(
        _UNTIL_BEFORE.search(fold(ctx.reply[max(0, m.start - 25) : m.start]))
        or _UNTIL_AFTER_TR.match(fold(ctx.reply[m.end : m.end + 12]))
    )


_MORE_THAN = re.compile(r"(?:more than|over|upwards of|at least|أكثر من|اكثر من)\s*$")


def less_than_a_gap(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """"More than three and a half hours later than that": under an hour short of the time
    between two stated moments, or of that time less a stated span (06:02 to 11:40, less the
    promised 2 hours)."""
    if m.unit != MINUTES or m.is_range or m.lo >= DAY or not _MORE_THAN.search(fold(ctx.reply[max(0, m.start - 15) : m.start])):
        return False
    gaps = b.time_gaps()
    gaps = gaps | {g - d for g in gaps for d in b.minute_spans if d < g}
    return any(m.lo <= g < m.lo + 60 for g in gaps)


def _sentence_amounts(ctx: EvalContext, at: int, mentions: tuple[Mention, ...]) -> list[float] | None:
    """The single amounts of the reply's sentence at offset `at` (None outside a sentence)."""
    sent = sentence_at(ctx, at)
    if sent is None:
        return None
    return [x.lo for x in mentions if x.kind == "amount" and not x.is_range and x.lo > 0 and sent.start <= x.start < sent.end]


def share_of_amounts(ctx: EvalContext, m: Mention, mentions: tuple[Mention, ...]) -> bool:
    """"3.600 TL'yi, yani ödemenizin %75'ini": the share one amount of its sentence is of
    another, worked out there (each amount is checked on its own)."""
    amounts = None if m.is_range else _sentence_amounts(ctx, m.start, mentions)
    return amounts is not None and any(x < y and abs(100 * x / y - m.lo) <= 0.5 for x in amounts for y in amounts)


_PER_HOUR = re.compile(r"\b(?:per hour|an hour|hourly|/ ?hour|saatlik|saati|saat basi)\b|للساعه|بالساعه|في الساعه")


def hours_priced(ctx: EvalContext, m: Mention, mentions: tuple[Mention, ...]) -> bool:
    """"Etkilenen 1,5 saatin bedeli olan 1.275 TL'yi (saatlik 850 TL üzerinden)": the hours an
    amount of the sentence pays for at the hourly rate beside it."""
    sent = sentence_at(ctx, m.start)
    if sent is None or m.is_range or m.unit != MINUTES or not _PER_HOUR.search(fold(sent.text).replace("\u0640", "")):
        return False
    amounts = _sentence_amounts(ctx, m.start, mentions) or []
    return any(a != r and abs(a / r * 60 - m.lo) < 0.5 for a in amounts for r in amounts)


_ABOUT_BEFORE = re.compile(r"\b(?:about|around|roughly|approximately|some|yaklasik|asagi yukari|ortalama)\s+$|(?:تقريبا|حوالي|نحو)\s+$")


def span_roughly_in_months(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """A stated span given roughly in months: "yapım süresi 8 hafta, yani yaklaşık iki ay"."""
    if m.unit != MONTHS or m.is_range or not _ABOUT_BEFORE.search(fold(ctx.reply[max(0, m.start - 20) : m.start])):
        return False
    days = m.lo * 30
    return any(dim == MINUTES and abs(v / 100 / DAY - days) <= days * 0.1 for dim, v in b.durations)


_SHARE_OF = frozenset(("of", "من"))


def _counts_in(text: str) -> list[tuple[int, int]]:
    """(whole number, index of its last word) of a sentence, in digits or words ("11",
    "three", "اثنتي عشرة"), and (-1, index) for each word that joins a share ("of", "من")."""
    out: list[tuple[int, int]] = []
    words = re.findall(r"\w+", fold(text))
    i = 0
    while i < len(words):
        w = word_key(words[i])
        if w.isdigit():
            out.append((int(w), i))
        elif w in _SHARE_OF:
            out.append((-1, i))
        elif (hit := number_word(w)) is not None and hit[0].value < 100:
            v = hit[0].value
            if hit[0].role == "u" and i + 1 < len(words) and word_key(words[i + 1]) in ("عشر", "عشره"):
                v, i = v + 10, i + 1  # "اثنتي عشرة" = 12
            out.append((v, i))
        i += 1
    return out


def counted_share(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """k of n equal parts of a stated amount, said beside it as "k of (the) n": "11 of the
    12 sessions, which comes to 825 AED" (900 for 12), "ثلاث حصص من اثنتي عشرة من اشتراك
    400 درهم" (100)."""
    sent = sentence_at(ctx, m.start)
    if sent is None or m.is_range:
        return False
    seq = _counts_in(sent.text)
    pairs = {
        (k, n)
        for (k, ki), (j, ji), (n, ni) in zip(seq, seq[1:], seq[2:], strict=False)
        if j == -1 and 0 < k < n <= 60 and ji - ki <= 2 and ni - ji <= 2
    }
    target = _cents(m.lo)
    return any(
        _cents(round(a * k / n, 2)) == target
        for a, unit in b.amounts
        if not (unit and m.unit and unit != m.unit)
        for k, n in pairs
    )
