#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Convert the source documents in ../shared/seeds into Opvolging's default dossiers.

Usage: build-aux/seeds/convert.py SEEDS_DIR [OUT_DIR]

SEEDS_DIR holds the source documents (000_….txt … 004_….txt). OUT_DIR defaults
to data/dossiers. Each module next to this script turns one source into one
dossier in the exchange format (data/dossiers/FORMAT.md); the per-source notes
(`*.md` here) say how the text was read and which decisions were made.

Developers run this by hand when the curation changes and commit the result.
The build and the app never read SEEDS_DIR.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MODULES = [
    ("schaduw_dansen", "schaduw-dansen.json"),
    ("nap", "nap.json"),
    ("inspectie", "inspectie.json"),
]


# Member order and default values, as data/dossiers/FORMAT.md gives them. The
# writer leaves out members that hold their default, as the app's writer does,
# so that a seed file and the app's own export of it are identical.
SCHEMA = {
    "dossier": [("id", None), ("title", None), ("short_name", None), ("kind", None),
                ("publisher", ""), ("published", ""), ("parties", []),
                ("rounds", []), ("themes", [])],
    "party": [("short_name", None), ("full_name", ""), ("kind", "other")],
    "round": [("label", None), ("period", None), ("state", "open"), ("sent_on", ""),
              ("sent_reference", None)],
    "theme": [("number", ""), ("title", None), ("wording", []), ("items", [])],
    "theme_wording": [("round", None), ("title", None)],
    "item": [("code", ""), ("title", None), ("text", ""), ("rounds", [])],
    "entry": [("round", None), ("status", None), ("timeframe", ""), ("explanation", ""),
              ("parties", []), ("to_be_determined", False), ("responsibility_note", ""),
              ("wording", None), ("links", []), ("kamerstukken", []), ("followups", [])],
    "responsibility": [("party", None), ("role", "lead")],
    "item_wording": [("title", "\0optional"), ("text", "\0optional")],
    "followup": [("code", ""), ("text", None), ("carried", False), ("links", []),
                 ("references", []), ("kamerstukken", [])],
    "link": [("label", None), ("url", "\0keep")],
    "kamerstuk": [("chamber", "\0keep"), ("session", None), ("dossier", None),
                  ("number", ""), ("url", None)],
}
CHILDREN = {
    ("dossier", "parties"): "party", ("dossier", "rounds"): "round",
    ("dossier", "themes"): "theme", ("round", "sent_reference"): "kamerstuk",
    ("theme", "wording"): "theme_wording", ("theme", "items"): "item",
    ("item", "rounds"): "entry", ("entry", "parties"): "responsibility",
    ("entry", "wording"): "item_wording", ("entry", "links"): "link",
    ("entry", "kamerstukken"): "kamerstuk", ("entry", "followups"): "followup",
    ("followup", "links"): "link", ("followup", "kamerstukken"): "kamerstuk",
}


def canonical(kind, obj):
    known = dict(SCHEMA[kind])
    unknown = set(obj) - set(known)
    if unknown:
        raise ValueError(f"{kind}: unknown members {sorted(unknown)}")
    out = {}
    for name, default in SCHEMA[kind]:
        if name not in obj:
            if default == "\0optional":
                continue
            if default is None and name not in ("status", "sent_reference", "wording", "url"):
                raise ValueError(f"{kind}: missing required member {name!r} in {obj!r}")
            if default == "\0keep":
                out[name] = None
            continue
        value = obj[name]
        if default not in ("\0keep", "\0optional") and value == default and not (default is None and name in ("title", "text")):
            continue
        child = CHILDREN.get((kind, name))
        if child and isinstance(value, list):
            value = [canonical(child, v) for v in value]
        elif child and isinstance(value, dict):
            value = canonical(child, value)
        out[name] = value
    return out


def write_dossier(dossier, path):
    doc = {"format": "opvolging-dossier", "version": 1,
           "dossier": canonical("dossier", dossier)}
    # The same layout as the app's writer (json-glib), so that a seed file
    # and the app's own export of it are byte for byte the same.
    text = json.dumps(doc, ensure_ascii=False, indent=2, separators=(",", " : ")) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    seeds = argv[1]
    out = argv[2] if len(argv) > 2 else os.path.join(HERE, "..", "..", "data", "dossiers")
    only = set(argv[3:])
    for module_name, file_name in MODULES:
        if only and module_name not in only:
            continue
        module = __import__(module_name)
        dossier = module.build(seeds)
        write_dossier(dossier, os.path.join(out, file_name))
        print(f"wrote {file_name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
