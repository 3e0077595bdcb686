# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences, Rosters page: the department head adds a shift type and changes another;
closed, Preferences leave the roster offering the new shift. Holidays are
test_roster_holidays.py."""

import sys

import floorlead_ui as ui
from test_preferences import open_preferences, sign_in


def add_shift_type(app, window):
    """A middle shift, M 12:00–20:00 with an hour's break, after a wrong end time; then the
    early shift's handover becomes a quarter of an hour."""
    app.click(app.dialog_button(window, "Add a Shift Type…"))
    form = app.find("frame", "New Shift Type", parent=app.app)
    app.type_into(app.find("text", "Code", parent=form), "M")
    app.type_into(app.find("text", "Name", parent=form), "Middle")
    app.type_into(app.find("text", "Starts", parent=form), "12:00")
    app.type_into(app.find("text", "Ends", parent=form), "25:00")
    app.click(app.find("push button", "Save", parent=form))
    app.find_text("Ends: write a time of day as 08:30.", parent=form)
    app.type_into(app.find("text", "Ends", parent=form), "20:00")
    app.type_into(app.find("text", "Break Starts", parent=form), "16:00")
    app.type_into(app.find("text", "Break Ends", parent=form), "17:00")
    app.click(app.find("push button", "Save", parent=form))
    app.gone("frame", "New Shift Type")
    app.find_text("12:00–20:00, break 16:00–17:00 · All year · handover 10 minutes", parent=window)

    app.find_text("08:00–16:00 · Heating season · handover 10 minutes", parent=window)
    app.click(app.find("push button", "Change Early", parent=window))
    form = app.find("frame", "Early", parent=app.app)
    app.spin(form, "Handover").value = 15
    app.click(app.find("push button", "Save", parent=form))
    app.gone("frame", "Early")
    app.find_text("08:00–16:00 · Heating season · handover 15 minutes", parent=window)


def head_adds_a_shift_type():
    with ui.Floorlead("--demo", settings={"last-login": "'head'", "last-panel": "'rosters'"}) as app:
        sign_in(app)
        app.find("table", "Roster", timeout=30)
        window = open_preferences(app)
        app.click(app.find("page tab", "Rosters", parent=window))
        add_shift_type(app, window)
        app.screenshot("preferences-shift-types")
        app.click(app.find("push button", "Close", parent=window))
        app.gone("frame", "Preferences")
        # Closed, Preferences leave the month shown following them: no need to open it again.
        app.dialog_button(app.app, "Middle")


if __name__ == "__main__":
    sys.exit(ui.run(head_adds_a_shift_type))
