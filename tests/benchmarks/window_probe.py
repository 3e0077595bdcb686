# SPDX-License-Identifier: GPL-3.0-or-later
"""What the window benchmarks share: the app's probe file (FLOORLEAD_PROBE),
a copy of the demo center's database, and the app's peak memory."""

import contextlib
import glob
import os
import shutil
import sqlite3
import subprocess
import time

import floorlead_ui as ui


class Probe:
    """The app's probe file: stalls and marks, times in µs of CLOCK_MONOTONIC."""

    def __init__(self, path):
        self.path = path

    def entries(self):
        try:
            with open(self.path, encoding="utf-8") as probe:
                lines = probe.read().splitlines()
        except FileNotFoundError:
            return []
        entries = []
        for line in lines:
            kind, what, when = line.split()
            entries.append((kind, what, int(when)))
        return entries

    def wait_for_mark(self, name, after_us, timeout=120):
        """The time of the first mark @name (or of any of a tuple of names) at or after @after_us."""
        names = (name,) if isinstance(name, str) else tuple(name)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for kind, what, when in self.entries():
                if kind == "mark" and what in names and when >= after_us:
                    return when
            time.sleep(0.02)
        raise ui.Failure(f"the app never marked “{' or '.join(names)}”")

    def longest_stall(self, start_us, end_us):
        """The longest block of the main thread that ended in [start, end]."""
        stalls = [float(what) for kind, what, when in self.entries()
                  if kind == "stall" and start_us <= when <= end_us]
        return max(stalls, default=0.0)


def now_us():
    return int(time.monotonic() * 1_000_000)


def make_demo_database(folder):
    with ui.Floorlead("--demo") as app:
        app.find("push button", "Sign In", timeout=120)
        app.process.terminate()
        app.process.wait()
        found = glob.glob(os.path.join(app.data_home, "**", "*.db"), recursive=True)
        if not found:
            raise ui.Failure("the demo center wrote no database")
        path = os.path.join(folder, "demo.db")
        with sqlite3.connect(found[0]) as source, sqlite3.connect(path) as copy:
            source.backup(copy)
    return path


def peak_memory_mib(pid):
    with open(f"/proc/{pid}/status", encoding="utf-8") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def give_demo_password(path, demo, login, demo_login):
    """@login in the center at @path signs in with the demo's password, which @demo_login has in @demo."""
    with contextlib.closing(sqlite3.connect(demo)) as source:
        password_hash, = source.execute("SELECT password_hash FROM accounts WHERE login = ?",
                                        (demo_login,)).fetchone()
    # Closed, so that the write is in the database file itself and not left in its WAL.
    with contextlib.closing(sqlite3.connect(path)) as center:
        with center:
            center.execute("UPDATE accounts SET password_hash = ? WHERE login = ?", (password_hash, login))


def sign_in_unwatched(center, folder, settings):
    """A copy of @center opened with nothing reading the accessibility tree, as
    on most desktops, and signed in by typing the demo's password with
    xdotool. Returns the app, its probe and when Return was pressed (µs)."""
    copy = os.path.join(folder, "run.db")
    # The last run's write-ahead log would replay its edits into the fresh copy.
    for leftover in (copy + "-wal", copy + "-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    shutil.copy(center, copy)
    probe_path = os.path.join(folder, "probe.txt")
    if os.path.exists(probe_path):
        os.remove(probe_path)
    app = ui.Floorlead("--database", copy, settings=settings, env={"FLOORLEAD_PROBE": probe_path},
                       accessible=False)
    probe = Probe(probe_path)
    try:
        probe.wait_for_mark("start", 0)
        time.sleep(3)
        # Without a window manager the keyboard goes to the window under the pointer.
        subprocess.run(["xdotool", "mousemove", "640", "400"], check=True)
        subprocess.run(["xdotool", "type", "floorlead"], check=True)
        pressed = now_us()
        subprocess.run(["xdotool", "key", "Return"], check=True)
    except BaseException:
        app.close()
        raise
    return app, probe, pressed
