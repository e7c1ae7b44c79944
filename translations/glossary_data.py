"""The municipality's glossary for the demo: the 40 rows of ``LANGUAGE.md`` ("Glossary: sq /
sr-Latn / en"; its last three rows, lists of unrelated terms, are one entry per term here),
written out once by hand rather than parsed from the Markdown at run time
(the table mixes forms, plurals and seed remarks in one cell; here each term field holds only
accepted forms, separated by semicolons, and each note says what a translator needs).

A note exists in all three languages or in none: wagtail-localize derives each language's
version from the Albanian source, so a note the source lacks could not exist in a translation.
Each language's note speaks about writing the term in that language.
"""

from typing import TypedDict


class Version(TypedDict):
    term: str
    note: str


#: One row per term: its version in each language ("sq" is the source).
Row = dict[str, Version]


def _row(sq: str, sr: str, en: str, notes: tuple[str, str, str] = ("", "", "")) -> Row:
    return {
        "sq": {"term": sq, "note": notes[0]},
        "sr-latn": {"term": sr, "note": notes[1]},
        "en": {"term": en, "note": notes[2]},
    }


_COMMITTEE = (
    "Jo „Komisioni“: ligji e quan „Komiteti“.",
    "Ne „komisija“: zakon ga naziva „komitet“.",
    "A committee, as the law names it, not a “commission”.",
)
_ORGANIGRAM = (
    "Emri sipas strategjisë; kontrolloni organigramin aktual të komunës.",
    "Naziv prema strategiji; proverite važeću organizacionu šemu opštine.",
    "The name the strategy gives; check the municipality's current organigram.",
)

TERMS: list[Row] = [
    _row(
        "komuna; Komuna e Kllokotit",
        "opština; Opština Klokot",
        "municipality; Municipality of Klokot",
        (
            "Emri i vendit: Kllokot në shqip, Klokot në serbisht dhe në anglisht.",
            "Naziv mesta: Klokot na srpskom i engleskom, Kllokot na albanskom. Ne „općina“.",
            "Place name: Klokot in English and Serbian, Kllokot in Albanian.",
        ),
    ),
    _row(
        "Kuvendi Komunal; Kuvendi i Komunës",
        "Skupština opštine; Skupština opštine Klokot",
        "Municipal Assembly",
    ),
    _row(
        "Kryesuesi i Kuvendit; Kryesuesi i Kuvendit Komunal",
        "predsedavajući Skupštine opštine",
        "Chair of the Municipal Assembly",
        (
            "Jo „kryetari i Kuvendit“: Kryetari është kreu i Komunës.",
            "Ne „predsednik Skupštine“: predsednik opštine je druga funkcija.",
            "Not “President of the Assembly”: the Mayor is another office.",
        ),
    ),
    _row(
        "anëtar i Kuvendit Komunal; këshilltar",
        "odbornik",
        "Assembly member; councillor",
    ),
    _row(
        "Kryetari i Komunës",
        "predsednik opštine",
        "Mayor",
        (
            "Kreu i komunës; jo Kryesuesi i Kuvendit.",
            "Ne „gradonačelnik“ (javlja se samo u prevodu pisma ministarstva).",
            "The head of the municipality; not the Chair of the Assembly.",
        ),
    ),
    _row(
        "nënkryetari; Nënkryetari i Komunës për Komunitete",
        "zamenik predsednika opštine; zamenik predsednika opštine za zajednice",
        "Deputy Mayor; Deputy Mayor for Communities",
    ),
    _row(
        "Kabineti i Kryetarit; Zyra e Kryetarit",
        "Kabinet predsednika opštine; kancelarija predsednika opštine",
        "Mayor's Cabinet; Mayor's Office",
    ),
    _row(
        "departamenti",
        "odeljenje",
        "department",
        (
            "Jo „drejtoria“.",
            "Ne „direkcija“.",
            "A unit of the municipal administration; not “directorate”.",
        ),
    ),
    _row("drejtori i departamentit", "direktor odeljenja", "director of a department"),
    _row(
        "Departamenti i Ekonomisë, Financave dhe Buxhetit; DEFB",
        "Odeljenje za ekonomiju, finansije i budžet",
        "Department of Economy, Finance and Budget",
    ),
    _row(
        "Departamenti i Administratës, Personelit dhe Shërbimeve Publike",
        "Odeljenje za administraciju, osoblje i javne službe",
        "Department of Administration, Personnel and Public Services",
    ),
    _row(
        "Departamenti për Kadastër, Urbanizëm dhe Gjeodezi",
        "Odeljenje za katastar, urbanizam i geodeziju",
        "Department for Cadastre, Urbanism and Geodesy",
    ),
    _row(
        "Departamenti i Bujqësisë, Pylltarisë dhe Ekonomisë së Ujërave",
        "Odeljenje za poljoprivredu, šumarstvo i vodoprivredu",
        "Department of Agriculture, Forestry and Water Management",
        _ORGANIGRAM,
    ),
    _row(
        "Departamenti i Arsimit, Shëndetësisë, Shërbimeve Sociale, Kulturës, Rinisë dhe Sporteve",
        "Odeljenje za obrazovanje, zdravstvo, socijalne usluge, kulturu, omladinu i sport",
        "Department of Education, Health, Social Services, Culture, Youth and Sports",
        _ORGANIGRAM,
    ),
    _row(
        "Zyra për Informim dhe Marrëdhënie me Publikun; ZIMP",
        "Kancelarija za informisanje i odnose sa javnošću",
        "Office for Information and Public Relations",
    ),
    _row(
        "zyrtari për informim; zyrtar komunal",
        "službenik za informisanje; opštinski službenik",
        "information officer; municipal officer",
    ),
    _row("Statuti i Komunës", "Statut opštine", "Statute of the Municipality"),
    _row("vendim; akt nënligjor", "odluka; podzakonski akt", "decision; by-law"),
    _row("seanca e Kuvendit", "sednica Skupštine", "session of the Assembly"),
    _row(
        "Komiteti për Politikë dhe Financa; KPF",
        "Komitet za politiku i finansije; KPF",
        "Policy and Finance Committee",
        _COMMITTEE,
    ),
    _row("Komiteti për Komunitete", "Komitet za zajednice", "Communities Committee", _COMMITTEE),
    _row(
        "Këshilli Komunal për Siguri në Bashkësi; KKSB",
        "Opštinski savet za bezbednost zajednice; OSBZ",
        "Municipal Community Safety Council",
        (
            "Emri zyrtar; shkurtesa është KKSB.",
            "Zvanični naziv; skraćenica je OSBZ.",
            "The official name; abbreviated KKSB in Albanian and OSBZ in Serbian.",
        ),
    ),
    _row(
        "këshilli i fshatit; këshillat e fshatrave",
        "seoski savet; seoski saveti",
        "village council",
    ),
    _row("debat publik; debatet publike", "javna debata; javne debate", "public debate"),
    _row(
        "Strategjia për Informim dhe Komunikim; SIK",
        "Strategija za informisanje i komunikaciju",
        "Information and Communication Strategy",
    ),
    _row(
        "Ministria e Administrimit të Pushtetit Lokal; MAPL",
        "Ministarstvo administracije lokalne samouprave; MALS",
        "Ministry of Local Government Administration; MLGA",
    ),
    _row(
        "Ligji për Vetëqeverisjen Lokale; Ligji nr. 03/L-040 për Vetëqeverisjen Lokale",
        "Zakon o lokalnoj samoupravi; Zakon br. 03/L-040 o lokalnoj samoupravi",
        "Law on Local Self-Government; Law No. 03/L-040 on Local Self-Government",
    ),
    _row(
        "qasja në dokumente publike; kërkesë për qasje në dokumente publike",
        "pristup javnim dokumentima; zahtev za pristup javnim dokumentima",
        "access to public documents; request for access to public documents",
    ),
    _row(
        "buletini informativ; numri; fjala e redaksisë",
        "informativni bilten; broj; uvodnik",
        "information bulletin; issue; editorial",
        (
            "Jo „bilten“.",
            "Na albanskom „buletini“, ne „bilten“.",
            "In Albanian “buletini”, not “bilten”.",
        ),
    ),
    _row(
        "ankesë; ankesat",
        "pritužba; pritužbe",
        "complaint",
        (
            "Për një shërbim ose zyrtar; ankesa kundër vendimit është term tjetër.",
            "Ne „žalba“: pritužba se odnosi na uslugu ili službenika, a žalba je pravni lek "
            "protiv odluke.",
            "About a service or an official; an appeal against a decision is another term.",
        ),
    ),
    _row(
        "ankesë kundër vendimit",
        "žalba",
        "appeal against a decision",
        (
            "Mjet juridik kundër vendimit; mos e ngatërroni me ankesën për një shërbim.",
            "Pravni lek protiv odluke; ne koristite za pritužbu na uslugu.",
            "A legal remedy; keep it apart from a complaint about a service.",
        ),
    ),
    _row("sugjerim; lavdërim", "predlog; pohvala", "suggestion; praise"),
    _row(
        "kutia e ankesave dhe sugjerimeve",
        "kutija za pritužbe i predloge",
        "complaints and suggestions box",
    ),
    _row(
        "kodi i gjurmimit; afati i përgjigjes",
        "kod za praćenje; rok za odgovor",
        "tracking code; answer due date",
    ),
    _row(
        "abonim; abonohu; abonohuni; çabonohuni; abonent",
        "pretplata; pretplatite se; odjavite se; pretplatnik",
        "subscription; subscribe; unsubscribe; subscriber",
    ),
    _row(
        "njoftim për shtyp; konferencë për shtyp",
        "saopštenje za javnost; konferencija za novinare",
        "press release; press conference",
    ),
    _row(
        "tabela e njoftimeve; tabela e shpalljeve",
        "oglasna tabla",
        "notice board",
    ),
    # LANGUAGE.md's last three rows each list several unrelated terms; a glossary entry holds
    # the forms of one term, so they are one entry each here.
    _row(
        "uebfaqja zyrtare; faqja zyrtare e internetit",
        "zvanični veb-sajt",
        "official website",
    ),
    _row("faqe", "stranica", "page"),
    _row("lidhje", "link", "link"),
    _row("të dhëna personale", "lični podaci", "personal data"),
    _row("afati i ruajtjes", "rok čuvanja", "retention period"),
    _row("shoqëria civile", "civilno društvo", "civil society"),
    _row("OJQ", "NVO", "NGO"),
    _row("binjakëzim", "bratimljenje", "twinning"),
    _row("komunë partnere", "partnerska opština", "partner municipality"),
    _row("Dita e Shën Pjetrit", "Petrovdan", "St Peter's Day"),
]
