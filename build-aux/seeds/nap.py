# SPDX-License-Identifier: EUPL-1.2
"""NAP: the 2024 progress table of the Nationaal actieprogramma seksueel
grensoverschrijdend gedrag en seksueel geweld, as an Opvolging dossier.

Source: SEEDS_DIR/003_636094551056a9d2.txt, an OCR of the PDF table
(columns Activiteit | Status | Wanneer | Wie | Toelichting).  The OCR is not
parsed: this module holds a hand transcription of every activity.  Each
record says which source lines it comes from (``src``) and keeps the text as
the OCR printed it, only de-interleaved from the other columns, with blank
lines where a paragraph ends.  ``build()`` then

  * removes the footnote markers listed per activity (``markers``),
  * joins the lines of each paragraph, undoing line-break hyphenation,
  * renders bullet ("«") and numbered lists as lines ("• …", "1. …"),
  * applies the one replacement table FIXES (OCR character errors) to all text,
  * maps the raw status glyph through ROW_GLYPHS (see LEGEND),

and checks against the source that every transcribed line, title fragment,
glyph, timeframe, Wie cell and footnote really occurs there (within the
activity's line range), so that the curated text cannot drift from the source.
The reasoning behind each decision is in nap.md next to this file.
"""
import os
import re

SOURCE = "003_636094551056a9d2.txt"
ROUND = "Voortgangsrapportage 2024"

DOSSIER = {
    "id": "nap",
    "title": "Nationaal actieprogramma seksueel grensoverschrijdend gedrag en seksueel geweld",
    "short_name": "NAP",
    "kind": "activities",
    "publisher": "",   # the source does not say
    "published": "",
}

# The source reports 8 March 2024 in the past and 21 March 2024 in the future.
ROUNDS = [{"label": ROUND, "period": "2024-03"}]

PARTIES = [
    {"short_name": "OCW", "full_name": "Ministerie van Onderwijs, Cultuur en Wetenschap", "kind": "ministry"},
    {"short_name": "VWS", "full_name": "Ministerie van Volksgezondheid, Welzijn en Sport", "kind": "ministry"},
    {"short_name": "SZW", "full_name": "Ministerie van Sociale Zaken en Werkgelegenheid", "kind": "ministry"},
    {"short_name": "JenV", "full_name": "Ministerie van Justitie en Veiligheid", "kind": "ministry"},
    {"short_name": "BZK", "full_name": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "kind": "ministry"},
    {"short_name": "Regeringscommissaris",
     "full_name": "Regeringscommissaris seksueel grensoverschrijdend gedrag en seksueel geweld", "kind": "government"},
    {"short_name": "NLA", "full_name": "Nederlandse Arbeidsinspectie", "kind": "government"},
    {"short_name": "Rijksoverheid", "full_name": "Rijksoverheid", "kind": "government"},
    {"short_name": "Sociale partners", "full_name": "", "kind": "sector"},
    # Wie cell of the Arbowet initiative: "Initiatiefnemer (Lid Maatoug van PvdA-GL)".
    {"short_name": "Lid Maatoug (PvdA-GL)", "full_name": "Lid Maatoug van PvdA-GL", "kind": "other"},
]

# Theme number, goal sentence as the OCR prints it (FIXES repairs it), source line.
THEMES = [
    ("Actielijn 1", "Er zijn gedeelde maatschappelijke waarden en normen over hoe we met elkaar om willen gaan in de samenleving", 155),
    ("Actielijn 2", "Wet- en regelgeving weerspiegelen de (veranderende) maatschappelijke norme", 369),
    ("Actielijn 3", "Organisaties hebben processen voor preventie, signalering en opvolging op orde", 676),
    ("Actielijn 4", "ledereen herkent seksueel grensoverschrijdend gedrag en seksueel geweld en kan hierop reageren", 978),
    ("Actielijn 5", "Er is goede hulpverlening die makkelijk vindbaar is", 1247),
]

# ---------------------------------------------------------------------------
# The one replacement table, applied (in this order) to every text of the
# dossier after line joining: titles, explanations, theme titles, link labels.
# Entries are (old, new); an old starting with "re:" is a regular expression.
# Every entry must apply at least once.
FIXES = [
    # lhbtiq+: the source spells it "lhbtiq+" on line 157; the OCR mostly reads l as I or |, q as g
    ("Ihbtig+", "lhbtiq+"),
    ("|hbtig+", "lhbtiq+"),
    ("lhbtig+", "lhbtiq+"),
    # ë / ö / è read as é
    ("carriére", "carrière"),
    ("officiéle", "officiële"),
    ("financiéle", "financiële"),
    ("subsidiéren", "subsidiëren"),
    ("cliénten", "cliënten"),
    ("ideeén", "ideeën"),
    ("typologieén", "typologieën"),
    ("Coérdinator", "Coördinator"),
    # other single-character misreadings
    ("viuchtelingenachtergrond", "vluchtelingenachtergrond"),
    ("ActdRespect", "Act4Respect"),
    ("RIGE", "RI&E"),                       # the same paragraph prints "RI&E" twice
    ("|eidraad", "Leidraad"),
    ("1&0 Research", "I&O Research"),
    ("Verkenning Al en", "Verkenning AI en"),   # the toelichting: "kunstmatige intelligentie"
    ("(i) het borgen", "(ii) het borgen"),      # list (i), (i), (iii)
    ("ledereen herkent", "Iedereen herkent"),
    # words run together by the OCR
    ("Erkomteen", "Er komt een"),
    ("DeInterdepartementale", "De Interdepartementale"),
    ("Inde Rijksbrede", "In de Rijksbrede"),
    ("Eris een", "Er is een"),
    ("deaanpakvan", "de aanpak van"),
    ("Zovalt op", "Zo valt op"),
    ("ditin 2025", "dit in 2025"),
    ("middelbaarberoepsonderwijs", "middelbaar beroepsonderwijs"),
    ("personen.Het", "personen. Het"),
    # a line break after "(h)" is no word space
    ("te (h) erkennen", "te (h)erkennen"),
    # truncated goal sentence of Actielijn 2
    (r"re:maatschappelijke norme$", "maatschappelijke normen"),
]

# ---------------------------------------------------------------------------
# Status glyphs.  The legend that the OCR prints on each page puts every icon
# *before* its label ("Afgerond @ In uitvoering cC Doorlopend gedurende g In
# uitvoering met vertraging = Nog niet begonnen"); the icon of "Afgerond" is
# never read.  Glyph -> statuses the legends pair it with (source lines):
LEGEND = {
    "t_=}": {"in-progress"},                 # 275, 377, 560, 665, 710, 826, 1133, 1236
    "@": {"in-progress"},                    # 951, 996
    "G": {"in-progress"},                    # 455
    "oo": {"ongoing", "not-started"},        # 277 (Doorlopend) and 280 (Nog niet begonnen): ambiguous
    "cC": {"ongoing"},                       # 951, 996
    "oC": {"ongoing"},                       # 462
    "g": {"delayed"},                        # 280, 475, 951, ...
    "=": {"not-started"},                    # 208, 951, 996
}

# Every raw glyph that a row shows (fragments on successive lines joined by
# " / "), with the decision.  None = no status is set.
ROW_GLYPHS = {
    "": (None, "no glyph in the status column"),
    "tTI / 4": ("in-progress", "t + strokes: the shape of the legend's t_=} (In uitvoering)"),
    "t_TI / =7": ("in-progress", "t + strokes: the shape of the legend's t_=} (In uitvoering)"),
    "t_TI / =7 4": ("in-progress", "t + strokes: the shape of the legend's t_=} (In uitvoering)"),
    "t_T| / 7 4": ("in-progress", "t + strokes: the shape of the legend's t_=} (In uitvoering)"),
    "t‘| / 7 4": ("in-progress", "t + strokes: the shape of the legend's t_=} (In uitvoering)"),
    "tfl / 4": ("in-progress", "t + strokes: the shape of the legend's t_=} (In uitvoering)"),
    "t-l": ("in-progress", "t + strokes: the shape of the legend's t_=} (In uitvoering)"),
    "t-l / 4": ("in-progress", "t + strokes: the shape of the legend's t_=} (In uitvoering)"),
    "G": ("in-progress", "legend: G = In uitvoering (line 455)"),
    "cC": ("ongoing", "legend: cC = Doorlopend (lines 951, 996)"),
    "CcC": ("ongoing", "c/C strokes as the legend's cC and oC (Doorlopend); no other legend glyph has them"),
    "oC": ("ongoing", "legend: oC = Doorlopend (line 462)"),
    "g": ("delayed", "legend: g = In uitvoering met vertraging"),
    "X": (None, "in no legend"),
    "-": (None, "in no legend"),
    "- / i": (None, "in no legend"),
    "- / 4": (None, "in no legend"),
    "- / = 4": (None, "in no legend; '= 4' is the lower half of other composite glyphs, not the legend's lone '='"),
    "d- / ?": (None, "in no legend (a recurring icon that no legend identifies)"),
    "d- / = 4": (None, "in no legend"),
    "‘l": (None, "in no legend; lacks the t of the In uitvoering family"),
    "- / ‘l": (None, "in no legend; lacks the t of the In uitvoering family"),
    "- / ‘/": (None, "in no legend"),
    "i": (None, "in no legend"),
    "4": (None, "in no legend"),
    "s": (None, "in no legend"),
    ") 4": (None, "in no legend"),
    "/": (None, "in no legend"),
}


def ks(fn, src, chamber, session, dossier, number):
    """A Kamerstuk cited in footnote fn; src is the footnote text as printed."""
    return {"fn": fn, "src": src, "chamber": chamber, "session": session,
            "dossier": dossier, "number": number}


def link(fn, label, url):
    """Another footnote (fn None: an address in the running text)."""
    return {"fn": fn, "label": label, "url": url}


# ---------------------------------------------------------------------------
# The activities in source order.  src = (first, last) source line of the
# activity and of its footnotes; text = the Toelichting as printed (blank
# line = paragraph end); markers = footnote markers removed from the text.
ACTIVITIES = [
    # ---- Actielijn 1 ------------------------------------------------------------
    dict(  # 1
        src=(1, 10),
        comment="title, timeframe and status cells lost above line 1 (page header cut off); title taken from the first sentence of the toelichting",
        title="Publiekscommunicatie voor het NAP",
        title_src=["Het kabinet ontwikkelt publiekscommunicatie voor het NAP."],
        glyph="",
        when="",
        wie=["Allen"],
        parties=[],
        note="Allen",
        text="""\
Het kabinet ontwikkelt publiekscommunicatie voor het NAP. Het doel is om het gesprek met elkaar aan te moedigen. De nadruk
hierbij ligt op grenzen en gewenste omgangsvormen: hoe we willen we wél met elkaar omgaan. Het kabinet start verschillende
campagnes die allemaal gevoerd worden onder de overkoepelende regel ‘met elkaar trekken we de grens’. Deze regel verbindt
alle publiekscommunicatie over dit onderwerp. De eerste campagne start in maart 2024 en gaat over het belang van het
bespreken van gewenste omgangsvormen en seksueel grensoverschrijdend gedrag op de werkvloer. In juni zal het ministerie van
Justitie en Veiligheid (JenV) een informerende publiekscampagne starten over de Wet Seksuele Misdrijven. In nauwe samenhang
daarmee volgt in het vierde kwartaal van 2024 een brede publiekscampagne over normen en consent.
""",
        theme=1,
    ),
    dict(  # 2
        src=(12, 29),
        title="Campagne gericht op het voeren van het gesprek over gewenste omgangsvormen en seksueel grensoverschrijdend gedrag op de werkvloer",
        title_src=["Campagne gericht op het voeren van het", "gesprek over gewenste omgangsvormen en", "seksueel grensoverschrijdend gedrag op de", "werkvloer"],
        glyph="X",
        when="Q12024",
        wie=["Allen"],
        parties=[],
        note="Allen",
        text="""\
De eerste campagne start halverwege maart 2024 en gaat over het bespreken van gewenste omgangsvormen en seksueel
grensoverschrijdend gedrag op de werkvloer. In de campagne is ook aandacht voor grensoverschrijdend gedrag dat online
plaatsvindt. De campagne wordt gevoerd via radio, online video, social media en banners. De campagne leidt naar de
campagnewebsite die informatie en hulpmiddelen biedt. Organisaties, leidinggevenden en medewerkers kunnen dit gebruiken
om het gesprek over gewenste omgangsvormen en seksueel grensoverschrijdend op de werkvloer aan te gaan. Daarnaast
verwijst de website naar extra informatie van organisaties die zich met dit onderwerp bezighouden.

Het kabinet wilde de campagne eind 2023 starten. Maar omdat de voorbereiding van de campagne meer tijd vroeg, is de
uitvoering is vertraagd. Daarom is besloten om de campagne te starten rond de conferentie over het NAP op 21 maart 2024.
""",
        theme=1,
    ),
    dict(  # 3
        src=(31, 40),
        title="Jaarlijkse conferentie NAP",
        title_src=["Jaarlijkse conferentie NAP"],
        glyph="",
        when="2023-2025",
        wie=["OCW, SZW,", "JenV, en VWS"],
        parties=[("OCW", "lead"), ("SZW", "lead"), ("JenV", "lead"), ("VWS", "lead")],
        text="""\
Op 22 maart 2023 vond de eerste conferentie van het NAP plaats. Op de conferentie waren meer dan 250 deelnemers
aanwezig, onder andere vanuit overheden, maatschappelijke organisaties, ervaringsdeskundigen en de wetenschap. Zij
bespraken hoe de maatregelen en acties uit het NAP verder gebracht kunnen worden, en welke volgende stappen nodig zijn om
seksueel grensoverschrijdend gedrag en seksueel geweld te voorkomen en terug te dringen. Ook bood de conferentie
mogelijkheden om de samenwerking tussen partijen te versterken. Op 21 maart 2024 vindt de tweede NAP-conferentie plaats.
""",
        theme=1,
    ),
    dict(  # 4
        src=(42, 77),
        title="Publieksmonitor",
        title_src=["Publieksmonitor"],
        glyph="",
        when="2023-2025",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
In maart 2023 ontving de Tweede Kamer de eerste publieksmonitor seksueel grensoverschrijdend gedrag.! De publieksmonitor
onderzoekt de gevoelens en gedachten van volwassenen in Nederland rond seksueel grensoverschrijdend gedrag. We herhalen
de publieksmonitor jaarlijks tijdens de uitvoering van het programma. Eind februari is de tweede publieksmonitor opgeleverd.
Die vindt u in bijlage 4.
""",
        markers=[("gedrag.! De", "gedrag. De")],
        links=[
            link(1, "1&0 Research (2023) Onderzoek seksueel grensoverschrijdend gedrag",
                 "https://open.overheid.nl/documenten/ronl-e1d3a72285a47023397b449225fc6b69472734f1/pdf"),
        ],
        theme=1,
    ),
    dict(  # 5
        src=(51, 60),
        title="Rondetafelgesprekken Ihbtig+",
        title_src=["Rondetafelgesprekken Ihbtig+"],
        glyph="",
        when="2023-2024",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
De regeringscommissaris organiseert tijdens de uitvoering van het NAP verschillende rondetafelgesprekken. In 2023 heeft zij in
samenwerking met het ministerie van Onderwijs, Cultuur en Wetenschap (OCW) twee gesprekken georganiseerd over seksueel
grensoverschrijdend gedrag en seksueel geweld tegen Ihbtig+ personen. Het doel was om vast te stellen welke ondersteuning zij
nodig hebben. De regeringscommissaris verwacht in de zomer van 2024 te kunnen aangeven welk onderzoek en welke
ondersteuning voor Ihbtig+ personen aanvullend nodig is.
""",
        theme=1,
    ),
    dict(  # 6
        src=(62, 70),
        title="Podcast alles op tafel",
        title_src=["Podcast alles op tafel"],
        glyph="",
        when="2023-2025",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
Inmiddels zijn er twaalf afleveringen opgenomen van de podcast ‘Alles op Tafel’. Deze afleveringen zijn opgenomen met
gesprekspartners uit verschillende sectoren en op verschillende plekken in het land. In 2024 wordt een tweede serie gestart.
In deze serie wordt het gesprek met verschillende groepen in de samenleving gevoerd. De podcast werkt als middel om het
maatschappelijk gesprek te stimuleren en te verdiepen. Ook leidt het tot het veel inzichten die nuttig zijn voor andere activiteiten
uit het NAP en van de regeringscommissaris, zoals de sectorale aanpak.
""",
        theme=1,
    ),
    dict(  # 7
        src=(78, 90),
        comment="Activiteit cell missing at the top of the page; title is the project name quoted in the toelichting; lines 82-83 are a legend fragment",
        title="Mannenemancipatie als deel van de oplossing",
        title_src=["Het project ‘Mannenemancipatie als deel van de oplossing’ van Emancipator"],
        glyph="",
        when="",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Jongens en mannen zijn deel van de oplossing bij het aanpakken van seksueel grensoverschrijdend gedrag en seksueel geweld.
Het project ‘Mannenemancipatie als deel van de oplossing’ van Emancipator maakt jongens, mannen en professionals zich
hiervan bewust. Ook biedt het project hen informatie en handvatten om seksueel grensoverschrijdend gedrag en seksueel
geweld onderling bespreekbaar te maken, te herkennen en uiteindelijk te voorkomen. In 2023 hebben 4000 mensen via
140 activiteiten meegedaan aan projecten, netwerksessies, en trainen en workshops op maat.
""",
        theme=1,
    ),
    dict(  # 8
        src=(92, 152),
        title="Gendergelijkheid op de werkvloer",
        title_src=["Gendergelijkheid op de werkvloer"],
        glyph="- / i",
        when="2023-2024",
        wie=["SZW"],
        parties=[("SZW", "lead")],
        text="""\
Het kabinet zet in op gelijkwaardige kansen op de arbeidsmarkt voor vrouwen en mannen. Op dit moment is die gelijkwaardigheid
er nog niet. Vrouwen hebben een ongelijke positie wanneer zij beginnen aan hun carriére, bijvoorbeeld als gevolg van
zwangerschapsdiscriminatie. Ook is er sprake van ongelijkheid op de werkvloer. Zo bestaat er nog steeds een loonkloof, zijn er
minder vrouwen in hoge functies, en heerst er in sommige sectoren en organisaties een vrouwonvriendelijke werkcultuur.
Verder nemen vrouwen gemiddeld nog altijd meer onbetaalde zorgtaken op zich dan mannen en besteden mannen juist meer
tijd aan betaald werk. Om die reden is SamenSpraak gestart. Dit is een gesprek met de samenleving om beter te begrijpen hoe
de huidige ongelijkheid een rol speelt in de levens van mensen en om samen aan oplossingen te werken. Het deelrapport over
fase 1 met de eerste inzichten uit de gesprekken is op 8 maart 20242 met de Tweede Kamer gedeeld.
""",
        markers=[("20242 met", "2024 met")],
        kamerstukken=[
            ks(2, "Kamerstukken, 2023/24 30420, nr. 390", None, "2023/24", "30420", "390"),
        ],
        theme=1,
    ),
    dict(  # 9
        src=(109, 130),
        title="Project SAMEN",
        title_src=["Project SAMEN"],
        glyph="- / 4",
        when="Q3 2022-Q3 2024",
        when_src=["Q3 2022-Q3", "2024"],
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Het ministerie van OCW ondersteunt het project SAMEN. Dit project biedt verschillende diensten om seksueel, gendergerelateerd
en huiselijk geweld binnen migrantengemeenschappen in Nederland te voorkomen en bestrijden. Bijvoorbeeld psychosociale
ondersteuning, trainingen, mogelijkheden om kennis uit te wisselen, doorverwijzingen en preventieve maatregelen. Het project
verleent deze diensten aan volwassenen met een migratieachtergrond die tot kwetsbare groepen behoren. Zoals vrouwen,
jongvolwassenen en mensen uit de Ihbtig+ gemeenschap.

Het project heeft in vijf maanden 272 migranten bereikt die aanwezig waren bij voorlichtingen, spreekuren en groepssessies.
Deze mensen kwamen uit 29 verschillende landen. Van deze groep was 64,5% vrouw, 35,1% man en 0,4% non-binair. Vijftien
sleutelpersonen en tien medische vrijwilligers volgden een training en wisten migranten te bereiken. Zij spreken de talen Farsi,
Arabisch, Turks en Tigrinya. 125 professionals zijn via verschillende soorten bijeenkomsten op de hoogte gesteld van het
project. 17.635 mensen zijn via sociale media geinformeerd over het project.
""",
        theme=1,
    ),
    dict(  # 10
        src=(132, 150),
        comment="the last words of the toelichting (\"te begeleiden.\", line 140) were printed by the OCR above the text",
        title="Alliantie Verandering van Binnenuit 2.0",
        title_src=["Alliantie Verandering van Binnenuit 2.0"],
        glyph="- / 4",
        when="2023-2027",
        wie=["OCW, SZW"],
        parties=[("OCW", "lead"), ("SZW", "lead")],
        text="""\
De alliantie ‘Verandering van binnenuit 2.0" is een samenwerkingsverband tussen het Consortium Zelfbeschikking, LCC+ en
Movisie. Zij zetten zich in voor de veiligheid, gelijkheid en acceptatie van vrouwen en |hbtig+ personen in gesloten gemeen-
schappen. De alliantie stelt “voortrekkers” uit gesloten gemeenschappen in staat om een verandering van binnenuit in gang te
zetten. Om de impact en duurzaamheid van een verandering van binnenuit te verstevigen, biedt de alliantie ook interventies
aan voor gemeenten en professionals over hoe zij verandering van binnenuit kunnen faciliteren en stimuleren.

In september 2023 is de alliantie gestart met een bijeenkomst waar tientallen vrijwilligers samenkwamen. Hier werden
verschillende workshops gegeven. Ook zijn er werkgroepen samengesteld die de komende jaren werken aan de uitvoering van
het activiteitenplan. Verder heeft de alliantie gespreksleiders geworven om de verschillende activiteiten en bijeenkomsten
te begeleiden.
""",
        theme=1,
    ),
    dict(  # 11
        src=(156, 170),
        comment="two-line tabular row: title, glyph, timeframe, Wie and toelichting interleaved on lines 156-158",
        title="Kennisplatform Inclusief Samenleven (KIS). Projecten rondom shame sexting en online shamen",
        title_src=["Kennisplatform Inclusief Samenleven (KIS).", "Projecten rondom shame sexting en online", "shamen"],
        glyph="tTI / 4",
        when="2024",
        wie=["SZW"],
        parties=[("SZW", "lead")],
        text="""\
Het Kennisplatform Inclusief Samenleven (KIS) wil zelfbeschikking bevorderen rondom seksualiteit van (jonge) vrouwen en
Ihbtig+ personen met een migratie- of viuchtelingenachtergrond in een kwetsbare positie. Jonge vrouwen en lhbtiq+ personen
uit deze gemeenschappen lopen risico op shame sexting en online shamen vanwege hun (vermeende) seksueel gedrag.

Sommige ouders besluiten onder andere vanwege opvoedkundige dilemma’s rondom deze vraagstukken om hun dochter of
zoon achter te laten in het buitenland. KIS heeft met steun van het ministerie van Sociale Zaken en Werkgelegenheid (SZW) in
2020 een aantal instrumenten ontwikkeld op deze thema’s. Deze instrumenten helpen professionals en informele gespreksleiders
om het gesprek met ouders en hun kinderen over deze thema’s aan te gaan. De toolkits bevatten animaties en praktische
handvatten.

Sinds 2022 zet KIS in op verdere implementatie en borging van deze toolkits. Er zijn diverse leerbijeenkomsten over het
voorkomen van shame sexting en achterlating gegeven aan onder andere jongerenwerkers, sociale professionals, professionals
in en rond het onderwijs. In 2024 doet KIS onderzoek naar de resultaten.

Hiermee kunnen de toolkits worden verbeterd.
""",
        theme=1,
    ),
    dict(  # 12
        src=(172, 194),
        title="Alliantie ActdRespect Unlimited",
        title_src=["Alliantie ActdRespect Unlimited"],
        glyph="CcC",
        when="2023-2027",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Binnen de alliantie ActdRespect Unlimited werken Rutgers, Atria en COC aan het verminderen en voorkomen van seksueel
geweld en (ex)partnergeweld tegen meiden, jonge vrouwen en Ihbtig+ personen. De alliantie heeft hierbij specifieke aandacht
voor intersectionaliteit en online geweld. De alliantie stimuleert positieve normen rond gender en seksualiteit bij jongeren en
jongvolwassenen. Hiervoor voert zij onder andere een sociale mediacampagne. Daarnaast helpt de alliantie professionals in het
onderwijs, bij zorg- en welzijnsorganisaties en bij politie/ justitie in het ondersteunen van jongeren bij een gezonde seksuele en
relationele ontwikkeling. Hiervoor ontvangen professionals informatie en hulpmiddelen. Ook zet de alliantie een ambassa-
deursnetwerk op om professionals te stimuleren draagvlak voor dit thema binnen hun eigen organisaties te vergroten. Voor
jongeren die extra risico lopen om slachtoffer of pleger te worden ontwikkelt de alliantie preventieprogramma’s en trainingen
ontwikkelt. Alle activiteiten en instrumenten zijn gebaseerd op wetenschappelijk onderzoek.

In 2023 is onder andere de sociale normcampagne ‘Generatie Ja...En?’ opnieuw gevoerd.? Ook is voor professionals een congres
georganiseerd over online daten en |hbtig+ jongeren. Dit congres was de aftrap voor het ambassadeursnetwerk. Daarnaast zijn
nieuwe interventies ontwikkeld, zoals verschillende online cursussen. LEFgozers, over praten met jongens over mannelijkheid en
machogedrag, het G-Woord, over hoe je met aandacht voor gender geweld kunt voorkomen, en een variant op de interventie
Happy2gether plus, voor jongeren met een licht verstandelijke beperking om (ex) partnergeweld voorkomen.

Binnen drie maanden hebben 286 professionals LEFgozers en 135 professionals het G-Woord gevolgd. De deelnemers geven de
cursussen gemiddeld het cijfer 8. Ze geven aan dat de e-leerdoelen ruimschoots gehaald worden. Bijna 90% zou de online
cursus een collega aanraden. 1051 professionals volgden de e-learning van Happy2gether sinds de officiéle lancering op
14 februari 2022.
""",
        markers=[("gevoerd.? Ook", "gevoerd. Ook")],
        links=[
            link(3, "https://generatiejaen.rutgers.nl/",
                 "https://generatiejaen.rutgers.nl/"),
        ],
        theme=1,
    ),
    dict(  # 13
        src=(195, 273),
        comment="lines 206-208 are legend fragments, not a status of this row",
        title="Project Preventie seksueel grensoverschrijdend gedrag onder studenten",
        title_src=["Project Preventie seksueel grensoverschrij-", "dend gedrag onder studenten"],
        glyph="",
        when="Q2-Q4 2023",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
In het kader van dit project organiseerden Rutgers en GELIJKSPEL verschillende activiteiten voor studenten(organisaties)
om voorlichting te geven over seksueel grensoverschrijdend gedrag. Bijvoorbeeld workshops voor studenten, ondersteuning
van studentenverenigingen bij beleidsvorming en de ‘Ben je oké’-campagne® voor studenten. Aan de workshops hebben 8320
hbo- en wo-studenten deelgenomen. Er zijn 67 verenigingen in 7 bijeenkomsten ondersteund bij het maken van beleid op dit
thema. 80 verenigingen namen deel aan de campagne. Het ministerie van OCW stelt in 2024 en 2025 middelen beschikbaar
voor een nieuw project gericht op voorlichting over seksueel grensoverschrijdend gedrag onder studenten. Ook heeft de
minister van OCW toegezegd het belang van voorlichting onder de aandacht te brengen bij hoger onderwijsinstellingen.’
""",
        markers=[("campagne® voor", "campagne voor"), ("onderwijsinstellingen.’", "onderwijsinstellingen.")],
        kamerstukken=[
            ks(5, "Kamerstukken Il 2022/23, 34843, nr. 80", "II", "2022/23", "34843", "80"),
        ],
        links=[
            link(4, "Ben je oké? (benjeoke.nl)",
                 "https://benjeoke.nl/"),
        ],
        theme=1,
    ),
    dict(  # 14
        src=(222, 234),
        title="Studentenpact",
        title_src=["Studentenpact -"],
        glyph="-",
        when="Q32023-2025",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
In augustus 2023 sloot de regeringscommissaris samen met betrokken studenten het Studentenpact. In het Studentenpact
staan acties rondom de thema’s bewustwording, gedrag, meldingen en klachten, hulpverlening en maatregelen. Het doel is om
seksueel grensoverschrijdend gedrag en seksueel geweld in het studentenleven zoveel mogelijk te voorkomen en aan te pakken.
Inmiddels hebben 35 studenten- en studieverenigingen zich aangesloten. De regeringscommissaris werkt samen met de
betrokken studenten en onderwijsinstellingen aan de implementatie van het pact. Ook willen zij ervoor zorgen dat nog meer
studentenorganisaties zich aansluiten.
""",
        theme=1,
    ),
    dict(  # 15
        src=(236, 268),
        title="Onderzoek naar opvattingen jongeren en ouders",
        title_src=["Onderzoek naar opvattingen jongeren en", "ouders"],
        glyph="",
        when="Q12023",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Rutgers heeft onderzoek gedaan naar de opvattingen van jongeren en hun ouders over seksueel (grensoverschrijdend) gedrag.
Ook onderzocht Rutgers de behoefte van ouders aan opvoedondersteuning op dit thema. De Tweede Kamer is hier met de
presentatie van het NAP over geinformeerd.® De inzichten uit dit onderzoek worden meegenomen bij het project Seksuele
opvoeding door ouders van Rutgers.
""",
        markers=[("geinformeerd.® De", "geinformeerd. De")],
        kamerstukken=[
            ks(6, "Kamerstukken Il 2022/23, 34843, nr. 67", "II", "2022/23", "34843", "67"),
        ],
        theme=1,
    ),
    dict(  # 16
        src=(248, 273),
        comment="the link is the address in the running text, whose target the OCR prints at the page bottom (line 272); it is not a footnote",
        title="Project Seksuele opvoeding door ouders",
        title_src=["Project Seksuele opvoeding door ouders"],
        glyph="",
        when="Q4 2023-2025",
        wie=["VWS en OCW"],
        parties=[("VWS", "lead"), ("OCW", "lead")],
        text="""\
De ministeries van Volksgezondheid, Welzijn en Sport (VWS) en OCW subsidiéren van november 2023 tot en met 2025 het
project ‘Seksuele opvoeding door ouders’. Dit project is bedoeld om ouders en verzorgers te ondersteunen bij een gezonde en
veilige seksuele opvoeding van hun kind. Het project informeert ouders en verzorgers over hun rol hierin en biedt een plek waar
zij informatie kunnen vinden, zowel online als offline. Ook ontwikkelt Rutgers samen met ouderorganisaties passend materiaal
voor ouders en verzorgers om het gesprek te voeren. Het doel is om ervoor te zorgen dat zij hun kinderen tijdig informeren en
op een manier die bij hun leeftijd past. Tenslotte wordt een netwerk van opvoedpartners opgericht om kennis te delen en advies
op te halen.

In december 2023 is de eerste campagne gestart om ouders bewust te maken van hun rol in de seksuele opvoeding. Ook is de
website www.seksueleopvoeding.nl online gegaan. De eerste campagne loopt tot maart 2024. Tijdens het project volgen nog
twee campagnes.
""",
        links=[
            link(None, "www.seksueleopvoeding.nl",
                 "http://www.seksueleopvoeding.nl"),
        ],
        theme=1,
    ),
    dict(  # 17
        src=(289, 296),
        title="Wegwijzers Seksualiteit online voor primair en voortgezet onderwijs voor advies rondom sexting",
        title_src=["Wegwijzers Seksualiteit online voor primair en", "voortgezet onderwijs voor advies rondom", "sexting"],
        glyph="-",
        when="Q2-Q3 2023",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
De wegwijzers bieden onderwijsprofessionals en partners in de strafrechtketen en het sociaal domein een overzicht van stappen
die zij kunnen nemen als ongewenste sexting heeft plaatsgevonden (of dreigt plaats te vinden). Ook staan er contacten in die zij
kunnen benaderen. Daarnaast bieden de wegwijzers voorlichtingsmateriaal om zelf lessen samen te stellen over ongewenste
sexting. In 2023 is er een rondvraag in het onderwijs over de wegwijzers geweest. Hieruit blijkt dat de wegwijzers een nuttig
hulpmiddel kunnen zijn, maar dat de bekendheid laags is en er inhoudelijke verbeterpunten zijn. In 2024 zullen de wegwijzers
herzien en opnieuw onder de aandacht gebracht worden.
""",
        theme=1,
    ),
    dict(  # 18
        src=(298, 302),
        title="Expertisepunt Burgerschap",
        title_src=["Expertisepunt Burgerschap"],
        glyph="cC",
        when="Vanaf 2022",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Het thema seksuele diversiteit is ook relevant in de context van burgerschapsonderwijs. De verduidelijkte burgerschapswet eist
expliciet van scholen dat het onderwijs zich richt op het bijbrengen van kennis over en respect voor seksuele gerichtheid en dat
scholen zorg dragen voor een omgeving waarin leerlingen en personeel zich veilig en geaccepteerd voelen ongeacht hun
seksuele gerichtheid. Om scholen te ondersteunen bij het geven van burgerschapsonderwijs is per 1 juli 2022 het Expertisepunt
Burgerschap (EB) in het leven geroepen.
""",
        theme=1,
    ),
    dict(  # 19
        src=(304, 305),
        title="Aanscherpen beroepscodes zorg en welzijn",
        title_src=["Aanscherpen beroepscodes zorg en welzijn"],
        glyph="",
        when="Q3-Q4 2023",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Het ministerie van VWS bevordert het gesprek met beroepsverenigingen in de zorg, om te kijken of de beroepscodes aange-
scherpt kunnen worden om meer aandacht te geven aan het risico van seksueel grensoverschrijdend gedrag.
""",
        theme=1,
    ),
    dict(  # 20
        src=(307, 310),
        title="Verkenning bespreekbaar maken van seksualiteit in de zorg",
        title_src=["Verkenning bespreekbaar maken van", "seksualiteit in de zorg"],
        glyph="",
        when="Q12023",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Rutgers heeft onderzocht wat zorg- en hulpverleners (in de huisartsenzorg, jeugdzorg en gehandicaptenzorg) nodig hebben om
proactief en zonder ongemak met hun cliénten over seksuele gezondheid en seksualiteit te spreken. De resultaten van deze
verkenning zijn begin 2023 opgeleverd.
""",
        theme=1,
    ),
    dict(  # 21
        src=(312, 334),
        title="Beleidsvisie seksualiteit en intimiteit voor mensen met een beperking",
        title_src=["Beleidsvisie seksualiteit en intimiteit voor", "mensen met een beperking"],
        glyph="",
        when="2023-2025",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Op 24 oktober 2023 heeft de Tweede Kamer de Kamerbrief beleidsvisie intimiteit en seksualiteit voor mensen met een
beperking ontvangen.” In de beleidsvisie wordt ingezet op: (i) het faciliteren van ontwikkeling en verspreiding van goede,
vindbare kennisproducten rondom intimiteit en seksualiteit, (i) het borgen van structurele aandacht voor intimiteit en
seksualiteit binnen zorgorganisaties en het informele netwerk & (iii) het in staat zijn om eigen grenzen aan te geven voor
mensen met een beperking, zorgverleners en naasten.
""",
        markers=[("ontvangen.” In", "ontvangen. In")],
        kamerstukken=[
            ks(7, "Kamerstukken Il 2023/24, 32239, nr. 14", "II", "2023/24", "32239", "14"),
        ],
        theme=1,
    ),
    dict(  # 22
        src=(319, 334),
        title="Onderzoek veilige zorgrelatie in gehandicaptenzorg",
        title_src=["Onderzoek veilige zorgrelatie in", "gehandicaptenzorg"],
        glyph="",
        when="Q32023",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Het onderzoek verkent of het beschikbare instrumentarium het bespreken van intimiteit en seksualiteit voldoende mogelijk
maakt. Ook is onderzocht of op basis van het instrumentarium een passende reactie volgt als er grensoverschrijdend gedrag
heeft plaatsgevonden. De Tweede Kamer heeft het onderzoek op 24 oktober 2023 ontvangen als bijlage bij de Kamerbrief
Beleidsvisie intimiteit en seksualiteit voor mensen met een beperking.®
""",
        markers=[("beperking.®", "beperking.")],
        kamerstukken=[
            ks(8, "Kamerstukken Il 2023/24, 32239, nr. 14", "II", "2023/24", "32239", "14"),
        ],
        theme=1,
    ),
    dict(  # 23
        src=(325, 334),
        title="Verkenning doorlopende leerlijn",
        title_src=["Verkenning doorlopende leerlijn"],
        glyph="",
        when="2023-2025",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
De regeringscommissaris stimuleert de ontwikkeling van een doorlopende leerlijn voor seksuele en relationele vorming in het
basis-, voortgezet, beroeps- en hoger onderwijs. Zij ontwikkelt hiervoor samen met de onderwijspartijen en in afstemming met
het ministerie van OCW een aanpak. Zij bouwt hierbij voort op haar advies over de aanpak van seksueel grensoverschrijdend
gedrag en seksueel geweld in het hoger onderwijs en de wetenschap.®
""",
        markers=[("wetenschap.®", "wetenschap.")],
        links=[
            link(9, "Te vinden op: www.rcgog.nl",
                 None),
        ],
        theme=1,
    ),
    dict(  # 24
        src=(338, 342),
        title="Actualisatie kerndoelen seksuele vorming en aanpassing digitale geletterdheid",
        title_src=["Actualisatie kerndoelen seksuele vorming en", "aanpassing digitale geletterdheid"],
        glyph="t_TI / =7",
        when="2023-2024",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Scherpe kerndoelen verduidelijken voor scholen wat er van hen wordt verwacht qua seksuele vorming. Dat kan de opgroeiende
generatie helpen elkaars grenzen en wensen te respecteren en gezonde keuzes te maken. De verwachting is dat de nieuwe
kerndoelen voor het primair onderwijs en de onderbouw van het voortgezet onderwijs eind 2024 zijn ontwikkeld. Ze zullen dan
met de Tweede Kamer gedeeld worden.
""",
        theme=1,
    ),
    dict(  # 25
        src=(344, 345),
        title="Kwalificatie-eisen MBO",
        title_src=["Kwalificatie-eisen MBO"],
        glyph="t_TI / =7 4",
        when="Q1-Q2 2024",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
In het voorjaar 2024 ontvangt de Tweede Kamer de brief over de voortgang van de aanpak basisvaardigheden in het middelbaar
beroepsonderwijs. Burgerschap is hier onderdeel van.
""",
        theme=1,
    ),
    dict(  # 26
        src=(347, 357),
        title="Stimuleringsprogramma Gezonde Relaties en Seksualiteit binnen Programma Gezonde School",
        title_src=["Stimuleringsprogramma Gezonde Relaties en", "Seksualiteit binnen Programma Gezonde", "School"],
        glyph="d- / ?",
        when="2023-2025",
        wie=["VWS en OCW"],
        parties=[("VWS", "lead"), ("OCW", "lead")],
        text="""\
Het stimuleringsprogramma loopt tot en met 2025. Het zorgt ervoor dat scholen in het primair, speciaal, voortgezet en
middelbaarberoepsonderwijs ondersteund worden om te werken aan het thema ‘relaties en seksualiteit’. Scholen kunnen
kiezen uit erkende interventies en facultatieve onderdelen voor relationele en seksuele vorming. Zij krijgen hierbij ondersteuning
van een Gezonde School Adviseur vanuit de lokale gemeentelijke gezondheidsdienst (GGD). Zo krijgen kinderen en jongeren
informatie over onderwerpen als gezonde relaties, veilig vrijen en zwangerschap. Ook leren ze vrij te praten over wensen,
consent en grenzen. Ruim tweeduizend scholen in Nederland hebben de stimuleringsregeling toegekend gekregen. Van deze
scholen geeft 80% aan dat zij dankzij de stimuleringsregeling lespakketten kunnen kopen en gebruiken. Scholen voor
(voortgezet) speciaal onderwijs, praktijkonderwijs en mbo-scholen krijgen voorrang op de regeling.
""",
        theme=1,
    ),
    dict(  # 27
        src=(359, 376),
        title="Opvolging GREVIO aanbevelingen online en digital geweld tegen vrouwen",
        title_src=["Opvolging GREVIO aanbevelingen online en", "digital geweld tegen vrouwen"],
        glyph="‘l",
        when="Q32024",
        wie=["VWS, JenVen", "ocw"],
        parties=[("VWS", "lead"), ("JenV", "lead"), ("OCW", "lead")],
        text="""\
De Tweede Kamer heeft het onderzoeksrapport ‘Digitale dimensie van geweld tegen vrouwen, Opvolging Algemene Aanbeveling
nr. 1 GREVIO’ van Regioplan op 22 september 2023 ontvangen.'® De ministeries van VWS, JenV en OCW werken aan de opvolging
hiervan. Het ministerie van VWS kijkt hierbij naar de onderdelen die gaan over preventie, bescherming en samenhangend beleid.
Het ministerie van JenV pakt de acties rondom vervolging op. De betrokken ministeries zijn gestart met een analyse waar lopend
beleid versterkt, bijgestuurd of aangepast moet worden. De Tweede Kamer ontvangt in de zomer van 2024 een beleidsreactie op
het onderzoek van Regioplan.
""",
        markers=[("ontvangen.'® De", "ontvangen. De")],
        kamerstukken=[
            ks(10, "Kamerstukken 11 2023/24, 28345, nr. 269", "II", "2023/24", "28345", "269"),
        ],
        links=[
            link(10, "Regioplan (2023) Digitale dimensie van geweld tegen vrouwen, Opvolging Algemene Aanbeveling nr. 1 GREVIO.",
                 "https://www.regioplan.nl/wp-content/uploads/2023/10/22170-Eindrapport-Online-geweld-tegen-vrouwen-Regioplan-11sept23.pdf"),
        ],
        theme=1,
    ),
    # ---- Actielijn 2 ------------------------------------------------------------
    dict(  # 28
        src=(371, 373),
        comment="tabular row: title / glyph / timeframe / Wie / toelichting interleaved on lines 371-373",
        title="Wijziging van de Arbeidsomstandighedenwet in verband met het verplicht stellen van een vertrouwenspersoon",
        title_src=["Wijziging van de Arbeidsomstandighedenwet", "in verband met het verplicht stellen van een", "vertrouwenspersoon"],
        glyph="tfl / 4",
        when="2023-2024",
        wie=["Initiatiefnemer", "(Lid Maatoug", "van PvdA-GL)"],
        parties=[("Lid Maatoug (PvdA-GL)", "lead")],
        note="Initiatiefnemer (Lid Maatoug van PvdA-GL)",
        text="""\
Door GroenLinks is een initiatiefwetsvoorstel ingediend om werknemers een wettelijk recht op toegang tot een vertrouwens-
persoon te geven. Dit wetsvoorstel is op 23 mei 2023 aangenomen door de Tweede Kamer en wacht nu op behandeling in de
Eerste Kamer.
""",
        theme=2,
    ),
    dict(  # 29
        src=(391, 453),
        title="Advisering wettelijke verplichting vertrouwenspersoon",
        title_src=["Advisering wettelijke verplichting vertrou-", "wenspersoon"],
        glyph="",
        when="Q12023 en Q12024",
        when_src=["Q12023 en", "Q12024"],
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
Op 17 januari 2023 heeft de regeringscommissaris de Tweede Kamer geadviseerd over het initiatiefwetsvoorstel verplichtstelling
vertrouwenspersonen.'' Zij zal in 2024 verder adviseren over de kennis, vaardigheden, rol, en positie van de vertrouwens-
persoon binnen organisaties en hoe dit mogelijk in regelgeving kan worden opgenomen. Daarbij gaat het om het waarborgen
van de deskundigheid en onafhankelijkheid van vertrouwenspersonen. En om het zorgen voor voorvoldoende faciliteiten, tijd,
en middelen voor vertrouwenspersonen om hun werkzaamheden goed te kunnen doen.
""",
        markers=[("vertrouwenspersonen.'' Zij", "vertrouwenspersonen. Zij")],
        links=[
            link(11, "Te vinden op: www.rcgog.nl",
                 "http://www.rcgog.nl"),
        ],
        theme=2,
    ),
    dict(  # 30
        src=(398, 403),
        title="Wettelijke verplichting gedragscode en klachtenregeling",
        title_src=["Wettelijke verplichting gedragscode en", "klachtenregeling"],
        glyph="g",
        when="Q3-Q4 2024",
        when_src=["Q3-Q4", "2024"],
        wie=["SZW"],
        parties=[("SZW", "lead")],
        text="""\
Op dit moment werkt het ministerie van SZW aan het wetsvoorstel verplichting gedragscode en klachtenregeling.

Naar verwachting start de internetconsultatie in de tweede helft van 2024. De zorgvuldige uitwerking van onderdelen van de
wetgeving kost meer tijd dan vooraf verwacht. De planning is daarom bijgesteld. Eerder heeft de minister van SZW aangegeven
ernaar te streven het wetsvoorstel in de tweede helft van 2024 in te dienen bij de Tweede Kamer.

De regeringscommissaris wordt periodiek gevraagd om input te leveren op het wetsvoorstel.
""",
        theme=2,
    ),
    dict(  # 31
        src=(405, 409),
        title="Ratificatie IAO-verdrag 190",
        title_src=["Ratificatie IAO-verdrag 190"],
        glyph="d- / ?",
        when="2023-2024",
        wie=["SZW"],
        parties=[("SZW", "lead")],
        text="""\
Nederland bereidt op dit moment het goedkeuringswetsvoorstel voor, dat voor uitdrukkelijke goedkeuring aan het parlement
zal worden voorgelegd. Het goedkeuringswetsvoorstel IAO-verdrag 190 wordt naar verwachting in 2024 aangeboden aan de
Tweede Kamer.
""",
        theme=2,
    ),
    dict(  # 32
        src=(411, 416),
        title="Communicatie ministerie van JenV in het kader van Wet seksuele misdrijven",
        title_src=["Communicatie ministerie van JenV in het", "kader van Wet seksuele misdrijven"],
        glyph="d- / ?",
        when="2023-2024",
        wie=["JenV"],
        parties=[("JenV", "lead")],
        text="""\
Het ziet er naar uit dat op 1 juli 2024 de Wet seksuele misdrijven in werking treedt. Dit jaar start een branded content campagne
over de Wet seksuele misdrijven. Die wordt geplaatst op kanalen die jongeren tussen de 16 en 30 jaar oud bereiken. Het doel is
hun te informeren over de nieuwe wet die eraan komt en wat dat voor hen kan betekenen. Daarnaast komt er grootschalige
publiekscommunicatie over de Wet seksuele misdrijven, gericht op algemeen publiek en in samenwerking met het NAP.

Hierbij wordt gekeken naar specifieke doelgroepen.
""",
        theme=2,
    ),
    dict(  # 33
        src=(418, 453),
        title="Inkoopvoorwaarden omtrent diversiteit en inclusie uitbreiden",
        title_src=["Inkoopvoorwaarden omtrent diversiteit en", "inclusie uitbreiden"],
        glyph="-",
        when="2023-2025",
        wie=["Rijksoverheid"],
        parties=[("Rijksoverheid", "lead")],
        text="""\
Op initiatief van het ministerie van OCW zijn mogelijkheden verkend om via aanbestedingen vaker zaken te doen met bedrijven
die zich committeren aan de diversiteits- en inclusiedoelen van de Rijksoverheid. Dit heeft ertoe geleid dat het thema Diversiteit
en Inclusie in inkoop Rijksbreed wordt opgepakt. In de brief van de Nationaal Coérdinator tegen Discriminatie en Racisme
(NCDR) is de Tweede Kamer geinformeerd over een aantal lopende initiatieven.'? Zo verkennen de ministeries van Binnenlandse
Zaken en Koninkrijksrelaties (BZK) en Economische Zaken en Klimaat (EZK) op welke manier de ‘Gender Responsive Public
Procurement’- bepalingen als uitgangspunt kunnen dienen voor (Rijks)inkoopbeleid en/of in de wetgeving. Ook evalueert het
Rijk in 2024 de Rijksinkoopstrategie ‘Inkopen met impact’. Hierin wordt onder andere het thema Diversiteit en Inclusie
meegenomen. OCW zet zich in om hierbij te verkennen hoe er meer aandacht kan zijn voor het voorkomen en tegengaan van
seksueel grensoverschrijdend gedrag en seksueel geweld.
""",
        markers=[("initiatieven.'? Zo", "initiatieven. Zo")],
        links=[
            link(12, "Nationaal Programma tegen Discriminatie en Racisme (2023). (overheid.nl)",
                 "https://open.overheid.nl/documenten/b6a7ec23-71f8-4caf-a73d-a0ad7a020f0f/file"),
        ],
        theme=2,
    ),
    dict(  # 34
        src=(431, 442),
        title="Verkenning randvoorwaarden subsidieverstrekking",
        title_src=["Verkenning randvoorwaarden subsidiever-", "strekking"],
        glyph="t‘| / 7 4",
        when="2023-2025",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Sinds 31 juli 2023 zijn aanvragers voor een subsidie op het terrein van emancipatie verplicht om te zorgen voor een veilige
werkomgeving met passend beleid tegen seksueel grensoverschrijdend gedrag. Bij indiening van een subsidieverzoek moet de
aanvrager aangeven wat dat beleid precies inhoudt. Op basis van ervaringen van het ministerie van OCW onderzoeken we de
mogelijkheden om zulke voorwaarden breder in te voeren binnen de Rijksoverheid.
""",
        theme=2,
    ),
    # ---- Actielijn 3 ------------------------------------------------------------
    dict(  # 35
        src=(455, 486),
        comment="the \"oC\" on line 462 stands right before \"Doorlopend gedurende\" in the legend block and is the legend's glyph; the row's status slot (between \"Status\" and \"Wanneer\") is empty",
        title="Website Route naar RIGE",
        title_src=["Website Route naar RIGE"],
        glyph="",
        when="Q22023",
        wie=["SZW"],
        parties=[("SZW", "lead")],
        text="""\
De website Route naar RI&E helpt bedrijven met het opstellen van een risico-inventarisatie en evaluatie (RI&E). In 2023 is de
website in samenwerking met stakeholders verbeterd. Hierbij was specifieke aandacht voor het gesprek tussen werkgevers en
werknemers bij het opstellen van de RI&E. Zodat zij met elkaar in gesprek zijn bij alle stappen van het opstellen van de RIGE. In
het instrument is specifiek aandacht voor seksueel grensoverschrijdend gedrag als risico in een bedrijf.
""",
        theme=3,
    ),
    dict(  # 36
        src=(488, 558),
        title="Keuzehulp overzicht aanbod interventies tegen PSA",
        title_src=["Keuzehulp overzicht aanbod interventies", "tegen PSA"],
        glyph="",
        when="2022-2023",
        wie=["SZW"],
        parties=[("SZW", "lead")],
        text="""\
In 2022 is TNO gestart met de ontwikkeling van een digitale keuzehulp die werkgevers overzicht biedt in het beschikbare
aanbod van maatregelen tegen psychosociale arbeidsbelasting (PSA). Uit de verschillende evaluaties die TNO uitvoerde bleek
dat werkgevers onvoldoende behoefte hebben aan de keuzehulp. Dit gold met name voor Mkb’ers. Om die reden is een
alternatief ontwikkeld. In opdracht van de ministeries van SZW en VWS heeft het Trimbos Instituut de generieke leidraad
ontwikkeld. Deze staat sinds februari online.13 In de leidraad worden op organisatie-, team- en individueel niveau maatregelen
en interventies aangereikt voor verschillende stadia van klachten (voorkomen, verminderen en ondersteunen). Een werkgever,
manager of HR-professional kan deze maatregelen nemen om mentale klachten op het werk te beperken.
""",
        markers=[("online.13 In", "online. In")],
        links=[
            link(13, "|eidraad: Een organisatiebrede aanpak van mentale gezondheid op het werk - Trimbos-instituut",
                 "https://www.trimbos.nl/aanbod/webwinkel/leidraad-een-organisatiebrede-aanpak-van-mentale-gezondheid-op-het-werk/"),
        ],
        theme=3,
    ),
    dict(  # 37
        src=(503, 519),
        title="Acties Nederlandse Arbeidsinspectie",
        title_src=["Acties Nederlandse Arbeidsinspectie"],
        glyph="i",
        when="2023-2024",
        wie=["NLA"],
        parties=[("NLA", "lead")],
        text="""\
De Arbeidsinspectie is momenteel bezig met twee projecten bij sociale werkvoorzieningsbedrijven en in verpleeg- en verzorgings-
tehuizen. Deze projecten zijn gericht op de aanpak en achterliggende oorzaken van eventueel intern ongewenst gedrag. Intern
ongewenst gedrag is ongewenst gedrag tussen collega’s, of tussen leidinggevenden en collega’s. Daarnaast heeft de inspectie in
2023 monitoronderzoek op universiteiten uitgevoerd. Om te beoordelen hoe het gaat met de uitvoering van de verbeterings-
plannen op het gebied van werkdruk en intern ongewenst gedrag. De uitkomsten worden in 2024 gepubliceerd in een Arbo in
Bedrijf Special. In 2024 krijgt het onderzoek vervolg in een inspectieproject bij universiteiten waar nog tekortkomingen zijn in het
arbobeleid. In 2022 heeft de inspectie een Delphi-studie uitgevoerd naar risicofactoren voor intern ongewenst gedrag en
maatregelen die werknemers kunnen nemen. De inspectie verwerkt de inzichten uit deze studie in een werkinstructie voor
inspecteurs. Deze wordt in 2024 afgerond en gepubliceerd op de website.
""",
        theme=3,
    ),
    dict(  # 38
        src=(521, 535),
        title="Handreiking voor werkgevers over het opvolgen van meldingen over seksueel grensoverschrijdend gedrag",
        title_src=["Handreiking voor werkgevers over het", "opvolgen van meldingen over seksueel", "grensoverschrijdend gedrag"],
        glyph="4",
        when="2023-2024",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
In maart 2024 wordt een nieuwe handreiking gepubliceerd. Hierin is de input van meer dan vijftig deskundigen en ruim dertig
organisaties op het prototype verwerkt. De ministeries van OCW en SZW nemen hieraan ook deel. Er is ook een deel aan
toegevoegd over cultuurverandering en preventie. Daarnaast wordt er gewerkt aan een publieksversie van de handreiking om
de handreiking toegankelijker te maken voor alle lezers en organisaties.
""",
        theme=3,
    ),
    dict(  # 39
        src=(537, 555),
        title="Programmatische aanpak van de sociale partners",
        title_src=["Programmatische aanpak van de sociale", "partners"],
        glyph="s",
        when="2023-2025",
        wie=["Sociale", "partners en", "de regerings-", "commissaris", "in samen-", "werking met", "SZW"],
        parties=[("Sociale partners", "lead"), ("Regeringscommissaris", "lead"), ("SZW", "involved")],
        text="""\
De sociale partners zijn eind 2023 gestart met de uitvoering van hun programmatische aanpak. Dit doen ze in samenwerking
met de regeringscommissaris. De sociale partners hebben onder andere een inspiratiesessie met en voor (vertegenwoordiging
van) werkgevers en werknemers georganiseerd. Dit jaar starten de sociale partners met omstandertrainingen, trainingen voor
OR-leden en trainingen voor management. Daarnaast wordt er gewerkt aan sectorale aanpakken.
""",
        theme=3,
    ),
    dict(  # 40
        src=(560, 608),
        comment="\"oo\" on line 567 is the legend's glyph before \"Doorlopend gedurende\"; the row glyph \"oC\" stands between \"Status\" and \"Wanneer\" (line 572)",
        title="Rijksoverheid als werkgever",
        title_src=["Rijksoverheid als werkgever"],
        glyph="oC",
        when="2023-2025",
        wie=["BZK"],
        parties=[("BZK", "lead")],
        text="""\
De Rijksoverheid werkt als grootste werkgever van Nederland aan het tegengaan en voorkomen van ongewenst gedrag.

Dit gebeurt op verschillende manieren:

« Het Kader Basiseisen voor vertrouwenspersonen Rijksoverheid heeft aandacht voor de opleidingen van vertrouwens-
personen. Bijvoorbeeld hoe om te gaan met ongewenst gedrag en informatie over meld- en verwijsmogelijkheden.

« De Rijksoverheid evalueert de Gedragscode Integriteit Rijk (GIR) als minimumnorm voor gewenst gedrag.

« Erkomteen interne bewustwordingscampagne om ongewenst gedrag te herkennen en voorkomen. Ook maakt de campagne
duidelijk waar iemand ongewenst gedrag kan melden en wie je daarbij kan helpen, waaronder vertrouwenspersonen.

« Het Programma Dialoog en Ethiek organiseert verdiepende sessies over seksueel grensoverschrijdend gedrag.

« DeInterdepartementale Commissie Bedrijfsvoering Rijksdienst (ICBR) heeft de Rijksbrede Klachtencommissie Ongewenste
Omgangsvormen in april 2023 goedgekeurd. Het is de bedoeling dat nieuwe klachtenregeling in 2024 ingaat.

« Inde Rijksbrede workshop Sociale Veiligheid is aandacht voor verschillende vormen van ongewenste omgangsvormen.
Seksueel grensoverschrijdend gedrag is één van die vormen die daarbij aan bod komt.
""",
        theme=3,
    ),
    dict(  # 41
        src=(610, 620),
        title="Sportakkoord sociaal veilige sport",
        title_src=["Sportakkoord sociaal veilige sport"],
        glyph="",
        when="2022-2026",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Vier partijen hebben 14 december 2022 het Sportakkoord 2 ondertekend: NOC*NSF, de Vereniging Sport en Gemeenten (VSG),
het ministerie van VWS en Platform Ondernemende Sport (POS). Een van de hoofdthema’s is een sociaal veilige sport. In het
akkoord staan vier basiseisen voor sportaanbieders om een sociaal veilige omgeving te bieden, namelijk: 1) deelname aan de
regeling gratis VOG, 2) Gedragscode Sport, 3) vertrouwenscontactpersoon en 4) een cursus of e-learning voor trainer-coaches.
Het Sportakkoord 2 loopt tot en met 31 december 2026.
""",
        theme=3,
    ),
    dict(  # 42
        src=(622, 633),
        title="Inzetten op veilige sport",
        title_src=["Inzetten op veilige sport"],
        glyph="",
        when="Vanaf 2023",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Via het actieplan veilige en integere sport geeft het ministerie van VWS een extra financiéle impuls van tien miljoen euro aan
een veilige sport voor 2023-2024. Met dit geld worden onder andere acht integriteitsmanagers aangenomen. Het Sportakkoord
is bedoeld voor de lokale sport. Deze impuls versterkt vooral de landelijke mogelijkheden, zoals de integriteitsmanagers die de
sportbonden ondersteunen bij het tegengaan van seksueel grensoverschrijdend gedrag, voorlichting en opleidingen. Ook wil het
ministerie van VWS via het Platform Ondernemende Sport extra in te zetten op een sociaal veilige sport voor de ondernemende
sport, waaronder ook integriteitsmanagers.
""",
        theme=3,
    ),
    dict(  # 43
        src=(635, 664),
        title="Aanpak grensoverschrijdend gedrag in de danssector",
        title_src=["Aanpak grensoverschrijdend gedrag in de", "danssector"],
        glyph="",
        when="2023-2025",
        wie=["VWS en OCW"],
        parties=[("VWS", "lead"), ("OCW", "lead")],
        text="""\
Verinorm bracht het onderzoek ‘Schaduwdansen’ over misstanden in de danssector uit op maandag 22 mei 2023.'*

Op 15 juni 2023 is een beleidsreactie’ naar de Tweede Kamer gestuurd met een reactie op de resultaten en aanbevelingen.

De Alliantie Dans Veilig is op 22 juni gestart. De ministeries van VWS en OCW ondersteunen de alliantie financieel van 2023 tot
en met 2025 om de aanbevelingen van het onderzoek uit te voeren. Ook komt er een onafhankelijke opvolgingscommissie,
die zicht houdt op de voortgang van de aanbevelingen.
""",
        markers=[("2023.'*", "2023."), ("beleidsreactie’ naar", "beleidsreactie naar")],
        kamerstukken=[
            ks(15, "Kamerstukken Il 2022/23 34843; 30234, nr. 77", "II", "2022/23", "34843; 30234", "77"),
        ],
        links=[
            link(14, "Verinorm (2023) Schaduwdansen. Een onderzoek naar grensoverschrijdend gedrag in het dansen.",
                 None),
        ],
        theme=3,
    ),
    dict(  # 44
        src=(650, 660),
        title="Onderzoek veilige en integere sport en evaluatie sporttuchtrecht",
        title_src=["Onderzoek veilige en integere sport en", "evaluatie sporttuchtrecht"],
        glyph="",
        when="2023-2024",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Eris een onderzoek gedaan naar een veilige en integere sport, inclusief een evaluatie van het sporttuchtrecht. De Tweede Kamer
heeft op 28 maart 2023 het AEF rapport ‘samen de lat hoger leggen’ ontvangen. De minister van VWS informeert de Tweede
Kamer in het eerste kwartaal van 2024 over de voortgang van de professionalisering van het Instituut Sportrechtspraak. In die
brief is ook aandacht voor het perspectief van de slachtoffers.
""",
        theme=3,
    ),
    dict(  # 45
        src=(677, 679),
        title="Dialoogtafel sport",
        title_src=["Dialoogtafel sport"],
        glyph="",
        when="2023-2025",
        wie=["Regerings-", "commissaris,", "VWS"],
        parties=[("Regeringscommissaris", "lead"), ("VWS", "lead")],
        text="""\
Op 20 december 2023 vond een slachtoffergesprek in de sport plaats. Het gesprek werd door de regeringscommissies en het
ministerie van VWS georganiseerd. Het gesprek ging in op het perspectief van slachtoffers bij het doen van een melding.
""",
        theme=3,
    ),
    dict(  # 46
        src=(680, 682),
        title="Rondetafelgesprek dans",
        title_src=["Rondetafelgesprek dans"],
        glyph="",
        when="2023",
        wie=["Regerings-", "commissaris,", "OCWenVWS"],
        parties=[("Regeringscommissaris", "lead"), ("OCW", "lead"), ("VWS", "lead")],
        text="""\
In 2023 heeft de regeringscommissaris drie rondetafelgesprekken georganiseerd voor de danssector in samenwerking met de
ministeries van VWS en OCW en klokkenluider Kim Koumans. Eén tafel was gericht op de ervaringen van slachtoffers. Eén betrof
deaanpakvan grensoverschrijdend gedrag in de opleidingen en de culturele tak. De derde ging over de danssport.
""",
        theme=3,
    ),
    dict(  # 47
        src=(683, 685),
        title="Verkenning aanscherpen VOG in het onderwijs",
        title_src=["Verkenning aanscherpen VOG in het onderwijs"],
        glyph="d- / = 4",
        when="2023-2024",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Justis en de ministeries van JenV, SZW en OCW hebben gesproken over mogelijkheden om de VOG-systematiek in het
funderend onderwijs aan te passen, waaronder periodieke en continue screening. Uw Kamer wordt hier in het voorjaar van
2024 nader over geinformeerd.
""",
        theme=3,
    ),
    dict(  # 48
        src=(686, 709),
        title="Intensiveren monitor sociale veiligheid",
        title_src=["Intensiveren monitor sociale veiligheid"],
        glyph="d- / ?",
        when="2023-2024",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
De verplichte jaarlijkse monitor sociale veiligheid voor scholen in het funderend onderwijs wordt uitgebreid. Er komen meer
verdiepende vragen en er worden meer leerlingen bevraagd.

Op 20 december 2023 heeft de Tweede Kamer de eerste monitor integrale veiligheid voor het mbo ontvangen.'® Voor de zomer
2024 volgt een inhoudelijke beleidsreactie.
""",
        markers=[("ontvangen.'® Voor", "ontvangen. Voor")],
        kamerstukken=[
            ks(16, "Kamerstukken Il 2023/24, 29240, nr. 135", "II", "2023/24", "29240", "135"),
        ],
        theme=3,
    ),
    dict(  # 49
        src=(690, 693),
        title="Ontwikkeling normenkader primair- en voortgezet onderwijs",
        title_src=["Ontwikkeling normenkader primair- en", "voortgezet onderwijs"],
        glyph="d- / ?",
        when="Vanaf 2023",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
De ‘Alliantie tegen (seksueel) grensoverschrijdend gedrag in het onderwijs’ is van plan om de komende tijd samen met het
onderwijs te onderzoeken of het mogelijk is om een zogenoemde ‘veldnorm’ te ontwikkelen: een richtlijn waaraan het
onderwijsveld zich committeert. Het doel is een veilig, open en seksueel integer leerklimaat, waarin ieders wensen en grenzen
worden erkend en gerespecteerd.
""",
        theme=3,
    ),
    dict(  # 50
        src=(694, 697),
        title="Uitbreiding meld- en overlegplicht seksuele intimidatie (in wetsvoorstel Vrij en Veilig)",
        title_src=["Uitbreiding meld- en overlegplicht seksuele", "intimidatie (in wetsvoorstel Vrij en Veilig)"],
        glyph="d- / ?",
        when="Q12024",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Het wetsvoorstel Vrij en veilig onderwijs regelt dat de huidige meld- overleg- en aangifteplicht wordt uitgebreid. Het voorstel is
om de meld- en overlegplicht uit te breiden naar gevallen van seksuele intimidatie. Daarnaast is het voorstel om in de meld-,
overleg- en aangifteplicht het criterium voor minderjarigheid van de leerling en de student te laten vervallen. Begin 2024 is het
wetsvoorstel ter advisering naar de Raad van State gegaan.
""",
        theme=3,
    ),
    dict(  # 51
        src=(698, 707),
        title="Bestuursakkoord over sociale veiligheid in hoger onderwijs en de wetenschap",
        title_src=["Bestuursakkoord over sociale veiligheid in", "hoger onderwijs en de wetenschap"],
        glyph="-",
        when="2022-2031",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
In juli 2022 sloten de minister van OCW en de universiteiten en hogescholen een bestuursakkoord met daarin drie afspraken
over de sociale veiligheid in het hoger onderwijs en de wetenschap. 1. Instellingen zorgen zelf voor een eenduidige en
structurele monitor van ervaren sociale veiligheid. Instellingen moeten vanaf 2024 aan deze afspraak voldoen. 2. Instellingen
stellen uiterlijk eind 2022 gedragsregels op waarin staat dat zij onveilig en grensoverschrijdend gedrag niet tolereren.
Alle instellingen voldoen aan deze afspraak. 3. Instellingen besteden in hun jaarverslag expliciet en herkenbaar aandacht aan
ontwikkelingen op het gebied van sociale veiligheid en inclusie. Alle instellingen voldoen aan deze afspraak.
""",
        theme=3,
    ),
    dict(  # 52
        src=(710, 824),
        title="Integrale aanpak sociale veiligheid in hoger onderwijs en de wetenschap",
        title_src=["Integrale aanpak sociale veiligheid in hoger", "onderwijs en de wetenschap"],
        glyph="G",
        when="Vanaf Q2 2023",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Op 8 juni 2023 heeft de Tweede Kamer de integrale aanpak sociale veiligheid in het hoger onderwijs en onderzoek ontvangen.'”
Het doel is om met universiteiten en hogescholen te werken aan een duurzaam veilige leer- en werkomgeving. De aanpak
bestaat onder andere uit:

« Toevoeging van een zorgplicht voor de sociale veiligheid van studenten in de Wet op het hoger onderwijs en wetenschappelijk
onderzoek (WHW);

« Uitbreiding van de meld-, overleg- en aangifteplicht zedenmisdrijven in de WHW;

« Verbetering van de voorzieningen voor klachten en melden voor studenten en medewerkers;

« Versterken van het van toezicht op sociale veiligheid;

« Stimuleren van samenwerking tussen de onderwijsinstellingen.

Voor de zomer van 2024 informeert de minister van OCW de Kamer over de voortgang van de aanpak.

Aanvullend is de regeringscommissaris gevraagd te adviseren hoe in deze aanpak ook aandacht kan zijn voor de aanpak van
seksueel grensoverschrijdend gedrag. Dit advies is in januari 2024 verschenen. De minister betrekt dit advies bij de integrale
aanpak sociale veiligheid.
""",
        markers=[("ontvangen.'”", "ontvangen.")],
        links=[
            link(17, "Integrale aanpak sociale veiligheid in hoger onderwijs en de wetenschap (2023) rijksoverheid.nl",
                 None),
        ],
        theme=3,
    ),
    dict(  # 53
        src=(766, 824),
        title="Advisering aanpak sociale veiligheid in hoger onderwijs en de wetenschap",
        title_src=["Advisering aanpak sociale veiligheid in hoger", "onderwijs en de wetenschap"],
        glyph="",
        when="Q12024",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
In januari 2024 heeft de regeringscommissaris een advies gepubliceerd over de vijf maatregelen van de integrale aanpak sociale
veiligheid in het hoger onderwijs en universiteiten.'® De aanbevelingen die gaan over het voorkomen van seksueel grens-
overschrijdend gedrag en seksueel geweld worden betrokken bij de vorming van de regiegroep die de aanpak gaan vormgeven.
Daarnaast benoemt de regeringscommissaris aandachtspunten bij de zorgplicht en de verbetering van de meld- en klachten-
procedures. Daarnaast geeft ze inhoudelijke ideeén mee over de invulling en uitwerking van onderwerpen van de regiegroep.
""",
        markers=[("universiteiten.'® De", "universiteiten. De")],
        links=[
            link(18, "Advies aan de demissionair minister van OCW over de aanpak van seksueel grensoverschrijdend gedrag en seksueel geweld in het hoger onderwijs en de wetenschap | Brief | RCGOG",
                 "https://www.rcgog.nl/publicaties/brieven/2024/01/24/advies-aan-de-demissionair-minister-van-ocw-over-de-aanpak-van-seksueel-grensoverschrijdend-gedrag-en-seksueel-geweld-in-het-hoger-onderwijs-en-de-wetenschap"),
        ],
        theme=3,
    ),
    dict(  # 54
        src=(780, 789),
        title="Onderzoek naar klachtenprocedures onderwijssector",
        title_src=["Onderzoek naar klachtenprocedures", "onderwijssector"],
        glyph="",
        when="Q4 2024",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
In de Integrale Aanpak Sociale Veiligheid is, mede naar aanleiding van gesprekken met instellingen en andere veldpartijen,
aangekondigd dat de minister van OCW een onderzoek laat uitvoeren naar de klacht- en meldsystemen in het hoger onderwijs en
de wetenschap. Het onderzoek is recent gestart. De resultaten, inclusief handelingsperspectieven, worden eind 2024 verwacht.
""",
        theme=3,
    ),
    dict(  # 55
        src=(791, 824),
        title="Onderzoek grensoverschrijdend gedrag landelijke publieke mediadienst",
        title_src=["Onderzoek grensoverschrijdend gedrag", "landelijke publieke mediadienst"],
        glyph="",
        when="Q12024",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
De Onderzoekscommissie Gedrag en Cultuur Omroepen (OGCO) onderzocht, onder leiding van Van Rijn, grensoverschrijdend
gedrag binnen de landelijke publieke mediadienst. Het rapport Niets gezien, niets gehoord, niets gedaan is 1 februari 2024
verschenen.” Dit onderzoek is uitgevoerd in opdracht van de NPO. In maart 2024 stuurt de staatssecretaris voor Cultuur en
Media de beleidsreactie op dit rapport.
""",
        markers=[("verschenen.” Dit", "verschenen. Dit")],
        links=[
            link(19, "Onderzoekscommissie Gedrag en Cultuur Omroepen (2024) Niets gezien, niets gehoord, niets gedaan. De zoekgemaakte verantwoordelijkheid.",
                 "https://ogco.nl/actueel/niets-gezien-niets-gehoord-niets-gedaan-de-zoekgemaakte-verantwoordelijkheid"),
        ],
        theme=3,
    ),
    dict(  # 56
        src=(803, 822),
        title="Verbetering van de arbeidsomstandigheden creatieve, cultuur- en mediasector",
        title_src=["Verbetering van de arbeidsomstandigheden", "creatieve, cultuur- en mediasector"],
        glyph="",
        when="Vanaf 2023",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Er worden afspraken gemaakt over de randvoorwaarden voor betere arbeidsomstandigheden in de culturele en creatieve
sector.?’ De NPO heeft afspraken gemaakt voor een hogere norm voor vaste aanstelling van programmamakers. In de huidige
cao omroeppersoneel, die loopt van 1 januari 2022 tot en met 31 december 2023, zijn stappen gezet om de verhouding tussen
vaste contracten en flexibele contracten aan te scherpen van 60%-40% tot 70%-30%. Afgelopen zomer heeft de NPO, mede
namens de omroepen en de RPO en regionale omroepen, een akkoord bereikt over een nieuwe omroep-cao voor 2024.

Daarin is naast een loonstijging ook meer werkzekerheid voor werknemers van de publieke omroep geregeld.
""",
        markers=[("sector.?’ De", "sector. De")],
        kamerstukken=[
            ks(20, "Kamerstukken Il 2022/23 29544, nr. 1199", "II", "2022/23", "29544", "1199"),
            ks(20, "Kamerstukken Il 2023/24, 32820, nr. 513", "II", "2023/24", "32820", "513"),
        ],
        theme=3,
    ),
    dict(  # 57
        src=(826, 856),
        title="Professionaliseren bedrijfsvoering, bestuur en toezicht in culturele en creatieve sector",
        title_src=["Professionaliseren bedrijfsvoering, bestuur en", "toezicht in culturele en creatieve sector"],
        glyph="t_T| / 7 4",
        when="2021-2024",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
De culturele en creatieve sector werkt met drie codes: de Fair Practice Code, de Code Diversiteit en Inclusie en de Governance
Code Cultuur. De codes zijn beschikbaar voor de hele sector en worden in de periode 2021-2024 onderschreven door alle
culturele instellingen die basisinfrastructuur (bis) subsidie ontvangen.
""",
        theme=3,
    ),
    dict(  # 58
        src=(858, 950),
        title="Advisering professionalisering meldpunt Mores",
        title_src=["Advisering professionalisering meldpunt", "Mores"],
        glyph="",
        when="Q22023",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
De regeringscommissaris heeft op 14 april 2023 geadviseerd over de toegankelijkheid en professionaliteit van het meldpunt
Mores.?! Ze heeft aanbevelingen gedaan voor de korte en lange termijn.
""",
        markers=[("Mores.?! Ze", "Mores. Ze")],
        links=[
            link(21, "Brief aan staatssecretaris Uslu voor Cultuur en Media over advies governance Mores | Brief | RCGOG",
                 None),
        ],
        theme=3,
    ),
    dict(  # 59
        src=(869, 877),
        title="Meldpunt Mores",
        title_src=["Meldpunt Mores"],
        glyph="-",
        when="2023-2025",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
De financiering van Mores wordt voortgezet tot en met 2025. Naast de meldfunctie gaat Mores zich ook richten op kennis en
advies. De staatssecretaris voor Cultuur en Media verkent hoe de aanbevelingen van de regeringscommissaris rondom Mores
geimplementeerd kunnen worden.
""",
        theme=3,
    ),
    dict(  # 60
        src=(879, 891),
        title="Veilige kerk",
        title_src=["Veilige kerk"],
        glyph="-",
        when="Q4 2023-2025",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
Vanaf eind november 2023 tot en met 2025 krijgt stichting Veilige Kerk subsidie van het ministerie van OCW. Deze stichting is
een initiatief van drie kerkelijke meldpunten en helpt kerken om seksueel grensoverschrijdend gedrag binnen de kerk te (h)
erkennen, te voorkomen en aan te pakken. Het doel van het project is dat kerkelijke gemeenten waar dat nog niet gebeurt,
meer doen aan het voorkomen van seksueel grensoverschrijdend gedrag en seksueel geweld. Zodat ze daarmee een veilige kerk
zijn of worden. Het project stimuleert onder andere het gesprek over seksueel grensoverschrijdend gedrag en seksueel geweld,
gedragscodes en protocollen, (bij)scholing vertrouwenspersonen en de inrichting van meldpunten met doorverwijzingen naar
professionele hulpverleners en/of klachtenprocedures.
""",
        theme=3,
    ),
    dict(  # 61
        src=(893, 924),
        title="WODC-onderzoek Omgang met seksueel misbruik en aangiftebereidheid binnen religieuze gemeenschappen",
        title_src=["WODC-onderzoek Omgang met seksueel", "misbruik en aangiftebereidheid binnen", "religieuze gemeenschappen"],
        glyph="- / = 4",
        when="2024",
        wie=["JenV"],
        parties=[("JenV", "lead")],
        text="""\
Tijdens het commissiedebat Integrale aanpak seksueel grensoverschrijdend gedrag van 24 mei 2023 zijn vragen gesteld over de
positie van slachtoffers binnen religieuze gemeenschappen. Hier wordt specifiek aandacht aan gegeven door de uitvoering van
het onderzoek ‘Omgang met seksueel misbruik en aangiftebereidheid binnen religieuze gemeenschappen in Nederland’.

Het Wetenschappelijk Onderzoek- en Datacentrum is eind 2023 gestart met dit onderzoek. Er worden verschillende geloofs-
gemeenschappen en organisaties onderzocht en bij het onderzoek betrokken. Het onderzoek heeft vier verschillende doelen:

1. In kaart brengen van de visie op en omgang met seksueel misbruik in een religieuze context in binnen- en buitenland en de
factoren die hiermee samenhangen;

2. Het verkrijgen van een actueler beeld van de prevalentie van seksueel misbruik in religieuze gemeenschappen;

3. Inzicht krijgen in de hulpvraag van slachtoffers van seksueel misbruik in religieuze gemeenschappen;

4. Inzicht krijgen in de omgang met en hulpverlening aan slachtoffers van seksueel misbruik in religieuze gemeenschappen.

Het onderzoek loopt tot eind 2024, het rapport wordt in het voorjaar van 2025 verwacht. De resultaten van dit onderzoek zijn
mogelijk ook relevant voor acties onder actielijn 5.
""",
        theme=3,
    ),
    dict(  # 62
        src=(926, 936),
        title="Stimuleren sectorale aanpak Bouw en techniek",
        title_src=["Stimuleren sectorale aanpak Bouw en", "techniek"],
        glyph="t-l",
        when="Vanaf 2024",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
De regeringscommissaris werkt samen met sociale partners en brancheorganisaties aan een sectorale aanpak in de Bouw en
Techniek. Deze start medio 2024. Daarbij zal aandacht zijn voor sectorale afspraken en een sectorale cultuurverandering.
In 2024 wordt de eerste tafel Bouw en Techniek georganiseerd.
""",
        theme=3,
    ),
    dict(  # 63
        src=(938, 948),
        title="Stimuleren sectorale aanpak zorg",
        title_src=["Stimuleren sectorale aanpak zorg"],
        glyph="- / i",
        when="Vanaf Q4 2023",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
De regeringscommissaris werkt samen met sociale partners en brancheorganisaties aan een sectorale aanpak in de zorg.
Deze is eind 2023 gestart. In de aanpak zal aandacht zijn voor sectorale afspraken en een sectorale cultuurverandering.
""",
        theme=3,
    ),
    dict(  # 64
        src=(956, 994),
        title="Advisering vrouwen PI’s",
        title_src=["Advisering vrouwen PI’s"],
        glyph="",
        when="Q12024",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
De regeringscommissaris heeft in februari 2024 advies uitgebracht over het voorkomen van seksueel grensoverschrijdend
gedrag in penitentiaire inrichtingen waar vrouwen gedetineerd zijn. Het advies volgde op de bevindingen van de Inspectie van
JenV over de misstanden in penitentiaire inrichting (PI) Nieuwersluis. Ook heeft de minister voor Rechtsbescherming maat-
regelen aangekondigd in zijn brief van 31 mei 2023. 2
""",
        markers=[("2023. 2", "2023.")],
        kamerstukken=[
            ks(22, "Kamerstukken Il 2022/23, 24587 nr.898", "II", "2022/23", "24587", "898"),
        ],
        theme=3,
    ),
    dict(  # 65
        src=(962, 971),
        title="Innovatie challenge voor startups nr. 2: Tool om online discriminatie te voorkomen",
        title_src=["Innovatie challenge voor startups nr. 2:", "Tool om online discriminatie te voorkomen"],
        glyph="t-l / 4",
        when="2023-2024",
        wie=["SZW"],
        parties=[("SZW", "lead")],
        text="""\
Het ministerie van SZW is een pilot gestart om te onderzoeken welke uitdagingen kleine en middelgrote sociale mediaplatformen
ervaren in het modereren van hun content. Binnen deze pilot wordt bekeken of, en onder welke voorwaarden, kunstmatige
intelligentie hier bij kan helpen.

De startup Tilt heeft 25.000 euro ontvangen om een tool te ontwikkelen om kleine online platformen en moderators te helpen
met het tegengaan van online discriminatie. Tilt biedt met haar onderzoeksplatform een oplossing die gesignaleerde haatspraak
en discriminatie congruent en met geminimaliseerde bias kan signaleren, categoriseren en uiteindelijk aanpakken. Tilt gebruikt
onder andere zogenaamde ‘scrapers’. Dit zijn gedigitaliseerde verzamelaars van online discriminatie met ondersteuning van
kunstmatige intelligentie. De tool wordt nu klaar gemaakt voor de communicatie van Sens.Info Nederland op TikTok. Naar
verwachting signaleert dit ook seksuele intimidatie. Dit zal blijken uit de evaluatie.
""",
        theme=3,
    ),
    # ---- Actielijn 4 ------------------------------------------------------------
    dict(  # 66
        src=(980, 995),
        comment="footnote 23 explains the 5D method; it is carried as a link without URL, as the brief asks for every non-Kamerstuk footnote",
        title="Project DoeMeeMet5D",
        title_src=["Project DoeMeeMet5D"],
        glyph="",
        when="2023- 2025",
        wie=["ocw"],
        parties=[("OCW", "lead")],
        text="""\
In mei 2023 is Fairspace gestart met het project ‘DoeMeeMet5D’. Dit project maakt omstanders bewust van hun rol bij het
voorkomen en bestrijden van seksueel grensoverschrijdend gedrag en straatintimidatie. Ook biedt het omstanders handelings-
perspectief in concrete situaties. Dit doet Fairspace onder andere door het organiseren van trainingen en pop-up acties, waarbij
zij werken met de 5D-benadering.?® In 2023 maakte Fairspace met hun pop-up 843 personen bewust van hun rol als omstander.
Daarnaast trainden zij 27 trainers in de 5D-benadering in de steden Utrecht, Amsterdam, Tilburg, Nijmegen, Maastricht en
Wageningen.

Ook ontwikkelt Fairspace een online educatief platform en een VR/AR-omstander experience om omstanders op innovatieve
wijze in aanraking te laten komen met concrete situaties. Deze worden respectievelijk in 2024 en 2025 opgeleverd. Daarnaast
zet Fairspace in op co-creatie trajecten waarbij zij met kleine specifieke groepen kijken naar de veiligheid in hun gemeenschap.
In 2023 is Fairspace hiermee gestart in wijken in Utrecht en Amsterdam. Fairspace verwacht in 2024 dergelijke trajecten uit te
rollen in wijken in Tilburg en Rotterdam.
""",
        markers=[("5D-benadering.?® In", "5D-benadering. In")],
        links=[
            link(23, "Distract (afleiden), delegate (delegeren), document (documenteren/vastleggen), delay (na een incident reageren richting een slachtoffers) en direct (ingrijpen).",
                 None),
        ],
        theme=4,
    ),
    dict(  # 67
        src=(1003, 1007),
        title="Instellingssubsidie Verandering van Binnenuit 2.0",
        title_src=["Instellingssubsidie Verandering van Binnenuit", "2.0"],
        glyph="d- / ?",
        when="2023- 2027",
        wie=["OCW, SZW"],
        parties=[("OCW", "lead"), ("SZW", "lead")],
        text="""\
Dit samenwerkingsverband tussen het Consortium Zelfbeschikking, LCC+ en Movisie werkt aan de veiligheid, gelijkheid en
acceptatie van vrouwen en Ihbtig+ personen binnen gesloten gemeenschappen. Hierbij is expliciete aandacht voor omstanders
als voortrekkers van verandering. Ook werkt de alliantie aan het bevorderen van de (sociale) veiligheid van vrouwen en Ihbtig+
personen in de privésfeer en in de publieke ruimte (zie voor meer informatie pagina 4).
""",
        theme=4,
    ),
    dict(  # 68
        src=(1009, 1015),
        title="Programma Veilige Steden",
        title_src=["Programma Veilige Steden"],
        glyph="- / ‘l",
        when="2023- 2026",
        wie=["oW"],
        parties=[("OCW", "lead")],
        text="""\
Het programma Veilige Steden richt zich op het versterken van de veiligheid van vrouwen en meisjes in de openbare ruimte en
tijdens het uitgaan. Gemeenten voeren binnen het programma verschillende soorten activiteiten uit, afhankelijk van hun lokale
context. Bijvoorbeeld een campagne gericht op de lokale omgeving, een meldpunt voor slachtoffers van straatintimidatie, het
ontwikkelen van een lesprogramma, of trainingen in de lokale horeca.

Hierbij worden lokale partners aangehaakt. Movisie ondersteunt de gemeenten door het maken van handreikingen en het
organiseren van bijeenkomsten. In december 2023 is de eerste handreiking Do’s en Don’ts bij de aanpak van straatintimidatie en
seksueel grensoverschrijdend gedrag in het uitgaansleven’ gepubliceerd en het eerste werkatelier georganiseerd.
""",
        theme=4,
    ),
    dict(  # 69
        src=(1017, 1019),
        title="Samenwerking met Regenboogsteden",
        title_src=["Samenwerking met Regenboogsteden"],
        glyph="- / ‘l",
        when="2023- 2026",
        wie=["oW"],
        parties=[("OCW", "lead")],
        text="""\
Het ministerie van OCW werkt samen met de Regenboogsteden. Deze 56 steden zetten met lokaal Ihbtig+ beleid in op
veiligheid, weerbaarheid en meer sociale acceptatie van lhbtig+ personen.Het ministerie van OCW kijkt met de Regenboogste-
den of er meer kan worden gedaan tegen seksueel grensoverschrijdend gedrag en seksueel geweld tegen Ihbtig+ personen.
""",
        theme=4,
    ),
    dict(  # 70
        src=(1021, 1032),
        title="Aanpak straatintimidatie",
        title_src=["Aanpak straatintimidatie"],
        glyph="- / ‘/",
        when="Q32023",
        wie=["JenV"],
        parties=[("JenV", "lead")],
        text="""\
Het Centrum voor Criminaliteitspreventie en Veiligheid (CCV) heeft een quickscan uitgevoerd naar de aard en omvang van
straatintimidatie bij gemeenten.?* De resultaten zijn in november 2023 gepubliceerd. Het onderzoek geeft een beeld van de
kennis die gemeenten hebben over het thema straatintimidatie. Ook laat het zien hoe ze ermee omgaan.

Het ministerie van JenV is in gesprek met het CCV, de Vereniging van Nederlandse Gemeenten (VNG) en het programma Veilige
Steden hoe verder te gaan met de resultaten van de quickscan.
""",
        markers=[("gemeenten.?* De", "gemeenten. De")],
        links=[
            link(24, "CCV (2023) ‘Straatintimidatie lijkt een genormaliseerd probleem’ - Het CCV",
                 None),
        ],
        theme=4,
    ),
    dict(  # 71
        src=(1028, 1030),
        title="Verkenning Al en |hbtig+ emancipatie",
        title_src=["Verkenning Al en |hbtig+ emancipatie"],
        glyph="- / ‘l",
        when="2024",
        wie=["oW"],
        parties=[("OCW", "lead")],
        text="""\
In het voorjaar van 2024 ontvangt de Tweede Kamer een algemene verkenning naar kunstmatige intelligentie en Ihbtig+-eman-
cipatie. Op dit moment wordt gekeken hoe de uitkomsten in het emancipatiebeleid kunnen worden verwerkt. Online veiligheid
is een van de maatschappelijke deelgebieden waar de verkenning naar kijkt.
""",
        theme=4,
    ),
    # ---- Actielijn 5 ------------------------------------------------------------
    dict(  # 72
        src=(1033, 1069),
        title="Traject ‘inrichting landschap steun- hulp- en meldpunten’",
        title_src=["Traject ‘inrichting landschap steun- hulp- en", "meldpunten’"],
        glyph="",
        when="2023-2025",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
De ministeries van VWS en JenV zijn in aansluiting op een initiatief van ketenpartners samen met de VNG en deze partijen
gestart met het traject ‘inrichting landschap steun-, hulp- en meldpunten’. In dit traject verkennen ze hoe ze tot een gedragen
en duurzaam ontwerp van het landschap van laagdrempelige hulpverlening kunnen komen. Het hulpverleningslandschap is
versnipperd en er zijn veel verschillende hulporganisaties actief. Zowel landelijk als regionaal. Ook bestaat overlap in hulpvragen
en in het aanbod van hulp-, steun- en meldpunten.

Op andere plekken in de keten is er een gebrek aan specifieke kennis en expertise. Tot slot hebben we te maken met verschillende
hulpverleningsketens waarbinnen al is geinvesteerd in een eenduidige toegang, een goed lopende samenwerking en goede
doorverwijzing (denk aan: huiselijk geweld). Partijen willen voor dit traject dan ook de tijd nemen en verwachten dat het de
komende twee jaar zal lopen.
""",
        theme=5,
    ),
    dict(  # 73
        src=(1071, 1082),
        title="Advisering impact uitvoeringsketen",
        title_src=["Advisering impact uitvoeringsketen"],
        glyph="",
        when="Q22024",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
De regeringscommissaris heeft met hulp van het Verwey Jonkerinstituut data verzameld en geanalyseerd over de ontwikkeling
van het aantal meldingen van seksueel grensoverschrijdend gedrag en seksueel geweld. Ook is de impact daarvan voor de
uitvoering van vijf organisaties geanalyseerd: Helpwanted, Centrum Seksueel Geweld, Veilig Thuis, Slachtofferhulp Nederland
en Centrum Veilige Sport Nederland. Daarna volgt kwalitatief onderzoek. De verwachte oplevering van het advies is voorjaar
2024.
""",
        theme=5,
    ),
    dict(  # 74
        src=(1084, 1092),
        title="Sturen op instroom en uitstroom in de keten",
        title_src=["Sturen op instroom en uitstroom in de keten"],
        glyph="",
        when="2024-2025",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
De ministeries van VWS en JenV zullen in 2024 een opdracht gaan uitzetten tot het verkrijgen van betere sturingsinformatie
voor monitoring van in- en uitstroom in de keten. Dit doen ze in samenwerking met de VNG en naar alle waarschijnlijkheid het
Wetenschappelijk Onderzoek en Datacentrum (WODC) en het Rijksinstituut voor Volksgezondheid en Milieu (RIVM).
""",
        theme=5,
    ),
    dict(  # 75
        src=(1094, 1105),
        title="Regionale aanpak seksueel geweld",
        title_src=["Regionale aanpak seksueel geweld"],
        glyph="",
        when="2023-2025",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
In 2023 is opdracht gegeven voor een regionale aanpak om gemeenten te helpen in hun opdrachtgevende rol bij de aanpak van
seksueel geweld en seksueel grensoverschrijdend gedrag. Deze regionale aanpak wordt nu uitgevoerd. Voor het vervolg wordt
binnen het NAP met onder andere de ministeries van VWS, OCW en JenV, en de regeringscommissaris en VNG onderzocht hoe
we een meer integrale ondersteuningsaanpak kunnen maken. Deze aanpak moet goed aansluiten bij de behoeften van
gemeenten. Voor een effectieve aanpak van seksueel geweld op regionaal niveau wordt hierbij voortgebouwd op kennis en
inzet van andere waardevolle trajecten en instrumenten, zoals Veilige Steden en Bouwstenen.
""",
        theme=5,
    ),
    dict(  # 76
        src=(1107, 1130),
        title="Onderzoek goede hulpverlening",
        title_src=["Onderzoek goede hulpverlening"],
        glyph="",
        when="2023-2025",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
De ministeries van VWS en JenV hebben eerder opdracht verleend om een handreiking te maken met uitgangspunten voor
goede hulpverlening bij (online) seksueel grensoverschrijdend gedrag en seksueel geweld. Ook een interventiekader moet
hiervan onderdeel zijn. Deze opdracht zal verweven worden met het traject ‘inrichting landschap steun-, hulp- en meldpunten’
om zo de samenhang van de acties goed te borgen.

Eerder was de verwachting dat ‘een goed georganiseerd hulpverleningslandschap’ in 2023 afgerond zou zijn. De verwachting is
nu dat ditin 2025 is. Veel acties onder actielijn 5 bouwen voort op deze actie. Het gaat om:

« Inzetten op de randvoorwaarden — op basis van beschikbare monitoringsinformatie. Het plan is om in 2024 monitorings-
informatie te verzamelen.

« Onderzoek om de beschikbare en nog ontbrekende kennis in beeld te brengen ten behoeve van goede hulpverlening.
Hiervoor moeten partijen het eerst met elkaar eens zijn goede hulpverlening betekent (opdrachten landschap én uitgangs-
punten).

« Stimuleren goede hulpverlening die aansluit op de geformuleerde uitgangspunten. Hiervoor moet eerst duidelijkheid zijn
over het landschap. Naar verwachting zal dit in 2025 helder zijn.
""",
        theme=5,
    ),
    dict(  # 77
        src=(1131, 1168),
        comment="\"oo\" at the end of line 1133 is the legend's glyph for Doorlopend; \"CcC\" stands on the title line (1141) in the status slot",
        title="Hulpverlening bij seksualiteitsvraagstukken van jongeren",
        title_src=["Hulpverlening bij seksualiteitsvraagstukken", "van jongeren"],
        glyph="CcC",
        when="2023-2025",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Voor vragen rondom seksualiteit kunnen jongeren tot 25 jaar anoniem en vrijblijvend terecht bij de GGD. Hier kunnen zij
counseling en een doorverwijzing krijgen als dat nodig is. Onderwerpen die hier bijvoorbeeld besproken worden zijn seksualiteit,
anticonceptie, en/of seksuele grensoverschrijding of seksueel geweld. Deze seksualiteitshulpverlening worden ook wel
Sense-consulten genoemd. Naast een fysieke afspraak, is de GGD/Sense ook bereikbaar via chat, telefoon en mail. De laag-
drempeligheid en openheid van de GGD biedt een veilige omgeving om seksualiteitsvraagstukken te bespreken. Dat valt ook
terug te zien in de toenemende aantallen jongeren die hun weg naar Sense weten te vinden. De diensten van de GGD’en zijn een
aanvulling op onder andere de huisartsenzorg.
""",
        theme=5,
    ),
    dict(  # 78
        src=(1170, 1235),
        title="Onderzoek daderprofielen seksuele delicten",
        title_src=["Onderzoek daderprofielen seksuele delicten"],
        glyph="",
        when="Q32023",
        wie=["JenV"],
        parties=[("JenV", "lead")],
        text="""\
Het onderzoek is afgerond op 28 juli 2023. Het doel van het onderzoek was om op basis van bestaande (overzichts-)literatuur
meer zicht te krijgen op plegers van zedendelicten. Hierin komt naar voren dat typologieén van plegers van zedendelicten apart
zijn ontwikkeld voor verschillende subgroepen (bijvoorbeeld plegers van verkrachting, kindermisbruik, seksuele moord, en
online zedendelicten, en vrouwelijke plegers van zedendelicten). Er blijken meer verschillen dan overeenkomsten te zijn.
Zovalt op dat binnen elke subgroep van plegers van zedendelicten, de typologieén primair op een andere factor gebaseerd
lijken te zijn. Bij de typologieén van verkrachting en seksuele moord wordt met name onderscheid gemaakt op basis van de
motieven van de pleger, bij de typologieén van kindermisbruik is het onderscheid met name gericht op de primaire seksuele
voorkeur van de plegers, bij de typologieén van vrouwelijke plegers ligt de focus sterk op de aan- of afwezigheid van een
mannelijke medepleger, en bij typologieén van online delicten ligt een sterke nadruk op het al dan niet tot doel hebben om in
het echt fysiek misbruik te plegen. Als gevolg hiervan zijn de typen plegers die onderscheiden worden in de (overkoepelende)
typologieén binnen elke subgroep van plegers van zedendelicten vaak erg verschillend. Een overeenkomst die desalniettemin
gevonden kan worden is dat in alle (overkoepelende) typologieén binnen elke subgroep van plegers van zedendelicten een
onderscheid gemaakt kan worden tussen plegers die primair seksueel gemotiveerd zijn om een specifiek type slachtoffer te
misbruiken en plegers die niet primair seksueel gemotiveerd zijn en/of geen seksuele voorkeur hebben voor het type slachtoffer
dat zij misbruiken. Er kan helaas betrekkelijk weinig worden gezegd over de aanpak van verschillende typen plegers.

Het onderzoek is te vinden op de website van het WODC.25
""",
        markers=[("WODC.25", "WODC.")],
        links=[
            link(25, "https://repository.wodc.nl/handle/20.500.12832/3290",
                 "https://repository.wodc.nl/handle/20.500.12832/3290"),
        ],
        theme=5,
    ),
    dict(  # 79
        src=(1194, 1209),
        comment="the \")\" printed after \"ervaringen\" on line 1195 is read as the displaced closing parenthesis of the title; \"4\" is a glyph fragment",
        title="Onderzoek veiligheidsbeleving jeugdzorg met verblijf (waarin aandacht is voor ervaringen van jeugdigen omtrent seksueel grensoverschrijdend gedrag/ seksueel geweld binnen de jeugdzorginstelling)",
        title_src=["Onderzoek veiligheidsbeleving jeugdzorg met", "verblijf (waarin aandacht is voor ervaringen", "van jeugdigen omtrent seksueel grens-", "overschrijdend gedrag/ seksueel geweld", "binnen de jeugdzorginstelling"],
        glyph=") 4",
        when="Q32024",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Het onderzoek heeft twee doelen. Het is allereerst bedoeld om inzicht te krijgen in de hoe vaak geweld bij jongeren die in de
jeugdzorg verblijven (waaronder pleegzorg) voorkomt. Ook gaat het over hun gevoel van veiligheid. Daarnaast is het de
bedoeling om met dit onderzoek te monitoren of er zaken zijn veranderd sinds het vorige onderzoek uit 2021. Zo kunnen we
blijven leren en de jeugdzorg verbeteren.
""",
        theme=5,
    ),
    dict(  # 80
        src=(1211, 1222),
        comment="title lines printed out of order (1211, 1215, 1213); the \"/\" after \"minderjarige\" is read as a glyph fragment, not as part of the title",
        title="Verkenning naar de meerwaarde van een periodieke check up bij minderjarige slachtoffers van seksueel geweld",
        title_src=["Verkenning naar de meerwaarde van een", "periodieke check up bij minderjarige", "slachtoffers van seksueel geweld"],
        glyph="/",
        when="Q32024",
        wie=["VWS"],
        parties=[("VWS", "lead")],
        text="""\
Het ministerie van VWS verkent of het wenselijk is om een periodieke check up te doen bij minderjarige slachtoffers van seksueel
geweld. Daarnaast is het belangrijk om te weten of dit meerwaarde heeft voor slachtoffers.
""",
        theme=5,
    ),
    dict(  # 81
        src=(1224, 1233),
        title="Stimuleren regionale aanpak Groningen",
        title_src=["Stimuleren regionale aanpak Groningen"],
        glyph="",
        when="Q42023",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
In november 2023 was er een werkbezoek in Groningen. Hier zijn provinciebestuur, burgemeesters en zorg- en strafrechtketen
met elkaar in contact zijn gebracht voor de start van het Gronings offensief tegen seksueel geweld. Ook is een dialoogtafel
georganiseerd met de bevolking van Ommelanden.
""",
        theme=5,
    ),
    dict(  # 82
        src=(1248, 1250),
        title="Stimuleren regionale aanpak Limburg",
        title_src=["Stimuleren regionale aanpak Limburg"],
        glyph="",
        when="Q42023",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
In september 2023 was er een werkbezoek in Limburg. Hierbij zijn provinciebestuur, zorg- en strafrechtketen, Universiteit van
Maastricht en de top van bedrijven en opleidingen met elkaar in contact gebracht voor een regionaal actieprogramma tegen
seksueel grensoverschrijdend gedrag en seksueel geweld. Ook is een dialoogtafel georganiseerd met de inwoners van Maastricht.
""",
        theme=5,
    ),
    dict(  # 83
        src=(1251, 1252),
        title="Regionale bezoeken",
        title_src=["Regionale bezoeken"],
        glyph="",
        when="2024-2025",
        wie=["Regerings-", "commissaris"],
        parties=[("Regeringscommissaris", "lead")],
        text="""\
In 2024 zal de regeringscommissaris vaker op bezoek gaan in verschillende regio’s. De regio’s worden met elkaar in contact
gebracht om kennis te delen over hun aanpakken en over culturele overeenkomsten en verschillen.
""",
        theme=5,
    ),
]


# ---------------------------------------------------------------------------

def _norm(s):
    return re.sub(r"\s+", " ", s).strip()


def _apply_fixes(text, used):
    for i, (old, new) in enumerate(FIXES):
        if old.startswith("re:"):
            text, n = re.subn(old[3:], new, text)
        else:
            n = text.count(old)
            text = text.replace(old, new)
        used[i] += n
    return text


def _join_lines(lines):
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
        elif re.search(r"[a-zé]-$", out) and re.match(r"[a-zé]", line):
            out = out[:-1] + line          # ambassa-/deursnetwerk
        else:
            out = out + " " + line
    return _norm(out)


def _explanation(raw):
    blocks = [b for b in re.split(r"\n\s*\n", raw.strip()) if b.strip()]
    parts = []          # (is_list_item, text)
    for b in blocks:
        t = _join_lines(b.split("\n"))
        if t.startswith("« "):
            parts.append((True, "• " + t[2:]))
        elif re.match(r"\d+\. ", t):
            parts.append((True, t))
        else:
            parts.append((False, t))
    out = ""
    prev = None
    for is_item, t in parts:
        if prev is None:
            out = t
        elif is_item and (prev[0] or prev[1].endswith(":")):
            out += "\n" + t
        else:
            out += "\n\n" + t
        prev = (is_item, t)
    return out


class SourceCheck:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.lines = [_norm(l) for l in f.read().split("\n")]
        self.all = "\n".join(self.lines)

    def in_range(self, frag, rng, what):
        frag = _norm(frag)
        a, b = rng
        if not any(frag in l for l in self.lines[a - 1:b]):
            raise AssertionError(f"{what}: {frag!r} not in source lines {a}-{b}")

    def anywhere(self, frag, what):
        if _norm(frag) not in self.all:
            raise AssertionError(f"{what}: {frag!r} not in source")


def build(seeds_dir):
    src = SourceCheck(os.path.join(seeds_dir, SOURCE))
    used = [0] * len(FIXES)
    declared = {p["short_name"] for p in PARTIES}
    used_parties = set()

    themes = []
    for number, title, line in THEMES:
        src.in_range(title, (line, line), number)
        themes.append({"number": number, "title": _apply_fixes(title, used), "items": []})

    for n, a in enumerate(ACTIVITIES, 1):
        what = f"activity {n} ({a['title'][:40]})"
        rng = a["src"]
        # --- the transcription must occur in the source
        for frag in a["title_src"]:
            src.in_range(frag, rng, what + " title")
        for line in a["text"].split("\n"):
            if line.strip():
                src.in_range(line, rng, what + " text")
        for frag in a["glyph"].split(" / "):
            if frag:
                src.in_range(frag, rng, what + " glyph")
        for frag in a.get("when_src", [a["when"]] if a["when"] else []):
            src.in_range(frag, rng, what + " timeframe")
        if _norm(" ".join(a.get("when_src", [a["when"]]))) != a["when"]:
            raise AssertionError(what + ": timeframe differs from when_src")
        for frag in a["wie"]:
            src.in_range(frag, rng, what + " Wie")
        for k in a.get("kamerstukken", []):
            src.anywhere(k["src"], what + " footnote")
        for l in a.get("links", []):
            src.anywhere(l["label"], what + " footnote")
            if l["url"] and l["url"] != l["label"]:
                src.anywhere(l["url"], what + " url")

        # --- text
        raw = a["text"]
        for old, new in a.get("markers", []):
            if raw.count(old) != 1:
                raise AssertionError(f"{what}: marker {old!r} found {raw.count(old)} times")
            raw = raw.replace(old, new)
        explanation = _apply_fixes(_explanation(raw), used)
        title = _apply_fixes(_norm(a["title"]), used)

        status, _why = ROW_GLYPHS[a["glyph"]]
        parties = []
        for party, role in a["parties"]:
            if party not in declared:
                raise AssertionError(f"{what}: undeclared party {party}")
            used_parties.add(party)
            parties.append({"party": party, "role": role})

        entry = {
            "round": ROUND,
            "status": status,
            "timeframe": a["when"],
            "explanation": explanation,
            "parties": parties,
            "responsibility_note": a.get("note", ""),
            "links": [{"label": _apply_fixes(l["label"], used), "url": l["url"]}
                      for l in a.get("links", [])],
            "kamerstukken": [{"chamber": k["chamber"], "session": k["session"],
                              "dossier": k["dossier"], "number": k["number"]}
                             for k in a.get("kamerstukken", [])],
        }
        themes[a["theme"] - 1]["items"].append(
            {"code": "", "title": title, "text": "", "rounds": [entry]})

    unused = [FIXES[i] for i, n in enumerate(used) if n == 0]
    if unused:
        raise AssertionError(f"replacement table entries never applied: {unused}")
    if used_parties != declared:
        raise AssertionError(f"declared but unused parties: {declared - used_parties}")
    counts = [len(t["items"]) for t in themes]
    if counts != [27, 7, 31, 6, 12]:
        raise AssertionError(f"unexpected activity counts {counts}")

    dossier = dict(DOSSIER)
    dossier["parties"] = [dict(p) for p in PARTIES]
    dossier["rounds"] = [dict(r) for r in ROUNDS]
    dossier["themes"] = themes
    return dossier
