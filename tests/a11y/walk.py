#!/usr/bin/python3
# walk.py: every interactive widget that a screen reader reaches has a name.
#
#   walk.py               start Opvolging on a fresh database, open each of
#                         its windows, dialogs and popovers by keyboard and
#                         walk its AT-SPI tree
#   walk.py --self-test   walk a fixture with known unnamed widgets and
#                         check that exactly those are reported
#
# A name is missing when it is empty or when it is only a GType name
# ("GtkToggleButton"), which is what GTK 4.8 answers for a widget that has
# no accessible name. Each missing one is listed with its role and path.
# The language follows LANGUAGE; meson runs the walk in English and Dutch.
#
# SPDX-License-Identifier: EUPL-1.2

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import opvatspi as at  # noqa: E402
from opvatspi import key, tr  # noqa: E402

import pyatspi  # noqa: E402


class Walk:
    def __init__(self, app):
        self.app = app
        self.problems = []
        self.walked = 0

    def check(self, what, top):
        started = time.monotonic()
        nodes = [0]
        unnamed = at.unnamed_interactive(top, nodes)
        self.walked += 1
        at.log("%-44s %4d nodes, %d unnamed (%.1f s)" % (what, nodes[0], len(unnamed), time.monotonic() - started))
        for r, path in unnamed:
            self.problems.append("%s: %s: %s" % (what, r, path))


def select_row(app, list_name, predicate, what):
    """Selects the first built row of a list that matches, through the
    list's Selection interface (the walk is not about the keyboard; the
    journey is)."""
    lst = at.wait_for(lambda: at.find(app.main, at.by_role_name("list", list_name)), 10,
                      "the list %r" % list_name)
    for i, row in at.children(lst):
        if predicate(row):
            lst.querySelection().selectChild(i)
            return row
    raise at.Failure("no row for %s in the list %r" % (what, list_name))


def row_text(row):
    """A row's name, or else the texts of its labels."""
    name = at.real_name(row)
    if name:
        return name
    return " ".join(at.real_name(n) for n in at.find_all(row, lambda n: at.role(n) == "label"))


def popover_open(app, predicate, what):
    return at.wait_for(lambda: at.find(app.main, predicate), 10, what)


def run_walk(walk):
    app = at.App().start()
    walk.app = app
    main = app.main
    try:
        list_name = tr("Recommendations and activities")

        # The main window with recommendation 2.3 in the detail pane.
        select_row(app, list_name, lambda r: row_text(r).startswith("2.3 "), "2.3")
        at.wait_for(lambda: at.find(main, at.by_role_name("push button", tr("Add Follow-up"))),
                    10, "the detail pane of 2.3")
        walk.check("main window, 2.3 selected", main)

        # The round before, which names 2.3's parties: rows with a role
        # drop-down ("Role of OCW") and a remove button each.
        key("<Control>Page_Up")
        role_of = tr("Role of %s").split("%s")[0]
        at.wait_for(lambda: at.find(main, lambda n: at.role(n) == "combo box"
                                    and at.real_name(n).startswith(role_of)),
                    10, "2.3's parties in the round before")
        walk.check("main window, 2.3 in the round before", main)
        key("<Control>Page_Down")

        # Windows and dialogs of their own, each closed with Escape.
        for what, combo in [
            ("export dialog (Ctrl+E)", "<Control>e"),
            ("preferences (Ctrl+,)", "<Control>comma"),
            ("changes window (Ctrl+Shift+C)", "<Control><Shift>c"),
            ("new round (Ctrl+Shift+R)", "<Control><Shift>r"),
        ]:
            before = app.windows()
            key(combo)
            window = at.wait_for(lambda: [w for w in app.windows() if w not in before], 15,
                                 "a new window after %s (windows: %s)" % (combo, app.window_names()))[0]
            # A window's tree fills in as it is mapped.
            at.wait_for(lambda: at.find(window, lambda n: at.role(n) in at.INTERACTIVE), 10,
                        "anything to operate in %s" % what)
            walk.check(what, window)
            key("Escape")
            at.wait_for(lambda: len(app.windows()) == len(before), 10,
                        "%s to close on Escape (windows: %s)" % (what, app.window_names()))

        # The main menu (F10), the filter popover and the dossier list.
        key("F10")
        popover_open(app, lambda n: at.role(n) == "menu item", "the main menu")
        walk.check("main menu (F10)", main)
        key("Escape")

        key("<Control><Shift>f")
        popover_open(app, lambda n: at.role(n) == "check box"
                     and at.real_name(n) == tr("_Overdue"), "the filter popover")
        walk.check("filter popover (Ctrl+Shift+F)", main)
        key("Escape")

        key("<Control>d")
        popover_open(app, lambda n: at.role(n) == "list item" and "Schaduw" in row_text(n)
                     and at.role(n.parent) == "list", "the dossier list")
        walk.check("dossier list (Ctrl+D)", main)
        key("Escape")

        # Search all dossiers.
        key("<Control>f")
        at.type_text("melding")
        at.wait_for(lambda: at.find(main, lambda n: at.role(n) == "list"
                                    and at.real_name(n) == tr("Search results")
                                    and n.childCount > 0), 10, "search results")
        walk.check("search (Ctrl+F)", main)
        key("Escape")

        # The parties, with the first one chosen.
        key("<Control>p")
        parties = tr("Parties")
        at.wait_for(lambda: at.find(main, lambda n: at.role(n) == "list" and at.real_name(n) == parties
                                    and n.childCount > 0), 10, "the parties list")
        select_row(app, parties, lambda r: True, "the first party")
        walk.check("parties (Ctrl+P), one chosen", main)
    finally:
        app.stop()


def run_self_test():
    """A fixture window with two unnamed buttons, an unnamed check box, a
    check box whose name shows its mnemonic underscore and named widgets:
    the walk must list exactly those four."""
    fixture = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixture-unnamed.py")
    process = subprocess.Popen([sys.executable, fixture])
    try:
        def found():
            for app in pyatspi.Registry.getDesktop(0):
                try:
                    if app is not None and app.get_process_id() == process.pid:
                        windows = [w for _, w in at.children(app) if at.role(w) == "frame"]
                        if windows and at.find(windows[0], lambda n: at.role(n) == "check box"):
                            return windows[0]
                except Exception:
                    continue
            return None
        window = at.wait_for(found, 20, "the fixture window")
        unnamed = at.unnamed_interactive(window)
        for r, path in unnamed:
            at.log("found %s: %s" % (r, path))
        roles = sorted(r for r, _ in unnamed)
        # GTK 4.8 gives a toggle button the role of a push button.
        expected = ["check box: mnemonic underscore in the name '_Mnemonic'",
                    "unnamed check box", "unnamed push button", "unnamed push button"]
        if roles != expected:
            print("self-test FAILED: expected %s, the walk found %s" % (expected, roles))
            at.dump(window)
            return 1
        print("self-test passed: the walk reports the three unnamed widgets, the leaked mnemonic and nothing else")
        return 0
    finally:
        process.terminate()
        process.wait(timeout=10)


def main():
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("no display: run under xvfb-run … dbus-run-session (build-aux/test does)")
        return 77
    if sys.argv[1:] == ["--self-test"]:
        return run_self_test()
    started = time.monotonic()
    walk = Walk(None)
    failed = False
    try:
        run_walk(walk)
    except at.Failure as failure:
        print("walk FAILED: %s" % failure)
        failed = True
    for problem in walk.problems:
        print(problem)
    print("%d views walked in %.1f s (LANGUAGE=%s): %d unnamed interactive widgets"
          % (walk.walked, time.monotonic() - started, at.language(), len(walk.problems)))
    return 1 if walk.problems or failed else 0


if __name__ == "__main__":
    sys.exit(main())
