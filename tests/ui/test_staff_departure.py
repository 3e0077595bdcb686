# SPDX-License-Identifier: GPL-3.0-or-later
"""The Staff panel: a person marked as departed, and the toast's Undo bringing them back."""

import sys

import floorlead_ui as ui
from test_staff import sign_in


def deactivate_and_undo():
    with ui.Floorlead("--demo") as app:
        sign_in(app)
        app.type_into(app.find("entry", "Search staff"), "1005")
        app.select_row(app.find_text("杨帆"))
        app.click(app.find("push button", "Deactivate"))
        # The toast hides itself after ten seconds, and searching the whole
        # accessibility tree is slow on the sanitizer build: Undo is looked
        # for beside the toast's title only, and pressed at once.
        title = app.find_text("杨帆 was marked as departed")
        toast = title.parent
        undo = None
        while undo is None and toast is not None and toast != app.app:
            undo = next(iter(toast.findChildren(lambda n: n.roleName == "label" and n.name == "Undo")), None)
            toast = toast.parent
        if undo is None:
            raise ui.Failure("the toast has no Undo button")
        app.click(undo.parent)
        app.find_text("Yang Fan")



if __name__ == "__main__":
    sys.exit(ui.run(deactivate_and_undo))
