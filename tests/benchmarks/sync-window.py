# SPDX-License-Identifier: GPL-3.0-or-later
"""A recording server's first sync in the real window, at the size of a busy center.

Run through tests/ui/run-ui-test (a private X server and session bus):
  FLOORLEAD_BINARY=… GSETTINGS_SCHEMA_DIR=… tests/ui/run-ui-test tests/benchmarks/sync-window.py
or `meson test -C BUILD --benchmark sync-window -v`. Prints numbers; asserts nothing
but that the sync added every recording.

An export service on loopback (in this process) publishes a JSON index of
100,000 recordings in pages of 1,000, as the README describes. The demo center
gets it as a recording source that was never synced; the QA auditor signs in
and the window's sync scheduler syncs it in the background. The probe
(FLOORLEAD_PROBE, in the app) marks when the sync started and ended and
writes down every block of the main thread over 10 ms. The same window,
signed in without the source, idles as long: its blocks are the reference.
"""

import contextlib
import http.server
import json
import os
import sqlite3
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ui"))
from window_probe import make_demo_database, now_us, sign_in_unwatched  # noqa: E402

N_RECORDINGS = int(os.environ.get("FLOORLEAD_BENCHMARK_RECORDINGS", "100000"))
PAGE = 1000
SETTINGS = {"last-login": "'qa'", "last-panel": "'qa'"}


def index_page(number):
    """Page @number (from 1) of the export service's index."""
    records = []
    first = (number - 1) * PAGE
    for i in range(first, min(first + PAGE, N_RECORDINGS)):
        day = 1 + i % 28
        records.append({
            "id": f"call-{i}",
            "start": f"2026-11-{day:02d}T{8 + i % 10:02d}:{i % 60:02d}:{(i * 7) % 60:02d}+08:00",
            "duration": 30 + i % 600,
            "caller": f"138{i:08d}",
            "callee": "4008001234",
            "agent": 1001 + i % 40,
            "queue": ("billing", "support", "sales")[i % 3],
            "direction": "inbound",
            "url": f"2026/11/{day:02d}/call-{i}.wav",
            "size": 480_000 + i,
            "etag": f"\"{i}\"",
        })
    page = {"recordings": records}
    if first + PAGE < N_RECORDINGS:
        page["next"] = f"index.json?page={number + 1}"
    return json.dumps(page).encode()


class ExportService(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the standard library's name)
        path, _, query = self.path.partition("?")
        if path != "/export/index.json":
            self.send_error(404)
            return
        fields = dict(pair.split("=", 1) for pair in query.split("&") if "=" in pair)
        body = index_page(int(fields.get("page", "1")))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def add_source(center, port):
    with contextlib.closing(sqlite3.connect(center)) as db:
        with db:
            db.execute("INSERT INTO recording_sources (name, kind, base_url, sync_minutes, created_at) "
                       "VALUES ('PBX export', 'json', ?, 60, '2026-11-29T00:00:00Z')",
                       (f"http://127.0.0.1:{port}/export/",))


def blocks(probe, start_us, end_us):
    return sorted((float(what) for kind, what, when in probe.entries()
                   if kind == "stall" and start_us <= when <= end_us), reverse=True)


def describe(label, found, seconds):
    over_50 = sum(1 for block in found if block > 50)
    longest = found[0] if found else 0.0
    print(f"{label:<34} {seconds:7.1f} s {len(found):7d} {over_50:9d} {longest:10.1f} ms", flush=True)


def main():
    folder = tempfile.mkdtemp(prefix="floorlead-sync-window-")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), ExportService)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    demo = make_demo_database(folder)
    center = os.path.join(folder, "center.db")
    with contextlib.closing(sqlite3.connect(demo)) as source, contextlib.closing(sqlite3.connect(center)) as copy:
        source.backup(copy)
    add_source(center, server.server_address[1])

    print(f"{N_RECORDINGS:,} recordings in an index of {N_RECORDINGS // PAGE} pages, on loopback", flush=True)
    print(f"{'':<34} {'time':>9} {'blocks':>7} {'over 50 ms':>9} {'longest':>13}", flush=True)

    app, probe, _ = sign_in_unwatched(center, folder, SETTINGS)
    try:
        started = probe.wait_for_mark("sync-started", 0, timeout=180)
        finished = probe.wait_for_mark("sync-finished", started, timeout=600)
        seconds = (finished - started) / 1e6
        describe("first sync, in the background", blocks(probe, started, finished), seconds)
    finally:
        app.close()
    with contextlib.closing(sqlite3.connect(os.path.join(folder, "run.db"))) as db:
        added, = db.execute("SELECT count(*) FROM recordings WHERE source_id IS NOT NULL").fetchone()
        error, = db.execute("SELECT last_error FROM recording_sources").fetchone()
    print(f"recordings added: {added:,}" + (f" (the sync said: {error})" if error else ""), flush=True)

    # The reference: the same window, idle for as long, with no server to sync.
    idle = os.path.join(folder, "idle.db")
    with contextlib.closing(sqlite3.connect(demo)) as source, contextlib.closing(sqlite3.connect(idle)) as copy:
        source.backup(copy)
    app, probe, pressed = sign_in_unwatched(idle, folder, SETTINGS)
    try:
        probe.wait_for_mark("session-start", pressed)
        time.sleep(5)   # past the first frames of the signed-in window
        quiet_start = now_us()
        time.sleep(seconds)
        quiet_end = now_us()
        describe("the same window, idle (reference)", blocks(probe, quiet_start, quiet_end), seconds)
    finally:
        app.close()
    server.shutdown()
    if added != N_RECORDINGS:
        raise SystemExit(f"the sync added {added} recordings of {N_RECORDINGS}")


if __name__ == "__main__":
    main()
