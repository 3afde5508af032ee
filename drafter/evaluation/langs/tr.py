"""Turkish rule pack.

Patterns are over text folded by drafter.text.fold_turkish (ı/i -> i, ş -> s, ğ -> g,
ç -> c, ö -> o, ü -> u), so vowel harmony collapses to i/u and a/e: "dim" covers
-dım/-dim, "dug" covers -duğ/-düğ. Turkish is agglutinative, so most patterns are
stems plus suffix classes rather than words.
"""

from __future__ import annotations

from . import Rule, RulePack, gated, rx

_APOL = r"(?:ozur dile\w*|ozur\w*|uzgun\w*|kusura bakma\w*|affed\w*|affet\w*|affiniza \w+|affinizi \w+)"
# "… sizde hayal kırıklığı yaratmasına üzüldük", "memnun kalmadığınızı duymak bizi üzdü": regret
# for what the customer went through, in the second person: a non-apology, never a real one
# (not sympathy for what happened to them: "kaybettiğinizi duyduğuma çok üzüldüm")
# "bundan duyduğumuz üzüntüyü iletmek isteriz": sorrow conveyed at a distance, nothing owned
_SORROW_CONVEYED = r"\buzuntu\w* (?:iletmek|belirtmek|paylasmak|ifade etmek) isteri[mz]\b"
_SAD_FOR_YOU = (
    r"\b(?:hayal kirikligi|memnun kalmadiginiz|memnun olmadiginiz|rahatsiz olman\w*|rahatsizlik duyman\w*|"
    r"beklentinizi karsilama\w*|kizgin olman\w*|magdur (?:hissetmeniz|olman)\w*)\w*\b[^.!?]{0,40}"
    r"\b(?:uzul(?:du|dum|duk|mustur)|bizi (?:cok |gercekten )?uzdu)\b"
)
_MONTH = r"(?:ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik)"
_DAY = r"(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar)"
_NUM = r"(?:\d+(?:[.,]\d+)?(?:\s?-\s?\d+)?|bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz|on|on bes|yirmi|otuz|kirk sekiz|birkac)"
# a unit and its suffixes; not the words that merely start like one ("güncelleme", "ayar", "aynı")
_UNIT = r"(?:is gun|calisma gun|gun(?!cel|es|ey)|saat|dakika|hafta|ay(?!ar|ni|ri\b|rica))\w*"
# -(y)AmA- negative ability in the first person: yapamiyorum, edemem, silemeyiz, veremedim
_CANT = r"\w+(?:a|e)m(?:iyorum|iyoruz|am|em|ayiz|eyiz|ayacagim|eyecegim|ayacagiz|eyecegiz)"
_CONTACT_V = (
    # no imperative "sorun" (ask): in a reply it is nearly always the noun "problem"
    r"(?:arayin\w*|arayiniz|arayabilir\w*|aramaniz\w*|arayarak|ulasin\w*|ulasabilir\w*|ulasmaniz\w*|"
    # ("ekibimiz sizinle iletişime geçer / geçecek", "sizinle iletişime geçip": we get in touch,
    # nobody is sent anywhere)
    r"(?<!sizinle )iletisime gec(?!il)(?!er\b|ecek\b|ecekler\b|ecektir\b)\w*|irtibata gec(?!il)\w*|basvur\w*|(?<!bana )(?<!bize )yazin\w*|yazabilir\w*|yazmaniz gerek\w*|"
    # "koordinatörümüze … WhatsApp üzerinden yazmanız yeterli" (not "bana … yazmanız yeterli": here)
    r"(?<=uzerinden )yazmaniz yeterli|(?<=numarasindan )yazmaniz yeterli|(?<=adresine )yazmaniz yeterli|"
    r"gonder(?:in|iniz|ebilir\w*|meniz\w*)|at(?:in|abilir\w*|maniz\w*)|doldur(?:un|unuz|abilir\w*|maniz\w*)|"
    r"ziyaret ed(?:in|iniz|ebilir\w*)|ziyaret etmeniz\w*|ugra(?:yin|yabilir\w*|maniz\w*)|"
    r"gid(?:in|iniz|ebilir\w*)|gitmeniz\w*|gelmeniz\w*|gelin(?!\s*(?:&|ve damat|damat))|olustur(?:un|abilir\w*|maniz\w*)|"
    r"ac(?:in|abilir\w*|maniz\w*)|bildir(?:in|ebilir\w*|meniz\w*)|ilet(?:in|ebilir\w*|meniz\w*)|"
    r"kullan(?:in|abilir\w*|maniz\w*)|gorus(?:un|ebilir\w*|meniz\w*)|danis(?:in|abilir\w*|maniz\w*)|"
    r"talep(?:te bulun\w*| et\w*)|sec(?:in|ebilir\w*|meniz\w*)|yapmaniz gerek\w*|yapabilirsiniz|yapin|"
    r"gorusup|(?<!sizinle )iletisime gecip|basvurup|arayip|(?<!teslim )(?<!iade )\w+(?:meniz|maniz) (?:gerek\w*|lazim)|sor(?:abilirsiniz|maniz\w*|mak)|"
    # conditional "if you write / call / drop by ..., it will be done"
    r"(?<!bana )(?<!bize )yazarsaniz|e-?posta atarsaniz|mail atarsaniz|ararsaniz|ugrarsaniz|giderseniz|gonderirseniz|basvurursaniz|doldurursaniz|iletirseniz|ulasirsaniz|iletisime gecerseniz)"
    # ("karavanı şubeye teslim etmeniz gerekiyor": the hired goods brought back, not a channel)
    # "iki kez kayıt açmanıza rağmen": what the customer already did, not where we send them
    r"(?!\w*\s(?:ragmen|karsin)\b)"
)
_CHANNEL = (
    # the customer's own address, number or e-mail ("adresinizi yazın") is not elsewhere
    # nor "ilan numarasını yazın" (send it here) or "telefon görüşmenizi" (the call they made)
    # nor a registration as the topic ("kayıt kapanışıyla ilgili sormak istediğiniz")
    r"(?:musteri hizmetleri\w*|cagri merkez\w*|destek hatt\w*|hatt(?!iniz)\w*|numara(?!li|niz|sini (?:bana |bize |buraya )?(?:yazin|iletin|gonderin|paylasin|yazarsaniz|iletirseniz|gonderirseniz))\w*|telefon(?!unuz| gorusmeniz)\w*|"
    # (not a treatment applied: "Uygulama biraz uzarsa", "Uygulamadan sonra balkonu 12 saat kapalı tutmanız yeterli")
    r"web site\w*|internet site\w*|site\w*|sayfa\w*|uygulama(?!dan sonra|dan once|nin ardindan| sonrasi| sirasinda| biraz| uzar)\w*|portal\w*|form\w*|sube\w*|santral\w*|dahili|yazihane\w*|gise\w*|"
    # (nor the customer's own team or office: "ekibinizle", "ofisinize")
    r"magaza\w*|ofis(?!iniz)\w*|bayi\w*|birim(?!iniz)\w*|departman(?!iniz)\w*|ekib(?!iniz)\w*|ekip\w*|bolum(?!unuz)\w*|servis\w*|"
    r"adres(?!iniz)\w*|e-?posta(?!niz|nizi|niza)\w*|mail(?!iniz)\w*|@|www\.|http|canli destek|whatsapp|online islemler\w*|"
    r"muhasebe\w*|banka\w*|kargo firma\w*|satici\w*|uretici\w*|gonderici\w*|talep\w*|kayit(?!larimiz|imiz)(?!\w*\s+(?:\w+\s+)?(?:ile\s+)?ilgili)\w*|kendilerine|onlara|(?<!kapiyi )onlarla)"
)

PACK = RulePack(
    lang="tr",
    greeting=rx(
        r"^(?:merhaba\w*|sayin|degerli|sevgili|iyi gunler|gunaydin|iyi aksamlar|selam\w*|hos geldiniz)\b"
    ),
    generic_address=rx(
        r"\b(?:musterimiz|musteri|degerli musterimiz|sayin musterimiz|efendim|yetkili|ilgili|uyemiz|"
        r"kullanici\w*|misafirimiz|abonemiz|yolcumuz|hanimefendi|beyefendi|hasta\w*)\b"
    ),
    signoff=rx(
        r"^(?:saygilar\w*|sevgiler\w*|iyi gunler|iyi calismalar|iyi aksamlar|keyifli\b|saglikli\b|tesekkurler|"
        r"tesekkur ederim|en iyi dilek\w*|selamlar|hoscakal\w*|sevgiyle|kolay gelsin|iyi yolculuklar|"
        r"iyi tatiller|iyi okumalar|iyi haftalar|guzel gunler)[^.?!]{0,40}[,!]?$"
    ),
    team_sign=rx(
        r"\b(?:ekibi|ekip|ekibimiz|musteri hizmetleri|musteri iliskileri|destek|departmani|birimi|yonetim\w*|ailesi|"
        r"cagri merkezi|merkezi)\b"
    ),
    apology=rx(
        # (not the customer's sadness understood: "üzgün olduğunuzu çok iyi anlıyorum")
        r"\b(?:ozur\w*|uzgun(?!\w* (?:oldugunuz|olmaniz|oldugunu))\w*|kusura bakma\w*|affed\w*|affet\w*|af dile\w*|affiniza|affinizi|mahcub\w*)\b",
        _SAD_FOR_YOU,
        _SORROW_CONVEYED,
    ),
    non_apology=(
        Rule(rx(_SAD_FOR_YOU), "effect"),
        Rule(rx(_SORROW_CONVEYED), "conditional"),
        Rule(
            # "Bu deneyimin sizde böyle bir his bırakmış olmasından dolayı üzgünüz": the feeling regretted;
            # "sizi mağdur hissettirdiyse bunun için üzgünüz": regret on condition
            # "kargo firması adına sizden özür dileriz": an apology made for someone else
            # "Planlarınızın son anda değişmesinin size yaşattığı bu telaştan ötürü üzgünüz": what it put them through
            rx(r"\b(?:size yasattigi|sizde biraktigi) (?:bu )?\w+ (?:oturu|icin|dolayi|nedeniyle) (?:cok )?(?:uzgun|uzuldu)\w*|\b(?:sizde|size) (?:boyle |bu |oyle )?bir (?:his|izlenim|duygu|intiba) birak\w*|\bhissettirdiyse\b|\bhissettiyseniz\b|\b(?:olusan |yaratilan )?olumsuz (?:izlenim|intiba|hissiyat)\w* (?:icin|nedeniyle|dolayi)\b"
               r"|\b(?:kargo firmasi|kurye|tedarikci|banka|uretici|nakliye firmasi|\w+ firmasi)\w* adina (?:sizden )?ozur dileriz\b"),
            "feelings",
        ),
        Rule(
            rx(
                r"\b(?:rahatsizlik|aksaklik|sorun|problem|olumsuzluk|olumsuz deneyim|magduriyet|sikinti|"
                r"memnuniyetsizlik|yasananlar|yasanan durum|bu durum|tatsizlik|karisiklik|deneyim|"
                r"zahmet|uzuntu|hayal kirikligi|yasanan\w*|tum bunlar|bunlar|herhangi bir|her turlu)\w*"
                # "yeni ekranın sorun çıkardığı için", "onarımımızın sorunu çözmediği için":
                # names what of ours failed, like "sorry the new screen is playing up"; not
                # an effect on the customer ("gecikme için özür dilerim" is "sorry for the delay")
                r"(?!\s+(?:cikar|cikart|yarat|olustur)(?:d|t)(?:i|u)g(?:i|u)\b)"
                r"(?!\s+\w+(?:madig|medig)\w*\s+(?:icin|dolayi))"
                r"\s+(?:\w+\s+){0,2}(?:icin|dolayi|nedeniyle|sebebiyle|oturu)?\s*(?:\w+\s+){0,2}"
                + _APOL,
            ),
            "effect",
        ),
        Rule(
            rx(
                r"\b(?:hissettiginiz|hissetmeniz|hissetmenize|uzgun oldugunuz|uzuldugunuz|uzulmeniz\w*|"
                r"memnun kalmadiginiz|memnun olmadiginiz|kizgin oldugunuz|kirgin oldugunuz|kirildiginiz|"
                r"boyle dusunmeniz\w*|boyle dusundugunuz|bu sekilde hissett\w+|hayal kirikligina ugradiginiz|"
                r"yasadiginiz|yasamaniz\w*|yasamis oldugunuz|karsilastiginiz|karsilasmaniz\w*|karsilasmis olmaniz\w*|yasamis olmaniz\w*|maruz kaldiginiz|"
                r"magdur oldugunuz|sikinti cektiginiz|canizin sikilmasi\w*|canizin sikildigi)\b[^.!?]{0,50}"
                + _APOL,
            ),
            "feelings",
        ),
        Rule(
            rx(
                # (both vowel harmonies: "kırıldıysanız", "gölgelediyse")
                r"\b\w+(?:d|t)(?:i|u)y(?:sa|se)(?:niz)?\b[^.!?]{0,40}" + _APOL,
                r"\b(?:eger|sayet|sayed)\b[^.!?]{0,60}" + _APOL,
                # "Yaşanmış olabilecek bir aksaklık için affınıza sığınırız": a fault that may have happened
                r"\b\w+(?:mis|mus|mus|mis) olabilecek\b[^.!?]{0,50}" + _APOL,
                _APOL + r"\s*,?\s*(?:ama|ancak|fakat)\b",
                r"\b(?:duydugumuza|ogrendigimize|duymak)\b[^.!?]{0,10}(?:uzgun\w*|uzuldu\w*)",
            ),
            "conditional",
        ),
    ),
    own_fault=rx(
        r"\b\w+(?:d|t)(?:i|u)g(?:i|u)m(?:iz)?\b",
        r"\b(?:hatamiz|hatam|hatamizdan|kusurumuz|bizim (?:hatamiz|yuzumuzden|kusurumuz)|bizden kaynakli|tarafimizdan|yuzumuzden|ihmalimiz)\b",
    ),
    first_person_action=rx(
        r"\b(?!yardim\b|adim\b|kadim\b|otomatik\b|politik\b|kritik\b|pratik\b|estetik\b|istatistik\b|plastik\b|mantik\b|lojistik\b|teknik\b)\w{2,}(?:d|t)(?:i|u)(?:m|k)\b",
        r"\b\w+(?:ecegim|acagim|ecegiz|acagiz)\b",
        r"\b(?!\w*(?:diliyor|anliyor|biliyor|umuyor|dusunuyor|hissediyor|istiyor|rica ediyor|tesekkur ediyor))\w+(?:iyorum|iyoruz|uyorum|uyoruz)\b",
        r"\b\w+(?:ebilirim|abilirim|ebiliriz|abiliriz)\b",
        r"\b\w{2,}(?:eyim|ayim|elim|alim)\b",
        r"\b(?:degistiririm|iptal ederim|iade ederim|ayarlarim|gonderirim|hallederim|ilgilenirim)\b",
        r"\b(?:bizzat|kendim)\b",
    ),
    ownership_bad=(
        Rule(
            # "bana düşen bir karar değil", "bizim bölümümüzün işi değil": whose job it is, said instead of doing it
            rx(
                r"\b(?:bana dus\w* bir (?:karar|is)|benim (?:elimde|yetkimde|kararim|isim)|bizim (?:bolumumuzun|departmanimizin|ekibimizin|birimimizin) (?:isi|sorumlulugu)) degil\b",
                # "Kaporanızın iadesi ise benim yetkimde olan bir işlem değil"; "bizim elimizden pek bir şey gelmiyor"
                # "iptal ve iade işlemleri benim yetki alanımda olmadığından bu adımı kendim atamıyorum"
                r"\b(?:benim|bizim) yetki alan(?:im|imiz)(?:da|in) (?:olmadig\w*|degil\w*|disinda\w*)|"
                r"\b(?:benim|bizim) (?:yetkimde|yetkimizde|elimde|elimizde) olan bir (?:islem|is|sey|karar|konu) degil\b|\belimizden (?:pek |fazla )?bir sey gelmiyor\b",
                r"\b(?:elimde (?:bir sey|olan bir sey|yapabilecegim bir sey) yok|bir etkimiz (?:yok|bulunmuyor)|onlarin (?:bolumunde|sorumlulugunda|hatasi)|sorumluluk onlar\w*)\b",
                r"\bpolitikamiz (?:bu konuda )?(?:cok |son derece |gayet )?(?:acik|net|kesin)\b",
                # "o sabahki gecikme tamamen şoförün güzergâh planlamasından kaynaklandı": someone else's fault, wholly
                r"\btamamen (?:\w+(?:nin|nun|in|un) )(?:\w+ ){0,3}\w+(?:dan|den|tan|ten) kaynaklan\w*",
                # "bu konuda klinik olarak bizim elimizden gelen bir şey yoktu"; "durumunu onlar değerlendirecek.
                # Uygun görülmesi halinde … size ayrıca dönüş sağlanacaktır"
                r"\belimizden gelen (?:bir sey|hicbir sey|pek bir sey) (?:yok|yoktu|olmadi|bulunmuyor)\w*|\bonlar (?:degerlendirecek|karar verecek)\w*|\buygun gorul(?:mesi|dugu) (?:halinde|durumunda|takdirde)\b",
                # "bizim ekibimizin değil, muhasebenin onayıyla", "benim tarafımdan ... mümkün olmuyor"
                r"\b(?:bizim|benim) (?:\w+ )?(?:ekibimizin|ekibimin|birimimizin|bolumumuzun|departmanimizin|magazamizin|subemizin|isimiz|sorumlulugumuz|sorumlulugum|yetkimiz|yetkim|elimizde|kararimiz)\w* degil\b",
                r"\b(?:benim|bizim) (?:taraf(?:imdan|imizdan)|ekran(?:imdan|imizdan)|panel(?:imden|imizden)|sistem(?:imden|imizden))\b[^.!?]{0,50}\b(?:mumkun (?:olmuyor|degil)|yapilamiyor|yapilamaz)\b"
                # "ödeme altyapısının kendi kendine yaptığı bir yeniden deneme"
                r"|\b(?:altyapi|sistem|uygulama|yazilim|program)\w* kendi kendine\b",
                r"\b(?:onlarin|[a-z]+(?:nin|nun|in|un)) (?:kararidir|karari|sorumlulugundadir|sorumlulugunda|yetkisindedir|yetkisinde)\b[^.!?]{0,30}\b(?:bizim|benim|degil)\b",
                # "sorun tamamen depo tarafında oluşmuş", "hata tamamen saha ekibinin kaydından"
                # "bu süreçlere bizim tarafımızdan müdahale etme imkânı bulunmuyor", "birimin yapabileceği pek bir şey olmuyor"
                r"\b(?:mudahale|mudahil|karisma) (?:etme|olma) (?:imkani|olanagi|sansi|yetkisi)\w* (?:ne yazik ki |maalesef )?(?:bulunmuyor|yok|olmuyor)\b|\belinde olan bir (?:durum|sey|konu) degil\w*|\b(?:tamamen )?onlarin \w+ bagli\b|\byapabilecegi (?:pek |fazla )?bir (?:sey|is) (?:olmuyor|yok)\b",
                # "görünen o ki kargo firması gereken özeni göstermemiş"; "benim yapmam mümkün olmuyor"
                r"\b(?:kargo|kurye|tedarikci|banka|uretici|nakliye)(?!ya veril)(?!\w*m[iu]z\b)\w*(?: firmasi| sirketi)? (?:\w+ ){0,5}\w+(?:memis|mamis)\b|\bdagitim asamasinda olus\w*|\bbenim (?:\w+ )?\w+(?:mam|mem) mumkun (?:olmuyor|degil)\b",
                r"\btamamen (?:\w+ )?(?:depo|kargo|kurye|saha|tedarikci|banka|uretici|fabrika|muhasebe|teknik|magaza|sube)\w* (?:taraf\w*|ekib\w*|birim\w*|kaynakl\w*|hatas\w*|firma\w*|sirket\w*|merkez\w*)",
                # "bu ceza bizden değil, bankanın altyapısından"; "müdahale edebileceğimiz bir şey değil"
                # "bu talebi buradan başlatmam mümkün olmuyor"; "bana kalmış bir karar değil"; "bizim kontrolümüzde olan bir şey değil"
                r"\b(?:buradan|benim tarafimdan|bizim tarafimizdan) (?:\w+ )?\w+(?:mam|mem|mamiz|memiz|masi|mesi) mumkun (?:olmuyor|degil)\b|\bbana kalmis bir (?:karar|sey|is) degil\b|\bkontrolumuz(?:de|un disinda)\w*(?: olan bir (?:sey|konu|durum))? degil\b|\bkontrolumuz disinda\b",
                # "tahsilatlar benim ekranımdan yönetilmiyor"; "bizim tarafımızda oluşan bir durum değil"; "randevunuz bizim salondan değil"
                r"\b(?:benim|bizim) (?:ekranim|sistemim|ekranimiz|sistemimiz|birimim|birimimiz)dan yonetilmiyor\b|\bbizim taraf\w* olusan bir (?:durum|sey|hata) degil\b|\bbizim (?:\w+dan|\w+den) degil\b|\bekibimizin (?:o gun )?yapabilecegi bir (?:sey|is) yoktu\b|\baslinda o tarafta\b",
                r"\bbizden (?:degil|kaynakli degil)\b|\bbizim (?:hatamiz|sucumuz|kusurumuz) degil\b|\b(?<!kabul )\w+(?:ebilecegimiz|abilecegimiz|ebilecegim|abilecegim|ebilecegi|abilecegi) bir (?:sey|konu|durum|is) degil\b",
                # "gecikmeler tamamen onların şoför planlamasından kaynaklanıyor"; "tek tek değiştirmemiz mümkün değil"
                r"\bonlarin\b[^.!?]{0,40}\bkaynaklan\w*|\b\w+(?:mamiz|memiz) (?:pek )?mumkun (?:degil|olmuyor)\b",
                # "bu tür durumlar çoğu zaman kumaşın kendi yapısından kaynaklanıyor"
                r"\bkendi (?:yapisindan|dogasindan|ozelliklerinden|ozelliginden) kaynaklan\w*",
                # "koordinasyon ekibimizin takibinde olduğu için benim tarafımda yapılabilecekler oldukça sınırlı"
                r"\b\w+(?:nin|nun|in|un) (?:takibinde|sorumlulugunda|yetkisinde|kontrolunde) oldugu icin\b|\byapilabilecekler (?:\w+ )?sinirli\b",
                # "sipariş üzerinde bir işlem yapmam mümkün olmuyor"; "tamamen eczacılarımızın yetkisinde olduğu için"
                r"\b(?!tamam\b)\w+(?:mam|mem) (?:pek )?mumkun (?:degil|olmuyor)\b|\btamamen (?:\w+ ){0,2}\w+(?:nin|nun|in|un) (?:yetkisinde|sorumlulugunda|kararinda|onayinda)\w*",
                r"\bayri bir (?:ekip|birim|firma|sirket|departman)\w* tarafindan\b|\b(?:oradan|onlardan) kaynaklan\w*",
                # "kesintiler altyapı firmasından kaynaklanıyor", "sorun tamamen onların tarafında", "müşteri hizmetlerinin bir dahli bulunmuyor"
                r"\b(?:firmasinin|sirketinin|saglayicinin|tedarikcinin|ekibinin|biriminin) (?:isi|sorumlulugu|gorevi|sorumlulugunda)\b|"
                # "bu tür iadeler benim ekranımdan yapılabilen işlemler arasında değil"
                r"\b(?:ekranimdan|tarafimdan|buradan) yapilabil\w* (?:islemler|seyler)\w* arasinda degil\w*|"
                # "bizim tarafta yapılabilecek bir işlem kalmıyor"; "sistem tarafından alındığı için … müdahale edebileceğimiz bir şey değildi"
                r"\byapilabilecek (?:bir |hicbir )?(?:\w+ ){0,2}(?:islem|sey|adim)\w* (?:de |da )?(?:kalmiyor|yok|bulunmuyor)\b|\bsistem tarafindan (?:alindig|verildig|yapildig)\w*|"
                r"\b(?:firma|sirket|saglayici|tedarikci|partner|is ortag|ortag)\w*\b[^.!?]{0,50}\bkaynaklan(?:iyor|di|mis|makta)\w*|\bonlarin taraf(?:inda|indadir|indan)\b|\bbir (?:dahli|dahlimiz|dahlim) (?:bulunmuyor|yok|olmadi)\b",
                r"\b(?:sonrasi|gerisi|bundan sonrasi) (?:maalesef |artik )?(?:onlarin|kargonun|firmanin|bankanin) (?:kontrolunde|elinde|sorumlulugunda)\b",
                # "çağrı merkezinin kontrolünde olan bir şey değil"; "iade kararları tamamen finans biriminin elinde"
                # "bankanın talimatı kapatmamasından kaynaklanıyor"; "depo ekibinin inisiyatifinde"; "benim sürece bir katkım olamıyor"
                r"\b(?:banka|kargo|kurye|tedarikci|uretici|nakliye|depo)\w* (?:\w+ ){0,6}\w+(?:mamasindan|memesinden|masindan|mesinden) kaynaklan\w*"
                r"|\b\w+(?:nin|nun|in|un) inisiyatifinde\b|\b(?:benim|bizim) (?:\w+ )?bir katki(?:m|miz) (?:olamiyor|yok|bulunmuyor)\b",
                # "gecikme tamamen teslimatı yapan firmanın tarafında oluşmuş"; "iade benim ekranımdan açılamıyor";
                # "ancak üst birimin onayıyla değiştirilebiliyor"
                # "revir süreçleri doğrudan benim sorumluluk alanımda olmasa da"
                r"\b(?:benim|bizim) sorumluluk alan(?:im|imiz)da (?:olmasa|degil)\w*|"
                r"\btamamen (?:\w+ ){0,3}\w+(?:nin|nun|in|un) taraf(?:inda|indan)\b|\b(?:benim|bizim) (?:ekranim|ekranimiz|sistemim|sistemimiz)\w* (?:\w+ )?\w+(?:amiyor|emiyor)\b|\bancak (?:\w+ ){0,2}onayiyla\b",
                # "ne hekimimizin ne de bizim kontrolümüzde olan şeyler"; "hastaları bilgilendirmek şube resepsiyonunun görevi"
                r"\bne de (?:bizim|benim) (?:kontrolumuzde|kontrolumde|elimizde|yetkimizde)\b|\b(?:resepsiyon|danisma|muhasebe|depo|kargo|saha|teknik|sube)\w*(?:nin|nun|in|un) gorevi\b",
                # "tamamen bankanızın işlem hızına bağlı; bizim tarafımızda hızlandırılabilecek bir adım kalmıyor";
                # "başka bir müşterimizin ürününden kaynaklandığı"; "ekibimizin uzmanlık alanına girmediği için"
                r"\b\w+(?:ilabilecek|ilebilecek|ulabilecek|ulebilecek) (?:bir |hicbir )?(?:\w+ ){0,2}(?:islem|sey|adim)\w* (?:de |da )?(?:kalmiyor|yok|bulunmuyor)\b"
                r"|\btamamen (?:\w+ ){0,2}(?:banka|kargo|kurye|tedarikci|uretici|nakliye)\w* (?:\w+ ){0,3}bagli\b"
                r"|\bbaska bir (?:musteri\w*|kisi\w*|kullanici\w*)\b[^.!?]{0,40}kaynaklan\w*|\b(?:uzmanlik|sorumluluk|yetki) alan\w* (?:girmedig\w*|girmiyor|disinda)\b",
                # "biz yalnızca bilet satışına aracılık ediyoruz; … bizim bir müdahalemiz olmuyor"
                r"\b(?:biz|bizler) (?:sadece|yalnizca) (?:\w+ ){0,3}aracilik ed\w*|\bbizim (?:bir |hicbir )?mudahale(?:miz|mize) (?:olmuyor|yok|bulunmuyor)\b|\btamamen (?:firma|sirket|operator|isletme)\w* (?:kendi )?\w+ ilgili\b",
                r"\b(?:tamamen |buyuk olcude |buyuk oranda )?bizim disimizda\b|\b(?:dogrudan |herhangi )?bir kontrolumuz (?:bulunmuyor|yok)\b|\bkontrolun(?:de|da)(?: olan bir (?:sey|konu|durum))? degil\b"
                r"|\b(?:tamamen|tamamiyla|tamamiyle|yalnizca|sadece) (?:\w+ ){0,2}\w+(?:nin|nun|in|un) elinde(?:dir)?\b",
            ),
            "disown",
        ),
        Rule(
            rx(
                # "beklemiyorum" is "bekle" negated (I don't expect), not "bekl-emiyorum"
                # "söylemeden geçemeyeceğim" (I must say): a lead-in, tone's finding, not powerlessness
                # ("kendimi affedemiyorum" is remorse, not powerlessness)
                r"\b(?!tamam\b)(?!(?:anlat|soyle|iste|tarif|ifade|tesekkur|vurgula|bil|anlay|affed)\w*\b)(?<!meden )(?<!madan )"
                r"(?!(?:bekle|izle|dinle|ekle|isle|gizle|gozle|basla|hazirla|topla|yolla|hatirla|planla|onayla|engelle|guncelle|hesapla|ayarla|sakla|kolla|dinlen|ozle|ode|uygula|yukle|kapla|tamamla)m)" + _CANT + r"\b",
                r"\b(?:yetkim|yetkimiz)\b[^.!?]{0,15}\b(?:yok|bulunmuyor|disinda|dahilinde degil|olmadig\w*|yetmiyor)\b",
                # "poliçe iptalleri … benim onay verebildiğim işlemler arasında yer almıyor; bu tür talepler
                # iptal-iade masasının önüne düşüyor": not among what I may approve, another desk's pile
                r"\bbenim (?:\w+ ){0,2}\w+(?:ebildigim|abildigim) (?:islemler|konular|seyler)\w* arasinda (?:yer almiyor|degil|bulunmuyor)\b|\b\w+ (?:masasinin|biriminin|ekibinin) onune dus\w*",
                # "benim yapabildiğim tek şey talebinizi aktarmak" (a passive "alınamıyor" is also how
                # an outage is described: "uygulamaya erişilemiyor")
                r"\byapabildigim tek (?:sey|is)\b",
                r"\byetkili degil(?:im|iz)\b",
                r"\b(?:elimde|elimizde)\b[^.!?]{0,15}\b(?:degil|bir sey yok|yok)\b",
                r"\b(?:benim|bizim)?\s?(?:yapabilecegim|yapabilecegimiz|yapabilecegim bir sey|elimden gelen)\b[^.!?]{0,15}\b(?:degil|yok)\b",
                # "müdahale edebileceğimiz pek bir şey yok", "yapabileceğimiz bir şey maalesef bulunmuyor"
                r"\b\w+(?:ebilecegimiz|abilecegimiz|ebilecegim|abilecegim|ilebilecek|ilabilecek) (?:pek |fazla |hicbir |herhangi )?bir (?:sey|is)\b[^.!?]{0,25}\b(?:yok|bulunmuyor|olmuyor|kalmiyor)\b",
                r"\belimden (?:bir sey|hicbir sey|baska bir sey|fazlasi) gelmiyor\b",
                r"\b(?:imkan|olanak|yetki|sans|firsat)(?:im|imiz)\b[^.!?]{0,10}\b(?:yok|bulunmuyor|olmuyor)\b",
                r"\b(?:bizim|benim) (?:degil|isimiz degil|isim degil|elimde degil)\b",
                r"\b(?:maalesef|ne yazik ki)\b[^.!?]{0,60}\b(?:mumkun degil|mumkun olmuyor|yapilamiyor|yapilamaz|olmuyor|edilemiyor|edilemez)\b",
                r"\b(?:benim|bizim) (?:birimim|birimimiz|departmanim|departmanimiz|gorevim|isim|konum|sorumlulugum|alanim)\w*\b[^.!?]{0,20}\b(?:degil|disinda)\b",
                r"\b(?:gorev|sorumluluk|yetki|calisma) alanim\w* disinda\b",
                r"\b(?:rolum|gorevim|yetkim|isim|gorev tanimim|yetki alanim|sorumlulugum)\w*\b[^.!?]{0,15}\b(?:kapsam|dahil|icin)\w*\b[^.!?]{0,10}\b(?:degil|olmadig\w*|girmiyor|disinda)\b",
                # "Kasa iadelerini benim ekranımdan yapmam mümkün olmadığı için talebinizi muhasebe birimimize aktardım"
                r"\b(?:ekranimdan|sistemimden|hesabimdan|panelimden) (?:\w+ )?(?:yapmam|yapabilmem|gerceklestirmem|vermem) mumkun (?:olmadig|degil)\w*",
                r"\b(?:izin vermiyor|izin vermez|izin vermemekte|olanak tanimiyor|olanak vermiyor|imkan tanimiyor|imkan vermiyor|izin verilmiyor|musaade etmiyor|secenek sunmuyor|secenegi yok|boyle bir secenek)\w*\b",
            ),
            "powerlessness",
        ),
        Rule(
            rx(
                r"\b(?:sistem|yazilim|program|uygulama|otomasyon|platform|ekran|bilgisayar|arac)\w*\b[^.!?]{0,40}\b(?:izin vermiyor|gostermiyor|desteklemiyor|kabul etmiyor|hata\w*|ariza\w*|otomatik\w*(?! olarak (?:\w+ ){0,3}\w+(?:ecek|acak)\w*)|kaynakli|engell\w*|vermiyor|yapmiyor|acmiyor|kilitl\w*|reddet\w*|cokt\w*)\b",
                r"\b(?:sistem|teknik|yazilim|otomasyon|bilgisayar)\w* (?:hatasi|arizasi|sorunu|kaynakli|problemi)\w*\b",
                r"\b(?:politika|kural|prosedur|yonetmelik|sozlesme|sart|kosul)\w*\b[^.!?]{0,30}\b(?:izin vermiyor|izin vermez|yasak\w*|mumkun degil|engel\w*|elvermiyor)\b",
                r"\b(?:geregi|uyarinca|nedeniyle)\b[^.!?]{0,40}\b(?:yapamiyoruz|mumkun degil|yapilamaz|edilemez|edemiyoruz|olmuyor|veremiyoruz|yapamayiz|edemeyiz)\b",
                r"\b(?:kargo firma\w*|kurye\w*|depo\w*|teknisyen\w*|banka\w*|tedarikci\w*|is ortag\w*|diger birim\w*|baska birim\w*|uretici\w*|magaza\w*)\b[^.!?]{0,30}\b(?:hata\w*|suclu|sorumlu\w*|kaynakli|yuzunden)\b",
                r"\b(?:onlardan|onlarin|kendilerinden|karsi taraftan) (?:kaynakli|yuzunden|hatasi)\b",
                r"\b(?:bizden kaynakli|bizim hatamiz|bizim sucumuz|bizim kusurumuz) (?:degil|olmadig\w*)\b",
                r"\b(?:yalnizca|sadece)\b[^.!?]{0,50}\b(?:secenegi|secenek|izin|imkan)\w* (?:cikiyor|veriyor|var|taniyor|sunuyor)\b",
                # "mükerrer çekimler bankanın tahsilat sisteminden kaynaklanabiliyor"; "ofisten herhangi bir müdahale olmadan faturaya eklenmiş"
                r"\b(?:banka|kargo|kurye|tedarikci|uretici|nakliye|depo|saglayici)\w* (?:\w+ ){0,3}\w+(?:sinden|sindan|inden|indan|nden|ndan) kaynaklan\w*",
                r"\b(?:ofis|ekib|bizim|bizden|personel|kimse)\w* (?:\w+ ){0,2}mudahale\w* olmadan\b",
                # "Bu hata mağazamızdan değil, camları üreten laboratuvardan kaynaklanıyor; camı yanlış kesen taraf onlar"
                r"\b\w+(?:dan|den|tan|ten) degil,? (?!bizim\b|bizden\b|bizim \w+)(?![^.!?;]{0,60}\w+(?:imiz|umuz|imizin|umuzun)(?:dan|den|tan|ten) kaynaklan)[^.!?;]{0,60}(?:dan|den|tan|ten) kaynaklan\w*|\b\w+(?:en|an) taraf onlar(?:dir)?\b",
                # "bu eşleştirme finans tarafının elinde olduğu için hata benim ekranımdan düzeltilebilecek bir şey değil"
                r"\b\w+ tarafinin elinde\b|\b\w+ (?:ekibin|ekibinin|biriminin|bolumunun|departmaninin) elinde\b|\b(?:takdir )?yetki(?:si)? bende (?:olmadig|olmadig\w*|yok|degil)\w*|\b\w+(?:nin|nun|in|un) sorumlulugundaydi\b|\bbenim tarafimdan (?:\w+ )?(?:yapilabilen|yapilabilecek|degistirilebilen|degistirilebilecek) bir (?:islem|sey|is) degil\b|\b(?:benim |bizim )?ekran(?:im|imiz)dan (?:duzeltilebilecek|yapilabilecek|degistirilebilecek|halledilebilecek) bir sey degil\b",
                # "cihaz bizden kusursuz çıktı; gerisi kargonun marifeti"
                r"\bbizden (?:kusursuz|saglam|sorunsuz|eksiksiz|hasarsiz) (?:cikti|cikiyor|cikmisti)\b|\bgerisi (?:\w+nin|\w+nun|\w+in|\w+un) (?:marifeti|isi|sorunu|sorumlulugu)\b",
                # "ürünlerimiz depodan sağlam çıkıyor, bozulma tamamen taşıma sırasında yaşanmış; kargo firması adına özür dileriz"
                # "çakışmalar uygulamanın kendi senkronizasyonu yüzünden zaman zaman yaşanabiliyor"
                r"\b(?:sistem|yazilim|program|uygulama|platform|otomasyon)\w* kendi \w+ (?:yuzunden|nedeniyle|kaynakli)\b",
                # the customer blamed: "28 Mart'ta sizi aradığımızda randevuyu siz ertelemiştiniz"
                r"\b(?:randevuyu|randevunuzu|tarihi|siparisi|siparisinizi|odemeyi|iptali|teslimati|bakimi) siz (?:\w+ )?\w+(?:mistiniz|mustunuz)\b",
                # "… ödeme kuruluşunun talimat listesini zamanında güncellememesinden kaynaklanıyor; yani bizim tarafımızda yapılmış bir işlem söz konusu değil"
                r"\bbizim taraf\w* (?:yapilmis |kaynakli |olan )?bir (?:islem|hata|sorun|eksik)\w* (?:soz konusu )?degil\b",
                # "anlaşmalı olduğumuz temizleme firması yapıyor, yani bu sefer gözden kaçıran onlar oldu"
                r"\b(?:gozden kaciran|hatayi yapan|hata yapan|atlayan|unutan) (?:da )?onlar(?: oldu|dir|di)?\b",
                r"\b(?:kargo firmasi|kurye|tedarikci|banka|uretici|nakliye firmasi)\w* adina (?:sizden )?ozur dileriz\b|\btamamen (?:tasima|kargo|teslimat|nakliye) (?:sirasinda|surecinde) (?:yasanmis|olmus|meydana gelmis)\b|\bdepodan (?:saglam|eksiksiz|sorunsuz) (?:cikiyor|cikti|cikmisti)\b",
            ),
            "blame",
        ),
        Rule(
            rx(
                r"\b(?:muhasebe|finans|teknik|ilgili|diger|baska|fatura|iade|satis|kargo|lojistik|depo|yonetim|ust|merkez|operasyon)\w* (?:birim|departman|ekip|ekib|servis|bolum|merkez|yonetim|ofis)\w*\b[^.!?]{0,40}\b(?:tarafindan|ilgilenecek\w*|ilgilenir|kesecek\w*|kesecegi|yapacak\w*|yapacagi|halledecek\w*|karar verecek\w*|karar verir|sorumlu\w*|bakiyor|bakar|bakacak\w*|yetkili\w*|ilgileniyor|isidir|konusudur|alanina giriyor|alanindadir)\b",
                r"\b(?:bu|bu konu|bu islem)\b[^.!?]{0,20}\b(?:birim|departman|ekip|bolum)\w*\s(?:isi|konusu|sorumlulugu|yetkisinde|alaninda)\w*\b",
                r"\b(?:birim|departman|ekib|ekip|bolum|merkez)\w*\s(?:isi|gorevi|sorumlulugu|sorumlulugunda|konusu|yetkisinde)\b",
            ),
            "handoff",
        ),
    ),
    ownership_excuse=rx(
        r"\b(?:ilettim|gonderdim|yonlendirdim|aktardim|bildirdim|talep ettim|istedim|rica ettim|takip edecegim|bizzat|ben de|kendim|baslattim|olusturdum|actim)\b",
    ),
    fault_ours=rx(
        r"\b\w+(?:imiz|umuz|mizin|muzun|mizdaki|muzdaki|mizda|muzda|mizde|muzde)\b[^.!?]{0,40}\b(?:hata|hatasi|ariza|arizasi|sorun|sorunu|aksaklik)\w*",
        r"\b(?:bizden kaynakl\w*|bizim (?:hatamiz|sucumuz)|hata (?:tamamen )?bizde|kusur bizde|tarafimizdaki)\b(?! (?:degil|olmadi))",
        # "o firmayla çalışmayı biz seçtik, sorumluluk da bizde"
        r"\bsorumluluk (?:da |tamamen )?(?:bizde|bize ait|bizim)\b",
        r"\b(?:bu|ama bu) (?:bir )?mazeret (?:degil|olamaz)\b",
        # "sistemimiz çöktüğü … için özür dilerim": our failure, apologised for
        r"\b\w+(?:imiz|umuz|imizin|umuzun) \w+(?:dugu|digi|tugu|tigi|dugun|digin)\w*\b[^.!?]{0,60}\bicin (?:ozur|uzgun)\w*",
        # "araç arızası nedeniyle geç kaldığımız doğru": what we did, admitted
        r"\b\w+(?:digimiz|dugumuz|tigimiz|tugumuz) (?:dogru|dogrudur|bir gercek)\b",
    ),
    redirect=(
        Rule(
            rx(
                r"\bkendiniz\b[^.!?;]{0,60}\b(?:yapabilir\w*|edebilir\w*|iptal ed\w*|degistir\w*|basvur\w*|olustur\w*|verin|verebilir\w*|doldur\w*|yukle\w*)",
                # "Randevularım bölümünden … kendiniz taşıyabilirsiniz"
                # (not goods collected in person: "siparişinizi depomuzdan kendiniz alabilirsiniz")
                r"\bkendiniz (?:\w+ )?(?!alabilirsiniz\b|gelip alabilirsiniz\b|teslim alabilirsiniz\b)\w+(?:ebilirsiniz|abilirsiniz)\b",
                # "bagaj ofisimize uğrayıp durumu anlatmanız yeterli"
                r"\b(?:ugrayip|gelip|gidip|arayip|basvurup|ziyaret edip)\b[^.!?;]{0,50}\b\w+(?:maniz|meniz) (?:yeterli|gerekiyor|gerekir|lazim)\b",
                # "lütfen 0216 … numaralı şube hattını arayıp sipariş numaranızı bildirin"
                r"\blutfen\b[^.!?;]{0,60}\b(?:arayip|ugrayip|gidip|basvurup)\b",
                r"\b(?:lutfen|rica ederiz)\b[^.!?;]{0,80}\b(?:sistem|uygulama|site|portal|bolum|sube|ofis|gise|form|sekreterlik|birim)\w*\b[^.!?;]{0,40}\b(?:verin|yapin|basvurun|gidin|ziyaret edin|doldurun|iptal edin|girin|yukleyin|olusturun|ugrayin)\b",
                r"\b(?:lutfen|rica ederiz)\b[^.!?;]{0,40}\b(?:ziyaret edin|ugrayin|gidin|gelin)\b",
                # "0850 … numarasından arayıp sipariş numaranızı iletmenizi öneririm"; "Müdürlüğü'ne başvurmanız gerekiyor"
                r"\b(?:arayip|ugrayip|gidip|basvurup|yazip)\b[^.!?;]{0,60}\b\w+(?:menizi|manizi) (?:oneririm|oneriyorum|tavsiye ederim|rica ederim|rica ediyorum)\b",
                r"\b(?:basvurmaniz|gitmeniz|ugramaniz|gelmeniz) (?:gerekiyor|gerekir|gerekmektedir|lazim|sart)\b",
                # "emanet bürosuna uğramanızı ya da doğrudan onları aramanızı rica ederim"; "resepsiyonu arayıp bilgilerinizi verirseniz iade edilir"
                r"\b(?:aramanizi|ugramanizi|basvurmanizi|gitmenizi|iletisime gecmenizi) rica eder\w*|\b(?:arayip|ugrayip)\b[^.!?;]{0,60}\b\w+(?:irseniz|irsaniz|erseniz|arsaniz)\b",
                # "Bostancı mağazamıza hafta içi 09:00-19:00 arasında uğradığınızda, mağazadaki arkadaşlarımız farkı iade edip"
                r"\b(?:magaza|sube|ofis|gise|merkez|servis)\w*\b[^.!?;,]{0,50}\b(?:ugradiginizda|geldiginizde|gittiginizde|basvurdugunuzda)\b",
                # "randevu hattımız 0212 555 80 44'ü arayarak ya da kadransaat.example/randevu adresinden seçip ayırtabilirsiniz"
                r"\barayarak\b(?:[^.!?;]|\.(?=\w)){0,80}\b\w+(?:ebilirsiniz|abilirsiniz)\b",
            ),
            "channel",
        ),
        Rule(
            rx(
                # ("sizin ayrıca bir yere başvurmanıza gerek yok": ruled out)
                r"\b" + _CHANNEL + r"[^.!?;]{0,80}?\b" + _CONTACT_V + r"\b(?! (?:hic |artik )?gerek (?:yok|kalma)\w*)",
                # "mobil uygulamamızdaki 'Randevularım' ekranına girip randevunuzu taşımanız yeterli"
                r"\b(?:uygulama(?!dan sonra|dan once|nin ardindan| sonrasi| sirasinda)|web site|internet site|portal|online islemler)\w*\b[^.!?;]{0,60}\b(?!guncelle)\w+(?:meniz|maniz) yeterli\b",
                # (a web address's dots inside: "lütfen dalgaboyu.example/tasima adresindeki formu doldurun")
                r"\b(?:lutfen|rica ederiz)\b(?:[^.!?;]|\.(?=\w)){0,60}\b" + _CONTACT_V + r"\b",
                r"\b(?:arayin|arayiniz|arayabilir\w*|ulasin\w*|ulasabilir\w*|iletisime gec\w*)\b[^.!?;]{0,30}(?:\+?\d[\d ()-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+|www\.)",
                r"(?:\+?\d[\d ()-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)[^.!?;]{0,30}\b(?:arayin\w*|arayabilir\w*|ulas\w*|gonder\w*|yaz\w*|iletisime gec\w*)\b",
            ),
            "channel",
        ),
        Rule(
            rx(
                r"\b(?:ilgili|baska|diger|muhasebe|finans|teknik|satis|iade|kargo)\w* (?:birim|departman|ekip|ekib|servis|bolum)\w*\s(?:\w+\s)?(?:gorus(?!tu[mk]\b)\w*|iletisime\w*|basvur\w*|danis(?!ti[mk]\b)\w*|sorma\w*|ulas(?!ti[mk]\b)\w*)\b",
                r"\b(?:konuyu|bunu|talebinizi)\b[^.!?;]{0,30}\b(?:ile|e|a)\s(?:gorusmeniz|gorusun|iletmeniz|iletin|sormaniz)\b",
            ),
            "team",
        ),
    ),
    same_channel=rx(
        # "if there is anything else, please write (to us)": this same conversation
        r"\blutfen (?:bana |bize )?(?:cekinmeden |hemen |tekrar |yine )?(?:yazin|yaziniz|yazmaktan cekinmeyin)\b(?![^.!?;]{0,40}(?:@|www|adres|numara|hatt|form|site|uygulama))",
        # "sizi arayıp" / "sizi arayarak": we call the customer
        r"\bsizi (?:\w+ )?ara(?:yip|yarak|yacak\w*|riz|r)\b",
        r"\b(?:bu (?:mesaja|e-?postaya|epostaya|maile|yazismaya|talebe|kanala|kanaldan|sohbete)|yanit olarak|cevap olarak|buradan|dogrudan bana|bana yazmaniz|bana yanit)\b",
        r"\b(?:sizi|size|sizinle)\b[^.!?;]{0,20}\b(?:arayacag\w*|arayacak\w*|ulasacag\w*|ulasacak\w*|yazacag\w*|donus yapacag\w*|iletisime gececeg\w*|iletisime gecece\w*|gonderecegim)\b",
    ),
    contact_asked=rx(
        r"\b(?:telefon numara\w*|numaraniz\w*|iletisim bilgi\w*|e-?posta adres\w*|nasil ulas\w*|nereden|nereye|hangi sube\w*|subeniz\w*|adresiniz\w*|yetkili (?:biri|kisi)\w*|yonetici\w*|mudur\w*|sikayet (?:birim|hatt)\w*|gelebilir miyim|arayabilir miyim)\b",
    ),
    vague=rx(
        # "düğününüzün ardından müsait olduğunuz bir dönemde ekibimiz sizinle iletişime geçer": some time
        r"\b(?:musait|uygun) oldugunuz bir (?:donem|zaman|gun|an)\w*",
        # "uygun bir zaman çıkarsa ayarlayıp size döneriz, bir şekilde hallederiz": somehow, if ever
        r"\bbir (?:sekilde|yolunu bulup|yolunu bulur) (?:hallederiz|halledecegiz|cozeriz|cozecegiz|ayarlariz)\b|\buygun bir (?:zaman|gun|saat|bosluk) cikarsa\b",
        # "yeni teslimat planlaması en uygun şekilde yapılacak": done somehow, some time
        r"\ben uygun (?:sekilde|bicimde) (?:yapilacak|planlanacak|ayarlanacak|duzenlenecek|halledilecek)\b",
        # "kapora iadenizle ilgili gerekli işlemleri başlatacağım": which steps, and when?
        r"\bgerekli (?:islem|adim|kontrol|calisma|duzenleme|takip)\w* (?:baslat|yap|gerceklestir|tamamla)\w*",
        # "Rapor hazırlandığında e-posta adresinize gönderilecek": when is that?
        r"\b\w+(?:landiginda|lendiginda|ndiginda|ndiginde|ildiginda|ildiginde)\b[^.!?;]{0,60}\b\w+(?:ilecek|ilecektir|ulacak|ulacaktir)\b",
        # "Finans tarafı onayı verdiğinde tutar kartınıza yansıyacaktır", "uygun bir seans çıktığında
        # sizi yerleştirip haber vereceğim": when someone else gets round to it is no when
        r"\b(?:taraf\w*|birim\w*|ekib\w*|departman\w*) (?:\w+ )?(?:onay\w* )?(?:verdiginde|onayladiginda|tamamladiginda|dondugunde)\b",
        r"\buygun (?:bir )?(?:seans|zaman|yer|tarih|slot|gun|saat|kontenjan)\w* (?:ciktiginda|bulundugunda|acildiginda|olustugunda|ciktikca)\b",
        # "elden gelen yapılacaktır"; "elbet bir ara düzelir"; "iade süreci tamamlanınca size ayrıca haber vereceğim"
        r"\belden gelen(?:in)? (?:en iyisi )?yapil\w*|\bbir ara (?:duzelir|hallolur|gelir|biter|cozulur)\b|\b\w+ (?:sureci|islemi) tamamlaninca (?:size )?(?:ayrica )?(?:haber ver|bilgi ver|donus yap)\w*",
        # (not "Tarih yaklaştığında": the date is the one just named)
        # (nor "İade kartınıza ulaştığında", when the money arrives: its time is the refund's)
        r"(?<!tarih )(?<!gunu )(?<!randevu )(?<!kartiniza )(?<!hesabiniza )\b\w+(?:lestiginde|lastiginda|kesinlestiginde|belli oldugunda|ortaya ciktiginda)\b",
        r"\b(?:kisa (?:sure|zaman)(?:da| icinde| icerisinde)?|en kisa (?:surede|zamanda)|en yakin zamanda|yakinda|ilerleyen (?:gunlerde|zamanda|surecte|donemde)|onumuzdeki (?:donemde|gunlerde|surecte)|sirasi geldiginde|zamani geldiginde|zamanla|bir an once|mumkun olan en kisa)\b",
        r"\b(?:cozulebilir|cozulecektir|cozulecek|cozume kavusturulacak\w*|halledilecek\w*|halledilebilir|ilgilenilecek\w*|incelenecek\w*|bakilacak\w*|degerlendirilecek\w*|duzeltilecek\w*|giderilecek\w*|donus yapilacak\w*|bilgi verilecek\w*|bilgilendirileceksiniz|size donulecek\w*|sizinle iletisime gecilecek\w*|ilgili ekip\w* inceleyecek\w*|bakilir|ilgilenilir|halledilir)\b",
        # "size daha sonra dönüş yapacağım"; "zaman meselesi"
        # "konuyu değerlendirip sizin için uygun bir telafi yolu bulacağız"
        r"\buygun bir (?:telafi|cozum|care|yol)\w* (?:\w+ )?bul(?:acag|ac)\w*",
        # "Durum netleşir netleşmez size tekrar dönüş yapacağım"; "çekimden önce sonuçlanacağını umuyorum"
        r"\bnetlesir netlesmez\b|\b\w+(?:acagini|ecegini) umuyorum\b",
        # "yeni tarihle ilgili size ayrıca döneceğim"
        r"\b(?:sizinle|size|sizi) (?:daha sonra|sonra|ileride|bir ara) (?:iletisime gec|ulas|donus yap|geri don|haber ver|bilgi ver|bilgilendir|yaz)\w*|\bzaman meselesi\b|\bsize ayrica don(?:ecegim|ecegiz)\b",
        # ("16.200 TL'nin yarısı size geri dönecek": the money coming back, not a promise to write)
        r"(?<!yarisi )(?<!tutar )(?<!tutari )(?<!paraniz )(?<!ucret )\b(?:sizinle|size|sizi) (?:iletisime gec|ulas|donus yap|geri don|haber ver|bilgi ver|bilgilendir)\w*?(?:ecek|acak|ecegiz|acagiz|ecegim|acagim|ilecek|ulecek|ecektir|acaktir)\w*\b",
        r"\b(?:(?:surec|konu|durum|talep)\w* takip ediliyor|takip ediyoruz|takipteyiz|takibindeyiz)\b",
        # "inceleme tamamlandığında gerekli düzeltme yapılacaktır": when an internal review ends is no when
        r"\b(?:inceleme|degerlendirme|surec|islem|kontrol)\w* (?:tamamlandiginda|sonuclandiginda|bittiginde|bitince)\b",
        # "uygun bir çözüm bulmaya çalışacağım": an attempt, with no when
        r"\b(?!anlat|acikla|ozetle)\w+(?:maya|meye) calisacag(?:im|iz)\b",  # (not "size sade anlatmaya çalışacağım": how this reply explains)
        # "Pilot arkadaş müsait olunca bir gün uğrar … kurguyu da çabucak atarız"; "Hava düzeldiğinde uygun bir gün bakıp"
        # "Kaydınız uygun bir zamanda tamamlanabilir"; "ziyaretinizi en uygun şekilde ayarlayacağım"
        r"\buygun bir (?:zamanda|tarihte|gunde)\b(?! (?:gelip|ugray|arayip))|\ben uygun (?:sekilde|bicimde) (?:ayarla|planla|duzenle)\w*",
        r"\b(?:musait|bos) ol(?:unca|dugunda|dugu zaman)\b|\bbir gun ugra\w*|\bcabucak\b|\b(?:hava|durum|isler)\w* (?:duzeldiginde|duzelince|normale don(?:unce|dugunde))\b",
        r"\b(?:gerekeni yapacag\w*|elimizden geleni|ne yapabilecegimize bak\w*|ne yapilabilecegine bak\w*|neler yapabilecegimize bak\w*|konuyu (?:takip|inceleme)\w* al\w*|takibe al\w*|kaydiniza not (?:dus|al)\w*|not dustum|size (?:geri )?donus yapacag\w*|size donecegiz|size donecegim|sizinle iletisime gececeg\w*|ilgilenecegiz|bakacagiz|inceleyecegiz|arastiracagiz|halledecegiz|cozecegiz)\b",
    ),
    when=rx(
        r"\b\d{1,2}\s?" + _MONTH + r"\w*",
        r"\b" + _DAY + r"\w*\b",
        r"\b\d{1,2}[:.]\d{2}\b",
        r"\bsaat \d",
        r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b",
        # not "uygun bir gün" or "bir gün uğrar": a day, some day, not when ("bir gün içinde" is)
        r"\b(?<!uygun )(?<!musait )(?<!bos )(?!bir gun (?!icinde|once|sonra|kala|boyunca|sure))" + _NUM + r"\s" + _UNIT + r"\b",
        r"\b\d{1,2}'\w*\s(?:kadar|itibaren)\b",  # "ayın 17'sine kadar"
        r"\b(?:bugun\w*|yarin\w*|bu aksam|bu ogleden sonra|bu hafta\w*|haftaya|hemen|derhal|simdi|su anda|simdiden|aninda|gun sonuna kadar|gun icinde|az once|zaten|en gec|ertesi gun|bir sonraki (?:fatura|odeme|donem|ay)\w*|ay sonu\w*|ay sonuna kadar)\b",
    ),
    commitment=rx(
        r"\b\w+(?:ecek|acak|ecegim|acagim|ecegiz|acagiz|ecektir|acaktir|eceksiniz|acaksiniz)\b",
        r"\b\w{2,}(?:d|t)(?:i|u)(?:m|k)\b",
        r"\b\w+(?:ildi|ulmistir|ilmistir|landi|lendi|ildi)\b",
        r"\b(?:yeterli|yeterlidir)\b",
        r"\b(?:gecerli|yururluge girer|yururlukte|sona erer|biter|baslar)\w*\b",
        r"\b\w+(?:ebilirsiniz|abilirsiniz)\b",
        r"\b\w{2,}(?:eyim|ayim|elim|alim)\b",
        r"\b(?:yanit verin|yanitlayin|yazin|bildirin|haber verin)\b",
        r"\b\w+(?:ir|ur|er|ar)\b(?=[^.!?]*\b(?:icinde|kadar|itibaren)\b)",
        r"\b(?:devam ediyor|devam edecek|baslar|yansir|ulasir|bekleniyor|ongoruyor|ongoruluyor|tahmin ediliyor|planlaniyor)\b",
        r"\b\w{3,}(?:ir|ur|ar|er)(?:im|iz)\b",
        r"\b\w{3,}(?:iyor|uyor)(?:uz|um)?\b",
    ),
    upsell=(
        Rule(
            rx(
                # "aylık 6.900 TL'lik … özel ofislerimizi de düşünebilirsiniz"; "Pro Analitik'e geçebilirsiniz … Sponsorlar
                # bu verileri çok seviyor"; "aynı seansta diş beyazlatma da yaptırabilirsiniz; hastalarımız sonuçtan çok memnun kalıyor"
                # "Köpük Partisi eklentisini de eklemek isterseniz … 1.500,00 TL yerine 1.200,00 TL'ye sunuyoruz"
                # "ileride … birlikte alan çiftlere sunduğumuz paket fiyatından yararlanmanızı çok isterim"
                r"\bpaket fiyatindan yararlanmanizi\b|\b(?:sundugumuz|ozel) (?:paket|kampanya)\w* (?:fiyat|indirim)\w*(?:dan|den) yararlan\w*",
                r"\beklenti\w* (?:de )?eklemek isterseniz\b|\byerine [\d.,]+ tl'?(?:ye|ya) sunuyoruz\b",
                # "Madem geliyorsunuz, keratinin yanına saç botoksu da ekleyelim mi?"; "hafta sonu konaklamalarımızı düşünebilirsiniz"
                # "Düğününüzü planlarken Teras Salonumuzu düşünmenizi öneririm"
                r"\b\w+(?:umuzu|imizi|imuzu|unuzu) dusunmenizi oneririm\b",
                r"\bmadem (?:geliyorsunuz|gelecek\w*|buradasiniz|gelmisken)\b|\b(?:da|de) ekleyelim mi\b|\b\w+(?:larimizi|lerimizi) dusunebilirsiniz\b",
                r"\b\w+(?:imizi|larimizi|lerimizi) de dusunebilirsiniz\b|\b(?:tek tikla|hemen) \w+(?:'?(?:e|a|ye|ya)) gecebilirsiniz\b",
                # "Yalnız tamamen bırakmadan önce bir şeyi düşünmenizi isterim: Güvende Dal programımız …"
                r"\b(?:tamamen )?(?:birakmadan|vazgecmeden|ayrilmadan) once\b[^.!?]{0,40}\b(?:dusunmenizi|dusunun|bir sey|bakmanizi|sunu)\b",
                r"\b(?:musteri|hasta|uye|kullanici|misafir|danisan|ogrenci)\w*(?:lerimiz|larimiz) (?:\w+ )?(?:cok|gercekten) (?:memnun kaliyor|seviyor|begeniyor)\b|\b\w+ (?:bu|bunu|bunlari) (?:verileri |ozelligi )?cok seviyor\b",
                r"\bayni (?:seansta|randevuda|ziyarette|gun) [^.!?;]{0,60}\bda (?:yaptirabilirsiniz|ekletebilirsiniz|alabilirsiniz)\b",
                # "setimizde … tek tek almaktan çok daha avantajlı oluyor. Belki karar verirken onu da hesaba katmak istersiniz"
                r"\b(?:cok )?daha avantajli (?:oluyor|olur)\b|\bhesaba katmak (?:istersiniz|isteyebilirsiniz)\b|\b\w+ modelimiz de var\b",
                # "Belki şehirden uzaklaşınca daha kolay olur diye hatırlatayım: … Yaz Kampımızın erken kayıt dönemi"
                r"\berken kayit (?:donemi|indirimi|firsati|avantaji|fiyati)\w*|\bbelki\b[^.!?:]{0,60}\bdiye hatirlatayim\b",
                # "Kaydı tamamen kapatmadan önce aklınızda bulunsun: … Su Uyum Programımız var"; "Endurance formatımızı mutlaka deneyin";
                # "otomatik klor dozaj ünitesi taktırmayı düşünebilirsiniz; … fiyat da versin"
                r"\b(?:tamamen )?(?:kapatmadan|iptal etmeden|sonlandirmadan) once\b|\bmutlaka (?:deneyin|denemelisiniz|bir goz atin)\b",
                r"\b\w+(?:mayi|meyi) (?:da )?dusunebilirsiniz\b[^.!?]{0,120}\b(?:fiyat|ucret|kurulum|paket)\w*",
                # "bir üst sınıf aracı aynı fiyata veriyoruz … rezervasyonu bu avantajla hemen açarım"; "aklınızın bir köşesinde tutun"
                r"\bbir ust (?:sinif|paket|model|segment|kategori)\w*(?![^.!?]{0,60}\b\w+(?:dim|dik|tim|tik|dum|duk|tum|tuk)\b)|\baklinizin bir kosesinde\b|\bbu avantaj(?:la|dan)\b",
                # "bungalovlarımıza da bir göz atmanızı isterim … yerler hızla doluyor"; "hizmetimizle tanışmanızı çok isterim";
                # "bir gece daha eklemeyi düşünür müsünüz?"
                r"\b\w+(?:imiza|imize|umuza|umuze) (?:da |de )?(?:bir )?goz atmanizi (?:cok )?(?:isterim|oneririm|tavsiye ederim)\b|\b\w+(?:imizle|imizla|umuzla|umuzle) tanismanizi\b",
                r"\b(?:yerler|kontenjan\w*|kapasite\w*|kontenjanlar)\b (?:\w+ )?(?:hizla|cabuk|hemen) dol\w*|\b(?:eklemeyi|uzatmayi|almayi|yukseltmeyi) (?:da )?(?:dusunur mu(?:sunuz|ydunuz)|dusunebilirsiniz)\b|\bhazir \w+(?:ken)\b",
                # "iptali ertelemeye çevirip kaporanızı koruyabilirim"; "kaporanızı iade etmek yerine bu modele aktarabilirim"
                r"\biptali (?:ertelemeye|dondurmaya) cevir\w*|\b(?:iade etmek|iptal etmek) yerine (?:dogrudan )?(?:bu|yeni|baska) (?:modele|pakete|urune|plana|uyelige)\b",
                # "EczaKapı Plus üyeliğiyle tüm siparişlerde teslimat ücretsiz"; "Küçük bir ipucu da bırakayım"
                r"\buyeligi(?:yle|nde)\b[^.!?]{0,60}\b(?:ucretsiz|indirimli|dahil|avantaj\w*)|\b(?:kucuk )?bir ipucu (?:da )?(?:birakayim|vereyim|paylasayim)\b",
                # "yeni açtığımız 'Kutup Üssü' odası"; "sabah kampımıza katılmayı düşünebilirsiniz"
                # "kumaş koruma uygulamasını da düşünebilirsiniz … İsterseniz siparişinize hemen ekleyeyim"
                r"\b\w+ da dusunebilirsiniz\b|\bsiparisinize (?:hemen |de )?ekleyeyim\b|"
                # "Bu ay bu modelleri 7 gün ücretsiz deneyebilirsiniz": a free trial of something new
                r"\b(?:ucretsiz|bedava)(?: olarak)? deneyebilirsiniz\b|"
                r"\byeni (?:actigimiz|cikardigimiz|baslattigimiz|ekledigimiz)\b|\b\w+(?:imiza|imize|umuza|umuze) (?:katilmayi|gecmeyi|uye olmayi|abone olmayi) (?:da )?dusunebilirsiniz\b",
            ),
            "pitch",
        ),
        Rule(
            rx(
                r"\b(?:ayrilmadan|gitmeden|iptal etmeden|karar vermeden|kapatmadan) once\b(?=[^.!?]{0,80}\b(?:ister misiniz|goz at\w*|dusun\w*|paket(?!let)\w*|teklif\w*|kampanya\w*|indirim\w*|firsat\w*|deneme\w*|avantaj\w*|bilmenizi isterim|kontenjan\w*|yer ayir\w*))",
                # not "beklemekten vazgeçmenizi çok iyi anlıyorum" (I understand you giving up)
                r"\b(?:(?<!bizden )vazgec(?!menizi (?:cok )?(?:iyi )?anliyor)(?!me (?:politika|hakk|sure|bedel|kosul))\w*|bizimle kal\w*|bizde kal\w*|fikrinizi degistir\w*|tekrar dusun\w*|sizi kaybetmek\w*|kaybetmek istemeyiz|kaybetmek istemiyoruz)\b",
                r"\b(?:kapatmak|iptal etmek|ayrilmak|gitmek|bitirmek|sonlandirmak|feshetmek) yerine\b",
                # "ofis yerine eve çiçek isteyenler için bir Ev Aboneliği'miz de var … bir düşünün derim"
                r"\b(?:abonelig|paket|uyelig|plan)\w*(?:imiz|miz) de var\b|\bbir dusunun derim\b",
                # "Yolcan Gold üyeliğiyle … hiç uğraşmazsınız. İsterseniz üyeliğinizi şimdiden başlatayım."
                r"\b(?:uyeliginizi|aboneliginizi|paketinizi|planinizi) (?:simdiden|hemen) (?:baslat|ac|tanimla|aktif)\w*",
                # "ileride bir nişan için bizi yeniden düşünürseniz diye %15 indirim tanımladım"
                r"\bbizi (?:yeniden|tekrar|bir daha) (?:dusunur|tercih eder|hatirlar)\w*",
                # "iptali geri alıp üyeliğinizi sürdürmek isterseniz"; "üyelerimizin çoğu taşındıktan sonra da bizimle devam ediyor";
                # "Ekspres'i tercih ederseniz sipariş başı 250 TL farkla"
                # "yalnızca bilginiz olsun diye ekliyorum: mevcut paketinizle devam etseydiniz …"; "aylık 59 TL'lik Liman Dijital üyeliğimizle"
                r"\b(?:mevcut|su anki) (?:paketiniz|uyeliginiz|aboneliginiz|planiniz)(?:le|la|yle|yla) devam etseydiniz\b|\b(?:aylik|yillik|haftalik) \d+(?:[.,]\d+)? tl'?lik\b[^.!?]{0,40}\b(?:uyeligimiz|paketimiz|aboneligimiz|planimiz|(?:uyeligi|paketi|aboneligi|plani)(?:nde|nden|yle|ndeki)\b)\w*|\b(?:uyeliginizi|aboneliginizi|paketinizi) (?:simdiden |hemen )?\w+(?:e|a|ye|ya) cevirebilirim\b",
                r"\biptali geri al\w*|\bbizimle devam ed\w*|\btercih ederseniz\b[^.!?]{0,80}\bfark(?:la|iyla|i ile)\b",
                # "şimdiden ayırtmanızı öneririm"; "2 gece alana 3. gece ücretsiz"
                r"\b(?:simdiden|hemen|erkenden) (?:ayirtmanizi|yer ayirtmanizi|rezervasyon yapmanizi|almanizi|kaydolmanizi) (?:oneririm|tavsiye ederim)\b|\b\d+ (?:gece|adet|ay|ders|seans|bilet|kutu)\w* (?:alana|alanlara|alan misafirlere)\b",
                # "Güneşten tamamen kurtulmak isterseniz bir alternatif daha var: Hazır Glamping Çadırlarımız … 2.400,00 TL"
                r"\b(?:isterseniz|dilerseniz) bir alternatif (?:daha )?var\b",
                r"\b(?:musterilerimiz|uyelerimiz|abonelerimiz|aileler|ebeveynler|misafirlerimiz|pek cok|bircok|cogu)\b[^.!?]{0,60}\b(?:kalmaya|tercih\w*|vazgec\w*|gecis\w*|yukselt\w*|memnun\w*|karar veriyor)\b",
            ),
            "retention",
        ),
        Rule(
            rx(
                r"\b(?:eklenti(?:miz|mizi|lerimiz|lerimizi)\w*|gecerseniz|yukseltirseniz|(?<!mesaja )(?<!buraya )(?<!yanita )(?<!yazismaya )(?<!e-postaya )(?<!fotografini )(?<!belgeyi )eklerseniz|ilginizi cek\w*|(?<!daha )(?<!tekrar )(?<!yeniden )goz atabilirsiniz)\b",
                r"%\s?\d+\b[^.!?]{0,30}\b(?:daha az|indirim|tasarruf|ucuz)\w*",
                # not "kaydınızı operasyon ekibine yükselttim" (escalated, done)
                # ("kampanya kodu alanı boş bırakıldığında": the checkout field, explained)
                r"\b(?:(?!kampanya (?:kodu alan|kosul|kodunuz|kodu tanimli))kampanya\w*|(?<!sesini )(?<!sesi )(?<!sesimizi )yukselt(?!tim\b|tik\b|ildi\b)\w*|ust paket\w*|paket(?:imiz|imize|lerimiz|lerimize|imizi)|ek paket(?!iniz)\w*(?! (?:ekledig|eklenmis|eklendig|tanimladig|yuklendig)\w*)|avantajli|(?<!ilk )(?<!yeni bir )firsat\w*|ozel teklif\w*|promosyon\w*|sadakat\w*|abone ol(?!dugunuz|dugun|masiniza|maniza)\w*|ucretsiz (?:ay(?:lar)?(?:i|a|in|dan|lik)?|deneme\w*(?! sinav| dersi))(?!\w)|indirim kodu|kupon kodu)\b",
                r"\b(?:premium|platin\w*|gold|vip|plus|pro|sinirsiz|aile|yillik)\b[^.!?]{0,20}\b(?:paket|plan|uyelik|abonelik|tarife)\w*(?:imiz|imize|lerimiz|imizi|imizden)\b",
                # "aboneliğinize Köy Yumurtası ekini de eklemek isterseniz tek tıkla ekleyebilirim; en çok talep gören ürünümüz"
                r"\ben cok (?:talep goren|satan|tercih edilen|sevilen) (?:urun|paket|hizmet)\w*|\b(?:aboneliginize|paketinize|siparisinize|sepetinize)\b[^.!?]{0,40}\bekle(?:mek isterseniz|yebilirim|yelim mi|yeyim mi)\b",
                r"\b(?:goz atmak ister|denemek ister|ilginizi cekebilir|ilginizi ceker|kacirmayin|yararlanabilirsiniz|yararlanmak ister|(?<!manizi )(?<!menizi )(?:tavsiye ederim|oneririm|onerebilirim)|gecmek ister misiniz)\b",
                r"%\s?\d+\s?indirim|\d+\s?%\s?indirim",
            ),
            "pitch",
        ),
        Rule(
            # a priced promotion or a "this suits you" recommendation
            rx(
                # "benden size tüyo: 900 TL fark verip Deluxe odayı alın"
                # "sizin gibi eski müdavimlerimize özel bir şeyimiz var: aboneliği yarı fiyatına veriyoruz"
                r"\byari fiyat\w*|\b\w+(?:lerimize|larimiza) ozel\b|\bozel bir seyimiz var\b|"
                # "kursiyerlerimizin birçoğu … Yoğun Paketimizle sınavı geçiyor … paketi hemen tanımlarım"
                r"\b\w+(?:lerimizin|larimizin) (?:bircogu|cogu|pek cogu|buyuk kismi|buyuk bolumu)\b[^.!?]{0,80}\b(?:paket|plan|uyelik|abonelik|kampanya|program)\w*|\bpaket\w* (?:hemen |size )?(?:tanimlar|tanimlayabilir|aktif ed|acarim|acabilirim)\w*|"
                # "Pek çok velimiz tam da bu nedenle hafta sonu Maker Kulübümüze geçiyor"
                r"\b(?:pek cok|bircok|cogu) (?:\w+ )?\w+(?:imiz|umuz|miz|muz)\b[^.!?]{0,60}\b(?:geciyor|tercih ediyor|seciyor|katiliyor)\w*|"
                # informal: "Bu arada aklında bulunsun: Plus'a geçersen ayda 89 TL'ye …"
                r"\b(?:gecersen|yukseltirsen|eklersen|alirsan)\b[^.!?]{0,60}\b(?:tl|try|lira|bedava|indirim)\w*|\baklinda bulunsun\b|"
                r"\btuyo\b|\b\d[\d.,]* ?(?:tl|try|lira)\w* fark (?:verip|vererek|odeyerek|ile)\b",
                r"\b(?:tam size gore|size (?:cok )?uygun olabilir|ilginizi cekebilir|isinize yarayabilir|(?<!sefere )(?<!sefere bir )(?<!arasina da bir )(?<!arasina bir )goz atmanizi oneririm)\b",
                # "koleksiyonumuza da mutlaka göz atın derim", "bu tarihleri mutlaka değerlendirin derim":
                # the agent's advice to buy more, in the imperative softened by "derim"
                r"\b(?:goz atin|degerlendirin|deneyin|inceleyin|bakin|yararlanin|dusunun) derim\b",
                r"\bilk \d+ (?:ay|hafta|gun)\w*\b[^.!?]{0,50}\b(?:yalnizca|sadece|ucretsiz|bedava|indirimli|yari fiyat\w*)\b",
                r"\b(?:uyelig|abonelig|paket|plan|hesab)\w* (?:\w+ )?(?:\w+ )?(?:uyelig|abonelig|paket|plan)\w* (?:cevir|gecir|yukselt|tasi)(?:ebilirim|abilirim|eyim|ayim)\b",
                r"\b(?:yalnizca|sadece) (?:aylik|yillik|haftalik|gunluk) [\d.,]+ ?(?:tl|₺)\b",
            ),
            "pitch",
        ),
        Rule(
            # "Plus üyesi olsaydınız böyle olmazdı", "Premium plana geçmenizi öneririm"
            rx(
                r"\b(?:uyesi|abonesi|musterisi|kullanicisi) olsaydiniz\b|\b\w+ (?:paketi|plani|uyeligi|aboneligi)(?:niz)? olsaydi\b",
                r"\b(?:gecmenizi|almanizi|eklemenizi|yukseltmenizi|katilmanizi|uye olmanizi|abone olmanizi|satin almanizi) (?:oneririm|tavsiye ederim|oneriyorum)\b",
                r"\b(?:aylik|yillik|haftalik|gecelik|gunluk) [\d.,]+ ?(?:tl|₺)'?y[ae]\b",
                # "isterseniz teslimattan önce nano leke koruma kaplaması da uygulayabiliriz; 6 metrekare için yalnızca 150 TL"
                r"\bisterseniz\b[^.!?]{0,120}\b(?:da|de) (?:uygulayabiliriz|ekleyebiliriz|yapabiliriz)\b[^.!?]{0,60}\b(?:yalnizca|sadece) [\d.,]+ ?(?:tl|₺)",
                # "kararınızda yıllık ücret etkili olduysa ... Platinum kartımızda ilk yıl ücret alınmıyor; başvurunuzu hemen başlatabilirim"
                r"\bkarariniz(?:da|i)\b[^.!?]{0,40}\betkil\w* (?:olduysa|oldu ise|olmussa)\b|\bbasvurunuzu (?:hemen |sizin icin )?baslat\w*|\bilk (?:yil|ay|\d+ ay)\w* (?:\w+ )?(?:ucret\w* )?(?:alinmiyor|ucretsiz|bedava)\b",
            ),
            "pitch",
        ),
    ),
    offer_asked=rx(
        # "4K Highlight Film paketini eklemek istiyoruz; fiyatı ne kadar?"
        r"\b(?:paket|film|hizmet|ozellik|secenek)\w* (?:eklemek|eklemeyi) ist(?:iyorum|iyoruz|erim|eriz|esem|esek)\b",
        r"\b(?:daha ucuz|daha uygun|alternatif\w*|baska (?:paket|plan|secenek)\w*|dondur\w*|paket degis\w*|indirim var mi|kampanya var mi|kampanyaniz var mi|yukselt\w*|dusurmek|ust pakete|indirimli fiyat\w*|kampanya\w*|kargo bedava|bedava kargo|ucretsiz kargo)\b(?![^.!?]{0,20}\b(?:etmeyin|istemiyorum|onermeyin|sunmayin|yapmayin)\b)",
    ),
    compensation=rx(
        r"\b(?:hesabiniza|faturaniza|kartiniza)\b[^.!?]{0,60}\b(?:iade|indirim|kredi|tazminat|hediye|puan|bakiye)\w*\b[^.!?]{0,30}\b(?:ettim|tanimladim|yansittim|uyguladim|ekledim|yapacagim|yansitacagim|tanimlayacagim)\b",
        r"\b(?:telafi\w*|ozur olarak|jest olarak|gonul\w* almak)\b",
        # "yaşanan aksaklık için bu ayki paket ücretinizden 500 TL düşeceğim"
        r"\b(?:ucretinizden|faturanizdan|tutarindan|ucretten|faturadan)\b[^.!?]{0,25}\bdus(?:ecegim|ecegiz|tum|tuk|uyorum|uyoruz|ulecek)\b",
        # given, in the first person past: "ücretinize %15 indirim tanımladım"
        r"\b(?:indirim|kredi|tazminat|hediye|puan|bakiye)\w*\b[^.!?]{0,30}\b(?:tanimladim|tanimladik|uyguladim|uyguladik|ekledim|ekledik|yansittim|yansittik)\b",
    ),
    follow_up=rx(
        # "Düğününüzle ilgili size yardımcı olabileceğim herhangi bir konu olursa bana buradan yazmanız yeterli."
        r"\b(?:yardimci olabilecegim|yapabilecegim)\b[^.!?]{0,60}\b(?:olursa|varsa)\b",
        # "Kontrol etmemi istediğiniz başka bir fatura varsa söyleyin, ona da bakarım."
        r"\bbaska bir \w+(?: (?:ya da|veya) \w+)? varsa\b[^.!?]{0,40}\b(?:soyleyin|yazin|iletin|bakarim|yardimci olurum|ilgilenirim)\b",
        # "Bu seçeneklerden biri işinize gelir mi, yoksa size daha uygun bir saat mi bakayım?"
        r"\bisinize gelir mi\b|\byoksa (?:size |sizin icin )?(?:\w+ ){0,3}(?:mi|mu) (?:bakayim|ayarlayayim|arayayim|ayirayim)\b",
        r"\bbaska\b[^.!?]{0,40}\b(?:var mi|olabilir miyim|yardimci|konu\w*|sey\w*|sorunuz|isteginiz|ihtiyaciniz)\b",
        r"\b(?:cekinmeyin|cekinmeden|cekinmeyiniz|bana (?:yazabilirsiniz|ulasabilirsiniz|bildirin|haber verin)|her zaman (?:buradayim|buradayiz|yardima hazir\w*)|buradayim|buradayiz|akliniza takilan|aklinizda (?:soru|bir soru))\b",
        r"\b(?:sorunsuz|duzgun|tekrar|yeniden|artik|simdi)\b[^.!?]{0,50}\b(?:mi|mu|misiniz|musunuz|miyor)\b[^.!?]{0,20}\?",
        r"\b(?:mi|mu|misiniz|musunuz|miyim|muyum)\s?\?",
        # "takıldığınız bir yer olursa yazın, yardımcı olayım"
        r"\byardimci olayim\b|\btakildiginiz (?:bir )?(?:yer|nokta|konu)\w*",
        # "bir sorunuz olursa ya da Nuri Usta'nın bir kez daha bakmasını isterseniz bana yazmanız yeterli"
        r"\bbir (?:sorunuz|sorun|ihtiyaciniz) olursa\b",
        # "başka bi sıkıntı olursa yaz bana"
        r"\bbaska (?:bir |bi )?(?:\w+ )?olursa\b",
        # "Bizden bir isteğiniz olursa her zaman yazabilirsiniz"; "bir şey rica etmek isterseniz yazmanız yeterli"
        r"\b(?:isteginiz|talebiniz|ricaniz|ihtiyaciniz|bir sey) (?:olursa|rica etmek isterseniz)\b[^.!?]{0,30}\b(?:yazmaniz yeterli|yazabilirsiniz|bana yazin|bize yazin)\b",
        # a closing question on what suits the customer: "Bu çözüm size uyar mı, yoksa …?", "hangisi size daha uygun?"
        r"\b(?:size )?(?:uyar|uygun) m[iu]\b[^.!?]{0,80}\?|\b(?:hangisi|hangi \w+)\b[^.!?]{0,40}\b(?:uygun|uyar|istersiniz|tercih edersiniz)\w*[^.!?]{0,20}\?",
        r"\b(?:daha iyi|neyi daha|nasil daha|neyi farkli)\b[^.!?]{0,40}\b(?:yapabilir\w*|olabilir\w*)\b",
        r"\b(?:umarim|umariz)\b[^.!?]{0,40}\b(?:cozulmustur|yardimci olmustur|faydali|iyisinizdir|memnun|yardimci olabilmisimdir|sorun kalmamistir)\b",
    ),
    internal_note=rx(
        # "(uzatılmış garanti var mı bak, varsa tarihi güncelle)": an instruction to whoever sends the draft
        r"\([^)]{0,80}\b(?:bak|guncelle|kontrol et|teyit et|duzelt|degistir|ekle|sil)\s*\)|gondermeden once\s*\)",
        r"(?:^|\()\s*not\s*:",
        r"\b(?:ic not|dahili not|dahili|ic kullanim|musteriye (?:soyleme\w*|iletme\w*|gosterme\w*|belirtme\w*|yazma\w*)|gondermeden once (?:sil|kontrol)\w*|(?:teklif|indirim|kampanya) (?:etme|etmeyin|sunma|sunmayin|yapma|yapmayin|onerme|onermeyin)|sikayetci musteri|zor musteri|problemli musteri|not to self)\b",
    ),
    dangling=rx(
        r"\b(?:ve|ama|fakat|ancak|cunku|veya|ya da|ayrica|hem)\s*[.;:]*$",
    ),
    slang=rx(
        r"\byaa+\b",
        # "paketlerken bi tanesini koymayı unutmuşuz"; "başka bişey lazım mı"
        r"\bbi (?:tane|sey|dakika|saniye|bakayim)\w*|\bbisey\w*|\bunutmusuz\b",
        r"(?<!')\bya\s*[.!?,]",  # not the suffix: "16:00'ya,"
        # "hocamız dersi resmen ekmiş, özür dilerim yani": stood up, in street words
        r"\b(?:resmen|dersi|dersinizi|sizi|bizi|randevuyu) ek(?:mis|ti|tiler|misler)\b|\b(?:dilerim|diyorum|olmus) yani\s*[.!]",
        r"\b(?:valla|vallahi|kanka|kanki|abi|abicim|abla|moruk|lan|falan|filan|napalim|ne yapalim|kafaniza takmayin|bosverin|bos verin|sikinti yok|haha+|hehe+|yav|cok pardon|olur oyle|oluyor boyle|boyle seyler olur|tatlim|canim|cicim|yok artik|oha|vay be|hadi|napiyoruz|sakin ol|kafa yorma)\b",
    ),
    sarcasm=gated(
        # "Anlaşılan çöp konusu sizin için oldukça hassas bir mesele"; "randevu kovalamak küçük bir
        # gelenek hâline geldi … bu sefer son olur umarım": a put-down dressed as understanding, or as a joke
        r"\banlasilan\b[^.!?]{0,40}\bsizin icin (?:oldukca |cok |epey )?hassas\b|\b(?:kucuk )?bir gelenek haline geldi\b|\bbu sefer(?:ki)? son (?:olur|olsun) umarim\b|\bumarim bu sefer son\b",
        # others held up as managing fine: "kiracılarımızın çoğu bunu ilk seferde kavrıyor"; "çoğu yolcumuz için
        # artık bir alışkanlık"; "müşterilerimizin büyük kısmı hiç zorlanmıyor"
        r"\b(?:musteri|kiraci|yolcu|ogrenci|uye|misafir|hasta|kullanici|aile|veli|danisan)\w*(?:miz|imiz|umuz|larimiz)\w* (?:cogu|bircogu|buyuk (?:cogu|kismi|cogunlugu))\w*\b[^.!?]{0,60}(?:kavri\w*|kavradi\w*|aliskanlik|sorun yasami\w*|zorlanmi\w*|basari\w*|halled\w*|ogreni\w*|rahatca \w+)",
        r"\b(?:cogu|bircogu) (?:musteri|kiraci|yolcu|ogrenci|uye|misafir|hasta|kullanici)\w* icin (?:artik )?(?:bir )?aliskanlik\b",
        # "bu konularda bilgi sahibi olmamanız da gayet doğal"; "randevu defterimizin en sadık ismi oldunuz …
        # epey antrenman yaptık sayenizde"; "bir ilaç sıkıp çıkmak gibi değil"
        r"\bbilgi sahibi olmamaniz (?:da )?(?:gayet |cok )?(?:dogal|normal|anlasilir)\b|\ben sadik (?:ismi|musterisi|uyesi)\b|\bantrenman yaptik\b|\b\w+ (?:sikip|yapip|verip) cikmak gibi degil\b",
        # "Yüzük takma anını kaçırmamız elbette dünyanın sonu; … bu 40 dakikayı çabucak unutursunuz": our failure made light of
        r"\b(?:elbette|tabii|tabii ki) dunyanin sonu\b|\b(?:cabucak|hemen|kolayca|cabuk) unutursunuz\b",
        # "size her şeyi adım adım, olabildiğince basit anlatayım"
        r"\b(?:olabildigince|en) basit (?:sekilde |haliyle )?anlatayim\b|\badim adim,? (?:olabildigince )?basit\w*",
        # "kliniğimizin tek hastasının siz olmadığını hatırlatmak isteriz"; "sözleşmenin daha ilk maddesinde yazıyor
        # tabii; sanırım o sayfa pek okunmamış"; "bunu bilmeyen müşterilerimiz genelde … düşünüyor"
        r"\btek (?:hasta|musteri|misafir|uye|ogrenci|yolcu)\w* (?:siz|sen) (?:olmadig|degil)\w*|\bpek okunmamis\b|\bokunmamis (?:galiba|sanirim|herhalde)\b",
        r"\b(?:yaziyor|belirtiliyor|yazili|yaziyordu) tabii\b|\bbilmeyen (?:musteri|kisi|insan|misafir|hasta|uye|veli)\w*",
        # "kılavuzun ilk sayfalarında da açıkça anlatıldığı gibi"; "Cihazlar boşuna uyarı vermez, bunları ciddiye almak gerekir";
        # "filtreler zamanında değiştirilseydi bu uyarıyla hiç karşılaşmayacaktınız"
        # "Gördüğünüz gibi aslında hiç karmaşık değil, … bu basit hesabı … kendiniz de yapabilirsiniz"
        r"\bgordugunuz gibi (?:aslinda )?(?:hic )?(?:karmasik|zor) degil\b|\bbu basit (?:hesab|islem)\w*",
        r"\bacikca (?:anlatildigi|belirtildigi|yazildigi|yazdigi) (?:gibi|uzere)\b|\bciddiye almak gerek\w*|\bbosuna (?:uyari|alarm|ikaz) vermez\b",
        r"\b\w+(?:seydi|saydi)\b[^.!?]{0,40}\bhic (?:karsilasmayacak|yasamayacak|olmayacak)\w*",
        # "sipariş, sandığınızın aksine bizden çıkmamış"; "bir dahaki sefere … bakmak hem sizin hem bizim vaktimizi kurtarır"
        r"\bsandiginizin (?:aksine|tersine)\b|\bhem sizin hem (?:de )?bizim (?:vaktimizi|zamanimizi|isimiz|isimizi)\b",
        # "Bilmeyenler için kısaca açıklayayım"; "zamanlayıcıyı kapatmayı herhalde akıl edersiniz";
        # "ilk kez dövme yaptıranlar bunu genelde bilmez"; "tahmin edersiniz herhalde"; "o riski almak size kalmış"
        r"\bbilmeyenler icin\b|\b(?:herhalde (?:akil|tahmin) edersiniz|(?:akil|tahmin) edersiniz herhalde)\b",
        r"\bilk kez \w+ \w+(?:nlar|nler) (?:bunu )?(?:genelde|genellikle|cogu zaman|pek) bilmez\b|\b(?:o|bu) riski almak (?:size|sizin tercihinize) kalmis\b",
        # "yaşananın 'dikkatsizlik' olarak nitelendirilmesinin ekibimize haksızlık olduğunu belirtmek isterim"
        r"\b(?:ekibimize|calisanlarimiza|personelimize|ogretmenimize|ustamiza) haksizlik\b",
        # "bir yedek planınızın olması sizin açınızdan da daha sağlıklı olur"; "bunu da hesaba katmak gerekiyor"
        r"\bsizin (?:acinizdan|icin) da daha (?:saglikli|iyi|dogru) olur\b|\bbunu da hesaba katmak gerek\w*",
        # "Aracın köprüye kendi kendine gitmediğini varsayarsak"; "Hatırlamakta zorlanıyorsanız … göz atmanızı"
        r"\bkendi kendine (?:gitmedigini|gelmedigini|olmadigini) varsayarsak\b|\bhatirlamakta zorlaniyorsaniz\b",
        # "sonuçta onlar da insan"; "genelde böyle şikayetler almayız"
        r"\b(?:sonucta |nihayetinde )?onlar da insan\b|\bgenelde (?:boyle|bu tur|bu tarz) (?:bir )?sikayet\w* (?:almayiz|almiyoruz|gelmez)\b",
        # "ünlemleri ve üslubu bir kenara bırakıp"; "adı üstünde"; "dünya yıkılmadı"; "ama siz bilirsiniz"
        r"\b(?:unlem\w*|uslub\w*|uslub\w*|ses tonu\w*|tonunuz\w*)\b[^.!?]{0,40}\bbir kenara birak\w*|\badi ustunde\b|\bdunya (?:yikilmadi|yikilmaz)\b|\bkiyamet kopmadi\b|\bama siz bilirsiniz\b",
        r"\b(?:gorunuse gore|anlasilan|belli ki|galiba)\b[^.!?]{8,120}!",
        # "it was clearly written" about what the customer was told (past), not our records backing them (present)
        # ("notunuz kartta açıkça yazıyordu ve ekibimiz uymadı": the customer's note, our failure)
        r"(?<!notunuz )(?<!kartinda )(?<!kaydinizda )(?<!talebiniz )(?<!isteginiz )\b(?:acikca|acik acik|net bir sekilde|acikca belirtildig\w*) (?:yaziyordu|yazilmisti|yaziliydi|belirtilmisti|belirtiliyordu|yazmistik|belirtmistik|anlatilmisti|anlatmistik)\b",
        r"\btabii\b(?![^.!?]{0,60}\b(?:sorun|problem|mesele|zahmet|ucret\w*|masraf\w*|bir \w+) (?:degil|yok)\b)[^.!?]{0,70}\b(?:yok|degil|olamaz|bilemez|goremez)\b",
        r"\b(?:zaten (?:belirtmistik|soylemistik|yazmistik|aciklamistik)|daha once de (?:belirttigimiz|soyledigimiz|yazdigimiz) gibi|okusaydiniz|dikkat etseydiniz|baksaydiniz|okumamissiniz|okumadiginiz|okumaniz gerekirdi|biz size (?:demistik|soylemistik)|sakin olun\w*|sihirli|buyulu|super gucu?\w*|muneccim\w*|kahin|akil okuyucu\w*|bu kadar zor degil|herkes bilir|elbette siz|tabii ki siz)\b",
        # "Demek servisimizin erken gelmesi de bir sorun olabiliyormuş": mock surprise;
        # "Tabii siz de birkaç dakika erken durakta olursanız …": the fault handed back;
        # "Bunu kişisel algılamamanızı, derslerde biraz daha sakin olmaya çalışmanızı öneririm"
        r"^demek (?:ki )?[^.!?]{0,80}\w+(?:yormus|ymis|ymus|abiliyormus|ebiliyormus)\b|\btabii (?:ki )?siz de\b[^.!?]{0,80}\w+(?:rsaniz|rseniz)\b"
        r"|\bkisisel algila(?:mamanizi|mayin|mamaniz)\b|\b(?:biraz )?daha sakin (?:ve \w+ )?ol(?:maya calismanizi|manizi|un)\b",
        # mock praise of what went wrong
        r"\b(?:helal olsun|aferin(?:ler)?)\b|\b(?:tebrik(?:ler|ederim|ediyorum)|bravo)[,!]? (?:\w+ ){0,6}\w+(?:mayi|meyi|masini|mesini|mayı) (?:basar|becer)\w*",
        r"\b(?:basarmissiniz|becermissiniz|basardiniz|becerdiniz|basarmis oldunuz)\b",
        r"\bher (?:babayigidin|yigidin|kisinin|kulun|musterinin) (?:harci|isi|yapabilecegi\w*|basarabilecegi\w*) degil\b|\bherkes(?:in)? (?:yapabilecegi|basarabilecegi)\w* (?:bir )?(?:sey|is) degil\b|\bherkes (?:basaramaz|beceremez|yapamaz)\b|\baz kisiye nasip\b(?! ol\w*,? (?:cok |gercekten )?tebrik)|\b(?:ozel|ciddi|gercek) (?:bir )?yetenek (?:ister|gerektir\w*)\b",
        # irony: the customer surely enjoyed it; the bright side of our failure
        r"\beminim\b[^.!?]{0,100}\b(?:tam da|tam olarak|aynen)\b",
        r"\btam (?:da|olarak) (?:istediginiz|planladiginiz|hayal ettiginiz|bekledigini\w*|umdugunuz|arzu ettiginiz|istedigin)\w*\b",
        r"(?<!umarim )\b(?:hic degilse|en azindan)\b[^.!?]{0,80}\b(?:\w+(?:mis|mus) oldunuz|oldunuz|gecirdiniz|kazandiniz|ogrendiniz|spor yap\w*|hava al\w*|dinlen\w*|keyif\w*)\b",
        r"\bisin (?:iyi|guzel|olumlu) (?:tarafindan|yanindan|tarafi)\b|\bmadalyonun (?:iyi|oteki|parlak) yuzu\b|\bher (?:iste|serde) bir hayir\b|\bkaliteli (?:vakit|zaman)\b",
        r"\bne (?:guzel|hos|eglenceli|keyifli|unutulmaz) bir (?:surpriz|deneyim|baslangic|macera|sabah|gun)\b",
        # condescension about what the customer knows or read
        r"\b(?:cogu|bircok|pek cok|diger|coğu|normal|deneyimli|tecrubeli) (?:kisi|musteri\w*|surucu\w*|kullanici\w*|misafir\w*|yolcu\w*|hasta\w*|uye\w*|insan\w*|ebeveyn\w*|ogrenci\w*|kiraci\w*|sahib\w*|veli\w*)\b[^.!?]{0,80}\b(?:bilir|bilirler|hatirlar|hatirlarlar|anlar|anlarlar|farkindadir|okur|okurlar|kontrol eder|bilmektedir|akil eder)\b",
        r"\b(?:herkes(?:in)?|cocuklar bile|bir cocuk bile) (?:bilir|bildigi|anlar|gorur|bildigi gibi)\b",
        r"\b(?:size )?(?:basitce|basit(?:ce)? bir dille|yavas yavas|bir kez daha|tekrar|acik acik) (?:aciklayayim|anlatayim|soyleyeyim|izah edeyim|tekrarlayayim)\b",
        r"\b(?:okumus olsaydiniz|bakmis olsaydiniz|okursaniz (?:gorursunuz|anlarsiniz|fark edersiniz)|okuduysaniz bilirsiniz|okumadiniz (?:galiba|herhalde)|okusaniz|baksaniz (?:gorurdunuz|anlardiniz))\b",
        r"\b(?:bilmeniz|anlamaniz|okumaniz|dikkat etmeniz|bakmaniz|kontrol etmeniz) (?:gerekirdi|gerekiyordu|lazimdi)\b",
        r"\bbir dahaki (?:sefere|sefer|siparisinizde|rezervasyonunuzda),? (?:lutfen )?(?:dikkat|okuy|kontrol|emin ol|bakin|gozden)\w*",
        r"\b(?:umarim|insallah) (?:bu sefer|artik|simdi|bu kez) (?:anlasilmistir|anlasildi|netlesmistir|aciktir|netti\w*|anlasilir\w*)\b",
        # dismissing the complaint; grudging help
        r"\b(?:ama|fakat|ancak) neyse\b|\bneyse,? gonlunuz olsun diye\b|\bmadem (?:oyle|istiyorsunuz|israr ediyorsunuz|bu kadar)\b|\bisrar ettiginiz icin\b",
        r"\b(?:sakinlesin|sakin olalim|abartmayin|abartiyorsunuz|bu kadar buyutme\w*|buyutecek bir (?:sey|durum) (?:yok|degil)|dunyanin sonu degil|kiyamet kopmadi|alti ustu|bu kadar (?:sinirlenmeye|kizmaya|ofkelenmeye) gerek)\b",
        r"\b(?:sihirbaz(?: degil\w*|lik\w*| gibi| olsak| olsaydik)|mucize (?:yarat|yapa|gerceklest)\w*|sabir (?:acidir|bir erdem)\w*|sabreden dervis)\b",
        # "ekran görüntüsü saklamanıza hiç gerek yoktu"; "her şeyi tekrar tekrar açıklamaktan memnuniyet duyarız"; "artık alıştık sayılır"
        r"\b\w+(?:maniza|menize) (?:hic |aslinda )?gerek yoktu\b|\btekrar tekrar (?:aciklamaktan|anlatmaktan|yazmaktan) (?:\w+ )?(?:memnuniyet|mutluluk|keyif)|\b(?:artik )?alistik sayilir\b",
        # "bir hasta olarak sizin de takdir edeceğinizi düşünüyorum; daha fazla söylenecek bir şey olduğunu sanmıyorum";
        # "öğle arasına sıkıştırılmış randevular almamanızı tavsiye ederim"; "Yine mi?"; "umarım bu sefer alarmınız da sizinle aynı fikirdedir"
        r"\btakdir edeceginizi (?:dusunuyorum|umuyorum|tahmin ediyorum)\b|\bsoylenecek (?:bir sey|pek bir sey|baska bir sey) (?:oldugunu sanmiyorum|kalmadi)\b|\b\w+(?:mamanizi|memenizi) tavsiye ederim\b",
        # "Öncelikle şunu hatırlatayım: … hafta sonlarını da saymışsınız galiba"
        r"\b(?:oncelikle |once )?sunu (?:bir )?hatirlatayim\b|\b\w+(?:mis|mus)(?:siniz|sunuz) galiba\b",
        # "Kargo firmalarının paketlere ne kadar "özenle" davrandığını siz de tahmin edersiniz"
        r"\bsiz de (?:tahmin edersiniz|takdir edersiniz|bilirsiniz artik)\b",
        r"^yine mi\b|\bumarim bu (?:sefer|kez) \w+ (?:da|de) sizinle ayni fikirde\w*",
        r"\b(?:inanin ya da inanmayin|ne surpriz|ne tesaduf|sasirtici bir sekilde|ironik bir sekilde|kim bilebilirdi)\b",
        r"\b(?:tek musterimiz siz degilsiniz|tek musteri siz degilsiniz|sizden baska (?:musterilerimiz|musterimiz) de var|diger musteriler(?:imiz)? (?:sikayet etmiyor|hallediyor|sorun yasamiyor|bir sekilde))\b",
        r"\b(?:ne bekliyordunuz|ne beklediginizi (?:bilmiyorum|anlamadim)|bunu beklemeniz (?:dogru|gercekci) degil)\b",
        # irony about the experience ("bu yılın en unutulmaz gezisi olmuştur")
        r"\b(?:unutulmaz|unutmaz|unutamaz\w*|ayri bir (?:deneyim|macera|keyif|tecrube)|rekor kir\w*|sabir kas\w*|fena bir (?:egzersiz|spor|antrenman)|yillarca anlat\w*|felaket gibi|dram\w* gibi|keyifli bir (?:bekleyis|bekleme))\b",
        # (not a wish ahead: "İlk çadır deneyiminiz için … eminim çok keyifli geçecek")
        r"\beminim\b(?![^.!?]{0,90}\b(?:gececek|gececektir|olacak|olacaktir)\b)[^.!?]{0,90}\b(?:en \w+|keyifli|eglenceli|harika|guzel bir|unutulmaz)\w*",
        # patronising: age, unsolicited life advice, "as you should know"
        r"\b(?:bu yasta|sizin yasinizda|yasiniz\w* (?:geregi|itibariyla|itibariyle)|yasli (?:musterilerimiz|kullanicilarimiz|insanlar))\b",
        # "küçük bir önerim var: Mini pakete geçebilirsiniz, aylık 99 TL" is a pitch (no_upsell), not a lecture
        r"\bkucuk bir (?:tavsiye|oneri|nasihat|ders)\w*(?![^!?]{0,250}\b(?:tl|try|aylik|yillik|ayda|paket\w*|plan\w*|indirim\w*|uyelig\w*|abonelig\w*|gecebilir\w*|gecerseniz)\b)|\baklinizda (?:tutmaniz|bulunsun)\w*(?![^!?]{0,300}\b(?:tl|try|aylik|yillik|ayda|paket\w*|plan\w*|indirim\w*|sepet\w*|uyelig\w*|abonelig\w*|gecmeyi|gecebilir\w*|gecerseniz|tercih ediyor\w*)\b)|\b(?:tavsiyede bulunayim|nasihat\w*|ders (?:olur|olsun|cikar)\w*|hayatin her alaninda|sorumlu bir (?:surucu|musteri|yetiskin|birey))\b",
        r"\b(?:bilmeniz (?:beklenir|gerekir|gerekirdi)|(?:herkesin|sizin de) bildigi (?:uzere|gibi)|bilirsiniz ki|malumunuz|bildiginiz uzere,? ki)\b",
        r"\b(?:kullanici|musteri|uye|yolcu|misafir|surucu|hasta|abone)\w* (?:cogu|buyuk cogunlugu|hepsi|neredeyse tamami)\b[^.!?]{0,60}\b(?:kendi (?:basina|basina)|kolayca|rahatca|sorunsuz|zorlanmadan)\b",
        # minimising the complaint, telling the customer how to feel; repeating "for the second time"
        r"\b(?:sakin olma\w*|sakin olun\w*|sakinles\w*|biraz sakin|alti ustu|fazla kaci\w*|abart\w*|buyutme\w*|uzulmeye (?:deger|gerek) (?:yok|degil)|o kadar (?:fena|kotu) olmasa gerek|kimse fark etmez|daha kotusu de olabilirdi)\b",
        r"\b(?:gozunuzden kac\w*|bir kez daha,? bu (?:sefer|kez)|bu (?:sefer|kez) dikkatle|okunmasi dilegiyle|(?:e-?posta|mesaj)\w* (?:da|de) yazmistim|ikinci kez (?:yaziyorum|soyluyorum|hatirlatiyorum))\b",
        # more of the same moves, in other words
        r"\b(?:(?:sadece|yalnizca) (?:birkac|bir iki) (?:dakika|saat)|ufak bir (?:gecikme|aksaklik|rahatsizlik)|(?:cok da |o kadar da )?buyuk bir (?:sorun|sey|mesele) degil|bu kadar buyutul\w*|dram (?:yapma|yaratma)\w*|biraz abartili|dunyanin sonu degil|olur boyle seyler|sonucta (?:sadece|yalnizca|alt tarafi)|ne de olsa (?:sadece|yalnizca))\b",
        r"\b(?:kullanici hatasi|gayet (?:basit|kolay|acik)|hic de (?:zor|karmasik) degil|gozunuzun onunde|talimatlara uy(?:sa|mus ol)\w*|cogu kisi (?:dogru|sorunsuz) yap\w*)\b",
        # "açıkça görünüyor" about what the customer missed on a page or label; not what our
        # records or the photos show ("kayıtlarda … açıkça görünüyor", "hasar açıkça görünüyor")
        r"\b(?:sayfa|site|web|talimat|kilavuz|sozlesme|kosul|sart|aciklama|bilgilendirme|ilan|etiket|ambalaj|kutu|menu|tabela|uygulama)\w*\b[^.!?]{0,60}\b(?:acikca|net bir sekilde) (?:gorunuyor|isaretli|yaziyor|belirtiliyor)\w*",
        r"\b(?:(?:onceki|bir onceki|son) (?:mesajimda|e-?postamda|yanitimda) (?:da )?(?:belirttigim|yazdigim|soyledigim) gibi|tekrar (?:belirtmek|hatirlatmak) isterim|lutfen dikkate alin\w*|bilgilerinize sunarim)\b",
        r"\b(?:dahice|takdire sayan|ne yetenek|tam puan|yetenekli\w* (?:oldugunuz|birisiniz))\b",
        r"\b(?:iyi (?:tarafindan|yanindan) bak\w*|tecrube (?:oldu|olmus)|(?:ileride|sonra) (?:buna )?gulecek\w*|karakter (?:gelistir|insa)\w*)\b",
        r"\b(?:tam zamaninda (?:oldu|denk geldi)|tadindan yenmez|ustune tuy dik\w*|bayilmissinizdir)\b",
        # frankness that introduces a put-down; "mind you"; what the customer should have done
        # not "en doğrusu" (the right thing to do)
        r"\b(?:(?<!en )dogrusu|durust olmak gerekirse|acik konusmak gerekirse|samimi olmak gerekirse|gerci)\b",
        r"\b(?:kontrol et|oku|bak|dikkat et|sor|incele|takip et|planla|haber ver|bildir|goz at|sakla)\w*s[ae]ydiniz\b|\b(?:ikinci|ucuncu|dorduncu|bilmem kacinci) kez de olsa\b|\bumarim bu (?:tarih|sefer|kez|randevu)\w* (?:kalici|son)\w*|\bsizin programiniza gore\b[^.!?]{0,30}\bsanki\b|\ben azindan\b[^.!?]{0,60}(?:mussunuzdur|missinizdir|dunuz|diniz|tunuz|tiniz)\b",
        r"\b(?:basli basina|ayri) bir (?:deneyim|yetenek|macera|huner|marifet)\w*|\b(?:pek|hic de|cok da) (?:gercekci|zor|mantikli|buyuk) (?:degil|olmaz|sayilmaz)\w*",
        r"\b(?:bir dahaki sefere|bundan sonra|ileride|gelecekte),? (?:lutfen )?[^.!?]{0,60}\b(?:kontrol edin|dikkat edin|okuyun|planlayin|ihmal etmeyin|rica ederim|tavsiye ederim|unutmayin)\b",
        r"\bbu isin dogasinda (?:var|vardir)\b|\bkimse size nazik davranmayacak\b|\byuzlerce (?:ogrenci|musteri|hasta|yolcu)\w* (?:hazirlamis|egitmis|agirlamis)\w*",
        r"\bpek hakkaniyetli degil\b|\btakdir edersiniz ki\b|\bherkesten iyi bilirsiniz\b|\b(?:biraz )?erken yola cikmak\b|\bmadem yillardir\b",
        r"\bsizin programiniza gore (?:sekillen|yapil|ayarlan|planlan)\w*|\bbu (?:sefer|kez) (?:insallah|umarim) gel\w*|\bsatir satir oku\w*|\bher musteri\w* icin soylenebilecek bir sey degil\b|\btelaslanacak bir (?:durum|sey) yok\b",
        r"\bne (?:buyuk|guzel|hos) (?:bir )?surpriz\b|\bbu (?:sefer|kez) (?:gercekten|sahiden|nihayet)\b|\b(?:bekleyis|beklemey|beklemenize)\w* deg(?:di|ecek|ecegini|digini)\w*",
        r"\b(?:sunu|bunu) (?:acikca |da )?(?:belirtmem|soylemem|hatirlatmam|eklemem) (?:gerekiyor|lazim|gerek)\w*|\bkontrol etmek\b[^.!?]{0,50}\b(?:onler|engeller|iyi bir aliskanlik\w*|faydali olur)\b",
        r"\b(?:dikkatlice|dikkatli|iyice) (?:okursaniz|okusaydiniz|bakarsaniz|incelerseniz)\b|\b(?:daha )?(?:onceki|evvelki) (?:yanit|mesaj|e-?posta|cevap)\w* (?:da |de )?(?:belirttig|yazdig|soyledig|ifade ettig)\w* gibi\b|\btekrar tekrar yazma(?!k zorunda)\w*|\bhizlandirmayacak\w*",
        # "Şaka bir yana"; "temel kurallara uyarsanız bu tür sorunlar pek yaşanmaz"; "göründüğü kadar büyük değil"
        # "ödemeyi önceden yapmayı alışkanlık edinirseniz bu tür streslerle hiç uğraşmazsınız"
        # (not "bu tür dertlerle hiç uğraşmazsınız" alone: a pitch says that too, and it is no_upsell's)
        r"\baliskanlik (?:edinirseniz|haline getirirseniz)\b|"
        r"\bherkes icin daha (?:kolay|iyi|rahat|pratik) olur\b|\bsaka bir yana\b|\bbu (?:tur|gibi) (?:sorunlar|seyler|durumlar)\w* (?:pek |hic |genellikle )?(?:yasanmaz|olmaz|cikmaz)\b|\bgorundugu kadar (?:buyuk|kotu|ciddi|onemli) (?:bir (?:sey|sorun|durum) )?degil\w*",
        r"\b(?:belirtmeden|soylemeden|eklemeden|hatirlatmadan|gecmeden) gec(?:emeyecegim|emem|emiyorum)\b",
        # "bu teknik ayrıntıyı herkesin bilmesini de beklemiyoruz tabii"; "bir dahaki sefere göz atmanızı öneririm"
        # "kullanım kılavuzunun ilk sayfalarında da yazar"; "iptali son haftaya bırakmazsanız sürprizlerle karşılaşmazsınız";
        # "trafiği bir tuşla açabilseydik … henüz o kadar güçlü değiliz"; "şunu baştan belirteyim"
        # "oldukça temel bilgiler; ama aklınızda kalmamış olması normal … adım adım gidelim ki kafanız karışmasın"
        r"\bkafaniz karismasin\b|\b(?:oldukca|cok|gayet) temel bilgi\w*|\baklinizda kalmamis olmasi (?:normal|dogal)\b",
        r"\b(?:kilavuz|sozlesme|talimat|aciklama)\w*\b[^.!?]{0,40}\b(?:da|de) yazar\b|\bbir dahaki sefere\b[^.!?]{0,60}\w+(?:mazsaniz|mezseniz)\b|\bsurprizlerle karsilasmazsiniz\b|\bbir tusla\b|\bhenuz o kadar (?:guclu|buyuk|sihirli)\w* degil\w*|\b(?:bastan|once|oncelikle) sunu belirteyim\b|\bsunu (?:bastan|once) belirteyim\b",
        # "rehberde oldukça açık yazıyor; bir dahaki sefere rehberi baştan sona okumanızı tavsiye ederim"
        r"\b(?:oldukca|gayet|cok) acik (?:yaziyor|yazili|belirtilmis)\w*|\bbastan sona okumanizi\b",
        r"\bherkesin bilmesini (?:de )?bekle\w*|\bbir dahaki sefere\b[^.!?]{0,80}\b(?:goz atmanizi|okumanizi|kontrol etmenizi|dikkat etmenizi) (?:oneririm|tavsiye ederim|rica ederim)\b",
        r"\b(?:sasirtti|sasirmadim|sasirmadik)\b|\bsoyleyecek (?:bir sey|soz) kalmiyor\b|\b(?:soyleyecek|diyecek) \w+ (?:kalmiyor|yok)\b",
        # "ne yaparsınız, makineler de bazen tatil yapmak istiyor"; "paniğe gerek yok";
        # "kimsenin size ayrıca söylemesine gerek olmamalı"
        r"\bne yaparsiniz\b|\b(?:panige|telasa|endiseye|kizmaya|sinirlenmeye) (?:hic )?gerek (?:yok|olmadigini)\w*|\btatil yapmak ist\w*",
        r"\b(?:soylemesine|hatirlatmasina|anlatmasina|aciklamasina|uyarmasina) (?:da )?gerek (?:olmamali|olmamaliydi|yok|kalmamali)\b",
        # "onun da önce alınmasını siz de isterdiniz, değil mi?"
        r"\bsiz de (?:\w+ )?\w+(?:irdiniz|ardiniz|erdiniz|urdunuz)\b|,? degil mi\?",
        # "biraz sıra beklemenin pek sürpriz olmaması gerekirdi"; "bir dahaki sefere bunu göz önünde bulundurursanız"
        r"\bsurpriz olmamasi gerek\w*|\bbir dahaki sefere\b[^.!?]{0,100}\b(?:dikkat ederseniz|goz onunde bulundurursaniz|ozen gosterirseniz)\b|\bkarsilasma ihtimaliniz (?:de )?(?:epey |cok |oldukca )?azalir\b",
        # "bakım notlarına bir göz atarsanız bu kadar telaşlanmanıza gerek kalmaz"; "yeni başlayanların en çok
        # paniğe kapıldığı konu"; "bu bilgilerin hepsi aslında formül kartının arkasında yazıyor, ama sorun değil"
        r"\b(?:telaslanmaniza|endiselenmenize|kaygilanmaniza|panik yapmaniza) gerek kalmaz\b|\ben cok panige kapildigi\b"
        r"|\b(?:hepsi|tamami) aslinda\b[^.!?]{0,80}\byaziyor\b|\byaziyor,? ama sorun degil\b",
        # "herkesin önceliği farklı; 60 kişilik bir teknede sıkış tepiş yüzmek de bir tercih sonuçta. Yarı fiyatına iyi eğlenceler"
        r"\bherkesin onceligi farkli\b|\bbir tercih sonucta\b|\byari fiyatina iyi eglenceler\b",
        # "pek tavsiye ettiğimiz bir şey değil … Bir dahaki sefere planlarınızı biraz daha erken netleştirirseniz ikimiz de rahat ederiz"
        r"\bpek tavsiye ettigimiz bir sey degil\b|\bbir dahaki sefere\b[^.!?]{0,80}\b(?:ikimiz de|hepimiz) rahat ederiz\b",
        # "Bir dahaki sefere … sınav takviminize de bir göz atarsanız ikimiz de bu yazışmayla uğraşmamış oluruz tabii";
        # "Fiyat listemizi bu kadar dikkatli okuyan müşterimiz pek olmuyor, tebrik ederim"
        # "misafirlerinizin de biraz abarttığını düşünüyorum açıkçası"; "sonuçtan da memnun kaldığınızı tahmin ediyorum"
        r"\b(?:biraz |biraz da )?abarttiginizi|\b\w+(?:inizin|lerinizin|larinizin) (?:de |da )?(?:biraz )?abarttigini\b|\bmemnun kaldiginizi tahmin ediyorum\b",
        r"\b(?:ikimiz de|hepimiz) (?:bu \w+ )?ugrasmamis oluruz\b|\bbu kadar dikkatli (?:okuyan|inceleyen)\b[^.!?]{0,30}\bpek (?:olmuyor|yok)\b",
        # "eski derilerde normal karşılanır, çoğu müşterimiz bunu bilmez"
        r"\b(?:cogu|bircok|pek cok) (?:musteri\w*|kisi|insan) (?:bunu |bunlari )?bilmez\b",
        # "tarih kesinleşmeden rezervasyon yapılınca olacağı buydu tabii"
        r"\bolacagi (?:buydu|bu|budur)\b(?:,? tabii| zaten| elbette)?",
        # "velilerimizin çoğu bunu ilk dakikada zaten deniyor … bir dahaki sefere işinize yarar"
        # "250 zarfın her birini tek tek elde sarmamızı beklemek de çok gerçekçi olmazdı"
        r"\bbeklemek (?:de |da )?(?:cok |pek )?gercekci (?:olmaz|olmazdi|degil)\w*|"
        r"\b(?:veli|musteri|kullanici|ogrenci|uye|hasta)\w*(?:imizin|lerimizin|larimizin) cogu (?:bunu )?(?:\S+ ){0,3}zaten\b|\bbir dahaki sefere isinize yarar\b",
    ),
    grovel=rx(
        r"\b(?:kendimi (?:cok |gercekten )?(?:kotu|berbat|mahcup|rezil) hissed\w+|affedin|affediniz|affetmenizi|bagislayin|yuzumuz kizar\w*|utaniyoruz|utaniyorum|tekrar tekrar ozur|bin (?:kere|kez) ozur|ozur ustune ozur|yerin dibine|ne kadar ozur dilesem az)\b",
    ),
    passive=rx(
        r"\b\w+(?:ilmis|ulmus|nmis|lmis)(?:tir)?\b",
        r"\b\w+(?:ilecek|ulecek|nacak|necek|lacak|lecek|ilecektir|ulecektir)\b",
        r"\b(?:iptal|iade|tahsil|teslim) (?:edildi|edilir|edilmistir|edilecek\w*)\b",
    ),
    cues={
        "apology": rx(r"(?:ozur|uzgun|uzul|kusura|affet|maalesef|ne yazik)"),
        "ownership": rx(
            r"(?:degil|yok|\w+m(?:i|u)yor|\w+(?:a|e)ma(?:z|d|y)|\w+(?:a|e)me(?:z|d|y)|yalnizca|sadece|maalesef|ne yazik|onlar|politika|kural|sistem|arac|ekran|ekib|birim|departman|sorumlu|kaynakli)"
        ),
        "no_redirect": rx(
            r"(?:lutfen|ara|ulas|iletisim|basvur|yaz|gonder|doldur|ziyaret|ugra|git|gid|sor|gorus|danis|kullan|sube|site|uygulama|form|banka|birim|departman|ekib)"
        ),
        "no_upsell": rx(
            r"(?:paket|plan|teklif|indirim|kampanya|ucretsiz|dene|uyelik|abonelik|firsat|avantaj|kal|ayril|yerine|fiyat|ucuz|ekstra|yeni)"
        ),
        "next_step": rx(
            r"(?:\w+(?:ecek|acak|ecegi|acagi)|donus|ilgilen|incele|cozul|hallet|takip|bilgilendir)"
        ),
        "tone": rx(
            r"!|(?:acikcasi|belli ki|tabii|zaten|bir dahaki|dikkat|olur|oluyor|takma|dert|hallederiz|merak etmeyin|uzulmeyin|sakin|haha|keske|gerekirdi|seydiniz|saydiniz|tebrik|kusur|dikkatli)"
        ),
        "follow_up": rx(r"."),
    },
    deadline=rx(
        r"\b\d+(?:\s?-\s?\d+)?\s(?:is |calisma )?(?:gun|saat|hafta|dakika)\w*\s(?:icinde|icerisinde)\b",
        r"\b(?:yarin|en gec)\b",
        r"\b(?:ayni gun|ayni gun icinde|bugun icinde|gun bitmeden|aksama kadar|mesai bitmeden)\b",
    ),
    wish=rx(r"\b(?:umarim|umariz|dilerim|dileriz|gecmis olsun|temenni\w*)\b"),
    resolved=rx(
        r"\b(?:iptal|rezerve|tanim|tahsis|muaf|iade)\s(?:ettim|ettik)\b",
        r"\b(?:sil|kaldir|duzelt|gonder|ayir|ayarla|tasi|degistir|guncelle|tanimla|yukle|uzat|yenile|aktiflestir|onayla|durdur|dondur|kapat|ertele|yolla|karsila|hazirlat|hazirla|dus|indir|geri yukle|yerlestir|kur|degistirt|gonderttir)(?:d|t)(?:i|u)(?:m|k)\b",
    ),
    past_time=rx(
        r"\S+\s(?:beri|once)\b",
        r"\b\d+\s?(?:gun|saat|hafta|ay|dakika|yil)\w*?(?:dur|dir|tur|tir)\b",
        r"\b(?:dun|gecen (?:hafta|ay))\b[^,;]{0,20}",
    ),
    lowercase_ok=frozenset({"iphone", "ipad", "e-posta", "e-devlet", "e-fatura", "ebay"}),
    examples={
        "apology": "Ücretinizi iki kez çektiğimiz için özür dilerim.",
        "ownership": "Faturayı kendim iptal ettim.",
        "no_redirect": "Cumartesi teslimatını sizin için ben ayarladım.",
        "next_step": "İadeniz 5 iş günü içinde kartınıza yansıyacak.",
        "follow_up": "Size yardımcı olabileceğim başka bir konu var mı?",
        "no_upsell": "Aboneliğinizi iptal ettim; bir daha ücret alınmayacak.",
        "tone": "Sizi beklettiğimiz için özür dilerim.",
        "generic": "Merhaba Ayşe Hanım,",
    },
)
