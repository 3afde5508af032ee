"""R5 no_redirect: the problem is solved where the customer asked, not sent to another
channel ("please call…", "email accounts@…", "fill in the form") or another team.

Context matters: "reply to this message" is the same channel, "we will call you" is
the company acting, and a customer who asked for a phone number may be given one.
"""

from __future__ import annotations

import re

from ...schemas import CheckResult
from ..base import EvalContext, check
from ._shared import (
    Hit,
    analyse,
    failed,
    first_rule,
    is_note,
    learned_note,
    message_norm,
    no_pack,
    normalize,
    passed,
    quote,
    search,
    suspect,
)
from .upsell import pitched

NAME = "no_redirect"


_NOT_ASKING = re.compile(
    r"(?:won't|will not|don't|do not|no need to|not going to|never) (?:ask|need|have|make) (?:you )?(?:to )?$"
    r"|\bno need (?:for you )?to $"  # "There's no need to book it yourself."
    r"|(?:لن|لا)\s$|(?:لن|لا) (?:أطلب|نطلب|تحتاج|تحتاجي|تحتاجين|يلزمك)\s?(?:منك\s?)?(?:إلى\s|الى\s|ل)?$"
    # "فلا داعي أن تتواصل معهم أنت": no need to
    r"|(?:لا|ما في|مافي|مش) (?:داعي|حاجة|حاجه|لازم)\s$"
)
# what the agent asked of someone else: "şube müdürümüzden … toplantı talep ettim"
_TR_AGENT_ASKED = re.compile(r"\b(?:talep|rica) (?:ettim|ettik)$|\b(?:ilettim|aktardim|istedim)$")
# the channel named as the cause: "Uygulamamız yüzünden iki gündür başvuru yapamadığınız için"
_TR_CAUSE = re.compile(r"^\w+ (?:yuzunden|nedeniyle|sebebiyle)\b")
# advice for another time ("وفي المرة القادمة ننصحك بتصوير جهازك بنفسك"): prevention, not this case sent elsewhere
_NEXT_TIME = re.compile(
    r"\bnext time\b|\bin (?:the )?future\b|\bbir dahaki sefer\w*|المره القادمه|المره الجايه|مستقبلا"
)


_SEND_THEN_I = re.compile(r"(?:\S+ ){0,8}?\S*(?:gonderir|iletir|yollar|yazar|bildirir)(?:seniz|saniz)\b[^.!?]{0,40}\b\w+(?:erim|arim|irim|ecegim|acagim)\b")
_COUNTERFACTUAL = re.compile(r"(?<!\w)كان[^.!?؟]{0,60}(?<!\w)لو\s*$|\bwould have been (?:easier|quicker|simpler)\b[^.!?]{0,40}\bif you\b[^.!?]*$")
_YOURSELF = re.compile(r"yourself|kendiniz|kendi kendinize|بنفسك")
_NOT_NEEDED = re.compile(r"gerekmeyecek|gerekmiyor|gerekmez|gerek (?:yok|kalmayacak|kalmadan)")
# the customer told to do something ("dilekçenizi … teslim edebilirsiniz", "you'll need to")
_YOUR_PART = re.compile(
    r"\b(?:please|you (?:can|could|may|need|will need|'ll need|should|must)|you'll need)\b"
    r"|\w+(?:meniz|maniz) (?:gerek|lazim|lazım)|\w+(?:ebilir|abilir)siniz\b|يرجى|يمكنك|عليك"
)


# a Turkish converb ("görüşüp", "arayıp") whose clause ends in the agent's own future
_TR_I_DO_IT = re.compile(r"^\w*(?:up|ip)\b(?![^.!?;]*\b\w+(?:siniz|sunuz|iniz|unuz|yin|yun|in)\b)[^.!?;]{0,80}?\b\w+(?:acagim|ecegim|acagiz|ecegiz)\b")


_TR_COME_ON_DAY = re.compile(
    r"\b(?:\d+|pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar)\w*(?:\s+\S+){0,4}?\s+gelebilir miyim\b"
)


def redirects(ctx: EvalContext) -> list[Hit]:
    reply = analyse(ctx)
    pack = reply.pack
    found: list[Hit] = []
    if pack is None:
        return found
    asked_at = pack.contact_asked.search(message_norm(ctx))
    # ("8 Mayıs cuma ya da 9 Mayıs cumartesi gelebilir miyim?": a new day asked for, not how to reach us)
    asked = asked_at is not None and not (
        asked_at.group() == "gelebilir miyim" and _TR_COME_ON_DAY.search(message_norm(ctx)) is not None
    )
    for sent in reply.body:
        if search(ctx, pack.same_channel, sent) is not None:
            continue
        if (sent.text.startswith("[") and sent.text.endswith("]")) or is_note(sent.text):
            continue  # an internal note is clean_text's finding, not advice to the customer
        hit = first_rule(ctx, pack.redirect, sent)
        if hit is None:
            hit = suspect(ctx, NAME, sent)
            if (
                hit is not None
                and search(ctx, pack.first_person_action, sent) is not None
                and not _YOUR_PART.search(sent.text.lower())
            ):
                hit = None  # "Yazdıklarınızı Dr. Selin Avcı'ya … bizzat ilettim": the agent took it there
        if hit is None:
            continue
        if _COUNTERFACTUAL.search(ctx.reply[sent.start : hit.start]):
            continue  # "كان الأمر سيكون أسهل … لو أُرسل الإلغاء عبر التطبيق": a reproach about the past, tone's finding
        if _YOURSELF.search(hit.text.lower()) and _NEXT_TIME.search(
            normalize(sent.text, pack.lang)
        ):
            continue
        if pack.lang == "tr" and (
            _TR_AGENT_ASKED.search(norm := normalize(hit.text, "tr")) or _TR_CAUSE.match(norm)
        ):
            continue
        if _YOURSELF.search(hit.text.lower()) and search(ctx, pack.sarcasm, sent) is not None:
            continue  # "bu basit hesabı … kendiniz de yapabilirsiniz": a put-down, tone's finding
        if pack.lang == "tr" and _SEND_THEN_I.match(normalize(ctx.reply[hit.start : hit.end + 50], "tr")):
            continue  # "karnenin fotoğrafını bu adrese gönderirseniz kaydınıza eklerim": a document, then the agent acts
        if pack.lang == "tr" and _TR_I_DO_IT.match(normalize(ctx.reply[hit.end - 3 : sent.end], "tr")):
            continue  # "Ekipteki arkadaşlarımızla bugün görüşüp … soracağım": the agent goes, not the customer
        if _NOT_NEEDED.search(ctx.reply[hit.start : hit.end + 20].lower()):
            continue  # "ayrıca bir talepte bulunmanız gerekmeyecek": you won't need to
        if _NOT_ASKING.search(ctx.reply[max(sent.start, hit.start - 25) : hit.start].lower()):
            continue  # "I won't ask you to contact the seller": said to rule it out
        if asked and hit.kind != "team":
            continue  # the customer asked how to reach us: telling them answers it
        if pitched(ctx, sent):
            continue  # "with our care set you can renew the surface yourself": a pitch, no_upsell's finding
        found.append(hit)
    return found


@check(NAME, rubric="R5", severity="blocking", needs_model=True)
def no_redirect(ctx: EvalContext) -> CheckResult:
    pack = analyse(ctx).pack
    if pack is None:
        return no_pack(NAME, ctx)
    found = redirects(ctx)
    if not found:
        return passed(NAME, "solves it in this conversation")
    hit = found[0]
    where = "another team" if hit.kind == "team" else "another channel"
    return failed(
        NAME,
        f'redirect: "{quote(hit.text)}" sends the customer to {where} to get it solved'
        f"{learned_note(ctx, NAME, hit)}",
        f'do it here yourself, e.g. "{pack.examples.get("no_redirect", "")}"; '
        "if another team must act, hand it over yourself and tell the customer when",
        hit,
        details=[{"evidence": h.text, "span": [h.start, h.end], "kind": h.kind} for h in found],
    )
