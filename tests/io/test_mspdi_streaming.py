"""The MS Project reader sheds each <Task> and <Assignment> element once read (parse_xml's `shed`): wherever the
file is cut into the chunks the parser is fed, the import is the one a whole-tree parse gives, and a broken file is
refused with the same message."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plan_facts import plan_facts
from plan_strategies import plans

from planner.core.model import Dependency, Person, Project, Task, Workspace
from planner.io import common
from planner.io.common import ImportFileError, parse_xml
from planner.io.formats import export_file, import_file

WHOLE = 1 << 40  # one chunk: the file fed at once


def imported(path: Path, chunk: int):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(common, "CHUNK", chunk)
        result = import_file(path)
    return plan_facts(result.workspace, result.project_id), result.summary.lines()


@settings(max_examples=60, deadline=None)
@given(plans(), st.integers(1, 3000))
def test_any_chunk_size_gives_the_import_of_the_whole_file(ws, chunk):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xml"
        export_file(ws, 1, path)
        assert imported(path, chunk) == imported(path, WHOLE)


def chain(count: int) -> Workspace:
    ws = Workspace()
    ws.put("project", Project(id=1, name="P"))
    ws.put("person", Person(id=1, name="Ann"))
    for tid in range(1, count + 1):
        task = Task(id=tid, title=f"T{tid}", project_id=1, position=tid, duration=480, assignments={1: 1.0})
        ws.put("task", task)
        if tid > 1:
            ws.put("dependency", Dependency(tid - 1, tid - 1, tid))
    ws.rebuild_indexes()
    return ws


def test_records_are_handed_over_in_order_and_dropped_from_the_tree(tmp_path):
    path = tmp_path / "plan.xml"
    export_file(chain(300), 1, path)
    handed: list[str] = []

    def read(root, section, records):
        assert all(len(record) for record in records)  # whole: read with their children
        handed.extend(record.findtext("{*}UID") for record in records)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(common, "CHUNK", 4096)
        root = parse_xml(path.read_bytes(), "plan.xml", {"Tasks": read})
    tasks = root.find("{*}Tasks")
    assert len(tasks) == 0
    assert handed == [str(uid) for uid in range(len(handed))]  # the project summary (UID 0), then every task
    assert len(handed) == 301
    assert len(root.find("{*}Assignments")) == 300  # a section not shed stays whole


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_a_broken_file_is_refused_as_the_whole_parse_refuses_it(tmp_path, cut):
    path = tmp_path / "plan.xml"
    export_file(chain(300), 1, path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * cut)] + b"<Task><UID>x</Name></Task>")
    messages = []
    for chunk in (WHOLE, 1000):
        with pytest.MonkeyPatch.context() as patch, pytest.raises(ImportFileError) as caught:
            patch.setattr(common, "CHUNK", chunk)
            import_file(path)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert "malformed XML" in messages[0]
