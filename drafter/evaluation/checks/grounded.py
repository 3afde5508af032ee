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

import calendar
import contextlib
import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations, pairwise
from typing import Any

from ...schemas import CheckResult
from ...text import Sentence, fold_turkish, normalize
from ..base import EvalContext, check
from ..langs.gate import Needled
from ..numbers import (
    BDAYS,
    DAY,
    MINUTES,
    MONTHS,
    Mention,
    extract,
    fold,
    format_value,
    month_word,
)
from ._backing import (
    _CLAUSE_BREAK,
    _ESCALATION,
    _FIRST_PERSON_PLAN,
    _GENUS,
    _NEGATION_AFTER_TR,
    _NEGATION_BEFORE,
    _ON_APPROVAL,
    _PER_UNIT,
    _REQUEST_AFTER,
    _REQUEST_BEFORE,
    _TR_LETTERS,
    _TR_QUESTION,
    EXCEPTION_BY_DECIDER,
    RANGE_LINK,
    REFERRAL,
    WAIVER_BY_APPROVAL,
    WEEKDAY_NAME,
    WEEKDAY_NUMBER,
    Backing,
    _cents,
    _duration_keys,
    _word_counts,
    backing_for,
    concept_mentions,
    plus_business_days,
    repays_actual_cost,
    text_backing,
)
from ._bands import wrong_band_hits
from ._caps import cap_paid, over_cap_paid, repays_up_to_a_cap, span_over_cap
from ._deposit_only import price_refunded_for_deposit
from ._eta import arrival_as_fix, arrival_times, names_a_weekday, promised_times, time_unknown
from ._fee_kept import fee_given_back
from ._full_share import full_refund_hits
from ._kept_part import kept_part_refunded
from ._named_difference import misnamed_difference, names_a_difference
from ._named_spans import misnamed_span
from ._notice_window import (
    fee_in_time,
    late_change_waived,
    late_plain_waiver_hits,
    names_plain_waiver,
    sets_late_fees,
)
from ._one_discounted import discount_on_every_place
from ._roles import parallel_rival, quoted_rival, rival_item
from ._shared import is_note
from ._shared import sentence_at as _sentence_at
from ._shares import swapped_share
from ._slips import (
    CHARGED_TWICE,
    as_day,
    business_days_miscounted,
    miscounted_units,
    moved_off_span,
    one_day_for_many,
    part_counted_twice,
    period_end_shifted,
)
from ._sums import equations, wrong_total
from ._threshold import charged_on_the_whole, prices_beyond_allowance
from ._unused_months import unused_month_hits, unused_months_backed
from ._used_share import used_share_refunded
from ._weekday_clash import weekday_clash_hits
from ._worked import (
    counted_share,
    hours_priced,
    less_than_a_gap,
    rounded_amount,
    rounded_ratio,
    share_of_amounts,
    span_roughly_in_months,
    until_the_eve,
)
from .upsell import pitched

# ------------------------------------------------------------------ judging one mention


# where a source's clauses end (compiled once: these run for every source of a reply)
_SOURCE_CLAUSES = re.compile(r"(?<=[.!?;])\s+|\n")
_SOURCE_CLAUSES_AR = re.compile(r"(?<=[.;!?؛])\s+|\n")  # ... and at the Arabic semicolon


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
        if m.lo == m.hi == 50 and not m.text[:1].isdigit() and _about_half(b):
            return None  # "49 a month instead of 99, about half price": two stated prices

        return "no source states this percentage"
    if m.kind == "duration":
        if all(_duration_backed(_duration_keys(m.unit, v), b) for v in {m.lo, m.hi}):
            return None
        if m.unit == MINUTES and m.lo == m.hi == DAY and not any(c.isdigit() for c in m.text) and b.next_day_stated():
            return None  # "a day late" between two dates a day apart; "within 24 hours" is a promise
        if m.unit == MONTHS and all(float(v).is_integer() and int(v) in b.month_gaps() for v in {m.lo, m.hi}):
            return None  # "the 7 unused months, June to December": whole months between two stated dates
        if m.unit == MONTHS and all(v % 12 == 0 and int(v // 12) in _year_gaps(b) for v in {m.lo, m.hi}):
            return None  # "Fourteen years on 14B" for a plot held since 2012, in 2026
        if m.unit == MINUTES and b.moments and all(_moment_gap(v, b) for v in {m.lo, m.hi}):
            return None  # "قبل موعدكم بـ70 ساعة و45 دقيقة": from a stated moment to another

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
        if b.time_ok(v) or (v < 13 * 60 and b.time_ok(v + 12 * 60)) or (v >= 13 * 60 and b.time_ok(v - 12 * 60)) or (v % 60 == 0 and (v // 60 in b.hours or (v // 60 - 12) in b.hours)):
            return None
        return "no source or customer message gives this time"
    if m.kind == "relative":
        if b.tomorrow or b.spans_1day:
            return None
        return "nothing in the sources supports a next-day deadline"
    return None


def _duration_backed(keys: set[tuple[str, int]], b: Backing) -> bool:
    """Some reading of a duration is stated, or a sum of stated ones (the sums, built once
    per backing, only asked for when no stated span is it: no union of the two sets)."""
    return not keys.isdisjoint(b.durations) or not keys.isdisjoint(b.duration_sums())


_ROLE_KINDS = frozenset({"duration", "percent"})


def _item_or_total_slip(ctx: EvalContext, m: Mention, sources: list[str], mentions: tuple[Mention, ...]) -> str | None:
    """A stated price given for another item the sources name in quotes, or a total that
    the amounts before it in its sentence do not add up to."""
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return None
    rival = quoted_rival(sent.text, m, sources)
    if rival:
        return f'the sources give this figure for "{rival}"'
    off = wrong_total(sent.text, sent.start, mentions)
    if off is not None and off.start == m.start:
        return "the amounts this total adds up come to another figure"
    return None


def _monthly_as_days(ctx: EvalContext, m: Mention, b: Backing) -> str | None:
    """"ilk ödemenizden sonraki 30 gün içinde … iade ediyoruz" where the only month in the
    sources is a plan's name ("Aylık Premium"): a monthly term is not a 30-day window."""
    if m.unit != MINUTES or m.is_range or m.lo % (30 * DAY) or not m.lo:
        return None
    keys = _duration_keys(m.unit, m.lo)
    texts = [*(s.text for s in ctx.case.sources), ctx.case.message]
    if any(_duration_keys(x.unit, v) & keys for t in texts for x in extract(t) if x.kind == "duration" for v in {x.lo, x.hi}):
        return None  # stated as a span somewhere
    if keys & b.duration_sums() or int(m.lo // DAY) in b.day_gaps():
        return None
    near = fold(ctx.reply[max(0, m.start - 24) : m.start])
    if any(month_word(w) for w in re.findall(r"\w+", near)):
        return None  # "April has 30 days": a month's length
    return "the sources name a monthly term, not a span of this many days"


def _wrong_role(ctx: EvalContext, m: Mention) -> str | None:
    """A stated figure given for something the sources give another figure for."""
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return None
    sources = [s.text for s in ctx.case.sources]

    def states(x: Mention, clause: str) -> bool:
        return _unsupported(x, backing_for([clause], concepts=False)) is None

    rival = rival_item(sent.text, m, sources, states)
    if rival is not None:
        return f"the sources give another figure for \"{rival}\""
    rival = parallel_rival(sent.text, m, sources, states)
    if rival is not None:
        return f"the sources give this figure to another item: \"{rival}\""
    return None


def _year_gaps(b: Backing) -> set[int]:
    """Whole years between two years the sources state ("since 2012", "1 June 2026")."""
    years = {int(y) for _, y in b.dates if y.isdigit()} | {n // 100 for n in b.numbers if 190000 <= n <= 210000 and n % 100 == 0}
    return {y2 - y1 for y1 in years for y2 in years if 0 < y2 - y1 <= 60}


def _moment_gap(v: float, b: Backing) -> bool:
    """`v` minutes is the time between two stated moments, in whole hours (rounded either
    way) or exactly, or the minutes after its whole hours ("70 ساعة و45 دقيقة")."""
    for gap in b.moment_gaps():
        # (and to the half hour: 21:40 to 08:15 the next day is "yaklaşık 10,5 saat")
        if v in (gap, gap // 60 * 60, round(gap / 60) * 60) or (v < 60 and gap % 60 and v == gap % 60) or (
            v % 30 == 0 and v % 60 and v == round(gap / 30) * 30
        ):
            return True
    return False


def _about_half(b: Backing) -> bool:
    """Two stated amounts in one currency, one about half the other (within 5%)."""
    amounts = {(a, f) for a, f in b.amounts if a > 0}
    return any(
        fa == fb and 0.45 <= a / c <= 0.55 for a, fa in amounts for c, fb in amounts
    )


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


_WAIVED = re.compile(r"\b(?:is|are|be|gets?) waived\b|\bferagat\w*|\bmuaf (?:tutul|olur)\w*|يعفى|تعفى|يعفي|تسقط")
_AR_PURPOSE = re.compile("(?:عشان|علشان|لكي|كي|حتى|لحتى) $")


def _concept_hits(
    ctx: EvalContext, b: Backing, mentions: list[tuple[int, int, frozenset[str]]]
) -> list[dict[str, Any]]:
    """Refunds, credits, waivers and exceptions stated as done or promised, unbacked."""
    out: list[dict[str, Any]] = []
    for start, end, fams in mentions:
        if not fams:
            continue
        if fams & b.concepts:
            # backed as a waiver the policy gives for changes made in time: was this one?
            if "waiver" in fams and (sent := _sentence_at(ctx, start)) is not None and _is_commitment(
                sent.text, start - sent.start, end - sent.start, ctx.language
            ) and (late := late_change_waived(sent.text, [x.text for x in ctx.case.sources], ctx.case.message)) is not None:
                out.append(
                    {
                        "text": ctx.reply[start:end],
                        "span": [start, end],
                        "kind": "waiver",
                        "value": None,
                        "unit": "",
                        "reason": late,
                        "_sentence": (sent.start, sent.end),
                    }
                )
            continue
        if fams == {"exception"} and EXCEPTION_BY_DECIDER in b.concepts and REFERRAL.search(fold(ctx.reply)):
            continue
        if fams == {"exception"} and _NO_EXCEPTION.search(fold(ctx.reply[max(0, start - 16) : end + 12])):
            continue  # "with NO exceptions", "istisnasız", "دون استثناء": the rule held, nothing given
        if fams == {"waiver"} and WAIVER_BY_APPROVAL in b.concepts and REFERRAL.search(fold(ctx.reply)):
            continue  # "I've asked the quality manager to make your next box free"
        if "waiver" in b.concepts and _GENUS.search(fold(ctx.reply[start:end])):
            continue
        if fams == {"refund"} and "waiver" in b.concepts and WAIVER_BY_APPROVAL not in b.concepts and _WAIVED.search(fold(" ".join(x.text for x in ctx.case.sources))):
            continue  # "the fuel charge is waived if …": a waived charge already taken is paid back
        sent = _sentence_at(ctx, start)
        if fams == {"waiver"} and sent is not None and _included_item(ctx, sent):
            continue  # "kids' packages include a helmet at no extra charge": "helmet included"
        if fams == {"waiver"} and _AFTER_CANCELLING.match(fold(ctx.reply), end) and _CANCELLED.search(fold(ctx.reply)):
            continue  # "I've cancelled it, so there will be no charge in May": nothing waived
        if sent is None or _is_note(sent.text) or is_note(sent.text) or not _is_commitment(
            sent.text, start - sent.start, end - sent.start, ctx.language
        ):
            continue
        if _AR_PURPOSE.search(ctx.reply[max(sent.start, start - 12) : start]):
            continue  # "عشان تسترجع الـ30 ريال، تواصل معهم": what the customer is to do, not given
        if fams == {"credit"} and ctx.case.intent not in ("question", "praise") and pitched(ctx, sent):
            continue  # "Sınırsız pakete geçersen ilk ay indirimli geliyor": a pitch, no_upsell's finding
        if fams == {"credit"} and "refund" in b.concepts and _backed_amount_after(ctx, end, sent, b):
            # "تعويض غياب الخدمة، 15 ديناراً عن كل يوم" where policy repays 15 a day: the
            # compensation is the repayment the sources set, named by its purpose
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


# what a source says comes with it: "Junior package: 24.00 USD per day, helmet included"
_INCLUDED = Needled(
    re.compile(
        r"(\w{3,}) (?:is |are )?included\b(?! *\w)|\bincludes? (?:an? |the |your )?(\w{3,})|(\w{3,}) dahil(?!\w)"
        r"|شامل\w* (?:ال)?(\w{3,})|يشمل (?:ال)?(\w{3,})"
    )
)


def _included_item(ctx: EvalContext, sent: Sentence) -> bool:
    """A free thing the sources say comes included, named in the waiver's sentence."""
    words = {w[:5] for w in re.findall(r"\w{3,}", fold(sent.text))}
    for src in ctx.case.sources:
        for m in _INCLUDED.finditer(fold(src.text).replace("\u0640", "")):
            item = next(g for g in m.groups() if g)
            if item[:5] in words and item not in ("price", "prices", "fiyat", "vat", "kdv", "tax", "taxes"):
                return True
    return False


# "no charge in May", "no further charges from next month": the end of billing a cancellation brings
_AFTER_CANCELLING = re.compile(
    r"\s+(?:in|for|from|after) (?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|next month|the next)\b|\s+(?:again|going forward|from now on)\b"
    r"|\s+on (?:the )?\d{1,2}(?:st|nd|rd|th)?\b"  # "so there'll be no charge on 5 August"
)
_CANCELLED = re.compile(r"\b(?:i've|i have|we've|we have) (?:now )?cancell?ed\b")


_NO_EXCEPTION = re.compile(
    r"\b(?:no|without(?: any)?|not make an?|never make an?|can'?t make an?|cannot make an?) exceptions?\b"
    r"|\bistisnasiz\b|\bistisna\w* (?:yok|yapilmaz|yapamiyor\w*|yapmiyor\w*|tanin\w*maz)"
    r"|(?:دون|بدون|بلا|لا) (?:اي )?استثناء|لا استثناءات"
)


def _backed_amount_after(ctx: EvalContext, end: int, sent: Sentence, b: Backing) -> bool:
    """A backed amount follows the concept closely in its sentence."""
    return any(
        m.kind == "amount" and end <= m.start <= min(end + 40, sent.end) and _unsupported(m, b) is None
        for m in extract(ctx.reply)
    )


def _all_backed(committed: int) -> CheckResult:
    return CheckResult(
        name="grounded",
        passed=True,
        severity="blocking",
        explanation="every commitment is backed by the sources or the customer's message"
        if committed
        else "no commitments to verify",
    )


_FAMILY_LABEL = {
    "refund": "refund",
    "credit": "credit, compensation or discount",
    "waiver": "fee waiver or free-of-charge service",
    "exception": "policy exception",
}


# a concept left to a review ("compensation will be considered") is not promised
_UNDER_REVIEW = re.compile(
    r"\s*(?:will be|is being|is to be) (?:considered|looked at|looked into|reviewed|assessed)\b"
    r"|\s*(?:talebiniz |konusu )?(?:degerlendirilecek|degerlendirmeye alinacak|incelenecek)"
    r"|\s*[فو]?(?:سي|سن|ن|ي)نظر فيه|\s*(?:قيد|تحت) (?:الدراسه|المراجعه|النظر)"
)


# best effort, promised with no figure ("وسنبذل كل ما بوسعنا لتدارك الأمر وتعويضك بما يليق"):
# vague (next_step's finding), not a commitment to check
_BEST_EFFORT = re.compile(
    r"\b(?:do|doing) (?:everything|all|our best|my best|what(?:ever)? (?:we|i) can)\b"
    r"|\belimizden geleni\b|(?:سنبذل|نبذل|سابذل|ساعمل) (?:كل )?ما (?:بوسعنا|في وسعنا|نستطيع|بوسعي|في وسعي)"
)


_TOPIC_BEFORE = re.compile(r"(?:\bregarding(?: (?:the|your))?|(?<!\w)(?:بخصوص|بشان|بشأن))\s+$")
_TR_TOPIC = re.compile(r"\s*(?:konusunda|hakkinda|ile ilgili)\b")


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
    if _ON_APPROVAL.match(fold(sentence)):
        return False
    if _UNDER_REVIEW.match(fold(clause_after).replace("\u0640", "")):
        return False
    if _BEST_EFFORT.search(fold(clause_before)):
        return False
    if _TOPIC_BEFORE.search(fold(clause_before)):
        return False  # "ويتم التواصل معاكم بخصوص التعويض": the concept as a topic, nothing given
    if _REQUEST_AFTER.match(fold(after)) or _REQUEST_BEFORE.search(fold(before)):
        return False
    if language == "tr" or _TR_LETTERS.search(sentence):
        # Turkish is verb-final: the negation or question particle follows the concept
        na = fold_turkish(clause_after)
        if _TR_QUESTION.search(na) or _NEGATION_AFTER_TR.search(na):
            return False
        if _TR_TOPIC.match(na):
            return False  # "iadesi konusunda size açık olmak isterim": the refund as a topic
    return True


# the day the customer wrote: "Message received Wed 22 Apr 2026", "talep tarihi", "تاريخ رسالة العميلة"
_WRITTEN_ON = re.compile(
    r"\b(?:message|email|request|enquiry|inquiry|ticket|contacted|received|written|today)\b"
    r"|\b(?:mesaj|talep|basvuru|bugun)\w*|(?:رساله|طلب|تاريخ|اليوم)"
)


_TODAY = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening)|bugun\w*|bu (?:aksam|gece|sabah)\w*)\b"
    r"|(?<!\w)(?:اليوم|النهارده|النهاردة|الليله)(?!\w)"
)


def _day_after_the_message(ctx: EvalContext, b: Backing) -> bool:
    """"Back by midday tomorrow" where the customer wrote on 22 April and a source gives
    23 April: the stated day after the day the message came."""
    stated = set(b.calendar_days())
    if _TODAY.search(fold(ctx.case.message).replace("\u0640", "")) and b.next_day_stated():
        return True  # "Bugün 12:00 yürüyüşü için kimse gelmedi" (the 9 June walk) and a slot on 10 June
    for src in ctx.case.sources:
        for clause in _SOURCE_CLAUSES_AR.split(src.text):
            if not _WRITTEN_ON.search(fold(clause).replace("\u0640", "")):
                continue
            for x in extract(clause):
                day = as_day(x, b) if x.kind == "date" and not x.is_range else None
                if day is not None and day + timedelta(days=1) in stated:
                    return True
    return False


# prices with their tax in: "312.50 ريال شاملاً ضريبة القيمة المضافة 15%", "KDV dahil", "incl. VAT"
# (searched in every source: most hold none of the words every match contains)
_TAX_INCLUDED = Needled(
    re.compile(
        r"\b(?:incl(?:uding|\.)?|inclusive of) (?:\d+% )?(?:vat|tax|gst|sales tax)\b|\b(?:vat|tax|gst)[- ]inclusive\b"
        r"|\b(?:kdv|vergi)\w* dahil\b|شامل\w* (?:ال)?ضريب"
    )
)


# a price shared out per day: "the monthly fee is reduced … calculated per day of the month"
_PER_DAY = Needled(
    re.compile(
        r"\b(?:per day of the month|per calendar day|pro[- ]?rata|prorat\w*|daily rate|by day)\b"
        r"|\b(?:gunluk olarak|gun basina|gun bazinda|ayin gun sayisi|kist)\b|(?:بالتناسب اليومي|عن كل يوم|لكل يوم|يوميا)"
    )
)


# ------------------------------------------------------------------ the check


@check("grounded", rubric="R7", severity="blocking")
def grounded(ctx: EvalContext) -> CheckResult:
    case = ctx.case
    folded = fold(case.draft)  # (the offsets of the reply hold in it: fold keeps the length)
    concepts = concept_mentions(folded)
    mentions = extract(case.draft)
    if (
        not concepts
        and not mentions
        and not _names_weekday_deadline(folded)
        and not names_a_weekday(folded)
        and not _NOON.search(folded)
        and not names_plain_waiver(folded)
    ):
        return _all_backed(committed=0)  # nothing to check, so no source to read (one reply in eight)
    sources = [s.text for s in case.sources]
    # (the families the sources back are read only for a reply that names one)
    b = backing_for([*sources, case.message], concepts=bool(concepts))
    b.message_numbers = {_cents(m.lo) for m in extract(case.message) if m.kind == "number"}
    asked = {_cents(a) for a, _ in text_backing(case.message).amounts}
    details: list[dict[str, Any]] = []
    seen: set[tuple[str, float, float, str]] = set()
    committed = len(concepts)
    b = _with_shown_counts(ctx, b, mentions)
    # the customer's figure as a term of a sum shown ("($640 - $150) x 80% = $392"): worked on, not given
    operands = {o.start for chain, _ in (equations(case.draft, mentions) if "=" in case.draft else []) for o in chain}
    b = _with_shares_named(b, mentions)
    if any(_PER_DAY.search(fold(s.text)) for s in case.sources):
        b = replace(b, daily=True, _derived=None)
    if any(_TAX_INCLUDED.search(fold(s.text)) for s in case.sources):
        b = replace(b, tax_included=True, _derived=None)
    b = _with_shown_working(b, mentions, case.draft, ctx)
    stated_cents = {_cents(a) for a, _ in b.amounts}
    # (gates read once per reply for the readings each amount would otherwise go through)
    differs = names_a_difference(folded)
    beyond = prices_beyond_allowance(sources)
    capped = repays_up_to_a_cap(sources)
    late_fees = sets_late_fees(sources)
    given_days: dict[date, int] = {}  # the dates the reply gave so far that hold, and where
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
        elif (note := _sentence_at(ctx, m.start)) is not None and _is_note(note.text):
            continue  # "(İç not: müşteri son 6 ayda 2 kez erken iade yaptı …)": clean_text's finding
        else:
            reason = _unsupported(m, b)
            if reason is not None and m.kind == "amount" and (rounded_amount(ctx, m, b) or counted_share(ctx, m, b)):
                reason = None
            if reason is not None and m.kind in ("amount", "duration") and unused_months_backed(
                case.draft, folded, m, sources, case.message, mentions
            ):
                reason = None
            if reason is not None and m.kind == "duration" and (
                _told_back(ctx, m, b) or _in_a_row(ctx, m) or _elapsed(ctx, m) or _notice_ahead(ctx, m)
                or _weekly_count(ctx, m, b) or _span_shown(ctx, m, b, mentions)
                or _days_to_a_stated_date(ctx, m, b, mentions) or less_than_a_gap(ctx, m, b)
                or _difference_of_spans(m, b) or hours_priced(ctx, m, mentions) or _tr_condition(ctx, m)
                or span_roughly_in_months(ctx, m, b)
                # (thanks for a night call-out "within an hour and 35 minutes", 23:05 to 00:40: told back)
                or (ctx.case.intent == "praise" and m.unit == MINUTES and not m.is_range and int(m.lo) in b.time_gaps())
                or (m.unit == MONTHS and m.lo >= 360)  # "والسبعين سنة بتليق فيها": an age, never a term
                or _referred_back(ctx, m, mentions)
                or (m.unit == MINUTES and m.lo == m.hi and m.lo % DAY == 0 and int(m.lo // DAY) in b.range_days)
            ):
                reason = None
            if reason is not None and m.kind == "percent" and (
                _complement_worked(ctx, m, b, mentions) or _share_of_span(ctx, m, b, mentions)
                or rounded_ratio(ctx, m, b) or share_of_amounts(ctx, m, mentions)
            ):
                reason = None
            if reason is None and m.kind == "duration" and not _referred_back(ctx, m):
                # (a span worked out between two stated moments is when something happened, not when money arrives)
                counted = m.unit == MINUTES and (
                    (bool(b.moments) and _moment_gap(m.lo, b)) or (m.lo % DAY == 0 and int(m.lo // DAY) in b.day_gaps())
                )
                # (a worked-out span "before" a date is when the customer acted, not an arrival time)
                reason = (None if counted and _BEFORE_A_DATE.match(fold(ctx.reply[m.end : m.end + 16])) else _wrong_arrival(ctx, m)) or _free_extra_unbacked(ctx, m)
                if reason is None and not counted and not m.is_range and not _OR_MORE.match(ctx.reply, m.end):
                    reason = _low_end_promised(m, b)
                if reason is None and (sent := _sentence_at(ctx, m.start)) is not None:
                    reason = span_over_cap(folded, m, (sent.start, sent.end), sources)
                if reason is None and not counted:
                    reason = misnamed_span(folded, m, sources) or _monthly_as_days(ctx, m, b)
            if reason is None and m.kind in _ROLE_KINDS and m.start not in operands:
                reason = _wrong_role(ctx, m)
            if reason is not None and m.kind == "relative" and (
                _relative_day_names_backed_date(m, mentions, b) or _day_after_the_message(ctx, b)
                or _at_daily_hours(ctx, m, b, mentions)
            ):
                reason = None
            chained = m.kind == "date" and _span_after_a_given_date(ctx, m, b, given_days)
            if reason is not None and m.kind == "date" and (
                _eve_with_its_weekday(ctx, m, b) or _moved_by_named_span(ctx, m, b, mentions) or until_the_eve(ctx, m, b)
                or _whole_named_month(ctx, m, mentions)
                or chained or (int(m.lo), m.unit) in b.inside or (int(m.lo), "") in b.inside
            ):
                reason = None
            if reason is None and m.kind == "date" and not chained:
                reason = (
                    moved_off_span(ctx, m, b, mentions) or business_days_miscounted(ctx, m, b, mentions)
                    or period_end_shifted(ctx, m, b)
                    or _unlisted_slot(ctx, m, b) or _mispaired_slot(ctx, m, mentions) or _taken_slot(ctx, m)
                )
            if reason is not None and m.kind == "time" and (_rounded_time(ctx, m, b) or _time_moved_by_span(ctx, m, b, mentions)):
                reason = None
        if reason is None and m.kind == "date" and not m.is_range and (day := as_day(m, b)) is not None:
            given_days.setdefault(day, m.start)
        committed += 1
        if (
            reason is None
            and m.kind == "amount"
            and _cents(m.lo) in asked
            and m.start not in operands
            and not _worked_on(ctx, m, mentions, b)
            and _money_given(ctx, m, concepts)
            and _only_asked(ctx, m)
        ):
            reason = "only the customer's message states this amount; no source backs giving it"
        if reason is None and m.kind == "amount" and m.start not in operands:
            reason = one_day_for_many(ctx, m) or miscounted_units(ctx, m, b, mentions) or part_counted_twice(ctx, m)
        if reason is None and m.kind == "amount" and _money_given(ctx, m, concepts):
            reason = cap_paid(folded, m, sources, case.message) or (
                over_cap_paid(folded, m, sources, case.message) if capped else None
            )
            if reason is None and _refunded_in_sentence(ctx, m, concepts):
                reason = price_refunded_for_deposit(m, sources, case.message) or used_share_refunded(m, sources, mentions)
        if reason is None and m.kind == "amount" and _cents(m.lo) not in stated_cents:
            reason = swapped_share(ctx.reply, m, sources, [a for a, _ in b.amounts])
        if reason is None and m.kind == "amount":
            reason = _item_or_total_slip(ctx, m, sources, mentions) or discount_on_every_place(m, sources)
        if reason is None and m.kind == "amount" and differs:
            reason = misnamed_difference(folded, m, mentions, sources, case.message)
        if reason is None and m.kind == "amount" and beyond:
            reason = charged_on_the_whole(m, sources, case.message)
        if (
            reason is None
            and m.kind == "amount"
            and (sent := _sentence_at(ctx, m.start)) is not None
        ):
            reason = fee_given_back(sent.text, m, sources) or (
                fee_in_time(sent.text, m, sources, case.message, case.draft) if late_fees else None
            )
            if reason is None and _money_given(ctx, m, concepts) and _is_commitment(
                sent.text, m.start - sent.start, m.end - sent.start, ctx.language
            ):
                reason = kept_part_refunded(sent.text, m, sources)
        if reason is None and m.kind == "amount" and _refunds_both_charges(ctx, m, concepts):
            reason = "refunds both charges of a duplicate: only the second one was taken in error"
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
    clashes = weekday_clash_hits(case.draft, folded, mentions, [*sources, case.message], b.dates)
    bands = wrong_band_hits(case.draft, folded, mentions, sources, [a for a, _ in b.amounts])
    for hit in [
        *_weekday_hits(ctx, b, mentions),
        *_next_day_arrival_hits(ctx),
        *_noon_hits(ctx, b, folded),
        *clashes,
        *bands,
        *_eta_hits(ctx, sources, mentions),
        *late_plain_waiver_hits([(x.start, x.text) for x in ctx.sentences], sources, case.message),
        *full_refund_hits(case.draft, sources),
        *unused_month_hits(
            case.draft, folded, mentions, sources, case.message, lambda m: _refunded_in_sentence(ctx, m, concepts)
        ),
    ]:
        if not any(d["span"][0] <= hit["span"][0] < d["span"][1] for d in details):
            details.append(hit)
    for hit in _concept_hits(ctx, b, concepts):
        lo, hi = hit.pop("_sentence")
        # "250 TL tazminat": the unsupported amount already reports this commitment
        # ... and a waiver already read in plainer words is the same commitment
        if not any(d["kind"] in ("amount", "percent", hit["kind"]) and lo <= d["span"][0] < hi for d in details):
            details.append(hit)
    details.sort(key=lambda d: d["span"][0])

    if not details:
        return _all_backed(committed)
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




_ROUGHLY_BEFORE = re.compile(
    r"\b(?:just|shortly|right) (?:before|after)\s+$|\b(?:around|about|roughly)\s+$|(?:قبيل|حوالي|نحو)\s+(?:الساعه\s+)?$"
)


# a source that lists the free slots ("Available 5-hour team slots: Monday 25/05/2026 8:00; …")
_FREE_SLOTS = re.compile(
    r"\b(?:available|availability|free slots?|open slots?|openings?|free (?:dates|times|appointments))\b"
    r"|\b(?:musait\w*|bos (?:slot|saat|randevu|tarih)\w*|uygun (?:saat|tarih|randevu)\w*)"
    r"|(?:متاح|متوفر|شاغر)"
)
# the reply puts the customer into one ("I've moved your clean to Monday 1 June")
_BOOKED_INTO = re.compile(
    r"\b(?:moved|rebooked|re-booked|rescheduled|booked|switched|put you|pencilled|penciled|reserved|secured)\b"
    r"|\b(?:tasidim|aldim|ayarladim|kaydirdim|planladim|rezerve|erteledim|guncelledim)\b"
    r"|(?:نقلت|حجزت|اجلت|ثبت|حولت)"
)


_LIST_BREAK = re.compile(r"[,;،؛]|\s(?:and|but|ve|ama)\s|\sو")


def _unlisted_slot(ctx: EvalContext, m: Mention, b: Backing) -> str | None:
    """A booking moved to a date no source lists, where a source lists the free ones: a
    date a stated span away from a listed one (29 May + "72 hours' notice") is no slot."""
    md = int(m.lo)
    if any(x in b.dates or x in b.inside for x in ((md, m.unit), (md, ""))) or not _booked_into(ctx, m):
        return None
    for src in ctx.case.sources:
        folded = fold(src.text).replace("\u0640", "")
        if _FREE_SLOTS.search(folded) and sum(x.kind == "date" for x in extract(src.text)) >= 2:
            return "not one of the free dates the sources list"
    return None


# a listing of dates, each marked taken or free: "Sat 20 June booked; Sun 21 June free"
_TAKEN_MARK = re.compile(r"^\W*(?:booked|taken|full|sold out|dolu|kapali|محجوز|مكتمل|ممتلئ)\b")
_FREE_MARK = re.compile(r"^\W*(?:free|available|open|bos|musait|acik|متاح|متاحه|متوفر|فارغ)\b")


def _taken_slot(ctx: EvalContext, m: Mention) -> str | None:
    """A booking put on a date a source lists as taken, beside dates it lists as free."""
    if not _booked_into(ctx, m):
        return None
    for src in ctx.case.sources:
        folded = fold(src.text).replace("\u0640", "")
        dates = [x for x in extract(src.text) if x.kind == "date"]
        if any(_FREE_MARK.match(folded[x.end :]) for x in dates) and any(
            x.lo == m.lo and x.hi == m.hi and _TAKEN_MARK.match(folded[x.end :]) for x in dates
        ):
            return "the sources list this date as taken"
    return None


def _booked_into(ctx: EvalContext, m: Mention) -> bool:
    """The clause before date `m` says the booking went there ("I've moved you to …"; not
    "… and the skip collected on Thursday 21 May", where the date is another clause's)."""
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return False
    before = _LIST_BREAK.split(fold(ctx.reply[sent.start : m.start]).replace("\u0640", ""))[-1]
    return _BOOKED_INTO.search(before) is not None


def _time_after(mentions: tuple[Mention, ...], at: int, text: str) -> Mention | None:
    """The clock time written right after a date ending at `at` (before any other date)."""
    for x in mentions:
        if x.start < at:
            continue
        if x.kind == "date" or x.start - at > 24:
            return None
        if x.kind == "time" and not _LIST_BREAK.search(fold(text[at : x.start])):
            found: Mention = x
            return found
    return None


def _mispaired_slot(ctx: EvalContext, m: Mention, mentions: tuple[Mention, ...]) -> str | None:
    """A booking on a listed free date at the time another listed slot has: "21 Nisan Salı
    14:00'e aldım" where the free slots are "21.04 Salı 10:30; 22.04 Çarşamba 14:00"."""
    when = _time_after(mentions, m.end, ctx.reply)
    sent = _sentence_at(ctx, m.start)
    if when is None or sent is None or m.is_range:
        return None
    clause = _LIST_BREAK.split(fold(ctx.reply[m.start : sent.end]).replace("\u0640", ""))[0]
    before = _LIST_BREAK.split(fold(ctx.reply[sent.start : m.start]).replace("\u0640", ""))[-1]
    if not _BOOKED_INTO.search(before) and not _BOOKED_INTO.search(clause):
        return None
    for src in ctx.case.sources:
        if not _FREE_SLOTS.search(fold(src.text)):
            continue
        found = extract(src.text)
        # every time written after a date, up to the next one ("30 أيار: 11:00 و17:00")
        slots: dict[int, set[int]] = {}
        day: int | None = None
        for x in found:
            if x.kind == "date":
                day = None if x.is_range or x.alts else int(x.lo)
            elif x.kind == "time" and day is not None:
                slots.setdefault(day, set()).add(int(x.lo))
        times = slots.get(int(m.lo))
        if len(slots) >= 2 and times and int(when.lo) not in times and any(int(when.lo) in v for v in slots.values()):
            return "that time is listed for another free date, not this one"
    return None


def _rounded_time(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """A stated time told roughly: "it went down just before 1pm" when the incident
    log says 12:50 (within a quarter of an hour, with a word that says so)."""
    before = fold(ctx.reply[max(0, m.start - 20) : m.start])
    if not _ROUGHLY_BEFORE.search(before):
        return False
    v = int(m.lo)
    return any(abs(t - v) <= 15 or abs(t - v - 12 * 60) <= 15 for t in b.times)


def _time_moved_by_span(ctx: EvalContext, m: Mention, b: Backing, mentions: tuple[Mention, ...]) -> bool:
    """"extended by the 30 minutes you're losing: you now have the room until 22:30" where the
    booking ends at 22:00: a stated time moved by a span its sentence names (checked itself)."""
    sent = _sentence_at(ctx, m.start)
    if sent is None or m.is_range:
        return False
    spans = [
        int(d.lo) for d in mentions
        if d.kind == "duration" and d.unit == MINUTES and not d.is_range and 0 < d.lo < DAY and sent.start <= d.start < sent.end
    ]
    return any(int(m.lo) - d in b.times or int(m.lo) + d in b.times for d in spans)


def _whole_named_month(ctx: EvalContext, m: Mention, mentions: tuple[Mention, ...]) -> bool:
    """"Can I pause for August?" answered "paused from 1 to 31 August": a month the customer
    or a source names, given as its first and last days."""
    i = mentions.index(m)
    for a, z in pairwise(mentions[max(0, i - 1) : i + 2]):
        if a.kind != "date" or z.kind != "date" or not RANGE_LINK.fullmatch(ctx.reply, a.end, z.start):
            continue
        month = int(a.lo) // 100
        if not 1 <= month <= 12 or a.lo != month * 100 + 1 or int(z.lo) // 100 != month:
            continue
        year = int(z.unit or a.unit or 2001)
        named = fold(" ".join([ctx.case.message, *(s.text for s in ctx.case.sources)]))
        if int(z.lo) % 100 == calendar.monthrange(year, month)[1] and any(
            month_word(w) == month for w in re.findall(r"\w+", named)
        ):
            return True
    return False


def _eve_with_its_weekday(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """The day before a stated date, where a source sets a deadline one day before it,
    and any weekday written just before it is that date's ("before 10:40 on Thursday
    2 July"; not "Saturday 22 May" when 22 May is a Friday)."""
    eve = b.eves().get((int(m.lo), m.unit))
    if eve is None:
        return False
    before = fold(ctx.reply[max(0, m.start - 14) : m.start])
    named = [WEEKDAY_NUMBER[w.group(0)] for w in WEEKDAY_NAME.finditer(before)]
    return not named or named[-1] == eve.weekday()


_ONE_DAY = re.compile(r"\b(?:bir|one|a single|an extra) (?:gun|day)\b|يوما? واحدا?|(?<!\w)بيوم(?!\w)")


def _moved_by_named_span(ctx: EvalContext, m: Mention, b: Backing, mentions: tuple[Mention, ...]) -> bool:
    """"paketinizin geçerliliğini bir gün uzattım; yeni bitiş tarihiniz 21 Mayıs 2026": a
    stated date moved by a backed span the same sentence names."""
    sent = _sentence_at(ctx, m.start)
    if sent is None or m.is_range:
        return False
    spans = {
        int(d.lo // DAY)
        for d in mentions
        if d.kind == "duration" and d.unit == MINUTES and not d.is_range and d.lo % DAY == 0
        and 0 < d.lo // DAY <= 90 and sent.start <= d.start < sent.end and _unsupported(d, b) is None
    }
    if _ONE_DAY.search(fold(sent.text)):
        spans.add(1)  # "bir gün uzattım": one day, which the extractor leaves as words
    if not spans:
        return False
    target = as_day(m, b)
    return target is not None and any((target - day).days in spans for day in b.calendar_days())


def _weekday_names_backed_date(end: int, weekday: int, dates: list[Mention], b: Backing, year: int) -> bool:
    """"قبل الثلاثاء 28 أبريل": the weekday of the backed date written right after it."""
    for d in dates:
        if 0 <= d.start - end <= 3 and year and _unsupported(d, b) is None:
            md = int(d.lo)
            with contextlib.suppress(ValueError):
                if date(year, md // 100, md % 100).weekday() == weekday:
                    return True
    return False


# a Turkish condition after the span: "Bir saat sonra ünite hâlâ kırmızı yanıyorsa … yazmanız yeterli"
_TR_IF = re.compile(r"^[^.,;:!?]*?\b\w+(?:yorsa|mazsa|mezse|irse|arsa|erse|ursa)\b")


def _tr_condition(ctx: EvalContext, m: Mention) -> bool:
    return ctx.language == "tr" and _TR_IF.match(fold_turkish(ctx.reply[m.end : m.end + 80])) is not None


def _difference_of_spans(m: Mention, b: Backing) -> bool:
    """"26 saat … 8 saati düştüğümde … 18 saat": what is left of one stated span after another."""
    if m.is_range or m.unit != MINUTES or m.lo >= DAY:
        return False  # (hours used: days and weeks are how long money or a fix takes, checked as such)
    spans = {v for u, v in b.durations if u == MINUTES}  # (in hundredths)
    want = round(m.lo * 100)
    return any(x - y == want for x in spans for y in spans if x > y)


def _span_after_a_given_date(ctx: EvalContext, m: Mention, b: Backing, given_days: dict[date, int]) -> bool:
    """"sizi 9 Haziran'a aldım … düzeltmeler için 7 gün ayırıyoruz, yani en geç 16 Haziran": a
    stated span on from a date an earlier sentence gave (and that held). Not within one
    sentence: "pick-up on June 12 … return on June 15" is one booking, the two dates its ends."""
    day = as_day(m, b) if not m.is_range else None
    sent = _sentence_at(ctx, m.start)
    if day is None or sent is None:
        return False
    return any((day - given).days in b.day_counts for given, at in given_days.items() if at < sent.start)


def _relative_day_names_backed_date(m: Mention, mentions: tuple[Mention, ...], b: Backing) -> bool:
    """"tomorrow, Thursday 14 May": the relative day names a date the sources back; and
    once it has, "tomorrow" elsewhere in the reply is that same day."""
    return any(
        n.kind == "date"
        and (0 <= n.start - r.end <= 22 or 0 <= r.start - n.end <= 14)
        and _unsupported(n, b) is None
        for r in mentions
        if r.kind == "relative" and fold(r.text) == fold(m.text)
        for n in mentions
    )


_DAILY = Needled(
    re.compile(r"\b(?:daily|every day|7 days a week|her gun|haftanin her gunu)\b|يوميا|كل يوم|طوال ايام الاسبوع")
)


def _at_daily_hours(ctx: EvalContext, m: Mention, b: Backing, mentions: tuple[Mention, ...]) -> bool:
    """"from 8:00 tomorrow" where the shop opens "daily 8:00-17:30": any day at hours the
    sources keep every day, tomorrow included."""
    sent = _sentence_at(ctx, m.start)
    return (
        sent is not None
        and any(t.kind == "time" and sent.start <= t.start < sent.end and int(t.lo) in b.times for t in mentions)
        and any(_DAILY.search(fold(s.text).replace("\u0640", "")) for s in ctx.case.sources)
    )


def _with_shown_counts(ctx: EvalContext, b: Backing, mentions: tuple[Mention, ...]) -> Backing:
    """The backing plus the counts the reply works out from the months or days it names:
    "سبعة أشهر كاملة (من يونيو إلى ديسمبر)، وبواقع 150 ريالاً للشهر … 1,050 ريالاً" multiplies
    a stated rate by a count shown in front of the reader."""
    spans = [
        m
        for m in mentions
        if m.kind == "duration"
        and (m.unit == MONTHS or (m.unit == MINUTES and m.lo % DAY == 0))
        and _span_shown(ctx, m, b, mentions)
    ]
    if not spans:
        return b
    ctx.extras["_shown_spans"] = set().union(*(_duration_keys(m.unit, m.lo) for m in spans))
    spans = [m for m in spans if _unsupported(m, b) is not None]
    shown = {int(m.lo if m.unit == MONTHS else m.lo // DAY) for m in spans}
    shown = {c for c in shown if 2 <= c <= 31} - b.counts
    # ... and the span itself, said again: "five days (4 to 8 August), so I've added five free days"
    durations = b.durations.union(*(_duration_keys(m.unit, m.lo) for m in spans))
    return replace(b, counts=b.counts | shown, durations=durations, _derived=None, _sums=None)


def _with_shares_named(b: Backing, mentions: tuple[Mention, ...]) -> Backing:
    """The backing plus a quantity the reply names as a share of a stated one, when the
    sources price a unit: "نصف استهلاكك (600 كيلوواط ساعة)" of a stated 1,200 kWh, at
    0.28 a kWh, backs 168."""
    if not b.unit_prices:
        return b
    stated = {n for n in b.numbers if n % 100 == 0}
    shares = {
        int(m.lo)
        for m in mentions
        if m.kind == "number" and float(m.lo).is_integer() and m.lo >= 10
        and _cents(m.lo) not in stated
        and any(_cents(m.lo * k) in stated for k in (2, 3, 4))
    }
    return replace(b, quantities=b.quantities | shares, _derived=None, _sums=None) if shares else b


def _with_shown_working(
    b: Backing, mentions: tuple[Mention, ...], reply: str, ctx: EvalContext
) -> Backing:
    """The backing plus the reply's own backed amounts, when some amount is not backed.

    A reply that shows its working ("90.00 GBP face value minus our 10% fee, so 81.00
    GBP") takes one step from a figure it has already justified; each step is still one
    of the derivations the sources allow. A sum written out ("15 TL + 14 x 3,10 TL =
    58,40 TL") backs its result when the arithmetic is right and its amounts are backed.
    """
    amounts = [m for m in mentions if m.kind == "amount"]
    if not any(_unsupported(m, b) for m in amounts):
        return b
    written = equations(reply, mentions) if "=" in reply else []
    summed = _summed_percents(ctx, mentions, b)
    if summed:
        b = replace(b, percents=b.percents | summed, _derived=None)
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
        shown += [
            (result.lo, result.unit)
            for operands, result in written
            if (_cents(result.lo), result.unit) not in known
            and all(o.kind != "amount" or _unsupported(o, b) is None for o in operands)
        ]
        shown += _itemised_totals(amounts, b, known)
        shown += _counted_out(ctx, amounts, mentions, b, known)
        if not shown:
            return b
        # a unit price the reply works out ("28 + 4 … 32 ريالاً للعلبة الواحدة") prices the
        # customer's count like a stated one: 75 boxes at 32 is 2,400
        shown_cents = {_cents(v) for v, _ in shown}
        folded_reply = fold(reply)
        per_unit = [
            (m.lo, m.unit)
            for m in amounts
            if _cents(m.lo) in shown_cents and not m.is_range and _PER_UNIT.match(folded_reply, m.end)
        ]
        b = replace(
            b,
            amounts=[*b.amounts, *shown],
            shown_amounts=b.shown_amounts | shown_cents,
            unit_prices=[*b.unit_prices, *per_unit],
            _derived=None,
        )
        if not any(_unsupported(m, b) for m in amounts):
            return b
    return b


def _summed_percents(ctx: EvalContext, mentions: tuple[Mention, ...], b: Backing) -> set[int]:
    """"20% for the delay and a further 10% for the air conditioning, so 30% of 3,600":
    a share the reply adds up from two stated shares written before it in its sentence."""
    out: set[int] = set()
    percents = [x for x in mentions if x.kind == "percent" and not x.is_range]
    for i, m in enumerate(percents):
        if _cents(m.lo) in b.percents or (sent := _sentence_at(ctx, m.start)) is None:
            continue
        before = [_cents(x.lo) for x in percents[:i] if x.start >= sent.start and _cents(x.lo) in b.percents]
        if any(x + y == _cents(m.lo) for x, y in combinations(before, 2)):
            out.add(_cents(m.lo))
    return out


def _count_of(m: Mention) -> int | None:
    """How many months, days or working days a span counts ("8 أشهر": 8)."""
    if m.kind != "duration" or m.is_range:
        return None
    n = float(m.lo / DAY if m.unit == MINUTES else m.lo if m.unit in (MONTHS, BDAYS) else 0)
    return int(n) if n.is_integer() and 2 <= n <= 60 else None


def _counted_out(
    ctx: EvalContext,
    amounts: list[Mention],
    mentions: tuple[Mention, ...],
    b: Backing,
    known: set[tuple[int, str]],
) -> list[tuple[float, str]]:
    """ "بقيت 8 أشهر كاملة … قيمتها 960 درهماً بواقع 120 درهماً للشهر": an amount the
    sentence counts out as a backed span times a backed rate it gives beside it."""
    out: list[tuple[float, str]] = []
    for m in amounts:
        if m.is_range or (_cents(m.lo), m.unit) in known or _unsupported(m, b) is None:
            continue
        sent = _sentence_at(ctx, m.start)
        if sent is None:
            continue
        inside = [x for x in mentions if sent.start <= x.start < sent.end and x is not m]
        counts = {
            n for x in inside if (n := _count_of(x)) is not None and _unsupported(x, b) is None
        }
        # ... or a count in words: "أربع علب ربع تولة اللي مجموعها 1,520" at 380 each
        counts |= {n for n in _word_counts(fold(sent.text)) if 2 <= n <= 12}
        rates = {
            x.lo
            for x in inside
            if x.kind == "amount"
            and x.unit == m.unit
            and not x.is_range
            and _unsupported(x, b) is None
        }
        if any(_cents(r * n) == _cents(m.lo) for r in rates for n in counts):
            out.append((m.lo, m.unit))
    return out


def _itemised_totals(
    amounts: list[Mention], b: Backing, known: set[tuple[int, str]]
) -> list[tuple[float, str]]:
    """A total after an itemised list: "205.50 EUR, 21.60 EUR, 2.50 EUR. Total: 229.60
    EUR" is the sum of the backed amounts just before it (three or more; two are a
    derivation already)."""
    out: list[tuple[float, str]] = []
    for k, m in enumerate(amounts):
        if k < 3 or m.lo != m.hi or (_cents(m.lo), m.unit) in known or _unsupported(m, b) is None:
            continue
        items = [
            _cents(a.lo)
            for a in amounts[max(0, k - 8) : k]
            if a.unit == m.unit and a.lo == a.hi and _unsupported(a, b) is None
        ]
        # the lines of the list, with a unit price written beside one of them ("3 x 7.20
        # EUR: 21.60 EUR") left out: any three or more of the amounts before the total
        if any(
            sum(chosen) == _cents(m.lo)
            for size in range(3, len(items) + 1)
            for chosen in combinations(items, size)
        ):
            out.append((m.lo, m.unit))
    return out


# A deadline set on a weekday ("fit it by Friday", "cumaya kadar", "بحلول يوم الجمعة") is a
# commitment like a date: backed when the sources or the message name that weekday, or a
# date that falls on it.
_WEEKDAYS = WEEKDAY_NUMBER
_EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_TR_DAYS = "pazartesi|sali|carsamba|persembe|cumartesi|cuma|pazar"
_AR_DAYS = "الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد"
_WEEKDAY_DEADLINE = re.compile(
    rf"\b(?:by|before|until|till|no later than) (?:this |next |the )?(?P<en>{_EN_DAYS})\b"
    rf"|\b(?P<tr>{_TR_DAYS})(?: gun\w*|y?[ae])? (?:kadar|itibaren)\b"
    rf"|(?:بحلول|قبل|حت[يى])\s(?:يوم\s)?(?P<ar>{_AR_DAYS})"
)


def _names_weekday_deadline(folded: str) -> bool:
    # most replies name no weekday: a substring test spares the scan
    return any(map(folded.__contains__, _WEEKDAYS)) and _WEEKDAY_DEADLINE.search(folded) is not None


_NO_TIME_YET = "the sources say no time is known yet for this"


def _eta_hits(
    ctx: EvalContext, sources: list[str], mentions: tuple[Mention, ...]
) -> list[dict[str, Any]]:
    """A time for the fix or the delivery where a source says none is known yet, or one a
    source gives only for an arrival (_eta)."""
    if not any(time_unknown(t) for t in sources):
        return _arrival_hits(ctx, sources, mentions)
    stated: set[tuple[str, int]] = {(x.kind, round(v)) for t in sources for x in extract(t) for v in (x.lo, x.hi)}
    out: list[dict[str, Any]] = []
    for sent in ctx.sentences:
        if _is_note(sent.text) or _CONTACT_PLAN.search(fold(sent.text)):
            continue
        for a, z, kind in promised_times(sent.text, sent.start, mentions, stated):
            out.append(
                {
                    "text": ctx.reply[a:z],
                    "span": [a, z],
                    "kind": kind,
                    "value": ctx.reply[a:z],
                    "unit": "",
                    "reason": _NO_TIME_YET,
                }
            )
    return out


def _arrival_hits(ctx: EvalContext, sources: list[str], mentions: tuple[Mention, ...]) -> list[dict[str, Any]]:
    arrivals = set().union(*(arrival_times(t) for t in sources))
    if not arrivals:
        return []
    others = {
        round(x.lo) for t in sources for x in extract(t) if x.kind == "time" and round(x.lo) not in arrival_times(t)
    }
    out: list[dict[str, Any]] = []
    for sent in ctx.sentences:
        for a, z in arrival_as_fix(sent.text, sent.start, mentions, arrivals, others):
            out.append(
                {
                    "text": ctx.reply[a:z],
                    "span": [a, z],
                    "kind": "time",
                    "value": ctx.reply[a:z],
                    "unit": "",
                    "reason": "the sources give this time for an arrival, not for the fix",
                }
            )
    return out


def _weekday_hits(ctx: EvalContext, b: Backing, mentions: tuple[Mention, ...]) -> list[dict[str, Any]]:
    folded = fold(ctx.reply)
    if not _names_weekday_deadline(folded):
        return []
    named = set(b.weekdays)  # the weekdays the sources and the message name
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
                named |= {plus_business_days(base, n).weekday() for n in bdays}
                if b.day_before:  # "up to 24 hours before the show" (Thursday): "before Wednesday"
                    named.add((base - timedelta(days=1)).weekday())
    out: list[dict[str, Any]] = []
    dates = [d for d in mentions if d.kind == "date"]
    for m in _WEEKDAY_DEADLINE.finditer(folded):
        day = next(g for g in m.groups() if g)
        if _WEEKDAYS[day] in named or _weekday_names_backed_date(m.end(), _WEEKDAYS[day], dates, b, year):
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


_THRICE = re.compile(r"three times|uc (?:kez|kere|defa)|\u062b\u0644\u0627\u062b \u0645\u0631\u0627\u062a")


def _refunds_both_charges(
    ctx: EvalContext, m: Mention, concepts: list[tuple[int, int, frozenset[str]]]
) -> bool:
    """A refund of twice the amount that was charged twice: the customer is owed the
    extra charge, not both ("Fazladan alınan 2.900 TL" for 1.450 TL taken twice)."""
    charged = _charged_twice(ctx)
    if charged is None or not _given_in_clause(ctx, m, concepts):
        return False
    half = _cents(m.lo) / 2
    return (
        half == int(half)
        and charged.get(int(half), 0) >= 2
        and charged.get(_cents(m.lo), 0) < 2  # 700 for two tickets at 350, itself taken twice
    )


# taken to someone who decides (not "I've approved it", which gives it)
_TAKEN_UP = re.compile(r"\b(?:manager|supervisor|team lead|escalat\w*|yonetici\w*|mudur\w*|amir\w*)\b|مدير|مشرف|رفعت")


def _worked_on(ctx: EvalContext, m: Mention, mentions: tuple[Mention, ...], b: Backing) -> bool:
    """The customer's figure as the base of working the sentence shows: "3.200 TL'den önce
    500 TL muafiyet düşülüyor, kalan 2.700 TL'nin %70'i": a stated amount taken off it, or
    a stated share of it, appears beside it."""
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return False
    others = [x.lo for x in mentions if x.kind == "amount" and x is not m and sent.start <= x.start < sent.end]
    if not others:
        return False
    stated = {a for a, _ in b.amounts if a != m.lo}
    shares = [p / 10000 for p in b.percents]
    bases = {m.lo} | {m.lo - a for a in stated if a < m.lo}
    derived = bases - {m.lo} | {x * p for x in bases for p in shares}
    return any(abs(y - d) < 0.01 for y in others for d in derived)


def _only_asked(ctx: EvalContext, m: Mention) -> bool:
    """A refund or credit of an amount only the customer named ("refund my 500 EUR") is
    the customer's ask, not something policy or the account backs."""
    sent = _sentence_at(ctx, m.start)
    if sent is not None and _TAKEN_UP.search(fold(sent.text)):
        return False  # "تعويضه يحتاج موافقة مشرف العمليات، وقد رفعتُ الطلب إليه": asked for, not given
    asked_backed, b_sources = _sources_alone(ctx)
    return not asked_backed and _unsupported(m, b_sources) is not None


def _sources_alone(ctx: EvalContext) -> tuple[bool, Backing]:
    """(whether the sources back any figure the customer names, what the sources back
    without the message). Built once per case, and only for a reply that gives an amount
    the customer named: most replies give none."""
    key = "_sources_alone"
    cached = ctx.extras.get(key)
    if cached is not None:
        return cached  # type: ignore[return-value]
    sources = ctx.case.sources
    b_sources = backing_for([s.text for s in sources])
    # A policy that repays the customer's actual cost ("as per the receipt") backs the
    # figure the customer names for it.
    # So does one that refunds in full ("the ticket price is refunded in full") without
    # stating the price itself: what the customer says they paid is the full price.
    asked_backed = any(repays_actual_cost(s.text) for s in sources) or (
        b_sources.full and "refund" in b_sources.concepts and not b_sources.amounts
    )
    ctx.extras[key] = (asked_backed, b_sources)
    return asked_backed, b_sources


def _charged_twice(ctx: EvalContext) -> dict[int, int] | None:
    """How many times the message and sources state each figure (in cents), where they
    tell of a charge taken twice; None where they do not, or tell of one taken three
    times (then two of the charges were extra). Read once per case, not once for every
    amount in the reply."""
    key = "_charged_twice"
    if key in ctx.extras:
        return ctx.extras[key]  # type: ignore[return-value]
    texts = [ctx.case.message, *(s.text for s in ctx.case.sources)]
    charged: dict[int, int] | None = None
    if any(CHARGED_TWICE.search(fold(t)) for t in texts) and not any(_THRICE.search(fold(t)) for t in texts):
        charged = {}
        for t in texts:
            for a in extract(t):
                if a.kind in ("amount", "number") and a.lo == a.hi:
                    charged[_cents(a.lo)] = charged.get(_cents(a.lo), 0) + 1
    ctx.extras[key] = charged
    return charged


def _given_in_clause(
    ctx: EvalContext, m: Mention, concepts: list[tuple[int, int, frozenset[str]]]
) -> bool:
    """A refund or credit word in the amount's own clause ("I've refunded 2,900 TL",
    not "your statement shows 108.40 GBP; once the credit lands")."""
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return False
    lo, hi = sent.start, sent.end
    for br in _CLAUSE_BREAK.finditer(ctx.reply, sent.start, sent.end):
        if br.end() <= m.start:
            lo = br.end()
        elif br.start() >= m.end:
            hi = br.start()
            break
    return any(lo <= c[0] < hi and c[2] & _MONEY_GIVEN for c in concepts)


def _refunded_in_sentence(
    ctx: EvalContext, m: Mention, concepts: list[tuple[int, int, frozenset[str]]]
) -> bool:
    """Whether the amount sits in a sentence that pays money back (not one that waives a fee)."""
    sent = _sentence_at(ctx, m.start)
    return sent is not None and any(sent.start <= c[0] < sent.end and "refund" in c[2] for c in concepts)


def _money_given(
    ctx: EvalContext, m: Mention, concepts: list[tuple[int, int, frozenset[str]]]
) -> bool:
    """Whether the amount sits in a sentence that refunds, credits or waives something."""
    sent = _sentence_at(ctx, m.start)
    return sent is not None and any(
        sent.start <= c[0] < sent.end and c[2] & _MONEY_GIVEN for c in concepts
    )


# a question the customer is asked to answer: "… teyit edebilir misiniz?", "could you let me know …?"
_ASKS_CUSTOMER = re.compile(
    r"\b(?:could|can|would|will) you\b[^?]*\?\s*$|\b\w+(?:ebilir|abilir) (?:misiniz|misin)\b[^?]*\?\s*$"
    r"|(?:هل )?(?:يمكنك|تقدر|ممكن)\b[^؟?]*[؟?]\s*$"
)


def _is_value_commitment(
    ctx: EvalContext, m: Mention, concepts: list[tuple[int, int, frozenset[str]]]
) -> bool:
    """Whether a quantity promises something. Not: "I'll call you tomorrow" (the agent's own
    plan); "100%" away from a refund, credit or discount ("I'm 100% sure"); a span of the
    customer's past ("two days ago", "منذ يومين", "I'm sorry you waited two days")."""
    if m.kind == "relative":
        # "Bisikleti yarın atölyeye bırakırsanız …": the customer's choice of day, not a deadline;
        # "Yarın sabah … bana teyit edebilir misiniz?": a question put to the customer
        sent = _sentence_at(ctx, m.start)
        if sent is not None and _ASKS_CUSTOMER.search(fold(sent.text)):
            return False
        return not _own_plan(ctx, m) and not _CUSTOMER_IF.search(fold(ctx.reply[m.end : m.end + 60]).split(".")[0])
    if m.kind == "percent" and _share_in_words(m):
        return False  # "a third of the price, 26.67 GBP": the working, in words; the amount is the claim
    if m.kind in ("amount", "number"):
        sent = _sentence_at(ctx, m.start)
        if sent is not None and _EXAMPLE.search(fold(sent.text)):
            return False  # "if your basket came to, say, 110 dirhams, 10 more…": an illustration
    if m.kind in ("date", "time") and _own_contact(ctx, m):
        return False
    if m.kind == "percent" and m.lo == m.hi == 100:
        sent = _sentence_at(ctx, m.start)
        return sent is not None and any(sent.start <= c[0] < sent.end for c in concepts)
    if m.kind == "duration" and _FACTOR_BEFORE.search(ctx.reply, max(0, m.start - 4), m.start):
        return False  # "(12 × 1.5 × 5 days)": a factor of the shown working, not a promised span
    if m.kind == "duration":
        folded = fold(ctx.reply)
        if _PAST_AFTER.match(folded, m.end) or _PAST_BEFORE.search(folded, 0, m.start):
            return False
        if _describes(folded, m):
            return False
        sent = _sentence_at(ctx, m.start)
        if sent is not None and _OTHER_CUSTOMERS.search(fold(sent.text)) and not _FUTURE.search(fold(sent.text)):
            # "many customers change their minds after a month": others, not a promise (but
            # "most customers see it within 2-3 days" is one)
            return False
        sent = _sentence_at(ctx, m.start)
        if sent is not None:
            text = fold(sent.text)
            return not (_APOLOGY.search(text) and not _FUTURE.search(text))
    return True


# (an illustration is rare: a substring test goes first)
_EXAMPLE = Needled(
    re.compile(
        r"\b(?:for example|for instance|let's say|ornegin|mesela|diyelim ki|farz edelim)\b|\be\.g\.|\bsay,|مثلا|على سبيل المثال|لنفترض"
    )
)
_OTHER_CUSTOMERS = Needled(
    re.compile(
        r"\b(?:many|most|some) (?:of our )?(?:customers|clients|owners|families|people)\b"
        r"|\b(?:cogu|bircok|pek cok|bazi) (?:musteri|aile|kisi)\w*"
        r"|(?:كثير|معظم|اغلب|بعض) (?:من )?(?:العملاء|عملائنا|الاسر|الناس)"
    )
)
_FACTOR_BEFORE = re.compile(r"(?:×|\s[x*])\s*$")
_PAST_AFTER = re.compile(r"\s*ago\b")
_PAST_BEFORE = Needled(re.compile(r"(?:\bsince|\bfor the (?:past|last)|\bover the (?:past|last)|منذ)\s+$"))
_APOLOGY = Needled(re.compile(r"\b(?:sorry|apolog\w*|ozur|uzgun\w*)\b|اسف|نعتذر|اعتذر|عذرا"))
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|within|takes?|need\w*|until|by)\b|'ll\b"
    r"|\w+(?:[ae]c[ae]k|[ae]c[ae]g)\w*|\b(?:icinde|surer|kadar)\b"
    # ("سنة"، "ستة"، "سنوات" are no future tense)
    r"|سوف|خلال|يستغرق|حت[يى]|(?:^|\s)(?!(?:سنه|سنوات|سنتين|سنين|سنوي\w*|سته|ستين|ستون)(?:\s|$))س[تينا]\S"
)


# What the customer went through is told, not promised: "losing almost two hours",
# "a one-day delay", "bir günlük gecikme", "ساعة انتظار", "two days late".
_LIVED_BEFORE = re.compile(
    r"\b(?:waited|waiting|lost|losing|spent|spending|wasted|wasting|stuck|been without|"
    r"kept (?:you|waiting)|late by|delayed by|cost you)"
    r"(?:\s+(?:for|almost|nearly|over|about|around|more than|a|an|the|whole|full|entire))*\s*$"
    r"|(?:bekle\w*|kaybet\w*|gecik\w*|kullanilmis|kullandiginiz|kullanilan)\s+$|(?:انتظر\S*|[تين]نتظر\S*|خسر\S*|قضي\S*|بقيت|تاخر\S*)\s+$"
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
# how long the customer's own step takes, or how quickly the agent can do a small thing:
# "it only takes 2 minutes", "I can switch you over in a minute", "لا يأخذ أكثر من
# دقيقتين", "sadece birkaç dakikanızı alır"
_EFFORT = re.compile(
    r"\b(?:it|this|that)(?:'s| is)? (?:only|just) (?:takes?|needs?|a matter of)\s+$"
    r"|\b(?:only |just )?(?:takes?|took) (?:me |us |you )?(?:(?:only|just|about|less than|under|no more than) )?$"
    r"|(?<!\w)(?:لا )?(?:ياخذ|تاخذ|يستغرق|تستغرق)(?: (?:سوى|الا|اكثر من|اقل من|حوالي|نحو))?\s+$"
)
# "in a minute", "in a moment", "in two minutes": a manner of speaking, not a deadline
_IN_A_MINUTE = re.compile(r"\s*(?:if you(?:'d)? like|for you)?\s*(?:[.!?,]|$)")


def _describes(folded: str, m: Mention) -> bool:
    """Whether a duration tells what happened, compares or reassures rather than promises."""
    if folded.startswith(("'s ", "’s "), m.end):
        return True  # "£4 for a night's charging": a measure of what is bought, not a time promised
    start = max(0, m.start - 60)
    before = folded[start : m.start]
    cut = max((before.rfind(c) for c in ".!?;:,،؛"), default=-1)
    clause = before[cut + 1 :]
    lived = _LIVED_BEFORE.search(clause) or _LIVED_AFTER.match(folded, m.end)
    if lived and not _FUTURE_IN_CLAUSE.search(clause):
        return True
    if _COMPARISON.search(clause):
        return True
    if m.unit != MINUTES or m.hi > 10:
        return False
    if _EFFORT.search(clause) is not None:
        return True
    if clause.endswith(" in ") and m.hi <= 1 and folded.startswith(("a minute", "a moment"), m.start):
        return True  # "I could switch you over in a minute": how quick, not a time promised
    if _QUICK_JOB_TR.match(folded, m.end):
        return True  # "iki dakikada hallederim": how quick, not a time promised
    return clause.endswith(" in ") and m.hi <= 5 and _IN_A_MINUTE.match(folded, m.end) is not None


_QUICK_JOB_TR = re.compile(r"(?<=da|de|ta|te) (?:hemen )?(?:halleder|ayarlar|yapar|hazirlar|degistirir)(?:im|iz)\b")


# The agent's own reminder or call is theirs to plan: "I'll call you on 12 May", "a reminder
# to check in with you on 22 May", "sizi 14:00'te arayacağım", "سأتصل بك يوم ٣ يونيو".
_CONTACT_PLAN = Needled(
    re.compile(
        r"\b(?:i|we)(?:'ll| will| shall|'m going to| am going to)(?: \w+ly| also| personally)?"
        r" (?:call|ring|phone|email|e-mail|text|message|contact|check in|follow up|get in touch|get back to)\b"
        r"|\breminder\b[^.!?]{0,40}\b(?:check in|call|contact|follow up|get in touch)"
        r"|\b(?:sizi|size)\s+(?:\S+\s+){0,3}(?:arayacag\w*|ulasacag\w*|yazacag\w*|doneceg\w*|donus yapacag\w*|bildirecegim|haber verecegim)"
        r"|\bhatirlatma\w*|\b(?:arayacag|ulasacag)\w*"
        r"|(?:سا|سن)(?:تصل|تواصل|راسل|كتب)\S*|تذكير"
    )
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
    # "up to 3 guest days a month at no charge": the price named a few words on
    r"|\s*(?:[^\W\d]+\s+){1,5}?(?:at no (?:extra |additional )?(?:charge|cost)|free of charge)\b"
)
_GIFT = re.compile(r"free|complimentary|bonus|no charge|no cost|ucretsiz|bedava|hediye|مجاني|هديه")
_FREE_BEFORE = re.compile(r"\b(?:extra|additional|bonus|another|ek|ilave|fazladan)\s+$")


def _unbacked_free_count(ctx: EvalContext, m: Mention, b: Backing) -> tuple[str, int] | None:
    """(why, where the phrase ends) for a count of free or extra items no source gives,
    or of reward units ("5000 gems", "500 bonus points", "5000 جوهرة") whatever the count."""
    folded = fold(ctx.reply)
    reward = _REWARD_UNITS.match(folded, m.end)
    if reward is not None and m.lo == m.hi and m.lo >= 1:
        want = _cents(m.lo)
        if want in b.numbers or any(x - y == want for x in b.numbers for y in b.numbers if x > y):
            return None  # (or what one stated score is over another: "87,5 ile tam 26,25 puan yükseldiniz")
        return "no source gives this many reward units", reward.end()
    if not (m.lo == m.hi and float(m.lo).is_integer() and 1 <= m.lo <= 50):
        return None
    after = _FREE_AFTER.match(folded, m.end)
    if after is None and not _FREE_BEFORE.search(folded, max(0, m.start - 20), m.start):
        return None
    if _cents(m.lo) in b.numbers or int(m.lo) in b.counts | b.quantities:
        return None
    # one free hour for every full hour between two stated times: 09:40-13:10 gives 3
    if int(m.lo) in b.whole_hours() and _PER_FULL_HOUR.search(fold(" ".join(s.text for s in ctx.case.sources))):
        return None
    end = after.end() if after is not None else m.end
    if int(m.lo) in b.quantity_gaps() and not _GIFT.search(folded, max(0, m.start - 20), end):
        return None  # "10 metres included ... the extra 20 metres" of a 30-metre run: not a gift

    noun = _WORD_AFTER.match(folded, end)
    return "no source gives this many free or extra items", noun.end() if noun else end


_WORD_AFTER = re.compile(r"\s+\w+")
_PER_FULL_HOUR = re.compile(r"\b(?:every|each|per) (?:full |whole |complete )?hour\b|\bher tam saat\b|لكل ساعه")
_REWARD_UNITS = re.compile(
    r"\s*(?:bonus |free |extra )?(?:gems?|coins?|points?|credits?|tokens?|miles|diamonds?|stars?)\b"
    r"|\s*(?:bonus |ek )?(?:elmas|jeton|puan|coin)\w*"
    r"|\s*(?:جوهره|جواهر|عمله|عملات|نقطه|نقاط|ماسه|الماسات|ميل|اميال)"
)


def _told_back(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """The customer's own count, told back ("it's now day 9": "nine days later you still
    don't have it"), not promised: a span in a sentence about the future needs a source."""
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return False
    # the clause that holds it ("… بعد سنة كاملة إنجاز …، فقد التزمتَ بالجلسات حتى آخرها")
    if _FUTURE.search(fold(_clause_of(sent, m))):
        return False
    if all(any(_cents(v / f) in b.message_numbers for f in (1, 60, DAY, 7 * DAY)) for v in {m.lo, m.hi}):
        return True
    # ("لأول مرة من سنة" → "بعد سنة كاملة": the customer's own span, in words)
    said = {(x.unit, x.lo) for x in extract(ctx.case.message) if x.kind == "duration"}
    if all((m.unit, v) in said for v in {m.lo, m.hi}):
        return True
    word = fold(m.text).replace("\u0640", "")
    return not any(c.isdigit() for c in word) and re.search(
        rf"(?<!\w){re.escape(word)}(?!\w)", fold(ctx.case.message).replace("\u0640", "")
    ) is not None


# money arriving: "it will reach your card within 3 business days", "kartınıza yansır", "ستصلك خلال"
# (_ARRIVES_SOON leaves out "sent back to your card today": that is when it leaves)
_ARRIVES_SOON = re.compile(
    r"\b(?:arriv\w*|reach\w*|appear\w*|show (?:up )?on your|back (?:in|on) your|land\w* (?:in|on) your|be with you)\b"
    r"|\b(?:yansi\w*|hesabiniza gec\w*|kartiniza gec\w*)"
    r"|(?<!\w)[وف]?(?:ستصلك|سيصلك|تصلك|يصلك|سيصل المبلغ|سيصل اليك|ستصل الي|تصل الي|يصل الي|سيظهر في|ستظهر في)"
)
_ARRIVES = re.compile(_ARRIVES_SOON.pattern + r"|\bback to your\b")
# a policy clause about paying money back ("refunds reach the card within 3-5 working days",
# "تُسترد قيمتها … خلال 7 أيام عمل"), whose time frame is the one a refund's arrival may take
_REFUND_WORD = re.compile(
    r"\b(?:refund\w*|reimburs\w*|repaid|repay\w*|paid|transfers?|credit\w*|compensat\w*|iade\w*|geri oden\w*|oden\w*|odeme\w*|tazminat\w*)\b"
    r"|(?<!\w)[وف]?(?:تسترد|يسترد|الاسترداد|استرداد|استرد|المسترد|تعاد|يعاد|ترد|يرد|تعيد|يعيد|اعدت|ارجعت|رددت|يعوض|تعويض|رصيد|يدفع|تدفع|يحول|تحول|يصرف|تصرف)"
)


_PAID_BACK = re.compile(
    _REFUND_WORD.pattern + r"|\b(?:money|amount|tutar\w*|gbp|usd|eur|tl|lira)\b|[£$€]|المبلغ|مبلغ|ريال|درهم|دينار|جنيه"
)
# ... or about it arriving ("it reaches the card within 5 working days", "وتصل خلال 5 إلى 7 أيام عمل")
_PAID_BACK_ARRIVES = Needled(
    re.compile(
        r"\b(?:arriv\w*|reach\w*|appear\w*|land\w*|yansi\w*|ulas\w*|gecer)\b|(?<!\w)[وف]?(?:ت|ي)(?:صل|ظهر)(?!\w)"
    )
)


def _clause_of(sent: Sentence, m: Mention) -> str:
    """The clause of `sent` that holds mention `m`."""
    return _clause_at(sent, m.start, m.end)


def _clause_at(sent: Sentence, start: int, end: int) -> str:
    """The clause of `sent` that holds the reply's span start..end."""
    cuts = [x.end() for x in _CLAUSE_BREAK.finditer(sent.text, 0, start - sent.start)]
    nxt = _CLAUSE_BREAK.search(sent.text, end - sent.start)
    return sent.text[cuts[-1] if cuts else 0 : nxt.start() if nxt else len(sent.text)]


_CARD_OR_ACCOUNT = re.compile(r"\b(?:card|account|bank|kart\w*|hesab\w*|banka\w*)|بطاق|حساب")
# "it should have reached you within 5 working days": the policy told back, not a promise
_SHOULD_HAVE = re.compile(
    r"\b(?:should have|ought to have|was due to|were due to)\b|\b\w+(?:meliydi|maliydi|mesi gerekirdi|masi gerekirdi)\b"
    r"|(?:كان يجب|كان من المفروض|كان من حقك|كان المفروض|كان لازم)"
)


def _arrival_frames(ctx: EvalContext) -> set[tuple[str, int]] | None:
    """The time frames the sources give for money paid back (None when they give none).

    Where a source tells apart when money is sent and when it arrives ("refunded within 2
    working days; the money then reaches the card in 3-5 working days"), only the arrival
    frames are when the customer has it."""
    key = "_arrival_frames"
    if key in ctx.extras:
        return ctx.extras[key]  # type: ignore[return-value]
    refunds: list[str] = []
    arrivals: list[str] = []
    for src in ctx.case.sources:
        for c in _SOURCE_CLAUSES.split(src.text):
            f = fold(c).replace("\u0640", "")
            arrives = _PAID_BACK_ARRIVES.search(f) is not None
            if (arrives or _REFUND_WORD.search(f)) and any(x.kind == "duration" for x in extract(c)):
                if not arrives and _WINDOW_TO_ASK.search(f) and not _CARD_OR_ACCOUNT.search(f):
                    continue  # "cancel and get a full refund within 14 days of the charge": when to ask
                refunds.append(c)
                # (money reaching the card: not a bus arriving, parts delivered, an invoice line)
                if arrives and _PAID_BACK.search(f) and _CARD_OR_ACCOUNT.search(f):
                    arrivals.append(c)
    frames: set[tuple[str, int]] | None = None
    clauses = arrivals or refunds
    if clauses:
        b = backing_for(clauses, concepts=False)
        frames = (b.durations | b.duration_sums()) or None
    ctx.extras[key] = frames
    return frames


# a span the customer has to ask in, counted from a past event: not how long a refund takes
_WINDOW_TO_ASK = re.compile(
    r"\b(?:cancel\w*|request\w*|return\w*|iptal\w*|talep\w*)\b.*\b(?:of|from|after) (?:the )?(?:date of |day of )?"
    r"(?:purchase|charge|payment|booking|order|delivery|receipt)\b"
    r"|\biptal\w*\b.*\b(?:(?:kayit|satin alma|alim|odeme|siparis) tarihinden|aliminden|odemeden|teslimden|teslimattan)\b"
    r"|(?:الغاء|طلب|ارجاع)\S*\s.*(?:من تاريخ|من يوم|بعد)\s"
)
_OR_MORE = re.compile(r"\s*(?:or|to|-|–|veya|ya da|ila|او|أو|إلى|الى)\s")


def _low_end_promised(m: Mention, b: Backing) -> str | None:
    """"en geç 24 saat içinde kartınızdan kalkacak" where the policy says "1-7 iş günü":
    only the shorter end of a stated range backs it."""
    keys = _duration_keys(m.unit, m.lo)
    if keys & b.range_lows and not keys & b.firm_durations:
        return "only the shortest end of a stated range backs this span"
    return None


_BEFORE_A_DATE = re.compile(r"\s*(?:before|ahead|prior|earlier|once|kala|evvel|قبل)\b")


def _wrong_arrival(ctx: EvalContext, m: Mention) -> str | None:
    """"ستصلك خلال 24 ساعة كحد أقصى" where the policy says refunds arrive within 5 to 7
    business days: a figure stated elsewhere in the sources ("free up to 24 hours before"),
    promised for something it is not about."""
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return None
    clause = fold(_clause_of(sent, m)).replace("\u0640", "")
    if not _ARRIVES.search(clause) or not _PAID_BACK.search(fold(sent.text).replace("\u0640", "")):
        return None  # (a voucher emailed, a meal re-sent: not money paid back)
    if _SHOULD_HAVE.search(clause):
        return None
    frames = _arrival_frames(ctx)
    if frames is None or all(_duration_keys(m.unit, v) & frames for v in {m.lo, m.hi}):
        return None
    return "the sources give another time frame for money paid back"


# money back by tomorrow: "tutar ertesi gün hesabınızda olacak", "it'll be in your account tomorrow"
_SOON = Needled(
    re.compile(
        r"\b(?:tomorrow|the next day|next day|the same day|same day|today|straight away|right away|instantly|immediately"
        r"|yarin|ertesi gun|ayni gun|bugun|hemen|aninda)\b"
        r"|(?<!\w)(?:غدا|بكره|بكرا|اليوم التالي|في نفس اليوم|فورا|حالا)(?!\w)"
    )
)
_IN_ACCOUNT = re.compile(
    r"\bbe (?:back )?(?:in|on) your (?:account|card|bank)|\b(?:hesabinizda|kartinizda) ol\w*|\bhesabiniza (?:yatar|gecer)\w*"
    r"|(?:في حسابك|على بطاقتك|في بطاقتك)"
)


# a time promised in words: "back up by midday", "yarın öğlene kadar onaylayacak"
_NOON = Needled(re.compile(r"\b(?:by|before|until|till) (?:midday|noon)\b|\boglene kadar\b|(?:قبل|بحلول|حتى) الظهر"))


_OWN_CALL = re.compile(r"\b(?:call|ring|phone|text|email) you\b|\b(?:sizi )?arayacag\w*|(?:ساتصل|اتصل|اكلمك|اتواصل)")


def _noon_hits(ctx: EvalContext, b: Backing, folded: str) -> list[dict[str, Any]]:
    """Noon promised where no source gives a time at noon (12:00 to 12:59), or says it in
    words; not a call of our own ("سأتصل بكِ غداً قبل الظهر")."""
    out: list[dict[str, Any]] = []
    if ctx.case.intent == "praise":
        return out  # "finishing before noon and still stopping to help": what the crew did, told back
    for m in _NOON.finditer(folded):
        sent = _sentence_at(ctx, m.start())
        if (
            any(12 * 60 <= t < 13 * 60 for t in b.times)
            or sent is None
            or _OWN_CALL.search(fold(sent.text))
            or any(_NOON.search(fold(x.text)) for x in ctx.case.sources)
            or not _is_commitment(sent.text, m.start() - sent.start, m.end() - sent.start, ctx.language)
        ):
            continue
        out.append(
            {
                "text": ctx.reply[m.start() : m.end()],
                "span": [m.start(), m.end()],
                "kind": "time",
                "value": 720,
                "unit": "minutes",
                "reason": "no source or customer message gives this time",
            }
        )
    return out


def _next_day_arrival_hits(ctx: EvalContext) -> list[dict[str, Any]]:
    """Money back "tomorrow" where every time frame the sources give for it is longer
    ("Depozito … 10 iş günü içinde iade edilir": not "ertesi gün hesabınızda")."""
    folded = fold(ctx.reply).replace("\u0640", "")
    if not _SOON.search(folded):
        return []
    if any(_SOON.search(fold(src.text).replace("\u0640", "")) for src in ctx.case.sources):
        return []  # "a corrected invoice is emailed the same day", a wallet refund "(anında)"
    frames = _arrival_frames(ctx)
    if frames is None or any(
        (dim in (MINUTES, BDAYS) and v <= (100 * DAY if dim == MINUTES else 100)) for dim, v in frames
    ):
        return []
    out: list[dict[str, Any]] = []
    for m in _SOON.finditer(folded):
        sent = _sentence_at(ctx, m.start())
        if sent is None:
            continue
        clause = fold(_clause_at(sent, m.start(), m.end())).replace("\u0640", "")
        if not (_ARRIVES_SOON.search(clause) or _IN_ACCOUNT.search(clause)):
            continue
        if not _PAID_BACK.search(fold(sent.text).replace("\u0640", "")):
            continue
        out.append(
            {
                "text": ctx.reply[m.start() : m.end()],
                "span": [m.start(), m.end()],
                "kind": "relative",
                "value": ctx.reply[m.start() : m.end()],
                "unit": "day",
                "reason": "the sources give a longer time frame for money paid back",
            }
        )
        break
    return out


# "أضفتُ إلى عقدك شهرين إضافيين من الصيانة مجاناً", "an extra month free", "2 ay ücretsiz"
_FREE_NEAR = re.compile(
    r"\b(?:free|complimentary|extra|additional|bonus|on us|on the house|ucretsiz|hediye|bedava|ek)\b|مجان|اضافي|هديه"
)


def _free_extra_unbacked(ctx: EvalContext, m: Mention) -> str | None:
    """A span given as a gift needs a source that gives it: the customer's "third time in
    two months" backs telling it back, not two free months."""
    around = fold(ctx.reply[max(0, m.start - 12) : m.end + 30])
    if not _FREE_NEAR.search(around):
        return None
    sent = _sentence_at(ctx, m.start)
    if sent is None or not _GIVEN.search(fold(sent.text)):
        return None
    _, alone = _sources_alone(ctx)
    if all(_duration_keys(m.unit, v) & (alone.durations | alone.duration_sums()) for v in {m.lo, m.hi}):
        # stated in a source, but is it stated as something given? ("standard 2-year
        # warranty" backs telling the warranty, not "an extra two years at no cost")
        if not _SPAN_AS_GIFT.search(fold(ctx.reply[max(0, m.start - 14) : m.start])) or _span_given_in_sources(ctx, m):
            return None
        return "the sources state this span, but none gives it as extra"
    shown = ctx.extras.get("_shown_spans")
    if (
        isinstance(shown, set)
        and _duration_keys(m.unit, m.lo) & shown
        and any(_PER_DAY_GIFT.search(fold(s.text)) for s in ctx.case.sources)
    ):
        return None  # "one free day for each day affected", and the days counted in front of the reader
    return "no source gives this span free; only the customer's message names it"


_GIFT_CLAUSE = re.compile(
    _FREE_NEAR.pattern + r"|\b(?:extend\w*|extension|compensat\w*|goodwill|credit\w*|waive\w*|add\w*|given|give|receive\w*|get|gets"
    r"|offer\w*|uzat\w*|telafi\w*|tazmin\w*|verilir|verir|kazan\w*|tanimlan\w*|eklen\w*)\b"
    r"|تمديد|يمدد|تعويض|يمنح|تمنح|يضاف|تضاف|يحصل|تحصل|رصيد"
)


# the span itself is what is given: "by an extra two years", "ek 2 ay", "مدة إضافية"
_SPAN_AS_GIFT = re.compile(r"\b(?:an? )?(?:extra|additional|bonus|further|ek|ilave)\s+$|\bby (?:an? )?(?:extra |additional |further )?$")


def _span_given_in_sources(ctx: EvalContext, m: Mention) -> bool:
    for src in ctx.case.sources:
        for clause in _SOURCE_CLAUSES.split(src.text):
            if _GIFT_CLAUSE.search(fold(clause)) and any(
                x.kind == "duration" and _duration_keys(x.unit, x.lo) & _duration_keys(m.unit, m.lo) for x in extract(clause)
            ):
                return True
    return False


_PER_DAY_GIFT = re.compile(r"\bfor each day\b|\bper day (?:affected|lost|missed)\b|\bher (?:etkilenen )?gun icin\b|عن كل يوم|لكل يوم")


_GIVEN = re.compile(
    r"\b(?:i've|i have|we've|we have) (?:also )?(?:added|given|credited|put|extended)\b|\b(?:ekledim|tanimladim|uzattim|hediye ettim)\b"
    r"|(?<!\w)[وف]?(?:اضفت|منحتك|مددت|اعطيتك)"
)


_IN_A_ROW = re.compile(r"\s*(?:in a row|running|ust uste|art arda|على التوالي|متتاليه|متتالية)\b")


# "for each of those two nights": the nights just named, not a term
_THOSE_BEFORE = re.compile(r"\b(?:those|these)\s+$")


def _referred_back(ctx: EvalContext, m: Mention, mentions: tuple[Mention, ...] = ()) -> bool:
    """"those two nights" after two dates: the days just named. Without `mentions`, any
    "those/these" before the span (then only the time frame for money is not asked of it)."""
    if _THOSE_BEFORE.search(ctx.reply[max(0, m.start - 8) : m.start].lower()) is None:
        return False
    if not mentions:
        return True
    named = [x for x in mentions if x.kind == "date" and not x.is_range and m.start - 200 <= x.end <= m.start]
    return m.unit == MINUTES and not m.is_range and m.lo == len(named) * DAY

_ELAPSED_TR = re.compile(r"(?:d|t)[iuıü]r\w*$")
_SOMEDAY = re.compile(r"\s*(?:[.!?]|$|,? (?:soon|again)\b)")
_SPAN_BEFORE = re.compile(r"\b(?:within|for|in|after|per|a|every|each|by|than|only)\s+$")


def _days_to_a_stated_date(ctx: EvalContext, m: Mention, b: Backing, mentions: tuple[Mention, ...]) -> bool:
    """The days between a date the reply has worked out and a stated one, in the same
    sentence: "جاهزة … يوم الأربعاء 25 شباط، وهيك بيضل عندك 4 أيام قبل السباق" (1 March)."""
    if m.unit != MINUTES or m.is_range or m.lo % DAY or not 2 <= m.lo // DAY <= 60:
        return False
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return False
    days = b.calendar_days()
    for d in mentions:
        if d.kind == "date" and sent.start <= d.start < sent.end and _unsupported(d, b) is None:
            named = as_day(d, b)
            if named is not None and any(abs((x - named).days) == m.lo // DAY for x in days):
                return True
    return False


def _elapsed(ctx: EvalContext, m: Mention) -> bool:
    """Time that has passed, told: "9 gündür sizi habersiz bıraktık"; or "one day" as
    "someday" ("We'd love to welcome you back one day.")."""
    if ctx.language == "tr" and _ELAPSED_TR.search(m.text):
        return True
    return (
        m.text.lower() == "one day"
        and _SOMEDAY.match(ctx.reply, m.end) is not None
        and not _SPAN_BEFORE.search(ctx.reply[max(0, m.start - 10) : m.start].lower())
    )


_AHEAD = re.compile(r"\s*(?:once|before|قبل)(?!\w)")
# what we do for the customer ahead of a booking: remind, text, call, check
_NOTICE = re.compile(
    r"\b(?:remind\w*|text|call|message|email|check\w*|confirm\w*)\b"
    r"|\b(?:hatirlat\w*|mesaj\w*|ara(?:yac|ya|r)\w*|kontrol\w*|bilgilendir\w*|teyit\w*)"
    r"|(?:نذكر|اذكر|تذكير|رساله|نتصل|اتصل|نفحص|افحص|نؤكد|اؤكد)"
)


def _notice_ahead(ctx: EvalContext, m: Mention) -> bool:
    """"Dersten bir gün önce size mesaj atacak", "a day before, I'll check the car myself":
    a day ahead of a booking on which we remind or check, not a term of the policy."""
    if m.unit != MINUTES or m.lo != DAY or m.is_range:
        return False
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return False
    after = fold(ctx.reply[m.end : sent.end])
    ahead = _AHEAD.match(after)
    return ahead is not None and _NOTICE.search(after, ahead.end()) is not None


_WEEKLY = re.compile(r"\b(?:once a week|one a week|one each week|weekly|haftada bir)\b|(?:مره في الاسبوع|كل اسبوع|اسبوعيا)")


def _weekly_count(ctx: EvalContext, m: Mention, b: Backing) -> bool:
    """"12 derslik paket … haftada bir ders yapılsa 12 hafta": a stated count at one a week."""
    week = 7 * DAY
    if m.unit != MINUTES or m.is_range or m.lo % week or int(m.lo // week) not in b.counts:
        return False
    sent = _sentence_at(ctx, m.start)
    return sent is not None and _WEEKLY.search(fold(ctx.reply[sent.start : m.start])) is not None


def _in_a_row(ctx: EvalContext, m: Mention) -> bool:
    """"Three weeks in a row of mouldy rolls": what happened, counted, not a time frame promised."""
    return _IN_A_ROW.match(fold(ctx.reply[m.end : m.end + 20])) is not None


_SPAN_WORD = frozenset(("to", "through", "until", "till", "-", "–", "الي", "حتي", "kadar", "ila"))
_WORD_OR_DASH = re.compile(r"\w+|[-–]")


def _span_shown(ctx: EvalContext, m: Mention, b: Backing, mentions: tuple[Mention, ...]) -> bool:
    """A count the reply works out in front of the reader from the months or days it names
    next: "three months remain (June, July and August)", "خمسة أشهر من يناير إلى مايو",
    "3 nights, 285.00 GBP, from 3 to 6 July". The named months must lie within the stated
    dates; named dates are checked as dates of their own."""
    if m.is_range or not float(m.lo).is_integer():
        return False
    sent = _sentence_at(ctx, m.start)
    end = sent.end if sent is not None else len(ctx.reply)
    start = sent.start if sent is not None else 0
    if m.unit == MINUTES and m.lo % DAY == 0 and _weekday_span(
        fold(ctx.reply[max(start, m.start - 60) : m.start] + " | " + ctx.reply[m.end : min(end, m.end + 60)]), int(m.lo // DAY)
    ):
        return True  # "out for three days, Tuesday to Thursday"
    if m.unit == MONTHS:
        # (not the months named before it: "kullanılmayan aylar haziran-aralık arası 7 ay" counts
        # June, which the customer uses; the count is the claim there, not its working)
        after = _month_count(fold(ctx.reply[m.end : min(end, m.end + 80)]))
        if after is None:
            # ... except when the reply says the count is that range: "the unused whole
            # months are May to December, which is 8 months"
            before = fold(ctx.reply[max(start, m.start - 60) : m.start])
            said = _THAT_IS.search(before)
            after = _month_count(before[: said.start()]) if said is not None else None
        return after is not None and after[0] == int(m.lo) and _within_stated(after[1], b)
    if m.unit == MINUTES and m.lo % DAY == 0:
        dates = [d for d in mentions if d.kind == "date" and m.end <= d.start < min(end, m.end + 60)]
        year = int(b.default_year())
        for first, second in pairwise(dates):
            with contextlib.suppress(ValueError):
                a = date(year, int(first.lo) // 100, int(first.lo) % 100)
                z = date(year, int(second.lo) // 100, int(second.lo) % 100)
                # "3 nights … from 3 to 6 July"; days are counted inclusively too: "five days (4 to 8 August)"
                if (z - a).days == m.lo // DAY or (
                    (z - a).days + 1 == m.lo // DAY and not _NIGHTS.search(fold(m.text))
                ):
                    return True
        # "آخر يوم لعضويتك 11 يونيو … في 1 يونيو سنحصّل فقط رسوم 11 يوماً": the days of a
        # month the sentence names, up to a last day the reply gives (and the sources back)
        n = int(m.lo // DAY)
        named = {int(d.lo) // 100 for d in mentions if d.kind == "date" and start <= d.start < end}
        return 2 <= n <= 31 and any(
            d.kind == "date"
            and int(d.lo) // 100 in named
            and int(d.lo) % 100 == n
            and _unsupported(d, b) is None
            for d in mentions
        )
    return False


_NIGHTS = re.compile(r"night|gece|ليل|ليال")
_THAT_IS = re.compile(r"(?:,\s*(?:which is|that is|that's|i\.e\.)|\byani|(?<!\w)اي)\s*$")


def _month_count(window: str) -> tuple[int, list[int]] | None:
    """How many months `window` names: a range ("from January to May", "October to the
    end of February") or a list ("June, July and August")."""
    words = _WORD_OR_DASH.findall(window)
    named = [(i, mo) for i, w in enumerate(words) if (mo := month_word(w)) is not None]
    if not named:
        return None
    months = [mo for _, mo in named]
    if len(named) == 2 and _SPAN_WORD.intersection(words[named[0][0] + 1 : named[1][0]]):
        count = (months[1] - months[0]) % 12 + 1
        return count, [(months[0] + k - 1) % 12 + 1 for k in range(count)]
    return len(set(months)), months


def _weekday_span(window: str, days: int) -> bool:
    """`window` names a range of weekdays `days` long ("Tuesday to Thursday": three)."""
    words = _WORD_OR_DASH.findall(window)
    named = [(i, WEEKDAY_NUMBER[w]) for i, w in enumerate(words) if w in WEEKDAY_NUMBER]
    return any(
        _SPAN_WORD.intersection(words[i + 1 : j]) and (d2 - d1) % 7 + 1 == days and j - i <= 4
        for (i, d1), (j, d2) in pairwise(named)
    )


def _within_stated(months: list[int], b: Backing) -> bool:
    days = b.calendar_days()
    if len(days) < 2:
        return False
    lo, hi = days[0].year * 12 + days[0].month, days[-1].year * 12 + days[-1].month
    if all(any(lo <= y * 12 + mo <= hi for y in range(days[0].year, days[-1].year + 1)) for mo in months):
        return True
    # dates stated without a year may span the new year: "1 October – 31 March"
    wrapped = {*range(days[-1].month, 13), *range(1, days[0].month + 1)}
    return any(not y for _, y in b.dates) and set(months) <= wrapped


def _complement_worked(ctx: EvalContext, m: Mention, b: Backing, mentions: tuple[Mention, ...]) -> bool:
    """"تأميني يغطي 80% … حصّتك من ثمن الدواء 20% فقط، أي 9 دنانير": the rest of a stated
    share, with the amount it comes to on a stated amount shown in the same sentence."""
    if m.is_range:
        return False
    rest = 100 - m.lo
    if _cents(rest) not in b.percents:
        return False
    sent = _sentence_at(ctx, m.start)
    if sent is None:
        return False
    shown = [x.lo for x in mentions if x.kind == "amount" and sent.start <= x.start < sent.end]
    stated = {a for a, _ in b.amounts}
    return any(abs(v - a * m.lo / 100) < 0.01 for v in shown for a in stated)


def _share_of_span(ctx: EvalContext, m: Mention, b: Backing, mentions: tuple[Mention, ...]) -> bool:
    """"kaybettiğiniz 1,5 saatin karşılığı … (12.000 TL'nin %25'i)" of a 6-hour tour: the
    span named in the sentence as a share of a stated one."""
    sent = _sentence_at(ctx, m.start)
    if sent is None or m.is_range:
        return False
    named = {x.lo for x in mentions if x.kind == "duration" and x.unit == MINUTES and sent.start <= x.start < sent.end}
    wholes = b.minute_spans | b.time_gaps()
    return any(abs(100 * x / w - m.lo) < 0.01 for x in named for w in wholes if 0 < x < w)


def _share_in_words(m: Mention) -> bool:
    """"one fifth", "beşte biri" (Latin letters; "half price" is a 50% claim of its own)."""
    first = m.text[:1]
    return first.isascii() and first.isalpha() and not fold(m.text).startswith(("half", "yari"))


# "yarın atölyeye bırakırsanız": the customer's own choice, in a Turkish conditional
_CUSTOMER_IF = re.compile(r"\b\w+(?:irsaniz|irseniz|ursaniz|ursunuz|arsaniz|erseniz)\b")


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
    if first["reason"] == _NO_TIME_YET:
        return (
            f"Remove '{first['text']}': the sources say no time is known yet; tell the customer "
            "that, what you are doing meanwhile, and when you will update them."
        )
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
