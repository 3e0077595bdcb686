# SPDX-License-Identifier: GPL-3.0-or-later
"""Leave (请假): a lead files four days of annual leave for an agent and signs out; the
department head signs in, sees the sidebar's badge count it, reviews the request with what it
does to the roster, and approves it; the roster shows Leave on those days."""

import datetime
import sys
import time

import floorlead_ui as ui

wait_for = ui.wait_for


def four_days_ahead():
    """A Monday 40 days on or more, its week clear of the demo's public holidays."""
    day = datetime.date.today() + datetime.timedelta(days=40)
    while True:
        day += datetime.timedelta(days=(7 - day.weekday()) % 7)
        week = [day + datetime.timedelta(days=i) for i in range(4)]
        if not any((d.month, d.day) == (1, 1) or (d.month == 5 and d.day <= 5) or (d.month == 10 and d.day <= 7)
                   for d in week):
            return day
        day += datetime.timedelta(days=7)


def sign_in(app):
    app.type_into(app.find("password text", "Password"), "floorlead")
    app.click(app.find("push button", "Sign In"))


def buttons(app, prefix):
    return [node for node in app.app.findChildren(
        lambda n: n.roleName == "push button" and (n.name or "").startswith(prefix)) if ui.is_showing(node)]


def choose_head(app):
    """The account list opens with the keyboard on its first row, the admin; the head
    is the next (the list cannot be chosen from through the accessibility tree)."""
    combo = app.find("combo box", "Account", timeout=30)
    app.click(next(child for child in combo.children if child.roleName == "push button"))
    time.sleep(0.5)
    app.press("Down")
    app.press("Return")
    wait_for(lambda: "head" in [node.name for node in combo.findChildren(lambda n: n.roleName == "label")
                                if ui.is_showing(node)][:2], "the head's account chosen")


def lead_files_and_head_approves():
    first = four_days_ahead()
    last = first + datetime.timedelta(days=3)
    with ui.Floorlead("--demo", settings={"last-login": "'lead1'", "last-panel": "'leave'"}) as app:
        sign_in(app)
        # The demo's day of sick leave waits for this lead.
        app.find_text("1 request waits for your decision.", timeout=30)
        app.click(app.find("push button", "Request Leave…"))
        form = app.find("frame", "Request Leave", parent=app.app)
        app.type_into(app.find("text", "First Day", parent=form), f"{first:%Y-%m-}40")
        app.find_text("Write the days as year-month-day", parent=form)
        app.type_into(app.find("text", "First Day", parent=form), f"{first:%Y-%m-%d}")
        app.type_into(app.find("text", "Last Day", parent=form), f"{last:%Y-%m-%d}")
        app.find_text("4 working days", parent=form)
        # What the person has left, for the lead to see before filing.
        app.find_text(f"days left in {first.year}", parent=form)
        app.screenshot("leave-request")
        app.click(app.find("push button", "File Request", parent=form))
        app.gone("frame", "Request Leave")
        wait_for(lambda: buttons(app, "Details of "), "the request among the recent ones")
        details = buttons(app, "Details of ")[0]
        person = details.name[len("Details of "):-len("’s leave")]
        if "Waiting for the department head" not in (details.description or ""):
            raise ui.Failure(f"four days do not go to the department head: {details.description}")
        app.screenshot("leave-filed")

        # Signing out; the department head signs in.
        account = next(node for node in app.app.findChildren(lambda n: n.roleName == "push button")
                       if (node.description or "").startswith("Signed in as"))
        app.click(account)
        app.click(app.find("menu item", "Sign Out"))
        choose_head(app)
        sign_in(app)
        # The demo's week of annual leave, and this one.
        app.find("label", "2 wait for you", timeout=30)
        review = app.find("push button", f"Review {person}’s leave", timeout=30)
        app.click(review)
        dialog = app.find("frame", "Leave Request", parent=app.app)
        app.find_text("On the Roster", parent=dialog)
        app.find_text("Annual leave", parent=dialog)
        app.screenshot("leave-review")
        app.click(app.find("push button", "Approve", parent=dialog))
        app.gone("frame", "Leave Request")
        wait_for(lambda: any("Approved" in (node.description or "") for node in buttons(app, "Details of ")),
                 "the request approved in the recent list")
        app.find("label", "1 waits for you")

        # A spreadsheet of the requests: a range the wrong way round is refused.
        app.click(app.find("push button", "Export…"))
        export = app.find("frame", "Export Leave", parent=app.app)
        app.type_into(app.find("text", "First Day", parent=export), f"{last:%Y-%m-%d}")
        app.type_into(app.find("text", "Last Day", parent=export), f"{first:%Y-%m-%d}")
        app.click(app.find("push button", "Export…", parent=export))
        app.find_text("The last day comes before the first", parent=export)
        app.click(app.find("push button", "Cancel", parent=export))
        app.gone("frame", "Export Leave")

        # The roster of that month: the person's days are Leave.
        app.select_row(app.find_text("Rosters"))
        grid = app.find("table", "Roster", timeout=30)
        for _ in range(6):
            if app.app.findChildren(lambda n: n.roleName == "label" and n.name == f"{first:%B %Y}"):
                break
            app.click(app.find("push button", "Next Month"))
            time.sleep(1)
        app.find("label", f"{first:%B %Y}", timeout=30)
        grid = app.find("table", "Roster")
        app.press("<Control>Up")
        app.press("<Control>Left")
        for _ in range(40):
            if (grid.description or "").startswith(person):
                break
            app.press("Down")
            time.sleep(0.2)
        for _ in range(first.day - 1):
            app.press("Right")
        wait_for(lambda: (grid.description or "").startswith(f"{person}, ") and "Leave" in grid.description,
                 f"{person}'s first day of leave shown as Leave on the roster")
        app.press("<Shift>Right")
        app.screenshot("leave-on-roster")


if __name__ == "__main__":
    sys.exit(ui.run(lead_files_and_head_approves))
