# SPDX-License-Identifier: GPL-3.0-or-later
"""Rosters: a lead fills a week from a rotation, breaks the rest rule, sees it at the
side, undoes and redoes it, fixes it from the list, and submits the month.
(Swaps are test_roster_swaps.py: together the two took 236 s of the 300 allowed.)"""

import datetime
import sys
import time

import floorlead_ui as ui


wait_for = ui.wait_for


def rest_violations(app):
    """The Show the Cell buttons of the rows about rest, described by the row's text."""
    listing = app.find("list", "Rule Violations")
    return [button for button in listing.findChildren(lambda node: node.roleName == "push button")
            if "rests only" in (button.description or "")]


def three_months_ahead():
    """The first day of the month three months on: the lead starts on next month's, which the demo
    fills, and the month after it has nothing before it."""
    today = datetime.date.today()
    month = today.month + 3
    return datetime.date(today.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def day(first, number, weekday=False):
    """A day of the month as the grid describes it: "4 January", or "Friday 1 January"."""
    date = first.replace(day=number)
    return (f"{date:%A} " if weekday else "") + f"{date.day} {date:%B}"


def fill_a_week_break_the_rest_rule_and_submit():
    first = three_months_ahead()
    with ui.Floorlead("--demo", settings={"last-login": "'lead1'", "last-panel": "'rosters'"}) as app:
        app.type_into(app.find("password text", "Password"), "floorlead")
        app.click(app.find("push button", "Sign In"))
        grid = app.find("table", "Roster", timeout=30)

        # Three months ahead: a month nobody has started, after one nobody has either.
        app.click(app.find("push button", "Next Month"))
        app.click(app.find("push button", "Next Month"))
        app.find_text(f"{first:%B %Y}", timeout=30)
        grid = app.find("table", "Roster", timeout=30)
        wait_for(lambda: f"{day(first, 1)}: no shift" in (grid.description or ""), "the empty month")

        # The whole team, then a week of the heating season's rotation, two days apart.
        app.press("<Control>a")
        last = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
        wait_for(lambda: day(first, last.day) in (grid.description or ""), "the whole month to be selected")
        app.click(app.find("push button", "Fill from Pattern…"))
        form = app.find("frame", "Fill from Pattern", parent=app.app)
        codes = app.find("text", "Shift Codes", parent=form)
        app.type_into(codes, "E,E,L,L,N,N,O,O")
        app.type_into(app.spin(form, "To Day"), "7")
        app.type_into(app.spin(form, "Stagger"), "2")
        app.screenshot("roster-pattern")
        app.click(app.find("push button", "Save", parent=form))
        app.gone("frame", "Fill from Pattern")

        # The first agent works early, early, late, late… from the 1st.
        app.press("<Control>Up")
        app.press("<Control>Left")
        wait_for(lambda: f"{day(first, 1)}: E 08:00–16:00" in (grid.description or ""), "the first day's early shift")
        # The next agent two days further into the rotation, and nobody past the week.
        app.press("Down")
        wait_for(lambda: f"王芳, {day(first, 1, weekday=True)}: L 16:00–24:00" in (grid.description or ""),
                 "the stagger")
        app.press("Up")
        app.press("<Control>Right")
        wait_for(lambda: f"{day(first, last.day)}: no shift" in (grid.description or ""), "the month's end left empty")
        app.press("<Control>Left")
        for _ in range(3):
            app.press("Right")
        wait_for(lambda: f"{day(first, 4)}: L 16:00–24:00" in (grid.description or ""), "the second late shift")
        assert not rest_violations(app), "a rotation that keeps the rest rule is flagged"

        # An early shift the morning after a late one leaves 8 hours' rest.
        app.press("e")
        wait_for(lambda: rest_violations(app), "the rest violation in the side panel")
        app.find_text("must be fixed before submitting")
        app.screenshot("roster-rest-violation")

        app.press("<Control>z")
        wait_for(lambda: not rest_violations(app), "undo to clear the violation")
        app.press("<Control><Shift>z")
        wait_for(lambda: rest_violations(app), "redo to bring it back")

        # Submitting is refused while it stands.
        # (Its toast says why; it stays 5 s, less than reading the grid's
        # accessibility tree can take under the sanitizers: what stays is checked.)
        app.click(app.find("push button", "Submit"))
        time.sleep(2)
        app.find("push button", "Submit")
        if app.app.findChildren(lambda n: n.roleName == "label" and n.name == "Submitted" and ui.is_showing(n)):
            raise ui.Failure("the roster was submitted with a rule broken")

        # The row jumps to the cell; the late shift again fixes it.
        app.click(rest_violations(app)[0])
        wait_for(lambda: day(first, 4) in (grid.description or ""), "the jump to the broken day")
        app.press("l")
        wait_for(lambda: not rest_violations(app), "the fix to clear the violation")

        app.click(app.find("push button", "Submit"))
        app.find("label", "Submitted")
        app.gone("push button", "Submit")
        app.screenshot("roster-submitted")


if __name__ == "__main__":
    sys.exit(ui.run(fill_a_week_break_the_rest_rule_and_submit))
