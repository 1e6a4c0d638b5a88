"""Flow targets set from the dashboard: written as people say them, stored, flagged, undoable."""

from planner.store.workspace_file import WorkspaceFile


def test_targets_are_added_and_removed_from_the_dashboard(window, workspace_path):
    window.show_view("dashboard")
    view = window.view()
    view.targets_button.click()
    dialog = view.targets_dialog
    dialog.text.setText("85 % within 5 days")
    dialog.add()
    dialog.text.setText("throughput >= 12")
    dialog.add()
    targets = sorted((t.metric, t.value) for t in window.controller.ws.targets.values())
    assert targets == [("cycle_time", 5.0), ("throughput", 12.0)]
    assert dialog.targets.count() == 2
    with WorkspaceFile.open_read_only(workspace_path) as file:
        assert len(file.load().targets) == 2
    dialog.text.setText("faster please")
    dialog.add()
    assert not dialog.error.isHidden()
    assert len(window.controller.ws.targets) == 2
    dialog.targets.setCurrentRow(0)
    dialog.remove()
    assert len(window.controller.ws.targets) == 1 and dialog.targets.count() == 1
    window.undo_action.trigger()
    assert len(window.controller.ws.targets) == 2 and dialog.targets.count() == 2
