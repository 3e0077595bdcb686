# SPDX-License-Identifier: GPL-3.0-or-later
"""Complaints (投诉) in the QA programme panel: logged, verified against the recording,
and counted in the month's results."""

import sys

import floorlead_ui as ui
from test_qa_programme import cell_texts, sign_in


def complaint_logged_verified_and_counted():
    with ui.Floorlead("--demo", settings={"last-login": "'qa'", "last-panel": "'qa-programme'"}) as app:
        sign_in(app)
        app.click(app.find("page tab", "Complaints", showing=False))
        app.click(app.find("push button", "Log Complaint…"))
        form = app.find("frame", "Log Complaint", parent=app.app)
        app.type_into(app.find("text", "Agent’s job number", parent=form), "1004")
        app.find_text("陈静")
        app.type_into(app.find("text", "Caller", parent=form), "13912345678")
        app.type_into(app.find("text", "Complaint", parent=form), "The agent hung up on me")
        app.screenshot("qa-programme-log-complaint")
        app.click(app.find("push button", "Save", parent=form))
        app.gone("frame", "Log Complaint")

        complaints = app.find("tree table", "Complaints")
        app.select_row(app.find_text("The agent hung up on me"))
        app.click(app.find("push button", "Verify…"))
        dialog = app.find("dialog", "Did 陈静 Cause This Complaint?", parent=app.app)
        app.type_into(app.find("text", "What the recording shows", parent=dialog),
                      "At 0:12 she ends the call while the caller is speaking")
        confirm = app.dialog_button(dialog, "Confirmed")
        app.click(confirm)
        # The demo's month already has one confirmed and one cleared.
        app.find_text("2 confirmed, 0 to verify")
        if "Confirmed" not in cell_texts(complaints):
            raise ui.Failure("the complaint is not shown as confirmed")
        app.screenshot("qa-programme-complaints")

        # 陈静 loses half her complaint points in the month's results.
        app.click(app.find("page tab", "Results", showing=False))
        row = app.find_text("陈静")
        while row.roleName != "table row":
            row = row.parent
        if "10" not in cell_texts(row):
            raise ui.Failure(f"the results row of 陈静 does not show 10 complaint points: {cell_texts(row)}")


if __name__ == "__main__":
    sys.exit(ui.run(complaint_logged_verified_and_counted))
