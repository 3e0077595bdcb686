# SPDX-License-Identifier: GPL-3.0-or-later
"""Calibration (校准): the QA auditor starts a session on a call with a team lead
beside her as scorer; the QA Programme lists it as hers to score."""

import sys

import floorlead_ui as ui
from test_qa_programme import cell_texts, sign_in


def auditor_starts_a_session():
    with ui.Floorlead("--demo", settings={"last-login": "'qa'", "last-panel": "'qa'"}) as app:
        table = sign_in(app, "Recordings")
        rows = [row for row in table.findChildren(lambda n: n.roleName == "table row")]
        if not rows:
            raise ui.Failure("the demo library shows no recording")
        app.select_row(rows[-1])
        app.click(app.find("push button", "Open Recording"))
        app.find("slider", "Waveform", timeout=30)

        app.click(app.find("push button", "Calibrate…"))
        dialog = app.find("frame", "Start Calibration Session", parent=app.app)
        app.type_into(app.find("text", "Title", parent=dialog), "Closing phrases")
        # The reference is the auditor herself; 张强 (lead1) scores beside her.
        lead = dialog.findChildren(lambda n: n.roleName in ("check box", "switch", "toggle button")
                                   and n.name == "张强")
        if len(lead) != 2:
            raise ui.Failure(f"张强 should be offered as reference and as scorer, found {len(lead)}")
        app.click(lead[-1])
        app.screenshot("calibration-start")
        app.click(app.find("push button", "Save", parent=dialog))
        app.gone("frame", "Start Calibration Session")

        app.click(app.find("push button", "Back to Recordings"))
        app.select_row(app.find_text("QA Programme"))
        app.click(app.find("page tab", "Calibration", showing=False))
        sessions = app.find("tree table", "Calibration sessions")
        texts = cell_texts(sessions)
        if "Closing phrases" not in texts or "Open, yours to score" not in texts:
            raise ui.Failure(f"the new session is not listed as the auditor's to score: {texts}")
        app.find_text("0 of 2")
        app.screenshot("calibration-sessions")


if __name__ == "__main__":
    sys.exit(ui.run(auditor_starts_a_session))
