"""The Predecessors and Successors text of every task of the shared MS Project files says what the file's own
<PredecessorLink> elements say, written as MS Project shows them ("3FS+2d", "5SS", "7")."""

import defusedxml.ElementTree as DefusedET
import pytest
from shared_data import SHARED_DATA, needs_shared_data

from planner.core.link_text import lag_calendar, links_text, parse_links
from planner.core.model import Workspace
from planner.core.wbs import numbering
from planner.io.apply import ApplyImport
from planner.io.formats import import_file
from planner.io.mspdi import FORMATS

pytestmark = needs_shared_data

FILES = sorted((SHARED_DATA / "mspdi").glob("*.xml")) if SHARED_DATA.is_dir() else []
NS = "{http://schemas.microsoft.com/project}"
TYPES = {"0": "FF", "1": "FS", "2": "SF", "3": "SS"}


def file_links(path) -> dict[str, list[tuple[str, str, float, str, bool]]]:
    """Task UID -> its links as the file writes them: (predecessor UID, type, lag, unit shown, elapsed)."""
    out = {}
    for task in DefusedET.parse(path).getroot().iter(f"{NS}Task"):
        items = []
        for link in task.iter(f"{NS}PredecessorLink"):
            unit, elapsed = FORMATS[int(link.findtext(f"{NS}LagFormat") or 7)]
            lag = float(link.findtext(f"{NS}LinkLag") or 0)
            items.append((link.findtext(f"{NS}PredecessorUID"), TYPES[link.findtext(f"{NS}Type") or "1"], lag, unit,
                          elapsed))  # fmt: skip
        out[task.findtext(f"{NS}UID")] = items
    return out


def ms_project_text(items, row_of_uid, minutes_per_day) -> str:
    """The Predecessors cell as MS Project shows it, in the unit the file's LagFormat names."""
    unit_minutes = {"m": 1, "h": 60, "d": minutes_per_day, "w": minutes_per_day * 5}
    texts = []
    for pred_uid, link_type, lag, unit, elapsed in sorted(items, key=lambda item: row_of_uid[item[0]]):
        text = str(row_of_uid[pred_uid])
        if lag:
            size = (
                abs(lag)
                if unit == "%"
                else abs(lag) / 10 / (24 * 60 if elapsed and unit == "d" else unit_minutes[unit])
            )
            shown = f"{size:g}%" if unit == "%" else f"{size:g}{'e' if elapsed else ''}{unit}"
            texts.append(f"{text}{link_type}{'-' if lag < 0 else '+'}{shown}")
        else:
            texts.append(text if link_type == "FS" else text + link_type)
    return "; ".join(texts)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_predecessors_text_matches_the_files_links(path):
    ws = Workspace()
    command = ApplyImport(import_file(path))
    command.apply(ws)
    numbers = numbering(ws, ("project", command.project_id))
    task_of_uid = {ws.tasks[tid].external_id: tid for tid in numbers.rows}
    row_of_uid = {uid: numbers.ids[tid] for uid, tid in task_of_uid.items()}
    tasks = list(DefusedET.parse(path).getroot().iter(f"{NS}Task"))
    if not any(task.findtext(f"{NS}IsNull") == "1" for task in tasks):  # blank rows take IDs in MS Project
        file_ids = {task.findtext(f"{NS}UID"): int(task.findtext(f"{NS}ID") or -1) for task in tasks}
        assert {uid: file_ids[uid] for uid in row_of_uid} == row_of_uid  # our IDs are MS Project's
    compared = 0
    for uid, items in file_links(path).items():
        if uid not in task_of_uid:
            continue  # the project summary task, or a blank row
        tid = task_of_uid[uid]
        cal = lag_calendar(ws, tid)
        ours = links_text(ws, tid, numbers, "predecessors", cal)
        theirs = ms_project_text(items, row_of_uid, cal.minutes_per_day)
        # The same links with the same lags; the text itself too where the file shows lags in the unit we choose.
        assert parse_links(ours, cal) == parse_links(theirs, cal), (uid, ours, theirs)
        if all(unit == "d" for *_, unit, _ in items):
            assert ours == theirs
        for pred_uid, *_ in items:  # and each predecessor lists this task among its successors
            successors = parse_links(links_text(ws, task_of_uid[pred_uid], numbers, "successors", cal), cal)
            assert numbers.ids[tid] in [spec.row for spec in successors]
        compared += len(items)
    assert compared == sum(len(items) for items in file_links(path).values() if items)
