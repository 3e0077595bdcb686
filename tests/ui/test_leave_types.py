# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences, Leave page: the department head adds a leave type, refused first without a
name; the list shows its rules, and the absence calendar's legend shows it once Preferences
close."""

import sys

import floorlead_ui as ui
from test_preferences import open_preferences, sign_in


def head_adds_a_leave_type():
    with ui.Floorlead("--demo", settings={"last-login": "'head'", "last-panel": "'leave'"}) as app:
        sign_in(app)
        app.find("page tab", "Calendar", timeout=30)
        preferences = open_preferences(app)
        app.click(app.find("page tab", "Leave", parent=preferences))
        app.find_text("Unpaid · notice as in Policies · half days", parent=preferences)   # personal leave
        app.click(app.dialog_button(preferences, "Add a Leave Type…"))
        form = app.find("frame", "New Leave Type", parent=app.app)
        app.click(app.find("push button", "Save", parent=form))
        app.find_text("Give the leave type a name", parent=form)
        app.type_into(app.find("text", "Name", parent=form), "Nursing leave")
        app.click(app.find("push button", "Save", parent=form))
        app.gone("frame", "New Leave Type")
        app.dialog_button(preferences, "Change Nursing leave")
        app.find_text("Paid · notice as in Policies · half days", parent=preferences)
        app.screenshot("leave-types")
        app.click(app.find("push button", "Close", parent=preferences))
        app.gone("frame", "Preferences")
        # The calendar's legend reads the types again.
        app.click(app.find("page tab", "Calendar"))
        app.find("image", "Nursing leave", timeout=15)


if __name__ == "__main__":
    sys.exit(ui.run(head_adds_a_leave_type))
