# SPDX-License-Identifier: GPL-3.0-or-later
"""Disputes (申诉): a team lead disputes an answer from Call Review on the agent's
behalf, and finds it among the disputes they filed."""

import sys

import floorlead_ui as ui
from test_qa_programme import cell_texts, sign_in

SILENT_CALLER = "Used the standard phrase when the caller was silent"


def lead_disputes_from_call_review():
    with ui.Floorlead("--demo", settings={"last-login": "'lead1'", "last-panel": "'qa-programme'"}) as app:
        sign_in(app)
        app.click(app.find("page tab", "Disputes", showing=False))
        app.find_text("1 of your disputes waits for a decision.")
        disputes = app.find("tree table", "Your disputes")
        if "Waiting" not in cell_texts(disputes):
            raise ui.Failure(f"the lead's open dispute is not shown as waiting: {cell_texts(disputes)}")
        app.select_row(app.find_text("She interrupted once", parent=disputes))
        app.click(app.find("push button", "Open the Call"))
        app.find("slider", "Waveform", timeout=30)

        # The auditor's evaluation of the call offers the lead a dispute.
        app.click(app.find("push button", "Evaluations"))
        app.click(app.find("push button", "Dispute the Score by 孟晓丽"))
        dialog = app.find("frame", "Dispute a Score", parent=app.app)
        answers = app.find("list", "Answers", parent=dialog)
        app.select_row(app.find_text(SILENT_CALLER, parent=answers))
        app.click(app.find("push button", f"Yes: {SILENT_CALLER}", parent=dialog))
        app.click(app.find("push button", "File Dispute", parent=dialog))
        # No reason, no dispute: the dialog says so and stays open.
        app.find_text("Say why the score is disputed", parent=dialog)
        app.type_into(app.find("text", "Reason", parent=dialog),
                      "At 0:02 she says “Hello, how may I help you?” while the caller is silent")
        app.screenshot("dispute-filing")
        app.click(app.find("push button", "File Dispute", parent=dialog))
        app.gone("frame", "Dispute a Score")

        app.click(app.find("push button", "Back to Recordings"))
        app.select_row(app.find_text("QA Programme"))
        app.click(app.find("page tab", "Disputes", showing=False))
        app.find_text("2 of your disputes wait for a decision.")


if __name__ == "__main__":
    sys.exit(ui.run(lead_disputes_from_call_review))
