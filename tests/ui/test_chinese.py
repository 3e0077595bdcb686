# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole interface in Simplified Chinese when LANGUAGE=zh_CN."""

import sys

import floorlead_ui as ui


def sign_in_screen_in_chinese():
    with ui.Floorlead("--demo", language="zh_CN") as app:
        app.find_text("登录 Floorlead")
        app.find("combo box", "账户(A)")
        password = app.find("password text", "密码(P)")
        app.type_into(password, "错误的密码")
        app.click(app.find("push button", "登录"))
        app.find_text("密码错误")
        app.screenshot("zh-sign-in")

        app.type_into(password, "floorlead")
        app.click(app.find("push button", "登录"))
        app.find("push button", "添加人员")
        app.find_text("在职")
        app.screenshot("zh-staff")


def roster_in_chinese():
    """A lead's next month in Chinese: the demo's draft, with the two rules it breaks."""
    with ui.Floorlead("--demo", language="zh_CN", settings={"last-login": "'lead1'", "last-panel": "'rosters'"}) as app:
        app.type_into(app.find("password text", "密码(P)"), "floorlead")
        app.click(app.find("push button", "登录"))
        app.find("table", "排班表", timeout=60)
        app.find("label", "草稿")
        app.find_text("2 项须在提交前改正")
        app.find_text("已连续工作")
        app.screenshot("zh-roster")


if __name__ == "__main__":
    sys.exit(ui.run(sign_in_screen_in_chinese, roster_in_chinese))
