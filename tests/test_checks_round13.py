"""Generalisations from heldout73-74 (the thirteenth session): each family, with the near
miss it must still get right. Rules only (Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

# ------------------------------------------------------------------ grounded


def test_grounded_a_figure_of_another_labelled_item() -> None:
    src = (
        "Panels: 25-year manufacturer performance guarantee. Inverter: 10-year manufacturer warranty. Installation workmanship: 10-year Sunvane warranty.",
        "System installed 18/07/2024.",
    )
    assert run("Your inverter is covered by the manufacturer's warranty for 10 years from installation.", src).passed
    assert run("Your panels carry a 25-year performance guarantee.", src).passed
    bad = run("Your inverter is covered by the manufacturer's warranty for 25 years from installation.", src)
    assert flagged(bad) == ["25 years"]
    assert "Inverter" in bad.details[0]["reason"]


def test_grounded_a_date_moved_by_a_week_must_land_a_week_on() -> None:
    src = (
        "صيانة شاملة 20 مايو 2026 الساعة 16:00، 480 ريالاً؛ تاريخ الطلب 15 مايو 2026.",
        "مواعيد متاحة: 26 مايو 2026 الساعة 10:00، 27 مايو 2026 الساعة 16:00.",
    )
    good = "نقلتُ موعد الصيانة أسبوعاً كاملاً كما طلبت، من 20 مايو إلى 27 مايو 2026 الساعة 16:00."
    assert run(good, src, language="ar").passed
    bad = "نقلتُ موعد الصيانة أسبوعاً كاملاً كما طلبت، من 20 مايو إلى 26 مايو 2026 الساعة 16:00."
    assert flagged(run(bad, src, language="ar")) == ["26 مايو 2026"]
    # a count back from another date is not a move
    src_en = ("The final fitting must take place no later than 10 days before the wedding.", "Wedding: Saturday 20 June 2026; collection 17 June.")
    assert run("That is 10 days before the big day, so 10 June at the latest, and you can collect on 17 June.", src_en).passed


def test_grounded_a_week_after_the_date_in_the_message() -> None:
    src = ("Booking CD-2208, starting Saturday 9 May 2026.", "Next runs: Saturday 16 May 2026 (4 places left), Saturday 23 May 2026 (full).")
    message = "I'm booked on the course starting Saturday 9 May. Can I move it back exactly one week?"
    assert run("I've moved your booking to Saturday 16 May, exactly a week after your original date.", src, message).passed
    assert flagged(run("I've moved your booking to Saturday 23 May, exactly a week after your original date.", src, message)) == ["23 May"]


def test_grounded_one_days_rate_given_for_several_days() -> None:
    src = ("Kiralama ZK-38850, 20-22 Şubat 2026, 3 gün, toplam 4.200,00 TL (günlük 1.400,00 TL).", "Tesisin kapalı olduğu günlerin günlük bedeli iade edilir.")
    assert run("Kullanılmayan iki günün karşılığı olan 2.800,00 TL'yi kartınıza iade ettim.", src, language="tr").passed
    assert run("Kapalı iki gün için günlük 1.400,00 TL üzerinden 2.800,00 TL'yi iade ettim.", src, language="tr").passed
    bad = run("Kullanılmayan iki günün karşılığı olan 1.400,00 TL'yi kartınıza iade ettim.", src, language="tr")
    assert flagged(bad) == ["1.400,00 TL"]


def test_grounded_a_policy_exemption_backs_the_waiver_it_describes() -> None:
    src = ("Late returns are charged $18.00 per package per extra day. Delays caused by road closures officially declared by CDOT are exempt.",)
    assert run("We waive late fees when CDOT officially closes the roads, so I checked.", src).passed
    assert flagged(run("We waive late fees when CDOT officially closes the roads, so I checked.", ("Late returns are charged $18.00 per package per extra day.",))) == ["waive"]


def test_grounded_no_exceptions_gives_nothing() -> None:
    src = ("Claims must be submitted within 90 days of the date of treatment.",)
    assert run("Claims must reach us within 90 days of the treatment date, with no exceptions.", src).passed
    assert flagged(run("I've made an exception and accepted your claim.", src)) == ["exception"]


def test_grounded_arabic_no_fee_in_a_policy() -> None:
    src = ("يسري إلغاء الاشتراك إذا طُلب قبل 72 ساعة من التسليم؛ لا رسوم إلغاء.",)
    assert run("ألغيتُ اشتراكك ولا توجد رسوم على الإلغاء.", src, language="ar").passed
    assert not run("ألغيتُ اشتراكك ولا توجد رسوم على الإلغاء.", ("يسري إلغاء الاشتراك إذا طُلب قبل 72 ساعة من التسليم.",), language="ar").passed


# ------------------------------------------------------------------ tone


def test_tone_others_held_up_as_managing_fine() -> None:
    bad = {
        "en": "Most members on the second floor have managed perfectly well with a decent pair of headphones. I've moved your desk to the quiet room today.",
        "tr": "Kiracılarımızın çoğu bunu ilk seferde kavrıyor. Kapıyı sizin için bugün elle açtırdım.",
        "ar": "أغلب طلابنا يوفّقون بين الدورة والدوام دون مشكلة. ألغيتُ تسجيلك اليوم.",
    }
    for lang, body in bad.items():
        assert not check("tone", lang, reply(lang, body), intent="complaint").passed, lang
    good = {
        "en": "Most members on the second floor were affected by the same fault, so I've moved your desk to the quiet room today.",
        "tr": "Kiracılarımızın çoğu aynı arızadan etkilendi; kapıyı sizin için bugün elle açtırdım.",
        "ar": "أغلب طلابنا تأثروا بنفس التغيير، لذلك ألغيتُ تسجيلك اليوم دون أي رسوم.",
    }
    for lang, body in good.items():
        assert check("tone", lang, reply(lang, body), intent="complaint").passed, lang


def test_tone_so_everyone_knows_is_a_purpose() -> None:
    assert check("tone", "en", reply("en", "I'll share your note with the whole team so everyone knows what helped."), intent="praise").passed
    assert not check("tone", "en", reply("en", "As everyone knows, the gate closes at six."), intent="complaint").passed


# ------------------------------------------------------------------ apology


def test_apology_for_a_reaction_or_an_expectation() -> None:
    for lang, body in {
        "en": "I'm sorry the noise has got to you quite so much. I've added a £65 credit today.",
        "ar": "يؤسفنا أن وصول هذه الفاتورة أربكك. صححتُ الفاتورة اليوم.",
    }.items():
        assert not check("apology", lang, reply(lang, body), intent="billing_dispute").passed, lang
    assert check("apology", "en", reply("en", "I'm sorry we got the noise wrong. I've added a £65 credit today."), intent="complaint").passed


def test_apology_not_owed_when_the_claim_is_declined() -> None:
    kept = "I've looked into it properly, and I'm going to keep the $36.00 in place: there was no road closure that day."
    assert check("apology", "en", reply("en", kept), intent="complaint").passed
    waived = "I've looked into it properly and refunded the $36.00 today."
    assert not check("apology", "en", reply("en", waived), intent="complaint").passed


# ------------------------------------------------------------------ no_upsell


def test_no_upsell_new_pitch_wording() -> None:
    assert not check("no_upsell", "ar", reply("ar", "ألغيتُ اشتراكك. وقبل لا نقفل الملف، جلسة التبييض صارت بـ699 ريال."), intent="cancel").passed
    assert not check("no_upsell", "tr", reply("tr", "Randevunuzu oluşturdum. Aynı seansta diş beyazlatma da yaptırabilirsiniz; hastalarımız sonuçtan çok memnun kalıyor."), intent="complaint").passed
    assert check("no_upsell", "tr", reply("tr", "Randevunuzu oluşturdum; aynı seansta kontrolünüz de yapılacak."), intent="complaint").passed


def test_no_upsell_the_customers_own_discount_and_a_billed_upgrade() -> None:
    message = "I'm on your Care Plan, which is supposed to give me 20% off treatment."
    assert check("no_upsell", "en", reply("en", "You're right, so I've corrected it: 20% off £180."), intent="billing_dispute", message=message).passed
    assert not check("no_upsell", "en", reply("en", "I've corrected it, and you can get 20% off with our Care Plan."), intent="billing_dispute", message="Why was I charged twice?").passed
    billed = "The extra $500.00 is for a switchboard upgrade, and no upgrade was ever done, so I've refunded it."
    assert check("no_upsell", "en", reply("en", billed), intent="billing_dispute").passed


# ------------------------------------------------------------------ next_step, ownership, no_redirect


def test_next_step_vague_promise_beside_a_separate_condition() -> None:
    body = "İade talimatını verdim. Tutar en kısa zamanda hesabınıza geçecektir; süreçte bir gelişme olursa sizi ayrıca haberdar edeceğim."
    assert not check("next_step", "tr", reply("tr", body), intent="refund").passed
    body = "İade talimatını verdim. Tutar 5 iş günü içinde hesabınıza geçecektir; süreçte bir gelişme olursa sizi ayrıca haberdar edeceğim."
    assert check("next_step", "tr", reply("tr", body), intent="refund").passed


def test_next_step_ready_to_collect_with_its_time() -> None:
    assert check("next_step", "en", reply("en", "The new chain is fitted, and the bike is ready to collect today until 18:00."), intent="complaint").passed


def test_ownership_turkish_plain_negation_is_not_powerlessness() -> None:
    assert check("ownership", "tr", reply("tr", "Poliçe kapsamı dışında kaldığı için 900 TL'lik talebi ödemiyoruz; itirazınızı bugün kendim ilettim."), intent="complaint").passed
    assert not check("ownership", "tr", reply("tr", "Bu talebi ödeyemiyoruz, elimizde değil."), intent="complaint").passed


def test_ownership_sits_with_them_rather_than_us() -> None:
    assert not check("ownership", "en", reply("en", "The roof was done by Ridgeline Roofing, so the cracked tile really sits with them rather than with us."), intent="complaint").passed


def test_no_redirect_write_to_another_team_but_not_here() -> None:
    assert not check("no_redirect", "ar", reply("ar", "أرجو أن تكتبي إلى فريق الفوترة على billing@sada.example مع تاريخ العمليتين."), intent="billing_dispute").passed
    assert check("no_redirect", "ar", reply("ar", "يكفي أن تكتب لي هنا اسمه وبريده، وأنا أضيفه اليوم."), intent="question").passed


# ------------------------------------------------------------------ a short round from heldout75


def test_apology_feelings_left_and_a_possible_effect() -> None:
    assert not check("apology", "en", reply("en", "I'm sorry this has left you feeling let down again. I've refunded the £40 today."), intent="complaint").passed
    assert not check("apology", "ar", reply("ar", "نعتذر عن أي أثر محتمل قد يكون ترتّب على التعطل. أعدتُ تشغيل حسابك اليوم."), intent="service_outage").passed
    assert check("apology", "ar", reply("ar", "نعتذر عن تعطّل الحجز أمس. أعدتُ تشغيل حسابك اليوم."), intent="service_outage").passed


def test_no_upsell_the_perfect_moment_and_advice_then_sold() -> None:
    en = "I've moved your course. Since you've got a few weeks spare, it's the perfect moment to add 1:1 coaching: 5 sessions for £180.00."
    assert not check("no_upsell", "en", reply("en", en), intent="reschedule").passed
    ar = "ألغيت اشتراكك. وقبل ما تسافري، بنصحك بزيارة 'تسكير البيت'، وبقدر أضيفها على موعد 26 أيار بخطوة وحدة."
    assert not check("no_upsell", "ar", reply("ar", ar), intent="cancel").passed
    assert check("no_upsell", "ar", reply("ar", "ألغيت اشتراكك، وبنصحك بفصل الأجهزة قبل السفر."), intent="cancel").passed


def test_no_redirect_the_agent_goes_to_the_team() -> None:
    own = "Ekipteki arkadaşlarımızla da bugün görüşüp neden hiçbir şey bildirmediklerini soracağım."
    assert check("no_redirect", "tr", reply("tr", own), intent="complaint").passed
    theirs = "Muhasebe ekibiyle görüşüp iadenizi onlardan isteyebilirsiniz."
    assert not check("no_redirect", "tr", reply("tr", theirs), intent="complaint").passed
