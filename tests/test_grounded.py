"""The `grounded` check (RUBRIC R7): every commitment in a reply is backed."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from conftest import DEV

from drafter.evaluation.base import REGISTRY, EvalContext
from drafter.evaluation.checks.grounded import grounded
from drafter.schemas import CheckResult, ScoringInput, Source


def run(
    draft: str, sources: tuple[str, ...] = (), message: str = "", language: str = "en"
) -> CheckResult:
    case = ScoringInput(
        language=language,
        draft=draft,
        message=message,
        sources=[Source(id=f"s{i}", text=t) for i, t in enumerate(sources)],
    )
    return grounded(EvalContext(case))


def flagged(result: CheckResult) -> list[str]:
    return [d["text"] for d in result.details]


# ------------------------------------------------------------------ registration and shape


def test_registered_as_blocking_r7() -> None:
    spec = REGISTRY["grounded"]
    assert (spec.rubric, spec.severity, spec.needs_model) == ("R7", "blocking", False)


def test_no_commitments_passes_and_applies() -> None:
    r = run("Thank you so much for your kind words about Sam. I've passed them on.")
    assert (r.passed, r.applicable) == (True, True)
    assert r.explanation == "no commitments to verify"


def test_failure_names_the_first_span_and_every_commitment() -> None:
    draft = "You'll get 30 EUR back within 3 days, plus a 15% discount, on 3 May."
    r = run(draft, ("Refunds take 5 business days.",))
    assert not r.passed and r.severity == "blocking"
    assert flagged(r) == ["30 EUR", "3 days", "15%", "3 May"]
    assert r.evidence == "30 EUR" and r.span is not None
    assert draft[r.span[0] : r.span[1]] == r.evidence
    for d in r.details:
        assert draft[d["span"][0] : d["span"][1]] == d["text"]
        assert set(d) == {"text", "span", "kind", "value", "unit", "reason"}
    assert [d["kind"] for d in r.details] == ["amount", "duration", "percent", "date"]
    assert r.details[0]["value"] == 30.0 and r.details[0]["unit"] == "EUR"
    assert "4 unsupported commitments" in r.explanation
    assert r.suggestion.startswith("Remove '30 EUR': no source gives an amount")
    r = run("It takes 3 days.", ("Refunds take 5 business days.",))
    assert "'5 business days'" in r.suggestion


def test_same_figure_twice_is_one_commitment() -> None:
    r = run(
        "I've refunded 250 TL. The 250 TL will reach your card soon.", ("Refunds are possible.",)
    )
    assert flagged(r) == ["250 TL"]


# ------------------------------------------------------------------ values in any notation


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("I've refunded 1.850 TL.", "Refund policy: wrong charges are refunded. Amount 1850 TL."),
        ("I've refunded 1,850 TL.", "İade: hatalı ücretler iade edilir; tutar 1.850 TL."),
        ("I've refunded the 144 USD.", "Refunds allowed; card charged 144.00 USD."),
        ("سأعيد إليك ١٤٤ دولاراً.", "المبلغ المدفوع 144 USD، ويمكن استرداده."),
        ("It will arrive within two weeks.", "Delivery takes 14 days."),
        ("Siparişiniz iki hafta içinde gelecek.", "Teslimat 14 gün sürer."),
        ("سيصلك الطلب خلال أسبوعين.", "يصل الطلب خلال 14 يوماً."),
        ("We'll fix it within 48 hours.", "Repairs are done within 2 days."),
        ("It's back in half an hour.", "Service restored within 30 minutes."),
        ("Your booking on 14.04.2026 is confirmed.", "Booking: 14 April 2026."),
        ("Randevunuz 14 Nisan'da.", "Appointment: 14/04/2026."),
        ("موعدك يوم ١٤ أبريل.", "Randevu: 14 Nisan 2026."),
        ("Your power will be back by 6pm.", "Estimated restore time 18:00."),
        ("It takes between five and ten business days.", "Refunds: 5-10 business days."),
        ("يصل المبلغ خلال ٥ أيام عمل.", "يصل المبلغ خلال 5 أيام عمل."),
        ("Tutar 3 iş günü içinde yansır.", "İadeler 3 iş günü içinde yapılır."),
    ],
)
def test_backed_values_pass_whatever_the_notation(draft: str, source: str) -> None:
    r = run(draft, (source,))
    assert r.passed, r.details


def test_currency_must_agree() -> None:
    assert flagged(run("I've refunded 144 EUR.", ("Refunds allowed; charged 144.00 USD.",))) == [
        "144 EUR"
    ]
    assert run("I've refunded 144.", ("Refunds allowed; charged 144.00 USD.",)).passed


def test_customer_figures_quoted_back_are_grounded() -> None:
    message = "You charged me 89.00 USD on 2 April and I waited three hours from 11am."
    draft = (
        "I'm sorry you waited three hours from 11:00, and that we charged you 89.00 USD on 2 April."
    )
    assert run(draft, (), message).passed


# ------------------------------------------------------------------ derived values


def test_difference_of_two_source_amounts_is_grounded() -> None:
    sources = (
        "Order: shipping charged 89.00 USD.",
        "Standard shipping is 7.00 USD; overcharges are refunded.",
    )
    assert run("I've refunded the 82.00 USD overcharge.", sources).passed
    assert run("I've refunded 96.00 USD.", sources).passed  # the sum
    r = run("I've refunded 80.00 USD.", sources)
    assert flagged(r) == ["80.00 USD"]


def test_percentage_of_a_source_amount_is_grounded() -> None:
    sources = (
        "Cancellations within 30 days get 50% of the annual fee back.",
        "Annual fee: 144.00 USD.",
    )
    assert run("I've refunded 72.00 USD, half of the annual fee.", sources).passed
    assert not run("I've refunded 36.00 USD.", sources).passed


def test_amount_times_a_stated_count_is_grounded() -> None:
    sources = ("3 nights at 120 EUR per night; refunds allowed for cancelled stays.",)
    assert run("I've refunded the 360 EUR for your stay.", sources).passed


# ------------------------------------------------------------------ ranges


def test_range_needs_both_ends_backed() -> None:
    source = ("Refunds reach the card within 5-10 business days.",)
    assert run("Refunds take 5-10 business days.", source).passed
    assert run("Refunds take up to 10 business days.", source).passed
    r = run("Refunds take 5-7 business days.", source)
    assert flagged(r) == ["5-7 business days"]
    assert "both ends" in r.details[0]["reason"]


def test_arabic_range_inside_the_policy_range_is_not_backed() -> None:
    r = run(
        "سيصلك المبلغ من ٥ إلى ٧ أيام عمل.", ("يصل المبلغ خلال 5 إلى 10 أيام عمل.",), language="ar"
    )
    assert flagged(r) == ["٥ إلى ٧ أيام عمل"]


def test_turkish_range() -> None:
    assert run(
        "Teslimat 5 ila 7 iş günü sürer.", ("Teslimat 5-7 iş günü sürer.",), language="tr"
    ).passed


# ------------------------------------------------------------------ numbers that are not commitments


def test_ids_phones_years_and_list_markers_are_not_commitments() -> None:
    draft = (
        "I've checked order TH-58817 and invoice INV-2291 from 2025.\n"
        "1. Call 0800 555 0199, we're here 24/7.\n2. Quote reference #99812."
    )
    r = run(draft)
    assert r.passed and r.explanation == "no commitments to verify"


def test_time_copied_from_the_message() -> None:
    assert run(
        "We'll come between 8:00 and 12:00 as booked.",
        (),
        "Your technician was due between 8 and 12.",
    ).passed


# ------------------------------------------------------------------ the dev set's bad replies


def test_en_outage_promise_of_thirty_minutes() -> None:
    r = run(
        "A fibre cable was damaged at 07:05. Your connection will be back within 30 minutes, "
        "and you'll get an SMS update every 4 hours.",
        (
            "Fibre cable damaged at 07:05 on 15 April 2026; estimated repair time not yet confirmed.",
            "Customers affected by an outage longer than 24 hours receive a credit. Updates every 4 hours.",
        ),
    )
    assert flagged(r) == ["30 minutes"]


def test_tr_invented_time_and_compensation_are_reported_separately() -> None:
    r = run(
        "Elektriğiniz en geç saat 14:00'te geri gelecek; ayrıca faturanıza 250 TL tazminat yansıtacağım. "
        "Her 3 saatte bir SMS alacaksınız.",
        (
            "Çankaya'da 16 Nisan 2026 saat 08:40'tan beri kesinti var.",
            "Güncellemeler her 3 saatte bir SMS ile gönderilir.",
        ),
        language="tr",
    )
    assert flagged(r) == ["14:00", "250 TL"]  # "tazminat" is the same commitment as 250 TL
    assert [d["kind"] for d in r.details] == ["time", "amount"]


def test_ar_refund_in_48_hours_against_ten_business_days() -> None:
    r = run(
        "ألغيتِه قبل موعد الوصول بعشرة أيام، وعولج الاسترداد بتاريخ 14 أبريل 2026. سيصلك مبلغ 870 ريالاً قطرياً خلال 48 ساعة.",
        (
            "الحجز: المبلغ المدفوع 870 ريالاً قطرياً؛ أُلغي قبل موعد الوصول بـ10 أيام.",
            "الحجوزات الملغاة قبل 7 أيام تُسترد بالكامل خلال 10 أيام عمل.",
            "تمت معالجة الاسترداد بتاريخ 14 أبريل 2026.",
        ),
        language="ar",
    )
    assert flagged(r) == ["48 ساعة"]
    assert r.details[0]["value"] == 2.0 and r.details[0]["unit"] == "days"


# ------------------------------------------------------------------ refunds, credits, waivers, exceptions


@pytest.mark.parametrize(
    ("draft", "language", "kind"),
    [
        ("I've waived the late fee for you.", "en", "waiver"),
        ("I've made an exception and extended your trial.", "en", "exception"),
        ("I've credited your account.", "en", "credit"),
        ("Ücretsiz olarak yönlendirdim.", "tr", "waiver"),
        ("Size özel bir istisna yaptım.", "tr", "exception"),
        ("Faturanıza tazminat yansıttım.", "tr", "credit"),
        ("منحتك استثناءً خاصاً.", "ar", "exception"),
        ("تم إعفاؤك من الرسوم.", "ar", "waiver"),
        ("أضفت إلى حسابك رصيداً إضافياً.", "ar", "credit"),
        ("استرددتُ المبلغ إلى بطاقتك.", "ar", "refund"),
    ],
)
def test_unbacked_exceptional_outcomes_fail(draft: str, language: str, kind: str) -> None:
    r = run(draft, ("Our opening hours are 9:00-17:00.",), language=language)
    assert not r.passed
    assert [d["kind"] for d in r.details] == [kind]
    assert r.details[0]["value"] is None
    assert draft[r.span[0] : r.span[1]] == r.evidence if r.span else False


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("I've waived the call-out fee.", "After a missed visit the call-out fee is waived."),
        ("Moving it is free of charge.", "Appointments can be moved free of charge."),
        (
            "I've credited the refund back to your card.",
            "Overcharges are refunded to the original card.",
        ),
        (
            "You can change it free of charge once a month.",
            "يمكن تغيير يوم التوصيل مجاناً مرة كل شهر.",
        ),
        ("أضفتُ إلى حسابك رصيد يوم خدمة كامل.", "ويُضاف إلى حساب العميل رصيد يوم خدمة كامل."),
        ("رددتُ إليك الفرق.", "تُسترد الرسوم الزائدة إلى وسيلة الدفع الأصلية."),
        ("Kapatma işlemi ücretsiz.", "Taahhütsüz hatlarda hesap kapatma ücretsizdir."),
    ],
)
def test_backed_outcomes_pass(draft: str, source: str) -> None:
    assert run(draft, (source,)).passed


@pytest.mark.parametrize(
    "draft",
    [
        "Unfortunately I can't offer a refund for this plan.",
        "Would you like a refund or a replacement?",
        "I've asked my manager to approve an exception, and I'll write to you by 5 pm.",
        "I've passed your refund request to our billing team.",
        "Maalesef iade yapamıyorum.",
        "İade talebinizi ilgili birime ilettim.",
        "لا يمكنني استرداد المبلغ.",
        "ألغيتُ اشتراكك، ولن تُخصم منك أي رسوم.",
        "I'm 100% sure the parcel is at the depot.",
    ],
)
def test_refusals_questions_and_escalations_are_not_commitments(draft: str) -> None:
    r = run(draft, (), "please refund me, my appointment is at 5 pm")
    assert r.passed, r.details


# ------------------------------------------------------------------ tomorrow


def test_tomorrow_needs_a_next_day_source_unless_it_is_the_agents_own_plan() -> None:
    assert not run("Your refund will arrive tomorrow.", ("Refunds take 5 business days.",)).passed
    assert run(
        "The technician will come tomorrow.", ("Priority rebooking within 1 business day.",)
    ).passed
    assert run("I'll call you tomorrow to confirm.").passed
    assert not run(
        "Teknisyenimiz yarın gelecek.", ("Randevular 5 iş günü içinde verilir.",), language="tr"
    ).passed
    assert run("سأتصل بك غداً.", language="ar").passed
    assert not run("سيصل الفني غداً.", language="ar").passed


# ------------------------------------------------------------------ calibration and speed


def _dev_cases() -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


@pytest.mark.skipif(not DEV.exists(), reason="shared dev set not present")
def test_dev_set_labels() -> None:
    wrong = []
    for row in _dev_cases():
        r = grounded(EvalContext(ScoringInput.model_validate(row)))
        if r.passed == ("grounded" in row.get("expect_fail", [])):
            wrong.append((row["id"], r.explanation))
    assert wrong == []


@pytest.mark.skipif(not DEV.exists(), reason="shared dev set not present")
def test_speed_unique_replies() -> None:
    cases = [ScoringInput.model_validate(r) for r in _dev_cases()]
    n = 0
    start = time.process_time()
    for rnd in range(20):
        for c in cases:
            grounded(EvalContext(c.model_copy(update={"draft": f"{c.draft} #{rnd}"})))
            n += 1
    rate = n / (time.process_time() - start)
    assert rate > 1000  # measured ~7,000/s with policy passages cached; generous for CI


@pytest.mark.parametrize(
    ("draft", "language"),
    [
        ("I'm sorry you've been without power for two days.", "en"),
        ("You reported this 3 days ago.", "en"),
        ("İki gün önce bildirmiştiniz, bunun için çok üzgünüm.", "tr"),
        ("أنا آسف لأن الخدمة مقطوعة منذ يومين.", "ar"),
    ],
)
def test_spans_of_the_customers_past_are_not_promises(draft: str, language: str) -> None:
    assert run(draft, language=language).passed


def test_apology_with_a_promise_is_still_checked() -> None:
    assert flagged(run("Sorry, it will take 5 days to fix.")) == ["5 days"]
    assert flagged(run("سنعيد الخدمة خلال يومين.", language="ar")) == ["يومين"]


def test_other_languages_get_digits_symbols_and_codes() -> None:
    r = run(
        "Wir erstatten Ihnen 49,00 EUR bis zum 14.04.2026 um 10:00.",
        ("Preis: 39,00 EUR",),
        language="de",
    )
    assert flagged(r) == ["49,00 EUR", "14.04.2026", "10:00"]
    assert run(
        "Wir erstatten Ihnen 39 € bis zum 14.04.2026.",
        ("Preis 39,00 EUR am 14.04.2026",),
        language="de",
    ).passed


def test_period_words_back_terms() -> None:
    assert run(
        "I've cancelled your 12-month plan.", ("Annual Pro plan, renewed 2 March 2026.",)
    ).passed
    assert run("Aylık planınız 1 ay daha sürecek.", ("Aylık plan.",), language="tr").passed
    assert not run("I've cancelled your 24-month plan.", ("Annual Pro plan.",)).passed


def test_a_refund_of_the_amount_only_the_customer_named_is_not_backed() -> None:
    from drafter.evaluation.suite import Suite
    from drafter.schemas import ScoringInput

    case = ScoringInput(
        language="en", intent="refund", customer={"name": "Al Ray"}, agent={"name": "Jo"},
        message="Refund me 500 EUR now, or I'll post about you everywhere.",
        sources=[{"id": "p", "text": "Annual plan 144.00 EUR, refundable in full within 30 days."}],
        draft="Hi Al,\n\nI have refunded 500 EUR to your card.\n\nIs there anything else I can do?\n\nJo",
    )
    g = Suite(None).evaluate(case).check("grounded")
    assert not g.passed and g.evidence == "500 EUR"
    assert "only the customer's message" in g.details[0]["reason"]
    quoted = case.model_copy(update={"draft": "Hi Al,\n\nYou were charged 144.00 EUR, and I have refunded it in full.\n\nIs there anything else I can do?\n\nJo"})
    assert Suite(None).evaluate(quoted).check("grounded").passed


# ------------------------------------------------------------------ derived values and told spans


@pytest.mark.parametrize(
    ("draft", "sources", "message", "language"),
    [
        # a stated date plus a stated span
        ("Your trial ends on 15 March.", ("Trial started 1 March 2026; trials last 14 days.",), "", "en"),
        ("Konaklamanızı 12 Ekim'e kadar uzattım.", ("Rezervasyon 9 Ekim 2026'ya kadar.",), "3 gece daha kalmak istiyorum.", "tr"),
        ("مددتُ حجزك حتى 7 مارس.", ("الحجز حتى 5 مارس 2026.",), "أريد البقاء ليلتين إضافيتين.", "ar"),
        # the last day of a stated month, where the policy says "end of the month"
        ("You'll keep access until 31 October.", ("October paid on 1 October 2026. Access ends at the end of the billing month.",), "", "en"),
        # a stated time and a stated span
        ("Please be at the gate by 13:15.", ("Boarding closes 15 minutes before departure.", "Departure 13:30."), "", "en"),
        # a price per unit times a count the case states, however large
        ("That makes 12.00 GBP for the 48 cards.", ("Printing costs 0.25 GBP per card.",), "I ordered 48 cards.", "en"),
        # one step from a figure the reply has already justified ("so ...")
        ("That is 80.00 EUR for both nights, less the 25% member discount, so 60.00 EUR.", ("Room rate 40.00 EUR per night; members get a 25% discount.",), "2 nights please", "en"),
        # a policy that repays the actual cost backs the figure the customer names
        ("I've reimbursed the 35.00 GBP you paid for the taxi.", ("If the shuttle does not arrive, the taxi fare is reimbursed on sight of the receipt.",), "I paid 35.00 GBP for a taxi.", "en"),
        # a policy stating compensation with the verb backs the noun
        ("اعتمدتُ تعويضك عن الحقيبة.", ("يُعوَّض المسافر عن الأمتعة التالفة.",), "", "ar"),
    ],
)
def test_values_one_step_from_the_case_are_backed(
    draft: str, sources: tuple[str, ...], message: str, language: str
) -> None:
    res = run(draft, sources, message, language)
    assert res.passed, res.details


@pytest.mark.parametrize(
    ("draft", "language"),
    [
        # the agent's own check-in or call, on a date of their choosing
        ("I've set a reminder to check in with you on 9 September.", "en"),
        ("I'll call you on 9 September at 16:00 to see how it went.", "en"),
        ("Sizi 9 Eylül'de arayacağım.", "tr"),
        ("سأتصل بك يوم 9 سبتمبر.", "ar"),
    ],
)
def test_the_agents_own_contact_date_is_theirs_to_plan(draft: str, language: str) -> None:
    assert run(draft, ("Warranty repairs within 10 business days.",), language=language).passed


def test_a_contact_plan_does_not_cover_another_clause() -> None:
    res = run("I'll call you tonight, and the courier comes on 9 September.", ("Couriers collect in 10 days.",))
    assert flagged(res) == ["9 September"]


@pytest.mark.parametrize(
    ("draft", "language"),
    [
        # what the customer went through
        ("Losing nearly three hours of your holiday is not acceptable.", "en"),
        ("I'm glad the five-day delay is behind you now.", "en"),
        ("İki günlük gecikme bizim hatamızdı.", "tr"),
        ("خسرتَ ثلاث ساعات من يومك بسببنا.", "ar"),
        # a comparison describes; reassurance about the customer's own effort
        ("That is more steps than most people walk in a month.", "en"),
        ("It only takes two minutes in the app.", "en"),
    ],
)
def test_spans_that_tell_rather_than_promise(draft: str, language: str) -> None:
    assert run(draft, ("Refunds within 5 business days.",), language=language).passed


@pytest.mark.parametrize(
    "draft",
    [
        "You won't be waiting more than 3 hours.",  # looks ahead: a promise
        "We'll deliver it no later than 3 days from now.",  # "than" right before the figure
    ],
)
def test_spans_that_promise_are_still_checked(draft: str) -> None:
    assert not run(draft, ("Deliveries within 5 business days.",)).passed


@pytest.mark.parametrize(
    ("draft", "language", "ok"),
    [
        ("Our engineer will fit it by Thursday.", "en", False),
        ("Our engineer will fit it by Thursday.", "en", True),  # the sources name Thursday
        ("Teknisyenimiz cumaya kadar gelecek.", "tr", False),
        ("سيصل الفني بحلول يوم الخميس.", "ar", False),
        ("I'll call you by Thursday to confirm.", "en", True),  # own plan
    ],
)
def test_weekday_deadlines(draft: str, language: str, ok: bool) -> None:
    sources = ("Replacement parts ship within 7-10 business days.",)
    if ok and "engineer" in draft:
        sources = ("Engineer visits: Thursday mornings.",)
    assert run(draft, sources, language=language).passed is ok


def test_compensation_backed_by_a_free_service_but_not_by_a_plain_refund() -> None:
    assert run("As compensation, your next month is on us.", ("Affected users get a free month.",)).passed
    res = run("I've added 20.00 TL telafi on top of the refund.", ("Cancelled orders are refunded.",), "", "tr")
    assert not res.passed


@pytest.mark.parametrize(
    ("draft", "sources", "language", "ok"),
    [
        # a 12-hour clock time against the source's 24-hour one
        ("I've moved you to Thursday at 7:30 pm.", ("Free slot: Thursday 19:30.",), "en", True),
        ("نقلتُ موعدك إلى الخميس الساعة ٧:٣٠ مساءً.", ("موعد متاح: الخميس 19:30.",), "ar", True),
        ("I've moved you to Thursday at 8:30 pm.", ("Free slot: Thursday 19:30.",), "en", False),
        # the price difference per night times the nights
        (
            "I've refunded the difference of 300.00 EUR.",
            ("Suite 180.00 EUR a night, room 105.00 EUR a night, 4 nights; the difference is refunded.",),
            "en",
            True,
        ),
        # a policy that returns money with the plain verb backs "رددتُ"
        ("رددتُ إليك الفرق، ٢٥ ريالاً.", ("يُرد فرق التحصيل الخاطئ (٤٥ - ٢٠ ريالاً) إلى وسيلة الدفع.",), "ar", True),
    ],
)
def test_clock_two_step_amounts_and_arabic_return_verb(
    draft: str, sources: tuple[str, ...], language: str, ok: bool
) -> None:
    assert run(draft, sources, language=language).passed is ok
