"""Rows of created objects go in with a plain INSERT; one that already has a row is updated all the same."""

from planner.core.changes import Changes
from tests.postgres_server import open_store
from tests.store.test_workspace_file import fill


def test_a_created_object_that_already_has_a_row_is_updated(location):
    with open_store(location) as file:
        ws = fill(file)
        ws.projects[1].name = "Written twice"
        ws.dependencies[1].lag = 480
        file.write(ws, Changes(created={"project": {1}, "dependency": {1}}))
    with open_store(location) as file:
        again = file.load()
    assert again.projects[1].name == "Written twice"
    assert again.dependencies[1].lag == 480
    assert again.table("dependency") == ws.table("dependency")
