# SPDX-License-Identifier: GPL-3.0-or-later
"""Call review: the QA auditor opens a demo call, plays it, pins a note at the
playhead, answers every scorecard item, submits, and finds the score in the library."""

import re
import sys
import time

import floorlead_ui as ui


def sign_in_as_qa(app):
    app.type_into(app.find("password text", "Password"), "floorlead")
    app.click(app.find("push button", "Sign In"))
    return app.find("tree table", "Recordings", timeout=60)


def rows(table):
    lists = [child for child in table.children if child.roleName == "list"]
    if not lists:
        raise ui.Failure("the recordings table shows no rows")
    return [row for row in lists[0].children if row.roleName == "table row"]


def cell_texts(row):
    texts = []
    for cell in row.children:
        labels = cell.findChildren(lambda node: node.roleName == "label")
        texts.append(" ".join(label.name for label in labels if not label.name.startswith("Gtk")))
    return texts


def find_unevaluated_row(app, table):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for row in rows(table):
            if any(text == "Not evaluated" for text in cell_texts(row)):
                return row
        time.sleep(0.5)
    raise ui.Failure("no recording is waiting to be evaluated in the demo library")


def answer_every_item(app, scorecard):
    """Yes for yes/no items, the top of the scale for scale items."""
    def showing(role):
        return scorecard.findChildren(lambda node: node.roleName == role and ui.is_showing(node))

    best = {}
    for button in showing("push button"):
        name = button.name
        if name.startswith("Yes: "):
            best[name[5:]] = (10**6, button)
            continue
        match = re.match(r"(\d+) points?: (.*)", name)
        if match:
            points, item = int(match.group(1)), match.group(2)
            if item not in best or best[item][0] < points:
                best[item] = (points, button)
    for _, button in best.values():
        app.click(button)
    spins = [spin for spin in showing("spin button") if spin.name.startswith("Points: ")]
    for spin in spins:
        spin.value = spin.maxValue
    answered = len(best) + len(spins)
    if answered < 10:
        raise ui.Failure(f"expected the default scorecard's 12 items, answered {answered}")
    return answered


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


def review_a_call():
    with ui.Floorlead("--demo", settings={"last-login": "'qa'", "last-panel": "'qa'"}) as app:
        table = sign_in_as_qa(app)
        app.screenshot("qa-library")
        row = find_unevaluated_row(app, table)
        caller = cell_texts(row)[2]
        app.select_row(row)
        app.click(app.find("push button", "Open Recording"))

        # The review page: the player, the waveform and the scorecard.
        app.find("slider", "Waveform", timeout=30)
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

        scorecard = app.find("filler", "FlScorecardView")
        # A yes/no answer can be taken back: the item is unanswered again.
        first_yes = next(node for node in scorecard.findChildren(
            lambda node: node.roleName == "push button" and node.name.startswith("Yes: ") and ui.is_showing(node)))
        item = first_yes.name[len("Yes: "):]
        app.click(first_yes)
        app.click(app.find("push button", f"Clear Answer: {item}", parent=scorecard))
        deadline = time.monotonic() + 10
        while any(ui.is_showing(node) for node in scorecard.findChildren(
                lambda node: node.roleName == "push button" and node.name == f"Clear Answer: {item}")):
            if time.monotonic() > deadline:
                raise ui.Failure(f"clearing “{item}” left it answered")
            time.sleep(0.3)
        n_items = answer_every_item(app, scorecard)
        app.screenshot("qa-review")
        app.click(app.find("push button", "Submit"))
        app.find("push button", "Change…", timeout=15)

        # Evaluations per recording: the auditor's own, submitted, with its score.
        app.click(app.find("push button", "Evaluations"))
        app.find_text("This Call")
        app.find_text("100 · Pass")
        app.screenshot("qa-evaluations")
        app.click(app.find("push button", "Evaluations"))

        app.click(app.find("push button", "Back to Recordings"))
        table = app.find("tree table", "Recordings")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            for candidate in rows(table):
                texts = cell_texts(candidate)
                if caller in texts and "Evaluated" in texts:
                    if not any(text.startswith("100") for text in texts):
                        raise ui.Failure(f"all {n_items} items passed, but the score reads {texts}")
                    app.screenshot("qa-library-scored")
                    return
            time.sleep(0.5)
        seen = [cell_texts(candidate) for candidate in rows(table) if caller in cell_texts(candidate)]
        raise ui.Failure(f"the call from {caller} does not show as evaluated with its score: {seen}")


if __name__ == "__main__":
    sys.exit(ui.run(review_a_call))
