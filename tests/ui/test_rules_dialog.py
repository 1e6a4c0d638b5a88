"""The rules editor driven like a user would: a rule built in the editor from a board column's menu, previewed
over the status history, saved, and then seen firing from a card dragged on the board, in the model, the undo
text and the file; broken rules shown broken; the log lists what rules did."""

from PySide6.QtCore import QPoint, Qt
from test_board import cell, drag, saved, status_id, task_named, titles

from planner.core.commands import AddObject, DeleteObject
from planner.core.rules import AddRule
from planner.ui.board import BoardView
from planner.ui.rules_dialog import RulesDialog


def open_rules_from_column(board, dialogs, column, fill):
    """Open the rules editor from `column`'s menu; `fill(dialog)` acts in it while it is open."""
    dialogs.answer("show_menu")
    board.column_menu(status_id(board.controller.ws, column), QPoint())
    ((menu, _position),) = dialogs.args("show_menu")
    dialogs.answer("run", lambda dialog: fill(dialog) or True)
    next(a for a in menu.actions() if a.text() == "Rules for This Column…").trigger()


def test_a_rule_built_in_the_editor_is_previewed_then_fires_from_a_board_drag(window, dialogs, qtbot, workspace_path):
    window.controller.run(AddObject("person", name="Sofia"))
    window.show_view("board")
    board = window.view()
    assert isinstance(board, BoardView)
    drag(cell(board, "To do"), "Brief", cell(board, "Done"))  # history for the preview to read
    seen = {}

    def build(dialog: RulesDialog) -> None:
        form = dialog.form
        assert form.trigger.currentData() == "moved_to" and form.column.currentText() == "Done"
        qtbot.keyClicks(form.name, "create social posts")
        form.action.setCurrentIndex(form.action.findData("create_task"))
        qtbot.keyClicks(form.title, "Share on social media")
        form.days.setValue(1)
        form.person.setCurrentIndex(form.person.findText("Sofia"))
        seen["words"] = dialog.words.text()
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        seen["preview"] = dialog.preview.toPlainText()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["listed"] = [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]

    open_rules_from_column(board, dialogs, "Done", build)
    assert seen["words"] == (
        "When a task moves to Done, create “Share on social media” due 1 working day later, assigned to Sofia"
    )
    assert "It would have acted 1 time" in seen["preview"] and "“Brief”" in seen["preview"]
    assert seen["listed"] == ["create social posts"]
    ws = window.controller.ws
    assert not any(t.title == "Share on social media" for t in ws.tasks.values())  # a preview does nothing

    drag(cell(board, "To do"), "Design", cell(board, "Done"))
    share = task_named(ws, "Share on social media")
    assert share.project_id == task_named(ws, "Design").project_id and list(share.assignments) == [max(ws.people)]
    assert window.controller.undo_stack.undoText() == "Move card · rule: create social posts"
    on_disk = saved(workspace_path)
    assert "Share on social media" in [t.title for t in on_disk.tasks.values()] and len(on_disk.rule_logs) == 1
    window.undo_action.trigger()
    assert not any(t.title == "Share on social media" for t in ws.tasks.values())
    assert titles(board, "To do") == ["Design", "Build"]
    assert not saved(workspace_path).rule_logs


def test_edit_menu_opens_the_rules_with_broken_ones_marked_and_the_log(window, dialogs, qtbot):
    controller = window.controller
    person = AddObject("person", name="Sofia")
    controller.run(person)
    done = status_id(controller.ws, "Done")
    controller.run(AddRule("hand over", {"event": "completed"}, [{"do": "assign", "person_id": person.id}]))
    controller.run(AddRule("note it", {"event": "moved_to", "status_id": done}, [{"do": "add_note", "text": "ok"}]))
    controller.run(DeleteObject("person", person.id))
    window.show_view("board")
    drag(cell(window.view(), "To do"), "Build", cell(window.view(), "Done"))
    seen = {}

    def look(dialog: RulesDialog) -> None:
        rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
        seen["states"] = [(row.text(0), row.text(1)) for row in rows]
        seen["why"] = rows[0].toolTip(1)
        seen["log"] = [(dialog.log.topLevelItem(i).text(1), dialog.log.topLevelItem(i).text(2))
                       for i in range(dialog.log.topLevelItemCount())]  # fmt: skip

    dialogs.answer("run", lambda dialog: look(dialog) or True)
    window.rules_action.trigger()
    assert seen["states"] == [("hand over", "Broken"), ("note it", "On")]
    assert seen["why"] == "This rule does nothing: its action names a person that was deleted"
    assert seen["log"] == [("note it", "add the note “ok” on “Build”")]


def test_a_refused_rule_says_why_in_the_editor(window, qtbot):
    dialog = RulesDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.form.action.setCurrentIndex(dialog.form.action.findData("focus_top"))
    assert not dialog.save()
    assert "A rule needs a name" in dialog.error.text()
    qtbot.keyClicks(dialog.form.name, "raise")
    assert dialog.save() and window.controller.ws.rules[dialog.rule_id].name == "raise"
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert not window.controller.ws.rules[dialog.rule_id].enabled and dialog.list.topLevelItem(0).text(1) == "Off"


def test_date_rules_run_as_an_undo_step_when_the_day_turns(window):
    from datetime import date, datetime

    from planner.core.commands import EditTask
    from planner.core.model import Priority

    controller = window.controller
    brief = task_named(controller.ws, "Brief")
    controller.run(EditTask(brief.id, deadline=datetime(2026, 11, 3, 17)))
    rule = AddRule("due today", {"event": "due"}, [{"do": "focus_top"}], checked_through=date(2026, 11, 2))
    controller.run(rule)
    controller.today = lambda: date(2026, 11, 3)  # what the midnight timer finds after the day turned
    assert controller.run_date_rules()
    assert brief.priority == Priority.URGENT and controller.undo_stack.undoText() == "Due-date rules"
    assert not controller.run_date_rules()  # nothing more is owed today
    window.undo_action.trigger()
    assert controller.ws.tasks[brief.id].priority == Priority.NORMAL  # undo puts back a copy of the task
    assert controller.ws.rules[rule.id].checked_through == date(2026, 11, 2)


def test_an_areas_menu_opens_a_new_rule_scoped_to_the_area(window, dialogs, qtbot):
    area = AddObject("area", name="Content")
    window.controller.run(area)
    seen = {}

    def build(dialog: RulesDialog) -> bool:
        seen.update(scope=dialog.form.scope.currentData(), words=dialog.words.text())
        qtbot.keyClicks(dialog.form.name, "follow up")
        qtbot.keyClicks(dialog.form.title, "Share it")
        return dialog.save()

    dialogs.answer("show_menu")
    window._sidebar_menu(("area", area.id), QPoint())
    ((menu, _position),) = dialogs.args("show_menu")
    dialogs.answer("run", build)
    next(a for a in menu.actions() if a.text() == "Rules for This Area…").trigger()
    assert seen["scope"] == f"area:{area.id}" and seen["words"].startswith("When a task in Content is completed")
    (rule,) = window.controller.ws.rules.values()
    assert (rule.area_id, rule.project_id, rule.actions) == (
        area.id,
        None,
        [{"do": "create_task", "title": "Share it", "days": 0, "person_id": None}],
    )


def test_editing_a_rule_with_two_actions_keeps_the_second(window, qtbot):
    controller = window.controller
    review = status_id(controller.ws, "Review")
    both = [{"do": "focus_top"}, {"do": "add_checklist", "items": ["Facts checked", "Spelling"]}]
    rule = AddRule("Prepare the review", {"event": "moved_to", "status_id": review}, both)
    controller.run(rule)
    dialog = RulesDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.list.topLevelItem(0).setSelected(True)
    assert dialog.words.text().endswith("then add the checklist Facts checked, Spelling")
    dialog.form.action.setCurrentIndex(dialog.form.action.findData("add_note"))
    qtbot.keyClicks(dialog.form.text, "Ready")
    assert dialog.save()
    assert controller.ws.rules[rule.id].actions == [{"do": "add_note", "text": "Ready"}, both[1]]
