"""Figures the sources state, given where they slip: one day's rate for several days, a
date moved by a span its sentence names that does not land there.

Each check here starts from a figure a value check has already found backed, and asks
whether the sentence around it uses it consistently (grounded.py reports what they find).
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta
from itertools import pairwise

from ..base import EvalContext
from ..langs.gate import Needled
from ..numbers import BDAYS, DAY, MINUTES, Mention, extract, fold
from ._backing import Backing, _cents, plus_business_days, plus_months
from ._shared import sentence_at

# a rate per day or night in the sources: "günlük 1.400,00 TL", "$52.00/day", "90 ديناراً لليوم"
_PER_DAY = re.compile(
    r"\b(?:daily|per day|a day|/day|per night|a night|nightly|/night|gunluk|gunde|gecelik|geceligi)\b"
    r"|لليوم|يوميا|في اليوم|لليله|الليله الواحده|لكل يوم|لكل ليله"
)
# "two days", "iki günün", "يومين": more than one day named next to the amount
_DAYS_NAMED = re.compile(
    r"\b(?:[2-9]|two|three|four|five|six|seven|iki|uc|dort|bes|alti|yedi)\s+(?:full\s+|whole\s+|tam\s+)?"
    r"(?:days|nights|gun\w*|gece\w*)\b"
    r"|(?<!\w)[وبل]?(?:ال)?(?:يومين|ليلتين)(?!\w)|(?<!\w)(?:[2-9]|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه)\s+(?:ايام|ليال)"
)
_EACH = re.compile(
    r"\b(?:each|per|at|a day|a night|rate|half|her|basina|gunluk|gecelik|tarife\w*|yari\w*)\b|لكل|للواحد|يوميا|لليوم|لليله|سعر|نصف"
)


def _per_day_rates(ctx: EvalContext) -> set[int]:
    out: set[int] = set()
    for src in ctx.case.sources:
        folded = fold(src.text).replace("\u0640", "")
        if not _PER_DAY.search(folded):
            continue
        for x in extract(src.text):
            if x.kind == "amount" and _PER_DAY.search(fold(src.text[max(0, x.start - 14) : x.end + 14])):
                out.add(_cents(x.lo))
    return out


def one_day_for_many(ctx: EvalContext, m: Mention) -> str | None:
    """"kullanılmayan iki günün karşılığı olan 1.400,00 TL" where 1.400 TL is the daily rate:
    the price of one day given for several."""
    sent = sentence_at(ctx, m.start)
    if sent is None or m.is_range:
        return None
    folded = fold(sent.text).replace("\u0640", "")
    if not _DAYS_NAMED.search(folded) or _EACH.search(folded):
        return None
    if _cents(m.lo) not in _per_day_rates(ctx):
        return None
    if any((x.kind == "amount" and sent.start + x.start != m.start) or x.kind == "percent" for x in extract(sent.text)):
        return None  # "4 nights …, so the total stays at 208.00", "50% of the 2 days": worked, not one day's rate
    return "the sources give this as the rate for one day, and the sentence counts several"


_MOVED = re.compile(
    r"\b(?:after|later|moved?|push\w*|postpon\w*|reschedul\w*|sonra\w*|ertele\w*|tasi\w*|kaydir\w*|aktar\w*)\b"
    r"|(?<!\w)[وف]?(?:بعد|اجلت|أجلت|اجل|تاجيل|تأجيل|نقلت|نقل)"
)


_A_WEEK = re.compile(r"\b(?:a|one|bir)\s+(?:full\s+|whole\s+|tam\s+)?(?:week|hafta)\b|(?<!\w)[وب]?(?:ال)?اسبوعا?(?!\w)")
_TWO_WEEKS = re.compile(r"\b(?:a fortnight|two weeks|iki hafta)\b|(?<!\w)[وب]?(?:ال)?اسبوعين(?!\w)")


_COUNTDOWN = re.compile(r"\b(?:before|prior to|earlier|once|onceki|evvel)\b|(?<!\w)[وف]?قبل(?!\w)")


def as_day(m: Mention, b: Backing) -> date | None:
    """The calendar day of a date mention (the sources' year where it names none)."""
    year = int(m.unit) if m.unit.isdigit() else int(b.default_year())
    try:
        return date(year, int(m.lo) // 100, int(m.lo) % 100)
    except ValueError:
        return None


def moved_off_span(ctx: EvalContext, m: Mention, b: Backing, mentions: tuple[Mention, ...]) -> str | None:
    """"نقلتُ الموعد أسبوعاً كاملاً … من 20 مايو إلى 26 مايو" where 27 May is free: a date
    moved by the span its sentence names must land that span on; when the stated calendar
    holds the date it should have been, the one given is a slip."""
    sent = sentence_at(ctx, m.start)
    if sent is None or m.is_range:
        return None
    folded = fold(sent.text).replace("\u0640", "")
    if not _MOVED.search(folded) or _COUNTDOWN.search(folded):
        return None  # ("10 days before the big day … ready on 17 June": a count back from another date)
    inside = [x for x in mentions if sent.start <= x.start < sent.end]
    spans = {
        int(d.lo // DAY)
        for d in inside
        if d.kind == "duration" and d.unit == MINUTES and not d.is_range and d.lo % DAY == 0 and 0 < d.lo // DAY <= 60
    }
    if _A_WEEK.search(folded):
        spans.add(7)  # "a week", "bir hafta", "أسبوعاً": left as words by the extractor
    if _TWO_WEEKS.search(folded):
        spans.add(14)
    target = as_day(m, b)
    if not spans or target is None:
        return None
    if sum(x.kind == "date" for x in inside) > 2:
        return None  # a list of slots or a timeline, not one date moved to another
    froms = [x for x in inside if x.kind == "date" and x is not m and not x.is_range and x.lo != m.lo]
    if not froms:
        froms = [x for x in extract(ctx.case.message) if x.kind == "date" and not x.is_range]
    starts = [d for d in (as_day(x, b) for x in froms) if d is not None and d < target]
    if not starts or any((target - d).days in spans for d in starts):
        return None
    stated = set(b.calendar_days())
    due = sorted({d + timedelta(days=n) for d in starts for n in spans} & stated)
    if not due:
        return None
    return f"moved by the span the sentence names, it lands on {due[0]:%d %B}"


def business_days_miscounted(ctx: EvalContext, m: Mention, b: Backing, mentions: tuple[Mention, ...]) -> str | None:
    """"no later than Thursday, March 12, which is 10 business days after we received them"
    (received Monday 2 March): a date its sentence ties to a span of business days, where
    that many calendar days from a stated date give it and that many business days do
    not. The business-day reading of the span backs a date; the calendar one is a slip."""
    sent = sentence_at(ctx, m.start)
    if sent is None or m.is_range or _COUNTDOWN.search(fold(sent.text)):
        return None
    spans = {
        int(d.lo)
        for d in mentions
        if d.kind == "duration" and d.unit == BDAYS and not d.is_range and d.lo == int(d.lo) and 2 <= d.lo <= 30
        and sent.start <= d.start < sent.end
    }
    target = as_day(m, b)
    if not spans or target is None or target in b.calendar_days():
        return None
    bases = [d for d in b.calendar_days() if d < target]
    if any(target in (plus_business_days(d, n), plus_business_days(d, n - 1)) for d in bases for n in spans):
        return None  # (counting the day it starts as the first: "3 iş günü içinde" from Wednesday is Friday)
    slipped = [(d, n) for d in bases for n in spans if (target - d).days in (n, n - 1)]
    if not slipped:
        return None
    base, n = slipped[-1]
    return f"{n} business days after {base:%d %B} is {plus_business_days(base, n):%d %B}; this date counts calendar days"


_PERIOD = re.compile(r"\b(?:period|cycle|term|donem\w*)\b|(?<!\w)[وب]?(?:ال)?(?:فتره|دوره)(?!\w)")
_LASTS_UNTIL = re.compile(
    r"\b(?:until|till|through|active|access|ends?|expires?|last day|kadar|sonuna|bitiyor|bitecek|gecerli|aktif)\b"
    r"|(?<!\w)[وف]?(?:حتى|ينتهي|تنتهي|ساري|فعال)"
)


# between the two dates of a period: "15 February – 14 March"
_UNTIL_BETWEEN = re.compile(r"\s*(?:[-–—]|to|until|till|through|ile|ila|الى|إلى|حتى)\s*")


def period_end_shifted(ctx: EvalContext, m: Mention, b: Backing) -> str | None:
    """"It stays active until 14 April" where the current period is "15 February – 14
    March": a month-cycle date one cycle off the end of the period the sources state,
    given for how long something lasts. A monthly plan makes every cycle's date
    derivable, so a value check passes it; the period stated fixes which one."""
    sent = sentence_at(ctx, m.start)
    if sent is None or m.is_range or not _LASTS_UNTIL.search(fold(sent.text)):
        return None
    target = as_day(m, b)
    if target is None:
        return None
    default = int(b.default_year())
    ends: set[date] = set()
    for src in ctx.case.sources:
        folded = fold(src.text)
        if not _PERIOD.search(folded):
            continue
        dates = [x for x in extract(src.text) if x.kind == "date"]
        for x, y in pairwise(dates):
            if not _UNTIL_BETWEEN.fullmatch(folded, x.end, y.start):
                continue
            year = int(y.unit) if y.unit.isdigit() else default
            with contextlib.suppress(ValueError):
                ends.add(date(year, int(y.lo) // 100, int(y.lo) % 100))
    if not ends or target in ends or target in b.calendar_days():
        return None
    for end in ends:
        if target in (plus_months(end, 1), plus_months(end, -1)):
            return f"the current period stated ends on {end:%d %B}; this date is a cycle off"
    return None


# a price per unit in the sources: "56.00 USD per day", "kutu başı 360 TL", "لكل جلسة 90 ريالاً"
_PER_UNIT_AFTER = re.compile(r"\s*(?:per|each|every|a|an|/)\s?(\w+)|\s*(?:لكل|عن كل)\s+(\w+)|\s*لل(\w{3,})")
_UNIT_BEFORE = re.compile(r"(\w+)\s+(?:basi|basina)\s*$|\b(?:per|each|every)\s+(\w+)\s*:?\s*$|(?:لكل|عن كل)\s+(\w+)\s*:?\s*$")
_ADJ_UNIT = {
    "daily": "day", "nightly": "night", "monthly": "month", "weekly": "week", "gunluk": "gun", "aylik": "ay",
    "haftalik": "hafta", "gecelik": "gece", "يوميا": "يوم", "شهريا": "شهر",
}
_ADJ_UNIT_RE = re.compile(r"\b(?:" + "|".join(_ADJ_UNIT) + r")\b")


def _unit_key(word: str) -> str:
    """A unit word's first three letters ("days" and "day", "kutunun" and "kutu")."""
    return word.removeprefix("ال")[:3]


def _unit_rates(ctx: EvalContext) -> set[tuple[int, str]]:
    """(cents, unit) of the amounts the sources price per unit ("per day", "kutu başı")."""
    out: set[tuple[int, str]] = set()
    for src in ctx.case.sources:
        folded = fold(src.text).replace("\u0640", "")
        if len(folded) != len(src.text):
            continue
        for x in extract(src.text):
            if x.kind != "amount" or x.is_range:
                continue
            units = []
            if (a := _PER_UNIT_AFTER.match(folded, x.end)) is not None:
                units.append(next(g for g in a.groups() if g))
            if (bm := _UNIT_BEFORE.search(folded, max(0, x.start - 24), x.start)) is not None:
                units.append(next(g for g in bm.groups() if g))
            near = folded[max(0, x.start - 12) : x.end + 12]
            units += [_ADJ_UNIT[a.group()] for a in _ADJ_UNIT_RE.finditer(near)]
            out |= {(_cents(x.lo), _unit_key(u)) for u in units if not u.isdigit()}
    return out


_COUNTED = re.compile(r"\s+(?:(\w+)\s+)?(\w+)")
_TIMES = re.compile(r"[×*]|\s[xX]\s")


def miscounted_units(ctx: EvalContext, m: Mention, b: Backing, mentions: tuple[Mention, ...]) -> str | None:
    """"gönderilmemiş 2 kutunun bedeli olan 1.080 TL" where a box is "kutu başı 360 TL": the
    amount is the price of 3 units while its sentence counts 2 of that unit (and no stated
    share of 2 makes it)."""
    sent = sentence_at(ctx, m.start)
    if sent is None or m.is_range or m.kind != "amount":
        return None
    inside = [x for x in mentions if sent.start <= x.start < sent.end and x is not m]
    if any(x.kind in ("amount", "percent") for x in inside) or _TIMES.search(sent.text):
        return None  # working shown in the sentence: the other checks read it
    folded = fold(ctx.reply)
    said = {int(x.lo) for x in inside if x.kind == "number"}
    counts: dict[str, set[int]] = {}
    # only a count close enough to name the amount ("2 kutunun bedeli olan 1.080 TL", "for your
    # 4 unused days it has come out at 168.00"); spans are not counts ("14 günden fazla kaldığı için")
    for x in (x for x in inside if m.start - 45 <= x.start and x.end <= m.end + 25):
        if x.kind == "number" and x.lo == int(x.lo) and 2 <= x.lo <= 60:
            after = _COUNTED.match(folded, x.end)
            for w in after.groups() if after else ():
                if w:
                    counts.setdefault(_unit_key(w), set()).add(int(x.lo))
    if not counts:
        return None
    want = _cents(m.lo)
    shares = [10000, *b.percents]  # (percents in hundredths)
    for rate, unit in _unit_rates(ctx):
        n_said = counts.get(unit)
        if not n_said or rate <= 0 or want % rate or not 2 <= want // rate <= 60 or want // rate in said:
            continue
        if any(abs(n * rate * p - want * 10000) < 10000 for n in n_said for p in shares):
            continue
        return f"this is the price of {want // rate} units, but the sentence counts {', '.join(map(str, sorted(n_said)))}"
    return None


# a total named as one: after "=" or a word for the total
_TOTAL_BEFORE = re.compile(r"(?:=|\btotal|\btoplam\w*|المجموع|الاجمالي|اجمالي)\W*$")
# A charge taken twice ("iki kez çekilmiş", "charged twice", "خُصم مرتين"); few cases tell
# of one, so a substring test goes first (Needled). grounded reads it too: a refund of both
# charges of a duplicate.
CHARGED_TWICE = Needled(
    re.compile(
        r"\btwice\b|\bdouble[ds]?\b|duplicate|two times|iki (?:kez|kere|defa)|mukerrer|cift cekim"
        r"|\u0645\u0631\u062a\u064a\u0646|\u0645\u0643\u0631\u0631|\u0645\u0632\u062f\u0648\u062c"
    )
)


def _itemised(text: str) -> tuple[tuple[int, frozenset[int]], ...]:
    """Each total a source itemises: an amount named as the total of the two amounts just
    before it, joined by "+" ("1.360,00 TL + teslimat 120,00 TL = toplam 1.480,00 TL"),
    with its parts."""
    folded = fold(text)
    amounts = [m for m in extract(text) if m.kind == "amount" and not m.is_range]
    out = []
    for a, z, total in zip(amounts, amounts[1:], amounts[2:], strict=False):
        if (
            a.unit == z.unit == total.unit
            and "+" in text[a.end : z.start]
            and _cents(a.lo) + _cents(z.lo) == _cents(total.lo)
            and _TOTAL_BEFORE.search(folded[max(z.end, total.start - 16) : total.start])
        ):
            out.append((_cents(total.lo), frozenset((_cents(a.lo), _cents(z.lo)))))
    return tuple(out)


def part_counted_twice(ctx: EvalContext, m: Mention) -> str | None:
    """An itemised total plus one of its own parts: "1.480 TL … buna ek olarak 120 TL
    teslimat ücretini de … toplam 1.600 TL", where the 1.480 already holds the 120."""
    cents = _cents(m.lo)
    texts = [src.text for src in ctx.case.sources]
    if any(CHARGED_TWICE.search(fold(t)) for t in texts):
        return None  # the total and a wrong part of it are then two refunds
    for text in texts:
        for total, parts in _itemised(text):
            if any(total + p == cents for p in parts):
                return "counts a part twice: the stated total already includes it"
    return None
