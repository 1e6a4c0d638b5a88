"""Bad files give a clear ImportFileError (a ValidationError) naming what is wrong and where; odd but valid ones
come in with what was left out in the summary."""

from datetime import date

import pytest

from planner.core.calendars import Calendar
from planner.core.errors import ValidationError
from planner.io.common import ImportFileError, parse_iso_duration
from planner.io.formats import import_file

NS = "http://schemas.microsoft.com/project"


def mspdi(tasks: str, extra: str = "", namespace: str = NS) -> str:
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Project{xmlns}>
  <Name>bad.xml</Name>
  <StartDate>2024-01-08T08:00:00</StartDate>
  <MinutesPerDay>480</MinutesPerDay>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>Plan</Name><OutlineLevel>0</OutlineLevel></Task>
{tasks}
  </Tasks>
{extra}
</Project>
"""


def task(uid: int, name: str, *, level: int = 1, duration: str = "PT8H0M0S", more: str = "") -> str:
    return (
        f"    <Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><OutlineLevel>{level}</OutlineLevel>"
        f"<Start>2024-01-08T08:00:00</Start><Finish>2024-01-08T17:00:00</Finish>"
        f"<Duration>{duration}</Duration>{more}</Task>"
    )


def link(uid: int, type_: int = 1, lag: int = 0, lag_format: int = 7, more: str = "") -> str:
    return (
        f"<PredecessorLink><PredecessorUID>{uid}</PredecessorUID><Type>{type_}</Type>{more}"
        f"<LinkLag>{lag}</LinkLag><LagFormat>{lag_format}</LagFormat></PredecessorLink>"
    )


def write(tmp_path, text: str | bytes, name: str = "plan.xml"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def refused(tmp_path, text, *fragments, name="plan.xml") -> str:
    with pytest.raises(ImportFileError) as caught:
        import_file(write(tmp_path, text, name))
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_an_import_error_is_a_validation_error():
    assert issubclass(ImportFileError, ValidationError)


# -- MS Project XML --------------------------------------------------------------------------------
def test_empty_file(tmp_path):
    refused(tmp_path, "", "plan.xml", "empty")
    refused(tmp_path, "  \n ", "empty")
    refused(tmp_path, " \t\r\n\x0b\x0c", "empty")  # every byte `bytes.strip()` takes as blank


def test_malformed_xml_names_the_line(tmp_path):
    text = mspdi(task(1, "A")).replace("</Tasks>", "</Taskz>")
    refused(tmp_path, text, "plan.xml, line 9", "malformed XML", "mismatched tag")


def test_text_that_is_not_xml(tmp_path):
    refused(tmp_path, "Name,Start\nA,2024-01-08\n", "line 1", "malformed XML")


def test_wrong_root(tmp_path):
    workbook = '<?xml version="1.0"?>\n<Workbook><Sheet/></Workbook>'
    refused(tmp_path, workbook, "not an MS Project XML file", "<Workbook>")


def test_wrong_namespace(tmp_path):
    refused(tmp_path, mspdi(task(1, "A"), namespace="http://example.com/other"), "namespace http://example.com/other")


def test_no_namespace_is_read_with_a_note(tmp_path):
    result = import_file(write(tmp_path, mspdi(task(1, "A"), namespace="")))
    assert [t.title for t in result.workspace.tasks.values()] == ["A"]
    assert any("namespace" in note for note in result.summary.notes)


def test_entity_expansion_is_refused(tmp_path):
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE Project [\n <!ENTITY a "aaaaaaaaaa">\n'
        ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n'
        f'<Project xmlns="{NS}"><Name>&b;</Name></Project>'
    )
    refused(tmp_path, bomb, "line 3", "entity “a”", "exhaust memory")


def test_external_entity_is_refused(tmp_path):
    xxe = (
        '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
        f'<Project xmlns="{NS}"><Name>&secret;</Name></Project>'
    )
    refused(tmp_path, xxe, "external entity “secret”", "file:///etc/passwd")


def test_an_entity_without_a_doctype_is_refused_far_into_the_file(tmp_path):
    # No DOCTYPE: the file is fed to expat's C parser a chunk at a time, which knows no entity but XML's five, so the
    # reference is refused where it stands, many chunks in, with its line, and nothing is expanded or read.
    tasks = [task(uid, "&secret;" if uid == 1500 else f"T{uid}") for uid in range(1, 2001)]
    refused(tmp_path, mspdi("\n".join(tasks)), "line 1507", "malformed XML (undefined entity)")


def test_link_to_a_missing_task_names_the_task_and_its_line(tmp_path):
    text = mspdi("\n".join([task(1, "A"), task(2, "B", more=link(99))]))
    refused(tmp_path, text, "line 9", "UID 2 “B”", "UID 99", "not in the file")


def test_a_loop_of_links_is_refused_naming_it(tmp_path):
    text = mspdi("\n".join([task(1, "A", more=link(3)), task(2, "B", more=link(1)), task(3, "C", more=link(2))]))
    message = refused(tmp_path, text, "loop")
    assert "“A”" in message and "“B”" in message and "“C”" in message


def test_negative_duration(tmp_path):
    refused(tmp_path, mspdi(task(1, "A", duration="-PT8H0M0S")), "line 8", "UID 1 “A”", "negative")


def test_absurd_duration(tmp_path):
    hours = 10**9 * 24
    refused(tmp_path, mspdi(task(1, "A", duration=f"PT{hours}H0M0S")), "line 8", "century")


def test_duration_that_is_not_iso(tmp_path):
    refused(tmp_path, mspdi(task(1, "A", duration="3 days")), "<Duration>", "ISO 8601")


def test_start_that_is_not_a_date(tmp_path):
    text = mspdi(task(1, "A").replace("<Start>2024-01-08T08:00:00", "<Start>next monday"))
    refused(tmp_path, text, "line 8", "<Start>", "next monday")


def test_finish_before_start(tmp_path):
    text = mspdi(task(1, "A").replace("<Finish>2024-01-08T17:00:00", "<Finish>2024-01-01T17:00:00"))
    refused(tmp_path, text, "finishes", "before it starts")


def test_duplicate_uid(tmp_path):
    refused(tmp_path, mspdi("\n".join([task(1, "A"), task(1, "B")])), "line 9", "two tasks have the UID 1")


def test_unknown_link_type(tmp_path):
    refused(tmp_path, mspdi("\n".join([task(1, "A"), task(2, "B", more=link(1, type_=9))])), "“9”", "0 FF")


def test_missing_file_and_unknown_extension(tmp_path):
    with pytest.raises(ImportFileError, match="cannot be read"):
        import_file(tmp_path / "nowhere.xml")
    refused(tmp_path, "a,b", "cannot import “.ods”", ".csv", name="plan.ods")


def test_links_that_cannot_be_kept_are_skipped_and_reported(tmp_path):
    text = mspdi(
        "\n".join(
            [
                task(1, "Phase"),
                task(2, "Child", level=2, more=link(1)),  # a subtask linked to its own summary
                task(3, "A", more=link(0)),  # to the project summary task
                task(4, "B", more=link(3) + link(3)),  # the same link twice
                task(5, "C", more=link(77, more="<CrossProject>1</CrossProject>")),  # to another project
            ]
        )
    )
    result = import_file(write(tmp_path, text))
    ws = result.workspace
    assert [(ws.tasks[d.predecessor_id].title, ws.tasks[d.successor_id].title) for d in ws.dependencies.values()] == [
        ("A", "B")
    ]
    reasons = sorted(s.reason for s in result.summary.skipped_of("link"))
    assert reasons == [
        "a link to another project",
        "it links a summary task with its own subtask",
        "its predecessor is the project summary task",
        "the same link twice",
    ]


def test_lag_formats_elapsed_and_percent_are_kept_for_the_scheduler(tmp_path):
    text = mspdi(
        "\n".join(
            [
                task(1, "A", duration="PT16H0M0S"),
                task(2, "B", more=link(1, lag=14400, lag_format=8)),  # 1 elapsed day: 1440 minutes
                task(3, "C", more=link(1, lag=50, lag_format=19)),  # 50 % of A's 2 days
                task(4, "D", more=link(1, lag=9600, lag_format=39)),  # 2 days, estimated ("d?")
            ]
        )
    )
    result = import_file(write(tmp_path, text))
    ws = result.workspace
    facts = {ws.tasks[d.successor_id].title: (d.lag, result.links[d.id]) for d in ws.dependencies.values()}
    lag, elapsed = facts["B"]
    assert elapsed.elapsed and elapsed.elapsed_minutes == 1440 and elapsed.lag_unit == "d"
    assert lag == round(1440 * 2400 / (7 * 1440))  # an average week's share of working time
    lag, percent = facts["C"]
    assert percent.percent == 50 and percent.lag_unit == "%" and lag == 480
    lag, estimated = facts["D"]
    assert lag == 960 and estimated.lag_unit == "d" and not estimated.elapsed


def test_resources_that_are_not_people_and_odd_assignments_are_reported(tmp_path):
    resources = """
  <Resources>
    <Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>
    <Resource><UID>1</UID><ID>1</ID><Name>Ann</Name><Type>1</Type><MaxUnits>0.5</MaxUnits><StandardRate>30</StandardRate></Resource>
    <Resource><UID>2</UID><ID>2</ID><Name>Concrete</Name><Type>0</Type></Resource>
    <Resource><UID>3</UID><ID>3</ID><Name>Travel</Name><Type>2</Type></Resource>
  </Resources>
  <Assignments>
    <Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><Units>0.5</Units><Work>PT4H0M0S</Work></Assignment>
    <Assignment><UID>2</UID><TaskUID>1</TaskUID><ResourceUID>2</ResourceUID><Units>1</Units></Assignment>
    <Assignment><UID>3</UID><TaskUID>0</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units></Assignment>
    <Assignment><UID>4</UID><TaskUID>1</TaskUID><ResourceUID>-65535</ResourceUID><Units>1</Units></Assignment>
  </Assignments>"""
    result = import_file(write(tmp_path, mspdi(task(1, "A"), extra=resources)))
    ws = result.workspace
    (ann,) = ws.people.values()
    assert (ann.name, ann.capacity, ann.rate) == ("Ann", 4.0, 30.0)
    (a,) = ws.tasks.values()
    assert a.assignments == {ann.id: 0.5}
    assert result.assignment_work[(a.id, ann.id)] == 240
    assert sorted(s.reason for s in result.summary.skipped) == [
        "a cost resource (the planner has people only)",
        "a material resource (the planner has people only)",
        "its resource was not imported",
        "its task is the project summary",
    ]


def test_outline_jump_goes_under_the_nearest_task_above(tmp_path):
    result = import_file(write(tmp_path, mspdi("\n".join([task(1, "A"), task(2, "B", level=3)]))))
    ws = result.workspace
    b = next(t for t in ws.tasks.values() if t.title == "B")
    assert ws.tasks[b.parent_id].title == "A"
    assert any("outline level" in note for note in result.summary.notes)


def test_iso_durations_in_every_unit():
    cal = Calendar(minutes_per_day=480, days_per_week=5, days_per_month=20)
    assert parse_iso_duration("PT8H0M0S", cal) == 480
    assert parse_iso_duration("PT7H30M0S", cal) == 450
    assert parse_iso_duration("PT0H0M30S", cal) == 0.5
    assert parse_iso_duration("P1DT2H", cal) == 480 + 120
    assert parse_iso_duration("P1W", cal) == 2400
    assert parse_iso_duration("P1M", cal) == 9600
    assert parse_iso_duration("P1Y", cal) == 12 * 9600
    assert parse_iso_duration("PT1.5H", cal) == 90
    assert parse_iso_duration("-PT8H", cal) == -480
    assert parse_iso_duration("P1D", cal, elapsed=True) == 1440
    assert parse_iso_duration("P1W", cal, elapsed=True) == 7 * 1440
    for text in ("", "P", "PT", "8H", "P1DT", "PTxH"):
        with pytest.raises(ValueError):
            parse_iso_duration(text, cal)


# -- GanttProject ------------------------------------------------------------------------------------
def gan(tasks: str, extra: str = "") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project name="Bad" version="3.3">
  <calendars>
    <day-types><default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/></day-types>
  </calendars>
  <tasks>
{tasks}
  </tasks>
{extra}
</project>
"""


def test_gan_missing_attribute_names_element_attribute_and_line(tmp_path):
    text = gan('    <task id="1" name="A" duration="2"/>')
    refused(tmp_path, text, "plan.gan, line 7", "<task>", "“start”", name="plan.gan")
    text = gan('    <task id="1" name="A" start="2024-01-08" duration="2"><depend type="2"/></task>')
    refused(tmp_path, text, "line 7", "<depend>", "“id”", name="plan.gan")


def test_gan_wrong_root(tmp_path):
    refused(tmp_path, mspdi(task(1, "A")), "not a GanttProject file", "<{http", name="plan.gan")


def test_gan_link_to_missing_task_and_loop(tmp_path):
    missing = gan('    <task id="1" name="A" start="2024-01-08" duration="2"><depend id="9" type="2"/></task>')
    refused(tmp_path, missing, "line 7", "links to task 9", name="plan.gan")
    loop = gan(
        '    <task id="1" name="A" start="2024-01-08" duration="2"><depend id="2" type="2"/></task>\n'
        '    <task id="2" name="B" start="2024-01-10" duration="2"><depend id="1" type="2"/></task>'
    )
    refused(tmp_path, loop, "loop", "“A”", "“B”", name="plan.gan")


def test_gan_bad_values(tmp_path):
    refused(tmp_path, gan('<task id="1" name="A" start="2024-13-40" duration="2"/>'), "not a date", name="plan.gan")
    refused(tmp_path, gan('<task id="1" name="A" start="2024-01-08" duration="-2"/>'), "negative", name="plan.gan")
    refused(tmp_path, gan('<task id="1" name="A" start="2024-01-08" duration="1e9"/>'), "century", name="plan.gan")
    refused(
        tmp_path,
        gan('<task id="1" name="A" start="2024-01-08" duration="2"><depend id="1" type="7"/></task>'),
        "“type” is “7”",
        name="plan.gan",
    )
    allocation = gan(
        '<task id="1" name="A" start="2024-01-08" duration="2"/>',
        '<resources/><allocations><allocation task-id="1" resource-id="5" load="100"/></allocations>',
    )
    refused(tmp_path, allocation, "<allocation>", "resource that is not in the file", name="plan.gan")


def test_gan_yearly_holiday_repeats_and_working_day_override(tmp_path):
    text = gan('<task id="1" name="A" start="2024-01-08" duration="2"/>').replace(
        "</calendars>",
        '<date year="" month="12" date="25" type="HOLIDAY"/><date year="2024" month="1" date="13" type="WORKING_DAY"/>'
        "</calendars>",
    )
    result = import_file(write(tmp_path, text, "plan.gan"))
    cal = result.calendar
    assert not cal.is_working_day(date(2024, 12, 25)) and not cal.is_working_day(date(2131, 12, 25))
    assert cal.is_working_day(date(2024, 12, 24))
    assert cal.is_working_day(date(2024, 1, 13))  # a Saturday made a working day
    assert [t.title for t in result.workspace.tasks.values()] == ["A"]
