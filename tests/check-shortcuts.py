#!/usr/bin/python3
# check-shortcuts.py: every action has a shortcut and is listed in the
# shortcuts window.
#
#   check-shortcuts.py SRCDIR          check the application
#   check-shortcuts.py --self-test     prove that the check can fail
#
# Actions come from the sources: gtk_widget_class_install_action() and the
# { "win.…", … } tables of app/ui, and the application's GActionEntry table.
# A shortcut is an entry of the accelerator table in opv-application.c, or,
# for an action that a widget binds itself (the list's Delete and Return),
# an "accelerator" entry of the shortcuts window that names it in WIDGET_KEYS.
#
# SPDX-License-Identifier: EUPL-1.2

import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

# Actions bound by a widget's own key, not by an application accelerator:
# the action, and the key the shortcuts window must list.
WIDGET_KEYS = {
    "win.delete-item": "Delete",
    "win.show-detail": "Return",
    "row.edit": "Return",
    "row.delete": "Delete",
    "row.move-up": "<Alt>Up",
    "row.move-down": "<Alt>Down",
}

# Actions that by GNOME convention have no shortcut.
NO_SHORTCUT = {"app.about"}


def actions(srcdir):
    found = set()
    for path in glob.glob(os.path.join(srcdir, "app", "ui", "*.c")):
        text = open(path, encoding="utf-8").read()
        found.update(re.findall(r'install_action \(\s*widget_class,\s*"([a-z]+\.[a-z-]+)"', text))
        found.update(re.findall(r'\{\s*"(win\.[a-z-]+)",\s*[a-z_]+\s*\}', text))
        table = re.search(r"GActionEntry app_actions\[\] = \{(.*?)\};", text, re.S)
        if table:
            found.update("app." + a for a in re.findall(r'\{\s*"([a-z-]+)"', table.group(1)))
    return found


def accels(srcdir):
    text = open(os.path.join(srcdir, "app", "ui", "opv-application.c"), encoding="utf-8").read()
    return set(re.findall(r'\{\s*"([a-z]+\.[a-z-]+)",\s*\{\s*"', text))


def overlay(srcdir):
    tree = ET.parse(os.path.join(srcdir, "resources", "gtk", "help-overlay.ui"))
    names, keys = set(), set()
    for obj in tree.iter("object"):
        if obj.get("class") != "GtkShortcutsShortcut":
            continue
        for prop in obj.findall("property"):
            if prop.get("name") == "action-name":
                names.add(prop.text)
            elif prop.get("name") == "accelerator":
                keys.add(prop.text)
    return names, keys


def check(all_actions, with_accel, listed, listed_keys):
    problems = []
    for action in sorted(all_actions - NO_SHORTCUT):
        if action in WIDGET_KEYS:
            if WIDGET_KEYS[action] not in listed_keys:
                problems.append("%s: its key %s is not in the shortcuts window" % (action, WIDGET_KEYS[action]))
            continue
        if action not in with_accel:
            problems.append("%s has no shortcut (add it to the accelerators in opv-application.c)" % action)
        if action not in listed:
            problems.append("%s is not in the shortcuts window (resources/gtk/help-overlay.ui)" % action)
    return problems


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        bad = check({"win.a", "win.b", "win.delete-item"}, {"win.a"}, {"win.a"}, set())
        ok = len(bad) == 3
        print("self-test: %s (%d problems found in a broken set)" % ("ok" if ok else "FAILED", len(bad)))
        sys.exit(0 if ok else 1)
    srcdir = sys.argv[1]
    found = actions(srcdir)
    names, keys = overlay(srcdir)
    problems = check(found, accels(srcdir), names, keys)
    for p in problems:
        print(p)
    print("%d actions, %d problems" % (len(found), len(problems)))
    sys.exit(1 if problems or len(found) < 30 else 0)
