"""R3 apology: no non-apology in any reply; a plain apology where the company is at fault.

A non-apology apologises for an effect ("the inconvenience"), for the customer's
feelings ("that you feel that way") or conditionally ("if you were upset"). The rule
packs catch these by structure (in Turkish, a reason clause in the second person,
"yaşadığınız", against the first person "gönderdiğimiz"); exemplar similarity catches
paraphrases the patterns miss.
"""

from __future__ import annotations

import re

from ...schemas import AT_FAULT_INTENTS, CheckResult
from ...text import Sentence
from ..base import EvalContext, check
from ._shared import (
    Hit,
    analyse,
    failed,
    first_rule,
    learned_note,
    no_pack,
    normalize,
    not_applicable,
    passed,
    quote,
    search,
    suspect,
)

NAME = "apology"
# The claim declined and the decision owned ("Both charges match what was agreed, so I won't
# be reducing the invoice"; "I'm keeping the charge in place"): the reply holds that we
# did nothing wrong, so no apology is owed; the refusal itself is ownership's to judge.
_CLAIM_DECLINED = re.compile(
    r"\b(?:i won't|i will not|i'm not going to|i am not going to) (?:be )?(?:reduc|refund|waiv|remov|reimburs)\w*"
    r"|\bi'm keeping the (?:charge|fee|charges|fees)\b|\bthe (?:charge|fee|charges|fees) (?:stands?|remains? in place)\b"
    r"|\b(?:was|were|is|has been) (?:applied|charged|calculated) correctly\b"
    r"|\b(?:iade|indirim|iptal)\w* (?:etmiyorum|yapmiyorum|etmeyecegim|yapmayacagim)\b"
    # "Bu nedenle tutarı düşürmüyorum"
    r"|\b(?:tutar|ucret|fatura|bedel)\w* (?:\w+ )?(?:dusurmuyorum|dusurmeyecegim|degistirmiyorum|degistirmeyecegim|indirmiyorum)\b"
    r"|\b(?:indirim|ucret|kesinti)\w* (?:\w+ ){0,2}(?:uygulamiyorum|silmiyorum|kaldirmiyorum|geri almiyorum)\b"
    # "Ücret doğru olduğu için bu kalemi silmiyorum"; "the charge is correct"
    r"|\b(?:kalemi|kalemleri|ucreti|tutari) (?:silmiyorum|kaldirmiyorum|iptal etmiyorum)\b|\b(?:ucret|tutar|fatura)\w* dogru (?:oldugu icin|oldugundan)\b"
    r"|\bthe (?:charge|fee|amount|bill) (?:is|was) correct\b"
    r"|(?:مش|لن) (?:هرجع|ارجع|ارد|اعيد|هرد|اخصم|الغي)"
    # "I'm going to keep the $36.00 in place"; "قررتُ إبقاء رسوم الـ75 درهماً"; "ليسا خصماً مكرراً"
    r"|\b(?:i'm|i am) (?:going to )?keep(?:ing)? (?:the|this|that|your) (?:[$£€]?[\d.,]+ ?(?:\w+ )?|\w+ )?(?:in place|charge|fee)\b"
    # "I'm keeping the bill as it is"
    r"|\b(?:i'm|i am) (?:going to )?keep(?:ing)? (?:the|this|that|your) (?:bill|invoice|charge|fee|amount)s? (?:as it is|as it stands|unchanged|as they are)\b"
    # "I'm keeping it as it is rather than refunding the £6"; "the charge matches the tariff"
    r"|\b(?:i'm|i am) (?:going to )?keep(?:ing)? it (?:as it is|as it stands|unchanged|in place)\b"
    r"|\bthe (?:charge|fee|amount|price) (?:matches|is in line with|follows|agrees with) (?:the|our) (?:tariff|price list|prices|policy|terms|rate)\b"
    r"|\b(?:not|isn't|wasn't) a (?:duplicate|double) (?:charge|payment)\b|\bhata yok\b|\bmukerrer (?:cekim|odeme) degil\b"
    # "So nothing was taken twice"; "you weren't charged twice"; "you haven't actually paid it"
    r"|\b(?:nothing|no payment|no charge) (?:was|has been) (?:taken|charged|billed) twice\b|\byou (?:weren't|were not|haven't been|have not been) (?:charged|billed) twice\b"
    r"|\byou (?:haven't|have not) (?:actually )?paid (?:it|that|this|twice)\b"
    r"|(?:قررت|سأبقي|سنبقي|رح نبقي|راح نبقي) (?:على )?(?:ابقاء )?(?:ال)?(?:رسوم|الرسوم|المبلغ|الغرامه)"
    r"|(?:ليس|ليسا|ليست|مش|مو) (?:خصما|خصم|خصمين) (?:مكررا|مكرر|مكررين)"
)
_WHY = {
    "effect": "apologises for an effect on the customer, not for what we did",
    "feelings": "apologises for the customer's feelings, not for what we did",
    "conditional": "is a conditional or distanced apology that admits nothing",
    "similar": "reads as a non-apology: it does not say what we did wrong",
    "sympathy": "expresses sympathy but never apologises for what we did",
}


def find_apologies(ctx: EvalContext) -> tuple[list[Hit], list[Hit]]:
    """(real apologies, non-apologies) in the reply body."""
    reply = analyse(ctx)
    pack = reply.pack
    real: list[Hit] = []
    non: list[Hit] = []
    if pack is None:
        return real, non
    for sent in reply.body:
        marker = search(ctx, pack.apology, sent)
        if marker is None:
            continue
        bad = first_rule(ctx, pack.non_apology, sent)
        if bad is not None and bad.kind != "conditional" and search(ctx, pack.own_fault, _near(ctx, sent, bad)):
            bad = None
        if bad is not None and bad.kind == "effect" and search(ctx, pack.grovel, _clause(ctx, sent, bad)) is not None:
            # "Bu yaşananlar için size ne kadar özür dilesem az": overdone, which is tone's finding
            # (not "Please, please forgive us; we are so sorry for any upset this may have
            # caused", where the hedge stands in a clause of its own)
            bad = None
        if (
            bad is not None
            and bad.kind == "sympathy"
            and (ctx.case.intent or "") not in AT_FAULT_INTENTS
        ):
            continue  # "sorry to hear about your knee": kindness where no apology is owed
        if bad is None and search(ctx, pack.own_fault, sent) is None and search(ctx, pack.grovel, sent) is None:
            # ("Sizden ne kadar özür dilesem az.": an apology overdone, which is tone's finding)
            bad = suspect(ctx, NAME, sent)
        if bad is not None:
            non.append(bad)
        else:
            real.append(Hit(sent.text, sent.start, sent.end, "real"))
    return real, non


_SEMICOLON = re.compile(r"[;؛]")


def _clause(ctx: EvalContext, sent: Sentence, hit: Hit) -> Sentence:
    """The part of `sent` between the semicolons around `hit`."""
    head = ctx.reply[sent.start : hit.start]
    start = sent.start + max(head.rfind(";"), head.rfind("؛")) + 1
    tail = _SEMICOLON.search(ctx.reply, hit.end, sent.end)
    end = tail.start() if tail is not None else sent.end
    return Sentence(ctx.reply[start:end], start, end)


def _near(ctx: EvalContext, sent: Sentence, hit: Hit) -> Sentence:
    """The sentence up to a little past `hit`: a run-on line ("نعتذر عن أي إزعاج 🙏 … لأن
    شغلنا يوم الأحد ما زال داخل الضمان") owns no fault far from its apology."""
    end = min(sent.end, hit.end + 80)
    return Sentence(ctx.reply[sent.start : end], sent.start, end)


@check(NAME, rubric="R3", severity="blocking", needs_model=True)
def apology(ctx: EvalContext) -> CheckResult:
    reply = analyse(ctx)
    pack = reply.pack
    if pack is None:
        return no_pack(NAME, ctx)
    intent = ctx.case.intent or ""
    real, non = find_apologies(ctx)
    example = pack.examples.get("apology", "")
    if non:
        hit = non[0]
        return failed(
            NAME,
            f'non-apology: "{quote(hit.text)}" {_WHY.get(hit.kind, _WHY["similar"])}'
            f"{learned_note(ctx, NAME, hit)}",
            f'say plainly what we did wrong and that you are sorry for it, e.g. "{example}"',
            hit,
            details=[{"evidence": h.text, "span": [h.start, h.end], "kind": h.kind} for h in non],
        )
    if intent in AT_FAULT_INTENTS:
        if real:
            return passed(NAME, "apologises plainly for what went wrong", real[0])
        declined = _CLAIM_DECLINED.search(normalize(ctx.reply, pack.lang))
        if declined is not None:
            return not_applicable(
                NAME, "not applicable: the reply declines the claim and explains why, so it owns no fault to apologise for"
            )
        return failed(
            NAME,
            f"no apology: the company is at fault here ({intent.replace('_', ' ')}) but the reply never says sorry",
            f'apologise plainly for what we did, e.g. "{example}"',
        )
    if real:
        return passed(NAME, "apology is plain", real[0])
    return not_applicable(
        NAME, f"not applicable: no apology needed for a {intent or 'general'} reply"
    )
