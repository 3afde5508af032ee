"""Find a fact or a forbidden phrase in a reply, robustly, with its span.

- A phrase with a quantity in digits ("144 EUR", "5-10 business days", "50%", "24 hours")
  is matched by value, in any notation and language the number reader knows: "144.00
  EUR", "144 €" and "١٤٤ يورو" are one value, "24 hours" is "1 day", "5-10 iş günü" is
  "5-10 business days". The words around the quantity are ignored. A phrase without
  digits stays text, so "take a day off" is not the duration "1 day".
- Any other phrase is matched as text, case-, diacritic- and script-variant-insensitive
  (Turkish ı/İ/ş..., Arabic letter forms and vowel marks, Arabic-Indic digits), at the
  start of a word, so "refund" also finds "refunded" and Turkish suffixes; an Arabic
  phrase may carry a clitic in front ("والفاتورة").
- `re:PATTERN` is a regular expression, searched case-insensitively in the reply folded
  the same way (write Turkish letters in ASCII: "ozur dilerim").
- A list of phrases is matched when any one of them is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..evaluation.numbers import Mention, extract, fold

_QUANTITY_KINDS = frozenset({"amount", "percent", "duration", "date", "time", "relative"})
_TATWEEL = "\u0640"
_ARABIC = re.compile("[\u0600-\u06ff]")
_DIGIT = re.compile(r"\d")  # any script: Arabic-Indic digits are \d too


@dataclass(frozen=True)
class Found:
    phrase: str  # the phrase (alternative) that matched
    text: str  # what the reply says there
    start: int
    end: int
    by_value: bool


def find(phrase: str | list[str], reply: str) -> Found | None:
    """The first place where `phrase` (or any of its alternatives) is said in `reply`."""
    for alt in [phrase] if isinstance(phrase, str) else phrase:
        found = _find_one(alt, reply)
        if found is not None:
            return found
    return None


def label(phrase: str | list[str]) -> str:
    return phrase if isinstance(phrase, str) else " | ".join(phrase)


def is_by_value(phrase: str) -> bool:
    return not phrase.startswith("re:") and bool(_quantities(phrase))


def _find_one(phrase: str, reply: str) -> Found | None:
    if phrase.startswith("re:"):
        m = re.search(phrase[3:], fold(reply), flags=re.IGNORECASE)
        return Found(phrase, reply[m.start() : m.end()], m.start(), m.end(), False) if m else None
    wanted = _quantities(phrase)
    if wanted:
        return _find_values(phrase, wanted, reply)
    m = _text_pattern(phrase).search(fold(reply))
    return Found(phrase, reply[m.start() : m.end()], m.start(), m.end(), False) if m else None


def _quantities(phrase: str) -> tuple[Mention, ...]:
    """The quantities a phrase states in digits; a bare number counts only when it is the
    whole phrase ("45"), so ids such as "INV-26-11842" stay text."""
    if not _DIGIT.search(phrase):
        return ()
    found = extract(phrase)
    quantities = tuple(m for m in found if m.kind in _QUANTITY_KINDS)
    if quantities:
        return quantities
    if len(found) == 1 and found[0].text.strip() == phrase.strip():
        return found
    return ()


def _find_values(phrase: str, wanted: tuple[Mention, ...], reply: str) -> Found | None:
    have = extract(reply)
    first: Mention | None = None
    for w in wanted:
        hit = next((h for h in have if _same(w, h)), None)
        if hit is None:
            return None
        first = first or hit
    assert first is not None
    return Found(phrase, first.text, first.start, first.end, True)


def _same(want: Mention, have: Mention) -> bool:
    if want.kind != "number" and want.kind != have.kind:
        return False
    if want.kind != "number" and want.unit and have.unit and want.unit != have.unit:
        return False
    return _eq(want.lo, have.lo, have.alts) and _eq(want.hi, have.hi, have.alts)


def _eq(a: float, b: float, alts: tuple[float, ...]) -> bool:
    return any(abs(a - x) < 1e-6 for x in (b, *alts))


@lru_cache(maxsize=1024)
def _text_pattern(phrase: str) -> re.Pattern[str]:
    """A pattern over `fold(reply)`: vowel marks (folded to tatweel) may sit between any
    two letters, any run of spaces matches any other."""
    key = fold(phrase.strip()).replace(_TATWEEL, "")
    parts: list[str] = []
    for word in key.split():
        parts.append(f"{_TATWEEL}*".join(re.escape(ch) for ch in word))
    body = r"\s+".join(parts)
    # Arabic attaches و ف ب ل ك and the article to the next word: no boundary there.
    left = "" if _ARABIC.match(key) else r"(?<!\w)"
    return re.compile(left + body)
