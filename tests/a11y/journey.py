#!/usr/bin/python3
# journey.py: the whole journey of issue 6 by keyboard alone, through
# AT-SPI, as a screen reader user would make it.
#
# On a fresh database it: finds the dossier drop-down by its accessible
# name and chooses Schaduw dansen; finds recommendation 2.3 with the arrow
# keys and reads its text; changes its status; adds a follow-up; exports
# to xlsx through the export dialog and the file chooser; and reads the
# workbook back with openpyxl. Every action is a key press; AT-SPI is
# only read, to find out where the focus is and what the app shows. The
# language follows LANGUAGE, and widgets are found by their names in it.
#
# SPDX-License-Identifier: EUPL-1.2

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import opvatspi as at  # noqa: E402
from opvatspi import Failure, describe, key, real_name, role, tr  # noqa: E402

import pyatspi  # noqa: E402

STATUS_MSGID = "In progress"
FOLLOWUP = "Journey %s: the helpline is listed on every member's website" % at.language()


class Journey:
    def __init__(self):
        self.app = None
        self.started = time.monotonic()
        self.step_started = self.started
        self.steps = []

    def step(self, text):
        now = time.monotonic()
        if self.steps:
            at.log("    done in %.1f s" % (now - self.step_started))
        self.step_started = now
        self.steps.append(text)
        at.log("step %d: %s" % (len(self.steps), text))

    def focus(self):
        node = self.app.focused()
        return node

    def press_until(self, keys, predicate, what, limit=60):
        """Presses keys until the focus is on a node that matches; the
        keys are pressed one at a time and the focus read after each."""
        seen = []
        for _ in range(limit):
            node = self.focus()
            if node is not None and predicate(node):
                return node
            seen.append(describe(node) if node is not None else "(no focus reported)")
            key(keys)
            time.sleep(0.1)
        node = self.focus()
        if node is not None and predicate(node):
            return node
        raise Failure("pressing %s %d times did not bring the focus to %s; it went over: %s"
                      % (keys, limit, what, " → ".join(seen[-15:])))

    def wait_focus(self, predicate, what, timeout=10):
        return self.app.wait_focus(predicate, timeout, what)


def is_(r, name=None, prefix=None):
    def check(node):
        if role(node) != r:
            return False
        if name is not None and real_name(node) != name:
            return False
        if prefix is not None and not real_name(node).startswith(prefix):
            return False
        return True
    return check


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def run(j, export_dir):
    app = j.app = at.App().start()
    main = app.main

    if at.language() != "en" and tr("Add Follow-up") == "Add Follow-up":
        raise Failure("LANGUAGE=%s, but the test found no translation to look for" % at.language())

    # 1. The dossier drop-down, by its accessible name.
    j.step("find the dossier list by its name and choose Schaduw dansen")
    dossier_name = tr("Dossier")
    combo = at.find(main, is_("combo box", dossier_name))
    if combo is None:
        raise Failure("no combo box named %r in the main window" % dossier_name)
    j.press_until("Tab", is_("push button", dossier_name), "the button of the %r drop-down" % dossier_name)
    # Choose another dossier first, so that choosing Schaduw dansen changes
    # what the window shows.
    key("space")
    j.wait_focus(lambda n: role(n) == "list item", "a dossier in the open drop-down")
    key("End")
    other = j.wait_focus(lambda n: role(n) == "list item" and "Schaduw" not in real_name(n),
                         "the last dossier in the drop-down")
    at.log("    first chose %r" % real_name(other))
    key("Return")
    j.wait_focus(is_("push button", dossier_name), "the drop-down's button again")
    item_list_name = tr("Recommendations and activities")
    item_list = at.find(main, is_("list", item_list_name))
    at.wait_for(lambda: not any(real_name(r).startswith("2.3 ") for _, r in at.children(item_list)), 10,
                "the list to show the other dossier")
    key("space")
    j.wait_focus(lambda n: role(n) == "list item", "a dossier in the open drop-down")
    j.press_until("Up", lambda n: role(n) == "list item" and "Schaduw dansen" in real_name(n),
                  "Schaduw dansen in the drop-down", limit=5)
    key("Return")
    j.wait_focus(lambda n: is_("push button", dossier_name)(n) and "Schaduw dansen" in (n.description or ""),
                 "the drop-down's button, telling Schaduw dansen as its choice")

    # 2. Recommendation 2.3, with the arrow keys, and its text.
    j.step("find recommendation 2.3 with the arrow keys and read its text")
    key("<Alt>Left")
    j.wait_focus(lambda n: role(n) in ("list", "list item") and real_name(n) != dossier_name,
                 "the item list (Alt+Left)")
    row = j.press_until("Down", is_("list item", prefix="2.3 "), "recommendation 2.3", limit=15)
    at.log("    focus on %s" % describe(row, 90))
    full_text = at.wait_for(lambda: at.find(main, is_("text", tr("Full text"))), 10, "the item's full text")
    detail = at.wait_for(lambda: text_of(full_text), 10, "the full text of 2.3 to be filled in")
    at.log("    full text: %r" % detail[:100])
    if "meldpunt" not in detail:
        raise Failure("the detail pane's full text does not read as 2.3's: %r" % detail[:200])

    # 3. Its status, from the keyboard.
    j.step("change the status of 2.3 to %r with the keyboard" % tr(STATUS_MSGID))
    key("Tab")
    status = j.press_until("Tab", is_("combo box", tr("Status")), "the Status row", limit=25)
    before = " ".join(real_name(n) for n in at.find_all(status, lambda n: role(n) == "label"))
    at.log("    status before: %r" % before)
    key("space")
    j.wait_focus(lambda n: role(n) == "list item", "a status in the open list")
    j.press_until("Down", is_("list item", prefix=tr(STATUS_MSGID)), "the status %r" % tr(STATUS_MSGID),
                  limit=8)
    key("Return")
    at.wait_for(lambda: [r for _, r in at.children(item_list)
                         if real_name(r).startswith("2.3 ") and r.description.startswith(tr(STATUS_MSGID))],
                10, "the list to show 2.3 as %r" % tr(STATUS_MSGID))

    # 4. A follow-up.
    j.step("add a follow-up to 2.3")
    add = tr("Add Follow-up")
    j.press_until("Tab", is_("push button", add), "the %r button" % add, limit=25)
    key("Return")
    editor = j.wait_focus(lambda n: role(n) == "text", "the new follow-up's text")
    at.log("    typing into %s" % describe(editor))
    at.type_text(FOLLOWUP)
    key("<Control>Return")
    at.wait_for(lambda: at.find(main, lambda n: role(n) == "list item"
                                and FOLLOWUP in (n.description or "") + real_name(n)),
                15, "a follow-up row that holds the new text")

    # 5. The export, through the dialog and the file chooser.
    j.step("export to xlsx through the export dialog")
    path = os.path.join(export_dir, "journey-%s.xlsx" % at.language())
    windows = app.windows()
    key("<Control>e")
    dialog = at.wait_for(lambda: [w for w in app.windows() if w not in windows], 10,
                         "the export dialog (windows: %s)" % app.window_names())[0]
    at.log("    dialog %s" % describe(dialog))
    for name, want in [(tr("Dossier"), "Schaduw dansen"), (tr("Reporting round"), "Update 2024")]:
        row = at.wait_for(lambda: at.find(dialog, is_("combo box", name)), 10, "the %r row" % name)
        shown = " ".join(real_name(n) for n in at.find_all(row, lambda n: role(n) == "label"))
        if want not in shown:
            raise Failure("the export dialog's %r row shows %r, not %r" % (name, shown, want))
    j.wait_focus(lambda n: True, "the focus in the export dialog")
    # The button's mnemonic, Alt+E for "_Export…".
    key(at.mnemonic("_Export…"))
    chooser = at.wait_for(lambda: [w for w in app.windows() if w not in windows and w != dialog], 10,
                          "the file chooser (windows: %s)" % app.window_names())[0]
    at.log("    file chooser %s" % describe(chooser))
    name_entry = j.wait_focus(lambda n: role(n) in ("text", "entry"), "the file name field")
    at.log("    typing the path into %s" % describe(name_entry))
    key("<Control>a")
    at.type_text(path)
    key("Return")

    def written():
        if not os.path.exists(path):
            return False
        size = os.path.getsize(path)
        time.sleep(0.3)
        return size > 0 and size == os.path.getsize(path)
    at.wait_for(written, 30, "the workbook %s" % path)
    at.wait_for(lambda: dialog not in app.windows(), 15, "the export dialog to close when done")

    # 6. The workbook.
    j.step("read the workbook back with openpyxl")
    check_workbook(path)
    return path


def check_workbook(path):
    """The status table, the workbook's first sheet, shows 2.3 with the new
    status and the new follow-up. An item's row starts with its code and
    title; a long follow-up column goes on in rows below it whose first
    cell is empty."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    status = tr(STATUS_MSGID)
    at.log("    sheets: %s" % ", ".join(s.title for s in book.worksheets))
    rows = [["" if c is None else str(c) for c in cells] for cells in sheet.iter_rows(values_only=True)]
    header = next((r for r in rows if tr("Status") in r), None)
    if header is None:
        raise Failure("the sheet %r has no header with a %r column" % (sheet.title, tr("Status")))
    column = header.index(tr("Status"))
    start = next((i for i, r in enumerate(rows) if r and r[0].startswith("2.3 ")), None)
    if start is None:
        raise Failure("the sheet %r has no row for 2.3" % sheet.title)
    block = [rows[start]]
    for r in rows[start + 1:]:
        if r and r[0]:
            break
        block.append(r)
    at.log("    %s, 2.3: %d rows, status %r" % (sheet.title, len(block), rows[start][column]))
    if rows[start][column].strip() != status:
        raise Failure("2.3's status in sheet %r is %r, not %r" % (sheet.title, rows[start][column], status))
    if not any(FOLLOWUP in cell for r in block for cell in r):
        raise Failure("2.3's rows in sheet %r do not hold the new follow-up %r: %r"
                      % (sheet.title, FOLLOWUP, block))


def main():
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("no display: run under xvfb-run … dbus-run-session (build-aux/test does)")
        return 77
    j = Journey()
    export_dir = os.environ.get("OPV_JOURNEY_DIR")
    code = 0
    try:
        if export_dir is None:
            import tempfile
            holder = tempfile.TemporaryDirectory(prefix="opv-journey-")
            export_dir = holder.name
        run(j, export_dir)
        at.log("    done in %.1f s" % (time.monotonic() - j.step_started))
        print("journey passed in %.1f s (LANGUAGE=%s): %s"
              % (time.monotonic() - j.started, at.language(), "; ".join(j.steps)))
    except Failure as failure:
        code = 1
        print("journey FAILED at step %d (%s): %s" % (len(j.steps), j.steps[-1] if j.steps else "start", failure))
        if j.app is not None and j.app.node is not None:
            window = j.app.active_window()
            if window is not None:
                print("# the window with the keyboard, %s:" % describe(window))
                at.dump(window, limit=250)
    finally:
        if j.app is not None:
            j.app.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
