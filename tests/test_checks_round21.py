"""Generalisations from heldout97-99 (the twenty-first session): each family, with the near
miss it must still get right. Rules only."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.base import EvalContext
from drafter.evaluation.checks.grounded import grounded
from drafter.evaluation.numbers import extract
from drafter.schemas import ScoringInput, Source


def _grounded(draft: str, sources: tuple[str, ...], intent: str, language: str = "en") -> list[str]:
    case = ScoringInput(
        language=language,
        intent=intent,
        draft=draft,
        sources=[Source(id=f"s{i}", text=t) for i, t in enumerate(sources)],
    )
    return flagged(grounded(EvalContext(case)))


# ------------------------------------------------------------------ grounded: policy conditions read


def test_grounded_the_whole_price_refunded_where_only_a_deposit_was_paid() -> None:
    src = (
        "الحجز MW-1302: جولة كاياك لشخصين، الإجمالي 240 درهماً؛ دُفع عربون 60 درهماً عند الحجز، والباقي يُدفع عند الرصيف.",
        "الجولات التي تلغيها الشركة بسبب الطقس يُسترد كل ما دُفع عنها خلال 5 أيام عمل.",
    )
    assert flagged(run("استرجعتُ لك مبلغ الحجز كاملاً، 240 درهماً.", src, language="ar")) == ["240 درهماً"]
    assert run("استرجعتُ لك العربون كاملاً، 60 درهماً.", src, language="ar").passed
    # the rest already paid: nothing is still to pay, so the whole price is what was paid
    policy = "Tours we cancel are refunded in full."
    paid = ("Booking KY-1: 240.00 GBP; deposit of 60.00 GBP paid on booking, balance of 180.00 GBP paid on 2 May.", policy)
    assert run("I've refunded the full 240.00 GBP.", paid).passed
    due = ("Booking KY-1: 240.00 GBP; deposit of 60.00 GBP paid on booking, balance due on arrival.", policy)
    assert flagged(run("I've refunded the full 240.00 GBP.", due)) == ["240.00 GBP"]


def test_grounded_unused_whole_months_counted_from_the_cancellation_and_end_dates() -> None:
    src = (
        "Sezon üyeliği MK-S-310: 1 Mayıs-30 Eylül 2026, 6.000 TL peşin ödendi (1 Mayıs 2026). İptal talebi: 10 Haziran 2026.",
        "Sezon üyeliği iptalinde kullanılmayan tam aylar için aylık 1.200 TL üzerinden orantılı iade yapılır.",
    )
    right = "Kullanılmayan 3 ay için aylık 1.200 TL üzerinden 3.600 TL iade ediyorum."
    assert run(right, src, language="tr").passed
    wrong = "Kullanılmayan 4 ay için aylık 1.200 TL üzerinden 4.800 TL iade ediyorum."
    assert flagged(run(wrong, src, language="tr")) == ["4 ay", "4.800 TL"]
    # a year from its first day, and the months used read out beside the months left
    year = (
        "Yıllık Dost üyeliği, 1 Ocak 2026 başlangıç, 3.600,00 TL peşin ödendi (aylık karşılığı 300,00 TL).",
        "Yıllık üyelik iptal edilebilir; içinde bulunulan ay dahil kullanılan aylar düşülerek kalan tam aylar için iade yapılır.",
        "İptal talebi 20 Nisan 2026'da alındı.",
    )
    told = "Nisan dahil 4 ay kullanılmış sayılıyor; kalan 8 ay için aylık 300 TL'den toplam 2.400 TL'yi iade ettim."
    assert run(told, year, language="tr").passed
    assert not run("Kalan 9 ay için toplam 2.700 TL'yi iade ettim.", year, language="tr").passed


def test_grounded_a_change_called_free_inside_the_window_the_policy_charges_for() -> None:
    src = (
        "Group bookings can be moved free of charge with at least 48 hours' notice. Changes with less notice cost 15.00 GBP per booking.",
        "FM-2214: Have-a-Go group session, Thursday 16 April 2026 18:00, 6 people. Request received 15 April 2026 08:10.",
    )
    late = "I've moved your session to Thursday 23 April at 18:00 with no extra charge."
    assert flagged(run(late, src)) == ["no extra charge"]
    in_time = (src[0], "FM-2214: Have-a-Go group session, Thursday 16 April 2026 18:00. Request received 12 April 2026 08:10.")
    assert run(late, in_time).passed
    # the policy read out as a condition gives nothing
    told = "Moves are free of charge if you ask at least 48 hours ahead; yours came later, so the 15.00 GBP fee applies."
    assert run(told, src).passed


def test_grounded_k_of_n_equal_parts_of_a_stated_amount() -> None:
    src = (
        "Registration NB-2231: Summer Intensive (12 sessions), 900 AED; attended 1 session.",
        "Withdrawals for a documented health reason in the first week are refunded for the remaining sessions.",
    )
    assert run("That is 11 of the 12 sessions, which comes to 825 AED, refunded today.", src).passed
    assert not run("That is 10 of the 12 sessions, which comes to 825 AED, refunded today.", src).passed


def test_grounded_a_kept_part_refunded_with_two_other_parts() -> None:
    src = (
        "الطلب DM-30418: دهن عود بسعر 650 ريالاً، بخور بسعر 180 ريالاً، مبخرة بسعر 220 ريالاً، رسوم شحن 35 ريالاً.",
        "رسوم الشحن الأصلية غير قابلة للاسترداد.",
    )
    assert flagged(run("أعدتُ إليك 435 ريالاً، قيمة البخور والمبخرة مع رسوم الشحن.", src, language="ar")) == ["435 ريالاً"]
    assert run("أعدتُ إليك 400 ريال، قيمة البخور والمبخرة.", src, language="ar").passed


def test_grounded_noon_promised_in_words() -> None:
    src = ("Customer portal offline since 08:00 on 29 June 2026. Expected fix: 15:00.",)
    assert flagged(run("Our engineers expect everything to be back up by midday.", src)) == ["by midday"]
    assert run("Our engineers expect everything to be back up by midday.", ("Expected fix: 12:00.",)).passed
    assert run("I'll call you tomorrow before noon to confirm.", src).passed


def test_grounded_a_waiver_in_words_and_a_reversal_backing_a_refund() -> None:
    prices = ("Standard tuning: £95.00. A pitch raise costs £45.00 extra.",)
    assert flagged(run("For customers who've just moved we include it free.", prices)) == ["it free"]
    assert run("If the fault is in our fitting, we'll re-fit it free.", ("Fitting faults are put right free of charge.",)).passed
    reversed_ = ("للعميل المتأثر أن يختار: إنشاء الطلب يدوياً، أو يُعكس الخصم تلقائياً خلال 3 أيام عمل.",)
    assert run("وإن كنتِ تفضّلين استرجاع المبلغ، فأخبريني وأعكس الخصم.", reversed_, language="ar").passed


# ------------------------------------------------------------------ grounded: numbers read


def test_numbers_hundreds_in_words() -> None:
    def amounts(text: str) -> list[float]:
        return [m.lo for m in extract(text) if m.kind == "amount"]

    assert amounts("المجموع ثمانمئة وخمسة وسبعون درهماً") == [875.0]
    assert amounts("ثلاث مئة وخمسون ريالا") == [350.0]
    assert amounts("three hundred and fifty pounds") == [350.0]
    assert amounts("üç yüz elli beş lira") == [355.0]
    assert amounts("five hundred people and twenty pounds") == [20.0]


def test_numbers_no_span_in_vague_days_or_ages() -> None:
    assert [m for m in extract("الخياطة تبان على حقيقتها بعد أيام من الاستعمال") if m.kind == "duration"] == []
    assert [m for m in extract("For 5- and 6-year-olds we run a play class") if m.kind == "duration"] == []
    assert [m.lo for m in extract("خلال ساعة") if m.kind == "duration"] == [60]


def test_grounded_a_span_given_roughly_in_months_and_an_age() -> None:
    src = ("Ayarlanabilir eyer: 38.500,00 TL; yapım süresi 8 hafta.",)
    assert run("Yapım süresi 8 hafta, yani yaklaşık iki ay.", src, language="tr").passed
    assert not run("Yapım süresi yaklaşık dört ay.", src, language="tr").passed
    assert run("كل عام وإمك بألف خير، والسبعين سنة بتليق فيها.", ("طلب NM-7070.",), language="ar").passed


def test_grounded_a_night_call_out_told_back_in_a_reply_to_praise() -> None:
    src = ("زيارة طوارئ W-90233 بتاريخ 21 يوليو 2026: البلاغ الساعة 23:05، وصول الفني الساعة 00:40.",)
    said = "وصول الفني خلال ساعة وخمس وثلاثين دقيقة في منتصف الليل هو بالضبط ما نتمناه."
    assert _grounded(said, src, "praise", "ar") == []
    assert _grounded(said.replace("وخمس", "وعشر"), src, "praise", "ar") != []


# ------------------------------------------------------------------ other checks


def test_upsell_a_disputed_discount_worked_into_the_price_and_new_pitches() -> None:
    msg = "سجلت قبل نهاية عرض التسجيل المبكر، بس انخصم مني السعر كامل 900 جنيه."
    src = [{"id": "policy/courses", "text": "دورة خط النسخ: 900 جنيه. خصم التسجيل المبكر 15% لمن يسجّل حتى 30 أبريل 2026."}]
    owed = "سعر الدورة بعد خصم 15% هو 765 جنيه، فرجّعتلك الفرق، 135 جنيه."
    assert check("no_upsell", "ar", reply("ar", owed), intent="billing_dispute", message=msg, sources=src).passed
    charged = "انخصم مني رسوم الدورة مرتين."
    assert not check("no_upsell", "ar", reply("ar", "وعندنا خصم 15% على تسجيل الطفل الثاني."), intent="billing_dispute", message=charged).passed
    signup = "I've refunded the £48.00. Our Crate Club members get first pick of every record. Want me to sign you up?"
    assert not check("no_upsell", "en", reply("en", signup)).passed
    spare = "Our system kept both payments instead of cancelling the spare one, so I've refunded the second."
    assert check("no_upsell", "en", reply("en", spare), intent="billing_dispute").passed


def test_follow_up_an_offer_of_more_help_that_closes_the_reply() -> None:
    closing = "إذا احتجت أي شي له أو لغيره من صقورك، أنا موجود."
    assert check("follow_up", "ar", reply("ar", "نقلت شكرك للدكتور سالم.", closing=closing), intent="praise").passed
    told = "وإذا تحتاج أي شي قبلها قول لي."
    assert check("follow_up", "ar", reply("ar", "رجّعت لك 450 درهماً.", closing=told)).passed
    assert not check("follow_up", "ar", reply("ar", "رجّعت لك 450 درهماً.", closing="مع التحية.")).passed


def test_tone_put_downs_in_ordinary_words() -> None:
    assert not check("tone", "en", reply("en", "I'm a little surprised anyone would swap our lanes for a village hall.")).passed
    assert not check("tone", "en", reply("en", "As anyone who works with glass will tell you, blue looks different in daylight.")).passed
    assert check("tone", "en", reply("en", "What a lovely surprise to plan! The flight lasts an hour."), intent="question").passed
    assert not check("tone", "tr", reply("tr", "Bu bilgilerin hepsi aslında formül kartının arkasında yazıyor, ama sorun değil.")).passed
    assert not check("tone", "ar", reply("ar", "الموضوع مشروح بوضوح في صفحة الرحلات لمن يحب يقرأ.")).passed
    assert check("tone", "ar", reply("ar", "أرسلت لك التفاصيل قبل أن تسأل عنها، وهي مرفقة.")).passed


def test_ownership_and_apology_from_heldout99() -> None:
    disowned = "التأخير هذه المرة كان خارج يد الصالون، وتنقّل الحنّايات مسؤولية شركة النقل المتعاقدة."
    assert not check("ownership", "ar", reply("ar", disowned)).passed
    slot = "I can't do 10:00 on Wednesday, as that slot is already full, but I can offer 09:30 or 11:00 that day."
    assert check("ownership", "en", reply("en", slot), intent="reschedule").passed
    heard = "I'm sorry our kiln broke down, and I'm sorry you heard about it second-hand rather than from me. I've moved your panel."
    assert check("ownership", "en", reply("en", heard)).passed
    again = "I'm truly sorry that we took your payment twice, and I apologise again for the worry it caused."
    assert check("apology", "en", reply("en", again), intent="billing_dispute").passed
    assert not check("apology", "en", reply("en", "I apologise for the worry it caused."), intent="billing_dispute").passed
    assert not check("apology", "ar", reply("ar", "يؤسفنا أن ليلة الحنّاء مرّت عليك بهذه الصورة.")).passed


# ------------------------------------------------------------------ from heldout100


def test_grounded_more_than_the_band_pays_back_as_the_price_less_a_stated_fee() -> None:
    src = (
        "Kiralama başlangıcından 30 gün veya daha önce yapılan iptallerde ödenen tutar 500 TL işlem ücreti düşülerek iade edilir. "
        "15-29 gün önce yapılan iptallerde ödenen tutarın %50'si iade edilir. 15 günden az kala yapılan iptallerde iade yapılmaz.",
        "KRV-2291: 4 gece, 12-16 Haziran 2026; toplam ödenen 12.800 TL. İptal talebi tarihi: 20 Mayıs 2026.",
    )
    late = "Ödediğiniz 12.800 TL'den 500 TL işlem ücretini düştükten sonra kalan 12.300 TL'nin iadesini başlattım."
    assert flagged(run(late, src, language="tr")) == ["12.300 TL"]
    assert run("Ödediğiniz 12.800 TL'nin %50'si olan 6.400 TL'nin iadesini başlattım.", src, language="tr").passed


def test_grounded_a_total_including_a_kept_part_refunded_whole() -> None:
    src = (
        "Cancellations made 7 or more days before check-in are refunded in full, except the £25 booking deposit, which is non-refundable.",
        "Stay 20-27 April 2026. Paid £196 including £25 booking deposit. Cancelled by owner on 10 April 2026.",
    )
    assert flagged(run("I've refunded your full payment of £196 to your card.", src)) == ["£196"]
    assert run("I've refunded £171, everything but the £25 booking deposit, to your card.", src).passed


def test_grounded_unused_months_after_a_notice_in_months_at_a_twelfth_of_the_year() -> None:
    src = (
        "A tenant may surrender a plot with one month's written notice. Rent is refunded pro rata for whole calendar months "
        "remaining in the rent year after the notice ends.",
        "Bernard Hale, full plot 14B. Rent £88 paid for the year 1 October 2025 - 30 September 2026. "
        "Surrender letter received 15 April 2026.",
    )
    assert run("Your notice runs until 15 May, so I've refunded £29.33 for June to September.", src).passed
    assert not run("Your notice runs until 15 May, so I've refunded £44.00 for the six months left.", src).passed


def test_grounded_nights_just_named_and_a_one_off_event() -> None:
    src = (
        "If a paid service is not delivered on a given night, the owner is credited £9 for each affected night.",
        "Daily log, Biscuit: no walks recorded on 6 April 2026 and 7 April 2026.",
    )
    assert run("There were no walks on 6 and 7 April, so for each of those two nights I've credited £9, £18 in total.", src).passed
    plans = ("Lite Pass: £15 per month, up to 2 costumes a month.",)
    assert run("If you ever need a costume for a one-off event, our Lite Pass is £15 a month.", plans).passed


def test_redirect_hired_goods_brought_back_and_a_put_down_that_points_elsewhere() -> None:
    back = "Karavanınız saat 14:00'te hazır; iade saatiniz değişmiyor, karavanı 9 Haziran saat 10:00'da şubeye teslim etmeniz gerekiyor."
    assert check("no_redirect", "tr", reply("tr", back), intent="reschedule").passed
    sent = "Yeni randevu için şubeye gelmeniz gerekiyor."
    assert not check("no_redirect", "tr", reply("tr", sent), intent="reschedule").passed
    snide = "As the confirmation email explains quite clearly, you can move a drop-off yourself, which would have saved us both a step."
    assert not check("tone", "en", reply("en", snide), intent="reschedule").passed
