"""Per-reply analysis shared by the checks, computed once per case and cached on the
context: where the greeting, body and signature are, which rule pack applies, folded
sentences with offsets back into the reply, and the result builders.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ...schemas import CheckResult
from ...text import (
    Sentence,
    detect_language,
    normalize_map,
    strip_accents,
)
from ...text import normalize as normalize  # re-exported for the check modules
from ..base import REGISTRY, EvalContext
from ..langs import PACKS, GatedAlternation, Pattern, Rule, RulePack, get_pack, pieces
from ..langs.gate import needles
from ..probes import probe_score
from ..similarity import is_bad, judge

_TERMINAL = re.compile(r"[.!?…:;)\]\"'»”’؟。]$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
LANG_NAMES = {
    "en": "English", "tr": "Turkish", "ar": "Arabic", "de": "German", "fr": "French",
    "es": "Spanish", "it": "Italian", "nl": "Dutch", "pt": "Portuguese", "id": "Indonesian",
    "ru": "Russian", "el": "Greek", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "hi": "Hindi", "th": "Thai", "pl": "Polish",
}  # fmt: skip


def lang_name(code: str) -> str:
    return LANG_NAMES.get(code, code)


class Line(NamedTuple):
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Hit:
    """A match, with its text and offsets in the original reply."""

    text: str
    start: int
    end: int
    kind: str = ""


@dataclass
class Reply:
    lines: list[Line]
    greeting: Line | None  # a salutation line of its own ("Hi Megan,")
    top: Line  # where the customer's name is looked for
    signoff: Line | None  # "Best regards,"
    tail: list[Line]  # the last lines, where the agent's name is looked for
    signature: list[Line]  # lines after the sign-off (or trailing name lines)
    body_start: int
    body_end: int
    body: list[Sentence]
    detected: str  # language detected in the body
    pack_lang: str  # language whose rule pack applies
    pack: RulePack | None


def _lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(stripped, pos + lead, pos + lead + len(stripped)))
        pos += len(raw) + 1
    return out


_UNION: dict[str, tuple[Pattern, tuple[str, ...] | None]] = {}


def _union(attr: str) -> tuple[Pattern, tuple[str, ...] | None]:
    """The packs' patterns for `attr` as one, and the strings one of which every match
    of it contains (see gate.needles)."""
    hit = _UNION.get(attr)
    if hit is None:
        pat = re.compile("|".join(f"(?:{getattr(p, attr).pattern})" for p in PACKS.values()))
        hit = (pat, needles(pat))
        _UNION[attr] = hit
    return hit


def any_pack(attr: str) -> Pattern:
    """One pattern matching what `attr` matches in any rule pack (for language-blind
    questions: is this line a sign-off, an internal note, in whatever language?)."""
    return _union(attr)[0]


def any_pack_matches(attr: str, norm: str) -> bool:
    """Whether `any_pack(attr)` matches the normalised text `norm`.

    The union tries some fifty branches at every position; most lines hold none of the
    strings every match needs, and a few substring tests tell so several times faster.
    """
    pat, needed = _union(attr)
    if needed is not None and not any(map(norm.__contains__, needed)):
        return False
    return pat.search(norm) is not None


_PIECES: dict[str, list[tuple[tuple[str, ...] | None, Pattern]]] = {}


def _gated_pieces(attr: str) -> list[tuple[tuple[str, ...] | None, Pattern]]:
    """The pieces every pack's `attr` pattern was joined from, each compiled on its own
    with the strings one of which its every match contains."""
    hit = _PIECES.get(attr)
    if hit is None:
        compiled = [re.compile(p) for pack in PACKS.values() for p in pieces(getattr(pack, attr))]
        hit = [(needles(c), c) for c in compiled]
        _PIECES[attr] = hit
    return hit


def first_matching_line(attr: str, norms: Sequence[str]) -> int | None:
    """The index of the first normalised line `any_pack(attr)` matches (None: none does).

    A match of the union is a match of one of its pieces. Most pieces' strings occur
    nowhere in the reply, and one test over the lines joined drops them; the rest are
    searched only on lines that hold one of their strings. (The union, searched on every
    line, tries some fifty branches at every position.)
    """
    joined = "\n".join(norms)
    live = [
        (gate, pat) for gate, pat in _gated_pieces(attr) if gate is None or any(map(joined.__contains__, gate))
    ]
    if not live:
        return None
    for i, norm in enumerate(norms):
        for gate, pat in live:
            if (gate is None or any(map(norm.__contains__, gate))) and pat.search(norm) is not None:
                return i
    return None


def _any_pack(attr: str, text: str) -> bool:
    # Turkish folding is harmless for English and Arabic patterns, so one key serves all
    return any_pack_matches(attr, normalize(text, "tr"))


def _is_salutation(line: Line, n_lines: int) -> bool:
    if n_lines < 2 or len(line.text) > 90:
        return False
    words = len(line.text.split())
    if line.text.endswith((",", "،", ":", "!")) and words <= 8:
        return True
    return (words <= 5 and not _TERMINAL.search(line.text)) or (
        words <= 8 and _any_pack("greeting", line.text) and not line.text.endswith((".", "?"))
    )


def _is_signoff(line: Line) -> bool:
    words = len(line.text.split())
    if words > 8:
        return False
    if _any_pack("signoff", line.text):
        return True
    return words <= 5 and line.text.endswith((",", "،"))


_COMPANY_END = re.compile(r"(?:\b(?:Co|Ltd|Inc|Corp|LLC|GmbH|Ltd\. Şti|Şti|A\.Ş|S\.A|PLC|Cie)\.)$", re.IGNORECASE)


_SENTENCE_STOP = re.compile(r"[.!?؟]$")


def _looks_like_name_line(line: Line) -> bool:
    # "Inkwell Print Co." ends with a full stop and is still a name, not a sentence
    return len(line.text.split()) <= 6 and (
        not _SENTENCE_STOP.search(line.text) or _COMPANY_END.search(line.text) is not None
    )


_NOTE_LINE = re.compile(
    r"\s*(?:>>|<<|\[[^\]]*\]\s*$|\([^)]*\)\s*$|(?:internal note|note to self|i[cç] not|ملاحظة داخلية)\s*:)", re.IGNORECASE
)


def sentence_at(ctx: EvalContext, pos: int) -> Sentence | None:
    """The sentence of the reply that holds offset `pos`.

    The sentences come in order and do not overlap, so the only one that can hold `pos`
    is the last that starts at or before it: a binary search over their starts (kept on
    the context with the list they were read from) instead of a scan, for every figure
    of the reply."""
    sentences = ctx.sentences
    cached = ctx.extras.get("_sentence_starts")
    if not (isinstance(cached, tuple) and cached[0] is sentences):
        cached = (sentences, [s.start for s in sentences])
        ctx.extras["_sentence_starts"] = cached
    i = bisect_right(cached[1], pos) - 1
    if i >= 0 and pos < sentences[i].end:
        return sentences[i]
    return None


def is_note(text: str) -> bool:
    """An internal note line (">> راجع مع الحسابات …", "İç not: …"), not said to the customer."""
    return _NOTE_LINE.match(text) is not None


def analyse(ctx: EvalContext) -> Reply:
    cached = ctx.extras.get("_reply")
    if isinstance(cached, Reply):
        return cached
    text = ctx.reply
    lines = _lines(text)
    if not lines:
        empty = Line("", 0, 0)
        reply = Reply(
            [], None, empty, None, [], [], 0, 0, [], "und", ctx.language, get_pack(ctx.language)
        )
        ctx.extras["_reply"] = reply
        return reply
    greeting = lines[0] if _is_salutation(lines[0], len(lines)) else None
    first = lines[0]
    top = (
        first if len(first.text) <= 160 else Line(first.text[:160], first.start, first.start + 160)
    )
    body_start = lines[1].start if greeting is not None and len(lines) > 1 else lines[0].start

    signoff: Line | None = None
    signature: list[Line] = []
    first_body_line = 1 if greeting is not None else 0
    # an internal note left after the signature (">> iç not: … <<") is clean_text's finding;
    # the sign-off and the closing question are still where they were
    end = len(lines)
    while end > first_body_line + 2 and _NOTE_LINE.match(lines[end - 1].text):
        end -= 1
    tail_from = max(first_body_line, end - 5)
    for i in range(end - 1, tail_from - 1, -1):
        if _is_signoff(lines[i]) and all(_looks_like_name_line(x) for x in lines[i + 1 : end]):
            signoff = lines[i]
            signature = lines[i + 1 : end]
            break
    if signoff is not None:
        body_end = signoff.start
    else:
        trailing: list[Line] = []
        for line in reversed(lines[max(first_body_line + 1, len(lines) - 3) :]):
            # "başka sorunuz var mı" with its question mark left off is the closing
            # question, not a name line
            if (
                _looks_like_name_line(line)
                and not line.text.endswith((",", "،"))
                and not _any_pack("follow_up", line.text)
            ):
                trailing.insert(0, line)
            else:
                break
        signature = trailing
        body_end = trailing[0].start if trailing else len(text)
    tail = lines[max(first_body_line, len(lines) - 3) :] if len(lines) > 1 else lines

    body = [s for s in ctx.sentences if s.start >= body_start and s.end <= body_end]
    body_text = " ".join(s.text for s in body) or text
    detected = detect_language(body_text)
    case_lang = ctx.language
    pack_lang = case_lang if detected in (case_lang, "und") else detected
    reply = Reply(
        lines=lines,
        greeting=greeting,
        top=top,
        signoff=signoff,
        tail=tail,
        signature=signature,
        body_start=body_start,
        body_end=body_end,
        body=body,
        detected=detected,
        pack_lang=pack_lang,
        pack=get_pack(pack_lang),
    )
    ctx.extras["_reply"] = reply
    return reply


# ------------------------------------------------------------------ matching


def folded(
    ctx: EvalContext, sent: Sentence | Line, lang: str | None = None
) -> tuple[str, list[int]]:
    """The sentence normalised for a language (default: the pack's), and for each of its
    characters the offset in the *reply* it came from.

    The whole reply is normalised once per language and sentences are slices of it.
    """
    lang = lang or analyse(ctx).pack_lang
    cache = ctx.extras.setdefault("_norm", {})
    assert isinstance(cache, dict)
    key = (sent.start, sent.end, lang)
    hit = cache.get(key)
    if hit is not None:
        return hit  # type: ignore[no-any-return]
    whole = cache.get(lang)
    if whole is None:
        whole = normalize_map(ctx.reply, lang)
        cache[lang] = whole
    norm, index = whole
    a = bisect_left(index, sent.start)
    b = bisect_left(index, sent.end)
    hit = (norm[a:b].strip(), index[a:b])
    if len(hit[0]) != b - a:  # a stripped space at either end: drop its offset too
        lead = len(norm[a:b]) - len(norm[a:b].lstrip())
        hit = (hit[0], index[a + lead : a + lead + len(hit[0])])
    cache[key] = hit
    return hit


def search(
    ctx: EvalContext,
    pattern: Pattern | GatedAlternation,
    sent: Sentence | Line,
    kind: str = "",
    lang: str | None = None,
) -> Hit | None:
    # memoised: the suite's pre-filter and the checks ask the same questions
    memo = ctx.extras.setdefault("_search", {})
    assert isinstance(memo, dict)
    key = (id(pattern), sent.start, sent.end, lang, kind)
    if key in memo:
        return memo[key]  # type: ignore[no-any-return]
    norm, index = folded(ctx, sent, lang)
    m = pattern.search(norm)
    hit: Hit | None = None
    if m is not None and index:
        start = index[min(m.start(), len(index) - 1)]
        end = index[max(min(m.end(), len(index)) - 1, 0)] + 1
        if end <= start:
            end = start + 1
        hit = Hit(ctx.reply[start:end], start, end, kind)
    memo[key] = hit
    return hit


def count(ctx: EvalContext, pattern: Pattern, sent: Sentence | Line) -> int:
    norm, _ = folded(ctx, sent)
    return len(pattern.findall(norm))


def first_rule(ctx: EvalContext, rules: Iterable[Rule], sent: Sentence | Line) -> Hit | None:
    for rule in rules:
        hit = search(ctx, rule.pattern, sent, rule.kind)
        if hit is not None:
            return hit
    return None


def sentence_hit(sent: Sentence, kind: str = "") -> Hit:
    return Hit(sent.text, sent.start, sent.end, kind)


def message_norm(ctx: EvalContext) -> str:
    key = "_message_norm"
    cached = ctx.extras.get(key)
    if isinstance(cached, str):
        return cached
    value = normalize(ctx.case.message, analyse(ctx).pack_lang)
    ctx.extras[key] = value
    return value


# ------------------------------------------------------------------ names


def name_fold(text: str) -> str:
    """A key for comparing names: case, Turkish letters, accents and Arabic forms folded."""
    return strip_accents(normalize(text, "tr"))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# ------------------------------------------------------------------ results


def _severity(name: str) -> Any:
    spec = REGISTRY.get(name)
    return spec.severity if spec is not None else "blocking"


def passed(name: str, explanation: str = "", hit: Hit | None = None) -> CheckResult:
    return CheckResult(
        name=name,
        passed=True,
        severity=_severity(name),
        evidence=hit.text if hit else "",
        span=(hit.start, hit.end) if hit else None,
        explanation=explanation,
    )


def failed(
    name: str,
    explanation: str,
    suggestion: str,
    hit: Hit | None = None,
    details: list[dict[str, Any]] | None = None,
) -> CheckResult:
    return CheckResult(
        name=name,
        passed=False,
        severity=_severity(name),
        evidence=hit.text if hit else "",
        span=(hit.start, hit.end) if hit else None,
        explanation=explanation,
        suggestion=suggestion,
        details=details or [],
    )


def not_applicable(name: str, explanation: str) -> CheckResult:
    return CheckResult(
        name=name, passed=True, applicable=False, severity=_severity(name), explanation=explanation
    )


def not_evaluated(name: str, explanation: str) -> CheckResult:
    return CheckResult(
        name=name,
        passed=True,
        applicable=False,
        evaluated=False,
        severity=_severity(name),
        explanation=explanation,
    )


def no_pack(name: str, ctx: EvalContext) -> CheckResult:
    return not_evaluated(name, f"not evaluated: no rule pack for {analyse(ctx).pack_lang}")


def quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def suspect(ctx: EvalContext, check: str, sent: Sentence) -> Hit | None:
    """A sentence the embedding side judges bad for `check`, where no rule decided: near
    a bad exemplar ("similar"), or over the check's learned probe threshold ("learned")."""
    if is_bad(judge(ctx, check, sent), check):
        return sentence_hit(sent, "similar")
    if probe_score(ctx, check, sent) is not None:
        return sentence_hit(sent, "learned")
    return None


def learned_note(ctx: EvalContext, check: str, hit: Hit) -> str:
    """What an explanation adds for a probe's finding: whose it is and how sure."""
    if hit.kind != "learned":
        return ""
    p = probe_score(ctx, check, Sentence(hit.text, hit.start, hit.end))
    return f" (learned probe, p={p:.2f})" if p is not None else " (learned probe)"
