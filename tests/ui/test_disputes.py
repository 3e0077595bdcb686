# SPDX-License-Identifier: GPL-3.0-or-later
"""Disputes (申诉): the QA auditor decides the demo's dispute of a score she gave,
keeping it with a comment; the dispute leaves her list."""

import sys

import floorlead_ui as ui
from test_qa_programme import sign_in


def auditor_keeps_a_disputed_score():
    with ui.Floorlead("--demo", settings={"last-login": "'qa'", "last-panel": "'qa-programme'"}) as app:
        sign_in(app)
        app.click(app.find("page tab", "Disputes", showing=False))
        app.find_text("1 dispute waits for your decision.")
        app.select_row(app.find_text("She interrupted once"))
        app.screenshot("qa-programme-disputes")
        app.click(app.find("push button", "Decide…"))
        dialog = app.find("dialog", "Decide the Dispute for 赵磊", parent=app.app)
        keep = app.dialog_button(dialog, "Keep the Score")
        if keep.sensitive:
            raise ui.Failure("a dispute can be decided without a comment")
        app.type_into(app.find("text", "Why, for the lead and the agent", parent=dialog),
                      "She interrupted twice, at 0:04 and 0:09")
        app.click(keep)
        app.find_text("0 disputes wait for your decision.")
        app.find_text("No Disputes to Decide")


if __name__ == "__main__":
    sys.exit(ui.run(auditor_keeps_a_disputed_score))
