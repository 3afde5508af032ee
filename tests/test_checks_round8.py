"""Generalisations from the blind rounds of the eighth session (heldout38's leftovers,
heldout39 onwards): each family, with the near miss it must still get right. Rules only
(Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run


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


def test_grounded_a_dollar_sign_is_any_dollar() -> None:
    src = ("Policy KPC-66120: monthly premium 64.90 AUD, last collected 1 July 2026.", "If a pet dies, that month's premium is refunded in full.")
    assert run("I've refunded the full $64.90 premium we collected on 1 July.", src).passed
    assert flagged(run("I've refunded the full $69.40 premium we collected on 1 July.", src)) == ["$69.40"]


def test_grounded_a_share_after_a_deductible_and_a_resale_less_its_fee() -> None:
    claim = ("Invoice 1,870.00 USD.", "Plan: 90% reimbursement after a 250.00 USD annual deductible.")
    assert run("If it's approved, you'll get $1,458.00 back.", claim).passed
    assert flagged(run("If it's approved, you'll get $1,500.00 back.", claim)) == ["$1,500.00"]
    resale = ("Order SP-60412: 2 tickets, face value 59.00 EUR per ticket.", "The seller receives the sale price minus a 10% seller fee.")
    assert run("When they sell, you'll receive 106.20 EUR if both go at 59.00 EUR.", resale).passed


def test_grounded_an_itemised_total() -> None:
    order = ("Order SP-55291: 3 tickets. Ticket price 68.50 EUR each; service fee 7.20 EUR per ticket; delivery fee 2.50 EUR per order.", "Cancelled events: full refund of ticket price and fees.")
    body = "I've refunded it in full:\n- 3 tickets at 68.50 EUR: 205.50 EUR\n- service fees (3 x 7.20 EUR): 21.60 EUR\n- delivery fee: 2.50 EUR\nTotal: {} back to your card."
    assert run(body.format("229.60 EUR"), order).passed
    assert flagged(run(body.format("239.60 EUR"), order)) == ["239.60 EUR"]


def test_grounded_what_a_pack_saves_but_not_a_double_deduction() -> None:
    prices = ("Single lesson: 1.100 TL. 4-lesson pack: 4.000 TL. 8-lesson pack: 7.600 TL.",)
    assert run("4 derslik paket 4.000 TL, yani tek tek almaya göre 400 TL daha uygun.", prices, language="tr").passed
    invoice = ("Final invoice 3,430.00 GBP; goodwill discount of 250.00 GBP agreed, not applied.",)
    assert flagged(run("I've reissued the invoice for 2,930.00 GBP.", invoice)) == ["2,930.00 GBP"]


def test_grounded_a_fraction_of_a_fee_and_half_price() -> None:
    fee = ("Aylık servis ücreti 4.000,00 TL.", "Yapılmayan her sefer için aylık ücretin 1/40'ı faturadan düşülür.")
    assert run("Aylık 4.000,00 TL ücretin 1/40'ı olan 100,00 TL'yi faturanızdan düşüyorum.", fee, language="tr").passed
    assert flagged(run("Aylık 4.000,00 TL ücretin 1/40'ı olan 150,00 TL'yi faturanızdan düşüyorum.", fee, language="tr")) == ["150,00 TL"]
    plan = ("Chemistry tutoring: 8 sessions a month, 1,200 SAR.",)
    assert flagged(run("I can move him to the group revision classes instead, at half price.", plan)) == ["half price"]
    offer = ("Retention offer: the sports add-on at 49 AED a month for 3 months instead of 99 AED.",)
    assert run("I can keep the add-on for you at 49 AED a month, about half price.", offer).passed


def test_grounded_a_label_number_is_no_count() -> None:
    src = ("Booking DD-4408: 6,200 SAR paid; 5,600 SAR refunded.", "Clause 7: visa fees are non-refundable once issued.")
    assert flagged(run("The difference of 800 SAR is the visa fees, as clause 7 says.", src)) == ["800 SAR"]
    assert run("The difference of 600 SAR is the visa fees, as clause 7 says.", src).passed


def test_grounded_in_a_minute_and_two_minutes_of_effort_are_no_deadlines() -> None:
    assert run("I can switch you over to the Lite plan in a minute if you'd like.").passed
    ar = "الأمر بسيط ولا يأخذ أكثر من دقيقتين."
    assert run(ar, language="ar").passed
    assert flagged(run("We'll have the engineer with you in 45 minutes.")) == ["45 minutes"]


def test_grounded_arabic_charged_from_you_and_an_exceptional_day_are_no_concepts() -> None:
    src = ("جلسة واحدة بتاريخ 17 أبريل؛ حُصّل مبلغ 42.75 ريالاً مرتين.", "المبالغ المحصّلة مرتين تُرد خلال 5 إلى 7 أيام عمل.")
    assert run("أعاد النظام إرسال طلب الدفع فخُصم منكِ 42.75 ريالاً مرتين، وأعدتُ لكِ 42.75 ريالاً.", src, language="ar").passed
    rare = "توقف التطبيق اليوم حالة استثنائية لا تعكس مستوى خدمتنا."
    assert run(rare, language="ar").passed
    assert not run("وافقتُ على طلبك كحالة استثنائية وألغيت الرسوم.", language="ar").passed


def test_grounded_tomorrow_once_dated_is_that_day_throughout() -> None:
    src = ("فرع خلدا مغلق الأربعاء 13 مايو 2026؛ يُعاد الافتتاح الخميس 14 مايو 2026 الساعة 10:00.", "يُوصَّل الجهاز مجاناً في يوم العمل التالي بين 12:00 و18:00.")
    body = "رتّبتُ توصيله غداً الخميس 14 مايو بين 12:00 و18:00، وإن فضّلت استلامه بنفسك فالفرع يفتح غداً من الساعة 10:00."
    assert run(body, src, language="ar").passed
    assert not run("سيصلك الجهاز غداً.", src[:1], language="ar").passed


def test_turkish_dative_after_a_time_is_no_slang() -> None:
    moved = "Dersinizi 8 Mayıs Cuma saat 16:00'ya, yine aynı eğitmenle taşıdım."
    assert check("tone", "tr", reply("tr", moved), intent="reschedule").passed
    assert not check("tone", "tr", reply("tr", "Tamam ya, hallederiz bunu."), intent="reschedule").passed


def test_upsell_words_in_other_senses() -> None:
    voice = "Eğitmenlerimiz trafikte güvenliğiniz için bazen sesini yükseltmek zorunda kalabiliyor."
    assert check("no_upsell", "tr", reply("tr", voice)).passed
    exam = "Kurs binamızdaki bilgisayar sınıfında 21:00'e kadar ücretsiz deneme sınavı çözebilirsiniz."
    assert check("no_upsell", "tr", reply("tr", exam), intent="service_outage").passed
    server = "صفحة التتبع معلّقة منذ أمس بسبب العمل على ترقية السيرفر، وستعود غداً الساعة 12:00."
    assert check("no_upsell", "ar", reply("ar", server), intent="service_outage").passed
    shown = "الوقت المتبقي للشحن معروض على الشاشة الرئيسية للتطبيق."
    assert check("no_upsell", "ar", reply("ar", shown)).passed
    given = "طبّقتُ على فاتورتك خصم 20% بسبب التأخير، أي 90 ريالاً."
    assert check("no_upsell", "ar", reply("ar", given)).passed
    # ... while the pitches stay pitches
    assert not check("no_upsell", "tr", reply("tr", "Paketinizi Premium'a yükseltmek ister misiniz?")).passed
    assert not check("no_upsell", "ar", reply("ar", "لدينا عروض خاصة على الباقات السنوية هذا الشهر.")).passed


def test_pitches_as_worth_adding_a_return_discount_and_a_topic_shift() -> None:
    hamper = "As it's such a big birthday, it might also be worth adding our celebration hamper to the booking."
    assert not check("no_upsell", "en", reply("en", hamper), intent="reschedule").passed
    back = "İleride bir nişan için bizi yeniden düşünürseniz diye hesabınıza %15 indirim tanımladım."
    assert not check("no_upsell", "tr", reply("tr", back), intent="cancel").passed
    camp = (
        "وعلى ذكر المواعيد، فُتح التسجيل في معسكر المراجعة المكثف: 6 حصص جماعية بـ 950 ريالاً. "
        "كثير من الطلاب يجمعونه مع حصصهم الفردية."
    )
    assert not check("no_upsell", "ar", reply("ar", camp), intent="reschedule").passed
    # advice about the customer's own habits is no pitch
    habit = "It might be worth getting comfortable with the app as your main way to start a session."
    assert check("no_upsell", "en", reply("en", habit)).passed


def test_ownership_the_team_has_slots_and_the_rule_normally_then_the_exception() -> None:
    slots = "لدى فريق التركيب نفسه موعدان صباحيان: الاثنين 25 مايو أو الأربعاء 27 مايو. حجزتُ لكِ الاثنين مبدئياً."
    assert check("ownership", "ar", reply("ar", slots), intent="reschedule").passed
    normally = (
        "Sözleşmemiz normalde bu durumda tarih değişikliğine izin vermiyor. "
        "Ancak kuralın arkasına saklanmak istemedim: 11 Temmuz için salonu sizin adınıza ayırdım."
    )
    assert check("ownership", "tr", reply("tr", normally), intent="reschedule").passed
    flat = "Sözleşmemiz bu durumda tarih değişikliğine izin vermiyor."
    assert not check("ownership", "tr", reply("tr", flat), intent="reschedule").passed


def test_ownership_a_provider_that_rejected_and_not_in_our_control_either() -> None:
    provider = "The next day our payments provider rejected the bank details we hold, and that was never flagged to the phone team."
    assert not check("ownership", "en", reply("en", provider)).passed
    neither = "Bu tür uzamalar ne hekimimizin ne de bizim kontrolümüzde olan şeyler."
    assert not check("ownership", "tr", reply("tr", neither)).passed
    duty = "Bekleme sırasında hastaları bilgilendirmek şube resepsiyonunun görevi."
    assert not check("ownership", "tr", reply("tr", duty)).passed


def test_no_redirect_no_need_to_go_our_records_and_your_listing_number() -> None:
    no_need = "Kargo şubesine gitmenize hiç gerek yok; doğru cihazı bugün ekspres kargoyla gönderiyorum."
    assert check("no_redirect", "tr", reply("tr", no_need)).passed
    records = "Kayıtlarımızda 15 Nisan'daki telefon görüşmenizi buldum; iptaliniz işlenmemiş, bu bizim hatamız."
    assert check("no_redirect", "tr", reply("tr", records)).passed
    listing = "Baktığınız bir ilan varsa numarasını yazın, parça geçmişini hemen kontrol edip size yazayım."
    assert check("no_redirect", "tr", reply("tr", listing), intent="question").passed
    app = "Mobil uygulamamızdaki 'Randevularım' ekranına girip randevunuzu bu saate taşımanız yeterli."
    assert not check("no_redirect", "tr", reply("tr", app), intent="reschedule").passed


def test_arabic_redirects_done_through_the_form_and_not_in_this_chat() -> None:
    form = "تثبيت المواعيد الجديدة يتم من خلال نموذج تغيير المواعيد على موقعنا وليس عبر هذه المحادثة."
    assert not check("no_redirect", "ar", reply("ar", form), intent="reschedule").passed
    office = "لذلك أنصحكم بمراجعة مكتبها في المركز لتقديم الطلب شخصياً."
    assert not check("no_redirect", "ar", reply("ar", office)).passed


def test_arabic_regret_for_hopes_and_for_the_customers_displeasure() -> None:
    hoped = "يؤسفنا أن الأمور لم تجرِ كما كنتِ تأملين بعد الإصلاح."
    assert not check("apology", "ar", reply("ar", hoped)).passed
    side = "يؤسفني أن زيارتك لنا انتهت بكل هذا الاستياء من جهتك."
    assert not check("apology", "ar", reply("ar", side)).passed
    assert check("apology", "ar", reply("ar", "أنا آسف لأننا سلّمناك الجهاز متأخراً أسبوعاً كاملاً.")).passed


def test_tone_mock_surprise_the_fault_handed_back_and_its_your_choice() -> None:
    surprise = "Demek servisimizin erken gelmesi de bir sorun olabiliyormuş; genelde geç kaldığımız için şikâyet alırız."
    assert not check("tone", "tr", reply("tr", surprise)).passed
    back = "Tabii siz de birkaç dakika erken durakta olursanız hiçbirimiz böyle bir yazışmaya gerek duymayız."
    assert not check("tone", "tr", reply("tr", back)).passed
    calm = "Bunu kişisel algılamamanızı, derslerde biraz daha sakin olmaya çalışmanızı öneririm."
    assert not check("tone", "tr", reply("tr", calm)).passed
    choice = "ألغيتُ أمر الصيانة حسب رغبتك، وإن كنتِ استعجلتِ قليلاً، لكنه اختيارك طبعاً."
    assert not check("tone", "ar", reply("ar", choice), intent="cancel").passed
    # information for the next stay is no lecture
    info = "Just so you know for future stays, his kennel cough vaccine will pass the 12-month mark on 14 September."
    assert check("tone", "en", reply("en", info), intent="question").passed


def test_next_step_vague_timing_in_new_words() -> None:
    upcoming = "I've put the switch through, and your boxes will move over from one of the upcoming weeks once the change has worked its way through."
    assert not check("next_step", "en", reply("en", upcoming), intent="reschedule").passed
    able = "The claim is with the assessors, and they'll get to it as soon as they're able."
    assert not check("next_step", "en", reply("en", able)).passed
    god_willing = "أعفيتُك من رسوم العمالة، وإن شاء الله يكون جهازك جاهزاً في أقرب وقت ممكن."
    assert not check("next_step", "ar", reply("ar", god_willing)).passed
    back_to_you = "سأراجع جدول المعلمة لذلك الأسبوع وأعود إليكِ بما يناسب."
    assert not check("next_step", "ar", reply("ar", back_to_you), intent="reschedule").passed
    when_ready = "Konuyu doktorumuza ilettim. Rapor hazırlandığında e-posta adresinize gönderilecek."
    assert not check("next_step", "tr", reply("tr", when_ready)).passed


def test_next_step_the_next_box_is_a_time_and_not_surprised_later_is_no_promise() -> None:
    box = "I've added a 20.00 GBP credit to your account, and it will come off your next box automatically."
    assert check("next_step", "en", reply("en", box)).passed
    later = "سجّلتُ إرجاع المرتبة الآن، وحتى لا تتفاجئي لاحقاً: يُخصم من المبلغ 25 ديناراً، وسيصلك الباقي خلال 7 أيام عمل."
    assert check("next_step", "ar", reply("ar", later), intent="refund").passed


def test_clean_text_a_lower_case_list_line_and_follow_ups_that_offer_more() -> None:
    listed = "I've refunded it in full:\n- service fees (3 x 7.20 EUR): 21.60 EUR\n- delivery fee: 2.50 EUR"
    assert check("clean_text", "en", reply("en", listed), intent="refund").passed
    sense = "Does that make sense, or would you like me to go through any part of it again?"
    assert check("follow_up", "en", reply("en", "I've checked the claim line by line.", closing=f"{sense}\n\nBest,\nSam Patel\nNorthway")).passed
    suit = "Does Thursday morning suit you, or would you prefer that I move the visit to Friday 17 April, 13:00-17:00?"
    assert check("follow_up", "en", reply("en", "I've booked the roofers for Thursday.", closing=f"{suit}\n\nBest,\nSam Patel\nNorthway")).passed


def test_greeting_by_the_short_name_the_customer_signs_with() -> None:
    msg = "Our dog Milo passed away on the weekend. Could you please cancel his policy. Thanks, Bec"
    assert check("greeting", "en", reply("en", "I've cancelled the policy.", opening="Hi Bec,"), message=msg, customer="Rebecca Hall").passed
    assert not check("greeting", "en", reply("en", "I've cancelled the policy.", opening="Hi Tom,"), message=msg, customer="Rebecca Hall").passed


def test_grounded_weekday_spans_and_on_the_day_in_arabic() -> None:
    camp = ("Liam, Week 2 day camp, Monday 22 - Friday 26 June 2026.", "Consent forms must be completed at least 7 days before the session starts.")
    assert run("It needs to be back with us by Monday 15 June, 7 days before Week 2 starts on 22 June.", camp).passed
    bottles = ("استلم المندوب القوارير الثلاث يوم 14 أبريل 2026؛ تأمين القارورة 15 ريالاً.",)
    assert run("تأكدتُ أن مندوبنا استلم القوارير الثلاث يوم 14 أبريل 2026.", bottles, language="ar").passed
    visits = run("بقيت لك زيارتان مدفوعتان ضمن أبريل، يوم 25 ويوم 29، وهما قائمتان كما هما.", language="ar")
    assert visits.passed


def test_grounded_replying_to_me_is_no_refund_and_waiting_hours_are_lived() -> None:
    assert run("إذا رددتَ عليّ بتأكيد الترقية أنفّذها على حجزك.", language="ar").passed
    assert not run("رددتُ لك المبلغ كاملاً.", language="ar").passed
    waited = run("أنا آسف لأن فريقنا لم يحضر، وتركناك تنتظرين ثلاث ساعات.", language="ar")
    assert waited.passed
    assert run("It takes me two minutes to set up if you'd like it.").passed


def test_tone_new_sarcasm_and_lectures() -> None:
    rate = "Third time lucky, hopefully! Though at this rate I might start pencilling you in with a question mark."
    assert not check("tone", "en", reply("en", rate), intent="reschedule").passed
    emails = "Going forward, it's worth keeping an eye on the emails we send you."
    assert not check("tone", "en", reply("en", emails), intent="refund").passed
    tr = "Mesajınızdaki ünlemleri ve üslubu bir kenara bırakıp konuya odaklanmayı tercih ediyorum."
    assert not check("tone", "tr", reply("tr", tr)).passed
    assert not check("tone", "tr", reply("tr", "Ama merak etmeyin, 25 dakikalık bir gecikmeyle dünya yıkılmadı.")).passed
    ar = "وبصراحة، علبة مربى واحدة لا تستحق كل هذا الانزعاج."
    assert not check("tone", "ar", reply("ar", ar)).passed
    assert not check("tone", "ar", reply("ar", "ومع كامل احترامي، رفع النبرة لن يجعل الشاحنة تصل أسرع.")).passed
    # a gift card's dedication is no "calm down"
    gift = "التغليف وبطاقة الإهداء المكتوبة بخط اليد مجانيان."
    assert check("tone", "ar", reply("ar", gift), intent="question").passed


def test_ownership_new_deflections() -> None:
    side = "It's with the editing side now, and the photos should find their way into your gallery once they've been worked through."
    assert not check("ownership", "en", reply("en", side)).passed
    bank = "Tutarın kartınıza ne zaman geçeceği tamamen bankanızın işlem hızına bağlı; bizim tarafımızda hızlandırılabilecek bir adım kalmıyor."
    assert not check("ownership", "tr", reply("tr", bank), intent="refund").passed
    broker = "Biz yalnızca bilet satışına aracılık ediyoruz; kalkış saatlerine bizim bir müdahalemiz olmuyor."
    assert not check("ownership", "tr", reply("tr", broker)).passed
    expertise = "Mama uyumu bizim ekibimizin uzmanlık alanına girmediği için kararı veteriner hattımız veriyor."
    assert not check("ownership", "tr", reply("tr", expertise)).passed
    ar = "أما التأخير فقد وقع لدى شركة الشحن، وما يجري هناك يبقى خارج متابعتنا المباشرة."
    assert not check("ownership", "ar", reply("ar", ar)).passed
    role = "ملفات التعويض تمرّ على قسم المطالبات حصراً، ودوري هنا يقتصر على توجيهك إليهم."
    assert not check("ownership", "ar", reply("ar", role)).passed


def test_upsell_a_campaign_code_packing_before_you_leave_and_most_parents_in_a_complaint() -> None:
    code = "Kampanya kodunuz tanımlı olduğu halde sizden 45,00 TL hizmet bedeli aldığımız için özür dileriz."
    assert check("no_upsell", "tr", reply("tr", code), intent="billing_dispute").passed
    pack = "Ayrılmadan önce hangi gün mağazaya uğrayabileceğinizi yazarsanız kumaşı o güne paketletip hazır tutacağım."
    assert check("no_upsell", "tr", reply("tr", pack), intent="refund").passed
    parents = "A few tearful bedtimes are normal, and most parents find that a call home tends to stir things up rather than settle them."
    assert check("no_upsell", "en", reply("en", parents)).passed
    # ... but to a customer who is leaving, it is the retention pitch
    assert not check("no_upsell", "tr", reply("tr", "Ayrılmadan önce size özel bir teklifimiz var, ister misiniz?"), intent="cancel").passed


def test_next_step_picking_things_up_once_back_to_normal() -> None:
    pick = "I've added a note to your claim file. We'll pick things up with you once uploads are back to normal."
    assert not check("next_step", "en", reply("en", pick), intent="service_outage").passed
    there = "I've chased the depot and the flue kit is due in, once it's there we'll get you booked in."
    assert not check("next_step", "en", reply("en", there)).passed
    shortly = "The instructor was taken ill shortly before the class. I've returned your class credit, and it's in your account today."
    assert check("next_step", "en", reply("en", shortly)).passed
    need = "أنا آسفة لأن التطبيق متوقف وأنت تحتاج ملابس العمل قريباً. يُتوقع أن يعود التطبيق الساعة 16:00 اليوم، وسأرسل لك رسالة فور عودته."
    assert check("next_step", "ar", reply("ar", need), intent="service_outage").passed


def test_tone_more_lectures_and_mock_conditions() -> None:
    twice = "As I've now explained twice, your settlement was issued on May 13. So, once more: expect it by May 20."
    assert not check("tone", "en", reply("en", twice), intent="question").passed
    queue = "We answer messages in order, so writing a second time doesn't actually move anything up the queue."
    assert not check("tone", "en", reply("en", queue)).passed
    tr = "Aracın köprüye kendi kendine gitmediğini varsayarsak, 95,00 TL'lik geçiş ücreti yerinde."
    assert not check("tone", "tr", reply("tr", tr), intent="billing_dispute").passed
    human = "Arkadaşlarımız yoğun bir günün sonunda biraz gerilmiş olabilir, sonuçta onlar da insan."
    assert not check("tone", "tr", reply("tr", human)).passed
    ar = "الأمر موضّح في التطبيق لمن يقرأ التفاصيل قبل الطلب."
    assert not check("tone", "ar", reply("ar", ar)).passed
    rush = "اطمئني، المبلغ لم يضِع، ولا يستدعي خصمٌ مكرر كل هذا الاستعجال."
    assert not check("tone", "ar", reply("ar", rush), intent="billing_dispute").passed
    # frankness that explains is no sarcasm; "but honestly" before a rebuttal is
    plain = "أعرف أنك طلبتِ المبلغ كاملاً، لذلك أوضّح لك الحساب بصراحة: الإلغاء جاء قبل الحفلة بـ11 يوماً."
    assert check("tone", "ar", reply("ar", plain), intent="refund").passed
    fair = "وللأمانة، خدمتنا لا تشمل ضمان القطع نفسها، لأنها ليست من منتجاتنا."
    assert check("tone", "ar", reply("ar", fair), intent="question").passed
    rebut = "لكن للأمانة، كلمة \"نصب\" كبيرة شوي على ساعة كاملة تركتَ فيها السيارة على الشاحن."
    assert not check("tone", "ar", reply("ar", rebut)).passed


def test_upsell_pitches_and_owed_discounts() -> None:
    backup = "Sınav saatine yetişmeme ihtimaline karşı: 149 TL'lik Mobil Yedek paketini şimdi tanımlarsam telefonunuzdan hemen bağlanabilirsiniz."
    assert not check("no_upsell", "tr", reply("tr", backup), intent="service_outage").passed
    keep = "Before it ends, it might be worth keeping it going and moving it to your daughter's address. I can reverse the cancellation for you."
    assert not check("no_upsell", "en", reply("en", keep), intent="cancel").passed
    mat = "Since safety is clearly on your mind, our Soft Landing crash mat is the perfect partner for any climbing frame."
    assert not check("no_upsell", "en", reply("en", mat)).passed
    home = "Bu arada aklınızda bulunsun: eve çiçek isteyenler için bir Ev Aboneliği'miz de var, bir düşünün derim."
    assert not check("no_upsell", "tr", reply("tr", home), intent="cancel").passed
    owed = "1.480 TL'lik siparişinize %15 indirim, yani 222 TL indirim uygulanması gerekiyordu; aradaki 222 TL'yi iade ettim."
    msg = "BAHAR15 indirim kodumu girdim ama indirim uygulanmadı."
    assert check("no_upsell", "tr", reply("tr", owed), intent="billing_dispute", message=msg).passed
    plea = "Sürprizinizi biz mahvettik, tekrar özür dilerim; lütfen bizden vazgeçmeyin."
    assert check("no_upsell", "tr", reply("tr", plea)).passed
    slot = "وحتى لا تفوتك الفترة، حجزتُها لك مبدئياً."
    assert check("no_upsell", "ar", reply("ar", slot), intent="reschedule").passed
    assert not check("no_upsell", "ar", reply("ar", "وحتى لا تفوتك صور التخرج، لدينا باقة بخصم 20%."), intent="cancel").passed


def test_grounded_per_minute_over_two_times_extra_units_and_three_parts() -> None:
    ride = ("Ride VW-90417: unlocked 14:05; docked 14:32; closed 17:10. Charged 28.75 GBP.", "Rides cost 1.00 GBP to unlock plus 0.15 GBP per minute; faults are refunded to the docking time.")
    ok = run("Your 27-minute ride comes to 5.05 GBP, so I've refunded the difference of 23.70 GBP.", ride)
    assert ok.passed, ok.explanation
    assert flagged(run("Your ride comes to 6.05 GBP, so I've refunded the difference of 22.70 GBP.", ride)) == ["6.05 GBP", "22.70 GBP"]
    roof = ("Conservatory roof 15 m².", "Roof cleaning: 60.00 GBP for roofs up to 12 m², plus 4.50 GBP per additional m².")
    assert run("Yours would be 73.50 GBP.", roof).passed
    outage = ("Service lost on 18 April 2026, expected back 21 April 2026.", "A credit of 3.50 GBP for each full day without service.")
    assert run("That's three full days, so a credit of 10.50 GBP will come off your bill.", outage).passed
    order = ("Boots 52.00 GBP plus 3.49 GBP postage and 2.95 GBP Buyer Protection fee.", "Undispatched orders are refunded in full.")
    assert run("I've cancelled the order and refunded the full 58.44 GBP.", order).passed


def test_grounded_full_unused_months_and_the_next_working_day() -> None:
    months = ("If cancelled now, the membership ends 14 June 2026, leaving 9 full unused months.",)
    assert run("That leaves you 9 full months after 14 June.", months).passed
    nxt = ("Teslim: 18 Mayıs 2026 Pazartesi.", "Doğru ürün ücretsiz ve ekspres kargoyla ertesi iş günü teslim edilir.")
    assert run("Doğru ürünü bugün kargoya verdim; yarın, 19 Mayıs Salı günü adresinizde olacak.", nxt, language="tr").passed
    assert flagged(run("Doğru ürün 21 Mayıs'ta adresinizde olacak.", nxt, language="tr")) == ["21 Mayıs"]


def test_tone_congratulations_on_the_problem_and_a_backup_plan_lecture() -> None:
    popular = "It turns out the whole of Northgate has had the same idea, so congratulations on living somewhere so popular."
    assert not check("tone", "en", reply("en", popular)).passed
    read = "Just so it's clear for the future, our policy is on every reminder text, so it's well worth giving it a read."
    assert not check("tone", "en", reply("en", read), intent="billing_dispute").passed
    backup = "Evden çalışan biri olarak bir yedek planınızın olması sizin açınızdan da daha sağlıklı olur."
    assert not check("tone", "tr", reply("tr", backup), intent="service_outage").passed
    # "frankly" before a plain account is not sarcasm
    frank = "Açıkçası bu gecikmenin sorumlusu biziz; ücretinizi iade ettim."
    assert check("tone", "tr", reply("tr", frank)).passed


def test_tone_round_47_48_and_a_turkish_apology_at_the_end() -> None:
    technically = "You collected it at 21:12, so with a whole two hours to spare you were, technically, inside the deadline."
    assert not check("tone", "en", reply("en", technically), intent="billing_dispute").passed
    unfair = "Yaşananın 'dikkatsizlik' olarak nitelendirilmesinin ekibimize haksızlık olduğunu belirtmek isterim."
    assert not check("tone", "tr", reply("tr", unfair)).passed
    read = "ولو قُرئت الورقة لما كان هناك داعٍ لكل هذا القلق."
    assert not check("tone", "ar", reply("ar", read)).passed
    row = "The Long Stay car park has eight 7 kW chargers in row K, billed at 0.45 GBP per kWh."
    assert check("tone", "en", reply("en", row), intent="question").passed


def test_grounded_reports_the_dollar_the_reply_wrote() -> None:
    src = ("Box GP-51207: 113.88 CAD per box (9.49 CAD per serving).",)
    r = run("I've refunded 80.00 CAD to your card.", src)
    assert flagged(r) == ["80.00 CAD"] and r.details[0]["unit"] == "CAD"
    assert run("I've refunded $80.00 to your card.", src).details[0]["unit"] == "$"
