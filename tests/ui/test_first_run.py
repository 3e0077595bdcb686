# SPDX-License-Identifier: GPL-3.0-or-later
"""First run without a database: create the first administrator, or open the demo center."""

import os
import sys
import tempfile
import time

import floorlead_ui as ui


def create_first_administrator():
    folder = tempfile.mkdtemp(prefix="floorlead-first-run-")
    with ui.Floorlead("--database", os.path.join(folder, "center.db")) as app:
        app.find_text("Welcome to Floorlead")
        app.type_into(app.find("text", "Full name"), "周建华")
        app.type_into(app.find("text", "Job number (工号)"), "0100")
        app.type_into(app.find("text", "Login"), "zhoujh")
        app.type_into(app.find("password text", "Password"), "center admin 1")
        app.type_into(app.find("password text", "Confirm password"), "center admin 2")
        app.click(app.find("push button", "Create Administrator"))
        app.find_text("passwords are not the same")
        app.screenshot("first-run-mismatch")

        # Both fields were cleared, as the message asks for the password twice again.
        app.type_into(app.find("password text", "Password"), "center admin 1")
        app.type_into(app.find("password text", "Confirm password"), "center admin 1")
        app.click(app.find("push button", "Create Administrator"))
        # Signed in straight away, and the new administrator is in the staff list.
        app.find("push button", "Add Person")
        app.find_text("0100")
        app.screenshot("first-run-done")

    # The next start asks for the password of the account just made.
    with ui.Floorlead("--database", os.path.join(folder, "center.db")) as app:
        app.find("push button", "Sign In")
        app.find_text("zhoujh")


def open_the_demo_instead():
    folder = tempfile.mkdtemp(prefix="floorlead-first-run-")
    with ui.Floorlead("--database", os.path.join(folder, "center.db")) as app:
        button = app.find("push button", "Open the Demo Center")
        app.click(button)
        # The demo center is made in the background (seconds): the window
        # answers at once, its button waiting until the demo opens.
        deadline = time.monotonic() + 2
        while button.sensitive:
            if time.monotonic() > deadline:
                raise ui.Failure("the window did not answer while the demo center was made")
            time.sleep(0.05)
        app.find_text("every account’s password is “floorlead”", timeout=60)
        app.find("push button", "Sign In")


if __name__ == "__main__":
    sys.exit(ui.run(create_first_administrator, open_the_demo_instead))
