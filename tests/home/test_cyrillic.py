"""Serbian Latin → Cyrillic: letters, digraphs, what stays Latin, HTML (home/cyrillic.py)."""

import pytest

from home.cyrillic import html_to_cyrillic, to_cyrillic, transliterate_word

# The Serbian Latin alphabet (gajica) in its order, and Vuk's Cyrillic for each letter.
ALPHABET = [
    ("a", "а"),
    ("b", "б"),
    ("c", "ц"),
    ("č", "ч"),
    ("ć", "ћ"),
    ("d", "д"),
    ("dž", "џ"),
    ("đ", "ђ"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "х"),
    ("i", "и"),
    ("j", "ј"),
    ("k", "к"),
    ("l", "л"),
    ("lj", "љ"),
    ("m", "м"),
    ("n", "н"),
    ("nj", "њ"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("š", "ш"),
    ("t", "т"),
    ("u", "у"),
    ("v", "в"),
    ("z", "з"),
    ("ž", "ж"),
]


def test_the_alphabet_has_thirty_letters():
    assert len(ALPHABET) == 30
    assert len({cyrillic for _latin, cyrillic in ALPHABET}) == 30


@pytest.mark.parametrize("latin, cyrillic", ALPHABET)
def test_every_letter_of_the_serbian_latin_alphabet(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic
    # Capital (Lj, Nj, Dž as a word's first letter) and all capitals (LJ, NJ, DŽ), in a word
    # with a Serbian letter (short words in English letters only are taken for acronyms).
    assert to_cyrillic(latin.capitalize()) == cyrillic.upper()
    assert to_cyrillic(latin.upper() + "ŠA") == cyrillic.upper() + "ША"


def test_the_whole_alphabet_in_one_sentence():
    latin = "a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž"
    assert to_cyrillic(latin) == "а б ц ч ћ д џ ђ е ф г х и ј к л љ м н њ о п р с ш т у в з ж"


@pytest.mark.parametrize(
    "latin, cyrillic",
    [
        ("ljubav", "љубав"),
        ("Ljubav", "Љубав"),
        ("LJUBAV", "ЉУБАВ"),
        ("poljoprivreda", "пољопривреда"),
        ("Njegoš", "Његош"),
        ("NJEGOŠ", "ЊЕГОШ"),
        ("usvajanjem", "усвајањем"),
        ("džep", "џеп"),
        ("Džep", "Џеп"),
        ("DŽEP", "ЏЕП"),
        ("Hodžić", "Хоџић"),
        ("budžet", "буџет"),
        ("Đorđe", "Ђорђе"),
        # "Ð" (eth) typed for "Đ" on keyboards without it.
        ("Ðorđe", "Ђорђе"),
    ],
)
def test_digraphs_are_one_letter_in_every_case(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    "latin, cyrillic",
    [
        # A prefix before ž: d and ž stay two letters.
        ("nadživeti", "надживети"),
        ("Nadživeti", "Надживети"),
        ("NADŽIVETI", "НАДЖИВЕТИ"),
        ("podžanr", "поджанр"),
        ("odživeti", "одживети"),
        # in-/kon- before j: n and j stay two letters.
        ("injekcija", "инјекција"),
        ("Injekcija", "Инјекција"),
        ("konjugacija", "конјугација"),
        ("konjunktura", "конјунктура"),
        # ... but these are real digraphs.
        ("odžak", "оџак"),
        ("konj", "коњ"),
        ("konju", "коњу"),
        ("inje", "иње"),
    ],
)
def test_prefixes_split_the_ambiguous_digraphs(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


# Sentences from the seed (the strategy and the Ministry's confirmation of legality), as the
# municipality wrote them, with their Cyrillic written out by hand.
SEED = [
    (
        "Odluka je od velike važnosti za opštinu i interes građana, jer usvajanjem ove "
        "strategije o informisanju i komunikaciji pruža se mogućnost instituciji za što bolje, "
        "efikasnije i transparentniji pristup svim građanima opštine.",
        "Одлука је од велике важности за општину и интерес грађана, јер усвајањем ове "
        "стратегије о информисању и комуникацији пружа се могућност институцији за што боље, "
        "ефикасније и транспарентнији приступ свим грађанима општине.",
    ),
    (
        "Odeljenje za zakonska pitanja i monitorisanje opština MALS-a, primilo je za obaveznu "
        "razmatranje zakonitosti akta opštine kako je predviđeno članom 81. Zakona br.03/L-040 "
        "o lokalnoj samoupravi",
        "Одељење за законска питања и мониторисање општина МАЛС-а, примило је за обавезну "
        "разматрање законитости акта општине како је предвиђено чланом 81. Закона бр.03/L-040 "
        "о локалној самоуправи",
    ),
    (
        "Ova odluka stupa na snagu odmah nakon potpisivanja od strane predsedavajućeg Skupštine "
        "opštine, kao i objavljivanje podzakonskog akta na zvaničnoj web-stranici opštinskog "
        "sajta.",
        "Ова одлука ступа на снагу одмах након потписивања од стране председавајућег Скупштине "
        "општине, као и објављивање подзаконског акта на званичној web-страници општинског "
        "сајта.",
    ),
    (
        "Preko: Adrijana Hodžić, ministarka MALS-a. Za: Božidar Dejanović, gradonačelnik "
        "Opštine Klokot; Žarko Dejanović, predsedavajući Skupštine opštine Klokot.",
        "Преко: Адријана Хоџић, министарка МАЛС-а. За: Божидар Дејановић, градоначелник "
        "Општине Клокот; Жарко Дејановић, председавајући Скупштине општине Клокот.",
    ),
    (
        "Strategija je izrađena uz podršku OEBS-a, a Skupština opštine usvojila ju je "
        "29.03.2019. godine. Njen cilj je veća transparentnost i odgovornost.",
        "Стратегија је израђена уз подршку ОЕБС-а, а Скупштина општине усвојила ју је "
        "29.03.2019. године. Њен циљ је већа транспарентност и одговорност.",
    ),
]


@pytest.mark.parametrize("latin, cyrillic", SEED)
def test_sentences_of_the_seed(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    "text",
    [
        "https://kk.rks-gov.net/klokot/lajme/",
        "http://www.klokot.org/sr/odluke?broj=534&godina=2019",
        "www.kllokot.example/bilten",
        "info@kllokot.example",
        "zalbe.opstina-klokot@kllokot.example",
        "kk.rks-gov.net",
        "odluka-534-2.pdf",
        "/api/v3/captcha/",
        "mailto:info@kllokot.example",
        "&nbsp;",
        "&#8211;",
    ],
)
def test_addresses_and_names_of_things_stay_latin(text):
    assert to_cyrillic(text) == text
    # ... inside a Serbian sentence too.
    assert to_cyrillic(f"Pišite nam: {text} (odmah)") == f"Пишите нам: {text} (одмах)"


def test_codes_acronyms_and_roman_numerals_stay_latin():
    assert to_cyrillic("Zakon br. 03/L-040") == "Закон бр. 03/L-040"
    assert to_cyrillic("format A4, COVID-19") == "формат A4, COVID-19"
    assert to_cyrillic("PDF, ODT ili JPEG, najviše 5 MB") == "PDF, ODT или JPEG, највише 5 MB"
    assert to_cyrillic("Dokumentacija API-ja") == "Документација API-ја"
    assert to_cyrillic("uz podršku USAID-a i ECMI") == "уз подршку USAID-а и ECMI"
    assert to_cyrillic("XXI vek, II deo") == "XXI век, II део"
    # A lowercase unit beside a number is Serbian: 10 км.
    assert to_cyrillic("10km") == "10км"


def test_serbian_acronyms_are_written_in_cyrillic(settings):
    assert to_cyrillic("OEBS, MALS, NVO") == "ОЕБС, МАЛС, НВО"
    settings.SERBIAN_CYRILLIC_ACRONYMS = []
    assert to_cyrillic("OEBS") == "OEBS"


def test_words_in_capitals_are_text_not_acronyms():
    assert to_cyrillic("JAVNE DEBATE") == "ЈАВНЕ ДЕБАТЕ"
    # A Serbian letter says it is a word; a long word in capitals is no acronym.
    assert to_cyrillic("VAŽNO: OBAVEŠTENJE") == "ВАЖНО: ОБАВЕШТЕЊЕ"
    # A single capital letter is a word ("I" is "and").
    assert to_cyrillic("I opština") == "И општина"


def test_foreign_words_stay_latin():
    # Letters Serbian does not have: q, w, x, y, ç, ë ...
    assert to_cyrillic("Wagtail, YouTube, Quiz, Xerox") == "Wagtail, YouTube, Quiz, Xerox"
    assert to_cyrillic("Venera Çerkini") == "Венера Çerkini"
    assert to_cyrillic("Komuna e Kllokotit, Kuvendi Komunal i Kllokotit, Shqip").endswith("Shqip")
    # The list of names kept in their own spelling (settings.SERBIAN_CYRILLIC_KEEP_LATIN),
    # with their endings; after a hyphen the ending is Serbian.
    assert (
        to_cyrillic("Pratite nas na Facebook-u, Instagramu i Viberu; pišite e-mailom.")
        == "Пратите нас на Facebook-у, Instagramu и Viberu; пишите e-mailom."
    )
    # The other languages' names (a choice of languages).
    assert to_cyrillic("English") == "English"


def test_the_list_of_latin_names_is_configurable(settings):
    settings.SERBIAN_CYRILLIC_KEEP_LATIN = ["Klokot"]
    assert to_cyrillic("Opština Klokot na Facebooku") == "Општина Klokot на Фацебооку"


def test_words_are_transliterated_alone():
    assert transliterate_word("Skupština") == "Скупштина"
    assert transliterate_word("Wagtail") == "Wagtail"


HTML = """<!DOCTYPE html>
<html lang="sr-Latn">
<head>
<title>Početna – Opština Klokot</title>
<meta name="description" content="Zvanična stranica opštine">
<meta name="viewport" content="width=device-width">
<link rel="alternate" hreflang="sr-Latn" href="http://testserver/sr-latn/o-opstini/">
<style>.lj { color: red }</style>
<script>var poruka = "Zdravo";</script>
</head>
<body>
<a href="/sr-latn/o-opstini/" title="O opštini">O opštini</a>
<a href="http://testserver/sr-latn/bilten/?strana=2&amp;broj=1">Bilten</a>
<a href="https://kk.rks-gov.net/sr-latn/">Vlada</a>
<a href="/sq/rreth-komunes/">Na albanskom</a>
<a href="/sr-latn/" hreflang="sr-Latn" lang="sr-Latn" translate="no">Srpski</a>
<span lang="sq">Komuna e Kllokotit është</span>
<span lang="en">Municipality</span>
<p lang="sr-Latn">Dobrodošli</p>
<p translate="no">Naziv koji ostaje</p>
<img src="/media/ljeto-dzep.png" alt="Slika džepa">
<form action="/sr-latn/search/"><input type="search" name="q" value="strategija"
 placeholder="Pretraga" aria-label="Pretraga sajta"><input type="submit" value="Pošalji">
<textarea name="poruka">moj tekst</textarea></form>
<p>Kod: <code>lj = nj</code>, <kbd>Ctrl</kbd>, <pre>dž</pre> i tekst &amp; još&nbsp;malo.</p>
<!-- komentar ostaje -->
</body>
</html>"""


def test_html_changes_only_text_and_readable_attributes():
    out = html_to_cyrillic(HTML, hosts=["testserver"])
    assert out.startswith("<!DOCTYPE html>\n")
    assert '<html lang="sr-Cyrl">' in out
    assert "<title>Почетна – Општина Клокот</title>" in out
    assert '<meta name="description" content="Званична страница општине">' in out
    assert '<meta name="viewport" content="width=device-width">' in out
    assert ".lj { color: red }" in out and 'var poruka = "Zdravo";' in out
    # Links to Serbian pages of this site lead to the Cyrillic edition; the rest do not move.
    assert '<a href="/sr-cyrl/o-opstini/" title="О општини">О општини</a>' in out
    assert 'href="http://testserver/sr-cyrl/bilten/?strana=2&amp;broj=1">Билтен</a>' in out
    assert '<a href="https://kk.rks-gov.net/sr-latn/">Влада</a>' in out
    assert '<a href="/sq/rreth-komunes/">На албанском</a>' in out
    # Links that say which language they lead to, and their names, stay as they are.
    assert '<a href="/sr-latn/" hreflang="sr-Latn" lang="sr-Latn" translate="no">Srpski</a>' in out
    assert 'hreflang="sr-Latn" href="http://testserver/sr-latn/o-opstini/"' in out
    # Other languages and translate="no" are left alone; Serbian text becomes Cyrillic.
    assert '<span lang="sq">Komuna e Kllokotit është</span>' in out
    assert '<span lang="en">Municipality</span>' in out
    assert '<p lang="sr-Cyrl">Добродошли</p>' in out
    assert '<p translate="no">Naziv koji ostaje</p>' in out
    assert '<img src="/media/ljeto-dzep.png" alt="Слика џепа">' in out
    assert '<form action="/sr-cyrl/search/">' in out
    # What the visitor typed stays; what they read changes.
    assert 'value="strategija"' in out and 'placeholder="Претрага"' in out
    assert 'aria-label="Претрага сајта"' in out and 'value="Пошаљи"' in out
    assert '<textarea name="poruka">moj tekst</textarea>' in out
    assert "<code>lj = nj</code>" in out and "<kbd>Ctrl</kbd>" in out and "<pre>dž</pre>" in out
    assert "и текст &amp; још&nbsp;мало." in out
    assert "<!-- komentar ostaje -->" in out


def test_html_nested_in_a_left_alone_element_stays_alone():
    html = '<div lang="en"><div>Inner <b>bold</b></div> still</div> posle'
    assert html_to_cyrillic(html) == '<div lang="en"><div>Inner <b>bold</b></div> still</div> после'


def test_a_document_in_another_language_is_left_alone():
    # The 500 page is written by hand in Albanian (with Serbian and English paragraphs).
    html = '<html lang="sq"><body><p lang="sr-Latn">Izvinite</p></body></html>'
    assert html_to_cyrillic(html) == html
