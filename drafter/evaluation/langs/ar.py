"""Arabic rule pack.

Patterns are written in ordinary Arabic and folded like the text they match
(drafter.text.fold_arabic: no diacritics or tatweel, one form per letter), so "آسف",
"أسف" and "اسف" are one pattern. Arabic attaches clitics to words: the proclitics
و/ف/ب/ل/ك and the article, the enclitic pronouns ه/ها/ك/كم/نا; `_P` and `_S` allow them.
"""

from __future__ import annotations

from ...text import fold_arabic
from . import Rule, RulePack, rx

_P = r"(?<!\w)(?:[وف])?(?:[بلك])?"  # optional proclitics before a word
_S = r"(?:ه|ها|ك|كم|كما|نا|هم|ي|ني)?(?!\w)"  # optional enclitic pronoun after it


def arx(*alternatives: str) -> rx.__annotations__.get("return", object):  # type: ignore[valid-type]
    return rx(*(fold_arabic(a) for a in alternatives))
