#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation misses a message of the current sources or holds a fuzzy one.

Extracts the messages of po/POTFILES.in afresh (so a string added to the code
and forgotten in the translation is caught), merges each language's .po with
them and counts what is untranslated or fuzzy."""

import os
import re
import subprocess
import sys
import tempfile

KEYWORDS = [
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--keyword=ngettext:1,2",
]


def main():
    source_root = sys.argv[1]
    po_dir = os.path.join(source_root, "po")
    with open(os.path.join(po_dir, "POTFILES.in"), encoding="utf-8") as listing:
        files = [line.strip() for line in listing if line.strip() and not line.startswith("#")]
    with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as listing:
        languages = [line.strip() for line in listing if line.strip() and not line.startswith("#")]

    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        pot = os.path.join(scratch, "floorlead.pot")
        subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments", "--package-name=floorlead",
                        "--directory", source_root, "--output", pot, *KEYWORDS, *files], check=True)
        for language in languages:
            merged = os.path.join(scratch, language + ".po")
            subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "--output-file", merged,
                            os.path.join(po_dir, language + ".po"), pot], check=True)
            checked = subprocess.run(["msgfmt", "--check", "--statistics", "--output-file", os.devnull, merged],
                                     capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
            statistics = checked.stderr.strip()
            print(f"{language}: {statistics}")
            if checked.returncode != 0 or re.search(r"untranslated|fuzzy", statistics):
                failed = True
                untranslated = subprocess.run(["msgattrib", "--untranslated", "--no-obsolete", merged],
                                              capture_output=True, text=True).stdout
                fuzzy = subprocess.run(["msgattrib", "--only-fuzzy", "--no-obsolete", merged],
                                       capture_output=True, text=True).stdout
                print(untranslated[:6000])
                print(fuzzy[:3000])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
