#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Build the dossier 'Schaduw dansen' from three source documents.

    001_3016ef3ba102fcf1.txt  the June 2023 table as HTML table rows (text of record)
    002_58470d0bfb97ba4c.txt  the same June 2023 table as PDF text (cross-check only)
    000_d2d3335d6a880183.txt  the 2024 update as a markdown-like outline

build(seeds_dir) returns the dossier as a dict in the exchange format
(data/dossiers/FORMAT.md); build-aux/seeds/convert.py canonicalises and writes it.
Run this file directly to print the per-item check table and the textual
differences between 001 and 002:

    python3 build-aux/seeds/schaduw_dansen.py SEEDS_DIR

Everything irregular in the sources is handled by an explicit table below, and
every assumption about the sources is asserted, so that a change in a source
makes this module fail instead of silently producing a different dossier.
See schaduw_dansen.md for the reading of the sources and the judgement calls.
"""
import difflib
import html
import os
import re
import sys

SRC_2023 = "001_3016ef3ba102fcf1.txt"
SRC_2023_PDF = "002_58470d0bfb97ba4c.txt"
SRC_2024 = "000_d2d3335d6a880183.txt"

ROUND_2023 = "Update juni 2023"
ROUND_2024 = "Update 2024"

DOSSIER_TITLE = "Opvolging Verinorm rapport 'Schaduw dansen'"

# ---------------------------------------------------------------------------
# Override tables
# ---------------------------------------------------------------------------

# Parties named in the Verantwoordelijk column, in order of first appearance.
PARTIES = [
    {"short_name": "Danspartijen", "kind": "sector"},
    {"short_name": "Alliantie", "full_name": "Alliantie Dans Veilig", "kind": "sector"},
    {"short_name": "OCW", "full_name": "Ministerie van Onderwijs, Cultuur en Wetenschap",
     "kind": "ministry"},
    {"short_name": "VWS", "full_name": "Ministerie van Volksgezondheid, Welzijn en Sport",
     "kind": "ministry"},
    {"short_name": "Regeringscommissaris",
     "full_name": "Regeringscommissaris seksueel grensoverschrijdend gedrag en seksueel geweld",
     "kind": "government"},
    {"short_name": "Gemeenten", "kind": "local-government"},
]

# Words of the Verantwoordelijk cell -> party short name. "alliantie" (4.4,
# lower case) is the same party as "Alliantie".
PARTY_WORDS = {
    "Danspartijen": "Danspartijen",
    "Alliantie": "Alliantie",
    "alliantie": "Alliantie",
    "OCW": "OCW",
    "VWS": "VWS",
    "Gemeenten": "Gemeenten",
    "Regeringscommissaris": "Regeringscommissaris",
}

# Verantwoordelijk cells that are not (only) a list of parties.
RESPONSIBILITY_CELLS = {
    "Nader te bepalen": {"parties": [], "to_be_determined": True, "note": ""},
    "Gesprekken hierover lopen nog met betrokken partijen": {
        "parties": [], "to_be_determined": False,
        "note": "Gesprekken hierover lopen nog met betrokken partijen"},
    "OCW, gesprekken met partijen moeten nog gevoerd": {
        "parties": ["OCW"], "to_be_determined": False,
        "note": "gesprekken met partijen moeten nog gevoerd"},
}
RESPONSIBILITY_CELLS_EXPECTED = {"2.2", "2.5", "5.5", "5.10"}

# Continuation rows of 001 (after a page break), as (item they continue,
# cells that hold text). 001 puts each one after the item it belongs to; 002
# confirms it (see check_against_pdf: every bullet and every piece of text of
# an item is found in the same item's part of 002).
CONTINUATIONS_EXPECTED = [
    ("2.2", ("opvolging",)),
    ("3.5", ("aanbeveling", "opvolging")),
    ("4.1", ("aanbeveling",)),
    ("5.2", ("aanbeveling", "opvolging")),
    ("6.3", ("aanbeveling",)),
]

# Items whose Opvolging cell contains an empty bullet (skipped).
EMPTY_BULLETS_EXPECTED = {"5.4"}

# Textual differences between 001 (record) and 002 (PDF), after typographic
# quotes are made straight and bullets and line breaks are dropped, as
# (item, words in 001, words in 002). Moves caused by the PDF's column
# interleaving are not differences. The module asserts that exactly these
# differences are found; schaduw_dansen.md lists them.
PDF_DIFFERENCES_EXPECTED = [
    ("1.1", "inzetten", "in zetten"),
    ("2.2", "gebied", "gebeid"),
    ("3.4", "inzetten", "in zetten"),
    ("3.4", "mogelijke", "mogelijk"),
    ("3.6", "verantwoordelijkheid", "verantwoording"),
    ("3.7", "kwaliteitsstandaarden", "kwaliteitsstadaarden"),
    ("4.3", "dilemmaspeel", "dilemmaspellen"),
    ("6.1", "inzetten", "in zetten"),
]

# 2024 follow-ups that run over more than one line or paragraph; and those
# of them where a blank line splits a sentence (joined with a space; all other
# breaks are kept as "\n").
MULTILINE_2024_EXPECTED = {"2.6.6", "3.1.4", "3.3.2", "3.6.3", "5.6.4"}
MIDSENTENCE_2024_EXPECTED = {"3.3.2", "3.6.3"}

# Themes and items that the 2024 outline words differently from 2023
# (ignoring trailing full stops and whitespace).
THEME_WORDING_2024_EXPECTED = {"2", "5", "6"}
# FORMAT.md makes both members of an item wording optional, but convert.py's
# canonical() treats item_wording.title as required. Until that is settled
# the wording also carries a title that equals the item's title (only 5.3).
WORDING_TITLE_ALWAYS = False
ITEM_WORDING_2024_EXPECTED = {"1.3", "3.5", "3.6", "5.3"}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def read(seeds_dir, name):
    with open(os.path.join(seeds_dir, name), encoding="utf-8") as f:
        return f.read()


def squash(text):
    """Collapse runs of blanks inside a line; strip the ends."""
    return re.sub(r"[ \t]+", " ", text).strip()


def first_sentence(text):
    """The first sentence without its final full stop.

    A sentence ends at '.' followed by white space and an upper-case letter,
    so abbreviations such as 'i.p.v. enkel' and 'e.d. langs' do not end one.
    A list that follows on a new line ends the sentence too.
    """
    text = text.split("\n", 1)[0]
    m = re.search(r"\.\s+(?=[A-ZÀ-Ý])", text)
    head = text[:m.start()] if m else text
    return head.rstrip().rstrip(".").rstrip()


def same_wording(a, b):
    return a.rstrip(" .\n") == b.rstrip(" .\n")


# ---------------------------------------------------------------------------
# 2023: 001 (HTML table rows)
# ---------------------------------------------------------------------------

LINK_HTML = re.compile(r'<a href="([^"]*)">(.*?)</a>')


def html_inline(fragment, where):
    """Text and links of an inline HTML fragment (inside <li> or <p>)."""
    links = []

    def repl(m):
        href, label = m.group(1), html.unescape(m.group(2))
        links.append({"label": label, "url": None if href == "#" else href})
        return label

    text = LINK_HTML.sub(repl, fragment)
    assert "<" not in text and ">" not in text, f"{where}: unexpected markup in {fragment!r}"
    return squash(html.unescape(text)), links


def parse_aanbeveling(cell, where):
    """Aanbeveling cell -> list of text pieces; a list becomes '• ' lines."""
    pieces = []
    pos = 0
    token = re.compile(r"\s*(?:<p>(.*?)</p>|<ul[^>]*>(.*?)</ul>|([^<]+))", re.S)
    while pos < len(cell):
        m = token.match(cell, pos)
        assert m and m.end() > pos, f"{where}: cannot read Aanbeveling cell at {cell[pos:]!r}"
        pos = m.end()
        if m.group(1) is not None:
            pieces.append(("p", html_inline(m.group(1), where)[0]))
        elif m.group(2) is not None:
            items = re.findall(r"<li>(.*?)</li>", m.group(2), re.S)
            assert re.fullmatch(r"(\s*<li>.*?</li>)*\s*", m.group(2), re.S), where
            pieces.append(("ul", ["• " + html_inline(i, where)[0] for i in items]))
        elif m.group(3).strip():
            pieces.append(("p", html_inline(m.group(3), where)[0]))
    return pieces


def parse_opvolging(cell, where):
    """Opvolging cell -> list of (text, links) bullets, and the empty-bullet count."""
    m = re.fullmatch(r'<ul style="list-style-type: none">((?:\s*<li>.*?</li>)*)\s*</ul>', cell, re.S)
    assert m, f"{where}: cannot read Opvolging cell {cell!r}"
    bullets, empty = [], 0
    for raw in re.findall(r"<li>(.*?)</li>", m.group(1), re.S):
        text, links = html_inline(raw, where)
        if text.startswith("•"):
            text = text[1:].lstrip()
        if not text:
            empty += 1
            continue
        bullets.append((text, links))
    return bullets, empty


def parse_responsibility(cell, where):
    if cell in RESPONSIBILITY_CELLS:
        return dict(RESPONSIBILITY_CELLS[cell]), True
    parties = []
    for word in cell.split(","):
        word = word.strip()
        assert word in PARTY_WORDS, f"{where}: unknown party {word!r} in {cell!r}"
        parties.append(PARTY_WORDS[word])
    assert len(parties) == len(set(parties)), f"{where}: party named twice in {cell!r}"
    return {"parties": parties, "to_be_determined": False, "note": ""}, False


def parse_2023(source):
    lines = source.split("\n")
    head = [l.strip() for l in lines[:8] if l.strip()]
    assert head == [DOSSIER_TITLE, "**Status per aanbeveling**", ROUND_2023], head
    assert "(22/5/2023)" in source, "publication date of the report not found"

    themes = []          # [{number, title, items: [...]}]
    continuations = []   # [(code, cells)]
    special_cells = set()
    empty_bullets = set()
    seen_header = seen_end = False
    last = None
    for lineno, line in enumerate(lines, 1):
        if lineno <= 8 or not line.strip():   # the head, checked above
            continue
        where = f"{SRC_2023}:{lineno}"
        assert not seen_end, f"{where}: text after the end row"
        cells = line.split("\t")
        assert len(cells) == 4, f"{where}: expected 4 cells, got {len(cells)}"
        cells = [c.strip() for c in cells]
        first = re.sub(r"</?b>", "", cells[0])
        if cells == ["", "<b>Aanbeveling</b>", "<b>Verantwoordelijk</b>", "<b>Opvolging</b>"]:
            seen_header = True
            continue
        assert seen_header, f"{where}: row before the header row"
        if cells == ["--"] * 4:
            seen_end = True
            continue
        m_theme = re.fullmatch(r"(\d)\.", first)
        m_item = re.fullmatch(r"(\d)\.(\d{1,2})", first)
        if m_theme:
            assert cells[2] == cells[3] == "", where
            number = m_theme.group(1)
            assert number == str(len(themes) + 1), f"{where}: theme {number} out of order"
            themes.append({"number": number, "title": re.sub(r"</?b>", "", cells[1]).strip(),
                           "items": []})
            last = None
        elif m_item:
            assert themes and m_item.group(1) == themes[-1]["number"], where
            n = int(m_item.group(2))
            assert n == len(themes[-1]["items"]) + 1, f"{where}: item {first} out of order"
            resp, special = parse_responsibility(cells[2], where)
            if special:
                special_cells.add(first)
            bullets, empty = parse_opvolging(cells[3], where)
            if empty:
                empty_bullets.add(first)
            last = {"code": first, "pieces": parse_aanbeveling(cells[1], where),
                    "responsibility": resp, "responsibility_cell": cells[2],
                    "bullets": bullets, "lineno": lineno}
            themes[-1]["items"].append(last)
        else:
            # A continuation row: empty first and third cell.
            assert first == "" and cells[2] == "", f"{where}: cannot read row {line[:60]!r}"
            assert last is not None, f"{where}: continuation row without an item"
            filled = []
            if cells[1]:
                filled.append("aanbeveling")
                last["pieces"].extend(parse_aanbeveling(cells[1], where))
            if cells[3]:
                filled.append("opvolging")
                bullets, empty = parse_opvolging(cells[3], where)
                if empty:
                    empty_bullets.add(last["code"])
                last["bullets"].extend(bullets)
            assert filled, f"{where}: empty continuation row"
            continuations.append((last["code"], tuple(filled)))
    assert seen_end, "end row '--' not found"

    assert continuations == CONTINUATIONS_EXPECTED, continuations
    assert empty_bullets == EMPTY_BULLETS_EXPECTED, empty_bullets
    assert special_cells == RESPONSIBILITY_CELLS_EXPECTED, special_cells

    # Join the Aanbeveling pieces: paragraphs (and continuation text) with a
    # space, a list on lines of its own.
    for theme in themes:
        for item in theme["items"]:
            text = ""
            for kind, value in item["pieces"]:
                if kind == "p":
                    text = (text + " " + value) if text else value
                else:
                    text = text + "\n" + "\n".join(value)
            assert "\n" not in text or item["code"] == "3.6", item["code"]
            item["text"] = text
            item["title"] = first_sentence(text)
    return themes


# ---------------------------------------------------------------------------
# 2023: cross-check against 002 (PDF text)
# ---------------------------------------------------------------------------

QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def pdf_segments(source):
    """002 split into {item code: text}, in order."""
    segments, order, current = {}, [], None
    for line in source.split("\n"):
        m = re.match(r"\s*(\d\.\d{1,2}) (.*)", line)
        if m:
            current = m.group(1)
            order.append(current)
            segments[current] = [m.group(2)]
            continue
        if re.match(r"\s*\d\. [A-Z]", line):   # a theme row
            current = None
            continue
        if current:
            segments[current].append(line)
    return order, {k: " ".join(v) for k, v in segments.items()}


def words(text):
    return text.translate(QUOTES).replace("•", " ").split()


def pdf_differences(themes, pdf_source):
    """Word-level differences between 001 and 002 per item, moves left out."""
    order, segments = pdf_segments(pdf_source)
    codes = [i["code"] for t in themes for i in t["items"]]
    assert order == codes, f"002 has items {order}, 001 has {codes}"
    found = []
    for theme in themes:
        for item in theme["items"]:
            a = words(item["text"]) + words(item["responsibility_cell"])
            for text, _ in item["bullets"]:
                a += words(text)
            b = words(segments[item["code"]])
            sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
            dels, ins = [], []
            for op, i1, i2, j1, j2 in sm.get_opcodes():
                if op == "equal":
                    continue
                dels.append(" ".join(a[i1:i2]))
                ins.append(" ".join(b[j1:j2]))
            # A span deleted in one place and inserted in another is a move
            # caused by the PDF's interleaved columns, not a difference.
            for k in range(len(dels)):
                for l in range(len(ins)):
                    if dels[k] and dels[k] == ins[l] and k != l:
                        dels[k] = ins[l] = ""
            for d, i in zip(dels, ins):
                if d or i:
                    found.append((item["code"], d, i))
    return found


# ---------------------------------------------------------------------------
# 2024: 000 (markdown-like outline)
# ---------------------------------------------------------------------------

RE_FOLLOWUP = re.compile(r"\s*(?:-\s+)?(\d\.\d{1,2}\.\d{1,2})\.?\s+(\S.*)")
RE_ITEM = re.compile(r"\s*(?:-\s+)?(\d\.\d{1,2})\s+(\S.*)")
RE_THEME = re.compile(r"(\d)\.\s+(\S.*)")

RE_XREF_LINK = re.compile(r"\s*\[\*zie (\d+(?:\.\d+)+)\]\(#\)")
RE_XREF = re.compile(r"\s*\*{1,2}zie (\d+(?:\.\d+)+)\*{0,2}\.?")
RE_MD_LINK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]\(#\)")


def unescape_md(text):
    return re.sub(r"\\([()\[\]*])", r"\1", text)


def md_inline(text, where):
    """Cross-references, links and escapes of one 2024 follow-up."""
    refs = []

    def xref(m):
        if m.group(1) not in refs:
            refs.append(m.group(1))
        return ""

    text = RE_XREF_LINK.sub(xref, text)
    text = RE_XREF.sub(xref, text)
    links = []

    def link(m):
        label = unescape_md(m.group(1))
        entry = {"label": label, "url": None}
        if entry not in links:
            links.append(entry)
        return label

    text = RE_MD_LINK.sub(link, text)
    text = unescape_md(text)
    # A stray emphasis asterisk at the start (1.2.1).
    text = re.sub(r"^\*(?=\S)", "", text)
    lines = [squash(l) for l in text.split("\n")]
    text = "\n".join(lines)
    assert "\\" not in text, f"{where}: unexpected escape in {text!r}"
    assert "*" not in text.replace("NOC*NSF", ""), f"{where}: stray asterisk in {text!r}"
    assert "](" not in text and "zie 6" not in text, f"{where}: unread markup in {text!r}"
    return text, links, refs


def parse_2024(source):
    lines = source.split("\n")
    # The file ends with an empty "-" list bullet; it is not a follow-up.
    while lines and not lines[-1].strip():
        lines.pop()
    assert lines[-1].strip() == "-", f"expected a lone '-' at the end, got {lines[-1]!r}"
    lines.pop()

    themes = []
    items = {}
    order = []
    followup = None      # the follow-up being read: {code, blocks}
    blank_before = False
    for lineno, line in enumerate(lines, 1):
        where = f"{SRC_2024}:{lineno}"
        if not line.strip():
            blank_before = True
            continue
        m_f = RE_FOLLOWUP.fullmatch(line)
        m_i = None if m_f else RE_ITEM.fullmatch(line)
        m_t = None if (m_f or m_i) else RE_THEME.fullmatch(line)
        if m_f:
            code = m_f.group(1)
            item_code = code.rsplit(".", 1)[0]
            assert order and order[-1] == item_code, f"{where}: follow-up {code} outside item {item_code}"
            seq = int(code.rsplit(".", 1)[1])
            assert seq == len(items[item_code]["followups"]) + 1, f"{where}: {code} out of order"
            followup = {"code": code, "blocks": [[m_f.group(2)]]}
            items[item_code]["followups"].append(followup)
        elif m_i:
            code = m_i.group(1)
            assert themes and code.split(".")[0] == themes[-1]["number"], f"{where}: item {code}"
            assert code not in items, f"{where}: item {code} twice"
            items[code] = {"code": code, "text": squash(m_i.group(2)), "followups": []}
            order.append(code)
            themes[-1]["codes"].append(code)
            followup = None
        elif m_t:
            number = m_t.group(1)
            assert number == str(len(themes) + 1), f"{where}: theme {number} out of order"
            themes.append({"number": number, "title": squash(m_t.group(2)), "codes": []})
            followup = None
        else:
            assert followup is not None, f"{where}: text outside a follow-up: {line[:60]!r}"
            if blank_before:
                followup["blocks"].append([line])
            else:
                followup["blocks"][-1].append(line)
        blank_before = False

    multiline, midsentence = set(), set()
    for code in order:
        for f in items[code]["followups"]:
            blocks = [[l.strip() for l in b] for b in f["blocks"]]
            if len(blocks) > 1 or len(blocks[0]) > 1:
                multiline.add(f["code"])
            text = "\n".join(blocks[0])
            for block in blocks[1:]:
                if block[0][:1].islower():
                    # A blank line in the middle of a sentence.
                    midsentence.add(f["code"])
                    text += " " + "\n".join(block)
                else:
                    text += "\n" + "\n".join(block)
            f["text"], f["links"], f["references"] = md_inline(text, f"{SRC_2024} {f['code']}")
            del f["blocks"]
    assert multiline == MULTILINE_2024_EXPECTED, multiline
    assert midsentence == MIDSENTENCE_2024_EXPECTED, midsentence
    return themes, items


# ---------------------------------------------------------------------------
# The dossier
# ---------------------------------------------------------------------------


def load(seeds_dir):
    themes23 = parse_2023(read(seeds_dir, SRC_2023))
    diffs = pdf_differences(themes23, read(seeds_dir, SRC_2023_PDF))
    assert diffs == PDF_DIFFERENCES_EXPECTED, "001/002 differences changed:\n" + \
        "\n".join(map(repr, diffs))
    themes24, items24 = parse_2024(read(seeds_dir, SRC_2024))
    return themes23, themes24, items24, diffs


def build(seeds_dir):
    themes23, themes24, items24, _ = load(seeds_dir)

    codes23 = [i["code"] for t in themes23 for i in t["items"]]
    codes24 = [c for t in themes24 for c in t["codes"]]
    assert codes24 == codes23, f"2024 items {codes24} differ from 2023 items {codes23}"
    assert [t["number"] for t in themes24] == [t["number"] for t in themes23]

    theme_wording, item_wording = set(), set()
    themes = []
    for t23, t24 in zip(themes23, themes24):
        theme = {"number": t23["number"], "title": t23["title"], "items": []}
        if not same_wording(t23["title"], t24["title"]):
            theme["wording"] = [{"round": ROUND_2024, "title": t24["title"]}]
            theme_wording.add(t23["number"])
        for i23 in t23["items"]:
            resp = i23["responsibility"]
            entry23 = {
                "round": ROUND_2023,
                "parties": [{"party": p, "role": "lead"} for p in resp["parties"]],
                "to_be_determined": resp["to_be_determined"],
                "responsibility_note": resp["note"],
                "followups": [{"text": text, "links": links} for text, links in i23["bullets"]],
            }
            i24 = items24[i23["code"]]
            entry24 = {
                "round": ROUND_2024,
                "followups": [{"code": f["code"], "text": f["text"], "links": f["links"],
                               "references": f["references"]} for f in i24["followups"]],
            }
            if not same_wording(i23["text"], i24["text"]):
                wording = {"text": i24["text"]}
                title24 = first_sentence(i24["text"])
                if title24 != i23["title"] or WORDING_TITLE_ALWAYS:
                    wording["title"] = title24
                entry24["wording"] = wording
                item_wording.add(i23["code"])
            theme["items"].append({"code": i23["code"], "title": i23["title"],
                                   "text": i23["text"], "rounds": [entry23, entry24]})
        themes.append(theme)
    assert theme_wording == THEME_WORDING_2024_EXPECTED, theme_wording
    assert item_wording == ITEM_WORDING_2024_EXPECTED, item_wording

    named = {p for t in themes for i in t["items"] for e in i["rounds"]
             for p in (r["party"] for r in e.get("parties", []))}
    assert named == {p["short_name"] for p in PARTIES}, named

    return {
        "id": "schaduw-dansen",
        "title": DOSSIER_TITLE,
        "short_name": "Schaduw dansen",
        "kind": "recommendations",
        "publisher": "Verinorm",
        "published": "2023-05-22",
        "parties": [dict(p) for p in PARTIES],
        "rounds": [{"label": ROUND_2023, "period": "2023-06"},
                   {"label": ROUND_2024, "period": "2024"}],
        "themes": themes,
    }


def report(dossier, diffs):
    out = []
    out.append("| item | parties 2023 | follow-ups 2023 | follow-ups 2024 |")
    out.append("|---|---|---:|---:|")
    n23 = n24 = links = refs = 0
    for theme in dossier["themes"]:
        for item in theme["items"]:
            e23, e24 = item["rounds"]
            parties = ", ".join(p["party"] for p in e23["parties"])
            if e23["to_be_determined"]:
                parties = "(nader te bepalen)"
            if e23["responsibility_note"]:
                parties = (parties + "; " if parties else "") + "note: " + e23["responsibility_note"]
            c23, c24 = len(e23["followups"]), len(e24["followups"])
            n23 += c23
            n24 += c24
            for e in (e23, e24):
                for f in e["followups"]:
                    links += len(f["links"])
                    refs += len(f.get("references", []))
            out.append(f"| {item['code']} | {parties} | {c23} | {c24} |")
    out.append(f"| **total** | | **{n23}** | **{n24}** |")
    out.append("")
    links23 = sum(len(f["links"]) for t in dossier["themes"] for i in t["items"]
                  for f in i["rounds"][0]["followups"])
    out.append(f"items: {sum(len(t['items']) for t in dossier['themes'])}; "
               + "items per theme: " + ", ".join(f"{t['number']}: {len(t['items'])}"
                                                for t in dossier["themes"]))
    out.append(f"follow-ups 2023: {n23}; follow-ups 2024: {n24}; links: {links} "
               f"(2023: {links23}, 2024: {links - links23}); references: {refs}")
    out.append("")
    out.append("differences 001 -> 002 (quotes straightened, moves left out):")
    for code, a, b in diffs:
        out.append(f"  {code}: {a!r} -> {b!r}")
    return "\n".join(out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write("usage: schaduw_dansen.py SEEDS_DIR\n")
        sys.exit(2)
    _, _, _, found = load(sys.argv[1])
    print(report(build(sys.argv[1]), found))
