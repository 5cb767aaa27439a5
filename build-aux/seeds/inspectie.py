#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Build the dossier 'Inspectie' from the Inspectorate's thematic report.

    004_f2cbc26ede60e53c.txt  "Sturen op blijvende sociale veiligheid in het hoger
                              kunst- en mode-onderwijs" (PDF text)

Only chapter 9 (Aanbevelingen) is read: 21 numbered recommendations in four
groups. build(seeds_dir) returns the dossier as a dict in the exchange format
(data/dossiers/FORMAT.md); build-aux/seeds/convert.py canonicalises and writes
it. Run this file directly to print the items and the count table:

    python3 build-aux/seeds/inspectie.py SEEDS_DIR

Every assumption about the source is asserted; the irregular spots are in the
tables below. See inspectie.md for the reading of the source.
"""
import os
import re
import sys

SOURCE = "004_f2cbc26ede60e53c.txt"

RUNNING_HEADER = "STUREN OP BLIJVENDE SOCIALE VEILIGHEID IN HET HOGER KUNST- EN MODE-ONDERWIJS"
TITLE = "Sturen op blijvende sociale veiligheid in het hoger kunst- en mode-onderwijs"

CHAPTER_START = "9 Aanbevelingen"
CHAPTER_END = "Afkortingen"

# Section headings of chapter 9 that are themes, with the recommendations
# each holds. "9.1 Instellingsgerichte aanbevelingen" is a heading above the
# first three themes, not a theme of its own.
THEMES = [
    ("9.1.1", "PLAN (ontwikkelen)", range(1, 7)),
    ("9.1.2", "DO (uitvoeren)", range(7, 13)),
    ("9.1.3", "CHECK EN ACT (monitoren, evalueren en bijstellen)", range(13, 18)),
    ("9.2", "Stelselgerichte aanbevelingen", range(18, 22)),
]
SECTION_HEADINGS = {"9.1": "Instellingsgerichte aanbevelingen"}

# Recommendations whose heading wraps onto a second line.
WRAPPED_HEADINGS = {1, 10, 12, 13, 14}

# Line-break hyphenation inside the recommendations: (end of line, start of
# next line) pairs that are joined without the hyphen. Asserted exactly, so a
# new break in the source must be judged and added here.
HYPHEN_JOINS_EXPECTED = {
    ("maat-", "regelen"),
    ("onder-", "zoeken"),
    ("mede-", "zeggenschapsraad-overleggen"),
    ("instellings-", "toets"),
    ("koepel-", "verenigingen"),
}
# Words before a line-end hyphen that are kept with a space: a real hyphen in
# a shortened compound ("kunst- en mode-onderwijs", "team-, afdelings- of").
KEEP_HYPHEN_BEFORE = {"en", "of", "tot"}

# Line breaks that are not a space: the report writes "(onderwijs)instelling",
# "(kunst)onderwijs", "(gast)docenten" closed, and the PDF broke this one
# after the bracket.
NO_SPACE_JOINS = {("(onderwijs)", "sectoren")}

# The one footnote in the recommendations.
FOOTNOTE = "38"
FOOTNOTE_ITEM = 20


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def join_lines(rows, where, hyphen_joins):
    """Join source rows [(text, blank_line_before)] into paragraphs.

    A blank line that falls inside a sentence (the next row starts with a
    lower-case letter or the previous one has no closing punctuation) is
    layout, not a paragraph break.
    """
    paragraphs = [""]
    breaks = 0
    for text, blank_before in rows:
        text = squash(text)
        prev = paragraphs[-1]
        if not prev:
            paragraphs[-1] = text
            continue
        last_word = prev.rsplit(" ", 1)[-1]
        next_word = text.split(" ", 1)[0]
        if (re.search(r"[a-zà-ÿ]-$", prev) and next_word[:1].islower()
                and next_word not in KEEP_HYPHEN_BEFORE):
            hyphen_joins.add((last_word, re.match(r"[\w-]*", next_word).group(0)))
            paragraphs[-1] = prev[:-1] + text
        elif (last_word, next_word) in NO_SPACE_JOINS:
            paragraphs[-1] = prev + text
        elif blank_before and re.search(r"[.!?:)]$", prev) and text[:1].isupper():
            breaks += 1
            paragraphs.append(text)
        else:
            paragraphs[-1] = prev + " " + text
    return paragraphs, breaks


def chapter_lines(source):
    lines = source.split("\n")
    starts = [i for i, l in enumerate(lines) if l.strip() == CHAPTER_START]
    assert len(starts) == 1, f"'{CHAPTER_START}' found {len(starts)} times"
    ends = [i for i, l in enumerate(lines) if l.strip() == CHAPTER_END and i > starts[0]]
    assert ends, f"'{CHAPTER_END}' not found after chapter 9"
    start, end = starts[0], ends[0]
    assert 3800 < start + 1 < 3900, f"chapter 9 starts at line {start + 1}"

    # Drop running headers and the page number that follows each.
    kept, headers, page_numbers = [], 0, []
    for i in range(start + 1, end):
        s = lines[i].strip()
        if s == RUNNING_HEADER:
            headers += 1
            continue
        if re.fullmatch(r"\d{1,3}", s):
            page_numbers.append(s)
            continue
        kept.append((i + 1, lines[i]))
    assert headers == len(page_numbers) == 1, (headers, page_numbers)
    return kept


def parse(source):
    assert RUNNING_HEADER in source and RUNNING_HEADER.capitalize() == TITLE
    lines = chapter_lines(source)

    themes = []
    items = []
    footnote = None
    section = None      # current 9.x heading
    target = None       # list of body rows being filled
    pending_wrap = 0
    blank = False
    expected_next = 1
    for lineno, raw in lines:
        where = f"{SOURCE}:{lineno}"
        s = raw.strip()
        if not s:
            blank = True
            continue
        m_sec = re.fullmatch(r"(9\.\d(?:\.\d)?) (\S.*)", s)
        m_rec = re.fullmatch(r"(\d{1,2})\. (\S.*)", s)
        m_fn = re.fullmatch(FOOTNOTE + r" (\S.*)", s)
        if pending_wrap:
            assert s[:1].islower(), f"{where}: heading continuation expected, got {s!r}"
            items[-1]["heading"].append(s)
            pending_wrap = 0
        elif m_sec:
            number, title = m_sec.groups()
            if number in SECTION_HEADINGS:
                assert title == SECTION_HEADINGS[number], f"{where}: {s!r}"
                target = None
            else:
                k = len(themes)
                assert k < len(THEMES) and (number, title) == THEMES[k][:2], f"{where}: {s!r}"
                themes.append({"number": number, "title": title, "items": []})
                target = None
        elif m_rec and int(m_rec.group(1)) == expected_next:
            n = expected_next
            expected_next += 1
            assert themes and n in THEMES[len(themes) - 1][2], f"{where}: {n} outside its theme"
            item = {"n": n, "heading": [m_rec.group(2)], "body": [], "lineno": lineno}
            items.append(item)
            themes[-1]["items"].append(item)
            target = item["body"]
            pending_wrap = 1 if n in WRAPPED_HEADINGS else 0
        elif m_fn and items and items[-1]["n"] == 21:
            assert footnote is None, f"{where}: second footnote"
            footnote = [(m_fn.group(1), False)]
            target = footnote
        else:
            if target is None:
                # Introductions of the chapter and of 9.1: not a recommendation.
                assert not items or themes[-1]["items"] == [], f"{where}: stray text {s!r}"
            else:
                if target is not footnote and not target:
                    assert s[:1].isupper(), f"{where}: body should start a sentence: {s!r}"
                target.append((s, blank and bool(target)))
        blank = False

    assert expected_next == 22, f"found {expected_next - 1} recommendations, expected 21"
    assert len(themes) == len(THEMES)
    for theme, (_, _, numbers) in zip(themes, THEMES):
        assert [i["n"] for i in theme["items"]] == list(numbers), theme["number"]
    assert footnote is not None, "footnote 38 not found"

    hyphen_joins = set()
    breaks = 0
    for item in items:
        item["title"] = squash(" ".join(item["heading"]))
        paragraphs, b = join_lines(item["body"], item["n"], hyphen_joins)
        breaks += b
        item["paragraphs"] = paragraphs
    fn_paragraphs, _ = join_lines(footnote, "footnote", hyphen_joins)
    assert len(fn_paragraphs) == 1
    assert hyphen_joins == HYPHEN_JOINS_EXPECTED, hyphen_joins
    assert breaks == 0, f"{breaks} paragraph breaks inside recommendations"

    # Footnote marker: "het geval is38." in recommendation 20.
    marker = re.compile(r"(?<=[a-z])" + FOOTNOTE + r"(?=[.,;:\s])")
    hits = [(i["n"], k) for i in items for k, p in enumerate(i["paragraphs"]) if marker.search(p)]
    assert hits == [(FOOTNOTE_ITEM, 0)] and len(marker.findall(items[FOOTNOTE_ITEM - 1]["paragraphs"][0])) == 1, hits
    rec = items[FOOTNOTE_ITEM - 1]
    rec["paragraphs"][0] = marker.sub("", rec["paragraphs"][0])
    rec["paragraphs"].append(f"({FOOTNOTE}) {fn_paragraphs[0]}")

    for item in items:
        for p in item["paragraphs"][:1]:
            assert not re.search(r"[a-z]\d+[.,;:\s]", p), f"{item['n']}: footnote marker left in {p!r}"
    return themes


def build(seeds_dir):
    with open(os.path.join(seeds_dir, SOURCE), encoding="utf-8") as f:
        source = f.read()
    themes = parse(source)
    return {
        "id": "inspectie",
        "title": TITLE,
        "short_name": "Inspectie",
        "kind": "recommendations",
        "publisher": "Inspectie van het Onderwijs",
        # The source states no publication date or year (no colofon, no date
        # on the title page); left empty rather than inferred.
        "published": "",
        "themes": [
            {"number": t["number"], "title": t["title"],
             "items": [{"code": str(i["n"]), "title": i["title"],
                        "text": "\n".join(i["paragraphs"])} for i in t["items"]]}
            for t in themes
        ],
    }


def report(dossier):
    out = ["| theme | title | items |", "|---|---|---:|"]
    total = 0
    for t in dossier["themes"]:
        out.append(f"| {t['number']} | {t['title']} | {len(t['items'])} |")
        total += len(t["items"])
    out.append(f"| **total** | | **{total}** |")
    out.append("")
    for t in dossier["themes"]:
        for i in t["items"]:
            out.append(f"{i['code']}. {i['title']} ({len(i['text'])} characters, "
                       f"{i['text'].count(chr(10)) + 1} paragraph(s))")
    return "\n".join(out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write("usage: inspectie.py SEEDS_DIR\n")
        sys.exit(2)
    print(report(build(sys.argv[1])))
