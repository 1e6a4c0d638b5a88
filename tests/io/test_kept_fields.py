"""What MS Project XML holds that Planner does not model comes back out of an export unharmed (planner.core.kept):
custom field and outline code definitions and values, an exact priority, a custom WBS code, resource UIDs."""

from defusedxml import ElementTree as DefusedET
from kept_plan import write_plan
from stored_rows import applied
from workspace_rows import rows

from planner import cli
from planner.io.formats import export_file

NS = {"p": "http://schemas.microsoft.com/project"}
# Where the schema puts a task's kept elements among those we write: after the links, around the baselines.
TASK_ORDER = ("PredecessorLink", "ExtendedAttribute", "Baseline", "OutlineCode")


def tree(element) -> tuple:
    """An element as comparable data: its name, its text and its children's, whitespace and namespace aside."""
    name = element.tag.rpartition("}")[2]
    return (name, (element.text or "").strip(), tuple(tree(child) for child in element))


def kept_of(root) -> dict:
    """Every element the import keeps, by where it sits: the project's definitions, each task's and resource's
    values by UID, and each task's priority and WBS code."""
    out = {name: [tree(e) for e in root.findall(f"p:{name}", NS)] for name in ("OutlineCodes", "ExtendedAttributes")}
    for task in root.findall("p:Tasks/p:Task", NS):
        uid = task.findtext("p:UID", "", NS)
        out[f"task {uid}"] = (
            task.findtext("p:Priority", "", NS),
            task.findtext("p:WBS", "", NS),
            [tree(e) for e in task if e.tag.rpartition("}")[2] in ("ExtendedAttribute", "OutlineCode")],
        )
    for resource in root.findall("p:Resources/p:Resource", NS):
        uid = resource.findtext("p:UID", "", NS)
        out[f"resource {uid}"] = [tree(e) for e in resource.findall("p:ExtendedAttribute", NS)]
    return out


def test_an_export_writes_back_the_definitions_values_priority_wbs_and_uids_it_imported(tmp_path):
    source = write_plan(tmp_path)
    ws, project_id = applied(source)
    out = tmp_path / "out.xml"
    export_file(ws, project_id, out)
    original, exported = DefusedET.parse(source).getroot(), DefusedET.parse(out).getroot()
    expected = kept_of(original)
    assert expected["task 1"][:2] == ("600", "A.1") and expected["resource 17"]  # the file holds what is tested
    got = kept_of(exported)
    assert {key: got[key] for key in expected} == expected
    # In the schema's order: the definitions before <Calendars>, a task's values where its elements go.
    names = [child.tag.rpartition("}")[2] for child in exported]
    assert names.index("OutlineCodes") < names.index("ExtendedAttributes") < names.index("Calendars")
    for task in exported.findall("p:Tasks/p:Task", NS):
        placed = [n for n in (c.tag.rpartition("}")[2] for c in task) if n in TASK_ORDER]
        assert placed == sorted(placed, key=TASK_ORDER.index)


def test_import_export_import_keeps_every_row_of_the_workspace_file(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    source = write_plan(tmp_path)
    first, again, exported = tmp_path / "first.planner", tmp_path / "again.planner", tmp_path / "exported.xml"
    assert cli.main(["import", str(source), str(first)]) == 0
    assert cli.main(["export", str(first), str(exported)]) == 0
    assert cli.main(["import", str(exported), str(again)]) == 0
    assert rows(again) == rows(first)
    assert '"priority":600' in str(rows(first)["task"])  # the kept fields are among the rows compared
