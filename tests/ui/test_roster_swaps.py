# SPDX-License-Identifier: GPL-3.0-or-later
"""Swaps (换班) on a published roster: the lead's request needs a reason; the head
approves a waiting one, and the sidebar's badge counts down; the head types a
half-hour of the forecast by hand."""

import sys

import floorlead_ui as ui


def swaps_asked_for_and_decided():
    """The lead's swap needs a reason; the head approves the demo's waiting swap."""
    with ui.Floorlead("--demo", settings={"last-login": "'lead1'", "last-panel": "'rosters'"}) as app:
        app.type_into(app.find("password text", "Password"), "floorlead")
        app.click(app.find("push button", "Sign In"))
        app.find("table", "Roster", timeout=30)
        # This month is published: it changes by swaps only.
        app.click(app.find("push button", "Previous Month"))
        app.find("label", "Published", timeout=30)
        app.gone("push button", "Fill from Pattern…")
        app.click(app.find("push button", "Ask for a Swap…"))
        form = app.find("frame", "Ask for a Swap", parent=app.app)
        app.click(app.find("push button", "Save", parent=form))
        app.find_text("Say why the two agents swap", parent=form)
        app.screenshot("roster-swap-reason")
        app.click(app.find("push button", "Cancel", parent=form))
        app.gone("frame", "Ask for a Swap")

    with ui.Floorlead("--demo", settings={"last-login": "'head'", "last-panel": "'rosters'"}) as app:
        app.type_into(app.find("password text", "Password"), "floorlead")
        app.click(app.find("push button", "Sign In"))
        app.find("table", "Roster", timeout=30)
        # The sidebar counts the center's swaps waiting: one a team.
        app.find("label", "3 wait for you")
        app.click(app.find("push button", "Previous Month"))
        app.find("label", "Published", timeout=30)
        app.find_text("1 waiting for a decision.")
        app.click(app.find("push button", "Approve the Swap"))
        # The toast ("Swap approved: the roster shows it.") stays 5 s, less than
        # reading the roster grid's accessibility tree can take under the
        # sanitizers: what stays is checked.
        app.find_text("0 waiting for a decision.")
        app.gone("push button", "Approve the Swap")
        app.find("label", "2 wait for you")
        app.screenshot("roster-swap-approved")

        edit_forecast_by_hand(app)


def open_forecast(app):
    app.click(app.find("push button", "Export and Import"))
    app.click(app.find("menu item", "Edit the Forecast…"))
    return app.find("frame", "Forecast", parent=app.app)


def edit_forecast_by_hand(app):
    """The demo forecasts 38 calls at 09:30 on a weekday, six in ten of them at a weekend
    (the dialog opens on the coverage strip's day); the head makes it 100 and it stays."""
    form = open_forecast(app)
    calls = app.spin(form, "Calls at 09:30")
    if round(calls.value, 1) not in (38, 22.8):
        raise ui.Failure(f"the demo forecasts 38 or 22.8 calls at 09:30, not {calls.value}")
    calls.value = 100
    app.screenshot("roster-forecast")
    app.click(app.find("push button", "Save", parent=form))
    app.gone("frame", "Forecast")
    form = open_forecast(app)
    if app.spin(form, "Calls at 09:30").value != 100:
        raise ui.Failure("the forecast typed by hand was not kept")
    app.click(app.find("push button", "Cancel", parent=form))
    app.gone("frame", "Forecast")


if __name__ == "__main__":
    sys.exit(ui.run(swaps_asked_for_and_decided))
