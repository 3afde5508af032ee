"""Generalisations from the blind rounds of the seventh session (heldout32, heldout33):
each family, with the near miss it must still get right. Rules only (Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.numbers import extract


def test_ownership_blame_on_an_outside_crew_or_a_short_office() -> None:
    crew = "The roof work was carried out by Apex Roofing, an outside crew, so the tiles are really down to them rather than to us."
    assert not check("ownership", "en", reply("en", crew)).passed
    short = "From what I can see, the dispatch office was short of drivers that morning and the rota simply didn't stretch."
    assert not check("ownership", "en", reply("en", short)).passed
    # owning the shortage ourselves is not blame
    ours = "We were short of drivers that morning, which is our failure, and I've refunded the 12.00 GBP meet-and-greet fee."
    assert check("ownership", "en", reply("en", ours)).passed


def test_arabic_not_added_by_us_and_outside_what_my_screen_allows() -> None:
    fee = "هذه الرسوم في الحقيقة لم تُضف من طرفنا، وإنما أضافها مقاول التركيب."
    assert not check("ownership", "ar", reply("ar", fee)).passed
    screen = "والاسترداد الجزئي خارج ما تتيحه لي الشاشة التي أعمل عليها."
    assert not check("ownership", "ar", reply("ar", screen)).passed


def test_ownership_whose_decision_it_is_carried_there_by_the_agent() -> None:
    mine = "رفعتُ طلبك بنفسي اليوم إلى مدير الخدمة، فهذا القرار يعود إليه وفق سياسة الضمان، وسأبلغك بقراره خلال 5 أيام عمل."
    assert check("ownership", "ar", reply("ar", mine)).passed
    # ... unless the same sentence says the agent could not do it
    cant = "الاسترداد من اختصاص قسم المالية وليس نحن، ولا يسمح لي برنامج الدفع بإرجاع أي مبلغ بنفسي."
    assert not check("ownership", "ar", reply("ar", cant)).passed


def test_arabic_regret_framed_as_the_customers_expectations() -> None:
    body = "يؤسفنا أن الغسيل لم يكن هذه المرة على مستوى ما توقعته منّا."
    assert not check("apology", "ar", reply("ar", body)).passed
    assert check("apology", "ar", reply("ar", "أنا آسف لأننا لم ننظف السيارة كما ينبغي.")).passed


def test_turkish_lectures_and_grudging_irony() -> None:
    lecture = "Yani ekran görüntüsü saklamanıza hiç gerek yoktu, kayıtlarımız zaten ortada."
    assert not check("tone", "tr", reply("tr", lecture)).passed
    grudging = "Başka bir sorunuz olursa yazın; her şeyi tekrar tekrar açıklamaktan elbette memnuniyet duyarız."
    assert not check("tone", "tr", reply("tr", grudging)).passed
    assert not check("tone", "tr", reply("tr", "Elimizden geleni yine yaparız; artık alıştık sayılır.")).passed
    # the customer having to write again, acknowledged, is empathy
    empathy = "Bu konuyu bize tekrar tekrar yazmak zorunda kaldığınızı görüyorum, sabrınız için teşekkür ederim."
    assert check("tone", "tr", reply("tr", empathy)).passed
    # "your note was clearly on the card and we ignored it" owns the failure
    owned = "Notunuz randevu kartında açıkça yazıyordu ve ekibimiz buna uymadı."
    assert check("tone", "tr", reply("tr", owned)).passed


def test_turkish_advice_lead_two_sentences_before_the_pitch_is_the_pitch() -> None:
    body = (
        "Randevuyu 19 Haziran cuma 11:00'e aldım. Bu arada küçük bir önerim var: yaz aylarında tüy dökümü artıyor. "
        "Randevuya bakımımızı da ekletirseniz evde tüy toplamaktan kurtulursunuz. Sadece 350 TL farkla ekleyebilirim, ister misiniz?"
    )
    result = check("tone", "tr", reply("tr", body), intent="reschedule")
    assert result.passed, result.explanation


def test_arabic_retention_before_you_end_your_dealings_with_us() -> None:
    body = "ألغيتُ العقد. وقبل أن تُنهي تعاملك معنا تماماً: فنيونا يخدمون جميع الماركات، وقد تجده أوفر من الشركة التي ركّبته."
    assert not check("no_upsell", "ar", reply("ar", body), intent="cancel").passed
    # "the other shows" of a play are not offers
    shows = "بحثتُ عن مقعدين في عرض الخميس وفي باقي العروض، لكن الفئة الذهبية مباعة بالكامل."
    assert check("no_upsell", "ar", reply("ar", shows)).passed


def test_a_price_the_customer_asked_about_is_an_answer() -> None:
    en = "Weekly 45-minute lessons are 136.00 USD a month, 40.00 USD more than now; tell me if you'd like to switch."
    msg = "I'm wondering whether I should switch to 45-minute lessons; what would that cost per month?"
    assert check("no_upsell", "en", reply("en", en), message=msg).passed
    ar = "والتكلفة 150 درهماً للشخص، أي 300 درهم إضافية؛ أخبرني إن أردت إضافتهما."
    assert check("no_upsell", "ar", reply("ar", ar), message="لو زاد العدد شخصين، كم بتكون الزيادة؟").passed


def test_turkish_passive_contact_and_keys_are_not_redirects() -> None:
    keys = "Tuş takımı ve fiziksel anahtarınız bu kesintiden etkilenmiyor, kapıyı onlarla açabilirsiniz."
    assert check("no_redirect", "tr", reply("tr", keys), intent="service_outage").passed
    passive = "Talebinizi ilgili birime ilettim, değerlendirme sonrasında sizinle iletişime geçilecektir."
    assert check("no_redirect", "tr", reply("tr", passive)).passed
    assert not check("no_redirect", "tr", reply("tr", "Bu konuda ilgili birimle iletişime geçebilirsiniz.")).passed


def test_turkish_money_coming_back_is_not_a_vague_promise() -> None:
    money = "Böylece kartınızdan çekilen toplam 16.200 TL'nin yarısı size geri dönecek; iade 7-14 iş günü içinde görünecek."
    assert check("next_step", "tr", reply("tr", money), intent="billing_dispute").passed
    assert not check("next_step", "tr", reply("tr", "Ekibimiz size geri dönecek."), intent="billing_dispute").passed


def test_pitches_as_a_personal_tip_or_a_good_moment() -> None:
    tip = "A tip from me before you give up on varifocals: many first-time wearers get on much better with our Precision HD lenses."
    assert not check("no_upsell", "en", reply("en", tip), intent="refund").passed
    moment = "While you're rebooking, it could also be a good moment to look at Fibre 900."
    assert not check("no_upsell", "en", reply("en", moment)).passed
    ar = "فإليك فكرة قد تفيدك: عدساتنا المزوّدة بطبقة الحماية من الضوء الأزرق تُصنع بمقاس وصفتك."
    assert not check("no_upsell", "ar", reply("ar", ar), intent="cancel").passed
    # our own works named as the cause are not an upgrade offered
    works = "Your code was reset by mistake during our keypad upgrade on 13 May, and I've set a new one."
    assert check("no_upsell", "en", reply("en", works)).passed


def test_an_offer_the_customer_raised_is_theirs() -> None:
    tr = "Sepetiniz 500 TL'nin üzerinde olduğu için kampanya geçerliydi; 79,90 TL kargo ücretini iade ettim."
    assert check("no_upsell", "tr", reply("tr", tr), intent="billing_dispute", message="Sitenizde 500 TL üzeri kargo bedava yazıyor.").passed
    ar = "الترقية إلى عدسات 1.67 ممكنة، والفرق 120 درهماً."
    assert check("no_upsell", "ar", reply("ar", ar), message="فيني أرفعها لعدسات أرق؟ وقديش الفرق؟").passed


def test_tone_lectures_in_new_words() -> None:
    assert not check("tone", "en", reply("en", "There's no need for the capitals, by the way; I can read lowercase perfectly well.")).passed
    ar = "كما ذكرنا في ردودنا السابقة، طلبك مسجّل لدينا ولا حاجة لتكراره في كل مرة."
    assert not check("tone", "ar", reply("ar", ar)).passed
    assert not check("tone", "ar", reply("ar", "نأمل أن تكون الأمور واضحة هذه المرة.")).passed
    tr = "Acil vakaların öncelikli olduğunu bir hasta olarak sizin de takdir edeceğinizi düşünüyorum."
    assert not check("tone", "tr", reply("tr", tr)).passed
    assert not check("tone", "tr", reply("tr", "Öğle arasına sıkıştırılmış randevular almamanızı tavsiye ederim.")).passed
    assert not check("tone", "tr", reply("tr", "Yine mi? Dersinizi cuma 07:00'ye aldım.")).passed
    assert not check("tone", "tr", reply("tr", "Paketlerken bi tanesini koymayı unutmuşuz, eksik ürünü gönderdim.")).passed
    # "yine" in an ordinary sentence is not irony
    assert check("tone", "tr", reply("tr", "Dersinizi yine cuma 07:00'ye aldım.")).passed


def test_powerlessness_with_the_desk_named() -> None:
    body = "When a job overruns there isn't much we on the front desk can do to move things around."
    assert not check("ownership", "en", reply("en", body)).passed


def test_arabic_numbers_with_the_article_or_in_the_construct_state() -> None:
    assert [(m.kind, m.lo) for m in extract("قبل موعد النقل باثني عشر يوماً")] == [("duration", 12 * 1440.0)]
    assert [(m.kind, m.lo) for m in extract("خلال الأربعة عشر يوماً")] == [("duration", 14 * 1440.0)]
    # weekdays that look like an article and a number stay weekdays
    assert not extract("يوم الاثنين") and not extract("يوم الأحد القادم")
    dates = ("طلب الإلغاء 16 مايو؛ موعد النقل 28 مايو.",)
    assert run("وصلنا طلبك قبل الموعد باثني عشر يوماً.", dates, language="ar").passed


def test_regret_framed_as_what_the_customer_expected() -> None:
    for body in (
        "I'm sorry the show wasn't what you had in mind for the twins' birthday.",
        "We regret that Thistle Cottage wasn't in the condition you were expecting on arrival.",
    ):
        assert not check("apology", "en", reply("en", body)).passed
    assert check("apology", "en", reply("en", "I'm sorry our entertainer arrived 40 minutes late.")).passed
    ar = "يؤسفنا أن الإفراج عن التأمين أخذ وقتاً أطول مما كنت تتوقع."
    assert not check("apology", "ar", reply("ar", ar), intent="billing_dispute").passed


def test_redirects_to_a_bank_or_a_portal() -> None:
    bank = "The quickest way to get the 12.99 USD back is to raise it with your bank as a charge you didn't authorise."
    assert not check("no_redirect", "en", reply("en", bank)).passed
    portal = "ولإتمام الإفراج عن الـ 800 ريال، أرجو أن تقدّم طلباً عبر بوابة العملاء على موقعنا."
    assert not check("no_redirect", "ar", reply("ar", portal)).passed
    ruled_out = "Faturayı onlara ben ileteceğim, sizin ayrıca bir yere başvurmanıza gerek yok."
    assert check("no_redirect", "tr", reply("tr", ruled_out), intent="question").passed


def test_retention_in_other_words() -> None:
    lapse = "Just so you have all the options: rather than letting it lapse, I could pause your membership for up to 3 months."
    assert not check("no_upsell", "en", reply("en", lapse), intent="cancel").passed
    priced = "Our Low-Light Collection - a ZZ plant, a snake plant and a pothos - is 29.00 GBP."
    assert not check("no_upsell", "en", reply("en", priced), intent="cancel").passed
    ar = "بس قبل لا تروحون، ليش ما تجربون باقة الصيف؟"
    assert not check("no_upsell", "ar", reply("ar", ar), intent="cancel").passed
    tr = "Dilerseniz üyeliğinizi şimdiden dijitale çevirebilirim; aylık 59 TL'lik Liman Dijital üyeliğimizle devam edersiniz."
    assert not check("no_upsell", "tr", reply("tr", tr), intent="cancel").passed


def test_lectures_about_what_was_announced() -> None:
    secret = "The price change was announced on 5 May, by email and in the app, so it wasn't exactly a secret."
    assert not check("tone", "en", reply("en", secret)).passed
    tr = "Öncelikle şunu hatırlatayım: süre 10 iş günü; hafta sonlarını da saymışsınız galiba."
    assert not check("tone", "tr", reply("tr", tr)).passed
    ar = "أرسلنا إشعار الإلغاء إلى بريدك قبل الحصة، ولو تفضّلتِ بمراجعة بريدك لوفّرتِ المشوار."
    assert not check("tone", "ar", reply("ar", ar)).passed
    # "for your information" alone is information
    assert check("tone", "ar", reply("ar", "وللعلم فقط، الموعد الجديد يوم الخميس الساعة 5 مساءً."), intent="reschedule").passed


def test_heldout35_families_of_blame_and_disowning() -> None:
    ar = "القرار فيه بيرجع للإدارة العامة للحسابات، ودوري هنا إني أوصّل طلبك ليهم، وهمّا اللي بيحددوا المبلغ."
    assert not check("ownership", "ar", reply("ar", ar), intent="refund").passed
    laundry = "تنظيف الفساتين تتولاه مغسلة خارجية متعاقدة معنا، وهي التي أعادت الفستان إلينا بهذه الحالة."
    assert not check("ownership", "ar", reply("ar", laundry)).passed
    en = "The weekly billing run is automated and it picked up your plan before the pause had synced."
    assert not check("ownership", "en", reply("en", en), intent="billing_dispute").passed
    tr = "Ürünlerimiz depodan sağlam çıkıyor, bozulma tamamen taşıma sırasında yaşanmış; kargo firması adına sizden özür dileriz."
    assert not check("ownership", "tr", reply("tr", tr)).passed
    assert not check("apology", "tr", reply("tr", tr)).passed


def test_heldout35_families_of_pitches() -> None:
    ar = "أحببت أن أخبرك أن لدينا هذا الأسبوع خصماً بنسبة 15% على أجهزة HP الأحدث."
    assert not check("no_upsell", "ar", reply("ar", ar), intent="cancel").passed
    stay = "لهذا أعرض عليكِ خصماً بنسبة 50% على الشهر القادم إن قررتِ البقاء."
    assert not check("no_upsell", "ar", reply("ar", stay), intent="cancel").passed
    en = "As you clearly enjoy our programme, you might also like our Flex Pass: any 4 concerts for 126.00 EUR."
    assert not check("no_upsell", "en", reply("en", en), intent="refund").passed
    tr = "Kabanalarımız hafta sonları çabuk doluyor, şimdiden ayırtmanızı öneririm."
    assert not check("no_upsell", "tr", reply("tr", tr)).passed
    promo = "Aklınızda bulunsun diye ekliyorum: Ekim-Kasım konaklamalarında süitimizde 2 gece alana 3. gece ücretsiz."
    assert not check("no_upsell", "tr", reply("tr", promo), intent="cancel").passed
    # the customer asked about the plan, or the reply says so
    asked = "As for Plus, since you asked: it's 79.00 GBP a month, which is 17.00 GBP more than your Standard plan."
    assert check("no_upsell", "en", reply("en", asked), intent="billing_dispute").passed
    msg = "Also, out of interest, how much is the Plus membership with unlimited guests?"
    assert check("no_upsell", "en", reply("en", "Plus is 79.00 GBP a month with unlimited guests."), intent="billing_dispute", message=msg).passed


def test_heldout35_tone_and_apology() -> None:
    en = "Instructors are only human and do get ill at short notice now and then. Shame about the wasted trip."
    assert not check("tone", "en", reply("en", en)).passed
    ar = "يؤسفنا أنكم صادفتم هذا التوقف في وقت حصة جنى."
    assert not check("apology", "ar", reply("ar", ar), intent="service_outage").passed


def test_grounded_time_lost_out_of_a_priced_span() -> None:
    trip = ("Booking BW-2290: 5-hour fishing trip 06:00-11:00, 1,500 AED; the captain arrived 07:30.", "Time lost through our delay is refunded pro rata.")
    assert run("I've refunded the hour and a half you lost, 450 AED.", trip).passed
    assert flagged(run("I've refunded the hour and a half you lost, 500 AED.", trip)) == ["500 AED"]
    rate = ("Board 2 could not be used until 10:45; the session ran 10:00-12:00.", "Lost time is refunded at 20.00 USD per board per hour.")
    assert run("I've refunded 15.00 USD for the 45 minutes.", rate).passed


def test_grounded_a_stated_span_plus_the_minutes_between_two_times() -> None:
    lesson = ("Weekly 30-minute lesson at 18:00.", "Lesson on 10 June started 18:09.", "Missed time is added to the next lesson.")
    assert run("I've added the 9 minutes to your next lesson, so you'll have 39 minutes.", lesson).passed
    assert flagged(run("You'll have 45 minutes next time.", lesson)) == ["45 minutes"]


def test_heldout36_vague_steps() -> None:
    ar = "سجّلتُ طلبك، وسنحاول قدر الإمكان ترتيب التوصيل في وقت يناسبك خلال الأيام القادمة."
    assert not check("next_step", "ar", reply("ar", ar), intent="reschedule").passed
    assert check("next_step", "ar", reply("ar", "سأرسل لك الموعد الجديد خلال يومين."), intent="reschedule").passed
    en = "I've made a note on your booking, and we'll sort out a new time with you nearer the date."
    assert not check("next_step", "en", reply("en", en), intent="reschedule").passed
    for tr in (
        "Konuyu ilgili birime aktardım; sonucunuzun size ulaşması için elden gelen yapılacaktır.",
        "Çadırınızı arıza kaydına ekledim; pompayla ekipler uğraşıyor, elbet bir ara düzelir.",
        "Talebinizi oluşturdum. İade süreci tamamlanınca size ayrıca haber vereceğim.",
    ):
        assert not check("next_step", "tr", reply("tr", tr)).passed, tr


def test_heldout36_blame_redirects_and_lectures() -> None:
    ar = "ومتابعة الشحنات بعد ما تخرج من مخزننا بتبقى مسؤولية شركة الشحن مش إحنا."
    assert not check("ownership", "ar", reply("ar", ar)).passed
    quickest = "الأسرع إنك تكلّمي خدمة عملاء «سريع» على 19555 وتطلبي منهم تسليم الطلب."
    assert not check("no_redirect", "ar", reply("ar", quickest)).passed
    left = "جهّزتُ طلب الاسترداد باسمك، ويبقى فقط أن تُعبّئ نموذج الانسحاب لدى استقبال النادي."
    assert not check("no_redirect", "ar", reply("ar", left), intent="refund").passed
    en = "Junior refunds all go through the finance people at head office rather than the club desk, so it isn't really something I get a say in."
    assert not check("ownership", "en", reply("en", en), intent="refund").passed
    tr = "Servisten çıkarken cam tertemizdi, yani cihaz bizden kusursuz çıktı; gerisi kargonun marifeti."
    assert not check("ownership", "tr", reply("tr", tr)).passed
    assert not check("tone", "ar", reply("ar", "لكل شيء إجراءات ومدة، وليس كل تأخير يستدعي ثلاث رسائل.")).passed
    assert not check("apology", "en", reply("en", "Apologies for any mix-up with your billing."), intent="billing_dispute").passed
    assert not check("apology", "en", reply("en", "I'm sorry this turned into such a hassle for you.")).passed


def test_grounded_the_day_before_a_stated_date_when_a_deadline_says_so() -> None:
    ferry = ("Booking: Friday 3 July 2026, 10:40.", "Flexi fares can be amended free of charge up to 24 hours before the original departure.")
    assert run("I'll need your answer before 10:40 on Thursday 2 July.", ferry).passed
    # "within 24 hours" moves no date
    within = ("Booking: Friday 3 July 2026, 10:40.", "Changes are confirmed within 24 hours.")
    assert flagged(run("I'll need your answer before 10:40 on Thursday 2 July.", within)) == ["2 July"]


def test_grounded_a_monthly_billing_day() -> None:
    box = ("Hopline Explorer box, 29.00 GBP per month, billed on the 20th; June box billed 20 May 2026.",)
    assert run("The 29.00 GBP that would have gone out on 20 June won't be charged.", box).passed


def test_heldout37_families() -> None:
    en = "I'm sorry Leo feels his first session didn't go well for him."
    assert not check("apology", "en", reply("en", en)).passed
    assert check("apology", "en", reply("en", "I'm sorry we moved Leo's session without telling you.")).passed
    step = "Decisions sit with our disputes team, so the next step is for you to open a case through the Resolution Centre form."
    assert not check("no_redirect", "en", reply("en", step)).passed
    tr = "Bu hata mağazamızdan değil, camları üreten laboratuvardan kaynaklanıyor; camı yanlış kesen taraf onlar."
    assert not check("ownership", "tr", reply("tr", tr + " Yeni camlarınızın siparişini bugün geçtim.")).passed


def test_heldout38_blame_in_other_words() -> None:
    for ar in (
        "المرحلة الأخيرة يتولاها شريك التوصيل المحلي، وهو من تأخر في استلام الطرد، فبمجرد أن يصل الطرد تخرج متابعته اليومية من أيدينا.",
        "المشكلة ليست في التطبيق نفسه ولا في جهازك، بل عند مزوّد الخوادم الذي نعتمد عليه، والأمر الآن بين يديه.",
        "الكابتن سامر يعمل معنا بعقد مستقل ويدير جدول حصصه بنفسه.",
    ):
        assert not check("ownership", "ar", reply("ar", ar)).passed, ar
    en = "The refund was approved on 18 March, so everything was done correctly on our side - card refunds do sometimes get held up at the bank's end."
    assert not check("ownership", "en", reply("en", en), intent="refund").passed
    assert check("ownership", "en", reply("en", "That mistake was on our side, and I've refunded the 350.00 GBP today."), intent="refund").passed
    tr = "Bu eşleştirme finans tarafının elinde olduğu için hata benim ekranımdan düzeltilebilecek bir şey değil."
    assert not check("ownership", "tr", reply("tr", "Özür dilerim. " + tr), intent="refund").passed
