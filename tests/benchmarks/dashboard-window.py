# SPDX-License-Identifier: GPL-3.0-or-later
"""The QA dashboard in the real window, over 1,000,000 evaluations.

Run through tests/ui/run-ui-test (a private X server and session bus):
  FLOORLEAD_BINARY=… GSETTINGS_SCHEMA_DIR=… \\
    tests/ui/run-ui-test tests/benchmarks/dashboard-window.py BUILD/tests/qa-programme-benchmark
or `meson test -C BUILD --benchmark dashboard-window -v`. Prints numbers; asserts nothing.

The qa-programme benchmark makes its center (300 agents, a year of
evaluations); the department head gets the demo's password and opens the QA
Programme, whose tabs read their figures in worker threads. Measured, from
the click on the Dashboard tab (FLOORLEAD_PROBE marks, CLOCK_MONOTONIC):

  - opened once the panel has read the figures: the first painted frame,
    which shows them;
  - opened at once after moving to another month, while they are read: the
    first painted frame (with "Reading…"), and the frame that shows them;
  - the longest block of the main thread meanwhile.

The runs that count are driven with xdotool, with nothing reading the
accessibility tree, as on most desktops; one run through dogtail shows what
a screen reader's client costs (GTK 4.8 then updates its tree on the main
thread: several hundred milliseconds here).
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ui"))
import floorlead_ui as ui  # noqa: E402
from window_probe import (Probe, give_demo_password, make_demo_database, now_us,  # noqa: E402
                          peak_memory_mib, sign_in_unwatched)

RUNS = int(os.environ.get("FLOORLEAD_BENCHMARK_RUNS", "5"))
N_EVALUATIONS = int(os.environ.get("FLOORLEAD_BENCHMARK_EVALUATIONS", "1000000"))
SETTINGS = {"last-login": "'head'", "last-panel": "'qa-programme'"}


def make_center(folder):
    """The benchmark's center, with the demo's password for the department head."""
    path = os.path.join(folder, "center.db")
    subprocess.run([sys.argv[1], "--make-only", "--evaluations", str(N_EVALUATIONS),
                    "--keep", path], check=True)
    give_demo_password(path, make_demo_database(folder), "head", "head")
    return path


def find_near_top(root, role, name, timeout=120):
    """@role named @name, searched level by level: the header's controls are
    found before the search goes down into the rows of 300 agents, where
    dogtail's depth-first search spends a minute."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        level = [root]
        while level:
            following = []
            for node in level:
                try:
                    if node.roleName == role and node.name == name:
                        return node
                    if node.roleName not in ("table", "tree table", "table row", "list"):
                        following.extend(node.children)
                except Exception:  # a node that went away meanwhile
                    continue
            level = following
        time.sleep(0.2)
    raise ui.Failure(f"no {role} named “{name}” appeared")


class Panel:
    """The QA Programme's controls the benchmark uses."""

    def __init__(self, app):
        self.dashboard = find_near_top(app.app, "page tab", "Dashboard")
        self.results = find_near_top(app.app, "page tab", "Results")
        self.previous_month = find_near_top(app.app, "push button", "Previous Month")


def sign_in(database, probe_path):
    if os.path.exists(probe_path):
        os.remove(probe_path)
    os.environ["FLOORLEAD_PROBE"] = probe_path
    app = ui.Floorlead("--database", database, settings=SETTINGS)
    app.type_into(app.find("password text", "Password"), "floorlead")
    app.click(app.find("push button", "Sign In"))
    return app, Probe(probe_path), Panel(app)


def centre(node):
    """Where xdotool clicks @node: GTK 4.8 reports positions inside the
    window's surface, whose client-side shadow is 5 pixels wide; with no
    window manager the surface sits at the screen's origin."""
    (x, y), (width, height) = node.position, node.size
    return x + width // 2 + 5, y + height // 2 + 5


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


class Clicks:
    """The same three controls, clicked by position with the pointer, in a
    window whose accessibility tree nobody reads."""

    def __init__(self, positions):
        self.positions = positions

    def click(self, name):
        x, y = self.positions[name]
        xdotool("mousemove", str(x), str(y), "click", "1")


def measure(probe, click):
    """@click(name) clicks "dashboard", "results" or "previous month"."""
    def open_dashboard(mark):
        clicked = now_us()
        click("dashboard")
        return (probe.wait_for_mark(mark, clicked) - clicked) / 1000, clicked

    # Opened once the figures are read: their first frame is the first frame.
    probe.wait_for_mark("dashboard-read", 0, timeout=120)
    time.sleep(1)
    ready, _ = open_dashboard("dashboard-frame-complete")

    # Opened while the previous month's figures are read.
    click("results")
    time.sleep(1)
    moved = now_us()
    click("previous month")
    first, clicked = open_dashboard("dashboard-frame")
    # The figures may come before the tab is open: then its first frame shows them.
    painted = probe.wait_for_mark(("dashboard-painted", "dashboard-frame-complete"), clicked, timeout=120)
    filled = (painted - clicked) / 1000
    time.sleep(0.5)
    block = probe.longest_stall(moved, painted + 300_000)
    return ready, first, filled, block


def run_watched(center, folder):
    """One run driven through the accessibility tree, as a screen reader
    would see the app; returns its numbers and where the controls are."""
    copy = os.path.join(folder, "run.db")
    shutil.copy(center, copy)
    app, probe, panel = sign_in(copy, os.path.join(folder, "probe.txt"))
    nodes = {"dashboard": panel.dashboard, "results": panel.results, "previous month": panel.previous_month}
    try:
        positions = {name: centre(node) for name, node in nodes.items()}
        numbers = measure(probe, lambda name: app.click(nodes[name]))
    finally:
        app.close()
    return numbers, positions


def run_plain(center, folder, clicks):
    app, probe, _ = sign_in_unwatched(center, folder, SETTINGS)
    try:
        probe.wait_for_mark("session-start", 0)
        return measure(probe, clicks.click), peak_memory_mib(app.process.pid)
    finally:
        app.close()


def main():
    folder = tempfile.mkdtemp(prefix="floorlead-dashboard-window-")
    try:
        start = time.monotonic()
        center = make_center(folder)
        print(f"Dashboard window benchmark ({os.path.basename(os.environ['FLOORLEAD_BINARY'])}); "
              f"center of {N_EVALUATIONS:,} evaluations made in {time.monotonic() - start:.1f} s")
        watched, positions = run_watched(center, folder)
        results = []
        memory = []
        for run in range(RUNS):
            numbers, peak = run_plain(center, folder, Clicks(positions))
            results.append(numbers)
            memory.append(peak)

        def line(what, samples, target):
            print(f"  {what:<62} median {statistics.median(samples):7.1f}   min {min(samples):7.1f}   "
                  f"max {max(samples):7.1f}   {target}")

        print(f"\nFrom the click on the Dashboard tab (ms, {RUNS} runs, no assistive technology listening):")
        line("first frame, the figures read in the background before", [r[0] for r in results], "< 100 ms")
        line("first frame, opened while another month is read", [r[1] for r in results], "< 100 ms")
        line("… the frame that shows that month's figures", [r[2] for r in results], "(worker thread)")
        line("longest main-thread block from the month's change", [r[3] for r in results], "≤ 50 ms")
        print("\nThe same with an accessibility client reading the window (dogtail, as a screen reader), 1 run:")
        print(f"  first frame {watched[0]:.1f} / {watched[1]:.1f} ms, figures after {watched[2]:.1f} ms, "
              f"longest block {watched[3]:.1f} ms")
        print(f"\nPeak memory of the app (VmHWM): {max(memory):.0f} MiB")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
