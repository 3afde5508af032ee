"""What a case backs, for the grounded check (R7): the refund, credit, waiver and
exception families a text names, and the values the sources and the customer's message
state, with the values a step or two of arithmetic leads to (`Backing.derived`,
`_derived_dates`, `_spans`). Kept apart from the check so that each reads in one sitting.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from ...text import letter_runs
from ..langs.gate import Needled
from ..numbers import (
    BDAYS,
    DAY,
    MINUTES,
    MONTHS,
    SMALL_COUNT_WORDS,
    Mention,
    extract,
    fold,
    month_word,
)

# ------------------------------------------------------------------ concept families

# Concepts are matched on `numbers.fold` output (same length, so offsets stay valid: lower
# case, Turkish in ASCII, one spelling of each Arabic letter, vowel marks as tatweel).
# Latin patterns sit in one alternation per first letter behind a single word-start check,
# so the engine rejects most positions at once. Arabic words are found by their stem,
# and the proclitics before it (و ف ب ل ك ال, verb prefixes) are checked afterwards.

# family -> (patterns a reply commits with, extra patterns that back it in a source)
_LATIN: dict[str, tuple[list[str], list[str]]] = {
    "refund": (
        # "iade göndereceğiniz ürünler", "iade kargosu": goods sent back, not money
        ["refund", "reimburs", r"money back\b", r"see (?:the |your )?(?:full )?(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*(?: [a-z]{3})?) back\b", r"pa(?:y|id) (?:you )?back\b", r"due (?:you )?(?:[£$€]|\d)[\d.,]*(?: [a-z]{3})? back\b", r"owed? (?:you )?(?:[£$€]|\d)[\d.,]*(?: [a-z]{3})? back\b", r"iade(?!\w*\s+(?:gonder|kargo|paket|etiket|kodu|urun))", "geri ode",
         # "tutar 5 iş günü içinde kartınıza yansıyacak": money going back (not "kartınıza yansıyan ücret")
         r"kart\w* (?:geri )?yansi(?:yacak|tildi|tacag)\w*", r"hesab\w* (?:geri )?yansi(?:yacak|tildi|tacag)\w*"],
        [
            r"credited back",
            # "tutar … karta geri yansır", "karta ödeme yapılır", "tazminat … karta ödenir" (each opening
            # with a letter: the alternation is grouped by its first letter)
            r"kart\w* (?:geri )?yansi\w*", r"hesab\w* (?:geri )?yansi\w*",
            r"kart\w* (?:\S+ )?odeme yapil\w*", r"hesab\w* (?:\S+ )?odeme yapil\w*",
            r"karta oden(?:ir|ecek)\b", r"hesaba oden(?:ir|ecek)\b",
            r"returned to (?:the|your) (?:original )?(?:card|payment)",
            r"(?:get|gets|paid|given) (?:\S+ ){0,6}back\b",
            # "can claim travel costs up to 20.00 GBP, paid by bank transfer": repaid
            r"claim\w* (?:\S+ ){0,3}(?:costs?|expenses?)\b",
        ],
    ),
    "credit": (
        [
            # (not praise: "the credit really goes to Jo", "all the credit")
            r"(?<!all the )(?<!the )credit(?:s|ed|ing)?\b(?! cards?\b)(?! (?:really |all )?goes to\b)",
            r"compensat(?!\w* claim)",  # ("I've logged a compensation claim": taken up, not given)
            r"vouchers?\b",
            r"gift ?cards?\b",
            "discount",
            r"coupons?\b",
            r"off (?:each of |all of |every one of )?your next\b",  # "£10 off each of your next three cleans"
            # money given back for the trouble, beyond what the policy repays: "Yaşattığımız bu zahmet için ayrıca
            # bir günlük kira bedeliniz olan 240 TL'yi de kartınıza iade ettim"; "yaşadığınız mağduriyet nedeniyle … iade ediyorum"
            r"zahmet\w* (?:icin|nedeniyle|dolayi\w*) ayrica (?:\S+ ){0,10}?iade (?:ettim|ediyorum|edecegim)\b",
            r"magduriyet\w* (?:icin|nedeniyle|dolayi\w*) (?:\S+ ){0,12}?iade (?:ettim|ediyorum|edecegim)\b",
            r"kredi(?!\w*\s+kart)",
            "tazminat",
            "indirim",
            "hediye ceki",
            "kupon",
            # (not the verb: "bunu telafi etmek için elimizden geleni yapacağız" names no credit)
            # (nor "yaşayamamanızın telafisi zor": hard to make up for, nothing given)
            r"telafi(?! et| ed)(?!\w* (?:zor|imkansiz|mumkun degil|yok)\b)",
        ],
        # "tazmin edilir": compensation is paid; "20% off the session price": a discount
        # ... and "telafi edilir" in a policy: it makes up for the failure
        # ... and "yeni randevunun bedelinden düşülür": taken off what they pay next
        [r"credit note", r"goodwill\b", r"tazmin\w*", r"off\b(?<=% off)", r"telafi (?:et|ed)\w*", r"(?:bedel|ucret|tutar|fatura)\w* (?:\S+ ){0,3}dusul\w*",
         r"indiril\w*"],  # "işçilik ücretinin %30'u indirilir": a discount given
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
            # "I've booked your daughter two free catch-up lessons"
            r"(?:a|one|two|three|four|five|\d+) (?:extra |additional |more )?free (?:[\w-]+ )?(?:lessons?|sessions?|classes?|months?|weeks?|nights?|visits?|tickets?|passes?|rides?|washes?|upgrades?|games?|rounds?|appointments?)\b",
            "ucretsiz",
            r"bedava\b",
            "muaf",
            r"exempt(?:s|ed|ion)?\b",  # "delays caused by declared road closures are exempt"
            # "for customers who've just moved we include it free", "we'll re-fit it free"
            r"(?:it|them) free\b(?! of\b)",
        ],
        [
            r"free\b",
            # "Taksit: 3 aya kadar vade farksız"; "keşif ücreti … iş onaylanırsa işçilik bedelinden düşülür"
            r"farksiz\b", r"faizsiz\b", r"komisyonsuz\b", r"(?:bedel|ucret|tutar|fatura)\w* (?:\S+ ){0,3}dusul\w*",
            r"no further charge",
            r"no further [\w ]{0,30}charged\b",  # "no further boxes are sent or charged"
            r"neither charged\b",  # "paused months are neither charged nor shipped"
            # "Lessons missed by the tutor are refunded or replaced": the replacement costs nothing
            r"(?:refunded or replaced|replaced or refunded)\b",
            # "Cancellation stops the next renewal": no charge on the renewal date
            r"stops (?:the |any )?(?:next |further )?(?:renewal|charge|billing|payment)s?\b",
            r"garanti(?:si|li)\b",  # "6 ay parça ve işçilik garantisi": a warranty repair is free
            r"not (?:be )?charged\b",
            r"ucret alinmaz",
            r"(?:ek )?ucret alinmadan",
            r"no [\w-]+(?: [\w-]+)? (?:fee|charge)s?\b",  # "with no early-termination fee"
            # "etkilenen öğrencilere ek oturum açılır": a make-up session given, in kind
            r"ek (?:oturum|ders|seans)\w* (?:acil|veril|tanimlan|duzenlen)\w*",
            # "iade kargosu Sayfadaş tarafından karşılanır", "return postage is paid by us": free to the customer
            r"(?:tarafindan|tarafimizdan|sirketimizce) karsilan\w*",
            r"(?:is|are) (?:covered|paid for|paid) by us\b",
            r"(?:extra|additional|replacement|make-up) (?:session|lesson|class)e?s? (?:is|are) (?:offered|provided|arranged|given|scheduled)\b",
        ],
    ),
    "exception": (
        # ("a one-off fee of 2,250 TL" is charged once: no exception)
        ["exception", r"one[- ]off\b(?! (?:fee|charge|payment|cost|price|event|occasion|party|project|job|show|performance|trip|use))", r"as a one[- ]time\b", "istisna", "bir defaya mahsus"],
        [r"manager'?s? (?:approval|call|decision)\b", r"at the agent'?s discretion\b", r"tek seferlik"],
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
    ("refund", "سترد", rf"(?!{_T}\s+(?:علي|على))", _VERB),  # not "ستردّ عليكِ" (she will answer you)  # استرداد، تسترد، المسترد، سنسترد
    ("refund", "سترج", "", _VERB),
    # not "إذا رددتَ عليّ" (if you reply to me)
    ("refund", "رددت", rf"(?!{_T}\s+(?:علي|على))", frozenset(_CONJ)),
    ("refund", "اعاده", r"\s+المبلغ", _NOUN),
    # "أعدتُ إليك 435 ريالاً": money handed back (not "أعدت لك جدولة الموعد")
    ("refund", "اعدت", rf"(?={_T}\s+(?:ال[يى]ك\w*|لك\w*)\s+(?:ال)?(?:مبلغ|[0-9]))", frozenset(_CONJ)),
    ("refund", "ارجاع", r"\s+المبلغ", _NOUN),
    ("credit", "رصيد", "", _NOUN),
    ("credit", "تعويض", "", _NOUN),
    ("credit", "قسيمه", "", _NOUN),
    ("credit", "كوبون", "", _NOUN),
    ("credit", "خصم", rf"(?:ا{_T})?(?!\w)", _NOUN),  # the noun: تُخصم (is deducted) is a verb
    ("credit", "تخفيض", "", _NOUN),  # "تخفيضات نهاية الموسم"
    ("waiver", "مجان", "", _NOUN),
    (
        "waiver",
        "دون",
        rf"\s+(?:ا{_T}ي{_T}\s+)?(?:\S+\s+(?:او|و)\s*)?ر{_T}س{_T}و{_T}م",  # "دون فوائد أو رسوم إضافية"
        frozenset({"", "و", "ف", "ب", "وب", "فب"}),
    ),
    ("waiver", "بلا", rf"\s+ر{_T}س{_T}و{_T}م", frozenset(_CONJ)),
    ("waiver", "لا", rf"\s+ر{_T}س{_T}و{_T}م", frozenset(_CONJ)),  # "لا رسوم إلغاء"
    # "فلن تكون عليك أي رسوم"، "لا توجد أي رسوم": no fee, said as a fact
    (
        "waiver",
        "ل",
        rf"(?:ا|ن)\s+(?:توجد|يوجد|تكون|يكون|تدفع\w*|تتحمل\w*|تترتب|ت{_T}ح{_T}ت{_T}س{_T}ب|ي{_T}ح{_T}ت{_T}س{_T}ب|ت{_T}ف{_T}ر{_T}ض|ي{_T}ف{_T}ر{_T}ض)\s+(?:عليك\w*\s+)?(?:ا{_T}ي{_T}\s+)?ر{_T}س{_T}و{_T}م",
        frozenset(_CONJ),
    ),
    ("waiver", "اعفا", "", _NOUN),  # اعفاء، اعفاؤك
    (
        "waiver",
        "عفي",
        "",
        # ("وتُعفى منها العضوة عند تقديم ما يثبت الانتقال": the policy's own waiver)
        frozenset({"ا", "وا", "فا", "سا", "سن", "سي", "ن", "ي", "ت", "وت", "وي", "فت", "م", "الم"}),
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


# half the replies name no refund, credit, waiver or exception: a substring test spares
# them the scan (in a source, the words that back a concept are too many for that)
_REPLY_LATIN = Needled(re.compile(r"(?<!\w)(?:" + _trie([p for f in _LATIN.values() for p in f[0]]) + ")"))
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
# A policy returning money with the plain verb (يُرد / تُرد / يَرُدّ / يُعاد / يُرجع + the money or where it goes).
_AR_RETURN_MONEY = re.compile(
    # the verb (يُرد، تُعاد، يُرجع) or the noun رد ("يحق لها رد المبالغ المحصلة بالخطأ")
    # ("ورد المبلغ" is "the amount arrived": no و before the noun)
    "(?<![\u0621-\u064a])(?:[وف]?[يتن]\u0640*(?:ر\u0640*د\u0640*(?:ه\u0640*)?|ع\u0640*ا\u0640*د|ر\u0640*ج\u0640*ع)|(?:ب|ال)?رد\u0640*)\\s+(?:\\S+\\s+){0,3}?"
    # ... or a share of it: "يُرد لهم 30% من سعر التذكرة"
    "(?:نقدا|نقدي|كاملا|كامله|بالكامل|المبلغ|مبلغ|المبالغ|مبالغ|الفرق|فرق|فروق|الرسوم|رسوم|الرسم|رسم|قيمه|قيمت|ثمن|الدفعات|الدفعه|دفعات|العربون|عربون|التامين|الوديعه|الخصم المكرر|ال[يى] بطاقه|ال[يى] البطاقه|ال[يى] وسيله|ال[يى] حساب|للعميل|نصف|[0-9\u0660-\u0669]+(?:[.,][0-9]+)?\\s*%)"
)
# a discount given names its size or what it applies to: "خصم 30%"، "خصماً بواقع 4 دراهم"، "خصم على فاتورتك"
_AR_DISCOUNT_GIVEN = re.compile(
    "[\u0621-\u064a\u0640]*\\s+(?:\\S+\\s+)?(?:[0-9\u0660-\u0669]|%|على|علي|بقيمه|بنسبه|بواقع|قدره|خاص|اضافي|اضافيا)"
)
_AR_RARE_EVENT = re.compile("(?<![\u0621-\u064a])(?:حاله|ظرف|ظروف|حالات|اوضاع|وضع|يوم|ايام)\\s+$")
_AR_DEDUCTING = re.compile("(?:بعد|مع|ناقص|عند)\\s+$")
_AR_REVERSED = re.compile("ع\u0640*ك\u0640*س\u0640*\\s+(?:ال)?(?:خصم|عمليه|مبلغ|دفع)")
_AR_PERCENT_OFF = re.compile("\\s*[0-9]+\\s*%\\s+عل[يى]")
_AR_TAKEN_FROM = re.compile("[\u0621-\u064a\u0640]*\\s+من\u0640*(?:ك|كم|كن)\u0640*(?![\u0621-\u063f\u0641-\u064a])")
_AR_DEDUCT_FROM_BILL = re.compile(
    "(?<![\u0621-\u064a])[وف]?[يت]\u0640*خ\u0640*ص\u0640*م\u0640*\\s+(?:\\S+\\s+){0,2}?من\\s+(?:ال)?(?:فاتوره|فواتير|اشتراك|قيمه)"
)
_AR_FEE_DROPPED = re.compile(
    _stem("رسوم")
    + "[^.]{0,30}(?:"
    + "|".join(_stem(w) for w in ("تلغي", "يلغي", "تسقط", "لا تطبق", "لا تستحق"))
    + ")|(?:"
    + "|".join(_stem(w) for w in ("تلغي", "تسقط", "يعفي", "تعفي"))
    + ")\\s+(?:من\\s+)?(?:ال)?"
    + _stem("رسوم")
)
# "ولا تُفرض رسوم إلغاء"، "لا تُحتسب أي رسوم": no fee, the verb first
_AR_NO_FEE = re.compile(
    "(?<![\u0621-\u064a])[وف]?(?:لا|لن)\\s+(?:"
    + "|".join(_stem(w) for w in ("تفرض", "يفرض", "تحتسب", "يحتسب", "تستحق", "يستحق", "تطبق", "يطبق"))
    + ")\\s+(?:ا" + _T + "ي" + _T + "\\s+)?" + _stem("رسوم")
)
# A policy paying the customer money for a failure: "يدفع المكتب للعميل 100 ريال عن كل
# يوم تأخير", "pays the customer 10.00 per day", "müşteriye günlük 100 TL ödenir"
_PAYS_CUSTOMER = re.compile(
    r"\bpays? (?:the )?customer\b|\bmusteriye (?:\S+ ){0,3}?(?:oder|odenir|odeme yapar)\b"
    "|[يت]\u0640*د\u0640*ف\u0640*ع\\S*\\s+(?:\\S+\\s+){0,2}?للعميل"
)
# "الرسوم المكررة تُعاد كرصيد … أو إلى البطاقة": the money named before the passive verb
_AR_MONEY_RETURNED = re.compile(
    "(?:الرسوم|رسوم|المبالغ|المبلغ|القيمه|فروق|الفروق|الفرق|العربون|عربون)\\s+(?:\\S+\\s+){0,6}?[وف]?[يت]\u0640*(?:ع\u0640*ا\u0640*د|ر\u0640*د\u0640*د?|س\u0640*ت\u0640*ر\u0640*د)\u0640*(?:ه|ها|هم)?(?![\u0621-\u064a])"
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
        family, stem, _, prefixes = _ARABIC[k]
        ws = m.start()
        while ws > 0 and ("\u0621" <= folded[ws - 1] <= "\u064a" or folded[ws - 1] == "\u0640"):
            ws -= 1
        if folded[ws : m.start()].replace("\u0640", "") not in prefixes:
            continue
        if stem == "استثن" and _AR_RARE_EVENT.search(folded, max(0, ws - 12), ws):
            continue  # "حالة استثنائية": an exceptional event described (not "كحالة استثنائية", as an exception)
        if family == "credit" and _AR_DEDUCTING.search(folded, max(0, ws - 8), ws) and not _AR_PERCENT_OFF.match(folded, m.end()):
            # "بعد خصم رسوم الفحص": a fee taken off the refund, not a credit given (but "مع خصم
            # 20% على الخدمة المتأثرة" is a discount on the service)
            continue
        if stem == "خصم" and not source and (
            not _AR_DISCOUNT_GIVEN.match(folded, m.end()) or _AR_TAKEN_FROM.match(folded, m.end())
        ):
            # "خُصم مبلغك", "فالخصم كان خطأً", "فخُصم منكِ 42.75 ريالاً مرتين": money taken
            # from the customer, not a discount given
            continue
        out.append((ws, _word_end(folded, m.end()), frozenset((family,))))
    return out


def _word_end(text: str, i: int) -> int:
    """Extend a match to the end of its last word ("waiv" -> "waived")."""
    m = _WORD_REST.match(text, i)
    return m.end() if m is not None else i


_WORD_REST = re.compile(r"\w*")


# A clause that refuses, negates or asks is not a commitment (checked on normalised text).
_NEGATION_BEFORE = re.compile(
    # ("there's nothing to pay and nothing to refund")
    r"\b(?:not|never|nothing|cannot|can't|won't|isn't|aren't|don't|doesn't|didn't|unable|unfortunately|afraid)\b"
    r"|n't\b|\bnon-?$|\b(?:rather than|instead of)\b"
    r"|(?:^|\s)[وف]?(?:لا|لن|لم|ليس|ليست|لسنا|غير|يتعذر|تعذر|للاسف)(?:\s|$)"
)
_NEGATION_AFTER_TR = re.compile(
    r"\b(?:degil\w*|yok|olmaz|maalesef)\b"
    r"|\w+(?:m[ae]y[ae]c[ae]\w*|m[iu]yor\w*|m[ae]z\b|m[ae]d[iu]\w*|[ae]m[ae]z\w*|[ae]m[iu]yor\w*)"
)
_TR_QUESTION = re.compile(r"\bm[iu](?:s[iu]n[iu]z|s[iu]n|y[iu]m|y[iu]z)?\b")
_TR_LETTERS = re.compile("[ğışİĞŞ]")
# Asking someone who can decide (RUBRIC R14) or passing on the customer's request is not
# promising the outcome: "I've asked my manager to approve an exception".
_ESCALATION = re.compile(
    r"\b(?:manager|supervisor|team lead|escalat\w*|approv\w*|yonetici\w*|mudur\w*|amir\w*|onay\w*)\b"
    r"|مدير|مشرف|موافق|رفعت|طلبت\u0640*\s+منه|طلبنا\u0640*\s+من"
)
# the outcome of an escalation, promised only if it is granted: "If it's a yes, I'll refund the 45.00 GBP"
_ON_APPROVAL = re.compile(
    r"\s*(?:if (?:it's|it is) (?:a yes|approved)|if (?:she|he|they|the (?:\w+ )?manager) (?:agrees?|approves?|says? yes)"
    r"|(?:talebiniz )?onaylanirsa|onay (?:cikarsa|gelirse)|(?:اذا|في حال) (?:تمت )?(?:الموافقه|وافق))"
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
_CANCEL_WORDS = ("cancel", "iptal", "الغا", "تلغ", "يلغ")


# ------------------------------------------------------------------ what the case backs


def _cents(v: float) -> int:
    return round(v * 100)


_ONE_IN = re.compile(r"1\s?/\s?(\d{1,2})$")


_EITHER = re.compile(r"\b(?:or|veya|ya da|yahut)\b|(?<!\w)(?:او|أو)(?!\w)")


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
    # readings of the shorter end of a stated range of time ("1-7 iş günü": 1), and every
    # other duration reading: a promise the first alone backs is the best case, promised
    range_lows: set[tuple[str, int]] = field(default_factory=set)
    firm_durations: set[tuple[str, int]] = field(default_factory=set)
    minute_spans: set[int] = field(default_factory=set)  # stated spans under a day, in minutes
    spans_1day: bool = False  # some duration of at most a day (backs "tomorrow")
    dates: set[tuple[int, str]] = field(default_factory=set)
    times: set[int] = field(default_factory=set)
    hours: set[int] = field(default_factory=set)
    tomorrow: bool = False
    concepts: set[str] = field(default_factory=set)
    full: bool = False  # "in full" / "tam" / "كامل": backs 100%
    month_end: bool = False  # "at the end of the month": backs the last day of a stated month
    daily: bool = False  # a price shared per day ("calculated per day of the month"): set by grounded
    tax_included: bool = False  # prices stated with their tax in ("شاملاً ضريبة القيمة المضافة 15%"): set by grounded
    day_before: bool = False  # "24 hours before departure": backs the day before a stated date
    weekdays: set[int] = field(default_factory=set)  # weekdays named (0 Monday): "Pazartesi alsam"
    examples: dict[str, list[str]] = field(default_factory=dict)
    # amounts the reply worked out itself (grounded's shown working): no charge was taken
    # twice in them, so they are not doubled
    shown_amounts: frozenset[int] = frozenset()
    moments: set[int] = field(default_factory=set)  # a date with its clock time, in minutes
    # the days inside a stated range of dates ("valid March 9–14"), as (month*100+day, year)
    inside: set[tuple[int, str]] = field(default_factory=set)
    range_days: set[int] = field(default_factory=set)  # ... and each range's days, both ends counted
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
            share = _ONE_IN.match(m.text)
            if share is not None and 2 <= int(share.group(1)) <= 31:
                # "aylık ücretin 1/30'u": a share in cents of a percent loses the exact third
                # (390 TL / 30 is 13.00, 3.33% of it 12.99); the divisor keeps it
                self.counts.add(int(share.group(1)))
        elif m.kind == "duration":
            for i, v in enumerate(values):
                keys = _duration_keys(m.unit, v)
                self.durations.update(keys)
                low = i == 0 and m.is_range and not _EITHER.search(m.text)  # "6 or 12 months": two terms
                (self.range_lows if low else self.firm_durations).update(keys)
                if (m.unit == MINUTES and v <= DAY) or (m.unit == BDAYS and v <= 1):
                    self.spans_1day = True
                if m.unit == MINUTES and 0 < v < DAY and float(v).is_integer():
                    self.minute_spans.add(int(v))
                # business days are a processing time: no price is counted in them
                # ("refunded within 2 business days" does not make half of 12 a figure)
                if m.unit != BDAYS and (m.unit != MINUTES or v % DAY == 0):
                    self.counts.update(int(x) for x in _duration_counts(m.unit, v))
                    self.day_counts.update(int(x) for x in _duration_counts(m.unit, v))
                if m.unit == MINUTES and v % (7 * DAY) == 0 and 2 <= v // (7 * DAY) <= 52:
                    self.counts.add(int(v // (7 * DAY)))  # "an 8-week pack for 3,600": 450 a week
        elif m.kind == "date":
            self.dates.update((int(v), m.unit) for v in values)
            self.dates.update((int(v), "") for v in values)
        elif m.kind == "time":
            self.times.update(int(v) for v in values)
        elif m.kind == "relative":
            self.tomorrow = True

    def merge(self, other: Backing) -> None:
        """Add what `other` backs (as if its texts had been read after this one's)."""
        for kind, texts in other.examples.items():
            mine = self.examples.setdefault(kind, [])
            mine.extend(t for t in texts if t not in mine)
        self.amounts.extend(other.amounts)
        self.unit_prices.extend(other.unit_prices)
        # spelled out, not a loop over fields(): this runs for every source of every case
        self.numbers |= other.numbers
        self.counts |= other.counts
        self.quantities |= other.quantities
        self.day_counts |= other.day_counts
        self.month_days |= other.month_days
        self.message_numbers |= other.message_numbers
        self.percents |= other.percents
        self.durations |= other.durations
        self.range_lows |= other.range_lows
        self.firm_durations |= other.firm_durations
        self.minute_spans |= other.minute_spans
        self.dates |= other.dates
        self.times |= other.times
        self.hours |= other.hours
        self.concepts |= other.concepts
        self.weekdays |= other.weekdays
        self.moments |= other.moments
        self.inside |= other.inside
        self.range_days |= other.range_days
        self.spans_1day = self.spans_1day or other.spans_1day
        self.tomorrow = self.tomorrow or other.tomorrow
        self.full = self.full or other.full
        self.month_end = self.month_end or other.month_end
        self.day_before = self.day_before or other.day_before

    def moment_gaps(self) -> set[int]:
        """Minutes between two stated moments (a date with its time): a request received
        Wednesday 19:30 for a visit Thursday 09:00 came 13 hours 30 minutes ahead."""
        stamps = sorted(self.moments)
        return {b - a for i, a in enumerate(stamps) for b in stamps[i + 1 :] if 0 < b - a <= 30 * DAY}

    def month_gaps(self) -> set[int]:
        """Whole calendar months between two stated dates (requested 15 May, cover ends
        31 December: June to December, 7 months)."""
        default = int(self.default_year())
        stamps = sorted({(int(y or default), md // 100, md % 100) for md, y in self.dates})
        out: set[int] = set()
        for i, (y1, m1, _d1) in enumerate(stamps):
            for y2, m2, _d2 in stamps[i + 1 :]:
                months = (y2 - y1) * 12 + m2 - m1
                for n in (months - 1, months):
                    if 2 <= n <= 24:
                        out.add(n)
        return out

    def default_year(self) -> str:
        """The year the stated dates give most often: a date stated without one takes it."""
        years = [y for _, y in self.dates if y]
        return max(set(years), key=years.count) if years else "2025"

    def calendar_days(self) -> list[date]:
        """The stated dates as days, in order (impossible ones, such as 31 June, left out)."""
        default = self.default_year()
        days: set[date] = set()
        for md, year in self.dates:
            with contextlib.suppress(ValueError):
                days.add(date(int(year or default), md // 100, md % 100))
        return sorted(days)

    def next_day_stated(self) -> bool:
        """Two stated dates a day apart (booked 3 June, charged again 4 June)."""
        ordered = self.calendar_days()
        return any((b - a).days == 1 for a, b in pairwise(ordered))

    def day_gaps(self) -> set[int]:
        """Whole days between two stated dates, up to a month (18 to 21 April: 3)."""
        ordered = self.calendar_days()
        return {
            (b - a).days for i, a in enumerate(ordered) for b in ordered[i + 1 :] if 2 <= (b - a).days <= 31
        }

    def month_lengths(self) -> set[int]:
        """The days in each month a stated date falls in (April: 30): a month's price
        "per day of the month" is shared over them."""
        return {calendar.monthrange(d.year, d.month)[1] for d in self.calendar_days()}

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
            if len(items) <= 8:  # three stated day counts in a row: 3 days + 2 more + 7 after = 12
                self._sums |= {
                    (da, va + vb + vc)
                    for i, (da, va) in enumerate(items)
                    for j, (db, vb) in enumerate(items[i + 1 :], i + 1)
                    for dc, vc in items[j + 1 :]
                    if da == db == dc == MINUTES and max(va, vb, vc) <= DAY * 100 * 31 and min(va, vb, vc) >= DAY * 100
                }
            self._sums |= {
                (da, abs(va - vb))
                for i, (da, va) in enumerate(items)
                for db, vb in items[i + 1 :]
                if da == db == MINUTES and va != vb and max(va, vb) < DAY * 100
            }  # "8 hours a month, 3 used": 5 left (hours only: day spans differ by accident)
            self._sums |= _spans(self)
            # a stated span and the minutes between two stated times: a 30-minute lesson
            # that started 9 minutes late, made up next time: 39 minutes
            gaps = self._time_gaps()
            if gaps and len(self.minute_spans) <= 12:
                for x in self.minute_spans:
                    for g in gaps:
                        self._sums |= _duration_keys(MINUTES, x + g) | _duration_keys(MINUTES, abs(x - g))
        return self._sums

    def _time_gaps(self) -> set[int]:
        """Minutes between two stated clock times on one day (or a night)."""
        times = sorted(self.times)
        gaps = {b - a for i, a in enumerate(times) for b in times[i + 1 :] if 0 < b - a < DAY}
        # across midnight, for a night call-out: logged 23:02, arrived 00:36 is 94 minutes
        return gaps | {DAY - g for g in gaps if DAY - g <= 6 * 60}

    def date_ok(self, md: int, year: str) -> bool:
        """A stated date, or one a stated date and a stated span lead to (19 June + two
        nights = 21 June; "a recheck after 2 weeks" from 8 May = 22 May), or the last day
        of a stated month where the sources say "at the end of the month"."""
        if (md, year) in self.dates or (md, "") in self.dates or md % 100 in self.month_days:
            return True  # a date stated without its year ("5 Mayıs'ta") backs it in any year
        if self._dates is None:
            self._dates = _derived_dates(self)
        return (md, year) in self._dates or (md, "") in self._dates

    def eves(self) -> dict[tuple[int, str], date]:
        """The day before each stated date, where a source sets a deadline one day before
        ("amend up to 24 hours before the original departure"): 3 July 2026 gives 2 July."""
        if not self.day_before:
            return {}
        default = self.default_year()
        out: dict[tuple[int, str], date] = {}
        for md, year in self.dates:
            with contextlib.suppress(ValueError):
                x = date(int(year or default), md // 100, md % 100) - timedelta(days=1)
                out[(x.month * 100 + x.day, str(x.year))] = x
                out[(x.month * 100 + x.day, "")] = x
        return out

    def time_ok(self, t: int) -> bool:
        """A stated time, or one a stated span away from it ("30 minutes before 08:00")."""
        if t in self.times:
            return True
        spans = {v // 100 for dim, v in self.durations if dim == MINUTES and 0 < v // 100 < DAY}
        return any((t - s) % DAY in self.times or (t + s) % DAY in self.times for s in spans)

    def time_gaps(self) -> set[int]:
        """Minutes between two stated clock times."""
        return self._time_gaps()

    def whole_hours(self) -> set[int]:
        """The full hours between two stated clock times of one day: 13:00 to 19:30 is 6."""
        return {g // 60 for g in self._time_gaps() if 60 <= g <= 24 * 60}

    def derived(self) -> set[tuple[int, str]]:
        """Amounts one step away from the stated ones (see the module docstring)."""
        if self._derived is None:
            out: set[tuple[int, str]] = set()
            base = list(dict.fromkeys(self.amounts))
            # "60.00 for up to 12 m², plus 4.50 per extra m²": 15 m² is 3 extra
            small_gaps = {g for g in self.quantity_gaps() if g <= 20}
            # what is left of a pack ("12 sessions, 4 attended": 8 left) counts too
            counts = self.counts | self.quantity_gaps() | self.month_gaps() | self.day_gaps()
            # an amount is shared over stated counts, not over the days between two dates
            divisors = counts - (self.day_gaps() - self.counts)
            if self.daily:  # April's 69.00 "per day of the month" is 2.30 a day
                divisors |= self.month_lengths()
            for n, (a, fa) in enumerate(base):
                for b, fb in base[n + 1 :]:
                    if fa and fb and fa != fb:
                        continue
                    fam = fa or fb
                    out.add((_cents(abs(a - b)), fam))
                    out.add((_cents(a + b), fam))
                    # a cap of one amount plus a stated share, and what the other exceeds it
                    # by: "estimate 180 plus 10% is 198; the bill of 262 is 64 over"
                    # and what one amount is over a share of the other: 40 charged, 8% of 400
                    # due, 8 over
                    for p in self.percents:
                        out.add((_cents(abs(b - a * (10000 + p) / 10000)), fam))
                        out.add((_cents(abs(a - b * (10000 + p) / 10000)), fam))
                        out.add((_cents(abs(b - a * p / 10000)), fam))
                        out.add((_cents(abs(a - b * p / 10000)), fam))
                        # a share of what is left after a deductible: 90% of (1,870 - 250)
                        out.add((_cents(abs(a - b) * p / 10000), fam))
                        # a fee refunded with a share of the order: 5 + 50% of 135
                        out.add((_cents(a + b * p / 10000), fam))
                        out.add((_cents(b + a * p / 10000), fam))
                    # two steps the policy itself implies: a price difference per night
                    # times the nights, a service plus a per-wheel add-on twice
                    for c in self.day_counts | {q for q in self.quantities if q <= 6}:
                        out.add((_cents(abs(a - b) * c), fam))
                    for c in self.counts | small_gaps:
                        out.add((_cents(a + b * c), fam))
                        out.add((_cents(b + a * c), fam))
                        # what a pack saves: 4 lessons at 1,100 or the 4-lesson pack at 4,000
                        # (not twice: "3,430 less 250 twice" is the classic double deduction)
                        if c >= 3:
                            out.add((_cents(abs(a * c - b)), fam))
                            out.add((_cents(abs(b * c - a)), fam))
                for p in self.percents:
                    out.add((_cents(a * p / 10000), fa))
                    out.add((_cents(a * (10000 + p) / 10000), fa))  # the amount plus p%
                    out.add((_cents(a * (10000 - p) / 10000), fa))  # what is left after p% off
                    if self.tax_included:
                        # a price with p% tax included, taken apart: 312.50 "including 15% VAT"
                        # is 271.74 before tax and 40.76 of tax
                        out.add((_cents(a * 10000 / (10000 + p)), fa))
                        out.add((_cents(a - a * 10000 / (10000 + p)), fa))
                    for c in counts:  # 30% of two tickets at 350; two at 59.00 less a 10% fee
                        out.add((_cents(a * c * p / 10000), fa))
                        out.add((_cents(a * c * (10000 - p) / 10000), fa))
                    for c in divisors:  # 20% of the nightly rate of a 7-night, 210,000 charter
                        out.add((_cents(a / c * p / 10000), fa))
                for c in counts:
                    out.add((_cents(a * c), fa))
                for c in divisors:
                    out.add((_cents(a / c), fa))
            # a price stated per unit times any count the case states (60 photos x 0.10 EUR);
            # other amounts only take small counts, so stray numbers don't back a figure
            units = list(dict.fromkeys(self.unit_prices))
            for n, (a, fa) in enumerate(units):
                # ... and a few of it: "1.50 EUR per transfer", two transfers: 3.00 EUR
                # (and the days from one stated date to another, both counted: £1.00 a day, 7-11 November)
                # ... and the whole hours between two stated times: 40 TL for each full hour
                # over, 13:00 to 19:30, is 240
                for q in self.quantities | {2, 3, 4} | {g + 1 for g in self.day_gaps() if g < 60} | self.whole_hours():
                    out.add((_cents(a * q), fa))
                # ... and a measured quantity: 8.2 m² of wall at 4.50 GBP per m²
                out.update((_cents(a * n / 100), fa) for n in self.numbers if n % 100 and n < 100000)
                # two prices per guest: the difference for every guest (90 x (82 - 68))
                for b2, fb in units[n + 1 :]:
                    if not (fa and fb and fa != fb):
                        out.update((_cents(abs(a - b2) * q), fa or fb) for q in self.quantities)
            # a share of a stated period's price: "two days of a 390 riyal, 30-day cycle" is 26
            # ... or of a course of stated weeks or months: 7 of 12 weeks of a 6,000 term
            terms = {c for c in self.counts if c in (8, 10, 12, 24, 52)}
            # ... or of a month's price a day at a time ("the daily rate (monthly fee / 30)"),
            # for the days of a stated range ("degraded Monday-Wednesday May 11-13": 3 days)
            if 30 in self.counts:
                for a, fa in base:
                    out.update((_cents(a * c / 30), fa) for c in self.range_days if c < 30)
            # (and of a ticket of a few days: 2 unused days of a 3-day, 5,400 pass)
            periods = [d for d in self.day_counts | terms if 2 <= d <= 52]
            shares = {c for c in self.counts if 1 <= c < 31}
            if self.daily:
                # "aylık ücret / ayın gün sayısı" for 21-31 May: 11 of May's 31 days
                periods += sorted(self.month_lengths() - set(periods))
                shares |= self.range_days
            if periods:
                for a, fa in base:
                    out.update((_cents(a * c / d), fa) for d in periods for c in shares if c < d)
                if 12 in periods:
                    # the months left of a year between two stated dates: "Mayıs–Aralık, sekiz ay" of 2.400 / 12
                    for a, fa in base:
                        out.update((_cents(a * c / 12), fa) for c in self.month_gaps() if c < 12)
            # time lost out of a priced span: "a 5-hour trip (06:00-11:00) for 1,500, started
            # at 07:30": 1.5 of 5 hours is 450; and an hourly rate over minutes: 45 minutes at
            # 20.00 an hour is 15.00
            spans = self.minute_spans | self._time_gaps()
            if spans and len(spans) <= 12:
                wholes = spans | {60}
                # ... and the time left of it: "90 minutes for 270, lights out after 60": 30 of 90 is 90
                stated = self.minute_spans
                spans = spans | {w - x for x in stated for w in stated if x < w}
                for a, fa in base:
                    out.update((_cents(a * x / w), fa) for x in spans for w in wholes if x < w)
            # a per-minute price over the minutes between two stated times, with or without a
            # stated fee on top: "1.00 to unlock plus 27 minutes (14:05-14:32) at 0.15" is 5.05
            gaps = self._time_gaps()
            if gaps and len(gaps) <= 12:
                for u, fu in units:
                    for g in gaps:
                        if g <= 600:
                            out.add((_cents(u * g), fu))
                            out.update((_cents(a + u * g), fa) for a, fa in base if not (fa and fu and fa != fu))
            # three stated amounts added up: "52.00 + 3.49 postage + 2.95 fee, refunded in full"
            if 3 <= len(base) <= 8:
                for n, (a, fa) in enumerate(base):
                    for m, (b2, fb) in enumerate(base[n + 1 :], n + 1):
                        for c2, fc in base[m + 1 :]:
                            fams = {f for f in (fa, fb, fc) if f}
                            if len(fams) <= 1:
                                out.add((_cents(a + b2 + c2), next(iter(fams), "")))
            # two stated prices, each for as many as the customer's message counts, added up:
            # "12 kids and 3 adults" at 7.00 and 10.00 is 114.00
            asked = sorted({c // 100 for c in self.message_numbers if c % 100 == 0 and 1 <= c // 100 <= 200})
            if 2 <= len(asked) <= 6 and len(base) <= 8:
                for a, fa in base:
                    for b2, fb in base:
                        if a != b2 and not (fa and fb and fa != fb):
                            out.update((_cents(a * c1 + b2 * c2), fa or fb) for c1 in asked for c2 in asked if c1 != c2)
            # an amount charged twice: "120 TL taken again at the gate: 240 TL in all"
            out.update((_cents(a * 2), fa) for a, fa in base if _cents(a) not in self.shown_amounts)
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
            if gap >= 120:  # 10:05 to 20:00: "about ten hours" (half an hour is not "an hour")
                out |= _duration_keys(MINUTES, (gap + 30) // 60 * 60)
    days = b.calendar_days()[:12]
    for i, d1 in enumerate(days):
        for d2 in days[i + 1 :]:
            gap = (d2 - d1).days
            if gap > 400 or gap < 2:
                continue  # (see `next_day_stated`: one day apart backs "a day", not "24 hours")
            out |= _duration_keys(MINUTES, gap * DAY)
            out |= _duration_keys(MINUTES, gap // 7 * 7 * DAY)  # 5 to 20 March: "over two weeks"
            if gap >= 14 and (gap + 1) % 7 >= 5:
                # a course from Monday 12 January to Friday 6 March, its last week a working
                # week: "eight weeks" (not 5 to 20 March: "three weeks" is one day over two)
                out |= _duration_keys(MINUTES, -(-gap // 7) * 7 * DAY)
            months = (d2.year - d1.year) * 12 + d2.month - d1.month
            whole = d1.day == d2.day or (d1.day == 1 and (d2 + timedelta(days=1)).day == 1)
            if whole:
                out |= _duration_keys(MONTHS, months + (d1.day == 1 and d2.day != 1))
    return out


def plus_months(base: date, n: int) -> date | None:
    """The same day `n` months on (back when negative); None where that month lacks the day."""
    y, m = divmod(base.month - 1 + n, 12)
    try:
        return date(base.year + y, m + 1, base.day)
    except ValueError:
        return None


def plus_business_days(base: date, n: int) -> date:
    """`n` business days after `base` (before it when `n` is negative)."""
    x, step = base, (1 if n > 0 else -1)
    while n:
        x += timedelta(days=step)
        n -= step * (x.weekday() < 5)
    return x


def _cycle_dates(bases: list[date]) -> set[date]:
    """Monthly cycle boundaries inside a stated period ("15 Şubat 2025 - 14 Şubat 2026":
    15 Aralık, and 14 Aralık the day before): the start's day in each month, and its eve."""
    out: set[date] = set()
    for a in bases:
        for b in bases:
            if not 58 <= (b - a).days <= 370:
                continue
            for k in range(1, 13):
                x = plus_months(a, k)
                if x is None:
                    continue
                if x > b:
                    break
                out |= {x, x - timedelta(days=1)}
    return out


def _derived_dates(b: Backing) -> set[tuple[int, str]]:
    default = b.default_year()
    days = {v // 100 // DAY for dim, v in b.durations if dim == MINUTES and v % (100 * DAY) == 0}
    # a one-day span ("within 24 hours") moves no stated date; a long one ("180 gün") only forward
    days = {d for d in days if 2 <= d <= 366}
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
        if b.tomorrow:
            # "materials are posted by 18:00 the next day" after the 20 July outage: 21 July
            x = base + timedelta(days=1)
            out.add((x.month * 100 + x.day, str(x.year)))
        if b.month_end:
            nxt = date(base.year + base.month // 12, base.month % 12 + 1, 1)
            last = nxt - timedelta(days=1)
            out.add((last.month * 100 + last.day, str(last.year)))
        for d in days:
            for sign in (1, -1) if d <= 92 else (1,):
                x = base + timedelta(days=sign * d)
                out.add((x.month * 100 + x.day, str(x.year)))
            # ... and the named weekday after it: "paid in the next Friday run once the
            # 14-day return window (from 15 April) closes" is Friday 1 May
            for wd in b.weekdays:
                closes = base + timedelta(days=d)
                run = closes + timedelta(days=(wd - closes.weekday()) % 7 or 7)
                out.add((run.month * 100 + run.day, str(run.year)))
            # the last day of a stay counted inclusively: "10 days from 1 July" is 1 to 10 July
            x = base + timedelta(days=d - 1)
            out.add((x.month * 100 + x.day, str(x.year)))
        # the next day a named weekday falls on after a stated date: "can I collect on
        # Monday?" after Friday 12 June is 15 June
        for wd in b.weekdays:
            x = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
            out.add((x.month * 100 + x.day, str(x.year)))
        # any day within a stated span of up to two weeks ("any weekday within 5 working
        # days" of 20 May backs 22 May), counting business days as the calendar does
        for n in within:
            for k in range(1, n + 1):
                x = base + timedelta(days=k)
                out.add((x.month * 100 + x.day, str(x.year)))
        for n in bdays:
            x = plus_business_days(base, n)
            out.add((x.month * 100 + x.day, str(x.year)))
            if n >= 2:  # a deadline before a stated date ("5 iş günü önce"); one day back moves none
                x = plus_business_days(base, -n)
                out.add((x.month * 100 + x.day, str(x.year)))
        # the last day of the month before a stated first: "until 31 May" when the
        # renewal is on 1 June
        if base.day == 1:
            x = base - timedelta(days=1)
            out.add((x.month * 100 + x.day, str(x.year)))
        # a stated date plus a stated number of months, or plus the span of a stated
        # period ("extended by the month you froze": 31 Dec -> 31 Jan)
        for n in months:
            later = plus_months(base, n)
            if later is not None:
                out.add((later.month * 100 + later.day, str(later.year)))
    bases = []
    for md, year in b.dates:
        with contextlib.suppress(ValueError):
            bases.append(date(int(year or default), md // 100, md % 100))
    out |= {(x.month * 100 + x.day, str(x.year)) for x in _cycle_dates(bases)}
    # the day a stated span of hours ends, from a stated moment: "created 14 April 21:05",
    # "reviewed within 12 hours": 15 April, 09:05
    hours = {v // 100 for dim, v in b.durations if dim == MINUTES and v % 100 == 0 and 60 <= v // 100 < 3 * DAY}
    for moment in b.moments:
        for h in hours:
            x = _EPOCH + timedelta(days=(moment + h) // DAY)
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
    # "paid on the first business day after the window closes": one business day on
    (
        ("first business day", "next business day", "first working day", "next working day",
         "ilk is gunu", "ertesi is gunu", "sonraki is gunu", "اول يوم عمل", "يوم العمل التالي"),
        BDAYS,
        1.0,
    ),
]


class _PassageFacts(NamedTuple):
    full: bool  # says "in full"
    periods: frozenset[tuple[str, int]]  # "annual", "monthly": terms it names
    tomorrow: bool  # "the next day" / "the same day": backs "tomorrow"
    month_end: bool  # "end of the month"
    dual: bool  # an Arabic dual noun ("تذكرتان", "حصتين"): a count of two
    month_day: frozenset[int]  # "billed on the 1st of each month": that day of any month
    counted: frozenset[int]  # counts written in words ("three transactions", "üç işlem")
    half: bool  # "half the fee", "yarısı", "نصف الرسوم": backs 50%
    month_starts: frozenset[int]  # "from the beginning of April", "Nisan başından": the 1st
    weekdays: frozenset[int]  # weekdays it names (0 is Monday)
    day_before: bool  # "up to 24 hours before departure": backs the day before a stated date


# A refund the passage refuses: "non-refundable", "are not refunded", "iade edilmez",
# "ولا تُرد قيمتها نقداً". Unless a condition goes with it ("not refunded unless…", "if you
# cancel late"), such a passage backs no refund of that money.
_REFUSED_BEFORE = re.compile(
    r"(?:\bnon-?|\b(?:not|no|never|cannot|nor)\b(?:\s+\S+){0,2}\s*|n't(?:\s+\S+){0,2}\s*)$"
    r"|(?:^|\s)[وف]?(?:لا|لن|غير|ليس|ليست)\s+(?:\S+\s+)?$"
)
_REFUSED_AFTER_TR = re.compile(
    r"\w*\s*(?:\S+\s+)?\w*(?:m[ae]z\b|m[ae]m[ae]kt[ae]\w*|[ae]m[ae]z\w*|m[ae]y[ae]c[ae]k\w*|yapilmaz|yok\w*|mumkun degil)"
)
_REFUSED_AR_INSIDE = re.compile("(?:^|\\s)[وف]?(?:لا|لن|غير)\\s")
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|except|only|when|after|before|within|eger|ancak|disinda|halinde|durumunda|sadece|yalnizca)\b"
    # "Haber verilmeden gelinmeyen randevularda kapora iade edilmez": in those cases only
    r"|\b\w+(?:larda|lerde)\b"
    r"|(?:^|\s)[وف]?(?:اذا|إذا|الا|إلا|ما لم|في حال|عند|قبل|بعد|خلال)(?:\s|$)"
)
# a part of what was paid, refused: what is left of it is paid back
_A_PART = re.compile(
    r"\b(?:shipping|postage|delivery|(?:booking|admin\w*|registration|service|processing|handling) (?:fee|charge)s?|kargo\w*|nakliye\w*|(?:hizmet|kayit|islem) (?:bedel|ucret)\w*)\b"
    r"|(?<!\w)(?:ال)?(?:شحن|توصيل)|رسوم (?:ال)?(?:حجز|شحن|توصيل|خدمه|تسجيل|اداريه)"
)
_CLAUSE_SPLIT = re.compile(r"[.;:!?\n,،؛]|\band\b|\bbut\b|\bve\b|\bama\b")


def _refund_refused(folded: str) -> bool:
    """Whether every refund the passage names is refused outright."""
    hits = [(s, e) for s, e, f in concept_mentions(folded, source=True) if "refund" in f]
    if not folded.isascii():
        hits += [
            m.span()
            for pat in (_AR_RETURN_MONEY, _AR_REVERSED, _AR_MONEY_RETURNED)
            for m in pat.finditer(folded)
        ]
    if not hits:
        return False
    for s, e in hits:
        start = max((m.end() for m in _CLAUSE_SPLIT.finditer(folded, 0, s)), default=0)
        stop = _CLAUSE_SPLIT.search(folded, e)
        clause = folded[start : stop.start() if stop else len(folded)]
        if _CONDITIONAL.search(clause):
            return False
        before = folded[start:s]
        if _A_PART.search(clause):
            return False  # "original shipping is non-refundable": the rest of the order is refunded
        if not (
            _REFUSED_BEFORE.search(before)
            or _REFUSED_AFTER_TR.match(folded, e)
            or _REFUSED_AR_INSIDE.search(folded[s:e])
        ):
            return False
    return True


@lru_cache(maxsize=8192)
def _passage_concepts(text: str) -> frozenset[str]:
    """The refund / credit / waiver / exception families one source passage (or message)
    backs; cached, and apart from `_passage_facts`: only a reply that names one of them
    asks (half the replies name none)."""
    folded = fold(text)
    fams = frozenset(f for _, _, hit in concept_mentions(folded, source=True) for f in hit)
    arabic = not folded.isascii() and _HAS_ARABIC.search(folded) is not None
    if arabic and (_AR_COMPENSATE_VERB.search(folded) or _AR_DEDUCT_FROM_BILL.search(folded)):
        fams |= {"credit"}  # "يُعوَّض" backs "تعويض"; "يُخصم من الفاتورة التالية" backs "خصماً على فاتورتك"
    if arabic and _AR_RETURN_MONEY.search(folded):  # "يُرد الفرق إلى وسيلة الدفع" backs "رددتُ"
        fams |= {"refund"}
    if arabic and _AR_REVERSED.search(folded):  # "يُعكس الخصم تلقائياً" backs "استرجاع المبلغ"
        fams |= {"refund"}
    if arabic and _AR_MONEY_RETURNED.search(folded):  # "الرسوم المكررة تُعاد … إلى البطاقة" backs "أعدتُ المبلغ"
        fams |= {"refund"}
    if _gated(_PAYS_CUSTOMER, folded, ("pay", "musteriye", "للعميل")):  # "يدفع المكتب للعميل 100 ريال …": compensation
        fams |= {"credit"}
    if arabic and _AR_NO_FEE.search(folded):  # "ولا تُفرض رسوم إلغاء" backs "دون أي رسوم إلغاء"
        fams |= {"waiver"}
    if arabic and _AR_FEE_DROPPED.search(folded):  # "رسوم 100 ريال، وتُلغى للعملاء…" backs "لن تدفع رسوم"
        fams |= {"waiver"}
    if "refund" in fams and _refund_refused(folded):
        fams -= {"refund"}
    if "exception" in fams and _exceptions_decided_elsewhere(folded):
        fams = (fams - {"exception"}) | {EXCEPTION_BY_DECIDER}
    if "waiver" in fams and _waivers_need_approval(folded):
        fams = (fams - {"waiver"}) | {WAIVER_BY_APPROVAL}
    if _passage_facts(text).full and "refund" in fams and any(map(folded.__contains__, _CANCEL_WORDS)):
        fams |= {"waiver"}  # cancelling with everything refunded is cancelling without a charge
    return fams


@lru_cache(maxsize=8192)
def repays_actual_cost(text: str) -> bool:
    """Whether a passage repays the actual cost ("as per the receipt"); apart from
    `_passage_facts`: only a reply that gives an amount the customer named asks."""
    return _gated(_PER_RECEIPT, fold(text), _RECEIPT_WORDS)


@lru_cache(maxsize=8192)
def _passage_facts(text: str) -> _PassageFacts:
    """What one source passage (or message) states beyond its numbers and concepts;
    cached, since policy passages repeat across cases."""
    folded = fold(text)
    # Each pattern runs only where a word it needs occurs: a substring test is a
    # hundred times cheaper than a scan with a leading \b alternation.
    arabic = not folded.isascii() and _HAS_ARABIC.search(folded) is not None
    periods = frozenset(
        key
        for words, dim, v in _PERIOD_WORDS
        if any(map(folded.__contains__, words))
        for key in _duration_keys(dim, v)
    )
    return _PassageFacts(
        _gated(_FULL_WORDS, folded, ("full", "tam", "كامل")),
        periods,
        _gated(_NEXT_OR_SAME_DAY, folded, _NEXT_OR_SAME_DAY_WORDS),
        _gated(_MONTH_END, folded, ("month", "sonu", "ayin son", "شهر")),
        arabic
        and (
            (("تان" in folded or "تين" in folded) and _AR_DUAL.search(folded) is not None)
            or _AR_DUAL_MASCULINE.search(folded) is not None
        ),
        frozenset(
            int(d)
            for m in (_MONTH_DAY.finditer(folded) if any(map(folded.__contains__, _MONTH_DAY_WORDS)) else ())
            for d in m.groups()
            if d and 1 <= int(d) <= 31
        )
        | ({1} if _gated(_FIRST_OF_MONTH, folded, _MONTH_DAY_WORDS) else set()),
        frozenset(_word_counts(folded)),
        _gated(_HALF_WORD, folded, ("half", "yari", "نصف")),
        frozenset(_month_starts(folded)),
        frozenset(_weekdays_named(folded)),
        _gated(_DAY_BEFORE, folded, ("before", "once", "قبل", "until the end", "sonuna kadar")),
    )


# A policy that names who decides exceptions ("İstisnalar yalnızca stüdyo müdürünün
# onayıyla yapılabilir", "لا استثناءات إلا بموافقة مدير العمليات") gives the agent no
# exception to grant: it backs a reply that takes the case to that person, not "I've
# made an exception this once" in a reply that names nobody who decides.
_EXCEPTION_WORD = re.compile(r"exception|istisna|\u0627\u0633\u062a\u062b\u0646")
_DECIDER = re.compile(
    r"manager|director|lead\b|supervisor|owner|board|approv|decide|decision|refer|request"
    r"|mudur|yonetic|amir|kurul|onay|karar|talep"
    r"|\u0645\u062f\u064a\u0631|\u0645\u0634\u0631\u0641|\u0645\u0648\u0627\u0641\u0642|\u064a\u0642\u0631\u0631|\u0637\u0644\u0628|\u0644\u0627 \u0627\u0633\u062a\u062b\u0646\u0627\u0621"
    r"|\bno exceptions?\b|istisna (?:yapilmaz|uygulanmaz|yoktur)"
)
_CLAUSE_END = re.compile(r"[.;!?\n]")


EXCEPTION_BY_DECIDER = "exception:decided elsewhere"


def _exceptions_decided_elsewhere(folded: str) -> bool:
    """Every sentence of the passage that names an exception also names who decides it
    (or that there is none)."""
    named = [part for part in _CLAUSE_END.split(folded) if _EXCEPTION_WORD.search(part)]
    return bool(named) and all(_DECIDER.search(part) is not None for part in named)


WAIVER_BY_APPROVAL = "waiver:on approval"
# approval by someone named, not the customer's request ("refunded on request" is the rule)
_NEEDS_APPROVAL = re.compile(
    r"\bapproval\b|\bapproved by\b|\bdiscretion\b|onayina tabi|onayiyla|onayi ile|onayi gerek"
    "|\u0628\u0645\u0648\u0627\u0641\u0642\u0647|\u0645\u0648\u0627\u0641\u0642\u0647 (?:\u0627\u0644)?\u0645\u062f\u064a\u0631"
)


def _waivers_need_approval(folded: str) -> bool:
    """Every sentence of the passage that gives something free also makes it subject to
    someone's approval ("Ücretsiz kutu tanımlamak kalite müdürünün onayına tabidir")."""
    named = [
        part
        for part in _CLAUSE_END.split(folded)
        if any("waiver" in fams for _, _, fams in concept_mentions(part, source=True))
    ]
    return bool(named) and all(_NEEDS_APPROVAL.search(part) is not None for part in named)


# A reply that takes the exception to whoever decides it names them or the referral.
REFERRAL = re.compile(
    r"manager|director|supervisor|owner|board|team lead|referr|escalat|approv"
    r"|mudur|yonetic|amir|kurul|onay"
    r"|\u0645\u062f\u064a\u0631|\u0645\u0634\u0631\u0641|\u0645\u0648\u0627\u0641\u0642|\u0627\u062f\u0627\u0631\u0647"
)


def _word_counts(folded: str) -> set[int]:
    """Small counts written as words; "on" (Turkish ten) is skipped, it is English too."""
    words = SMALL_COUNT_WORDS.keys() & set(letter_runs(folded))
    return {SMALL_COUNT_WORDS[w] for w in words if w != "on"}


_MONTH_START = re.compile(
    r"\b(?:start|beginning) of (\w+)|\b(\w+) (?:basi|basinda|basindan)\b|(?:بدايه|مطلع|اول) (?:شهر )?([^\W\d_]+)"
)


WEEKDAY_NUMBER = {
    **dict.fromkeys(("monday", "pazartesi", "الاثنين"), 0),
    **dict.fromkeys(("tuesday", "sali", "الثلاثاء"), 1),
    **dict.fromkeys(("wednesday", "carsamba", "الاربعاء"), 2),
    **dict.fromkeys(("thursday", "persembe", "الخميس"), 3),
    **dict.fromkeys(("friday", "cuma", "الجمعه"), 4),
    **dict.fromkeys(("saturday", "cumartesi", "السبت"), 5),
    **dict.fromkeys(("sunday", "pazar", "الاحد"), 6),
}
# longest first ("cumartesi" before "cuma"), and no closing \b: "cumaya", "Pazartesi'ye"
WEEKDAY_NAME = re.compile(
    r"\b(?:" + "|".join(sorted((w for w in WEEKDAY_NUMBER if w.isascii()), key=len, reverse=True)) + ")"
    + "|" + "|".join(w for w in WEEKDAY_NUMBER if not w.isascii())
)


def _weekdays_named(folded: str) -> set[int]:
    # every match is one of the names: most passages name none, and substring tests say
    # so faster than the scan
    if not any(map(folded.__contains__, WEEKDAY_NUMBER)):
        return set()
    return {WEEKDAY_NUMBER[m.group(0)] for m in WEEKDAY_NAME.finditer(folded)}


def _month_starts(folded: str) -> set[int]:
    if not any(map(folded.__contains__, ("start of", "beginning of", " bas", "بدايه", "مطلع", "اول"))):
        return set()
    out: set[int] = set()
    for m in _MONTH_START.finditer(folded):
        mo = month_word(next(g for g in m.groups() if g))
        if mo is not None:
            out.add(mo)
    return out


_HALF_WORD = re.compile(r"\bhalf\b|\byari(?:s[iu]\w*)?\b|نصف")


# a deadline one day before the event: "up to 24 hours before the original departure",
# "etkinlikten 24 saat önce", "قبل الموعد بـ 24 ساعة". Only such a phrase moves a stated
# date by one day; "within 24 hours" does not.
_DAY_BEFORE = re.compile(
    r"\b(?:24 hours|one day|1 day|a day) (?:before|prior to)\b|\bthe (?:day|evening|night) before\b"
    r"|\b(?:24 saat|1 gun|bir gun) (?:once|oncesine)\b|\bbir gun oncesi\w*"
    r"|قبل (?:\S+ )?(?:بـ* ?)?(?:24 ساعه|يوم واحد)|(?:24 ساعه|يوم واحد) قبل"
    # a paid period runs to the eve of the next billing date: "until the end of the paid month"
    r"|\buntil the end of the (?:paid|current|billing) (?:month|period|cycle)\b|\bmevcut donem(?:in)? sonuna kadar\b"
)

_MONTH_DAY_WORDS = ("month", "her ay", "كل شهر")  # in every match of _MONTH_DAY
# "يتجدد في أول كل شهر", "renews on the first of each month", "her ayın ilk günü": the 1st
_FIRST_OF_MONTH = re.compile(
    r"(?:اول|مطلع|بدايه) كل شهر|(?:اليوم )?(?:الاول|الأول) من كل شهر|\bfirst (?:day )?of (?:each|every) month\b|\bher ay(?:in)? (?:ilk gunu|basinda)\b"
)
_MONTH_DAY = re.compile(
    r"\b(?:on|before|by|after) the (\d{1,2})(?:st|nd|rd|th)? of (?:each|every|the|a|the following|the next) month\b"
    # "Cancellations received before the 15th take effect at the end of that month"
    r"|\b(?:before|by|after) the (\d{1,2})(?:st|nd|rd|th)\b(?=[^.]{0,60}\bmonth\b)|\bher ay(?:in)? (\d{1,2})\W"
    r"|(?:يوم )?(\d{1,2}) من كل شهر"
    # a monthly schedule moved to another day: "يوم 1 من كل شهر … أبغى التحويل يصير يوم 27"
    r"|(?<=كل شهر)[^؟?]{0,100}?يوم (\d{1,2})(?!\d)|\bevery month\b[^.?]{0,80}?\bthe (\d{1,2})(?:st|nd|rd|th)\b"
    # "29.00 GBP per month, billed on the 20th", "$350.00/month, billed on the 1st"
    r"|(?:\b(?:(?:per|a|each|every) month|monthly)|/ ?month)\b(?:[^.;?]|\.(?=\d)){0,40}?\b(?:billed|charged|collected|taken|renews?|renewed|due|direct debit|debited|paid|payable) on the (\d{1,2})(?:st|nd|rd|th)\b"
)
# feminine dual nouns (ليلتان، حصتين، تذكرتين): "ستين" (sixty) and "روتين" are not duals
# masculine duals, whose "ين" is also a plural's: only these few ("قسطين شهريين": two instalments)
_AR_DUAL_MASCULINE = Needled(re.compile("(?<![\u0621-\u064a])[وبل]?(?:قسط(?:ين|ان)|جز[ءا]ين|مبلغين|نصفين)(?![\u0621-\u064a])"))
_AR_DUAL = re.compile("(?<![\u0621-\u064a])(?!ستين|روتين|بروتين)[\u0621-\u064a]{2,}ت(?:ان|ين)(?![\u0621-\u064a])")


def _gated(pattern: re.Pattern[str], text: str, needles: tuple[str, ...]) -> bool:
    """`pattern` found in `text`; `needles` are substrings every match contains."""
    # map over a bound method: the substring tests run without a generator frame each
    return any(map(text.__contains__, needles)) and pattern.search(text) is not None


_CLOCK_BEFORE = re.compile(
    r"(?:\bsaat|\bat|\bfrom|\buntil|\bby|\bbefore|\bafter|\bbetween(?:\s+\d{1,2}\s*(?:and|to|-))?|الساعه|من|حتي)\s*$"
)
_CLOCK_AFTER = re.compile(r"\s*(?:o'clock|am\b|pm\b|a\.m\.|p\.m\.|h\b|uhr\b|'?(?:t|d)[ae]\b|صباحا|مساء|ظهرا|عصرا)")


def backing_for(texts: Iterable[str], *, concepts: bool = True) -> Backing:
    """What `texts` back together: a fresh Backing (the caller may change it) merged from
    each text's own, which is cached, since a case asks about its sources three times
    and policy passages repeat across cases. Without `concepts`, its `concepts` stay
    empty: the families are read apart, and only for a reply that names one."""
    b = Backing()
    for text in texts:
        if text:
            b.merge(text_backing(text))
            if concepts:
                b.concepts |= _passage_concepts(text)
    return b


RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|until|till|ila|ile|الى|إلى|حتى)\s*", re.IGNORECASE)


def _inside_ranges(text: str, mentions: tuple[Mention, ...]) -> tuple[set[tuple[int, str]], set[int]]:
    """The days strictly inside each stated range of dates ("March 9–14, 2026": 10 to 13),
    with the year the range names and without one (a reply may leave it out); and how many
    days each range holds, both ends counted ("29 Haziran-10 Temmuz": 12 days)."""
    out: set[tuple[int, str]] = set()
    lengths: set[int] = set()
    for a, z in pairwise(mentions):
        if a.kind != "date" or z.kind != "date" or not RANGE_LINK.fullmatch(text, a.end, z.start):
            continue
        year = z.unit or a.unit
        with contextlib.suppress(ValueError):
            first = date(int(year or 2001), int(a.lo) // 100, int(a.lo) % 100)
            last = date(int(year or 2001), int(z.lo) // 100, int(z.lo) % 100)
            if 1 < (last - first).days <= 31:
                days = (first + timedelta(days=k) for k in range(1, (last - first).days))
                out.update((d.month * 100 + d.day, y) for d in days for y in {year, ""})
                lengths.add((last - first).days + 1)
    return out, lengths


@lru_cache(maxsize=4096)
def text_backing(text: str) -> Backing:
    """What one text backs (cached and shared: never changed after it is built)."""
    b = Backing()
    folded = fold(text)
    mentions = extract(text)
    b.moments = _moments(mentions)
    b.inside, b.range_days = _inside_ranges(text, mentions)
    for m in mentions:
        b.add(m)
        if m.kind == "number" and _COMPOUND.match(text, m.end):
            b.numbers -= {_cents(v) for v in (m.lo, m.hi, *m.alts)}  # "150-point inspection": no amount
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
            _PER_UNIT.match(folded, m.end)
            or _PER_UNIT_BEFORE.search(folded, max(0, m.start - 20), m.start)
            or _EACH_BEFORE_TR.search(folded, max(0, m.start - 50), m.start)
        ) and not _CAP_BEFORE.search(folded, max(0, m.start - 14), m.start):
            b.unit_prices.extend((v, m.unit) for v in (m.lo, m.hi))
    facts = _passage_facts(text)
    b.full = facts.full
    b.durations |= facts.periods
    # "the week of 11 May … my Tuesday lesson on the 12th": that day of the one month named
    if "th" in folded or "st" in folded or "nd" in folded or "rd" in folded:
        months = {int(m.lo) // 100 for m in mentions if m.kind == "date" and not m.is_range}
        if len(months) == 1:
            (month,) = months
            b.dates.update((month * 100 + int(d.group(1)), "") for d in _ORDINAL_DAY.finditer(folded) if 1 <= int(d.group(1)) <= 31)
    # a size given as its sides: "2×3 متر" is 6 square metres
    if "×" in text or "x" in folded:
        for side in _SIDES.finditer(folded):
            b.quantities.add(int(side.group(1)) * int(side.group(2)))
    # where a course stands: "week 6 of 8" backs six weeks in and two left; "kursun 4. ayı" four months
    for pos in _COURSE_POINT.finditer(folded):
        n, of = int(pos.group(1) or pos.group(3)), int(pos.group(2) or 0)
        weeks = pos.group(1) is not None
        for k in {n, of, of - n} - {0}:
            if k > 0:
                b.durations |= _duration_keys(MINUTES, k * 7 * DAY) if weeks else _duration_keys(MONTHS, k)
    # an annual term is twelve months: "300 a year" backs "25 a month"
    b.counts.update(v // 100 for dim, v in facts.periods if dim == MONTHS and 200 <= v <= 3100)
    if facts.dual:
        b.counts.add(2)
        b.quantities.add(2)
    b.counts |= facts.counted
    b.quantities |= facts.counted
    b.month_days |= facts.month_day
    if facts.half:
        b.percents.add(5000)
    b.dates.update((mo * 100 + 1, "") for mo in facts.month_starts)
    b.weekdays |= facts.weekdays
    if (MONTHS, 100) in facts.periods:
        b.counts.add(12)  # a monthly figure over a year
    b.tomorrow = b.tomorrow or facts.tomorrow
    b.month_end = facts.month_end
    b.day_before = b.day_before or facts.day_before
    return b


# (not a day of every month: "billed on the 1st", "renews on the 12th")
_SIDES = re.compile(r"(?<![\d.,])(\d{1,2}) ?[×x] ?(\d{1,2})(?![\d.,]) ?(?:m\b|metre|meter|متر|م\b)")
_ORDINAL_DAY = re.compile(
    r"(?<!bill)(?<!billed)(?<!renew)(?<!renews)(?<!charged)(?<!due)(?<!paid)(?<!taken)(?<!invoiced) on the (\d{1,2})(?:st|nd|rd|th)\b"
    r"(?! (?:of )?(?:each|every|the) month)"
)
_COURSE_POINT = re.compile(r"\bweek (\d{1,2}) of (\d{1,2})\b|\b(\d{1,2})\. ay(?:i|inda|indayiz)\b")


def _moments(mentions: tuple[Mention, ...]) -> set[int]:
    """Each stated date with the clock time written just after it ("الخميس 25 يونيو 2026
    الساعة 09:00"), as minutes since 2000."""
    out: set[int] = set()
    for d, t in pairwise(mentions):
        if d.kind != "date" or t.kind != "time" or t.start - d.end > 25 or d.is_range:
            continue
        year = int(d.unit) if d.unit.isdigit() else 2026
        with contextlib.suppress(ValueError):
            day = date(year, int(d.lo) // 100, int(d.lo) % 100)
            out.add((day - _EPOCH).days * DAY + int(t.lo))
    return out


_EPOCH = date(2000, 1, 1)
_COMPOUND = re.compile(r"-[^\W\d_]")
_MONTH_END = re.compile(
    r"\bend of (?:the |each |every |that |this )?(?:(?:current|paid|billing|calendar|subscription) )*month\b"
    r"|\blast day of (?:the |that |this |each |every )?(?:following |next |same )?month\b"
    r"|\bay(?:in|inin)? sonu|\bayin son gun|نهايه (?:ال)?شهر|اخر يوم (?:من|في) (?:ال)?شهر"
)
# a cap, not a price: "حتى 100 ريال عن كل موعد", "up to £20 per night"
_CAP_BEFORE = re.compile(r"(?:\bup to|\bmax(?:imum)?(?: of)?|\ben fazla|\bazami|(?<!\w)حتي|(?<!\w)حتى|بحد اقصي|بحد اقصى)\s*$")
# what marks a price as per unit: "0.10 EUR per photo", "45 GBP each", "90 درهماً لليلة"
_PER_UNIT = re.compile(
    r"\s*(?:(?:applies|charged|payable|paid|applied) )?(?:per\b|each\b|for (?:each|every) (?:day|night|hour|item|person)\b|a (?:night|day|person|ticket|item|unit|photo|page|month)\b|/|"
    r"(?:tanesi|adet|kisi|gece|gun)\w* basina|basina\b|her (?:bir )?\w+ icin|"
    r"لكل|عن كل|لليوم|في اليوم|يوميا|للواحد|لليله|للقطعه|للشخص|للفرد|للصوره|للعلبه|للمتر)"
)
# the same, written before the price: "kişi başı 1.650,00 TL", "per guest: 82.00 GBP"
_PER_UNIT_BEFORE = Needled(
    re.compile(
        r"(?:\bper (?:guest|person|head|night|day|ticket|seat)|\bkisi basi(?: fiyat)?|\bgecelik|لكل شخص|للشخص|للضيف"
        # "Tarife: saatlik 190 TL, km başına 5,50 TL"
        r"|\bsaatlik|\bgunluk|\bhaftalik|\b(?:km|kilometre|saat|gun|dakika) basina"
        # "porsiyon fiyatı: 138,00 TL", "unit price 4.20 GBP"
        r"|\b(?:porsiyon|adet|birim|parca|sayfa|ders|seans|kisi) (?:fiyati|ucreti)|\bporsiyon basi|\bunit price|\bprice per \w+)\W{0,3}$"
    )
)
# "aşan her tam saat için abone faturasına 40 TL": a Turkish rate for each unit, a few
# words before its price
_EACH_BEFORE_TR = re.compile(r"\bher (?:tam |bir )?\w+ icin (?:\w+ ){0,2}$")
# "the next day" / "the same day" in a source back "tomorrow" (the same day is sooner)
_NEXT_OR_SAME_DAY_WORDS = (
    "next", "same", "following", "day after", "ertesi", "ayni", "sonraki", "التالي", "نفسه", "الموالي", "نفس اليوم", "24 ساعه"
)  # fmt: skip
_NEXT_OR_SAME_DAY = re.compile(
    r"\b(?:next|same|following)(?: working| business)?[- ]day\b|\bthe day after\b|\b(?:ertesi|ayni) (?:is )?gun\w*|\bbir sonraki (?:is )?gun\w*"
    r"|(?:في )?(?:اليوم|نفس اليوم) (?:التالي|نفسه|الموالي)|في نفس اليوم|خلال 24 ساعه"
)


_RECEIPT_WORDS = ("receipt", "cost", "out-of-pocket", "reasonable", "fis", "makbuz", "belgele", "gercek", "ايصال", "التكلفه", "المبلغ الفعلي", "invoice", "fatura", "الفاتوره")
_PER_RECEIPT = re.compile(
    r"\breceipts?\b|\bactual cost|\bcosts? incurred\b|\bout-of-pocket\b|\breasonable (?:costs?|expenses)\b"
    r"|\bfis\w*\b|\bmakbuz\w*|\bbelgele\w*|\bgercek (?:maliyet|tutar)\w*"
    r"|ايصال|الايصال|التكلفه الفعليه|المبلغ الفعلي"
    # the invoice's value: "تغطي الشركة الأضرار … بقيمة الفاتورة"
    r"|\b(?:invoice|invoiced) value\b|\bvalue (?:on|of) the invoice\b|\bfatura (?:degeri|bedeli) (?:uzerinden|kadar)|\bfaturadaki (?:deger|bedel)\w*"
    r"|بقيمه الفاتوره|قيمه الفاتوره"
)
