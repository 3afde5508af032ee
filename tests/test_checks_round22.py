"""Generalisations from heldout100-101 (the twenty-second session): each family, with the
near miss it must still get right. Rules only."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.checks._backing import _passage_concepts
from drafter.evaluation.numbers import extract

# ------------------------------------------------------------------ grounded: what a policy refuses


def test_a_policy_that_refuses_a_refund_outright_backs_none() -> None:
    assert "refund" not in _passage_concepts("The retainer is non-refundable.")
    # a part refused leaves the rest to pay back
    assert "refund" in _passage_concepts("The £5 waiting-list registration fee is non-refundable.")
    assert "refund" not in _passage_concepts("Kapora hiçbir koşulda iade edilmemektedir.")
    assert "refund" not in _passage_concepts("الدروس الملغاة تُعوَّض بدروس بديلة، ولا تُرد قيمتها نقداً.")
    # a condition, or a refund beside the refusal, still backs one
    assert "refund" in _passage_concepts("Deposits are not refunded unless you cancel 7 days ahead.")
    assert "refund" in _passage_concepts("The booking fee is non-refundable; the balance is refunded in full.")
    src = ("Redelivery after a wrong address is charged at £12.00 and is not refundable.",)
    assert run("I'm keeping the £12.00 charge in place rather than refunding it.", src).passed
    assert not run("I've refunded the £12.00 charge to your card.", src).passed


def test_a_total_that_gives_back_a_non_refundable_part() -> None:
    src = ("Gate key deposit: £20, refunded when the key is returned. The £5 waiting-list registration fee is non-refundable.",)
    assert flagged(run("You're due £25 back in total: your £20 key deposit plus the £5 fee.", src)) == ["£25"]
    assert run("You're due £20 back: your key deposit.", src).passed
    tr = (
        "Kiralama bedeli 1.200,00 TL + online rezervasyon hizmet bedeli 100,00 TL; toplam 1.300,00 TL.",
        "Hava koşulları nedeniyle iptal edilen kiralamalarda kiralama bedeli tam iade edilir; online rezervasyon hizmet bedeli iade edilmez. İadeler 5 iş günü içinde karta yapılır.",
    )
    assert flagged(run("Ödediğiniz 1.300,00 TL'nin tamamı 5 iş günü içinde kartınıza yansıyacak.", tr, language="tr")) == ["1.300,00 TL"]
    assert run("Kiralama bedeli olan 1.200,00 TL 5 iş günü içinde kartınıza yansıyacak.", tr, language="tr").passed


def test_a_late_change_waived_in_plain_words() -> None:
    src = (
        "Randevu DI-2277: 30 Nisan 2026 14:00. Talep: 30 Nisan 2026 09:40.",
        "Randevu değişiklikleri randevuya 24 saatten fazla kala ücretsizdir; 24 saatten az kala yapılan değişikliklerde 100,00 TL değişiklik bedeli alınır.",
    )
    waived = "Randevu değişikliği için sizden ek bir bedel alınmayacak."
    assert flagged(run(waived, src, language="tr")) == ["ek bir bedel alınmayacak"]
    in_time = ("Randevu DI-2277: 30 Nisan 2026 14:00. Talep: 27 Nisan 2026 09:40.", src[1])
    assert run(waived, in_time, language="tr").passed
    ar = (
        "زيارة علاج طبيعي 12 يونيو 2026 الساعة 19:00؛ وقت الطلب 12 يونيو 2026 الساعة 09:10.",
        "يمكن تغيير موعد الزيارة مجاناً إذا طُلب قبل 24 ساعة أو أكثر؛ وما دون ذلك تُحتسب رسوم تغيير 50 ريالاً.",
    )
    assert not run("نقلتُ الزيارة إلى الغد، فلن تُحتسب عليكم أي رسوم.", ar, language="ar").passed


def test_a_refund_band_by_notice_read_in_arabic() -> None:
    src = (
        "الحجز ND-8840: ليلة 8 يناير 2026؛ المبلغ المدفوع 3,200 ريال؛ أُلغي بتاريخ 2 يناير 2026.",
        "الإلغاء قبل 7 أيام أو أكثر من موعد الحجز: استرداد كامل عدا رسوم حجز غير مستردة قدرها 150 ريالاً. الإلغاء قبل 3 إلى 6 أيام: استرداد 50% من المبلغ. أقل من 3 أيام: لا استرداد.",
    )
    assert not run("يرجع لك المبلغ بعد خصم رسوم الحجز 150 ريالاً، يعني 3,050 ريالاً.", src, language="ar").passed
    assert run("يرجع لك 50% من المبلغ، يعني 1,600 ريال.", src, language="ar").passed


def test_a_refund_called_full_where_the_policy_pays_a_share() -> None:
    src = (
        "Adult Taster Weekend, 25-26 April 2026, 230.00 GBP paid. Sunday 26 April cancelled by the school.",
        "If a course day is cancelled by the school because of the weather, students may choose a free rebooking of that day "
        "or a refund of 50% of that day's share of the course fee. Refunds are processed within 5 working days.",
    )
    assert flagged(run("So you'll be getting the full £115 for the Sunday back.", src)) == ["the full £115"]
    assert run("So you'll be getting half of the Sunday's share back.", src).passed
    # a policy that also refunds in full, or a full refund asked of a manager, gives nothing to flag
    full = (src[0], "Days we cancel are refunded in full, at 115.00 GBP a day.")
    assert run("So you'll be getting the full £115 for the Sunday back.", full).passed
    asked = "I've asked our manager to approve the full £115 as an exception."
    assert run(asked, src).passed


def test_an_arrival_time_promised_as_the_fix_and_no_confirmed_time() -> None:
    src = ("عطل في المولد الرئيسي منذ 19:00؛ الفني في الطريق ومتوقع وصوله الساعة 21:30.",)
    assert not run("والكهرباء بترجع بالكامل الساعة 9:30 الليلة.", src, language="ar").passed
    assert run("والفني بيوصل الساعة 9:30 الليلة.", src, language="ar").passed
    portal = ("Online booking portal offline since 14 April 2026. Portal expected back later this week; no confirmed time.",)
    assert not run("It should be back up and running by tomorrow morning.", portal).passed


def test_a_second_place_discount_taken_off_every_place() -> None:
    src = ("Youth Stage 1: 345.00 GBP per child. Sibling discount: 10% off the second child's place.",)
    assert flagged(run("For both children the course would come to £621.00.", src)) == ["£621.00"]
    assert run("The second child's place comes to £310.50.", src).passed


def test_a_unit_price_per_day_in_arabic_and_a_capped_one() -> None:
    src = (
        "مرحبا، بسافر من 10 إلى 20 مارس.",
        "تُضاف الأيام الموقوفة رصيداً يُخصم من فاتورة الشهر التالي بقيمة 15 درهماً عن كل يوم.",
    )
    assert run("أيام الإيقاف 11 يوماً، يعني رصيد 165 درهماً.", src, language="ar").passed
    capped = ("يُعوَّض المريض عن تكلفة التنقل حتى 100 ريال عن كل موعد بتقديم الإيصال.", "إلغاء موعدي 9 يونيو و24 يونيو 2026.")
    assert not run("وستُعوَّض عن تكاليف التنقل بمبلغ 300 ريال.", capped, language="ar").passed


def test_no_span_in_a_day_singled_out_or_a_child_named_by_age() -> None:
    def spans(text: str) -> list[str]:
        return [m.text for m in extract(text) if m.kind == "duration"]

    assert spans("it let you down on the one day that mattered most") == []
    assert spans("the one day delay") == ["one day"]
    assert spans("أما طفل الثلاث سنوات فمجاناً") == []
    assert spans("خلال سنتين") == ["سنتين"]
    assert spans("Otuz yıl susan bir saatin yeniden tıkırdaması") == ["Otuz yıl"]


# ------------------------------------------------------------------ other checks


def test_tone_put_downs_from_heldout101() -> None:
    assert not check("tone", "en", reply("en", "Bumps and bruises are part and parcel of trampolining, of course.")).passed
    assert not check("tone", "en", reply("en", "'Only a couple of bags' is what everyone tells us, funnily enough."), intent="question").passed
    assert not check("tone", "tr", reply("tr", "Hafif ton farkı eski derilerde normaldir, çoğu müşterimiz bunu bilmez.")).passed
    assert not check("tone", "ar", reply("ar", "فليس كل من يعرض سعراً أقل يعرض الخدمة نفسها، وستلاحظون الفرق قريباً."), intent="cancel").passed
    assert not check("tone", "ar", reply("ar", "وكان ممكن حضرتك تلاحظه لو قريت القائمة للآخر قبل ما تعترض."), intent="billing_dispute").passed
    # telling plainly, and the party's own magician, are no put-downs
    plain = "العطل عند مزوّد الخوادم، وبصراحة ما أقدر أعطيك وقتاً محدداً، لكن حجزك ما تأثر."
    assert check("tone", "ar", reply("ar", plain), intent="service_outage").passed
    assert check("tone", "tr", reply("tr", "Sihirbazımızın partiye gelmemesi için özür dilerim."), intent="refund").passed


def test_ownership_contracted_powerlessness_and_a_fix_left_with_them() -> None:
    cant = "Our diary software only lets the manager move consultations, so I'm not able to make the change myself."
    assert not check("ownership", "en", reply("en", cant), intent="reschedule").passed
    assert not check("ownership", "en", reply("en", "The workmanship issue really sits with them.")).passed
    ar = "التوصيل تتولاه شركة شحن خارجية وهي اللي تحدد المواعيد."
    assert not check("ownership", "ar", reply("ar", ar), intent="reschedule").passed


def test_redirect_upsell_next_step_and_apology_from_heldout101() -> None:
    office = "عشان نبدأ، تحتاجين تمرّين على مكتب الاستقبال في الفرع وتعبّين نموذج الاسترداد هناك."
    assert not check("no_redirect", "ar", reply("ar", office), intent="refund").passed
    addon = "Köpük Partisi eklentisini de eklemek isterseniz 1.500,00 TL yerine 1.200,00 TL'ye sunuyoruz."
    assert not check("no_upsell", "tr", reply("tr", addon), intent="service_outage").passed
    moment = "While your inspector's there, it would be an ideal moment to get a varroa treatment in as well."
    assert not check("no_upsell", "en", reply("en", moment), intent="reschedule").passed
    later = "وإن شاء الله نرتّب معك التفاصيل لاحقاً."
    assert not check("next_step", "ar", reply("ar", later), intent="reschedule").passed
    assert not check("apology", "ar", reply("ar", "يؤسفنا أن رحلتك معنا جاءت بهذه الصورة.")).passed


# ------------------------------------------------------------------ from heldout102-103


def test_a_pro_rata_refund_worked_on_the_time_used() -> None:
    src = (
        "SW-2984: offshore trip, 2 anglers at £120.00 = £240.00 paid. Trip scheduled 8 hours; vessel returned to port after 3 hours.",
        "If we cut a trip short, customers are refunded pro rata for the unused hours of the scheduled trip.",
    )
    assert flagged(run("I've refunded £90 to your card for the part of the day you didn't get.", src)) == ["£90"]
    assert run("I've refunded £150 to your card for the five hours you didn't get.", src).passed
    # the used share named as what stays charged, beside the refund, is the working
    told = "The three hours at sea come to £90 and stay charged; I've refunded the other £150."
    assert run(told, src).passed


def test_every_day_of_the_week_is_no_span_and_the_first_of_each_month_in_arabic() -> None:
    assert [m.text for m in extract("Our vans run seven days a week") if m.kind == "duration"] == []
    assert [m.text for m in extract("2 days a week") if m.kind == "duration"] == ["2 days"]
    src = ("اشتراك شهري 260 ريالاً، يتجدد في اليوم الأول من كل شهر؛ مايو 2026: غسلة مستخدمة.",)
    assert run("ألغيتُ الاشتراك، فلن يتجدد في 1 يونيو.", src, language="ar").passed


def test_pitches_and_put_downs_from_heldout102_and_103() -> None:
    assert not check("no_upsell", "en", reply("en", "While I've got you: our Autumn Bass Nights go on sale next week."), intent="billing_dispute").passed
    keep = "Quite a few of our home-working clients hang on to a single midday walk on their busiest day."
    assert not check("no_upsell", "en", reply("en", keep), intent="cancel").passed
    assert not check("tone", "tr", reply("tr", "250 zarfın her birini elde sarmamızı beklemek de çok gerçekçi olmazdı.")).passed
    assert not check("tone", "ar", reply("ar", "ترى أسئلتك مكتوبة بالحرف في صفحة الباقات، ويبدو إنها فاتتك."), intent="question").passed
    assert not check("ownership", "en", reply("en", "Lock closures are entirely down to the Waterways Trust."), intent="service_outage").passed
    assert not check("ownership", "ar", reply("ar", "النظام عندنا ما بيسمح بوقف الباقة قبل نهاية الشهر."), intent="cancel").passed


def test_follow_up_closings_a_day_asked_for_and_a_refusal_owned() -> None:
    for closing in ("إذا احتجتي أي شيء، حنا موجودين.", "لو في أي استفسار تاني أنا تحت أمرك.", "وإن كان هناك ما يمكنني مساعدتك فيه مستقبلاً فيسعدني ذلك."):
        assert check("follow_up", "ar", reply("ar", "رجّعت لك 50 جنيه.", closing=closing)).passed
    assert not check("follow_up", "ar", reply("ar", "رجّعت لك 50 جنيه.", closing="مع التحية.")).passed
    # a new day asked for is not asking how to reach us: sending them to the phone line is a redirect
    book = "Size uyan saati randevu hattımız 0212 555 80 44'ü arayarak ya da kadran.example/randevu adresinden seçip ayırtabilirsiniz."
    day = "8 Mayıs cuma ya da 9 Mayıs cumartesi gelebilir miyim?"
    assert not check("no_redirect", "tr", reply("tr", book), intent="reschedule", message=day).passed
    where = "Mağazanıza gelebilir miyim?"
    assert check("no_redirect", "tr", reply("tr", book), intent="reschedule", message=where).passed
    # a refusal with its reason, and the agent acting, is owned; the tool's limit is not
    owned = "The £25 assessment charge isn't something I can return, as it covered the calfskin we'd ordered, but I've refunded the rest."
    assert check("ownership", "en", reply("en", owned), intent="refund").passed
    assert not check("ownership", "en", reply("en", "We're unable to move the booking ourselves."), intent="reschedule").passed
