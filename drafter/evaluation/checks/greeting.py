"""R1 greeting: the customer is addressed by (first) name near the top.

Language-independent: names are compared folded (case, Turkish letters, accents,
Arabic letter forms), so "Ayşe Hanım", "AYSE" and "عزيزتي ليلى" all match.
"""

from __future__ import annotations

import re

from ...schemas import CheckResult
from ..base import EvalContext, check
from ..langs import PACKS
from ._names import same_across_scripts
from ._shared import (
    Hit,
    analyse,
    failed,
    name_fold,
    normalize,
    not_applicable,
    passed,
    quote,
    words,
)

NAME = "greeting"
_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "dear", "sayin", "bay", "bayan",
    "hanim", "bey", "hanimefendi", "beyefendi", "السيد", "السيده", "الاستاذ", "الاستاذه", "الدكتور",
    "الدكتوره", "الشيخ", "الشيخه", "السيدة", "الأستاذ", "الأستاذة",
    # a reply in another language (the language check's finding) still greets by title:
    # "Hallo Herr Weber", "Bonjour Madame Roux", "Estimada Sra. Gil"
    "herr", "frau", "monsieur", "madame", "mademoiselle", "senor", "senora", "sr", "sra", "signor",
    "signora", "sig", "dhr", "mevr",
}  # fmt: skip
_COMPOUND = {
    "عبد",
    "ابو",
    "أبو",
    "ام",
    "أم",
    "بن",
    "abdul",
    "abd",
    "abu",
    "el",
    "al",
    "de",
    "van",
    "von",
}
_PLACEHOLDER = re.compile(r"[\[{<]|\b(?:XXX|NAME|CUSTOMER)\b")


def name_parts(full: str) -> tuple[list[str], list[str]]:
    """(first-name tokens, surname tokens), folded; honorifics dropped."""
    toks = [t for t in words(name_fold(full)) if t.strip(".") not in _HONORIFICS]
    if not toks:
        return [], []
    n = 2 if toks[0] in _COMPOUND and len(toks) > 1 else 1
    return toks[:n], toks[n:]


def _contains(tokens: list[str], seq: list[str]) -> bool:
    if not seq:
        return False
    for i in range(len(tokens) - len(seq) + 1):
        if all(_same(tokens[i + j], seq[j]) for j in range(len(seq))):
            return True
    return False


def _same(token: str, name: str) -> bool:
    # "Selin'e", "Ayşe'ciğim" and Arabic proclitics ("ولينا" is rare; "يا" is a word)
    if token == name or same_across_scripts(token, name):
        return True
    return token.startswith(name + "'") or (
        len(name) >= 3
        and token.startswith(name)
        and len(token) - len(name) <= 3
        and not name.isascii()
    )


@check(NAME, rubric="R1", severity="blocking")
def greeting(ctx: EvalContext) -> CheckResult:
    name = ctx.case.customer.name.strip()
    if not name:
        return not_applicable(NAME, "not applicable: the customer's name is not known")
    reply = analyse(ctx)
    top = reply.top
    first, last = name_parts(name)
    tokens = words(name_fold(top.text))
    hit = Hit(top.text, top.start, top.end)
    if _contains(tokens, first):
        return passed(NAME, f"addresses the customer as {name.split()[0] if first else name}", hit)
    if last and _contains(tokens, last) and any(t in _HONORIFICS for t in tokens):
        return passed(NAME, "addresses the customer by title and surname", hit)
    nick = _signed_short_name(ctx.case.message, first)
    if nick and _contains(tokens, [nick]):
        return passed(NAME, "addresses the customer by the short name they sign with", hit)
    shown = " ".join(name.split()[: len(first)]) or name
    example = _example(ctx, shown)
    if not top.text:
        return failed(NAME, "no greeting: the reply is empty", f'open with "{example}"')
    if _PLACEHOLDER.search(top.text):
        return failed(
            NAME,
            f'greeting holds a placeholder, not the customer\'s name: "{quote(top.text)}"',
            f'replace it with the name: "{example}"',
            hit,
        )
    norm = normalize(top.text)
    generic = any(
        p.generic_address.search(norm) or p.generic_address.search(normalize(top.text, p.lang))
        for p in PACKS.values()
    )
    salutation = reply.greeting is not None or any(
        p.greeting.search(normalize(top.text, p.lang)) for p in PACKS.values()
    )
    if generic:
        return failed(
            NAME,
            f'generic greeting: "{quote(top.text)}" does not address {shown} by name',
            f'greet the customer by name: "{example}"',
            hit,
        )
    if salutation:
        return failed(
            NAME,
            f'wrong or missing name: "{quote(top.text)}" does not address {shown}',
            f'greet the customer by their own name: "{example}"',
            hit,
        )
    return failed(
        NAME,
        f"no greeting: the reply does not open by addressing {shown} by name",
        f'open with "{example}"',
    )


def _signed_short_name(message: str, first: list[str]) -> str:
    """The short form of the first name the customer signs with ("Thanks, Jas" from
    Jasmine), or "": replying to the name they use is addressing them by name."""
    if len(first) != 1 or not message.strip():
        return ""
    tail = words(name_fold(" ".join(message.strip().splitlines()[-2:])))
    full = first[0]
    # a prefix ("Jas", Jasmine) or the name's own letters in order ("Bec", Rebecca; "Liz", Elizabeth)
    return next((t for t in tail if 3 <= len(t) < len(full) and _short_form(t, full)), "") or next(
        (t for t in tail if len(t) == 2 and full.startswith(t)), ""
    )


def _short_form(short: str, full: str) -> bool:
    """The letters of `short` appear in `full` in order (a prefix among them)."""
    rest = iter(full)
    return all(c in rest for c in short)


def _example(ctx: EvalContext, first: str) -> str:
    lang = analyse(ctx).pack_lang
    if lang == "tr":
        return f"Merhaba {first} Hanım/Bey,"
    if lang == "ar":
        return f"مرحباً {first}،"
    return f"Hi {first},"
