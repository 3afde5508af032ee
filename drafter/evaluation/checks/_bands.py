"""A refund band by notice, applied for the wrong notice.

"More than 28 days before the flight, 80% refund; 8-28 days before, 50% refund; 7 days or
less, no refund", a booking for 4 July and a cancellation received 16 June: 18 days, so
50%. A reply that refunds 80% (or in full) quotes a share the policy states, of an amount
it states, so a value check passes it; only the notice tells which band applies. The
sources give the notice as two dates: the day the cancellation came in and the first
booked day after it.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..langs.gate import Needled
from ..numbers import Mention, extract, fold

_NUM = r"(\d+)"
_DAY = r"(?:days?|gun\w*|يوما|يوم|ايام)"
_WEEK = r"(?:weeks?|hafta\w*|اسابيع|اسبوعا|اسبوع)"
_HOUR = r"(?:hours?|saat\w*|ساعه|ساعات)"
_UNIT = rf"(?P<u>{_DAY}|{_WEEK}|{_HOUR})"
_UNIT2 = rf"(?P<u2>{_DAY}|{_WEEK}|{_HOUR})"


@dataclass(frozen=True)
class Band:
    lo: float  # fewest days of notice the band takes (inclusive)
    hi: float  # most days of notice (inclusive; inf: no most)
    share: float  # percent of the price paid back
    end: int  # where the band's condition ends in its text
    hours: bool = False  # set in hours: two dates do not tell which side of it a notice is


# each: (pattern, how to read it); groups: a (and b for a range), u (and u2) the unit
_MORE = "more"  # more than a
_AT_LEAST = "at_least"
_FEWER = "fewer"  # fewer than a
_AT_MOST = "at_most"
_BETWEEN = "between"
_CONDITIONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\bbetween (?P<a>\d+) and (?P<b>\d+) {_UNIT}"), _BETWEEN),
    (re.compile(rf"\b(?P<a>\d+) ?(?:-|–|to) ?(?P<b>\d+) {_UNIT}"), _BETWEEN),
    (
        re.compile(rf"\b(?P<a>\d+) (?P<ua>{_DAY}|{_WEEK}|{_HOUR})? ?ile (?P<b>\d+) {_UNIT} arasi"),
        _BETWEEN,
    ),
    (re.compile(rf"(?:من|بين) (?P<a>\d+) (?:الي|و|-) ?(?P<b>\d+) {_UNIT}"), _BETWEEN),
    (re.compile(rf"(?<!\d)(?P<a>\d+) (?:الي|حتي) (?P<b>\d+) {_UNIT}"), _BETWEEN),  # "قبل 3 إلى 6 أيام"
    (re.compile(rf"\b(?:more than|over|longer than) (?P<a>\d+) {_UNIT}"), _MORE),
    (re.compile(rf"\b(?P<a>\d+) {_UNIT}(?:den|dan|ten|tan) (?:fazla|uzun|once)"), _MORE),
    (re.compile(rf"(?:اكثر من) (?P<a>\d+) {_UNIT}"), _MORE),
    (re.compile(rf"\b(?:at least|no less than|minimum of) (?P<a>\d+) {_UNIT}"), _AT_LEAST),
    (
        re.compile(rf"\b(?P<a>\d+) {_UNIT}(?:'|’)?(?: notice)? or (?:more|longer|earlier)"),
        _AT_LEAST,
    ),
    (re.compile(rf"\b(?P<a>\d+) or more {_UNIT}"), _AT_LEAST),
    (re.compile(rf"\ben az (?P<a>\d+) {_UNIT}"), _AT_LEAST),
    (re.compile(rf"\b(?P<a>\d+) {_UNIT} (?:veya|ya da) (?:daha )?(?:once|fazla|uzun)"), _AT_LEAST),
    (
        re.compile(
            rf"(?P<a>\d+) {_UNIT} (?:او|أو) ?(?:اكثر)|(?P<a2>\d+) {_UNIT2} فاكثر|على الاقل (?P<a3>\d+) (?P<u3>{_DAY}|{_WEEK}|{_HOUR})"
        ),
        _AT_LEAST,
    ),
    (re.compile(rf"\b(?:fewer than|less than|under) (?P<a>\d+) {_UNIT}"), _FEWER),
    (re.compile(rf"\b(?P<a>\d+) {_UNIT}(?:den|dan|ten|tan) (?:az|kisa)"), _FEWER),
    (re.compile(rf"(?:اقل من) (?P<a>\d+) {_UNIT}"), _FEWER),
    (re.compile(rf"\b(?P<a>\d+) {_UNIT}(?:'|’)?(?: notice)? or (?:fewer|less|under)"), _AT_MOST),
    (re.compile(rf"\b(?P<a>\d+) {_UNIT} (?:veya|ya da|ve) (?:daha )?(?:az|kisa)"), _AT_MOST),
    (re.compile(rf"(?P<a>\d+) {_UNIT} (?:او|أو) ?(?:اقل)"), _AT_MOST),
]

# what a band pays back, read after its condition (or before it: "refunded in full for
# cancellations made at least 14 days before")
_PERCENT = re.compile(r"%\s?(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s?%")
_FULL = re.compile(
    r"\b(?:in full|full refund|fully refunded|refunded in full|full deposit|full amount|tamami\w*|tam iade)\b"
    r"|(?:استرداد كامل|كاملا|كامل المبلغ|بالكامل|كامل)"
)
_NOTHING = re.compile(
    r"\b(?:no refund|non-?refundable|not refunded|is kept|are kept|is retained|forfeit\w*|nothing back"
    r"|iade (?:yapilmaz|edilmez)|iade yok|ucret iadesi yapilmaz)\b"
    r"|(?:لا استرداد|لا يسترد|لا تسترد|غير مسترد|بدون استرداد)"
)
# a share kept, not paid back: "less a 10% cancellation fee", "%20 kesinti"
# ("70% of the booking fee is refunded": the booking fee is the price)
_KEPT_AFTER = re.compile(
    r"^\s*(?:(?:cancellation|handling|admin\w*|administration|processing|service|change) )?(?:fee|charge|penalty)\b"
    r"|^'?\w{0,4} (?:iptal )?(?:kesinti|ceza)\w*|^\s*(?:رسوم|غرامه)"
)
_KEPT_BEFORE = re.compile(
    r"(?:less|minus|deduct\w*|retain\w*|keep|kept|withh[oe]ld)\s(?:a |an |the )?$"
)


def _days(n: int, unit: str) -> float:
    if re.match(_WEEK, unit):
        return float(n * 7)
    return n / 24 if re.match(_HOUR, unit) else float(n)


def _outcome(seg: str) -> float | None:
    nothing = _NOTHING.search(seg) is not None
    p = _PERCENT.search(seg)
    if nothing:
        # "the deposit is non-refundable and all further instalments are refunded in full":
        # a band of two outcomes gives no one share
        return None if p is not None or _FULL.search(seg) else 0.0
    if p is not None:
        v = float((p.group(1) or p.group(2)).replace(",", "."))
        if not 0 < v <= 100:
            return None
        kept = _KEPT_AFTER.match(seg[p.end() :]) or _KEPT_BEFORE.search(seg[: p.start()])
        return 100 - v if kept else v
    if _FULL.search(seg):
        return 100.0
    return None


def _conditions(text: str) -> list[tuple[int, int, float, float, bool]]:
    """(start, end, fewest days, most days, set in hours) of each notice condition, in order."""
    found: list[tuple[int, int, float, float, bool]] = []
    for pat, how in _CONDITIONS:
        for m in pat.finditer(text):
            g = m.groupdict()
            a_raw = g.get("a") or g.get("a2") or g.get("a3")
            unit = g.get("u") or g.get("u2") or g.get("u3") or ""
            if a_raw is None:
                continue
            a = _days(int(a_raw), g.get("ua") or unit)
            # whole days of notice: "more than 14 days" starts at 15; "more than 48 hours" just after 2
            step = 1.0 if float(a).is_integer() and not re.match(_HOUR, unit) else 0.001
            if how == _BETWEEN:
                b = _days(int(g["b"]), unit)
                lo, hi = min(a, b), max(a, b)
            elif how == _MORE:
                lo, hi = a + step, math.inf
            elif how == _AT_LEAST:
                lo, hi = a, math.inf
            elif how == _FEWER:
                lo, hi = 0.0, a - step
            else:
                lo, hi = 0.0, a
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, *_ in found):
                continue  # the first reading of a stretch of text holds
            hours = bool(re.match(_HOUR, unit) or re.match(_HOUR, g.get("ua") or ""))
            found.append((m.start(), m.end(), lo, hi, hours))
    return sorted(found)


# every condition holds one of these: most texts hold none, and one scan says so
_GATE = re.compile(
    r"\b(?:between|more|over|longer|least|less|fewer|under|or|fazla|uzun|once|az|kisa|ile)\b|\d ?(?:-|–|to) ?\d|اكثر|اقل|من|بين"
)


def bands(text: str) -> list[Band]:
    """The refund bands one policy text states (none unless two or more)."""
    folded = fold(text).replace("\u0640", "")
    if not _GATE.search(folded):
        return []
    conds = _conditions(folded)
    if len(conds) < 2:
        return []
    out: list[Band] = []
    for i, (s, e, lo, hi, hours) in enumerate(conds):
        nxt = conds[i + 1][0] if i + 1 < len(conds) else len(folded)
        after = folded[e:nxt]
        stop = re.search(r"[.;؛]\s", after)
        share = _outcome(after if stop is None else after[: stop.start()])
        if share is None:
            prev = conds[i - 1][1] if i else 0
            share = _outcome(folded[prev:s])
        if share is not None:
            out.append(Band(lo, hi, share, e, hours))
    if len(out) < 2 or any(b.hours for b in out):
        return []
    # "if an official weather warning is issued, the full amount is refunded": a case
    # outside the bands may apply, which the notice alone does not tell
    if _EXCEPTION.search(folded, out[-1].end):
        return []
    return out


_EXCEPTION = re.compile(
    r"\b(?:unless|except\w*|if|however|but|ancak|haric|durumunda|halinde|istisna\w*)\b|(?:اذا|الا اذا|باستثناء|في حال)"
)

# the day the cancellation came in: "Cancellation request received 11 May 2026",
# "İptal talebi 22 Haziran 2026", "طلب الإلغاء 5 مايو 2026", "Cancelled by customer 21 April"
_REQUESTED = re.compile(
    r"\b(?:cancel\w*|request\w*|notice|notified|received)\b|\b(?:iptal|talep|bildir)\w*|(?:الغاء|طلب|ابلاغ|الالغاء)"
    "|ا\u0640*ل\u0640*غ\u0640*ي"  # "أُلغي بتاريخ 2 يناير"
)


def _stated_day(m: Mention, year: int) -> date | None:
    with contextlib.suppress(ValueError):
        return date(int(m.unit or year), int(m.lo) // 100, int(m.lo) % 100)
    return None


def notice_days(texts: Sequence[str]) -> int | None:
    """Days from the stated day a cancellation came in to the first booked day after it."""
    requested: list[Mention] = []
    stated: list[Mention] = []
    for text in texts:
        mentions = [m for m in extract(text) if m.kind == "date" and not m.alts]
        stated.extend(mentions)
        folded = fold(text)
        for m in mentions:
            start = max(
                folded.rfind(".", 0, m.start),
                folded.rfind(";", 0, m.start),
                folded.rfind("\n", 0, m.start),
            )
            if _REQUESTED.search(folded, start + 1, m.start):
                requested.append(m)
    years = [int(m.unit) for m in stated if m.unit]
    if not years or len(requested) != 1:
        return None
    year = max(set(years), key=years.count)
    asked = _stated_day(requested[0], year)
    if asked is None:
        return None
    later = sorted(d for m in stated if (d := _stated_day(m, year)) is not None and d > asked)
    return (later[0] - asked).days if later else None


def applicable_share(sources: Sequence[str]) -> tuple[float, list[Band]] | None:
    """(the share of the band the stated notice falls in, every band) where both are known."""
    days = notice_days(sources)  # (first: most cases state no cancellation date)
    if days is None:
        return None
    for text in sources:
        found = bands(text)
        if found:
            break
    else:
        return None
    fitting = {b.share for b in found if b.lo <= days <= b.hi}
    if len(fitting) != 1:
        return None
    return fitting.pop(), found


_REFUNDED = Needled(
    re.compile(
        r"\b(?:refund\w*|reimburs\w*|repa(?:id|y)\w*|money back)\b|\b(?:iade\w*|geri oden\w*|geri odeme\w*)"
        r"|(?:استرداد|يسترد|تسترد|مسترد|ارجاع|نرجع|رجعت|اعدت|رددت|يرجع لك|يرجعلك|بيرجع لك)"
    )
)
# a full refund denied, asked for, or less a fee: "kaporanın tamamı iade kapsamına girmiyor",
# "tam iade talebinizi", "المبلغ كاملاً بعد خصم الرسوم الإدارية 5%"
_NOT_FULL = re.compile(
    r"\b(?:not|rather than|instead of|isn't|aren't|can't|cannot|less|minus|after|deduct\w*)\b"
    r"|\b(?:asked|asking|request\w*) (?:for )?(?:a |the )?(?:full|refund)"
    r"|\b(?:yerine|degil|talep\w*|talebi\w*|\w+m[ai]yor\w*|\w+m[ae]z|kesinti\w*|dusul\w*)\b"
    r"|(?<!\w)(?:ليس|بدلا|لا|لن|لم|مش|طلب|خصم|مخصوما|بعد)(?!\w)"
)


_BREAK = re.compile(r"[.!?؟]\s|\n")


def _hit(m_start: int, m_end: int, text: str, reason: str) -> dict[str, object]:
    return {
        "text": text,
        "span": [m_start, m_end],
        "kind": "percent",
        "value": text,
        "unit": "band",
        "reason": reason,
    }


def wrong_band_hits(
    reply: str, folded: str, mentions: Sequence[Mention], sources: Sequence[str], bases: Sequence[float]
) -> list[dict[str, object]]:
    """A share, an amount or a full refund from a band the stated notice does not fall in
    (`folded` is the reply folded)."""
    if not _REFUNDED.search(folded):
        return []
    found = applicable_share(sources)
    if found is None:
        return []
    share, every = found
    others = {b.share for b in every} - {share, 100 - share}
    why = f"the notice stated falls in the band that pays back {share:g}%"
    said = {m.lo for m in mentions if m.kind == "percent"}
    out: list[dict[str, object]] = []
    shares_right = [
        m.start
        for m in mentions
        if m.kind == "amount" and any(abs(m.lo - b * share / 100) < 0.01 for b in bases)
    ]
    for m in mentions:
        if m.is_range:
            continue
        if m.kind == "percent" and m.lo in others and share not in said:
            out.append(_hit(m.start, m.end, m.text, why))
        elif m.kind == "amount" and 0 < share < 100:
            right = any(
                abs(m.lo - b * share / 100) < 0.01 or abs(m.lo - b * (100 - share) / 100) < 0.01
                for b in bases
            )
            wrong = any(
                abs(m.lo - b * q / 100) < 0.01 for b in bases for q in others if 0 < q < 100
            )
            if wrong and not right:
                out.append(_hit(m.start, m.end, m.text, why))
            elif 100 in others and not right and any(abs(m.lo - b) < 0.01 for b in bases):
                # "I've refunded the whole £250 deposit" where the notice pays back half of it
                a, b = _sentence_of(folded, m.start, m.end)
                sentence = folded[a:b]
                # ("£150 of your £300 deposit": the price paid, beside the share given)
                if (
                    not any(a <= x < b for x in shares_right)
                    and _REFUNDED.search(sentence)
                    and not _NOT_FULL.search(sentence)
                ):
                    out.append(_hit(m.start, m.end, m.text, why))
    if 0 < share < 100 and not out:
        # more than the band pays back: the price less a stated fee ("12.800 TL'den
        # 500 TL işlem ücretini düştükten sonra kalan 12.300 TL'nin iadesini başlattım" where
        # the notice gives 50%)
        for m in mentions:
            if m.kind != "amount" or m.is_range:
                continue
            a, b = _sentence_of(folded, m.start, m.end)
            if not _REFUNDED.search(folded[a:b]) or any(a <= x < b for x in shares_right):
                continue
            # (the price less another stated amount, a fee: not a sum the reply adds up)
            if not any(abs(m.lo - b0) < 0.01 for b0 in bases) and any(
                b0 * share / 100 + 0.01 < m.lo < b0 and any(abs(b0 - x - m.lo) < 0.01 for x in bases)
                for b0 in bases
            ):
                out.append(_hit(m.start, m.end, m.text, why))
                break
    if share < 100 and not out:
        for f in _FULL.finditer(folded):
            a, b = _sentence_of(folded, f.start(), f.end())
            sentence = folded[a:b]
            # (a sentence that tells the bands, rather than applies one, is the policy told back)
            if (
                _REFUNDED.search(sentence)
                and not _NOT_FULL.search(sentence)
                and len(_conditions(sentence)) < 2
            ):
                out.append(_hit(f.start(), f.end(), reply[f.start() : f.end()], why))
                break
    return out


def _sentence_of(folded: str, a: int, b: int) -> tuple[int, int]:
    """The bounds of the sentence that holds folded[a:b]."""
    start = max((x.end() for x in _BREAK.finditer(folded, 0, a)), default=0)
    stop = _BREAK.search(folded, b)
    return start, len(folded) if stop is None else stop.start()
