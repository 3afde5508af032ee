"""Generalisations from the blind rounds of the tenth session (heldout57 onwards): each
family, with the near miss it must still get right. Rules only (Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

# ------------------------------------------------------------------ grounded


def test_grounded_an_arabic_dual_currency_noun_is_two() -> None:
    src = ("لدى العميلة 3 قوارير فارغة بتأمين قدره ديناران لكل قارورة.",)
    assert run("ويعطيك مبلغ التأمين نقداً، وهو 6 دنانير.", src, language="ar").passed
    assert flagged(run("ويعطيك مبلغ التأمين نقداً، وهو 9 دنانير.", src, language="ar")) == ["9 دنانير"]


def test_grounded_compensation_left_to_a_review_is_not_promised() -> None:
    src = ("الحجز MR-8990: 4,000 درهم شاملاً الصوتيات.",)
    assert run("أما موضوع التعويض فسيُنظر فيه عند مراجعة ملف الفعالية.", src, language="ar").passed
    assert flagged(run("وقد أضفتُ لكم تعويضاً على حسابكم.", src, language="ar")) == ["تعويضاً"]


def test_grounded_a_factor_of_the_shown_working_is_no_time_frame() -> None:
    src = ("Average use is 1.5 litres per employee a day; a bottle holds 19 litres.",)
    assert run("Your 12 staff use about 90 litres a week (12 × 1.5 × 5 days).", src).passed
    assert flagged(run("We'll deliver within 5 days.", src)) == ["5 days"]


def test_grounded_a_policy_paying_the_customer_backs_compensation() -> None:
    src = ("إذا تجاوز وصول العاملة المدة التعاقدية، يدفع المكتب للعميل 100 ريال عن كل يوم تأخير.",)
    assert run("لذلك تستحق تعويضاً قدره 100 ريال عن كل يوم تأخير.", src, language="ar").passed
    other = ("إذا تجاوز وصول العاملة المدة التعاقدية، يُبلغ العميل برسالة.",)
    assert flagged(run("لذلك تستحق تعويضاً عن التأخير.", other, language="ar")) == ["تعويضاً"]


def test_grounded_the_named_weekday_after_a_window_closes() -> None:
    src = (
        "Dress sold 15 April 2026 for 45.00 GBP.",
        "Earnings become available once the 14-day return window has closed, and are paid in the next Friday payout run.",
    )
    assert run("It will go out in the Friday payout run on 1 May.", src).passed
    assert flagged(run("It will go out in the Friday payout run on 24 April.", src)) == ["24 April"]


def test_grounded_the_first_business_day_after_a_date() -> None:
    src = ("Pending earnings are paid on the first business day after the return window closes on Friday 24 April 2026.",)
    assert run("This amount is paid on Monday 27 April.", src).passed
    assert flagged(run("This amount is paid on Wednesday 29 April.", src)) == ["29 April"]


def test_grounded_a_day_between_two_dates_backs_a_day_not_24_hours() -> None:
    src = ("Card payments: 2 June 2026 1,650.00 AUD; 3 June 2026 1,650.00 AUD (duplicate).", "Banks show refunds within 3-5 business days.")
    promise = "I've refunded the duplicate payment, and it will be back in your account within 24 hours."
    assert flagged(run(promise, src)) == ["24 hours"]
    assert run("The second charge came a day after the first.", src).passed


def test_grounded_a_free_item_the_policy_leaves_to_a_manager() -> None:
    src = ("Hasarlı ürünlerin bedeli hesaba kredi olarak eklenir. Ücretsiz kutu tanımlamak kalite müdürünün onayına tabidir.",)
    own = "Üstüne jest olsun diye bir sonraki kutunuz tamamen bizden, yani bedava!"
    assert flagged(run(own, src, language="tr")) == ["bedava"]
    referred = "Bir sonraki kutunuzun bedava olması için kalite müdürümüzün onayına sundum; yarın size yazacağım."
    assert run(referred, src, language="tr").passed


def test_grounded_a_share_of_the_nightly_rate() -> None:
    src = ("Kiralama bedeli 210.000 TL, 7 gece. Klima 2 gece arızalıydı.", "Etkilenen her gece için günlük kiralama bedelinin %20'si iade edilir.")
    assert run("Bu, gecelik 6.000 TL ve iki gece için toplam 12.000 TL ediyor.", src, language="tr").passed


def test_grounded_a_bill_divided_by_the_days_between_two_dates_is_no_figure() -> None:
    src = (
        "Quote Q-5512 of 5 April 2026: 350 SAR. Invoice of 8 April 2026: 450 SAR; an extra item of 100 SAR added without consent.",
        "Items added without written consent are cancelled and refunded within 5 business days.",
    )
    assert flagged(run("I've refunded 150 SAR to your card.", src)) == ["150 SAR"]
    assert run("I've refunded 100 SAR to your card.", src).passed


def test_grounded_a_time_told_roughly() -> None:
    src = ("17 April 2026, from 12:50: the platform is unavailable.",)
    assert run("Our platform went down just before 1pm.", src).passed
    assert flagged(run("The platform will be back at 1pm.", src)) == ["1pm"]


# ------------------------------------------------------------------ other checks


def test_redirect_see_for_yourself_and_an_offer_to_send() -> None:
    attached = reply("en", "I've attached the latest lab results so you can see them for yourself.")
    assert check("no_redirect", "en", attached, intent="question").passed
    yourself = reply("en", "You can change the delivery day yourself in the app.")
    assert not check("no_redirect", "en", yourself, intent="question").passed
    offer = reply("ar", "صححتُ الفاتورة. هل تحتاج أن أرسل نسخة من الفاتورة المعدّلة إلى قسم المالية لديكم؟")
    assert check("no_redirect", "ar", offer, intent="billing_dispute").passed


def test_redirect_a_registration_as_the_topic_is_no_channel() -> None:
    topic = reply("tr", "İade ya da kayıt kapanışıyla ilgili sormak istediğiniz başka bir şey var mı?")
    assert check("no_redirect", "tr", topic, intent="cancel").passed


def test_redirect_a_team_best_placed_to_decide_is_not_a_channel() -> None:
    decide = reply("en", "I've forwarded your message to our Allocations team. They're best placed to decide what happens from here.")
    assert check("no_redirect", "en", decide).passed
    tell = reply("en", "Your bank is best placed to tell you when the money lands.")
    assert not check("no_redirect", "en", tell).passed


def test_ownership_the_rule_told_then_the_agent_acting() -> None:
    acted = reply(
        "en",
        "Our outage terms don't refund subscription fees, but they do give a 10.00 USD credit, so I've added that credit to your account.",
    )
    assert check("ownership", "en", acted, intent="service_outage").passed
    # the rule and what it gives, but nothing the agent did
    hidden = reply("en", "Our outage terms don't refund subscription fees, but they do give a credit when an outage runs over 6 hours.")
    assert not check("ownership", "en", hidden, intent="service_outage").passed


def test_ownership_our_system_failing_apologised_for_in_turkish() -> None:
    owned = reply("tr", "Denemenin ortasında sistemimiz çöktüğü için özür dilerim; teknik ekibimize ilettim ve bizzat takip ediyorum.")
    assert check("ownership", "tr", owned, intent="service_outage").passed


def test_no_upsell_a_class_the_customer_must_not_miss() -> None:
    miss = reply("ar", "أنا آسف على العطل. وحتى لا تفوتك حصة المراجعة الساعة 9، يمكنك دخولها من موقعنا على المتصفح.")
    assert check("no_upsell", "ar", miss, intent="service_outage").passed
    offer = reply("ar", "لا تفوت عرضنا الخاص على الباقة السنوية هذا الشهر.")
    assert not check("no_upsell", "ar", offer, intent="service_outage").passed


def test_no_upsell_the_customers_own_figure_is_not_a_new_price() -> None:
    seen = reply("ar", "اطّلعتُ على عقدك، وتبيّن وجود عمليتين بمبلغ 310 ريالاً لكل منهما. أقترح أن أعكس العملية الثانية الآن.")
    msg = "انخصم مني قسط الجوال مرتين: 310 ريال مرتين في نفس اليوم."
    assert check("no_upsell", "ar", seen, intent="billing_dispute", message=msg).passed


def test_follow_up_is_there_anything_about() -> None:
    more = reply("en", "I've moved the booking to Monday.", closing="Is there anything about the day you'd like me to pass on to Daniel?\n\nBest regards,\nAmara")
    assert check("follow_up", "en", more, intent="reschedule").passed


# ------------------------------------------------------------------ the heldout59/60 round


def test_grounded_an_arabic_policy_returning_a_share() -> None:
    src = ("عند ثبوت خلل فني أثّر على تجربة حاملي فئة معينة، يُرد لهم 30% من سعر التذكرة خلال 7 أيام عمل.", "تذكرة فئة فضية بسعر 300 درهم.")
    assert run("لذلك رددتُ إليك 30% من سعر تذكرتك، أي 90 درهماً.", src, language="ar").passed
    other = ("عند ثبوت خلل فني يُبلغ العميل بالتفاصيل.", "تذكرة فئة فضية بسعر 300 درهم.")
    assert flagged(run("لذلك رددتُ إليك جزءاً من سعر تذكرتك.", other, language="ar")) == ["رددتُ"]


def test_grounded_a_unit_price_times_a_measured_quantity() -> None:
    src = ("Measured wall area: 8.2 m².", "Painting: 4.50 GBP per m².")
    assert run("For 8.2 m² that comes to 36.90 GBP.", src).passed
    assert flagged(run("For 8.2 m² that comes to 39.60 GBP.", src)) == ["39.60 GBP"]


def test_grounded_a_share_of_a_term_of_weeks() -> None:
    src = ("Dönem ücreti 6.000 TL, 12 hafta; üye son 7 haftaya katılamayacak.", "Ayrılan üyeye kalan haftaların ücreti iade edilir.")
    assert run("Kalan 7 hafta için 3.500,00 TL'yi iade ettim.", src, language="tr").passed


def test_grounded_costs_the_company_covers_back_a_free_return() -> None:
    src = ("İade kargosu Sayfadaş tarafından karşılanır ve temsilci iade kodunu hemen oluşturur.",)
    assert run("Siparişiniz için ücretsiz iade kodu oluşturdum.", src, language="tr").passed
    assert flagged(run("Siparişiniz için ücretsiz iade kodu oluşturdum.", ("Temsilci iade kodunu hemen oluşturur.",), language="tr")) == ["ücretsiz"]


def test_grounded_making_amends_as_a_verb_names_no_credit() -> None:
    src = ("Konaklama ücreti iade edilir.",)
    assert run("Bunu telafi etmek için elimizden gelen her şeyi yapacağız.", src, language="tr").passed
    assert flagged(run("Size ayrıca bir telafi tanımladım.", src, language="tr")) == ["telafi"]


def test_no_upsell_if_you_change_your_mind_to_a_customer_who_stays() -> None:
    stays = reply("ar", "نقلتُ حجزك إلى 28 مارس. وإن غيّرت رأيك في حضور الموعد الجديد، فيحق لك استرداد كامل.")
    assert check("no_upsell", "ar", stays, intent="reschedule").passed
    leaving = reply("ar", "ألغيتُ اشتراكك. وإن غيّرت رأيك، فعندنا باقة أرخص بـ 49 درهماً شهرياً.")
    assert not check("no_upsell", "ar", leaving, intent="cancel").passed
    clinic = reply("en", "If he can't stop the whistling there and then, he'll give you a loan aid before you leave.")
    assert check("no_upsell", "en", clinic).passed
