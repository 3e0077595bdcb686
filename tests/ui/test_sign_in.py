# SPDX-License-Identifier: GPL-3.0-or-later
"""Signing in to the demo center: a wrong password, then the right one, then signing out."""

import sys

import floorlead_ui as ui


def sign_in_wrong_then_right():
    with ui.Floorlead("--demo") as app:
        account = app.find("combo box", "Account")
        if "admin" not in " ".join(child.name for child in account.findChildren(lambda n: n.roleName == "label")):
            raise ui.Failure("the sign-in screen does not preselect the first account")
        password = app.find("password text", "Password")
        app.type_into(password, "not the password")
        app.click(app.find("push button", "Sign In"))
        error = app.find_text("Wrong password")
        if "4 more tries" not in error.name:
            raise ui.Failure(f"the error does not say how many tries are left: {error.name}")
        app.screenshot("sign-in-wrong-password")

        app.type_into(password, "floorlead")
        app.click(app.find("push button", "Sign In"))
        app.find("list", "Panels")
        app.find_text("钱志明")
        app.find("push button", "Add Person")
        app.screenshot("staff")

        # The header's account button carries the signed-in person's name.
        app.click(app.find("push button", "钱志明"))
        app.click(app.find("menu item", "Sign Out"))
        app.gone("push button", "Add Person")
        app.find("push button", "Sign In")


def lockout_explained():
    with ui.Floorlead("--demo") as app:
        password = app.find("password text", "Password")
        # Each answer waited for by what only it says: the one before
        # (“1 more try before the account is locked”) is still on screen.
        answers = ["4 more tries", "3 more tries", "2 more tries", "1 more try", "locked for"]
        for attempt, answer in enumerate(answers):
            app.type_into(password, f"guess {attempt}")
            app.click(app.find("push button", "Sign In"))
            node = app.find_text(answer)
        message = node.name
        if "5 minutes" not in message:
            raise ui.Failure(f"the lockout message does not say for how long: {message}")
        app.screenshot("sign-in-locked")


if __name__ == "__main__":
    sys.exit(ui.run(sign_in_wrong_then_right, lockout_explained))
