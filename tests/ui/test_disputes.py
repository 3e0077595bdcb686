# SPDX-License-Identifier: GPL-3.0-or-later
"""Disputes (申诉): the QA auditor decides the demo's dispute by setting another
answer, after being told a decision needs its comment."""

import sys

import floorlead_ui as ui
from test_qa_programme import sign_in

LISTENED = "Listened without interrupting and gave polite acknowledgements"


def auditor_sets_another_answer():
    with ui.Floorlead("--demo", settings={"last-login": "'qa'", "last-panel": "'qa-programme'"}) as app:
        sign_in(app)
        app.click(app.find("page tab", "Disputes", showing=False))
        app.find_text("1 dispute waits for your decision.")
        app.select_row(app.find_text("She interrupted once"))
        app.screenshot("qa-programme-disputes")
        app.click(app.find("push button", "Decide…"))
        dialog = app.find("frame", "Decide the Dispute for 赵磊", parent=app.app)
        app.find_text("Proposed: 7 of 10 points", parent=dialog)
        app.click(app.find("push button", "Set Another Answer", parent=dialog))
        app.type_into(app.find("spin button", f"Points: {LISTENED}", parent=dialog), "8")
        app.click(app.find("push button", "Decide", parent=dialog))
        # A decision needs its comment: the dialog says so and stays open.
        app.find_text("Explain the decision", parent=dialog)
        app.type_into(app.find("text", "Comment", parent=dialog),
                      "She interrupted once to correct the address: 8, not 7")
        app.screenshot("dispute-decision")
        app.click(app.find("push button", "Decide", parent=dialog))
        app.gone("frame", "Decide the Dispute for 赵磊")
        app.find_text("0 disputes wait for your decision.")
        app.find_text("No Disputes to Decide")


if __name__ == "__main__":
    sys.exit(ui.run(auditor_sets_another_answer))
