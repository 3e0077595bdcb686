# SPDX-License-Identifier: GPL-3.0-or-later
"""Reports: the department head opens the QA dashboard, then an agent's monthly
statement, and exports it as a PDF: the file is there and is a PDF. One agent's
dashboard leaves out the scorers' figures until everyone is shown again."""

import os
import sys
import tempfile

import floorlead_ui as ui
from test_qa_programme import cell_texts, sign_in


def head_exports_a_statement_as_pdf():
    folder = tempfile.mkdtemp(prefix="floorlead-reports-")
    path = os.path.join(folder, "statement.pdf")
    with ui.Floorlead("--demo", settings={"last-login": "'head'", "last-panel": "'qa-programme'"}) as app:
        table = sign_in(app)
        app.click(app.find("page tab", "Dashboard", showing=False))
        app.find("image", "Average score and pass rate by month")
        pareto = app.find("image", "Items failed most")
        # The demo's months fail some calls on the closing phrases.
        app.find_text("Scores of QA calls only", timeout=30)
        if "Asked “Do you have any other questions?” before closing: failed" not in (pareto.description or ""):
            raise ui.Failure(f"the failed items' chart describes no failure: {pareto.description!r}")
        app.screenshot("qa-dashboard")

        app.click(app.find("page tab", "Results", showing=False))
        app.select_row(app.find_text("赵磊"))
        app.click(app.find("push button", "Statement…"))
        report = app.find("frame", "QA Statement: 赵磊 (1006)", parent=app.app)
        app.find_text("QA points (话务质检)")
        app.screenshot("qa-statement")
        app.save_report_pdf(report, path)
        app.screenshot("qa-statement-saved")
        del table


def head_opens_an_agents_dashboard():
    with ui.Floorlead("--demo", settings={"last-login": "'head'", "last-panel": "'qa-programme'"}) as app:
        table = sign_in(app)
        app.select_row(app.find_text("赵磊", parent=table))
        app.click(app.find("push button", "Agent’s Dashboard"))
        app.find_text("赵磊’s Calls")
        app.find_text("Scores of QA calls only", timeout=30)
        app.gone("label", "Scorers’ Work This Month")
        app.screenshot("qa-dashboard-agent")
        app.click(app.find("push button", "Show Everyone"))
        app.find("label", "Scorers’ Work This Month")
        app.gone("label", "赵磊’s Calls")


if __name__ == "__main__":
    sys.exit(ui.run(head_exports_a_statement_as_pdf, head_opens_an_agents_dashboard))
