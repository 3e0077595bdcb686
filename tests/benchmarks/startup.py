# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up time of the demo window: from launch until the sign-in button can be used.

Run through tests/ui/run-ui-test (a private X server and session bus):
  FLOORLEAD_BINARY=… GSETTINGS_SCHEMA_DIR=… tests/ui/run-ui-test tests/benchmarks/startup.py
or `meson test -C BUILD --benchmark startup -v`. Prints numbers; asserts nothing.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

os.environ["GTK_MODULES"] = "gail:atk-bridge"
from dogtail import config  # noqa: E402

config.config.logDebugToStdOut = False
config.config.logDebugToFile = False
from dogtail import tree  # noqa: E402
from dogtail.predicate import GenericPredicate  # noqa: E402

RUNS = int(os.environ.get("FLOORLEAD_BENCHMARK_RUNS", "5"))


def time_to_sign_in(data_home):
    env = dict(os.environ, XDG_DATA_HOME=data_home, GSETTINGS_BACKEND="memory", GDK_BACKEND="x11",
               ASAN_OPTIONS="detect_leaks=0", LANGUAGE="en", LC_ALL="en_US.UTF-8")
    env.pop("GTK_MODULES")
    start = time.monotonic()
    process = subprocess.Popen([os.environ["FLOORLEAD_BINARY"], "--demo"], env=env)
    try:
        while time.monotonic() - start < 60:
            for application in tree.root.applications():
                try:
                    if application.get_process_id() != process.pid:
                        continue
                    buttons = application.findChildren(GenericPredicate(name="Sign In", roleName="push button"))
                    if any(button.size[0] > 0 for button in buttons):
                        return time.monotonic() - start
                except Exception:
                    pass
            time.sleep(0.02)
        raise RuntimeError("the sign-in screen did not appear within 60 s")
    finally:
        process.terminate()
        process.wait()


def report(label, samples):
    print(f"{label:<44} median {statistics.median(samples) * 1000:7.0f} ms   "
          f"min {min(samples) * 1000:7.0f} ms   max {max(samples) * 1000:7.0f} ms   ({len(samples)} runs)")


def main():
    first, again = [], []
    for _ in range(RUNS):
        data_home = tempfile.mkdtemp(prefix="floorlead-bench-")
        try:
            first.append(time_to_sign_in(data_home))   # creates the demo center
            again.append(time_to_sign_in(data_home))   # opens the existing one
        finally:
            shutil.rmtree(data_home, ignore_errors=True)
    print(f"Floorlead start-up to a usable sign-in screen ({os.path.basename(os.environ['FLOORLEAD_BINARY'])}):")
    report("first start (creates the demo center)", first)
    report("later start (opens the demo center)", again)
    return 0


if __name__ == "__main__":
    sys.exit(main())
