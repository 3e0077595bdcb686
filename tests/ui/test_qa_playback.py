# SPDX-License-Identifier: GPL-3.0-or-later
"""Playing a call: the QA auditor opens a demo call, plays it, sees the position
move, pauses and pins a note at the playhead."""

import re
import sys
import time

import floorlead_ui as ui
from test_qa import open_unevaluated_call


def find_clock(app):
    """The player's “position / duration” label."""
    pattern = re.compile(r"^\d+:\d\d / \d+:\d\d$")
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        labels = app.app.findChildren(lambda node: node.roleName == "label" and pattern.match(node.name or ""))
        if labels:
            return labels[0]
        time.sleep(0.3)
    raise ui.Failure("the player shows no position")


def play_and_pin_a_note():
    with ui.Floorlead("--demo", settings={"last-login": "'qa'", "last-panel": "'qa'"}) as app:
        open_unevaluated_call(app)
        play = app.find("push button", "Play", timeout=30)
        clock = find_clock(app)
        start = clock.name
        app.click(play)
        app.screenshot("qa-playing")
        # Playing moves the position on.
        deadline = time.monotonic() + 20
        while clock.name == start or clock.name.startswith("0:00 "):
            if time.monotonic() > deadline:
                raise ui.Failure(f"the position stayed at {clock.name} after Play")
            time.sleep(0.3)
        pause = app.app.findChildren(lambda node: node.roleName == "push button" and node.name == "Pause")
        if pause:
            app.click(pause[0])

        # A note at the playhead: the dialog names the moment. GTK 4.8 names
        # a message dialog's buttons twice ("Add Note Add Note").
        app.click(app.find("push button", "Add Note"))
        app.find_text("Note at")
        app.type_into(app.find("text", "Note"), "Greeting without the job number")
        add_buttons = app.app.findChildren(
            lambda node: node.roleName == "push button" and "Add Note " in node.name
            and ui.is_showing(node))
        if not add_buttons:
            names = [node.name for node in app.app.findChildren(
                lambda node: node.roleName == "push button" and ui.is_showing(node))]
            raise ui.Failure(f"the note dialog has no Add Note button among {names}")
        app.click(add_buttons[-1])
        app.find_text("Greeting without the job number")
        app.screenshot("qa-note")


if __name__ == "__main__":
    sys.exit(ui.run(play_and_pin_a_note))
