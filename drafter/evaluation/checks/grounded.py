"""R7 "Promise only what is true": every commitment in the reply is backed.

A commitment is an amount, percentage, duration/deadline, date, time of day or
"tomorrow" (read as values by `numbers.extract`), or a refund / credit / fee waiver /
exception stated as done or promised. Each is checked against the case's sources (policy
passages and customer facts) and the customer's message (their own figures quoted back).

Value rules, chosen to be strict about what a reply adds and lenient about notation:

- amounts match by value (1.850 TL = 1,850 TL = 1850 TL) when currencies agree or one is
  unstated; a bare number in the sources also backs an amount;
- derived amounts are backed when they are the difference or sum of two amounts in the
  sources, p% of an amount with p in the sources, or an amount times / divided by a
  count stated there (2..31: nights, months, days). Nothing looser: a pro-rata figure
  that needs more than one step is reported, for a person to confirm;
- durations match in canonical units ("two weeks" = "14 days" = "iki hafta"); "2 days"
  and "2 business days" match each other (readers drop "business"); a month is 30 days;
- a range in the reply is backed when both its ends are: the values between a source
  range's ends are not ("5-7 days" against a policy of "5-10 days" promises more than the
  policy does), but either end alone is ("within 10 business days");
- dates match on day and month, and on the year when both state one; times of day match
  a time in the sources or message, or a bare hour there ("between 8 and 12");
- "tomorrow" is backed by "tomorrow" in the sources/message or a span of at most a day;
  the agent's own first-person plan ("I'll call you tomorrow") is theirs to make.

Not commitments: ids, phone numbers, addresses, "24/7", bare numbers (years, list
markers, house numbers), "100%" away from a refund/credit/discount, and spans of the
customer's past ("three days ago", "منذ يومين", "I'm sorry you waited two days").

Concept commitments (no number) are reported only when no source mentions the concept
family at all, and the sentence states it rather than asks, refuses, negates it, or takes
it to someone who can decide (R14: "I've asked my manager to approve an exception").
An unsupported amount in the same sentence already reports the commitment ("250 TL
tazminat"), so the concept is not reported twice. Identical figures are reported once.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from ...schemas import CheckResult
from ...text import Sentence, fold_turkish, normalize
from ..base import EvalContext, check
from ..numbers import BDAYS, DAY, MINUTES, MONTHS, Mention, extract, fold, format_value, number_word

# ------------------------------------------------------------------ concept families

# Concepts are matched on `numbers.fold` output (same length, so offsets stay valid: lower
# case, Turkish in ASCII, one spelling of each Arabic letter, vowel marks as tatweel).
# Latin patterns sit in one alternation per first letter behind a single word-start check,
# so the engine rejects most positions at once. Arabic words are found by their stem,
# and the proclitics before it (و ف ب ل ك ال, verb prefixes) are checked afterwards.

# family -> (patterns a reply commits with, extra patterns that back it in a source)
_LATIN: dict[str, tuple[list[str], list[str]]] = {
    "refund": (
        ["refund", "reimburs", r"money back\b", r"pa(?:y|id) (?:you )?back\b", "iade", "geri ode"],
        [
            r"credited back",
            r"returned to (?:the|your) (?:original )?(?:card|payment)",
            r"(?:get|gets|paid|given) (?:\S+ ){0,6}back\b",
        ],
    ),
    "credit": (
        [
            r"credit(?:s|ed|ing)?\b(?! cards?\b)",
            "compensat",
            r"vouchers?\b",
            r"gift ?cards?\b",
            "discount",
            r"coupons?\b",
            r"kredi(?!\w*\s+kart)",
            "tazminat",
            "indirim",
            "hediye ceki",
            "kupon",
            "telafi",
        ],
        [r"credit note", r"goodwill\b"],
    ),
    "waiver": (
        [
            "waiv",
            r"free of charge\b",
            r"at no (?:extra |additional )?(?:cost|charge)\b",
            r"no (?:extra |additional )?(?:charge|fee|cost)s?\b",
            r"for free\b",
            "complimentary",
            r"without (?:any )?(?:extra )?(?:charge|fee|cost)s?\b",
            "ucretsiz",
            r"bedava\b",
            "muaf",
        ],
        [r"free\b", r"no further charge", r"not (?:be )?charged\b", r"ucret alinmaz"],
    ),
    "exception": (
        ["exception", r"one[- ]off\b", r"as a one[- ]time\b", "istisna", "bir defaya mahsus"],
        [r"manager'?s? (?:approval|call|decision)\b", r"at the agent'?s discretion\b"],
    ),
}

_CONJ, _PREP, _ART = ("", "و", "ف"), ("", "ب", "ل", "ك"), ("", "ال")
_NOUN = frozenset(c + p + a for c in _CONJ for p in _PREP for a in _ART) | {"لل", "ولل", "فلل"}
_VERB = frozenset(
    c + a + v
    for c in _CONJ
    for a in ("", "ال", "لل", "بال")
    for v in ("", "ا", "ت", "ي", "م", "ن", "س", "سي", "ست", "سن", "سا")
)
_T = "\u0640*"  # Arabic vowel marks, folded to tatweel
# (family, stem, what may follow it, proclitics allowed before it)
_ARABIC: list[tuple[str, str, str, frozenset[str]]] = [
    ("refund", "سترد", "", _VERB),  # استرداد، تسترد، المسترد، سنسترد
    ("refund", "سترج", "", _VERB),
    ("refund", "رددت", "", frozenset(_CONJ)),
    ("refund", "اعاده", r"\s+المبلغ", _NOUN),
    ("refund", "ارجاع", r"\s+المبلغ", _NOUN),
    ("credit", "رصيد", "", _NOUN),
    ("credit", "تعويض", "", _NOUN),
    ("credit", "قسيمه", "", _NOUN),
    ("credit", "كوبون", "", _NOUN),
    ("credit", "خصم", rf"(?:ا{_T})?(?!\w)", _NOUN),  # the noun: تُخصم (is deducted) is a verb
    ("waiver", "مجان", "", _NOUN),
    (
        "waiver",
        "دون",
        rf"\s+(?:ا{_T}ي{_T}\s+)?ر{_T}س{_T}و{_T}م",
        frozenset({"", "و", "ف", "ب", "وب", "فب"}),
    ),
    ("waiver", "بلا", rf"\s+ر{_T}س{_T}و{_T}م", frozenset(_CONJ)),
    ("waiver", "اعفا", "", _NOUN),  # اعفاء، اعفاؤك
    (
        "waiver",
        "عفي",
        "",
        frozenset({"ا", "وا", "فا", "سا", "سن", "سي", "ن", "ي", "ت", "م", "الم"}),
    ),
    ("exception", "استثن", "", frozenset({"", "و", "ف", "ال", "وال", "فال", "لل"})),  # not باستثناء
]


def _stem(word: str) -> str:
    return "".join(c + _T for c in word)


def _trie(patterns: list[str]) -> str:
    """Patterns grouped by their first letter; ones that start with syntax stay whole."""
    groups: dict[str, list[str]] = {}
    loose: list[str] = []
    for p in patterns:
        if p[0].isalpha():
            groups.setdefault(p[0], []).append(p[1:])
        else:
            loose.append(p)
    return "|".join([f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items()] + loose)


_REPLY_LATIN = re.compile(r"(?<!\w)(?:" + _trie([p for f in _LATIN.values() for p in f[0]]) + ")")
_SOURCE_LATIN = re.compile(
    r"(?<!\w)(?:" + _trie([p for f in _LATIN.values() for p in f[0] + f[1]]) + ")"
)
_LATIN_OF = [(name, re.compile("|".join(f[0] + f[1]))) for name, f in _LATIN.items()]
_AR_ONE = [re.compile(_stem(stem) + tail) for _, stem, tail, _ in _ARABIC]
# no groups: a plain alternation of literal-first branches is what the engine scans fastest
_AR_STEMS = re.compile("|".join(p.pattern for p in _AR_ONE))
_HAS_ARABIC = re.compile("[\u0621-\u064a]")
# Policies state compensation with the verb ("تُعوَّض القطع", "يُعوَّض العميل"), which the
# noun stem above does not reach; in a source, any form of the root backs a credit.
_AR_COMPENSATE_VERB = re.compile(
    "(?<![\u0621-\u064a\u0640])[وف]?[يتنا]?\u0640*ع\u0640*و\u0640*ض(?!\u0640*ا\u0640*\\s+عن)"
)
# A policy returning money with the plain verb (يُرد / تُرد / يَرُدّ + the money or where it goes).
_AR_RETURN_MONEY = re.compile(
    "(?<![\u0621-\u064a])[وف]?[يت]\u0640*ر\u0640*د\u0640*(?:ه\u0640*)?\\s+(?:\\S+\\s+){0,3}?"
    "(?:المبلغ|مبلغ|المبالغ|مبالغ|الفرق|فرق|فروق|الرسوم|رسوم|الرسم|رسم|قيمه|ثمن|الى بطاقه|الى وسيله|الى حساب|للعميل)"
)
# The genus word ("compensation", "تعويض", "telafi") also names goodwill given in kind: a
# free service in the sources ("a free week") backs it. A refund of what was paid does not:
# compensation on top of the refund is more than the policy gives.
_GENUS = re.compile("compensat|tazminat|telafi|\u062a\u0639\u0648\u064a\u0636|\u0639\u0648\u0636")


def concept_mentions(folded: str, *, source: bool = False) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, families) of every refund / credit / waiver / exception word."""
    out: list[tuple[int, int, frozenset[str]]] = []
    for m in (_SOURCE_LATIN if source else _REPLY_LATIN).finditer(folded):
        fams = {name for name, pat in _LATIN_OF if pat.match(folded, m.start())}
        if folded.startswith("credited", m.start()):
            fams.add("refund")
        out.append((m.start(), _word_end(folded, m.end()), frozenset(fams)))
    if _HAS_ARABIC.search(folded) is None:
        return out
    for m in _AR_STEMS.finditer(folded):
        k = next(i for i, p in enumerate(_AR_ONE) if p.match(folded, m.start()))
        family, _, _, prefixes = _ARABIC[k]
        ws = m.start()
        while ws > 0 and ("\u0621" <= folded[ws - 1] <= "\u064a" or folded[ws - 1] == "\u0640"):
            ws -= 1
        if folded[ws : m.start()].replace("\u0640", "") in prefixes:
            out.append((ws, _word_end(folded, m.end()), frozenset((family,))))
    return out


def _word_end(text: str, i: int) -> int:
    """Extend a match to the end of its last word ("waiv" -> "waived")."""
    m = _WORD_REST.match(text, i)
    return m.end() if m is not None else i


_WORD_REST = re.compile(r"\w*")


# A clause that refuses, negates or asks is not a commitment (checked on normalised text).
_NEGATION_BEFORE = re.compile(
    r"\b(?:not|never|cannot|can't|won't|isn't|aren't|don't|doesn't|didn't|unable|unfortunately|afraid)\b"
    r"|n't\b"
    r"|(?:^|\s)[وف]?(?:لا|لن|لم|ليس|ليست|لسنا|غير|يتعذر|تعذر|للاسف)(?:\s|$)"
)
_NEGATION_AFTER_TR = re.compile(
    r"\b(?:degil|yok|olmaz|maalesef)\b"
    r"|\w+(?:m[ae]y[ae]c[ae]\w*|m[iu]yor\w*|m[ae]z\b|m[ae]d[iu]\w*|[ae]m[ae]z\w*|[ae]m[iu]yor\w*)"
)
_TR_QUESTION = re.compile(r"\bm[iu](?:s[iu]n[iu]z|s[iu]n|y[iu]m|y[iu]z)?\b")
_TR_LETTERS = re.compile("[ğışİĞŞ]")
# Asking someone who can decide (RUBRIC R14) or passing on the customer's request is not
# promising the outcome: "I've asked my manager to approve an exception".
_ESCALATION = re.compile(
    r"\b(?:manager|supervisor|team lead|escalat\w*|approv\w*|yonetici\w*|mudur\w*|amir\w*|onay\w*)\b"
    r"|مدير|مشرف|موافق|رفعت"
)
_REQUEST_AFTER = re.compile(r"\s*(?:request|talep|talebi)")  # "refund request", "iade talebi"
_REQUEST_BEFORE = re.compile(r"طلب\S*\s+$")  # "طلب الاسترداد"
_CLAUSE_BREAK = re.compile(r"[,;:—–]| and | but | so | ve | ama | ancak |،|؛| ثم ")
# The agent's own plan ("I'll call you tomorrow") is within their authority.
_FIRST_PERSON_PLAN = re.compile(
    r"\bi(?:'ll| will| am going to|'m going to| can)\b"
    r"|\w+(?:[ae]c[ae]g[iu]m|[ae]bil[iu]r[iu]m)\b"
    r"|(?:^|\s)[وف]?(?:سا(?!عه|عات)|سن(?!ه|وات)|سوف ا)\S"
)
_FULL_WORDS = re.compile(r"\bin full\b|\bfull\b|\btam(?:am[iu]n[iu])?\b|كامل|بالكامل")


# ------------------------------------------------------------------ what the case backs


def _cents(v: float) -> int:
    return round(v * 100)


@dataclass
class Backing:
    """The values and concepts the sources and the customer's message state."""

    amounts: list[tuple[float, str]] = field(default_factory=list)
    numbers: set[int] = field(default_factory=set)  # bare numbers, in cents
    counts: set[int] = field(default_factory=set)  # small whole numbers, for derived amounts
    quantities: set[int] = field(default_factory=set)  # any whole count, for unit prices
    day_counts: set[int] = field(default_factory=set)  # stated spans in days (nights, days)
    month_days: set[int] = field(default_factory=set)  # "on the 1st of each month"
    message_numbers: set[int] = field(default_factory=set)  # bare numbers in the customer's message
    unit_prices: list[tuple[float, str]] = field(default_factory=list)  # "0.10 EUR per photo"
    percents: set[int] = field(default_factory=set)
    durations: set[tuple[str, int]] = field(default_factory=set)
    spans_1day: bool = False  # some duration of at most a day (backs "tomorrow")
    dates: set[tuple[int, str]] = field(default_factory=set)
    times: set[int] = field(default_factory=set)
    hours: set[int] = field(default_factory=set)
    tomorrow: bool = False
    concepts: set[str] = field(default_factory=set)
    full: bool = False  # "in full" / "tam" / "كامل": backs 100%
    month_end: bool = False  # "at the end of the month": backs the last day of a stated month
    examples: dict[str, list[str]] = field(default_factory=dict)
    _derived: set[tuple[int, str]] | None = None
    _dates: set[tuple[int, str]] | None = None
    _sums: set[tuple[str, int]] | None = None

    def add(self, m: Mention) -> None:
        self.examples.setdefault(m.kind, [])
        if m.text not in self.examples[m.kind]:
            self.examples[m.kind].append(m.text)
        values = (m.lo, m.hi, *m.alts)
        if m.kind == "amount":
            self.amounts.extend((v, m.unit) for v in values)
        elif m.kind == "number":
            self.numbers.update(_cents(v) for v in values)
            self.counts.update(int(v) for v in values if float(v).is_integer() and 2 <= v <= 31)
            self.quantities.update(
                int(v) for v in values if float(v).is_integer() and 2 <= v <= 1000
            )
        elif m.kind == "percent":
            self.percents.update(_cents(v) for v in values)
        elif m.kind == "duration":
            for v in values:
                self.durations.update(_duration_keys(m.unit, v))
                if (m.unit == MINUTES and v <= DAY) or (m.unit == BDAYS and v <= 1):
                    self.spans_1day = True
                if m.unit != MINUTES or v % DAY == 0:
                    self.counts.update(int(x) for x in _duration_counts(m.unit, v))
                    self.day_counts.update(int(x) for x in _duration_counts(m.unit, v))
        elif m.kind == "date":
            self.dates.update((int(v), m.unit) for v in values)
            self.dates.update((int(v), "") for v in values)
        elif m.kind == "time":
            self.times.update(int(v) for v in values)
        elif m.kind == "relative":
            self.tomorrow = True

    def month_gaps(self) -> set[int]:
        """Whole calendar months between two stated dates (requested 15 May, cover ends
        31 December: June to December, 7 months)."""
        years = [y for _, y in self.dates if y]
        default = int(max(set(years), key=years.count)) if years else 2025
        stamps = sorted({(int(y or default), md // 100, md % 100) for md, y in self.dates})
        out: set[int] = set()
        for i, (y1, m1, _d1) in enumerate(stamps):
            for y2, m2, _d2 in stamps[i + 1 :]:
                months = (y2 - y1) * 12 + m2 - m1
                for n in (months - 1, months):
                    if 2 <= n <= 24:
                        out.add(n)
        return out

    def quantity_gaps(self) -> set[int]:
        """Differences of two stated quantities (10 sessions bought, 6 used: 4 left)."""
        qs = sorted(q for q in self.quantities if q <= 100)
        return {b - a for i, a in enumerate(qs) for b in qs[i + 1 :] if b - a >= 2}

    def duration_sums(self) -> set[tuple[str, int]]:
        """Two stated time frames added up ("2 business days" + "1 business day" backs "3"),
        and the spans between two stated times or dates (ordered 16:05, delivered 23:10:
        "seven hours"; frozen 1-31 May: "one month")."""
        if self._sums is None:
            items = sorted(self.durations)
            self._sums = {
                (da, va + vb)
                for i, (da, va) in enumerate(items)
                for db, vb in items[i + 1 :]
                if da == db
            }
            self._sums |= {
                (da, abs(va - vb))
                for i, (da, va) in enumerate(items)
                for db, vb in items[i + 1 :]
                if da == db == MINUTES and va != vb and max(va, vb) < DAY * 100
            }  # "8 hours a month, 3 used": 5 left (hours only: day spans differ by accident)
            self._sums |= _spans(self)
        return self._sums

    def date_ok(self, md: int, year: str) -> bool:
        """A stated date, or one a stated date and a stated span lead to (19 June + two
        nights = 21 June; "a recheck after 2 weeks" from 8 May = 22 May), or the last day
        of a stated month where the sources say "at the end of the month"."""
        if (md, year) in self.dates or md % 100 in self.month_days:
            return True
        if self._dates is None:
            self._dates = _derived_dates(self)
        return (md, year) in self._dates or (md, "") in self._dates

    def time_ok(self, t: int) -> bool:
        """A stated time, or one a stated span away from it ("30 minutes before 08:00")."""
        if t in self.times:
            return True
        spans = {v // 100 for dim, v in self.durations if dim == MINUTES and 0 < v // 100 < DAY}
        return any((t - s) % DAY in self.times or (t + s) % DAY in self.times for s in spans)

    def derived(self) -> set[tuple[int, str]]:
        """Amounts one step away from the stated ones (see the module docstring)."""
        if self._derived is None:
            out: set[tuple[int, str]] = set()
            base = list(dict.fromkeys(self.amounts))
            for n, (a, fa) in enumerate(base):
                for b, fb in base[n + 1 :]:
                    if fa and fb and fa != fb:
                        continue
                    fam = fa or fb
                    out.add((_cents(abs(a - b)), fam))
                    out.add((_cents(a + b), fam))
                    # two steps the policy itself implies: a price difference per night
                    # times the nights, a service plus a per-wheel add-on twice
                    for c in self.day_counts | {q for q in self.quantities if q <= 4}:
                        out.add((_cents(abs(a - b) * c), fam))
                    for c in self.counts:
                        out.add((_cents(a + b * c), fam))
                        out.add((_cents(b + a * c), fam))
                # what is left of a pack ("12 sessions, 4 attended": 8 left) counts too
                counts = self.counts | self.quantity_gaps() | self.month_gaps()
                for p in self.percents:
                    out.add((_cents(a * p / 10000), fa))
                    out.add((_cents(a * (10000 - p) / 10000), fa))  # what is left after p% off
                    for c in counts:  # 30% of two tickets at 350
                        out.add((_cents(a * c * p / 10000), fa))
                for c in counts:
                    out.add((_cents(a * c), fa))
                    out.add((_cents(a / c), fa))
            # a price stated per unit times any count the case states (60 photos x 0.10 EUR);
            # other amounts only take small counts, so stray numbers don't back a figure
            units = list(dict.fromkeys(self.unit_prices))
            for n, (a, fa) in enumerate(units):
                # ... and a few of it: "1.50 EUR per transfer", two transfers: 3.00 EUR
                for q in self.quantities | {2, 3, 4}:
                    out.add((_cents(a * q), fa))
                # two prices per guest: the difference for every guest (90 x (82 - 68))
                for b2, fb in units[n + 1 :]:
                    if not (fa and fb and fa != fb):
                        out.update((_cents(abs(a - b2) * q), fa or fb) for q in self.quantities)
            # an amount charged twice: "120 TL taken again at the gate: 240 TL in all"
            out.update((_cents(a * 2), fa) for a, fa in base)
            self._derived = out
        return self._derived


def _spans(b: Backing) -> set[tuple[str, int]]:
    """Durations between two stated clock times or two stated dates."""
    out: set[tuple[str, int]] = set()
    times = sorted(b.times)
    for i, t1 in enumerate(times):
        for t2 in times[i + 1 :]:
            gap = t2 - t1
            out |= _duration_keys(MINUTES, gap)
            out |= _duration_keys(MINUTES, gap // 60 * 60)  # "more than seven hours"
    years = [y for _, y in b.dates if y]
    default = max(set(years), key=years.count) if years else "2025"
    days: list[date] = []
    for md, year in b.dates:
        with contextlib.suppress(ValueError):
            days.append(date(int(year or default), md // 100, md % 100))
    days = sorted(set(days))[:12]
    for i, d1 in enumerate(days):
        for d2 in days[i + 1 :]:
            gap = (d2 - d1).days
            if gap > 400:
                continue
            out |= _duration_keys(MINUTES, gap * DAY)
            months = (d2.year - d1.year) * 12 + d2.month - d1.month
            whole = d1.day == d2.day or (d1.day == 1 and (d2 + timedelta(days=1)).day == 1)
            if whole:
                out |= _duration_keys(MONTHS, months + (d1.day == 1 and d2.day != 1))
    return out


def _plus_business_days(base: date, n: int) -> date:
    x = base
    while n:
        x += timedelta(days=1)
        n -= x.weekday() < 5
    return x


def _derived_dates(b: Backing) -> set[tuple[int, str]]:
    years = [y for _, y in b.dates if y]
    default = max(set(years), key=years.count) if years else "2025"
    days = {v // 100 // DAY for dim, v in b.durations if dim == MINUTES and v % (100 * DAY) == 0}
    days = {d for d in days if 2 <= d <= 92}  # a one-day span ("within 24 hours") moves no stated date
    spans = b.duration_sums()
    months = {v // 100 for dim, v in b.durations | spans if dim == MONTHS and v % 100 == 0 and 0 < v <= 1200}
    bdays = {v // 100 for dim, v in b.durations if dim == BDAYS and v % 100 == 0 and 0 < v <= 1000}
    within: set[int] = set()
    out: set[tuple[int, str]] = set()
    for md, year in b.dates:
        try:
            base = date(int(year or default), md // 100, md % 100)
        except ValueError:
            continue
        if b.month_end:
            nxt = date(base.year + base.month // 12, base.month % 12 + 1, 1)
            last = nxt - timedelta(days=1)
            out.add((last.month * 100 + last.day, str(last.year)))
        for d in days:
            for sign in (1, -1):
                x = base + timedelta(days=sign * d)
                out.add((x.month * 100 + x.day, str(x.year)))
        # any day within a stated span of up to two weeks ("any weekday within 5 working
        # days" of 20 May backs 22 May), counting business days as the calendar does
        for n in within:
            for k in range(1, n + 1):
                x = base + timedelta(days=k)
                out.add((x.month * 100 + x.day, str(x.year)))
        for n in bdays:
            x = _plus_business_days(base, n)
            out.add((x.month * 100 + x.day, str(x.year)))
        # the last day of the month before a stated first: "until 31 May" when the
        # renewal is on 1 June
        if base.day == 1:
            x = base - timedelta(days=1)
            out.add((x.month * 100 + x.day, str(x.year)))
        # a stated date plus a stated number of months, or plus the span of a stated
        # period ("extended by the month you froze": 31 Dec -> 31 Jan)
        for n in months:
            y, m = divmod(base.month - 1 + n, 12)
            with contextlib.suppress(ValueError):
                x = date(base.year + y, m + 1, base.day)
                out.add((x.month * 100 + x.day, str(x.year)))
    out |= {(md, "") for md, _ in out}
    return out


def _duration_keys(dim: str, v: float) -> set[tuple[str, int]]:
    """Every canonical reading of a duration: 48 hours is also 2 days and 2 business days."""
    keys = {(dim, _cents(v))}
    if dim == MINUTES and v % DAY == 0:
        days = v / DAY
        keys.add((BDAYS, _cents(days)))
        if days % 30 == 0:
            keys.add((MONTHS, _cents(days / 30)))
        if days % 365 == 0:
            keys.add((MONTHS, _cents(days / 365 * 12)))
    elif dim == BDAYS:
        keys.add((MINUTES, _cents(v * DAY)))
    elif dim == MONTHS:
        keys.add((MINUTES, _cents(v * 30 * DAY)))
        if v % 12 == 0:
            keys.add((MINUTES, _cents(v / 12 * 365 * DAY)))
    return keys


def _duration_counts(dim: str, v: float) -> list[float]:
    n = v / DAY if dim == MINUTES else v
    return [n] if float(n).is_integer() and 2 <= n <= 31 else []


# "annual plan" states a 12-month term, "monthly" a one-month one (and so on)
_PERIOD_WORDS: list[tuple[tuple[str, ...], str, float]] = [
    (("annual", "yearly", "yillik", "سنوي"), MONTHS, 12.0),
    (("monthly", "aylik", "شهري"), MONTHS, 1.0),
    (("weekly", "haftalik", "اسبوعي"), MINUTES, 7.0 * DAY),
    (("daily", "gunluk", "يوميا", "يوميه"), MINUTES, float(DAY)),
]


class _PassageFacts(NamedTuple):
    concepts: frozenset[str]  # refund / credit / waiver / exception families it mentions
    full: bool  # says "in full"
    periods: frozenset[tuple[str, int]]  # "annual", "monthly": terms it names
    tomorrow: bool  # "the next day" / "the same day": backs "tomorrow"
    month_end: bool  # "end of the month"
    per_receipt: bool  # repays the actual cost
    dual: bool  # an Arabic dual noun ("تذكرتان", "حصتين"): a count of two
    month_day: frozenset[int]  # "billed on the 1st of each month": that day of any month
    counted: frozenset[int]  # counts written in words ("three transactions", "üç işlem")


@lru_cache(maxsize=8192)
def _passage_facts(text: str) -> _PassageFacts:
    """What one source passage (or message) states beyond its numbers; cached, since
    policy passages repeat across cases."""
    folded = fold(text)
    fams = frozenset(f for _, _, hit in concept_mentions(folded, source=True) for f in hit)
    # Each pattern runs only where a word it needs occurs: a substring test is a
    # hundred times cheaper than a scan with a leading \b alternation.
    arabic = not folded.isascii() and _HAS_ARABIC.search(folded) is not None
    if arabic and _AR_COMPENSATE_VERB.search(folded):  # "يُعوَّض" backs "تعويض"
        fams |= {"credit"}
    if arabic and _AR_RETURN_MONEY.search(folded):  # "يُرد الفرق إلى وسيلة الدفع" backs "رددتُ"
        fams |= {"refund"}
    periods = frozenset(
        key
        for words, dim, v in _PERIOD_WORDS
        if any(w in folded for w in words)
        for key in _duration_keys(dim, v)
    )
    return _PassageFacts(
        fams,
        _gated(_FULL_WORDS, folded, ("full", "tam", "كامل")),
        periods,
        _gated(_NEXT_OR_SAME_DAY, folded, ("day", "gun", "اليوم", "24 ساعه")),
        _gated(_MONTH_END, folded, ("month", "ay", "شهر")),
        _gated(_PER_RECEIPT, folded, _RECEIPT_WORDS),
        arabic and _AR_DUAL.search(folded) is not None,
        frozenset(int(d) for m in _MONTH_DAY.finditer(folded) for d in m.groups() if d and 1 <= int(d) <= 31),
        frozenset(_word_counts(folded)),
    )


def _word_counts(folded: str) -> set[int]:
    """Small counts written as words; "on" (Turkish ten) is skipped, it is English too."""
    out: set[int] = set()
    for w in _LETTER_RUN.findall(folded):
        if w == "on":
            continue
        nw = number_word(w)
        if nw is not None and 2 <= nw[0].value <= 12:
            out.add(int(nw[0].value))
    return out


_LETTER_RUN = re.compile(r"[^\W\d_]+")


_MONTH_DAY = re.compile(
    r"\bon the (\d{1,2})(?:st|nd|rd|th)? of (?:each|every|the) month\b|\bher ay(?:in)? (\d{1,2})\W"
    r"|(?:يوم )?(\d{1,2}) من كل شهر"
)
# feminine dual nouns (ليلتان، حصتين، تذكرتين): "ستين" (sixty) and "روتين" are not duals
_AR_DUAL = re.compile("(?<![\u0621-\u064a])(?!ستين|روتين|بروتين)[\u0621-\u064a]{2,}ت(?:ان|ين)(?![\u0621-\u064a])")


def _gated(pattern: re.Pattern[str], text: str, needles: tuple[str, ...]) -> bool:
    """`pattern` found in `text`; `needles` are substrings every match contains."""
    return any(n in text for n in needles) and pattern.search(text) is not None


_CLOCK_BEFORE = re.compile(
    r"(?:\bsaat|\bat|\bfrom|\buntil|\bby|\bbefore|\bafter|\bbetween(?:\s+\d{1,2}\s*(?:and|to|-))?|الساعه|من|حتي)\s*$"
)
_CLOCK_AFTER = re.compile(r"\s*(?:o'clock|am\b|pm\b|a\.m\.|p\.m\.|h\b|uhr\b|'?(?:t|d)[ae]\b|صباحا|مساء|ظهرا|عصرا)")


def backing_for(texts: Iterable[str]) -> Backing:
    b = Backing()
    for text in texts:
        if not text:
            continue
        folded = fold(text)
        for m in extract(text):
            b.add(m)
            # a bare hour backs a clock time only where the text says it is one ("saat 12",
            # "at 6", "الساعة 5"); "12 kişilik" is a party of twelve
            if (
                m.kind == "number"
                and float(m.lo).is_integer()
                and 0 <= m.lo <= 24
                and (
                    _CLOCK_BEFORE.search(folded, max(0, m.start - 20), m.start)
                    or _CLOCK_AFTER.match(folded, m.end)
                )
            ):
                b.hours.add(int(m.lo))
            if m.kind == "amount" and (
                _PER_UNIT.match(fold(text), m.end) or _PER_UNIT_BEFORE.search(fold(text), max(0, m.start - 20), m.start)
            ):
                b.unit_prices.extend((v, m.unit) for v in (m.lo, m.hi))
        facts = _passage_facts(text)
        b.concepts |= facts.concepts
        b.full = b.full or facts.full
        b.durations |= facts.periods
        # an annual term is twelve months: "300 a year" backs "25 a month"
        b.counts.update(v // 100 for dim, v in facts.periods if dim == MONTHS and 200 <= v <= 3100)
        if facts.dual:
            b.counts.add(2)
            b.quantities.add(2)
        b.counts |= facts.counted
        b.quantities |= facts.counted
        b.month_days |= facts.month_day
        if (MONTHS, 100) in facts.periods:
            b.counts.add(12)  # a monthly figure over a year
        b.tomorrow = b.tomorrow or facts.tomorrow
        b.month_end = b.month_end or facts.month_end
    return b


_MONTH_END = re.compile(
    r"\bend of (?:the |each |every |that |this )?(?:(?:current|paid|billing|calendar|subscription) )*month\b"
    r"|\bay(?:in)? sonu|\bayin son gun|نهايه (?:ال)?شهر"
)
# what marks a price as per unit: "0.10 EUR per photo", "45 GBP each", "90 درهماً لليلة"
_PER_UNIT = re.compile(
    r"\s*(?:(?:applies|charged|payable|paid|applied) )?(?:per\b|each\b|a (?:night|day|person|ticket|item|unit|photo|page|month)\b|/|"
    r"(?:tanesi|adet|kisi|gece|gun)\w* basina|basina\b|her (?:bir )?\w+ icin|"
    r"لكل|للواحد|لليله|للقطعه|للشخص|للفرد|للصوره)"
)
# the same, written before the price: "kişi başı 1.650,00 TL", "per guest: 82.00 GBP"
_PER_UNIT_BEFORE = re.compile(
    r"(?:\bper (?:guest|person|head|night|day|ticket|seat)|\bkisi basi(?: fiyat)?|\bgecelik|لكل شخص|للشخص|للضيف)\W{0,3}$"
)
# "the next day" / "the same day" in a source back "tomorrow" (the same day is sooner)
_NEXT_OR_SAME_DAY = re.compile(
    r"\b(?:next|same|following)(?: working| business)?[- ]day\b|\b(?:ertesi|ayni) (?:is )?gun\w*|\bbir sonraki (?:is )?gun\w*"
    r"|(?:في )?(?:اليوم|نفس اليوم) (?:التالي|نفسه|الموالي)|في نفس اليوم|خلال 24 ساعه"
)


# ------------------------------------------------------------------ judging one mention


def _unsupported(m: Mention, b: Backing) -> str | None:
    """Why mention `m` is not backed, or None when it is."""
    if m.kind == "amount":
        ok = [_amount_ok(v, m.unit, b) for v in {m.lo, m.hi}]
        if all(ok) or any(_amount_ok(a, m.unit, b) for a in m.alts):
            return None
        return "no source or customer message states this amount, or two amounts it follows from"
    if m.kind == "percent":
        if all(_cents(v) in b.percents or (v == 100 and b.full) for v in {m.lo, m.hi}):
            return None
        return "no source states this percentage"
    if m.kind == "duration":
        if all(_duration_keys(m.unit, v) & (b.durations | b.duration_sums()) for v in {m.lo, m.hi}):
            return None

        return "no source states this time frame" + (
            " (both ends of a range must be stated)" if m.is_range else ""
        )
    if m.kind == "date":
        if b.date_ok(int(m.lo), m.unit) or any(b.date_ok(int(a), m.unit) for a in m.alts):
            return None
        return "this date is in neither the sources nor the customer's message"
    if m.kind == "time":
        v = int(m.lo)
        # "7:30 مساءً" / "6:00 pm" on a 12-hour clock against the source's 19:30 / 18:00
        if b.time_ok(v) or (v < 13 * 60 and b.time_ok(v + 12 * 60)) or (v % 60 == 0 and (v // 60 in b.hours or (v // 60 - 12) in b.hours)):
            return None
        return "no source or customer message gives this time"
    if m.kind == "relative":
        if b.tomorrow or b.spans_1day:
            return None
        return "nothing in the sources supports a next-day deadline"
    return None


def _amount_ok(v: float, fam: str, b: Backing) -> bool:
    c = _cents(v)
    for a, fa in b.amounts:
        if _cents(a) == c and (not fam or not fa or fa == fam):
            return True
    if c in b.numbers:
        return True
    return any(dc == c and (not fam or not df or df == fam) for dc, df in b.derived())


# ------------------------------------------------------------------ concepts in the reply


def _is_note(text: str) -> bool:
    """A bracketed internal note ("(internal: check the voucher)"): clean_text's finding,
    not a promise to the customer."""
    return text[:1] in "([" and text[-1:] in ")]"


def _concept_hits(
    ctx: EvalContext, b: Backing, mentions: list[tuple[int, int, frozenset[str]]]
) -> list[dict[str, Any]]:
    """Refunds, credits, waivers and exceptions stated as done or promised, unbacked."""
    out: list[dict[str, Any]] = []
    for start, end, fams in mentions:
        if not fams or fams & b.concepts:
            continue
        if "waiver" in b.concepts and _GENUS.search(fold(ctx.reply[start:end])):
            continue
        sent = _sentence_at(ctx, start)
        if sent is None or _is_note(sent.text) or not _is_commitment(
            sent.text, start - sent.start, end - sent.start, ctx.language
        ):
            continue
        fam = sorted(fams)[0]
        out.append(
            {
                "text": ctx.reply[start:end],
                "span": [start, end],
                "kind": fam,
                "value": None,
                "unit": "",
                "reason": f"no source mentions a {_FAMILY_LABEL[fam]}, so it is not the agent's to promise",
                "_sentence": (sent.start, sent.end),
            }
        )
    return out


def _sentence_at(ctx: EvalContext, pos: int) -> Sentence | None:
    return next((s for s in ctx.sentences if s.start <= pos < s.end), None)


_FAMILY_LABEL = {
    "refund": "refund",
    "credit": "credit, compensation or discount",
    "waiver": "fee waiver or free-of-charge service",
    "exception": "policy exception",
}


def _is_commitment(sentence: str, start: int, end: int, language: str) -> bool:
    text = sentence.rstrip()
    if text.endswith(("?", "؟")):
        return False
    before = sentence[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause_before = before[breaks[-1].end() :] if breaks else before
    after = sentence[end:]
    nxt = _CLAUSE_BREAK.search(after)
    clause_after = after[: nxt.start()] if nxt else after
    if _NEGATION_BEFORE.search(normalize(clause_before)):
        return False
    if _ESCALATION.search(fold(clause_before + " " + clause_after)):
        return False
    if _REQUEST_AFTER.match(fold(after)) or _REQUEST_BEFORE.search(fold(before)):
        return False
    if language == "tr" or _TR_LETTERS.search(sentence):
        # Turkish is verb-final: the negation or question particle follows the concept
        na = fold_turkish(clause_after)
        if _TR_QUESTION.search(na) or _NEGATION_AFTER_TR.search(na):
            return False
    return True


# ------------------------------------------------------------------ the check


@check("grounded", rubric="R7", severity="blocking")
def grounded(ctx: EvalContext) -> CheckResult:
    case = ctx.case
    b = backing_for([*(s.text for s in case.sources), case.message])
    b.message_numbers = {_cents(m.lo) for m in extract(case.message) if m.kind == "number"}
    # A refund or credit of an amount only the customer named ("refund my 500 EUR") is
    # the customer's ask, not something policy or the account backs.
    b_sources = backing_for([s.text for s in case.sources])
    asked = {_cents(a) for a, _ in backing_for([case.message]).amounts}
    # A policy that repays the customer's actual cost ("as per the receipt") backs the
    # figure the customer names for it.
    # So does one that refunds in full ("the ticket price is refunded in full") without
    # stating the price itself: what the customer says they paid is the full price.
    asked_backed = any(_passage_facts(s.text).per_receipt for s in case.sources) or (
        b_sources.full and "refund" in b_sources.concepts and not b_sources.amounts
    )
    concepts = concept_mentions(fold(case.draft))
    details: list[dict[str, Any]] = []
    seen: set[tuple[str, float, float, str]] = set()
    committed = len(concepts)
    mentions = extract(case.draft)
    b = _with_shown_working(b, mentions)
    for m in mentions:
        reason: str | None
        if m.kind == "number":
            free = _unbacked_free_count(ctx, m, b)
            if free is None:
                continue
            reason, end = free
            m = replace(m, end=end, text=ctx.reply[m.start : end])  # "2 free sessions"
        elif not _is_value_commitment(ctx, m, concepts):
            continue
        else:
            reason = _unsupported(m, b)
            if reason is not None and m.kind == "duration" and _told_back(ctx, m, b):
                reason = None
        committed += 1
        if (
            reason is None
            and m.kind == "amount"
            and not asked_backed
            and _cents(m.lo) in asked
            and _money_given(ctx, m, concepts)
            and _unsupported(m, b_sources) is not None
        ):
            reason = "only the customer's message states this amount; no source backs giving it"
        ident = (m.kind, m.lo, m.hi, m.unit)
        if reason is None or ident in seen:
            continue
        seen.add(ident)  # the same figure twice is one commitment
        value, unit = format_value(m)
        details.append(
            {
                "text": m.text,
                "span": [m.start, m.end],
                "kind": m.kind,
                "value": value,
                "unit": unit,
                "reason": reason,
            }
        )
    for hit in _weekday_hits(ctx, b):
        if not any(d["span"][0] <= hit["span"][0] < d["span"][1] for d in details):
            details.append(hit)
    for hit in _concept_hits(ctx, b, concepts):
        lo, hi = hit.pop("_sentence")
        # "250 TL tazminat": the unsupported amount already reports this commitment
        if not any(d["kind"] in ("amount", "percent") and lo <= d["span"][0] < hi for d in details):
            details.append(hit)
    details.sort(key=lambda d: d["span"][0])

    if not details:
        return CheckResult(
            name="grounded",
            passed=True,
            severity="blocking",
            explanation="every commitment is backed by the sources or the customer's message"
            if committed
            else "no commitments to verify",
        )
    first = details[0]
    listed = "; ".join(f"'{d['text']}' ({d['kind']})" for d in details[:4])
    more = f" and {len(details) - 4} more" if len(details) > 4 else ""
    plural = "s" if len(details) > 1 else ""
    return CheckResult(
        name="grounded",
        passed=False,
        severity="blocking",
        evidence=first["text"],
        span=(first["span"][0], first["span"][1]),
        explanation=f"{len(details)} unsupported commitment{plural}: {listed}{more}",
        suggestion=_suggestion(first, b),
        details=details,
    )


_RECEIPT_WORDS = ("receipt", "cost", "out-of-pocket", "reasonable", "fis", "makbuz", "belgelen", "gercek", "ايصال", "التكلفه", "المبلغ الفعلي")
_PER_RECEIPT = re.compile(
    r"\breceipts?\b|\bactual cost|\bcosts? incurred\b|\bout-of-pocket\b|\breasonable (?:costs?|expenses)\b"
    r"|\bfis\w*\b|\bmakbuz\w*|\bbelgelen\w*|\bgercek (?:maliyet|tutar)\w*"
    r"|ايصال|الايصال|التكلفه الفعليه|المبلغ الفعلي"
)


def _with_shown_working(b: Backing, mentions: tuple[Mention, ...]) -> Backing:
    """The backing plus the reply's own backed amounts, when some amount is not backed.

    A reply that shows its working ("90.00 GBP face value minus our 10% fee, so 81.00
    GBP") takes one step from a figure it has already justified; each step is still one
    of the derivations the sources allow.
    """
    amounts = [m for m in mentions if m.kind == "amount"]
    if not any(_unsupported(m, b) for m in amounts):
        return b
    # a few rounds: "960 / 12 = 80 a session, 8 left, so 640" is two steps from the sources
    for _ in range(3):
        known = {(_cents(a), u) for a, u in b.amounts}
        shown = [
            (v, m.unit)
            for m in amounts
            if _unsupported(m, b) is None
            for v in (m.lo, m.hi)
            if (_cents(v), m.unit) not in known
        ]
        if not shown:
            return b
        b = replace(b, amounts=[*b.amounts, *shown], _derived=None)
        if not any(_unsupported(m, b) for m in amounts):
            return b
    return b


# A deadline set on a weekday ("fit it by Friday", "cumaya kadar", "بحلول يوم الجمعة") is a
# commitment like a date: backed when the sources or the message name that weekday, or a
# date that falls on it.
_WEEKDAYS = {
    **dict.fromkeys(("monday", "pazartesi", "الاثنين"), 0),
    **dict.fromkeys(("tuesday", "sali", "الثلاثاء"), 1),
    **dict.fromkeys(("wednesday", "carsamba", "الاربعاء"), 2),
    **dict.fromkeys(("thursday", "persembe", "الخميس"), 3),
    **dict.fromkeys(("friday", "cuma", "الجمعه"), 4),
    **dict.fromkeys(("saturday", "cumartesi", "السبت"), 5),
    **dict.fromkeys(("sunday", "pazar", "الاحد"), 6),
}
_EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_TR_DAYS = "pazartesi|sali|carsamba|persembe|cumartesi|cuma|pazar"
_AR_DAYS = "الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد"
_WEEKDAY_DEADLINE = re.compile(
    rf"\b(?:by|before|until|till|no later than) (?:this |next |the )?(?P<en>{_EN_DAYS})\b"
    rf"|\b(?P<tr>{_TR_DAYS})(?: gun\w*|y?[ae])? (?:kadar|itibaren)\b"
    rf"|(?:بحلول|قبل|حتى)\s(?:يوم\s)?(?P<ar>{_AR_DAYS})"
)
_ANY_WEEKDAY = re.compile(rf"\b(?:{_EN_DAYS}|{_TR_DAYS})|{_AR_DAYS}")


def _weekday_hits(ctx: EvalContext, b: Backing) -> list[dict[str, Any]]:
    folded = fold(ctx.reply)
    if _WEEKDAY_DEADLINE.search(folded) is None:
        return []
    named: set[int] = set()
    for text in (*(s.text for s in ctx.case.sources), ctx.case.message):
        named |= {_WEEKDAYS[w.group(0)] for w in _ANY_WEEKDAY.finditer(fold(text))}
    years = [y for _, y in b.dates if y]
    year = int(max(set(years), key=years.count)) if years else 0
    bdays = {v // 100 for dim, v in b.durations if dim == BDAYS and v % 100 == 0 and 0 < v <= 2000}
    # the weekday of a stated date, or of the day a stated number of business days after it
    # (received Thursday, delivered within 1-2 business days: "by Monday")
    for md, y in b.dates:
        if year or y:
            with contextlib.suppress(ValueError):  # 29 February in a common year
                base = date(int(y or year), md // 100, md % 100)
                named.add(base.weekday())
                named |= {_plus_business_days(base, n).weekday() for n in bdays}
    out: list[dict[str, Any]] = []
    for m in _WEEKDAY_DEADLINE.finditer(folded):
        day = next(g for g in m.groups() if g)
        if _WEEKDAYS[day] in named:
            continue
        sent = _sentence_at(ctx, m.start())
        if sent is None or not _is_commitment(
            sent.text, m.start() - sent.start, m.end() - sent.start, ctx.language
        ):
            continue
        if _CONTACT_PLAN.search(fold(sent.text)):
            continue
        out.append(
            {
                "text": ctx.reply[m.start() : m.end()],
                "span": [m.start(), m.end()],
                "kind": "date",
                "value": day,
                "unit": "weekday",
                "reason": "no source or customer message backs a deadline on this day",
            }
        )
    return out


# concept families that mean money going to the customer
_MONEY_GIVEN = frozenset({"refund", "credit", "waiver"})


def _money_given(
    ctx: EvalContext, m: Mention, concepts: list[tuple[int, int, frozenset[str]]]
) -> bool:
    """Whether the amount sits in a sentence that refunds, credits or waives something."""
    sent = _sentence_at(ctx, m.start)
    return sent is not None and any(
        sent.start <= c[0] < sent.end and c[2] & _MONEY_GIVEN for c in concepts
    )


def _is_value_commitment(
    ctx: EvalContext, m: Mention, concepts: list[tuple[int, int, frozenset[str]]]
) -> bool:
    """Whether a quantity promises something. Not: "I'll call you tomorrow" (the agent's own
    plan); "100%" away from a refund, credit or discount ("I'm 100% sure"); a span of the
    customer's past ("two days ago", "منذ يومين", "I'm sorry you waited two days")."""
    if m.kind == "relative":
        return not _own_plan(ctx, m)
    if m.kind in ("date", "time") and _own_contact(ctx, m):
        return False
    if m.kind == "percent" and m.lo == m.hi == 100:
        sent = _sentence_at(ctx, m.start)
        return sent is not None and any(sent.start <= c[0] < sent.end for c in concepts)
    if m.kind == "duration":
        folded = fold(ctx.reply)
        if _PAST_AFTER.match(folded, m.end) or _PAST_BEFORE.search(folded, 0, m.start):
            return False
        if _describes(folded, m):
            return False
        sent = _sentence_at(ctx, m.start)
        if sent is not None:
            text = fold(sent.text)
            return not (_APOLOGY.search(text) and not _FUTURE.search(text))
    return True


_PAST_AFTER = re.compile(r"\s*ago\b")
_PAST_BEFORE = re.compile(r"(?:\bsince|\bfor the (?:past|last)|\bover the (?:past|last)|منذ)\s+$")
_APOLOGY = re.compile(r"\b(?:sorry|apolog\w*|ozur|uzgun\w*)\b|اسف|نعتذر|اعتذر|عذرا")
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|within|takes?|need\w*|until|by)\b|'ll\b"
    r"|\w+(?:[ae]c[ae]k|[ae]c[ae]g)\w*|\b(?:icinde|surer|kadar)\b"
    r"|سوف|خلال|يستغرق|حتى|(?:^|\s)س[تينا]\S"
)


# What the customer went through is told, not promised: "losing almost two hours",
# "a one-day delay", "bir günlük gecikme", "ساعة انتظار", "two days late".
_LIVED_BEFORE = re.compile(
    r"\b(?:waited|waiting|lost|losing|spent|spending|wasted|wasting|stuck|been without|"
    r"kept (?:you|waiting)|late by|delayed by)"
    r"(?:\s+(?:for|almost|nearly|over|about|around|more than|a|an|the|whole|full|entire))*\s*$"
    r"|(?:bekle\w*|kaybet\w*|gecik\w*)\s+$|(?:انتظر\S*|خسر\S*|قضي\S*|بقيت|تاخر\S*)\s+$"
)
_LIVED_AFTER = re.compile(
    r"[\s-]*(?:late\b|delay|wait\b|waiting\b|of (?:waiting|delay)\b|behind\b|"
    r"gecikme\w*|gec\b|bekle\w*|geride\b|"
    r"(?:من )?(?:ال)?(?:انتظار|تاخير|تاخر)|متاخر\S*)"
)
# A comparison ("more cardio than most members manage in a week") describes; it promises
# nothing. "no later than 5 days" is a deadline: "than" right before the figure stays.
# "you won't be waiting more than 10 minutes" promises: the clause looks ahead
_FUTURE_IN_CLAUSE = re.compile(
    r"\b(?:will|won't|shall|going to)\b|'ll\b|\w+(?:[ae]c[ae]k|[ae]c[ae]g)\w*|(?:^|\s)(?:س[تينا]|سوف|لن)\S*"
)
_COMPARISON = re.compile(r"\bthan\s+(?:\S+\s+){2,}(?:in|within|over|for)?\s*$")
# The customer's own effort, told to reassure ("it only takes a minute") is no deadline.
_EFFORT = re.compile(
    r"\b(?:it|this|that)(?:'s| is)? (?:only|just) (?:takes?|needs?|a matter of)\s+$"
)


def _describes(folded: str, m: Mention) -> bool:
    """Whether a duration tells what happened, compares or reassures rather than promises."""
    start = max(0, m.start - 60)
    before = folded[start : m.start]
    cut = max((before.rfind(c) for c in ".!?;:,،؛"), default=-1)
    clause = before[cut + 1 :]
    lived = _LIVED_BEFORE.search(clause) or _LIVED_AFTER.match(folded, m.end)
    if lived and not _FUTURE_IN_CLAUSE.search(clause):
        return True
    if _COMPARISON.search(clause):
        return True
    return m.unit == MINUTES and m.hi <= 10 and _EFFORT.search(clause) is not None


# The agent's own reminder or call is theirs to plan: "I'll call you on 12 May", "a reminder
# to check in with you on 22 May", "sizi 14:00'te arayacağım", "سأتصل بك يوم ٣ يونيو".
_CONTACT_PLAN = re.compile(
    r"\b(?:i|we)(?:'ll| will| shall|'m going to| am going to)(?: \w+ly| also| personally)?"
    r" (?:call|ring|phone|email|e-mail|text|message|contact|check in|follow up|get in touch|get back to)\b"
    r"|\breminder\b[^.!?]{0,40}\b(?:check in|call|contact|follow up|get in touch)"
    r"|\b(?:sizi|size)\s+(?:\S+\s+){0,3}(?:arayacag\w*|ulasacag\w*|yazacag\w*|doneceg\w*|donus yapacag\w*)"
    r"|\bhatirlatma\w*|\b(?:arayacag|ulasacag)\w*"
    r"|(?:سا|سن)(?:تصل|تواصل|راسل|كتب)\S*|تذكير"
)


def _own_contact(ctx: EvalContext, m: Mention) -> bool:
    """Whether the date or time sits in a clause where the agent plans to contact the
    customer (the clause, not the sentence: "I'll call you, and the courier comes on 12 May")."""
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return False
    text = fold(sent.text)
    a, b = m.start - sent.start, m.end - sent.start
    breaks = list(_CLAUSE_BREAK.finditer(text, 0, a))
    lo = breaks[-1].end() if breaks else 0
    nxt = _CLAUSE_BREAK.search(text, b)
    hi = nxt.start() if nxt else len(text)
    return _CONTACT_PLAN.search(text, lo, hi) is not None


# "2 free sessions", "3 ek seans", "حصتين مجانيتين": a count of something given away is a
# commitment like an amount
_FREE_AFTER = re.compile(
    r"\s*(?:x\s*)?(?:\S+\s+)?(?:free\b|complimentary|extra\b|bonus\b|additional\b|ucretsiz|bedava|hediye|ek\b|ilave"
    r"|مجاني|اضافي|هديه)"
)
_FREE_BEFORE = re.compile(r"\b(?:extra|additional|bonus|another|ek|ilave|fazladan)\s+$")


def _unbacked_free_count(ctx: EvalContext, m: Mention, b: Backing) -> tuple[str, int] | None:
    """(why, where the phrase ends) for a count of free or extra items no source gives."""
    if not (m.lo == m.hi and float(m.lo).is_integer() and 1 <= m.lo <= 50):
        return None
    folded = fold(ctx.reply)
    after = _FREE_AFTER.match(folded, m.end)
    if after is None and not _FREE_BEFORE.search(folded, max(0, m.start - 20), m.start):
        return None
    if _cents(m.lo) in b.numbers or int(m.lo) in b.counts | b.quantities:
        return None
    end = after.end() if after is not None else m.end
    noun = _WORD_AFTER.match(folded, end)
    return "no source gives this many free or extra items", noun.end() if noun else end


_WORD_AFTER = re.compile(r"\s+\w+")


def _told_back(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """The customer's own count, told back ("it's now day 9": "nine days later you still
    don't have it"), not promised: a span in a sentence about the future needs a source."""
    sent = _sentence_at(ctx, m.start)
    if sent is None or _FUTURE.search(fold(sent.text)):
        return False
    return all(
        any(_cents(v / f) in b.message_numbers for f in (1, 60, DAY, 7 * DAY)) for v in {m.lo, m.hi}
    )


def _own_plan(ctx: EvalContext, m: Mention) -> bool:
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return False
    # only the clause holding the value: "it will be there by tomorrow evening; if not,
    # I'll contact the bank" promises the money tomorrow, not a call
    at = m.start - sent.start
    a = max(sent.text.rfind(";", 0, at), sent.text.rfind("؛", 0, at)) + 1
    ends = [i for i in (sent.text.find(";", at), sent.text.find("؛", at)) if i >= 0]
    clause = sent.text[a : min(ends) if ends else len(sent.text)]
    return bool(_FIRST_PERSON_PLAN.search(normalize(clause)))


_KIND_PHRASE = {
    "amount": "an amount",
    "percent": "a percentage",
    "duration": "a time frame",
    "date": "a date",
    "time": "a time of day",
    "relative": "a next-day deadline",
}


def _suggestion(first: dict[str, Any], b: Backing) -> str:
    kind = first["kind"]
    if kind in _FAMILY_LABEL:
        return (
            f"Remove '{first['text']}' or have it approved first: no policy or customer record "
            f"here allows a {_FAMILY_LABEL[kind]}; if the case needs one, say you are taking it "
            "to the person who can decide, and when you will come back."
        )
    stated = b.examples.get("duration" if kind == "relative" else kind, [])[:3]
    if stated:
        alt = ", ".join(f"'{s}'" for s in stated)
        return (
            f"Remove or correct '{first['text']}': the sources state only {alt}; if the real "
            "figure isn't confirmed yet, say so and when you will update the customer."
        )
    return (
        f"Remove '{first['text']}': no source gives {_KIND_PHRASE.get(kind, 'this')} for this "
        "case; promise only what the policy or the customer's record supports, or say when "
        "you will confirm it."
    )
