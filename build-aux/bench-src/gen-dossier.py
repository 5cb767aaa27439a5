#!/usr/bin/python3
# gen-dossier.py: a deterministic synthetic dossier for build-aux/bench
#
#   gen-dossier.py [--items N] [--themes N] [--followups N] DOSSIER.json CELLS.tsv
#
# Writes DOSSIER.json in the exchange format (data/dossiers/FORMAT.md): one
# round, N themes, N items spread evenly over them, each item with N
# follow-ups of 150-250 characters of Dutch-like text. No parties, status,
# timeframe or explanation, so the app's default export has two columns:
# Aanbeveling | Opvolging.
#
# CELLS.tsv holds, row by row, the exact strings the app writes into the
# table, so that the baseline program writes the same bytes to the same
# cells:
#   T <tab> theme heading                    (a theme row, merged across A:B)
#   I <tab> item cell <tab> follow-up cell   (an item row)
# Fields escape backslash, tab and line break as \\, \t and \n.
#
# The text comes from a fixed word list and a splitmix64 generator seeded
# with a constant, so every run on every machine writes the same files.
#
# SPDX-License-Identifier: EUPL-1.2

import argparse
import json

WORDS = """
aanbeveling aanpak aandacht advies afspraken alliantie ambtenaren analyse
beleid beleidsplan bestuur betrokken bewustwording bijeenkomsten bijvoorbeeld
cultuur danssector deelnemers digitale docenten doelen doelgroep duidelijk
echter eerste eigen erkenning ervaringen evaluatie expertise financiële
gedragscode gemeenten gesprek gewenste grensoverschrijdend gedrag handreiking
hoger huidige informatie initiatief inmiddels inspectie instellingen integriteit
jaarlijks kabinet kennis kwaliteitsplan landelijke leidinggevenden maatregelen
medewerkers meldingen meldpunt minister ministerie monitoring nadruk nazorg
omgangsvormen onderwijs onderzoek ontwikkeld opleidingen opvolging organisaties
overleg partijen personeel plan professionals programma publiekscampagne
regie rapport regelgeving richtlijnen risicoanalyse samen samenwerking sector
signalen slachtoffers sociale sociaal specifieke stappen structureel studenten
subsidie tegelijk toezicht training uitvoering uitgewerkt vanuit veilig
veiligheid vertrouwenspersoon verder verantwoordelijk vervolgens verwachting
voorbereiding voortgang waarden werkgevers werkvloer wetsvoorstel zorgvuldig
één geïnventariseerd coördinatie überhaupt reëel
de het een en van in op met voor door naar bij om te dat die deze wordt
worden zijn is heeft hebben kan kunnen zal zullen ook nog meer niet al
""".split()

THEME_TITLES = [
    "Aandacht voor slachtoffers", "Meldingen en opvolging", "Structuur", "Cultuur",
    "Professionalisering", "Uitvoering in de praktijk", "Preventie", "Toezicht en handhaving",
    "Kennis en onderzoek", "Communicatie", "Samenwerking in de keten", "Wet- en regelgeving",
    "Hulpverlening", "Onderwijs en opleiding", "Leiderschap", "Monitoring",
    "Financiering", "Vertrouwenspersonen", "Nazorg", "Evaluatie en bijsturing",
]

ROUND = "Meting 2024"
MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n


def sentence(rng, low, high):
    """Words until the text is between @low and @high characters long."""
    target = low + rng.below(high - low + 1)
    words = []
    length = 0
    while True:
        w = WORDS[rng.below(len(WORDS))]
        extra = len(w) + (1 if words else 0)
        if length + extra + 1 > target and length >= low - 1:
            break
        if length + extra + 1 > high:
            break
        words.append(w)
        length += extra
        if len(words) % 9 == 0 and length + 2 < target:
            words[-1] += ","
            length += 1
    text = " ".join(words).rstrip(",")
    return text[0].upper() + text[1:] + "."


def escape(field):
    return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=100000)
    ap.add_argument("--themes", type=int, default=20)
    ap.add_argument("--followups", type=int, default=5)
    ap.add_argument("dossier")
    ap.add_argument("cells")
    args = ap.parse_args()

    rng = SplitMix64(0x4F70764C)   # "OpvL"
    per_theme = args.items // args.themes
    themes = []
    with open(args.cells, "w", encoding="utf-8", newline="\n") as tsv:
        for t in range(args.themes):
            title = THEME_TITLES[t % len(THEME_TITLES)]
            number = str(t + 1)
            tsv.write("T\t%s\n" % escape("%s. %s" % (number, title)))
            items = []
            count = per_theme + (1 if t < args.items % args.themes else 0)
            for i in range(count):
                code = "%d.%d" % (t + 1, i + 1)
                text = sentence(rng, 60, 160)
                # The title is the text's opening words, as in Schaduw
                # dansen, so the item cell is "code text".
                item_title = " ".join(text.split(" ")[:5]).rstrip(",.")
                followups = [sentence(rng, 150, 250) for _ in range(args.followups)]
                items.append({
                    "code": code,
                    "title": item_title,
                    "text": text,
                    "rounds": [{
                        "round": ROUND,
                        "followups": [{"text": f} for f in followups],
                    }],
                })
                item_cell = "%s %s" % (code, text)
                followup_cell = "\n".join("\u2022 " + f for f in followups)
                tsv.write("I\t%s\t%s\n" % (escape(item_cell), escape(followup_cell)))
            themes.append({"number": number, "title": title, "items": items})

    dossier = {
        "format": "opvolging-dossier",
        "version": 1,
        "dossier": {
            "id": "bench-%d" % args.items,
            "title": "Benchmark: %d aanbevelingen in %d thema's" % (args.items, args.themes),
            "short_name": "Benchmark",
            "kind": "recommendations",
            "rounds": [{"label": ROUND, "period": "2024"}],
            "themes": themes,
        },
    }
    with open(args.dossier, "w", encoding="utf-8") as f:
        json.dump(dossier, f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
