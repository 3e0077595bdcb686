# SPDX-License-Identifier: GPL-3.0-or-later
"""The roster grid in the real window: 300 agents × a month.

Run through tests/ui/run-ui-test (a private X server and session bus):
  FLOORLEAD_BINARY=… GSETTINGS_SCHEMA_DIR=… \\
    tests/ui/run-ui-test tests/benchmarks/roster-window.py BUILD/tests/roster-benchmark
or `meson test -C BUILD --benchmark roster-window -v`. Prints numbers; asserts nothing.

The roster benchmark makes its center (one team of 300 agents, next month
filled from the rotation, this month's last week, a forecast); the lead gets
the demo's password and signs in on the Rosters panel, which opens next
month in a worker thread. Measured with FLOORLEAD_PROBE marks
(CLOCK_MONOTONIC), driven with xdotool, nothing reading the accessibility
tree:

  - the grid's first frame from a change of month (Alt+← then Alt+→: this
    month, then the full month again), the one the target is for; and from
    Return at sign-in, which builds every panel of the window as well;
  - a cell edit typed on the grid (a shift's key): the main thread's work
    (save, re-check, totals, marks, the side panel) and the key to the
    painted frame; then the coverage strip's new frame (read in a worker);
  - the longest block of the main thread meanwhile.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ui"))
from window_probe import give_demo_password, make_demo_database, now_us, peak_memory_mib, sign_in_unwatched  # noqa: E402,E501

RUNS = int(os.environ.get("FLOORLEAD_BENCHMARK_RUNS", "5"))
EDITS = 20
SETTINGS = {"last-login": "'lead'", "last-panel": "'rosters'"}


def make_center(folder):
    """The benchmark's center, with the demo's password for the lead."""
    path = os.path.join(folder, "center.db")
    subprocess.run([sys.argv[1], "--make-only", "--keep", path], check=True, stdout=subprocess.DEVNULL)
    give_demo_password(path, make_demo_database(folder), "lead", "lead1")
    return path


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


def run(center, folder):
    app, probe, signed_in = sign_in_unwatched(center, folder, SETTINGS)
    try:
        first = (probe.wait_for_mark("roster-painted", signed_in) - signed_in) / 1000
        time.sleep(1)

        changed = now_us()
        xdotool("key", "alt+Left")
        probe.wait_for_mark("roster-painted", changed + 1)
        time.sleep(1)
        changed = now_us()
        xdotool("key", "alt+Right")
        month = (probe.wait_for_mark("roster-painted", changed) - changed) / 1000
        month_block = probe.longest_stall(changed, changed + month * 1000 + 300_000)
        time.sleep(1)

        work, painted, covered = [], [], []
        edits_start = now_us()
        for edit in range(EDITS):
            pressed = now_us()
            # Day shifts, which the rotation never has: every key changes its cell.
            xdotool("key", "dw"[edit % 2])
            started = probe.wait_for_mark("roster-edit", pressed)
            applied = probe.wait_for_mark("roster-edit-applied", started)
            frame = probe.wait_for_mark("roster-edit-painted", started)
            coverage = probe.wait_for_mark("coverage-painted", started)
            work.append((applied - started) / 1000)
            painted.append((frame - pressed) / 1000)
            covered.append((coverage - pressed) / 1000)
            time.sleep(0.2)
        edit_block = probe.longest_stall(edits_start, now_us())
        return (first, month, month_block, statistics.median(work), max(work), statistics.median(painted),
                statistics.median(covered), edit_block), peak_memory_mib(app.process.pid)
    finally:
        app.close()


def main():
    folder = tempfile.mkdtemp(prefix="floorlead-roster-window-")
    try:
        start = time.monotonic()
        center = make_center(folder)
        print(f"Roster window benchmark ({os.path.basename(os.environ['FLOORLEAD_BINARY'])}); "
              f"300 agents × a month, made in {time.monotonic() - start:.1f} s")
        results, memory = [], []
        for _ in range(RUNS):
            numbers, peak = run(center, folder)
            results.append(numbers)
            memory.append(peak)

        def line(what, index, target):
            samples = [r[index] for r in results]
            print(f"  {what:<62} median {statistics.median(samples):7.1f}   min {min(samples):7.1f}   "
                  f"max {max(samples):7.1f}   {target}")

        print(f"\nms, {RUNS} runs, no assistive technology listening:")
        line("grid's first frame from Return at sign-in (every panel built)", 0, "(sign-in)")
        line("grid's first frame after a change of month", 1, "< 300 ms")
        line("longest main-thread block meanwhile", 2, "")
        line(f"cell edit: main thread's work (median of {EDITS})", 3, "< 16 ms")
        line(f"cell edit: main thread's work (worst of {EDITS})", 4, "< 16 ms")
        line("cell edit: key to the painted frame (median)", 5, "(X and frame clock)")
        line("cell edit: key to the coverage strip's frame (median)", 6, "(worker thread)")
        line("longest main-thread block during the edits", 7, "≤ 16 ms")
        print(f"\nPeak memory of the app (VmHWM): {max(memory):.0f} MiB")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
