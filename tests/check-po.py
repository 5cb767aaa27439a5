#!/usr/bin/python3
# check-po.py: the translation house rules, as CI checks them.
#
#   check-po.py SRCDIR            check po/nl.po and every .ui file
#   check-po.py --self-test       prove that each check can fail
#
# - po/nl.po has no untranslated and no fuzzy message (msgfmt --check);
# - every user-visible text in a .ui file (label, title, subtitle,
#   tooltip, placeholder, description, text, a menu item's label) is
#   marked translatable="yes", unless it holds no letters at all.
#
# SPDX-License-Identifier: EUPL-1.2

import glob
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

VISIBLE = {"label", "title", "subtitle", "tooltip-text", "tooltip-markup", "placeholder-text",
           "description", "text", "secondary-text", "heading", "body", "accessible-name"}


def check_ui(path):
    problems = []
    tree = ET.parse(path)
    for element in tree.iter():
        if element.tag not in ("property", "attribute"):
            continue
        name = element.get("name", "")
        text = (element.text or "").strip()
        if name not in VISIBLE or not re.search(r"[^\W\d_]", text):
            continue
        if element.get("translatable") != "yes":
            problems.append("%s: %s “%s” is not marked translatable=\"yes\"" % (path, name, text[:60]))
    return problems


def check_po(path):
    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, path],
                            capture_output=True, text=True)
    stats = result.stderr.strip()
    if result.returncode != 0:
        return ["%s does not compile: %s" % (path, stats)]
    if "untranslated" in stats or "fuzzy" in stats:
        return ["%s is not complete: %s" % (path, stats)]
    return []


def run(srcdir):
    problems = check_po(os.path.join(srcdir, "po", "nl.po"))
    for ui in sorted(glob.glob(os.path.join(srcdir, "resources", "**", "*.ui"), recursive=True)):
        problems += check_ui(ui)
    return problems


def self_test():
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        ui = os.path.join(tmp, "bad.ui")
        with open(ui, "w", encoding="utf-8") as f:
            f.write('<interface><object class="GtkLabel"><property name="label">Hello</property>'
                    '<property name="icon-name">x-symbolic</property></object></interface>')
        if len(check_ui(ui)) != 1:
            failed.append("an untranslatable label went unnoticed")
        po = os.path.join(tmp, "nl.po")
        with open(po, "w", encoding="utf-8") as f:
            f.write('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "Hello"\nmsgstr ""\n')
        if not check_po(po):
            failed.append("an untranslated message went unnoticed")
    return failed


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        problems = self_test()
    else:
        problems = run(sys.argv[1])
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)
