# SPDX-License-Identifier: GPL-3.0-or-later
"""Equipment (物品领用): team 1's lead asks for two headsets for 王芳; the administrator
approves the line, issues it by choosing two asset tags, and the headset's history in the
ledger and 王芳's equipment in Staff show both tags. Then 周杰, who is leaving, cannot be
marked as departed until what he holds is recovered (离职回收)."""

import sys
import time

import floorlead_ui as ui
from test_preferences import sign_in

wait_for = ui.wait_for

TAGS = ("HS-005", "HS-032")


def showing(app, role, prefix, parent=None):
    parent = parent or app.app
    return [node for node in parent.findChildren(
        lambda n: n.roleName == role and (n.name or "").startswith(prefix)) if ui.is_showing(node)]


def choose_admin(app):
    """The administrator is the account list's first row."""
    combo = app.find("combo box", "Account", timeout=30)
    app.click(next(child for child in combo.children if child.roleName == "push button"))
    time.sleep(0.5)
    # Return alone closes the list: the keyboard moves onto the rows first.
    app.press("Down")
    app.press("Up")
    app.press("Return")
    wait_for(lambda: "admin" in [node.name for node in combo.findChildren(lambda n: n.roleName == "label")
                                 if ui.is_showing(node)][:2], "the administrator's account chosen")


def request_issue_and_see():
    with ui.Floorlead("--demo", settings={"last-login": "'lead1'", "last-panel": "'ledger'"}) as app:
        sign_in(app)
        app.click(app.find("push button", "Request Supplies…", timeout=30))
        form = app.find("frame", "Request Supplies", parent=app.app)
        # Nothing asked for yet: refused, and the form stays open.
        app.click(app.find("push button", "File Request", parent=form))
        app.find_text("Nothing is asked for yet", parent=form)
        # The list opens on the team; the next is 王芳, the team's first.
        # GTK 4.8 names the list by its row: "For", and the row's subtitle.
        wait_for(lambda: showing(app, "combo box", "For", form), "the list of whom the request is for")
        combo = showing(app, "combo box", "For", form)[0]
        app.click(next(child for child in combo.children if child.roleName == "push button"))
        time.sleep(0.5)
        app.press("Down")
        app.press("Return")
        wait_for(lambda: "王芳" in [node.name for node in combo.findChildren(lambda n: n.roleName == "label")],
                 "王芳 chosen")
        # Named by their rows: the item, then its category and stock.
        headsets = next(node for node in showing(app, "spin button", "Headset", form)
                        if not node.name.startswith("Headset cable"))
        headsets.value = 2
        app.type_into(app.find("text", "Reason for Headset", parent=form), "Her old one crackles")
        app.screenshot("ledger-request")
        app.click(app.find("push button", "File Request", parent=form))
        app.gone("frame", "Request Supplies")
        app.find_text("王芳 · 2 × Headset", timeout=30)

        # Signing out; the administrator signs in.
        account = next(node for node in app.app.findChildren(lambda n: n.roleName == "push button")
                       if (node.description or "").startswith("Signed in as"))
        app.click(account)
        app.click(app.find("menu item", "Sign Out"))
        choose_admin(app)
        sign_in(app)
        # The demo's two waiting lines and this one; the demo's two to issue.
        app.find_text("3 lines wait for your decision. 2 approved lines are to issue.", timeout=30)
        app.click(app.find("push button", "Approve Headset for 王芳"))
        # Approved, the line waits for the store.
        app.click(app.find("push button", "Issue Headset to 王芳"))
        dialog = app.find("frame", "Issue", parent=app.app)
        app.find_text("2 still to issue of those approved; 6 in the store.", parent=dialog)
        # Each switch is named by its row, the tag first (a "check box" to GTK 4.8).
        for tag in TAGS:
            app.click(showing(app, "check box", tag, dialog)[0])
        app.screenshot("ledger-issue")
        app.click(app.find("push button", "Issue", parent=dialog))
        app.gone("frame", "Issue")
        wait_for(lambda: not showing(app, "push button", "Issue Headset to 王芳"), "the line issued")

        # The ledger: the headset's history shows both tags issued to 王芳.
        app.click(app.find("page tab", "Stock"))
        app.click(app.find("push button", "History of Headset"))
        history = app.find("frame", "Headset", parent=app.app)
        app.screenshot("ledger-history")
        for tag in TAGS:
            app.find("label", f"Issued · {tag}", parent=history)
        # The assets: HS-001 was 王芳's already, and now these two.
        issued_to_her = [node for node in history.findChildren(
            lambda n: n.roleName == "label" and (n.name or "").startswith("Issued to 王芳 · "))]
        if len(issued_to_her) != 3:
            raise ui.Failure(f"王芳 should hold three headsets, the assets say {len(issued_to_her)}")
        app.click(app.find("push button", "Close", parent=history))
        app.gone("frame", "Headset")

        # The person's holdings, in Staff.
        app.select_row(app.find_text("Staff"))
        app.type_into(app.find("entry", "Search staff", timeout=30), "1001")
        app.select_row(app.find("label", "王芳"))
        app.click(app.find("push button", "Equipment…"))
        holdings = app.find("frame", "王芳’s Equipment", parent=app.app)
        for tag in TAGS:
            app.find("label", f"Headset {tag}", parent=holdings)
        app.find("label", "Headset HS-001", parent=holdings)
        app.screenshot("ledger-holdings")
        app.click(app.find("push button", "Report…", parent=holdings))
        held = app.find("frame", "Equipment Held by 王芳", parent=app.app)
        for tag in TAGS:
            app.find("label", tag, parent=held)
        app.click(app.find("push button", "Close", parent=held))
        app.gone("frame", "Equipment Held by 王芳")
        app.click(app.find("push button", "Close", parent=holdings))
        app.gone("frame", "王芳’s Equipment")

        # 周杰 is leaving: Deactivate opens the recovery checklist.
        app.type_into(app.find("entry", "Search staff"), "1008")
        app.select_row(app.find("label", "周杰"))
        app.click(app.find("push button", "Deactivate"))
        recovery = app.find("frame", "周杰 Is Leaving", parent=app.app)
        depart = app.find("push button", "Mark as Departed", parent=recovery)
        if depart.sensitive:
            raise ui.Failure("周杰 can be marked as departed while he holds the center's things")
        # Each line goes once recorded, and the list is made again.
        for tag in ("HS-008", "LK-008", "LT-003"):
            app.click(app.find("push button", f"{tag} returned", parent=recovery))
            app.gone("push button", f"{tag} returned")
        app.click(app.find("push button", "Write off Ear cushions", parent=recovery))
        app.type_into(app.find("text", "Reason", parent=app.app), "Worn out")
        app.click(app.dialog_button(app.find("dialog", "Write Off Ear cushions?", parent=app.app), "_Write Off"))
        app.find("label", "Holds nothing of the center", parent=recovery)
        wait_for(lambda: depart.sensitive, "Mark as Departed sensitive once everything is recovered")
        app.screenshot("ledger-recovery")
        app.click(depart)
        app.gone("frame", "周杰 Is Leaving")
        app.screenshot("ledger-departed")
        # Departed people are not listed unless asked for.
        app.gone("label", "周杰")


if __name__ == "__main__":
    sys.exit(ui.run(request_issue_and_see))
