"""Generalisations from heldout61/62 (the eleventh session): each family, with the near
miss it must still get right. Rules only (Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

# ------------------------------------------------------------------ grounded


def test_grounded_months_counted_from_the_months_named_next() -> None:
    src = ("Care Contract from 1 September 2025 to 31 August 2026, 35.00 GBP per month; paid up to May 2026.",)
    assert run("So three months remain (June, July and August), 105.00 GBP in total.", src).passed
    assert flagged(run("So four months remain (June, July and August), 140.00 GBP in total.", src)) == ["four months"]


def test_grounded_arabic_months_from_a_named_range() -> None:
    src = ("العقد EL-2291: من 1 يناير 2026 إلى 31 ديسمبر 2026، 200 درهم شهرياً.",)
    assert run("استخدمتم خمسة أشهر من يناير إلى مايو.", src, language="ar").passed
    assert flagged(run("استخدمتم ستة أشهر من يناير إلى مايو.", src, language="ar")) == ["ستة أشهر"]


def test_grounded_nights_counted_from_the_dates_named_next() -> None:
    src = ("Booking: check-in 2 July 2026, check-out 6 July 2026, 4 nights at 95.00 GBP.", "New arrival 3 July 2026.")
    assert run("Your booking now covers 3 nights, from 3 to 6 July.", src).passed
    assert flagged(run("Your booking now covers 2 nights, from 3 to 6 July.", src)) == ["2 nights"]


def test_grounded_the_rest_of_a_stated_share_with_its_amount() -> None:
    src = ("نسبة التغطية 80% للأدوية.", "دواء الغدة بسعر 45 ديناراً.")
    assert run("حصّتك من ثمن الدواء 20% فقط، أي 9 دنانير.", src, language="ar").passed
    assert flagged(run("حصّتك من ثمن الدواء 20% فقط، أي 12 ديناراً.", src, language="ar")) == ["20%", "12 ديناراً"]


def test_grounded_money_arrives_in_the_time_the_policy_gives_for_it() -> None:
    src = ("حُصّلت رسوم إلغاء 35 ريالاً بالخطأ.", "الإلغاء قبل 24 ساعة أو أكثر مجاني. الرسوم المحصّلة بالخطأ يعيدها موظف الخدمة، وتصل خلال 5 إلى 7 أيام عمل.",)
    assert run("أعدتُ لك رسوم الإلغاء، 35 ريالاً، وستصلك خلال 5 إلى 7 أيام عمل.", src, language="ar").passed
    assert flagged(run("أعدتُ لك رسوم الإلغاء، 35 ريالاً، وستصلك خلال 24 ساعة.", src, language="ar")) == ["24 ساعة"]
    # the same figure about something else is still backed
    assert run("ألغيتَ قبل الموعد بأكثر من 24 ساعة، فالإلغاء مجاني.", src, language="ar").passed


def test_grounded_a_span_given_free_needs_a_source() -> None:
    src = ("عند تكرار العطل ثلاث مرات يُرسل مهندس أول دون رسوم.",)
    message = "هذه ثالث مرة خلال شهرين يتوقف فيها المصعد."
    assert flagged(run("أضفتُ إلى عقدك شهرين إضافيين من الصيانة مجاناً.", src, message, language="ar")) == ["شهرين"]
    assert run("توقف المصعد ثلاث مرات خلال شهرين، وهذا غير مقبول.", src, message, language="ar").passed


def test_grounded_told_in_a_row_and_best_effort_are_no_commitments() -> None:
    src = ("Rolls reported mouldy on boxes of 30 April, 7 May and 14 May 2026.",)
    assert run("Three weeks in a row of mouldy rolls isn't a one-off.", src).passed
    assert flagged(run("You'll get three weeks of boxes free.", src)) == ["three weeks"]
    assert run("وسنبذل كل ما بوسعنا لتدارك الأمر وتعويضك بما يليق.", (), language="ar").passed


def test_grounded_the_policy_own_arabic_waiver() -> None:
    src = ("رسوم الإنهاء المبكر 500 ريال، وتُعفى منها العضوة عند تقديم ما يثبت الانتقال.",)
    assert run("كما أعفيتُك من رسوم الإنهاء المبكر البالغة 500 ريال.", src, language="ar").passed
    other = ("رسوم الإنهاء المبكر 500 ريال.",)
    assert not run("كما أعفيتُك من رسوم الإنهاء المبكر البالغة 500 ريال.", other, language="ar").passed


# ------------------------------------------------------------------ greeting, signature


def test_a_name_in_the_other_script() -> None:
    draft = "Hi Ahmed,\n\nI've refunded the 300 SAR.\n\nBest regards,\nHind Al-Shehri\nMalaabi"
    kw = {"customer": "أحمد العتيبي", "agent": "هند الشهري"}
    assert check("greeting", "ar", draft, **kw).passed
    assert check("signature", "ar", draft, **kw).passed
    other = "Hi Khalid,\n\nI've refunded the 300 SAR.\n\nBest regards,\nMaha Al-Dosari\nMalaabi"
    assert not check("greeting", "ar", other, **kw).passed
    assert not check("signature", "ar", other, **kw).passed


# ------------------------------------------------------------------ no_upsell


def test_no_upsell_a_priced_product_of_ours_after_most_owners_find() -> None:
    pitch = "A quick tip: lots of owners find that our Monthly Care Plan takes the guesswork out, for 29.00 GBP a month."
    assert not check("no_upsell", "en", reply("en", pitch)).passed
    told = "Lots of owners find the water turns cloudy after a heatwave; I've sent a free test kit."
    assert check("no_upsell", "en", reply("en", told)).passed


def test_no_upsell_the_customer_own_bundle_is_no_offer_asked() -> None:
    pitch = "I've refunded 156.00 USD. Our Grade Exam Prep package (89.00 USD) would be a lovely next step."
    message = "She has 4 lessons left on her bundle. Can we get those refunded?"
    assert not check("no_upsell", "en", reply("en", pitch), intent="refund", message=message).passed
    assert check("no_upsell", "en", reply("en", "I've refunded the 4 lessons, 156.00 USD."), intent="refund", message=message).passed


def test_no_upsell_turkish_and_arabic_pitch_openers() -> None:
    tr = "Bir de şunu önereyim: VIP odalarımız yedek hatla çalışıyor, saatlik farkı yalnızca 40 TL."
    assert not check("no_upsell", "tr", reply("tr", tr)).passed
    assert check("no_upsell", "tr", reply("tr", "Vazgeçme politikamıza göre 14.400 TL'yi iade ettim.")).passed
    ar = "وبالمناسبة، فلدينا البوابة الأوتوماتيكية بـ3200 درهم شاملة التركيب، بتكلفة أقل بكثير."
    assert not check("no_upsell", "ar", reply("ar", ar), intent="refund").passed
    given = "أضفتُ إلى حسابك خصماً بنسبة 25% على جولة المنطاد إن حجزتموها خلال هذا الشهر."
    assert not check("no_upsell", "ar", reply("ar", given)).passed


# ------------------------------------------------------------------ ownership


def test_ownership_new_deflections() -> None:
    assert not check("ownership", "ar", reply("ar", "وهذا شيء ما نتحكم فيه نحن كمنصة.")).passed
    assert not check("ownership", "ar", reply("ar", "الشروط مش أنا اللي حاططها، وهذا أقصى شي.")).passed
    assert not check("ownership", "tr", reply("tr", "Bu konuda klinik olarak bizim elimizden gelen bir şey yoktu.")).passed
    assert check("ownership", "tr", reply("tr", "Elimizden geleni yaptım ve randevunuzu 15 Nisan'a aldım.")).passed


# ------------------------------------------------------------------ tone


def test_tone_polite_put_downs() -> None:
    assert not check("tone", "en", reply("en", "It's the large blue sign that every other resident seems to manage to read.")).passed
    assert not check("tone", "tr", reply("tr", "Sözleşmenin ilk maddesinde yazıyor tabii; sanırım o sayfa pek okunmamış.")).passed
    assert check("tone", "en", reply("en", "This honestly made my day, thank you."), intent="praise").passed


def test_tone_slang_in_the_salutation() -> None:
    assert not check("tone", "ar", reply("ar", "رجّعت لك المبلغ كامل.", opening="هلا يا كابتن سعود!")).passed
    assert check("tone", "ar", reply("ar", "رجّعت لك المبلغ كامل.", opening="مرحباً سعود،")).passed


# ------------------------------------------------------------------ follow_up, next_step


def test_follow_up_a_closing_question_to_the_customer() -> None:
    asks = "I've moved your box to Saturday 6 June.\n\nWould Saturday morning work for you, or would you rather I skip that week?"
    assert check("follow_up", "en", reply("en", asks, closing="Best,\nSam")).passed
    told = "I've moved your box to Saturday 6 June."
    assert not check("follow_up", "en", reply("en", told, closing="Best,\nSam")).passed


def test_a_title_full_stop_ends_no_sentence() -> None:
    booked = "Sizi 16 Nisan 11:00'de Dr. Tunç'a yazdım, kuronu ücretsiz olarak yerine takacak."
    assert check("next_step", "tr", reply("tr", booked)).passed
