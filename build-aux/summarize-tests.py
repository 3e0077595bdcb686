#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts what meson test ran, case by case, and prints "N passed, N failed".

A TAP test counts each of its cases; a test that crashed, timed out or failed
without reporting a failing case counts as one more failure."""

import json
import re
import sys

PASSED_RESULTS = {"OK", "EXPECTEDFAIL"}
SKIPPED_RESULTS = {"SKIP"}


def count(log_path):
    passed = failed = skipped = 0
    with open(log_path, encoding="utf-8") as log:
        for line in log:
            entry = json.loads(line)
            result = entry.get("result", "ERROR")
            output = entry.get("stdout") or ""
            ok = len(re.findall(r"^ok \d+", output, re.MULTILINE))
            not_ok = len(re.findall(r"^not ok \d+", output, re.MULTILINE))
            tap_skips = len(re.findall(r"^ok \d+.*# SKIP", output, re.MULTILINE))
            if ok or not_ok:
                passed += ok - tap_skips
                skipped += tap_skips
                failed += not_ok
                if result not in PASSED_RESULTS and not_ok == 0:
                    failed += 1
            elif result in PASSED_RESULTS:
                passed += 1
            elif result in SKIPPED_RESULTS:
                skipped += 1
            else:
                failed += 1
                print(f"failed: {entry.get('name')} ({result})", file=sys.stderr)
    return passed, failed, skipped


def main():
    try:
        passed, failed, skipped = count(sys.argv[1])
    except (OSError, ValueError) as error:
        print(f"could not read the test log: {error}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
