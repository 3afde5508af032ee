"""Generalisations from the blind round of the fourth session (heldout18): each family,
in the languages it was seen in and its neighbours, with the near miss it must leave alone."""

from __future__ import annotations

import pytest
from test_checks import check, reply
from test_grounded import flagged, run

FAMILIES = [
    # ownership: whose job it is, no control, in new words
    ("ownership", "en", "I'm sorry. Releasing the payout isn't something I'm able to do from customer care.", "billing_dispute", False),
    ("ownership", "en", "I'm sorry. Payouts are run automatically by our payments provider.", "billing_dispute", False),
    ("ownership", "en", "I'm sorry. I've released the payout myself; it reaches your account within 2 working days.", "billing_dispute", True),
    ("ownership", "tr", "Özür dilerim. Kesintiler video altyapısını aldığımız firmadan kaynaklanıyor.", "complaint", False),
    ("ownership", "tr", "Özür dilerim. Sorun tamamen onların tarafında, yapabileceğimiz bir şey maalesef bulunmuyor.", "complaint", False),
    ("ownership", "tr", "Özür dilerim. Bu kesintide müşteri hizmetlerinin bir dahli bulunmuyor.", "complaint", False),
    ("ownership", "tr", "Özür dilerim. Dosyanızı müdürümüze ilettim; sizin takip etmenizi beklemiyorum, 3 iş günü içinde sonucu ben bildireceğim.", "complaint", True),
    ("ownership", "ar", "أنا آسفة. أعطال القطع تعالج عن طريق الوكيل، فليس بإمكاننا فحصها.", "complaint", False),
    ("ownership", "ar", "أنا آسفة. التجهيز يتم بعيداً عن فريق التطبيق.", "complaint", False),
    ("ownership", "ar", "أنا آسفة. هذه الرسائل تصدر تلقائياً ولا يتدخل فيها فريق خدمة العملاء.", "complaint", False),
    ("ownership", "ar", "أنا آسفة لأننا تأخرنا. أضفتُ المبلغ إلى محفظتك الآن.", "complaint", True),
    # tone: put-downs in ordinary words; advice that only frames a pitch is no_upsell's
    ("tone", "en", "I've refunded it. The trace was never going to show a full hour, as that has been in the walk description since you booked.", "complaint", False),
    ("tone", "en", "I've refunded it. The allergen card is there precisely so this gets caught, and I'm glad it did its job this time.", "complaint", False),
    ("tone", "en", "I've refunded the 5.50 GBP and taken 50% off your next three boxes.", "complaint", True),
    ("tone", "en", "I've moved you to Tom K. for the same dates.", "reschedule", True),
    ("tone", "tr", "Özür dilerim. Ne yaparsınız, makineler de bazen tatil yapmak istiyor.", "service_outage", False),
    ("tone", "tr", "Özür dilerim. Bu kadar basit bir önlemi kimsenin size söylemesine gerek olmamalı.", "complaint", False),
    ("tone", "tr", "Özür dilerim; kayıtlarda 13 Kasım'da kapağın açılmadığı açıkça görünüyor. Ücreti iade ettim.", "billing_dispute", True),
    ("tone", "tr", "Aboneliği iptal ettim. Küçük bir tavsiyem olacak: ara vermek kolay. Yıllık plana geçerseniz ayda 623 TL ödersiniz.", "cancel", True),
    ("tone", "ar", "أنا آسفة. أرجو أن تتحلى بقليل من الصبر كما يفعل غيرك.", "complaint", False),
    ("tone", "ar", "أنا آسفة للتأخير. طلبك في قائمة التركيب وسيصلك الموعد غداً.", "complaint", True),
    # no_upsell: a pitch in new words
    ("no_upsell", "en", "I've refunded the duplicate order. While you're here, it's worth adding Ticket Shield to your remaining order.", "refund", False),
    ("no_upsell", "en", "I've closed your account. If you ever feel like giving us another go, our Premier tier pairs you with a named walker.", "cancel", False),
    ("no_upsell", "en", "I've refunded the 5.50 GBP and taken 50% off your next three boxes.", "complaint", True),
    ("no_upsell", "ar", "ألغيتُ اشتراكك. عندنا عرض ثلاث شهور بنص السعر.", "cancel", False),
    ("no_upsell", "ar", "ألغيتُ العقد. وقبل أن نغلق الطلب، يمكنني أن أفعّل لك باقة الضمان الذهبية.", "cancel", False),
    ("no_upsell", "ar", "ألغيتُ العقد اليوم وسيصلك المبلغ خلال 14 يوم عمل.", "cancel", True),
    ("no_upsell", "tr", "Erteledim. Önümüzdeki süreçte daha dikkatli planlamanızı tavsiye ederim.", "reschedule", True),
    ("no_upsell", "tr", "Erteledim. Premium pakete geçmenizi tavsiye ederim.", "reschedule", False),
    # apology
    ("apology", "ar", "وصلتنا رسالتك، ونأسف لما واجهته صباح اليوم.", "complaint", False),
    ("apology", "en", "I'm truly sorry that you were let down three times; I've refunded all three walks.", "complaint", True),
    ("apology", "en", "I'm sorry you feel let down by your journey.", "complaint", False),
    # next_step: past-tense reports are not vague; "at the earliest opportunity" is
    ("next_step", "tr", "İadeyi yaptım, 5 iş günü içinde yansıyacak. Öğretmeninizi takibe aldılar.", "refund", True),
    ("next_step", "tr", "İadeyi yaptım, 5 iş günü içinde yansıyacak. Öğretmeninizi takibe alacaklar.", "refund", False),
    ("next_step", "ar", "سجّلتُ طلب التأجيل، وسيجري العمل عليه ونوافيك بالتأكيد في أقرب فرصة.", "reschedule", False),
    ("next_step", "en", "I can see your complaint from 7 May as well, and we'll make sure things improve with your next deliveries.", "complaint", False),
    ("next_step", "tr", "Evet, mümkün. Onay verirseniz talebi bugün ben oluşturayım, sonuçlandığında size haber vereceğim.", "question", True),
    # heldout17 (its second round): event times, receipts, quotes, the customer's part
    ("next_step", "en", "The receipt is verified, so the pass will show up the next time you log in.", "complaint", True),
    ("next_step", "en", "I've moved it to Saturday 23 May at 9:00. You'll get a confirmation text shortly.", "reschedule", True),
    ("next_step", "en", "I've looked into it. We'll get the set out to you shortly.", "complaint", False),
    ("next_step", "en", "I've sent it by courier today. Hopefully it's something you'll bear in mind next year.", "complaint", True),
    ("next_step", "en", "I've cancelled it. We'll find a new slot the following week and you'll hear from us to confirm it.", "reschedule", False),
    ("next_step", "en", "I've refunded it, so it should turn up on your statement before too long.", "refund", False),
    ("next_step", "ar", "تمت إضافة 1200 عملة إلى حسابك، وستجدها عند فتح اللعبة من جديد.", "complaint", True),
    ("no_upsell", "ar", "ألغيتُ التجديد. البطاقة السنوية حالياً أرخص، وإذا حبيتِ أحوّلك عليها بضغطة واحدة.", "cancel", False),
    ("no_upsell", "ar", "أصلحتُ الدراجة مجاناً. وعندنا حالياً برنامج استبدال يعطيك خصم 150 ديناراً، فرصة تستحق التفكير.", "complaint", False),
    ("tone", "en", "Sorry. We do hear that rather a lot, and in your case you were actually telling the truth.", "complaint", False),
    ("tone", "en", "Well, I suppose plans change. I've cancelled it and the refund will find its way back eventually.", "cancel", False),
    ("tone", "ar", "هذا من أبسط الأشياء، وهو مشروح في صفحة المساعدة لمن يتعب نفسه ويقرأها.", "question", False),
    ("apology", "en", "We regret that Saturday night unfolded the way it did.", "complaint", False),
    ("ownership", "en", "I'm sorry. The fee was raised automatically by billing, and the centre runs as a separate operation.", "complaint", False),
    # heldout19: blame and no-control in new words; the Arabic future prefix
    ("ownership", "en", "Sorry to hear it. The hold-up came from our wholesaler, who had it on back-order.", "complaint", False),
    ("ownership", "en", "I'm sorry. Tutors are independent, so how they run a session is ultimately between you and them.", "complaint", False),
    ("ownership", "en", "I'm sorry. The inspection was carried out by AutoVerity, an independent partner, so we're not in a position to vouch for it.", "complaint", False),
    ("ownership", "en", "Payments go through our platform rather than through us, and there isn't a way for me to reverse them.", "refund", False),
    ("ownership", "en", "I'm sorry. I've reversed the payment myself; it reaches your card within 2 business days.", "refund", True),
    ("ownership", "ar", "أنا آسف. موظفو المستودع هم من خلطوا بين القطعتين.", "refund", False),
    ("ownership", "ar", "أنا آسفة. مندوب شريكنا هو من أخطأ العنوان، لكننا نحن من اخترنا الشريك، فالمسؤولية علينا.", "complaint", True),
    ("ownership", "ar", "الرسوم يحتسبها النظام آلياً، فالأمر كان خارج أيدينا تماماً.", "complaint", False),
    ("ownership", "ar", "إضافة المبلغ مرتبطة بإجراء التاجر، ولا دور لنا في العملية.", "refund", False),
    ("ownership", "ar", "تم استلام طلبك، وسيتم التنسيق مع فريق التركيب، على أن يتم التواصل معك خلال ساعة.", "reschedule", False),
    ("ownership", "tr", "Özür dilerim. Bakım, anlaşmalı bakım firmasının işi; bizim taraftan yapılabilecek pek bir şey kalmıyor.", "complaint", False),
    ("ownership", "tr", "Şunu söylemeden geçemeyeceğim: iptal talebinizi bugün işleme aldım.", "cancel", True),
    ("tone", "tr", "Şunu da belirtmeden geçemeyeceğim: anketi hiç doldurmamışsınız.", "complaint", False),
    ("tone", "tr", "Doktorunuzun önerisine uymanız en doğrusu; aboneliği iptal ettim.", "cancel", True),
    ("tone", "en", "I'd gently point out that ringing every day won't make the part arrive any faster.", "complaint", False),
    ("tone", "en", "Congratulations on the new job, and thanks for being upfront about the timing.", "refund", True),
    ("tone", "ar", "يا ساتر! السالفة وما فيها إن السواق كان بديل.", "complaint", False),
    ("tone", "ar", "أود أن أوضح أن فنيينا محترفون، ولو نسب كل عميل أي خدش إلى آخر مكان زاره لما انتهينا.", "complaint", False),
    ("no_upsell", "en", "I've moved your launch. It's also worth adding our in-house catering at 14.00 GBP a head.", "reschedule", False),
    ("no_upsell", "en", "I've refunded it. Our Starter bundle is the cheapest way to try a few tutors.", "refund", False),
    ("no_upsell", "en", "I've cancelled it. Plenty of buyers use our Gold Inspection for peace of mind.", "cancel", False),
    ("no_upsell", "en", "I've cancelled your plan. One thought before it's final: shall I switch your cancellation to a pause?", "cancel", False),
    ("no_upsell", "ar", "لم يُخصم من رصيدك أي مبلغ من الـ350 ديناراً. ننصحك بإعادة المحاولة بعد الساعة 18:00.", "service_outage", True),
    ("next_step", "en", "I've removed the wrong item and we'll get everything put right as soon as we possibly can.", "complaint", False),
    ("next_step", "tr", "Rezervasyonunuzu iptal ettim. Kapora iadenizle ilgili gerekli işlemleri başlatacağım.", "cancel", False),
    # heldout20
    ("ownership", "en", "The cropping tool works that way, so this isn't a fault on our end. I've arranged a reprint.", "complaint", False),
    ("ownership", "en", "I'm sorry. Once the claim is with the insurer the decision is entirely theirs, so there's only so much we can do.", "billing_dispute", False),
    ("ownership", "ar", "أنا آسف. الموضوع صار خارج يد خدمة العملاء، لكنني أرسلتُ لهم تذكيراً اليوم.", "refund", False),
    ("ownership", "ar", "نتفهم انزعاجك. فالتأخير حصل من طرف البنك، وقد ألغيتُ الغرامة.", "billing_dispute", False),
    ("ownership", "ar", "أنا آسفة. هذا تقصير منهم هم لا منّا، وقد فتحنا معهم بلاغاً.", "complaint", False),
    ("ownership", "ar", "يتابعه قسم التأمين، وهم وحدهم من يملكون إعادة تقديمها.", "billing_dispute", False),
    ("ownership", "tr", "Özür dilerim. Gecikmeler tamamen onların şoför planlamasından kaynaklanıyor.", "complaint", False),
    ("ownership", "tr", "Bu kural yönetimimizin belirlediği bir uygulama ve tek tek değiştirmemiz mümkün değil.", "refund", False),
    ("ownership", "tr", "Özür dilerim; açıkçası bizim ekibimizin elinde olan bir durum değildi.", "refund", False),
    ("tone", "tr", "Özür dilerim. Bilginiz olsun, kurulumları anlaşmalı firmamız yapıyor ve bu takvime müdahale etme şansımız ne yazık ki olmuyor.", "complaint", True),
    ("tone", "tr", "Önce şunu belirteyim: bu teknik ayrıntıyı herkesin bilmesini de beklemiyoruz tabii.", "complaint", False),
    ("tone", "tr", "Koşullar onay e-postasında yer alıyor; bir dahaki sefere göz atmanızı öneririm.", "reschedule", False),
    ("tone", "ar", "حقك علينا، في عطل بالمحول والشباب نازلين عليه، وما رح تحس بإشي.", "service_outage", False),
    ("tone", "ar", "كما سبق أن أوضحنا لك، لا داعي لتكرار المراسلة.", "refund", False),
    ("tone", "ar", "المبلغ خرج اليوم، لكنني أفضّل أن أخبرك بصراحة أنه لن يظهر قبل 3 أيام عمل.", "billing_dispute", True),
    ("tone", "en", "All of this is set out in the leaflet we gave you, so it's worth having a proper read of that.", "question", False),
    ("no_upsell", "en", "I've booked you in. It could be a good moment to add a hygienist clean for 65.00 GBP.", "complaint", False),
    ("no_upsell", "en", "I've cancelled it. Our refer-a-friend scheme gives you both 25.00 GBP off.", "cancel", False),
    ("no_upsell", "tr", "Özür dilerim, iade ettim. Benden size tüyo: 900 TL fark verip Deluxe odayı alın.", "complaint", False),
    ("no_upsell", "tr", "Kaydınızı ağ operasyon ekibimize yükselttim; ekip 3 iş günü içinde dönecek.", "complaint", True),
    ("no_upsell", "tr", "Sözleşmede açıkça yazıyor; dilerseniz bir kez daha göz atabilirsiniz.", "refund", True),
    ("apology", "en", "Sorry that today didn't go as planned.", "complaint", False),
    ("apology", "ar", "يؤسفنا أن انقطاع المياه أربك يومك مع الأطفال.", "service_outage", False),
    ("no_redirect", "tr", "Servis kullanıp kullanmayacağını bana yazarsanız kaydı bugün ben yaparım.", "question", True),
    # heldout21
    ("tone", "en", "Oof, sorry about that. Proper facepalm moment.", "complaint", False),
    ("tone", "en", "I note your frustration. To be clear, a phone call would not have changed the outcome.", "complaint", False),
    ("tone", "en", "Your office manager switched it on, so it did exactly what it was set up to do. I can see how that might have slipped everyone's mind.", "billing_dispute", False),
    ("tone", "tr", "Tabii trafiği bir tuşla açabilseydik bunu biz yapardık; henüz o kadar güçlü değiliz.", "complaint", False),
    ("tone", "tr", "İade ettim. Bir dahaki sefere iptali son haftaya bırakmazsanız bu tür sürprizlerle karşılaşmazsınız.", "billing_dispute", False),
    ("tone", "ar", "أفا، لا تزعل يا الغالي، الدنيا ما طارت.", "complaint", False),
    ("tone", "ar", "أجّلتُ موعدك، لكن نتمنى في المرات القادمة أن يصلنا الطلب مبكراً.", "reschedule", False),
    ("ownership", "en", "I've looked into it, and the hold-up isn't on the claims side; it isn't really something the claims desk has a say over.", "complaint", False),
    ("ownership", "en", "I'm sorry. Our same-day policy is clear that you don't pay for a service you didn't get, so I've refunded the fee.", "complaint", True),
    ("ownership", "tr", "Vade farkını banka hesapladığı için bu tür iadeler benim ekranımdan yapılabilen işlemler arasında değil.", "billing_dispute", False),
    ("ownership", "tr", "Siparişinizi iptal ettim. Kargoya verilmemiş siparişlerde kesinti yapılmıyor.", "cancel", True),
    ("ownership", "ar", "أنا آسف. فالخلل في الربط بين النظامين وليس في فريق خدمة العملاء.", "complaint", False),
    ("no_upsell", "en", "I've booked the engineer. This might also be a good moment to move up to our DX-700.", "service_outage", False),
    ("no_upsell", "tr", "Aboneliği kapattım. Eski müdavimlerimize özel bir şeyimiz var: 3 ay yarı fiyatına veriyoruz.", "cancel", False),
    ("no_upsell", "tr", "Yaşanan aksaklık için bu ayki paket ücretinizden 500 TL düşeceğim.", "service_outage", True),
    ("no_upsell", "tr", "Siparişinizi iptal ettim; beklemekten vazgeçmenizi çok iyi anlıyorum.", "cancel", True),
    ("no_upsell", "ar", "استرددتُ لك العربون. ونصيحة صغيرة: كثير من عملائنا يوفّرون باشتراك الحماية، وأستطيع تفعيله لك.", "refund", False),
    ("no_redirect", "en", "If you email the invoice to repairs@example.com, they'll pick it up from there.", "refund", False),
    ("no_redirect", "en", "I've sent the receipt to the email on your order, mia@example.com.", "question", True),
    ("no_redirect", "tr", "Santralimizi arayıp dahili 14'ü tuşlayarak koordinatörümüze ulaşabilirsiniz.", "complaint", False),
    # heldout22
    ("apology", "ar", "يؤسفنا ما مررتِ به أنتِ ووالدتكِ في المطار.", "complaint", False),
    ("apology", "ar", "نعتذر عمّا قد تكون سبّبته تلك الرسالة من لبس.", "service_outage", False),
    ("apology", "en", "I'm sorry - you're quite right, and I've credited the two bottles.", "billing_dispute", True),
    ("ownership", "en", "The planners decide which stops come off a van. Customer care doesn't get a say in those decisions.", "complaint", False),
    ("ownership", "ar", "المزود واجه خللاً، والأمر خارج عن نطاق عملنا المباشر.", "service_outage", False),
    ("ownership", "tr", "Düzeltmeler hasar biriminden geçiyor; bu aşamada bizim tarafta yapılabilecek bir işlem kalmıyor.", "billing_dispute", False),
    ("tone", "en", "Four is indeed fewer than six - I think we can both agree on that much.", "billing_dispute", False),
    ("tone", "en", "There's really no need for capital letters - panicking won't get the dress here any faster.", "complaint", False),
    ("tone", "tr", "Rehberde oldukça açık yazıyor; bir dahaki sefere rehberi baştan sona okumanızı tavsiye ederim.", "complaint", False),
    ("tone", "ar", "دعني أقول إن كيلومتراً ليست بالمسافة التي تستحق وصف غش.", "complaint", False),
    ("tone", "ar", "أعرف أنك طلبت المبلغ كاملاً، ولهذا أردتُ أن أوضّح لك سبب الفرق بصراحة.", "refund", True),
    # no_redirect
    ("no_redirect", "en", "The best route is to send photos of the label to our Food Safety team at safety@example.com.", "complaint", False),
    ("no_redirect", "en", "Send me photos of the label in a reply here and I'll log it today.", "complaint", True),
]


@pytest.mark.parametrize(("name", "lang", "body", "intent", "ok"), FAMILIES)
def test_families(name: str, lang: str, body: str, intent: str, ok: bool) -> None:
    assert check(name, lang, reply(lang, body), intent=intent).passed is ok


def test_grounded_business_days_before_a_date() -> None:
    permit = ("The permit must be requested at least 5 business days before pick-up.", "Booking RZ-1: pick-up Friday 12 December 2025.")
    assert run("For a 12 December pick-up, that means 5 December at the latest.", permit).passed
    assert flagged(run("For a 12 December pick-up, that means 8 December at the latest.", permit)) == ["8 December"]


def test_grounded_monthly_cycles_inside_a_stated_period() -> None:
    plan = ("Annual plan, 9,600 TL; period 15 February 2025 - 14 February 2026.",)
    assert run("Your current month runs to 14 December; the unused months start on 15 December.", plan).passed
    assert flagged(run("Your unused months start on 20 December.", plan)) == ["20 December"]


def test_grounded_three_stated_day_counts_added_up() -> None:
    hold = ("Parcels wait 3 days in the locker; one 2-day extension is possible.", "Expired parcels wait 7 more days at the nearest point.")
    assert run("With the extension, you have up to 12 days in all.", hold).passed
    assert flagged(run("With the extension, you have up to 14 days in all.", hold)) == ["14 days"]


def test_grounded_examples_and_fee_waivers() -> None:
    fees = ("Minimum order 50 AED; delivery 7 AED, free from 120 AED.",)
    assert run("If your basket came to, say, 110 AED, adding 10 AED more makes delivery free.", fees).passed
    cancel = ("Customers may cancel before the site survey; the deposit is refunded in full.",)
    assert run("You can cancel without any charge, and I've refunded your deposit in full.", cancel).passed
    assert flagged(run("You can change it without any charge.", ("Date changes cost 15 GBP per person.",))) == ["without any charge"]
    dropped = ("رسوم النقل 100 ريال، وتُلغى للعملاء الذين مضى على اشتراكهم أكثر من 12 شهراً.",)
    assert run("بما أن اشتراكك أكثر من 12 شهراً فلن تدفع رسوم النقل.", dropped, language="ar").passed
    assert not run("فلن تكون عليك أي رسوم تعديل.", ("رسوم التعديل 15 ريالاً عن كل شخص.",), language="ar").passed


def test_grounded_arabic_deductions() -> None:
    bill = ("عند انقطاع المراقبة يُخصم من الفاتورة التالية 4 دراهم عن كل يوم انقطاع.",)
    assert run("سجّلتُ على فاتورتك القادمة خصماً بواقع 4 دراهم عن كل يوم انقطاع.", bill, language="ar").passed
    assert not run("سجّلتُ على فاتورتك القادمة خصماً بواقع 4 دراهم عن كل يوم.", ("المراقبة 120 درهماً شهرياً.",), language="ar").passed
    minus = ("يمكن استرداد قيمة الخطة ناقص 900 ريال رسوم الفحص.", "المدفوع 6,400 ريال.")
    assert run("طلبتُ استرداد 5,500 ريال، أي المبلغ بعد خصم رسوم الفحص.", minus, language="ar").passed


def test_grounded_heldout19_families() -> None:
    # a number in a compound ("the 150-point inspection") backs no amount
    assert flagged(run("I've added a 150.00 GBP goodwill payment.", ("Every car passes a 150-point inspection.",))) == ["150.00 GBP"]
    # "the last day of that month"
    notice = ("Notice received on or before the 15th ends the membership on the last day of that month.", "Notice received 12 May 2026.")
    assert run("Your desks end on 31 May.", notice).passed
    # "tomorrow, Thursday 14 May" names a backed date
    assert run("A locksmith is booked for tomorrow, Thursday 14 May, at 08:00.", ("Locksmith booked for Thursday 14 May 2026, 08:00.",)).passed
    # a date the customer gives without a year
    assert run("I've moved your box to 5 May 2026.", (), message="Can it come on 5 May instead of 20 May?").passed
    # a monthly transfer moved to the day the customer asks for
    moved = run("أول تحويل بالتاريخ الجديد سيكون يوم 27 مايو 2026.", ("تحويل شهري يوم 1 من كل شهر؛ التنفيذ القادم 1 يونيو 2026.",), message="عندي تحويل يوم 1 من كل شهر. أبغى التحويل يصير يوم 27 بدل 1.", language="ar")
    assert moved.passed
    # Arabic: money taken is no credit; a discount in the sources backs one
    assert run("أنا آسفة، فقد خُصم مبلغك ولم تصل الدفعة.", ("الدفعة قيد المعالجة.",), language="ar").passed
    assert run("وعليها خصم 30% حتى 31 مايو.", ("تخفيضات نهاية الموسم حتى 31 مايو 2026: 30% على غرف النوم.",), language="ar").passed


def test_grounded_heldout20_families() -> None:
    # the weekday of a backed date written right after it
    concert = ("Tickets can be transferred up to 48 hours before the start.", "Concert on Thursday 30 April 2026 at 20:00.")
    assert run("Transfer it before Tuesday 28 April at 20:00.", concert).passed
    assert not run("Transfer it before Wednesday 28 April at 20:00.", concert).passed
    # Arabic: "الخصم" as the charge is no discount given; "تُرد الدفعات المكررة" backs a refund
    charged = ("رسوم عدم حضور 150 ريالاً خُصمت من البطاقة بالخطأ.", "الرسوم المخصومة بالخطأ تُسترد خلال 5 أيام عمل.")
    assert run("أعتذر منك، فالخصم كان خطأً من جهتنا. استرددتُ 150 ريالاً.", charged, language="ar").passed
    assert run("رددتُ الآن الخصم الثاني بالكامل.", ("تُرد الدفعات المكررة فوراً.",), language="ar").passed


def test_a_polish_reply_is_not_english() -> None:
    from drafter.text import detect_language

    assert detect_language("Dzień dobry Panie Piotrze, dziękuję za wiadomość. Zwrot zostanie zrealizowany w ciągu 5 dni.") == "pl"
    assert detect_language("Dzien dobry, od tygodnia nie dziala mi internet i nikt nie odpowiada.") == "pl"
    assert detect_language("Hi Piotr, thanks for your message. I have refunded it in full.") == "en"
    polish = "Dzień dobry Panie Piotrze,\n\nDziękuję za wiadomość. Zwrot zostanie zrealizowany w ciągu 5 dni.\n\nPozdrawiam,\nGrant Ellis\nCalico"
    assert not check("language", "en", polish, intent="refund").passed

