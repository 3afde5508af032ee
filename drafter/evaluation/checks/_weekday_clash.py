"""A weekday written beside a date it does not fall on.

"I've moved your booking to the Friday 28 March showing" when the schedule lists "Friday
27 March" and "Saturday 28 March": the date is stated and the weekday is stated, so each
alone is backed, yet together they name a day that does not exist, and the customer
turns up on the wrong one. A source that pairs the date with a weekday is the authority
(a schedule wins over the calendar, even where it is wrong); otherwise the calendar of the
year the sources give.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from ..numbers import Mention, extract, fold
from ._backing import WEEKDAY_NAME, WEEKDAY_NUMBER

# the weekday written just before the date ("Friday 28 March", "Friday, March 27", "on
# Tuesday the 24th", "الجمعة، ٢٧ مارس") or just after it ("27 Mart Cuma", "28 March (Saturday)")
_BEFORE = re.compile(r"(?:'s)?(?: gunu)?(?: الموافق)?[\s,]*(?:the )?")
_AFTER = re.compile(r"^[\s,(]{1,3}")


def _weekday_before(folded: str) -> tuple[int, bool] | None:
    """(weekday, whether a comma stands between it and the date)."""
    last = None
    for w in WEEKDAY_NAME.finditer(folded):
        last = w
    # "Friday, 28 March", "Cumartesi günü 28 Mart", "يوم الجمعة الموافق 27 مارس"
    if last is None or not _BEFORE.fullmatch(folded, last.end()):
        return None
    return WEEKDAY_NUMBER[last.group(0)], "," in folded[last.end() :]


def _weekday_after(folded: str) -> tuple[int, bool] | None:
    lead = _AFTER.match(folded)
    if lead is None:
        return None
    w = WEEKDAY_NAME.match(folded, lead.end())
    if w is None:
        return None
    return WEEKDAY_NUMBER[w.group(0)], "," in lead.group(0)


def weekday_beside(text: str, m: Mention) -> int | None:
    """The weekday written right beside date mention `m` of `text`, if any.

    A weekday between two dates belongs to the one it is not parted from by a comma:
    "6 Mayıs Çarşamba, 12 Mayıs Salı" and "Friday 27 March, Saturday 28 March"."""
    before = _weekday_before(fold(text[max(0, m.start - 16) : m.start]))
    after = _weekday_after(fold(text[m.end : m.end + 16]))
    if before is None or after is None:
        found = before or after
        return None if found is None else found[0]
    if before[0] == after[0]:
        return before[0]
    if before[1] != after[1]:
        return after[0] if before[1] else before[0]
    return None  # no telling whose it is


def _single_dates(mentions: Iterable[Mention]) -> list[Mention]:
    # a numeric date read two ways ("04/05") names no one day
    return [m for m in mentions if m.kind == "date" and not m.is_range and not m.alts]


def stated_weekdays(texts: Sequence[str]) -> dict[int, set[int]]:
    """month*100+day -> the weekdays the texts write beside that date."""
    out: dict[int, set[int]] = {}
    for text in texts:
        if not any(map(fold(text).__contains__, WEEKDAY_NUMBER)):
            continue
        for m in _single_dates(extract(text)):
            w = weekday_beside(text, m)
            if w is not None:
                out.setdefault(int(m.lo), set()).add(w)
    return out


def _calendar_weekdays(md: int, stated: Iterable[tuple[int, str]]) -> set[int]:
    """The weekdays `md` falls on in the years the stated dates give (and the next or the
    last one across a new year: "2 January" after stated December dates)."""
    years: set[int] = set()
    for smd, written in stated:
        if written:
            y = int(written)
            years.add(y)
            if md // 100 <= 3 and smd // 100 >= 10:
                years.add(y + 1)
            if md // 100 >= 10 and smd // 100 <= 3:
                years.add(y - 1)
    out: set[int] = set()
    for y in sorted(years):
        with contextlib.suppress(ValueError):  # 29 February in a common year
            out.add(date(y, md // 100, md % 100).weekday())
    return out


def weekday_clash_hits(
    reply: str,
    folded: str,
    mentions: Sequence[Mention],
    texts: Sequence[str],
    stated: Iterable[tuple[int, str]],
) -> list[dict[str, Any]]:
    """One finding for each date of the reply written beside a weekday it does not fall on
    (`folded` is the reply folded)."""
    if not any(map(folded.__contains__, WEEKDAY_NUMBER)):
        return []
    pairs = stated_weekdays(texts)
    out: list[dict[str, Any]] = []
    for m in _single_dates(mentions):
        said = weekday_beside(reply, m)
        if said is None:
            continue
        md = int(m.lo)
        truth: set[int] = set(pairs.get(md, ()))
        if not truth:
            truth = _calendar_weekdays(md, [(md, m.unit)] if m.unit else stated)
        if not truth or said in truth:
            continue
        out.append(
            {
                "text": m.text,
                "span": [m.start, m.end],
                "kind": "date",
                "value": md,
                "unit": "weekday",
                "reason": "the weekday written beside this date is not the day it falls on",
            }
        )
    return out
