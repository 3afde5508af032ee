"""Generalisations from the third blind round (heldout9): each family, in each
language, with the near miss it must leave alone."""

from __future__ import annotations

import pytest
from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.numbers import extract


@pytest.mark.parametrize(
    ("lang", "body", "ok"),
    [
        ("en", "I've refunded the fee. Honestly, though, it's only the video feed.", False),
        ("en", "I've moved it. Next time, please try to organise yourself better.", False),
        ("en", "I've refunded it. Fingers crossed this date survives a little longer.", False),
        ("en", "I've refunded the 20.00 GBP fee to your card today.", True),
        ("tr", "İadeyi yaptım. Açıkçası bu kadar kısa sürede karar vermek pek gerçekçi değil.", False),
        ("tr", "İadeyi yaptım. Siparişinizi arada bir kontrol etseydiniz artışı fark ederdiniz.", False),
        ("tr", "İadeyi bugün kartınıza yaptım; 3 iş günü içinde yansıyacak.", True),
        ("ar", "أرسلتُ لك الكريم الصحيح. بصراحة، الخلط بينهما إنجاز يستحق جائزة.", False),
        ("ar", "أرسلتُ لك الكريم الصحيح مجاناً وسيصلك خلال 24 ساعة.", True),
    ],
)
def test_tone_put_downs_in_plain_words(lang: str, body: str, ok: bool) -> None:
    assert check("tone", lang, reply(lang, body)).passed is ok


@pytest.mark.parametrize(
    ("lang", "body", "ok"),
    [
        ("en", "I'm sorry. The showers are looked after by our facilities contractor rather than the club team.", False),
        ("en", "I'm sorry. This was a branch decision rather than anything customer services had a say in.", False),
        ("tr", "Özür dilerim. Paket iadeleri bizim ekibimizin değil, muhasebe biriminin onayıyla yapılıyor.", False),
        ("ar", "أعتذر. التأخير من شركة الدفع، فهي المسؤولة عن تحويل المبالغ، وليس بيدنا تسريع ذلك.", False),
        # the cause of an outage explained, with an apology and the agent acting: owned
        ("tr", "Özür dilerim, satış sırasında ödeme sistemimiz çöktü. Kaydınızı kontrol ettim ve biletinizi ayırdım.", True),
        ("en", "I'm sorry: our booking system crashed at 9:00. I've rebooked your table for 19:00.", True),
        # ... but not when someone else is named as its cause
        ("en", "I'm sorry. The error came from our payment provider's system rather than us. I've refunded it.", False),
    ],
)
def test_ownership_whose_job_and_owned_incidents(lang: str, body: str, ok: bool) -> None:
    assert check("ownership", lang, reply(lang, body)).passed is ok


def test_grounded_pack_remainder_and_annual_to_monthly() -> None:
    pack = ("PT pack of 10 sessions, 350.00 GBP; 6 sessions used.", "Unused sessions are refunded at the per-session price.")
    ok = "That works out at 35.00 GBP a session, so I've refunded 140.00 GBP for your 4 sessions."
    assert run(ok, pack).passed
    assert flagged(run("I've refunded 175.00 GBP for your 5 sessions.", pack)) == ["175.00 GBP"]
    year = ("Annual membership, 300 KWD paid in advance; 5 full months remain.", "Remaining full months are refunded less a 10 KWD fee.")
    assert run("That is 25 KWD a month; 5 months make 125 KWD, less 10 KWD: 115 KWD.", year).passed


def test_grounded_spans_between_stated_times_and_dates() -> None:
    assert run("Your order took seven hours.", ("Ordered 16:05, delivered 23:10.",)).passed
    assert flagged(run("Your order took nine hours.", ("Ordered 16:05, delivered 23:10.",))) == ["nine hours"]
    frozen = ("Freeze approved for 1-31 May 2026; membership ends 31 December 2026.", "The end date moves by the length of the freeze.")
    assert run("Your membership now ends on 31 January 2027, one month later.", frozen).passed
    # a day between two dates is not a 48-hour promise
    assert flagged(run("It will be back on your card within 48 hours.", ("Return received 8 June; refund approved 9 June.",))) == ["48 hours"]


def test_grounded_free_items_and_arabic_clock_words() -> None:
    policy = ("The session is added back and the member gets 1 extra free session.",)
    assert flagged(run("I've added it back and given you 2 free sessions.", policy)) == ["2 free sessions"]
    assert run("I've added it back and given you 1 free session.", policy).passed
    times = [(m.kind, m.lo) for m in extract("قبل الساعة العاشرة من مساء اليوم، أو الساعة الواحدة ظهراً")]
    assert times == [("time", 22 * 60), ("time", 13 * 60)]
    out = run("ستعود الخدمة قبل الساعة العاشرة من مساء اليوم.", ("عطل منذ الساعة 16:20؛ لم يُحدَّد موعد الإصلاح.",), language="ar")
    assert not out.passed
