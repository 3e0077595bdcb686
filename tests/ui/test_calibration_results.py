# SPDX-License-Identifier: GPL-3.0-or-later
"""Calibration (校准): the demo's closed session shows each scorer's distance from
the reference and marks the one far off; the auditors' distances by month are listed."""

import sys

import floorlead_ui as ui
from test_qa_programme import cell_texts, sign_in


def results_mark_the_far_scorer():
    with ui.Floorlead("--demo", settings={"last-login": "'head'", "last-panel": "'qa-programme'"}) as app:
        sign_in(app)
        app.click(app.find("page tab", "Calibration", showing=False))
        sessions = app.find("tree table", "Calibration sessions")
        app.select_row(app.find_text("Greeting and hold phrases"))
        app.click(app.find("push button", "Show Results"))
        window = app.find("frame", "Calibration Results", parent=app.app)
        app.find_text("Far off")
        if not window.findChildren(lambda n: n.roleName == "label" and "from the reference" in (n.name or "")):
            raise ui.Failure("the results give no distance from the reference")
        app.screenshot("calibration-results")
        if not cell_texts(app.find("tree table", "Distance from the reference, by month")):
            raise ui.Failure("no auditor's distance over the months is listed")
        del sessions



if __name__ == "__main__":
    sys.exit(ui.run(results_mark_the_far_scorer))
