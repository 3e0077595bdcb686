# SPDX-License-Identifier: GPL-3.0-or-later
"""The team absence calendar (请假日历) and a person's leave statement: an administrator
opens the month, sees who is away in the type's words, opens a person's statement from
their row, gives them twelve and a half days of annual leave, puts it back to the days by
years of service, and looks at the year before; the calendar steps to the next month; a
sick leave under way is extended. Leave types in Preferences are test_leave_types.py."""

import datetime
import sys

import floorlead_ui as ui
from test_preferences import sign_in

wait_for = ui.wait_for

LEAVE_WORDS = ("leave", "Absent")


def month_heading(day):
    return f"{day:%B %Y}"


def people_rows(app):
    people = app.find("list", "People", timeout=30)
    return [row for row in people.children if row.roleName == "list item" and ui.is_showing(row)]


def calendar_and_statement():
    today = datetime.date.today()
    with ui.Floorlead("--demo", settings={"last-login": "'admin'", "last-panel": "'leave'"}) as app:
        sign_in(app)
        app.click(app.find("page tab", "Calendar", timeout=30))
        app.find("label", month_heading(today), timeout=15)

        # All teams: only those away this month, each row saying when in words. The demo
        # has someone on sick leave today.
        wait_for(lambda: people_rows(app), "the people away this month")
        rows = people_rows(app)
        for row in rows:
            name, _, away = row.name.partition(": ")
            if not any(word in away for word in LEAVE_WORDS):
                raise ui.Failure(f"a row of all teams does not say when its person is away: “{row.name}”")
        if not any(word in row.name for row in rows for word in ("Sick leave",)):
            raise ui.Failure(f"today's sick leave is not in the month: {[row.name for row in rows]}")
        app.screenshot("leave-calendar")

        # A person's name opens their statement; the administrator sets their annual leave.
        row = next(row for row in rows if "Sick leave" in row.name)
        person = row.name.partition(": ")[0]
        app.click(app.find("push button", f"Leave statement of {person}"))
        statement = app.find("frame", "Leave Statement", parent=app.app)
        app.find("label", f"{person} · {today.year}", parent=statement)
        app.find_text("Sick leave", parent=statement)
        app.find("label", "By years of service", parent=statement)
        # Words are not days: refused, rather than saved as none.
        app.type_into(app.find("spin button", "Annual leave entitled, days", parent=statement), "twelve")
        app.click(app.find("push button", "Set", parent=statement))
        app.find_text("Write the days as a number from 0 to 365", parent=statement)
        app.find("spin button", "Annual leave entitled, days", parent=statement).value = 12.5
        app.click(app.find("push button", "Set", parent=statement))
        app.find_text("Set by an administrator", parent=statement)
        app.find_text(f"{person} has 12.5 days of annual leave in {today.year}.", parent=statement)
        app.find("label", "12.5 days", parent=statement)   # remaining: the demo gives them no annual leave
        app.screenshot("leave-statement")
        app.click(app.find("push button", "Back to the days by years of service", parent=statement))
        app.find("label", "By years of service", parent=statement)
        app.click(app.find("push button", "Previous Year", parent=statement))
        app.find("label", f"{person} · {today.year - 1}", parent=statement)
        app.click(app.find("push button", "Close", parent=statement))
        app.gone("frame", "Leave Statement")

        # The next month.
        app.click(app.find("push button", "Next Month"))
        following = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
        app.find("label", month_heading(following))

        # The demo’s 胡军 is on sick leave until three days on: a week more (续假), which
        # with the first days make it the department head's to approve.
        app.click(app.find("page tab", "Requests"))
        app.click(app.find("push button", "Details of 胡军’s leave"))
        review = app.find("frame", "Leave Request", parent=app.app)
        app.click(app.find("push button", "Extend…", parent=review))
        form = app.find("frame", "Extend Leave", parent=app.app)
        # It starts the day after the leave (the core refuses anything else).
        first = today + datetime.timedelta(days=4)
        app.type_into(app.find("text", "Last Day", parent=form), f"{first + datetime.timedelta(days=6):%Y-%m-%d}")
        app.screenshot("leave-extension")
        app.click(app.find("push button", "File Request", parent=form))
        app.gone("frame", "Extend Leave")
        app.gone("frame", "Leave Request")
        wait_for(lambda: any("Waiting for the department head" in (node.description or "")
                             for node in app.app.findChildren(lambda n: n.roleName == "push button"
                                                              and n.name == "Details of 胡军’s leave")),
                 "the extension waiting for the department head")


if __name__ == "__main__":
    sys.exit(ui.run(calendar_and_statement))
