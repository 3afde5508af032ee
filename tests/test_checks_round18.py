"""Generalisations from heldout91 (the eighteenth session): each family, with the near
miss it must still get right. Rules only."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

# ------------------------------------------------------------------ grounded: working shown

_POLICY = (
    "Policy PT-90412, annual premium 1,440 AED paid on 1 February 2026, covering until 31 January 2027.",
    "On cancellation, the premium for the whole months left is refunded after a 60 AED admin fee.",
)


def test_grounded_an_amount_counted_out_in_its_sentence() -> None:
    # 8 months (June to January) at 120 a month is 960; less the 60 fee, 900
    good = (
        "I've cancelled it from 1 June 2026. That leaves 8 months (June to January), worth 960 AED at "
        "120 AED a month. After the 60 AED admin fee, 900 AED comes back to you."
    )
    assert run(good, _POLICY, "Please cancel from the start of June.").passed
    # the same working with a wrong product is still caught
    bad = good.replace("960 AED", "990 AED").replace("900 AED", "930 AED")
    assert "990 AED" in flagged(run(bad, _POLICY, "Please cancel from the start of June."))


def test_grounded_the_days_of_a_month_up_to_the_last_day() -> None:
    src = (
        "Fixed desk M-3307, 90.000 KWD a month, billed on the 1st. Cancellation received 12 May 2026.",
        "Cancelling needs 30 days' notice; the last month is charged pro rata on a 30-day month.",
    )
    good = (
        "Your last day is 11 June 2026, 30 days from today. On 1 June we'll charge only 11 days, "
        "33.000 KWD instead of 90.000 KWD."
    )
    assert run(good, src).passed
    assert flagged(run(good.replace("only 11 days, 33.000", "only 12 days, 36.000"), src)) == [
        "12 days",
        "36.000 KWD",
    ]


def test_grounded_the_day_after_a_stated_date() -> None:
    src = (
        "Policy TW-55812, monthly premium £31.00 paid on 1 March 2026 for March (31 days). Cancellation requested 12 March 2026.",
        "The unused part of the month is refunded pro rata from the day after cancellation.",
    )
    assert run("I've refunded the 19 days from 13 to 31 March, which comes to £19.00.", src).passed
    assert flagged(
        run("I've refunded the 18 days from 14 to 31 March, which comes to £18.00.", src)
    ) == ["14"]


# ------------------------------------------------------------------ grounded: figures in the wrong role

_DEPOSIT = (
    "Wedding package 15 August 2026; deposit paid 5,000 EGP; cancellation received 20 May 2026.",
    "Cancelled more than 60 days ahead, the deposit is refunded less a cancellation fee of 1,500 EGP, within 10 working days.",
)


def test_grounded_the_kept_fee_given_as_the_refund() -> None:
    bad = "As you cancelled more than 60 days ahead, the deposit is refunded after deducting the cancellation fee, and you'll get back 1,500 EGP within 10 working days."
    assert flagged(run(bad, _DEPOSIT)) == ["1,500 EGP"]
    good = "As you cancelled more than 60 days ahead, the deposit is refunded after deducting the cancellation fee, and you'll get back 3,500 EGP within 10 working days."
    assert run(good, _DEPOSIT).passed
    # the fee named as the fee is the working, not the refund
    named = "We refund the deposit after deducting the 1,500 EGP cancellation fee, within 10 working days."
    assert run(named, _DEPOSIT).passed


def test_grounded_figures_of_two_clauses_worded_alike_swapped() -> None:
    src = (
        "Policy TW-63045, start date 2 March 2026.",
        "Illness cover starts 14 days after the policy start date. Accident cover starts 48 hours after the policy start date.",
    )
    bad = "Illness cover starts 48 hours after the policy begins, so Milo is covered for illness from 4 March."
    assert flagged(run(bad, src)) == ["48 hours"]
    good = "Illness cover starts 14 days after the policy begins, so Milo is covered for illness from 16 March."
    assert run(good, src).passed
    assert run("Accident cover starts 48 hours after the policy begins, from 4 March.", src).passed


# ------------------------------------------------------------------ grounded: no time known yet

_OUTAGE = (
    "Smart-lock server fault since 07:45 on 30 April 2026; no bike can be unlocked from the app. Estimated fix time: not yet known.",
    "Station staff at Kadıköy 07:00-19:00.",
    "During an outage, staff can unlock a bike by hand with a rental code from the agent; rentals started during the outage are free.",
)


def test_grounded_a_fix_time_where_the_sources_say_none_is_known() -> None:
    msg = "I've been waiting half an hour at the station, the app won't unlock any bike!"
    bad = "The lock server has been down since 07:45, and our engineers will have it fixed within 15 minutes."
    assert flagged(run(bad, _OUTAGE, msg)) == ["15 minutes"]
    weekday = "The lock server has been down since 07:45; the part will arrive on Thursday."
    assert flagged(run(weekday, _OUTAGE, msg)) == ["Thursday"]
    # what is past, and what the agent does, are no fix time
    good = "The lock server has been down since 07:45 and there's no fix time yet, so I've sent a rental code to the station staff, who are there until 19:00."
    assert run(good, _OUTAGE, msg).passed


def test_grounded_a_fix_time_in_turkish_and_arabic() -> None:
    tr = ("Akıllı kilit sunucusunda arıza; tahmini düzelme zamanı bilinmiyor.",)
    assert flagged(
        run("Teknik ekibimiz arızayı 15 dakika içinde giderecek.", tr, language="tr")
    ) == ["15 dakika"]
    ar = ("القطعة غير متوفرة، طُلبت من المورّد في 4 مايو 2026، ولم يحدد المورّد موعد التسليم بعد.",)
    assert flagged(run("ستصل القطعة يوم الخميس القادم.", ar, language="ar")) == [
        "يوم الخميس القادم"
    ]
    assert run(
        "طُلبت القطعة من المورّد في 4 مايو، وسأبلغك بموعد وصولها فور تأكيده.", ar, language="ar"
    ).passed


# ------------------------------------------------------------------ no_upsell


def test_no_upsell_our_products_priced_without_the_word_offer() -> None:
    en = (
        "I've moved the group to the Open Floor from today. If a closed door would make life easier in the long run, "
        "our private offices on the second floor start at £650.00 a month, and I could hold one for you to look at this week."
    )
    assert not check("no_upsell", "en", reply("en", en), intent="complaint").passed
    tr = (
        "Siparişi iptal ettim ve 2.800 TL'nin tamamını kartınıza iade ettim. Bu arada, albüm yerine en sevdiğiniz kareyi "
        "duvarınızda görmek isterseniz 50x70 cm kanvas tablolarımız 1.900 TL; beğendiğiniz kareyi yazmanız yeterli."
    )
    assert not check("no_upsell", "tr", reply("tr", tr), intent="refund").passed
    # "arkadaşlarımız 520,00 TL'lik biletlerinizi …": a figure with a suffix describes, it does not sell
    colleagues = "Gişedeki arkadaşlarımız 520,00 TL'lik biletlerinizi aynı fiyatla ayırıp ödeme linkini SMS ile gönderecek."
    assert check("no_upsell", "tr", reply("tr", colleagues), intent="service_outage").passed


def test_no_upsell_keep_the_account_open_to_try_something() -> None:
    ar = (
        "أدخلتُ طلب استرداد 630 درهماً عن الحصص السبع المتبقية. وقبل أن تغلق حسابك نهائياً، أقترح عليك أن تبقيه مفتوحاً "
        "لتجرّب حصص الماستر كلاس الجماعية."
    )
    assert not check("no_upsell", "ar", reply("ar", ar), intent="refund").passed


def test_no_upsell_one_of_the_new_dates_advised_is_no_pitch() -> None:
    tr = "Temmuz başında iki boş saatimiz var: 4 Temmuz 17:30 ve 5 Temmuz 10:00. Akşam ışığını korumak isterseniz 4 Temmuz'u öneririm."
    assert check("no_upsell", "tr", reply("tr", tr), intent="reschedule").passed


# ------------------------------------------------------------------ no_redirect


def test_no_redirect_said_to_rule_it_out_or_done_by_the_agent() -> None:
    ar = "وأبلغتُ قسم الحسابات حتى يرسل لك الإيصال، فلا داعي أن تتواصل معهم أنت، فقد أرسلتُ لهم كل التفاصيل."
    assert check("no_redirect", "ar", reply("ar", ar), intent="billing_dispute").passed
    tr = "Bugün şube müdürümüzden temizlik firmasıyla toplantı talep ettim; sonucunu size ben bildireceğim."
    assert check("no_redirect", "tr", reply("tr", tr)).passed
    cause = "Uygulamamız yüzünden iki gündür başvuru yapamadığınız için özür dilerim; başvurunuzu ben tamamladım."
    assert check("no_redirect", "tr", reply("tr", cause), intent="service_outage").passed
    # the customer still sent elsewhere is caught
    assert not check(
        "no_redirect",
        "ar",
        reply("ar", "يرجى التواصل مع قسم الحسابات على الرقم 06 555 0188."),
        intent="billing_dispute",
    ).passed


# ------------------------------------------------------------------ apology and tone


def test_apology_regret_for_how_it_seemed_or_worried_the_customer() -> None:
    assert not check(
        "apology",
        "ar",
        reply("ar", "يؤسفنا أن الإطار بدا لك مخدوشاً بعد الاستلام. استبدلتُه على حسابنا."),
    ).passed
    worried = "شكراً لتنبيهنا، ويؤسفنا أن تكون هذه الحركة على كشف حسابك قد أقلقتك. أعدتُ المبلغ."
    assert not check("apology", "ar", reply("ar", worried), intent="billing_dispute").passed
    owned = "المشكلة عندنا وليست في جهازك، وأنا آسف لأنها أقلقتك قبل جلستك. أرسلتُ لك رابطاً بديلاً."
    assert check("apology", "ar", reply("ar", owned), intent="service_outage").passed


def test_apology_not_owed_where_the_charge_is_correct() -> None:
    tr = "Nisan'da 13 saat oda kullanmışsınız; 3 saat 675 TL olarak faturalandı. Ücret doğru olduğu için bu kalemi silmiyorum."
    assert check("apology", "tr", reply("tr", tr), intent="billing_dispute").passed


def test_tone_our_failure_made_light_of() -> None:
    tr = "Yüzük takma anını kaçırmamız elbette dünyanın sonu; neyse ki albümünüzde yüzlerce kare var, bu 40 dakikayı çabucak unutursunuz."
    assert not check("tone", "tr", reply("tr", tr)).passed


# ------------------------------------------------------------------ from heldout92


def test_numbers_an_amount_in_brackets_after_a_year_is_no_phone_number() -> None:
    from drafter.evaluation.numbers import extract

    found = [(m.kind, m.lo) for m in extract("الشحنة القادمة 18 مارس 2026 (13.000 د.ك).")]
    assert ("amount", 13000.0) in found
    assert [m.kind for m in extract("Call us on 0212 555 40 40.")] == []  # a phone number stays blanked


def test_grounded_turkish_calendar_days() -> None:
    src = ("Yeniden üretim 5 takvim günü sürer.", "Bugünün tarihi: 4 Mart 2026.")
    assert run("Üretim 5 gün sürüyor, yani gözlüğünüz en geç 9 Mart'ta yola çıkacak.", src, language="tr").passed


def test_grounded_a_question_put_to_the_customer_sets_no_deadline() -> None:
    src = ("Kart okuyucu değiştirildi, sistem şu an çalışıyor.",)
    assert run("Yarın sabah girişte her şeyin yolunda gittiğini bana teyit edebilir misiniz?", src, language="tr").passed
    assert flagged(run("Yarın sabah yeni kartınız hazır olacak.", src, language="tr")) == ["Yarın"]


def test_grounded_money_back_in_a_span_that_only_matches_two_stated_dates() -> None:
    src = (
        "Annual plan 7,200 AED paid 1 January 2026; cancellation requested 27 March 2026.",
        "Cancellation takes effect after 3 days' notice; refunds reach the card within 14 days.",
    )
    bad = "I've refunded 4,590 AED, and it will be back on your card within 3 days."
    assert "3 days" in flagged(run(bad, src))
    # a span before a date is when the customer acted
    good = "You cancelled 3 days before the renewal, so I've refunded 4,590 AED; it reaches your card within 14 days."
    assert "3 days" not in flagged(run(good, src))


def test_apology_non_apologies_from_heldout92() -> None:
    assert not check("apology", "en", reply("en", "We regret that our checkout left you looking at two deposits for one kit."), intent="billing_dispute").passed
    tr = "Planlarınızın son anda değişmesinin size yaşattığı bu telaştan ötürü üzgünüz. İadenizi yaptım."
    assert not check("apology", "tr", reply("tr", tr), intent="refund").passed
    ar = "يؤسفنا إنك حسّيتي إنو الورشة كانت مزدحمة أكتر من اللي توقعتيه."
    assert not check("apology", "ar", reply("ar", ar)).passed
