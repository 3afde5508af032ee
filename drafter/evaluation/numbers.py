"""Quantities in free text, read as values: amounts, percentages, durations, dates, times.

Used by the `grounded` check (RUBRIC R7) to compare what a reply promises with what the
sources and the customer's message state, whatever the notation:

- digits in any script (Arabic-Indic, Persian) and either decimal convention:
  1.850 TL = 1,850 TL = 1850 TL; 144.00 = 144; 948,00 = 948;
- number words in English, Turkish and Arabic up to the hundreds ("twenty-four",
  "yirmi dört", "خمسة وعشرون"), Arabic duals ("يومين", "أسبوعين") and clitics ("بعشرة");
- durations in one canonical unit per dimension, so "two weeks" = "14 days" = "iki hafta"
  = "أسبوعين" and "48 hours" = "2 days"; business days are their own dimension;
- ranges ("5-10", "5 to 10", "5 ila 7", "من ٥ إلى ٧"), with the unit after the second end;
- dates in words or digits in the three languages ("2 March 2026", "14 Nisan", "١٤ أبريل",
  "14.04.2026"), times of day ("07:05", "11am", "saat 14.00").

Other languages get digits, symbols and ISO codes only. Numbers that are not quantities
are recognised so they can be left alone: ids (INV-2291, #123), phone numbers, e-mail
and web addresses, "24/7"; a number with no unit after it is a bare "number".

Everything is offset-preserving: every `Mention` carries its span in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, NamedTuple

Kind = Literal["amount", "percent", "duration", "date", "time", "relative", "number"]

# Canonical duration dimensions: minutes, business days, months.
MINUTES, BDAYS, MONTHS = "min", "bday", "month"
DAY = 1440


@dataclass(frozen=True, slots=True)
class Mention:
    """One quantity found in a text.

    `lo`/`hi` are equal unless it is a range. Units: the currency family for amounts
    ("" when unstated), the dimension for durations (values in minutes, business days or
    months), the year for dates ("" when unstated; the value is month*100 + day), minutes
    after midnight for times. `alts` holds other readings of an ambiguous number
    (1.850 read as 1.85, 04/05 read month-first).
    """

    kind: Kind
    lo: float
    hi: float
    unit: str
    start: int
    end: int
    text: str
    alts: tuple[float, ...] = ()

    @property
    def is_range(self) -> bool:
        return self.hi != self.lo


# ------------------------------------------------------------------ character folding

_FOLD_MAP = {
    **{chr(0x660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x6F0 + d): str(d) for d in range(10)},  # Persian digits
    "٫": ".",
    "٬": ",",
    "٪": "%",
    "\u00a0": " ",
    **dict(zip("ışğçöüâîûé", "isgcouaiue", strict=True)),
    **{"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"},
    # vowel marks become tatweel: still a word character, dropped from lexicon keys
    **{chr(c): "\u0640" for c in range(0x64B, 0x653)},
    "\u0670": "\u0640",
}
# A list indexed by code point translates two to three times faster than a dict; code
# points past the Arabic block raise IndexError, which str.translate reads as "keep".
_FOLD = [_FOLD_MAP.get(chr(c), chr(c)) for c in range(0x700)]
_WIDE = (("\u2019", "'"), ("\u2212", "-"), ("\u202f", " "), ("\u2009", " "))


# French-style thousands: "1 450,00 GBP" is 1.450,00, read by the parser like "1.450,00 TL"
_SPACED_GATE = re.compile(r"\d \d{3},")
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,] )(?<![\d.,])(\d{1,3}) (?=\d{3},\d{1,2}(?![\d.,]))")


@lru_cache(maxsize=256)
def fold(text: str) -> str:
    """A matching copy of `text` of the same length, so offsets stay valid: ASCII digits,
    lower case with Turkish letters in ASCII (gün -> gun, İŞ -> is), one spelling of the
    Arabic alef/ya/ta-marbuta, and Arabic vowel marks turned into tatweel."""
    low = text.replace("İ", "i").lower()
    if "," in low and _SPACED_GATE.search(low):
        low = _SPACED_THOUSANDS.sub(r"\1.", low)
    if low.isascii():
        return low
    for a, b in _WIDE:
        if a in low:
            low = low.replace(a, b)
    if low.isascii():
        return low
    if len(low) != len(text):
        low = "".join(c.lower()[0] for c in text)
    return low.translate(_FOLD)


def word_key(word: str) -> str:
    """The lexicon key of a word taken from `fold(...)` output."""
    return word.replace("\u0640", "") if "\u0640" in word else word


# ------------------------------------------------------------------ lexicon


def _split(words: str) -> list[str]:
    return words.split()


class NumWord(NamedTuple):
    value: int
    lang: str
    role: str  # "u" units 1-9, "t" ten..nineteen, "x" tens (take a unit after), "h" hundred


def _numwords() -> dict[str, NumWord]:
    out: dict[str, NumWord] = {}
    en_u = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    en_t = _split("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
    en_x = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for i, w in enumerate(en_u, 1):
        out[w] = NumWord(i, "en", "u")
    for i, w in enumerate(en_t, 10):
        out[w] = NumWord(i, "en", "t")
    for i, w in enumerate(en_x, 2):
        out[w] = NumWord(i * 10, "en", "x")
    out["hundred"] = NumWord(100, "en", "h")
    tr_u = ["bir", "iki", "uc", "dort", "bes", "alti", "yedi", "sekiz", "dokuz"]
    tr_x = ["on", "yirmi", "otuz", "kirk", "elli", "altmis", "yetmis", "seksen", "doksan"]
    for i, w in enumerate(tr_u, 1):
        out[w] = NumWord(i, "tr", "u")
    for i, w in enumerate(tr_x, 1):
        out[w] = NumWord(i * 10, "tr", "x")
    out["yuz"] = NumWord(100, "tr", "h")
    # the accusative "-ًا" of a unit ("ساعة وخمساً وثلاثين دقيقة"); not ثلاثا/اربعا, the
    # colloquial Tuesday and Wednesday
    ar_u = [
        ("واحد واحده", 1),
        ("اثنان اثنين اثنتان اثنتين اثنا اثنتا اثني اثنتي", 2),
        ("ثلاث ثلاثه", 3),
        ("اربع اربعه", 4),
        ("خمس خمسه خمسا", 5),
        ("ست سته", 6),
        ("سبع سبعه سبعا", 7),
        ("ثمان ثماني ثمانيه", 8),
        ("تسع تسعه تسعا", 9),
    ]
    for words, v in ar_u:
        for w in words.split():
            out[w] = NumWord(v, "ar", "u")
    out["عشر"] = out["عشره"] = NumWord(10, "ar", "t")
    ar_x = ["عشرون", "ثلاثون", "اربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
    for i, w in enumerate(ar_x, 2):
        out[w] = NumWord(i * 10, "ar", "x")
        out[w[:-2] + "ين"] = NumWord(i * 10, "ar", "x")  # genitive/accusative -ين
    # keys are in `fold` spelling: ئ -> ي (مئة -> ميه)
    out["ميه"] = out["مايه"] = NumWord(100, "ar", "h")
    out["ميتين"] = out["ميتان"] = out["مايتين"] = out["مايتان"] = NumWord(200, "ar", "t")
    # the hundreds written as one word: "ثلاثمئة", "خمسمائة", "ثمانمئة"
    for stem, v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9)):
        out[stem + "ميه"] = out[stem + "مايه"] = NumWord(v * 100, "ar", "t")
    return out


_NUM_WORDS = _numwords()
_AR_ELEVEN = frozenset(("احد", "احدي", "حدا"))
_AR_CLITICS = ("وب", "ول", "فب", "فل", "ب", "ل", "ك", "و", "ف")
# the article on a number ("خلال الأربعة عشر يوماً"); from three up only, since "الاثنين"
# and "الأحد" are weekdays
_AR_DEFINITE = ("وال", "بال", "فال", "لل", "ال")


@lru_cache(maxsize=65536)
def number_word(key: str) -> tuple[NumWord, bool] | None:
    """The number a word names, and whether it carried the Arabic conjunction و."""
    nw = _NUM_WORDS.get(key)
    if nw is not None:
        return nw, False
    if key and "\u0600" <= key[0] <= "\u06ff":
        for p in _AR_CLITICS:
            if key.startswith(p) and key[len(p) :] in _NUM_WORDS:
                return _NUM_WORDS[key[len(p) :]], p[0] == "و"
        for p in _AR_DEFINITE:
            if key.startswith(p):
                nw = _NUM_WORDS.get(key[len(p) :])
                if nw is not None and nw.value >= 3:
                    return nw, p[0] == "و"
    return None


def _small_count_words() -> dict[str, int]:
    """Every spelling `number_word` reads as 2 to 12 (with the Arabic clitics), so that a
    text's counts come from one set intersection instead of a lookup per word."""
    spellings = set(_NUM_WORDS) | {
        p + k for k in _NUM_WORDS if not k.isascii() for p in (*_AR_CLITICS, *_AR_DEFINITE)
    }
    out: dict[str, int] = {}
    for w in spellings:
        hit = number_word(w)
        if hit is not None and 2 <= hit[0].value <= 12:
            out[w] = int(hit[0].value)
    number_word.cache_clear()
    return out


SMALL_COUNT_WORDS = _small_count_words()


class Unit(NamedTuple):
    dim: str
    factor: float
    lang: str
    implied: int  # an Arabic dual carries its own count (يومين = 2 days); 0 otherwise
    suffixed: bool  # a Turkish unit with a case suffix (günde, saatlik)


_H, _W = 60, 7 * DAY
_EN_UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("minute", "minutes", "min", "mins"), (MINUTES, 1)),
    **dict.fromkeys(("hour", "hours", "hr", "hrs", "h"), (MINUTES, _H)),
    **dict.fromkeys(("day", "days"), (MINUTES, DAY)),
    # a stay is counted in nights: "2 nights" is a two-day span (and a count of 2)
    **dict.fromkeys(("night", "nights"), (MINUTES, DAY)),
    **dict.fromkeys(("weekday", "weekdays"), (BDAYS, 1)),
    **dict.fromkeys(("week", "weeks"), (MINUTES, _W)),
    **dict.fromkeys(("month", "months"), (MONTHS, 1)),
    **dict.fromkeys(("year", "years", "yr", "yrs"), (MONTHS, 12)),
}
_AR_UNITS: dict[str, tuple[str, float, int]] = {
    **dict.fromkeys(("دقيقه", "دقايق", "دقيقا"), (MINUTES, 1, 0)),
    **dict.fromkeys(("دقيقتين", "دقيقتان"), (MINUTES, 1, 2)),
    **dict.fromkeys(("ساعه", "ساعات", "ساعا"), (MINUTES, _H, 0)),
    **dict.fromkeys(("ساعتين", "ساعتان"), (MINUTES, _H, 2)),
    **dict.fromkeys(("يوم", "يوما", "ايام"), (MINUTES, DAY, 0)),
    **dict.fromkeys(("يومين", "يومان", "يومي"), (MINUTES, DAY, 2)),
    **dict.fromkeys(("ليله", "ليال", "ليالي"), (MINUTES, DAY, 0)),
    **dict.fromkeys(("ليلتين", "ليلتان"), (MINUTES, DAY, 2)),
    **dict.fromkeys(("اسبوع", "اسبوعا", "اسابيع"), (MINUTES, _W, 0)),
    **dict.fromkeys(("اسبوعين", "اسبوعان"), (MINUTES, _W, 2)),
    **dict.fromkeys(("شهر", "شهرا", "اشهر", "شهور"), (MONTHS, 1, 0)),
    **dict.fromkeys(("شهرين", "شهران"), (MONTHS, 1, 2)),
    **dict.fromkeys(("سنه", "سنوات", "عام", "عاما", "اعوام"), (MONTHS, 12, 0)),
    **dict.fromkeys(("سنتين", "سنتان", "عامين", "عامان"), (MONTHS, 12, 2)),
}
_TR_SUFFIX = r"(?:l[iu]k\w*|l[ae]r\w*|[dt][ae]\w*|[dt][iu]r\w*|[iu]\w*|[ae]\w*|y[ae]\w*|y[iu]\w*|s[iu]\w*)?"
_TR_UNIT = re.compile(rf"(dakika|dk|saat|gun|gece|hafta|ay|yil|sene)({_TR_SUFFIX})")
_TR_NOT_UNITS = ("ayar", "ayak", "gunes", "saatci")
_TR_UNITS: dict[str, tuple[str, float]] = {
    "dakika": (MINUTES, 1),
    "dk": (MINUTES, 1),
    "saat": (MINUTES, _H),
    "gun": (MINUTES, DAY),
    "gece": (MINUTES, DAY),
    "hafta": (MINUTES, _W),
    "ay": (MONTHS, 1),
    "yil": (MONTHS, 12),
    "sene": (MONTHS, 12),
}


@lru_cache(maxsize=65536)
def unit_word(key: str) -> Unit | None:
    """The duration unit a word names (en/tr/ar), if any."""
    en = _EN_UNITS.get(key)
    if en is not None:
        return Unit(en[0], en[1], "en", 0, False)
    if key and "\u0600" <= key[0] <= "\u06ff":
        for cand in (key, *(key[len(p) :] for p in _AR_CLITICS if key.startswith(p))):
            ar = _AR_UNITS.get(cand)
            if ar is not None:
                return Unit(ar[0], ar[1], "ar", ar[2], False)
        return None
    if key.startswith(_TR_NOT_UNITS):
        return None  # "ayar" (an adjustment), "ayak" (a foot): "ay" with letters, not a month
    m = _TR_UNIT.fullmatch(key)
    if m is not None:
        dim, factor = _TR_UNITS[m.group(1)]
        return Unit(dim, factor, "tr", 0, bool(m.group(2)))
    return None


_CUR_FAMILIES: dict[str, str] = {
    # "$" is written for every dollar: one family, so "$64.90" matches "64.90 AUD"
    **dict.fromkeys(
        ("usd", "aud", "cad", "nzd", "sgd", "hkd", "dollar", "dollars", "dolar", "دولار", "دولارا", "دولارات"),
        "USD",
    ),
    **dict.fromkeys(("eur", "euro", "euros", "avro", "يورو"), "EUR"),
    **dict.fromkeys(("gbp", "pound", "pounds", "sterling", "sterlin"), "GBP"),
    **dict.fromkeys(("tl", "try", "lira", "liras", "lire", "lirasi", "ليره", "ليرات"), "TRY"),
    **dict.fromkeys(
        ("sar", "qar", "omr", "yer", "riyal", "riyals", "rial", "rials", "ريال", "ريالا", "ريالات"),
        "RIYAL",
    ),
    **dict.fromkeys(("aed", "mad", "dirham", "dirhams", "درهم", "درهما", "دراهم"), "DIRHAM"),
    **dict.fromkeys(("egp", "جنيه", "جنيها", "جنيهات"), "EGP"),
    **dict.fromkeys(
        ("jod", "kwd", "bhd", "iqd", "lyd", "tnd", "dinar", "dinars", "دينار", "دينارا", "دنانير"),
        "DINAR",
    ),
    **{
        c: c.upper() for c in ("chf", "inr", "jpy", "cny", "sek", "nok", "dkk", "pln")
    },
}
# Codes that may also stand before the number ("USD 144", "TL 250").
# codes that are also words ("yer", "try", "all"): a currency only in capitals
_WORD_CODES = frozenset({"yer", "try", "all", "top", "cup", "mad"})
_CUR_CODES = frozenset(k for k in _CUR_FAMILIES if len(k) == 3 and k.isascii()) | {"tl"}
_AR_CUR_ABBR = {
    ("ر", "س"): "RIYAL",
    ("ر", "ق"): "RIYAL",
    ("ر", "ع"): "RIYAL",
    ("د", "ا"): "DIRHAM",
    ("د", "م"): "DIRHAM",
    ("ج", "م"): "EGP",
    ("د", "ك"): "DINAR",
    ("د", "ب"): "DINAR",
}
_CUR_SYMBOLS = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₺": "TRY",
    "¥": "JPY",
    "₹": "INR",
    "﷼": "RIYAL",
}


@lru_cache(maxsize=65536)
def currency_word(key: str) -> str | None:
    """The currency family a word names ("TL" -> TRY, "ريالاً" -> RIYAL), if any."""
    fam = _CUR_FAMILIES.get(key)
    if fam is None and key and "\u0600" <= key[0] <= "\u06ff":
        for p in ("بال", "ال", *_AR_CLITICS):
            if key.startswith(p) and key[len(p) :] in _CUR_FAMILIES:
                return _CUR_FAMILIES[key[len(p) :]]
    return fam


_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "january jan يناير كانون_الثاني",
        "february feb فبراير شباط",
        "march mar مارس اذار",
        "april apr ابريل نيسان",
        "may مايو ايار",
        "june jun يونيو يونيه حزيران",
        "july jul يوليو يوليه تموز",
        "august aug اغسطس اب",
        "september sep sept سبتمبر ايلول",
        "october oct اكتوبر تشرين_الاول",
        "november nov نوفمبر تشرين_الثاني",
        "december dec ديسمبر كانون_الاول",
    ),
    1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i
_TR_MONTH = re.compile(
    rf"(ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik)({_TR_SUFFIX})"
)
_TR_MONTHS = {
    n: i
    for i, n in enumerate(
        _split("ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik"), 1
    )
}


@lru_cache(maxsize=65536)
def month_word(key: str) -> int | None:
    """Month number of a month name (en/tr/ar, Levantine names included), if any."""
    mo = _MONTHS.get(key)
    if mo is not None:
        return mo
    m = _TR_MONTH.fullmatch(key)
    if m is not None:
        return _TR_MONTHS[m.group(1)]
    if key and "\u0600" <= key[0] <= "\u06ff" and key[:1] in "بفول" and key[1:] in _MONTHS:
        return _MONTHS[key[1:]]
    return None


_ORDINAL_SUFFIX = frozenset(("st", "nd", "rd", "th"))
_RANGE_WORDS = frozenset(("to", "or", "and", "ila", "ile", "veya", "الي", "او", "حتي", "و"))
_NEEDS_BETWEEN = {"and": "between", "و": "بين"}
_EN_DUR_PREPS = frozenset(
    _split("within in for after under about around than least most only just over takes take to up")
)
_TR_POSTPOS = frozenset(
    _split("icinde icerisinde sonra sonrasinda boyunca kadar zarfinda once suresince suresinde")
)
_AR_DUR_PREPS = frozenset(("خلال", "غضون", "بعد", "مده", "لمده", "طوال", "ضمن"))
_AR_WORKDAY = frozenset(("عمل", "العمل"))
_AR_PLURAL_DAYS = frozenset(("ايام", "أيام"))
_HALF = {"half": "en", "yarim": "tr", "نصف": "ar"}
_PERCENT_WORDS = frozenset(("percent", "pct", "بالميه", "بالمايه", "%"))
_TOMORROW = re.compile(r"tomorrow|yarin(?:a|dan|ki|ina)?|غدا|الغد|بالغد|بكره|بكرا")  # بكرة: tomorrow in dialect


# ------------------------------------------------------------------ numbers


def parse_number(raw: str) -> tuple[float, tuple[float, ...]]:
    """Value of a digit string with thousands/decimal separators, plus other readings.

    A single separator followed by exactly three digits is read as thousands (1.850 and
    1,850 are both 1850), with the decimal reading kept as an alternative.
    """
    if raw.isdigit():
        return float(raw), ()
    dot, comma = raw.rfind("."), raw.rfind(",")
    if dot >= 0 and comma >= 0:
        dec, th = (".", ",") if dot > comma else (",", ".")
        return float(raw.replace(th, "").replace(dec, ".")), ()
    sep = "." if dot >= 0 else ","
    parts = raw.split(sep)
    if len(parts) > 2:
        if all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts)), ()
        return float(parts[0]), ()
    head, tail = parts
    if len(tail) == 3 and head != "0":
        return float(head + tail), (float(head + "." + tail),)
    return float(head + "." + tail), ()


# ------------------------------------------------------------------ pre-pass: spans that are not quantities, and digit dates/times

# Addresses are blanked first; then, at each run of digits, one anchored match decides
# whether it is a date, a time, a phone number or "24/7" (anchoring at digit runs keeps
# this pass fast: the alternation never runs over plain words).
_URL = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[a-z]{2,6})+/\S*"
)
_AT_DIGITS = re.compile(
    r"(?P<x247>(?<!\d)(?:24/7|7/24)(?!\d))"
    r"|(?P<iso>(?<![\d.,/])(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d?)-(?P<id>\d\d?)(?!\d))"
    r"|(?P<dmy>(?<![\d.,/])(?P<dd>\d\d?)(?P<sep>[./-])(?P<dm>\d\d?)(?P=sep)(?P<dy>(?:19|20)\d\d|\d\d)(?![\d.,]\d))"
    r"|(?P<dm2>(?<![\d.,/])(?P<ed>\d\d?)/(?P<em>\d\d?)(?![\d/]))"
    r"|(?P<time>(?<![\d.,:])(?P<th>[01]?\d|2[0-3]):(?P<tm>[0-5]\d)(?:\s?(?P<tap>[aApP])(?:\.[mM]\.|[mM]\b))?(?!\d|:\d))"
    r"|(?P<time2>(?<![\d.,:])(?P<t2h>1[0-2]|0?[1-9])(?:[.:](?P<t2m>[0-5]\d))?\s?(?P<t2ap>[aApP])(?:\.[mM]\.|[mM]\b))"
    r"|(?P<time3>(?<![\d.,:])(?P<t3h>[01]?\d|2[0-3])\.(?P<t3m>[0-5]\d)(?![\d.,]\d))"
    # (a bracket closes around its digits: "0216 555 40 40 (09:00-18:00)" holds a time)
    r"|(?P<phone>(?<![\w.,])(?:\+|00)?(?:\(\d{2,4}\)|\d{2,4})(?:[ \-.](?:\(\d{2,4}\)|\d{2,4})){2,}(?![\d:]))"
)
# a digit and the run of digits, dots and commas it starts
_DIGITS_FROM = re.compile(r"\d[\d.,]*")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_YEAR_THEN_BRACKET = re.compile(r"(?:19|20)\d\d \(")
_CLOCK_WORD = re.compile(r"(?:saat|الساعه)\s+$")
# "16 Nisan 2026 14.30": a dotted clock time straight after a date's year
_AFTER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d,?\s$")
_MONEY_NEXT = re.compile(r"\d|\s*(?:[A-Z]{2,3}\b|[₺$€£]|[\u0600-\u06ff])")


def _date_value(day: int, month: int) -> float | None:
    return float(month * 100 + day) if 1 <= day <= 31 and 1 <= month <= 12 else None


def _read_at(m: re.Match[str], work: str, text: str, out: list[Mention]) -> bool:
    """Record what the anchored match `m` is; False when it is none of these after all."""
    g = m.lastgroup
    s, e = m.span()
    if g == "x247":
        return True
    if g == "iso":
        v = _date_value(int(m["id"]), int(m["im"]))
        if v is None:
            return False
        out.append(Mention("date", v, v, m["iy"], s, e, text[s:e]))
        return True
    if g in ("dmy", "dm2"):
        d, mo = (int(m["dd"]), int(m["dm"])) if g == "dmy" else (int(m["ed"]), int(m["em"]))
        year = ""
        if g == "dmy":
            year = m["dy"] if len(m["dy"]) == 4 else "20" + m["dy"]
        v, alt = _date_value(d, mo), _date_value(mo, d)  # day-first, else month-first
        main = v if v is not None else alt
        if main is None:
            return False
        alts = (alt,) if v is not None and alt is not None and alt != v else ()
        out.append(Mention("date", main, main, year, s, e, text[s:e], alts))
        return True
    if g in ("time", "time2", "time3"):
        if g == "time3" and not (
            _CLOCK_WORD.search(work, max(0, s - 12), s)
            or (_AFTER_YEAR.search(work, max(0, s - 7), s) and not _MONEY_NEXT.match(text, e))
        ):
            return False  # "12.50" is a time only after "saat"/"الساعة" ("saat 14.00") or a year
        h = int(m["th"] or m["t2h"] or m["t3h"])
        mi = int(m["tm"] or m["t2m"] or m["t3m"] or 0)
        ap = (m["tap"] or m["t2ap"] or "").lower()
        if ap == "p" and h < 12:
            h += 12
        elif ap == "a" and h == 12:
            h = 0
        v = float(h * 60 + mi)
        out.append(Mention("time", v, v, "", s, e, text[s:e]))
        return True
    # a phone number: enough digits, and not a thousands-grouped number (1.000.000)
    raw = m.group()
    # (nor a year and the amount in brackets after it: "18 مارس 2026 (13.000 د.ك)")
    return sum(c.isdigit() for c in raw) >= 9 and not _THOUSANDS.fullmatch(raw) and not _YEAR_THEN_BRACKET.match(raw)


def _prepass(work: str, text: str, out: list[Mention]) -> str:
    """Record dates and times written in digits, and blank them, phone numbers, "24/7"
    and web/e-mail addresses out of `work` so that the token pass sees none of them."""
    blanks: list[tuple[int, int]] = []
    if "@" in work or "/" in work or "www." in work:
        blanks.extend(m.span() for m in _URL.finditer(work))
    pos = 0
    while True:
        d = _DIGITS_FROM.search(work, pos)  # the next digit, and the number run it starts
        if d is None:
            break
        s = d.start()
        if blanks and any(a <= s < b for a, b in blanks):
            pos = s + 1
            continue
        m = None
        for st in (s - 1, s) if s > 0 and work[s - 1] in "+(" else (s,):  # "+90 …", "(0212) …"
            m = _AT_DIGITS.match(work, st)
            if m is not None and _read_at(m, work, text, out):
                break
            m = None
        if m is not None:
            blanks.append(m.span())
            pos = m.end()
        else:
            pos = d.end()  # past the run: no date or time starts inside "1.450,00"
    if not blanks:
        return work
    blanks.sort()
    parts: list[str] = []
    last = 0
    for a, b in blanks:
        if a < last:
            a = last
        parts.append(work[last:a])
        parts.append(" " * max(0, b - a))
        last = max(last, b)
    parts.append(work[last:])
    return "".join(parts)


# ------------------------------------------------------------------ tokens

_NUM, _WORD, _SYM = 1, 2, 3
_TOK = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_]+)|([%$€£₺¥₹﷼#+\-–—])")
# _TOK for ASCII text (most folded texts, Turkish ones included): the same groups and
# matches, found without the Unicode category tests, in half the time
_TOK_ASCII = re.compile(r"([0-9]+(?:[.,][0-9]+)*)|([A-Za-z]+)|([%$#+\-])")
Tok = tuple[int, str, int, int]  # kind, key (digits for numbers), start, end


def _tokenize(work: str) -> list[Tok]:
    if work.isascii():
        return [(m.lastindex or 0, m[0], m.start(), m.end()) for m in _TOK_ASCII.finditer(work)]
    if "\u0640" in work:  # Arabic vowel marks (folded to tatweel) are not part of a key
        # (word_key, written out: a call per token would double the cost of the pass)
        return [
            (m.lastindex or 0, m[0].replace("\u0640", ""), m.start(), m.end())
            for m in _TOK.finditer(work)
        ]
    return [(m.lastindex or 0, m[0], m.start(), m.end()) for m in _TOK.finditer(work)]


_CLOCK_DOTTED = re.compile(r"\d{1,2}\.\d{2}")


def _near(work: str, a: int, b: int, allow: str = " ") -> bool:
    """Only `allow` characters (and at most a few of them) between offsets a and b."""
    return b - a <= 3 and all(c in allow for c in work[a:b])


_GIVING = frozenset(("added", "add", "adding", "given", "give", "giving", "get", "gets", "getting", "credited", "another", "extra"))
_FR_TIME_LINK = frozenset(("à", "a", "vers", "entre", "dès"))  # "de 9h à 11h", "vers 15h" ("un délai de 48h" is a span)


class _Parser:
    """Reads mentions from the token stream of one text."""

    def __init__(self, text: str, work: str, out: list[Mention]) -> None:
        self.text, self.work, self.out = text, work, out
        self.t = _tokenize(work)
        self.n = len(self.t)

    # -- helpers -----------------------------------------------------------------

    def key(self, i: int) -> str:
        return self.t[i][1] if 0 <= i < self.n else ""

    def eleven(self, i: int) -> bool:
        """Tokens i and i+1 are "أحد عشر" / "إحدى عشرة" ("أحد" alone is "someone" or Sunday)."""
        return self.key(i) in _AR_ELEVEN_STARTERS and self.key(i + 1) in ("عشر", "عشره")

    def is_num(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i][0] == _NUM

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i][0] == _WORD

    def glued(self, i: int) -> bool:
        """Token i touches token i-1."""
        return 0 < i < self.n and self.t[i][2] == self.t[i - 1][3]

    def close(self, i: int, j: int, allow: str = " ") -> bool:
        """Token j follows token i with only `allow` characters in between."""
        return 0 <= i < j < self.n and _near(self.work, self.t[i][3], self.t[j][2], allow)

    def emit(
        self,
        kind: Kind,
        lo: float,
        hi: float,
        unit: str,
        i: int,
        j: int,
        alts: tuple[float, ...] = (),
    ) -> None:
        s, e = self.t[i][2], self.t[j - 1][3]
        self.out.append(Mention(kind, lo, hi, unit, s, e, self.text[s:e], alts))

    def quantity(self, i: int) -> tuple[float, tuple[float, ...], int, str] | None:
        """(value, alternative readings, index after it, language of its words or "")."""
        if not 0 <= i < self.n:
            return None
        kind, key, _, _ = self.t[i]
        if kind == _NUM:
            v, alts = parse_number(key)
            return v, alts, i + 1, ""
        if kind != _WORD:
            return None
        hit = number_word(key)
        if hit is None:
            # "أحد عشر يوماً", "بإحدى عشرة": eleven ("أحد" alone is "someone" or Sunday)
            if self.eleven(i):
                return 11.0, (), i + 2, "ar"
            return None
        nw, _ = hit
        v, j = float(nw.value), i + 1
        nxt = number_word(self.key(j)) if self.is_word(j) else None
        if nw.role == "x" and nw.lang != "ar":
            k = j + 1 if self.key(j) == "-" and self.glued(j) else j
            unit = number_word(self.key(k)) if self.is_word(k) else None
            if unit and unit[0].role == "u" and unit[0].lang == nw.lang and self.close(i, k, " -"):
                v, j = v + unit[0].value, k + 1
        elif nw.role == "u" and nw.lang == "ar" and nxt is not None and nxt[0].lang == "ar":
            if nxt[0].role == "t" and nxt[0].value == 10:  # ثلاثة عشر = 13
                v, j = v + 10, j + 1
            elif nxt[0].role == "x" and nxt[1]:  # خمسة وعشرون = 25
                v, j = v + nxt[0].value, j + 1
        hund = number_word(self.key(j)) if self.is_word(j) else None
        if hund and hund[0].role == "h" and hund[0].lang == nw.lang:
            v, j = v * 100, j + 1
        if v >= 100 and v % 100 == 0 and v < 1000:
            v, j = self.after_hundreds(v, j, nw.lang)
        return v, (), j, nw.lang

    def after_hundreds(self, v: float, j: int, lang: str) -> tuple[float, int]:
        """The tens and units after a hundred: "three hundred and fifty", "üç yüz elli beş",
        "ثمانمئة وخمسة وسبعون"."""
        k = j + 1 if lang == "en" and self.key(j) == "and" and self.close(j - 1, j) else j
        if not self.is_word(k) or not self.close(k - 1, k):
            return v, j
        hit = number_word(self.key(k))
        if hit is None or hit[0].lang != lang or hit[0].role == "h" or hit[0].value >= 100:
            return v, j
        w, conj = hit
        if lang == "ar" and not conj:
            return v, j  # (the tens after an Arabic hundred take "و")
        add, k = float(w.value), k + 1
        if w.role == "x" and lang != "ar":  # "fifty-five", "elli beş"
            m = k + 1 if self.key(k) == "-" and self.glued(k) else k
            unit = number_word(self.key(m)) if self.is_word(m) else None
            if unit and unit[0].role == "u" and unit[0].lang == lang and self.close(k - 1, m, " -"):
                add, k = add + unit[0].value, m + 1
        elif w.role == "u" and lang == "ar" and self.is_word(k) and self.close(k - 1, k):
            nxt = number_word(self.key(k))  # "وخمسة وسبعون" = 75, "وثلاثة عشر" = 13
            if nxt is not None and nxt[0].lang == "ar" and nxt[0].role == "x" and nxt[1]:
                add, k = add + nxt[0].value, k + 1
            elif nxt is not None and nxt[0].role == "t" and nxt[0].value == 10 and not nxt[1]:
                add, k = add + 10, k + 1
        return v + add, k

    def unit_after(self, k: int, lang: str) -> tuple[Kind, str, float, int] | None:
        """The unit at token k: (kind, currency family or duration dimension, factor, end)."""
        if not 0 < k < self.n or not self.close(k - 1, k, " -"):
            return None
        kind, key, _, _ = self.t[k]
        if kind == _SYM:
            if key == "%":
                return "percent", "", 1.0, k + 1
            fam = _CUR_SYMBOLS.get(key)
            if fam is not None:
                return "amount", fam, 1.0, k + 1
            if key == "-" and self.glued(k) and self.is_word(k + 1) and self.glued(k + 1):
                u = unit_word(self.key(k + 1))  # "48-hour", "5-day"; "4-year-old" is an age
                if u is not None and (not lang or u.lang == lang) and not u.implied and self.key(k + 3) not in ("old", "olds"):
                    return "duration", u.dim, u.factor, k + 2
            return None
        if kind != _WORD:
            return None
        if key in _PERCENT_WORDS:
            return "percent", "", 1.0, k + 1
        if key == "per" and self.key(k + 1) == "cent":
            return "percent", "", 1.0, k + 2
        if key == "في" and self.key(k + 1) in ("الميه", "المايه"):
            return "percent", "", 1.0, k + 2
        fam = currency_word(key)
        if fam is not None and key in _WORD_CODES and not self.text[self.t[k][2] : self.t[k][2] + 3].isupper():
            fam = None  # "3 yer boş" is three places, "YER" the Yemeni rial
        if fam is not None and not (lang and key in _CUR_CODES and key != "tl"):
            # after a number word only a currency word counts: "bir yer" is "a place"
            return "amount", fam, 1.0, k + 1
        if key in ("p", "pence") and lang in ("", "en") and self.pence(k):
            return "amount", "GBP", 0.01, k + 1
        if key == "turk" and self.key(k + 1).startswith("lira"):  # "Türk lirası"
            return "amount", "TRY", 1.0, k + 2
        abbr = _AR_CUR_ABBR.get((key, self.key(k + 1)))
        if abbr is not None and self.close(k, k + 1, ". "):  # "250 ر.س"
            if abbr == "DIRHAM" and self.text[self.t[k + 1][2] : self.t[k + 1][2] + 1] == "\u0623":
                abbr = "DINAR"  # "96 د.أ" is the Jordanian dinar ("د.إ" the dirham): one key once folded
            return "amount", abbr, 1.0, k + 2
        if key == "or" and lang in ("", "en") and self.key(k + 1) in ("more", "fewer", "less", "longer"):
            inner = self.unit_after(k + 2, lang)  # "7 or more days": a span of 7 days
            return inner if inner is not None and inner[0] == "duration" else None
        if key in ("business", "working", "calendar") and lang in ("", "en"):
            u = unit_word(self.key(k + 1))
            if u is not None and u.lang == "en" and u.factor == DAY:
                return (
                    "duration",
                    (BDAYS if key != "calendar" else MINUTES),
                    (1.0 if key != "calendar" else DAY),
                    k + 2,
                )
            if key != "calendar" and u is not None and u.factor == _H:
                return "duration", MINUTES, _H, k + 2
            return None
        # "I've added 3 free days", "get 3 free days added" (not "the crew has two free days": days open)
        gift = key == "free" and self.key(k - 2) in _GIVING and lang in ("", "en")
        if gift or (key in ("full", "whole", "complete", "clear", "extra", "more", "tam", "ek") and lang in ("", "en", "tr")):
            # "5 full months", "2 more days", "3 tam gün": the unit follows the adjective
            # (or a second one: "9 full unused months")
            step = 2 if self.key(k + 1) in ("unused", "remaining", "paid", "calendar", "free") and lang in ("", "en") else 1
            u = unit_word(self.key(k + step))
            if u is not None and not u.implied and (not lang or u.lang == lang):
                return "duration", u.dim, u.factor, k + step + 1
            return None
        if key == "is" and lang in ("", "tr"):
            u = unit_word(self.key(k + 1))
            if u is not None and u.lang == "tr" and u.factor == DAY:
                return "duration", BDAYS, 1.0, k + 2
            return None
        if key == "takvim" and lang in ("", "tr"):  # "5 takvim günü": calendar days
            u = unit_word(self.key(k + 1))
            if u is not None and u.lang == "tr" and u.factor == DAY:
                return "duration", MINUTES, DAY, k + 2
            return None
        u = unit_word(key)
        if u is None or (lang and u.lang != lang) or (key == "h" and not self.glued(k) and not self._minutes_follow(k)):
            return None
        if key == "h" and self.is_num(k + 1) and self.glued(k + 1):
            # "16h30" is a clock time written the French way, not sixteen hours
            return None
        if key == "h" and (self.key(k + 1) in ("à", "a") or self.key(k - 2) in _FR_TIME_LINK):
            return None  # "de 9h à 11h", "vers 15h": clock times, not spans
        if u.lang == "ar" and u.factor == DAY and self.key(k + 1) in _AR_WORKDAY:
            return "duration", BDAYS, 1.0, k + 2
        if u.implied:  # a dual after a number ("2 يومين") is not a unit reading we trust
            return None
        if key == "day" and self.key(k + 1) in ("ticket", "tickets", "pass", "passes"):
            return None  # "all four day tickets": four tickets for the day, not a four-day span
        return "duration", u.dim, u.factor, k + 1

    def _minutes_follow(self, k: int) -> bool:
        """"2 h 30 min": a spaced "h" is hours when minutes follow it (alone it may be a label)."""
        u = unit_word(self.key(k + 2)) if self.is_num(k + 1) else None
        return u is not None and u.dim == MINUTES and u.factor == 1

    def range_tail(self, i: int, j: int, lang: str) -> tuple[float, int] | None:
        """Second end of a range whose first number ends before token j."""
        if not 0 <= j < self.n:
            return None
        kind, key, _, _ = self.t[j]
        if kind == _SYM and key in "-–—" and self.close(j - 1, j):
            k = j + 1
            if self.key(k) in _CUR_SYMBOLS:  # "$10-$20"
                k += 1
        elif kind == _WORD and key in _RANGE_WORDS and self.close(j - 1, j):
            need = _NEEDS_BETWEEN.get(key)
            if need is not None and self.key(i - 1) != need:
                return None
            k = j + 1
        else:
            return None
        if not self.close(k - 1, k, " "):
            return None
        q = self.quantity(k)
        if q is None or (lang and q[3] and q[3] != lang):
            return None
        return q[0], q[2]

    def date_after(self, j: int) -> tuple[int, str, int] | None:
        """(month, year or "", end) when a month name follows a day number at j."""
        k = j
        if self.key(k) in _ORDINAL_SUFFIX and self.glued(k):
            k += 1
        if self.key(k) == "of":
            k += 1
        if not self.is_word(k) or not self.close(k - 1, k, " ."):
            return None
        key = self.key(k)
        if key in ("كانون", "تشرين") and self.key(k + 1) in ("الاول", "الثاني"):
            mo: int | None = _MONTHS.get(key + "_" + self.key(k + 1))
            k += 1
        else:
            mo = month_word(key)
        if mo is None:
            return None
        k += 1
        if 0 <= k < self.n and self.t[k][0] == _NUM and self.close(k - 1, k, " ,"):
            raw = self.t[k][1]
            if raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100:
                return mo, raw, k + 1
        return mo, "", k

    def weekday_span(self, i: int, j: int) -> int | None:
        """ "Monday 22 - Friday 26 June": two dates sharing the month named after the
        second, with a weekday before it. Emits both; returns the end."""
        k = j
        if self.key(k) not in ("-", "\u2013", "\u2014", "to", "until") or self.key(k + 1) not in _WEEKDAY_KEYS:
            return None
        n = k + 2
        if not (0 <= n < self.n and self.t[n][0] == _NUM and self.t[n][1].isdigit() and 1 <= int(self.t[n][1]) <= 31):
            return None
        d = self.date_after(n + 1)
        if d is None:
            return None
        mo, year, end = d
        first, second = float(mo * 100 + int(self.t[i][1])), float(mo * 100 + int(self.t[n][1]))
        self.emit("date", first, first, year, i, j)
        self.emit("date", second, second, year, n, end)
        return end

    def listed_days(self, i: int, j: int) -> int | None:
        """ "1 ve 8 Mayıs", "1 and 8 May", "9 و11 و13 مايو": days sharing the month named
        after the last one. Emits every date; returns the end of the list."""
        days = [(i, j)]
        k = j
        while 0 <= k < self.n and len(days) < 6:
            key = self.t[k][1]
            if not (key in ("ve", "and", "و", ",", "&", "ile") and self.close(k - 1, k, " ,")):
                break
            n = k + 1
            if not (0 <= n < self.n and self.t[n][0] == _NUM and self.close(k, n, " ")):
                break
            raw = self.t[n][1]
            if not (raw.isdigit() and 1 <= int(raw) <= 31):
                break
            days.append((n, n + 1))
            d = self.date_after(n + 1)
            if d is not None:
                mo, year, end = d
                for a, b in days:
                    val = float(mo * 100 + int(self.t[a][1]))
                    self.emit("date", val, val, year, a, b if (a, b) != days[-1] else end)
                return end
            k = n + 1
        return None

    def left_is_id(self, i: int) -> bool:
        """A number glued to letters or an id prefix (INV-2291, #123, A4) is an id."""
        if not self.glued(i):
            return False
        kind, key, _, _ = self.t[i - 1]
        if kind == _WORD:
            if key == "x" and not self.glued(i - 1) and len(self.key(i)) <= 2:
                return False  # "eggs x6", "oat milk 1L x2": a count of items
            return not (key in _CUR_CODES or key in ("ب", "ل", "ك", "و", "ف"))  # "بـ10"
        if key == "+":
            # "+6.00 EUR per day", "+250 TL": a surcharge; "+44 …" without a currency is not
            q = self.quantity(i)
            unit = self.unit_after(q[2], q[3]) if q is not None else None
            return unit is None or unit[0] not in ("amount", "percent")
        if key == "#":
            return True
        # "INV-2291" is an id; "20 Temmuz-2 Ağustos" is a range of dates
        return bool(
            key == "-" and self.glued(i - 1) and self.is_word(i - 2) and month_word(self.key(i - 2)) is None
        )

    # -- main loop ---------------------------------------------------------------

    def run(self) -> None:
        # most words cannot begin a quantity: one comprehension picks the tokens that can
        starts = [
            i
            for i, (kind, key, _, _) in enumerate(self.t)
            if kind != _WORD or key in _WORD_STARTERS
        ]
        end = 0
        for i in starts:
            if i < end:
                continue  # read as part of the quantity before it
            j = self.step(i)
            end = j if j > i else i + 1

    def step(self, i: int) -> int:
        kind, key, _, _ = self.t[i]
        if kind == _SYM:
            fam = _CUR_SYMBOLS.get(key)
            if (
                fam is not None
                and self.t[i + 1 : i + 2]
                and self.t[i + 1][0] == _NUM
                and self.close(i, i + 1)
            ):
                return self.prefixed(i, "amount", fam)
            if (
                key == "%"
                and self.t[i + 1 : i + 2]
                and self.t[i + 1][0] == _NUM
                and self.glued(i + 1)
            ):
                return self.prefixed(i, "percent", "")
            return i + 1
        if kind == _WORD:
            if key == "yuzde" and self.quantity(i + 1) is not None:
                return self.prefixed(i, "percent", "")
            if (
                key in _CUR_CODES
                and self.t[i + 1 : i + 2]
                and self.t[i + 1][0] == _NUM
                and self.close(i, i + 1)
            ):
                return self.prefixed(i, "amount", _CUR_FAMILIES[key])
            special = self.word_special(i, key)
            if special:
                return special
            if number_word(key) is None and not self.eleven(i):
                return i + 1
        return self.quantity_mention(i)

    def prefixed(self, i: int, kind: Kind, unit: str) -> int:
        """ "$25", "%50", "yüzde 50", "USD 144" (and "$10-$20")."""
        q = self.quantity(i + 1)
        if q is None:
            return i + 1
        v, alts, j, lang = q
        hi = v
        r = self.range_tail(i + 1, j, lang)
        if r is not None and r[0] >= v:  # ("$640 - $150" falls: a subtraction, not a range)
            hi, j = r
        if kind == "amount" and self.key(j) in _CUR_FAMILIES and self.close(j - 1, j):
            j += 1  # "$25 USD"
        self.emit(kind, v, hi, unit, i, j, alts)
        return j

    def word_special(self, i: int, key: str) -> int:
        """Words that are quantities without digits: duals, "an hour", "half", "tomorrow",
        month-first dates ("April 14, 2026")."""
        if _TOMORROW.fullmatch(key):
            self.emit("relative", 1.0, 1.0, "day", i, i + 1)
            return i + 1
        dual_currency = _AR_DUAL_CURRENCY.get(key)
        if dual_currency is not None:
            self.emit("amount", 2.0, 2.0, dual_currency, i, i + 1)
            return i + 1
        u = unit_word(key)
        if u is not None and u.lang == "ar" and not u.implied and self.key(i + 2 if self.key(i + 1) in _AR_WORKDAY else i + 1).startswith("واحد"):
            # "يوم عمل واحداً", "يوم واحد": one (business) day, the number after the noun
            work = self.key(i + 1) in _AR_WORKDAY
            end = i + 3 if work else i + 2
            if work:
                self.emit("duration", 1.0, 1.0, BDAYS, i, end)
            else:
                self.emit("duration", u.factor, u.factor, u.dim, i, end)
            return end
        if u is not None and u.lang == "ar":
            if self.key(i + 2).startswith("طويل"):  # "بعد يوم عمل طويل": a long working day, no span
                return i + 2
            if self.key(i + 1) in _AR_WORKDAY and (u.implied or key == "يوما" or self.key(i - 1) in _AR_DUR_PREPS):
                # يومي عمل = 2 business days; so is the nominative "يوما عمل" (not "يوماً", one day, alone)
                n = float(u.implied or (2 if key == "يوما" else 1))
                if key in _AR_PLURAL_DAYS:
                    # "خلال أيام العمل الخمسة القادمة": the count follows; without one, no span
                    after = number_word(self.key(i + 2))
                    if after is None:
                        return i + 2
                    n = float(after[0].value)
                    self.emit("duration", n, n, BDAYS, i, i + 3)
                    return i + 3
                self.emit("duration", n, n, BDAYS, i, i + 2)
                return i + 2
            if u.implied and key != "يومي":
                n = float(u.implied * u.factor)
                self.emit("duration", n, n, u.dim, i, i + 1)
                return i + 1
            if self.key(i - 1) in _AR_DUR_PREPS and key not in _AR_PLURAL_DAYS:
                # خلال ساعة = within an hour ("بعد أيام من الاستعمال": some days, no count)
                self.emit("duration", u.factor, u.factor, u.dim, i, i + 1)
                return i + 1
            if key == "ساعه" and self.key(i + 1).startswith("و") and number_word(self.key(i + 1)) is not None:
                # "ساعة وأربعين دقيقة": an hour, and the minutes joined to it after
                self.emit("duration", u.factor, u.factor, u.dim, i, i + 1)
                return i + 1
        # "within an hour", and "within the hour": a one-hour window all the same
        # ... and "within the next hour or so"
        if (key in ("a", "an") and self.key(i - 1) in _EN_DUR_PREPS) or (key == "the" and self.key(i - 1) == "within"):
            nxt = i + 2 if key == "the" and self.key(i + 1) == "next" else i + 1
            ua = self.unit_after(nxt, "en")
            if ua is not None and ua[0] == "duration":
                self.emit("duration", ua[2], ua[2], ua[1], i, ua[3])
                return ua[3]
        if key in _HALF:
            k = i + 2 if key == "half" and self.key(i + 1) in ("a", "an") else i + 1
            uh = self.unit_after(k, _HALF[key])
            if uh is not None and uh[0] == "duration":
                self.emit("duration", 0.5 * uh[2], 0.5 * uh[2], uh[1], i, uh[3])
                return uh[3]
        mo = _MONTHS.get(key)
        if mo is not None and key.isascii() and 0 <= i + 1 < self.n and self.t[i + 1][0] == _NUM:
            raw = self.t[i + 1][1]
            if raw.isdigit() and 1 <= int(raw) <= 31 and self.close(i, i + 1):
                k = i + 2
                if self.key(k) in _ORDINAL_SUFFIX and self.glued(k):
                    k += 1
                # "March 9–14, 2026": two dates of one month (not "March 9 - 10:00")
                r = self.range_tail(i + 1, k, "")
                second: tuple[int, int, int] | None = None  # (day, end of the first date, start of the second)
                if r is not None and self.t[r[1] - 1][0] == _NUM and r[0].is_integer() and int(raw) < r[0] <= 31:
                    second, k = (int(r[0]), k, r[1] - 1), r[1]
                year = ""
                if 0 <= k < self.n and self.t[k][0] == _NUM and self.close(k - 1, k, " ,"):
                    y = self.t[k][1]
                    if y.isdigit() and len(y) == 4 and 1900 <= int(y) <= 2100:
                        year, k = y, k + 1
                v = float(mo * 100 + int(raw))
                if second is not None:
                    day, first_end, second_start = second
                    self.emit("date", v, v, year, i, first_end)
                    self.emit("date", float(mo * 100 + day), float(mo * 100 + day), year, second_start, k)
                    return k
                self.emit("date", v, v, year, i, k)
                return k
        return 0

    def pence(self, k: int) -> bool:
        """ "22.90p/kWh", "55p a day", "40 pence": a British price in pence ("5p" alone may
        be a page or a paper size, so a bare "p" needs its "per")."""
        key = self.key(k)
        if key == "pence":
            return True
        after = self.work[self.t[k][3] : self.t[k][3] + 1]
        return key == "p" and (after == "/" or self.key(k + 1) in ("per", "a", "an", "each"))

    def quantity_mention(self, i: int) -> int:
        q = self.quantity(i)
        if q is None:
            return i + 1
        v, alts, j, lang = q
        is_digits = self.t[i][0] == _NUM
        if is_digits and self.left_is_id(i):
            return j
        if is_digits and self.is_word(j) and self.glued(j):
            glued = self.key(j)
            if not (glued in _ORDINAL_SUFFIX or currency_word(glued) or unit_word(glued) or self.pence(j)):
                return j + 1  # "3G", "12B": an id or a model name
        if is_digits and not alts and _is_day(v):
            d = self.date_after(j)
            if d is not None:
                mo, year, k = d
                val = float(mo * 100 + int(v))
                self.emit("date", val, val, year, i, k)
                return k
            listed = self.listed_days(i, j)
            if listed is not None:
                return listed
            spanned = self.weekday_span(i, j)
            if spanned is not None:
                return spanned
        hi, k = v, j
        r = self.range_tail(i, j, lang)
        if r is not None and not is_digits and self.is_num(j + 1):
            r = None  # "حقيبة واحدة حتى ٢٠ كغ": one bag, up to 20 kg (no range runs from a word to digits)
        if r is not None:
            hi, k = r
            d = self.date_after(k) if is_digits and _is_day(v) and _is_day(hi) else None
            if d is not None:  # "6-9 Nisan 2026": two dates sharing a month
                mo, year, end = d
                self.emit("date", mo * 100 + v, mo * 100 + v, year, i, j)
                self.emit("date", mo * 100 + hi, mo * 100 + hi, year, k - 1, end)
                return end
        if r is None and self.key(k) == "and" and self.key(k + 1) == "a" and self.key(k + 2) == "half":
            half = self.unit_after(k + 3, lang)
            if half is not None and half[0] == "duration":  # "three and a half hours"
                lo = (v + 0.5) * half[2]
                self.emit("duration", lo, lo, half[1], i, half[3])
                return half[3]
        u = self.unit_after(k, lang)
        if (
            u is not None and u[0] == "duration" and u[2] == _H and is_digits
            and _CLOCK_DOTTED.fullmatch(self.t[i][1]) and self.key(u[3] - 1).startswith("saat")
        ):
            # "09.30 ve 14.00 saatleri boş": Turkish clock times written with a dot, not spans
            # of hours ("1.50 hours" in English is a span)
            h, mi = (int(x) for x in self.t[i][1].split("."))
            if h <= 24 and mi < 60:
                self.emit("time", float(h * 60 + mi), float(h * 60 + mi), "", i, j)
                return u[3]
        if u is not None and u[0] == "duration" and self.key(u[3] - 1) in ("يوم", "ويوم") and (
            (0 <= u[3] < self.n and self.t[u[3]][0] == _NUM) or self.key(u[3]) in _WEEKDAY_KEYS
        ):
            u = None  # "القوارير الثلاث يوم 14 أبريل", "يوم 25 ويوم 29": "on the day", not a span of days
        if u is None and r is not None:
            if is_digits:
                self.emit("number", v, v, "", i, j, alts)
                self.emit("number", hi, hi, "", k - 1, k)
            return k
        if u is None:
            if self.key(j) in _ORDINAL_SUFFIX and self.glued(j):
                return j + 1
            # bare number words ("one of us", Turkish "on") are not values; nor is a
            # label's number ("clause 7", "البند 7", "Madde 4"): no count to multiply by
            if is_digits and self.key(i - 1) not in _LABEL_WORDS:
                self.emit("number", v, v, "", i, j, alts)
            return j
        ukind, unit, factor, end = u
        if lang == "tr" and v == 1 and ukind == "duration":
            before = self.key(i - 1)
            if before in _TR_BEFORE_ONE or before.endswith(_TR_PARTICIPLE):
                # "böyle bir günde" is "on such a day", not a span of one day; so are
                # "tekrarlanmayacak bir günün", "uygun olduğunuz bir saati" (a participle
                # before the article)
                return j
            last = unit_word(self.key(end - 1))
            if not (self.key(end) in _TR_POSTPOS or (last is not None and last.suffixed)):
                return j  # "bir gün" is also "someday": a span needs "içinde", "sonra", ...
        self.emit(ukind, v * factor, hi * factor, unit, i, end, tuple(a * factor for a in alts))
        return end


_TR_PARTICIPLE = ("acak", "ecek", "iginiz", "ugunuz", "igimiz", "ugumuz")
_WEEKDAY_KEYS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "pazartesi", "sali", "carsamba", "persembe", "cuma", "cumartesi", "pazar",
        "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
    }
)
# words whose number names a thing, not how many (folded keys)
_LABEL_WORDS = frozenset(
    {
        "clause", "section", "article", "paragraph", "item", "step", "rule", "page", "room",
        "gate", "platform", "bay", "locker", "berth", "pier", "door", "floor", "level",
        "seat", "row", "table", "pump", "charger", "lane", "unit", "no",
        "madde", "maddesi", "bolum", "bolumu", "kat", "peron", "kapi", "oda", "masa", "koltuk",
        "sira", "salon", "fikra", "fikrasi",
        # (keys are folded: ة is written ه)
        "البند", "بند", "بالبند", "الماده", "ماده", "الفقره", "فقره",
        "الغرفه", "البوابه", "الطابق", "المقعد", "الرصيف", "الصفحه",
    }
)
_TR_BEFORE_ONE = frozenset(
    # "uygun bir güne kaydırırım": an adjective before "bir" makes it the article
    ["boyle", "oyle", "soyle", "bu", "o", "ayni", "ozel", "onemli", "guzel", "zor", "baska", "herhangi",
     "uygun", "musait", "farkli", "yeni", "sonraki", "ileri", "belirli", "ayri", "bos"]
)
_STARTERS = frozenset(
    [k for k in _NUM_WORDS if k.isascii()]
    + [k for k in _MONTHS if k.isascii()]
    + list(_CUR_CODES)
    + ["yuzde", "a", "an", "the", "half", "yarim", "tomorrow", "yarin", "yarina", "yarindan", "yarinki"]
)


def _arabic_starters() -> frozenset[str]:
    """Every Arabic spelling `number_word` or `unit_word` reads (with the clitics), the
    word for half and the words for tomorrow: one set lookup per Arabic word."""
    bases = [k for k in (*_NUM_WORDS, *_AR_UNITS) if "\u0600" <= k[0] <= "\u06ff"]
    spellings = {*bases, *(p + k for k in bases for p in (*_AR_CLITICS, *_AR_DEFINITE))}
    found = {w for w in spellings if number_word(w) or unit_word(w)}
    number_word.cache_clear()
    unit_word.cache_clear()
    return frozenset(found | {k for k in _HALF if "\u0600" <= k[0] <= "\u06ff"})


_AR_STARTERS = _arabic_starters()
_AR_TOMORROW = frozenset(["غدا", "الغد", "بالغد", "بكره", "بكرا"])  # the Arabic words of _TOMORROW


# A currency noun in the dual is an amount of two ("ديناران لكل قارورة" = 2 dinars a bottle).
_AR_DUAL_CURRENCY = {
    p + base + end: fam
    for base, fam in (("دينار", "DINAR"), ("ريال", "RIYAL"), ("دولار", "USD"), ("درهم", "DIRHAM"), ("جنيه", "EGP"))
    for end in ("ان", "ين")
    for p in ("", *_AR_CLITICS)
}


_AR_ELEVEN_STARTERS = frozenset(p + w for w in _AR_ELEVEN for p in ("", "و", "ب", "ل", "ف", "وب"))


def _other_starter(key: str) -> bool:
    """Arabic words that may begin a quantity (number words, duals, units, "tomorrow")."""
    return "\u0600" <= key[0] <= "\u06ff" and (
        key in _AR_STARTERS or key in _AR_TOMORROW or key in _AR_DUAL_CURRENCY or key in _AR_ELEVEN_STARTERS
    )


# the words that may begin a quantity, in any script: one set lookup per word token
# (_STARTERS are ASCII, the Arabic ones begin with an Arabic letter, so this set holds a
# word exactly when `key in _STARTERS or _other_starter(key)`)
_WORD_STARTERS = _STARTERS | _AR_STARTERS | _AR_TOMORROW | _AR_DUAL_CURRENCY.keys() | _AR_ELEVEN_STARTERS


def _is_day(v: float) -> bool:
    return float(v).is_integer() and 1 <= v <= 31


def _tw(word: str) -> str:
    """A folded Arabic word as a pattern: vowel marks fold to tatweel, between any letters."""
    return "\\s+".join("\u0640*".join(re.escape(c) for c in part) + "\u0640*" for part in word.split())


_AR_ORDINAL_HOURS = {
    "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6,
    "السابعه": 7, "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11,
    "الحاديه عشر": 11, "الثانيه عشره": 12, "الثانيه عشر": 12,
}  # fmt: skip
_AR_PART = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15}
_AR_PM = ("مساء", "عصر", "ليل", "العصر", "الليل", "المساء")
_AR_CLOCK_WORDS = re.compile(
    _tw("الساعه")
    + r"\s+(?P<h>"
    + "|".join(_tw(w) for w in sorted(_AR_ORDINAL_HOURS, key=len, reverse=True))
    # ("الساعة 5:00 مساءً": the clock figure with its evening word)
    + r"|\d{1,2}(?::[0-5]\d)?(?=\s+(?:من\s+)?(?:صباح|مساء|ظهر|عصر|ليل|فجر|الصباح|المساء|الظهر|العصر|الليل|الفجر)))"
    + r"(?:\s+و\u0640*(?P<part>"
    + "|".join(_tw(w) for w in _AR_PART)
    + r"))?(?:\s+(?:من\s+)?(?P<ap>"
    + "|".join(_tw(w) for w in ("صباحا", "صباح", "مساء", "مساءا", "ظهرا", "الظهر", "عصرا", "العصر", "ليلا", "الليل", "فجرا", "الفجر", "المساء", "الصباح"))
    + r"))?"
)


def _arabic_clock_words(work: str, text: str, out: list[Mention]) -> str:
    """"الساعة العاشرة مساءً" is 22:00: record it and blank it out of `work`."""
    if "\u0633\u0627\u0639" not in work.replace("\u0640", ""):
        return work
    for m in _AR_CLOCK_WORDS.finditer(work):
        key = re.sub(r"\s+", " ", m["h"].replace("\u0640", ""))
        key, _, minutes = key.partition(":")
        h = int(key) if key.isdigit() else _AR_ORDINAL_HOURS[key]
        if h > 12:
            continue
        mi = int(minutes) if minutes else _AR_PART.get((m["part"] or "").replace("\u0640", ""), 0)
        ap = (m["ap"] or "").replace("\u0640", "")
        alts: tuple[float, ...] = ()
        if ap.startswith(_AR_PM) or ((ap.endswith("ظهر") or ap == "ظهرا") and h < 6):
            h = h % 12 + 12
        elif not ap and h < 12:
            alts = (float((h + 12) * 60 + mi),)  # no "morning"/"evening": either reading
        v = float(h % 24 * 60 + mi)
        out.append(Mention("time", v, v, "", m.start(), m.end(), text[m.start() : m.end()], alts))
        work = work[: m.start()] + " " * (m.end() - m.start()) + work[m.end() :]
    return work


# "the next working day", "ertesi iş günü", "يوم العمل التالي": one business day
_NEXT_WORKDAY = re.compile(r"\bnext (?:working|business) day\b|\bertesi is gun\w*|يوم العمل التالي")
# "half price", "yarı fiyatına", "بنصف السعر": a 50% discount or share, said in words
_HALF_PRICE = re.compile(
    r"\bhalf[- ](?:price|off)\b|\bhalf (?:of )?(?:the|your|its) (?:price|cost|fee|amount|deposit|charge|fare)\b"
    r"|\byari (?:fiyat\w*|ucret\w*|yariya)|(?<!\w)[بو]?\u0646\u0635\u0641 (?:\u0627\u0644\u0633\u0639\u0631|\u0627\u0644\u062b\u0645\u0646|\u0627\u0644\u0642\u064a\u0645\u0647|\u0627\u0644\u0645\u0628\u0644\u063a|\u0627\u0644\u0631\u0633\u0648\u0645)"
)


# "ücretin 1/40'ı", "1/4 of the price", "1/3 من المبلغ": a share, not a date
_FRACTION = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,3})(?![\d/])(?='(?:[iu]|s[iu])\b|\s+(?:of|من)\s)")


def _fractions(work: str, text: str, out: list[Mention]) -> str:
    for f in _FRACTION.finditer(work):
        num, den = int(f.group(1)), int(f.group(2))
        if 0 < num < den:
            v = round(100 * num / den, 4)
            out.append(Mention("percent", v, v, "", f.start(), f.end(), text[f.start() : f.end()]))
            work = work[: f.start()] + " " * (f.end() - f.start()) + work[f.end() :]
    return work


# "one fifth of the weekly rate", "aylık ücretin beşte biri": a share in words ("half" is _HALF_PRICE's)
_WORD_FRACTION = re.compile(
    r"\b(?:one|a) (third|quarter|fifth|sixth|tenth)\b(?= of (?:the |your |its |their |each |every |a |an )?(?:[\w-]+ ){0,2}"
    r"(?:rate|price|fee|cost|amount|charge|bill|deposit|total|payment|premium|hire|rent|fare)s?\b)"
    # (not "ikide bir", every so often, nor "onda bir sorun", a problem with it)
    r"|\b(?:\w+(?:in|un|nin|nun) )?(ucte|dortte|beste|altida) (?=bir\w*\b)"
)
_WORD_SHARE = {
    "third": 33.3333, "quarter": 25.0, "fifth": 20.0, "sixth": 16.6667, "tenth": 10.0,
    "ucte": 33.3333, "dortte": 25.0, "beste": 20.0, "altida": 16.6667,
}  # fmt: skip


def _word_fractions(work: str, text: str, out: list[Mention]) -> None:
    for f in _WORD_FRACTION.finditer(work):
        v = _WORD_SHARE[f.group(1) or f.group(2)]
        out.append(Mention("percent", v, v, "", f.start(), f.end(), text[f.start() : f.end()]))


@lru_cache(maxsize=8192)
def extract(text: str) -> tuple[Mention, ...]:
    """Every quantity in `text`, in order of position (cached: policy passages repeat)."""
    out: list[Mention] = []
    work = fold(text)
    if "/" in work:
        work = _fractions(work, text, out)
    work = _prepass(_arabic_clock_words(work, text, out), text, out)
    _Parser(text, work, out).run()
    if "next" in work or "ertesi" in work or "التالي" in work:
        for n in _NEXT_WORKDAY.finditer(work):
            out.append(Mention("duration", 1.0, 1.0, BDAYS, n.start(), n.end(), text[n.start() : n.end()]))
    if any(map(work.__contains__, ("third", "quarter", "fifth", "sixth", "tenth", "te bir", "da bir"))):
        _word_fractions(work, text, out)
    if "half" in work or "yari" in work or "نصف" in work:
        for h in _HALF_PRICE.finditer(work):
            out.append(Mention("percent", 50.0, 50.0, "", h.start(), h.end(), text[h.start() : h.end()]))
    out.sort(key=lambda m: m.start)
    if " old" in work or "yasinda" in work:
        # "at 11 years old", "8 yaşında": an age, not a span
        out = [m for m in out if not (m.kind == "duration" and _AGE_AFTER.match(work, m.end))]
    if " a week" in work or " a day" in work:
        # "Our vans run … seven days a week", "24 hours a day": every day, not a span
        out = [
            m for m in out
            if not (m.kind == "duration" and m.lo in (7 * DAY, 24 * 60) and not m.is_range and _EVERY_DAY_AFTER.match(work, m.end))
        ]
    if "the one " in work or "that one " in work:
        # "on the one day that mattered most": a day singled out, not a span
        out = [m for m in out if not (m.kind == "duration" and _SINGLED_OUT.search(work, max(0, m.start - 5), m.start) and _SINGLED_OUT_AFTER.match(work, m.end))]
    if "طفل" in work:
        # "أما طفل الثلاث سنوات فمجاناً": an age, not a span
        out = [m for m in out if not (m.kind == "duration" and _AGE_BEFORE.search(work, max(0, m.start - 12), m.start))]
    if "bir " in work:
        # "başka planınız olmayan bir güne koymanız": "a day" as a noun, not a span ("2 güne kadar" is one)
        out = [m for m in out if not (_A_DAY_TR.fullmatch(work, m.start, m.end) and not _UNTIL_TR.match(work, m.end))]
    return tuple(_joined_hours_and_minutes(text, out))


_AGE_AFTER = re.compile(r"\s+(?:old\b|yasinda\w*)")
# (a child named by age: "طفل الثلاث سنوات"; not a policy's threshold: "من عمر 6 سنوات")
_AGE_BEFORE = re.compile(r"(?<!\w)(?:طفل|الطفل|طفله)\s+$")
_EVERY_DAY_AFTER = re.compile(r" a (?:week|day)\b")
_SINGLED_OUT = re.compile(r"\b(?:the|that) $")
_SINGLED_OUT_AFTER = re.compile(r"\s+(?:that|when|which|of|we|you|i|it|she|he|they)\b")
_A_DAY_TR = re.compile(r"bir (?:gune|gunun|saate|saatin|haftaya|aya|gecede)")
_UNTIL_TR = re.compile(r"\s+(?:kadar|dek|degin)\b")


# "2 saat 10 dakika", "2 hours and 5 minutes", "ساعتين و10 دقائق": one span, not two
_HOURS_MINUTES_GAP = re.compile(r"\s*(?:and|ve|و)?\s*")


def _joined_hours_and_minutes(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == m.kind == "duration"
            and prev.unit == m.unit == MINUTES
            and prev.lo == prev.hi
            and m.lo == m.hi
            and 0 < prev.lo < DAY
            and prev.lo % 60 == 0
            and 0 < m.lo < 60
            and _HOURS_MINUTES_GAP.fullmatch(text, prev.end, m.start)
        ):
            total = prev.lo + m.lo
            out[-1] = replace(prev, lo=total, hi=total, end=m.end, text=text[prev.start : m.end], alts=())
        else:
            out.append(m)
    return out


_DOLLAR_CODE = re.compile(r"usd|aud|cad|nzd|sgd|hkd")


def format_value(m: Mention) -> tuple[float | list[float] | str, str]:
    """A readable (value, unit) for reports: durations in their largest exact unit."""
    if m.kind == "date":
        md = int(m.lo)
        day = f"{md // 100:02d}-{md % 100:02d}"
        return (f"{m.unit}-{day}" if m.unit else f"--{day}"), "date"
    if m.kind == "time":
        return f"{int(m.lo) // 60:02d}:{int(m.lo) % 60:02d}", "time of day"
    if m.kind == "relative":
        return "tomorrow", "day"
    unit = m.unit
    div = 1.0
    if m.kind == "duration":
        if m.unit == MINUTES:
            for name, size in (("weeks", _W), ("days", DAY), ("hours", _H), ("minutes", 1)):
                if m.lo % size == 0 and m.hi % size == 0:
                    unit, div = name, size
                    break
        else:
            unit = "business days" if m.unit == BDAYS else "months"
    elif m.kind == "percent":
        unit = "%"
    elif m.kind == "amount" and unit == "USD":
        # every dollar shares one family for matching ("$64.90" is "64.90 AUD"); the report
        # names the dollar the reply wrote
        written = _DOLLAR_CODE.search(m.text.lower())
        unit = written.group(0).upper() if written else "$"
    lo, hi = m.lo / div, m.hi / div
    return ([lo, hi] if m.is_range else lo), unit
