#!/usr/bin/python3
# check-xlsx-text.py: reads back what tests/test-export-hostile.c exported.
#
#   check-xlsx-text.py strings FILE.xlsx MIN
#       No cell in any sheet is a formula, in openpyxl's reading or in the
#       raw XML; every value that starts with = + - or @ is a string; and at
#       least MIN such cells are there (so the texts were not dropped).
#
#   check-xlsx-text.py column FILE.xlsx HEADER EXPECTED.txt
#       The cells of column HEADER on the first sheet, below the header row,
#       joined, hold EXPECTED.txt's text with only white space changed
#       (long texts are split over rows); none is over Excel's 32,767
#       characters and no row is taller than Excel's 409 points.
#
# Prints what is wrong and exits 1, or exits 0; 77 without openpyxl.
#
# SPDX-License-Identifier: EUPL-1.2

import re
import sys
import time
import zipfile

try:
    import openpyxl
except ImportError:
    print("SKIP: python3-openpyxl is not installed")
    sys.exit(77)

EXCEL_CELL_LIMIT = 32767
EXCEL_ROW_POINTS = 409
FORMULA_START = ("=", "+", "-", "@")


def squash(text):
    return re.sub(r"\s+", "", text or "")


def strings(path, minimum):
    problems = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                if re.search(rb"<f[ >/]", z.read(name)):
                    problems.append("%s has a formula element" % name)

    wb = openpyxl.load_workbook(path)
    found = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                if cell.data_type == "f":
                    problems.append("%s!%s is a formula: %r" % (ws.title, cell.coordinate, cell.value))
                text = str(cell.value)
                if text.startswith(FORMULA_START):
                    if cell.data_type != "s" or not isinstance(cell.value, str):
                        problems.append("%s!%s is not text: %r (%s)" % (ws.title, cell.coordinate, cell.value, cell.data_type))
                    found += 1
    if found < minimum:
        problems.append("only %d cells start with = + - or @, expected at least %d" % (found, minimum))
    print("%d cells start with = + - or @, all text" % found)
    return problems


def column(path, header, expected_path):
    problems = []
    expected = open(expected_path, encoding="utf-8").read()
    start = time.monotonic()
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]

    header_row = col = None
    for r in range(1, 10):
        for c in range(1, ws.max_column + 1):
            if ws.cell(row=r, column=c).value == header:
                header_row, col = r, c
    if col is None:
        return ["no column %r in the first sheet" % header]

    parts = []
    for r in range(header_row + 1, ws.max_row + 1):
        value = ws.cell(row=r, column=col).value
        if value is None:
            continue
        if len(str(value)) > EXCEL_CELL_LIMIT:
            problems.append("%s%d has %d characters" % (ws.cell(row=r, column=col).column_letter, r, len(str(value))))
        parts.append(str(value))
    for r, dimension in ws.row_dimensions.items():
        if dimension.height is not None and dimension.height > EXCEL_ROW_POINTS:
            problems.append("row %d is %.1f points tall" % (r, dimension.height))

    got = squash("".join(parts))
    want = squash(expected)
    if got != want:
        i = next((i for i in range(min(len(got), len(want))) if got[i] != want[i]), min(len(got), len(want)))
        problems.append("the column's text differs at character %d of %d (got %d): %r… instead of %r…"
                        % (i, len(want), len(got), got[i:i + 40], want[i:i + 40]))
    print("%s: %d cells over %d rows, %d characters, read back in %.1f s"
          % (header, len(parts), ws.max_row - header_row, len(got), time.monotonic() - start))
    return problems


def main(argv):
    if len(argv) == 4 and argv[1] == "strings":
        problems = strings(argv[2], int(argv[3]))
    elif len(argv) == 5 and argv[1] == "column":
        problems = column(argv[2], argv[3], argv[4])
    else:
        print(__doc__ if __doc__ else "usage: see the comment at the top")
        return 2
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
