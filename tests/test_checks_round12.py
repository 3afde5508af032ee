"""Generalisations from heldout64-66 (the twelfth session): each family, with the near
miss it must still get right. Rules only (Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

# ------------------------------------------------------------------ grounded


def test_grounded_a_rate_times_the_months_named_next() -> None:
    src = ("اشتراك سنوي (يناير–ديسمبر 2026) مدفوع بالكامل: 1,800 ريال بتاريخ 1 يناير 2026. طلب الإلغاء مستلم في 12 مايو 2026.", "يُرد ما يقابل الأشهر الكاملة المتبقية بواقع 150 ريالاً لكل شهر.", "تُعاد المبالغ إلى وسيلة الدفع الأصلية خلال 7 أيام عمل.")
    good = "يتبقى سبعة أشهر كاملة (من يونيو إلى ديسمبر)، وبواقع 150 ريالاً للشهر يكون المبلغ المسترد 1,050 ريالاً."
    assert run(good, src, language="ar").passed
    bad = "يتبقى سبعة أشهر كاملة (من يونيو إلى ديسمبر)، وبواقع 150 ريالاً للشهر يكون المبلغ المسترد 1,200 ريال."
    assert flagged(run(bad, src, language="ar")) == ["1,200 ريال"]


def test_grounded_the_jordanian_dinar_abbreviation() -> None:
    src = ("دورة الرسم: 12 حصة بقيمة 96 د.أ (8 د.أ للحصة)، حضر 3 حصص.", "تُرد قيمة الحصص المتبقية بعد خصم 15 د.أ رسوم المواد.")
    assert run("تبقى 9 حصص قيمتها 72 ديناراً، وبعد خصم 15 ديناراً يكون المسترد 57 ديناراً.", src, language="ar").passed
    assert flagged(run("تبقى 9 حصص قيمتها 72 ديناراً، وبعد خصم 15 ديناراً يكون المسترد 60 ديناراً.", src, language="ar")) == ["60 ديناراً"]


def test_grounded_items_counted_with_x() -> None:
    src = ("Not packed: free-range eggs x6 (3.10 GBP), oat milk 1L x2 (1.45 GBP each).", "Missing items are refunded to the card.")
    assert run("I've refunded £6.00 for the eggs and the two oat milks.", src).passed
    assert flagged(run("I've refunded £7.45 for the eggs and the oat milk.", src)) == ["£7.45"]


def test_grounded_a_share_written_as_a_fraction() -> None:
    src = ("Her tam gün için aylık ücretin 1/30'u kadar hesap kredisi tanımlanır.", "Plan: Ev Koruma, 390 TL/ay.")
    assert run("Etkilenen her gün için 13 TL kredi alacaksınız.", src, language="tr").passed
    assert flagged(run("Etkilenen her gün için 15 TL kredi alacaksınız.", src, language="tr")) == ["15 TL"]


def test_grounded_a_date_moved_by_the_span_the_sentence_names() -> None:
    src = ("Kalan 212 dakika; geçerlilik sonu 20 Mayıs 2026.", "Geçerlilik süresi kesinti yaşanan gün sayısı kadar uzatılır.")
    assert run("Paketinizin geçerliliğini bir gün uzattım; yeni bitiş tarihiniz 21 Mayıs 2026.", src, language="tr").passed
    assert flagged(run("Paketinizin geçerliliğini uzattım; yeni bitiş tarihiniz 23 Mayıs 2026.", src, language="tr")) == ["23 Mayıs 2026"]


def test_grounded_a_bracketed_sum_with_a_customers_figure() -> None:
    src = ("Essentials plan: 80% reimbursement after a 150 USD annual deductible.",)
    message = "The vet quoted $640 for the extraction."
    assert run("We reimburse 80% of the rest: ($640 - $150) x 80% = $392.", src, message).passed
    assert "$420" in flagged(run("We reimburse 80% of the rest: ($640 - $150) x 80% = $420.", src, message))


def test_grounded_days_counted_inclusively_and_the_gift_that_follows() -> None:
    src = (
        "Licence server fault on 4 August 2026; all devices restored on 8 August 2026.",
        "Subscribers unable to read get one free day added for each day affected.",
        "Next renewal 20 August 2026.",
    )
    good = "As you'll have been without your books for five days (4 to 8 August), I've added five free days, so your renewal moves from 20 August to 25 August."
    assert run(good, src).passed
    bad = "As you'll have been without your books for five days (4 to 8 August), I've added them, so your renewal moves from 20 August to 30 August."
    assert flagged(run(bad, src)) == ["30 August"]


def test_grounded_french_clock_times_are_no_spans() -> None:
    src = ("Séances disponibles mardi et jeudi 9:00–11:00 et 15:00–17:00.",)
    assert run("Des séances sont disponibles de 9h à 11h et de 15h à 17h.", src, language="fr").passed
    assert flagged(run("Je vous rembourse sous 48h.", src, language="fr")) == ["48h"]


def test_grounded_arabic_working_days_counted_after_the_noun() -> None:
    src = ("إصلاح مجاني يجريه نجّار الشركة خلال 5 أيام عمل.",)
    assert run("سأتصل بكِ غداً لنثبّت اليوم الذي يناسبكم خلال أيام العمل الخمسة القادمة.", src, language="ar").passed
    assert flagged(run("سيصلكم النجار خلال أيام العمل الثلاثة القادمة.", src, language="ar")) == ["أيام العمل الثلاثة"]


# ------------------------------------------------------------------ no_upsell


def test_no_upsell_a_customers_own_premium_is_no_question_about_offers() -> None:
    message = "I bought a single Premium wash on Saturday but the dryers weren't working. I'd like my money back."
    pitch = "I've refunded the £12.00. Unlimited Plus would more than pay for itself, and new members pay just £9.99 for their first month."
    assert not check("no_upsell", "en", reply("en", pitch), intent="refund", message=message).passed
    asked = "Is there a cheaper way than paying for the Premium wash every time?"
    assert check("no_upsell", "en", reply("en", pitch), intent="refund", message=asked).passed


def test_no_upsell_a_discount_the_policy_gives_for_the_failure() -> None:
    sources = [{"id": "policy/breakdowns", "text": "Appointments missed because of our breakdown get 20% off the rebooked groom."}]
    given = "I've rebooked Ollie for Wednesday at 14:00, and the groom will be 20% off, so £44.00 instead of £55.00."
    assert check("no_upsell", "en", reply("en", given), intent="service_outage", sources=sources).passed
    promo = [{"id": "promotions", "text": "20% off all canvas prints with code CANVAS20 until 31 May."}]
    sold = "While you wait, our canvas prints are 20% off with code CANVAS20 - worth a look!"
    assert not check("no_upsell", "en", reply("en", sold), intent="complaint", sources=promo).passed


def test_no_upsell_turkish_soft_pitches() -> None:
    tr = "Planlarınız netleştiğinde göl manzaralı bungalovlarımıza da bir göz atmanızı isterim; yaz için yerler hızla doluyor."
    assert not check("no_upsell", "tr", reply("tr", tr), intent="cancel").passed
    assert check("no_upsell", "tr", reply("tr", "Rezervasyonunuzu iptal ettim; 1.200 TL'nin tamamını iade ettim."), intent="cancel").passed


def test_no_upsell_an_arabic_price_in_dinars_abbreviated() -> None:
    ar = "أنصحج تضيفين دفاية غاز وكيسين نوم حرارية، كلها بـ8.500 د.ك بس لليلتين، وأقدر أضيفها على نفس الحجز."
    assert not check("no_upsell", "ar", reply("ar", ar), intent="reschedule").passed
    done = "نقلتُ حجزج إلى 12–14 ديسمبر بنفس السعر، 60.000 د.ك، وبدون أي رسوم."
    assert check("no_upsell", "ar", reply("ar", done), intent="reschedule").passed


# ------------------------------------------------------------------ apology


def test_apology_a_declined_claim_owes_no_apology() -> None:
    declined = "Both charges match what was agreed, so I won't be reducing the invoice. I can split it into three monthly payments of £152."
    assert check("apology", "en", reply("en", declined), intent="billing_dispute").passed
    silent = "I've looked at the invoice and split it into three monthly payments of £152."
    assert not check("apology", "en", reply("en", silent), intent="billing_dispute").passed


def test_apology_for_the_customers_hopes_or_feelings() -> None:
    assert not check("apology", "en", reply("en", "I do regret that the lesson wasn't quite the morning you'd hoped for.")).passed
    assert not check("apology", "ar", reply("ar", "نأسف إن التوقيت ما جاش على هواك.")).passed
    assert not check("apology", "tr", reply("tr", "Oluşan olumsuz izlenim için özür dileriz.")).passed
    assert check("apology", "en", reply("en", "I'm sorry we cancelled the lesson without telling you.")).passed


# ------------------------------------------------------------------ ownership, tone, redirect, next_step


def test_ownership_disowning_the_task_in_new_words() -> None:
    en = "Cancellations aren't really my patch, I'm afraid - that paperwork is very much theirs rather than mine."
    assert not check("ownership", "en", reply("en", en), intent="cancel").passed
    ar = "استرداد العربون مش قراري للأسف، هيدا بيرجع لقسم الحسابات."
    assert not check("ownership", "ar", reply("ar", ar), intent="refund").passed
    owned = "بلّغتُ محمود بنفسي بما كتبتِه، وألغيتُ الرسوم."
    assert check("ownership", "ar", reply("ar", owned), intent="refund").passed


def test_tone_dialect_words_that_are_plain() -> None:
    assert check("tone", "ar", reply("ar", "رسالتك فرّحتنا كتير، وأوصلتُ كلامك للمعلمة بنفسي."), intent="praise").passed
    assert check("tone", "ar", reply("ar", "البوردة وصلت المخزن خلاص، وحجزتلك التركيب يوم الأحد."), intent="complaint").passed
    assert not check("tone", "ar", reply("ar", "تمام، كنسلت لك العقد وخلاص، بيمشي الإلغاء بعد أسبوع."), intent="cancel").passed


def test_redirect_self_service_and_what_our_failure_made_them_do() -> None:
    en = "To stop it, please cancel through your account page before 1 July."
    assert not check("no_redirect", "en", reply("en", en), intent="cancel").passed
    assert check("no_redirect", "en", reply("en", "We prepared it but never submitted it, and you were left to do it yourself. I've refunded the £96.00."), intent="refund").passed


def test_next_step_dialect_future_and_vague_soon() -> None:
    assert check("next_step", "ar", reply("ar", "رح يوصلك اليوم على إيميلك رابط تحميل مباشر للصور."), intent="service_outage").passed
    assert not check("next_step", "ar", reply("ar", "رفعتُ طلب إلغائها، وإن شاء الله يرجع لك المبلغ قريباً."), intent="billing_dispute").passed
    assert check("next_step", "ar", reply("ar", "رددتُ لكِ العربون كاملاً خلال 3 أيام عمل. إن شاء الله تُقام الحفلة قريباً على خير."), intent="cancel").passed


# ------------------------------------------------------------------ from heldout67-70


def test_grounded_the_time_between_two_stated_moments() -> None:
    src = ("الحجز MH-5581: الخميس 16 يوليو 2026 الساعة 22:00.", "وصل طلب التأجيل 13 يوليو 2026 الساعة 23:15.")
    assert run("طلبك وصلنا قبل موعدكم بـ70 ساعة و45 دقيقة، وهذا أقل من 72 ساعة.", src, language="ar").passed
    assert flagged(run("طلبك وصلنا قبل موعدكم بـ75 ساعة، وهذا أكثر من 72 ساعة.", src, language="ar")) == ["75 ساعة"]


def test_grounded_arabic_eleven_and_english_ages_and_tenure() -> None:
    src = ("رحلة أبوظبي – دلما بتاريخ 20 مايو 2026.", "طلب الإلغاء مستلم 9 مايو 2026.", "الإلغاء قبل 7 أيام أو أكثر: يُسترد المبلغ بعد خصم 10%.")
    assert run("بما أن الإلغاء تمّ قبل الإبحار بأحد عشر يوماً فهو يدخل ضمن فترة الاسترداد.", src, language="ar").passed
    assert flagged(run("بما أن الإلغاء تمّ قبل الإبحار بثلاثة عشر يوماً فهو يدخل ضمن فترة الاسترداد.", src, language="ar")) == ["بثلاثة عشر يوماً"]
    assert run("Junior sessions are for drivers aged 8 to 15, so at 11 years old he's comfortably in.", ("Junior sessions: drivers aged 8-15.",)).passed
    tenure = ("Derek Holloway, plot 14B since 2012. 2026 rent 84.00 GBP paid 8 January 2026.",)
    assert run("Fourteen years on 14B is a fine innings.", tenure).passed
    assert flagged(run("I've extended your lease by two years.", tenure)) == ["two years"]


def test_grounded_a_waived_charge_paid_back_and_one_left_to_a_manager() -> None:
    src = ("Fuel charge recorded: GBP 42.50.", "The fuel charge is waived if the customer provides a fuel receipt.")
    assert run("If you send the receipt, I'll refund the £42.50 straight away.", src).passed
    by_manager = ("Cleaning charge 45.00 GBP applied.", "The branch manager may waive the fee once per account every 12 months.")
    assert flagged(run("I've refunded the 45.00 GBP to your card.", by_manager)) == ["refunded"]


def test_ownership_a_turkish_no_the_agent_owns() -> None:
    owned = "4 Temmuz Cumartesi saat 15:00 dolu, o saati size veremiyorum; ama aynı gün 16:30 ve 18:00 seanslarında yerimiz var."
    assert check("ownership", "tr", reply("tr", owned), intent="reschedule").passed
    blamed = "Sistem izin vermediği için saati değiştiremiyorum."
    assert not check("ownership", "tr", reply("tr", blamed), intent="reschedule").passed


def test_apology_a_turkish_claim_declined_and_sympathy_for_illness() -> None:
    kept = "Kaydınızda 2 Şubat'ta bir gecikme daha olduğu için bu kez o indirimi uygulamıyorum; ücret Haziran faturanıza eklendi."
    assert check("apology", "tr", reply("tr", kept), intent="billing_dispute").passed
    assert check("apology", "en", reply("en", "I was sorry to read that you're both unwell. I've refunded £170."), intent="refund").passed
    assert not check("apology", "en", reply("en", "I'm sorry you're unhappy with the hem."), intent="complaint").passed
