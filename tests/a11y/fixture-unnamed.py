#!/usr/bin/python3
# fixture-unnamed.py: a window with three interactive widgets that have no
# accessible name (an icon-only button, an icon-only toggle button, which GTK 4.8
# calls a push button, and a check button without a label) and one whose
# name shows its mnemonic underscore, beside named ones. walk.py
# --self-test must report exactly those four.
#
# SPDX-License-Identifier: EUPL-1.2

import gi

gi.require_version("Gtk", "4.0")
from gi.repository import Gtk  # noqa: E402


def on_activate(app):
    window = Gtk.ApplicationWindow(application=app, title="Fixture")
    box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)

    box.append(Gtk.Button(label="Named"))
    box.append(Gtk.Button(icon_name="list-add-symbolic"))
    box.append(Gtk.ToggleButton(icon_name="system-search-symbolic"))
    box.append(Gtk.CheckButton())
    box.append(Gtk.CheckButton(label="Named check"))
    box.append(Gtk.CheckButton(label="_Mnemonic", use_underline=True))

    named_icon = Gtk.Button(icon_name="edit-delete-symbolic")
    named_icon.update_property([Gtk.AccessibleProperty.LABEL], ["Delete"])
    box.append(named_icon)

    entry = Gtk.Entry()
    entry.update_property([Gtk.AccessibleProperty.LABEL], ["Named entry"])
    box.append(entry)

    window.set_child(box)
    window.present()


app = Gtk.Application(application_id="org.example.OpvA11yFixture")
app.connect("activate", on_activate)
app.run([])
