"""A stated figure in the wrong role: the value is in the sources, but for something else.

"Your inverter is covered … for 25 years" where the sources say "Panels: 25-year …
Inverter: 10-year …": 25 years is stated, so a value check passes it, yet the clause of
the sources that is about what the reply talks about (the inverter's warranty) gives
another figure. Each source is cut into clauses; the reply's sentence is compared with
the clause that backs its figure and with the clauses giving another figure of the same
kind, by the words they share. A rival clause wins only when it shares at least two
words with the sentence that the backing clause lacks, and the backing clause shares
none that the rival lacks: a sentence that is about both, or about neither, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..numbers import Mention, extract, fold

# clauses of a source: sentences, ";"-separated items, lines ("Panels: 25-year … . Inverter: …")
_CUT = re.compile(r"(?<=[.!?;؛])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]+")
# words that say nothing about what a figure is for: function words, units of time and
# money, months and weekdays (they belong to the figures themselves)
_STOP = frozenset(
    """
    your yours with that this these those have has will would could should shall from been were
    into about which there their they them then than what when where while after before within
    also just only more most less least very some such each every other over under upto until
    does done doing make made mine ours ourselves here once again still even well back full
    days hour hours week weeks month months year years minute minutes working business
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december
    pounds dollars euros lira riyal riyals dirham dirhams dinar dinars
    icin olan olarak gibi kadar daha sonra once ile veya ama fakat icinde ayni bunu buna bunun
    sizin bizim sizi size sizde bizde hesabiniza gun gunu gunluk saat saatlik hafta haftalik
    aylik yillik yil yili pazartesi sali carsamba persembe cuma cumartesi pazar ocak subat mart
    nisan mayis haziran temmuz agustos eylul ekim kasim aralik
    التي الذي الذين هذه هذا ذلك تلك على الى إلى عند بعد قبل خلال حتى منذ بين كما لكن اذا إذا
    يوم ايام أيام يوما ساعه ساعة ساعات اسبوع أسبوع اسابيع شهر اشهر أشهر سنه سنة سنوات ريال
    ريالا درهم دينار جنيه الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت
    """.split()
)
_AR_PREFIX = re.compile(r"^(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل)(?=\w{3})")


def _key(word: str) -> str | None:
    if len(word) < 4 or word in _STOP:
        return None
    if "\u0600" <= word[0] <= "\u06ff":
        word = _AR_PREFIX.sub("", word)
        return word[:4] if len(word) >= 3 else None
    return word[:5]  # "enrol"/"enrolment", "garanti"/"garantisi", "warranty"/"warranties"


def keys(text: str) -> frozenset[str]:
    """The words of `text` that say what it is about, folded and cut to a stem."""
    folded = fold(text).replace("\u0640", "")
    out = {_key(w) for w in _WORD.findall(folded) if fold(w) not in _STOP}
    out.discard(None)
    return frozenset(k for k in out if k is not None)


# "Inverter: 10-year manufacturer warranty": the label says what the clause's figure is for
_LABEL = re.compile(r"^\s*([^:\d]{2,40}?)\s*:\s")


@lru_cache(maxsize=512)
def _clauses(text: str) -> tuple[tuple[str, frozenset[str], tuple[Mention, ...]], ...]:
    """The labelled clauses of a source: the keys of each label, with the clause's figures."""
    out = []
    for clause in _CUT.split(text):
        label = _LABEL.match(clause)
        if label is None or len(label.group(1).split()) > 4:
            continue
        mentions = extract(clause)
        if mentions and (words := keys(label.group(1))):
            out.append((label.group(1).strip(), words, mentions))
    return tuple(out)


def rival_clause(
    sentence: str,
    m: Mention,
    sources: Sequence[str],
    backs: Callable[[Mention, str], bool],
) -> str | None:
    """The label of the source item that `sentence` is about where it gives another figure
    of the kind of `m`, while the item that states `m` is one the sentence never names.
    `backs(m, text)` says whether a text states `m`."""
    said = keys(sentence)
    own = False
    rival: str | None = None
    for text in sources:
        for label, words, mentions in _clauses(text):
            same_kind = [x for x in mentions if x.kind == m.kind and x.unit == m.unit]
            if not same_kind:
                continue
            if any(backs(m, x.text) for x in same_kind):
                if words & said:
                    return None  # the sentence names the item that states the figure
                own = True
            elif words & said and rival is None:
                rival = label
    return rival if own else None
