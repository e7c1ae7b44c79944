"""Demo content for the Municipality of Klokot / Komuna e Kllokotit / Opština Klokot.

Pure data. The texts are based on the municipality's Information and Communication
Strategy 2019-2022, the Municipal Assembly's Decision No. 534/2 of 29.03.2019 approving it,
and the Ministry of Local Government Administration's confirmation of legality
No. 020-383 of 17.04.2019 (OCR'd scan, cleaned and condensed).

The three languages of every page have exactly the same shape, so that a loader can zip
them item by item.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("sq", "sr-latn", "en")

# Body items are tuples:
#   ("heading", str)                        a section heading (plain text)
#   ("paragraph", str)                      one paragraph of plain text (no HTML, no markdown)
#   ("list", [str, ...])                    a bulleted list, plain-text items
#   ("quote", {"quote": str, "attribution": str})

HOME: dict[str, dict[str, Any]] = {
    "sq": {
        "title": "Ballina",
        "municipality_name": "Komuna e Kllokotit",
        "address": "Kllokot, Kosovë",
        "office_hours": "E hënë – e premte, 08:00–16:00",
        "hero_title": "Komuna e Kllokotit",
        "hero_text": (
            "Komuna e Kllokotit synon një komunikim të hapur dhe të dyanshëm me qytetarët, "
            "shoqërinë civile, mediat dhe palët e tjera të interesit. Qytetarët i ftojmë të marrin "
            "pjesë aktive në vendimmarrje."
        ),
        "search_description": (
            "Faqja zyrtare e Komunës së Kllokotit: organet komunale, Strategjia për Informim dhe "
            "Komunikim 2019-2022 dhe aktet përkatëse."
        ),
        "highlights": [
            {
                "title": "Bilteni informativ mujor",
                "text": (
                    "Përmes biltenit informativ mujor, qytetarët do të njoftohen për punën e "
                    "Kuvendit Komunal dhe të Kryetarit të Komunës, si dhe për projektet e "
                    "realizuara."
                ),
            },
            {
                "title": "Debatet publike",
                "text": (
                    "Për dokumentet strategjike dhe për buxhetin komunal mbahen debate publike, ku "
                    "qytetarët marrin pjesë në përgatitjen e listës së investimeve kapitale."
                ),
            },
            {
                "title": "Kutia e ankesave dhe sugjerimeve",
                "text": (
                    "Strategjia parasheh vendosjen e një kutie për ankesat dhe sugjerimet e "
                    "qytetarëve, me qëllim që shërbimet komunale të ofrohen më shpejt dhe më mirë."
                ),
            },
        ],
    },
    "sr-latn": {
        "title": "Početna",
        "municipality_name": "Opština Klokot",
        "address": "Klokot, Kosovo",
        "office_hours": "Ponedeljak – petak, 08:00–16:00",
        "hero_title": "Opština Klokot",
        "hero_text": (
            "Opština Klokot teži otvorenoj, dvosmernoj komunikaciji sa građanima, civilnim "
            "društvom, medijima i drugim zainteresovanim stranama. Pozivamo građane da aktivno "
            "učestvuju u donošenju odluka."
        ),
        "search_description": (
            "Zvanična stranica Opštine Klokot: opštinski organi, Strategija za informisanje i "
            "komunikaciju 2019-2022 i prateći akti."
        ),
        "highlights": [
            {
                "title": "Mesečni informativni bilten",
                "text": (
                    "Putem mesečnog informativnog biltena građani će biti obaveštavani o radu "
                    "Skupštine opštine i predsednika opštine, kao i o realizovanim projektima."
                ),
            },
            {
                "title": "Javne debate",
                "text": (
                    "O strateškim dokumentima i opštinskom budžetu održavaju se javne debate, na "
                    "kojima građani učestvuju u izradi liste kapitalnih investicija."
                ),
            },
            {
                "title": "Kutija za žalbe i predloge",
                "text": (
                    "Strategija predviđa postavljanje kutije za žalbe i predloge građana, kako bi "
                    "opštinske usluge bile brže i kvalitetnije."
                ),
            },
        ],
    },
    "en": {
        "title": "Home",
        "municipality_name": "Municipality of Klokot",
        "address": "Klokot, Kosovo",
        "office_hours": "Monday to Friday, 08:00–16:00",
        "hero_title": "Municipality of Klokot",
        "hero_text": (
            "The Municipality of Klokot aims for open, two-way communication with citizens, civil "
            "society, the media and other stakeholders. We invite citizens to take an active part "
            "in decision-making."
        ),
        "search_description": (
            "Official site of the Municipality of Klokot: municipal bodies, the Information and "
            "Communication Strategy 2019-2022 and related acts."
        ),
        "highlights": [
            {
                "title": "Monthly information bulletin",
                "text": (
                    "The monthly information bulletin will keep citizens informed about the work "
                    "of the Municipal Assembly and the Mayor, and about completed projects."
                ),
            },
            {
                "title": "Public debates",
                "text": (
                    "Public debates are held on strategic documents and on the municipal budget, "
                    "where citizens help prepare the list of capital investments."
                ),
            },
            {
                "title": "Complaints and suggestions box",
                "text": (
                    "The strategy provides for a box for citizens' complaints and suggestions, so "
                    "that municipal services can be delivered faster and better."
                ),
            },
        ],
    },
}


#: Where each of HOME[...]["highlights"] leads, in the same order: the first page of a page type
#: ("app_label.model", so demo slugs can change) or a demo page's key (PAGES[...]["key"]).
#: A page type whose app is not installed falls back to the strategy page.
HIGHLIGHT_LINKS = ("bulletin.bulletinindexpage", "strategy", "complaints.complaintformpage")

PAGES: list[dict[str, Any]] = [
    # ----------------------------------------------------------------- about
    {
        "key": "about",
        "parent": "home",
        "sq": {
            "title": "Rreth Komunës",
            "slug": "rreth-komunes",
            "intro": (
                "Komuna e Kllokotit është njësi e vetëqeverisjes lokale në Republikën e Kosovës. "
                "Këtu gjeni organet e saj, departamentet dhe mënyrat se si komuna komunikon me "
                "qytetarët."
            ),
            "search_description": (
                "Organet e Komunës së Kllokotit: Kuvendi Komunal, Kryetari i Komunës, "
                "departamentet, këshillat e fshatrave dhe zyrat komunale."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Komuna e Kllokotit (serbisht: Klokot) është themeluar në vitin 2010 dhe "
                        "funksionon në bazë të Ligjit nr. 03/L-040 për Vetëqeverisjen Lokale dhe "
                        "të Statutit të Komunës. Gjuhët zyrtare të komunës janë serbishtja dhe "
                        "shqipja, prandaj dokumentet zyrtare hartohen në të dyja gjuhët."
                    ),
                ),
                ("heading", "Kuvendi Komunal"),
                (
                    "paragraph",
                    (
                        "Kuvendi Komunal është organi më i lartë përfaqësues i komunës dhe "
                        "udhëhiqet nga Kryesuesi i Kuvendit. Seancat e Kuvendit mbahen një herë në "
                        "muaj dhe paraprihen nga mbledhjet e Komitetit për Komunitete dhe të "
                        "Komitetit për Politikë dhe Financa. Rendin e ditës e përcaktojnë "
                        "Kryesuesi i Kuvendit dhe Kryetari i Komunës."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Të gjitha vendimet dhe aktet e Kuvendit i dërgohen Ministrisë së "
                        "Administrimit të Pushtetit Lokal brenda shtatë ditëve nga miratimi, për "
                        "shqyrtimin e ligjshmërisë."
                    ),
                ),
                ("heading", "Kryetari i Komunës"),
                (
                    "paragraph",
                    (
                        "Kryetari i Komunës udhëheq pushtetin ekzekutiv të komunës. Në punën e tij "
                        "e ndihmojnë Zëvendëskryetari për Komunitete, Kabineti i Kryetarit dhe "
                        "drejtorët e departamenteve, me të cilët Kryetari mban takime sipas "
                        "nevojës."
                    ),
                ),
                ("heading", "Departamentet komunale"),
                (
                    "paragraph",
                    (
                        "Sipas fjalës së Kryetarit në Strategjinë për Informim dhe Komunikim, "
                        "administrata komunale është e organizuar në këto departamente:"
                    ),
                ),
                (
                    "list",
                    [
                        "Departamenti i Administratës dhe Personelit",
                        "Departamenti i Shërbimeve Publike, Kadastrës, Urbanizmit dhe Gjeodezisë",
                        "Departamenti i Bujqësisë, Pylltarisë dhe Zhvillimit Rural",
                        "Departamenti i Ekonomisë, Financave dhe Buxhetit",
                        "Departamenti i Arsimit",
                        "Departamenti i Shëndetësisë dhe Mirëqenies Sociale",
                        "Departamenti i Kulturës, Rinisë dhe Sporteve",
                    ],
                ),
                ("heading", "Zyra për Informim dhe Marrëdhënie me Publikun"),
                (
                    "paragraph",
                    (
                        "Zyra për Informim dhe Marrëdhënie me Publikun është pjesë e Kabinetit të "
                        "Kryetarit. Ajo i informon qytetarët dhe mediat lokale për aktivitetet e "
                        "komunës, mban marrëdhëniet me mediat, përgatit njoftimet për shtyp dhe "
                        "shqyrton kërkesat për qasje në dokumente publike."
                    ),
                ),
                ("heading", "Këshillat e fshatrave"),
                (
                    "paragraph",
                    (
                        "Në fshatrat e komunës veprojnë këshillat lokale të fshatrave. "
                        "Përfaqësuesit e tyre u rizgjodhën në vitin 2018, në bazë të një akti "
                        "nënligjor të miratuar nga Kuvendi Komunal. Përmes këshillave, banorët "
                        "marrin pjesë në vendimmarrje dhe në zgjidhjen e çështjeve me interes për "
                        "fshatin e tyre."
                    ),
                ),
                ("heading", "Zyrat komunale"),
                (
                    "paragraph",
                    (
                        "Zyrat komunale janë ende të vendosura në dy ndërtesa të ndara, në largësi "
                        "prej një deri në dy kilometra nga njëra-tjetra, në objekte që ishin "
                        "dedikuar për qëllime të tjera. Ndërtimi i ndërtesës së re të komunës ka "
                        "filluar në vitin 2011, por administrata komunale ende nuk është vendosur "
                        "në të."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "Në njërën ndërtesë ndodhen zyra e Kuvendit, Zëvendëskryetari për "
                            "Komunitete, Departamenti i Administratës dhe Personelit, Departamenti "
                            "i Shërbimeve Publike, Kadastrës, Urbanizmit dhe Gjeodezisë, si dhe "
                            "Departamenti i Bujqësisë, Pylltarisë dhe Zhvillimit Rural."
                        ),
                        (
                            "Në ndërtesën tjetër ndodhen zyra e Kryetarit, Departamenti i "
                            "Ekonomisë, Financave dhe Buxhetit, Departamenti i Arsimit, "
                            "Departamenti i Shëndetësisë dhe Mirëqenies Sociale, si dhe "
                            "Departamenti i Kulturës, Rinisë dhe Sporteve."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Për shkak të kësaj ndarjeje, komuna nuk ka linjë të telefonisë fikse, "
                        "prandaj për komunikim përdoren telefonat mobilë dhe interneti."
                    ),
                ),
                ("heading", "Informimi i qytetarëve"),
                (
                    "paragraph",
                    (
                        "Komuna i informon qytetarët përmes ueb-faqes zyrtare, e cila funksionon "
                        "që nga viti 2012 dhe që nga qershori i vitit 2018 përdor një platformë të "
                        "re, si dhe përmes tabelave të njoftimeve në fshatra dhe para ndërtesës së "
                        "komunës. Mënyrat e komunikimit me qytetarët janë përcaktuar në "
                        "Strategjinë për Informim dhe Komunikim 2019-2022."
                    ),
                ),
            ],
        },
        "sr-latn": {
            "title": "O opštini",
            "slug": "o-opstini",
            "intro": (
                "Opština Klokot je jedinica lokalne samouprave u Republici Kosovo. Ovde možete "
                "saznati više o njenim organima, odeljenjima i načinima na koje opština komunicira "
                "sa građanima."
            ),
            "search_description": (
                "Organi Opštine Klokot: Skupština opštine, predsednik opštine, odeljenja, seoski "
                "saveti i opštinske kancelarije."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Opština Klokot (na albanskom: Kllokot) osnovana je 2010. godine i radi na "
                        "osnovu Zakona br. 03/L-040 o lokalnoj samoupravi i Statuta opštine. "
                        "Službeni jezici opštine su srpski i albanski, pa se zvanični dokumenti "
                        "sastavljaju na oba jezika."
                    ),
                ),
                ("heading", "Skupština opštine"),
                (
                    "paragraph",
                    (
                        "Skupština opštine je najviši predstavnički organ opštine, a njenim radom "
                        "rukovodi predsedavajući Skupštine. Sednice Skupštine održavaju se jednom "
                        "mesečno, a prethode im sastanci Komiteta za zajednice i Komiteta za "
                        "politiku i finansije. Dnevni red utvrđuju predsedavajući Skupštine i "
                        "predsednik opštine."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Sve odluke i akti Skupštine dostavljaju se Ministarstvu administracije "
                        "lokalne samouprave u roku od sedam dana od usvajanja, radi razmatranja "
                        "zakonitosti."
                    ),
                ),
                ("heading", "Predsednik opštine"),
                (
                    "paragraph",
                    (
                        "Predsednik opštine rukovodi izvršnom vlašću opštine. U radu mu pomažu "
                        "zamenik predsednika opštine za zajednice, Kabinet predsednika opštine i "
                        "direktori odeljenja, sa kojima predsednik opštine održava sastanke po "
                        "potrebi."
                    ),
                ),
                ("heading", "Opštinska odeljenja"),
                (
                    "paragraph",
                    (
                        "Prema uvodnoj reči predsednika opštine u Strategiji za informisanje i "
                        "komunikaciju, opštinska uprava je organizovana u sledeća odeljenja:"
                    ),
                ),
                (
                    "list",
                    [
                        "Odeljenje za administraciju i osoblje",
                        "Odeljenje za javne službe, katastar, urbanizam i geodeziju",
                        "Odeljenje za poljoprivredu, šumarstvo i ruralni razvoj",
                        "Odeljenje za ekonomiju, finansije i budžet",
                        "Odeljenje za obrazovanje",
                        "Odeljenje za zdravstvo i socijalnu zaštitu",
                        "Odeljenje za kulturu, omladinu i sport",
                    ],
                ),
                ("heading", "Kancelarija za informisanje i odnose sa javnošću"),
                (
                    "paragraph",
                    (
                        "Kancelarija za informisanje i odnose sa javnošću deo je Kabineta "
                        "predsednika opštine. Ona obaveštava građane i lokalne medije o "
                        "aktivnostima opštine, održava odnose sa medijima, priprema saopštenja za "
                        "javnost i razmatra zahteve za pristup javnim dokumentima."
                    ),
                ),
                ("heading", "Seoski saveti"),
                (
                    "paragraph",
                    (
                        "U selima opštine deluju lokalni seoski saveti. Njihovi predstavnici "
                        "ponovo su izabrani 2018. godine, na osnovu podzakonskog akta koji je "
                        "usvojila Skupština opštine. Preko saveta meštani učestvuju u odlučivanju "
                        "i u rešavanju pitanja od interesa za svoje selo."
                    ),
                ),
                ("heading", "Opštinske kancelarije"),
                (
                    "paragraph",
                    (
                        "Opštinske kancelarije i dalje su smeštene u dve odvojene zgrade, udaljene "
                        "jedna od druge jedan do dva kilometra, u objektima koji su bili namenjeni "
                        "drugim svrhama. Izgradnja nove zgrade opštine počela je 2011. godine, ali "
                        "opštinska uprava još nije useljena u nju."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "U jednoj zgradi nalaze se kancelarija Skupštine, zamenik predsednika "
                            "opštine za zajednice, Odeljenje za administraciju i osoblje, "
                            "Odeljenje za javne službe, katastar, urbanizam i geodeziju i "
                            "Odeljenje za poljoprivredu, šumarstvo i ruralni razvoj."
                        ),
                        (
                            "U drugoj zgradi nalaze se kancelarija predsednika opštine, Odeljenje "
                            "za ekonomiju, finansije i budžet, Odeljenje za obrazovanje, Odeljenje "
                            "za zdravstvo i socijalnu zaštitu i Odeljenje za kulturu, omladinu i "
                            "sport."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Zbog ove podeljenosti opština nema fiksnu telefonsku liniju, pa se za "
                        "komunikaciju koriste mobilni telefoni i internet."
                    ),
                ),
                ("heading", "Informisanje građana"),
                (
                    "paragraph",
                    (
                        "Opština obaveštava građane putem zvanične veb-stranice, koja postoji od "
                        "2012. godine i od juna 2018. godine radi na novoj platformi, kao i putem "
                        "oglasnih tabli u selima i ispred zgrade opštine. Načini komunikacije sa "
                        "građanima utvrđeni su Strategijom za informisanje i komunikaciju "
                        "2019-2022."
                    ),
                ),
            ],
        },
        "en": {
            "title": "About the Municipality",
            "slug": "about-the-municipality",
            "intro": (
                "The Municipality of Klokot is a unit of local self-government in the Republic of "
                "Kosovo. Here you can learn about its bodies, its departments and how it "
                "communicates with citizens."
            ),
            "search_description": (
                "Bodies of the Municipality of Klokot: the Municipal Assembly, the Mayor, "
                "municipal departments, village councils and municipal offices."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The Municipality of Klokot (Kllokot in Albanian) was established in 2010 "
                        "and operates under Law No. 03/L-040 on Local Self-Government and the "
                        "Municipal Statute. Its official languages are Serbian and Albanian, so "
                        "official documents are drafted in both."
                    ),
                ),
                ("heading", "Municipal Assembly"),
                (
                    "paragraph",
                    (
                        "The Municipal Assembly is the highest representative body of the "
                        "municipality and is led by the Chair of the Assembly. It meets once a "
                        "month, after meetings of the Communities Committee and the Policy and "
                        "Finance Committee. The agenda is set by the Chair of the Assembly and the "
                        "Mayor."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "All decisions and acts of the Assembly are sent to the Ministry of Local "
                        "Government Administration within seven days of adoption for a review of "
                        "their legality."
                    ),
                ),
                ("heading", "The Mayor"),
                (
                    "paragraph",
                    (
                        "The Mayor heads the executive branch of the municipality, assisted by the "
                        "Deputy Mayor for Communities, the Mayor's Cabinet and the directors of "
                        "the departments, with whom the Mayor meets as needed."
                    ),
                ),
                ("heading", "Municipal departments"),
                (
                    "paragraph",
                    (
                        "According to the Mayor's foreword to the Information and Communication "
                        "Strategy, the municipal administration is organised into the following "
                        "departments:"
                    ),
                ),
                (
                    "list",
                    [
                        "Department of Administration and Personnel",
                        "Department of Public Services, Cadastre, Urbanism and Geodesy",
                        "Department of Agriculture, Forestry and Rural Development",
                        "Department of Economy, Finance and Budget",
                        "Department of Education",
                        "Department of Health and Social Welfare",
                        "Department of Culture, Youth and Sports",
                    ],
                ),
                ("heading", "Office for Information and Public Relations"),
                (
                    "paragraph",
                    (
                        "The Office for Information and Public Relations is part of the Mayor's "
                        "Cabinet. It informs citizens and local media about the municipality's "
                        "activities, handles media relations, prepares press releases and "
                        "processes requests for access to public documents."
                    ),
                ),
                ("heading", "Village councils"),
                (
                    "paragraph",
                    (
                        "Local village councils operate in the municipality's villages. Their "
                        "representatives were re-elected in 2018 under a by-law adopted by the "
                        "Municipal Assembly. Through the councils, residents take part in "
                        "decision-making and in solving issues that matter to their village."
                    ),
                ),
                ("heading", "Municipal offices"),
                (
                    "paragraph",
                    (
                        "The municipal offices are still housed in two separate buildings, one to "
                        "two kilometres apart, in premises originally intended for other purposes. "
                        "Construction of a new municipal building began in 2011, but the "
                        "administration has not yet moved into it."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "One building houses the Assembly office, the Deputy Mayor for "
                            "Communities, the Department of Administration and Personnel, the "
                            "Department of Public Services, Cadastre, Urbanism and Geodesy, and "
                            "the Department of Agriculture, Forestry and Rural Development."
                        ),
                        (
                            "The other building houses the Mayor's office, the Department of "
                            "Economy, Finance and Budget, the Department of Education, the "
                            "Department of Health and Social Welfare, and the Department of "
                            "Culture, Youth and Sports."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Because of this split, the municipality has no landline telephone "
                        "network; mobile phones and the internet are used for communication."
                    ),
                ),
                ("heading", "Informing citizens"),
                (
                    "paragraph",
                    (
                        "The municipality informs citizens through its official website, online "
                        "since 2012 and running on a new platform since June 2018, and through "
                        "notice boards in the villages and in front of the municipal building. How "
                        "it communicates with citizens is set out in the Information and "
                        "Communication Strategy 2019-2022."
                    ),
                ),
            ],
        },
    },
    # -------------------------------------------------------------- strategy
    {
        "key": "strategy",
        "parent": "about",
        "sq": {
            "title": "Strategjia për Informim dhe Komunikim 2019-2022",
            "slug": "strategjia-per-informim-dhe-komunikim-2019-2022",
            "intro": (
                "Strategjia për Informim dhe Komunikim e Komunës së Kllokotit për periudhën "
                "2019-2022 synon të përmirësojë komunikimin e dyanshëm ndërmjet institucioneve "
                "komunale, qytetarëve dhe palëve të tjera të interesit."
            ),
            "search_description": (
                "Strategjia për Informim dhe Komunikim e Komunës së Kllokotit 2019-2022: qëllimet, "
                "ueb-faqja, bilteni informativ, debatet publike, qasja në dokumente."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Strategjia u hartua me mbështetjen e OSBE-së dhe u miratua nga Kuvendi "
                        "Komunal më 29.03.2019. Më poshtë paraqitet përmbajtja e saj kryesore; "
                        "plani i veprimit me afatet dhe autoritetet përgjegjëse është pjesë e "
                        "dokumentit të plotë."
                    ),
                ),
                ("heading", "Fjala e Kryetarit"),
                (
                    "quote",
                    {
                        "quote": (
                            "Kjo strategji për informim dhe komunikim ka rëndësi të madhe, sepse "
                            "do t'u mundësojë qytetarëve t'u afrohen autoriteteve komunale në "
                            "mënyrë më transparente. Dëshiroj që ky dokument të jetë në shërbim të "
                            "bashkëpunimit të mirë dhe të komunikimit të drejtpërdrejtë me "
                            "qytetarët."
                        ),
                        "attribution": "Bozidar Dejanovic, Kryetari i Komunës së Kllokotit",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Deri tani komuna është përpjekur të jetë sa më afër qytetarëve: njoftimet "
                        "janë vendosur në vende publike, lajmet dhe dokumentet e miratuara në "
                        "seancat e Kuvendit janë publikuar në ueb-faqen e komunës, ndërsa për çdo "
                        "dokument strategjik dhe për buxhetin komunal janë mbajtur debate publike. "
                        "Kryetari falënderoi OSBE-në për mbështetjen në hartimin e Strategjisë."
                    ),
                ),
                ("heading", "1. Hyrje"),
                (
                    "paragraph",
                    (
                        "Në bazë të legjislacionit në fuqi, si Ligji për Vetëqeverisjen Lokale, "
                        "Ligji për Qasje në Dokumente Publike, Statuti i Komunës dhe rregulloret e "
                        "udhëzimet administrative përkatëse, Komuna e Kllokotit dëshiron të "
                        "përmirësojë komunikimin e dyanshëm ndërmjet organeve të qeverisjes lokale "
                        "dhe qytetarëve, shoqërisë civile, organizatave joqeveritare dhe "
                        "qeveritare, mediave dhe subjekteve të tjera."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Strategjia do të jetë e hapur, gjithëpërfshirëse, efektive dhe "
                        "bashkëpunuese. Ajo synon rritjen e transparencës dhe të llogaridhënies, "
                        "ngritjen e kapaciteteve për komunikim me grupet e interesit dhe me "
                        "publikun e gjerë, inkurajimin e qytetarëve që të marrin pjesë në "
                        "vendimmarrje dhe përmirësimin e imazhit të komunës."
                    ),
                ),
                ("heading", "2. Metodologjia"),
                (
                    "paragraph",
                    (
                        "Për të krijuar një pasqyrë sa më të saktë, u bë një analizë e gjendjes "
                        "aktuale të komunikimit të brendshëm dhe të jashtëm. Me vendim të Kuvendit "
                        "Komunal u formua një komision i përbërë nga zyrtarë komunalë dhe "
                        "këshilltarë të Kuvendit. Të dhënat u mblodhën nga takimet e mëparshme me "
                        "qytetarët dhe me përfaqësuesit e grupeve të interesit, nga anketat me "
                        "qytetarët të viteve të kaluara dhe nga punëtoritë e organizuara nga "
                        "OSBE-ja në vitin 2017 me punonjës komunalë. Mbi këtë bazë u përcaktuan "
                        "objektivat specifike, rezultatet e pritura dhe aktivitetet për arritjen e "
                        "tyre."
                    ),
                ),
                ("heading", "3. Qëllimet"),
                (
                    "paragraph",
                    (
                        "Zbatimi i Strategjisë synon krijimin e një sistemi të përbashkët, unik, "
                        "funksional dhe të realizueshëm të komunikimit, i cili mundëson arritjen e "
                        "këtyre qëllimeve:"
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "Transparenca dhe llogaridhënia publike e komunës, përmes komunikimit "
                            "efektiv me qytetarët dhe informimit për procedurat e qasjes në "
                            "dokumente publike."
                        ),
                        (
                            "Inkurajimi i qytetarëve që të marrin pjesë aktive në vendimmarrje dhe "
                            "në aktivitetet komunale, për të rritur bashkëpunimin dhe besimin e "
                            "ndërsjellë."
                        ),
                        (
                            "Përmirësimi i komunikimit me grupet e interesit, veçanërisht me "
                            "qytetarët, biznesmenët, investitorët dhe nivelet më të larta të "
                            "qeverisjes."
                        ),
                        "Përmirësimi i cilësisë së komunikimit me mediat.",
                        (
                            "Transparenca financiare dhe racionalizimi i komunikimit të brendshëm "
                            "dhe të jashtëm të komunës."
                        ),
                        "Ngritja e një sistemi efektiv të komunikimit të brendshëm.",
                        "Krijimi i një imazhi të përgjithshëm të Komunës së Kllokotit.",
                    ],
                ),
                ("heading", "4. Komunikimi i brendshëm"),
                (
                    "paragraph",
                    (
                        "Komunikimi i brendshëm zhvillohet përmes takimeve të stafit, telefonave, "
                        "internetit dhe postës elektronike, tabelave të njoftimeve dhe "
                        "korrespondencës së shkruar. Takimet e departamenteve me punonjësit mbahen "
                        "çdo të hënë nga ora 09:00, me pjesëmarrjen e Zyrës për Informim dhe "
                        "Marrëdhënie me Publikun, ndërsa të gjithë punonjësit i japin kësaj zyre "
                        "informacionet që duhet t'i bëhen të ditura publikut."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Strategjia parasheh një listë të brendshme të numrave të telefonit, "
                        "kompjuterë të mjaftueshëm dhe adresa zyrtare të postës elektronike për të "
                        "gjitha njësitë, trajnimin e punonjësve për përdorimin e internetit, "
                        "tabela njoftimesh në të gjitha objektet komunale me një person përgjegjës "
                        "për to, si dhe korrespondencë të shkruar pa gabime në të dyja gjuhët "
                        "zyrtare, serbisht dhe shqip."
                    ),
                ),
                ("heading", "5. Komunikimi i jashtëm"),
                (
                    "paragraph",
                    (
                        "Komunikimi i jashtëm përfshin korrespondencën me palët dhe cilësinë e "
                        "prezantimit të informacionit, nga të cilat varet reputacioni i "
                        "institucioneve komunale. Zyra për Informim dhe Marrëdhënie me Publikun i "
                        "informon qytetarët dhe mediat lokale për të gjitha aktivitetet e komunës "
                        "dhe shqyrton kërkesat për qasje në dokumente publike."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Marrëdhëniet me mediat duhet të ndërtohen në mënyrë sistematike dhe "
                        "proaktive. Strategjia parasheh të paktën një konferencë për shtyp në vit "
                        "nga Kryetari, një hapësirë të pajisur për konferencat për shtyp, një "
                        "protokoll për përgatitjen dhe dërgimin e njoftimeve për shtyp, arkivimin "
                        "e rregullt të shkrimeve në media dhe rregulla për dhënien e intervistave."
                    ),
                ),
                ("heading", "6. Ueb-faqja"),
                (
                    "paragraph",
                    (
                        "Ueb-faqja e parë zyrtare e komunës daton nga viti 2012, ndërsa që nga "
                        "qershori i vitit 2018 komuna përdor një platformë të re, me të njëjtën "
                        "adresë. Faqja përmban të dhëna për komunën, udhëheqjen lokale, Kuvendin, "
                        "projektet, raportet financiare, aktet nënligjore, strategjitë dhe planet "
                        "buxhetore, dhe përditësohet çdo ditë me lajme dhe informacione për "
                        "qytetarët."
                    ),
                ),
                ("paragraph", "Qëllimet për ueb-faqen:"),
                (
                    "list",
                    [
                        "Rritja e numrit të vizitorëve.",
                        "Përditësimi i vazhdueshëm, që faqja të jetë gjithmonë aktuale.",
                    ],
                ),
                ("paragraph", "Aktivitetet për ueb-faqen:"),
                (
                    "list",
                    [
                        "Promovimi i ueb-faqes për të rritur ndërveprimin e përdoruesve.",
                        "Ndjekja e numrit të vizitave.",
                        "Analizimi i vërejtjeve dhe sugjerimeve të lëna nga qytetarët.",
                        "Përditësimi i rregullt i ueb-faqes.",
                    ],
                ),
                ("heading", "7. Bilteni informativ"),
                (
                    "paragraph",
                    (
                        "Pas formimit të komunës në vitin 2010, për një periudhë të shkurtër është "
                        "botuar një bilten informativ mujor, ndërsa me mbështetjen e USAID-it "
                        "organizata ndërkombëtare ECMI ka botuar edhe një gazetë javore."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Kjo praktikë duhet të vazhdojë, në mënyrë që qytetarët të informohen më "
                        "mirë për punën e organeve komunale, si të pushtetit legjislativ ashtu "
                        "edhe të atij ekzekutiv. Bilteni informativ do të dalë çdo muaj dhe do të "
                        "paraqesë edhe projektet e realizuara gjatë periudhës përkatëse."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Informacioni në bilten do të paraqitet në mënyrë neutrale dhe pa komente. "
                        "Bilteni informativ nuk mund të përdoret për qëllime politike, fetare, "
                        "ideologjike, partiake apo komerciale."
                    ),
                ),
                ("heading", "8. Qytetarët"),
                (
                    "paragraph",
                    (
                        "Statuti i Komunës së Kllokotit rregullon mënyrat dhe procedurat e "
                        "pjesëmarrjes së qytetarëve në çështjet publike. Qytetarët mund të marrin "
                        "pjesë përmes debateve publike, referendumeve, peticioneve dhe kërkesave."
                    ),
                ),
                ("heading", "8.1. Debatet publike dhe takimet me qytetarët"),
                (
                    "paragraph",
                    (
                        "Debatet publike dhe takimet me qytetarët organizohen rregullisht ose "
                        "sipas nevojës. Kryetari i Komunës rezervon një ditë në javë për të "
                        "dëgjuar qytetarët, të cilët mund t'i paraqesin kërkesat ose problemet e "
                        "tyre gojarisht ose me shkrim; çdo javë Kryetari takohet me rreth 15 deri "
                        "në 20 qytetarë."
                    ),
                ),
                ("paragraph", "Për të rritur pjesëmarrjen e qytetarëve, Strategjia parasheh:"),
                (
                    "list",
                    [
                        "Promovimi i debateve publike.",
                        (
                            "Informimi i qytetarëve për të drejtat e tyre dhe për parimet e "
                            "debatit publik."
                        ),
                        "Vendosja e sondazheve në ueb-faqen e komunës.",
                    ],
                ),
                ("heading", "8.2. Këshillat lokale të fshatrave"),
                (
                    "paragraph",
                    (
                        "Përfaqësuesit e këshillave lokale të fshatrave u rizgjodhën në vitin "
                        "2018. Këshillat synojnë të rrisin pjesëmarrjen e banorëve në vendimmarrje "
                        "për çështjet me interes publik dhe në zgjidhjen e problemeve të tyre. "
                        "Komunikimi me ta bëhet drejtpërdrejt, me shkrim ose me telefon, dhe ata "
                        "ftohen në të gjitha aktivitetet dhe ngjarjet kryesore të komunës. Komuna "
                        "duhet të mbulojë shpenzimet e pjesëmarrjes së tyre në mbledhjet e "
                        "Këshillit Komunal për Siguri në Bashkësi (KKSB)."
                    ),
                ),
                (
                    "paragraph",
                    "Për këshillat e fshatrave, Strategjia parasheh këto qëllime dhe aktivitete:",
                ),
                (
                    "list",
                    [
                        (
                            "Ngritja e një mekanizmi efektiv të komunikimit përmes këshillave të "
                            "fshatrave."
                        ),
                        "Funksionalizimi i të gjitha këshillave të fshatrave.",
                        (
                            "Paraqitja e vendimeve me interes për banorët vendas në këshillat e "
                            "fshatrave."
                        ),
                        "Informimi në kohë i banorëve të fshatrave.",
                        "Mbulimi i shpenzimeve telefonike për kryetarët e këshillave të fshatrave.",
                    ],
                ),
                ("heading", "8.3. Marrëdhëniet me qytetarët si përdorues të shërbimeve"),
                (
                    "paragraph",
                    (
                        "Të gjithë banorët e komunës janë grupi kryesor i interesit dhe duhet të "
                        "marrin informacion të shpejtë dhe të saktë për realizimin e të drejtave "
                        "të tyre. Meqë komuna nuk ka ende ndërtesën e vet, nuk ka as zonë pritjeje "
                        "për palët, as organogram të dukshëm që do të tregonte qartë organizimin "
                        "dhe kompetencat e organeve komunale."
                    ),
                ),
                ("paragraph", "Për shërbime më të shpejta dhe më efikase, Strategjia parasheh:"),
                (
                    "list",
                    [
                        "Etiketa me emrat e punonjësve dhe të shërbimeve në të gjitha zyrat.",
                        "Tabela informuese për zyrat, të vendosura në vende të dukshme.",
                        "Kutia për ankesat dhe sugjerimet e qytetarëve.",
                        "Njoftimi i zyrtarëve për rregullat e komunikimit zyrtar.",
                    ],
                ),
                ("heading", "9. Shoqëria civile"),
                (
                    "paragraph",
                    (
                        "Komuna e Kllokotit ndjek punën e shoqatave qytetare dhe të organizatave "
                        "joqeveritare, me të cilat komunikon drejtpërdrejt, me telefon, me postë "
                        "elektronike ose me shkresa. Përfaqësuesit e tyre ftohen në të gjitha "
                        "debatet publike dhe takimet për çështje me interes publik, ndërsa "
                        "Kryetari i Komunës takohet me sektorin joqeveritar të paktën një herë në "
                        "vit. Qëllimi është komunikimi i rregullt me OJQ-të, përmes takimeve të "
                        "rregullta dhe shkëmbimit të informacioneve."
                    ),
                ),
                ("heading", "10. Biznesmenët, investitorët dhe donatorët"),
                (
                    "paragraph",
                    (
                        "Komuna komunikon me biznesmenët, investitorët dhe donatorët përmes "
                        "kontakteve të drejtpërdrejta dhe thirrjeve telefonike. Aktualisht komuna "
                        "nuk organizon konferenca për donatorë, por është e nevojshme të "
                        "planifikohen tryeza të rrumbullakëta me bizneset, ku komuna do t'i "
                        "informojë drejtpërdrejt për çështje të rëndësishme. Në këtë fushë "
                        "Strategjia parasheh:"
                    ),
                ),
                (
                    "list",
                    [
                        "Vazhdimi dhe forcimi i partneritetit me sektorin e biznesit.",
                        "Njohja më e mirë me projektet e suksesshme të komunës.",
                        "Më shumë vetëdije për mundësitë e bashkëpunimit me komunën.",
                        (
                            "Më shumë investitorë potencialë që e shohin komunën si vend të mirë "
                            "për investime."
                        ),
                        "Materiale promovuese për bizneset dhe ndërmarrjet ekzistuese.",
                        (
                            "Konferenca me donatorë për mbështetjen e aktiviteteve humanitare dhe "
                            "të tjera të komunës."
                        ),
                    ],
                ),
                ("heading", "13. Diaspora"),
                (
                    "paragraph",
                    (
                        "Komuna e Kllokotit bashkëpunon me diasporën. Ajo ka planifikuar që çdo "
                        "verë të organizojë ngjarje nën emrin Dita e Shën Pjetrit, me takime të "
                        "qytetarëve që jetojnë dhe punojnë jashtë vendit, koncerte, turne sportive "
                        "dhe ekspozita, ndërsa Kryetari ka mundësuar edhe disa vizita në diasporë."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Qëllimi është forcimi i komunikimit me klubet dhe shoqatat e qytetarëve "
                        "tanë që jetojnë dhe punojnë jashtë vendit, përmes ueb-faqes dhe postës "
                        "elektronike, për bashkëpunim të vazhdueshëm, kontakte dhe lobim në emër "
                        "të komunës."
                    ),
                ),
                ("heading", "14. Qytetet partnere"),
                (
                    "paragraph",
                    (
                        "Komuna e Kllokotit deri tani ka nënshkruar një marrëveshje binjakëzimi "
                        "ose partneriteti me një komunë nga Polonia, në Bashkimin Evropian. Kjo "
                        "praktikë ka sjellë përfitime, shkëmbim të përvojave të mira dhe një "
                        "donacion konkret."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "Ruajtja e marrëdhënieve me qytetet partnere dhe krijimi i "
                            "partneriteteve të reja."
                        ),
                        (
                            "Më shumë binjakëzime me komuna të reja dhe bashkëpunim më i madh "
                            "ndërkomunal dhe ndërkombëtar."
                        ),
                        (
                            "Kurse të gjuhëve të huaja për zyrtarët komunalë që marrin pjesë në "
                            "projekte dhe programe ndërkombëtare."
                        ),
                    ],
                ),
                ("heading", "16. Qasja në dokumente publike"),
                (
                    "paragraph",
                    (
                        "Komuna e respekton plotësisht Ligjin për Qasje në Dokumente Publike. Këtë "
                        "të drejtë e përdorin kryesisht organizatat joqeveritare, megjithëse sipas "
                        "ligjit ajo u takon të gjithë qytetarëve. Në ueb-faqen zyrtare komuna ka "
                        "hapur një rubrikë të veçantë me informata themelore për këtë të drejtë "
                        "dhe me dokumentet me interes për qytetarët, ndërsa organizatat "
                        "ndërkombëtare e kanë vlerësuar lart komunën për respektimin e saj. "
                        "Qëllimi është vazhdimi i zbatimit të këtij ligji dhe promovimi i së "
                        "drejtës së qytetarëve për qasje në dokumente publike."
                    ),
                ),
                ("heading", "Vlerësimi"),
                (
                    "paragraph",
                    (
                        "Zbatimi i aktiviteteve të planifikuara do të vlerësohet çdo vit përmes "
                        "këtyre instrumenteve:"
                    ),
                ),
                (
                    "list",
                    [
                        "Anketë publike vjetore me grupet e interesit.",
                        "Studim vjetor i nevojave të përdoruesve të ueb-faqes së komunës.",
                        "Përmbledhje vjetore e aktiviteteve komunale të publikuara në media.",
                    ],
                ),
                ("heading", "Miratimi i Strategjisë"),
                (
                    "paragraph",
                    (
                        "Strategjia u propozua nga Kryetari i Komunës me propozim-vendimin nr. "
                        "465/1 të datës 19.03.2019 dhe u miratua nga Kuvendi Komunal me Vendimin "
                        "nr. 534/2 të datës 29.03.2019. Vendimi iu dërgua Ministrisë së "
                        "Administrimit të Pushtetit Lokal më 05.04.2019, e cila më 17.04.2019, me "
                        "shkresën nr. 020-383, konfirmoi ligjshmërinë e tij."
                    ),
                ),
            ],
        },
        "sr-latn": {
            "title": "Strategija za informisanje i komunikaciju 2019-2022",
            "slug": "strategija-za-informisanje-i-komunikaciju-2019-2022",
            "intro": (
                "Strategija za informisanje i komunikaciju Opštine Klokot za period 2019-2022. ima "
                "za cilj da unapredi dvosmernu komunikaciju između opštinskih institucija, građana "
                "i drugih zainteresovanih strana."
            ),
            "search_description": (
                "Strategija za informisanje i komunikaciju Opštine Klokot 2019-2022: ciljevi, "
                "veb-stranica, informativni bilten, javne debate i pristup dokumentima."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Strategija je izrađena uz podršku OEBS-a, a Skupština opštine usvojila ju "
                        "je 29.03.2019. godine. U nastavku je predstavljen njen osnovni sadržaj; "
                        "akcioni plan sa rokovima i nadležnim organima sastavni je deo celog "
                        "dokumenta."
                    ),
                ),
                ("heading", "Reč predsednika opštine"),
                (
                    "quote",
                    {
                        "quote": (
                            "Ova strategija za informisanje i komunikaciju od velikog je značaja, "
                            "jer će građanima omogućiti da se na transparentniji način približe "
                            "opštinskim organima. Želim da ovaj dokument bude u službi dobre "
                            "saradnje i neposredne komunikacije sa građanima."
                        ),
                        "attribution": "Božidar Dejanović, predsednik opštine Klokot",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Opština je do sada nastojala da bude što bliža građanima: obaveštenja su "
                        "postavljana na javnim mestima, vesti i dokumenti usvojeni na sednicama "
                        "Skupštine objavljivani su na veb-stranici opštine, a o svakom strateškom "
                        "dokumentu i o opštinskom budžetu održavane su javne debate. Predsednik "
                        "opštine zahvalio se OEBS-u na podršci u izradi Strategije."
                    ),
                ),
                ("heading", "1. Uvod"),
                (
                    "paragraph",
                    (
                        "Na osnovu važećeg zakonodavstva, kao što su Zakon o lokalnoj samoupravi, "
                        "Zakon o pristupu javnim dokumentima, Statut opštine i odgovarajući "
                        "pravilnici i administrativna uputstva, Opština Klokot želi da unapredi "
                        "dvosmernu komunikaciju između organa lokalne vlasti i građana, civilnog "
                        "društva, nevladinih i vladinih organizacija, medija i drugih subjekata."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Strategija će biti otvorena, sveobuhvatna, delotvorna i zasnovana na "
                        "saradnji. Njen cilj je veća transparentnost i odgovornost, jačanje "
                        "kapaciteta za komunikaciju sa interesnim grupama i širom javnošću, "
                        "podsticanje građana da učestvuju u donošenju odluka i poboljšanje ugleda "
                        "opštine."
                    ),
                ),
                ("heading", "2. Metodologija"),
                (
                    "paragraph",
                    (
                        "Da bi se dobila što tačnija slika, izvršena je analiza trenutnog stanja "
                        "unutrašnje i spoljne komunikacije. Odlukom Skupštine opštine formirana je "
                        "komisija sastavljena od opštinskih službenika i odbornika Skupštine. "
                        "Podaci su prikupljeni na ranijim sastancima sa građanima i predstavnicima "
                        "interesnih grupa, iz anketa građana iz prethodnih godina i na radionicama "
                        "koje je OEBS organizovao 2017. godine za opštinske službenike. Na osnovu "
                        "toga utvrđeni su konkretni ciljevi, očekivani rezultati i aktivnosti za "
                        "njihovo ostvarenje."
                    ),
                ),
                ("heading", "3. Ciljevi"),
                (
                    "paragraph",
                    (
                        "Sprovođenje Strategije ima za cilj uspostavljanje zajedničkog, "
                        "jedinstvenog, funkcionalnog i ostvarivog sistema komunikacije, koji "
                        "omogućava ostvarivanje sledećih ciljeva:"
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "Transparentnost i javna odgovornost opštine, kroz delotvornu "
                            "komunikaciju sa građanima i informisanje o postupcima za pristup "
                            "javnim dokumentima."
                        ),
                        (
                            "Podsticanje građana da aktivno učestvuju u odlučivanju i aktivnostima "
                            "opštine, radi jačanja saradnje i uzajamnog poverenja."
                        ),
                        (
                            "Unapređenje komunikacije sa interesnim grupama, posebno sa građanima, "
                            "privrednicima, investitorima i višim nivoima vlasti."
                        ),
                        "Poboljšanje kvaliteta komunikacije sa medijima.",
                        (
                            "Finansijska transparentnost i racionalizacija unutrašnje i spoljne "
                            "komunikacije opštine."
                        ),
                        "Uspostavljanje delotvornog sistema unutrašnje komunikacije.",
                        "Stvaranje celovite slike o Opštini Klokot.",
                    ],
                ),
                ("heading", "4. Unutrašnja komunikacija"),
                (
                    "paragraph",
                    (
                        "Unutrašnja komunikacija odvija se putem sastanaka zaposlenih, telefona, "
                        "interneta i elektronske pošte, oglasnih tabli i pisane korespondencije. "
                        "Sastanci odeljenja sa zaposlenima održavaju se svakog ponedeljka od 09:00 "
                        "časova, uz učešće Kancelarije za informisanje i odnose sa javnošću, a svi "
                        "zaposleni dostavljaju ovoj kancelariji informacije koje treba objaviti "
                        "javnosti."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Strategija predviđa internu listu telefonskih brojeva, dovoljan broj "
                        "računara i zvanične adrese elektronske pošte za sve jedinice, obuku "
                        "zaposlenih za korišćenje interneta, oglasne table u svim opštinskim "
                        "objektima sa licem zaduženim za njih, kao i pisanu korespondenciju bez "
                        "grešaka na oba službena jezika, srpskom i albanskom."
                    ),
                ),
                ("heading", "5. Spoljna komunikacija"),
                (
                    "paragraph",
                    (
                        "Spoljna komunikacija obuhvata prepisku sa strankama i kvalitet "
                        "predstavljanja informacija, od čega zavisi ugled opštinskih institucija. "
                        "Kancelarija za informisanje i odnose sa javnošću obaveštava građane i "
                        "lokalne medije o svim aktivnostima opštine i razmatra zahteve za pristup "
                        "javnim dokumentima."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Odnosi sa medijima treba da se grade sistematično i proaktivno. "
                        "Strategija predviđa najmanje jednu konferenciju za novinare godišnje koju "
                        "održava predsednik opštine, opremljen prostor za konferencije za "
                        "novinare, protokol za pripremu i slanje saopštenja za javnost, redovno "
                        "arhiviranje medijskih napisa i pravila za davanje intervjua."
                    ),
                ),
                ("heading", "6. Veb-stranica"),
                (
                    "paragraph",
                    (
                        "Prva zvanična veb-stranica opštine postoji od 2012. godine, a od juna "
                        "2018. godine opština koristi novu platformu, na istoj adresi. Stranica "
                        "sadrži podatke o opštini, lokalnom rukovodstvu, Skupštini, projektima, "
                        "finansijskim izveštajima, podzakonskim aktima, strategijama i budžetskim "
                        "planovima, i svakodnevno se dopunjuje vestima i informacijama za građane."
                    ),
                ),
                ("paragraph", "Ciljevi za veb-stranicu:"),
                (
                    "list",
                    [
                        "Povećanje broja posetilaca.",
                        "Stalno ažuriranje, kako bi stranica uvek bila aktuelna.",
                    ],
                ),
                ("paragraph", "Aktivnosti za veb-stranicu:"),
                (
                    "list",
                    [
                        "Promocija veb-stranice radi veće interaktivnosti korisnika.",
                        "Praćenje broja poseta.",
                        "Analiza primedbi i predloga koje ostavljaju građani.",
                        "Redovno ažuriranje veb-stranice.",
                    ],
                ),
                ("heading", "7. Informativni bilten"),
                (
                    "paragraph",
                    (
                        "Nakon osnivanja opštine 2010. godine, kratko vreme izlazio je mesečni "
                        "informativni bilten, a uz podršku USAID-a međunarodna organizacija ECMI "
                        "izdavala je i nedeljne novine."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Ovu praksu treba nastaviti, kako bi građani bili bolje obavešteni o radu "
                        "opštinskih organa, kako zakonodavne tako i izvršne vlasti. Informativni "
                        "bilten izlaziće jednom mesečno i predstavljaće i projekte realizovane u "
                        "tom periodu."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Informacije u biltenu biće predstavljene neutralno i bez komentara. "
                        "Informativni bilten ne sme se koristiti u političke, verske, ideološke, "
                        "stranačke ili komercijalne svrhe."
                    ),
                ),
                ("heading", "8. Građani"),
                (
                    "paragraph",
                    (
                        "Statut Opštine Klokot uređuje načine i postupke učešća građana u javnim "
                        "poslovima. Građani mogu da učestvuju putem javnih debata, referenduma, "
                        "peticija i zahteva."
                    ),
                ),
                ("heading", "8.1. Javne debate i sastanci sa građanima"),
                (
                    "paragraph",
                    (
                        "Javne debate i sastanci sa građanima organizuju se redovno ili po "
                        "potrebi. Predsednik opštine jedan dan u nedelji rezerviše za prijem "
                        "građana, koji mogu usmeno ili pismeno izneti svoje zahteve ili probleme; "
                        "predsednik opštine se svake nedelje sastaje sa oko 15 do 20 građana."
                    ),
                ),
                ("paragraph", "Radi većeg učešća građana, Strategija predviđa:"),
                (
                    "list",
                    [
                        "Promociju javnih debata.",
                        "Informisanje građana o njihovim pravima i o načelima javne debate.",
                        "Postavljanje anketa na veb-stranici opštine.",
                    ],
                ),
                ("heading", "8.2. Lokalni seoski saveti"),
                (
                    "paragraph",
                    (
                        "Predstavnici lokalnih seoskih saveta ponovo su izabrani 2018. godine. "
                        "Saveti imaju za cilj da povećaju učešće meštana u odlučivanju o pitanjima "
                        "od javnog interesa i u rešavanju njihovih problema. Sa njima se "
                        "komunicira neposredno, pismeno ili telefonom, i pozivaju se na sve "
                        "važnije aktivnosti i događaje opštine. Opština treba da pokrije troškove "
                        "njihovog učešća na sastancima Opštinskog saveta za bezbednost zajednice "
                        "(OSBZ)."
                    ),
                ),
                ("paragraph", "Za seoske savete Strategija predviđa sledeće ciljeve i aktivnosti:"),
                (
                    "list",
                    [
                        "Uspostavljanje delotvornog mehanizma komunikacije preko seoskih saveta.",
                        "Osposobljavanje svih seoskih saveta za rad.",
                        "Predstavljanje odluka od interesa za meštane u seoskim savetima.",
                        "Blagovremeno informisanje meštana sela.",
                        "Pokrivanje telefonskih troškova predsednika seoskih saveta.",
                    ],
                ),
                ("heading", "8.3. Odnosi sa građanima kao korisnicima usluga"),
                (
                    "paragraph",
                    (
                        "Svi stanovnici opštine su glavna interesna grupa i treba da dobiju brze i "
                        "tačne informacije o ostvarivanju svojih prava. Budući da opština još nema "
                        "sopstvenu zgradu, nema ni prostor za prijem stranaka, ni vidljiv "
                        "organigram koji bi jasno prikazao organizaciju i nadležnosti opštinskih "
                        "organa."
                    ),
                ),
                ("paragraph", "Radi bržih i efikasnijih usluga, Strategija predviđa:"),
                (
                    "list",
                    [
                        "Natpise sa imenima zaposlenih i službi na svim kancelarijama.",
                        "Putokaze do kancelarija na vidljivim mestima.",
                        "Kutiju za žalbe i predloge građana.",
                        "Upoznavanje službenika sa pravilima službene komunikacije.",
                    ],
                ),
                ("heading", "9. Civilno društvo"),
                (
                    "paragraph",
                    (
                        "Opština Klokot prati rad udruženja građana i nevladinih organizacija, sa "
                        "kojima komunicira neposredno, telefonom, elektronskom poštom ili "
                        "dopisima. Njihovi predstavnici pozivaju se na sve javne debate i sastanke "
                        "o pitanjima od javnog interesa, a predsednik opštine se najmanje jednom "
                        "godišnje sastaje sa nevladinim sektorom. Cilj je redovna komunikacija sa "
                        "NVO, kroz redovne sastanke i razmenu informacija."
                    ),
                ),
                ("heading", "10. Privrednici, investitori i donatori"),
                (
                    "paragraph",
                    (
                        "Opština komunicira sa privrednicima, investitorima i donatorima putem "
                        "neposrednih kontakata i telefonskih poziva. Opština trenutno ne "
                        "organizuje donatorske konferencije, ali je potrebno planirati okrugle "
                        "stolove sa privrednicima, na kojima će ih opština neposredno informisati "
                        "o važnim pitanjima. U ovoj oblasti Strategija predviđa:"
                    ),
                ),
                (
                    "list",
                    [
                        "Nastavak i jačanje partnerstva sa privatnim sektorom.",
                        "Bolje upoznavanje sa uspešnim projektima opštine.",
                        "Veću svest o mogućnostima saradnje sa opštinom.",
                        (
                            "Više potencijalnih investitora koji opštinu vide kao dobro mesto za "
                            "ulaganje."
                        ),
                        "Promotivni materijal za postojeća preduzeća i privredne subjekte.",
                        (
                            "Donatorske konferencije za podršku humanitarnim i drugim aktivnostima "
                            "opštine."
                        ),
                    ],
                ),
                ("heading", "13. Dijaspora"),
                (
                    "paragraph",
                    (
                        "Opština Klokot sarađuje sa dijasporom. Planirala je da svakog leta "
                        "organizuje manifestaciju pod nazivom Petrovdan, sa susretima građana koji "
                        "žive i rade u inostranstvu, koncertima, sportskim turnirima i izložbama, "
                        "a predsednik opštine omogućio je i nekoliko poseta dijaspori."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Cilj je jačanje komunikacije sa klubovima i udruženjima naših građana "
                        "koji žive i rade u inostranstvu, putem veb-stranice i elektronske pošte, "
                        "radi stalne saradnje, kontakata i lobiranja u ime opštine."
                    ),
                ),
                ("heading", "14. Gradovi partneri"),
                (
                    "paragraph",
                    (
                        "Opština Klokot je do sada potpisala sporazum o bratimljenju, odnosno "
                        "partnerstvu, sa jednom opštinom iz Poljske, u Evropskoj uniji. Ova praksa "
                        "donela je koristi, razmenu dobrih iskustava i konkretnu donaciju."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "Održavanje odnosa sa gradovima partnerima i uspostavljanje novih "
                            "partnerstava."
                        ),
                        (
                            "Više bratimljenja sa novim opštinama i veća međuopštinska i "
                            "međunarodna saradnja."
                        ),
                        (
                            "Kursevi stranih jezika za opštinske službenike koji učestvuju u "
                            "međunarodnim projektima i programima."
                        ),
                    ],
                ),
                ("heading", "16. Pristup javnim dokumentima"),
                (
                    "paragraph",
                    (
                        "Opština u potpunosti poštuje Zakon o pristupu javnim dokumentima. Ovo "
                        "pravo uglavnom koriste nevladine organizacije, iako po zakonu pripada "
                        "svim građanima. Na zvaničnoj veb-stranici opština je otvorila posebnu "
                        "rubriku sa osnovnim informacijama o ovom pravu i dokumentima od interesa "
                        "za građane, a međunarodne organizacije visoko su ocenile opštinu zbog "
                        "poštovanja ovog prava. Cilj je dalja primena ovog zakona i promocija "
                        "prava građana na pristup javnim dokumentima."
                    ),
                ),
                ("heading", "Evaluacija"),
                (
                    "paragraph",
                    (
                        "Sprovođenje planiranih aktivnosti ocenjivaće se svake godine pomoću "
                        "sledećih instrumenata:"
                    ),
                ),
                (
                    "list",
                    [
                        "Godišnja javna anketa sa interesnim grupama.",
                        "Godišnja studija potreba korisnika veb-stranice opštine.",
                        "Godišnji pregled opštinskih aktivnosti objavljenih u medijima.",
                    ],
                ),
                ("heading", "Usvajanje Strategije"),
                (
                    "paragraph",
                    (
                        "Strategiju je predložio predsednik opštine predlogom odluke br. 465/1 od "
                        "19.03.2019. godine, a Skupština opštine usvojila ju je Odlukom br. 534/2 "
                        "od 29.03.2019. godine. Odluka je 05.04.2019. godine dostavljena "
                        "Ministarstvu administracije lokalne samouprave, koje je 17.04.2019. "
                        "godine, aktom br. 020-383, potvrdilo njenu zakonitost."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Information and Communication Strategy 2019-2022",
            "slug": "information-and-communication-strategy-2019-2022",
            "intro": (
                "The Municipality of Klokot's Information and Communication Strategy for 2019-2022 "
                "aims to improve two-way communication between the municipal institutions, "
                "citizens and other stakeholders."
            ),
            "search_description": (
                "Klokot's Information and Communication Strategy 2019-2022: goals, website, "
                "information bulletin, public debates and access to public documents."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The strategy was prepared with support from the OSCE and adopted by the "
                        "Municipal Assembly on 29.03.2019. Its main content is presented below; "
                        "the action plan with deadlines and responsible bodies is part of the full "
                        "document."
                    ),
                ),
                ("heading", "Mayor's foreword"),
                (
                    "quote",
                    {
                        "quote": (
                            "This information and communication strategy is of great importance, "
                            "because it will allow citizens to approach the municipal authorities "
                            "in a more transparent way. I want this document to serve good "
                            "cooperation and direct communication with citizens."
                        ),
                        "attribution": "Božidar Dejanović, Mayor of Klokot",
                    },
                ),
                (
                    "paragraph",
                    (
                        "So far the municipality has tried to stay as close as possible to "
                        "citizens: notices have been posted in public places, news and documents "
                        "adopted at Assembly sessions have been published on the municipal "
                        "website, and public debates have been held on every strategic document "
                        "and on the municipal budget. The Mayor thanked the OSCE for its support "
                        "in drafting the strategy."
                    ),
                ),
                ("heading", "1. Introduction"),
                (
                    "paragraph",
                    (
                        "Based on the legislation in force, such as the Law on Local "
                        "Self-Government, the Law on Access to Public Documents, the Municipal "
                        "Statute and the relevant regulations and administrative instructions, the "
                        "Municipality of Klokot wants to improve two-way communication between "
                        "local government bodies and citizens, civil society, non-governmental and "
                        "governmental organisations, the media and others."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The strategy is meant to be open, inclusive, effective and cooperative. "
                        "It aims to increase transparency and accountability, build capacity for "
                        "communicating with interest groups and the wider public, encourage "
                        "citizens to take part in decision-making and improve the municipality's "
                        "image."
                    ),
                ),
                ("heading", "2. Methodology"),
                (
                    "paragraph",
                    (
                        "To get as accurate a picture as possible, the current state of internal "
                        "and external communication was analysed. By decision of the Municipal "
                        "Assembly, a commission of municipal officials and Assembly members "
                        "(councillors) was set up. Data were gathered from earlier meetings with "
                        "citizens and interest group representatives, from citizen surveys in "
                        "previous years and from workshops for municipal staff organised by the "
                        "OSCE in 2017. On this basis, specific objectives, expected results and "
                        "the activities needed to achieve them were defined."
                    ),
                ),
                ("heading", "3. Goals"),
                (
                    "paragraph",
                    (
                        "Implementing the strategy is meant to create a common, unified, "
                        "functional and workable communication system that makes it possible to "
                        "achieve the following goals:"
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "Transparency and public accountability of the municipality, through "
                            "effective communication with citizens and information on how to "
                            "access public documents."
                        ),
                        (
                            "Encouraging citizens to take an active part in decision-making and "
                            "municipal activities, to build cooperation and mutual trust."
                        ),
                        (
                            "Better communication with interest groups, especially citizens, "
                            "business people, investors and higher levels of government."
                        ),
                        "Better quality of communication with the media.",
                        (
                            "Financial transparency and more rational internal and external "
                            "municipal communication."
                        ),
                        "An effective internal communication system.",
                        "A coherent overall image of the Municipality of Klokot.",
                    ],
                ),
                ("heading", "4. Internal communication"),
                (
                    "paragraph",
                    (
                        "Internal communication takes place through staff meetings, telephones, "
                        "the internet and email, notice boards and written correspondence. "
                        "Department meetings with staff are held every Monday from 09:00 with the "
                        "Office for Information and Public Relations present, and all staff "
                        "provide the office with information that needs to be made public."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The strategy provides for an internal telephone list, enough computers "
                        "and official email addresses for all units, staff training in using the "
                        "internet, notice boards in all municipal buildings with a person "
                        "responsible for them, and error-free written correspondence in both "
                        "official languages, Serbian and Albanian."
                    ),
                ),
                ("heading", "5. External communication"),
                (
                    "paragraph",
                    (
                        "External communication covers correspondence with the public and the "
                        "quality of how information is presented, on which the reputation of the "
                        "municipal institutions depends. The Office for Information and Public "
                        "Relations informs citizens and local media about all municipal activities "
                        "and handles requests for access to public documents."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Relations with the media should be built systematically and proactively. "
                        "The strategy provides for at least one press conference a year held by "
                        "the Mayor, an equipped space for press conferences, a protocol for "
                        "preparing and sending press releases, regular archiving of media coverage "
                        "and rules for giving interviews."
                    ),
                ),
                ("heading", "6. Website"),
                (
                    "paragraph",
                    (
                        "The municipality's first official website dates from 2012, and since June "
                        "2018 it has used a new platform at the same address. The site contains "
                        "information on the municipality, the local leadership, the Assembly, "
                        "projects, financial reports, by-laws, strategies and budget plans, and is "
                        "updated daily with news and information for citizens."
                    ),
                ),
                ("paragraph", "Goals for the website:"),
                (
                    "list",
                    [
                        "Increasing the number of visitors.",
                        "Constant updating, so that the site is always current.",
                    ],
                ),
                ("paragraph", "Website activities:"),
                (
                    "list",
                    [
                        "Promoting the website to increase user interaction.",
                        "Tracking the number of visits.",
                        "Analysing comments and suggestions left by citizens.",
                        "Updating the website regularly.",
                    ],
                ),
                ("heading", "7. Information bulletin"),
                (
                    "paragraph",
                    (
                        "After the municipality was established in 2010, a monthly information "
                        "bulletin was published for a short time, and with USAID support the "
                        "international organisation ECMI also published a weekly newspaper."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "This practice should continue so that citizens are better informed about "
                        "the work of the municipal bodies, both legislative and executive. The "
                        "information bulletin will be published monthly and will also present the "
                        "projects completed in each period."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Information in the bulletin will be presented neutrally and without "
                        "comment. The information bulletin may not be used for political, "
                        "religious, ideological, party or commercial purposes."
                    ),
                ),
                ("heading", "8. Citizens"),
                (
                    "paragraph",
                    (
                        "The Statute of the Municipality of Klokot sets out how citizens take part "
                        "in public affairs. Citizens can participate through public debates, "
                        "referendums, petitions and requests."
                    ),
                ),
                ("heading", "8.1. Public debates and meetings with citizens"),
                (
                    "paragraph",
                    (
                        "Public debates and meetings with citizens are held regularly or as "
                        "needed. The Mayor sets aside one day a week to hear citizens, who can "
                        "raise their requests or problems orally or in writing; each week the "
                        "Mayor meets about 15 to 20 citizens."
                    ),
                ),
                ("paragraph", "To increase citizen participation, the strategy provides for:"),
                (
                    "list",
                    [
                        "Promoting public debates.",
                        (
                            "Informing citizens about their rights and the principles of public "
                            "debate."
                        ),
                        "Posting surveys on the municipal website.",
                    ],
                ),
                ("heading", "8.2. Village local councils"),
                (
                    "paragraph",
                    (
                        "Representatives of the village local councils were re-elected in 2018. "
                        "The councils aim to increase residents' participation in decisions on "
                        "matters of public interest and in solving their problems. The "
                        "municipality communicates with them directly, in writing or by phone, and "
                        "invites them to all its major activities and events. It should cover the "
                        "costs of their attending meetings of the Municipal Community Safety "
                        "Council (MCSC)."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "For the village councils, the strategy sets the following goals and "
                        "activities:"
                    ),
                ),
                (
                    "list",
                    [
                        "An effective communication mechanism through the village councils.",
                        "Making all village councils fully functional.",
                        (
                            "Presenting decisions of interest to local residents in the village "
                            "councils."
                        ),
                        "Timely information for village residents.",
                        "Covering telephone costs for the heads of village councils.",
                    ],
                ),
                ("heading", "8.3. Relations with citizens as service users"),
                (
                    "paragraph",
                    (
                        "All residents of the municipality are its main interest group and should "
                        "receive fast and accurate information on exercising their rights. Since "
                        "the municipality does not yet have its own building, it has no reception "
                        "area for the public and no visible organisation chart clearly showing the "
                        "structure and powers of the municipal bodies."
                    ),
                ),
                ("paragraph", "For faster and more efficient services, the strategy provides for:"),
                (
                    "list",
                    [
                        "Name plates with the names of staff and services on all offices.",
                        "Signs to the offices in visible places.",
                        "A box for citizens' complaints and suggestions.",
                        "Briefing officials on the rules of official communication.",
                    ],
                ),
                ("heading", "9. Civil society"),
                (
                    "paragraph",
                    (
                        "The Municipality of Klokot follows the work of citizens' associations and "
                        "non-governmental organisations and communicates with them directly, by "
                        "phone, by email or in writing. Their representatives are invited to all "
                        "public debates and meetings on matters of public interest, and the Mayor "
                        "meets the non-governmental sector at least once a year. The aim is "
                        "regular communication with NGOs through regular meetings and exchange of "
                        "information."
                    ),
                ),
                ("heading", "10. Business people, investors and donors"),
                (
                    "paragraph",
                    (
                        "The municipality communicates with business people, investors and donors "
                        "through direct contacts and phone calls. It does not currently hold donor "
                        "conferences, but round tables with businesses need to be planned, where "
                        "the municipality will inform them directly about important issues. In "
                        "this area the strategy provides for:"
                    ),
                ),
                (
                    "list",
                    [
                        "Continuing and strengthening partnership with the business sector.",
                        "Better awareness of the municipality's successful projects.",
                        "Greater awareness of opportunities to cooperate with the municipality.",
                        (
                            "More potential investors who see the municipality as a good place to "
                            "invest."
                        ),
                        "Promotional material for existing businesses and companies.",
                        "Donor conferences to support humanitarian and other municipal activities.",
                    ],
                ),
                ("heading", "13. Diaspora"),
                (
                    "paragraph",
                    (
                        "The Municipality of Klokot cooperates with its diaspora. It plans to hold "
                        "events every summer under the name St. Peter's Day (Petrovdan), with "
                        "gatherings of citizens who live and work abroad, concerts, sports "
                        "tournaments and exhibitions, and the Mayor has also made several visits "
                        "to the diaspora possible."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The aim is stronger communication with clubs and associations of our "
                        "citizens living and working abroad, through the website and email, for "
                        "ongoing cooperation, contacts and lobbying on behalf of the municipality."
                    ),
                ),
                ("heading", "14. Partner cities"),
                (
                    "paragraph",
                    (
                        "So far the Municipality of Klokot has signed a twinning or partnership "
                        "agreement with one municipality in Poland, in the European Union. This "
                        "has brought benefits, an exchange of good practice and a concrete "
                        "donation."
                    ),
                ),
                (
                    "list",
                    [
                        "Maintaining relations with partner cities and building new partnerships.",
                        (
                            "More twinning with new municipalities and more inter-municipal and "
                            "international cooperation."
                        ),
                        (
                            "Foreign language courses for municipal officials involved in "
                            "international projects and programmes."
                        ),
                    ],
                ),
                ("heading", "16. Access to public documents"),
                (
                    "paragraph",
                    (
                        "The municipality fully respects the Law on Access to Public Documents. "
                        "This right is used mainly by non-governmental organisations, although by "
                        "law it belongs to all citizens. The municipality has opened a dedicated "
                        "section on its official website with basic information about this right "
                        "and documents of interest to citizens, and international organisations "
                        "have praised it for respecting this right. The aim is to keep applying "
                        "this law and to promote citizens' right of access to public documents."
                    ),
                ),
                ("heading", "Evaluation"),
                (
                    "paragraph",
                    "Implementation of the planned activities will be evaluated each year through:",
                ),
                (
                    "list",
                    [
                        "An annual public survey of interest groups.",
                        "An annual study of the needs of users of the municipal website.",
                        "An annual summary of municipal activities covered in the media.",
                    ],
                ),
                ("heading", "Adoption of the strategy"),
                (
                    "paragraph",
                    (
                        "The strategy was proposed by the Mayor under draft decision No. 465/1 of "
                        "19.03.2019 and adopted by the Municipal Assembly by Decision No. 534/2 of "
                        "29.03.2019. The decision was submitted to the Ministry of Local "
                        "Government Administration on 05.04.2019, which confirmed its legality on "
                        "17.04.2019 under No. 020-383."
                    ),
                ),
            ],
        },
    },
    # -------------------------------------------------------- decision-534-2
    {
        "key": "decision-534-2",
        "parent": "strategy",
        "sq": {
            "title": "Vendimi nr. 534/2 për miratimin e Strategjisë",
            "slug": "vendimi-nr-534-2",
            "intro": (
                "Vendimi i Kuvendit Komunal të Kllokotit nr. 534/2, i datës 29.03.2019, për "
                "miratimin e Strategjisë për Informim dhe Komunikim 2019-2022."
            ),
            "search_description": (
                "Vendimi nr. 534/2 i Kuvendit Komunal të Kllokotit, i datës 29.03.2019, me të "
                "cilin u miratua Strategjia për Informim dhe Komunikim 2019-2022."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Republika e Kosovës, Komuna e Kllokotit, Kuvendi Komunal. Nr. 534/2, "
                        "Kllokot, 29.03.2019."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Në bazë të nenit 12, pika 12.2, paragrafi (d), të nenit 40, pika (a.1), "
                        "dhe të nenit 68, pikat 68.3 dhe 68.4, të Ligjit nr. 03/L-040 për "
                        "Vetëqeverisjen Lokale, si dhe të nenit 13, pika 13.3, të Statutit të "
                        "Komunës së Kllokotit, Kuvendi Komunal i Kllokotit, në seancën e mbajtur "
                        "më 29.03.2019, miratoi vendimin në vijim:"
                    ),
                ),
                (
                    "heading",
                    "Vendim për miratimin e Strategjisë për Informim dhe Komunikim 2019-2022",
                ),
                ("heading", "Neni 1"),
                (
                    "paragraph",
                    (
                        "Kuvendi Komunal, në seancën e tretë të rregullt, ka miratuar vendimin për "
                        "Strategjinë për Informim dhe Komunikim të Komunës së Kllokotit për "
                        "periudhën 2019-2022."
                    ),
                ),
                ("heading", "Neni 2"),
                (
                    "paragraph",
                    (
                        "Propozim-vendimi i Kryetarit të Komunës, Bozidar Dejanovic, nr. 465/1 i "
                        "datës 19.03.2019, u miratua nga Kuvendi Komunal më 29.03.2019, siç "
                        "përcaktohet në nenin 1 të këtij vendimi."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Vendimi ka rëndësi të madhe për komunën dhe për interesin e qytetarëve, "
                        "sepse me miratimin e kësaj strategjie institucionit i jepet mundësia për "
                        "një qasje më të mirë, më efikase dhe më transparente ndaj të gjithë "
                        "qytetarëve të komunës dhe anasjelltas, si dhe për realizimin e të drejtës "
                        "së qytetarëve për informim përmes Zyrës për Informim dhe Marrëdhënie me "
                        "Publikun, e cila sipas sistematizimit të vendeve të punës i takon "
                        "Kabinetit të Kryetarit të Komunës."
                    ),
                ),
                ("heading", "Neni 3"),
                (
                    "paragraph",
                    (
                        "Për zbatimin e këtij vendimi kujdesen Kryetari i Komunës dhe Departamenti "
                        "i Administratës, Personelit dhe Shërbimeve Publike."
                    ),
                ),
                ("heading", "Neni 4"),
                (
                    "paragraph",
                    (
                        "Ky vendim hyn në fuqi menjëherë pas nënshkrimit nga Kryesuesi i Kuvendit "
                        "Komunal të Kllokotit, pas vlerësimit të ligjshmërisë nga ministria "
                        "kompetente për vetëqeverisje lokale dhe pas publikimit të aktit nënligjor "
                        "në faqen zyrtare të internetit të komunës."
                    ),
                ),
                ("heading", "Kopje"),
                (
                    "list",
                    [
                        "MAPL",
                        "MEF",
                        "Kabineti i Kryetarit të Komunës",
                        "Kryesuesi i Kuvendit Komunal të Kllokotit",
                        "Arkivi komunal",
                    ],
                ),
                ("paragraph", "Kryesuesi i Kuvendit Komunal të Kllokotit, Zarko Dejanovic"),
            ],
        },
        "sr-latn": {
            "title": "Odluka br. 534/2 o usvajanju Strategije",
            "slug": "odluka-br-534-2",
            "intro": (
                "Odluka Skupštine opštine Klokot br. 534/2 od 29.03.2019. godine o usvajanju "
                "Strategije za informisanje i komunikaciju 2019-2022."
            ),
            "search_description": (
                "Odluka br. 534/2 Skupštine opštine Klokot od 29.03.2019. godine, kojom je "
                "usvojena Strategija za informisanje i komunikaciju 2019-2022."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Republika Kosovo, Opština Klokot, Skupština opštine. Br. 534/2, Klokot, "
                        "29.03.2019. godine."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Na osnovu člana 12, tačka 12.2, stav (d), člana 40, tačka (a.1), i člana "
                        "68, tačke 68.3 i 68.4, Zakona br. 03/L-040 o lokalnoj samoupravi, kao i "
                        "člana 13, tačka 13.3, Statuta Opštine Klokot, Skupština opštine Klokot je "
                        "na sednici održanoj 29.03.2019. godine donela sledeću odluku:"
                    ),
                ),
                (
                    "heading",
                    "Odluka o usvajanju Strategije za informisanje i komunikaciju 2019-2022",
                ),
                ("heading", "Član 1"),
                (
                    "paragraph",
                    (
                        "Skupština opštine je na trećoj redovnoj sednici usvojila odluku o "
                        "Strategiji za informisanje i komunikaciju za opštinu Klokot za period "
                        "2019-2022. godine."
                    ),
                ),
                ("heading", "Član 2"),
                (
                    "paragraph",
                    (
                        "Predlog odluke predsednika opštine Božidara Dejanovića br. 465/1 od "
                        "19.03.2019. godine usvojila je Skupština opštine 29.03.2019. godine, kako "
                        "je navedeno u članu 1 ove odluke."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Odluka je od velike važnosti za opštinu i interes građana, jer se "
                        "usvajanjem ove strategije o informisanju i komunikaciji instituciji pruža "
                        "mogućnost za bolji, efikasniji i transparentniji pristup svim građanima "
                        "opštine i obrnuto, kao i za ostvarivanje prava samih građana na "
                        "informisanje preko Kancelarije za informisanje i odnose sa javnošću, koja "
                        "prema sistematizaciji radnih mesta pripada Kabinetu predsednika opštine."
                    ),
                ),
                ("heading", "Član 3"),
                (
                    "paragraph",
                    (
                        "O sprovođenju ove odluke staraće se predsednik opštine i Odeljenje za "
                        "administraciju, osoblje i javne službe."
                    ),
                ),
                ("heading", "Član 4"),
                (
                    "paragraph",
                    (
                        "Ova odluka stupa na snagu odmah nakon potpisivanja od strane "
                        "predsedavajućeg Skupštine opštine Klokot, ocene zakonitosti od strane "
                        "nadležnog ministarstva za lokalnu samoupravu i objavljivanja podzakonskog "
                        "akta na zvaničnoj veb-stranici opštine."
                    ),
                ),
                ("heading", "Kopija"),
                (
                    "list",
                    [
                        "MALS",
                        "MEF",
                        "Kabinet predsednika opštine",
                        "Predsedavajući Skupštine opštine Klokot",
                        "Opštinska arhiva",
                    ],
                ),
                ("paragraph", "Predsedavajući Skupštine opštine Klokot, Žarko Dejanović"),
            ],
        },
        "en": {
            "title": "Decision No. 534/2 on Adopting the Strategy",
            "slug": "decision-no-534-2",
            "intro": (
                "Decision No. 534/2 of the Municipal Assembly of Klokot of 29.03.2019 adopting the "
                "Information and Communication Strategy 2019-2022."
            ),
            "search_description": (
                "Decision No. 534/2 of 29.03.2019 by which the Municipal Assembly of Klokot "
                "adopted the Information and Communication Strategy 2019-2022."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Republic of Kosovo, Municipality of Klokot, Municipal Assembly. No. "
                        "534/2, Klokot, 29.03.2019."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Pursuant to Article 12, point 12.2, paragraph (d), Article 40, point "
                        "(a.1), and Article 68, points 68.3 and 68.4, of Law No. 03/L-040 on Local "
                        "Self-Government, and Article 13, point 13.3, of the Statute of the "
                        "Municipality of Klokot, the Municipal Assembly of Klokot, at its session "
                        "held on 29.03.2019, adopted the following decision:"
                    ),
                ),
                (
                    "heading",
                    "Decision on adopting the Information and Communication Strategy 2019-2022",
                ),
                ("heading", "Article 1"),
                (
                    "paragraph",
                    (
                        "At its third regular session, the Municipal Assembly adopted the decision "
                        "on the Information and Communication Strategy of the Municipality of "
                        "Klokot for the period 2019-2022."
                    ),
                ),
                ("heading", "Article 2"),
                (
                    "paragraph",
                    (
                        "The draft decision No. 465/1 of 19.03.2019 submitted by the Mayor, "
                        "Božidar Dejanović, was adopted by the Municipal Assembly on 29.03.2019, "
                        "as set out in Article 1 of this decision."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The decision is of great importance for the municipality and the "
                        "interests of citizens, because adopting this strategy gives the "
                        "institution the opportunity for better, more efficient and more "
                        "transparent access to all citizens of the municipality and vice versa, "
                        "and enables citizens to exercise their right to information through the "
                        "Office for Information and Public Relations, which under the job "
                        "classification belongs to the Mayor's Cabinet."
                    ),
                ),
                ("heading", "Article 3"),
                (
                    "paragraph",
                    (
                        "The Mayor and the Department of Administration, Personnel and Public "
                        "Services are responsible for implementing this decision."
                    ),
                ),
                ("heading", "Article 4"),
                (
                    "paragraph",
                    (
                        "This decision enters into force immediately after it has been signed by "
                        "the Chair of the Municipal Assembly of Klokot, its legality has been "
                        "assessed by the ministry responsible for local self-government, and the "
                        "by-law has been published on the municipality's official website."
                    ),
                ),
                ("heading", "Copies to"),
                (
                    "list",
                    [
                        "MLGA (Ministry of Local Government Administration)",
                        "MoF (Ministry of Finance)",
                        "Mayor's Cabinet",
                        "Chair of the Municipal Assembly of Klokot",
                        "Municipal archive",
                    ],
                ),
                ("paragraph", "Chair of the Municipal Assembly of Klokot, Žarko Dejanović"),
            ],
        },
    },
    # ------------------------------------------------- legality-confirmation
    {
        "key": "legality-confirmation",
        "parent": "strategy",
        "sq": {
            "title": "Konfirmimi i ligjshmërisë nr. 020-383",
            "slug": "konfirmimi-i-ligjshmerise",
            "intro": (
                "Më 17.04.2019, Ministria e Administrimit të Pushtetit Lokal konfirmoi "
                "ligjshmërinë e Vendimit nr. 534/2 për miratimin e Strategjisë për Informim dhe "
                "Komunikim 2019-2022."
            ),
            "search_description": (
                "Konfirmimi i MAPL-së nr. 020-383, i datës 17.04.2019, për ligjshmërinë e Vendimit "
                "nr. 534/2 të Kuvendit Komunal të Kllokotit."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Republika e Kosovës, Qeveria, Ministria e Administrimit të Pushtetit "
                        "Lokal (MAPL), Departamenti Ligjor dhe i Monitorimit të Komunave. Nr. "
                        "020-383, data 17.04.2019."
                    ),
                ),
                ("heading", "Të dhënat e shkresës"),
                (
                    "list",
                    [
                        (
                            "Për: Bozidar Dejanovic, Kryetar i Komunës së Kllokotit, dhe Zarko "
                            "Dejanovic, Kryesues i Kuvendit të Komunës së Kllokotit"
                        ),
                        (
                            "Cc: Njësia për Administrimin e Dokumenteve në MAPL dhe Njësia për "
                            "Administrimin e Dokumenteve në Komunë"
                        ),
                        (
                            "Përmes: Adriana Hodzić, Ministre e MAPL-së, dhe Rozafa Ukimeraj, "
                            "Sekretare e Përgjithshme e MAPL-së"
                        ),
                        (
                            "Nga: Venera Çerkini, U.D. e Drejtorit të Departamentit Ligjor dhe të "
                            "Monitorimit të Komunave, MAPL"
                        ),
                        "Lënda: Konfirmimi i ligjshmërisë së aktit të Komunës së Kllokotit",
                        "Lloji i aktit: Vendim",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Në pajtim me Rregulloren e Qeverisë së Republikës së Kosovës nr. 01/2016 "
                        "për Shqyrtimin Administrativ të Akteve të Komunave dhe në bazë të "
                        "kompetencave ligjore të ministrisë, të përcaktuara me ligjet bazike dhe "
                        "me Rregulloren e Qeverisë nr. 02/2011 për Fushat e Përgjegjësisë "
                        "Administrative të Zyrës së Kryeministrit dhe Ministrive, Departamenti "
                        "Ligjor dhe i Monitorimit të Komunave i MAPL-së ka pranuar për shqyrtim të "
                        "detyrueshëm të ligjshmërisë, siç parashihet me nenin 81 të Ligjit nr. "
                        "03/L-040 për Vetëqeverisjen Lokale, aktin komunal në vijim:"
                    ),
                ),
                ("heading", "Akti i shqyrtuar"),
                (
                    "list",
                    [
                        (
                            "Vendimi nr. 534/2 për miratimin e Strategjisë për Informim dhe "
                            "Komunikim 2019-2022"
                        ),
                        "Miratuar më: 29.03.2019",
                        "Parashtruar për shqyrtim në MAPL më: 05.04.2019",
                    ],
                ),
                ("heading", "Përfundimi"),
                (
                    "paragraph",
                    (
                        "Pas shqyrtimit të ligjshmërisë së aktit të lartpërmendur, Ministria e "
                        "Administrimit të Pushtetit Lokal vlerëson se akti, në aspektin "
                        "procedural, është në pajtim me dispozitat e legjislacionit në fuqi, "
                        "përkatësisht të Ligjit nr. 03/L-040 për Vetëqeverisjen Lokale, dhe si i "
                        "tillë mund të prodhojë efekt juridik."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Ministria e Administrimit të Pushtetit Lokal mbetet në dispozicion të "
                        "komunës për çdo sqarim të mëtejshëm lidhur me këtë vlerësim."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Sipas nenit 4 të Vendimit nr. 534/2, vlerësimi i ligjshmërisë nga "
                        "ministria kompetente është një nga kushtet për hyrjen në fuqi të "
                        "vendimit, së bashku me nënshkrimin e Kryesuesit të Kuvendit dhe "
                        "publikimin në ueb-faqen zyrtare të komunës."
                    ),
                ),
            ],
        },
        "sr-latn": {
            "title": "Potvrda zakonitosti br. 020-383",
            "slug": "potvrda-zakonitosti",
            "intro": (
                "Ministarstvo administracije lokalne samouprave potvrdilo je 17.04.2019. godine "
                "zakonitost Odluke br. 534/2 o usvajanju Strategije za informisanje i komunikaciju "
                "2019-2022."
            ),
            "search_description": (
                "Potvrda MALS-a br. 020-383 od 17.04.2019. godine o zakonitosti Odluke br. 534/2 "
                "Skupštine opštine Klokot."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Republika Kosovo, Vlada, Ministarstvo administracije lokalne samouprave "
                        "(MALS), Odeljenje za pravna pitanja i monitoring opština. Br. 020-383, "
                        "datum 17.04.2019. godine."
                    ),
                ),
                ("heading", "Podaci o dopisu"),
                (
                    "list",
                    [
                        (
                            "Za: Božidar Dejanović, predsednik opštine Klokot, i Žarko Dejanović, "
                            "predsedavajući Skupštine opštine Klokot"
                        ),
                        (
                            "Kopija: Jedinica za administraciju dokumenata u MALS-u i Jedinica za "
                            "administraciju dokumenata u opštini"
                        ),
                        (
                            "Preko: Adrijana Hodžić, ministarka MALS-a, i Rozafa Ukimeraj, "
                            "generalna sekretarka MALS-a"
                        ),
                        (
                            "Od: Venera Çerkini, v.d. rukovodioca Odeljenja za pravna pitanja i "
                            "monitoring opština, MALS"
                        ),
                        "Predmet: Potvrda zakonitosti akta Opštine Klokot",
                        "Vrsta akta: Odluka",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "U skladu sa Uredbom Vlade Republike Kosovo br. 01/2016 o administrativnom "
                        "razmatranju akata opština i na osnovu zakonskih ovlašćenja ministarstva "
                        "utvrđenih osnovnim zakonima i Uredbom Vlade br. 02/2011 o oblastima "
                        "administrativne odgovornosti Kancelarije premijera i ministarstava, "
                        "Odeljenje za pravna pitanja i monitoring opština MALS-a primilo je na "
                        "obavezno razmatranje zakonitosti, kako je predviđeno članom 81 Zakona br. "
                        "03/L-040 o lokalnoj samoupravi, sledeći akt opštine:"
                    ),
                ),
                ("heading", "Razmatrani akt"),
                (
                    "list",
                    [
                        (
                            "Odluka br. 534/2 o usvajanju Strategije za informisanje i "
                            "komunikaciju 2019-2022"
                        ),
                        "Usvojena: 29.03.2019. godine",
                        "Podneta na razmatranje MALS-u: 05.04.2019. godine",
                    ],
                ),
                ("heading", "Zaključak"),
                (
                    "paragraph",
                    (
                        "Nakon razmatranja zakonitosti gore navedenog akta, Ministarstvo "
                        "administracije lokalne samouprave ocenjuje da je akt sa proceduralnog "
                        "aspekta u skladu sa odredbama važećeg zakonodavstva, odnosno Zakona br. "
                        "03/L-040 o lokalnoj samoupravi, i kao takav može proizvesti pravno "
                        "dejstvo."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Ministarstvo administracije lokalne samouprave ostaje na raspolaganju "
                        "opštini za dodatna objašnjenja u vezi sa ovom ocenom."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Prema članu 4 Odluke br. 534/2, ocena zakonitosti od strane nadležnog "
                        "ministarstva jedan je od uslova za stupanje odluke na snagu, zajedno sa "
                        "potpisom predsedavajućeg Skupštine i objavljivanjem na zvaničnoj "
                        "veb-stranici opštine."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Confirmation of Legality No. 020-383",
            "slug": "confirmation-of-legality",
            "intro": (
                "On 17.04.2019 the Ministry of Local Government Administration confirmed the "
                "legality of Decision No. 534/2 adopting the Information and Communication "
                "Strategy 2019-2022."
            ),
            "search_description": (
                "MLGA confirmation No. 020-383 of 17.04.2019 on the legality of Decision No. 534/2 "
                "of the Municipal Assembly of Klokot."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Republic of Kosovo, Government, Ministry of Local Government "
                        "Administration (MLGA), Department for Legal Affairs and Monitoring of "
                        "Municipalities. No. 020-383, dated 17.04.2019."
                    ),
                ),
                ("heading", "Letter details"),
                (
                    "list",
                    [
                        (
                            "To: Božidar Dejanović, Mayor of Klokot, and Žarko Dejanović, Chair of "
                            "the Municipal Assembly of Klokot"
                        ),
                        (
                            "Copy: Document Management Unit at the MLGA and Document Management "
                            "Unit at the municipality"
                        ),
                        (
                            "Through: Adriana Hodžić, Minister of Local Government Administration, "
                            "and Rozafa Ukimeraj, Secretary General of the MLGA"
                        ),
                        (
                            "From: Venera Çerkini, Acting Director of the Department for Legal "
                            "Affairs and Monitoring of Municipalities, MLGA"
                        ),
                        (
                            "Subject: Confirmation of the legality of an act of the Municipality "
                            "of Klokot"
                        ),
                        "Type of act: Decision",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "In accordance with Regulation No. 01/2016 of the Government of the "
                        "Republic of Kosovo on the Administrative Review of Municipal Acts, and on "
                        "the basis of the ministry's legal powers under the basic laws and "
                        "Government Regulation No. 02/2011 on the Areas of Administrative "
                        "Responsibility of the Office of the Prime Minister and Ministries, the "
                        "MLGA Department for Legal Affairs and Monitoring of Municipalities "
                        "received for mandatory review of legality, as provided for in Article 81 "
                        "of Law No. 03/L-040 on Local Self-Government, the following municipal act:"
                    ),
                ),
                ("heading", "Act reviewed"),
                (
                    "list",
                    [
                        (
                            "Decision No. 534/2 on adopting the Information and Communication "
                            "Strategy 2019-2022"
                        ),
                        "Adopted on: 29.03.2019",
                        "Submitted to the MLGA for review on: 05.04.2019",
                    ],
                ),
                ("heading", "Conclusion"),
                (
                    "paragraph",
                    (
                        "Having reviewed the legality of the above act, the Ministry of Local "
                        "Government Administration finds that, procedurally, the act complies with "
                        "the legislation in force, namely Law No. 03/L-040 on Local "
                        "Self-Government, and as such can produce legal effect."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The Ministry of Local Government Administration remains available to the "
                        "municipality for any further clarification regarding this assessment."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Under Article 4 of Decision No. 534/2, the legality assessment by the "
                        "competent ministry is one of the conditions for the decision to enter "
                        "into force, together with the signature of the Chair of the Assembly and "
                        "publication on the municipality's official website."
                    ),
                ),
            ],
        },
    },
]
