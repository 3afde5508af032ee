"""Generalisations from heldout94-95 and older sets (the nineteenth session): each family,
with the near miss it must still get right. Rules only."""

from __future__ import annotations

from datetime import date

from test_checks import check, reply
from test_grounded import flagged, run

from drafter.evaluation.base import EvalContext
from drafter.evaluation.checks._backing import backing_for
from drafter.evaluation.checks.grounded import _span_after_a_given_date
from drafter.evaluation.numbers import extract
from drafter.schemas import ScoringInput, Source

# ------------------------------------------------------------------ grounded: what the policy keeps

_ORDER = (
    "SO-915560: 1990'lar kot ceket 1.200,00 TL + kargo 85,00 TL; teslim 09.04.2026.",
    "Beden uymaması gibi kişisel nedenlerle iadelerde ürün bedeli iade edilir; gönderim kargo ücreti iade edilmez.",
)


def test_grounded_a_refund_that_includes_the_part_the_policy_keeps() -> None:
    bad = "Ceketi aldığımızda 1.200 TL ürün bedeli ile 85 TL kargo, yani toplam 1.285 TL kartınıza iade edilecek."
    assert flagged(run(bad, _ORDER, language="tr")) == ["1.285 TL"]
    good = "Ceketi aldığımızda 1.200 TL ürün bedeli kartınıza iade edilecek."
    assert run(good, _ORDER, language="tr").passed
    # the reply counting the kept part out is working, not a refund of it
    said = "Ödediğiniz 1.285 TL'nin 85 TL'lik kargo kısmı iade edilmez; 1.200 TL kartınıza iade edilecek."
    assert run(said, _ORDER, language="tr").passed


def test_grounded_an_amount_for_another_count_of_units() -> None:
    src = (
        "Pil aboneliği: 3 aylık paket, 3 kutu pil, 1.080 TL, 1 Nisan 2026'da ödendi; 1 kutu gönderildi.",
        "Abonelik her an iptal edilebilir; gönderilmemiş kutuların bedeli kutu başı 360 TL üzerinden iade edilir.",
    )
    bad = "Gönderilmemiş 2 kutunun bedeli olan 1.080 TL'yi kartınıza iade ettim."
    assert flagged(run(bad, src, language="tr")) == ["1.080 TL"]
    assert run(bad.replace("1.080 TL", "720 TL"), src, language="tr").passed


# ------------------------------------------------------------------ grounded: derived and idiomatic figures

def test_grounded_tomorrow_at_hours_kept_daily() -> None:
    src = ("Equipment that fails is replaced immediately.", "Shop open daily 8:00-17:30.")
    draft = "A fresh, fully checked setup is waiting for you at the counter from 8:00 tomorrow."
    assert run(draft, src).passed
    assert flagged(run(draft, (src[0], "Shop open 8:00-17:30."))) == ["tomorrow"]


def test_grounded_a_dotted_time_after_a_year() -> None:
    src = ("Bakırköy şubesi boş randevular: 16 Nisan 2026 14.30, 17 Nisan 2026 10.00.",)
    assert run("Randevunuzu 16 Nisan saat 14:30'a açtım.", src, language="tr").passed
    assert flagged(run("Randevunuzu 16 Nisan saat 15:30'a açtım.", src, language="tr")) == ["15:30"]


def test_grounded_a_free_item_the_sources_include() -> None:
    src = ("Junior package (under 14): 24.00 USD per day, helmet included.",)
    assert run("Both kids' packages include a helmet at no extra charge.", src).passed
    # "included" as a past verb is no free item: "the April box included a 2019 Barolo"
    past = ("April 2026 box included 2019 Barolo with tasting notes. May box ships 12 May 2026.",)
    assert flagged(run("As a thank-you I've added a complimentary bottle to your May box.", past))


def test_grounded_no_charge_after_cancelling_is_no_waiver() -> None:
    src = ("Monthly fees are not prorated or refunded after payment.",)
    assert run("I've cancelled your subscription, so there will be no charge in May.", src).passed
    assert flagged(run("I've cancelled your subscription, and waived this month's fee.", src))


def test_grounded_a_span_on_from_a_date_given_earlier() -> None:
    # heldout95-tr-003: "sizi 9 Haziran'a aldım. Provadan sonra … 7 gün …, yani … 16 Haziran"
    src = ("Provadan sonraki düzeltmeler için stüdyo 7 gün ayırır.", "Boş prova saatleri: 9 Haziran 2026 Salı 14:00.")
    draft = "Sizi 9 Haziran Salı 14:00'e aldım. Elbiseniz 16 Haziran'da hazır olacak. Teslim 17 Haziran'da."
    ctx = EvalContext(ScoringInput(language="tr", draft=draft, sources=[Source(id=f"s{i}", text=t) for i, t in enumerate(src)]))
    b = backing_for(src)
    first, later, other = (m for m in extract(draft) if m.kind == "date")
    given = {date(2026, 6, 9): first.start}
    assert _span_after_a_given_date(ctx, later, b, given)
    assert not _span_after_a_given_date(ctx, other, b, given)  # 8 days on: no span says so
    # not within one sentence: "pick-up on June 12 … return on June 15" is one booking's two ends
    assert not _span_after_a_given_date(ctx, later, b, {date(2026, 6, 9): later.start - 5})


def test_grounded_a_share_one_amount_is_of_another() -> None:
    src = ("IELTS kursu, 12 hafta, 4.800 TL peşin ödendi; kullanılmayan 9 hafta: 3.600 TL.", "Kullanılmayan haftalar iade edilir.")
    good = "4.800 TL'lik kursta kullanılmayan 9 haftanın karşılığı olan 3.600 TL'yi, yani ödemenizin %75'ini iade ettim."
    assert run(good, src, language="tr").passed
    assert "%80" in flagged(run(good.replace("%75", "%80"), src, language="tr"))


def test_grounded_hours_left_of_one_span_after_another() -> None:
    src = ("Nisan 2026: aylık 20 saat paketi; kayıtlı kullanım 26 saat.", "4 ve 5 Nisan'daki 8 saatlik kullanım yanlış üyeye işlendi.")
    assert run("Bu 8 saati düştüğümde gerçek kullanımınız 18 saat.", src, language="tr").passed
    assert flagged(run("Bu 8 saati düştüğümde gerçek kullanımınız 17 saat.", src, language="tr")) == ["17 saat"]


def test_grounded_idioms_of_time_and_words_like_currency_codes() -> None:
    assert run("I could switch you over in a minute rather than ending the subscription.").passed
    assert run("Around £4 for a night's charging is a real saving.", ("Off-peak rate £4 a night.",)).passed
    assert run("20 kişilik kontenjanımızda şu an 3 yer boş.", ("Kontenjan: 20 kişi, kayıtlı 17.",), language="tr").passed


def test_grounded_a_share_named_after_the_words_that_take_it_off() -> None:
    src = (
        "تُسترد قيمة السماعات عند إعادتها سليمة بعد خصم رسوم تعقيم وإعادة تخزين بنسبة 10%.",
        "زوج سماعات بسعر 1,400 دينار أردني.",
    )
    good = "تنص السياسة على خصم 10% رسوم تعقيم، أي 140 ديناراً من أصل 1,400، فيكون المبلغ المسترد 1,260 ديناراً."
    assert run(good, src, language="ar").passed


# ------------------------------------------------------------------ the judgement checks

def test_follow_up_a_closing_question_whether_it_suits() -> None:
    assert check("follow_up", "ar", reply("ar", "نقلتُ الحصة إلى الاثنين الساعة 7.\n\nالاثنين مناسب لعمر؟", closing="تحياتي،\nمنة الله شاكر\nأكاديمية الرخ")).passed
    assert not check("follow_up", "ar", reply("ar", "نقلتُ الحصة إلى الاثنين الساعة 7.", closing="تحياتي،\nمنة الله شاكر\nأكاديمية الرخ")).passed


def test_no_upsell_turkish_pitches_without_the_word_offer() -> None:
    priced = (
        "Rezervasyonunuzu iptal ettim ve 1.300 TL'nin tamamını iade ettim. İyileştiğinizde kayak okulumuzun "
        "2 saatlik özel derslerini (1.800 TL) düşünebilirsiniz."
    )
    assert not check("no_upsell", "tr", reply("tr", priced), intent="cancel").passed
    trial = "Sigortanızı iptal ettim. Yeni modellerimiz çok rahat; bu ay bu modelleri 7 gün ücretsiz deneyebilirsiniz."
    assert not check("no_upsell", "tr", reply("tr", trial), intent="cancel").passed
    plain = "Rezervasyonunuzu iptal ettim ve 1.300 TL'nin tamamını iade ettim; 5 iş günü içinde kartınızda olur."
    assert check("no_upsell", "tr", reply("tr", plain), intent="cancel").passed


def test_apology_regret_for_expectations_or_a_feeling_left() -> None:
    ar = "يؤسفنا أن وقت الانتظار لم يأتِ على قدر ما كنت تتوقعه منا. راجعتُ الموعد ونقلتُه إلى الغد الساعة 10."
    assert not check("apology", "ar", reply("ar", ar)).passed
    tr = "Size daha erken bir tarih sunamamış olmamızın sizde bıraktığı burukluk için üzgünüz."
    assert not check("apology", "tr", reply("tr", tr)).passed
    plain = "Size daha erken bir tarih sunamadığımız için özür dilerim; sizi 9 Haziran'a aldım."
    assert check("apology", "tr", reply("tr", plain)).passed


def test_ownership_disowning_the_fix() -> None:
    ar = "الرسم انضاف أوتوماتيكياً من تقرير الورشة، ونحنا ما منقرّر شي بهالرسوم."
    assert not check("ownership", "ar", reply("ar", ar), intent="billing_dispute").passed
    tr = "Kurulumunuzu iptal ettim. Kaporanızın iadesi ise benim yetkimde olan bir işlem değil."
    assert not check("ownership", "tr", reply("tr", tr), intent="cancel").passed
    owned = "Kurulumunuzu iptal ettim ve 2.000 TL kaporanızı kartınıza iade ettim."
    assert check("ownership", "tr", reply("tr", owned), intent="cancel").passed


def test_grounded_hours_an_amount_pays_for_and_a_turkish_condition() -> None:
    src = ("B Odası 12 Mayıs 2026 19:00-22:00, 2.550 TL; gürültülü kısmın bedeli 1.275 TL.", "Etkilenen sürenin bedeli (saatlik 850 TL) iade edilir.")
    good = "Etkilenen 1,5 saatin bedeli olan 1.275 TL'yi (saatlik 850 TL üzerinden) kartınıza iade ettim."
    assert run(good, src, language="tr").passed
    assert "2,5 saatin" in flagged(run(good.replace("1,5 saatin", "2,5 saatin"), src, language="tr"))
    cond = "Bir saat sonra ünite hâlâ kırmızı yanıyorsa bu mesaja yanıt vermeniz yeterli."
    assert run(cond, ("Kurulum yaklaşık 40 dakika sürer.",), language="tr").passed
    promise = "Ünite bir saat içinde yeniden çalışacak."
    assert flagged(run(promise, ("Kurulum yaklaşık 40 dakika sürer.",), language="tr"))


def test_grounded_a_time_moved_by_the_span_of_its_sentence_and_a_score_difference() -> None:
    src = ("Room 3, 14 April 2026, 19:00-22:00, £54.00. Room 3 is free until 23:00.", "Duty manager on site with a master key from 19:30.")
    good = "I've extended your session by the 30 minutes you're losing: you now have the room until 22:30."
    assert run(good, src).passed
    assert "22:45" in flagged(run(good.replace("22:30", "22:45"), src))
    score = ("Giriş denemesi: 61,25; son deneme: 83,75.", "Öğrencinin bildirdiği sonuç: 87,5.")
    assert run("87,5 ile tam 26,25 puan yükseldiniz.", score, language="tr").passed
    assert flagged(run("Hesabınıza 500 puan ekledim.", score, language="tr")) == ["500 puan"]


def test_ownership_blame_put_on_a_partner_staff_or_the_contract() -> None:
    partner = (
        "Your installation was carried out by one of our partner electricians, so the hole is really down to how "
        "their team left the job rather than anything at our end. I've booked them to come back on 14 April."
    )
    assert not check("ownership", "en", reply("en", partner)).passed
    staff = "In fairness to our mechanic, hydraulic brakes can be temperamental. I've booked you in for 14 April at 09:00."
    assert not check("ownership", "en", reply("en", staff)).passed
    owned = "We left that hole unsealed, and that's on us. I've booked our electrician to seal it on 14 April at 09:00."
    assert check("ownership", "en", reply("en", owned)).passed
    ar = "العقد هو الذي يقرر هنا وليس أنا، والعربون غير قابل للاسترداد نقداً."
    assert not check("ownership", "ar", reply("ar", ar), intent="refund").passed
