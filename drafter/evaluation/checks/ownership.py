"""R4 ownership: first person and active; no blame on the system, policy or another
team, no confessed powerlessness, and someone in the reply actually does something."""

from __future__ import annotations

import re

from ...schemas import CheckResult
from ...text import Sentence
from ..base import EvalContext, check
from ._shared import (
    Hit,
    analyse,
    failed,
    first_rule,
    learned_note,
    no_pack,
    passed,
    quote,
    search,
    suspect,
)
from ._shared import normalize as normalize
from .upsell import pitched

NAME = "ownership"
# intents where the customer needs something done, so a reply without any first-person
# action has left it to nobody
ACTION_INTENTS = frozenset(
    {"cancel", "refund", "billing_dispute", "complaint", "service_outage", "reschedule"}
)
# the customer asked us to carry out something specific: sending them elsewhere to get
# it done, with nothing done here, leaves the whole job to them
TRANSACTION_INTENTS = frozenset({"cancel", "refund", "billing_dispute", "reschedule"})
_WHY = {
    "powerlessness": "confesses powerlessness instead of doing it",
    "blame": "hides behind the system or the policy",
    "handoff": "hands the fix to another team instead of owning it",
    "disown": "says whose job it is instead of doing it",
    "similar": "deflects: it reads as what we can't do, not what I will do",
    "learned": "deflects: it reads as what we can't do, not what I will do",
}


def ownership_problems(ctx: EvalContext) -> list[Hit]:
    reply = analyse(ctx)
    pack = reply.pack
    found: list[Hit] = []
    if pack is None:
        return found
    for sent in reply.body:
        if sent.text.startswith("[") and sent.text.endswith("]"):
            continue  # a bracketed internal note: clean_text's finding, not said to the customer
        hit = first_rule(ctx, pack.ownership_bad, sent)
        if (
            hit is not None
            and hit.kind == "powerlessness"
            and _PAST_FAILURE.search(normalize(hit.text, pack.lang))
        ):
            marker = search(ctx, pack.apology, sent)
            if marker is not None and marker.start < hit.start:
                hit = None  # "I'm sorry ... that we couldn't move you" admits a past failure
        if hit is None:
            if search(ctx, pack.ownership_excuse, sent) is None:
                hit = suspect(ctx, NAME, sent)
            if hit is not None and hit.kind == "learned" and pitched(ctx, sent):
                hit = None  # a pitch's stance, which no_upsell reports
            elif hit is not None and hit.kind == "learned" and (
                _fault_owned(ctx, sent)
                or (_MY_REFUSAL.search(normalize(sent.text, pack.lang)) and _acts(ctx))
            ):
                # "yani sorun tamamen bizden kaynaklanıyor": the fault owned; "Bu nedenle talebinizi
                # … işleme almıyorum" followed by what the agent did: a refusal owned
                hit = None
            elif hit is not None and hit.kind in ("learned", "similar") and _redirected(ctx, sent) and _acts(ctx):
                # "بخصوص الدفع، يرجى التواصل مع فريق المدفوعات …" after the agent owned the fault
                # and acted: the redirect is no_redirect's finding
                hit = None
        elif hit.kind == "handoff" and (
            search(ctx, pack.ownership_excuse, sent)
            or _action(ctx, sent) is not None
            or search(ctx, pack.apology, sent) is not None
        ):
            # handed over by the agent, who says so ("I've booked the technicians' first
            # slot"), or our team's failure apologised for: that is owning it
            hit = None
        elif (
            hit.kind == "disown"
            and _MYSELF.search(sent.text.lower())
            and _action(ctx, sent)
            and not any(
                r.kind == "powerlessness" and search(ctx, r.pattern, sent) for r in pack.ownership_bad
            )
        ):
            # "this decision is the service manager's, so I took your request to him myself
            # today": whose call it is, and the agent carrying it there (unless the same
            # sentence says the agent could not: "the payment tool won't let me refund it myself")
            hit = None
        elif hit.kind == "powerlessness" and _MY_REFUSAL.search(sent.text.lower()) and _acts(ctx):
            hit = None  # "The £25 charge isn't something I can return, as it covered …, but I've refunded the rest"
        elif hit.kind == "blame" and search(ctx, pack.fault_ours, sent):
            hit = None  # "a fault on our side": the cause explained and owned
        elif hit.kind == "blame" and _quoted(ctx, sent, hit):
            hit = None  # "sınav 'araç kaynaklı erteleme' olarak işlenmiş": a record's label, read out
        elif hit.kind == "blame" and (
            search(ctx, pack.ownership_excuse, sent) or _MY_REFUSAL.search(sent.text.lower())
        ) and _acts(ctx):
            # "Our outage terms don't refund subscription fees, but they do give a credit, so
            # I've added it": the rule told, then the agent acting
            hit = None
        elif (
            hit.kind == "powerlessness"
            and pack.lang == "tr"
            and _TR_FIRST_PERSON_NO.search(normalize(hit.text, "tr"))
            and _TR_REASON_OR_OTHER.search(norm := normalize(sent.text, "tr"))
            and not _EXTERNAL.search(norm)
            and not _TR_SYSTEM.search(norm)
        ):
            # "4 Temmuz 15:00 dolu, o saati size veremiyorum; ama aynı gün 16:30 …": the agent's
            # own "no", with its reason or what they offer instead
            hit = None
        elif (
            hit.kind == "powerlessness"
            and pack.lang == "en"
            and _EN_OTHER_SLOT.search(norm := normalize(sent.text, "en"))
            and not _EXTERNAL.search(norm)
            and not _TR_SYSTEM.search(norm)
        ):
            # "I can't do 10:00 on Wednesday, as that slot is already full, but I can offer 09:30"
            hit = None
        elif (
            hit.kind == "powerlessness"
            and (_POLICY.search(norm := normalize(sent.text, pack.lang)) or _BECAUSE.search(norm))
            and (_INSTEAD.search(normalize(ctx.reply, pack.lang)) or (_NORMALLY.search(norm) and _acts(ctx)))
        ):
            # "the cancellation policy doesn't allow a refund for it … what I've done
            # instead is …": the rule explained, and the agent acting within it
            hit = None
        elif (
            hit.kind == "blame"
            and _INCIDENT.search(norm := normalize(sent.text, pack.lang))
            and not _EXTERNAL.search(norm)
            and _owned(ctx)
        ):
            # "our payment system crashed during the sale" in a reply that apologises and
            # acts: the cause of the failure explained, not the blame for it passed on
            hit = None
        if hit is not None:
            found.append(hit)
    return found


# (an opening quote after a space, not a suffix's apostrophe: "Haziran'a", "don't")
_QUOTED = re.compile(r"(?<![^\s(])['‘\"“«]([^'’\"”»\n]{1,60})['’\"”»](?!\w)")


def _quoted(ctx: EvalContext, sent: Sentence, hit: Hit) -> bool:
    """`hit` lies inside a short quotation (a status or label the reply reads out)."""
    return any(
        sent.start + q.start(1) <= hit.start and hit.end <= sent.start + q.end(1)
        for q in _QUOTED.finditer(sent.text)
    )


# "out of the hands of anyone on our side", "من مسؤوليته هو لا من مسؤوليتنا": our side named to deny it
_DENIED = re.compile(r"\b(?:not|isn't|wasn't|aren't|never|out of)\b|n't\b|\bdegil\w*|(?<!\w)(?:لا|ليس|ليست|مش|مو|غير)(?!\w)")


def _fault_owned(ctx: EvalContext, sent: Sentence) -> bool:
    """The sentence puts the fault on us ("yani sorun tamamen bizden kaynaklanıyor"), not
    names our side only to deny it."""
    pack = analyse(ctx).pack
    assert pack is not None
    owned = search(ctx, pack.fault_ours, sent)
    if owned is None:
        return False
    norm = normalize(sent.text, pack.lang)
    if _NO_EXCUSE.search(owned.text.lower()):
        return True  # "the gateway sent it twice, but that's no excuse": the outside cause told, and owned
    return _DENIED.search(norm) is None and _EXTERNAL.search(norm) is None


_NO_EXCUSE = re.compile(r"excuse|mazeret|مبرر|عذر")


_TR_FIRST_PERSON_NO = re.compile(r"(?:yorum|yoruz)$")
_TR_REASON_OR_OTHER = re.compile(
    r"\b(?:ama|ancak|fakat|onun yerine|bunun yerine|yerine|dolu|kapali|oldugu icin|nedeniyle|cunku|zira)\b"
    r"|\b\w+(?:digi|dugu|tigi|tugu) icin\b"  # "talebiniz 16 gün kala geldiği için … iade edemiyorum"
)
_EN_OTHER_SLOT = re.compile(r"\b(?:full|booked|taken|fully booked)\b[^.!?]{0,30}\bbut (?:i|we) can (?:offer|do|book|fit|give|move)\b")
_TR_SYSTEM = re.compile(r"\b(?:sistem|yazilim|uygulama|ekran|politika|kural|yonetmelik|prosedur)\w*")


# the refusal the agent owns, with its reason: "I'm not refunding the €290.00, because June had
# already started and our membership terms don't refund a month in progress"
_MY_REFUSAL = re.compile(
    r"\bi(?:'m| am) not (?:refunding|going to refund|able to refund|charging)\b|\bi won't be (?:refunding|charging)\b"
    # "The £25 assessment charge isn't something I can return, as it covered the calfskin we'd already ordered"
    r"|\b(?:isn't|is not) something i can (?:return|refund|give back|waive)\b,? (?:as|because|since) it\b"
    r"|\b(?:bu nedenle|bu yuzden|dolayisiyla)\b[^.!?]{0,60}\b\w+(?:miyorum|muyorum)\b"
)
# ... or a "no" explained: "olumlu yanıt veremeyeceğim: … çünkü o saati ay boyunca başka takımlara kapatıyoruz"
_BECAUSE = re.compile(r"\b(?:because|cunku|zira)\b|(?<!\w)(?:لان|لأن)(?!\w)")
_MYSELF = re.compile(r"\bmyself\b|\bkendim\b|بنفسي")

# the rule named as the reason ...
_POLICY = re.compile(r"\b(?:policy|policies|contract|terms|politika\w*|sozlesme\w*|kural\w*)\b|سياس|العقد|شروط")
# ... and the agent saying what they did instead
_INSTEAD = re.compile(
    r"\b(?:what i(?:'ve| have) done instead|here's what i(?:'ve| have) done|instead,? i(?:'ve| have)|bunun yerine)\b"
    r"|بدلا من ذلك|ما فعلته|بنفسي"
    # "لن أستطيع ردّ المبلغ كاملاً، لكنني نفّذتُ …"; "لكني استرددتُ لك قيمة الصفحة الثانية"
    r"|(?<!\w)و?لكن(?:ن)?ي\s+\S+ت(?!\w)"
)

# "the contract normally doesn't allow it": the rule stated before the exception made
_NORMALLY = re.compile(r"\b(?:normally|usually|ordinarily|normalde|normal sartlarda|genellikle)\b|عاده|في العاده")


def _redirected(ctx: EvalContext, sent: Sentence) -> bool:
    from .redirect import redirects

    return any(sent.start <= h.start < sent.end for h in redirects(ctx))


def _acts(ctx: EvalContext) -> bool:
    return any(_action(ctx, s) is not None for s in analyse(ctx).body)


# words naming a breakdown (as opposed to a rule or a setting that stops the agent)
_INCIDENT = re.compile(
    r"\b(?:crash(?:ed|es)?|went down|outage|malfunction\w*|broke(?:n)? down|failure|failed|fault|glitch|bug|error)\b"
    r"|\b(?:coktu|cokmus|cokme\w*|ariza\w*|hata\w*|kesinti\w*)\b"
    r"|عطل|خلل|خطا|تعطل|انقطاع|مشكله تقنيه"
)

# ... unless someone else is named as its cause ("our payment provider's system")
_EXTERNAL = re.compile(
    r"\b(?:provider|partner|courier|carrier|supplier|contractor|bank|third[- ]party|manufacturer|"
    r"their|them|they|rather than|not (?:us|ours|our)|firma\w*|kargo\w*|kurye\w*|banka\w*|"
    r"tedarikci\w*|saglayici\w*|taraf\w* (?:degil|yok)|bizim taraf\w*|laboratuvar\w*|laboratory|lab|onlar\w*|\w+ tarafinin elinde)\b"
    r"|شركه|مزود|البنك|المورد|المقاول|الشريك|وليس|ليس من|من جهه|مختبر|معمل"
)


def _owned(ctx: EvalContext) -> bool:
    """The reply apologises (or answers an outage) and the agent acts in the first person."""
    reply = analyse(ctx)
    pack = reply.pack
    assert pack is not None
    # an outage reply explains the breakdown by nature; elsewhere it must come with an
    # apology and the agent acting
    if ctx.case.intent == "service_outage":
        return True
    return any(search(ctx, pack.apology, s) is not None for s in reply.body) and _acts(ctx)


# a failure in the past tense, inside an apology, is owned, not excused
_PAST_FAILURE = re.compile(
    r"\b(?:couldn't|could not|wasn't able|was not able|weren't able|were not able|didn't manage)\b"
    r"|\w+(?:a|e)m(?:adi|edi)(?:m|k)?\b|لم (?:نتمكن|اتمكن|نستطع|استطع|نقدر|اقدر)"
)
# Arabic first-person past written with its vowel (ألغيتُ، جمّدتُ): unambiguous even
# for verbs no list holds; without the damma the same letters may be "she cancelled"
_AR_I_DID = re.compile(
    "[\u0621-\u064a][\u0621-\u064a\u064b-\u0652]*\u062a\u064f(?![\u0621-\u064a])"
)


def _action(ctx: EvalContext, sent: Sentence) -> Hit | None:
    pack = analyse(ctx).pack
    assert pack is not None
    hit = search(ctx, pack.first_person_action, sent)
    if hit is None and pack.lang == "ar":
        m = _AR_I_DID.search(sent.text)
        if m is not None:
            hit = Hit(m.group(0), sent.start + m.start(), sent.start + m.end())
    return hit


@check(NAME, rubric="R4", severity="blocking", needs_model=True)
def ownership(ctx: EvalContext) -> CheckResult:
    reply = analyse(ctx)
    pack = reply.pack
    if pack is None:
        return no_pack(NAME, ctx)
    example = pack.examples.get("ownership", "")
    problems = ownership_problems(ctx)
    if problems:
        hit = problems[0]
        return failed(
            NAME,
            f"{hit.kind if hit.kind not in ('similar', 'learned') else 'deflection'}: "
            f'"{quote(hit.text)}" {_WHY[hit.kind]}{learned_note(ctx, NAME, hit)}',
            f'say what you have done or will do, in the first person, e.g. "{example}"; '
            "if someone else must act, take it to them yourself and say when",
            hit,
            details=[
                {"evidence": h.text, "span": [h.start, h.end], "kind": h.kind} for h in problems
            ],
        )
    actions = [h for s in reply.body if (h := _action(ctx, s)) is not None]
    if actions:
        return passed(NAME, "the agent acts in the first person", actions[0])
    intent = ctx.case.intent or ""
    if intent in TRANSACTION_INTENTS:
        from .redirect import redirects

        sent_away = redirects(ctx)
        if sent_away:
            hit = sent_away[0]
            return failed(
                NAME,
                f'no first-person action: the reply leaves the fix to the customer ("{quote(hit.text)}")',
                f'do it yourself and say so, e.g. "{example}"',
                hit,
            )
    passive = next((h for s in reply.body if (h := search(ctx, pack.passive, s)) is not None), None)
    if passive is not None and intent in ACTION_INTENTS:
        return failed(
            NAME,
            f'no first-person action: "{quote(passive.text)}" says it was done, not who did it',
            f'say what you have done, in the first person, e.g. "{example}"',
            passive,
        )
    return passed(NAME, "no deflection")
