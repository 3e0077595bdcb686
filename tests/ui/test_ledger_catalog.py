# SPDX-License-Identifier: GPL-3.0-or-later
"""The administrator keeps the Equipment panel's catalog: receives a new headset by its
tag, adds a location, adds an item and renames it from its page, then prints this
month's movements as a PDF that shows the new headset."""

import os
import sys
import tempfile

import floorlead_ui as ui
from test_ledger import showing
from test_preferences import sign_in


def admin_keeps_the_catalog():
    with ui.Floorlead("--demo", settings={"last-login": "'admin'", "last-panel": "'ledger'"}) as app:
        sign_in(app)
        # The store: the headsets' page, a new one delivered by its tag.
        app.click(app.find("page tab", "Stock", timeout=30))
        app.click(app.find("push button", "History of Headset"))
        history = app.find("frame", "Headset", parent=app.app)
        # A new headset delivered: received into the store by its tag.
        app.click(app.find("push button", "Receive…", parent=history))
        receive = app.find("dialog", "Add an Asset", parent=app.app)
        app.type_into(app.find("text", "Tag", parent=receive), "HS-037")
        app.type_into(app.find("text", "Serial number", parent=receive), "HS241369")
        app.click(app.dialog_button(receive, "_Receive"))
        app.find("label", "Received · HS-037", parent=history)
        app.click(app.find("push button", "Close", parent=history))
        app.gone("frame", "Headset")

        # The catalog: a location added, a new consumable, renamed from its page.
        app.click(app.find("push button", "Catalog"))
        app.click(app.find("menu item", "Categories and Locations…"))
        names = app.find("frame", "Categories and Locations", parent=app.app)
        app.click(app.find("push button", "Add Location…", parent=names))
        adding = app.find("dialog", "New Location", parent=app.app)
        app.type_into(app.find("text", "Name", parent=adding), "Training room 2")
        app.click(app.dialog_button(adding, "_Add"))
        app.find("push button", "Rename Training room 2", parent=names)
        app.click(app.find("push button", "Close", parent=names))
        app.gone("frame", "Categories and Locations")
        app.click(app.find("push button", "Catalog"))
        app.click(app.find("menu item", "New Item…"))
        editor = app.find("frame", "New Item", parent=app.app)
        app.type_into(app.find("text", "Name", parent=editor), "A3 papr")
        app.type_into(showing(app, "text", "Unit", editor)[0], "ream")
        app.screenshot("ledger-new-item")
        app.click(app.find("push button", "Save", parent=editor))
        app.gone("frame", "New Item")
        app.click(app.find("push button", "History of A3 papr", timeout=30))
        page = app.find("frame", "A3 papr", parent=app.app)
        app.click(app.find("push button", "Edit…", parent=page))
        editor = app.find("frame", "Edit Item", parent=app.app)
        app.type_into(app.find("text", "Name", parent=editor), "A3 paper")
        app.click(app.find("push button", "Save", parent=editor))
        app.gone("frame", "Edit Item")
        app.find("frame", "A3 paper", parent=app.app)
        app.click(app.find("push button", "Close", parent=app.find("frame", "A3 paper", parent=app.app)))
        app.gone("frame", "A3 paper")
        app.find("push button", "History of A3 paper")

        # This month's movements, on screen and as a PDF.
        app.click(app.find("push button", "Reports"))
        app.click(app.find("menu item", "Movements…"))
        days = app.find("frame", "Ledger Movements", parent=app.app)
        app.click(app.find("push button", "Show Report", parent=days))
        app.gone("push button", "Show Report")
        report = app.find("frame", "Ledger Movements", parent=app.app, timeout=30)
        app.find("label", "HS-037", parent=report)
        app.screenshot("ledger-movements")
        app.save_report_pdf(report, os.path.join(tempfile.mkdtemp(prefix="floorlead-ledger-"), "movements.pdf"))
        app.click(app.find("push button", "Close", parent=report))
        app.gone("frame", "Ledger Movements")


if __name__ == "__main__":
    sys.exit(ui.run(admin_keeps_the_catalog))
