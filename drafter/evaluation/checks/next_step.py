"""R6 next_step (advisory): the reply says what happens next and when.

Judged clause by clause: a sentence is concrete when it commits to (or reports) an
action and one of its clauses names a time (a date, a weekday, a clock time, "within 5 business
days", "today", "straight away"). A clause of vague assurance ("someone will look
into it", "kısa sürede çözülebilir", "سنعود إليك") without a time is vague, and a
sentence holding one does not count as concrete (in "I've noted Friday doesn't suit
you and someone will be in touch", the date is not a next step).
"""

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
    folded,
    learned_note,
    no_pack,
    not_applicable,
    passed,
    quote,
    search,
    suspect,
)
from .upsell import pitches

NAME = "next_step"
_CLAUSE = re.compile(r"[,;:—–]|\s(?:and|but|so|then|while|ve|ama|fakat|ancak|lakin)\s")

# Language knowledge this check alone needs, over normalised text (the pack's form).
# A vague phrase negated or set in the past ("we didn't let you know", "كان يجب أن نخبرك",
# "ولم نبلغك") reports what went wrong; it promises nothing.
_NOT_PROMISED = {
    "en": re.compile(
        r"\b(?:didn't|did not|never|should have|shouldn't have|could have|failed to|forgot to|had to|having to|needed to)\b"
    ),
    "tr": re.compile(r"\b(?:gerekirdi|gerekiyordu|malesef|maalesef)\b"),
    "ar": re.compile(
        r"(?:^|\s)[وف]?(?:لم|ما|دون|بدون)\s|(?:كان|كنا|كان من)\s(?:\S+\s)?(?:يجب|ينبغي|علينا|الواجب|المفروض)"
        r"|(?:^|\s)[وف]?حت[يى] لا\s"  # "حتى لا تتفاجئي لاحقاً": so that you are not surprised later
        r"|(?:^|\s)[وف]?[تين]حتاج\S*\s"  # "وأنت تحتاج ملابس العمل قريباً": the customer's need
        # "إن احتجتها لاحقاً"، "إن غيّرتِ رأيك خلال الأيام القادمة": the customer's choice, later
        r"|(?:^|\s)[وف]?(?:ان|اذا|لو)\s(?:احتجت|غيرت)\S*\s"
    ),
}
# A sentence that opens with an apology tells what went wrong: a time in it ("your card
# was declined tonight") is when it happened, unless the sentence also looks ahead.
_FUTURE = {
    "en": re.compile(r"'ll\b|\b(?:will|shall|going to)\b"),
    "tr": re.compile(r"\w+(?:ecek|acak|eceg|acag)\w*"),
    # (and the colloquial futures: Levantine "رح نرجعلك", Egyptian "هتتعوض", "هنبعتلك")
    "ar": re.compile(
        r"(?:^|\s)[وف]?(?:س[تينا]|سوف\s|رح\s|راح\s|ه[تين](?!ناك|نالك|يئ)[\u0621-\u064a]{3})\S"
    ),
}
# "Reply to confirm and I'll complete the exchange": the customer's one step, then the
# agent's at once; the time is the moment they reply
_ON_REPLY = {
    "en": re.compile(
        r"\b(?:reply|respond|confirm|let (?:me|us) know|tell me|say the word|just say)\b[^.!?]{0,80}\b(?:and|then) (?:i'll|i will|we'll|we will)\b"
        r"|\bif you (?:reply|confirm|let me know|tell me)\b[^.!?]{0,80}\b(?:i'll|i will)\b"
        # "Reply with the slot you'd like and it'll be booked in"
        r"|^(?:just )?(?:reply|respond) with\b[^.!?]{0,60}\band (?:it|they|that)(?:'ll| will) be (?:booked|done|sorted|confirmed|moved|sent|arranged)\b"
    ),
    "tr": re.compile(r"\b(?:yazmaniz|bildirmeniz|onaylamaniz|soylemeniz) yeterli\b[^.!?]{0,60}\b\w+(?:eyim|ayim|ecegim|acagim|irim|arim|erim)\b"),
    # (normalised text: alef forms folded, so "سأ" is written "سا")
    "ar": re.compile(r"(?<!\w)(?:اخبريني|اخبرني|ردي|رد|ارسلي|ارسل|يكفي ان ترد\w*)(?!\w)[^.!?؟]{0,80}(?<!\w)(?:وسا|فسا|سا)\S+"),
}
# a vague step that only applies if something goes wrong ("if it hasn't arrived by then,
# I'll follow it up"; "I'll let you know if it turns up") is a fallback beside a concrete one
_CONTINGENT = {
    "en": re.compile(r"\b(?:if|in case|should it|unless)\b"),
    "tr": re.compile(r"\b(?:eger|olmazsa|olursa|\w+(?:mezse|mazsa|rse|rsa)(?:niz|n|m|k)?)\b"),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:اذا|لو|ان لم)\s"),  # not "ان": folded, "إن" (if) is "أن" (that)
}
# the condition is the customer's own choice ("وإذا قررت الحجز"; not English's "If you'd
# like, just reply … so you get an email as soon as it's available", a fallback offered)
_CHOICE = {
    "ar": re.compile(r"\s*(?:قررت|قررتي|قررتم|رغبت|رغبتي|اردت|اردتي|حبيت|حبيتي|تحب|تحبي|تريد|تريدين|تبغى|تبي)(?!\w)"),
}
# "öğretmeninizi takibe aldılar", "kaydınıza not düştüm": done, reported in the past tense
_TR_PAST = re.compile(r"\w(?:d|t)[iu](?:m|k|lar|ler|niz)?$")
# "you'll get a confirmation text shortly": a receipt for what is done, not the step itself
_CONFIRMATION = re.compile(
    r"\b(?:confirmation|receipt|booking confirmation)(?: text| email| e-mail| message| sms)?\b"
    r"|\b(?:an? |the )?(?:email|e-mail|text|message|sms) confirming\b"
)
# "hopefully" is vague only as a hedge on a promise ("hopefully we can fix it"), not
# beside a remark with nothing promised ("hopefully it sticks this time") or the
# customer's part ("hopefully it's something you'll bear in mind")
_HEDGED_PROMISE = re.compile(r"\b(?:will|'ll|can|should|be|get|we|i|they|someone)\b")
_CUSTOMER_NEXT = re.compile(r",? (?:it's |this is |that's )?(?:something )?(?:you|you'll|you will)\b")


# a wish is no promise ("إن شاء الله تكون تجربتك القادمة أفضل", "I hope you're better
# soon"), but "God willing" with a vague time is the vague promise itself: "وإن شاء الله
# يكون جهازك جاهزاً في أقرب وقت ممكن"
_GOD_WILLING = "\u0627\u0646 \u0634\u0627\u0621 \u0627\u0644\u0644\u0647"
_VAGUE_TIME = re.compile(
    r"\b(?:as soon as possible|asap|en kisa (?:surede|zamanda)|en yakin zamanda)\b|(?:في |ب)اقرب وقت|لاحقا|(?:لك|لكم|اليك|اليكم)\s+(?:\S+\s+)?قريبا"
    # "وإن شاء الله ترجع الأمور لطبيعتها قريباً": the fix, soon, God willing
    r"|(?:ترجع|يرجع|تعود|يعود|ينحل|تنحل|يتصلح|تتصلح|يشتغل|تشتغل)[^.،,]{0,30}قريبا"
)


# "so let's get it sorted"; "the quickest way to get it sorted is to contact …": no promise
_LETS = re.compile(r"\blet's\b|\b(?:way|how) to (?:get )?$")
_AR_PROMISE = re.compile(
    # (dialect futures too: "وبنرتّب معك موعد ثاني لاحقاً"، "رح نتواصل")
    r"(?:^|\s)[وف]?(?:س[تينا]|سوف\s|بن|رح\s|راح\s)\S|(?:^|\s)[وف]?(?:نتواصل|نعود|نرد|نخبر|نبلغ|نرسل|نرتب|نحدد|نتفق|اتواصل|اعود|ارد|اخبر|ابلغ|ارسل|ارتب|احدد|يتم)\S*"
)


# a sentence broken off after a joined preposition ("سأقوم بـ": the tatweel joins it to
# nothing). Not a missing full stop: list lines and unpunctuated replies end without one
_CUT_OFF_ENDS = frozenset("\u0640")


def _clauses(norm: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE.finditer(norm):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(norm):
        out.append((pos, len(norm)))
    return out


def _judge_sentence(ctx: EvalContext, sent: Sentence) -> tuple[bool, Hit | None]:
    """(has a concrete clause, first vague clause)."""
    pack = analyse(ctx).pack
    assert pack is not None
    norm, index = folded(ctx, sent)
    committed = pack.commitment.search(norm) is not None
    # "anything else you need while we fix this?" asks; it assures nothing
    question = sent.text.rstrip().endswith(("?", "؟"))
    # the fix done and reported ("I've refunded the 40 GBP") leaves nothing to wait for
    concrete = not question and pack.resolved.search(norm) is not None
    vague: Hit | None = None
    lang = pack.lang
    future = _FUTURE.get(lang)
    # (a sentence that also reports the fix done, "آسفين … رجّعتلك الـ22 دينار", looks forward too)
    looking_back = (
        future is not None
        and pack.apology.search(norm, 0, 25) is not None
        and future.search(norm) is None
        and pack.resolved.search(norm) is None
    )
    has_deadline = False
    on_reply = _ON_REPLY.get(lang)
    replied = on_reply.search(norm) if not question and on_reply is not None else None
    if replied is not None:
        concrete = True
    contingent = _CONTINGENT.get(lang)
    for a, b in _clauses(norm):
        # "since 08:00" is not a next step; blank it out, keeping the offsets
        clause = pack.past_time.sub(lambda m: " " * len(m.group(0)), norm[a:b])
        if looking_back and pack.when.search(clause) is not None:
            continue
        if pack.deadline.search(clause) is not None:
            concrete = has_deadline = True
            continue
        if pack.when.search(clause) is not None:
            concrete = concrete or committed
            continue
        wish = pack.wish.search(clause)
        wished = wish is not None and not (wish.group(0).startswith(_GOD_WILLING) and _VAGUE_TIME.search(clause))
        m = None if question or wished else pack.vague.search(clause)
        if m is not None and not _really_vague(lang, clause, m):
            m = None
        if m is not None and replied is not None and a + m.start() <= replied.end() + 2:
            m = None  # "Sonbahar yaklaştığında … yazmanız yeterli, planlamasını ben yaparım": when the customer writes
        if m is not None and norm[b : b + 1] == ":" and pack.when.search(norm, b) is not None:
            m = None  # "some space later in the week: Wednesday 18 March 13:00-15:00"
        if m is not None and vague is None:
            s = index[a + m.start()]
            e = index[a + m.end() - 1] + 1
            # the condition governs the vague clause up to the next semicolon: "Tutar en kısa zamanda
            # hesabınıza geçecektir; bir gelişme olursa …" promises with no condition
            # ... and, in English, no further than the vague clause itself: in "we'll have it running
            # again as soon as we're able, and if the closure drags on, …" the condition is the next
            # clause's (a Turkish condition comes after what it governs: "Önümüzdeki günlerde …,
            # kaşıntı … yaparsa")
            stop = norm.find(";", b)
            stop = stop if stop >= 0 else len(norm)
            if lang == "en":
                stop = min(stop, b)
            cond = contingent.search(norm, 0, stop) if contingent is not None else None
            # (a condition that is the customer's choice, "if you decide to book", is no
            # fallback: what follows it is the step, and it is vague)
            choice = _CHOICE.get(lang)
            kind = "contingent" if cond is not None and not (choice and choice.match(norm, cond.end())) else "vague"
            vague = Hit(ctx.reply[s:e], s, e, kind)
    # a promise with a deadline in the same sentence is not vague: "we'll fix it and
    # have it back with you within 3 business days"
    if has_deadline:
        vague = None
    text = sent.text.rstrip()
    if concrete and not has_deadline and len(text.split()) >= 4 and text[-1] in _CUT_OFF_ENDS:
        concrete = False  # "ولكي يكون كل شيء جاهزاً قبل زيارتك يوم الأحد 24 مايو، سأقوم بـ": the step cut off
        vague = vague or Hit(sent.text, sent.start, sent.end, "vague")
    return concrete and vague is None, vague


def _really_vague(lang: str, clause: str, m: re.Match[str]) -> bool:
    neg = _NOT_PROMISED.get(lang)
    if neg is not None and neg.search(clause, 0, m.start()) is not None:
        return False
    if lang == "tr" and _TR_PAST.search(m.group(0).rstrip()):
        return False
    if m.group(0).strip().startswith("hopefully"):
        return _HEDGED_PROMISE.search(clause, m.end()) is not None and not _CUSTOMER_NEXT.match(clause, m.end())
    if lang == "en" and _LETS.search(clause, 0, m.start()):
        return False  # "so let's get it sorted": the agent rolling up their sleeves, before the step
    if lang == "tr" and m.group(0).strip() == "zamanla" and _FUTURE["tr"].search(clause) is None:
        return False  # "zamanla kendi gitarının olması yine de iyi olur": advice, nobody promises anything
    if lang == "ar" and m.group(0) == "لاحقا" and _AR_PROMISE.search(clause) is None:
        return False  # "يوفّر عليكِ الكثير لاحقاً": later, but nobody promises anything
    if clause.count('"', 0, m.start()) % 2 == 1:
        return False  # quoted ("the app kept saying \"shipping soon\""): reported, not promised
    return _CONFIRMATION.search(clause, 0, m.start()) is None


@check(NAME, rubric="R6", severity="advisory", needs_model=True)
def next_step(ctx: EvalContext) -> CheckResult:
    reply = analyse(ctx)
    pack = reply.pack
    if pack is None:
        return no_pack(NAME, ctx)
    if ctx.case.intent == "praise":
        return not_applicable(NAME, "not applicable: nothing to do next after praise")
    vague: list[Hit] = []
    concrete: Hit | None = None
    for sent in reply.body:
        is_concrete, vague_hit = _judge_sentence(ctx, sent)
        if is_concrete and concrete is None:
            concrete = Hit(sent.text, sent.start, sent.end)
        if (
            vague_hit is None
            and not is_concrete
            and search(ctx, pack.when, sent) is None  # a sentence with a time is not vague
        ):
            vague_hit = suspect(ctx, NAME, sent)
            if vague_hit is not None and vague_hit.kind == "learned" and (
                first_rule(ctx, pack.redirect, sent) or first_rule(ctx, pack.ownership_bad, sent)
            ):
                vague_hit = None  # "the bank can tell you best": no_redirect's or ownership's finding
        if vague_hit is not None and concrete is not None and any(sent.start <= p.start < sent.end for p in pitches(ctx)):
            vague_hit = None  # "planlarınız netleştiğinde bungalovlarımıza da göz atın": the pitch is no_upsell's
        if vague_hit is not None:
            vague.append(vague_hit)
    example = pack.examples.get("next_step", "")
    if concrete is not None or ctx.case.intent == "question":
        # a fallback beside a real step; or, answering a question, an offer on condition
        # ("if you approve, I'll file it and let you know")
        vague = [h for h in vague if h.kind != "contingent"]
    if concrete is None and ctx.case.intent == "question" and not vague:
        return passed(NAME, "a question answered: the answer is what the customer needed next")
    # vague assurance fails even beside a concrete detail: it is what the customer is
    # left waiting on ("I've cancelled Sunday; someone will be in touch about a new date")
    if concrete is not None and not vague:
        return passed(NAME, "says what happens next and when", concrete)
    if vague:
        hit = vague[0]
        return failed(
            NAME,
            f'vague next step: "{quote(hit.text)}" promises something without saying what or when'
            f"{learned_note(ctx, NAME, hit)}",
            f'say what happens next, who does it and when, e.g. "{example}"',
            hit,
        )
    return failed(
        NAME,
        "no concrete next step: the reply never says what happens next and when",
        f'add what happens next, who does it and when, e.g. "{example}"',
    )
