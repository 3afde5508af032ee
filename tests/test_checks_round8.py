"""Generalisations from the blind rounds of the eighth session (heldout38's leftovers,
heldout39 onwards): each family, with the near miss it must still get right. Rules only
(Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run


def test_turkish_our_own_courier_is_ours_to_answer_for() -> None:
    ours = "Kuryemiz soğutucu çanta kullanmamış, bu bizim hatamız."
    assert check("ownership", "tr", reply("tr", ours)).passed
    theirs = "Görünen o ki kargo firması paketi taşırken gereken özeni göstermemiş."
    assert not check("ownership", "tr", reply("tr", theirs)).passed


def test_turkish_monthly_priced_membership_pitched_in_a_complaint() -> None:
    pitch = (
        "Aylık 79,00 TL'lik Hızlıbakkal Plus üyeliğinde dondurulmuş ürünler soğutmalı araçla ve öncelikli "
        "olarak geliyor, teslimat da ücretsiz."
    )
    assert not check("no_upsell", "tr", reply("tr", pitch), intent="complaint").passed
    # the customer's own membership, refunded, is no pitch
    own = "Aylık 79,00 TL'lik üyeliğinizin bu ayki ücretini iade ettim; 3 iş günü içinde kartınızda olacak."
    assert check("no_upsell", "tr", reply("tr", own), intent="complaint").passed


def test_a_machine_that_was_not_affected_is_reassurance_not_blame() -> None:
    body = "Anyone in your family with an iPhone can still listen through the iOS app, which wasn't affected."
    assert check("ownership", "en", reply("en", body)).passed
    blame = "The app didn't register your cancellation, so the charge went through."
    assert not check("ownership", "en", reply("en", blame)).passed


def test_money_coming_back_is_no_vague_promise() -> None:
    money = "That leaves 1,810.00 GBP to come back to you. It goes to your card within 14 days, so by 14 May at the latest."
    assert check("next_step", "en", reply("en", money)).passed
    vague = "I've logged your complaint and we'll come back to you."
    assert not check("next_step", "en", reply("en", vague)).passed


def test_arabic_near_to_a_time_is_not_soon() -> None:
    near = "يمكنك استلام الشقة من الساعة 09:00، وهذا الموعد قريباً من وقت وصولك. أرسل لي رقم اللوحة قبل وصولك بـ24 ساعة وسأفعّل الموقف فوراً."
    assert check("next_step", "ar", reply("ar", near)).passed
    soon = "سنتواصل معك قريباً بخصوص الموقف."
    assert not check("next_step", "ar", reply("ar", soon)).passed


def test_grounded_a_dollar_sign_is_any_dollar() -> None:
    src = ("Policy KPC-66120: monthly premium 64.90 AUD, last collected 1 July 2026.", "If a pet dies, that month's premium is refunded in full.")
    assert run("I've refunded the full $64.90 premium we collected on 1 July.", src).passed
    assert flagged(run("I've refunded the full $69.40 premium we collected on 1 July.", src)) == ["$69.40"]


def test_grounded_a_share_after_a_deductible_and_a_resale_less_its_fee() -> None:
    claim = ("Invoice 1,870.00 USD.", "Plan: 90% reimbursement after a 250.00 USD annual deductible.")
    assert run("If it's approved, you'll get $1,458.00 back.", claim).passed
    assert flagged(run("If it's approved, you'll get $1,500.00 back.", claim)) == ["$1,500.00"]
    resale = ("Order SP-60412: 2 tickets, face value 59.00 EUR per ticket.", "The seller receives the sale price minus a 10% seller fee.")
    assert run("When they sell, you'll receive 106.20 EUR if both go at 59.00 EUR.", resale).passed


def test_grounded_an_itemised_total() -> None:
    order = ("Order SP-55291: 3 tickets. Ticket price 68.50 EUR each; service fee 7.20 EUR per ticket; delivery fee 2.50 EUR per order.", "Cancelled events: full refund of ticket price and fees.")
    body = "I've refunded it in full:\n- 3 tickets at 68.50 EUR: 205.50 EUR\n- service fees (3 x 7.20 EUR): 21.60 EUR\n- delivery fee: 2.50 EUR\nTotal: {} back to your card."
    assert run(body.format("229.60 EUR"), order).passed
    assert flagged(run(body.format("239.60 EUR"), order)) == ["239.60 EUR"]


def test_grounded_what_a_pack_saves_but_not_a_double_deduction() -> None:
    prices = ("Single lesson: 1.100 TL. 4-lesson pack: 4.000 TL. 8-lesson pack: 7.600 TL.",)
    assert run("4 derslik paket 4.000 TL, yani tek tek almaya göre 400 TL daha uygun.", prices, language="tr").passed
    invoice = ("Final invoice 3,430.00 GBP; goodwill discount of 250.00 GBP agreed, not applied.",)
    assert flagged(run("I've reissued the invoice for 2,930.00 GBP.", invoice)) == ["2,930.00 GBP"]


def test_grounded_a_fraction_of_a_fee_and_half_price() -> None:
    fee = ("Aylık servis ücreti 4.000,00 TL.", "Yapılmayan her sefer için aylık ücretin 1/40'ı faturadan düşülür.")
    assert run("Aylık 4.000,00 TL ücretin 1/40'ı olan 100,00 TL'yi faturanızdan düşüyorum.", fee, language="tr").passed
    assert flagged(run("Aylık 4.000,00 TL ücretin 1/40'ı olan 150,00 TL'yi faturanızdan düşüyorum.", fee, language="tr")) == ["150,00 TL"]
    plan = ("Chemistry tutoring: 8 sessions a month, 1,200 SAR.",)
    assert flagged(run("I can move him to the group revision classes instead, at half price.", plan)) == ["half price"]
    offer = ("Retention offer: the sports add-on at 49 AED a month for 3 months instead of 99 AED.",)
    assert run("I can keep the add-on for you at 49 AED a month, about half price.", offer).passed


def test_grounded_a_label_number_is_no_count() -> None:
    src = ("Booking DD-4408: 6,200 SAR paid; 5,600 SAR refunded.", "Clause 7: visa fees are non-refundable once issued.")
    assert flagged(run("The difference of 800 SAR is the visa fees, as clause 7 says.", src)) == ["800 SAR"]
    assert run("The difference of 600 SAR is the visa fees, as clause 7 says.", src).passed


def test_grounded_in_a_minute_and_two_minutes_of_effort_are_no_deadlines() -> None:
    assert run("I can switch you over to the Lite plan in a minute if you'd like.").passed
    ar = "الأمر بسيط ولا يأخذ أكثر من دقيقتين."
    assert run(ar, language="ar").passed
    assert flagged(run("We'll have the engineer with you in 45 minutes.")) == ["45 minutes"]


def test_grounded_arabic_charged_from_you_and_an_exceptional_day_are_no_concepts() -> None:
    src = ("جلسة واحدة بتاريخ 17 أبريل؛ حُصّل مبلغ 42.75 ريالاً مرتين.", "المبالغ المحصّلة مرتين تُرد خلال 5 إلى 7 أيام عمل.")
    assert run("أعاد النظام إرسال طلب الدفع فخُصم منكِ 42.75 ريالاً مرتين، وأعدتُ لكِ 42.75 ريالاً.", src, language="ar").passed
    rare = "توقف التطبيق اليوم حالة استثنائية لا تعكس مستوى خدمتنا."
    assert run(rare, language="ar").passed
    assert not run("وافقتُ على طلبك كحالة استثنائية وألغيت الرسوم.", language="ar").passed


def test_grounded_tomorrow_once_dated_is_that_day_throughout() -> None:
    src = ("فرع خلدا مغلق الأربعاء 13 مايو 2026؛ يُعاد الافتتاح الخميس 14 مايو 2026 الساعة 10:00.", "يُوصَّل الجهاز مجاناً في يوم العمل التالي بين 12:00 و18:00.")
    body = "رتّبتُ توصيله غداً الخميس 14 مايو بين 12:00 و18:00، وإن فضّلت استلامه بنفسك فالفرع يفتح غداً من الساعة 10:00."
    assert run(body, src, language="ar").passed
    assert not run("سيصلك الجهاز غداً.", src, language="ar").passed
