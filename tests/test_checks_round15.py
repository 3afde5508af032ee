"""Generalisations from heldout80 (the fifteenth session): each family, with the near
miss it must still get right. Rules only (Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.checks._shares import sided_shares
from drafter.evaluation.numbers import extract

# ------------------------------------------------------------------ numbers


def test_spaced_hours_before_minutes_are_one_span() -> None:
    got = [(m.kind, m.lo) for m in extract("Free slots of 2 h 30 min or longer")]
    assert got == [("duration", 150.0)]
    # a spaced "h" alone may be a label, not hours
    assert [m.kind for m in extract("a 2 h session")] == ["number"]


# ------------------------------------------------------------------ grounded: slots


_SLOTS = (
    "Available 5-hour team slots: Monday 25/05/2026 8:00; Friday 29/05/2026 8:00; Tuesday 2/06/2026 8:00.",
    "End-of-lease cleans can be moved free of charge with at least 72 hours' notice.",
)


def test_grounded_a_booking_moved_to_a_date_no_slot_lists() -> None:
    # 29 May + "72 hours" is 1 June: a date a stated span away, but no free slot
    bad = "I've moved your end-of-lease clean from Friday 22 May to Monday 1 June, starting at 8:00 am."
    message = "Can I move my clean from Friday 22 May to the following week?"
    assert flagged(run(bad, _SLOTS, message)) == ["1 June"]
    good = "I've moved your end-of-lease clean from Friday 22 May to Friday 29 May, starting at 8:00 am."
    assert run(good, _SLOTS, message).passed


def test_grounded_a_worked_out_date_that_is_not_the_booking_is_not_a_slot() -> None:
    src = ("Crew B available Tuesday 19 May 2026 and Wednesday 20 May 2026. Skip collection is booked for the next day.",)
    good = "I've booked Crew B on Tuesday 19 May and Wednesday 20 May, and I've arranged for the skip to be collected on Thursday 21 May."
    assert run(good, src).passed
    # a date inside a stated range of free dates is one of them
    assert run("I've moved your pick-up to 26 December.", ("The dress is available from 24 to 31 December 2026.",)).passed


# ------------------------------------------------------------------ grounded: money back by tomorrow


_DEPOSIT = (
    "Sabit Masa üyelikleri 30 gün önceden yazılı bildirimle sona erer. Depozito, anahtar kartlar teslim edildikten sonra 10 iş günü içinde iade edilir.",
    "Sabit Masa, 2 kişi, aylık 7.800 TL; depozito 2.500 TL.",
)


def test_grounded_money_back_tomorrow_where_the_policy_takes_days() -> None:
    bad = "Kartlarınızı teslim ettiğiniz gün 2.500 TL'lik depozitonuzun iadesini başlatacağım; tutar ertesi gün hesabınızda olacak."
    assert flagged(run(bad, _DEPOSIT, language="tr")) == ["ertesi gün"]
    good = "Kartlarınızı teslim ettiğiniz gün 2.500 TL'lik depozitonuzun iadesini başlatacağım; tutar 10 iş günü içinde hesabınızda olacak."
    assert run(good, _DEPOSIT, language="tr").passed


def test_grounded_sent_today_is_not_arriving_today() -> None:
    src = ("Deposit refunds are returned to the original card within 7 working days.", "Deposit 300.00 GBP.")
    good = "I've sent the 300.00 GBP back to your original card today, and it should arrive within 7 working days."
    assert run(good, src).passed
    bad = "You'll have the 300.00 GBP back on your card today."
    assert flagged(run(bad, src)) == ["today"]
    # a source that itself says "the same day" backs it
    same_day = ("Charges added in error are refunded within 3 working days; a corrected invoice is emailed the same day.", "Invoice 145.00 GBP.")
    assert run("Your corrected invoice for 145.00 GBP will reach you by email today.", same_day).passed


# ------------------------------------------------------------------ grounded: the sides of a refund


_BANDS = (
    "Bilet LF-61734, 2 yetişkin, toplam 1.450,00 TL.",
    "Kalkıştan 24 saatten fazla önce iptal edilen biletlerde bedelin %80'i iade edilir, %20'si iptal kesintisi olarak alınır.",
)


def test_source_shares_carry_their_side() -> None:
    assert sided_shares(_BANDS[1]) == ((80.0, "refund"), (20.0, "fee"))
    # a share applied in error is paid back: not read as a side at all
    assert sided_shares("459,00 TL iade edildi (%25 kesinti hatalı uygulandı).") == ()
    # a fee taken off a refund is the fee's share
    assert sided_shares("Refunds are issued minus a 10% restocking fee.") == ((10.0, "fee"),)


def test_grounded_a_refund_and_its_fee_swapped() -> None:
    bad = "1.450,00 TL'lik bedelden 1.160,00 TL iptal kesintisi düşülüyor ve kalan 290,00 TL'yi kartınıza iade ettim."
    assert flagged(run(bad, _BANDS, language="tr")) == ["1.160,00 TL", "290,00 TL"]
    good = "1.450,00 TL'lik bedelden 290,00 TL iptal kesintisi düşülüyor ve kalan 1.160,00 TL'yi kartınıza iade ettim."
    assert run(good, _BANDS, language="tr").passed


def test_grounded_what_is_left_after_a_fee_is_the_refund_side() -> None:
    src = ("Order: 189 GBP.", "The original buyer receives the face value minus a 10% handling fee.")
    good = "You'll receive 170.10 GBP (the 189 GBP face value minus the 10% handling fee)."
    assert run(good, src).passed
    # a refund refused keeps the money: "iade etmiyorum" is the kept side
    src_tr = ("Paket bedeli 2.400,00 TL.", "30 günden fazla kala yapılan iptallerde paket bedelinin %80'i iade edilir.")
    good_tr = "2.400,00 TL'lik paket bedelinin 1.920,00 TL'sini iade ettim, 480,00 TL'yi ise iade etmiyorum."
    assert run(good_tr, src_tr, language="tr").passed


# ------------------------------------------------------------------ grounded: worked figures


def test_grounded_a_month_billed_on_a_day_backs_that_day() -> None:
    src = ("Dedicated desk, $350.00/month, billed on the 1st. Notice received May 8, 2026.", "Memberships end on the last day of the month.")
    assert run("Your membership ends on May 31 and there won't be a charge on June 1.", src).passed
    assert flagged(run("There won't be a charge on June 2.", src)) == ["June 2"]


def test_grounded_daily_rate_of_a_month_for_the_days_of_a_range() -> None:
    src = (
        "Wifi degraded Monday-Wednesday May 11-13.",
        "Members receive a credit of the daily rate (monthly fee / 30) for each affected business day.",
        "Private office 3.07, $410.00/month.",
    )
    good = "For Monday to Wednesday, at your daily rate ($410.00 / 30), that comes to $41.00."
    assert run(good, src).passed
    assert flagged(run(good.replace("$41.00", "$45.00"), src)) == ["$45.00"]


def test_grounded_a_rounded_saving() -> None:
    src = ("اشتراك العائلة 7.99 د.أ شهرياً.", "خطة العائلة السنوية: 79.90 د.أ سنوياً.")
    assert run("لو انتقلت إلى الخطة السنوية فستوفّر قرابة 16 ديناراً.", src, language="ar").passed
    # without the word that says it is rounded, 16 is a figure no source gives
    assert flagged(run("لو انتقلت إلى الخطة السنوية فستوفّر 16 ديناراً.", src, language="ar")) == ["16 ديناراً"]


def test_grounded_a_renewal_stopped_backs_no_charge() -> None:
    src = ("Premium Individual, $10.99/month; next renewal May 27, 2026.", "Cancellation stops the next renewal.")
    assert run("I've cancelled your plan, so there'll be no charge on May 27.", src).passed
    assert not run("I've cancelled your plan, so there'll be no charge on May 27.", ("Premium Individual, $10.99/month; next renewal May 27, 2026.",)).passed


# ------------------------------------------------------------------ wordings


def test_no_upsell_a_thing_worth_knowing_needs_an_offer() -> None:
    info = "One thing worth knowing: the tracks you've downloaded stop playing when Premium ends on May 18, but your playlists stay."
    pitch = "One thing worth knowing while money's tight: our spring flash day has small pieces from 50.00 GBP."
    assert check("no_upsell", "en", reply("en", "I've cancelled your plan. " + pitch), intent="cancel").passed is False
    assert "One thing worth knowing" not in (check("no_upsell", "en", reply("en", "I've cancelled your plan. " + info), intent="cancel").evidence or "")


def test_no_upsell_an_accidental_upgrade_is_what_happened() -> None:
    body = (
        "Accidental upgrades like this one are reversed through our billing platform. Your account is back on Premium "
        "Individual, and the $7.00 upgrade charge from May 7 has been sent back to your original payment method."
    )
    message = "I tapped something and got upgraded to Duo by accident, and you charged me $7.00. Please undo it."
    assert check("no_upsell", "en", reply("en", body), intent="refund", message=message).passed


def test_no_upsell_arabic_so_you_do_not_miss_the_occasion() -> None:
    body = "حتى لا تفوتك المناسبة، نقلتُ حجزك مجاناً إلى رحلة 22 مايو."
    assert check("no_upsell", "ar", reply("ar", body), intent="service_outage").passed


def test_follow_up_lmk_and_arabic_i_am_here() -> None:
    assert check("follow_up", "en", reply("en", "I've restored the playlists.", closing="lmk if anything's still missing\n\nDevin")).passed
    ar = reply("ar", "حجزتُ لك الموعد.", closing="وإذا عندك أي سؤال ثاني عن الجرو، أنا موجودة.\n\nشما")
    assert check("follow_up", "ar", ar).passed


def test_apology_a_turkish_bill_kept_declines_the_claim() -> None:
    body = "Faturanızı kalem kalem inceledim; gece acil farkı kabulde imzaladığınız formda yer alıyor. Bu nedenle tutarı düşürmüyorum."
    assert check("apology", "tr", reply("tr", body)).applicable is False


def test_no_redirect_the_customers_own_team_is_not_elsewhere() -> None:
    body = "Ekibinizle o akşam çalışmaya devam etmeniz gerekirse salonumuz 20:00-24:00 arasında boş; onay verirseniz ayırırım."
    assert check("no_redirect", "tr", reply("tr", body), intent="question").passed
    assert not check("no_redirect", "tr", reply("tr", "Muhasebe ekibimizle görüşmeniz gerekiyor."), intent="question").passed


def test_ownership_arabic_no_authority_over_the_bank() -> None:
    body = "المبلغ خرج من عندنا، والبنوك للأسف بتاخد وقتها ومالناش أي سلطة عليها."
    assert not check("ownership", "ar", reply("ar", body), intent="refund").passed
    assert check("tone", "ar", reply("ar", "من ناحيتنا خلّصنا اللي علينا، وأرسلتُ لك المرجع."), intent="refund").passed


# ------------------------------------------------------------------ from heldout81


def test_a_weekday_abbreviation_inside_a_range_of_dates() -> None:
    got = [(m.kind, m.lo) for m in extract("Glamping Bell Tent Set, Sat 2 – Mon 4 May 2026, £212.00 paid.") if m.kind == "date"]
    assert got == [("date", 502.0), ("date", 504.0)]


def test_a_number_word_before_digits_is_no_range() -> None:
    # "one bag, up to 20 kg": not a range from one to twenty
    assert [(m.kind, m.lo, m.hi) for m in extract("حقيبة مسجلة واحدة حتى ٢٠ كغ.")] == [("number", 20.0, 20.0)]
    assert [(m.lo, m.hi) for m in extract("two to three days")] == [(2880.0, 4320.0)]


def test_grounded_a_month_shared_per_day_of_its_own_length() -> None:
    src = (
        "During a pause, the monthly fee is reduced by 70% for the paused days, calculated per day of the month.",
        "Commuter plan £69.00/month. Pause 1–15 Apr 2026 (15 days). Charged £69.00 on 1 Apr 2026.",
    )
    good = "April has 30 days, so your £69.00 plan works out at £2.30 a day. The 15 paused days come to £34.50, and 70% off that is £24.15."
    assert run(good, src).passed
    # without a per-day share in the sources, 69 / 30 is no figure of theirs
    assert flagged(run("Your £69.00 plan works out at £2.30 a day.", (src[1],))) == ["£2.30"]


def test_grounded_tomorrow_the_stated_day_after_the_message() -> None:
    src = ("Booking site down since Tue 21 Apr 2026 14:00; restore expected Thu 23 Apr 2026 12:00.", "Message received Wed 22 Apr 2026.")
    assert run("It should be back by midday tomorrow.", src).passed
    # (noon in words is read too, since the twenty-first session: no source gives a time at noon)
    assert flagged(run("It should be back by midday tomorrow.", ("Booking site down; restore expected within the week.",))) == ["by midday", "tomorrow"]


def test_grounded_two_instalments_of_an_amount() -> None:
    src = ("المتبقي على المريض ٤٥٠ جنيهاً.", "يجوز تقسيط المبالغ المستحقة على المريض التي تزيد على ٣٠٠ جنيه على قسطين شهريين دون فوائد.")
    assert run("أقدر أقسّمه لك على قسطين شهريين، ٢٢٥ جنيهاً كل شهر.", src, language="ar").passed
    assert flagged(run("أقدر أقسّمه لك على قسطين شهريين، ٢٥٠ جنيهاً كل شهر.", src, language="ar")) == ["٢٥٠ جنيهاً"]


def test_grounded_a_span_between_two_moments_to_the_half_hour() -> None:
    src = ("Satın alma 20 Mayıs 2026 21:40, iptal 21 Mayıs 2026 08:15.",)
    assert run("Biletinizi satın aldıktan yaklaşık 10,5 saat sonra iptal etmişsiniz.", src, language="tr").passed
    assert not run("Biletinizi satın aldıktan yaklaşık 12,5 saat sonra iptal etmişsiniz.", src, language="tr").passed


def test_tone_and_next_step_struggle_on_without_you() -> None:
    body = "I've cancelled your care plan. Well, we'll do our best to struggle on without you."
    assert not check("tone", "en", reply("en", body), intent="cancel").passed
    assert check("next_step", "en", reply("en", body), intent="cancel").passed


def test_next_step_turkish_when_the_named_date_approaches() -> None:
    body = "Kontrol 22 Ekim 2026'ya denk geliyor. Tarih yaklaştığında size uygun saatleri ben ileteceğim."
    assert check("next_step", "tr", reply("tr", body), intent="refund").passed
    assert not check("next_step", "tr", reply("tr", "Durum netleştiğinde size bilgi vereceğim."), intent="refund").passed


def test_ownership_turkish_responsibility_is_ours() -> None:
    body = "Kilit sunucumuzu sağlayan firmadaki bir arıza kilitlerin uygulamadan açılmasını engelliyor; o firmayla çalışmayı biz seçtik, sorumluluk da bizde."
    assert check("ownership", "tr", reply("tr", body), intent="service_outage").passed


def test_no_redirect_arabic_the_app_as_usual_after_the_fix() -> None:
    body = "نفّذتُ إعادة المزامنة بنفسي قبل دقائق، ويمكنك فتحها الآن من التطبيق كالمعتاد."
    assert check("no_redirect", "ar", reply("ar", body), intent="service_outage").passed
    assert not check("no_redirect", "ar", reply("ar", "يمكنك فتح طلب من التطبيق."), intent="service_outage").passed


def test_follow_up_arabic_would_you_like_me_to() -> None:
    ar = reply("ar", "لها زيارة متابعة مجانية حتى ٢٣ مايو.", closing="تحبي أحجزلها ميعاد في يوم يناسبكم؟\n\nكريم")
    assert check("follow_up", "ar", ar, intent="praise").passed


# ------------------------------------------------------------------ from heldout82 (a short round)


def test_apology_arabic_the_impression_or_the_plan_regretted() -> None:
    for body in ("يؤسفني أنكم خرجتم من الرحلة بهذا الانطباع.", "يؤسفنا أن يومك معنا لم يكن بالحماس الذي خططتَ له."):
        assert not check("apology", "ar", reply("ar", body)).passed
    assert check("apology", "ar", reply("ar", "يؤسفني أننا ألغينا الرحلة دون أن نبلغك.")).passed


def test_no_redirect_turkish_the_team_gets_in_touch_with_you() -> None:
    body = "Arızalı paneli ben kayda aldım; ekip uygun olduğunda sizinle iletişime geçip 14 Mayıs'ta gelecek."
    assert check("no_redirect", "tr", reply("tr", body), intent="service_outage").passed
    assert not check("no_redirect", "tr", reply("tr", "Teknik ekiple iletişime geçip randevu almanız gerekiyor."), intent="service_outage").passed


def test_day_tickets_are_tickets_and_a_turkish_genitive_day_is_a_noun() -> None:
    assert [m.kind for m in extract("I've refunded all four day tickets, $212.00 in total.")] == ["amount"]
    assert [m.kind for m in extract("Çocuklarla o treni bekleyerek geçen bir günün ne kadar sinir bozucu olduğunu anlıyorum.")] == []
    assert [m.kind for m in extract("a 3-day pass")] == ["duration"]


def test_grounded_the_day_a_span_of_hours_from_a_stated_moment_ends() -> None:
    src = ("Order created 14 April 2026 21:05.", "Prescriptions are reviewed within 12 hours of upload.")
    assert run("The review is due before 09:05 on 15 April.", src).passed
    assert flagged(run("The review is due before 09:05 on 16 April.", src)) == ["16 April"]


def test_grounded_a_replacement_where_the_policy_refunds_or_replaces() -> None:
    src = ("Lessons missed by the tutor are refunded or replaced, at the parent's choice.",)
    assert run("I've booked a replacement lesson on Thursday at no charge.", src).passed
    assert not run("I've booked a replacement lesson on Thursday at no charge.", ("Lessons missed by the tutor are refunded.",)).passed


def test_next_step_a_weekday_looked_into_is_not_when() -> None:
    body = "I'll look into Sunday for you and get back to you once it's all sorted."
    assert not check("next_step", "en", reply("en", body), intent="reschedule").passed
    assert check("next_step", "en", reply("en", "I'll call you on Sunday at 10:00 with the new slot."), intent="reschedule").passed


def test_a_list_of_named_figures_and_a_figure_given_for_the_wrong_item() -> None:
    from drafter.evaluation.checks._roles import _listed

    plans = "Premium Individual $10.99/month; Premium Duo $14.99/month (2 accounts); Premium Family $17.99/month."
    # each item keeps the words that set it apart ("Premium", shared by all, dropped; "Duo" kept at three letters)
    assert [(label, words) for label, words, _ in _listed(plans)] == [
        ("Premium Individual", frozenset({"indiv"})),
        ("Premium Duo", frozenset({"duo"})),
        ("Premium Family", frozenset({"famil"})),
    ]
    assert _listed("Only one item 20 days.") == ()
    src = ("Standard cover 2 years; Extended cover 5 years.",)
    assert flagged(run("Your Extended cover runs for 2 years.", src)) == ["2 years"]
    assert run("Your Extended cover runs for 5 years.", src).passed
