# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences, Rosters page: the department head marks a public holiday, which the
roster shows, and takes one off."""

import datetime
import sys
import time

import floorlead_ui as ui
from dogtail.predicate import GenericPredicate
from test_preferences import open_preferences, sign_in


def next_month_first():
    today = datetime.date.today()
    return (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def head_marks_a_holiday():
    """A holiday on the first of next month, the month the roster opens on: closed,
    Preferences leave the grid's column saying it is a holiday; the demo's Labour Day
    comes off this year's and next year's calendar."""
    first = next_month_first()
    with ui.Floorlead("--demo", settings={"last-login": "'head'", "last-panel": "'rosters'"}) as app:
        sign_in(app)
        grid = app.find("table", "Roster", timeout=30)
        window = open_preferences(app)
        app.click(app.find("page tab", "Rosters", parent=window))
        app.find("label", "National Day", parent=window)
        removals = lambda: [node for node in window.findChildren(
            GenericPredicate(roleName="push button", name="Remove Labour Day")) if ui.is_showing(node)]
        if len(removals()) != 2:
            raise ui.Failure(f"the demo marks Labour Day this year and next, not {len(removals())} times")

        # GTK 4.8 names a button with an icon and a label twice.
        app.click(app.dialog_button(window, "Mark Holidays…"))
        form = app.find("frame", "Mark Holidays", parent=app.app)
        app.type_into(app.find("text", "Name", parent=form), "Founding Day")
        app.type_into(app.find("text", "First Day", parent=form), f"{first:%Y-%m-}32")
        app.click(app.find("push button", "Save", parent=form))
        app.find_text("Write the days as year-month-day", parent=form)
        app.type_into(app.find("text", "First Day", parent=form), f"{first:%Y-%m-%d}")
        app.click(app.find("push button", "Save", parent=form))
        app.gone("frame", "Mark Holidays")
        app.find("label", "Founding Day", parent=window)

        app.click(removals()[0])
        app.find_text("Labour Day is no longer on the calendar.", parent=window)
        deadline = time.monotonic() + 15
        while len(removals()) != 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        if len(removals()) != 1:
            raise ui.Failure("the removed Labour Day is still listed")
        app.screenshot("preferences-holidays")
        app.click(app.find("push button", "Close", parent=window))
        app.gone("frame", "Preferences")

        # Closed, Preferences leave the month shown following them: no need to open it again.
        app.find_text(f"{first:%B %Y}", timeout=30)
        deadline = time.monotonic() + 30
        while "Founding Day (public holiday)" not in (grid.description or ""):
            if time.monotonic() > deadline:
                raise ui.Failure(f"the roster's first day is not the holiday: {grid.description}")
            time.sleep(0.2)
            grid = app.find("table", "Roster")
        app.screenshot("roster-holiday")


if __name__ == "__main__":
    sys.exit(ui.run(head_marks_a_holiday))
