"""R8 no_upsell: no promotion, upgrade, retention pitch or unrelated offer to a customer
who is leaving or unhappy. Applies to every intent but `question` and `praise`.

Goodwill the agent has *given* (a credit for the outage) is not a pitch, and neither
is an offer that answers what the customer asked ("is there a cheaper plan?").
"""

from __future__ import annotations

import re

from ...schemas import CheckResult
from ...text import Sentence
from ..base import EvalContext, check
from ..numbers import extract
from ._shared import (
    Hit,
    analyse,
    failed,
    first_rule,
    learned_note,
    message_norm,
    no_pack,
    normalize,
    not_applicable,
    passed,
    quote,
    search,
    sentence_hit,
    suspect,
)

NAME = "no_upsell"
EXEMPT_INTENTS = frozenset({"question", "praise"})


# a price per period or per stay in the sentence: "our Junior Suite at 210.00 EUR a night"
_PRICED = re.compile(
    r"\d[\d.,]*\s?(?:eur|gbp|usd|aed|sar|tl|try|kwd|qar|€|£|\$|درهم\w*|ريال\w*|دينار\w*)?\s?"
    r"(?:a|per|/|each) (?:night|month|year|day|week)\b|\b(?:gecelik|aylik|aylık|yillik|yıllık) \d"
    r"|(?:شهريا|شهرياً|سنويا|سنوياً|لليلة|في الليلة|بالشهر|بالسنة)"
)


# A price for something new, with pitch wording or an offer to add it: "our CarePlus cover,
# at 6.99 GBP a month ... I can add it"; "الصندوق الصغير بـ99 درهماً فقط"; "Mini Sepet'imize
# geçmeyi tercih ediyor". Phrase lists miss the product names; the shape does not.
_PRICE = re.compile(
    r"\d[\d.,]*\s?(?:eur|gbp|usd|aed|sar|tl|try|kwd|qar|jod|bhd|egp|€|£|\$|دراهم|درهم\w*|ريال\w*|دنانير|دينار\w*|جنيه\w*)"
    r"|(?:£|€|\$)\s?\d|\b(?:eur|gbp|usd|cad|aud|chf|aed|sar|kwd|qar)\s?\d|\d\s?(?:د\.\s?[كاب]|ر\.\s?[سقع]|ج\.\s?م)(?![\w])"
)
_PER_UNIT_PRICE = re.compile(
    r"(?:a|per|/|each) (?:night|month|year|day|week|guest|person|head|seat)\b|\b(?:aylik|haftalik|yillik|gecelik|kisi basi|haftada|ayda)\b"
    r"|\b(?:only|just) (?:£|€|\$)?\d|\d[\d.,]*\s?(?:eur|gbp|usd|aed|sar|tl|try)? extra\b"
    r"|شهريا|اسبوعيا|سنويا|بالشهر|بالاسبوع|في الاسبوع|في الشهر|بالسنه|للضيف|للشخص"
)
_PITCH_WORDS = {
    "en": re.compile(
        r"\b(?:recommend|suggest|tip|(?<!what it's )(?<!what it is )worth(?! bearing in mind| remembering| knowing| noting)|treat|upgrade|jump up|go up|why not|how about|fancy|nice moment|works wonders|slot in nicely|"
        r"might like|might prefer|may prefer|works out cheaper|would love|goes down well|never be left|speaking of|"
        r"(?:lovely|great|perfect|natural|logical) next step|next step up|shall i hold|while i'm here|(?:good|great|perfect) fit|"
        r"(?:good|great|ideal|right|perfect) (?:moment|time) to (?:think about|consider|try|add|look at)|make (?:a )?(?:proper )?night of it)\b"
        # "For £12.00 more per seat you could move down to the Dress Circle": the extra price of something better
        r"|\d (?:more|extra) (?:per|a|each|every) (?:seat|ticket|month|night|person|week|year)\b"
        # "our Grade Exam Prep package (89.00 USD)": a product of ours, priced
        r"|\bour (?:[\w'-]+ ){0,4}(?:package|membership|bundle|subscription|programme|care plan|add-on|tier|club|course)\b"
        # "If you'd rather not go through this again, our Premium studios … at £215.00 a week"
        r"|\bour (?:premium|deluxe|plus|pro|gold|vip|platinum|executive|superior) \w+|\bif you'd rather not go through this again\b"
        # "our private offices on the second floor start at £650.00 a month": our products' prices
        r"|\bour (?:[\w'-]+ ){1,5}(?:start|starts|starting) (?:at|from)\b"
    ),
    "tr": re.compile(
        r"\b(?:tavsiye|oneri\w*|oneririm|deneyin|deneyebilir\w*|tercih ediyor\w*|aklinizda bulunsun|firsat\w*|ipucu|hesapli|daha ucuz|daha uygun|"
        r"gecebilir\w*|gecmeyi|gecmek|yukselt\w*|ekleyebilirim|ekleyelim|tam size gore|tanimlarsam|tanimlayabilirim|tanimlayayim|"
        r"ekleyerek|icinizi rahatlat\w*|ekleyeyim mi|oner(?:eyim|ebilirim|iyorum|iriz)|gelmisken|bir de sunu|"
        r"gitmeden once|bir sans ver\w*|denemeye deger|dusunebilir\w*|(?:ayda|aylik|haftada|yilda) (?:yalnizca|sadece) \d)\b"
        # "albüm yerine … 50x70 cm kanvas tablolarımız 1.900 TL": our products, priced
        # (not "arkadaşlarımız 520,00 TL'lik biletlerinizi …": a figure with a suffix is a description)
        r"|\b\w{3,}(?:larimiz|lerimiz) (?:da |de )?(?:yalnizca |sadece )?\d[\d.,]* ?(?:tl|try)\b(?!\s*['’])"
        # "Online Speaking Kulübü'müz aylık 890 TL": one product of ours, priced by the month
        r"|\b\w{3,}'(?:imiz|umuz|muz|miz) (?:aylik|haftalik|yillik) \d[\d.,]* ?(?:tl|try)\b"
    ),
    "ar": re.compile(
        # not advice to retry or wait ("ننصحك بإعادة المحاولة لاحقاً")
        r"(?:انصح|ننصح)(?!ك?\s?ب(?:اعاده|الانتظار|المحاوله|التحقق|تحديث))|نصيحه|اقترح|نقترح|تجرب|جرب|تستاهل|بيستاهل|شو رايك|ما رايك|ايه رايك|الا تستحق|"
        r"(?<!\w)اضيفها|(?<!\w)اضيفه|اضافته|اضافتها|احجزها|احجزه|اعيد تفعيل|تختار|يختار|تختارها|تبدا من|يبدا من|لدينا باقه|عندنا باقه"
        # "وعلى ذكر المواعيد، … فُتح التسجيل في معسكر المراجعة: … بـ 950 ريالاً. كثير من الطلاب يجمعونه …"
        r"|على ذكر|(?:كثير|معظم|اغلب) (?:من )?(?:الطلاب|العملاء|الاهالي|الاسر|عملاينا|المشتركين)"
        # "وبالمناسبة، … فلدينا البوابة الأوتوماتيكية بـ3200 درهم … بتكلفة أقل بكثير"
        r"|بالمناسبه|على فكره|بتكلفه اقل|باقل تكلفه|بسعر اقل|(?<!\w)(?:ارخص|اوفر)(?!\w)"
    ),
}
# money going back, or what the customer already pays: not a new product's price
_NOT_NEW = re.compile(
    r"\b(?:refund\w*|reimburs\w*|compensat\w*|goodwill|already pay\w*|you're already|you are already|your current|iade\w*|tazminat\w*|telafi\w*|zaten odedig\w*"
    r"|sorunuza gelince|sorunuzun cevabi|to answer your question|as for your question"
    r"|(?:i've|i have) (?:also )?(?:added|included|sent|popped in|put in) (?:a |an )?complimentary)\b"
    r"|تعويض|بالنسبه لسوالك|بخصوص سوالك"
    r"|استرد|يسترد|تسترد|ستسترد|سيسترد|رددت|سترد|تدفعه حاليا|تدفعينه حاليا"
)
_OFFER_TO_ADD = re.compile(
    r"\b(?:i can|i could|i'll|happy to|i'd be happy to) (?:add|switch|put|set|book|move|hold|reserve)\b|\bi can have (?:it|one|that) (?:set up|added|sorted|switched)\b|\bekleyebilirim|gecirebilirim\b|يمكنني|(?<!\w)اضيف(?!ت)|(?<!\w)احجز|اعيد تفعيل"
)


# "أقدر أبدّله لك بدل الاسترداد": something sold in place of the refund, not money back
_INSTEAD_OF_REFUND = re.compile(r"\binstead of (?:a |the |your )?refund\w*|\biade yerine\b|(?:بدل|بدلا من) (?:ال)?استرداد")


# a sentence that leads into an offer the next one prices: "Why not make a proper night of
# it?", "this could be a good moment to think about storing what it produces"
_LEAD_IN = re.compile(
    r"\b(?:why not|how about|what about|fancy|(?:good|great|ideal|right|perfect) (?:moment|time) to|ne dersiniz|gitmeden once)\b"
    r"|(?:شو رايك|ايه رايك|ما رايك|قبل ما تمشي)"
)


def _priced_offer(
    ctx: EvalContext, sent: Sentence, before: Sentence | None, after: Sentence | None, lang: str
) -> Hit | None:
    norm = normalize(sent.text, lang)
    if not _PRICE.search(norm):
        return None
    pack = analyse(ctx).pack
    if pack is not None and (
        search(ctx, pack.compensation, sent) is not None or search(ctx, pack.resolved, sent) is not None
    ):
        return None  # the price of the fix or the refund itself, not a new product
    if _NOT_NEW.search(_INSTEAD_OF_REFUND.sub(" ", norm)):
        return None
    pitch = _PITCH_WORDS.get(lang)
    both = norm + " " + (normalize(after.text, lang) if after is not None else "")
    if before is not None and _LEAD_IN.search(lead := normalize(before.text, lang)) and not _PRICE.search(lead):
        both = lead + " " + both  # "Why not make a proper night of it? For £12.00 more per seat …"
    pitched = pitch is not None and pitch.search(both) is not None
    offered = _PER_UNIT_PRICE.search(norm) is not None and _OFFER_TO_ADD.search(both) is not None
    if not (pitched or offered):
        return None
    # a figure the customer named is theirs ("your 189 dirham box"), not a new product
    # ("310 ريالاً" against the message's "310 ريال": the figure is what counts)
    message = message_norm(ctx)
    if any(m.group(0) in message or _figure_in(m.group(0), message) for m in _PRICE.finditer(norm)):
        return None
    return sentence_hit(sent, "pitch")


_FIGURE = re.compile(r"\d[\d.,]*\d|\d")


def _figure_in(price: str, message: str) -> bool:
    """The price's figure stands alone in the message ("310" in "310 ريال مرتين", not in "1310")."""
    figure = _FIGURE.search(price)
    return figure is not None and re.search(rf"(?<![\d.,]){re.escape(figure.group(0))}(?![\d]|[.,]\d)", message) is not None


_DISCOUNT_RAISED = re.compile(
    r"\b(?:discount|promo|promotion|code|voucher|coupon|indirim\w*|kod\w*|kampanya\w*|kupon\w*)\b|(?:كود|كوبون|رمز) (?:ال)?خصم"
)
# "most people / parents find …" is a retention pitch only to a customer who is leaving
_NOT_LEAVING = frozenset({"complaint", "service_outage"})
_RETENTION_SOFT = re.compile(r"\b(?:most|many|a lot of|lots of|plenty of) (?:\w+ )?(?:people|parents|customers|families|members|owners|clients)\b")


_PERCENT = re.compile(r"(\d+)\s?%|%\s?(\d+)")
_DISCOUNT_WORD = re.compile(r"\boff\b|discount|indirim|خصم|تخفيض")
# the discount is what a failure earns: "missed because of our breakdown", "affected customers"
_FAILURE_TERMS = re.compile(
    r"\b(?:missed|because of (?:our|a|the)|breakdown|outage|affected|delay\w*|late|fault\w*|error|cancell?ed by us|we cancel|is closed|closed during|may choose|are entitled)\b"
    r"|ariza\w*|gecikme\w*|kesinti\w*|etkilenen|kusur\w*|تاخير|التاخير|عطل|انقطاع|المتضرر|المتاثر|بعيب|يختار العميل|يحصل العميل"
)
_RETENTION_TERMS = re.compile(r"\b(?:stays? with|to stay|if you stay|retention|retain|renew|kalir|kalmak|vazgec|code|promo|kod|kampanya)\w*|البقاء|يبقى|تجديد|كود|كوبون")


# ("انخصم مني": money taken, not a discount)
_ASKED_DISCOUNT = re.compile(r"\b(?:discount\w*|offer|promo\w*|early[- ]bird|indirim\w*|kampanya\w*)\b|الخصم|عرض|تخفيض")


def _policy_discount(ctx: EvalContext, hit: Hit, sent: Sentence) -> bool:
    """The discount is the one a source gives for what went wrong ("Appointments missed
    because of our breakdown get 20% off the rebooked groom"), not one to keep or sell."""
    m = _PERCENT.search(hit.text)
    if m is None or pitch_worded(sent.text, analyse(ctx).pack_lang):
        return False
    share = m.group(1) or m.group(2)
    own = re.compile(rf"(?<!\d){share}\s?%|%\s?{share}(?!\d)")
    # a disputed bill about a discount the customer was owed ("قبل نهاية عرض التسجيل المبكر …
    # انخصم مني السعر كامل"): the reply works the price out with it
    disputed = ctx.case.intent in ("billing_dispute", "refund") and _ASKED_DISCOUNT.search(
        normalize(ctx.case.message, analyse(ctx).pack_lang)
    )
    for src in ctx.case.sources:
        for piece in re.split(r"(?<=[.;])\s", src.text):
            low = piece.lower()
            folded = normalize(piece, analyse(ctx).pack_lang)
            if (
                own.search(piece)
                and _DISCOUNT_WORD.search(low)
                and (disputed or _FAILURE_TERMS.search(folded))
                and not _RETENTION_TERMS.search(low)
            ):
                return True
    return False


def pitch_worded(text: str, lang: str) -> bool:
    """`text` uses a pitch's wording in `lang` ("worth a look", "aklınızda bulunsun", "ننصحك")."""
    pitch = _PITCH_WORDS.get(lang)
    return pitch is not None and pitch.search(normalize(text, lang)) is not None


def pitches(ctx: EvalContext) -> list[Hit]:
    """The pitches no_upsell reports, worked out once per reply: next_step, follow_up and
    grounded ask too (each would otherwise run the scan and its probe again)."""
    found = ctx.extras.get("_pitches")
    if found is None:
        found = ctx.extras["_pitches"] = _find_pitches(ctx)
    return found  # type: ignore[return-value]


def _find_pitches(ctx: EvalContext) -> list[Hit]:
    reply = analyse(ctx)
    pack = reply.pack
    found: list[Hit] = []
    if pack is None:
        return found
    asked = pack.offer_asked.search(message_norm(ctx)) is not None or (
        # "BAHAR15 kodum uygulanmamış": the discount they were owed, worked out, is no pitch
        ctx.case.intent == "billing_dispute" and _DISCOUNT_RAISED.search(message_norm(ctx)) is not None
    )
    body = reply.body
    for i, sent in enumerate(body):
        hit = first_rule(ctx, pack.upsell, sent)
        if (
            hit is not None
            and hit.kind == "retention"
            and ctx.case.intent in _NOT_LEAVING
            and _RETENTION_SOFT.search(normalize(hit.text, pack.lang))
        ):
            # "most parents find that a call home stirs things up": no one is leaving; but
            # "lots of owners find our Care Plan … 29.00 GBP" is still a priced offer
            hit = None
        if hit is None:
            hit = _priced_offer(ctx, sent, body[i - 1] if i else None, body[i + 1] if i + 1 < len(body) else None, pack.lang)
        if hit is None:
            hit = suspect(ctx, NAME, sent)
            if (
                hit is not None
                and hit.kind == "learned"
                and ctx.case.intent != "cancel"  # "I've cancelled it, but before you go …"
                and search(ctx, pack.first_person_action, sent)
            ):
                hit = None  # "I've put a hold on the payout": done for the customer, not sold
            elif (
                hit is not None
                and hit.kind == "learned"
                and (search(ctx, pack.sarcasm, sent) is not None or first_rule(ctx, pack.redirect, sent) is not None)
                and not _PRICE.search(normalize(sent.text, pack.lang))
                and not pitch_worded(sent.text, pack.lang)
            ):
                # with no price and no pitch wording, the probe's "pitch" is another check's finding:
                # a put-down ("ikinci el bir telefonda … beklemek pek gerçekçi değildir", tone) or a
                # redirect ("you can block premium services yourself in the app", no_redirect)
                hit = None
        if hit is None:
            continue
        if hit.kind != "retention" and (
            asked
            or (
                search(ctx, pack.compensation, sent)
                and not _PRICED.search(sent.text.lower())
                and not _YOU_BUY.search(normalize(sent.text, pack.lang))
            )
        ):
            continue  # goodwill given is not a pitch, unless the customer is to pay for it
        if hit.kind == "pitch" and ctx.case.intent != "cancel" and _policy_discount(ctx, hit, sent):
            continue  # "get 20% off the rebooked groom" in the policy: what the failure earns them
        if hit.kind != "retention" and _ENTITLED.search(normalize(sent.text, pack.lang)):
            continue  # "You're entitled to priority on the next slots and 20% off": what policy owes them
        if hit.kind != "retention" and _ASKED_HERE.search(normalize(sent.text, pack.lang)):
            continue  # "As for Plus, since you asked: it's 79.00 GBP a month": an answer
        if hit.kind == "pitch" and _slot_advised(ctx, sent, pack.lang):
            continue  # "akşam ışığını korumak isterseniz 4 Temmuz'u öneririm": one of the new dates, advised
        if hit.kind == "pitch" and _mentioned(ctx, hit):
            continue  # the customer's own plan or product, named in their message
        if hit.kind == "pitch" and len(hit.text.split()) <= 2 and _in_customer_record(ctx, hit):
            # "اشتراكك في «حوار بريميوم»", "the voucher code you used": what their record names, not one sold
            continue
        if hit.kind == "pitch" and _BILLED_ITEM.search(sent.text.lower()):
            continue  # "the extra $500 is for a switchboard upgrade … no upgrade was ever done": a line of the bill
        if (
            pack.lang == "ar"
            and hit.text.endswith("تفوت")
            and ctx.reply[hit.end : hit.end + 1] in ("ك", "ه")
            and ctx.case.intent == "reschedule"
        ):
            continue  # "وحتى لا تفوتك الفترة": the slot they asked to move to, held for them
        if hit.kind == "retention" and ctx.case.intent != "cancel" and _ONLY_TO_THE_LEAVING.search(normalize(hit.text, pack.lang)):
            continue  # "if you change your mind about the new date, the refund still stands": no one is leaving
        found.append(hit)
    return found


# retention words that pitch only to a customer who is leaving: "if you change your mind"
# ("he'll give you a loan aid before you leave": leaving the clinic, not the company)
def _slot_advised(ctx: EvalContext, sent: Sentence, lang: str) -> bool:
    """A reschedule reply advising one of the dates it offers: no price, a date or a time."""
    if ctx.case.intent != "reschedule" or _PRICE.search(normalize(sent.text, lang)):
        return False
    return any(m.kind in ("date", "time") for m in extract(sent.text))


_ONLY_TO_THE_LEAVING = re.compile(
    r"\bchange your mind\b|^before you (?:go|leave)\b|\bayrilmadan once\b|\bfikrinizi degistir\w*|(?:غيرت|غيرتي|اعدت|اعدتي) (?:رايك|التفكير)"
    # "tamamen kapatmak yerine aylık bir harcama limiti": a setting instead of switching it off
    r"|\bkapatmak yerine\b"
)
# an upgrade already on the bill, not one offered
_BILLED_ITEM = re.compile(
    r"\bno upgrade\b|\bupgrade (?:was|were|has been|had been) (?:ever |never |not )?(?:done|performed|carried out|fitted|installed|charged|billed)\b"
    r"|\b(?:is|was) for an? (?:\w+ )?upgrade\b"
)
_ENTITLED = re.compile(r"\b(?:you're|you are) (?:also )?entitled to\b|\bhakkiniz (?:var|bulunuyor)\b|يحق لك")
# "to make up for the delay, you can add our Express Service for 25.00 GBP": the
# customer pays for the make-up
# ("خصماً 25% على جولة المنطاد إن حجزتموها خلال هذا الشهر": off something else, if they buy it)
_YOU_BUY = re.compile(
    r"\byou (?:can|could|might|may) (?:add|buy|upgrade|switch to|get|book|choose)\b"
    r"|\b(?:rezervasyon yapar|satin alir|alir|kaydolur)(?:saniz|seniz)\b"
    r"|(?<!\w)(?:ان|اذا|لو|عند) (?:حجز|اشتر|اشترك|طلب)\w*"
)


def pitched(ctx: EvalContext, sent: Sentence) -> bool:
    """Whether a pitch no_upsell reports starts in `sent`, or earlier in its paragraph
    ("… our 1:1 pool session, 20% off. Just use the code when you book online.")."""
    paragraph = ctx.reply.rfind("\n\n", 0, sent.start) + 1
    return any(paragraph <= p.start < sent.end for p in pitches(ctx))


# the reply saying the customer asked about it (the message may ask in words no
# offer_asked pattern holds)
_ASKED_HERE = re.compile(
    r"\b(?:since|as) you asked\b|\byou asked (?:about|for|whether|if)\b|\bsordugunuz\b|\bsormussunuz\b"
    r"|(?:بما انك سالت|كما سالت|سوالك عن|سؤالك عن)"  # folded Arabic
)


def _mentioned(ctx: EvalContext, hit: Hit) -> bool:
    message = message_norm(ctx)
    said = normalize(hit.text, analyse(ctx).pack_lang)
    words = [w for w in said.split() if len(w) > 3]
    if not words:  # "20% off": the customer's own discount ("my plan gives me 20% off")
        return len(said) > 4 and said in message
    return all(w in message for w in words)


def _in_customer_record(ctx: EvalContext, hit: Hit) -> bool:
    """The word is in a source about the customer (their plan, booking or order)."""
    lang = analyse(ctx).pack_lang
    said = normalize(hit.text, lang)
    return any(
        _CUSTOMER_SOURCE.match(normalize(src.id, lang)) and said in normalize(src.text, lang)
        for src in ctx.case.sources
    )


_CUSTOMER_SOURCE = re.compile(r"(?:customer|client|account|booking|order|musteri|rezervasyon|siparis|عميل|العميل|حجز|طلب)\b")


@check(NAME, rubric="R8", severity="blocking", needs_model=True)
def no_upsell(ctx: EvalContext) -> CheckResult:
    intent = ctx.case.intent or ""
    if intent in EXEMPT_INTENTS:
        return not_applicable(NAME, f"not applicable: offers are fine in a {intent} reply")
    pack = analyse(ctx).pack
    if pack is None:
        return no_pack(NAME, ctx)
    found = pitches(ctx)
    if not found:
        return passed(NAME, "no sales pitch")
    hit = found[0]
    what = "retention pitch" if hit.kind == "retention" else "sales pitch"
    who = {"cancel": "a customer who is leaving"}.get(
        intent, f"a {intent.replace('_', ' ') or 'support'} reply"
    )
    return failed(
        NAME,
        f'{what}: "{quote(hit.text)}" pitches to {who}{learned_note(ctx, NAME, hit)}',
        f'drop the pitch and just do what was asked, e.g. "{pack.examples.get("no_upsell", "")}"',
        hit,
        details=[{"evidence": h.text, "span": [h.start, h.end], "kind": h.kind} for h in found],
    )
