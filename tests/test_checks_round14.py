"""Generalisations from heldout76 (the fourteenth session): each family, with the near
miss it must still get right. Rules only (Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.numbers import extract

# ------------------------------------------------------------------ numbers


def test_prices_in_pence_are_amounts() -> None:
    got = [(m.kind, round(m.lo, 4), m.unit) for m in extract("Unit rate 22.90p/kWh; standing charge 55p a day; 40 pence each.")]
    assert got == [("amount", 0.229, "GBP"), ("amount", 0.55, "GBP"), ("amount", 0.4, "GBP")]
    # a bare "5p" may be a page: no amount without its "per"
    assert extract("see 5p of the guide") == ()


def test_a_month_first_range_is_two_dates() -> None:
    got = [(m.kind, m.lo, m.unit) for m in extract("valid March 9–14, 2026") if m.kind == "date"]
    assert got == [("date", 309.0, "2026"), ("date", 314.0, "2026")]
    # a clock time after a dash is not the range's end
    assert [m.kind for m in extract("on March 9 - 10:00 start")] == ["date", "time"]


# ------------------------------------------------------------------ grounded


def test_grounded_a_unit_price_in_pence() -> None:
    src = ("Billed usage 870 kWh: 760 kWh used in February plus 110 kWh under-estimated in January. Unit rate 22.90p/kWh.",)
    assert run("The 110 kWh from January account for £25.19 of the total.", src).passed
    assert flagged(run("The 110 kWh from January account for £27.19 of the total.", src)) == ["£27.19"]


def test_grounded_a_share_of_a_stated_quantity_at_a_unit_price() -> None:
    src = ("تعرفة «الليل الموفّر»: 0.28 درهم لكل كيلوواط ساعة بين 23:00 و07:00، و0.44 درهم لكل كيلوواط ساعة في باقي الأوقات.",)
    message = "استهلاكي الشهري تقريباً 1,200 كيلوواط ساعة، ونصّه بالليل."
    good = "إذا كان نصف استهلاكك (600 كيلوواط ساعة) بالليل، فستدفع 168 درهماً لليل و264 درهماً لباقي الأوقات."
    assert run(good, src, message, language="ar").passed
    bad = "إذا كان نصف استهلاكك (600 كيلوواط ساعة) بالليل، فستدفع 186 درهماً لليل."
    assert flagged(run(bad, src, message, language="ar")) == ["186 درهماً"]


def test_grounded_whole_hours_over_at_a_rate_per_hour() -> None:
    src = (
        "18 Şubat 2026 planlı bakım: 09:00-13:00 olarak duyuruldu; enerji 19:30'da verildi.",
        "Planlı kesinti duyurulan süreyi aşarsa, aşan her tam saat için abone faturasına 40 TL mahsup edilir.",
    )
    assert run("6 tam saat için 240 TL'yi aboneliğinize tanımladım.", src, language="tr").passed
    assert flagged(run("6 tam saat için 280 TL'yi aboneliğinize tanımladım.", src, language="tr")) == ["280 TL"]


def test_grounded_unused_days_of_a_few_day_pass() -> None:
    src = (
        "SK-88412: 3 günlük skipass, 20-22 Şubat 2026, 5.400 TL; kullanım: yalnızca 20 Şubat.",
        "Sağlık raporu ile belgelenen durumlarda kullanılmayan günlerin ücreti, bilet fiyatı gün sayısına bölünerek iade edilir.",
    )
    message = "İlk gün ateşlendim, kalan 2 günü kullanamadım."
    assert run("Kullanmadığınız 2 günün ücreti olan 3.600 TL'yi iade edeceğim.", src, message, language="tr").passed
    assert flagged(run("Kullanmadığınız 2 günün ücreti olan 3.900 TL'yi iade edeceğim.", src, message, language="tr")) == ["3.900 TL"]


def test_grounded_a_day_inside_a_stated_range() -> None:
    src = ("6-day adult lift ticket valid March 9–14, 2026, paid $894.00. Lift scans: March 9 and March 10.",)
    assert run("That leaves March 11 to 14 as four unused days.", src).passed
    assert flagged(run("That leaves April 21 to 24 as four unused days.", src)) == ["April 21", "24"]


def test_grounded_weeks_rounded_up_between_two_stated_dates() -> None:
    src = ("IELTS Preparation (evening), 12 January – 6 March 2026.",)
    assert run("It shows how much work you put in over those eight weeks.", src).passed
    assert flagged(run("It shows how much work you put in over those ten weeks.", src)) == ["ten weeks"]


def test_grounded_days_from_a_worked_out_date_to_a_stated_one() -> None:
    src = ("تكون الدراجة جاهزة بعد 3 أيام عمل من يوم استلامها. أيام العمل: السبت إلى الخميس.",)
    message = "عندي سباق يوم 1 آذار 2026. إذا جبتها يوم الأحد 22 شباط بتلحقوا؟"
    good = "بتكون جاهزة يوم الأربعاء 25 شباط، وهيك بيضل عندك 4 أيام قبل السباق."
    assert run(good, src, message, language="ar").passed
    bad = "بتكون جاهزة يوم الأربعاء 25 شباط، وبتوصلك خلال 6 أيام."
    assert flagged(run(bad, src, message, language="ar")) == ["6 أيام"]


# ------------------------------------------------------------------ other checks


def test_tone_levantine_words_are_not_slang() -> None:
    for body in ("شو بتحب نعمل بالموعد؟ نقلتلك الحجز لـ 14 آذار.", "نقلتلك الحجز لـ 14 آذار. بتحب أساعدك بإشي تاني؟"):
        assert check("tone", "ar", reply("ar", body), intent="reschedule").passed, body
    assert not check("tone", "ar", reply("ar", "الموضوع أبسط بكتير مما بيبيّن، بس مش الكل بينتبهلو."), intent="reschedule").passed


def test_next_step_colloquial_arabic_futures_and_the_next_bill() -> None:
    for body in (
        "كما سيُضاف إلى فاتورتك التالية رصيد بقيمة 30 درهماً.",
        "الحصة اللي وقفت هتتعوض يوم الخميس 26 فبراير من 6:30.",
    ):
        assert check("next_step", "ar", reply("ar", body), intent="service_outage").passed, body
    assert not check("next_step", "ar", reply("ar", "الحصة اللي وقفت اتعطلت من الساعة 6:05."), intent="service_outage").passed


def test_next_step_an_english_condition_governs_its_own_clause() -> None:
    vague = "Our mechanics are on it right now. We'll have it running again as soon as we're able, and if the closure drags on, we'll look at your tickets."
    assert not check("next_step", "en", reply("en", vague), intent="service_outage").passed
    fallback = "Our mechanics are on it right now and it will reopen at 14:00. If the closure drags on, we'll look at your tickets as soon as we're able."
    assert check("next_step", "en", reply("en", fallback), intent="service_outage").passed


def test_apology_hedged_and_measured_against_hopes() -> None:
    assert not check("apology", "tr", reply("tr", "Yaşanmış olabilecek bir aksaklık için affınıza sığınırız."), intent="billing_dispute").passed
    assert not check("apology", "ar", reply("ar", "يؤسفنا أن يوم الأحد لم يكن على قدر ما كنتم تتمنّونه."), intent="complaint").passed
    assert check("apology", "en", reply("en", "I've checked both readings, and I'm keeping the bill as it is."), intent="billing_dispute").passed


def test_no_upsell_softened_advice_and_a_move_offered() -> None:
    assert not check("no_upsell", "tr", reply("tr", "Teslimatınızı durdurdum. Perde koleksiyonumuza da mutlaka göz atın derim."), intent="reschedule").passed
    assert not check("no_upsell", "en", reply("en", "I've cancelled it. Club Lite is £25.00 a month; just say the word and I'll move you across."), intent="cancel").passed
    assert not check("no_upsell", "ar", reply("ar", "ألغيتُ الطلب. بنصحك تشترك بباقة «رابية كير» السنوية عنا."), intent="refund").passed
    assert check("no_upsell", "en", reply("en", "I've moved your lesson to Tuesday at 10:00."), intent="reschedule").passed


def test_ownership_and_no_redirect_in_dialect_and_in_person() -> None:
    assert not check("ownership", "ar", reply("ar", "المنصة دي بتاعة شركة خارجية، ومفيش في إيدينا حاجة نعملها."), intent="service_outage").passed
    pickup = "Elbette, siparişinizi depomuzdan kendiniz alabilirsiniz; teslim şeklini değiştirdim."
    assert check("no_redirect", "tr", reply("tr", pickup), intent="question").passed
    assert not check("no_redirect", "tr", reply("tr", "Randevularım bölümünden tarihi kendiniz taşıyabilirsiniz."), intent="reschedule").passed


# ------------------------------------------------------------------ from heldout77


def test_grounded_prices_for_the_counts_the_customer_gives_added_up() -> None:
    src = ("Starlit Bristol weekend prices: child (under 15) £7.00; adult £10.00.", "Group bookings of 10 or more tickets get 15% off the total.")
    message = "I'm organising a trip for 12 kids and 3 adults. How much would that be?"
    assert run("12 children at £7.00 and 3 adults at £10.00 come to £114.00; with 15% off, £96.90.", src, message).passed
    assert flagged(run("12 children at £7.00 and 3 adults at £10.00 come to £124.00.", src, message)) == ["£124.00"]


def test_numbers_half_hours_and_dotted_turkish_clock_times() -> None:
    assert [(m.kind, m.lo) for m in extract("The outage lasted three and a half hours.")] == [("duration", 210.0)]
    assert [(m.kind, m.lo) for m in extract("09.30 ve 14.00 saatleri boş.") if m.kind == "time"] == [("time", 840.0)]
    assert [(m.kind, m.lo) for m in extract("it lasted 1.50 hours")] == [("duration", 90.0)]


def test_grounded_free_hours_for_every_full_hour_between_stated_times() -> None:
    src = ("Wi-Fi outage on 14 May 2026, 09:40-13:10.", "Members receive one free meeting-room hour for every full hour of outage.")
    assert run("I've added 3 free meeting-room hours to your account.", src).passed
    assert flagged(run("I've added 4 free meeting-room hours to your account.", src)) == ["4 free meeting"]


def test_grounded_until_the_day_before_a_stated_date() -> None:
    src = ("Pantri Plus, £7.99 per month. Next renewal 3 June 2026.",)
    assert run("I've cancelled it before the 3 June renewal, and you'll keep your benefits until 2 June.", src).passed
    assert flagged(run("I've cancelled it before the 3 June renewal, and you'll keep your benefits until 5 June.", src)) == ["5 June"]


def test_grounded_more_than_a_gap_less_the_promised_span() -> None:
    src = ("Emergency call logged 06:02; engineer arrived 11:40.", "Emergency call-outs carry a 2-hour arrival promise.")
    assert run("We didn't get there until 11:40, more than three and a half hours later than that.", src).passed
    assert flagged(run("We didn't get there until 11:40, more than eight hours later than that.", src)) == ["eight hours"]


def test_round77_wordings() -> None:
    assert not check("apology", "en", reply("en", "We regret that Friday's visit didn't quite live up to what you'd booked."), intent="refund").passed
    assert not check("apology", "tr", reply("tr", "Böyle bir aksilikle karşılaşmış olmanız üzücü, bunun için üzgünüz."), intent="service_outage").passed
    assert not check("tone", "en", reply("en", "I'm sure working in your coats is doing wonders for team spirit."), intent="service_outage").passed
    assert not check("tone", "ar", reply("ar", "خلّيني أوضّحلك شغلة صغيرة يمكن ما انتبهت إلها. استرجعتلك 18 دينار."), intent="complaint").passed
    assert check("no_upsell", "en", reply("en", "That's our mistake: the referral to our glass partner was never sent, so I've sent it today."), intent="complaint").passed
    assert not check("no_upsell", "ar", reply("ar", "استرددتُ رسوم الكشف. فهذا أنسب وقت لتفكري في جلسة تبييض الأسنان عندنا."), intent="complaint").passed
    assert not check("ownership", "tr", reply("tr", "Poliçe iptalleri benim onay verebildiğim işlemler arasında yer almıyor."), intent="cancel").passed
    assert check("next_step", "en", reply("en", "Two complimentary tickets have been put on your account and are ready to use now."), intent="complaint").passed
    assert check("follow_up", "ar", reply("ar", "أصدرتلك التذكرتين وبعتتهم برسالة نصية.", closing="وصلتك الرسالة؟ إذا لأ، احكيلي هون.\n\nمع تحياتي،\nمهند"), intent="service_outage").passed


# ------------------------------------------------------------------ from heldout78


def test_grounded_a_rounded_share_and_the_days_of_a_range() -> None:
    src = ("Production June 1–30, 2026: 812 kWh; estimate in proposal for June: 760 kWh.",)
    assert run("Your 812 kWh is 52 kWh more than the 760 kWh we estimated, almost 7% above forecast.", src).passed
    assert flagged(run("Your 812 kWh is 52 kWh more than the 760 kWh we estimated, almost 12% above forecast.", src)) == ["12%"]
    camp = ("Mert Gündüz, 1. dönem 29 Haziran-10 Temmuz 2026; yüzme eğitmeni: Tolga Kaya.",)
    assert run("Suya girmekten çekinen bir çocuğun 12 günde tek başına yüzer hale gelmesi harika.", camp, language="tr").passed
    assert flagged(run("Suya girmekten çekinen bir çocuğun 16 günde tek başına yüzer hale gelmesi harika.", camp, language="tr")) == ["16 günde"]


def test_round78_wordings() -> None:
    assert not check("ownership", "ar", reply("ar", "بصراحة، منصة التسجيل بتقفل أي تعديل من جهتي، فما بإيدي أغيّر إشي."), intent="reschedule").passed
    assert check("ownership", "ar", reply("ar", "راجعتُ حسابك: الكهرباء التي يصدّرها نظامك إلى الشبكة تُحتسب بسعر 0.20 درهم."), intent="question").passed
    assert not check("no_upsell", "ar", reply("ar", "نقلتُ ميعادك للسبت. إيه رأيك نضيف لك جلسة بروتين مع القصة؟"), intent="reschedule").passed
    assert not check("no_redirect", "en", reply("en", "Nearer the time, drop our warranty desk a line at warranty@brightridge.example."), intent="question").passed
    assert not check("tone", "tr", reply("tr", "Aslında bunlar oldukça temel bilgiler; adım adım gidelim ki kafanız karışmasın."), intent="question").passed
    assert check("no_redirect", "tr", reply("tr", "Düğününüzün ardından ekibimiz sizinle iletişime geçer."), intent="question").passed
    assert not check("next_step", "tr", reply("tr", "Müsait olduğunuz bir dönemde ekibimiz sizinle iletişime geçer."), intent="complaint").passed
    signoff = reply("tr", "Üyeliğinizi iptal ettim; 30 Haziran'dan sonra ödeme alınmayacak.", closing="Yeni evinizde güzel bir başlangıç dilerim,\nGülşen Ay\nKozalak")
    assert check("clean_text", "tr", signoff, intent="cancel").passed
    assert check("follow_up", "ar", reply("ar", "نقلتُ موعدك إلى السبت.", closing="لو محتاج أي حاجة تانية قبل السبت، أنا موجود.\n\nمع تحياتي،\nهاني"), intent="reschedule").passed


def test_round79_non_apologies() -> None:
    assert not check("apology", "tr", reply("tr", "O ilk çeyrek saat keyfinizi bir nebze gölgelediyse, kusura bakmayın."), intent="complaint").passed
    assert not check("apology", "ar", reply("ar", "يؤسفنا أن رحلة الغروب جاءت دون الصورة التي رسمتِها لها."), intent="complaint").passed
    assert check("apology", "tr", reply("tr", "Masanızı geç hazırladığımız için özür dilerim; hesabınızdan 200 TL düştüm."), intent="complaint").passed
