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
