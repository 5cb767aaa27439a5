#!/usr/bin/python3
# check-xlsx.py: reads an exported workbook back the way its readers will
# (openpyxl, plus the raw XML for what openpyxl hides) and compares it with
# the expectations that tests/test-export.c computed from the database.
#
#   /usr/bin/python3 tests/check-xlsx.py FILE.xlsx EXPECTED.json
#
# Prints one line per difference and exits 1 when there is any, 0 when the
# workbook is as expected, and 77 when openpyxl is not installed.
#
# SPDX-License-Identifier: EUPL-1.2

import datetime
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    print("SKIP: python3-openpyxl is not installed (apt-get install python3-openpyxl)")
    sys.exit(77)

EXCEL_CELL_LIMIT = 32767
BULLET = "\u2022 "
CONTINUED = "\u2026 "  # a continued item text starts with an ellipsis
HEADER_ROW = 5  # one-based: the title block takes rows 1–3
# Characters XML 1.0 cannot hold: C0 controls other than tab, LF and CR,
# the surrogates, U+FFFE and U+FFFF.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

failures = []


def fail(message):
    failures.append(message)


def check(condition, message):
    if not condition:
        fail(message)
    return condition


def short(value, limit=120):
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…(%d chars)" % len(text)


def squash(text):
    """The text without any whitespace: what must survive a split over rows."""
    return re.sub(r"\s+", "", text or "")


def normalise_spaces(text):
    return re.sub(r"\s+", " ", text or "").strip()


# ---------------------------------------------------------------------------
# The raw package: formulas, numbers written with a decimal comma, control
# characters escaped as _xHHHH_, the chart and the document properties.
# ---------------------------------------------------------------------------

def check_package(path, expected):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        check(z.testzip() is None, "the zip has a damaged member")
        parts = {n: z.read(n).decode("utf-8") for n in names
                 if n.endswith(".xml") or n.endswith(".rels")}

    for name, xml in parts.items():
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            if re.search(r"<f[ >/]", xml):
                fail("%s has a formula (<f>): text must be written as strings" % name)
            for m in re.finditer(r'\b(\w+)="(-?[0-9]+,[0-9]+)"', xml):
                fail("%s: attribute %s=\"%s\" has a decimal comma (locale leak)" % (name, m.group(1), m.group(2)))
                break
        if name.startswith("xl/"):
            for m in re.finditer(r"<v>([^<]*)</v>", xml):
                if "," in m.group(1):
                    fail("%s: value <v>%s</v> has a decimal comma (locale leak)" % (name, m.group(1)))
                    break
            m = re.search(r"_x00(0[0-8bBcCeEfF]|1[0-9a-fA-F])_", xml)
            if m:
                fail("%s holds an escaped control character %s: it should have been removed" % (name, m.group(0)))
        try:
            ET.fromstring(parts[name].encode("utf-8"))
        except ET.ParseError as e:
            fail("%s is not well-formed XML: %s" % (name, e))

    app = parts.get("docProps/app.xml", "")
    if expected.get("organisation") is not None:
        m = re.search(r"<Company>([^<]*)</Company>", app)
        check(m is not None and m.group(1) == expected["organisation"],
              "docProps/app.xml Company: expected %s, got %s" % (short(expected["organisation"]), short(m and m.group(1))))

    charts = [n for n in names if re.match(r"xl/charts/chart\d+\.xml$", n)]
    if expected.get("summary"):
        if check(len(charts) >= 1, "the summary sheet has no chart (no xl/charts/chart*.xml)"):
            chart = parts[charts[0]]
            check("<c:barChart>" in chart, "the chart is not a bar chart")
            check(re.search(r'<c:grouping val="(percent)?[sS]tacked"/>', chart) is not None,
                  "the bar chart is not stacked")
            check(chart.count("<c:ser>") >= 1, "the chart has no series")
            sheet = expected["sheets"][1]
            check(sheet in chart, "the chart's series do not refer to the %s sheet" % sheet)
    else:
        check(not charts, "a chart was written although the summary was not asked for")


# ---------------------------------------------------------------------------
# Every sheet: strings only, no cell over Excel's limit, nothing XML forbids.
# ---------------------------------------------------------------------------

def check_all_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                if cell.data_type == "f":
                    fail("%s!%s is a formula: %s" % (ws.title, cell.coordinate, short(cell.value)))
                if isinstance(cell.value, str):
                    if len(cell.value) > EXCEL_CELL_LIMIT:
                        fail("%s!%s has %d characters, over Excel's %d" % (ws.title, cell.coordinate, len(cell.value), EXCEL_CELL_LIMIT))
                    if XML_INVALID.search(cell.value):
                        fail("%s!%s holds a character XML cannot hold: %s" % (ws.title, cell.coordinate, short(cell.value)))


def fill_colour(cell):
    fill = cell.fill
    if fill is None or fill.fill_type != "solid":
        return None
    rgb = fill.fgColor.rgb if fill.fgColor is not None else None
    if not isinstance(rgb, str):
        # A theme or indexed colour: still a fill, named by what it is.
        return "theme:%s/indexed:%s" % (fill.fgColor.theme, fill.fgColor.indexed)
    return rgb.upper()


def is_white(rgb):
    return rgb is not None and rgb[-6:] in ("FFFFFF",)


# ---------------------------------------------------------------------------
# The status sheet
# ---------------------------------------------------------------------------

def check_status_sheet(ws, expected, status_colours):
    headers = expected["headers"]
    columns = expected["columns"]
    ncols = len(headers)
    last = get_column_letter(ncols)
    header_row = 5

    # Title block.
    check(ws["A1"].value == expected["title"],
          "A1 (title): expected %s, got %s" % (short(expected["title"]), short(ws["A1"].value)))
    check(ws["A2"].value == expected["subtitle"],
          "A2 (subtitle): expected %s, got %s" % (short(expected["subtitle"]), short(ws["A2"].value)))
    check(ws["A3"].value == expected["round"],
          "A3 (round): expected %s, got %s" % (short(expected["round"]), short(ws["A3"].value)))
    for col in range(1, max(ncols, ws.max_column) + 1):
        v = ws.cell(row=4, column=col).value
        check(v is None, "row 4 should be empty, %s4 holds %s" % (get_column_letter(col), short(v)))

    # Header row: exactly the expected headers, bold, nothing beside them.
    got = [ws.cell(row=header_row, column=c).value for c in range(1, max(ncols, ws.max_column) + 1)]
    while got and got[-1] is None:
        got.pop()
    check(got == headers, "header row: expected %s, got %s" % (headers, got))
    check(ws.max_column == ncols, "the sheet has %d columns, the table %d" % (ws.max_column, ncols))
    check(bool(ws.cell(row=header_row, column=1).font.b), "the header row is not bold")

    # Freeze pane, autofilter, page setup, print titles, header and footer.
    check(ws.freeze_panes == "A%d" % (header_row + 1),
          "freeze panes: expected A%d, got %s" % (header_row + 1, ws.freeze_panes))
    last_row = ws.max_row
    want_ref = "A%d:%s%d" % (header_row, last, last_row)
    check(ws.auto_filter.ref == want_ref,
          "autofilter: expected %s, got %s" % (want_ref, ws.auto_filter.ref))
    ps = ws.page_setup
    check(ps.orientation == "landscape", "orientation: expected landscape, got %s" % ps.orientation)
    check(str(ps.paperSize) == "9", "paper size: expected 9 (A4), got %s" % ps.paperSize)
    check(bool(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage),
          "fit to page is not set (sheetPr/pageSetUpPr fitToPage)")
    # OOXML's default for fitToWidth is 1, and libxlsxwriter leaves a
    # default out, so an absent attribute reads back as None.
    fit_w = 1 if ps.fitToWidth is None else int(ps.fitToWidth)
    fit_h = 1 if ps.fitToHeight is None else int(ps.fitToHeight)
    check(fit_w == 1, "fitToWidth: expected 1, got %s" % ps.fitToWidth)
    check(fit_h == 0, "fitToHeight: expected 0 (as many pages as needed), got %s" % ps.fitToHeight)
    titles = (ws.print_title_rows or "").replace("$", "")
    check(titles == "%d:%d" % (header_row, header_row),
          "print titles: expected rows %d:%d, got %s" % (header_row, header_row, ws.print_title_rows))
    footer = ws.oddFooter.center.text if ws.oddFooter is not None else None
    check(footer == expected["footer_center"],
          "footer: expected %s, got %s" % (short(expected["footer_center"]), short(footer)))
    page_header = " ".join(p.text or "" for p in (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right))
    check(expected["short_name"] in page_header or expected["title"] in page_header,
          "page header %s names neither %s nor %s" % (short(page_header), short(expected["short_name"]), short(expected["title"])))
    if expected["round"] is not None:
        check(expected["round"] in page_header,
              "page header %s does not name the round %s" % (short(page_header), short(expected["round"])))

    # Every cell of the status sheet is text.
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None and not isinstance(cell.value, str):
                fail("Status!%s is a %s (%s), not text" % (cell.coordinate, type(cell.value).__name__, short(cell.value)))

    merged = {str(r) for r in ws.merged_cells.ranges}
    merged_rows = {}
    for r in ws.merged_cells.ranges:
        merged_rows.setdefault(r.min_row, []).append(r)

    # Walk the table: theme rows, item rows and their continuation rows.
    blocks = []  # [heading, row, [[row, [continuation rows]], …]]
    for r in range(header_row + 1, last_row + 1):
        values = [ws.cell(row=r, column=c).value for c in range(1, ncols + 1)]
        # A one-column table cannot merge; its theme rows are the bold ones.
        single_theme = ncols == 1 and values[0] is not None and bool(ws.cell(row=r, column=1).font.b)
        if single_theme:
            blocks.append([values[0], r, []])
            continue
        if r in merged_rows:
            want = "A%d:%s%d" % (r, last, r)
            if check(want in merged, "row %d is merged as %s, not across the table (%s)"
                     % (r, [str(x) for x in merged_rows[r]], want)):
                blocks.append([values[0], r, []])
            continue
        if values[0] is not None and not str(values[0]).startswith(CONTINUED):
            if not blocks:
                fail("row %d holds an item before any theme row" % r)
                blocks.append([None, r, []])
            blocks[-1][2].append([r, []])
        else:
            if not blocks or not blocks[-1][2]:
                fail("row %d has an empty first column but follows no item" % r)
                continue
            blocks[-1][2][-1][1].append(r)

    # Merged ranges elsewhere would be a layout error.
    for rng in ws.merged_cells.ranges:
        if rng.min_row <= header_row and rng.max_row >= header_row:
            fail("the header row is merged: %s" % rng)
        if rng.min_row != rng.max_row:
            fail("merged range %s spans several rows" % rng)

    want_themes = expected["themes"]
    got_headings = [b[0] for b in blocks]
    want_headings = [t["heading"] for t in want_themes]
    check(got_headings == want_headings,
          "theme rows: expected %s, got %s" % (short(want_headings, 600), short(got_headings, 600)))

    got_items = sum(len(b[2]) for b in blocks)
    check(got_items == expected["n_items"],
          "item rows: expected %d, got %d" % (expected["n_items"], got_items))

    col_of = {c: i + 1 for i, c in enumerate(columns)}

    def column_text(rows, column):
        """The text of @column over an item row and its continuation rows."""
        pieces = []
        for r in rows:
            v = ws.cell(row=r, column=col_of[column]).value
            if v is not None:
                pieces.append(str(v))
        return pieces

    for t_index, (block, want_theme) in enumerate(zip(blocks, want_themes)):
        heading, theme_row, items = block
        c = ws.cell(row=theme_row, column=1)
        check(bool(c.font.b), "theme row %d is not bold" % theme_row)
        check(fill_colour(c) is not None, "theme row %d has no fill" % theme_row)
        # An item text too tall for one row continues on the next rows, each
        # piece after the first starting with an ellipsis; pieces break at
        # spaces or line ends, so the text is compared word by word.
        def item_text(row, continuation):
            pieces = [str(ws.cell(row=row, column=1).value)]
            for r in continuation:
                v = ws.cell(row=r, column=1).value
                if v is not None:
                    pieces.append(str(v)[len(CONTINUED):])
            return pieces
        want_codes = [i["item_cell"] for i in want_theme["items"]]
        got_pieces = [item_text(r, cont) for r, cont in items]
        got_codes = [p[0] if len(p) == 1 else p for p in got_pieces]
        for k, (pieces, want) in enumerate(zip(got_pieces, want_codes)):
            if len(pieces) > 1 and " ".join(pieces).split() == want.split():
                got_codes[k] = want
        if not check(got_codes == want_codes,
                     "items of theme %s: expected %s, got %s" % (short(heading), short(want_codes, 400), short(got_codes, 400))):
            continue
        for (row, continuation), want in zip(items, want_theme["items"]):
            rows = [row] + continuation
            label = "%s (row %d)" % (want["code"] or want["title"][:40], row)
            for r in continuation:
                v = ws.cell(row=r, column=1).value
                if v is not None and not str(v).startswith(CONTINUED):
                    fail("%s: continuation row %d has a first column that does not continue the item" % (label, r))

            if "parties" in col_of:
                got = ws.cell(row=row, column=col_of["parties"]).value
                check(got == want["parties"], "%s parties: expected %s, got %s" % (label, short(want["parties"]), short(got)))

            if "timeframe" in col_of:
                got = ws.cell(row=row, column=col_of["timeframe"]).value
                check(got == want["timeframe"], "%s timeframe: expected %s, got %s" % (label, short(want["timeframe"]), short(got)))

            if "status" in col_of:
                cell = ws.cell(row=row, column=col_of["status"])
                want_label = expected["status_labels"][want["status"]] if want["status"] else None
                check(cell.value == want_label, "%s status: expected %s, got %s" % (label, short(want_label), short(cell.value)))
                for r in continuation:
                    v = ws.cell(row=r, column=col_of["status"]).value
                    check(v is None, "%s: continuation row %d repeats the status %s" % (label, r, short(v)))
                if want_label is not None:
                    colour = fill_colour(cell)
                    if check(colour is not None and not is_white(colour),
                             "%s: status cell %s has no fill colour" % (label, cell.coordinate)):
                        seen = status_colours.setdefault(want["status"], colour)
                        check(seen == colour, "status %s has two colours: %s and %s" % (want["status"], seen, colour))

            if "explanation" in col_of:
                pieces = column_text(rows, "explanation")
                joined = "\n".join(pieces)
                if want.get("explanation_exact") is not None:
                    check(squash(joined) == squash(want["explanation_exact"]),
                          "%s explanation: text lost or changed over %d rows (expected %d non-space characters, got %d)"
                          % (label, len(rows), len(squash(want["explanation_exact"])), len(squash(joined))))
                elif want["explanation_prefix"]:
                    check(joined.startswith(want["explanation_prefix"]),
                          "%s explanation: expected to start with %s, got %s" % (label, short(want["explanation_prefix"]), short(joined)))
                for source in want.get("explanation_sources", []):
                    check(normalise_spaces(source) in normalise_spaces(joined),
                          "%s explanation: the source %s is missing" % (label, short(source)))

            if "followups" in col_of:
                pieces = column_text(rows, "followups")
                lines = "\n".join(pieces).split("\n")
                marked = expected["new_mark"]["word"] + " " + BULLET
                bullets = [l for l in lines if l.startswith(BULLET) or l.startswith(marked)]
                want_fus = want["followups"]
                if check(len(bullets) == len(want_fus),
                         "%s: expected %d follow-up lines (\"• \"), got %d over %d rows"
                         % (label, len(want_fus), len(bullets), len(rows))):
                    for k, (line, fu) in enumerate(zip(bullets, want_fus)):
                        check(line.startswith(fu["prefix"]),
                              "%s follow-up %d: expected to start with %s, got %s" % (label, k + 1, short(fu["prefix"]), short(line)))
                joined = "\n".join(pieces)
                flat = normalise_spaces(joined)
                for fu in want_fus:
                    for piece in fu.get("contains", []):
                        check(normalise_spaces(piece) in flat,
                              "%s: follow-up %s lacks %s" % (label, short(fu["prefix"], 40), short(piece)))
                if want.get("followups_exact") is not None:
                    check(squash(joined) == squash(want["followups_exact"]),
                          "%s follow-ups: text lost or changed over %d rows (expected %d non-space characters, got %d)"
                          % (label, len(rows), len(squash(want["followups_exact"])), len(squash(joined))))
                if not want_fus:
                    check(not pieces, "%s: no follow-ups expected, got %s" % (label, short(pieces)))


# ---------------------------------------------------------------------------
# The summary sheet
# ---------------------------------------------------------------------------

def check_summary(ws, expected):
    labels = expected["status_labels"]
    order = expected["status_order"]
    want_labels = [labels[s] for s in order]

    header_row = None
    col_of = {}
    for r in range(1, ws.max_row + 1):
        values = {ws.cell(row=r, column=c).value: c for c in range(1, ws.max_column + 1)}
        if all(l in values for l in want_labels):
            header_row = r
            col_of = {s: values[labels[s]] for s in order}
            break
    if not check(header_row is not None,
                 "summary: no row has every status label %s" % want_labels):
        return

    total_col = max(col_of.values()) + 1
    total_label = ws.cell(row=header_row, column=total_col).value
    check(total_label == expected["total_label"],
          "summary: the total column is headed %s, expected %s" % (short(total_label), short(expected["total_label"])))

    themes = expected["themes"]
    grand = 0
    column_sums = {s: 0 for s in order}

    def count_at(r, c):
        v = ws.cell(row=r, column=c).value
        if v is None:
            return 0
        if type(v) is not int:
            fail("summary %s is %s (%s), not a whole number" % (ws.cell(row=r, column=c).coordinate, short(v), type(v).__name__))
            return None
        return v

    for i, theme in enumerate(themes):
        r = header_row + 1 + i
        label = ws.cell(row=r, column=1).value
        check(isinstance(label, str) and (label == theme["heading"] or theme["title"] in label
                                           or (theme["number"] and label.startswith(theme["number"]))),
              "summary row %d: expected the theme %s, got %s" % (r, short(theme["heading"]), short(label)))
        row_sum = 0
        for s in order:
            got = count_at(r, col_of[s])
            want = theme["status_counts"].get(s, 0)
            check(got == want, "summary row %d (%s), %s: expected %d, got %s" % (r, short(theme["heading"], 40), labels[s], want, got))
            if got is not None:
                row_sum += got
                column_sums[s] += got
        got_total = count_at(r, total_col)
        check(got_total == row_sum, "summary row %d total: expected %d, got %s" % (r, row_sum, got_total))

    total_row = header_row + 1 + len(themes)
    label = ws.cell(row=total_row, column=1).value
    check(label == expected["total_label"],
          "summary: the total row is labelled %s, expected %s" % (short(label), short(expected["total_label"])))
    for s in order:
        got = count_at(total_row, col_of[s])
        check(got == column_sums[s], "summary total of %s: expected %d, got %s" % (labels[s], column_sums[s], got))
    grand = count_at(total_row, total_col)
    check(grand == expected["n_items"],
          "summary grand total: expected %d (the items exported), got %s" % (expected["n_items"], grand))


# ---------------------------------------------------------------------------
# The legend sheet
# ---------------------------------------------------------------------------

def check_legend(ws, expected, status_colours):
    labels = expected["status_labels"]
    found = {}
    for r in range(1, ws.max_row + 1):
        v = ws.cell(row=r, column=1).value
        for s, l in labels.items():
            if v == l:
                found[s] = r
    for s in expected["legend_statuses"]:
        if not check(s in found, "legend: no row for %s (%s)" % (s, short(labels[s]))):
            continue
        r = found[s]
        cell = ws.cell(row=r, column=1)
        colour = fill_colour(cell)
        check(colour is not None and not is_white(colour), "legend: %s has no colour" % labels[s])
        if s in status_colours:
            check(colour == status_colours[s],
                  "legend: %s is %s, the status sheet uses %s" % (labels[s], colour, status_colours[s]))
        meaning = ws.cell(row=r, column=2).value
        if check(isinstance(meaning, str) and meaning.strip() != "",
                 "legend: %s has no meaning beside it" % labels[s]):
            check("\n" not in meaning.strip(), "legend: the meaning of %s is not one line: %s" % (labels[s], short(meaning)))
            english = expected["meanings_en"][s]
            if expected["language"] == "en":
                check(meaning == english, "legend: %s means %s, expected %s" % (labels[s], short(meaning), short(english)))
            else:
                check(meaning != english, "legend: the meaning of %s is untranslated: %s" % (labels[s], short(meaning)))
    colours = [status_colours.get(s) or fill_colour(ws.cell(row=found[s], column=1))
               for s in expected["legend_statuses"] if s in found]
    check(len(set(colours)) == len(colours), "legend: two statuses share a colour: %s" % colours)


# ---------------------------------------------------------------------------
# The changes sheet and the "New" marks
# ---------------------------------------------------------------------------

def check_changes(ws, want):
    check(ws["A2"].value == want["subtitle"],
          "changes sheet: subtitle expected %s, got %s" % (short(want["subtitle"]), short(ws["A2"].value)))
    check(ws["A3"].value == want["round"], "changes sheet: round expected %s, got %s" % (short(want["round"]), short(ws["A3"].value)))
    headers = [ws.cell(row=HEADER_ROW, column=c + 1).value for c in range(len(want["headers"]))]
    check(headers == want["headers"], "changes sheet: headers expected %s, got %s" % (want["headers"], headers))
    check(ws.freeze_panes == "A%d" % (HEADER_ROW + 1), "changes sheet: the header row is not frozen (%s)" % ws.freeze_panes)
    check(ws.print_title_rows is not None and str(HEADER_ROW) in str(ws.print_title_rows),
          "changes sheet: the header row does not repeat on every page")
    check(ws.page_setup.orientation == "landscape", "changes sheet: not landscape")

    # One change per row, and its continuation rows: those with neither a
    # number nor a kind.
    groups = []
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        values = [ws.cell(row=r, column=c + 1).value for c in range(5)]
        if all(v is None for v in values):
            continue
        if values[0] is not None or values[2] is not None or not groups:
            groups.append([[v] if v is not None else [] for v in values])
        else:
            item = values[1]
            if item is not None:
                check(item.startswith(CONTINUED), "changes sheet row %d: a continued item does not start with %s" % (r, short(CONTINUED)))
                values[1] = item[len(CONTINUED):]
            for c, v in enumerate(values):
                if v is not None:
                    groups[-1][c].append(v)

    if not want["rows"]:
        check(len(groups) == 1 and groups[0][0] == [want["empty_text"]],
              "changes sheet: expected only %s, got %d rows" % (short(want["empty_text"]), len(groups)))
        return
    if not check(len(groups) == len(want["rows"]),
                 "changes sheet: expected %d changes, got %d" % (len(want["rows"]), len(groups))):
        return
    for n, (got, row) in enumerate(zip(groups, want["rows"])):
        for c, name in enumerate(("number", "item", "kind", "older", "newer")):
            text = normalise_spaces(" ".join(got[c]))
            check(text == normalise_spaces(row[c]),
                  "changes sheet, change %d %s: expected %s, got %s" % (n + 1, name, short(row[c]), short(text)))


def check_new_marks(path, want):
    """"New" in bold before each new follow-up: a run of a rich string,
    which openpyxl does not show, so read from the sheet's XML."""
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    count = 0
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not re.match(r"xl/worksheets/sheet\d+\.xml$", name):
                continue
            data = z.read(name).decode("utf-8")
            check("\ue000" not in data, "%s holds the export's private mark U+E000" % name)
            root = ET.fromstring(data.encode("utf-8"))
            for run in root.iter(ns + "r"):
                t = run.find(ns + "t")
                props = run.find(ns + "rPr")
                if t is None or t.text != want["word"]:
                    continue
                bold = props is not None and props.find(ns + "b") is not None
                check(bold, "%s: %s is not bold" % (name, want["word"]))
                check(name == "xl/worksheets/sheet1.xml", "%s: %s outside the status sheet" % (name, want["word"]))
                count += 1
    check(count == want["count"], "expected %d follow-ups marked %s, got %d" % (want["count"], short(want["word"]), count))


def main_checks(path, expected):
    check_package(path, expected)
    try:
        wb = openpyxl.load_workbook(path)
    except Exception as e:  # openpyxl's errors have no common base
        fail("openpyxl cannot read the workbook: %s: %s" % (type(e).__name__, e))
        return

    check(wb.sheetnames == expected["sheets"], "sheets: expected %s, got %s" % (expected["sheets"], wb.sheetnames))
    for name in wb.sheetnames:
        check(len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name), "sheet name %s is not valid in Excel" % short(name))

    props = wb.properties
    check(bool(props.title) and (expected["title"] in props.title or expected["short_name"] in props.title),
          "document title %s names neither the dossier title nor its short name" % short(props.title))
    check(bool(props.subject), "the document has no subject")
    if expected.get("author") is not None:
        check(props.creator == expected["author"], "document author: expected %s, got %s" % (short(expected["author"]), short(props.creator)))
    if expected.get("created") is not None:
        want = datetime.datetime.fromtimestamp(expected["created"], tz=datetime.timezone.utc).replace(tzinfo=None)
        got = props.created.replace(tzinfo=None) if props.created else None
        check(got == want, "document created: expected %s, got %s" % (want, got))

    check_all_cells(wb)

    status_colours = {}
    check_status_sheet(wb.worksheets[0], expected, status_colours)
    index = 1
    if expected.get("summary"):
        if check(len(wb.worksheets) > index, "the summary sheet is missing"):
            check_summary(wb.worksheets[index], expected)
        index += 1
    if expected.get("changes"):
        if check(len(wb.worksheets) > index, "the changes sheet is missing"):
            check_changes(wb.worksheets[index], expected["changes"])
        index += 1
    check_new_marks(path, expected["new_mark"])
    if expected.get("legend"):
        if check(len(wb.worksheets) > index, "the legend sheet is missing"):
            check_legend(wb.worksheets[index], expected, status_colours)


# ---------------------------------------------------------------------------
# --self-test: every check above must be able to fail. Each mutation spoils
# a copy of a good workbook in one way, and the checker must say so.
# ---------------------------------------------------------------------------

def mutations(expected):
    import copy as _copy

    nl = expected["language"] == "nl"
    columns = expected["columns"]
    header_row = 5

    def status_ws(wb):
        return wb.worksheets[0]

    def item_rows(ws):
        merged_rows = {r.min_row for r in ws.merged_cells.ranges}
        return [r for r in range(header_row + 1, ws.max_row + 1)
                if ws.cell(row=r, column=1).value is not None and r not in merged_rows
                and not str(ws.cell(row=r, column=1).value).startswith(CONTINUED)
                and not (len(columns) == 1 and ws.cell(row=r, column=1).font.b)]

    def swap_items(wb):
        ws = status_ws(wb)
        rows = item_rows(ws)
        a, b = rows[0], rows[1]
        ws.cell(row=a, column=1).value, ws.cell(row=b, column=1).value = \
            ws.cell(row=b, column=1).value, ws.cell(row=a, column=1).value
        return True

    def drop_bullet(wb):
        if "followups" not in columns:
            return False
        ws = status_ws(wb)
        c = columns.index("followups") + 1
        for r in item_rows(ws):
            v = ws.cell(row=r, column=c).value
            if v and "\n\u2022 " in v:
                ws.cell(row=r, column=c).value = v[:v.rindex("\n\u2022 ")]
                return True
        return False

    def unmerge_theme(wb):
        ws = status_ws(wb)
        for rng in list(ws.merged_cells.ranges):
            if rng.min_row > header_row:
                ws.unmerge_cells(str(rng))
                return True
        return False

    def freeze(wb):
        status_ws(wb).freeze_panes = "B6"
        return True

    def autofilter(wb):
        status_ws(wb).auto_filter.ref = "A5:A6"
        return True

    def portrait(wb):
        status_ws(wb).page_setup.orientation = "portrait"
        return True

    def letter(wb):
        status_ws(wb).page_setup.paperSize = 1
        return True

    def fit_height(wb):
        status_ws(wb).page_setup.fitToHeight = 1
        return True

    def titles(wb):
        status_ws(wb).print_title_rows = "1:5"
        return True

    def header_language(wb):
        status_ws(wb)["A5"] = "Recommendation" if nl else "Aanbeveling"
        return True

    def formula(wb):
        ws = status_ws(wb)
        ws.cell(row=item_rows(ws)[0], column=1).value = "=1+1"
        return True

    def number_in_table(wb):
        ws = status_ws(wb)
        if len(columns) < 2:
            return False
        ws.cell(row=item_rows(ws)[0], column=2).value = 42
        return True

    def change_column(key):
        def mutate(wb):
            if key not in columns:
                return False
            ws = status_ws(wb)
            c = columns.index(key) + 1
            for r in item_rows(ws):
                v = ws.cell(row=r, column=c).value
                if v:
                    ws.cell(row=r, column=c).value = "Iemand anders, " + v
                    return True
            return False
        return mutate

    def status_language(wb):
        if "status" not in columns:
            return False
        ws = status_ws(wb)
        c = columns.index("status") + 1
        for r in item_rows(ws):
            v = ws.cell(row=r, column=c).value
            if v:
                ws.cell(row=r, column=c).value = v + " (x)"
                return True
        return False

    def status_colour(wb):
        if "status" not in columns:
            return False
        from openpyxl.styles import PatternFill
        ws = status_ws(wb)
        c = columns.index("status") + 1
        for r in item_rows(ws):
            cell = ws.cell(row=r, column=c)
            if cell.value:
                cell.fill = PatternFill("solid", fgColor="FF123456")
                return True
        return False

    def summary_total(wb):
        if not expected.get("summary"):
            return False
        ws = wb.worksheets[1]
        for row in ws.iter_rows():
            for cell in row:
                if cell.value == expected["n_items"]:
                    cell.value += 1
                    return True
        return False

    def summary_float(wb):
        if not expected.get("summary"):
            return False
        ws = wb.worksheets[1]
        for row in ws.iter_rows():
            for cell in row:
                if type(cell.value) is int and cell.value > 0:
                    cell.value = float(cell.value) + 0.5
                    return True
        return False

    def legend_meaning(wb):
        if not expected.get("legend"):
            return False
        ws = wb.worksheets[-1]
        labels = set(expected["status_labels"].values())
        for r in range(1, ws.max_row + 1):
            if ws.cell(row=r, column=1).value in labels:
                ws.cell(row=r, column=2).value = None
                return True
        return False

    def title(wb):
        status_ws(wb)["A1"] = "Een ander dossier"
        return True

    def round_label(wb):
        status_ws(wb)["A3"] = "Een andere ronde"
        return True

    def created(wb):
        wb.properties.created = datetime.datetime(2001, 2, 3, 4, 5, 6)
        return True

    def footer(wb):
        status_ws(wb).oddFooter.center.text = "Page &P of &N" if nl else "Pagina &P van &N"
        return True

    def sheet_name(wb):
        if len(wb.worksheets) < 2:
            return False
        wb.worksheets[1].title = "Blad2"
        return True

    def changes_ws(wb):
        return wb[expected["sheets"][expected["sheets"].index("Wijzigingen" if nl else "Changes")]] \
            if expected.get("changes") else None

    def drop_change(wb):
        ws = changes_ws(wb)
        if ws is None or ws.max_row <= header_row + 1:
            return False
        ws.delete_rows(header_row + 1)
        return True

    def swap_sides(wb):
        ws = changes_ws(wb)
        if ws is None:
            return False
        r = header_row + 1
        ws.cell(row=r, column=4).value, ws.cell(row=r, column=5).value = \
            ws.cell(row=r, column=5).value, ws.cell(row=r, column=4).value
        return True

    return [
        ("drop a change", drop_change, "changes sheet"),
        ("swap a change's two rounds", swap_sides, "changes sheet, change 1"),
        ("swap two items", swap_items, "items of theme"),
        ("drop a follow-up line", drop_bullet, "follow-up lines"),
        ("unmerge a theme row", unmerge_theme, "theme rows"),
        ("freeze a column too", freeze, "freeze panes"),
        ("shrink the autofilter", autofilter, "autofilter"),
        ("print portrait", portrait, "orientation"),
        ("print on Letter", letter, "paper size"),
        ("fit to one page high", fit_height, "fitToHeight"),
        ("repeat the wrong rows", titles, "print titles"),
        ("header in the other language", header_language, "header row"),
        ("a formula", formula, "formula"),
        ("a number in the table", number_in_table, "not text"),
        ("an unknown status label", status_language, "status:"),
        ("other parties", change_column("parties"), "parties:"),
        ("another timeframe", change_column("timeframe"), "timeframe:"),
        ("another explanation", change_column("explanation"), "explanation:"),
        ("a status in another colour", status_colour, "two colours"),
        ("a wrong grand total", summary_total, "summary"),
        ("a fractional count", summary_float, "not a whole number"),
        ("a legend without meaning", legend_meaning, "no meaning"),
        ("another title", title, "A1 (title)"),
        ("another round", round_label, "A3 (round)"),
        ("another date", created, "document created"),
        ("the footer in the other language", footer, "footer"),
        ("a renamed sheet", sheet_name, "sheets:"),
    ]


def raw_mutations():
    def decimal_comma(parts):
        name = "xl/worksheets/sheet1.xml"
        xml, n = re.subn(r'ht="([0-9]+)(\.[0-9]+)?"', r'ht="\1,5"', parts[name], count=1)
        parts[name] = xml
        return n == 1

    def control_escape(parts):
        for name in sorted(parts):
            if name.startswith("xl/worksheets/sheet") or name == "xl/sharedStrings.xml":
                xml, n = re.subn(r"<t>", "<t>_x0001_", parts[name], count=1)
                if n:
                    parts[name] = xml
                    return True
        return False

    def long_cell(parts):
        for name in sorted(parts):
            if name.startswith("xl/worksheets/sheet") or name == "xl/sharedStrings.xml":
                xml, n = re.subn(r"<t>", "<t>" + "x" * (EXCEL_CELL_LIMIT + 1), parts[name], count=1)
                if n:
                    parts[name] = xml
                    return True
        return False

    def unbold_new(parts):
        name = "xl/worksheets/sheet1.xml"
        xml, n = re.subn(r"<b/>((?:(?!</rPr>).)*</rPr><t[^>]*>(Nieuw|New)</t>)", r"\1", parts[name], count=1)
        parts[name] = xml
        return n == 1

    def extra_new(parts):
        name = "xl/worksheets/sheet1.xml"
        xml, n = re.subn(r"(<r><rPr><b/>(?:(?!</r>).)*</r>)", r"\1\1", parts[name], count=1)
        parts[name] = xml
        return n == 1

    return [
        ("New not in bold", unbold_new, "is not bold"),
        ("one New too many", extra_new, "follow-ups marked"),
        ("a cell over the limit", long_cell, "over Excel"),
        ("a row height written with a decimal comma", decimal_comma, "decimal comma"),
        ("a control character left in", control_escape, "escaped control character"),
    ]


def run(path, expected):
    del failures[:]
    main_checks(path, expected)
    return list(failures)


def self_test(path, expected):
    import os
    import shutil
    import tempfile

    problems = []
    got = run(path, expected)
    if got:
        print("FAIL: the unspoilt workbook does not pass: %s" % got[:5])
        return 1

    tmp = tempfile.mkdtemp(prefix="check-xlsx-")
    try:
        tried = 0
        for name, mutate, needle in mutations(expected):
            wb = openpyxl.load_workbook(path)
            if not mutate(wb):
                print("# skipped (not applicable): %s" % name)
                continue
            out = os.path.join(tmp, "m.xlsx")
            wb.save(out)
            got = run(out, expected)
            tried += 1
            if any(needle in f for f in got):
                print("# caught: %s" % name)
            else:
                problems.append("mutation not caught: %s (wanted %s, got %s)" % (name, short(needle), short(got[:4], 400)))

        with zipfile.ZipFile(path) as z:
            original = {n: z.read(n) for n in z.namelist()}
        for name, mutate, needle in raw_mutations():
            parts = {n: b.decode("utf-8") for n, b in original.items() if n.endswith(".xml")}
            if not mutate(parts):
                print("# skipped (not applicable): %s" % name)
                continue
            out = os.path.join(tmp, "r.xlsx")
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
                for n, b in original.items():
                    z.writestr(n, parts[n].encode("utf-8") if n in parts else b)
            got = run(out, expected)
            tried += 1
            if any(needle in f for f in got):
                print("# caught: %s" % name)
            else:
                problems.append("mutation not caught: %s (wanted %s, got %s)" % (name, short(needle), short(got[:4], 400)))
    finally:
        shutil.rmtree(tmp)

    for p in problems:
        print("FAIL: " + p)
    print("%d mutations tried, %d not caught" % (tried, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    testing = args[:1] == ["--self-test"]
    if testing:
        args = args[1:]
    if len(args) != 2:
        print("usage: check-xlsx.py [--self-test] FILE.xlsx EXPECTED.json", file=sys.stderr)
        sys.exit(2)
    with open(args[1], encoding="utf-8") as f:
        expected = json.load(f)
    if testing:
        sys.exit(self_test(args[0], expected))
    run(args[0], expected)
    for message in failures[:40]:
        print("FAIL: " + message)
    if len(failures) > 40:
        print("FAIL: … and %d more" % (len(failures) - 40))
    if failures:
        sys.exit(1)
    print("OK: %s" % args[0])
