# opvatspi.py: drive Opvolging through AT-SPI, as an assistive technology
# would, for tests/a11y/walk.py and tests/a11y/journey.py.
#
# Run under `xvfb-run … dbus-run-session --` with /usr/bin/python3: the
# accessibility bus then starts by itself. Keys go through the AT-SPI
# registry (XTest), so they reach whichever window has the keyboard focus,
# exactly as a user's keys would.
#
# SPDX-License-Identifier: EUPL-1.2

import gettext
import os
import re
import subprocess
import sys
import tempfile
import time

from dogtail.config import config

# dogtail refuses to start when the desktop's a11y setting is off, which
# it is in a bare dbus-run-session; the bus works all the same.
config.checkForA11y = False
config.logDebugToFile = False
config.logDebugToStdOut = False
config.defaultDelay = 0.05
config.typingDelay = 0.02
config.actionDelay = 0.05

import dogtail.rawinput as rawinput  # noqa: E402  (after the config)
import pyatspi  # noqa: E402

# GTK 4.8 answers an unnamed accessible's name with its GType name.
GTYPE_NAME = re.compile(r"^(Gtk|Adw|Opv)[A-Z][A-Za-z0-9]*$")

# What a user operates; each needs a name that a screen reader can speak.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box",
    "text", "entry", "password text", "spin button", "switch", "menu item",
    "check menu item", "radio menu item", "list item", "link", "slider",
    "page tab", "tree item",
}


class Failure(Exception):
    pass


def log(*args):
    print("#", *args, flush=True)


def real_name(node):
    """The node's accessible name, or '' when it has none a user could hear."""
    try:
        name = node.name or ""
    except Exception:
        return ""
    name = name.strip()
    if GTYPE_NAME.match(name):
        return ""
    return name


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return "?"


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def has_state(node, state):
    s = states(node)
    return s is not None and s.contains(state)


def children(node):
    try:
        count = node.childCount
    except Exception:
        return []
    result = []
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            child = None
        if child is not None:
            result.append((i, child))
    return result


def describe(node, width=60):
    name = real_name(node)
    if len(name) > width:
        name = name[:width - 1] + "…"
    return "[%s] %r" % (role(node), name) if name else "[%s]" % role(node)


def walk(node, path=()):
    """Yields (node, path) for the node and every descendant; a path is the
    list of (index, node) from the top down."""
    stack = [(node, path)]
    while stack:
        current, current_path = stack.pop()
        yield current, current_path
        for i, child in reversed(children(current)):
            stack.append((child, current_path + ((i, child),)))


def subtree_text(node, limit=12):
    """The first few nodes under node, on one line, to tell what it shows."""
    parts = []
    for child, path in walk(node):
        if not path:
            continue
        if len(parts) >= limit:
            parts.append("…")
            break
        parts.append(describe(child))
    return ", ".join(parts) or "nothing"


def path_text(top, path):
    """A readable path: the named ancestors, then the index path and what
    the node holds."""
    named = [describe(top)]
    for _, node in path[:-1]:
        if real_name(node):
            named.append(describe(node))
    indices = "/".join(str(i) for i, _ in path)
    node = path[-1][1] if path else top
    return "%s > … > %s  (child path %s; holds %s)" % (" > ".join(named), describe(node), indices,
                                                       subtree_text(node))


# A mnemonic underscore that leaked into a name ("_Overdue"): GTK 4.8 does
# this for a check button whose label uses an underline.
MNEMONIC = re.compile(r"(^|\s)_[^\W_]")


def name_problem(node):
    """Why the node's name would not serve a screen reader user, or None."""
    name = real_name(node)
    if not name:
        return "unnamed"
    if MNEMONIC.search(name):
        return "mnemonic underscore in the name %r" % name
    return None


def unnamed_interactive(top, count=None):
    """Every interactive node under top without a real name, as
    (role, path text). count[0], when given, is set to the nodes walked."""
    found = []
    for node, path in walk(top):
        if count is not None:
            count[0] += 1
        if not path:
            continue
        r = role(node)
        if r in INTERACTIVE:
            problem = name_problem(node)
            if problem is not None:
                found.append(("%s %s" % (problem, r) if problem == "unnamed" else "%s: %s" % (r, problem),
                              path_text(top, path)))
    return found


def find_all(top, predicate):
    return [node for node, _ in walk(top) if predicate(node)]


def find(top, predicate):
    for node, _ in walk(top):
        try:
            if predicate(node):
                return node
        except Exception:
            continue
    return None


def by_role_name(r, name):
    return lambda n: role(n) == r and real_name(n) == name


def dump(top, limit=400, out=sys.stdout):
    """A compact dump of a tree, for diagnostics."""
    count = 0
    for node, path in walk(top):
        count += 1
        if count > limit:
            print("#   … (cut at %d nodes)" % limit, file=out)
            break
        print("#   " + "  " * len(path) + describe(node), file=out)


def wait_for(predicate, timeout, what, interval=0.1):
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # the tree changes under our feet
            last_error = error
        time.sleep(interval)
    raise Failure("timed out after %.0f s waiting for %s%s"
                  % (timeout, what, " (last error: %s)" % last_error if last_error else ""))


def key(combo):
    """A key or combination in dogtail's notation: 'Return', '<Control>e'."""
    if combo.startswith("<"):
        rawinput.keyCombo(combo)
    else:
        rawinput.pressKey(combo)
    time.sleep(0.05)


def type_text(text):
    rawinput.typeText(text)
    time.sleep(0.05)


class App:
    """The app under test on a fresh database, found on the bus by its pid."""

    def __init__(self, database=None):
        build = os.environ.get("OPV_BUILD_ROOT", "_build")
        self.binary = os.environ.get("OPV_BINARY", os.path.join(build, "app", "opvolging"))
        self.tmp = tempfile.TemporaryDirectory(prefix="opv-a11y-")
        self.database = database or os.path.join(self.tmp.name, "opvolging.db")
        self.env = dict(os.environ)
        self.env.setdefault("GSETTINGS_BACKEND", "memory")
        self.env.setdefault("GSETTINGS_SCHEMA_DIR", os.path.join(build, "data"))
        self.env.setdefault("OPV_LOCALEDIR", os.path.join(build, "po"))
        self.env.setdefault("GSK_RENDERER", "cairo")
        self.env["G_DEBUG"] = os.environ.get("OPV_APP_G_DEBUG", self.env.get("G_DEBUG", ""))
        # The app's own files (exports, preferences) stay in the temporary folder.
        self.env["HOME"] = self.tmp.name
        self.env["XDG_DATA_HOME"] = os.path.join(self.tmp.name, "data")
        self.env["XDG_CONFIG_HOME"] = os.path.join(self.tmp.name, "config")
        self.env["XDG_CACHE_HOME"] = os.path.join(self.tmp.name, "cache")
        self.process = None
        self.node = None

    def start(self, timeout=30):
        started = time.monotonic()
        self.process = subprocess.Popen([self.binary, "--database", self.database], env=self.env)
        pid = self.process.pid

        def found():
            if self.process.poll() is not None:
                raise Failure("the app exited at once with status %d" % self.process.returncode)
            for app in pyatspi.Registry.getDesktop(0):
                try:
                    if app is not None and app.get_process_id() == pid:
                        return app
                except Exception:
                    continue
            return None

        self.node = wait_for(found, timeout, "the app on the accessibility bus")
        self.main = wait_for(lambda: self.window(lambda w: real_name(w) == "Opvolging"), timeout,
                             "the main window")
        log("app up in %.1f s" % (time.monotonic() - started))
        return self

    def windows(self):
        """The app's toplevels. GTK 4.8 gives a modal AdwWindow the role
        'filler', so the role does not tell."""
        return [child for _, child in children(self.node)]

    def window(self, predicate):
        for w in self.windows():
            if predicate(w):
                return w
        return None

    def active_window(self):
        """The window that has the keyboard: without a window manager no
        window is marked active, so it is the newest modal one, or else the
        newest."""
        windows = self.windows()
        for w in windows:
            if has_state(w, pyatspi.STATE_ACTIVE):
                return w
        modal = [w for w in windows if has_state(w, pyatspi.STATE_MODAL)]
        if modal:
            return modal[-1]
        return windows[-1] if windows else None

    def wait_window(self, name, timeout=15):
        return wait_for(lambda: self.window(lambda w: real_name(w) == name), timeout,
                        "a window named %r (windows: %s)" % (name, self.window_names()))

    def wait_window_gone(self, name, timeout=15):
        wait_for(lambda: self.window(lambda w: real_name(w) == name) is None, timeout,
                 "the window %r to close" % name)

    def window_names(self):
        return ", ".join(repr(real_name(w)) for w in self.windows())

    def focused(self, top=None):
        """The node that has the keyboard focus, searched in the active window."""
        top = top or self.active_window()
        if top is None:
            return None
        return find(top, lambda n: has_state(n, pyatspi.STATE_FOCUSED))

    def wait_focus(self, predicate, timeout, what):
        def check():
            node = self.focused()
            return node if node is not None and predicate(node) else None
        try:
            return wait_for(check, timeout, what, interval=0.15)
        except Failure as failure:
            node = self.focused()
            raise Failure("%s; the focus is on %s" % (failure, describe(node) if node else "nothing"))

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.tmp.cleanup()


def language():
    return (os.environ.get("LANGUAGE") or "en").split(":")[0][:2]


_catalogue = None


def _translate(msgid, context=None):
    global _catalogue
    if _catalogue is None:
        localedir = os.environ.get("OPV_LOCALEDIR",
                                   os.path.join(os.environ.get("OPV_BUILD_ROOT", "_build"), "po"))
        if language() == "en":
            _catalogue = gettext.NullTranslations()
        else:
            # No fallback: a Dutch run without the Dutch catalogue is broken.
            _catalogue = gettext.translation("opvolging", localedir=localedir, languages=[language()])
    return _catalogue.pgettext(context, msgid) if context else _catalogue.gettext(msgid)


def mnemonic(msgid):
    """The Alt+key combination of a label with a mnemonic, as translated."""
    match = re.search(r"_([^_])", _translate(msgid))
    if match is None:
        raise ValueError("%r has no mnemonic" % msgid)
    return "<Alt>%s" % match.group(1).lower()


def tr(msgid, context=None):
    """The text a widget has in the language of this run, from the
    catalogue the app itself reads, without a mnemonic underscore."""
    return re.sub(r"_(?=[^_])", "", _translate(msgid, context))
