"""R11 clean_text: no template placeholders, no internal notes, no unfinished
sentences, terminal punctuation, and capitalisation (for scripts with case).

Placeholders, punctuation and casing are language-independent; internal-note phrases
come from every rule pack (notes are often written in English whatever the reply).
Double spaces are fine.
"""

from __future__ import annotations

import re

from ...schemas import CheckResult
from ..base import EvalContext, check
from ._shared import Hit, analyse, failed, first_matching_line, normalize, passed, quote, search

NAME = "clean_text"

_PLACEHOLDERS = [
    re.compile(r"\[[^\]\n]{1,80}\](?!\()"),
    re.compile(r"\{\{?\s*[^{}\n]{1,60}?\s*\}\}?"),
    re.compile(r"<(?![\w.+-]+@)(?!https?:)[^<>\n]{1,40}>"),
    re.compile(
        r"\b(?:XXX+|TODO|TBD|FIXME|PLACEHOLDER|INSERT[ _][A-Z_ ]+|CUSTOMER[_ ]NAME|AGENT[_ ]NAME|FIRST[_ ]NAME)\b"
    ),
    re.compile(r"(?i:(?<![\w#-])x{2,}(?:[.,]x+)?(?![\w-]))"),
    re.compile(r"_{3,}"),
    re.compile(r"%[A-Za-z_]{2,}%"),
    re.compile(r"\$\{?[A-Za-z_]{2,}\}?"),
]
_INTERNAL = [
    re.compile(
        r"\b(?:INTERNAL|Internal note|Internal:|NOTE TO SELF|[Nn]ote to self|Agent note|AGENT NOTE)\b"
    ),
    re.compile(r"(?<![\w@])[Cc][Cc]:?\s+@?[A-Z][a-z]+\b"),
    re.compile(r"(?<![\w.])@[A-Za-z][\w.]*\s*(?:[:,-]|pls|please|can you|could you)"),
    re.compile(r"(?i)\((?:iç|ic|internal|intern|dahili|staff only|داخلي|داخلية)\)"),
    # "[NB Claire - check w/ Sandra in finance … before sending]", however long
    re.compile(r"\[\s*(?:NB|N\.B\.?|[Nn]ote|NOTE|[Ii]nternal|[Cc]heck|TODO|[Pp]ls|[Rr]eminder)\b[^\]\n]*\]"),
]
# for each _INTERNAL pattern, substrings of which every match contains one
_INTERNAL_GATES: list[tuple[str, ...]] = [
    ("NTERNAL", "nternal", "OTE TO SELF", "ote to self", "gent note", "GENT NOTE"),
    ("cc", "Cc", "cC", "CC"),
    ("@",),
    ("(",),
    ("[",),
]
_LIST_ITEM = re.compile(r"^(?:[-•*–—]|\d+[.)]|[a-z][.)])\s")
_ABBREV = re.compile(
    # an abbreviation or a Turkish ordinal ("7. kat") ends the previous "sentence"
    r"\b\d{1,3}\.$|"
    r"(?:\b(?:e\.g|i\.e|etc|approx|vs|no|nr|ca|cf|incl|excl|dept|ref|tel|st|mr|mrs|ms|dr|prof|p\.m|a\.m)|\b[A-Za-z])\.$",
    re.I,
)
_CASED = re.compile(r"[A-Za-zÀ-ɏ]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_TERMINAL_CHARS = frozenset(".!?:;)]\"'»”’؟。!")


def _emoji(c: str) -> bool:
    return "\U0001f300" <= c <= "\U0001faff" or "\u2600" <= c <= "\u27bf"


# for each _PLACEHOLDERS pattern, substrings of which every match contains one (the
# "xx" pattern ignores case, so its gate names every casing of it)
_PLACEHOLDER_GATES: list[tuple[str, ...]] = [
    ("[",),
    ("{",),
    ("<",),
    ("XXX", "TODO", "TBD", "FIXME", "PLACEHOLDER", "INSERT", "CUSTOMER", "AGENT", "FIRST"),
    ("xx", "xX", "Xx", "XX"),
    ("___",),
    ("%",),
    ("$",),
]


def _placeholder(text: str) -> re.Match[str] | None:
    for gate, pat in zip(_PLACEHOLDER_GATES, _PLACEHOLDERS, strict=True):
        if not any(map(text.__contains__, gate)):
            continue  # most replies hold none of these: no scan
        m = pat.search(text)
        if m is not None:
            return m
    return None


@check(NAME, rubric="R11", severity="blocking")
def clean_text(ctx: EvalContext) -> CheckResult:
    text = ctx.reply
    reply = analyse(ctx)
    if not text.strip():
        return failed(NAME, "empty reply", "write the reply")
    m = _placeholder(text)
    if m is not None:
        hit = Hit(m.group(0), m.start(), m.end())
        return failed(
            NAME,
            f'template placeholder left in: "{quote(m.group(0))}"',
            f"replace {m.group(0)} with the real value, or remove it",
            hit,
        )
    for gate, pat in zip(_INTERNAL_GATES, _INTERNAL, strict=True):
        if not any(map(text.__contains__, gate)):
            continue  # no letters every match contains: no scan (most replies hold none)
        m = pat.search(text)
        if m is not None:
            line = next((ln for ln in reply.lines if ln.start <= m.start() < ln.end), None)
            hit = (
                Hit(line.text, line.start, line.end)
                if line
                else Hit(m.group(0), m.start(), m.end())
            )
            return failed(
                NAME,
                f'internal note left in: "{quote(hit.text)}"',
                "remove the internal note before sending",
                hit,
            )
    # the finding is the whole line: no offsets needed, so no offset map of the reply
    noted = first_matching_line("internal_note", [normalize(ln.text, reply.pack_lang) for ln in reply.lines])
    if noted is not None:
        line = reply.lines[noted]
        full = Hit(line.text, line.start, line.end)
        return failed(
            NAME,
            f'internal note left in: "{quote(line.text)}"',
            "remove the internal note before sending",
            full,
        )

    repeated = _repeated_sentence(ctx)
    if repeated is not None:
        return failed(
            NAME,
            f'repeated text: "{quote(repeated.text)}" appears more than once',
            "say it once; a looping or pasted-twice text must be rewritten",
            repeated,
        )

    pack = reply.pack
    cased = _mostly_cased(text)
    if cased and text == text.lower() and _letter_count(text) >= 20:
        return failed(
            NAME,
            "broken capitalisation: the whole reply is in lower case",
            "capitalise the start of each sentence and names",
        )

    # sentence-initial capitals are checked where the rule is known to hold (English,
    # Turkish); German and others start the line after "Hallo Megan," in lower case
    caps_rule = cased and reply.pack_lang in ("en", "tr")
    brand_words = {w.lower() for w in ctx.case.agent.brand.split()}
    prev_end_abbrev = False
    for sent in reply.body:
        s = sent.text
        words = s.split()
        if (
            pack is not None
            and sent is reply.body[-1]
            and not text[sent.end :].strip()
            and text[: sent.start].rstrip(" ").endswith("\n")  # a line of its own
            and search(ctx, pack.team_sign, sent) is not None
        ):
            continue  # "Mırnav Pet Otel & Kreş Müşteri İlişkileri" signing off: signature's finding
        if (
            s.endswith((",", "،"))
            and sent is reply.body[-1]
            and text[: sent.start].rstrip(" ").endswith("\n")
            and 0 < len(text[sent.end :].strip().splitlines()) <= 3
        ):
            continue  # "Yeni evinizde güzel bir başlangıç dilerim," over the name: a sign-off of its own
        if s.endswith(("...", "…")):  # sentences are stripped
            return failed(
                NAME,
                f'unfinished sentence: "{quote(s)}" trails off',
                "finish the sentence",
                Hit(s, sent.start, sent.end),
            )
        if (
            len(words) >= 4
            and s[-1] not in _TERMINAL_CHARS
            and not _LIST_ITEM.match(s)
            and not _emoji(s[-1])
        ):
            return failed(
                NAME,
                f'unfinished sentence: "{quote(s)}" has no closing punctuation',
                "finish the sentence and end it with a full stop",
                Hit(s, sent.start, sent.end),
            )
        # (a list line that hands over to the next: "- a free session …, or" / "- a refund …")
        joins_next = _LIST_ITEM.match(s) is not None and _LIST_ITEM.match(text[sent.end :].lstrip()) is not None
        if pack is not None and len(words) >= 3 and not joins_next:
            norm = normalize(sent.text, reply.pack_lang)
            core = norm.rstrip(".!?;:)\"' ")
            if pack.dangling.search(core):
                return failed(
                    NAME,
                    f'unfinished sentence: "{quote(s)}" ends mid-clause',
                    "finish the sentence",
                    Hit(s, sent.start, sent.end),
                )
        # a list line may run on from the sentence that introduces it ("- service fees: 21.60 EUR")
        if caps_rule and not prev_end_abbrev and not _LIST_ITEM.match(s):
            bad = _lower_start(s, pack.lowercase_ok if pack else frozenset(), brand_words)
            if bad:
                return failed(
                    NAME,
                    f'broken capitalisation: "{quote(s)}" starts in lower case',
                    "start the sentence with a capital letter",
                    Hit(s, sent.start, sent.end),
                )
        # every abbreviation is at most 7 characters: the tail holds the match and the
        # character before it, so \b reads the same
        prev_end_abbrev = s.endswith(".") and _ABBREV.search(s[-12:]) is not None
    if caps_rule and reply.greeting is not None:
        bad = _lower_start(reply.greeting.text, frozenset(), brand_words)
        if bad:
            g = reply.greeting
            return failed(
                NAME,
                f'broken capitalisation: "{quote(g.text)}" starts in lower case',
                "capitalise the greeting",
                Hit(g.text, g.start, g.end),
            )
    return passed(NAME, "clean, complete sentences")


def _letter_count(text: str) -> int:
    return sum(map(len, _LETTERS.findall(text)))


def _mostly_cased(text: str) -> bool:
    """Whether most letters are of a script with case (Latin)."""
    if text.isascii():
        # every ASCII letter is a cased Latin one: any letter will do, no need to count
        return _ASCII_LETTER.search(text) is not None
    return sum(map(len, _CASED.findall(text))) > 0.5 * _letter_count(text)


_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _repeated_sentence(ctx: EvalContext) -> Hit | None:
    """A sentence of some length said twice or more (a model loop, a paste gone wrong)."""
    seen: set[str] = set()
    language = ctx.language
    for sent in ctx.sentences:
        key = normalize(sent.text, language)
        if len(key) < 25:
            continue  # "Thank you." twice is not a loop
        if key in seen:
            return Hit(sent.text, sent.start, sent.end)
        seen.add(key)
    return None


def _lower_start(sentence: str, ok: frozenset[str], brand: set[str]) -> bool:
    for i, c in enumerate(sentence):
        if c.isalpha():
            if not c.islower():
                return False
            word = re.match(r"[\w'-]+", sentence[i:])
            token = word.group(0).lower() if word else ""
            return token not in ok and token not in brand and not token.startswith(("http", "www"))
        if c.isdigit():
            return False
    return False
