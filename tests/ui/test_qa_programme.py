# SPDX-License-Identifier: GPL-3.0-or-later
"""The QA programme panel: the month's results by the center's rules, closing and reopening
the month, topping up the sample, and opening the next assigned call."""

import datetime
import sys

import floorlead_ui as ui


# How the panel names this month, in English.
THIS_MONTH = datetime.date.today().strftime("%B %Y")


def sign_in(app, table="Monthly QA results"):
    app.type_into(app.find("password text", "Password"), "floorlead")
    app.click(app.find("push button", "Sign In"))
    return app.find("tree table", table, timeout=60)


def cell_texts(table):
    return [cell.name for cell in table.findChildren(lambda n: n.roleName == "label")]


def head_closes_and_reopens_the_month():
    with ui.Floorlead("--demo", settings={"last-login": "'head'", "last-panel": "'qa-programme'"}) as app:
        table = sign_in(app)
        # The demo's scored calls: two agents share first place, ties skip.
        app.find_text("1 ★")
        texts = cell_texts(table)
        if texts.count("1 ★") != 2 or "3 ★" not in texts:
            raise ui.Failure(f"the ranking is not 1, 1, 3: {[t for t in texts if '★' in t]}")
        app.find_text("Open: the results follow the evaluations")
        app.screenshot("qa-programme-results")

        app.click(app.find("push button", "Close Month"))
        app.find_text("Closed: these results are frozen")
        app.click(app.find("push button", "Reopen Month…"))
        dialog = app.find("dialog", f"Reopen {THIS_MONTH}?", parent=app.app)
        reopen = app.dialog_button(dialog, "Reopen")
        if reopen.sensitive:
            raise ui.Failure("the month can be reopened without a reason")
        app.type_into(app.find("text", "Reason for reopening", parent=dialog), "A call was scored late")
        app.click(reopen)
        app.find_text("Open: the results follow the evaluations")


def auditor_tops_up_the_sample_and_opens_the_next_call():
    with ui.Floorlead("--demo", settings={"last-login": "'qa'", "last-panel": "'qa-programme'"}) as app:
        sign_in(app)
        app.click(app.find("page tab", "Sampling", showing=False))
        # The demo's plan for the month is drawn and partly scored.
        app.click(app.find("push button", "Top Up"))
        # What stays once the toast is gone: the plan's line and the board.
        app.find_text(f"The sample of {THIS_MONTH}", timeout=30)
        progress = app.find("tree table", "Sampling progress")
        if "Scorer" not in cell_texts(progress):
            raise ui.Failure("the progress board lists no scorer")
        app.find("push button", "Top Up")
        app.gone("push button", "Draw Sample")
        app.screenshot("qa-programme-sampling")

        app.select_row(app.find_text("Call Review"))
        app.find("tree table", "Recordings", timeout=30)
        app.click(app.find("push button", "Next Assigned Call"))
        app.find("slider", "Waveform", timeout=30)
        app.find("push button", "Back to Recordings")


if __name__ == "__main__":
    sys.exit(ui.run(head_closes_and_reopens_the_month, auditor_tops_up_the_sample_and_opens_the_next_call))
