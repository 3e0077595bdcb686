# SPDX-License-Identifier: GPL-3.0-or-later
"""Call review: the QA auditor opens a demo call, takes an answer back, answers
every scorecard item, submits, and finds the score in the library. Playing the
call and pinning a note is test_qa_playback.py."""

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


def open_unevaluated_call(app):
    """Signs in as the auditor and opens a call nobody has scored; returns its caller."""
    table = sign_in_as_qa(app)
    app.screenshot("qa-library")
    row = find_unevaluated_row(app, table)
    caller = cell_texts(row)[2]
    app.select_row(row)
    app.click(app.find("push button", "Open Recording"))
    # The review page: the player, the waveform and the scorecard.
    app.find("slider", "Waveform", timeout=30)
    return caller


def review_a_call():
    with ui.Floorlead("--demo", settings={"last-login": "'qa'", "last-panel": "'qa'"}) as app:
        caller = open_unevaluated_call(app)

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
