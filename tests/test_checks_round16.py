"""Generalisations from heldout84 and heldout85 (the sixteenth session): each family, with
the near miss it must still get right. Rules only (Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.checks._bands import applicable_share, bands, notice_days
from drafter.evaluation.numbers import extract

# ------------------------------------------------------------------ numbers


def test_or_more_days_is_a_span() -> None:
    got = [(m.kind, m.lo) for m in extract("Date changes are free if made 7 or more days before the original date")]
    assert got == [("duration", 7 * 24 * 60.0)]
    assert [m.kind for m in extract("3 or more items")] == ["number"]  # no unit: a count


def test_arabic_an_hour_and_minutes_is_one_span() -> None:
    got = [(m.kind, m.lo) for m in extract("تأخرنا في تسليم أوراقك ساعة وأربعين دقيقة عن الموعد")]
    assert got == [("duration", 100.0)]
    # an hour followed by days is two spans
    assert [m.lo for m in extract("ساعة وثلاثة أيام")] == [60.0, 3 * 24 * 60.0]


# ------------------------------------------------------------------ grounded: weekday beside a date

_SCHEDULE = (
    "Booking ML-905512: 2 tickets, Thursday 26 March 2026, 18:00.",
    "The Lantern Keeper: Friday 27 March 2026 at 19:40; Saturday 28 March 2026 at 20:15.",
)


def test_grounded_a_weekday_beside_a_date_it_does_not_fall_on() -> None:
    bad = "I've moved booking ML-905512 to the Friday 28 March showing at 19:40."
    assert flagged(run(bad, _SCHEDULE)) == ["28 March"]
    good = "I've moved booking ML-905512 to the Friday 27 March showing at 19:40."
    assert run(good, _SCHEDULE).passed


def test_grounded_a_weekday_between_two_dates_belongs_to_the_one_without_a_comma() -> None:
    src = ("Mayıs 2026'da uygun akşamlar: 6 Mayıs Çarşamba, 12 Mayıs Salı, 20 Mayıs Çarşamba.",)
    good = "Uygun akşamlarımız 6 Mayıs Çarşamba, 12 Mayıs Salı ve 20 Mayıs Çarşamba; hangisini seçerseniz ayırırım."
    assert run(good, src, language="tr").passed
    bad = "Özel gösteriminizi 12 Mayıs Çarşamba akşamına aldım."
    assert flagged(run(bad, src, language="tr")) == ["12 Mayıs"]


# ------------------------------------------------------------------ grounded: money arriving


def test_grounded_money_back_on_the_card_in_the_time_it_takes_to_send_it() -> None:
    src = (
        "Charges taken in error are refunded by customer services within 2 working days; "
        "the money then reaches the customer's card in 3-5 working days.",
        "29.50 GBP charged on Wednesday 18 March 2026 because of a sync error.",
    )
    bad = "I've refunded the full £29.50 just now, and the money will be back on your card within 2 working days."
    assert flagged(run(bad, src)) == ["2 working days"]
    good = "I've refunded the full £29.50 just now, and the money will be back on your card within 5 working days."
    assert run(good, src).passed


def test_grounded_a_sending_frame_where_no_source_tells_arrival_apart() -> None:
    # a bus arriving is not money arriving: the refund frame stands
    src = (
        "Service cancelled; replacement bus arrived 2 hours after the scheduled time.",
        "Delays of 120 minutes or more: 100% of the fare refunded, paid to the original card within 5 business days.",
    )
    good = "I've refunded your fare in full; it will reach your card within 5 business days."
    assert run(good, src).passed


def test_grounded_the_shorter_end_of_a_range_promised() -> None:
    src = ("Bilet oluşmayan ödemelerde ön provizyon otomatik olarak iptal edilir ve 1-7 iş günü içinde karttan kalkar.",)
    bad = "Bu provizyonları iptal ettim; ikisi de en geç 24 saat içinde kartınızdan kalkacak."
    assert flagged(run(bad, src, language="tr")) == ["24 saat"]
    good = "Bu provizyonları iptal ettim; ikisi de 1-7 iş günü içinde kartınızdan kalkacak."
    assert run(good, src, language="tr").passed
    # "6 or 12 months" is two terms, not a range
    assert run("Instalments are available over 6 months.", ("Instalments over 6 or 12 months.",)).passed


def test_grounded_an_extra_span_the_sources_give_only_as_a_standing_term() -> None:
    src = ("Pair of Clarity 7 aids fitted 9 February 2026, 2,980.00 GBP, standard 2-year warranty.",)
    bad = "To make up for the hassle, I've also extended the warranty on both aids by an extra two years at no cost to you."
    assert "two years" in flagged(run(bad, src))
    good = "Both aids are covered by their standard 2-year warranty, so the new domes cost you nothing."
    assert run(good, src).passed


# ------------------------------------------------------------------ grounded: refund bands by notice

_BANDS = (
    "Passenger cancellations: more than 28 days before the flight, 80% refund; 8-28 days before, 50% refund; "
    "7 days or less, no refund. Refunds are paid within 10 working days.",
    "Booking SBF-3512, 2 passengers, flight 4 July 2026, paid 498.00 GBP. Cancellation request received 16 June 2026.",
)


def test_bands_are_read_with_the_notice() -> None:
    found = bands(_BANDS[0])
    assert [(b.lo, b.hi, b.share) for b in found] == [(29.0, float("inf"), 80.0), (8.0, 28.0, 50.0), (0.0, 7.0, 0.0)]
    assert notice_days(_BANDS) == 18
    share = applicable_share(_BANDS)
    assert share is not None and share[0] == 50.0


def test_grounded_the_share_of_a_band_the_notice_does_not_fall_in() -> None:
    bad = "Because you've let us know well ahead, you're in our 80% refund band, so I've refunded £398.40 of the £498.00."
    assert flagged(run(bad, _BANDS)) == ["80%", "£398.40"]
    good = "As you cancelled 18 days before the flight, you're in our 50% band, so I've refunded £249.00 of the £498.00."
    assert run(good, _BANDS).passed


def test_grounded_a_full_refund_where_the_notice_pays_back_part() -> None:
    src = (
        "Cancellations more than 14 days before the move date receive a full deposit refund; "
        "cancellations 14 days or fewer before the move date receive 50% of the deposit back.",
        "Job BW-5760: move booked 22 May 2026; deposit 200.00 GBP paid 10 April 2026. Cancellation received 12 May 2026.",
    )
    bad = "I've cancelled your move for 22 May and refunded your 200.00 GBP deposit in full."
    assert flagged(run(bad, src)) == ["200.00 GBP"]
    good = "I've cancelled your move for 22 May and refunded 100.00 GBP of your 200.00 GBP deposit."
    assert run(good, src).passed
    # the bands told back, then the right one applied
    told = (
        "Deposits come back in full for cancellations more than 14 days ahead and at 50% for 14 days or fewer. "
        "You cancelled 10 days ahead, so I've refunded 100.00 GBP."
    )
    assert run(told, src).passed


def test_grounded_bands_with_a_case_outside_them_are_left_alone() -> None:
    src = (
        "الإلغاء قبل 7 أيام أو أكثر من موعد الاستلام: استرداد كامل. الإلغاء قبل أقل من 7 أيام: استرداد 50%. "
        "إذا صدر تحذير رسمي من الأرصاد يُسترد المبلغ كاملاً.",
        "الحجز KD-3051: ليلتا 19 و20 فبراير 2026، المبلغ المدفوع 1,450 ريالاً؛ طلب الإلغاء بتاريخ 16 فبراير 2026.",
    )
    good = "ألغيتُ حجزك وأصدرتُ لك استرداداً كاملاً بمبلغ 1,450 ريالاً بسبب التحذير الرسمي."
    assert run(good, src, language="ar").passed


# ------------------------------------------------------------------ grounded: a cap paid out


_LOST = (
    "Ticket 40390: 1 silk scarf dropped off 2 June 2026; scarf declared value £85.00; scarf not found at collection.",
    "Items lost in our care are refunded at their declared value, up to a maximum of £150.00 per item.",
)


def test_grounded_the_policy_maximum_paid_for_an_item_of_smaller_value() -> None:
    bad = "I've approved your claim today and refunded £150.00 to your card for the scarf."
    assert flagged(run(bad, _LOST)) == ["£150.00"]
    good = "I've approved your claim today and refunded £85.00 to your card for the scarf."
    assert run(good, _LOST).passed
    told = "I've refunded the £85.00 you declared, well within the £150.00 limit, to your card."
    assert run(told, _LOST).passed


def test_grounded_the_documented_value_backs_the_customers_figure_in_turkish() -> None:
    src = ("Kaybolan ürünlerde müşterinin faturayla belgelediği değer, en fazla 1.500 TL'ye kadar iade edilir.",)
    message = "Kaybolan gömleğimi 900 TL'ye almıştım, faturası da elimde."
    good = "Faturanız elinizde olduğu için gömleğin 900 TL'sini kartınıza iade ettim."
    assert run(good, src, message, language="tr").passed


def test_grounded_a_division_sign_in_shown_working() -> None:
    src = ("إيجار شهري 3,600 درهم؛ يُحتسب إيجار الشهر الأخير بالتناسب على أساس 30 يوماً في الشهر.",)
    good = "سيُحتسب إيجار يونيو بالتناسب: 3,600 ÷ 30 × 11 = 1,320 درهماً."
    assert "1,320 درهماً" not in flagged(run(good, src, language="ar"))


# ------------------------------------------------------------------ other checks


def test_apology_not_owed_where_the_reply_keeps_the_charge() -> None:
    body = (
        "Wharf Street charges £4 for each hour or part of an hour, so 4 hours and 6 minutes comes to £20. "
        "Because the charge matches the tariff, I'm keeping it as it is rather than refunding the £6. "
        "I've emailed you an itemised receipt today."
    )
    assert check("apology", "en", reply("en", body), intent="billing_dispute").passed
    owed = "The £20 was charged in error, and I've refunded the £6 difference today."
    assert not check("apology", "en", reply("en", owed), intent="billing_dispute").passed


def test_no_redirect_drop_them_a_line_at_an_address() -> None:
    bad = "If you drop them a line at accounts@presspoint.co.uk with your ticket number, they'll put the £36.00 back on your card."
    assert not check("no_redirect", "en", reply("en", bad), intent="billing_dispute").passed
    good = "I've put the £36.00 back on your card myself today; it will show within 3 working days."
    assert check("no_redirect", "en", reply("en", good), intent="billing_dispute").passed


def test_no_upsell_the_add_ons_charged_are_no_pitch() -> None:
    body = "I'm sorry we charged you for three add-ons at £12.00 each that you never asked for; I've refunded the £36.00 today."
    assert check("no_upsell", "en", reply("en", body), intent="billing_dispute").passed
    pitch = "I've refunded the £36.00 today. While you're here, our add-ons make every wash last longer."
    assert not check("no_upsell", "en", reply("en", pitch), intent="cancel").passed


# ------------------------------------------------------------------ grounded: a slot's date with another's time (from heldout86, after its measurement)

_FREE = (
    "Dr. Nihan Yalçın boş saatler: 21.04.2026 Salı 10:30; 22.04.2026 Çarşamba 14:00; 24.04.2026 Cuma 16:15.",
    "Randevu değişiklikleri 24 saat öncesine kadar ücretsizdir.",
)


def test_grounded_a_free_date_booked_at_another_slots_time() -> None:
    bad = "Sonuç görüşmenizi 21 Nisan Salı 14:00'e aldım; eski randevunuzu da iptal ettim."
    assert flagged(run(bad, _FREE, language="tr")) == ["21 Nisan"]
    good = "Sonuç görüşmenizi 22 Nisan Çarşamba 14:00'e aldım; eski randevunuzu da iptal ettim."
    assert run(good, _FREE, language="tr").passed
    # a date listed with several times takes any of them
    src = ("المواعيد المتاحة السبت 30 أيار 2026: 11:00 و17:00؛ الأحد 31 أيار 2026: 09:00.",)
    assert run("أجّلتُ الجلسة إلى السبت 30 أيار الساعة 17:00.", src, language="ar").passed


# ------------------------------------------------------------------ smaller readings of the round


def test_grounded_tomorrow_names_a_backed_date_a_little_further_on() -> None:
    src = ("Affected boxes delivered Wednesday 25 March 2026, 09:00-14:00.",)
    good = "Your box is on tomorrow's run, Wednesday 25 March, between 09:00 and 14:00."
    assert run(good, src).passed
    assert "tomorrow" in flagged(run("Your box is on tomorrow's run, between 09:00 and 14:00.", src))


def test_grounded_the_policy_told_back_is_no_arrival_promise() -> None:
    src = (
        "يُعاد مبلغ التأمين خلال 5 أيام عمل من تسليم الدراجة سليمة.",
        "يظهر المبلغ في حساب العميل خلال يومي عمل من إصدار الاسترداد.",
    )
    told = "كان من حقك أن يصلك التأمين خلال 5 أيام عمل، وقد أصدرتُ الاسترداد الآن."
    assert run(told, src, language="ar").passed


def test_grounded_the_invoice_value_backs_the_customers_figure_in_turkish() -> None:
    src = ("Firma kaynaklı hasarlarda ürünün faturadaki değeri en fazla 5.000 TL'ye kadar iade edilir.",)
    message = "Elbiseyi 3.400 TL'ye almıştım, faturası duruyor."
    assert run("Faturadaki 3.400 TL'nin tamamının iadesini başlattım.", src, message, language="tr").passed


def test_no_redirect_turkish_please_call_the_branch_and_arabic_better_send_it_on_whatsapp() -> None:
    tr = "Bunun için lütfen 0216 555 48 12 numaralı şube hattını arayıp sipariş numaranızı bildirin."
    assert not check("no_redirect", "tr", reply("tr", tr), intent="service_outage").passed
    ar = "وعشان نطمن أكتر، الأحسن تبعتي صورة للتاتو على واتساب الفنانين 01001234567 وتكلمي عمر هناك مباشرة."
    assert not check("no_redirect", "ar", reply("ar", ar), intent="question").passed
    done = "أرسلتُ صورة التاتو بنفسي إلى عمر اليوم، وسأرد عليكِ برأيه قبل الساعة 6 مساءً."
    assert check("no_redirect", "ar", reply("ar", done), intent="question").passed
