"""Generalisations from the blind round of the fifth session (heldout23): each family,
with the near miss it must still catch."""

from __future__ import annotations

import pytest
from test_checks import check, reply
from test_grounded import flagged, run


def test_grounded_a_written_out_sum_backs_its_result() -> None:
    tariff = ("Unlock 15 TL, 3,10 TL per minute.", "Charged: 697,00 TL.", "Overcharges are refunded.")
    worked = "Recalculated: 15 TL unlock + 14 x 3,10 TL = 58,40 TL, so I've refunded the other 638,60 TL."
    assert run(worked, tariff).passed
    # wrong arithmetic backs nothing, and neither does a sum of amounts no source states
    assert "58,90 TL" in flagged(run("15 TL unlock + 14 x 3,10 TL = 58,90 TL.", tariff))
    assert "70,00 TL" in flagged(run("20 TL + 50 TL = 70,00 TL.", tariff))
    # a percentage taken off a stated amount
    price = ("Suit bought for 12.000 TL.",)
    assert "11.280 TL" not in flagged(run("12.000 TL - %6 = 11.280 TL.", price, language="tr"))
    assert "11.000 TL" in flagged(run("12.000 TL - %6 = 11.000 TL.", price, language="tr"))


def test_grounded_half_in_a_source_backs_half_an_amount() -> None:
    assert run("I've refunded 600,00 TL of the 1.200,00 TL deposit.", ("Late cancellations get half of the deposit back.", "Deposit 1.200,00 TL.")).passed
    assert run("أضفتُ رصيداً بقيمة 90 درهماً.", ("الاشتراك 180 درهماً شهرياً.", "يُضاف رصيد بقيمة نصف الاشتراك الشهري."), language="ar").passed
    assert flagged(run("I've refunded 600,00 TL of the 1.200,00 TL deposit.", ("Deposit 1.200,00 TL, not refundable.",))) == ["600,00 TL"]


def test_grounded_a_surcharge_with_a_plus_sign_is_an_amount() -> None:
    promo = ("Comfort Fit boots: +6.00 EUR per day on any junior package.",)
    assert run("Comfort Fit boots are 6.00 EUR a day extra.", promo).passed
    assert flagged(run("Comfort Fit boots are 8.00 EUR a day extra.", promo)) == ["8.00 EUR"]


def test_grounded_ages_and_abbreviated_years() -> None:
    assert run("Sixteen years is a long and well-loved life.", ("Pepper (cat, 16 yrs), monthly premium 18.90 GBP.",)).passed
    assert run("She was put in the 9-year-old age band instead of the one for a 4-year-old.", ("Actual age 4.",)).passed
    assert flagged(run("Your cover lasts 4 years.", ("Cover for 1 year.",))) == ["4 years"]


def test_grounded_spans_between_dates_in_whole_weeks() -> None:
    claim = ("History requested on 5 March 2026; received 20 March 2026.",)
    assert run("The vet took over two weeks to send the history.", claim).passed
    assert flagged(run("The vet took over three weeks to send the history.", claim)) == ["three weeks"]


def test_grounded_start_of_a_named_month_backs_its_first_day() -> None:
    ask = "أرجو إلغاء الاشتراك من بداية أبريل."
    assert run("ألغيتُ الاشتراك ابتداءً من 1 أبريل 2026.", ("اشتراك فبراير – مايو 2026.",), message=ask, language="ar").passed
    assert run("Cancelled from 1 May.", (), message="Please stop it from the beginning of May.").passed
    assert flagged(run("Cancelled from 2 May.", (), message="Please stop it from the beginning of May.")) == ["2 May"]


def test_grounded_source_wordings_of_waivers_compensation_and_refunds() -> None:
    assert run("There's no fee for ending it early.", ("The agreement can be ended with no early-termination fee.",)).passed
    assert run("Tazminat hakkınız var.", ("Zarar gören ürünlerde tutar tazmin edilir.",), language="tr").passed
    assert run("رددتُ لك المبلغ.", ("يحق للموظفة رد المبالغ المحصلة بالخطأ.",), language="ar").passed
    # "ورد المبلغ" is "the amount arrived", no refund
    assert flagged(run("رددتُ لك المبلغ.", ("ورد المبلغ إلى حسابنا في 3 مارس.",), language="ar")) == ["رددتُ"]


def test_grounded_a_share_of_a_periods_price() -> None:
    src = ("Monthly fee 300.00 GBP, billed on a 30-day cycle.", "Outages over 12 hours earn a credit worth 2 days of service.")
    assert run("I've added a 20.00 GBP credit for the outage.", src).passed
    assert flagged(run("I've added a 40.00 GBP credit for the outage.", src)) == ["40.00 GBP"]


def test_grounded_arabic_sources_with_the_verb_first_or_the_money_first() -> None:
    no_fee = ("يسري إلغاء الاشتراك في نهاية الفترة المدفوعة، ولا تُفرض رسوم إلغاء.",)
    assert run("ألغيتُ التجديد، دون أي رسوم إلغاء.", no_fee, language="ar").passed
    returned = ("الرسوم المكررة تُعاد كرصيد في الفاتورة التالية أو إلى البطاقة خلال 7 أيام عمل.",)
    assert run("ألغيتُ الرسم المكرر، وقمتُ بإعادة المبلغ إلى بطاقتك.", returned, language="ar").passed
    assert flagged(run("ألغيتُ الرسم المكرر، وقمتُ بإعادة المبلغ إلى بطاقتك.", ("المبلغ يعادل 35 ريالاً.",), language="ar"))


def test_grounded_heldout27_families() -> None:
    # "16h30" is a clock time; "ayar" is an adjustment, not a month
    assert run("Vous pouvez les récupérer au bureau de 8h30 à 16h30.", ("Open 8:30-16:30 on weekdays.",)).passed
    assert run("Bir ayar daha yaptım; ücretsiz.", ("Ayar ziyaretleri ücretsizdir.",), language="tr").passed
    # an 8-week pack for 3.600 TL is 450 TL a week
    assert run("Haftası 450,00 TL'ye geliyor.", ("Maker Kulübü: 8 haftalık paket 3.600,00 TL.",), language="tr").passed
    assert flagged(run("Haftası 500,00 TL'ye geliyor.", ("Maker Kulübü: 8 haftalık paket 3.600,00 TL.",), language="tr")) == ["500,00 TL"]
    # a stay counted inclusively; the next Monday after a stated Friday
    assert run("I'll activate permits for 1 to 10 July.", (), message="My parents are staying for 10 days from 1 July.").passed
    ready = ("Order ready; collection planned Friday 12 June 2026 17:00.",)
    assert run("I've moved your collection to Monday 15 June.", ready, message="Could I collect on Monday instead?").passed
    assert flagged(run("I've moved your collection to Monday 16 June.", ready, message="Could I collect on Monday instead?"))
    # "within the hour" is a time frame like "within an hour"
    assert flagged(run("It should be back up within the hour.", ("Engineers working on a fix; no restoration time yet.",))) == ["the hour"]
    # Arabic: the deposit and billing differences returned, the money named first
    assert run("ألغيتُ الحجز، وسيُرد العربون كاملاً.", ("الإلغاء قبل 7 أيام: يُرد العربون كاملاً خلال 5 أيام عمل.",), language="ar").passed
    assert run("رددتُ الفرق إلى بطاقتك.", ("فروق الفوترة الخاطئة يردّها الموظف إلى وسيلة الدفع.",), language="ar").passed


def test_greeting_by_the_short_name_the_customer_signs_with() -> None:
    from drafter.evaluation.base import EvalContext
    from drafter.evaluation.checks.greeting import greeting
    from drafter.schemas import ScoringInput

    def greet(top: str, message: str) -> bool:
        case = ScoringInput.model_validate(
            {"language": "en", "customer": {"name": "Jasmine Kaur"}, "message": message, "draft": f"{top}\n\nI've moved it.\n\nBest,\nSam"}
        )
        return greeting(EvalContext(case)).passed

    assert greet("Hi Jas,", "Can I move my lesson?\n\nThanks, Jas")
    assert not greet("Hi Jas,", "Can I move my lesson?\n\nThanks, Jasmine")
    assert not greet("Hi Jo,", "Can I move my lesson?\n\nThanks, Jas")


def test_grounded_a_free_count_with_the_price_named_later() -> None:
    guests = ("Hot desk members may bring up to 2 guest days per month free of charge.",)
    assert flagged(run("You can bring up to 3 guest days a month at no charge.", guests))
    assert run("You can bring up to 2 guest days a month at no charge.", guests).passed


FAMILIES: list[tuple[str, str, str, str, bool]] = [
    # ownership: no control, whose hands it is in, no authority
    ("ownership", "tr", "Özür dilerim. Bu tür kaymalar maalesef çağrı merkezinin kontrolünde olan bir şey değil.", "complaint", False),
    ("ownership", "tr", "Geçmiş olsun. İade kararları tamamen finans biriminin elinde.", "refund", False),
    ("ownership", "tr", "Geçmiş olsun. Benim bu aşamada yapabildiğim tek şey talebinizi onlara aktarmak.", "refund", False),
    ("ownership", "tr", "Özür dilerim, en özel gecenizi gölgelediğimiz için kendimi affedemiyorum. İadenizi bugün başlattım, 10 iş günü içinde hesabınızda.", "complaint", True),
    ("ownership", "tr", "Özür dilerim. Uygulamaya sabah erişilemiyordu; arızayı giderdik ve ücretinizi iade ettim.", "service_outage", True),
    ("ownership", "ar", "أتفهم الانتظار. التحويل يرجع بالكامل لقسم المالية، وليس لنا في خدمة العملاء أي سيطرة على توقيته.", "refund", False),
    ("ownership", "ar", "بنتفهّم انزعاجك. أنا ما عندي صلاحية قدّم موعد على الجدول.", "complaint", False),
    ("ownership", "ar", "أنا آسفة للتأخير. حجزتُ لك زيارة فني غداً الساعة 10 صباحاً.", "complaint", True),
    # tone: condescension, minimising, a joke at the customer's expense
    ("tone", "en", "I understand renewal letters can be a shock if you're not familiar with how pet insurance pricing works.", "billing_dispute", False),
    ("tone", "en", "I've refunded the day. A quick check at the counter would have caught this long before the lesson.", "complaint", False),
    ("tone", "en", "I've refunded the day and checked the boots myself before tomorrow's lesson.", "complaint", True),
    ("tone", "tr", "Özür dilerim. Şaka bir yana, çakışmanın bizden kaynaklandığını gördüm.", "complaint", False),
    ("tone", "tr", "Özür dilerim. Temel kurallara uyarsanız bu tür sorunlar pek yaşanmaz.", "complaint", False),
    ("tone", "tr", "Bu konuyu bize tekrar tekrar yazmak zorunda kaldığınızı görüyorum; fazla alınan 45 TL'yi iade ettim.", "complaint", True),
    ("tone", "tr", "Özür dilerim. 280 TL'yi iade ettim, üstüne gönlünüz olsun diye 150 TL'lik bir hediye çeki tanımladım.", "complaint", True),
    ("tone", "ar", "نأسف لذلك. فالأمر في الحقيقة لم يكن بالحجم الذي قد يبدو لك.", "complaint", False),
    ("tone", "ar", "ألغيتُ اشتراكك، يعني ما رح ينسحب منك أي مبلغ بعده.", "cancel", True),
    ("tone", "ar", "أعرف أنك طلبتِ المبلغ كاملاً، لذلك أوضح لك الفرق بصراحة: رسوم التأشيرة لا تُسترد.", "refund", True),
    # no_upsell: a was-price promo, a quote, social proof, undoing a cancellation, an express option priced
    ("no_upsell", "en", "I've refunded it. We're fitting humidity control systems for 349.00 GBP until 31 May (normally 420.00 GBP).", "billing_dispute", False),
    ("no_upsell", "en", "I've cancelled the policy. Whenever you feel ready, I'd be glad to put together a quote for Rufus.", "cancel", False),
    ("no_upsell", "en", "I've booked the tuning for Monday, and it will be charged at half price.", "complaint", True),
    ("no_upsell", "tr", "Üyeliğinizi iptal ettim. İptali geri alıp üyeliğinizi yeni şehrinizde sürdürmek isterseniz tek bir mesaj yeterli.", "cancel", False),
    ("no_upsell", "tr", "Teslimat ücretinizi iade ettim. Ekspres'i tercih ederseniz sipariş başı 250 TL farkla aynı gün teslim alırsınız.", "complaint", False),
    ("no_upsell", "tr", "Randevunuzu erteledim; isterseniz 3 Haziran'ı tercih ederseniz o gün de uygun.", "reschedule", True),
    ("no_upsell", "ar", "أنا آسف. ألغينا زيارتك ثم عرضنا عليك موعداً بعد 10 أيام، فحجزتُ لك زيارة خلال 24 ساعة.", "complaint", True),
    # apology: events regretted, not our part
    ("apology", "en", "I'm glad you weren't hurt, and I'm sorry the day turned out that way.", "complaint", False),
    ("apology", "en", "It's regrettable that this happened during a routine lift.", "complaint", False),
    # no_redirect and clean_text
    ("no_redirect", "ar", "تغيير يوم التوصيل لازم يتعدّل من التطبيق. تقدرين تدخلين على تطبيق «عذب» وتختارين يوم الاثنين.", "reschedule", False),
    ("clean_text", "ar", "سجّلتُ تالا في رحلة العودة المتأخرة يوم الثلاثاء.\n(ملاحظة لنوف: تأكدي من توفر سائق قبل الإرسال)", "reschedule", False),
    # heldout24 (its own round): the system acted, whose hands, no control
    ("ownership", "en", "I'm sorry. Getting it working again isn't something we have any control over from here.", "service_outage", False),
    ("ownership", "en", "I'm sorry. That part of the timeline sits entirely with them.", "complaint", False),
    ("ownership", "tr", "Özür dilerim. Bu aktarım otomatik bir süreçle yapıldığı için süreç üzerinde doğrudan bir kontrolümüz bulunmuyor.", "billing_dispute", False),
    ("ownership", "tr", "Çok özür dilerim, talimatı ekibe aktaramadık; bu tamamen bizim hatamız. Ücreti iade ettim.", "complaint", True),
    ("ownership", "ar", "أنا آسف. يبدو أن رسوم الانتظار أضافها نظام الاحتساب الآلي.", "billing_dispute", False),
    ("ownership", "ar", "أنا آسفة. أعاد النظام توجيه الفني آلياً إلى طلب آخر.", "complaint", False),
    ("ownership", "ar", "أنا آسف. طلبات الاسترداد لا تمر عبرنا مباشرة، بل تُحال تلقائياً إلى قسم المدفوعات.", "refund", False),
    ("ownership", "ar", "نتفهم ذلك. العطل كان لدى مزوّد الدفع، وهو أمر خارج عن نطاق تحكّمنا.", "service_outage", False),
    # tone: pointing the customer to the manual, "this time either", "don't say we didn't warn you"
    ("tone", "en", "I'd gently point you to our guide, which covers this in bold on the very first page.", "question", False),
    ("tone", "en", "You can upgrade until 31 July, so I wouldn't leave it to the last minute this time either.", "question", False),
    ("tone", "tr", "Bir dahaki sefere uçuşlarınız kesinleştikten sonra rezervasyon yaparsanız herkes için daha kolay olur.", "reschedule", False),
    ("tone", "ar", "من المعروف أن ملاعب العشب الصناعي تتأثر بالاستخدام، ولا نظن أن أحداً يتوقع غير ذلك.", "complaint", False),
    ("tone", "ar", "ألغيتُ اشتراكك، لكن لا تقولي إننا لم ننبّهك.", "cancel", False),
    # no_upsell: a bundle "worth knowing", social proof with a package, "why not try"
    ("no_upsell", "en", "I've refunded 40.00 AUD. It might be worth knowing that our 10-lesson bundle is 690.00 AUD.", "complaint", False),
    ("no_upsell", "tr", "Kaydınızı kapattım. Kursiyerlerimizin birçoğu döndüklerinde Yoğun Paketimizle sınavı geçiyor.", "cancel", False),
    ("no_upsell", "ar", "ألغيتُ اشتراككم. لماذا لا تجرّبون اشتراك «ملعبنا بلس»؟ إن أحببتم، أفعّله لكم الآن.", "cancel", False),
    ("no_upsell", "ar", "أنا آسفة على التأخير. أستطيع حجزها لك غداً الساعة 10 صباحاً.", "complaint", True),
    # apology: the feeling or the evening regretted
    ("apology", "en", "I'm sorry the wait has been so frustrating.", "complaint", False),
    ("apology", "en", "Oof - sorry that wasn't the sachet you were expecting!", "complaint", False),
    ("apology", "ar", "يؤسفنا أن أمسيتكم انتهت على هذا النحو.", "service_outage", False),
    # next_step: "the usual time", "will be looked into", "I'll try to find"
    ("next_step", "ar", "أصدرنا الاسترداد، وسيصلك المبلغ في وقته المعتاد.", "refund", False),
    ("next_step", "ar", "ألغيتُ اشتراككم، وسيُنظر في إرجاع قيمة الحجزين ضمن الإجراءات المعتادة.", "cancel", False),
    ("next_step", "tr", "Ücret kısmını değerlendirip sizin için uygun bir çözüm bulmaya çalışacağım.", "complaint", False),
    ("next_step", "tr", "Ücreti iade ettim; tutar 5 iş günü içinde kartınıza geçecek.", "complaint", True),
    # heldout25 (its own round)
    ("ownership", "en", "I'm sorry. The hold-up was on the distributor's side, and there wasn't a great deal anyone at the branch could do.", "complaint", False),
    ("ownership", "en", "I'm sorry. That side of things sits outside what we at the box office can control.", "complaint", False),
    ("ownership", "tr", "Bu tür çekimler genellikle bankanın talimatı zamanında kapatmamasından kaynaklanıyor.", "billing_dispute", False),
    ("ownership", "tr", "İadelerin onaylanması depo ekibinin inisiyatifinde; benim sürece bir katkım olamıyor.", "refund", False),
    ("ownership", "ar", "التطبيق يواجه عطلاً تقنياً، والأمر بيد الفريق التقني.", "service_outage", False),
    ("ownership", "ar", "الخصم الثاني صادر عن بوابة الدفع وليس عن تطبيق دواكم.", "billing_dispute", False),
    ("no_upsell", "en", "I've confirmed the refund. It's also worth knowing that Friends of the theatre get first choice of seats.", "refund", False),
    ("no_upsell", "en", "The new tube is free. A lot of riders on routes like yours have moved to our tubeless conversion.", "complaint", False),
    ("no_upsell", "en", "The drop-outs come from the network supplier. They're due to upgrade the link on 20 March.", "service_outage", True),
    ("no_upsell", "tr", "Sözleşmenizi iptal ettim. Taşınan müşterilerimizin büyük kısmı sözleşmesini bitirmek yerine Ev Paketi'ne geçiyor.", "cancel", False),
    ("no_upsell", "ar", "ألغيتُ عقدك. يمكنني نقل عقدك إلى عنوانك الجديد بدل إلغائه.", "cancel", False),
    ("no_upsell", "ar", "أنا آسفة. الخصم 20% من 350 ريالاً يساوي 70 ريالاً، وقد أعدتُ هذا المبلغ إليك.", "billing_dispute", True),
    ("apology", "en", "We're sorry to hear Pippa didn't enjoy her walk on 10 March.", "complaint", False),
    ("apology", "ar", "يؤسفنا أن جلستك لم تكن بالمستوى الذي تتوقعينه منا.", "complaint", False),
    ("apology", "ar", "أنا آسفة، هذه ثالث مرة تكتب لنا عن المشكلة نفسها ولم نحلّها بعد.", "complaint", True),
    ("no_redirect", "ar", "فتحتُ بلاغاً. ولتحديد موعد المعاينة، يرجى الاتصال بفريق الجودة على 800-3473.", "complaint", False),
    ("next_step", "ar", "الاسترداد نُفّذ من جهتنا، فالمسألة مسألة وقت لا أكثر.", "refund", False),
    ("next_step", "tr", "Uygun saatleri netleştirip size daha sonra dönüş yapacağım.", "reschedule", False),
    ("tone", "en", "As I'm sure the guide already explains, the cable goes into the blue port. It really is that simple once you spot it.", "question", False),
    ("tone", "en", "I'm sorry. You should have known exactly what you were paying for; I've relabelled both seats.", "complaint", True),
    ("tone", "en", "The captions are easiest to read from stalls rows D to K.", "question", True),
    ("tone", "ar", "والقاعدة مذكورة بوضوح في رسالة التأكيد، وأفترض أنك قرأتها.", "complaint", False),
    # heldout26 (its own round)
    ("ownership", "tr", "Gecikme tamamen teslimatı yapan firmanın tarafında oluşmuş.", "complaint", False),
    ("ownership", "tr", "Sipariş teslim edildi olarak kapandığında iade benim ekranımdan açılamıyor, ancak üst birimin onayıyla değiştirilebiliyor.", "refund", False),
    ("ownership", "ar", "الرقم لم يصدر عنّا، بل هو تقدير أرسلته إدارة القاعة، فالخطأ من طرفهم.", "billing_dispute", False),
    ("ownership", "ar", "طلبات الإرجاع تمرّ بمراجعة داخلية، والنظام يُصدر موافقة الإرجاع تلقائياً عند اكتمالها.", "refund", False),
    ("ownership", "ar", "الإلغاء بأثر رجعي لا يُعدَّل من المحادثة بل من الفرع الذي استلم الطلب.", "billing_dispute", False),
    ("tone", "en", "Renewals are automatic - it's all explained there, so hopefully that clears up the 'didn't realise' part.", "refund", False),
    ("tone", "en", "These are used devices, after all, and a bit of wear is part of the deal.", "complaint", False),
    ("tone", "en", "Ah, that's a classic! Easy fix though - I've sent three lavenders out.", "complaint", False),
    ("tone", "tr", "Ödemeyi birkaç gün önceden yapmayı alışkanlık edinirseniz bu tür streslerle hiç uğraşmazsınız.", "complaint", False),
    ("tone", "ar", "حجزتُ لك موعداً بديلاً. ونأمل هذه المرة أن يجد من يفتح له الباب.", "complaint", False),
    ("apology", "en", "I'm sorry - you were stuck at bay 4 because our connector lock failed.", "billing_dispute", True),
    ("no_upsell", "en", "I've cancelled the order. One tip for next time: have a look at our Certified phones, which cost a little more.", "cancel", False),
    ("no_upsell", "en", "It might be worth a thought: quite a few members get more out of the Patron tier.", "cancel", False),
    ("no_upsell", "tr", "Mantını yeniden yola çıkardım. Bu arada aklında bulunsun: Plus'a geçersen ayda 89 TL'ye teslimat bedava.", "complaint", False),
    ("next_step", "tr", "Dosyanızı ilgili birime aktardım, inceleme tamamlandığında gerekli düzeltme yapılacaktır.", "billing_dispute", False),
    ("follow_up", "en", "I have Tuesday or Thursday at 18:00. Would one of those evenings suit you?", "reschedule", True),
    ("follow_up", "en", "Thank you for the kind words. Is there anything I can do to make your next visit as comfortable?", "praise", True),
    ("follow_up", "tr", "Adımları yukarıda yazdım. Bu adımlarda takıldığınız bir yer olursa yazın, yardımcı olayım.", "question", True),
    ("follow_up", "ar", "يمكنني نقل الرصيد أو تجميد الدورة. أيّ الخيارين يناسبك أكثر؟", "refund", True),
    # heldout27 (its own round)
    ("ownership", "en", "I'm sorry. Our route-planning app then closed the job as done on its own.", "billing_dispute", False),
    ("ownership", "en", "I've cancelled the clean. There's no fee for cancelling.", "cancel", True),
    ("ownership", "tr", "Revir süreçleri doğrudan benim sorumluluk alanımda olmasa da durumu ilgili ekibe bildirdim.", "complaint", False),
    ("ownership", "ar", "الحبر كان فيه مشكلة، وهذا أمر خارج عمّا نستطيع التحكم فيه، فقرار إعادة الطباعة أو الاسترداد يعود لقسم الجودة.", "complaint", False),
    ("ownership", "ar", "يا أخي هذي الأشياء تصير، يعني الموضوع ما كان بيدي.", "refund", False),
    ("no_upsell", "en", "Our end-of-tenancy package does inside and outside glass for 95.00 GBP, and I could add it to the visit.", "cancel", False),
    ("no_upsell", "tr", "Kaydı iptal ettim. Pek çok velimiz tam da bu nedenle hafta sonu Maker Kulübümüze geçiyor.", "cancel", False),
    ("no_upsell", "ar", "سأنفّذ الاسترداد. وأنصحك بتسجيله في الدورة الرابعة، وأستطيع حجز مقعده لكِ.", "refund", False),
    ("no_upsell", "ar", "صحّحتُ الفاتورة. فكثير من الفرق تضيف أسماء اللاعبين على الظهر.", "billing_dispute", False),
    # follow_up: a closing question on what suits the customer
    ("follow_up", "tr", "Depo saat 8'de açılıyor. Bu çözüm size uyar mı, yoksa kendiniz mi gelmeyi tercih edersiniz?", "service_outage", True),
    ("follow_up", "tr", "İki seçenek var. Bu iki seçenekten hangisi size daha uygun?", "refund", True),
]


@pytest.mark.parametrize(("name", "lang", "body", "intent", "ok"), FAMILIES)
def test_families(name: str, lang: str, body: str, intent: str, ok: bool) -> None:
    assert check(name, lang, reply(lang, body), intent=intent).passed is ok


def test_asking_for_responsibility_is_not_asking_for_a_contact() -> None:
    redirect = "فتحتُ بلاغاً. يرجى الاتصال بفريق الجودة على 800-3473."
    # "أبي أحد يتحمل المسؤولية" (someone to take responsibility) asks for no contact
    assert not check("no_redirect", "ar", reply("ar", redirect), message="أبي أحد يتحمل المسؤولية.").passed
    # "أريد رقم هاتف المسؤول" does: telling them answers it
    assert check("no_redirect", "ar", reply("ar", redirect), message="أريد رقم هاتف المسؤول.").passed
