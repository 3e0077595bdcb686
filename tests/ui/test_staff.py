# SPDX-License-Identifier: GPL-3.0-or-later
"""The Staff panel: add a person and find them by search, and a duplicate 工号 explained."""

import sys

import floorlead_ui as ui


def sign_in(app, login_password="floorlead"):
    app.type_into(app.find("password text", "Password"), login_password)
    app.click(app.find("push button", "Sign In"))
    app.find("push button", "Add Person")


def dialog(app, title):
    return app.find("frame", title, parent=app.app)


def add_person_and_find_by_search():
    with ui.Floorlead("--demo") as app:
        sign_in(app)
        app.click(app.find("push button", "Add Person"))
        form = dialog(app, "Add Person")
        app.type_into(app.find("text", "Job number", parent=form), "3011")
        app.type_into(app.find("text", "Name", parent=form), "欧阳娜娜")
        app.type_into(app.find("text", "English name", parent=form), "Nana Ouyang")
        app.type_into(app.find("text", "Extension", parent=form), "8311")
        app.type_into(app.find("text", "Hire date", parent=form), "2026-11-02")
        app.screenshot("staff-add-person")
        app.click(app.find("push button", "Save", parent=form))
        app.gone("frame", "Add Person")

        search = app.find("entry", "Search staff")
        app.type_into(search, "ouyang")
        app.find_text("欧阳娜娜")
        app.find_text("3011")
        # Someone else is filtered out of the list.
        app.gone("label", "王芳")
        app.screenshot("staff-search")

        app.type_into(search, "欧阳")
        app.find_text("Nana Ouyang")


def duplicate_job_number_explained():
    with ui.Floorlead("--demo") as app:
        sign_in(app)
        app.click(app.find("push button", "Add Person"))
        form = dialog(app, "Add Person")
        app.type_into(app.find("text", "Job number", parent=form), "1001")
        app.type_into(app.find("text", "Name", parent=form), "王小芳")
        app.click(app.find("push button", "Save", parent=form))
        message = app.find_text("already used by 王芳").name
        if "1001" not in message:
            raise ui.Failure(f"the message does not name the job number: {message}")
        # The form stays open, so nothing typed is lost.
        dialog(app, "Add Person")
        app.screenshot("staff-duplicate")


if __name__ == "__main__":
    sys.exit(ui.run(add_person_and_find_by_search, duplicate_job_number_explained))
