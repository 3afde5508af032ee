"""Rule packs: the exact, language-specific knowledge the judgement checks use.

A pack holds regular expressions over *normalised* text (drafter.text.normalize:
lower-cased, Turkish folded to ASCII-ish letters, Arabic without diacritics and with
one form per letter, ASCII digits). Patterns are written against that folded form, so
one pattern covers "özür dilerim", "ozur dilerim" and "ÖZÜR DİLERİM".

Packs carry only what is exact (closed word classes, morphology, structure); the
paraphrases no list can hold are the job of the exemplar similarity (similarity.py).
A language without a pack gets "not evaluated" from the checks that need one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gate import GatedAlternation as GatedAlternation

Pattern = re.Pattern[str]


# the pieces each `rx` pattern was joined from, by its source text: a gate can then test
# each piece's literals on their own (checks/_shared.py, first_matching_line)
_PIECES: dict[str, tuple[str, ...]] = {}


def rx(*alternatives: str) -> Pattern:
    """One compiled alternation of the given regex pieces."""
    pattern = re.compile("|".join(f"(?:{a})" for a in alternatives))
    _PIECES[pattern.pattern] = alternatives
    return pattern


def pieces(pattern: Pattern) -> tuple[str, ...]:
    """The regex pieces `rx` joined into `pattern` (its whole source if rx did not build it)."""
    return _PIECES.get(pattern.pattern, (pattern.pattern,))


def gated(*alternatives: str) -> GatedAlternation:
    """The same alternation, each piece searched only where its literal text occurs (for
    the long ones every sentence is searched with; see gate.py)."""
    return GatedAlternation(alternatives)


NEVER: Pattern = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Rule:
    """A pattern that marks a problem, with the kind of problem it is."""

    pattern: Pattern
    kind: str


@dataclass(frozen=True)
class RulePack:
    lang: str
    # R1 greeting
    greeting: Pattern  # salutation words at the start of the reply
    generic_address: Pattern  # "customer", "sir or madam": addressed, but not by name
    # R2 signature
    signoff: Pattern  # closing formula before the signature ("Best regards,")
    team_sign: Pattern  # a team or department signing instead of a person
    # R3 apology
    apology: Pattern  # any apology word (also counted for grovelling)
    non_apology: tuple[Rule, ...]
    # R4 ownership
    first_person_action: Pattern
    ownership_bad: tuple[Rule, ...]
    ownership_excuse: Pattern  # a sentence the agent owns although a bad rule matched
    # R5 redirect
    redirect: tuple[Rule, ...]
    same_channel: Pattern  # "reply to this message", "we will call you": not a redirect
    contact_asked: Pattern  # the customer asked for a contact or a visit
    # R6 next step
    vague: Pattern
    when: Pattern  # a concrete time: date, weekday, clock time, "within 2 days", "today"
    commitment: Pattern  # something will happen / has been done / the customer's one step
    # R8 upsell
    upsell: tuple[Rule, ...]
    offer_asked: Pattern  # the customer asked about plans, offers, alternatives
    compensation: Pattern  # goodwill the agent has given: not a pitch
    # R9 follow-up
    follow_up: Pattern
    # R11 clean text
    internal_note: Pattern
    dangling: Pattern  # a conjunction or article that leaves the sentence open
    # R12 tone
    slang: Pattern
    sarcasm: GatedAlternation
    grovel: Pattern  # self-abasement beyond an apology ("I feel terrible")
    # an apology about our own doing ("... gönderdiğimiz için"), even with a noun a
    # non-apology rule matched
    own_fault: Pattern = NEVER
    # agentless passive for what the agent did ("has been cancelled"): with no
    # first-person action anywhere, the reply hides who acted
    passive: Pattern = NEVER
    # cheap pre-filters: only sentences showing a cue for a check are compared with that
    # check's exemplars (keeps topic-only similarity out, and saves embedding work)
    cues: dict[str, Pattern] = field(default_factory=dict)
    # a time in the past ("since 08:00"): not a next step
    past_time: Pattern = NEVER
    # a future deadline ("within 5 business days", "tomorrow"): a next step by itself
    deadline: Pattern = NEVER
    # the fix reported as done by the agent ("I've refunded the 40 GBP"): nothing is left
    # pending, so no time is owed; handing it on ("I've passed this to the team") is not
    resolved: Pattern = NEVER
    # the fault named as ours ("a fault on our side", "depomuzdaki bir hata"): an admission,
    # not blame on the system
    fault_ours: Pattern = NEVER
    # a wish for the customer ("I hope you're back on your feet soon"): its "soon" promises nothing
    wish: Pattern = NEVER
    # words that legitimately start a sentence in lower case ("iPhone", "e-mail")
    lowercase_ok: frozenset[str] = frozenset()
    # examples used in suggestions, in this language
    examples: dict[str, str] = field(default_factory=dict)


def _load() -> dict[str, RulePack]:
    from . import ar, en, tr

    return {p.lang: p for p in (en.PACK, tr.PACK, ar.PACK)}


PACKS: dict[str, RulePack] = _load()


def get_pack(lang: str | None) -> RulePack | None:
    if not lang:
        return None
    return PACKS.get(lang.lower().split("-")[0])
