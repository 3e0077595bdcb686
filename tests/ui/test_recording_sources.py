# SPDX-License-Identifier: GPL-3.0-or-later
"""Recording servers: the administrator adds the PBX's export service (a JSON index
served over HTTP on loopback by a real web server) in Preferences and syncs it; the QA
auditor then finds the server's call in the library, opens it, and it downloads and
plays."""

import http.server
import json
import math
import os
import struct
import sys
import tempfile
import threading
import time
import wave

import floorlead_ui as ui
from test_ledger import showing
from test_preferences import open_preferences, sign_in
from test_qa_playback import find_clock

CALLER = "13912345678"


def write_call(path, seconds=4, rate=8000):
    """A real WAV: a tone the player can play and the waveform can draw."""
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
                                 for i in range(seconds * rate)))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def start_server(folder):
    """The export service: index.json and the call it lists, on a port of its own."""
    os.makedirs(os.path.join(folder, "calls"))
    call = os.path.join(folder, "calls", "srv-1.wav")
    write_call(call)
    index = {"recordings": [{
        "id": "srv-1", "start": "2026-11-27T09:15:02+08:00", "duration": 4, "caller": CALLER,
        "callee": "4008001234", "agent": "1001", "queue": "billing", "direction": "inbound",
        "url": "calls/srv-1.wav", "size": os.path.getsize(call)}]}
    with open(os.path.join(folder, "index.json"), "w", encoding="utf-8") as out:
        json.dump(index, out)
    handler = lambda *args, **kwargs: QuietHandler(*args, directory=folder, **kwargs)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def add_and_sync(app, address):
    window = open_preferences(app)
    app.click(app.find("page tab", "Recordings", parent=window))
    # GTK 4.8 names a button with an icon and a label twice.
    app.click(app.dialog_button(window, "Add Recording Server…"))
    form = app.find("frame", "Add Recording Source", parent=app.app)
    app.type_into(app.find("text", "Name", parent=form), "PBX export")
    kind = showing(app, "combo box", "The Server Offers", form)[0]
    buttons = [child for child in kind.children if child.roleName == "push button"]
    app.click(buttons[0] if buttons else kind)
    time.sleep(0.5)
    app.press("Down")
    app.press("Down")
    app.press("Return")
    ui.wait_for(lambda: "A JSON index (export service)" in [
        node.name for node in kind.findChildren(lambda n: n.roleName == "label") if ui.is_showing(node)],
        "the JSON index chosen")
    app.type_into(app.find("text", "Address", parent=form), address)
    # Synced only when asked: the interval's own syncs would race the button.
    app.spin(form, "Sync Every").value = 0
    app.click(app.find("push button", "Save", parent=form))
    app.gone("frame", "Add Recording Source")
    app.find_text(f"{address} · Never synced", parent=window)

    app.click(app.dialog_button(window, "Sync PBX export Now"))

    def outcome():
        return [node.name for node in app.app.findChildren(
            lambda n: n.roleName == "label" and ("Synced " in (n.name or "") or "failed" in (n.name or "")))
            if ui.is_showing(node)]
    ui.wait_for(outcome, "the sync's outcome on the source's row", timeout=60)
    if not any("1 added, 0 changed, 0 flagged missing" in text for text in outcome()):
        raise ui.Failure(f"the sync did not add the server's call: {outcome()}")
    app.screenshot("recording-sources")
    app.click(app.find("push button", "Close", parent=window))
    app.gone("frame", "Preferences")


def open_and_play(app):
    table = app.find("tree table", "Recordings", timeout=60)
    app.press("<Control>f")
    ui.wait_for(lambda: [node for node in app.app.findChildren(lambda n: n.name == "Search recordings")
                         if ui.is_showing(node)], "the search field")
    search = next(node for node in app.app.findChildren(lambda n: n.name == "Search recordings")
                  if ui.is_showing(node))
    app.type_into(search, CALLER)
    lists = [child for child in table.children if child.roleName == "list"]
    ui.wait_for(lambda: any(CALLER in " ".join(label.name for label in row.findChildren(
        lambda n: n.roleName == "label")) for row in lists[0].children if row.roleName == "table row"),
        "the server's call in the library", timeout=30)
    row = next(row for row in lists[0].children if row.roleName == "table row")
    app.select_row(row)
    app.click(app.find("push button", "Open Recording"))
    app.find("slider", "Waveform", timeout=30)
    play = app.find("push button", "Play", timeout=30)
    clock = find_clock(app)
    # Downloaded, then opened: four seconds long.
    ui.wait_for(lambda: clock.name.endswith("/ 0:04"), "the downloaded call's length", timeout=30)
    app.click(play)
    ui.wait_for(lambda: not clock.name.startswith("0:00 "), "the call playing", timeout=20)
    app.screenshot("recording-sources-playing")


def admin_syncs_and_auditor_plays():
    folder = tempfile.mkdtemp(prefix="floorlead-export-")
    server = start_server(folder)
    address = f"http://127.0.0.1:{server.server_address[1]}/"
    # One center for both: the administrator's session, then the auditor's. (Signing
    # the administrator out takes longer than AT-SPI waits for the menu's answer
    # under the sanitizers, so each signs in to a window of their own.)
    center = {"XDG_DATA_HOME": tempfile.mkdtemp(prefix="floorlead-center-")}
    try:
        with ui.Floorlead("--demo", env=center, settings={"last-login": "'admin'", "last-panel": "'qa'"}) as app:
            sign_in(app)
            add_and_sync(app, address)
        with ui.Floorlead("--demo", env=center, settings={"last-login": "'qa'", "last-panel": "'qa'"}) as app:
            sign_in(app)
            open_and_play(app)
    finally:
        server.shutdown()


if __name__ == "__main__":
    sys.exit(ui.run(admin_syncs_and_auditor_plays))
