"""A change called free that came too late for the policy's free window.

"Group bookings can be moved free of charge with at least 48 hours' notice. Changes with
less notice cost 15.00 GBP", a booking for "Thursday 16 April 2026 18:00" and a request
"received 15 April 2026 08:10": 34 hours before, so the change costs 15.00 GBP. A reply
that moves it "with no extra charge" gives a waiver the sources back only for requests
made in time; a value check passes it, since the sources do call such changes free.

The window is read from a source sentence that names a span before the booking and calls
the change free, in a passage that also prices a later change; the request and the
booking from the passage that records the request (a date with its time, where one
follows). Without a time on both, the request must fall inside the window by more than a
day. A passage that lets an agent waive the fee at their discretion backs any waiver, and
a waiver the reply only asks for, or states as the policy's condition, gives nothing.

A customer who dates their own message ("Bugün 15 Eylül") gives the request's day where no
source records it. The other way round, a late fee taken from a request that came in time
("en az 24 saat önce … tamamı iade edilir; 24 saatten az kala … 500 TL işlem ücreti
kesilir", cancelled 26 hours before) is flagged too: a fee the policy states, charged where
its condition does not hold.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

from ..numbers import DAY, MINUTES, Mention, extract, fold
from ._unused_months import stated_day

_FREE = re.compile(
    r"\bfree\b|\bno (?:charge|fee)\b|\bwithout (?:charge|a fee)\b|\bucretsiz\w*|\bucret alinmaz"
    r"|مجان|دون (?:اي )?رسوم|بدون (?:اي )?رسوم|بلا رسوم"
)
# the span is the notice: "at least 48 hours' notice", "72 saatten fazla kala", "قبل 48 ساعة"
_NOTICE_AFTER = re.compile(
    r"^(?:'|’)?\s?(?:notice|before|prior|in advance|ahead|oncesi\w*|once\w*|fazla kala|kala|evvel\w*|قبل)\b"
)
_NOTICE_BEFORE = re.compile(r"(?:at least|notice of|minimum of|(?:قبل|بـ?)(?: اكثر من| ما لا يقل عن)?)\s*$")
# a later change is priced: "Changes with less notice cost 15.00 GBP", "%25'i … alınır"
_PRICED = re.compile(r"\b(?:cost|costs|charged|fee|charge|ucret\w*|alinir|kesilir)\b|رسوم|يخصم|تخصم|تحتسب|يحتسب")
_REQUESTED = re.compile(
    r"\b(?:request\w*|received|tale[pb]\w*|bildirim\w*|iptal zamani)\b|طلب|وصل|ورد|استلام"
)
# an agent may waive it anyway
_DISCRETION = re.compile(
    r"\b(?:discretion|may (?:also )?waive|can (?:also )?waive|muaf tutabilir|istisna (?:yapabilir|tanıyabilir))\b"
    r"|يجوز\S* (?:\S+ ){0,3}(?:الاعفاء|اعفاء|استثناء)|يحق\S* (?:\S+ ){0,3}(?:الاعفاء|اعفاء|استثناء)"
)
# the waiver asked for or stated as the policy's condition
_NOT_GIVEN = re.compile(
    r"\b(?:if|unless|provided|as long as|asked|ask|request\w*|approv\w*|manager)\b|\beger\b|\bsurece\b|\bsartiyla\b|\bkosuluyla\b"
    r"|\bonay\w*|\bmudur\w*|اذا|إذا|لو |بشرط|طالما|ما دام|مدير|موافق|طلبت|طلبك"
    # the policy read out: "free rescheduling is available up to 21 days before"
    r"|\bavailable (?:up to|until)\b|متاح (?:حتى|لغايه)"
)


def _moments(text: str) -> list[tuple[datetime, bool, Mention]]:
    """(moment, whether a time of day was given, its date mention) of every dated moment."""
    mentions = extract(text)
    out: list[tuple[datetime, bool, Mention]] = []
    for i, m in enumerate(mentions):
        stated = stated_day(m)
        if stated is None:
            continue
        day = datetime(stated.year, stated.month, stated.day)
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.kind == "time" and not nxt.is_range and nxt.start - m.end < 25:
            out.append((day + timedelta(minutes=nxt.lo), True, m))
        else:
            out.append((day, False, m))
    return out


# ... or for a cancellation refunded in full: "en az 24 saat önce yapılan iptallerde ön ödemenin tamamı iade edilir"
_FREE_OR_FULL = re.compile(
    _FREE.pattern + r"|\brefunded in full\b|\bfull refund\b|\btamami iade\b|\btamamen iade\b|يسترد كامل|يرد كامل|استرداد كامل"
)


@lru_cache(maxsize=1024)
def _window(text: str, free: re.Pattern[str] = _FREE) -> int | None:
    """The notice, in minutes, a passage requires for a free change, where it prices a late one."""
    folded = fold(text)
    if not _PRICED.search(folded) or not free.search(folded):
        return None
    for sentence in re.split(r"(?<=[.;؛])\s", folded):
        if not free.search(sentence):
            continue
        for m in extract(sentence):
            if m.kind != "duration" or m.unit != MINUTES or m.is_range or not 60 <= m.lo <= 60 * DAY:
                continue
            if _NOTICE_AFTER.match(sentence[m.end :].lstrip()) or _NOTICE_BEFORE.search(sentence[max(0, m.start - 12) : m.start]):
                return int(m.lo)
    return None


# the customer dates their own message: "Bugün 15 Eylül", "today is the 3rd of May", "اليوم 15 سبتمبر"
_DATED_TODAY = re.compile(r"(?:\btoday(?: is)?(?: the)?|\bbugun(?: gunlerden)?|اليوم(?: هو)?)[\s,:]*$")


def _dated_today(message: str, sources: tuple[str, ...]) -> float | None:
    """The notice in minutes, where the message dates itself and the booking is the
    first dated day of the sources on or after it (its year read from there)."""
    folded = fold(message)
    today = next(
        (m for m in extract(message) if m.kind == "date" and not m.is_range and not m.alts and _DATED_TODAY.search(folded[max(0, m.start - 24) : m.start])),
        None,
    )
    if today is None:
        return None
    days = sorted({x[0] for t in sources for x in _moments(t)})
    for day in days:
        try:
            at = day.replace(month=int(today.lo) // 100, day=int(today.lo) % 100)
        except ValueError:
            return None
        if day >= at:
            return (day - at).total_seconds() / 60
    return None


@lru_cache(maxsize=1024)
def _late_request(sources: tuple[str, ...], message: str = "") -> tuple[int, float] | None:
    """(the window, the notice given), both in minutes, where the request came too late."""
    if any(_DISCRETION.search(fold(t)) for t in sources):
        return None
    window = next((w for t in sources if (w := _window(t)) is not None), None)
    if window is None:
        return None
    given = _notice_given(sources, message)
    if given is None:
        return None
    notice, slack = given
    return (window, notice) if 0 <= notice + slack < window else None


@lru_cache(maxsize=1024)
def _notice_given(sources: tuple[str, ...], message: str = "") -> tuple[float, int] | None:
    """(the notice the request gave, in minutes, and how far off it may be: a day where
    a time of day is missing), from the message dating itself or a source recording it."""
    if message and (dated := _dated_today(message, sources)) is not None:
        return dated, DAY
    for text in sources:
        folded = fold(text)
        moments = _moments(text)
        asked = [x for x in moments if _REQUESTED.search(folded, max(0, x[2].start - 30), x[2].start)]
        if len(asked) != 1:
            continue
        at, timed, _ = asked[0]
        booked = sorted(x for x in moments if x is not asked[0] and x[0].date() >= at.date())
        if not booked:
            continue
        when, when_timed, _ = booked[0]
        return (when - at).total_seconds() / 60, 0 if timed and when_timed else DAY
    return None


# a fee taken off: "500 TL işlem ücreti düşülüyor", "less the £15 late fee", "خصم 50 ريال"
_DEDUCTED = re.compile(
    r"\b(?:deduct\w*|less|minus|keep|kept|retain\w*|charge\w*|dusul\w*|dus\w*|kesil\w*|kesinti\w*|alinacak|alindi)\b|خصم|يخصم|نخصم|اقتطاع|رسوم"
)


_LATE_SIDE = re.compile(r"\b(?:later|late|less notice|shorter notice|less than|within|fewer than)\b|\b(?:az|kala)\b|اقل|خلال")
# "there's no $75 fee to worry about": the fee named as not due
_NOT_DUE = re.compile(r"\b(?:no|not|without|waiv\w*|avoid\w*)\s+(?:\S+\s+){0,2}$|(?:لا|بدون|دون|ما في|ما عليك)\s+(?:\S+\s+){0,2}$")
_NOT_DUE_AFTER = re.compile(r"^\S*\s+(?:\S+\s+){0,3}?(?:yok|alinmaz|alinmayacak|kesilmeyecek|kesilmez)\b")


@lru_cache(maxsize=1024)
def _late_fees(sources: tuple[str, ...]) -> tuple[tuple[int, frozenset[float]], ...]:
    """(the window, the fees of its late side) of each passage that prices a late change
    or cancellation; none where an agent may waive the fee anyway."""
    if any(_DISCRETION.search(fold(t)) for t in sources):
        return ()
    out = []
    for text in sources:
        window = _window(text, _FREE_OR_FULL)
        if window is None:
            continue
        # a fee of the late side only ("refunded in full less a 25.00 GBP fee" is due either
        # way), and of the window's own late side, not another surcharge ("Friday visits cost 3 more")
        fees = frozenset(
            round(x.lo, 2)
            for part in re.split(r"(?<=[.;؛])\s", text)
            if not _FREE_OR_FULL.search(fold(part)) and _LATE_SIDE.search(fold(part))
            for x in extract(part)
            if x.kind == "amount" and not x.is_range
        )
        out.append((window, fees))
    return tuple(out)


def sets_late_fees(sources: list[str]) -> bool:
    """Whether a source prices a late change or cancellation (a gate before each amount is read)."""
    return bool(_late_fees(tuple(sources)))


def fee_in_time(sentence: str, m: Mention, sources: list[str], message: str = "", reply: str = "") -> str | None:
    """Why amount `m`, taken off in `sentence` of the reply, is a late fee the request
    escaped by coming in time (the notice beyond doubt longer than the window), or None."""
    if m.kind != "amount" or m.is_range:
        return None
    key = tuple(sources)
    windows = [w for w, fees in _late_fees(key) if round(m.lo, 2) in fees]
    if not windows or not _DEDUCTED.search(fold(sentence)):
        return None
    if reply and (
        _NOT_DUE.search(fold(reply[max(0, m.start - 24) : m.start]))
        or _NOT_DUE_AFTER.match(fold(reply[m.end : m.end + 40]))
    ):
        return None
    given = _notice_given(key, message)
    if given is None:
        return None
    notice, slack = given
    window = windows[0]
    if notice - slack >= window:
        return (
            f"the fee is for changes inside the {window // 60}-hour window, but the request came "
            f"{int(notice // 60)} hours before"
        )
    return None


def late_change_waived(sentence: str, sources: list[str], message: str = "") -> str | None:
    """Why a waiver in `sentence` (of the reply) is not earned by the notice given, if it is not."""
    if _NOT_GIVEN.search(fold(sentence)):
        return None
    late = _late_request(tuple(sources), message)
    if late is None:
        return None
    window, notice = late
    hours = int(notice // 60)
    return (
        f"the change is called free, but the request came {hours} hours before the booking, "
        f"inside the {window // 60}-hour window the policy charges for"
    )


# Where the request came too late, a waiver in plainer words than a concept reading takes:
# "sizden ek bir bedel alınmayacak", "you won't be charged for the change", "ما عليه أي رسوم".
# (Alone these say too little: "ücret alınmayacak" also tells a customer what a cancelled
# subscription stops taking.)
_PLAIN_WAIVER = re.compile(
    r"\b(?:ek )?(?:\w+ )?(?:ucret|bedel)\w* (?:\S+ ){0,2}?(?:alinmayacak|alinmaz|cikmayacak|cikmaz|yansimayacak)\w*"
    r"|\bwon'?t be charged\b|\bwill not be charged\b|\bno (?:change |rebooking |extra )?(?:fee|charge)\b"
    r"|\bnothing (?:extra |more |further )?to pay\b|\b(?:it's|that's) (?:completely |totally |entirely )?free\b"
    r"|\b(?:chang|mov|switch|swap|transfer|rebook|reschedul)\w*\b[^.,;:]{0,40}?\b(?:is|are|will be) (?:completely |totally |entirely )?free\b"
    r"|\bucretsiz\w*|مجانا|مجاني"
    r"|ما علي(?:ه|ك|كم|كي) (?:اي )?رسوم|ما في (?:اي )?رسوم|ما راح (?:ندفع|تدفع|يندفع)\S*"
)


def names_plain_waiver(folded: str) -> bool:
    """Whether a (folded) reply waives a fee in plain words."""
    return _PLAIN_WAIVER.search(folded) is not None


def late_plain_waiver_hits(
    sentences: list[tuple[int, str]], sources: list[str], message: str = ""
) -> list[dict[str, object]]:
    """A waiver said in plain words, in a reply to a request the policy charges for:
    (start, text) of each reply sentence in, one finding for the first such waiver out."""
    if _late_request(tuple(sources), message) is None:
        return []
    for start, text in sentences:
        folded = fold(text)
        m = _PLAIN_WAIVER.search(folded)
        if m is None:
            continue
        reason = late_change_waived(text, sources, message)  # (None where the waiver is only asked for)
        if reason is None:
            continue
        return [
            {
                "text": text[m.start() : m.end()],
                "span": [start + m.start(), start + m.end()],
                "kind": "waiver",
                "value": None,
                "unit": "",
                "reason": reason,
            }
        ]
    return []
