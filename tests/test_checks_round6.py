"""Generalisations from the blind round of the sixth session (heldout29): each family,
with the near miss it must still get right."""

from __future__ import annotations

import pytest
from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.numbers import extract


def test_grounded_a_cap_of_an_amount_plus_a_share_and_the_excess_over_it() -> None:
    vet = ("Estimate 180.00 GBP. Final invoice 262.00 GBP.", "Without consent we refund the amount above the estimate plus 10%.")
    assert run("We cap the bill at the estimate plus 10%, 198.00 GBP, so I've refunded the 64.00 GBP difference.", vet).passed
    assert flagged(run("I've refunded the 70.00 GBP difference.", vet)) == ["70.00 GBP"]
    # what one amount is over a share of the other: 40 charged, 8% of 400 due
    fees = ("Smartphones 8% of the sale price.", "Sale 400.00 AUD; commission charged 40.00 AUD.", "Corrections are credited.")
    assert run("I've credited the 8.00 AUD difference.", fees).passed


def test_grounded_business_days_are_not_a_count_to_divide_by() -> None:
    fees = ("Sale 80.00 GBP; fee charged 12.00 GBP.", "Standard fee 10%. Overcharges are refunded within 2 business days.")
    assert flagged(run("I've refunded the 6.00 GBP difference.", fees)) == ["6.00 GBP"]
    assert run("I've refunded the 4.00 GBP difference.", fees).passed
    # a price per item times a handful of items still counts
    shirts = ("5 shirts at 120 TL were charged.", "The price is 90 TL a shirt. Refunds within 5 business days.")
    assert run("Aradaki fark 150 TL; iade ettim.", shirts, language="tr").passed


def test_grounded_about_n_hours_between_two_clock_times() -> None:
    booking = ("Booked for 20:00, cancelled at 10:05 the same day.",)
    assert run("You cancelled about ten hours before the game.", booking).passed
    assert flagged(run("You cancelled about thirteen hours before the game.", booking)) == ["thirteen hours"]


def test_grounded_whole_months_between_two_stated_dates() -> None:
    member = ("Annual membership 1 January 2026 - 31 December 2026, 400 TL a month.", "Moving certificate uploaded 15 May 2026.", "Unused months are refunded.")
    assert run("Haziran-aralık arası kullanılmayan 7 ay için iade yapılacak.", member, language="tr").passed
    assert flagged(run("Kullanılmayan 9 ay için iade yapılacak.", member, language="tr")) == ["9 ay"]


def test_grounded_french_thousands_with_a_space() -> None:
    kinds = [(m.kind, m.lo) for m in extract("ce sac à 1 450,00 GBP")]
    assert ("amount", 1450.0) in kinds
    assert run("Ce sac à 1 450,00 GBP.", ("Listed at 1,450.00 GBP.",)).passed
    # without the decimal comma, two numbers stay two: "5 100-gram packs"
    assert 5100.0 not in [m.lo for m in extract("5 100-gram packs at 3.00 GBP")]


def test_grounded_free_items_counted_in_the_reply_are_commitments() -> None:
    lessons = ("Each lesson cancelled by the centre is credited at 7.00 GBP.",)
    assert flagged(run("I've booked your daughter two free catch-up lessons.", lessons)) == ["two free catch-up lessons"]
    assert run("I've booked your daughter two free catch-up lessons.", ("Cancelled lessons are replaced with free catch-up lessons.",)).passed


def test_turkish_bir_after_an_adjective_is_the_article() -> None:
    assert run("Alımı sizin için uygun bir güne kaydırırım.", (), language="tr").passed
    assert not [m for m in extract("uygun bir güne kaydırırım") if m.kind == "duration"]
    assert [m for m in extract("bir gün içinde gelir") if m.kind == "duration"]


FAMILIES: list[tuple[str, str, str, str, bool]] = [
    # ownership: whose job it is, where it sits, the delay not ours, no power in new words
    ("ownership", "en", "I'm sorry. Calling customers about delays isn't the crew's job anyway; that sits with the depot.", "complaint", False),
    ("ownership", "en", "I'm sorry, we dispensed the wrong strength. Medicines can't be taken back because we can't be sure how they've been stored, so I've sent the right ones today.", "refund", True),
    ("ownership", "tr", "Reçeteli siparişlerin onayı tamamen eczacılarımızın yetkisinde olduğu için sipariş üzerinde bir işlem yapmam mümkün olmuyor.", "complaint", False),
    ("ownership", "tr", "Özür dilerim. Bu tür mükerrer çekimler bankanın tahsilat sisteminden kaynaklanabiliyor.", "billing_dispute", False),
    ("ownership", "tr", "Bu kalem forma yanlış işlenmiş ve ofisten herhangi bir müdahale olmadan faturaya eklenmiş.", "billing_dispute", False),
    ("ownership", "ar", "أنا آسف على الانتظار. وللأمانة، التأخير ليس من عيادتنا؛ العيّنة عند مختبر خارجي.", "complaint", False),
    ("ownership", "ar", "نعم، نركّب الأثاث، لكن خدمتنا لا تشمل ضمان القطع لأنها ليست من منتجاتنا.", "question", True),
    ("ownership", "ar", "ألغيتُ الحجز، وسأرسل لك التأكيد خطياً عشان يكون عند قسم المالية عندكم.", "cancel", True),
    # no_redirect: "öneririm" after a phone number; "you need to apply to X"; a claim "directly with" a third party
    ("no_redirect", "tr", "Reçete birimimizi 0850 455 12 34 numarasından arayıp sipariş numaranızı iletmenizi öneririm.", "complaint", False),
    ("no_redirect", "tr", "Dekontunuzla birlikte Mali Hizmetler Müdürlüğü'ne başvurmanız gerekiyor.", "complaint", False),
    ("no_redirect", "tr", "Tekrar başvurmanız gerekmiyor; kaydınızı ben tamamladım.", "complaint", True),
    ("no_redirect", "en", "The quickest way forward is for you to raise a claim directly with Parcelroute using their form.", "complaint", False),
    ("no_redirect", "ar", "أنصحك أولاً بمراسلتها مرة أخرى من صفحة الطلب، وإذا لم تتجاوب افتحي نزاعاً.", "refund", False),
    # no_upsell: a retention lead-in, "pays for itself", a membership perk, a new room, a tip
    ("no_upsell", "en", "I've cancelled it. Just before it goes: Plus brings the fee down to 6%, and for anyone selling regularly it soon pays for itself.", "cancel", False),
    ("no_upsell", "en", "I can give you three months free if you'd like to keep your account ticking over.", "cancel", False),
    ("no_upsell", "en", "Our crew should have told you on the day instead of leaving you to find it yourself.", "complaint", True),
    ("no_upsell", "en", "Our lines were down; we posted about it, so most of our clients were already aware and emailed us instead.", "service_outage", True),
    ("no_upsell", "tr", "Aboneliği iptal ettim. Küçük bir ipucu da bırakayım: EczaKapı Plus üyeliğiyle tüm siparişlerde teslimat ücretsiz.", "cancel", False),
    ("no_upsell", "tr", "Farkı iade ettim. Yeni açtığımız 'Kutup Üssü' odası tam da 6 kişilik gruplar için.", "billing_dispute", False),
    ("no_upsell", "tr", "Bu arada açık hava sabah kampımıza katılmayı düşünebilirsiniz.", "complaint", False),
    ("no_upsell", "tr", "Doğum günü grupları için oyundan sonra lobimizi 30 dakika ücretsiz ayırıyoruz.", "reschedule", True),
    ("no_upsell", "ar", "ألغيتُ الحجز. حبيت أنبّهك إلى خدمة التخزين عندنا، وإذا أعجبتك الفكرة أحجز لك مساحة.", "cancel", False),
    ("no_upsell", "ar", "آسف، الموقع فاصل. حجزتلك الغرفة وعملتلك خصم 10% على الحجز.", "service_outage", True),
    # tone: "you should have asked", "enough this time", "as I'm sure you noticed", a tag question
    ("tone", "ar", "وكان الأولى أن تسأل عنه وقت استلام عرض السعر. ألغيتُ الرسوم هذه المرة.", "billing_dispute", False),
    ("tone", "ar", "استرددتُ رسوم التوصيل. أتمنى أن يكون هذا كافياً هذه المرة.", "complaint", False),
    ("tone", "en", "The packaging is very similar, as I'm sure you noticed too, eventually.", "complaint", False),
    ("tone", "en", "Our lines were down, which we did post about on our Facebook page first thing.", "service_outage", False),
    ("tone", "en", "What a lovely way to celebrate! Two of our rooms are step-free. Tell me how many people will be playing.", "question", True),
    ("tone", "tr", "Köpeğinizin başına böyle bir şey gelse siz de önce alınmasını isterdiniz, değil mi?", "complaint", False),
    # apology: the mix-up regretted from outside
    ("apology", "en", "Sorry to hear there was a mix-up with the bags.", "complaint", False),
    ("apology", "en", "I'm sorry we mixed up the bags; that was our mistake.", "complaint", True),
    # next_step: "as soon as it has been processed", dialect "soon", "I'll get back to you separately"
    ("next_step", "en", "I've started the refund, and it will be back with you as soon as it has been processed.", "billing_dispute", False),
    ("next_step", "en", "I'll book the engineer as soon as you confirm, and he'll be with you on Friday.", "complaint", True),
    ("next_step", "ar", "سجّلتُ طلبك، ومشرف الطواقم بيتواصل معك قريب عشان يأكد الوقت.", "reschedule", False),
    ("next_step", "tr", "Programı netleştirdikten sonra yeni tarihle ilgili size ayrıca döneceğim.", "reschedule", False),
    # follow_up: an offer of more help asked in dialect
    ("follow_up", "ar", "صحّحتُ العمولة. تبين أراجع لك أي مبيعات ثانية للتأكد إن عمولتها محسوبة صح؟", "billing_dispute", True),
    # clean_text: a long bracketed note to a colleague
    ("clean_text", "en", "I've started the refund. [NB Claire - check w/ Sandra in finance whether the indemnity claim was already raised before sending]", "billing_dispute", False),
]


@pytest.mark.parametrize(("name", "lang", "body", "intent", "ok"), FAMILIES)
def test_families(name: str, lang: str, body: str, intent: str, ok: bool) -> None:
    assert check(name, lang, reply(lang, body), intent=intent).passed is ok


def test_a_closing_question_without_its_mark_is_not_a_name_line() -> None:
    draft = "Merhaba Burcu Hanım\nhatırlatmayı düzelttim, 2 haziran salı için 10:30 boş\nbaşka sorunuz var mı\nDilara Ateş\nMinik Pati"
    assert check("follow_up", "tr", draft, intent="question").passed
    assert check("signature", "tr", draft, intent="question", agent="Dilara Ateş").passed


def test_greeting_by_title_in_another_language() -> None:
    assert check("greeting", "en", reply("en", "Ja, wir transportieren Klaviere.", opening="Hallo Herr Weber,"), customer="Jonas Weber").passed
    assert not check("greeting", "en", reply("en", "Ja.", opening="Hallo Herr Schmidt,"), customer="Jonas Weber").passed
