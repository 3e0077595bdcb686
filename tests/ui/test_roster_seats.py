# SPDX-License-Identifier: GPL-3.0-or-later
"""Seats (坐席) on a draft roster: the demo lends an agent to call-backs for three
days, shorter than the week a seat is kept; the lead gives those days back to
technical service and the warning goes; undo lends them again, redo gives them back."""

import sys
import time

import floorlead_ui as ui


wait_for = ui.wait_for


def seat_warnings(app):
    listing = app.find("list", "Rule Violations")
    return [node for node in listing.findChildren(lambda n: "Call-backs seat 3 days" in (n.name or ""))
            if ui.is_showing(node)]


def lead_gives_a_short_seat_back():
    with ui.Floorlead("--demo", settings={"last-login": "'lead1'", "last-panel": "'rosters'"}) as app:
        app.type_into(app.find("password text", "Password"), "floorlead")
        app.click(app.find("push button", "Sign In"))
        grid = app.find("table", "Roster", timeout=30)
        wait_for(lambda: seat_warnings(app), "the demo's short call-backs seat to be listed", timeout=30)

        # The fourth agent's 10th to 12th: the days lent to call-backs.
        app.press("<Control>Up")
        app.press("<Control>Left")
        for _ in range(3):
            app.press("Down")
        for _ in range(9):
            app.press("Right")
        app.press("<Shift>Right")
        app.press("<Shift>Right")
        wait_for(lambda: "Call-backs seat" in (grid.description or ""), "the cursor on a call-backs day")

        app.click(app.find("push button", "Assign a Seat…"))
        form = app.find("frame", "Assign a Seat", parent=app.app)
        # The seat row has the focus and opens its list with Space (Return would save);
        # technical service is two up from call-backs.
        app.press("space")
        time.sleep(0.5)
        app.press("Up")
        app.press("Up")
        app.press("Return")
        time.sleep(0.5)
        app.screenshot("roster-seat")
        app.click(app.find("push button", "Save", parent=form))
        app.gone("frame", "Assign a Seat")
        wait_for(lambda: "Technical service seat" in (grid.description or ""), "the days back on technical service")
        wait_for(lambda: not seat_warnings(app), "the seat warning to go")
        app.screenshot("roster-seat-fixed")

        # A seat is a step like a shift: undone, the days are lent again.
        app.press("<Control>z")
        wait_for(lambda: seat_warnings(app), "the call-backs warning back after Ctrl+Z")
        wait_for(lambda: "Call-backs seat" in (grid.description or ""), "the days on call-backs again")
        app.press("<Control><Shift>z")
        wait_for(lambda: not seat_warnings(app), "the seat warning gone again after Ctrl+Shift+Z")


if __name__ == "__main__":
    sys.exit(ui.run(lead_gives_a_short_seat_back))
