#!/usr/bin/python3
"""Fails when C code builds SQL by formatting or concatenating strings.

Usage: check-sql.py DIR…        check every .c and .h file below each DIR
       check-sql.py --self-test check the checker on samples it must flag
                                and samples it must pass

SQL in Opvolging is written as string literals with ? parameters, and values
are bound with sqlite3_bind_*() (HACKING.md). A value formatted into SQL
text is an injection waiting for a title with a quote in it; and the store's
statement cache keys on the literal's address, so SQL made at run time would
also leave a dangling key. This check reads the C sources, with comments
removed and adjacent string literals joined, and reports:

  - a printf-style call (g_strdup_printf, g_string_append_printf,
    sqlite3_mprintf, snprintf, …) whose format holds SQL and a conversion
    such as %s, %d, %q or %" G_GINT64_FORMAT;
  - a concatenation (g_strconcat, g_strjoin, g_string_append…) of a literal
    that holds SQL.

"Holds SQL" means an upper-case statement keyword (SELECT, INSERT, UPDATE,
DELETE, REPLACE, CREATE, DROP, ALTER, PRAGMA, ATTACH) or a lower-case
"select … from", "insert into", "delete from" or "update … set".

SPDX-License-Identifier: EUPL-1.2
"""

import pathlib
import re
import sys

FORMAT_FUNCTIONS = {
    "g_strdup_printf", "g_strdup_vprintf", "g_string_printf", "g_string_vprintf",
    "g_string_append_printf", "g_string_append_vprintf", "g_snprintf", "g_vsnprintf",
    "g_printf_string_upper_bound", "sqlite3_mprintf", "sqlite3_vmprintf", "sqlite3_snprintf",
    "sqlite3_vsnprintf", "sqlite3_str_appendf", "sqlite3_str_vappendf", "snprintf", "sprintf",
    "vsnprintf", "vsprintf", "asprintf", "vasprintf",
}
CONCAT_FUNCTIONS = {
    "g_strconcat", "g_strjoin", "g_string_append", "g_string_append_len", "g_string_prepend",
    "g_string_insert", "g_string_assign", "g_string_new", "sqlite3_str_appendall",
    "sqlite3_str_append", "strcat", "strncat", "g_strlcat",
}

SQL_UPPER = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|ATTACH)\b")
SQL_LOWER = re.compile(r"\bselect\b.*\bfrom\b|\binsert\s+into\b|\bdelete\s+from\b|\bupdate\s+\w+\s+set\b",
                       re.IGNORECASE | re.DOTALL)
# A printf conversion, or a literal that ends where a format macro such as
# G_GINT64_FORMAT follows ("%" G_GINT64_FORMAT is joined as "%").
CONVERSION = re.compile(r"%[-+ #0']*(\d+|\*)?(\.(\d+|\*))?(hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspnqQwz]|%$")

TOKEN = re.compile(r"""
    (?P<comment>/\*.*?\*/|//[^\n]*)
  | (?P<string>"(?:\\.|[^"\\\n])*")
  | (?P<char>'(?:\\.|[^'\\\n])+')
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<open>\()
  | (?P<close>\))
  | (?P<comma>,)
  | (?P<newline>\n)
  | (?P<other>[^\sA-Za-z_"'(),/]+|/)
  | (?P<space>[ \t\r\f\v]+)
""", re.VERBOSE | re.DOTALL)


def tokens(text):
    line = 1
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind in ("comment", "space"):
            line += value.count("\n")
            continue
        if kind == "newline":
            line += 1
            continue
        yield kind, value, line


def unquote(literal):
    return literal[1:-1]


def calls(text):
    """Yields (function, line, arguments) for every call; each argument is a
    list of (kind, value) tokens, with adjacent string literals joined."""
    toks = list(tokens(text))
    for i, (kind, value, line) in enumerate(toks):
        if kind != "ident" or value not in FORMAT_FUNCTIONS | CONCAT_FUNCTIONS:
            continue
        if i + 1 >= len(toks) or toks[i + 1][0] != "open":
            continue
        depth = 0
        args, current = [], []
        for kind2, value2, _ in toks[i + 1:]:
            if kind2 == "open":
                depth += 1
                if depth == 1:
                    continue
            elif kind2 == "close":
                depth -= 1
                if depth == 0:
                    args.append(current)
                    break
            elif kind2 == "comma" and depth == 1:
                args.append(current)
                current = []
                continue
            if kind2 == "string" and current and current[-1][0] == "string":
                current[-1] = ("string", current[-1][1] + unquote(value2))
            else:
                current.append((kind2, unquote(value2) if kind2 == "string" else value2))
        yield value, line, args


def holds_sql(text):
    return SQL_UPPER.search(text) is not None or SQL_LOWER.search(text) is not None


def check_text(text, name):
    problems = []
    for function, line, args in calls(text):
        literals = [value for arg in args for kind, value in arg if kind == "string"]
        sql = [s for s in literals if holds_sql(s)]
        if not sql:
            continue
        if function in FORMAT_FUNCTIONS:
            if any(CONVERSION.search(s) for s in literals):
                problems.append(f"{name}:{line}: {function} formats values into SQL; bind them with ? instead")
        else:
            problems.append(f"{name}:{line}: {function} builds SQL from pieces; write one literal with ? parameters")
    return problems


BAD_SAMPLES = [
    'g_strdup_printf ("SELECT * FROM item WHERE id = %d", id);',
    'char *sql = g_strdup_printf ("SELECT title FROM item "\n'
    '                             "WHERE code = \'%s\'", code);',
    'sqlite3_mprintf ("DELETE FROM theme WHERE title = %Q", title);',
    'g_string_append_printf (s, "UPDATE item SET title = \'%s\' WHERE id = %" G_GINT64_FORMAT, t, id);',
    'g_string_printf (s, "INSERT INTO party (short_name) VALUES (\'%s\')", name);',
    'snprintf (buf, sizeof buf, "PRAGMA user_version = %d", v);',
    'x = g_strconcat ("SELECT * FROM item WHERE code = \'", code, "\'", NULL);',
    'g_string_append (sql, "DELETE FROM round WHERE id IN (");',
    'g_strdup_printf ("select title from item where code = \'%s\'", code);',
    'sqlite3_str_appendf (str, "%s", "REPLACE INTO x VALUES (1)");',
]

GOOD_SAMPLES = [
    'opv_store_prepare (self, "SELECT title FROM item WHERE id = ?1", error);',
    'g_strdup_printf (_("Delete “%s”?"), title);',
    'g_strdup_printf (_("Deleted %s"), code);',
    '/* g_strdup_printf ("SELECT %s", x) is what we never do */',
    'g_string_append_printf (s, "%s (%s)", label, url);',
    'g_strconcat (text, "\\n", NULL);',
    'g_strdup_printf ("%d%% selected", n);',
    'g_string_append (s, "Select the items to update");',
]


def self_test():
    failures = 0
    for sample in BAD_SAMPLES:
        if not check_text(sample, "sample"):
            print(f"not flagged, but should be: {sample}")
            failures += 1
    for sample in GOOD_SAMPLES:
        problems = check_text(sample, "sample")
        if problems:
            print(f"flagged, but fine: {sample}: {problems}")
            failures += 1
    print(f"self-test: {len(BAD_SAMPLES)} bad and {len(GOOD_SAMPLES)} good samples, {failures} wrong")
    return 1 if failures else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) < 2:
        print(__doc__)
        return 2

    problems, files = [], 0
    for top in argv[1:]:
        for path in sorted(pathlib.Path(top).rglob("*.[ch]")):
            files += 1
            problems += check_text(path.read_text(encoding="utf-8"), str(path))
    for problem in problems:
        print(problem)
    print(f"{files} files checked, {len(problems)} places build SQL from strings")
    return 1 if problems or files == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
