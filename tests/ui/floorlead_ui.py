# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts the real Floorlead window and finds its controls through AT-SPI, as a person would."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

# dogtail checks that accessibility is on before it loads; these tests run in
# their own session, where this is how it is told so. The app does not see it.
os.environ["GTK_MODULES"] = "gail:atk-bridge"
from dogtail import config  # noqa: E402

config.config.logDebugToFile = False
config.config.logDebugToStdOut = False
config.config.defaultDelay = 0.1
config.config.actionDelay = 0.1
config.config.typingDelay = 0.01
config.config.searchBackoffDuration = 0.2
config.config.searchCutoffCount = 5
from dogtail import rawinput, tree  # noqa: E402
from dogtail.predicate import GenericPredicate  # noqa: E402
from gi.repository import Atspi, GLib  # noqa: E402

import tree_snapshot  # noqa: E402

tree_snapshot.install()


class Failure(AssertionError):
    pass


def wait_for(predicate, what, timeout=15):
    """What @predicate returns once it is true, asking five times a second."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise Failure(f"{what} did not happen")


def is_showing(node):
    """GTK 4.8 marks no node as showing; a control on a hidden page has no size."""
    try:
        width, height = node.size
    except Exception:  # gone while we looked
        return False
    return width > 0 and height > 0


class Floorlead:
    """One running Floorlead with a fresh data folder, closed on exit."""

    def __init__(self, *args, language=None, settings=None, env=None, accessible=True):
        """@env: more environment. @accessible=False starts the app without
        attaching to its accessibility tree: nothing listens to it, as on a
        desktop without a screen reader (benchmarks drive it with xdotool)."""
        self.data_home = tempfile.mkdtemp(prefix="floorlead-ui-")
        extra_env = env or {}
        env = dict(os.environ)
        env.pop("GTK_MODULES", None)
        env.update({
            "XDG_DATA_HOME": self.data_home,
            "XDG_CONFIG_HOME": os.path.join(self.data_home, "config"),
            "XDG_CACHE_HOME": os.path.join(self.data_home, "cache"),
            "GSETTINGS_BACKEND": "memory",
            "GDK_BACKEND": "x11",
            "GTK_A11Y": "atspi",
            "ASAN_OPTIONS": "detect_leaks=0",
            "NO_AT_BRIDGE": "0",
            # A critical warning is a bug: it ends the app and fails the test.
            "G_DEBUG": "fatal-criticals",
        })
        env.update(extra_env)
        if settings:
            # Settings from an earlier run, such as the account that signed in last.
            folder = os.path.join(self.data_home, "config", "glib-2.0", "settings")
            os.makedirs(folder)
            with open(os.path.join(folder, "keyfile"), "w", encoding="utf-8") as keyfile:
                keyfile.write("[io/github/floorlead/Floorlead]\n")
                for key, value in settings.items():
                    keyfile.write(f"{key}={value}\n")
            env["GSETTINGS_BACKEND"] = "keyfile"
        if language:
            # Exactly what the README promises: `LANGUAGE=zh_CN floorlead`, whatever LANG is.
            env["LANGUAGE"] = language
            env["LANG"] = "C.UTF-8"
            env.pop("LC_ALL", None)
        else:
            env["LANGUAGE"] = "en"
            env["LANG"] = "en_US.UTF-8"
            env["LC_ALL"] = "en_US.UTF-8"
        self.process = subprocess.Popen([os.environ["FLOORLEAD_BINARY"], *args], env=env)
        if not accessible:
            self.app = None
            return
        self.app = self._wait_for_application()
        # Without a window manager, the keyboard goes to the window under the pointer.
        rawinput.absoluteMotion(640, 400)

    def _wait_for_application(self, timeout=60):
        deadline = time.monotonic() + timeout
        last_error = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Failure(f"Floorlead exited with {self.process.returncode} before showing a window")
            try:
                for application in tree.root.applications():
                    try:
                        pid = application.get_process_id()
                    except Exception:  # an application that has just quit
                        continue
                    if pid == self.process.pid and application.children:
                        # GTK 4.8 does not announce every change of a label's text:
                        # read what is on screen now, not what was cached.
                        application.set_cache_mask(Atspi.Cache.NONE)
                        return application
            except Exception as error:  # the desktop may not list it yet
                last_error = error
            time.sleep(0.3)
        seen = []
        for application in tree.root.applications():
            try:
                seen.append(f"{application.name}:{application.get_process_id()}:{application.childCount}")
            except Exception as error:
                seen.append(str(error))
        raise Failure(f"Floorlead (pid {self.process.pid}) showed no accessible window in time "
                      f"({last_error}; the desktop lists {seen})")

    def find(self, role, name, timeout=15, parent=None, showing=True):
        """The first control of @role named @name, waiting for it to appear."""
        parent = parent or self.app
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for node in parent.findChildren(GenericPredicate(name=name, roleName=role)):
                if not showing or is_showing(node):
                    return node
            time.sleep(0.2)
        raise Failure(f"no {role} named “{name}” appeared")

    def find_text(self, text, timeout=15, parent=None):
        """A label (or any control) whose visible text contains @text."""
        parent = parent or self.app
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            node = parent.findChild(lambda n: text in (n.name or "") and is_showing(n), retry=False,
                                      requireResult=False)
            if node is not None:
                return node
            time.sleep(0.2)
        raise Failure(f"nothing showing “{text}” appeared")

    def gone(self, role, name, timeout=15):
        """Waits until no control of @role named @name is showing in the window (one on
        another panel or page, which the user cannot see, does not count)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            nodes = self.app.findChildren(GenericPredicate(name=name, roleName=role))
            if not any(is_showing(node) for node in nodes):
                return
            time.sleep(0.2)
        raise Failure(f"the {role} named “{name}” is still there")

    def click(self, node):
        """Activates a control through its accessible action, as a screen reader would.

        GTK 4.8 reports positions relative to the window, so dogtail's raw
        clicks at screen coordinates would miss. A menu button shows up as an
        outer node without actions around the inner one that has them."""
        deadline = time.monotonic() + 10
        while not node.sensitive and time.monotonic() < deadline:
            time.sleep(0.2)
        for candidate in [node, *node.findChildren(lambda n: n.roleName == node.roleName)]:
            action = candidate.queryAction()
            for index in range(action.nActions):
                if action.getName(index) in ("click", "activate", "press", "toggle"):
                    try:
                        done = action.doAction(index)
                    except GLib.GError as error:
                        # GTK 4.8 at times never answers the activation of a menu
                        # item whose popover it closed: what follows tells whether it worked.
                        if node.roleName != "menu item" or "Did not receive a reply" not in str(error):
                            raise
                        done = True
                    if not done:
                        raise Failure(f"“{node.name}” refused to be activated")
                    return
        raise Failure(f"“{node.name}” ({node.roleName}) cannot be activated")

    def dialog_button(self, dialog, label):
        """A message dialog's button: GTK 4.8 names them twice ("Reopen Reopen")."""
        buttons = dialog.findChildren(lambda node: node.roleName == "push button")
        button = next((node for node in buttons if node.name.startswith(label)), None)
        if button is None:
            raise Failure(f"the dialog has no {label} button among {[node.name for node in buttons]}")
        return button

    def select_row(self, node):
        """Selects the list row that holds @node, through the list's Selection."""
        row = node
        while row is not None and row.roleName not in ("table row", "list item"):
            row = row.parent
        if row is None:
            raise Failure(f"“{node.name}” is not in a list row")
        if not row.parent.querySelection().selectChild(row.indexInParent):
            raise Failure(f"the row of “{node.name}” could not be selected")

    def spin(self, window, title):
        """The spin button of the row titled @title: GTK 4.8 names it by the row's title and subtitle."""
        for node in window.findChildren(GenericPredicate(roleName="spin button")):
            if node.name.startswith(title):
                return node
        raise Failure(f"no spin button for “{title}”")

    def type_into(self, node, text):
        node.text = text

    def press(self, combo):
        """Presses keys as the keyboard would: "<Control><Shift>z", "Right", "e".

        Through XTest (xdotool): at-spi's generated key events never reach a
        GTK 4.8 window under Xvfb."""
        modifiers = {"control": "ctrl", "shift": "shift", "alt": "alt", "super": "super"}
        keys = []
        while combo.startswith("<"):
            name, combo = combo[1:].split(">", 1)
            keys.append(modifiers[name.lower()])
        keys.append(combo)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "+".join(keys)], check=True)
        time.sleep(0.1)

    def save_report_pdf(self, report, path):
        """Exports the report window @report as a PDF to @path through the file
        chooser, and checks that a PDF with something in it is written."""
        self.click(self.find("push button", "Export PDF…", parent=report))
        # GTK 4.8 shows its own file chooser without a portal, as a filler.
        chooser = self.find("filler", "Export as PDF", parent=self.app)
        self.type_into(self.find("text", "Name:", parent=chooser), path)
        saves = [node for node in chooser.findChildren(lambda n: n.roleName == "push button")
                 if node.name.replace("_", "").startswith("Save") and is_showing(node)]
        if not saves:
            raise Failure("the file chooser has no Save button")
        self.click(saves[0])
        # The toast is not reliably in the accessibility tree: the file is what counts.
        wait_for(lambda: os.path.exists(path) and os.path.getsize(path) > 0, f"a PDF written to {path}", timeout=30)
        time.sleep(0.5)
        with open(path, "rb") as pdf:
            if pdf.read(5) != b"%PDF-":
                raise Failure(f"{path} is not a PDF")
        if os.path.getsize(path) < 1000:
            raise Failure(f"{path} is nearly empty")

    def screenshot(self, name):
        folder = os.environ.get("FLOORLEAD_SCREENSHOTS")
        if not folder:
            return
        os.makedirs(folder, exist_ok=True)
        time.sleep(0.5)
        subprocess.run(["import", "-window", "root", os.path.join(folder, name + ".png")], check=False)

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.data_home, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def run(*tests):
    """Runs each test function in a session of its own and reports TAP.

    A fresh X server, session bus and accessibility registry per test keeps one
    test's leftovers from confusing the next."""
    only = os.environ.get("FLOORLEAD_UI_TEST_ONLY")
    if only:
        test = next(test for test in tests if test.__name__ == only)
        try:
            test()
        except Exception:  # a failing step of any kind fails the test
            import traceback
            traceback.print_exc()
            return 1
        return 0

    tap_fd = os.environ.get("FLOORLEAD_TAP_FD")
    tap = os.fdopen(int(tap_fd), "w") if tap_fd else sys.stdout
    runner = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run-ui-test")
    print(f"1..{len(tests)}", file=tap, flush=True)
    failed = 0
    for number, test in enumerate(tests, 1):
        env = dict(os.environ, FLOORLEAD_UI_TEST_ONLY=test.__name__)
        env.pop("FLOORLEAD_TAP_FD", None)
        result = subprocess.run([runner, os.path.abspath(sys.argv[0])], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if result.returncode == 0:
            print(f"ok {number} {test.__name__}", file=tap, flush=True)
        else:
            failed += 1
            reason = [line for line in result.stdout.splitlines() if "Failure" in line or "Error" in line]
            print(f"not ok {number} {test.__name__}: {reason[-1] if reason else result.returncode}",
                  file=tap, flush=True)
            for line in result.stdout.splitlines()[-40:]:
                print(f"# {line}", file=tap, flush=True)
    return 1 if failed else 0
