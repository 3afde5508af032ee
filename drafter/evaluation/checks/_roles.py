"""A stated figure in the wrong role: the value is in the sources, but for another item.

"Your inverter is covered … for 25 years" where a source lists "Panels: 25-year … .
Inverter: 10-year … .": 25 years is stated, so a value check passes it, yet the item the
reply talks about (the inverter) has another figure. Only labelled items are compared
("Label: … figure …"), because a label says what its figure is for; comparing all the
words of free-running clauses flagged a good reply for every sentence that mixed two
topics (measured: 3 bad replies caught for 37 good ones flagged, across every labelled set).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ...text import letter_runs
from ..numbers import Mention, extract, fold

# items of a source: sentences, ";"-separated items, lines ("Panels: 25-year … . Inverter: …")
_CUT = re.compile(r"(?<=[.!?;؛])\s+|\n+")
# "Inverter: 10-year manufacturer warranty": a short label before a colon
_LABEL = re.compile(r"^\s*([^:\d]{2,40}?)\s*:\s")
_AR_PREFIX = re.compile(r"^(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل)(?=\w{3})")


# short words that name nothing ("the", "and", "per", "için", "ile")
_STOP = frozenset(("the", "and", "for", "per", "with", "all", "any", "one", "two", "ile", "her", "bir", "icin", "veya"))


def _key(word: str, shortest: int = 4) -> str | None:
    if len(word) < shortest or word in _STOP:
        return None
    if "\u0600" <= word[0] <= "\u06ff":
        return _AR_PREFIX.sub("", word)[:4]
    return word[:5]  # "warranty"/"warranties", "garanti"/"garantisi", "enrol"/"enrolment"


def keys(text: str, shortest: int = 4) -> frozenset[str]:
    """The words of `text`, folded and cut to a stem, for comparing what two texts name
    (words of `shortest` letters or more: a price list's "Duo" needs three)."""
    found = (_key(w, shortest) for w in letter_runs(fold(text).replace("\u0640", "")))
    return frozenset(k for k in found if k is not None)


# "Premium Duo $14.99/month (2 accounts …); Premium Family $17.99/month (…)": a list of
# named items, each name right before its figure, with no colon
_NAMED = re.compile(r"^\s*([^\W\d_][^\d:;,.()$€£₺]{1,38}?)\s+(?=[$€£₺]\s?\d|\d)")
_LIST_CUT = re.compile(r"(?<=[;؛])\s+|\n+")


@lru_cache(maxsize=512)
def _listed(text: str) -> tuple[tuple[str, frozenset[str], tuple[Mention, ...]], ...]:
    """The items of a list of named figures, each name's own words (those the other
    names share, "Premium", dropped), when the text is such a list (two items or more)."""
    found = []
    for clause in _LIST_CUT.split(text):
        named = _NAMED.match(clause)
        if named is None or len(named.group(1).split()) > 4:
            continue
        mentions = extract(clause)
        if mentions and mentions[0].start == named.end():
            found.append((named.group(1).strip(), keys(named.group(1), 3), mentions))
    if len(found) < 2:
        return ()
    shared = frozenset.intersection(*(words for _, words, _ in found))
    return tuple((label, words - shared, ms) for label, words, ms in found if words - shared)


@lru_cache(maxsize=512)
def _items(text: str) -> tuple[tuple[str, frozenset[str], tuple[Mention, ...]], ...]:
    """The labelled items of a source: each label, its keys, and the item's figures."""
    if ":" not in text:
        return ()  # every label ends with a colon: most sources hold none
    out = []
    for clause in _CUT.split(text):
        label = _LABEL.match(clause)
        if label is None or len(label.group(1).split()) > 4:
            continue
        mentions = extract(clause)
        if mentions and (words := keys(label.group(1))):
            out.append((label.group(1).strip(), words, mentions))
    return tuple(out)


def rival_item(
    sentence: str,
    m: Mention,
    sources: Sequence[str],
    states: Callable[[Mention, str], bool],
) -> str | None:
    """The label of the source item `sentence` names when that item gives another figure of
    the kind of `m` and the item that states `m` is one the sentence never names; else None.
    `states(m, text)` says whether a figure's text states `m`."""
    # the sentence's words, read only once some item gives a figure of the kind (most
    # sources list no items): (a list's names may be three letters long; labels' keys are longer)
    said: frozenset[str] | None = None
    own = False
    rival: str | None = None
    for text in sources:
        for label, words, mentions in (*_items(text), *_listed(text)):
            same_kind = [x for x in mentions if x.kind == m.kind and x.unit == m.unit]
            if not same_kind:
                continue
            if said is None:
                said = keys(sentence, 3)
            if any(states(m, x.text) for x in same_kind):
                if words & said:
                    return None  # the sentence names the item that states the figure
                own = True
            elif words & said and rival is None:
                rival = label
    return rival if own else None


# a name in quotes: "'Galata' 30x40 poster", "«Boğaz Gecesi»", "the “Harbour” room"
_QUOTED = re.compile(r"(?<!\w)['\"«“‘]([^'\"«»“”‘’\n]{2,40}?)['\"»”’](?!\w)")
_OPENING_QUOTES = ("'", '"', "«", "“", "‘")  # what a match of _QUOTED opens with


@lru_cache(maxsize=512)
def _quoted_items(text: str) -> tuple[tuple[str, tuple[Mention, ...]], ...]:
    """The items of a source named in quotes, each with its figures (one name an item)."""
    if not any(map(text.__contains__, _OPENING_QUOTES)):
        return ()  # every name in quotes opens with one of them: most sources quote nothing
    out = []
    for clause in _LIST_CUT.split(text):
        for part in _CUT.split(clause):
            names = _QUOTED.findall(part)
            if len(names) == 1 and (mentions := extract(part)):
                out.append((names[0].strip(), mentions))
    return tuple(out)


def quoted_rival(sentence: str, m: Mention, sources: Sequence[str]) -> str | None:
    """"'Galata' posterinin bedeli olan 349,90 TL" where the order lists "'Galata' … 229,90
    TL; 'Boğaz Gecesi' … 349,90 TL": the figure of one item named in quotes, given for
    another. None unless the sources list two items or more, each with a figure of the
    kind, and the sentence names exactly one of them."""
    items = [
        (name, ms) for text in sources for name, ms in _quoted_items(text) if any(x.kind == m.kind for x in ms)
    ]
    if len({name for name, _ in items}) < 2:
        return None
    if sum(x.kind == m.kind for x in extract(sentence)) != 1:
        return None  # "«موجة 150» بـ 150 ريالاً مقابل 99 ريالاً لباقتك": two items compared
    folded = fold(sentence)
    named = {name for name, _ in items if fold(name) in folded}
    if len(named) != 1:
        return None
    (own,) = named

    def gives(mentions: tuple[Mention, ...]) -> bool:
        return any(x.kind == m.kind and abs(x.lo - m.lo) < 0.005 for x in mentions)

    if any(gives(ms) for name, ms in items if name == own):
        return None
    return next((name for name, ms in items if name != own and gives(ms)), None)


@lru_cache(maxsize=512)
def _parallel_clauses(text: str) -> tuple[tuple[frozenset[str], frozenset[str], Mention, str], ...]:
    """Pairs of clauses of one source written to the same pattern, each with one figure:
    "Illness cover starts 14 days after the policy start date. Accident cover starts 48
    hours after the policy start date." Each clause as (the words only it has, the words
    both share, its figure, its text); the words that set the two apart are what each
    figure is for."""
    figures = [x for x in extract(text) if x.kind in ("duration", "percent", "amount")]
    if len(figures) < 2:
        return ()
    clauses = []
    start = 0
    for cut in (*_CUT.finditer(text), None):
        end = cut.start() if cut is not None else len(text)
        inside = [x for x in figures if start <= x.start < end]
        if len(inside) == 1:  # (the words of the figure, "days", "hours", set nothing apart)
            f = inside[0]
            clause = text[start:end]
            words = keys(text[start : f.start] + " " + text[f.end : end])
            clauses.append((words, f, clause.strip()))
        start = cut.end() if cut is not None else end
    out = []
    for i, (ka, fa, ta) in enumerate(clauses):
        for kb, fb, tb in clauses[i + 1 :]:
            shared = ka & kb
            if fa.kind != fb.kind or fa.unit != fb.unit or (fa.lo, fa.hi) == (fb.lo, fb.hi) or len(shared) < 3:
                continue
            if 1 <= len(ka - kb) <= 2 and 1 <= len(kb - ka) <= 2:
                out += [(ka - kb, shared, fa, ta), (kb - ka, shared, fb, tb)]
    return tuple(out)


def parallel_rival(
    sentence: str,
    m: Mention,
    sources: Sequence[str],
    states: Callable[[Mention, str], bool],
) -> str | None:
    """The parallel source clause whose figure `sentence` gives to the other one:
    "Illness cover starts 48 hours after …" where 48 hours is accident cover's. None
    unless the sentence names one of the pair, with its shared words, and one such figure."""
    pairs = [pair for text in sources if (pair := _parallel_clauses(text))]
    if not pairs:
        return None
    figures = [x for x in extract(sentence) if x.kind == m.kind]
    if len(figures) != 1:
        return None
    f = figures[0]
    said = keys(sentence[: f.start] + " " + sentence[f.end :])
    for pair in pairs:
        for own, shared, figure, _ in pair:
            if not (own & said) or len(shared & said) < 2 or states(m, figure.text):
                continue
            for other, shared2, rival, clause in pair:
                if (
                    shared2 == shared
                    and other != own
                    and not (other & said)
                    and states(m, rival.text)
                ):
                    return clause
    return None
