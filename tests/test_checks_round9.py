"""Generalisations from the blind rounds of the ninth session (heldout49 onwards): each
family, with the near miss it must still get right. Rules only (Suite(None))."""

from __future__ import annotations

from test_checks import check, reply
from test_grounded import flagged, run

# ------------------------------------------------------------------ grounded


def test_grounded_an_exception_the_policy_leaves_to_a_manager() -> None:
    src = (
        "Randevu KK-2380: müşteri gelmedi, haber vermedi. Kapora 1.000 TL.",
        "Haber verilmeden gelinmeyen randevularda kapora iade edilmez. İstisnalar yalnızca stüdyo müdürünün onayıyla yapılabilir.",
    )
    alone = "Bu seferlik bir istisna yaparak 1.000 TL kaporanızın tamamını iade ettim."
    assert flagged(run(alone, src, language="tr")) == ["istisna"]
    # taken to the manager, the exception is hers to grant
    referred = "Bir istisna olarak kaporanızın iadesini stüdyo müdürümüze ilettim; karar çıkar çıkmaz size yazacağım."
    assert run(referred, src, language="tr").passed
    # a policy that grants exceptions itself backs one
    granted = (src[0], "Medical exceptions: deposits are refunded in full with a doctor's note.")
    assert run("As a medical exception, I've refunded your deposit in full.", granted).passed


def test_grounded_a_one_off_price_is_no_exception_to_restrict() -> None:
    src = ("Upgrades take effect on the day they are requested; the member pays a one-off pro-rata top-up.",)
    assert run("You'd pay a one-off pro-rata top-up for the rest of the month.", src).passed


def test_grounded_refunding_both_charges_of_a_duplicate() -> None:
    msg = "Nisan ücreti iki kez çekilmiş: 3 Nisan'da 1.450 TL, 4 Nisan'da yine 1.450 TL. Toplam 2.900 TL."
    src = ("Nisan ücreti 1.450 TL; 4 Nisan'daki çekim mükerrer.", "Mükerrer çekimler 5 iş günü içinde iade edilir.")
    both = "Fazladan alınan 2.900,00 TL'yi bugün kartınıza iade ettim."
    assert flagged(run(both, src, msg, language="tr")) == ["2.900,00 TL"]
    one = "Fazladan alınan 1.450,00 TL'yi bugün kartınıza iade ettim."
    assert run(one, src, msg, language="tr").passed
    # the statement total, named beside the refund of the duplicate, is no refund of it
    stated = "I've refunded the duplicate 1,450 TL. Your statement shows 2,900 TL; once the credit lands, you'll have paid 1,450 TL."
    assert run(stated, src, msg).passed


def test_grounded_two_tickets_charged_twice_is_the_pair_refunded() -> None:
    msg = "اشتريت تذكرتين بسعر 350 جنيهاً للتذكرة، لكن تم خصم المبلغ مرتين، أي 1400 جنيه بدلاً من 700."
    src = ("الطلب TK-88107: تذكرتان × 350 جنيهاً = 700 جنيه؛ خُصم المبلغ مرتين.", "تُسترد المبالغ المخصومة مرتين خلال 5 أيام عمل.")
    assert run("استرددتُ لكِ المبلغ الزائد وقدره 700 جنيه.", src, msg, language="ar").passed


def test_grounded_arabic_nominative_dual_of_working_days() -> None:
    src = ("مدة التنفيذ للخدمة العادية: يوما عمل للوثائق حتى 5 صفحات.",)
    assert run("تُنجز الترجمة خلال يومي عمل من تأكيد الطلب.", src, language="ar").passed
    assert flagged(run("تُنجز الترجمة خلال ثلاثة أيام عمل من تأكيد الطلب.", src, language="ar")) == ["ثلاثة أيام عمل"]


def test_grounded_first_of_every_month_backs_the_first() -> None:
    src = ("اشتراك العناية الشهرية؛ 480 درهماً شهرياً؛ يتجدد في أول كل شهر.",)
    assert run("ألغيتُ الاشتراك، فلن يتجدد في 1 يونيو.", src, language="ar").passed
    assert flagged(run("ألغيتُ الاشتراك، فلن يتجدد في 5 يونيو.", src, language="ar")) == ["5 يونيو"]


def test_grounded_minutes_late_across_midnight() -> None:
    src = (
        "Call logged 23:02, ETA quoted 40 minutes, technician arrived 00:36.",
        "If a technician arrives more than 30 minutes after the quoted ETA, the call-out fee is refunded.",
    )
    assert run("That's 54 minutes later than we promised, so I've refunded the call-out fee.", src).passed
    # without the time it was logged, the 54 minutes have nothing to come from
    unlogged = ("ETA quoted 40 minutes, technician arrived 00:36.", src[1])
    assert flagged(run("That's 54 minutes later than we promised, so I've refunded the call-out fee.", unlogged)) == ["54 minutes"]


def test_grounded_percent_off_backs_a_discount_and_claimable_costs_a_repayment() -> None:
    off = ("If the studio cancels within 48 hours, the customer gets 20% off the session price.",)
    assert run("She'll confirm your new date and the discount.", off).passed
    assert flagged(run("She'll confirm your new date and the discount.", ("The deposit carries over.",))) == ["discount"]
    claim = ("Patients can claim travel costs up to 20.00 GBP, paid by bank transfer within 5 business days.",)
    assert run("I've arranged for your travel costs, up to 20.00 GBP, to be paid back.", claim).passed


# ------------------------------------------------------------------ ownership


def test_arabic_not_through_me_and_not_with_us() -> None:
    mine = "الاستردادات الإلكترونية لا تمر من عندي، فهي من عمل قسم المحاسبة وحده."
    assert not check("ownership", "ar", reply("ar", mine), intent="refund").passed
    vendor = "أعطالها تُعالج عادة عند الوكيل المحلي وليس عندنا، فهم أدرى بقطعهم."
    assert not check("ownership", "ar", reply("ar", vendor)).passed
    theirs = "بقي الاسترداد معلّقاً لدى قسم المالية، فالتأخير من عندهم لا من خدمة العملاء."
    assert not check("ownership", "ar", reply("ar", theirs), intent="refund").passed
    # the delay owned
    ours = "التأخير من عندنا، واسترددتُ لك المبلغ اليوم."
    assert check("ownership", "ar", reply("ar", ours), intent="refund").passed


def test_english_not_something_i_can_action_and_how_it_is_set_up() -> None:
    action = "Cancellations aren't something I can action from the customer care side."
    assert not check("ownership", "en", reply("en", action), intent="cancel").passed
    setup = "The billing run simply charges whatever is live on the system. That's just how it's set up."
    assert not check("ownership", "en", reply("en", setup), intent="billing_dispute").passed
    maker = "The hold-up has been at the manufacturer's end, and the aid only left them on 17 April."
    assert not check("ownership", "en", reply("en", maker)).passed
    promise = "Cancellations aren't something I can promise by a date, but I've cancelled yours today."
    assert check("ownership", "en", reply("en", promise), intent="cancel").passed


def test_arabic_declining_in_full_but_doing_the_rest() -> None:
    body = (
        "بحسب شروط الإلغاء تُحتسب الصفحات المنجزة فقط، لذلك لا أستطيع ردّ المبلغ كاملاً، "
        "لكني استرددتُ لك قيمة الصفحة الثانية، 60 ريالاً."
    )
    assert check("ownership", "ar", reply("ar", body), intent="cancel").passed
    bare = "بحسب شروط الإلغاء لا أستطيع ردّ المبلغ كاملاً."
    assert not check("ownership", "ar", reply("ar", bare), intent="cancel").passed


def test_turkish_not_acceptable_owns_it() -> None:
    owned = "Aynı sorunu ikinci kez yaşattığımız için özür dilerim; bu kabul edebileceğimiz bir durum değil."
    assert check("ownership", "tr", reply("tr", owned)).passed
    disowned = "Bu bizim müdahale edebileceğimiz bir durum değil."
    assert not check("ownership", "tr", reply("tr", disowned)).passed


# ------------------------------------------------------------------ tone


def test_tone_lectures_in_new_words() -> None:
    en = "Just a reminder for next time that slots are in high demand, so it really does help everyone if availability is checked first."
    assert not check("tone", "en", reply("en", en), intent="reschedule").passed
    tr = "Bilmeyenler için kısaca açıklayayım: fıskiye başlığı küçük bir parçadır. Zamanlayıcıyı kapatmayı herhalde akıl edersiniz."
    assert not check("tone", "tr", reply("tr", tr)).passed
    ar = "الرقم أُدخل يدوياً بشكل خاطئ، فالحق معك هذه المرة."
    assert not check("tone", "ar", reply("ar", ar), intent="billing_dispute").passed
    # "للعلم فقط" before plain information is fine
    info = "للعلم فقط، التغيير المجاني متاح مرة واحدة لكل طلب."
    assert check("tone", "ar", reply("ar", info), intent="reschedule").passed


def test_tone_honestly_as_candour() -> None:
    candour = "To answer your question honestly, Saturday visits cost a little more: there's a 20.00 GBP supplement."
    assert check("tone", "en", reply("en", candour), intent="reschedule").passed
    putdown = "Honestly, there's no need to bring the fire inspector into it."
    assert not check("tone", "en", reply("en", putdown)).passed


# ------------------------------------------------------------------ next_step


def test_later_that_nobody_promises_is_not_vague() -> None:
    later = "أرفقتُ لك الصفحة المنجزة بهذه الرسالة إن احتجتها لاحقاً. وستصل الـ60 ريالاً إلى بطاقتك خلال 5 أيام عمل."
    assert check("next_step", "ar", reply("ar", later), intent="cancel").passed
    vague = "ألغيتُ الموعد، وبنرتّب معك موعد ثاني لاحقاً."
    assert not check("next_step", "ar", reply("ar", vague), intent="reschedule").passed


def test_a_vague_phrase_spelled_out_after_a_colon() -> None:
    spelled = "I've checked the diary and there is some space later in the week: Wednesday 18 March from 13:00 or Thursday 19 March from 09:00."
    assert check("next_step", "en", reply("en", spelled), intent="reschedule").passed
    vague = "There is some space later in the week, and I'll get back to you."
    assert not check("next_step", "en", reply("en", vague), intent="reschedule").passed


def test_turkish_when_the_pilot_is_free_is_no_time() -> None:
    vague = "Pilot arkadaş müsait olunca bir gün uğrar, baştan çekeriz."
    assert not check("next_step", "tr", reply("tr", vague)).passed
    weather = "Çekiminizi ücretsiz olarak erteledim. Hava düzeldiğinde uygun bir gün bakıp yeni tarihi sizinle netleştireceğiz."
    assert not check("next_step", "tr", reply("tr", weather), intent="reschedule").passed
    dated = "Pilotumuz 14 Mayıs 10:00'da gelip çekimi baştan yapacak."
    assert check("next_step", "tr", reply("tr", dated)).passed


def test_arabic_contact_directly_is_not_straight_away() -> None:
    body = "أرجو أن تتصلي بالوكيل مباشرة على الرقم 01-485220، وسيرسلون إليكِ فنياً لفحصها."
    assert not check("next_step", "ar", reply("ar", body)).passed
    now = "أرسلتُ الفني إليكِ مباشرة، وسيصل خلال ساعتين."
    assert check("next_step", "ar", reply("ar", now)).passed


# ------------------------------------------------------------------ apology, no_upsell, follow_up, clean_text, no_redirect


def test_arabic_regret_for_the_customers_experience() -> None:
    for body in (
        "يؤسفنا أن الشجيرات لم تتأقلم في حديقتكم كما كنتِ تتمنين.",
        "يؤسفنا أنك قضيت ساعتين صعبتين في البحث عن كلبك.",
        "يؤسفنا أن ظروف الجلسة لم تكن مريحة لكم.",
    ):
        assert not check("apology", "ar", reply("ar", body)).passed, body
    plain = "أنا آسف لأننا تأخرنا في التركيب. أعتذر مرة أخرى عن هذا الموقف."
    assert check("apology", "ar", reply("ar", plain)).passed


def test_no_upsell_a_paid_make_up_and_a_cheaper_plan() -> None:
    paid = "If you'd like it back sooner to make up for the delay, you can add our Express Service for 25.00 GBP."
    assert not check("no_upsell", "en", reply("en", paid), intent="reschedule").passed
    given = "To make up for the delay, I've upgraded you to Express Service at no charge."
    assert check("no_upsell", "en", reply("en", given), intent="reschedule").passed
    tr = "Annenizin cihazları için aylık 149,00 TL'lik Kayıp-Çalınma Güvencemizi ekleyerek içinizi rahatlatabilirsiniz."
    assert not check("no_upsell", "tr", reply("tr", tr), intent="cancel").passed


def test_no_upsell_what_the_customer_is_entitled_to() -> None:
    owed = "You're entitled to priority on the next slots and 20% off the session price."
    assert check("no_upsell", "en", reply("en", owed)).passed
    sale = "Book this week and get 20% off the session price."
    assert not check("no_upsell", "en", reply("en", sale)).passed


def test_follow_up_offers_in_new_words() -> None:
    assert check("follow_up", "en", reply("en", "Tell me which suits you.", closing="Would any of those work, or would you like me to look further ahead?\n\nBest,\nJo")).passed
    assert check("follow_up", "tr", reply("tr", "Seçenekler: 22 veya 25 Nisan.", closing="Bu seçeneklerden biri işinize gelir mi, yoksa size daha uygun bir saat mi bakayım?\n\nSaygılarımla,\nDeniz")).passed
    assert not check("follow_up", "en", reply("en", "Tell me which suits you.", closing="Best,\nJo")).passed


def test_clean_text_a_parenthetical_instruction_to_the_sender() -> None:
    tr = "Garantiniz 12 Mart 2028'e kadar geçerli (uzatılmış garanti var mı bak, varsa tarihi güncelle)."
    assert not check("clean_text", "tr", reply("tr", tr)).passed
    ar = "نقلتُ الزيارة إلى الثلاثاء 2 يونيو ودون أي رسوم. (تحقق من رسوم إعادة الجدولة قبل الإرسال)"
    assert not check("clean_text", "ar", reply("ar", ar)).passed
    fine = "Garantiniz 12 Mart 2028'e kadar geçerli (faturanızda da yazıyor)."
    assert check("clean_text", "tr", reply("tr", fine)).passed


def test_no_redirect_yourself_inside_a_pitch_and_a_store_visit() -> None:
    pitch = (
        "Bir de küçük bir önerim var: Bakım Setimizi de (850 TL) eklememi isterseniz, yüzeyi bundan sonra "
        "kendiniz yenileyebilirsiniz."
    )
    assert check("no_redirect", "tr", reply("tr", pitch)).passed
    store = "Faturanızla Bostancı mağazamıza hafta içi 09:00-19:00 arasında uğradığınızda, arkadaşlarımız farkı iade edecek."
    assert not check("no_redirect", "tr", reply("tr", store), intent="billing_dispute").passed
    note = "Şube ekibine de adınıza not bıraktım, geldiğinizde sizi bekliyor olacaklar."
    assert check("no_redirect", "tr", reply("tr", note)).passed


# ------------------------------------------------------------------ heldout51-52


def test_grounded_word_fractions_and_a_per_portion_price() -> None:
    src = (
        "Weekly hire: 5.5kVA generator at 80.00 GBP/week; total 270.00 GBP.",
        "The customer is refunded one day's hire; on weekly hires, one day is one fifth of the weekly rate.",
    )
    assert run("I've refunded 16.00 GBP, so the week comes to 254.00 GBP.", src).passed
    assert flagged(run("I've refunded 20.00 GBP for the lost day.", src)) == ["20.00 GBP"]
    tr = ("Vela Yazılım, günlük 85 porsiyon.", "Gecikmede o günün porsiyon bedeli faturadan düşülür. Porsiyon fiyatı: 138,00 TL.")
    assert run("85 porsiyonun bedeli olan 11.730,00 TL'yi faturanızdan düştüm.", tr, language="tr").passed
    # a third said in words beside the amount is the working, not a separate claim
    third = ("Lesson 60 minutes, 80.00 GBP; 20 minutes lost.", "Lost time is refunded pro rata.")
    assert run("I've refunded a third of the price, 26.67 GBP.", third).passed


def test_grounded_the_outcome_of_an_escalation_is_no_promise() -> None:
    src = ("Cleaning charge 45.00 GBP applied.", "The branch manager may waive the fee once per account every 12 months.")
    asked = "I've put your request to the branch manager today. If it's a yes, I'll refund the 45.00 GBP to your card."
    assert run(asked, src).passed
    assert flagged(run("I've refunded the 45.00 GBP to your card.", src)) == ["refunded"]


def test_grounded_the_day_of_the_following_month() -> None:
    src = ("A month's credit is applied to the member's bill issued on the 12th of the following month.",)
    assert run("Your April credit will be applied to the bill we issue on 12 May.", src).passed
    assert flagged(run("Your April credit will be applied to the bill we issue on 15 May.", src)) == ["15 May"]


def test_ownership_deflections_from_heldout51_52() -> None:
    assert not check("ownership", "ar", reply("ar", "لكن تعديل المواعيد من صلاحيات الاستقبال وليس من قسمنا."), intent="reschedule").passed
    assert not check("ownership", "en", reply("en", "Refunds aren't something customer care is able to action from our side."), intent="refund").passed
    assert not check("ownership", "en", reply("en", "The platform had already run, and it doesn't go back and add readings that arrive late."), intent="billing_dispute").passed
    assert not check("ownership", "tr", reply("tr", "Montaj takvimleri planlama ekibinin elinde olduğu için tarih değişikliği benim tarafımdan yapılabilen bir işlem değil."), intent="reschedule").passed
    owned = "I've cancelled the debit myself, and the fee has been reversed."
    assert check("ownership", "en", reply("en", owned), intent="billing_dispute").passed


def test_tone_put_downs_from_heldout51_52() -> None:
    assert not check("tone", "en", reply("en", "I'd hoped 35 minutes of our hold music might at least have been relaxing.")).passed
    assert not check("tone", "en", reply("en", "Most of our customers this morning were very understanding about it.")).passed
    assert not check("tone", "tr", reply("tr", "Yani sipariş, sandığınızın aksine bizden çıkmamış."), intent="billing_dispute").passed
    # a NOTE line left in is clean_text's, not shouting
    note = "I've moved the delivery to the 21st.\n\nNOTE - check with transport that the slot is free before this goes out!!"
    assert check("tone", "en", reply("en", note), intent="reschedule").passed
    assert not check("clean_text", "en", reply("en", note), intent="reschedule").passed


def test_upsell_add_ons_and_a_photo_attached() -> None:
    assert not check("no_upsell", "en", reply("en", "Quick tip for next time: if you add our damage waiver when you hire, it's only 12% on top."), intent="complaint").passed
    assert not check("no_upsell", "ar", reply("ar", "مجموعة «الخلطات الملكية» فيها دهن أعمق، ويمكنني إضافتها إلى الشحنة نفسها."), intent="complaint").passed
    photo = "Taksi fişinin fotoğrafını bu yazışmaya eklerseniz 400 TL'ye kadar olan masrafınızı karşılayacağım."
    assert check("no_upsell", "tr", reply("tr", photo), intent="service_outage").passed


def test_turkish_regret_for_disappointment_is_no_apology() -> None:
    body = "İadenizin beklediğinizden uzun sürmesinin sizde hayal kırıklığı yaratmasına üzüldük."
    assert not check("apology", "tr", reply("tr", body), intent="refund").passed
    sympathy = "Annenizi kaybettiğinizi duyduğuma çok üzüldüm. Aboneliğinizi iptal ettim."
    assert check("apology", "tr", reply("tr", sympathy), intent="cancel").passed


def test_a_team_signing_off_is_not_an_unfinished_sentence() -> None:
    draft = "Merhaba,\n\nİadeyi kartınıza başlattım; 5 iş günü içinde yansıyacak.\n\nMırnav Pet Otel Müşteri İlişkileri"
    assert check("clean_text", "tr", draft, intent="refund").passed
    assert not check("signature", "tr", draft, intent="refund").passed


# ------------------------------------------------------------------ heldout53-54


def test_ownership_deflections_from_heldout53_54() -> None:
    for body in (
        "Once a charge is in their queue, it isn't something anyone on our side can pull back.",
        "Waiting time is calculated from the rider's app, so it isn't something I'm in a position to override.",
        "This was down to rough handling by the courier once the parcel left us.",
        "The refund is meant to be triggered automatically on the billing side, and that step didn't fire.",
    ):
        assert not check("ownership", "en", reply("en", body), intent="billing_dispute").passed, body
    assert not check("ownership", "tr", reply("tr", "Bu konuda takdir yetkisi bende olmadığı için kapora iade kapsamının dışında kalıyor."), intent="cancel").passed
    assert not check("ownership", "ar", reply("ar", "وهذه أمور تقنية تحدث أحياناً دون تدخل من أحد."), intent="complaint").passed
    owned = "I've refunded the 34.00 EUR myself; it'll be back on your card within 5 business days."
    assert check("ownership", "en", reply("en", owned), intent="billing_dispute").passed


def test_upsell_pitches_from_heldout53_54() -> None:
    assert not check("no_upsell", "en", reply("en", "I've popped a 15% discount on our facial package onto your account in case you'd like to add it."), intent="reschedule").passed
    assert not check("no_upsell", "en", reply("en", "Our Dedicated Rider package would take this headache away completely."), intent="complaint").passed
    assert not check("no_upsell", "tr", reply("tr", "İsterseniz kaporanızı iade etmek yerine doğrudan bu modele aktarabilirim."), intent="cancel").passed
    refund = "Kaporanızı iade etmek yerine hesabınıza kredi olarak tanımladım; 6 ay içinde kullanabilirsiniz."
    assert check("no_upsell", "tr", reply("tr", refund), intent="refund").passed


def test_next_step_vague_in_new_words() -> None:
    assert not check("next_step", "en", reply("en", "I've added a free adjustment to your order and we'll find a time to have another look at it."), intent="complaint").passed
    assert not check("next_step", "en", reply("en", "I've logged it against your order, and we'll get the missing pieces sorted out for you."), intent="complaint").passed
    back = "I've cancelled the remaining lessons, so the 6 unused lessons come back to you: 222.00 GBP within 5-7 working days."
    assert check("next_step", "en", reply("en", back), intent="cancel").passed


def test_grounded_the_customers_chosen_day_and_a_warranty_repair() -> None:
    src = ("Servis işçiliğinden kaynaklanan sorunlar 30 gün içinde ücretsiz giderilir.", "Atölye pazartesi-cumartesi 10:00-19:00 arası açıktır.")
    assert run("Bisikleti yarın 10:00-19:00 arasında atölyeye bırakırsanız kontrolü aynı gün bitiririm.", src, language="tr").passed
    warranty = ("Serviste değiştirilen parçalarda 6 ay parça ve işçilik garantisi vardır.",)
    assert run("Garanti kapsamındaki onarım ücretsiz.", warranty, language="tr").passed
    assert flagged(run("Onarım ücretsiz.", ("Onarım ücreti 300 TL.",), language="tr")) == ["ücretsiz"]


# ------------------------------------------------------------------ heldout55-56


def test_put_downs_from_heldout55_56() -> None:
    ar = "ويبدو أن مفهوم النظافة يختلف من شخص لآخر. لذلك يبقى خصم التنظيف كما هو."
    assert not check("tone", "ar", reply("ar", ar), intent="billing_dispute").passed
    ar2 = "ونصيحة للمستقبل: من الحكمة ترك هامش للطوارئ، فهذا ما يفعله المحترفون عادةً."
    assert not check("tone", "ar", reply("ar", ar2)).passed
    en = "A little drift is something most growers take in their stride, and lettuces are tougher than they look."
    assert not check("tone", "en", reply("en", en)).passed
    plain = "راجعتُ الصور، والحرق ظاهر فيها فعلاً، لذلك ألغيتُ خصم إصلاح الحرق."
    assert check("tone", "ar", reply("ar", plain), intent="billing_dispute").passed


def test_redirects_from_heldout55_56() -> None:
    tr = "Resepsiyonumuzu 09:00-23:00 arasında arayıp bilgilerinizi verirseniz 220,00 TL'niz iade edilir."
    assert not check("no_redirect", "tr", reply("tr", tr), intent="refund").passed
    ar = "التوصيل إلى الربع الخالي يسعّره فرع الخرج. تستطيعين الاتصال بهم على 0115550123."
    assert not check("no_redirect", "ar", reply("ar", ar), intent="complaint").passed
    ours = "Resepsiyonu ben aradım; 220,00 TL'niz 5 iş günü içinde kartınıza yansıyacak."
    assert check("no_redirect", "tr", reply("tr", ours), intent="refund").passed
