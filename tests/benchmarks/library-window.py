# SPDX-License-Identifier: GPL-3.0-or-later
"""The recordings library in the real window, at the size of a busy center.

Run through tests/ui/run-ui-test (a private X server and session bus):
  FLOORLEAD_BINARY=… GSETTINGS_SCHEMA_DIR=… tests/ui/run-ui-test tests/benchmarks/library-window.py
or `meson test -C BUILD --benchmark library-window -v`. Prints numbers; asserts nothing.

Two copies of the demo center: one with its recordings removed, one with
100,000 recordings added. For each, the QA auditor signs in and the time from
the session's start to the first painted frame of the library is measured
(FLOORLEAD_PROBE marks, taken in the app on CLOCK_MONOTONIC). On the large
one, each column header is clicked and search text is typed key by key; for
each action the probe reports how long the main thread was blocked (its
heartbeat comes late by that much) and when the new rows were painted.
"""

import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ui"))
import floorlead_ui as ui  # noqa: E402
from window_probe import Probe, make_demo_database, now_us, peak_memory_mib  # noqa: E402

RUNS = int(os.environ.get("FLOORLEAD_BENCHMARK_RUNS", "3"))
N_RECORDINGS = int(os.environ.get("FLOORLEAD_BENCHMARK_RECORDINGS", "100000"))
SETTINGS = {"last-login": "'qa'", "last-panel": "'qa'"}
QUEUES = ["400", "401", "402", "500", "600", "601", "700", "800"]
DIRECTIONS = ["inbound", "inbound", "inbound", "outbound", "internal"]
COLUMNS = ("Date and Time", "Agent", "Caller", "Queue", "Direction", "Duration", "Evaluation", "Score")


def empty_library(path):
    with sqlite3.connect(path) as db:
        for table in ("recording_notes", "playback_positions", "evaluation_answers",
                      "evaluation_revisions", "evaluations", "recordings"):
            db.execute(f"DELETE FROM {table}")


def fill_library(path, count):
    """Recordings spread as at a busy center: office hours over 90 days, most
    calls a few minutes, a fifth evaluated, a few files gone."""
    rand = random.Random(20261103)
    with sqlite3.connect(path) as db:
        agents = db.execute("SELECT id, coalesce(extension, job_number) FROM staff").fetchall()
        rows = []
        first_day = 1785542400  # 2026-08-01T00:00:00Z
        for i in range(count):
            started = first_day + rand.randrange(90) * 86400 + rand.randrange(12 * 3600) + 3600
            agent_id, number = rand.choice(agents) if rand.random() < 0.95 else (None, None)
            caller = f"1{rand.randrange(30, 90):02d}{rand.randrange(100_000_000):08d}"
            minutes = rand.random() * rand.random() * 30
            state = rand.randrange(100)
            status = rand.randrange(100)
            score = 60 + rand.random() * 40
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started))
            rows.append((
                f"/var/spool/asterisk/monitor/bench/exten-{number}-{caller}-{started}.{i}.wav",
                44 + int(minutes * 60 * 8000), started, f"{started}.{i}", stamp, caller, number, number,
                agent_id, rand.choice(QUEUES) if rand.random() < 0.8 else None, rand.choice(DIRECTIONS),
                int(minutes * 60000) + 3000,
                "present" if status < 97 else "missing" if status < 99 else "unreadable",
                "none" if state < 80 else "draft" if state < 85 else "submitted",
                score if state >= 85 else None, int(score >= 80) if state >= 85 else None,
                "2026-11-01T00:00:00Z"))
        db.executemany(
            "INSERT INTO recordings (path, file_size, file_mtime, unique_id, started_at, caller, callee, "
            "agent_number, agent_staff_id, queue, direction, duration_ms, codec, channels, sample_rate, "
            "status, evaluation_state, score, passed, imported_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'mulaw', 1, 8000, ?, ?, ?, ?, ?, ?)",
            [row + (row[-1],) for row in rows])


def open_library(database, probe_path):
    """Signs in as the QA auditor; returns the app, its probe and the first-frame time (ms)."""
    if os.path.exists(probe_path):
        os.remove(probe_path)
    os.environ["FLOORLEAD_PROBE"] = probe_path
    app = ui.Floorlead("--database", database, settings=SETTINGS)
    probe = Probe(probe_path)
    app.type_into(app.find("password text", "Password"), "floorlead")
    clicked = now_us()
    app.click(app.find("push button", "Sign In"))
    session = probe.wait_for_mark("session-start", clicked)
    shown = probe.wait_for_mark("library-shown", session)
    return app, probe, (shown - session) / 1000


def timed_action(probe, act):
    """Runs @act; returns (longest main-thread block, time until the rows are painted), in ms."""
    time.sleep(0.5)
    start = now_us()
    act()
    painted = probe.wait_for_mark("library-rows", start, timeout=30)
    time.sleep(0.3)
    return probe.longest_stall(start, painted + 300_000), (painted - start) / 1000


def column_headers(app):
    """The title labels of the column headers (GTK 4.8 gives the headers no
    accessible action: they are clicked with the pointer)."""
    app.find("tree table", "Recordings", timeout=60)
    labels = app.app.findChildren(lambda node: node.roleName == "label" and node.name in COLUMNS
                                  and node.parent.roleName != "table cell" and ui.is_showing(node))
    return sorted(labels, key=lambda label: label.position[0])


def click_at(node):
    """A real pointer click (xdotool: the X test extension) in the middle of
    @node. GTK 4.8 reports positions inside the window's surface, whose
    client-side shadow is 5 pixels wide; with no window manager the surface
    sits at the screen's origin."""
    (x, y), (width, height) = node.position, node.size
    subprocess.run(["xdotool", "mousemove", str(x + width // 2 + 5), str(y + height // 2 + 5), "click", "1"],
                   check=True)


def press_key(key):
    subprocess.run(["xdotool", "key", key], check=True)


def drive_large_library(app, probe):
    results = []
    for header in column_headers(app):
        name = header.name
        for order in ("first click", "second click"):
            block, painted = timed_action(probe, lambda: click_at(header))
            results.append((f"sort by {name} ({order})", block, painted))

    search = app.find("entry", "Search recordings")
    click_at(search)
    for index, key in enumerate("1380"):
        block, painted = timed_action(probe, lambda key=key: press_key(key))
        results.append((f"search keystroke {index + 1} (“{'1380'[:index + 1]}”)", block, painted))
    for index in range(4):
        block, painted = timed_action(probe, lambda: press_key("BackSpace"))
        results.append((f"search backspace {index + 1}", block, painted))
    return results


def main():
    folder = tempfile.mkdtemp(prefix="floorlead-library-window-")
    try:
        demo = make_demo_database(folder)
        empty = os.path.join(folder, "empty.db")
        large = os.path.join(folder, "large.db")
        shutil.copy(demo, empty)
        shutil.copy(demo, large)
        empty_library(empty)
        start = time.monotonic()
        fill_library(large, N_RECORDINGS)
        print(f"Library window benchmark ({os.path.basename(os.environ['FLOORLEAD_BINARY'])}); "
              f"{N_RECORDINGS:,} recordings generated in {time.monotonic() - start:.1f} s")

        first_frames = {"empty": [], "large": []}
        actions = []
        memory = {"empty": [], "large": []}
        for run in range(RUNS):
            for label, database in (("empty", empty), ("large", large)):
                copy = os.path.join(folder, f"run-{label}.db")
                shutil.copy(database, copy)
                app, probe, first_frame = open_library(copy, os.path.join(folder, f"probe-{label}.txt"))
                try:
                    first_frames[label].append(first_frame)
                    if label == "large" and run == 0:
                        actions = drive_large_library(app, probe)
                    memory[label].append(peak_memory_mib(app.process.pid))
                finally:
                    app.close()

        print("\nFirst painted frame of the library after signing in (ms):")
        for label in ("empty", "large"):
            samples = first_frames[label]
            print(f"  {label:<6} database   median {statistics.median(samples):7.1f}   "
                  f"min {min(samples):7.1f}   max {max(samples):7.1f}   ({len(samples)} runs)")
        ratio = statistics.median(first_frames["large"]) / statistics.median(first_frames["empty"])
        print(f"  {N_RECORDINGS:,} recordings / empty: {ratio:.2f}×   (target ≤ 1.5×)")

        print("\nOn the large library: the longest main-thread block per action, and when its rows "
              "were painted (ms; blocks under 10 ms are not recorded):")
        for name, block, painted in actions:
            print(f"  {name:<44} block {block:6.1f}   rows painted after {painted:7.1f}")
        if actions:
            print(f"  worst block: {max(block for _, block, _ in actions):.1f} ms   (target ≤ 50 ms)")
        print(f"\nPeak memory of the app (VmHWM): {max(memory['large']):.0f} MiB with {N_RECORDINGS:,} "
              f"recordings, {max(memory['empty']):.0f} MiB with none   (target < 200 MiB)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
