"""Generalisations from heldout104-106 (the twenty-third session): each family, with the
near miss it must still get right. Rules only."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.checks._named_difference import misnamed_difference
from drafter.evaluation.numbers import extract, fold

# ------------------------------------------------------------------ grounded: figures named as what they are not


def test_an_amount_called_the_difference_that_is_no_gap() -> None:
    src = (
        "Quote Q-5512: gutter clean 180.00 GBP. Invoice HR-7723: 265.00 GBP = gutter clean 180.00 GBP + downpipe unblocking 85.00 GBP.",
        "Extra work not approved in advance is not charged; overpayments are refunded to the original card.",
    )
    msg = "I was quoted £180 but invoice HR-7723 came to £265."
    assert flagged(run("I've refunded the difference of £95 to your card.", src, msg)) == ["£95"]
    assert run("I've refunded the difference of £85 to your card.", src, msg).passed
    # a gap a unit, over every unit: "€20.00 too much each time … the €40.00 difference"
    twice = "We billed €79.00 on 1 April and 1 May, so you paid €20.00 too much each time. I've refunded the €40.00 difference."
    mentions = extract(twice)
    (forty,) = [m for m in mentions if m.lo == 40]
    said = "I've been charged €79 a month instead of €59."
    assert misnamed_difference(fold(twice), forty, mentions, ["Overcharges are refunded."], said) is None
    assert misnamed_difference(fold(twice), forty, mentions, ["Overcharges are refunded."], "I've been charged €79 a month instead of €49.")


def test_a_total_of_which_a_kept_part_is_refunded_whole() -> None:
    src = (
        "SPS-7781: Beginners' Wheel course. £210.00 paid on 2 April 2026, of which £30.00 is the materials deposit.",
        "Course cancellations made more than 7 days before the first session are refunded in full except for the materials deposit, which is non-refundable.",
    )
    assert flagged(run("I've refunded the full £210.00 to your card.", src)) == ["£210.00"]
    assert run("I've refunded £180.00 to your card.", src).passed


# ------------------------------------------------------------------ grounded: notice windows


def test_a_change_called_free_where_the_message_dates_itself_inside_the_window() -> None:
    src = (
        "Sipariş TK-1809: Üsküdar → Maltepe, 18 Eylül 2026.",
        "Taşınma tarihinden en az 5 gün önce yapılan tarih değişiklikleri ücretsizdir; 5 günden az kala yapılan değişikliklerde 1.500 TL değişiklik ücreti alınır.",
    )
    waived = "Tarih değişikliği için sizden ek bir ücret alınmayacak."
    late = "18 Eylül taşınmamızı 25 Eylül'e almamız gerekiyor. Bugün 15 Eylül."
    assert not run(waived, src, late, language="tr").passed
    assert run(waived, src, "18 Eylül taşınmamızı 25 Eylül'e almamız gerekiyor. Bugün 1 Eylül.", language="tr").passed


def test_a_change_called_free_in_plain_english_and_an_arabic_more_than_window() -> None:
    src = (
        "Advanced course, booking CS-8841, starts Saturday 19 September 2026. Message received Wednesday 16 September 2026.",
        "Course start dates can be changed free of charge up to 7 days before the start. Changes made within 7 days of the start cost 50.00 EUR.",
    )
    assert not run("No problem: moving to a later course is free, so there's nothing extra to pay.", src).passed
    # (a person free on a day is no waiver)
    assert run("Lucía is free on Thursday.", src).passed
    ar = (
        "العقد QN-5530: حفل زواج 20 يونيو 2026. تاريخ طلب التعديل: 28 أبريل 2026.",
        "تغيير تاريخ الحفل قبل أكثر من 60 يوماً مجاني (مرة واحدة). تغيير التاريخ خلال 60 يوماً أو أقل من الحفل يستوجب رسوماً قدرها 15% من قيمة الحجز.",
    )
    assert not run("نقلتُ الحفل إلى 4 يوليو، فالتعديل مجاني وما عليكم أي رسوم إضافية.", ar, language="ar").passed


def test_a_late_fee_taken_from_a_request_that_came_in_time() -> None:
    src = (
        "Randevu saatinden en az 24 saat önce yapılan iptallerde ön ödemenin tamamı iade edilir; 24 saatten az kala yapılan iptallerde 500 TL işlem ücreti kesilir.",
        "Tam Paket ekspertiz, 17 Nisan 2026 10:00; online ön ödeme 3.750 TL; iptal zamanı: 16 Nisan 2026 08:15.",
    )
    deducted = "Ödediğiniz 3.750 TL'den 500 TL işlem ücreti düşülüyor; kalan 3.250 TL'yi kartınıza iade ettim."
    assert "500 TL" in flagged(run(deducted, src, language="tr"))
    late = (src[0], "Tam Paket ekspertiz, 17 Nisan 2026 10:00; online ön ödeme 3.750 TL; iptal zamanı: 16 Nisan 2026 18:15.")
    assert run(deducted, late, language="tr").passed
    # a fee due either way ("refunded in full less a 25.00 GBP fee") is no late fee
    ferry = (
        "Booking KS-77310: 14 June 2026, 08:15; paid 286.00 GBP. Cancellation requested by the customer on 28 April 2026.",
        "Standard fares cancelled more than 14 days before departure are refunded in full less a 25.00 GBP cancellation fee. Cancellations 14 days or fewer before departure are non-refundable.",
    )
    assert run("I've refunded 261.00 GBP, less the 25.00 GBP cancellation fee.", ferry).passed


# ------------------------------------------------------------------ grounded: paid beyond a cap, given beyond policy


def test_the_customers_own_cost_paid_back_beyond_the_cap() -> None:
    src = ("Faulty items: we refund the item price and the original delivery charge, and reimburse return postage up to 6.00 GBP.",)
    msg = "I've already posted it back to you, which cost me 8.40 with tracking."
    assert flagged(run("I've refunded your £8.40 return postage.", src, msg)) == ["£8.40"]
    assert run("I've refunded £6.00 of your return postage, the most we cover.", src, msg).passed


def test_a_discount_off_the_next_visits_is_a_credit() -> None:
    src = ("A visit that breaks our visiting hours is free of charge.",)
    assert not run("I've also taken £10 off each of your next three cleans.", src).passed
    assert run("You won't be charged for that visit.", src).passed


# ------------------------------------------------------------------ grounded: what the case backs


def test_a_worked_unit_price_and_a_count_in_words() -> None:
    src = ("علبة 'سدرة الصغيرة' (9 حبات): 28 ريالاً؛ الطباعة بالاسم: 4 ريالات للعلبة.",)
    msg = "نبي 75 علبة صغيرة مكتوب عليها اسمها."
    draft = "السعر 28 ريالاً والطباعة 4 ريالات، يعني 32 ريالاً للعلبة الواحدة، والإجمالي لـ75 علبة 2,400 ريال."
    assert run(draft, src, msg, language="ar").passed
    assert not run("والإجمالي لـ75 علبة 2,500 ريال.", src, msg, language="ar").passed
    oud = ("دهن عود: 3 مل (ربع تولة) 380 درهماً، 12 مل (تولة) 1,400 درهم.",)
    assert run("ربع تولة بـ 380 درهم، والتولة الكاملة بـ 1,400 درهم، يعني أوفر من أربع علب ربع تولة اللي مجموعها 1,520 درهم.", oud, language="ar").passed


def test_where_a_course_stands_and_a_day_of_the_named_month() -> None:
    assert run("You've still got two weeks of the course left.", ("Thursday Evening Wheel course, week 6 of 8.",)).passed
    assert not run("You've still got three weeks of the course left.", ("Thursday Evening Wheel course, week 6 of 8.",)).passed
    assert run("Dört ay önce ilk akorlarınızı bastınız.", ("Yetişkin başlangıç grubu; kursun 4. ayı.",), language="tr").passed
    msg = "I'm away the week of 11 May. Could I move my Tuesday lesson on the 12th?"
    assert run("I've moved your lesson on Tuesday 12 May to Monday 18 May.", ("Free slots: Monday 18 May 2026 19:00.",), msg).passed
    # "billed on the 1st" is a day of every month, not the 1st of the month named
    assert "1st" not in "".join(flagged(run("Your last invoice is on 1 April.", ("Billed on the 1st. Cancellation requested 3 March 2026.",))))


def test_tonight_dates_the_message_for_tomorrow() -> None:
    src = ("Submarine room failed on Friday 24 April 2026. Engineer booked for 25 April, 09:00.",)
    assert run("Our engineer can't get to it until tomorrow morning.", src, "We're booked in tonight at 8pm.").passed


def test_waivers_the_sources_back_and_sizes_given_as_sides() -> None:
    assert run("Both can be paid in up to 3 monthly instalments with no extra charge.", ("Taksit: 3 aya kadar vade farksız.",)).passed
    msg = "عندي سجادة حرير مقاسها 2×3 متر."
    src = ("غسيل السجاد الحريري: 45 درهماً للمتر المربع.",)
    assert run("سجادتك مساحتها 6 أمتار مربعة، فتكون التكلفة 270 درهماً.", src, msg, language="ar").passed
    assert [m.kind for m in extract("Eksik kalan 35 dakikayı telafi ettim.")] == ["duration"]


# ------------------------------------------------------------------ the other checks


def test_tone_sarcasm_of_the_session() -> None:
    assert not check("tone", "en", reply("en", "It's on the FAQ page if you scroll down far enough.")).passed
    assert not check("tone", "en", reply("en", "As the price board at reception sets out quite clearly, we charge by weight.")).passed
    assert check("tone", "en", reply("en", "A terrier who loves the water sounds like the ideal first mate.")).passed
    assert not check("tone", "tr", reply("tr", "Tarih kesinleşmeden rezervasyon yapılınca olacağı buydu tabii.")).passed
    assert not check("tone", "tr", reply("tr", "Sonuçtan da memnun kaldığınızı tahmin ediyorum.")).passed


def test_pitches_of_the_session() -> None:
    pitch = "Our Jazz Chords course starts on 9 June, and I'd happily put your name down for it now so you don't miss a place."
    assert not check("no_upsell", "en", reply("en", pitch), intent="refund").passed
    assert check("no_upsell", "en", reply("en", "I've put your name down for the 10:00 class you asked for."), intent="reschedule").passed
    assert not check("no_upsell", "en", reply("en", "We can add our Summer Lawn Feed to the same visit for £35.00. Shall I add it on?"), intent="reschedule").passed
    assert not check("no_upsell", "tr", reply("tr", "Madem geliyorsunuz, keratinin yanına saç botoksu da ekleyelim mi?"), intent="reschedule").passed


def test_a_turkish_offer_of_more_help_and_a_transaction_offered() -> None:
    assert check("follow_up", "tr", reply("tr", "Teşekkürünüzü ilettim.", closing="Bizden bir isteğiniz olursa her zaman yazabilirsiniz."), intent="praise").passed
    assert not check("follow_up", "tr", reply("tr", "Fiyatı 500 TL.", closing="Sipariş etmek isterseniz bana yazmanız yeterli."), intent="question").passed


def test_sadness_understood_is_no_apology_and_no_excuse_owns_the_cause() -> None:
    sad = "Ne kadar endişelendiğinizi ve bu yüzden üzgün olduğunuzu çok iyi anlıyorum. Ücreti kartınıza iade ettim."
    assert not check("apology", "tr", reply("tr", sad), intent="complaint").passed
    owned = "Bu işlem iki kez yapılmış, ödeme altyapımız talebi tekrar göndermiş; ama bu bir mazeret değil. Fazla tutarı bugün iade ettim."
    assert check("ownership", "tr", reply("tr", owned), intent="billing_dispute").passed


def test_a_list_line_that_hands_over_to_the_next() -> None:
    body = "You can choose either:\n- a free two-hour studio session, which you can book any time, or\n- a refund of the £12.00 fee."
    assert check("clean_text", "en", reply("en", body)).passed


def test_advice_in_time_is_no_vague_step() -> None:
    body = "Okul gitarını ücretsiz veriyoruz; zamanla kendi gitarının olması yine de iyi olur. Uygun günleri yazarsanız deneme dersini 3 Haziran'a planlayalım."
    assert check("next_step", "tr", reply("tr", body), intent="question").passed


def test_a_rate_for_what_is_beyond_an_allowance_charged_on_the_whole() -> None:
    src = (
        "Travel is free within 20 miles of the studio. Beyond 20 miles: 0.45 GBP per mile, counted one way, for the miles beyond 20.",
        "Venue: Ashcombe Manor, 35 miles from studio (one way).",
    )
    assert flagged(run("The travel charge would be £15.75, based on our rate of 45p per mile.", src)) == ["£15.75"]
    assert run("The travel charge would be £6.75: 15 miles beyond the free 20, at 45p a mile.", src).passed


def test_a_total_that_holds_a_kept_fee_and_a_fee_kept_from_every_refund() -> None:
    src = (
        "Order LPH-77310: 2 x standard 11.00 GBP, 18 July 2026; online booking fee 1.50 GBP; total 23.50 GBP.",
        "Tickets can be refunded up to 24 hours before the screening. The online booking fee of 1.50 GBP per order is not refundable.",
    )
    assert flagged(run("I've refunded the full £23.50 to your card.", src)) == ["£23.50"]
    assert run("I've refunded £22.00 to your card.", src).passed
    tr = ("Ön ödemeli siparişler teslim alma öncesinde iptal edilirse, ödenen tutardan 100,00 TL rezervasyon bedeli düşülerek kalan kısım iade edilir.",)
    paid = "İnternetten 1.150 TL ödeme yapmıştım, siparişi iptal edebilir miyim?"
    assert not run("Ödediğiniz 1.150,00 TL'nin tamamını kartınıza iade ettim.", tr, paid, language="tr").passed
    assert run("Ödediğiniz 1.150,00 TL'den 100,00 TL düşülerek kalan 1.050,00 TL'yi kartınıza iade ettim.", tr, paid, language="tr").passed


def test_money_given_back_for_the_trouble_and_both_charges_seen_back() -> None:
    src = ("Hatalı tahsil edilen ücretler temsilci tarafından iade edilir; tutar 5 iş günü içinde karta yansır.", "Günlük kira 240 TL; gecikme ücreti toplam 360 TL tahsil edildi.")
    extra = "360 TL'lik gecikme ücretini iade ettim. Yaşattığımız bu zahmet için ayrıca bir günlük kira bedeliniz olan 240 TL'yi de kartınıza iade ettim."
    assert not run(extra, src, language="tr").passed
    assert run("360 TL'lik gecikme ücretini iade ettim. Yaşattığımız bu zahmet için özür dilerim.", src, language="tr").passed
    twice = (
        "2 April 2026: two card payments of £85.00 at the front desk terminal. One 10-visit pass issued.",
        "Duplicate card payments are refunded to the original card; the refund shows within 3-5 business days.",
    )
    bank = "My bank shows two payments of £85 that day. I only bought one pass."
    assert flagged(run("You should see the full £170 back on your card within 3-5 business days.", twice, bank)) == ["£170"]
    assert run("You should see the £85 back on your card within 3-5 business days.", twice, bank).passed


def test_the_session_s_near_misses_of_ownership_redirect_and_tone() -> None:
    refused = "I've cancelled the booking. I can't return the £30 deposit, but I have made sure the £145 balance won't be taken."
    assert check("ownership", "en", reply("en", refused), intent="cancel").passed
    assert not check("ownership", "en", reply("en", "I can't return the £30 deposit, I'm afraid."), intent="cancel").passed
    ring = "I've moved the party. I'll give you a ring on 07700 900418 on Wednesday 27 May to confirm numbers."
    assert check("no_redirect", "en", reply("en", ring), intent="reschedule").passed
    assert not check("no_redirect", "en", reply("en", "Please ring 07700 900418 to rebook."), intent="reschedule").passed
    owned = "You should have had a text that day; I've checked, and a template error stopped it sending."
    assert check("tone", "en", reply("en", owned), intent="service_outage").passed
    wish = "İlk çadır deneyiminiz için bizi seçtiğiniz için teşekkür ederim, eminim çok keyifli geçecek."
    assert check("tone", "tr", reply("tr", wish), intent="question").passed
