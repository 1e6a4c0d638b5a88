"""Nothing a file can do crashes an import or poisons a workspace (issue #13).

Mutated files (fixed seeds) either import, and then the workspace they go into schedules, or are refused with an
ImportFileError; nothing else. The readers are called directly, so no safety net can hide a reader's own bug.
Then one test for each way a file broke a reader before: dates in year 1 and 9999, NaN and infinite durations,
nesting 5,000 deep, an unknown encoding, a 10,000-character TZID, a property given twice, and the limits.
"""

import random
import traceback

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mutations import READERS, mutate, run_case, write_own_seeds
from shared_data import SHARED_DATA
from test_bad_input import gan, link, mspdi, task, write

from planner.core.calendars import EARLIEST, LATEST
from planner.io.common import (
    MAX_DEPTH,
    MAX_TASKS,
    MAX_TITLE,
    ImportFileError,
    count_elements,
    count_in_file,
    read_bytes,
)
from planner.io.gan import import_gan
from planner.io.ical import import_ical
from planner.io.mspdi import import_mspdi

CASES_PER_FORMAT = 300


def fuzz(seeds, folder, cases_per_format: int, seed: int) -> list[str]:
    """Run the cases; returns a description of each that raised anything but ImportFileError."""
    rng = random.Random(seed)
    failures = []
    by_suffix = {}
    for path in seeds:
        by_suffix.setdefault(path.suffix, []).append((path.name, path.read_bytes()))
    for suffix, files in sorted(by_suffix.items()):
        for number in range(cases_per_format):
            name, data = rng.choice(files)
            case = folder / f"{suffix[1:]}-{number}{suffix}"
            case.write_bytes(mutate(data, suffix, rng))
            try:
                run_case(case)
            except Exception:
                failures.append(f"{case.name} (from {name}):\n{traceback.format_exc(limit=-4)}")
                continue
            case.unlink()  # failing cases stay in tmp_path, to run again by hand
    return failures


def test_mutated_own_seeds_import_or_are_refused(tmp_path):
    seeds = write_own_seeds(tmp_path / "seeds")
    assert {path.suffix for path in seeds} == set(READERS)
    failures = fuzz(seeds, tmp_path, CASES_PER_FORMAT, seed=13)
    assert not failures, f"{len(failures)} cases raised:\n" + "\n".join(failures[:5])


def test_mutated_shared_files_import_or_are_refused(tmp_path):
    folders = ("mspdi", "gan", "ics", "csv")
    seeds = [p for sub in folders for p in sorted((SHARED_DATA / sub).glob("*")) if p.suffix in READERS]
    if not seeds:
        pytest.skip(f"no files from other tools at {SHARED_DATA} (set PLANNER_SHARED_DATA to fuzz them too)")
    failures = fuzz(seeds, tmp_path, 60, seed=14)
    assert not failures, f"{len(failures)} cases raised:\n" + "\n".join(failures[:5])


def refused_by(reader, path, *fragments) -> str:
    with pytest.raises(ImportFileError) as caught:
        reader(path)
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, message
    return message


def ics(*lines: str) -> bytes:
    return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *lines, "END:VCALENDAR", ""]).encode()


# -- dates at the edge -----------------------------------------------------------------------------------
def test_the_supported_dates_are_1900_to_2200():
    assert (EARLIEST.year, EARLIEST.month, EARLIEST.day) == (1900, 1, 1)
    assert (LATEST.year, LATEST.month, LATEST.day) == (2200, 12, 31)


def test_an_ical_event_in_year_1_is_left_out_and_the_rest_schedules(tmp_path):
    path = write(tmp_path, ics(
        "BEGIN:VEVENT", "UID:old", "SUMMARY:Year one", "DTSTART;VALUE=DATE:00010101", "END:VEVENT",
        "BEGIN:VTODO", "UID:late", "SUMMARY:Far future", "DUE:99991231T170000", "END:VTODO",
        "BEGIN:VTODO", "UID:ok", "SUMMARY:Fine", "DTSTART:20240108T080000", "DUE:20240109T170000", "END:VTODO",
    ), "edge.ics")  # fmt: skip
    result = import_ical(path)
    tasks = {t.title: t for t in result.workspace.tasks.values()}
    assert set(tasks) == {"Far future", "Fine"}  # the event without a date it can hold has no start: skipped
    assert tasks["Far future"].finish is None
    assert result.summary.skipped_of("event")[0].what == "Year one"
    assert any("outside 1900–2200" in note for note in result.summary.notes)
    assert run_case(path).imported  # and the workspace it goes into schedules


def test_an_mspdi_deadline_in_year_9999_is_refused_naming_task_and_line(tmp_path):
    text = mspdi(task(1, "A", more="<Deadline>9999-12-31T17:00:00</Deadline>"))
    refused_by(import_mspdi, write(tmp_path, text), "plan.xml, line 8", "UID 1 “A”", "<Deadline>", "9999-12-31")


def test_an_mspdi_calendar_exception_until_9999_is_cut_at_2200(tmp_path):
    calendars = """<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>
      <Exceptions><Exception><TimePeriod><FromDate>2024-01-09T00:00:00</FromDate>
      <ToDate>9999-12-31T23:59:00</ToDate></TimePeriod><Type>6</Type><DaysOfWeek>8</DaysOfWeek>
      <DayWorking>0</DayWorking></Exception></Exceptions></Calendar></Calendars>"""
    path = write(tmp_path, mspdi(task(1, "A"), extra=calendars))
    rule = import_mspdi(path).calendar.rules[0]
    assert rule.until == LATEST.date()
    assert run_case(path).imported


def test_a_gan_start_in_year_1_is_refused(tmp_path):
    path = write(tmp_path, gan('<task id="1" name="A" start="0001-01-01" duration="2"/>'), "plan.gan")
    refused_by(import_gan, path, "line 7", "<task>", "“start”", "0001-01-01", "1900-01-01 to 2200-12-31")


# -- numbers that are not finite ---------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["NaN", "inf", "-inf", "1e999"])
def test_gan_durations_and_lags_that_are_not_finite_are_refused(tmp_path, value):
    duration = gan(f'<task id="1" name="A" start="2024-01-08" duration="{value}"/>')
    refused_by(import_gan, write(tmp_path, duration, "plan.gan"), "line 7", "<task>", "“duration”")
    lag = gan(
        f'<task id="1" name="A" start="2024-01-08" duration="2"><depend id="2" type="2" difference="{value}"/></task>'
        '<task id="2" name="B" start="2024-01-08" duration="2"/>'
    )
    refused_by(import_gan, write(tmp_path, lag, "plan.gan"), "<depend>", "“difference”")


@pytest.mark.parametrize("value", ["NaN", "inf", "1e400"])
def test_mspdi_numbers_that_are_not_finite_are_refused(tmp_path, value):
    for more, element in (
        (f"<PercentComplete>{value}</PercentComplete>", "<PercentComplete>"),
        (f"<Priority>{value}</Priority>", "<Priority>"),
        (link(1, more="").replace("<LinkLag>0", f"<LinkLag>{value}"), "<LinkLag>"),
    ):
        text = mspdi("\n".join([task(1, "A"), task(2, "B", more=more)]))
        refused_by(import_mspdi, write(tmp_path, text), "line 9", "UID 2 “B”", element)


def test_an_mspdi_duration_of_400_digits_is_refused(tmp_path):
    text = mspdi(task(1, "A", duration=f"PT{'9' * 400}H0M0S"))
    refused_by(import_mspdi, write(tmp_path, text), "line 8", "UID 1 “A”", "not a number of minutes")


def test_an_mspdi_working_time_that_is_not_a_time_of_day_is_refused(tmp_path):
    for bad in ("25:61:00", "8", "inf:00", "12:xx:00"):
        calendars = f"""<Calendars><Calendar><UID>1</UID><Name>Night shift</Name><WeekDays><WeekDay>
          <DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>{bad}</FromTime>
          <ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay></WeekDays></Calendar></Calendars>"""
        path = write(tmp_path, mspdi(task(1, "A"), extra=calendars))
        refused_by(import_mspdi, path, "calendar “Night shift”", "<FromTime>", bad, "not a time of day")


# -- nesting, encodings, time zones, repeated properties ---------------------------------------------------
def test_gan_tasks_nested_5000_deep_are_refused_without_recursion(tmp_path):
    depth = 5_000
    nested = "".join(f'<task id="{n}" name="T{n}" start="2024-01-08" duration="1">' for n in range(depth))
    path = write(tmp_path, gan(nested + "</task>" * depth), "deep.gan")
    refused_by(import_gan, path, "line 7", "<task>", f"deeper than {MAX_DEPTH} levels")


def test_gan_tasks_nested_to_the_limit_import(tmp_path):
    nested = "".join(f'<task id="{n}" name="T{n}" start="2024-01-08" duration="1">' for n in range(MAX_DEPTH))
    path = write(tmp_path, gan(nested + "</task>" * MAX_DEPTH), "deep.gan")
    assert len(import_gan(path).workspace.tasks) == MAX_DEPTH


def test_ical_components_nested_5000_deep_are_refused(tmp_path):
    path = write(tmp_path, ics(*["BEGIN:VTODO"] * 5_000, "UID:1", *["END:VTODO"] * 5_000), "deep.ics")
    refused_by(import_ical, path, "deep.ics, line 13", "nested more than 10 deep")


def test_mspdi_outline_5000_levels_deep_is_refused(tmp_path):
    rows = "\n".join(task(n, f"T{n}", level=n) for n in range(1, 5_001))
    refused_by(import_mspdi, write(tmp_path, mspdi(rows)), f"UID {MAX_DEPTH + 1} ", f"deeper than {MAX_DEPTH}")


@pytest.mark.parametrize("encoding", ["klingon-8", "utf-7"])
def test_an_unknown_xml_encoding_is_refused_naming_it(tmp_path, encoding):
    text = mspdi(task(1, "A")).replace('encoding="UTF-8"', f'encoding="{encoding}"')
    refused_by(import_mspdi, write(tmp_path, text), "line 1", f"encoding “{encoding}”")
    refused_by(import_gan, write(tmp_path, gan("").replace("UTF-8", encoding), "plan.gan"), f"“{encoding}”")


def test_a_tzid_of_10000_characters_is_refused_before_it_reaches_the_file_system(tmp_path):
    zone = "x" * 10_000
    path = write(tmp_path, ics("BEGIN:VEVENT", "UID:1", f"DTSTART;TZID={zone}:20240108T080000", "END:VEVENT"), "z.ics")
    refused_by(import_ical, path, "z.ics, line 6", "TZID", "255")


def test_an_unknown_or_long_calendar_time_zone_is_ignored(tmp_path):
    for zone in ("Europe/Nowhere", "../../etc/passwd", "y" * 300):
        path = write(tmp_path, ics(f"X-WR-TIMEZONE:{zone}", "BEGIN:VTODO", "UID:1", "SUMMARY:A", "END:VTODO"), "z.ics")
        assert [t.title for t in import_ical(path).workspace.tasks.values()] == ["A"]


def test_a_property_given_twice_keeps_the_first_with_a_note(tmp_path):
    path = write(tmp_path, ics(
        "BEGIN:VEVENT", "UID:1", "UID:2", "SUMMARY:First", "SUMMARY:Second", "DTSTART:20240108T080000",
        "DTSTART:20240109T080000", "STATUS:CONFIRMED", "STATUS:CANCELLED", "PRIORITY:1", "PRIORITY:9", "END:VEVENT",
        "BEGIN:VEVENT", "UID:1", "RECURRENCE-ID:20240108T080000", "RECURRENCE-ID:20240109T080000",
        "DTSTART:20240110T080000", "END:VEVENT",
    ), "twice.ics")  # fmt: skip
    result = import_ical(path)
    first = next(t for t in result.workspace.tasks.values() if t.external_id == "1")
    assert (first.title, first.start.day) == ("First", 8)
    assert any("SUMMARY is given 2 times; the first is kept" in note for note in result.summary.notes)
    assert any("RECURRENCE-ID is given 2 times" in note for note in result.summary.notes)
    assert run_case(path).imported


def test_a_property_icalendar_cannot_read_leaves_its_component_out_naming_it(tmp_path):
    path = write(tmp_path, ics("BEGIN:VEVENT", "UID:1", "SUMMARY:A", "DTSTART:tomorrow", "END:VEVENT"), "a.ics")
    # The only component: nothing is left to import, so the file is refused, saying which and why.
    refused_by(
        import_ical, path, "a.ics: no to-do or event could be read; left out: VEVENT “A” line", "DTSTART “tomorrow”"
    )


# -- limits checked before the tree is built ----------------------------------------------------------------
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = write(tmp_path, b"x" * 2_000, "big.xml")
    refused_by(lambda p: read_bytes(p, limit=1_000), path, "big.xml", "more than the")


def test_more_to_dos_than_a_plan_holds_are_refused_from_a_count(tmp_path):
    path = write(tmp_path, ics(*["BEGIN:VTODO", "END:VTODO"] * (MAX_TASKS + 1)), "many.ics")
    refused_by(import_ical, path, f"{MAX_TASKS + 1:,} to-dos and events", f"{MAX_TASKS:,} at most")


def test_more_tasks_than_a_plan_holds_are_refused_from_a_count(tmp_path):
    path = write(tmp_path, mspdi("<Task/>" * MAX_TASKS))  # and the project's own summary row
    refused_by(import_mspdi, path, f"more than {MAX_TASKS:,} tasks")
    path = write(tmp_path, gan("<task/>" * (MAX_TASKS + 1)), "plan.gan")
    refused_by(import_gan, path, f"more than {MAX_TASKS:,} tasks")


def test_an_ical_line_of_a_million_characters_is_refused(tmp_path):
    folded = "\r\n ".join(["x" * 70] * 16_000)  # 1.1 million characters, folded as RFC 5545 says
    path = write(tmp_path, ics("BEGIN:VTODO", "UID:1", f"DESCRIPTION:{folded}", "END:VTODO"), "long.ics")
    refused_by(import_ical, path, "long.ics", "a line longer than")


def test_a_long_title_is_cut_with_a_note(tmp_path):
    path = write(tmp_path, gan(f'<task id="1" name="{"n" * 5_000}" start="2024-01-08" duration="1"/>'), "plan.gan")
    result = import_gan(path)
    assert len(result.workspace.tasks[1].title) == MAX_TITLE
    assert any("task names longer than" in note for note in result.summary.notes)


# -- calendars nothing can be scheduled on --------------------------------------------------------------------
def mspdi_calendar(week: str, exceptions: str = "") -> str:
    return (
        "<Calendars><Calendar><UID>1</UID><Name>Never</Name><IsBaseCalendar>1</IsBaseCalendar>"
        f"<WeekDays>{week}</WeekDays><Exceptions>{exceptions}</Exceptions></Calendar></Calendars>"
    )


def test_an_mspdi_calendar_without_working_time_is_left_out_and_the_plan_schedules(tmp_path):
    idle_week = "".join(f"<WeekDay><DayType>{day}</DayType><DayWorking>0</DayWorking></WeekDay>" for day in range(1, 8))
    decades_off = """<Exception><TimePeriod><FromDate>2023-01-01T00:00:00</FromDate><ToDate>2200-12-31T23:59:00</ToDate>
        </TimePeriod><Type>1</Type><DayWorking>0</DayWorking></Exception>"""
    for calendar in (mspdi_calendar(idle_week), mspdi_calendar("", decades_off)):
        text = mspdi(task(1, "A", more="<CalendarUID>1</CalendarUID>"), extra=calendar)
        path = write(tmp_path, text.replace("<MinutesPerDay>", "<CalendarUID>1</CalendarUID><MinutesPerDay>"))
        result = import_mspdi(path)
        assert [s.what for s in result.summary.skipped_of("calendar")] == ["Never"]
        assert result.calendar.name != "Never" and not result.task_calendars
        assert run_case(path).imported


def test_a_gan_week_without_working_days_is_refused(tmp_path):
    text = gan('<task id="1" name="A" start="2024-01-08" duration="2"/>').replace('="0"', '="1"')
    refused_by(import_gan, write(tmp_path, text, "plan.gan"), "<default-week>", "every day of the week a weekend")


def test_an_mspdi_plan_over_the_limit_is_refused_while_streaming_before_the_rest_is_read(tmp_path):
    # The same refusal as a 250,000-task plan, at a lowered limit. Past the limit the file is not even XML: it is
    # refused for its size, from the count, not for what a parse would have met further on.
    tasks = "".join(f"<Task><UID>{uid}</UID><Name>T{uid}</Name></Task>" for uid in range(1, 31))
    path = write(tmp_path, mspdi(tasks).replace("</Tasks>", "<Task><broken").encode())
    refused_by(lambda p: import_mspdi(p, max_tasks=20), path, "holds more than 20 tasks", "split it")
    refused_by(import_mspdi, path, "line")  # at the real limit the same file is read, and then refused as broken


def test_an_mspdi_plan_at_the_limit_imports(tmp_path):
    tasks = "".join(f"<Task><UID>{uid}</UID><Name>T{uid}</Name></Task>" for uid in range(1, 20))
    result = import_mspdi(write(tmp_path, mspdi(tasks)), max_tasks=20)  # 19 and the project's own summary row
    assert sorted(t.title for t in result.workspace.tasks.values()) == sorted(f"T{uid}" for uid in range(1, 20))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["<Task>", "</Task>", "<Task/>", "<p:Task a='1'>", "<Tasks>", "Task ", "<x>", " "])),
    st.integers(min_value=1, max_value=40),
)
def test_counting_while_streaming_agrees_with_counting_the_whole_file(tmp_path_factory, parts, chunk_size):
    data = "".join(parts).encode()
    path = tmp_path_factory.mktemp("count") / "plan.xml"
    path.write_bytes(data)
    assert count_in_file(path, "Task", stop_after=10**6, chunk_size=chunk_size) == count_elements(data, "Task")
