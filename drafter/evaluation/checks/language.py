"""R10 language: the reply is in the language the customer wrote in (`language`).

Detected by script, then function words and (for Turkish typed without its letters)
suffixes: no model, any language the detector knows. Greeting and signature lines are
left out, since names ("Hi عمر", "Emre Doğan") say nothing about the reply's language.
"""

from __future__ import annotations

import re

from ...schemas import CheckResult
from ...text import detect_language
from ..base import EvalContext, check
from ._shared import Hit, analyse, failed, lang_name, not_evaluated, passed

NAME = "language"
_KNOWN = {
    "en",
    "tr",
    "ar",
    "de",
    "fr",
    "es",
    "it",
    "nl",
    "pt",
    "id",
    "ru",
    "el",
    "he",
    "zh",
    "ja",
    "ko",
    "hi",
    "th",
}
# counted by runs: a list of words, not a string per letter
_ARABIC = re.compile("[\u0600-\u06ff]+")
_LATIN = re.compile("[A-Za-zÀ-ɏ]+")


@check(NAME, rubric="R10", severity="blocking")
def language(ctx: EvalContext) -> CheckResult:
    reply = analyse(ctx)
    expected = ctx.language.split("-")[0]
    detected = reply.detected
    body = reply.body
    if detected == "und":
        return passed(NAME, "too little text to tell the language")
    if expected not in _KNOWN:
        if detected in ("en", "tr", "ar"):
            # a reply the detector reads confidently as a known language is not in an
            # unknown one (most likely it is English)
            first = body[0] if body else None
            return failed(
                NAME,
                f"reply is in {lang_name(detected)}, but the customer wrote in {expected}",
                f"rewrite the reply in {expected}",
                Hit(first.text, first.start, first.end) if first else None,
            )
        return not_evaluated(NAME, f"not evaluated: cannot detect {expected}")
    if detected != expected:
        wrong = next(
            (s for s in body if detect_language(s.text) == detected), body[0] if body else None
        )
        return failed(
            NAME,
            f"reply is in {lang_name(detected)}, but the customer wrote in {lang_name(expected)}",
            f"rewrite the reply in {lang_name(expected)}",
            Hit(wrong.text, wrong.start, wrong.end) if wrong else None,
        )
    if expected == "ar":
        # Arabic with an English paragraph is still detected as Arabic by script share
        text = " ".join(s.text for s in body)
        latin = sum(map(len, _LATIN.findall(text)))
        if latin > 0.4 * (latin + sum(map(len, _ARABIC.findall(text)))):
            return failed(
                NAME,
                "reply mixes Arabic with long passages in another language",
                "write the whole reply in Arabic",
            )
    return passed(NAME, f"reply is in {lang_name(expected)}")
