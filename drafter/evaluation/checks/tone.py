"""R12 tone (advisory): respectful and human. Fails on emoji in a complaint, slang,
shouting (ALL-CAPS words, "!!"), sarcasm, and grovelling (more than two apologies).

Emoji and shouting are language-independent and run for every language; slang,
sarcasm and grovelling need the rule pack (and exemplars for sarcasm paraphrases).
"""

from __future__ import annotations

import re

from ...schemas import CheckResult
from ...text import Sentence, normalize
from ..base import EvalContext, check
from ._shared import (
    Hit,
    analyse,
    failed,
    first_rule,
    folded,
    learned_note,
    no_pack,
    passed,
    quote,
    search,
    suspect,
)
from .upsell import EXEMPT_INTENTS, pitch_worded, pitched, pitches

NAME = "tone"
# frankness markers: a put-down's usual lead-in, unless what follows is blame (ownership's)
_FRANK = re.compile(
    r"(?:honestly|frankly|to be (?:honest|fair|frank)|acikcasi|dogrusu|durust olmak gerekirse"
    r"|(?:sunu|bunu) (?:acikca |da )?(?:belirtmem|soylemem|eklemem) (?:gerekiyor|lazim|gerek)\w*|bilginiz olsun|(?:(?:bastan|once|oncelikle) )?sunu (?:bastan |once )?belirteyim"
    r"|بصراحه|للامانه|بكل صراحه|لعلمك|للعلم)$"
)
# advice-speak that can preface an offer ("a small tip:", "aklınızda bulunsun")
_PREFACE = re.compile(r"tip|advice|suggest|recommend|tavsiye|oneri|nasihat|aklinizda|نصيح|اقتراح|انصح|لعلمك|للعلم")
# intents where the customer is unhappy with us: an emoji reads as not taking it seriously
UNHAPPY_INTENTS = frozenset({"complaint", "billing_dispute", "service_outage", "refund"})
EMOJI = re.compile(
    "[\U0001f300-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001f6ff\U0001f900-\U0001faff"
    "\u2600-\u26ff\u2700-\u27bf\U0001f1e6-\U0001f1ff]"
    r"|(?<![\w/])(?:[:;=]-?[)(DPp]|\^_?\^|<3|xD|XD)(?![\w])"
)
# a lecture stays one even in reply to praise ("I'd gently point out", "next time")
_LECTURE = re.compile(r"point out|next time|should have|bir dahaki|kesinlikle gerek|المره القادمه|كان عليك|كان يجب")
_CROWD = re.compile(r"\b(?:most|many|plenty|lots|a lot)\b")
_FIGURE_BEFORE = re.compile(r"\d\s?$")
_CAPS_WORD = re.compile(r"(?<![\w-])[A-ZÇĞİÖŞÜ]{2,}(?![\w-])")
_BRACKETED = re.compile(r"\[[^\]\n]*\]|\{[^}\n]*\}|<[^>\n]*>")
_LABEL_AFTER = re.compile(r"(?:\s+[A-ZÇĞİÖŞÜ]{2,})*\s*:")
_NOTE_PAREN = re.compile(
    r"\((?:\s*(?:note|nb\b|n\.b\.|internal|todo|iç not|not\s*:|ملاحظة))[^)\n]*\)"
    r"|^\s*(?:note(?: to self)?|nb|internal note|todo|iç not|ملاحظة)\s*[-–—:][^\n]*",  # "NOTE - check with transport … !!" on its own line
    re.I | re.M,
)
_SHOUT = re.compile(r"!{2,}|\?!|!\?|\?{2,}")
ACRONYMS = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "TRY",
        "TL",
        "AED",
        "SAR",
        "QAR",
        "EGP",
        "JOD",
        "KWD",
        "VAT",
        "KDV",
        "SMS",
        "PIN",
        "OTP",
        "IBAN",
        "SWIFT",
        "FAQ",
        "URL",
        "PDF",
        "VIP",
        "CEO",
        "ISP",
        "TV",
        "DSL",
        "ADSL",
        "LTE",
        "GPS",
        "ETA",
        "ATM",
        "API",
        "ID",
        "UK",
        "USA",
        "EU",
        "NHS",
        "DHL",
        "UPS",
        "TNT",
        "CC",
        "BCC",
        "HR",
        "IT",
        "QA",
        "CRM",
        "HD",
        "UHD",
        "SIM",
        "PDF",
        "CV",
        "RSVP",
        "ASAP",
        "NB",
        "PS",
        "OK",
        "AM",
        "PM",
        "GMT",
        "UTC",
        "CET",
        "EET",
        "AST",
        "TRT",
        "EST",
        "PST",
        "BST",
        "UAE",
        "KSA",
        "US",
        "DM",
        "PO",
        "NO.",
        "ZIP",
        "IMEI",
        "MB",
        "GB",
        "TB",
        "KB",
        "WIFI",
        "SSD",
        "USB",
        "NFC",
        "QR",
        "EV",
        "AC",
        "DC",
        "LED",
        "HVAC",
        "ISO",
        "VPN",
        "IP",
        "DNS",
        "SSL",
        "IBAN",
        "BIC",
    ]
)


@check(NAME, rubric="R12", severity="advisory", needs_model=True)
def tone(ctx: EvalContext) -> CheckResult:
    reply = analyse(ctx)
    text = ctx.reply
    intent = ctx.case.intent or ""
    names = {
        w.upper()
        for w in (
            ctx.case.agent.brand + " " + ctx.case.agent.name + " " + ctx.case.customer.name
        ).split()
    }

    if intent in UNHAPPY_INTENTS:
        m = EMOJI.search(text)
        if m is not None:
            return failed(
                NAME,
                f'too casual: emoji "{m.group(0)}" in a reply to an unhappy customer',
                "remove the emoji; say it in words",
                Hit(m.group(0), m.start(), m.end()),
            )
    masked = _BRACKETED.sub(lambda m: " " * len(m.group(0)), text)  # placeholders are clean_text's
    # ... and so are notes left in ("NOTE TO SELF - check w/ Dave …")
    masked = _NOTE_PAREN.sub(lambda n: " " * len(n.group(0)), masked)
    caps = [
        m
        for m in _CAPS_WORD.finditer(masked)
        if m.group(0) not in ACRONYMS and m.group(0) not in names
    ]
    # A capitalised word the customer or a source also uses is a domain acronym (AKTS,
    # ECTS, a product code), not shouting.
    context = " ".join([ctx.case.message, *(src.text for src in ctx.case.sources)])
    caps = [m for m in caps if not re.search(rf"\b{re.escape(m.group(0))}\b", context)]
    # a label before a colon ("İÇ NOT:", "NOTE:") is template residue, clean_text's to report
    caps = [m for m in caps if not _LABEL_AFTER.match(masked, m.end())]
    # a unit after a figure ("385 000 DA", "20 GB") is a currency or measure, not shouting
    caps = [m for m in caps if not _FIGURE_BEFORE.search(masked, max(0, m.start() - 2), m.start())]
    if len(caps) >= 2:
        span = (
            (caps[0].start(), caps[-1].end())
            if caps[-1].start() - caps[0].end() < 60
            else (caps[0].start(), caps[0].end())
        )
        return failed(
            NAME,
            f'shouting: "{text[span[0] : span[1]]}" is in capitals',
            "write in sentence case",
            Hit(text[span[0] : span[1]], *span),
        )
    # "[NOTE: check with Marta!!]", "(note to self - … !!)" are clean_text's findings
    m = _SHOUT.search(masked)
    if m is not None:
        return failed(
            NAME,
            f'shouting: "{m.group(0)}"',
            "use a single full stop or exclamation mark",
            Hit(m.group(0), m.start(), m.end()),
        )

    pack = reply.pack
    if pack is None:
        return no_pack(NAME, ctx)
    if reply.greeting is not None:
        # slang in the salutation is still slang: "هلا والله يا كابتن سعود!", "Hey buddy,"
        line = reply.greeting
        hit = search(ctx, pack.slang, Sentence(line.text, line.start, line.end), "slang")
        if hit is not None:
            return failed(
                NAME,
                f'too casual (slang): "{quote(hit.text)}"',
                f'keep it plain and respectful, e.g. "{pack.examples.get("tone", "")}"',
                hit,
            )
    apologies: list[Hit] = []
    for sent in reply.body:
        for pat, kind in ((pack.slang, "slang"), (pack.sarcasm, "sarcasm")):
            hit = search(ctx, pat, sent, kind)
            while hit is not None and kind == "sarcasm" and _someone_elses(ctx, reply.body, sent, hit):
                # look on in the rest of the sentence: "Açıkçası …; bir dahaki sefere … bulundurursanız"
                hit = search(ctx, pat, Sentence(ctx.reply[hit.end : sent.end], hit.end, sent.end), kind)
            if hit is not None and kind == "sarcasm" and _pitch_cue(hit.text, pack.lang) and pitched(ctx, sent):
                hit = None  # "Plenty of people who move … find a week away is exactly what …": the pitch is no_upsell's
            if hit is not None and kind == "sarcasm" and intent == "praise" and not _LECTURE.search(normalize(hit.text, pack.lang)):
                hit = None  # "ألف مبروك النجاح من أول مرة! هذا إنجاز حقيقي": warmth the customer's own news earns
            if hit is not None:
                what = "too casual (slang)" if kind == "slang" else "sarcastic or condescending"
                return failed(
                    NAME,
                    f'{what}: "{quote(hit.text)}"',
                    f'keep it plain and respectful, e.g. "{pack.examples.get("tone", "")}"',
                    hit,
                )
        hit = suspect(ctx, NAME, sent)
        if hit is not None and hit.kind == "learned" and (
            _reported_elsewhere(ctx, sent) or _opens_with_apology(ctx, sent) or intent == "praise"
        ):
            hit = None
        if hit is not None:
            return failed(
                NAME,
                f'off tone: "{quote(sent.text)}" is flippant or condescending'
                f"{learned_note(ctx, NAME, hit)}",
                f'keep it plain and respectful, e.g. "{pack.examples.get("tone", "")}"',
                hit,
            )
        apologies.extend(_apology_hits(ctx, sent))
    if len(apologies) > 2:
        first, last = apologies[0], apologies[-1]
        return failed(
            NAME,
            f'grovelling: {len(apologies)} apologies ("{quote(first.text, 40)}" … "{quote(last.text, 40)}")',
            "apologise once, plainly, then say what you have done",
            Hit(text[first.start : last.end], first.start, last.end),
            details=[{"evidence": h.text, "span": [h.start, h.end]} for h in apologies],
        )
    return passed(NAME, "respectful, balanced tone")


def _pitch_cue(text: str, lang: str) -> bool:
    """The sarcasm cue is a pitch's own wording ("Plenty of people who move … find",
    "aklınızda bulunsun"): in a pitched sentence it is no_upsell's to report."""
    # (not English's "worth": "for what it's worth" is sarcasm's own)
    return _CROWD.search(text.lower()) is not None or (lang != "en" and pitch_worded(text, lang))


def _reported_elsewhere(ctx: EvalContext, sent: Sentence) -> bool:
    """A sentence that blames someone else (ownership) or makes a pitch (no_upsell): the
    probe reads its stance as off tone, but it is the other check's finding."""
    pack = analyse(ctx).pack
    assert pack is not None
    if first_rule(ctx, pack.ownership_bad, sent) is not None:
        return True
    return pitched(ctx, sent)


def _opens_with_apology(ctx: EvalContext, sent: Sentence) -> bool:
    """"I'm sorry both chargers were out …", "Özür dilerim; …": the probe reads the
    empathy as a stance; a rule still catches sarcasm or a lecture in the same sentence."""
    pack = analyse(ctx).pack
    assert pack is not None
    hit = search(ctx, pack.apology, sent)
    if hit is None:
        return False
    # Turkish puts the apology after what it is for: "… beklettiğimiz için özür dilerim; …"
    return hit.start - sent.start <= 20 or pack.lang == "tr"


def _apology_hits(ctx: EvalContext, sent: Sentence) -> list[Hit]:
    pack = analyse(ctx).pack
    assert pack is not None
    norm, index = folded(ctx, sent)
    hits: list[Hit] = []
    for pat in (pack.apology, pack.grovel):
        for m in pat.finditer(norm):
            a = index[m.start()]
            b = index[m.end() - 1] + 1
            hits.append(Hit(ctx.reply[a:b], a, b))
    hits.sort(key=lambda h: h.start)
    # one expression matched by both patterns counts once
    out: list[Hit] = []
    for h in hits:
        if not out or h.start >= out[-1].end:
            out.append(h)
    return out


def _someone_elses(ctx: EvalContext, body: list[Sentence], sent: Sentence, hit: Hit) -> bool:
    """A frankness or advice lead that another check reports: "Frankly, the delay is the
    courier's" (ownership), "a small tip: switch to the annual plan at 623 TL" (no_upsell)."""
    pack = analyse(ctx).pack
    assert pack is not None
    lead = normalize(hit.text, pack.lang)
    if _FRANK.match(lead) and (
        first_rule(ctx, pack.ownership_bad, sent) is not None or suspect(ctx, "ownership", sent) is not None
    ):
        return True  # "لعلمك، عمليات التحصيل تتم من خلال المكتب الرئيسي … لا نتدخل": ownership's
    return _leads_into_pitch(ctx, body, sent, lead)


def _leads_into_pitch(ctx: EvalContext, body: list[Sentence], sent: Sentence, lead: str) -> bool:
    """Advice-speak or frankness ("a small tip:", "بصراحة") in a sentence that makes a
    sales pitch, just before one or just after it ("… teslimat ücretsiz. Aklınızda
    bulunsun."): the pitch's framing, which no_upsell reports."""
    if ctx.case.intent in EXEMPT_INTENTS or not (_PREFACE.search(lead) or _FRANK.match(lead)):
        return False  # where offers are fine, the advice is the tone finding itself
    i = next((k for k, s in enumerate(body) if s is sent), -1)
    start = body[i - 1].start if i > 0 else sent.start
    # the pitch may come two sentences on ("küçük bir önerim var: … artıyor. … rahat eder. Sadece 350 TL farkla …")
    end = body[min(i + 2, len(body) - 1)].end if i >= 0 else sent.end
    return any(start <= p.start < end for p in pitches(ctx))
