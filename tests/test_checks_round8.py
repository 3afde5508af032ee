"""Generalisations from the blind rounds of the eighth session (heldout38's leftovers,
heldout39 onwards): each family, with the near miss it must still get right. Rules only
(Suite(None))."""

from __future__ import annotations

from test_checks import check, reply


def test_turkish_our_own_courier_is_ours_to_answer_for() -> None:
    ours = "Kuryemiz soğutucu çanta kullanmamış, bu bizim hatamız."
    assert check("ownership", "tr", reply("tr", ours)).passed
    theirs = "Görünen o ki kargo firması paketi taşırken gereken özeni göstermemiş."
    assert not check("ownership", "tr", reply("tr", theirs)).passed


def test_turkish_monthly_priced_membership_pitched_in_a_complaint() -> None:
    pitch = (
        "Aylık 79,00 TL'lik Hızlıbakkal Plus üyeliğinde dondurulmuş ürünler soğutmalı araçla ve öncelikli "
        "olarak geliyor, teslimat da ücretsiz."
    )
    assert not check("no_upsell", "tr", reply("tr", pitch), intent="complaint").passed
    # the customer's own membership, refunded, is no pitch
    own = "Aylık 79,00 TL'lik üyeliğinizin bu ayki ücretini iade ettim; 3 iş günü içinde kartınızda olacak."
    assert check("no_upsell", "tr", reply("tr", own), intent="complaint").passed


def test_a_machine_that_was_not_affected_is_reassurance_not_blame() -> None:
    body = "Anyone in your family with an iPhone can still listen through the iOS app, which wasn't affected."
    assert check("ownership", "en", reply("en", body)).passed
    blame = "The app didn't register your cancellation, so the charge went through."
    assert not check("ownership", "en", reply("en", blame)).passed


def test_money_coming_back_is_no_vague_promise() -> None:
    money = "That leaves 1,810.00 GBP to come back to you. It goes to your card within 14 days, so by 14 May at the latest."
    assert check("next_step", "en", reply("en", money)).passed
    vague = "I've logged your complaint and we'll come back to you."
    assert not check("next_step", "en", reply("en", vague)).passed


def test_arabic_near_to_a_time_is_not_soon() -> None:
    near = "يمكنك استلام الشقة من الساعة 09:00، وهذا الموعد قريباً من وقت وصولك. أرسل لي رقم اللوحة قبل وصولك بـ24 ساعة وسأفعّل الموقف فوراً."
    assert check("next_step", "ar", reply("ar", near)).passed
    soon = "سنتواصل معك قريباً بخصوص الموقف."
    assert not check("next_step", "ar", reply("ar", soon)).passed
