"""Reading quantities as values: drafter.evaluation.numbers (used by the grounded check)."""

from __future__ import annotations

import pytest

from drafter.evaluation.numbers import (
    BDAYS,
    DAY,
    MINUTES,
    MONTHS,
    Mention,
    extract,
    fold,
    format_value,
    parse_number,
)


def kinds(text: str) -> list[tuple[str, float, float, str]]:
    """(kind, lo, hi, unit) of every non-bare quantity in `text`."""
    return [(m.kind, m.lo, m.hi, m.unit) for m in extract(text) if m.kind != "number"]


def one(text: str, kind: str) -> Mention:
    found = [m for m in extract(text) if m.kind == kind]
    assert len(found) == 1, (text, extract(text))
    return found[0]


# ------------------------------------------------------------------ number values


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1850", 1850.0),
        ("1.850", 1850.0),  # Turkish thousands
        ("1,850", 1850.0),  # English thousands
        ("144.00", 144.0),
        ("948,00", 948.0),
        ("89,90", 89.9),
        ("1.234,56", 1234.56),
        ("1,234.56", 1234.56),
        ("1.000.000", 1_000_000.0),
        ("0.125", 0.125),
        ("6.95", 6.95),
    ],
)
def test_parse_number_reads_both_conventions(raw: str, value: float) -> None:
    assert parse_number(raw)[0] == pytest.approx(value)


def test_ambiguous_three_digit_group_keeps_the_decimal_reading() -> None:
    assert parse_number("1.850") == (1850.0, (1.85,))
    assert parse_number("2,400") == (2400.0, (2.4,))
    assert parse_number("144.00")[1] == ()


def test_fold_keeps_length_and_normalises_scripts() -> None:
    for text in ("İADE ŞİMDİ", "تُسترد ١٤٤ ريالاً", "Hi — it’s £25", "Ödeme: ۱۲۳٫۵"):
        assert len(fold(text)) == len(text)
    assert fold("İŞ GÜNÜ") == "is gunu"
    assert fold("١٤٤") == "144"
    assert fold("۱۲۳٫۵") == "123.5"
    assert fold("أُعيد") == "اـعيد"


# ------------------------------------------------------------------ amounts


@pytest.mark.parametrize(
    ("text", "value", "family"),
    [
        ("charged 144.00 USD", 144.0, "USD"),
        ("a fee of $25", 25.0, "USD"),
        ("USD 144 was charged", 144.0, "USD"),
        ("€25 per night", 25.0, "EUR"),
        ("25 euros", 25.0, "EUR"),
        ("25€", 25.0, "EUR"),
        ("£49", 49.0, "GBP"),
        ("49.00 GBP", 49.0, "GBP"),
        ("1.850 TL", 1850.0, "TRY"),
        ("1,850 TL", 1850.0, "TRY"),
        ("948,00 TL'nin tamamı", 948.0, "TRY"),
        ("89,90 TL'lik ücret", 89.9, "TRY"),
        ("₺250", 250.0, "TRY"),
        ("250 Türk lirası", 250.0, "TRY"),
        ("١٤٤ دولار", 144.0, "USD"),
        ("870 ريالاً قطرياً", 870.0, "RIYAL"),
        ("بقيمة 320 درهماً", 320.0, "DIRHAM"),
        ("2400 جنيه", 2400.0, "EGP"),
        ("twenty euros", 20.0, "EUR"),
        ("yirmi beş TL", 25.0, "TRY"),
    ],
)
def test_amounts_in_three_languages(text: str, value: float, family: str) -> None:
    m = one(text, "amount")
    assert (m.lo, m.unit) == (pytest.approx(value), family)


def test_amount_range_and_span() -> None:
    text = "between $10-$20 back"
    m = one(text, "amount")
    assert (m.lo, m.hi, m.unit) == (10.0, 20.0, "USD")
    assert text[m.start : m.end] == m.text == "$10-$20"


def test_amount_span_points_into_the_original_text() -> None:
    text = "Merhaba, 5 Mart'ta çekilen ١٬٨٥٠ TL iade edildi."
    m = one(text, "amount")
    assert m.text == "١٬٨٥٠ TL"
    assert m.lo == 1850.0


# ------------------------------------------------------------------ percentages


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("50% off", 50.0),
        ("a 15 % discount", 15.0),
        ("%20 indirim", 20.0),
        ("yüzde 30", 30.0),
        ("10 percent", 10.0),
        ("خصم ١٠٪", 10.0),
        ("50 بالمئة", 50.0),
        ("25 في المائة", 25.0),
    ],
)
def test_percentages(text: str, value: float) -> None:
    assert one(text, "percent").lo == value


# ------------------------------------------------------------------ durations


@pytest.mark.parametrize(
    ("text", "dim", "lo", "hi"),
    [
        ("within 2 hours", MINUTES, 120, 120),
        ("in two weeks", MINUTES, 14 * DAY, 14 * DAY),
        ("14 days", MINUTES, 14 * DAY, 14 * DAY),
        ("within 30 minutes", MINUTES, 30, 30),
        ("twenty-four hours", MINUTES, 24 * 60, 24 * 60),
        ("within an hour", MINUTES, 60, 60),
        ("in half an hour", MINUTES, 30, 30),
        ("a 48-hour window", MINUTES, 48 * 60, 48 * 60),
        ("5-10 business days", BDAYS, 5, 10),
        ("5–7 working days", BDAYS, 5, 7),
        ("5 to 10 business days", BDAYS, 5, 10),
        ("between five and ten business days", BDAYS, 5, 10),
        ("2 or 3 days", MINUTES, 2 * DAY, 3 * DAY),
        ("for 3 months", MONTHS, 3, 3),
        ("a year", MONTHS, 0, 0),  # "a" alone is no quantity without a preposition
        ("15 dakika", MINUTES, 15, 15),
        ("iki hafta içinde", MINUTES, 14 * DAY, 14 * DAY),
        ("3 iş günü içinde", BDAYS, 3, 3),
        ("5 ila 7 iş günü", BDAYS, 5, 7),
        ("48 saat içinde", MINUTES, 48 * 60, 48 * 60),
        ("her 3 saatte bir", MINUTES, 180, 180),
        ("en fazla 3 ay süreyle", MONTHS, 3, 3),
        ("yarım saat", MINUTES, 30, 30),
        ("bir gün içinde", MINUTES, DAY, DAY),
        ("خلال ٥ أيام عمل", BDAYS, 5, 5),
        ("من ٥ إلى ٧ أيام", MINUTES, 5 * DAY, 7 * DAY),
        ("خلال أسبوعين", MINUTES, 14 * DAY, 14 * DAY),
        ("خلال يومي عمل", BDAYS, 2, 2),
        ("خلال 48 ساعة", MINUTES, 48 * 60, 48 * 60),
        ("قبل الموعد بعشرة أيام", MINUTES, 10 * DAY, 10 * DAY),
        ("14 يوماً", MINUTES, 14 * DAY, 14 * DAY),
        ("ثلاث ساعات", MINUTES, 180, 180),
        ("خلال ساعة", MINUTES, 60, 60),
        ("خمسة وعشرون يوماً", MINUTES, 25 * DAY, 25 * DAY),
        ("ثلاثة عشر يوماً", MINUTES, 13 * DAY, 13 * DAY),
    ],
)
def test_durations_are_canonical(text: str, dim: str, lo: float, hi: float) -> None:
    found = [m for m in extract(text) if m.kind == "duration"]
    if lo == 0:
        assert found == []
        return
    assert len(found) == 1, (text, extract(text))
    assert (found[0].unit, found[0].lo, found[0].hi) == (dim, lo, hi)


def test_two_weeks_equals_fourteen_days_in_every_language() -> None:
    values = {
        one(t, "duration").lo
        for t in ("two weeks", "14 days", "iki hafta", "14 gün", "أسبوعين", "١٤ يوماً")
    }
    assert values == {14 * DAY}


def test_words_that_are_not_quantities() -> None:
    # "on" is Turkish ten, "bir gün" also means "someday", "ست" is also "lady"
    assert kinds("We'll call on day 3.") == []
    assert kinds("Bir gün mutlaka yine bekleriz.") == []
    assert kinds("ولا يهمك يا ست الكل") == []
    assert kinds("once a month, twice a week") == []
    assert kinds("one of our agents, three afternoon slots") == []


# ------------------------------------------------------------------ dates and times


@pytest.mark.parametrize(
    ("text", "md", "year"),
    [
        ("2 March 2026", 302, "2026"),
        ("March 2, 2026", 302, "2026"),
        ("on the 14th of April", 414, ""),
        ("Thursday 23 April at noon", 423, ""),
        ("14.04.2026", 414, "2026"),
        ("14/04/2026", 414, "2026"),
        ("2026-04-14", 414, "2026"),
        ("20/04", 420, ""),
        ("14 Nisan", 414, ""),
        ("5 Mart 2026'da", 305, "2026"),
        ("12 Mayıs'taki", 512, ""),
        ("١٤ أبريل", 414, ""),
        ("26 يونيو 2026", 626, "2026"),
        ("14 نيسان 2026", 414, "2026"),
        ("3 تشرين الأول", 1003, ""),
    ],
)
def test_dates_in_any_format(text: str, md: int, year: str) -> None:
    m = one(text, "date")
    assert (int(m.lo), m.unit) == (md, year)


def test_date_range_sharing_a_month() -> None:
    assert [(int(m.lo), m.unit) for m in extract("6-9 Nisan 2026") if m.kind == "date"] == [
        (406, "2026"),
        (409, "2026"),
    ]


def test_month_first_numeric_date_is_an_alternative() -> None:
    m = one("04/05/2026", "date")
    assert m.lo == 504 and m.alts == (405,)
    assert one("04/14/2026", "date").lo == 414  # only month-first is valid


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("07:05", 425),
        ("at 9:00", 540),
        ("11am", 660),
        ("6 p.m.", 1080),
        ("12am", 0),
        ("saat 14.00'te", 840),
        ("14:00'te", 840),
        ("الساعة ١٨:٠٠", 1080),
    ],
)
def test_times_of_day(text: str, minutes: int) -> None:
    assert one(text, "time").lo == minutes


def test_time_range_gives_two_times() -> None:
    assert [m.lo for m in extract("cumartesi 09:00-13:00 arası") if m.kind == "time"] == [540, 780]


def test_decimal_amount_is_not_a_time() -> None:
    assert [m.kind for m in extract("12.50 TL")] == ["amount"]


@pytest.mark.parametrize("text", ["tomorrow", "yarın", "Yarına kadar", "غداً"])
def test_tomorrow(text: str) -> None:
    assert one(text, "relative").lo == 1


# ------------------------------------------------------------------ numbers that are not quantities


@pytest.mark.parametrize(
    "text",
    [
        "invoice INV-2291",
        "order TH-58817",
        "ref #12345",
        "the A4 form and 3G modem",
        "call 0800 555 0199",
        "call +90 212 555 01 99",
        "we're here 24/7",
        "write to accounts@baitak-furniture.com",
        "see parcelwise.example/redelivery-2",
    ],
)
def test_ids_phones_and_addresses_are_ignored(text: str) -> None:
    assert [m for m in extract(text) if m.kind != "number"] == []
    assert [m for m in extract(text) if m.kind == "number" and m.lo > 100] == []


def test_bare_numbers_are_kept_as_numbers() -> None:
    assert [(m.kind, m.lo) for m in extract("3 rooms from the year 2026, 1. step")] == [
        ("number", 3.0),
        ("number", 2026.0),
        ("number", 1.0),
    ]


def test_format_value_is_readable() -> None:
    assert format_value(one("within 48 hours", "duration")) == (2.0, "days")
    assert format_value(one("within 90 minutes", "duration")) == (90.0, "minutes")
    assert format_value(one("5-10 business days", "duration")) == ([5.0, 10.0], "business days")
    assert format_value(one("14 April 2026", "date")) == ("2026-04-14", "date")
    assert format_value(one("14 April", "date")) == ("--04-14", "date")
    assert format_value(one("at 7:05", "time")) == ("07:05", "time of day")
    assert format_value(one("50%", "percent")) == (50.0, "%")


def test_lexicon_keys_are_in_fold_spelling() -> None:
    # tokens are looked up after `fold`, so a key with ئ/ة/أ could never match
    from drafter.evaluation import numbers

    keys = [
        *numbers._NUM_WORDS,
        *numbers._AR_UNITS,
        *numbers._EN_UNITS,
        *numbers._CUR_FAMILIES,
        *numbers._MONTHS,
        *numbers._PERCENT_WORDS,
        *numbers._AR_DUR_PREPS,
        *numbers._RANGE_WORDS,
    ]
    assert [k for k in keys if fold(k) != k] == []


@pytest.mark.parametrize(
    ("text", "family"), [("250 ر.س", "RIYAL"), ("٣٠٠ د.إ", "DIRHAM"), ("50 ج.م", "EGP")]
)
def test_arabic_currency_abbreviations(text: str, family: str) -> None:
    assert one(text, "amount").unit == family


def test_currency_codes_need_digits_before_them() -> None:
    # after a number word only currency words count: Turkish "bir yer" is "a place"
    assert kinds("Size uygun bir yer ayırdım.") == []
    assert one("beş yüz TL", "amount").lo == 500
