# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences: an administrator changes one of the center's policies and it stays.
(The Rosters page is test_roster_preferences.py: together they took 250 s of the 300
allowed under the sanitizers.)"""

import sys
import time

import floorlead_ui as ui
from dogtail.predicate import GenericPredicate


def sign_in(app):
    app.type_into(app.find("password text", "Password"), "floorlead")
    app.click(app.find("push button", "Sign In"))
    app.find("list", "Panels")


def open_preferences(app):
    # Each page of the window has its own header and main menu, and GTK 4.8
    # lists hidden pages too: the menu that shows, and has Preferences.
    buttons = [button for button in app.app.findChildren(GenericPredicate(roleName="push button", name="Main Menu"))
               if button.children and button.queryAction().nActions]
    for button in sorted(buttons, key=lambda button: not ui.is_showing(button)):
        app.click(button)
        try:
            item = app.find("menu item", "Preferences", timeout=8)
        except ui.Failure:
            app.press("Escape")
            continue
        app.click(item)
        return app.find("frame", "Preferences")
    raise ui.Failure("no main menu offers Preferences")


def administrator_changes_a_policy():
    with ui.Floorlead("--demo") as app:
        sign_in(app)
        window = open_preferences(app)
        samples = app.spin(window, "Recordings sampled per agent")
        if samples.value != 20:
            raise ui.Failure(f"the handbook's default is 20, not {samples.value}")
        samples.value = 25
        time.sleep(1)
        app.screenshot("preferences-admin")
        app.click(app.find("push button", "Close", parent=window))
        app.gone("frame", "Preferences")

        again = app.spin(open_preferences(app), "Recordings sampled per agent")
        if again.value != 25:
            raise ui.Failure(f"the changed policy was not kept: {again.value}")


if __name__ == "__main__":
    sys.exit(ui.run(administrator_changes_a_policy))
