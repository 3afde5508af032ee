"""Generalisations from heldout95-96 (the twentieth session): each family, with the near
miss it must still get right. Rules only."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

# ------------------------------------------------------------------ grounded: derived values


def test_grounded_arabic_accusative_numbers_and_a_month_range_counted() -> None:
    src = ("تعطلت المنصة يوم 14 مايو 2026 من 10:05 حتى 11:40.",)
    good = "كان العطل من 10:05 حتى 11:40، أي ساعة وخمساً وثلاثين دقيقة."
    assert run(good, src, language="ar").passed
    wrong = "كان العطل من 10:05 حتى 11:40، أي ساعة وسبعاً وثلاثين دقيقة."
    assert not run(wrong, src, language="ar").passed
    plan = (
        "Unused whole months are refunded pro rata to the card on file within 7 working days of cancellation.",
        "VN-77341: Care Plan £84.00/year (£7.00/month), paid 1 January 2026 for January-December 2026. "
        "Cancellation request received 10 April 2026.",
    )
    said = "The unused whole months are May to December, which is 8 months at £7.00, so £56.00 comes back to you."
    assert run(said, plan).passed
    miscounted = "The unused whole months are May to December, which is 9 months at £7.00, so £63.00 comes back to you."
    assert not run(miscounted, plan).passed


def test_grounded_a_share_added_up_from_two_stated_shares() -> None:
    src = (
        "Booking MP-4107: 3,600 AED.",
        "A departure delayed over 30 minutes refunds 20% of the booking; a broken facility adds a further 10%.",
    )
    good = "I've refunded 20% for the delay and a further 10% for the air conditioning, so 30% of 3,600 AED: 1,080 AED."
    assert run(good, src).passed
    invented = "I've refunded 35% of 3,600 AED: 1,260 AED."
    assert "1,260 AED" in flagged(run(invented, src))


def test_grounded_a_whole_named_month_and_a_count_at_one_a_week() -> None:
    src = ("Subscriptions can be paused for up to 6 weeks a year.",)
    msg = "Can I pause the subscription for August?"
    assert run("I've paused your visits from 1 to 31 August.", src, message=msg).passed
    assert not run("I've paused your visits from 1 to 30 August.", src, message=msg).passed
    assert not run("I've paused your visits from 1 to 31 July.", src, message=msg).passed
    pack = ("12 derslik paket: 6.600,00 TL; 90 gün geçerlidir.",)
    assert run("Haftada bir ders yapılsa 12 hafta sürer.", pack, language="tr").passed
    assert not run("Paket 12 hafta sonra yenilenir.", pack, language="tr").passed


def test_grounded_a_reminder_a_day_ahead_is_no_policy_term() -> None:
    src = ("Yeni sınav: 17 Haziran 10:30.",)
    assert run("Öğretmen dersten bir gün önce size mesaj atacak.", src, language="tr").passed
    assert not run("Dersten bir gün önce ücretsiz iptal edebilirsiniz.", src, language="tr").passed


def test_grounded_a_booking_on_a_date_listed_as_taken() -> None:
    src = ("Kestrel full day: Sat 20 June 2026 booked; Sun 21 June 2026 free; Sat 27 June 2026 free.",)
    assert flagged(run("I've moved booking SC-20655 to Saturday 20 June.", src)) == ["20 June"]
    assert run("I've moved booking SC-20655 to Sunday 21 June.", src).passed
    # the taken date named as such is no booking on it
    assert run("Saturday 20 June is already booked, so I've moved you to Sunday 21 June.", src).passed


def test_grounded_an_itemised_total_refunded_with_one_of_its_parts_again() -> None:
    src = (
        "MC-40733: buket 1.360,00 TL + teslimat 120,00 TL = toplam 1.480,00 TL ödendi.",
        "Kurye yola çıkmadan iptal edilen siparişlerde ödenen tutarın tamamı iade edilir.",
    )
    bad = "1.480 TL'yi iade ettim; buna ek olarak 120 TL teslimat ücretini de iade ettim, toplam 1.600 TL."
    assert "1.600 TL" in flagged(run(bad, src, language="tr"))
    assert run("Ödediğiniz 1.480 TL'nin tamamını iade ettim.", src, language="tr").passed
    # a total charged twice, and a part of it wrongly charged, are two refunds
    twice = (*src, "Aynı tutar iki kez tahsil edildi.")
    assert "1.600 TL" not in flagged(run(bad, twice, language="tr"))


def test_grounded_the_part_outside_the_refund_named_as_such() -> None:
    src = (
        "Kiralama tarihine 15 günden az kala yapılan iptallerde ödenen ücretin %70'i iade edilir.",
        "PY-3381: 12.400,00 TL ödendi.",
    )
    good = "8.680 TL'yi iade ettim. Kalan 3.720 TL ise iade dışında kalan kısım."
    assert run(good, src, language="tr").passed


# ------------------------------------------------------------------ the judgement checks


def test_apology_measured_against_what_the_customer_waited_for_or_found_unclear() -> None:
    waited = "يؤسفنا أن رحلتكم لم تكتمل بالشكل الذي كنتم تنتظرونه. رددتُ لكم المبلغ كاملاً اليوم."
    assert not check("apology", "ar", reply("ar", waited)).passed
    unclear = "بنتأسف إن فاتورة مايو ماكانتش واضحة بالنسبة لحضرتك. رجّعتلك 1.200 جنيه النهارده."
    assert not check("apology", "ar", reply("ar", unclear), intent="billing_dispute").passed
    plain = "أنا آسفة، خصمنا منك مبلغ الحصص التي ألغاها المدرس. رجّعتلك 1.200 جنيه النهارده."
    assert check("apology", "ar", reply("ar", plain), intent="billing_dispute").passed


def test_apology_a_hedge_in_its_own_clause_beside_grovelling() -> None:
    hedged = "Please, please forgive us; we are so very sorry for any upset this may have caused. I've refunded the £75.00 today."
    assert not check("apology", "en", reply("en", hedged)).passed
    declined = (
        "I can see why two payments looked like a double charge. The £45.00 is a separate booking, "
        "so nothing was taken twice."
    )
    assert check("apology", "en", reply("en", declined), intent="billing_dispute").passed


def test_no_redirect_a_partner_number_and_my_boss_is_no_request_for_a_manager() -> None:
    sent = "طلب التعويض يُرفع إليهم مباشرة على الرقم 920001234، ويعالجون الشكاوى خلال يومي عمل."
    msg = "وصل ورد ذابل إلى مديرتي، والموقف كان محرجاً."
    assert not check("no_redirect", "ar", reply("ar", sent), message=msg).passed
    mine = "أرسلتُ لمديرتك باقة جديدة اليوم على حسابنا."
    assert check("no_redirect", "ar", reply("ar", mine), message=msg).passed


def test_tone_warmth_in_a_reply_to_praise() -> None:
    warm = "ألف مبروك النجاح من أول مرة! هذا إنجاز حقيقي، ونقلتُ رسالتك إلى المدرب أنس."
    assert check("tone", "ar", reply("ar", warm), intent="praise").passed
    assert not check("tone", "ar", reply("ar", warm), intent="complaint").passed
    lecture = "Thank you! I'd gently point out that next time the form needs filling in first."
    assert not check("tone", "en", reply("en", lecture), intent="praise").passed
    price = "Our Premium Plus tier adds a monthly spot-check, and it's only a little more per visit."
    assert "it's only a" not in (check("tone", "en", reply("en", price), intent="complaint").evidence or "")


def test_tone_street_talk_and_a_lesson_for_next_time() -> None:
    tr = "Ya gerçekten çok ayıp olmuş, hocamız dersi resmen ekmiş, özür dilerim yani. 750 TL'yi iade ettim."
    assert not check("tone", "tr", reply("tr", tr)).passed
    ar = "ننصح عملاءنا بالطلب مبكراً، كما يفعل أغلب من يحرصون فعلاً على وصول هداياهم. ولعلها تكون تجربة مفيدة للمرة القادمة."
    assert not check("tone", "ar", reply("ar", ar), intent="service_outage").passed


def test_ownership_software_rather_than_a_person_and_a_quoted_label() -> None:
    software = (
        "Tutor assignments come out of our matching software rather than being chosen by a person, "
        "so I'm afraid I'm not able to pick a tutor myself."
    )
    assert not check("ownership", "en", reply("en", software), intent="question").passed
    label = "Kaydınızı inceledim: sınav 'araç kaynaklı erteleme' olarak işlenmiş, yani sınav hakkınız düşmedi."
    assert check("ownership", "tr", reply("tr", label)).passed
    said = "Kaydınızı inceledim: erteleme araç kaynaklı, sistem izin vermiyor."
    assert not check("ownership", "tr", reply("tr", said)).passed


def test_next_step_a_vague_step_under_the_customers_choice() -> None:
    ar = "نعم، تستردين المبلغ كاملاً خلال 48 ساعة. وإذا قررت الحجز، فسيتواصل معك أحد الزملاء في أقرب فرصة."
    assert not check("next_step", "ar", reply("ar", ar), intent="question").passed
    tr = "8.680 TL'lik iadeyi başlattım; tutar 7 iş günü içinde yansıyacak. İade kartınıza ulaştığında size kısa bir mesaj göndereceğim."
    assert check("next_step", "tr", reply("tr", tr), intent="refund").passed


def test_no_upsell_families_often_find_it_the_perfect_refresher() -> None:
    pitch = (
        "I've refunded the 4 unused sessions. Our Summer Exam Bootcamp runs in July, and families coming out "
        "of one-to-one tutoring often find it the perfect refresher."
    )
    assert not check("no_upsell", "en", reply("en", pitch), intent="refund").passed
    plain = "I've refunded the 4 unused sessions, £168.00 in total, to your card today."
    assert check("no_upsell", "en", reply("en", plain), intent="refund").passed


# ------------------------------------------------------------------ from heldout97


def test_grounded_a_bracketed_time_after_a_phone_number() -> None:
    src = ("Sipariş değişiklik hattı: 0216 555 40 40 (09:00-18:00).",)
    assert run("09:00-18:00 arasında sipariş hattımızdan sizi arayacağım.", src, language="tr").passed
    assert not run("08:00-18:00 arasında sipariş hattımızdan sizi arayacağım.", src, language="tr").passed


def test_grounded_turkish_kept_side_quick_job_and_a_deduction_as_a_discount() -> None:
    src = (
        "Kamp başlangıcından 30 günden fazla önce yapılan iptallerde ödenen tutarın %80'i iade edilir.",
        "Kayıt ÇG-4471: ödenen tutar 12.500 TL.",
    )
    kept = "10.000 TL'nin iadesini başlattım; kalan 2.500 TL kural gereği iade kapsamı dışında kalıyor."
    assert run(kept, src, language="tr").passed
    assert run("10.000 TL'nin iadesini başlattım; isterseniz kaydı iki dakikada hallederim.", src, language="tr").passed
    damage = (
        "Sipariş TP-1107: meyveli yaş pasta 1.600 TL + teslimat 90 TL.",
        "Hasarlı teslim edilen ürünlerde ürün bedeli iade edilir; teslimat ücreti iade kapsamı dışındadır.",
    )
    assert "1.690 TL" in flagged(run("Teslimat ücreti dahil toplam 1.690 TL'yi iade ettim.", damage, language="tr"))
    heating = ("Kesinti 24 saati aşarsa her gün için ısınma bedelinden 150 TL düşülür.",)
    assert run("Her gün için 150 TL düşüyorum; indirim faturanızda görünecek.", heating, language="tr").passed
    assert not run("Size ayrıca 150 TL indirim tanımladım.", ("Kesinti 24 saati aşarsa teknisyen gelir.",), language="tr").passed
    assert run("Bu akşamın telafisi zor, bunun farkındayım.", ("Teslim: 16:55.",), language="tr").passed


def test_tone_put_downs_from_heldout97() -> None:
    tr = "Anlaşılan çöp konusu sizin için oldukça hassas bir mesele. Planı az önce düzelttim."
    assert not check("tone", "tr", reply("tr", tr)).passed
    joke = "Sizinle randevu kovalamak küçük bir gelenek hâline geldi. Randevunuzu iptal ettim."
    assert not check("tone", "tr", reply("tr", joke), intent="reschedule").passed
    ar = "أغلب روّادنا ينتبهون لضغط الهوا، فنصيحة صغيرة للمرة الجاية: افحص اللوح. استرجعتُ لك 120 درهماً."
    assert not check("tone", "ar", reply("ar", ar), intent="complaint").passed
    eye = "يؤسفنا إن العدسة ما عجبتش عينك الخبيرة. رتّبت استلامها مجاناً."
    assert not check("tone", "ar", reply("ar", eye), intent="complaint").passed
    assert not check("apology", "ar", reply("ar", eye), intent="complaint").passed
    en = "I've refunded the £38.00. That said, for next time it's worth knowing that our more experienced paddlers check the fin."
    assert not check("tone", "en", reply("en", en), intent="complaint").passed
    plain = "I've refunded the £38.00, and I've asked the team to check every fin before a board leaves the rack."
    assert check("tone", "en", reply("en", plain), intent="complaint").passed


def test_ownership_and_apology_from_heldout97() -> None:
    tr = "İptal ve iade işlemleri benim yetki alanımda olmadığından bu adımı kendim atamıyorum; talebinizi kayıt birimine aktardım."
    assert not check("ownership", "tr", reply("tr", tr), intent="cancel").passed
    ar = "برنامج الحجز بيقتطع الرسم من حاله، وأنا ما إلي أي كلمة بهالشي، القرار مش عندي."
    assert not check("ownership", "ar", reply("ar", ar), intent="cancel").passed
    distanced = "Hayal kırıklığınızı anlıyor, bundan duyduğumuz üzüntüyü iletmek isteriz. 1.600 TL'yi iade ettim."
    assert not check("apology", "tr", reply("tr", distanced), intent="refund").passed
    hold = "The good news is that you haven't actually paid it: the £150 is the deposit hold, and I've released it."
    assert check("apology", "en", reply("en", hold), intent="billing_dispute").passed


def test_no_redirect_no_need_to_do_it_yourself_and_the_evening_before() -> None:
    done = "There's no need to book it yourself. I've made a note on your account and booked it for 3 August."
    assert check("no_redirect", "en", reply("en", done), intent="question").passed
    src = (
        "Open slots: Thursday, July 16, 2026, 1:00-5:00 p.m.",
        "Residents receive a text reminder the evening before a visit.",
    )
    good = "I've moved the repair to Thursday, July 16. You'll get a text the evening before, on Wednesday, July 15."
    assert run(good, src).passed
    assert not run("I've moved the repair to Thursday, July 16. You'll get a text on Tuesday, July 14.", src).passed
