#!/usr/bin/python3
# check-colours.py: no colour is written down literally, so that every
# colour follows the light, dark and high-contrast styles.
#
#   check-colours.py SRCDIR        check resources/*.css and app/ui/*.c
#   check-colours.py --self-test   prove that the check can fail
#
# A style sheet uses libadwaita's named colours (@accent_color,
# @error_color, alpha(currentColor, …)); C code reads colours from the
# style (gtk_style_context_lookup_color) instead of writing "#c01c28" into
# Pango markup.
#
# SPDX-License-Identifier: EUPL-1.2

import glob
import os
import re
import sys
import tempfile

CSS_LITERAL = re.compile(r"#[0-9a-fA-F]{3,8}\b|\brgba?\s*\(|\bhsla?\s*\(")
CSS_NAMED = re.compile(r":\s*(red|green|blue|black|white|yellow|orange|gray|grey)\s*[;}]")
C_LITERAL = re.compile(r"(foreground|background|color|underline_color)\s*=\s*\\?\"#[0-9a-fA-F]{3,8}|"
                       r"gdk_rgba_parse\s*\([^,]*,\s*\"#")


def strip_css_comments(text):
    return re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)


def check_file(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".css"):
        text = strip_css_comments(text)
        patterns = [CSS_LITERAL, CSS_NAMED]
    else:
        patterns = [C_LITERAL]
    for number, line in enumerate(text.splitlines(), 1):
        for pattern in patterns:
            match = pattern.search(line)
            if match:
                problems.append("%s:%d: a literal colour (%s): use a named colour of the style"
                                % (path, number, match.group(0).strip()))
    return problems


def run(srcdir):
    problems = []
    files = sorted(glob.glob(os.path.join(srcdir, "resources", "**", "*.css"), recursive=True))
    files += sorted(glob.glob(os.path.join(srcdir, "app", "ui", "*.c")))
    for path in files:
        problems += check_file(path)
    return problems


def self_test():
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        css = os.path.join(tmp, "bad.css")
        with open(css, "w", encoding="utf-8") as f:
            f.write("/* #ffffff in a comment is fine */\n.a { color: @error_color; }\n"
                    ".b { color: #c01c28; }\n.c { background: rgba(0, 0, 0, 0.5); }\n.d { color: red; }\n")
        if len(check_file(css)) != 3:
            failed.append("literal colours in a style sheet went unnoticed: %s" % check_file(css))
        c = os.path.join(tmp, "bad.c")
        with open(c, "w", encoding="utf-8") as f:
            f.write('#define REMOVED "strikethrough=\\"true\\" foreground=\\"#c01c28\\""\n'
                    'lookup (context, "error_color", &color);\n')
        if len(check_file(c)) != 1:
            failed.append("a literal colour in Pango markup went unnoticed: %s" % check_file(c))
    return failed


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        problems = self_test()
    else:
        problems = run(sys.argv[1])
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)
