"""Generalisations from the blind rounds of the sixth session (heldout29 to heldout31):
each family, with the near miss it must still get right."""

from __future__ import annotations

import pytest
from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.numbers import extract


def test_grounded_a_cap_of_an_amount_plus_a_share_and_the_excess_over_it() -> None:
    vet = ("Estimate 180.00 GBP. Final invoice 262.00 GBP.", "Without consent we refund the amount above the estimate plus 10%.")
    assert run("We cap the bill at the estimate plus 10%, 198.00 GBP, so I've refunded the 64.00 GBP difference.", vet).passed
    assert flagged(run("I've refunded the 70.00 GBP difference.", vet)) == ["70.00 GBP"]
    # what one amount is over a share of the other: 40 charged, 8% of 400 due
    fees = ("Smartphones 8% of the sale price.", "Sale 400.00 AUD; commission charged 40.00 AUD.", "Corrections are credited.")
    assert run("I've credited the 8.00 AUD difference.", fees).passed


def test_grounded_business_days_are_not_a_count_to_divide_by() -> None:
    fees = ("Sale 80.00 GBP; fee charged 12.00 GBP.", "Standard fee 10%. Overcharges are refunded within 2 business days.")
    assert flagged(run("I've refunded the 6.00 GBP difference.", fees)) == ["6.00 GBP"]
    assert run("I've refunded the 4.00 GBP difference.", fees).passed
    # a price per item times a handful of items still counts
    shirts = ("5 shirts at 120 TL were charged.", "The price is 90 TL a shirt. Refunds within 5 business days.")
    assert run("Aradaki fark 150 TL; iade ettim.", shirts, language="tr").passed


def test_grounded_about_n_hours_between_two_clock_times() -> None:
    booking = ("Booked for 20:00, cancelled at 10:05 the same day.",)
    assert run("You cancelled about ten hours before the game.", booking).passed
    assert flagged(run("You cancelled about thirteen hours before the game.", booking)) == ["thirteen hours"]


def test_grounded_whole_months_between_two_stated_dates() -> None:
    member = ("Annual membership 1 January 2026 - 31 December 2026, 400 TL a month.", "Moving certificate uploaded 15 May 2026.", "Unused months are refunded.")
    assert run("Haziran-aralık arası kullanılmayan 7 ay için iade yapılacak.", member, language="tr").passed
    assert flagged(run("Kullanılmayan 9 ay için iade yapılacak.", member, language="tr")) == ["9 ay"]


def test_grounded_french_thousands_with_a_space() -> None:
    kinds = [(m.kind, m.lo) for m in extract("ce sac à 1 450,00 GBP")]
    assert ("amount", 1450.0) in kinds
    assert run("Ce sac à 1 450,00 GBP.", ("Listed at 1,450.00 GBP.",)).passed
    # without the decimal comma, two numbers stay two: "5 100-gram packs"
    assert 5100.0 not in [m.lo for m in extract("5 100-gram packs at 3.00 GBP")]


def test_grounded_free_items_counted_in_the_reply_are_commitments() -> None:
    lessons = ("Each lesson cancelled by the centre is credited at 7.00 GBP.",)
    assert flagged(run("I've booked your daughter two free catch-up lessons.", lessons)) == ["two free catch-up lessons"]
    assert run("I've booked your daughter two free catch-up lessons.", ("Cancelled lessons are replaced with free catch-up lessons.",)).passed


def test_turkish_bir_after_an_adjective_is_the_article() -> None:
    assert run("Alımı sizin için uygun bir güne kaydırırım.", (), language="tr").passed
    assert not [m for m in extract("uygun bir güne kaydırırım") if m.kind == "duration"]
    assert [m for m in extract("bir gün içinde gelir") if m.kind == "duration"]


def test_grounded_a_written_out_sum_with_a_time_frame_and_brackets() -> None:
    fares = ("رسوم فتح القفل 3 دراهم + 0.75 درهم للدقيقة.", "مدة الرحلة 12 دقيقة؛ المبلغ المحصّل 93 درهماً.", "يُرد الفرق إلى البطاقة.")
    worked = "3 دراهم لفتح القفل + (12 دقيقة × 0.75 درهم) = 12 درهماً، واسترددتُ لك الفرق، 81 درهماً."
    assert run(worked, fares, language="ar").passed
    wrong = "3 دراهم لفتح القفل + (12 دقيقة × 0.75 درهم) = 14 درهماً، واسترددتُ لك الفرق، 79 درهماً."
    assert flagged(run(wrong, fares, language="ar")) == ["14 درهماً", "79 درهماً"]


def test_hours_and_minutes_are_one_span() -> None:
    assert [(m.kind, m.lo) for m in extract("2 saat 10 dakika gecikti")] == [("duration", 130.0)]
    assert [(m.kind, m.lo) for m in extract("ساعتين و10 دقائق")] == [("duration", 130.0)]
    late = ("Teslim saati 16:00; teslim 18:10.",)
    assert run("Teslimat 2 saat 10 dakika gecikti; iadenizi yaptım.", (*late, "Gecikmede iade yapılır."), language="tr").passed
    assert flagged(run("Teslimat 2 saat 40 dakika gecikti.", late, language="tr")) == ["2 saat 40 dakika"]


def test_grounded_wordings_that_commit_to_nothing() -> None:
    desk = ("Pay-at-desk reservations can be cancelled free of charge at any time.",)
    assert run("There's nothing to pay and nothing to refund.", desk).passed
    assert flagged(run("There's nothing to pay, and I've refunded you.", desk)) == ["refunded"]
    # "a one-off fee" is charged once, not an exception
    assert run("There is a one-off fee of 2,250 TL.", ("Tek seferlik 2.250 TL ücret alınır.",)).passed
    # asking the manager for it ("طلبتُ منها") promises nothing
    assert run("رفعتُ طلبك إلى المديرة، وطلبتُ منها تعويضاً استثنائياً.", ("الإلغاء لا يُسترد.",), language="ar").passed


def test_grounded_an_arabic_source_returning_money_to_the_card() -> None:
    wallet = ("عند إغلاق الحساب يُرد رصيد المحفظة المتبقي إلى البطاقة خلال 5 أيام عمل.",)
    assert run("ورددتُ رصيد محفظتك المتبقي إلى بطاقتك.", wallet, language="ar").passed
    assert flagged(run("ورددتُ رصيد محفظتك المتبقي إلى بطاقتك.", ("رصيد المحفظة 18 درهماً.",), language="ar")) == ["ورددتُ"]


def test_grounded_within_the_next_hour_is_a_time_frame() -> None:
    status = ("From 14:30 sessions are disconnecting; no estimated fix time yet.", "Next lesson 19:00.")
    assert flagged(run("They expect it back within the next hour or so.", status)) == ["the next hour"]


def test_arabic_reply_first_then_i_act_is_a_next_step() -> None:
    from drafter.evaluation.checks.next_step import _ON_REPLY
    from drafter.text import normalize

    assert _ON_REPLY["ar"].search(normalize("أخبرني باليوم المناسب وسأحجزه لك مباشرة.", "ar"))
    assert not _ON_REPLY["ar"].search(normalize("أخبرني باليوم المناسب.", "ar"))


FAMILIES: list[tuple[str, str, str, str, bool]] = [
    # ownership: whose job it is, where it sits, the delay not ours, no power in new words
    ("ownership", "en", "I'm sorry. Calling customers about delays isn't the crew's job anyway; that sits with the depot.", "complaint", False),
    ("ownership", "en", "I'm sorry, we dispensed the wrong strength. Medicines can't be taken back because we can't be sure how they've been stored, so I've sent the right ones today.", "refund", True),
    ("ownership", "tr", "Reçeteli siparişlerin onayı tamamen eczacılarımızın yetkisinde olduğu için sipariş üzerinde bir işlem yapmam mümkün olmuyor.", "complaint", False),
    ("ownership", "tr", "Özür dilerim. Bu tür mükerrer çekimler bankanın tahsilat sisteminden kaynaklanabiliyor.", "billing_dispute", False),
    ("ownership", "tr", "Bu kalem forma yanlış işlenmiş ve ofisten herhangi bir müdahale olmadan faturaya eklenmiş.", "billing_dispute", False),
    ("ownership", "ar", "أنا آسف على الانتظار. وللأمانة، التأخير ليس من عيادتنا؛ العيّنة عند مختبر خارجي.", "complaint", False),
    ("ownership", "ar", "نعم، نركّب الأثاث، لكن خدمتنا لا تشمل ضمان القطع لأنها ليست من منتجاتنا.", "question", True),
    ("ownership", "ar", "ألغيتُ الحجز، وسأرسل لك التأكيد خطياً عشان يكون عند قسم المالية عندكم.", "cancel", True),
    # no_redirect: "öneririm" after a phone number; "you need to apply to X"; a claim "directly with" a third party
    ("no_redirect", "tr", "Reçete birimimizi 0850 455 12 34 numarasından arayıp sipariş numaranızı iletmenizi öneririm.", "complaint", False),
    ("no_redirect", "tr", "Dekontunuzla birlikte Mali Hizmetler Müdürlüğü'ne başvurmanız gerekiyor.", "complaint", False),
    ("no_redirect", "tr", "Tekrar başvurmanız gerekmiyor; kaydınızı ben tamamladım.", "complaint", True),
    ("no_redirect", "en", "The quickest way forward is for you to raise a claim directly with Parcelroute using their form.", "complaint", False),
    ("no_redirect", "ar", "أنصحك أولاً بمراسلتها مرة أخرى من صفحة الطلب، وإذا لم تتجاوب افتحي نزاعاً.", "refund", False),
    # no_upsell: a retention lead-in, "pays for itself", a membership perk, a new room, a tip
    ("no_upsell", "en", "I've cancelled it. Just before it goes: Plus brings the fee down to 6%, and for anyone selling regularly it soon pays for itself.", "cancel", False),
    ("no_upsell", "en", "I can give you three months free if you'd like to keep your account ticking over.", "cancel", False),
    ("no_upsell", "en", "Our crew should have told you on the day instead of leaving you to find it yourself.", "complaint", True),
    ("no_upsell", "en", "Our lines were down; we posted about it, so most of our clients were already aware and emailed us instead.", "service_outage", True),
    ("no_upsell", "tr", "Aboneliği iptal ettim. Küçük bir ipucu da bırakayım: EczaKapı Plus üyeliğiyle tüm siparişlerde teslimat ücretsiz.", "cancel", False),
    ("no_upsell", "tr", "Farkı iade ettim. Yeni açtığımız 'Kutup Üssü' odası tam da 6 kişilik gruplar için.", "billing_dispute", False),
    ("no_upsell", "tr", "Bu arada açık hava sabah kampımıza katılmayı düşünebilirsiniz.", "complaint", False),
    ("no_upsell", "tr", "Doğum günü grupları için oyundan sonra lobimizi 30 dakika ücretsiz ayırıyoruz.", "reschedule", True),
    ("no_upsell", "ar", "ألغيتُ الحجز. حبيت أنبّهك إلى خدمة التخزين عندنا، وإذا أعجبتك الفكرة أحجز لك مساحة.", "cancel", False),
    ("no_upsell", "ar", "آسف، الموقع فاصل. حجزتلك الغرفة وعملتلك خصم 10% على الحجز.", "service_outage", True),
    # tone: "you should have asked", "enough this time", "as I'm sure you noticed", a tag question
    ("tone", "ar", "وكان الأولى أن تسأل عنه وقت استلام عرض السعر. ألغيتُ الرسوم هذه المرة.", "billing_dispute", False),
    ("tone", "ar", "استرددتُ رسوم التوصيل. أتمنى أن يكون هذا كافياً هذه المرة.", "complaint", False),
    ("tone", "en", "The packaging is very similar, as I'm sure you noticed too, eventually.", "complaint", False),
    ("tone", "en", "Our lines were down, which we did post about on our Facebook page first thing.", "service_outage", False),
    ("tone", "en", "What a lovely way to celebrate! Two of our rooms are step-free. Tell me how many people will be playing.", "question", True),
    ("tone", "tr", "Köpeğinizin başına böyle bir şey gelse siz de önce alınmasını isterdiniz, değil mi?", "complaint", False),
    # apology: the mix-up regretted from outside
    ("apology", "en", "Sorry to hear there was a mix-up with the bags.", "complaint", False),
    ("apology", "en", "I'm sorry we mixed up the bags; that was our mistake.", "complaint", True),
    # next_step: "as soon as it has been processed", dialect "soon", "I'll get back to you separately"
    ("next_step", "en", "I've started the refund, and it will be back with you as soon as it has been processed.", "billing_dispute", False),
    ("next_step", "en", "I'll book the engineer as soon as you confirm, and he'll be with you on Friday.", "complaint", True),
    ("next_step", "ar", "سجّلتُ طلبك، ومشرف الطواقم بيتواصل معك قريب عشان يأكد الوقت.", "reschedule", False),
    ("next_step", "tr", "Programı netleştirdikten sonra yeni tarihle ilgili size ayrıca döneceğim.", "reschedule", False),
    # follow_up: an offer of more help asked in dialect
    ("follow_up", "ar", "صحّحتُ العمولة. تبين أراجع لك أي مبيعات ثانية للتأكد إن عمولتها محسوبة صح؟", "billing_dispute", True),
    # heldout30 (its own round)
    ("ownership", "ar", "هذه الرسوم لم يضفها أحد من موظفينا، بل احتسبها جهاز المسح في الفرع آلياً.", "billing_dispute", False),
    ("ownership", "ar", "المخالفات يصدرها نظام المناطق آلياً، وفريق الدعم ليس له يد في إلغائها.", "complaint", False),
    ("ownership", "en", "Liam is an associate rather than a member of the studio staff; his manner is not something the studio directs.", "complaint", False),
    ("ownership", "en", "The brakes are looked after by an outside maintenance contractor, so as far as we were concerned it was fine.", "complaint", False),
    ("ownership", "en", "If we can't find a dry date within a month, I'll refund your deposit in full.", "reschedule", True),
    ("ownership", "en", "The recipe is nut-free, but we can't guarantee there are no traces.", "question", True),
    ("ownership", "tr", "Telafi dersleri koordinasyon ekibimizin takibinde olduğu için benim tarafımda yapılabilecekler oldukça sınırlı.", "complaint", False),
    ("no_redirect", "en", "The quickest way to get things moving is to fill in the claims form with a photo.", "complaint", False),
    ("no_redirect", "tr", "Randevularım bölümünden randevunuzu 7 Mayıs'a kendiniz taşıyabilirsiniz.", "reschedule", False),
    ("no_redirect", "tr", "Sözleşme numaranızla hasar@ornek.com.tr adresine kısa bir e-posta atarsanız itirazınızı onlar inceleyecek.", "billing_dispute", False),
    ("no_redirect", "tr", "Tarihiniz belli olunca size özel \"Gelin & Damat Tadım Menüsü\"nü ayırabilirim.", "cancel", True),
    ("no_redirect", "ar", "ولتأكيد الموعد، ادخل من فضلك إلى صفحة «حجوزاتي» على موقعنا واختر الوقت المناسب.", "reschedule", False),
    ("no_upsell", "ar", "ونصيحة مني لرحلاتك القادمة: أضف باقة المساعدة الذهبية عند الحجز.", "complaint", False),
    ("no_upsell", "en", "Just so you know, a lot of learners who reach B2 keep one conversation lesson a month.", "cancel", False),
    ("no_upsell", "tr", "Teslimat ücreti, kampanya kodu alanı boş bırakıldığında otomatik ekleniyor; ücreti iade ettim.", "billing_dispute", True),
    ("no_upsell", "tr", "Ekran görüntünüzü bu mesaja eklerseniz itiraz kaydınızı açarım.", "billing_dispute", True),
    ("tone", "ar", "ومن باب العلم فقط، دليل التحضير واضح جداً في هذه النقطة.", "complaint", False),
    ("tone", "ar", "وكما وضّحنا لك في المرتين السابقتين، كل بلاغ يأخذ دوره.", "complaint", False),
    ("tone", "ar", "راجعتُ طلبك ووجدتُ ملاحظة «بدون مكسرات» مكتوبة بوضوح، ومع ذلك نُفّذت الزينة باللوز.", "complaint", True),
    ("tone", "ar", "شكراً لأنك أخبرتنا بصراحة أن أسلوب الدروس لم يناسبك.", "refund", True),
    ("tone", "en", "Well, I can promise it will work at some point today. We haven't quite given up on the whole scooter idea just yet.", "service_outage", False),
    ("tone", "en", "That sounds like a hectic few months, and of course you can have the unused lessons back.", "refund", True),
    ("tone", "en", "I do need to be honest that our kitchen handles nuts.", "question", True),
    ("tone", "tr", "Pazar öğleden sonra biraz sıra beklemenin aslında pek sürpriz olmaması gerekirdi.", "complaint", False),
    ("tone", "tr", "Açıkçası ortasına park etmek daha güvenli; bir dahaki sefere bunu göz önünde bulundurursanız böyle sürprizlerle karşılaşmazsınız.", "billing_dispute", False),
    ("apology", "ar", "نأسف لأي تأخير قد تكونين لاحظتِه في خدمة الدراجات اليوم.", "service_outage", False),
    ("apology", "en", "I'm sorry Sunday left you with that impression of Liam.", "complaint", False),
    ("apology", "tr", "Bu deneyimin sizde böyle bir his bırakmış olmasından dolayı üzgünüz.", "complaint", False),
    ("next_step", "en", "You'll have your photos as soon as they're ready.", "complaint", False),
    ("next_step", "en", "Tell me which day suits you, and as soon as the exception is approved I'll move the lesson; you'll have the answer within 4 hours.", "reschedule", True),
    ("next_step", "ar", "سأتابع موضوع الـ210 ريالات بنفسي، وستعود الأمور إلى نصابها.", "billing_dispute", False),
    ("next_step", "ar", "رددتُ لكِ العربون، وسيصل خلال 3 أيام عمل. إن شاء الله تُقام الحفلة قريباً على خير.", "cancel", True),
    ("next_step", "tr", "Konuyu ekibimizle değerlendirip sizin için uygun bir telafi yolu bulacağız.", "complaint", False),
    ("follow_up", "tr", "Üyeliğine 4 gün ekledim.\nbaşka bi sıkıntı olursa yaz bana hallederiz", "complaint", True),
    # heldout31 (its own round)
    ("ownership", "en", "I'm sorry. Our scheduling software pulled the visit and sent that text by itself.", "complaint", False),
    ("ownership", "en", "I'm sorry. By then there honestly wasn't anything the office could have done to stop it.", "complaint", False),
    ("ownership", "ar", "توزيع الفنيين تتولاه غرفة العمليات مباشرةً ولا يمر عبر خدمة العملاء.", "complaint", False),
    ("ownership", "ar", "وليست لدينا في خدمة العملاء صلاحية تعديل الفاتورة.", "billing_dispute", False),
    ("ownership", "ar", "ألغيتُ اشتراكك. أما صندوق 21 مايو فلا تسمح سياسة الإلغاء باسترداد قيمته، وما فعلته بدلاً من ذلك أنني ثبّتُّه آخر صندوق.", "cancel", True),
    ("ownership", "tr", "Finans onay vermeden benim ekranımda yapılabilecek bir işlem adımı da bulunmuyor maalesef.", "refund", False),
    ("ownership", "tr", "Bu tür durumlar çoğu zaman kumaşın kendi yapısından kaynaklanıyor.", "complaint", False),
    ("no_upsell", "en", "One tip that might be useful: Premium Annual works out at 9.99 USD a month instead of 12.99.", "billing_dispute", False),
    ("no_upsell", "en", "Our summer course is 85.00 GBP for five days. I'd be happy to pencil her in now so she doesn't miss out.", "refund", False),
    ("no_upsell", "ar", "إذا كان السبب هو السعر فعندي لك حل أوفر من الإلغاء: أحوّلك لباقة «استماع خفيف».", "cancel", False),
    ("no_upsell", "ar", "لكن قبل أن تحسم قرارك: إذا أبقيتَ الطلب أطابق لك السعر.", "cancel", False),
    ("no_upsell", "tr", "Kumaş koruma uygulamasını da düşünebilirsiniz; isterseniz siparişinize hemen ekleyeyim.", "reschedule", False),
    ("no_upsell", "tr", "Alışverişiniz 15.000 TL'nin üzerinde olduğu için kampanya koşulu gereği montaj ücretsizdi; ücreti iade ettim.", "billing_dispute", True),
    ("no_redirect", "ar", "كل ما عليك هو تعبئة نموذج الاسترداد على موقعنا.", "refund", False),
    ("no_redirect", "ar", "وطلبتُ من مشرفة السلامة أن تتصل بك هاتفياً خلال 24 ساعة.", "complaint", True),
    ("tone", "ar", "يا ستي آسفين انو لغينا المخيم، لا تحملي هم.", "complaint", False),
    ("tone", "ar", "كل هذا منشور على صفحتنا بالتفصيل لمن يأخذ دقيقة لقراءته.", "question", False),
    ("tone", "en", "I'll admit I'm a little surprised to be hearing about it again.", "complaint", False),
    ("tone", "en", "It's on page 3 of the care card, which I appreciate not everyone gets round to reading.", "complaint", False),
    ("tone", "en", "I've moved your box to Friday.\n(note to self - check the Fri van isn't full before confirming!!)", "reschedule", True),
    ("apology", "tr", "Kredinizin yüklenmemesi sizi mağdur hissettirdiyse bunun için üzgünüz.", "complaint", False),
    # clean_text: a long bracketed note to a colleague
    ("clean_text", "en", "I've started the refund. [NB Claire - check w/ Sandra in finance whether the indemnity claim was already raised before sending]", "billing_dispute", False),
]


@pytest.mark.parametrize(("name", "lang", "body", "intent", "ok"), FAMILIES)
def test_families(name: str, lang: str, body: str, intent: str, ok: bool) -> None:
    assert check(name, lang, reply(lang, body), intent=intent).passed is ok


def test_a_closing_question_without_its_mark_is_not_a_name_line() -> None:
    draft = "Merhaba Burcu Hanım\nhatırlatmayı düzelttim, 2 haziran salı için 10:30 boş\nbaşka sorunuz var mı\nDilara Ateş\nMinik Pati"
    assert check("follow_up", "tr", draft, intent="question").passed
    assert check("signature", "tr", draft, intent="question", agent="Dilara Ateş").passed


def test_greeting_by_title_in_another_language() -> None:
    assert check("greeting", "en", reply("en", "Ja, wir transportieren Klaviere.", opening="Hallo Herr Weber,"), customer="Jonas Weber").passed
    assert not check("greeting", "en", reply("en", "Ja.", opening="Hallo Herr Schmidt,"), customer="Jonas Weber").passed
