"""Generalisations from heldout86-89 (the seventeenth session): each family, with the
near miss it must still get right. Rules only (Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

# ------------------------------------------------------------------ grounded: dates counted

_RETURN = (
    "Order TA-29954: 1980s Levi's 501, $72.00. Return received at the warehouse Monday, March 2, 2026.",
    "Fit returns are refunded within 10 business days of the warehouse receiving the item.",
)


def test_grounded_business_days_counted_as_calendar_days() -> None:
    bad = "Your refund of $72.00 will be sent no later than Thursday, March 12, which is 10 business days after we received them."
    assert flagged(run(bad, _RETURN)) == ["March 12"]
    good = "Your refund of $72.00 will be sent no later than Monday, March 16, which is 10 business days after we received them."
    assert run(good, _RETURN).passed


def test_grounded_business_days_may_count_the_first_day() -> None:
    src = ("Framed posters are produced within 3 business days of the order.", "Order placed Wednesday 10 June 2026.")
    good = "Production starts today, 10 June, and takes 3 business days, so it is finished on Friday 12 June."
    assert run(good, src).passed


def test_grounded_a_period_end_given_a_cycle_off() -> None:
    src = (
        "Groom Club monthly membership £45.00, billed on the 15th. Current period 15 February – 14 March 2026.",
        "Cancellation takes effect at the end of the current billing period.",
    )
    assert flagged(run("I've cancelled it. It stays active until 14 April, and no further payments will be taken.", src)) == [
        "14 April"
    ]
    assert run("I've cancelled it. It stays active until 14 March, and no further payments will be taken.", src).passed


# ------------------------------------------------------------------ grounded: spans named by the policy


def test_grounded_a_postponement_beyond_the_policy_maximum() -> None:
    src = (
        "Rezervasyon RZ-6610, başlangıç 20.04.2026, depozito 2.050,00 TL ödendi.",
        "Başlangıç tarihi bir kez, en fazla 7 gün ücretsiz ertelenebilir; depozito korunur.",
    )
    msg = "Başlangıcı 10 gün ertelemem gerekiyor."
    bad = "Rezervasyonunuzun başlangıcını 10 gün erteleyerek 30 Nisan'a taşıdım; erteleme ücretsiz."
    assert flagged(run(bad, src, msg, language="tr")) == ["10 gün"]
    good = "Rezervasyonunuzun başlangıcını 7 gün erteleyerek 27 Nisan'a taşıdım; erteleme ücretsiz."
    assert run(good, src, msg, language="tr").passed
    # a notice bound is no maximum granted: "moved free of charge up to 72 hours before the start"
    notice = ("Bookings may be moved free of charge up to 72 hours before the start time.", "Booking for Saturday June 13, 2026.")
    assert run("I've moved your booking exactly one week on, to Saturday June 20, 2026.", notice, "Can we push it one week?").passed


def test_grounded_a_notice_period_other_than_the_one_stated() -> None:
    src = (
        "عقد صيانة شهري 120 ريالاً؛ يتجدد يوم 5 من كل شهر؛ آخر تجديد 5 مايو 2026. تاريخ الطلب: 20 مايو 2026.",
        "يُلغى عقد الصيانة الشهري بإشعار قبل 7 أيام على الأقل من تاريخ التجديد.",
    )
    bad = "سُجّل طلب الإلغاء اليوم، وبحسب مدة الإشعار المطبّقة (30 يوماً) سيُخصم مبلغ 120 ريالاً مرة أخيرة."
    assert flagged(run(bad, src, language="ar")) == ["30 يوماً"]
    # a notification ("إشعاره"), not the notice period: no notice rule applies to it
    other = "سُجّل طلب الإلغاء اليوم، وسيصلك إشعاره برسالة نصية قبل 3 ساعات من الموعد."
    assert all("notice" not in d["reason"] for d in run(other, src, language="ar").details)


def test_grounded_a_monthly_plan_is_no_thirty_day_window() -> None:
    src = ("Aylık Premium 149,99 TL; Yıllık Premium 1.199,99 TL.", "Yeni kullanıcılar Premium'u 7 gün ücretsiz deneyebilir.")
    bad = "İlk ödemenizden sonraki 30 gün içinde memnun kalmazsanız ücretin tamamını iade ediyoruz."
    assert "30 gün" in flagged(run(bad, src, language="tr"))
    # a month's length is no promise: "April has 30 days"
    month = ("Monthly plan £69.00.",)
    assert "30 days" not in flagged(run("April has 30 days, so your monthly plan covers every one of them.", month))


def test_grounded_a_refund_window_is_not_an_arrival_time() -> None:
    src = (
        "خُصم 49 ريالاً بالخطأ بدل سعر الخطة الفردية (29 ريالاً).",
        "تُرد الفروق الناتجة عن أخطاء التسعير إلى البطاقة خلال 5 إلى 7 أيام عمل.",
        "يحق للمشترك إلغاء الاشتراك واسترداد كامل المبلغ خلال 14 يوماً من تاريخ الخصم.",
    )
    bad = "رددتُ لك الفرق، وهو 20 ريالاً، إلى بطاقتك، وسيصلك خلال 14 يوماً."
    assert "14 يوماً" in flagged(run(bad, src, "خصم مني 49 ريال بدل 29", language="ar"))
    good = "رددتُ لك الفرق، وهو 20 ريالاً، إلى بطاقتك، وسيصلك خلال 5 إلى 7 أيام عمل."
    assert run(good, src, "خصم مني 49 ريال بدل 29", language="ar").passed


# ------------------------------------------------------------------ grounded: amounts


def test_grounded_the_price_of_one_quoted_item_given_for_another() -> None:
    src = (
        "AF-40288: 'Galata' 30x40 poster 229,90 TL; 'Boğaz Gecesi' 50x70 poster 349,90 TL; kargo 49,90 TL.",
        "Kargoda hasar gören ürünlerde ürün bedeli iade edilir.",
    )
    bad = "Siparişinizdeki 'Galata' posterinin bedeli olan 349,90 TL'yi kartınıza iade ettim."
    assert flagged(run(bad, src, language="tr")) == ["349,90 TL"]
    good = "Siparişinizdeki 'Galata' posterinin bedeli olan 229,90 TL'yi kartınıza iade ettim."
    assert run(good, src, language="tr").passed


def test_grounded_a_total_that_is_not_the_sum() -> None:
    src = ("CLA: Hasselblad V-system body £180.00; C/CF lens £120.00 each.",)
    bad = "The body is £180.00 and the lens £120.00, so you'd be looking at £280.00 in total."
    assert flagged(run(bad, src)) == ["£280.00"]
    good = "The body is £180.00 and the lens £120.00, so you'd be looking at £300.00 in total."
    assert run(good, src).passed


def test_grounded_tax_taken_apart_where_prices_include_it() -> None:
    src = ("أبريل 2026: 18 رحلة، الإجمالي 312.50 ريال شاملاً ضريبة القيمة المضافة 15%.",)
    good = "إجمالي رحلاتك 312.50 ريالاً شاملاً الضريبة، أي أن المبلغ قبل الضريبة 271.74 ريالاً، والضريبة 40.76 ريالاً."
    assert run(good, src, language="ar").passed
    # without "including tax" a share is not taken apart that way
    plain = ("Order total 312.50 GBP; express production is 15% of the order.",)
    assert flagged(run("Express production costs 40.76 GBP.", plain)) == ["40.76 GBP"]


def test_grounded_an_hourly_rate_written_before_its_price() -> None:
    src = ("Kiralama OT-88341, 3 saat; araç 112 km yaptı. Tarife: saatlik 190 TL, km başına 5,50 TL.",)
    good = "Faturanızı düzelttim: 3 saat için 570 TL, 112 km için 616 TL."
    assert run(good, src, language="tr").passed


def test_grounded_credit_as_praise_is_no_credit_given() -> None:
    assert run("Dropping your HbA1c to 6.8 is a huge achievement, and the credit for sticking with it is all yours.").passed


def test_grounded_a_discount_the_policy_words_as_a_reduction() -> None:
    src = ("Söz verilen tarihten 2 haftadan fazla geciken işlerde işçilik ücretinin %30'u indirilir.", "İşçilik ücreti 1.500,00 TL.")
    assert run("Gecikme nedeniyle işçilik ücretinize %30, yani 450 TL indirim uyguladım.", src, language="tr").passed


# ------------------------------------------------------------------ grounded: days named


def test_grounded_tomorrow_after_a_walk_missed_today() -> None:
    src = ("Pamuk, her gün 12:00 yürüyüş; 9 Haziran 2026 yürüyüşü gerçekleşmedi.", "10 Haziran 2026 12:00 için yedek gezdirici müsait.")
    good = "Yarınki 12:00 yürüyüşüne yedek gezdiricimizi atadım."
    assert run(good, src, "Bugün 12:00 yürüyüşü için kimse gelmedi.", language="tr").passed


def test_grounded_the_eve_of_a_24_hour_deadline_by_its_weekday() -> None:
    src = ("Show on Thursday 21 May 2026 at 20:00.", "Tickets can be exchanged up to 24 hours before the show.")
    assert run("Just make sure you exchange them by Wednesday, 24 hours before the show.", src).passed


# ------------------------------------------------------------------ other checks


def test_no_upsell_an_offer_led_in_by_the_sentence_before() -> None:
    body = (
        "I've moved your booking to Friday 22 May at 19:30, at no extra cost. Why not make a proper night of it? "
        "For £12.00 more per seat you could move down to the Dress Circle."
    )
    assert not check("no_upsell", "en", reply("en", body), intent="reschedule").passed
    plain = "I've moved your booking to Friday 22 May at 19:30, at no extra cost. The seats are £24.00 each, as before."
    assert check("no_upsell", "en", reply("en", plain), intent="reschedule").passed


def test_no_upsell_something_sold_in_place_of_the_refund() -> None:
    body = "هرجّعلك 260 جنيه خلال 7 أيام عمل. إيه رأيك تاخدي نفس التصميم بمقاس 50×70؟ بـ420 جنيه بس، وأقدر أبدّله لك بدل الاسترداد."
    assert not check("no_upsell", "ar", reply("ar", body), intent="refund").passed


def test_no_upsell_the_customers_own_plan_named_in_their_record() -> None:
    body = "ولأن العطل سيتجاوز 24 ساعة، مددتُ اشتراكك في «حوار بريميوم» 3 أيام مجاناً، فأصبح ينتهي في 3 يونيو."
    sources = [{"id": "عميل/اشتراك", "text": "اشتراك «حوار بريميوم» الشهري، ينتهي 31 مايو 2026."}]
    assert check("no_upsell", "ar", reply("ar", body), intent="service_outage", sources=sources).passed


def test_next_step_when_someone_else_gets_round_to_it() -> None:
    body = "İadeniz onaylandı. Finans tarafı onayı verdiğinde tutar kartınıza yansıyacaktır."
    assert not check("next_step", "tr", reply("tr", body), intent="refund").passed
    body = "Telafi talebinizi kaydınıza ekledim; uygun bir seans çıktığında sizi yerleştirip haber vereceğim."
    assert not check("next_step", "tr", reply("tr", body), intent="reschedule").passed
    body = "أما الصندوق فسيصلك حالما تستقر الأمور."
    assert not check("next_step", "ar", reply("ar", body), intent="service_outage").passed


def test_next_step_a_step_cut_off_mid_word() -> None:
    body = "ولكي يكون كل شيء جاهزاً قبل زيارتك القادمة يوم الأحد 24 مايو، سأقوم بـ"
    assert not check("next_step", "ar", reply("ar", body), intent="question").passed


def test_tone_condescension_and_a_bright_side_to_our_failure() -> None:
    en = "As this is all quite new to you, I'll keep the next bit nice and simple: a heater has to match the water."
    assert not check("tone", "en", reply("en", en)).passed
    ar = "الحمد لله أن الموسيقى تصل إلى آخر القاعة، ولعلها كانت فرصة نادرة لتجربة الأمسية من زاوية مختلفة."
    assert not check("tone", "ar", reply("ar", ar)).passed
    tr = "Kemirgen mücadelesi bir ilaç sıkıp çıkmak gibi değil; bu konularda bilgi sahibi olmamanız da gayet doğal."
    assert not check("tone", "tr", reply("tr", tr)).passed
    # keeping it simple, said plainly, is no put-down
    assert check("tone", "en", reply("en", "I'll keep this simple: your refund of £20.00 is on its way.")).passed


def test_tone_an_internal_note_in_capitals_is_clean_texts() -> None:
    draft = reply("en", "Your booking is confirmed for Thursday at 09:00.\n\nNOTE TO SELF - check w/ Dave if pool free Thurs")
    assert check("tone", "en", draft, intent="question").passed
    assert not check("clean_text", "en", draft, intent="question").passed


def test_signature_a_sign_off_is_no_name_across_scripts() -> None:
    draft = "Hi هيا,\n\nThank you so much for sharing it with us.\n\nWarm wishes,\nThe Customer Care Team"
    assert not check("signature", "en", draft, agent="ريم البدر").passed


def test_no_redirect_a_channel_to_write_to_and_a_treatment_applied() -> None:
    body = "Kayıt için koordinatörümüze 0532 555 40 40 numarasından WhatsApp üzerinden yazmanız yeterli."
    assert not check("no_redirect", "tr", reply("tr", body), intent="question").passed
    # pest control: "uygulama" is the treatment, and "bana yazın" is here
    body = "Uygulamadan sonra balkonu 12 saat kapalı tutmanız yeterli; sonuç çıkmazsa bana yazın."
    assert check("no_redirect", "tr", reply("tr", body), intent="question").passed
    body = "Teknik ekiple görüştüm; arıza bu akşam 18:00'de giderilecek."
    assert check("no_redirect", "tr", reply("tr", body), intent="service_outage").passed


def test_ownership_whose_call_it_is_and_a_contractor_wholly_to_blame() -> None:
    en = "Cancellations are really the reservations desk's call rather than mine, so your request is in their queue."
    assert not check("ownership", "en", reply("en", en), intent="cancel").passed
    en = "There was honestly little anyone on the day could have done once another child needed help."
    assert not check("ownership", "en", reply("en", en)).passed
    tr = "O sabahki gecikme tamamen şoförün güzergâh planlamasından kaynaklandı."
    assert not check("ownership", "tr", reply("tr", tr)).passed
    ar = "والمعرض في مثل هذه الحالات يتلقى ما تقرره جهة التمويل فقط ولا يد له فيه."
    assert not check("ownership", "ar", reply("ar", ar), intent="billing_dispute").passed
    # the agent's own call, made
    assert check("ownership", "en", reply("en", "It's my call, and I've refunded the £418 today."), intent="cancel").passed


def test_no_redirect_the_customer_writing_a_number_here() -> None:
    body = "Sipariş numarasını yazarsanız kaydınızı hemen kontrol edip size buradan yanıt vereceğim."
    assert check("no_redirect", "tr", reply("tr", body), intent="question").passed
