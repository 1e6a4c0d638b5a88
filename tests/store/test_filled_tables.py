"""An import into empty tables builds their indexes after the rows (`StoredWorkspace._filled`): the file it
writes holds the same rows, history and indexes as the plain write, which adds each row to the indexes."""

import sqlite3

import pytest

from planner import cli
from planner.store import workspace_file
from tests.shared_data import SHARED_DATA, needs_shared_data

CSV = """Name,Duration,Start,Predecessors,Resource Names
Dig,3d,2026-03-02,,Ann
Pour,2d,,1,Ann;Bob
Cure,5d,,2,
Inspect,0d,,3,Bob
"""


def _import(tmp_path, monkeypatch, name: str, sources: list, many: int) -> dict:
    """Every table's rows (the history's without its clock time) and the index definitions of a workspace made
    by `planner import` of each of `sources` in turn, with the fast write taken from `many` created tasks on."""
    monkeypatch.setattr(workspace_file, "_MANY_TASKS", many)
    path = tmp_path / f"{name}.planner"
    for source in sources:
        assert cli.main(["import", str(source), str(path)]) == 0
    with sqlite3.connect(path) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        found = {}
        for table in tables:
            columns = [f'"{row[1]}"' for row in db.execute(f'PRAGMA table_info("{table}")') if row[1] != "at"]
            query = f'SELECT {", ".join(columns)} FROM "{table}" ORDER BY rowid'
            found[table] = db.execute(query).fetchall()
        found["indexes"] = sorted(db.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'"))
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return found


def _same_either_way(tmp_path, monkeypatch, sources: list) -> None:
    fast = _import(tmp_path, monkeypatch, "fast", sources, many=1)
    plain = _import(tmp_path, monkeypatch, "plain", sources, many=10**9)
    assert fast == plain
    assert fast["task"] and fast["history"] and fast["history_objects"]


def test_a_csv_import_writes_the_same_file_with_the_indexes_built_after(tmp_path, monkeypatch, capsys):
    source = tmp_path / "plan.csv"
    source.write_text(CSV, encoding="utf-8")
    _same_either_way(tmp_path, monkeypatch, [source])
    # A second import finds the tables filled, so it adds its rows to the indexes either way.
    _same_either_way(tmp_path, monkeypatch, [source, source])


@needs_shared_data
@pytest.mark.parametrize("name", ["new-product.xml", "mspditimephased.xml", "mspdirelations.xml"])
def test_an_ms_project_import_writes_the_same_file_with_the_indexes_built_after(tmp_path, monkeypatch, capsys, name):
    _same_either_way(tmp_path, monkeypatch, [SHARED_DATA / "mspdi" / name])


@needs_shared_data
def test_a_shared_csv_import_writes_the_same_file_with_the_indexes_built_after(tmp_path, monkeypatch, capsys):
    _same_either_way(tmp_path, monkeypatch, [SHARED_DATA / "csv" / "taskreport.csv"])


def test_the_fast_write_drops_the_indexes_only_of_empty_tables(tmp_path, monkeypatch, capsys):
    source = tmp_path / "plan.csv"
    source.write_text(CSV, encoding="utf-8")
    dropped = []
    drop = workspace_file.engine_sqlite.drop_indexes
    monkeypatch.setattr(workspace_file.engine_sqlite, "drop_indexes", lambda c, t: dropped.append(t) or drop(c, t))
    monkeypatch.setattr(workspace_file, "_MANY_TASKS", 1)
    path = tmp_path / "w.planner"
    cli.main(["import", str(source), str(path)])
    cli.main(["import", str(source), str(path)])
    assert dropped == [["task", "dependency", "assignment"]]
