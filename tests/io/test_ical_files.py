"""iCalendar in and out: every real file in shared data ics/, a round trip through our export, a holiday feed,
and bad input refused with a clear message and nothing written."""

import time
from datetime import date, datetime, timedelta

import icalendar
import pytest
from shared_data import SHARED_DATA, needs_shared_data

from planner.core.calendars import Calendar
from planner.core.commands import AddObject, CreateTask, EditTask, new_workspace
from planner.core.errors import ValidationError
from planner.core.model import Priority, Project, Task, Workspace
from planner.core.recurrence import CreateOccurrences, SkipOccurrence, created_occurrences, occurrences_between
from planner.io.apply import ApplyImport
from planner.io.common import ImportFileError
from planner.io.formats import export_file, import_file
from planner.io.ical import AddHolidays, build_calendar, import_ical, read_holidays
from planner.store.workspace_file import WorkspaceFile

ICS = SHARED_DATA / "ics"
FILES = sorted(ICS.glob("*.ics"))


@needs_shared_data
def test_the_shared_files_are_there():
    assert {f.name for f in FILES} >= {
        "2446.ics", "daylight_saving_time.ics", "issue_20_exdate_ignored.ics", "issue_97_simple_todo.ics", "test.ics",
    }  # fmt: skip


@needs_shared_data
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_shared_file_imports_and_goes_into_a_workspace_file(path, tmp_path):
    result = import_file(path)
    assert result.summary.counts["task"] >= 1
    for task in result.workspace.tasks.values():
        assert task.title
        if task.start and task.finish:
            assert task.finish >= task.start
    with WorkspaceFile.open(tmp_path / "w.planner") as file:
        ws = file.load()
        file.write(ws, new_workspace().apply(ws))
        command = ApplyImport(result)
        file.write(ws, command.apply(ws))
        again = file.load()
    assert len(again.tasks) == len(result.workspace.tasks)
    routines = [t for t in again.tasks.values() if t.recurrence]
    assert len(routines) == result.summary.counts["routine"]
    for routine in routines:  # every imported rule expands, bounded
        occurrences_between(again, routine, date(1990, 1, 1), date(2030, 12, 31))


@needs_shared_data
def test_a_caldav_todo_with_a_yearly_rule_priority_and_categories():
    result = import_ical(ICS / "issue_97_simple_todo.ics")
    (task,) = result.workspace.tasks.values()
    assert task.title == "Yearly Income Tax Preparation"
    assert task.recurrence == "FREQ=YEARLY" and task.priority is Priority.URGENT
    assert {result.workspace.labels[i].name for i in task.labels} == {"FAMILY", "FINANCE"}
    assert task.start.date() == date(1992, 4, 15) and task.finish.date() == date(1992, 5, 16)
    assert task.external_id == "19920901T130000Z-123408@host.com"


@needs_shared_data
def test_davx5_exdates_with_a_trailing_comma_and_duration_instead_of_dtend():
    result = import_ical(ICS / "issue_20_exdate_ignored.ics")
    (task,) = result.workspace.tasks.values()
    assert task.start == datetime(2019, 10, 15, 16, 15)  # Berlin wall clock
    assert task.finish == datetime(2019, 10, 15, 17, 45)  # DURATION:PT1H30M
    assert len(task.recurrence_exceptions) == 9 and date(2019, 12, 31) in task.recurrence_exceptions
    found = occurrences_between(result.workspace, task, date(2019, 10, 1), date(2020, 3, 1))
    # Weekly on Tuesdays until 15:14:59 UTC on 4 February 2020 (16:14:59 in Berlin, so the 16:15 one that day is
    # out): 16 Tuesdays, nine of them excluded.
    assert [o.start.date() for o in found] == [
        date(2019, 10, 29), date(2019, 11, 12), date(2019, 12, 10), date(2020, 1, 7), date(2020, 1, 14),
        date(2020, 1, 21), date(2020, 1, 28),
    ]  # fmt: skip


@needs_shared_data
def test_google_export_keeps_time_zones_moved_occurrences_and_counted_rules():
    result = import_ical(ICS / "daylight_saving_time.ics")
    ws = result.workspace
    hack = next(t for t in ws.tasks.values() if t.title == "Open Health HACKademy - freie Termine")
    assert hack.start == datetime(2019, 3, 4, 14) and hack.recurrence.startswith("FREQ=WEEKLY")
    assert len(occurrences_between(ws, hack, date(2019, 1, 1), date(2020, 1, 1))) == 6  # COUNT=6
    moved = [t for t in ws.tasks.values() if any(v is not None for v in t.recurrence_exceptions.values())]
    assert moved and result.summary.counts["moved occurrence"] == 6
    utc = next(t for t in ws.tasks.values() if t.title == '"Bioökonomie-Tag"')
    assert utc.start == datetime(2019, 2, 28, 20)  # 19:00Z shown in Berlin


@needs_shared_data
def test_several_calendars_in_one_file_and_rdates():
    result = import_ical(ICS / "2446.ics")
    titles = [t.title for t in result.workspace.tasks.values()]
    assert titles.count("Weekly Phone Conference") >= 2  # the series and its RDATE
    assert any("RDATE" in note for note in result.summary.notes)
    assert result.summary.skipped_of("component")  # VFREEBUSY is named, not a crash


@needs_shared_data
def test_a_holiday_feed_becomes_named_days_off_and_undoes():
    rules, summary = read_holidays(ICS / "test.ics")
    assert summary.counts["holiday"] == 1
    ws = Workspace()
    ws.put("calendar", Calendar(name="Team", id=1))
    ws.calendar = ws.calendars[1]
    command = AddHolidays(rules)
    command.apply(ws)
    assert not ws.calendar.is_working_day(date(2023, 12, 7))
    assert ws.calendar.exception_name(date(2023, 12, 7)) == "Chanukah: 1 Candle"
    command.undo(ws)
    assert ws.calendars[1].is_working_day(date(2023, 12, 7))


# -- export ----------------------------------------------------------------------------------------
def sample_ws() -> tuple[Workspace, int, int]:
    ws = Workspace()
    new_workspace().apply(ws)
    AddObject("area", name="Ops").apply(ws)
    AddObject("label", name="Email").apply(ws)
    routine = CreateTask(("area", 1), "Newsletter", recurrence="FREQ=WEEKLY;BYDAY=TU", start=datetime(2026, 3, 3, 9),
                         duration=120, labels={1}, priority=Priority.HIGH)  # fmt: skip
    routine.apply(ws)
    milestone = CreateTask(("area", 1), "Launch", milestone=True, start=datetime(2026, 3, 20, 9))
    milestone.apply(ws)
    SkipOccurrence(routine.id, date(2026, 3, 10)).apply(ws)
    CreateOccurrences(date(2026, 3, 2)).apply(ws)
    return ws, routine.id, milestone.id


def test_export_writes_todos_rules_exdates_occurrences_and_milestone_events(tmp_path):
    ws, routine_id, _ = sample_ws()
    done = next(s.id for s in ws.statuses.values() if s.kind == "done")
    first = min(created_occurrences(ws)[routine_id], key=lambda t: t.occurrence)
    EditTask(first.id, status_id=done).apply(ws)
    path = tmp_path / "out.ics"
    export_file(ws, None, path)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    todos = cal.walk("VTODO")
    series = next(t for t in todos if t.get("RRULE") is not None)
    assert series.get("RRULE").to_ical() == b"FREQ=WEEKLY;BYDAY=TU"
    assert series.decoded("DTSTART") == datetime(2026, 3, 3, 9)
    assert series.get("EXDATE").dts[0].dt == datetime(2026, 3, 10, 9)
    assert series.get("PRIORITY") == 3 and series.get("CATEGORIES").cats == ["Email"]
    instances = [t for t in todos if t.get("RECURRENCE-ID") is not None]
    assert instances and all(str(t.get("UID")) == str(series.get("UID")) for t in instances)
    assert any(str(t.get("STATUS")) == "COMPLETED" and t.get("PERCENT-COMPLETE") == 100 for t in instances)
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTSTART") == date(2026, 3, 20) and event.decoded("DTEND") == date(2026, 3, 21)


def test_export_then_import_keeps_rules_skips_and_milestones(tmp_path):
    ws, _routine_id, _ = sample_ws()
    path = tmp_path / "round.ics"
    path.write_bytes(build_calendar(ws).to_ical())
    result = import_ical(path)
    back = result.workspace
    routine = next(t for t in back.tasks.values() if t.recurrence)
    assert routine.recurrence == "FREQ=WEEKLY;BYDAY=TU" and routine.recurrence_exceptions == {date(2026, 3, 10): None}
    assert any(t.milestone and t.title == "Launch" for t in back.tasks.values())


# -- bad input -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"hello world", "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nSUMMARY:x\r\n", "malformed iCalendar"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no to-dos or events"),
    ],
)
def test_bad_files_are_refused_with_the_reason(tmp_path, content, message):
    path = tmp_path / "bad.ics"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        import_ical(path)


def test_unknown_properties_and_absurd_or_foreign_rules_are_reported_not_fatal(tmp_path):
    path = tmp_path / "odd.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        b"BEGIN:VTODO\r\nUID:a\r\nSUMMARY:Every second\r\nDTSTART:20260302T090000\r\nRRULE:FREQ=SECONDLY\r\n"
        b"X-UNKNOWN-THING;FOO=bar:baz\r\nEND:VTODO\r\n"
        b"BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Hebrew\r\nDTSTART:20260302T090000\r\nRRULE:RSCALE=HEBREW;FREQ=YEARLY\r\n"
        b"END:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Forever\r\nDTSTART:20260302T090000\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    result = import_ical(path)
    assert len(result.workspace.tasks) == 3
    reasons = [s.reason for s in result.summary.skipped_of("repeat rule")]
    assert any("secondly" in r for r in reasons) and any("Hebrew" in r for r in reasons)
    forever = next(t for t in result.workspace.tasks.values() if t.title == "Forever")
    assert len(occurrences_between(result.workspace, forever, date(2026, 1, 1), date(9999, 1, 1))) == 5_000


def test_a_failing_import_writes_nothing(tmp_path):
    target = tmp_path / "w.planner"
    with WorkspaceFile.open(target) as file:
        ws = file.load()
        file.write(ws, new_workspace().apply(ws))
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    with pytest.raises(ValidationError):
        import_ical(bad)
    with WorkspaceFile.open_read_only(target) as file:
        assert not file.load().tasks


def test_dates_only_event_spans_whole_days():
    cal = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Offsite\r\n" \
          b"DTSTART;VALUE=DATE:20260302\r\nDTEND;VALUE=DATE:20260304\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"  # fmt: skip
    from planner.io.ical import _Reader

    (task,) = _Reader(cal, "x.ics").read().workspace.tasks.values()
    assert task.start == datetime(2026, 3, 2, 8) and task.finish == datetime(2026, 3, 3, 17)
    assert task.duration == 2 * 480 and task.finish - task.start < timedelta(days=2)


# -- one bad component, the rest comes in -----------------------------------------------------------
def _calendar(*components: bytes) -> bytes:
    return b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + b"".join(components) + b"END:VCALENDAR\r\n"


GOOD = b"BEGIN:VTODO\r\nUID:1\r\nSUMMARY:Good\r\nCATEGORIES:Home\r\nDUE:20250305T120000\r\nEND:VTODO\r\n"
BAD_DATE = b"BEGIN:VTODO\r\nUID:2\r\nSUMMARY:Bad date\r\nDUE:20251345T120000\r\nEND:VTODO\r\n"
BAD_RULE = (
    b"BEGIN:VEVENT\r\nUID:3\r\nSUMMARY:Bad rule\r\nCATEGORIES:Bad rule's own\r\nDTSTART:20250305T120000\r\n"
    b"RRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\n"
)
BAD_LINE = b"BEGIN:VTODO\r\nUID:4\r\nSUMMARY:Bad line\r\nthis line has no colon\r\nEND:VTODO\r\n"


def test_malformed_components_are_left_out_with_their_line_and_the_rest_imports(tmp_path):
    path = tmp_path / "mixed.ics"
    path.write_bytes(_calendar(GOOD, BAD_DATE, BAD_RULE, BAD_LINE, GOOD.replace(b"UID:1", b"UID:5")))
    result = import_file(path)
    ws = result.workspace
    assert sorted(t.title for t in ws.tasks.values()) == ["Good", "Good"]
    assert [label.name for label in ws.labels.values()] == ["Home"]  # the bad event's label went with it
    assert result.summary.counts["task"] == 2
    left_out = [line for line in result.summary.lines() if "left out" in line]
    assert left_out == [
        "  note: left out: VTODO “Bad date” line 10: Wrong datetime format: 20251345T120000",
        "  note: left out: VTODO “Bad line” line 22: Content line could not be parsed into parts: "
        "'this line has no colon': Invalid content line",
        "  note: left out: VEVENT “Bad rule” line 15: RRULE “FREQ=SOMETIMES” cannot be read "
        "(Expected frequency, got: SOMETIMES)",
    ]


def test_a_component_the_parser_takes_but_the_reader_cannot_is_left_out_with_its_line(tmp_path):
    path = tmp_path / "rule.ics"
    path.write_bytes(_calendar(GOOD, BAD_RULE))  # the file parses whole: the rule is read, and fails, later
    result = import_ical(path)
    assert [t.title for t in result.workspace.tasks.values()] == ["Good"]
    assert any(note.startswith("left out: VEVENT “Bad rule” line 10: RRULE") for note in result.summary.notes)


def test_a_file_whose_every_component_is_malformed_is_refused_naming_the_first(tmp_path):
    path = tmp_path / "bad.ics"
    path.write_bytes(_calendar(BAD_DATE, BAD_LINE))
    with pytest.raises(ImportFileError, match="no to-do or event could be read; left out: VTODO “Bad date” line 4"):
        import_ical(path)


def test_a_holiday_feed_leaves_out_a_malformed_holiday(tmp_path):
    path = tmp_path / "holidays.ics"
    path.write_bytes(
        _calendar(
            b"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:New Year\r\nDTSTART;VALUE=DATE:20260101\r\nEND:VEVENT\r\n",
            b"BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Never\r\nDTSTART;VALUE=DATE:20261301\r\nEND:VEVENT\r\n",
        )
    )
    rules, summary = read_holidays(path)
    assert [(r.name, r.start) for r in rules] == [("New Year", date(2026, 1, 1))]
    assert any(
        note.startswith("left out: VEVENT “Never” line 9: DTSTART “20261301” cannot be read") for note in summary.notes
    )


# -- export ---------------------------------------------------------------------------------------
@pytest.fixture
def new_york(monkeypatch):
    """This computer's clock in New York (UTC−5 in March), so that local and UTC times differ."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_completed_goes_out_in_utc_and_comes_back_as_the_same_local_time(tmp_path, new_york):
    ws = Workspace()
    ws.put("project", Project(id=1, name="P"))
    ws.put("task", Task(id=1, title="Done", project_id=1, completed=datetime(2026, 3, 3, 17, 30)))
    path = tmp_path / "done.ics"
    export_file(ws, 1, path)
    (todo,) = icalendar.Calendar.from_ical(path.read_bytes()).walk("VTODO")
    assert todo["COMPLETED"].to_ical() == b"20260303T223000Z"  # RFC 5545: COMPLETED is in UTC
    (task,) = import_ical(path).workspace.tasks.values()
    assert task.completed == datetime(2026, 3, 3, 17, 30)


def test_carriage_returns_in_titles_and_notes_survive_a_round_trip(tmp_path):
    ws = Workspace()
    ws.put("project", Project(id=1, name="P"))
    texts = [("Two\r\nlines", "Windows\r\nnotes\r\n  indented"), ("Old Mac", "one\rtwo"), ("Unix", "a\nb")]
    for tid, (title, notes) in enumerate(texts, start=1):
        ws.put("task", Task(id=tid, title=title, project_id=1, notes=notes))
    path = tmp_path / "texts.ics"
    export_file(ws, 1, path)
    assert b"\r\n\r\n" not in path.read_bytes()  # no bare line break inside a content line
    back = import_ical(path).workspace
    assert sorted((t.title, t.notes) for t in back.tasks.values()) == sorted(texts)
