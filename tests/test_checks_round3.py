"""Generalisations from the blind rounds of the third session (heldout9-17): each
family, in each language, with the near miss it must leave alone."""

from __future__ import annotations

import pytest
from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.numbers import extract


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


def test_grounded_counts_in_words_and_per_unit_fees() -> None:
    three = ("Three card payments of 1,880.00 TL each were disputed; disputed payments are refunded while we investigate.",)
    assert run("I have refunded the 5,640.00 TL total of the three payments.", three).passed
    fee = ("A flat fee of 1.50 EUR applies per transfer.",)
    assert run("Two transfers cost 3.00 EUR in fees.", fee).passed
    assert flagged(run("Two transfers cost 7.50 EUR in fees.", fee)) == ["7.50 EUR"]


def test_dates_in_a_list_share_their_month() -> None:
    assert [(m.kind, m.lo) for m in extract("reminders on 1 and 8 May 2026")] == [("date", 501), ("date", 508)]
    assert [m.lo for m in extract("طلبات 9 و11 و13 مايو 2026")] == [509, 511, 513]
    assert run("We emailed you on 1 May and 8 May.", ("Reminders sent on 1 and 8 May 2026.",)).passed


def test_grounded_one_day_spans_and_stray_hours_back_nothing() -> None:
    slots = ("Free slots: Saturday 23 May 2026 at 11:00.", "Changes are free up to 24 hours before.")
    assert flagged(run("I can offer Saturday 22 May at 11:00.", slots)) == ["22 May"]
    party = ("Outage since 10:40; full recovery expected by 13:00.",)
    assert flagged(run("It will be back by 12:00 at the latest.", party, message="Our order for 12 people is stuck.")) == ["12:00"]


def test_grounded_month_days_business_days_and_hour_budgets() -> None:
    billing = ("Resident desk, 320.00 EUR/month, billed on the 1st of each month.",)
    assert run("You'll receive one final invoice on 1 June.", billing).passed
    assert flagged(run("You'll receive one final invoice on 3 June.", billing)) == ["3 June"]
    ship = ("Complaint received Thursday 18 June 2026.", "Replacements are delivered within 1-2 business days.")
    assert run("It will be with you by Monday 22 June at the latest.", ship).passed
    hours = ("Members get 8 hours of meeting-room time a month.", "Used this month: 3 hours.")
    assert run("You have 5 hours left this month.", hours).passed
    assert [(m.kind, m.lo) for m in extract("19:30: seats available")] == [("time", 19 * 60 + 30)]


def test_grounded_heldout13_derivations() -> None:
    menu = ("Classic menu at 68.00 GBP per guest, 90 guests.", "Signature menu: 82.00 GBP per guest.")
    assert run("For 90 guests the Signature menu would add 1,260.00 GBP.", menu).passed
    hall = ("180 guests at kişi başı 1.450,00 TL.", "Büyük Lale Salonu kişi başı fiyat: 1.650,00 TL.")
    assert run("240 kişi için toplam 396.000,00 TL ediyor.", hall, message="Davetli sayımız 240 olacak.", language="tr").passed
    twice = ("App payment 120.00 TL; the same day 120.00 TL taken again at the gate.",)
    assert run("So you paid 240.00 TL in total.", twice).passed
    # the customer's own count told back is not a promise; the same span promised is
    assert run("Nine days later you still don't have your phone.", (), message="It's now day 9.").passed
    assert flagged(run("You'll have it within 9 days.", (), message="It's now day 9.")) == ["9 days"]
    assert [m.kind for m in extract("böyle bir günde")] == []


def test_dates_across_months_and_one_arabic_business_day() -> None:
    assert [m.lo for m in extract("20 Temmuz-2 Ağustos 2026")] == [720, 802]
    assert [(m.kind, m.lo, m.unit) for m in extract("يستغرق يوم عمل واحداً")] == [("duration", 1.0, "bday")]
    assert extract("INV-2291") == ()


def test_grounded_reward_units_and_arabic_within() -> None:
    gems = ("Affected players are given 500 gems as compensation.",)
    assert run("As compensation I've added 500 gems to your account.", gems).passed
    assert flagged(run("As compensation I've added 5000 gems to your account.", gems)) == ["5000 gems"]
    six = ("Correction sets are free within 6 months of the plan ending.",)
    assert not run("المجموعات التصحيحية مجانية لأنك ما زلت ضمن سنة من انتهاء خطتك.", six, language="ar").passed


# Every family, in each language, with the near misses it must leave alone:
# (check, language, reply body, intent, passes)
FAMILIES = [
    # heldout9: tone, put-downs in plain words
    ("tone", "en", "I've refunded the fee. Honestly, though, it's only the video feed.", "complaint", False),
    ("tone", "en", "I've moved it. Next time, please try to organise yourself better.", "complaint", False),
    ("tone", "en", "I've refunded it. Fingers crossed this date survives a little longer.", "complaint", False),
    ("tone", "en", "I've refunded the 20.00 GBP fee to your card today.", "complaint", True),
    ("tone", "tr", "İadeyi yaptım. Açıkçası bu kadar kısa sürede karar vermek pek gerçekçi değil.", "complaint", False),
    ("tone", "tr", "İadeyi yaptım. Siparişinizi arada bir kontrol etseydiniz artışı fark ederdiniz.", "complaint", False),
    ("tone", "tr", "İadeyi bugün kartınıza yaptım; 3 iş günü içinde yansıyacak.", "complaint", True),
    ("tone", "ar", "أرسلتُ لك الكريم الصحيح. بصراحة، الخلط بينهما إنجاز يستحق جائزة.", "complaint", False),
    ("tone", "ar", "أرسلتُ لك الكريم الصحيح مجاناً وسيصلك خلال 24 ساعة.", "complaint", True),
    # heldout9: ownership, whose job it is; owned incidents
    ("ownership", "en", "I'm sorry. The showers are looked after by our facilities contractor rather than the club team.", "complaint", False),
    ("ownership", "en", "I'm sorry. This was a branch decision rather than anything customer services had a say in.", "complaint", False),
    ("ownership", "tr", "Özür dilerim. Paket iadeleri bizim ekibimizin değil, muhasebe biriminin onayıyla yapılıyor.", "complaint", False),
    ("ownership", "ar", "أعتذر. التأخير من شركة الدفع، فهي المسؤولة عن تحويل المبالغ، وليس بيدنا تسريع ذلك.", "complaint", False),
    # the cause of an outage explained, with an apology and the agent acting: owned
    ("ownership", "tr", "Özür dilerim, satış sırasında ödeme sistemimiz çöktü. Kaydınızı kontrol ettim ve biletinizi ayırdım.", "complaint", True),
    ("ownership", "en", "I'm sorry: our booking system crashed at 9:00. I've rebooked your table for 19:00.", "complaint", True),
    # ... but not when someone else is named as its cause
    ("ownership", "en", "I'm sorry. The error came from our payment provider's system rather than us. I've refunded it.", "complaint", False),
    # heldout10: apology for what we did, or for feelings
    # plain apologies for what we did
    ("apology", "tr", "Gecikme için özür dilerim. Siparişinizi bugün kargoya verdim.", "complaint", True),
    ("apology", "tr", "Onarımımızın sorunu çözmediği için özür dilerim. Teknisyeni yarın 10:00'a ayarladım.", "complaint", True),
    ("apology", "ar", "أعتذر عن مشكلة التركيب. أرسلتُ فنياً وسيصلك غداً.", "complaint", True),
    ("apology", "en", "I'm sorry - you're absolutely right, we shouldn't have charged you. I've refunded it.", "complaint", True),
    # ... and apologies for the customer's feelings
    ("apology", "en", "I regret that you've been left feeling frustrated by it. I've refunded it.", "complaint", False),
    ("apology", "ar", "نتفهّم انزعاجك ونأسف لما شعرت به. رددتُ لك المبلغ.", "complaint", False),
    ("apology", "en", "We're sorry for any mix-up this may have caused. I've refunded it.", "complaint", False),
    # heldout10: no_upsell, a new product after a cancellation
    ("no_upsell", "en", "I've closed the card. If it was the annual fee that put you off, our Cashback card has no fee; I'd be happy to set one up for you.", "cancel", False),
    ("no_upsell", "en", "I've cancelled it. I can put you on Unlimited for 18.00 GBP a month on a new contract instead.", "cancel", False),
    ("no_upsell", "tr", "Kartınızı kapattım. Kararınızda yıllık ücret etkili olduysa Platinum kartımızda ilk yıl ücret alınmıyor; dilerseniz başvurunuzu hemen başlatabilirim.", "cancel", False),
    ("no_upsell", "ar", "رجّعتلك نص حق التذكرة. وبيني وبينك، في عنا بطاقة المسافر الذهبية بـ30 ديناراً بالسنة.", "complaint", False),
    ("no_upsell", "en", "I've cancelled your plan; you won't be charged again.", "cancel", True),
    # heldout11
    ("ownership", "ar", "نتفهّم انزعاجك. نحن لا نتحكم في جدول المقاولين، فدورنا ينتهي عند الموافقة على المطالبة.", "complaint", False),
    ("ownership", "en", "I'm sorry. A missing dish comes down to the restaurant's kitchen rather than anything on our side.", "complaint", False),
    ("ownership", "tr", "Özür dilerim. Bu süreçlere bizim tarafımızdan müdahale etme imkânı bulunmuyor.", "complaint", False),
    ("no_redirect", "en", "I've chased the parcel. Their own line can tell you more, so it may be worth giving them a call.", "complaint", False),
    ("no_redirect", "en", "For the refund, please drop a line to our Direct Debit team at dd@example.com.", "complaint", False),
    ("no_redirect", "ar", "لن أطلب منك مراجعة البائع: استرددتُ لك المبلغ كاملاً.", "complaint", True),
    ("next_step", "en", "I've taken the visit out of the diary. We'll find another time later in the week and come back to you.", "complaint", False),
    ("next_step", "tr", "Sorunun kaynağını biliyoruz ve önümüzdeki dönemde bir güncellemeyle düzelecek.", "complaint", False),
    ("no_upsell", "en", "I'm sorry. To make up for it, our Junior Suite is free at 210.00 EUR a night, and I'd be happy to move you up.", "complaint", False),
    # heldout12
    # the customer's one step, then the agent's at once
    ("next_step", "en", "I'm holding the seats. Reply to confirm and I'll complete the exchange and send your new tickets.", "reschedule", True),
    # a fallback beside a real step is not vague assurance
    ("next_step", "en", "I've refunded 229.00 GBP; it will reach you within 3-5 working days. If it hasn't, I'll follow it up.", "refund", True),
    # a question answered needs no timed step
    ("next_step", "en", "Yes, the film is shown dubbed and subtitled, and a child ticket is 140.00 TL.", "question", True),
    ("next_step", "en", "Someone will look into it.", "question", False),
    ("tone", "ar", "أعدتُ حجزك مجاناً. والطائرات كما تعلم لا تُقلع بالتمنّي.", "complaint", False),
    ("tone", "tr", "İptal ettim. Sözleşmenizi dikkatlice okursanız ihbar süresinin 2 ay olduğunu göreceksiniz.", "cancel", False),
    ("tone", "tr", "Açıkçası gecikme tamamen kargo firmasının aktarma merkezinden kaynaklanıyor. Yenisini gönderdim.", "complaint", True),
    ("no_redirect", "ar", "أسهل طريقة لذلك أن تفتح التطبيق وتختار الطرد، أو أن تتصل بالخط الساخن.", "reschedule", False),
    ("no_redirect", "tr", "Dönüşünüzde bagaj ofisimize uğrayıp durumu anlatmanız yeterli.", "billing_dispute", False),
    # heldout13
    # a new product with a price and pitch wording, whatever its name
    ("no_upsell", "en", "I've booked a free pickup. One tip for the future: our CarePlus cover, at 6.99 GBP a month, includes a loan phone. I can add it whenever you like.", "complaint", False),
    ("no_upsell", "ar", "ألغيتُ اشتراكك. الصندوق الصغير بـ99 درهماً فقط صُمّم لمن هم في وضعك، وإذا أحببت أعيد تفعيل حسابك عليه.", "cancel", False),
    ("no_upsell", "tr", "Aboneliğinizi iptal ettim. Birçok müşterimiz daha uygun fiyatlı Mini Sepet'imize geçmeyi tercih ediyor, aylık 299,00 TL.", "cancel", False),
    # ... but not the refund or the price the customer already pays
    ("no_upsell", "en", "I've refunded the 8.99 GBP you were charged; you won't be charged again.", "cancel", True),
    ("no_upsell", "en", "The new date is charged at the same 42.00 GBP a day you're already paying.", "reschedule", True),
    # whose fault, said instead of owning it
    ("ownership", "en", "The fault lies with the camera contractor's plate recognition rather than with your account.", "billing_dispute", False),
    ("ownership", "tr", "Yani bu ceza bizden değil, bankanın altyapısından kaynaklanıyor.", "billing_dispute", False),
    ("ownership", "ar", "الانقطاع لم يكن من المنصة نفسها، بل من مزوّد الاستضافة الذي نتعامل معه.", "complaint", False),
    # ... and owning it
    ("ownership", "tr", "Özür dilerim. Yine de araç arızası nedeniyle geç kaldığımız doğru; ücreti iade ettim.", "complaint", True),
    ("ownership", "ar", "حجزتُ لك أقرب موعد متاح لدى فريق الفنيين يوم الخميس.", "complaint", True),
    # heldout14
    ("ownership", "ar", "أعتذر. الخصم التلقائي ينفّذه البنك، وإيقافه ليس بأيدينا.", "complaint", False),
    ("ownership", "en", "Once an order leaves us it's in the courier's hands, so delivery windows weren't met.", "complaint", False),
    ("ownership", "tr", "Faturayı değiştirmek bana kalmış bir karar değil; saha planlaması bizim kontrolümüzde olan bir şey değil.", "complaint", False),
    ("tone", "ar", "لكن خلّنا نكون واقعيين: العميل الفاهم في السيارات يتوقع هذا. حجزتُ لك موعداً مع المدير.", "complaint", False),
    ("tone", "tr", "Sözleşmenizi satır satır okuduğunuz belli. Kurulum ücretini iptal ettim.", "complaint", False),
    # "anyway" is not a put-down
    ("tone", "ar", "على كل حال، رددتُ لك المبلغ وسيصلك خلال 5 أيام عمل.", "complaint", True),
    # heldout13/14: apology framings, passive fixes
    ("apology", "ar", "آسف على ما حدث. أرسلتُ فنياً وسيصلك غداً.", "complaint", True),
    ("apology", "ar", "يؤسفنا أن الطلب لم يصلك بالصورة التي كنت تنتظرها. أرسلتُ البديل.", "complaint", False),
    ("apology", "en", "We regret that the banners didn't arrive in time. I've refunded the delivery charge.", "complaint", False),
    ("next_step", "en", "Your voucher has now been reissued with a fresh 30-day validity.", "complaint", True),
    # heldout15
    ("ownership", "ar", "أنا آسفة. نظام الفوترة يعمل بشكل مستقل، وهذا شي ما بنقدر نتحكم فيه من خدمة العملاء.", "complaint", False),
    ("ownership", "en", "I've looked into it: realistically, it's down to the practice now.", "complaint", False),
    ("ownership", "tr", "Özür dilerim. Ne yazık ki tahsilatlar benim ekranımdan yönetilmiyor.", "complaint", False),
    ("tone", "ar", "رددتُ إليك نصف المبلغ. وعلى الأقل كانت الدلافين في انتظاركم.", "complaint", False),
    ("tone", "ar", "يا قلبي، لا تشيلين هم. حجزتُ لكِ جلسة تصحيح مجانية.", "complaint", False),
    ("tone", "en", "I've cancelled his policy. These things happen, and it sounds like he had a good innings!", "complaint", False),
    # dialect is not slang
    ("tone", "ar", "أكيد بتقدري تحضري، وإذا بدك بحجزلك مقعدين جنب بعض.", "complaint", True),
    # heldout16
    ("ownership", "ar", "أنا آسفة. الخصم الثاني لم يكن من طرفنا، فبوابة الدفع هي التي أعادت المحاولة.", "complaint", False),
    ("ownership", "en", "The duplicate came from our card payment provider, who are reversing it on their end.", "complaint", False),
    ("ownership", "tr", "Görünen o ki kargo firması taşıma sırasında kutuya gereken özeni göstermemiş.", "complaint", False),
    ("tone", "en", "I've refunded the bottle. In fairness, it was one bottle out of six.", "complaint", False),
    ("tone", "ar", "وجدتُ الثوب. ومن البديهي دائماً أن تُعَدّ القطع أمام المندوب.", "complaint", False),
    ("tone", "tr", "Eğitmeninizi değiştirdim. Sert uyarı almak bu işin doğasında var.", "complaint", False),
    ("tone", "ar", "لن يُخصم منك شيء. وللعلم فقط، أي تحويل آخر في الفصل نفسه رسومه 30 ريالاً.", "complaint", True),
]


@pytest.mark.parametrize(("name", "lang", "body", "intent", "ok"), FAMILIES)
def test_families(name: str, lang: str, body: str, intent: str, ok: bool) -> None:
    assert check(name, lang, reply(lang, body), intent=intent).passed is ok
