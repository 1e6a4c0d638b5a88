"""CSV in and out (planner.io.csv_format): the sample project through a file and back, tables as Excel and
LibreOffice write them, cells that a spreadsheet would run as formulas, TaskJuggler's report, and bad input."""

import copy
from datetime import date, datetime

import pytest
from mutations import run_case
from shared_data import SHARED_DATA, needs_shared_data

from planner.core.commands import AddObject
from planner.core.errors import ValidationError
from planner.core.model import KINDS
from planner.core.sample import build_sample
from planner.io.apply import PasteTasks
from planner.io.common import ImportFileError
from planner.io.csv_format import (
    COPY_COLUMNS,
    Reading,
    chosen_cells,
    clipboard_text,
    export_csv,
    guess_fields,
    import_csv,
    import_text,
)
from planner.io.formats import export_file, import_file


def tree_facts(ws, project_id=None):
    """Everything a CSV row carries, per task, keyed by the task's path of titles: comparable across workspaces."""

    def path(task):
        names = [task.title]
        while task.parent_id is not None:
            task = ws.tasks[task.parent_id]
            names.append(task.title)
        return " / ".join(reversed(names))

    tasks = {tid: t for tid, t in ws.tasks.items() if project_id is None or t.project_id == project_id}
    facts = {}
    for task in tasks.values():
        people = {(ws.people[pid].name, units) for pid, units in task.assignments.items()}
        facts[path(task)] = (
            task.position, task.start, task.finish, task.duration, task.percent_complete, task.milestone,
            task.priority, task.notes, people,
        )  # fmt: skip
    links = {
        (path(ws.tasks[d.predecessor_id]), path(ws.tasks[d.successor_id]), d.type, d.lag, d.lag_unit)
        for d in ws.dependencies.values()
        if d.successor_id in tasks
    }
    return facts, links


def write(tmp_path, text: str, name="plan.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def refused(path, *fragments, **options) -> str:
    with pytest.raises(ImportFileError) as caught:
        import_csv(path, **options)
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, message
    return message


# -- round trip ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_the_sample_project_comes_back_from_csv_with_every_exported_field(tmp_path, separator):
    ws = build_sample(date(2024, 1, 8))
    ws.tasks[31].notes = 'Ask about:\n- pricing, plans\n- "offline" use'  # line breaks, quotes, separators
    path = tmp_path / "sample.csv"
    export_csv(ws, 1, path, separator=separator)
    result = import_csv(path)
    assert tree_facts(result.workspace) == tree_facts(ws, 1)
    assert sorted(p.name for p in result.workspace.people.values()) == sorted(
        {ws.people[pid].name for t in ws.tasks.values() if t.project_id == 1 for pid in t.assignments}
    )
    assert run_case(path).imported  # and it goes into a workspace that schedules


def test_copied_rows_of_a_project_paste_into_another_as_they_were_and_undo_takes_them_back():
    ws = build_sample(date(2024, 1, 8))
    project_tasks = [tid for tid, t in ws.tasks.items() if t.project_id == 1]
    text, html = clipboard_text(chosen_cells(ws, project_tasks))
    assert text.splitlines()[0].split("\t") == list(COPY_COLUMNS) and html.count("<tr>") == len(project_tasks) + 1
    other = AddObject("project", name="Copy")
    other.apply(ws)
    before = {kind: copy.deepcopy(dict(ws.table(kind))) for kind in KINDS}
    paste = PasteTasks(import_text(text, "pasted"), ("project", other.id))
    paste.apply(ws)
    people = len(ws.people)
    facts, links = tree_facts(ws, 1)
    pasted_facts, pasted_links = tree_facts(ws, other.id)
    assert pasted_facts == facts and pasted_links == links and len(ws.people) == people  # people matched by name
    paste.undo(ws)
    assert {kind: dict(ws.table(kind)) for kind in KINDS} == before


def test_copied_cells_that_a_spreadsheet_would_run_as_formulas_are_escaped_and_paste_back_as_written():
    ws = build_sample(date(2024, 1, 8))
    first = ws.children(("project", 1))[0]
    ws.tasks[first].title = '=HYPERLINK("http://x")'
    text, html = clipboard_text(chosen_cells(ws, [first]))
    assert "\t\"'=HYPERLINK" in text and "&#x27;=HYPERLINK" in html
    assert next(iter(import_text(text, "pasted").workspace.tasks.values())).title == ws.tasks[first].title


def test_pasted_rows_go_in_after_the_chosen_row_and_the_rows_below_make_room():
    ws = build_sample(date(2024, 1, 8))
    top = ws.children(("project", 1))
    PasteTasks(import_text("Name\nFirst\nSecond\n", "pasted"), ("project", 1), 1).apply(ws)
    titles = [ws.tasks[tid].title for tid in ws.children(("project", 1))]
    assert titles == [ws.tasks[top[0]].title, "First", "Second", *(ws.tasks[tid].title for tid in top[1:])]
    assert [ws.tasks[tid].position for tid in ws.children(("project", 1))] == list(range(len(top) + 2))


def test_columns_mapped_by_hand_replace_the_guess_from_the_header(tmp_path):
    path = tmp_path / "own.csv"
    path.write_text("Was\tWie lange\tStart\nPrint flyers\t2d\tsoon\n", encoding="utf-8")
    result = import_csv(path, reading=Reading(fields=["name", "duration", None]))
    task = next(iter(result.workspace.tasks.values()))
    assert (task.title, task.duration, task.start) == ("Print flyers", 2 * 8 * 60, None)
    with pytest.raises(ImportFileError, match="choose one for “Name”"):
        import_csv(path, reading=Reading(fields=[None, "duration"]))
    assert guess_fields(["Task Name", "Start_Date", "Wie lange", "% Complete"]) == ["name", "start", None, "percent"]


def test_the_file_is_utf8_with_a_bom_a_header_and_crlf_and_names_links_as_ms_project_does(tmp_path):
    ws = build_sample(date(2024, 1, 8))
    path = tmp_path / "sample.csv"
    export_csv(ws, 1, path, separator=",")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfID,WBS,Name,Outline Level,Start,Finish,Duration,% Complete,Predecessors,")
    assert data.count(b"\r\n") == 41  # the header and 40 tasks
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[1] == "1,1,Discovery,1,2023-12-04 08:00,2023-12-15 17:00,10d,100,,,Normal,Done,"
    visual = next(line for line in lines if ",Visual design," in line)
    assert ",9SS+2d,Sofia Rossi," in visual  # starts two days after row 9 (Wireframes) starts
    assert ",Sofia Rossi[50%];Tom Becker[50%]," in next(line for line in lines if "Design system" in line)


def test_chosen_columns_only_and_an_unknown_column_is_refused(tmp_path):
    ws = build_sample(date(2024, 1, 8))
    path = tmp_path / "names.csv"
    export_csv(ws, 1, path, separator=";", columns=("Name", "Duration"))
    assert path.read_bytes().decode("utf-8-sig").split("\r\n")[:2] == ["Name;Duration", "Discovery;10d"]
    with pytest.raises(ValidationError, match="Cost: not a column"):
        export_csv(ws, 1, path, columns=("Name", "Cost"))


def test_an_export_that_fails_leaves_no_half_file(tmp_path):
    target = tmp_path / "taken.csv"
    target.mkdir()  # the rename over it fails
    with pytest.raises(OSError):
        export_csv(build_sample(date(2024, 1, 8)), 1, target)
    assert [p.name for p in tmp_path.iterdir()] == ["taken.csv"]


def test_lags_in_percent_and_elapsed_time_come_back(tmp_path):
    ws = build_sample(date(2024, 1, 8))
    ws.dependencies[8].lag, ws.dependencies[8].lag_unit = 50, "percent"
    ws.dependencies[17].lag, ws.dependencies[17].lag_unit = -2 * 24 * 60, "elapsed"
    path = tmp_path / "lags.csv"
    export_csv(ws, 1, path, separator=",")
    text = path.read_text(encoding="utf-8-sig")
    assert ",9SS+50%," in text and "SS-2ed" in text
    result = import_csv(path)
    assert tree_facts(result.workspace)[1] == tree_facts(ws, 1)[1]
    percent = next(d for d in result.workspace.dependencies.values() if d.lag_unit == "percent")
    assert result.links[percent.id].percent == 50


def test_csv_goes_through_the_format_registry(tmp_path):
    ws = build_sample(date(2024, 1, 8))
    export_file(ws, 1, tmp_path / "plan.CSV")
    assert len(import_file(tmp_path / "plan.CSV").workspace.tasks) == 40


# -- tables other tools write ------------------------------------------------------------------------------
def test_a_libreoffice_table_with_bom_semicolons_day_first_dates_and_multi_line_notes(tmp_path):
    text = (
        "\ufeffTask Name;Outline Level;Start Date;End Date;Duration;Percent Complete;Predecessors;Assigned To;Notes\r\n"
        'Build;1;13/05/2024;;;25 %;;;"Two lines;\r\nand a ""quote"""\r\n'
        "Walls;2;13/05/2024 08:00;14/05/2024 17:00;;0;;Ann;\r\n"
        'Roof;2;;;1,5d;0;2FS+1d;"Ann; Bob[50%]";\r\n'
    )
    result = import_csv(write(tmp_path, text, "libre.csv"), day_first=False)  # the file's 13th decides
    tasks = {t.title: t for t in result.workspace.tasks.values()}
    assert tasks["Build"].notes == 'Two lines;\nand a "quote"'
    assert tasks["Build"].percent_complete == 25
    assert tasks["Walls"].parent_id == tasks["Build"].id == tasks["Roof"].parent_id
    assert (tasks["Walls"].start, tasks["Walls"].finish) == (datetime(2024, 5, 13, 8), datetime(2024, 5, 14, 17))
    assert tasks["Walls"].duration == 2 * 480
    assert tasks["Roof"].duration == 720
    [link] = result.workspace.dependencies.values()
    assert (link.predecessor_id, link.successor_id, link.lag) == (tasks["Walls"].id, tasks["Roof"].id, 480)
    people = {p.name: p.id for p in result.workspace.people.values()}
    assert tasks["Roof"].assignments == {people["Ann"]: 1.0, people["Bob"]: 0.5}
    assert run_case(tmp_path / "libre.csv").imported


def test_an_excel_table_with_month_first_dates_and_ambiguous_ones_read_as_asked(tmp_path):
    text = "Name,Start,Finish,% Complete\r\nSpec,1/8/2024 8:00 AM,1/9/2024 5:00 PM,50%\r\n"
    path = write(tmp_path, text, "excel.csv", encoding="utf-8-sig")
    month_first = import_csv(path, day_first=False)
    assert month_first.workspace.tasks[1].start == datetime(2024, 1, 8, 8)
    assert month_first.workspace.tasks[1].finish == datetime(2024, 1, 9, 17)
    assert any("read month-first" in note for note in month_first.summary.notes)
    day_first = import_csv(path, day_first=True)
    assert day_first.workspace.tasks[1].start == datetime(2024, 8, 1, 8)
    assert any("read day-first" in note for note in day_first.summary.notes)


def test_an_ms_project_export_map_with_its_field_names_and_date_and_duration_forms(tmp_path):
    text = (
        "ID,Name,Duration,Start_Date,Finish_Date,Predecessors,Resource_Names,Outline_Level\r\n"
        "1,Phase,6 days,Mon 1/8/24,Mon 1/15/24,,,1\r\n"
        '2,Draft,3 days?,Mon 1/8/24,Wed 1/10/24,,"Ann,Bob[50%]",2\r\n'
        "3,Review,1 wk,Thu 1/11/24,Wed 1/17/24,2FS-1 day,Ann,2\r\n"
    )
    result = import_csv(write(tmp_path, text, "msp.csv"), day_first=True)  # "1/15/24" shows month-first
    tasks = {t.title: t for t in result.workspace.tasks.values()}
    assert tasks["Draft"].start == datetime(2024, 1, 8, 8) and tasks["Draft"].duration == 3 * 480
    assert tasks["Review"].parent_id == tasks["Phase"].id and tasks["Review"].duration == 5 * 480
    assert [p.name for p in result.workspace.people.values()] == ["Ann", "Bob"]
    [link] = result.workspace.dependencies.values()
    assert (link.predecessor_id, link.lag) == (tasks["Draft"].id, -480)


def test_dotted_dates_are_day_first_and_a_file_written_in_windows_1252_is_read(tmp_path):
    text = "Name\tStart\tDuration\r\nRéunion\t08.01.2024\t2d\r\n"
    result = import_csv(write(tmp_path, text, "tab.csv", encoding="cp1252"), day_first=False)
    task = result.workspace.tasks[1]
    assert (task.title, task.start, task.finish) == ("Réunion", datetime(2024, 1, 8, 8), datetime(2024, 1, 9, 17))
    assert any("Windows-1252" in note for note in result.summary.notes)


def test_a_file_mixing_day_first_and_month_first_dates_is_refused_naming_both_lines(tmp_path):
    path = write(tmp_path, "Name,Start\nA,13/01/2024\nB,01/13/2024\n")
    refused(path, "plan.csv, line 3, column 2 “Start”", "“01/13/2024” is month-first", "line 2", "13/01/2024")


@needs_shared_data
def test_taskjugglers_report_imports_with_its_tree_and_dates():
    result = import_csv(SHARED_DATA / "csv" / "taskreport.csv")
    ws = result.workspace
    tasks = {t.title: t for t in ws.tasks.values()}
    assert len(tasks) == 13
    assert ws.tasks[tasks["Step 2.1"].parent_id].title == "Step 2"
    assert ws.tasks[tasks["Step 2"].parent_id].title == "Execute Work"
    assert tasks["Plan A"].start == datetime(2007, 12, 17, 10)
    assert tasks["Milestone 1"].milestone
    assert any("“Effort”" in note for note in result.summary.notes)
    assert run_case(SHARED_DATA / "csv" / "taskreport.csv").imported


# -- formulas ---------------------------------------------------------------------------------------------------
def test_formula_like_cells_are_escaped_on_export_and_read_back_as_written(tmp_path):
    ws = build_sample(date(2024, 1, 8))
    titles = ['=HYPERLINK("http://x")', "+1", "-5", "@SUM(A1)", "\tindented", "'quoted' title"]
    for tid, title in zip((30, 31, 32, 33, 36, 37), titles, strict=True):
        ws.tasks[tid].title = title
    ws.tasks[38].notes = "=1+2"
    path = tmp_path / "formulas.csv"
    export_csv(ws, 1, path, separator=",")
    text = path.read_text(encoding="utf-8-sig")
    for written in ("'=HYPERLINK", ",'+1,", ",'-5,", ",'@SUM(A1),", "'\tindented", ",'quoted' title,", ",'=1+2"):
        assert written in text, written
    back = {t.title for t in import_csv(path).workspace.tasks.values()}
    assert set(titles) <= back
    assert next(t for t in import_csv(path).workspace.tasks.values() if t.title == "Visual design").notes == "=1+2"


# -- bad input --------------------------------------------------------------------------------------------------
def test_a_loop_in_the_predecessors_is_refused_naming_the_tasks_and_line(tmp_path):
    path = write(tmp_path, "ID,Name,Duration,Predecessors\n1,A,1d,3\n2,B,1d,1\n3,C,1d,2\n")
    # named at the row whose Predecessors cell names the task before it in the loop: A's names C
    refused(path, "plan.csv, line 2, column 4 “Predecessors”: the links close a loop: “C” → “A” → “B” → “C”")


def test_a_predecessor_that_is_not_in_the_file_is_refused_naming_line_and_column(tmp_path):
    path = write(tmp_path, "ID,Name,Predecessors\n1,A,\n2,B,1;7FS+2d\n")
    refused(path, "plan.csv, line 3, column 3 “Predecessors”", "there is no row 7")


def test_a_task_that_follows_itself_or_a_lag_that_is_not_a_duration_is_refused(tmp_path):
    refused(write(tmp_path, "ID,Name,Predecessors\n1,A,1\n"), "line 2", "cannot follow itself")
    refused(write(tmp_path, "ID,Name,Predecessors\n1,A,\n2,B,1FS+nand\n"), "line 3", "the lag “+nand”")


@pytest.mark.parametrize("value", ["2024-02-30", "31/31/2024", "0001-01-01", "9999-12-31", "tomorrow"])
def test_an_impossible_date_is_refused_naming_line_and_column(tmp_path, value):
    path = write(tmp_path, f"Name,Start Date\nA,2024-01-08\nB,{value}\n")
    refused(path, "plan.csv, line 3, column 2 “Start Date”", value if value != "0001-01-01" else "outside")


@pytest.mark.parametrize("value", ["NaN", "nan d", "inf", "1e400d", "-3d", "3 fortnights", "1" + " " * 100_000 + "x"])
def test_a_duration_that_is_not_a_length_is_refused(tmp_path, value):
    refused(write(tmp_path, f"Name,Duration\nA,2d\nB,{value}\n"), "line 3, column 2 “Duration”")


@pytest.mark.parametrize(
    "column,value",
    [
        ("% Complete", "NaN"), ("% Complete", "150"), ("Priority", "9999"), ("Priority", "9" * 5_000),
        ("Outline Level", "²"), ("Outline Level", "9" * 5_000), ("ID", "9" * 5_000), ("Predecessors", "9" * 5_000),
    ],
)  # fmt: skip
def test_numbers_out_of_range_are_refused(tmp_path, column, value):
    refused(write(tmp_path, f"Name,{column}\nA,{value}\n"), f"line 2, column 2 “{column}”")


def test_a_10_mb_single_line_is_refused_before_it_is_split(tmp_path):
    path = write(tmp_path, "Name,Notes\n" + "A," + "x" * (10 * 2**20) + "\n")
    refused(path, "plan.csv, line 2", "longer than")


def test_a_file_with_no_name_column_or_no_rows_is_refused(tmp_path):
    refused(write(tmp_path, "Effort,Cost\n1,2\n"), "line 1", "no column of task names")
    refused(write(tmp_path, ",,,\n\n"), "holds no rows")
    refused(write(tmp_path, ""), "empty")


def test_two_rows_with_one_id_are_refused(tmp_path):
    refused(write(tmp_path, "ID,Name\n1,A\n1,B\n"), "line 3, column 1 “ID”", "two rows have the ID 1")
