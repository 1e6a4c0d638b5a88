"""Calendars survive the workspace file: week, exceptions, recurring rules, holidays and the base calendar."""

from datetime import date

from planner.core.calendars import Calendar, ExceptionRule
from planner.core.commands import AddObject, CreateTask, new_workspace
from planner.store.calendar_codec import calendar_from_json, calendar_to_json
from planner.store.workspace_file import WorkspaceFile


def team_calendars():
    team = Calendar(
        name="Team",
        id=1,
        week=(((9 * 60, 13 * 60), (14 * 60, 18 * 60)),) * 4 + (((9 * 60, 13 * 60),), (), ()),
        exceptions={date(2026, 12, 24): ((9 * 60, 12 * 60),), date(2026, 12, 25): ()},
        rules=(ExceptionRule(date(2026, 1, 1), freq="yearly", month=5, day=1, name="Labour day"),),
        holiday_country="FR",
        minutes_per_day=450,
    )
    ann = Calendar.derived(team, "Ann", id=2, exceptions={date(2026, 8, 3): ()})
    return team, ann


def test_a_calendar_reads_back_as_written():
    team, _ = team_calendars()
    again = calendar_from_json(team.id, team.name, calendar_to_json(team))
    assert again == team
    assert again.working_minutes(again.day_start(date(2026, 4, 30)), again.day_end(date(2026, 5, 4))) == 8 * 60 + 8 * 60


def test_calendars_with_their_base_round_trip_through_the_file(tmp_path):
    path = tmp_path / "w.planner"
    team, ann = team_calendars()
    with WorkspaceFile.open(path) as file:
        ws = file.load()
        file.write(ws, new_workspace().apply(ws))
        ws.calendars = {1: team, 2: ann}
        ws.calendar = team
        file.insert_all(ws)
        project = AddObject("project", name="P", calendar_id=1)
        file.write(ws, project.apply(ws))
        file.write(ws, CreateTask(("project", project.id), "T", calendar_id=2).apply(ws))
    with WorkspaceFile.open(path) as file:
        again = file.load()
    assert again.calendars[1] == team and again.calendar is again.calendars[1]
    assert again.calendars[2].base is again.calendars[1]
    task = next(iter(again.tasks.values()))
    assert again.calendar_for(task) is again.calendars[2]
    assert not again.calendars[2].is_working_day(date(2026, 8, 3))
    assert not again.calendars[2].is_working_day(date(2026, 12, 25))  # from the base
