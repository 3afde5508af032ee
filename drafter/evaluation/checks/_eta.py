"""A time for the fix where the sources say none is known yet.

"Teknik ekibimiz arızayı 15 dakika içinde tamamen giderecek" where the status page says
"Tahmini düzelme zamanı bilinmiyor"; "ستصل القطعة يوم الخميس القادم" where "لم يحدد
المورّد موعد التسليم بعد". A value check may still find the figure backed by a
coincidence (07:00 to 07:45 less a stated 30 minutes is 15 minutes); a weekday is no
figure at all. Only a clause that says something comes back, opens or arrives is read,
and only its figures the sources do not state outright.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import Mention, extract, fold

# a source saying the time is not known: "fix time not yet known", "tahmini çözüm zamanı
# henüz belli değil", "لا يوجد موعد مؤكد للإصلاح"
_UNKNOWN = re.compile(
    r"\b(?:eta|estimate|restore time|fix time|resolution time|timeline|delivery date|reopening)\b[^.;]{0,30}"
    r"(?:unknown|not (?:yet )?known|not (?:yet )?available|not confirmed|tbc|to be confirmed|not (?:yet )?(?:been )?(?:set|given))"
    r"|\bno (?:confirmed |firm )?(?:eta|estimated? (?:time|date)|restore time|fix time|timeline) (?:yet|is available|has been given)"
    r"|\bno (?:confirmed|firm|fixed) (?:time|date|eta)\b"
    r"|\b(?:zamani|saati|suresi|tarihi)\s+(?:henuz\s+)?(?:bilinmiyor|belli degil|belirsiz|netlesmedi)"
    r"|لا يوجد (?:موعد|وقت)[^.;،]{0,12}(?:متوقع|مؤكد|موكد)|لم يحدد[^.;]{0,20}موعد|الموعد المتوقع[^.;]{0,15}غير محدد"
)
_UNKNOWN_WORDS = (
    "known",
    "tbc",
    "confirmed",
    "no ",
    "bilinmiyor",
    "belli degil",
    "belirsiz",
    "netlesmedi",
    "لا يوجد",
    "لم يحدد",
    "غير محدد",
)

# the clause says something comes back, opens or arrives (future)
_BACK = re.compile(
    r"\b(?:(?:will|'ll|should) (?:be|have it|get it) (?:back|restored|fixed|resolved|up|working|running)|(?:will|'ll) (?:be )?(?:reopen|arrive|come back|return)\w*|back (?:up|online) (?:by|within|in))\b"
    r"|\b(?:duzel(?:ecek|mesini|ir)|gideril(?:ecek|mesini|ir)|giderece\w*|cozul(?:ecek|mesini)|(?:yeniden )?acil(?:acak|masini)|aciyoruz|gel(?:ecek|mesini)|normale donece\w*|calisir hale gelece\w*)"
    r"|ستعود|سيعود|يعود|تعود|ستصل|سيصل|ليعود|سترجع|بيرجع|يرجع|سيفتح|ستعمل"
)
# what is past: "since 07:45", "08:05'ten beri", "منذ الساعة 08:15"
_PAST_BEFORE = re.compile(r"(?:\bsince|\bfrom|منذ)\s*\S*\s*$")
_PAST_AFTER = re.compile(r"^['’]?\w{0,4}\s*beri\b")
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|pazartesi|sali|carsamba|persembe|cuma|cumartesi)\b"
    r"|(?:يوم )?(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)(?: القادم)?"
)
_CLAUSE = re.compile(r"[^,;،؛:]+")


@lru_cache(maxsize=2048)
def time_unknown(text: str) -> bool:
    """Whether a source says the time of the fix, reopening or delivery is not known yet."""
    folded = fold(text)
    return any(w in folded for w in _UNKNOWN_WORDS) and _UNKNOWN.search(folded) is not None


def names_a_weekday(folded: str) -> bool:
    """Whether a (folded) reply names a weekday: a fix "on Thursday" has no figure."""
    return _WEEKDAY.search(folded) is not None


def promised_times(
    sentence: str, offset: int, mentions: tuple[Mention, ...], stated: set[tuple[str, int]]
) -> list[tuple[int, int, str]]:
    """(start, end, kind) in reply offsets of the times `sentence` (starting at `offset`) gives for
    something to come back or arrive, that the sources do not state outright. `stated`:
    the (kind, value) pairs the sources state."""
    folded = fold(sentence)
    out: list[tuple[int, int, str]] = []
    for clause in _CLAUSE.finditer(folded):
        if _BACK.search(clause.group()) is None:
            continue
        a, z = offset + clause.start(), offset + clause.end()
        for m in mentions:
            if not a <= m.start < z or m.kind not in ("duration", "time", "date", "relative"):
                continue
            before, after = (
                folded[max(0, m.start - offset - 12) : m.start - offset],
                folded[m.end - offset : m.end - offset + 10],
            )
            if (
                _PAST_BEFORE.search(before)
                or _PAST_AFTER.match(after)
                or (m.kind, round(m.lo)) in stated
            ):
                continue
            out.append((m.start, m.end, m.kind))
        if not out:
            day = _WEEKDAY.search(clause.group())
            if day is not None:
                out.append((a + day.start(), a + day.end(), "date"))
    return out


# The time a source gives for someone or something to arrive ("الفني في الطريق ومتوقع وصوله
# الساعة 21:30", "engineer due on site 14:00") is not when the fault is fixed: a reply that
# says the power comes back then promises what no source says.
_ARRIVAL = re.compile(
    r"\b(?:arriv\w*|on site|on the way|due (?:at|on|by)|eta)\b|\b(?:varis\w*|ulas\w*|yolda)\b"
    "|وصول|وصوله|وصولها|يصل|تصل|في الطريق"
)
_RESTORED = re.compile(
    r"\b(?:(?:will|'ll|should) (?:be )?(?:back|restored|fixed|resolved|working|running)|back (?:up|on|online)|restored)\b"
    r"|\b(?:duzel\w*|gideril\w*|cozul\w*|normale don\w*|calisir hale\w*|geri gel\w*)"
    "|ستعود|سيعود|تعود|ترجع|بترجع|سترجع|يرجع|بيرجع|ستعمل|تشتغل|بتشتغل|ستشتغل"
)


@lru_cache(maxsize=2048)
def arrival_times(text: str) -> frozenset[int]:
    """Clock times (minutes) a source gives only as an arrival."""
    folded = fold(text)
    if _ARRIVAL.search(folded) is None:
        return frozenset()
    out = set()
    for m in extract(text):
        if m.kind != "time" or m.is_range:
            continue
        near = folded[max(0, m.start - 40) : m.start]
        near = re.split(r"[.;؛،,]", near)[-1]
        if _ARRIVAL.search(near):
            out.add(round(m.lo))
    return frozenset(out)


def arrival_as_fix(sentence: str, offset: int, mentions: tuple[Mention, ...], arrivals: set[int], other_times: set[int]) -> list[tuple[int, int]]:
    """(start, end) of each time in `sentence` a clause gives for the fix that the sources
    give only as an arrival."""
    folded = fold(sentence)
    out: list[tuple[int, int]] = []
    for clause in _CLAUSE.finditer(folded):
        text = clause.group()
        if _RESTORED.search(text) is None or _ARRIVAL.search(text) is not None:
            continue
        a, z = offset + clause.start(), offset + clause.end()
        for m in mentions:
            if a <= m.start < z and m.kind == "time" and not m.is_range:
                v = round(m.lo)
                if any(t in arrivals and t not in other_times for t in (v, v + 720)):
                    out.append((m.start, m.end))
    return out
