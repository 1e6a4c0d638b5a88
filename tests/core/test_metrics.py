"""Flow metrics against a small board history worked out by hand, and targets set, checked and stored."""

from datetime import date, datetime

import pytest

from planner.core.errors import ValidationError
from planner.core.metrics import (
    DeleteTarget,
    SetTarget,
    cumulative_flow,
    describe_target,
    flow_report,
    parse_target,
    percentile,
)
from planner.core.model import Area, Status, StatusChange, StatusKind, Task, Workspace

TODO, DOING, DONE = 1, 2, 3
TODAY = date(2025, 1, 15)  # a Wednesday


def history() -> Workspace:
    ws = Workspace()
    ws.put("status", Status(TODO, "To do", StatusKind.TODO, 0))
    ws.put("status", Status(DOING, "Doing", StatusKind.DOING, 1, wip_limit=2))
    ws.put("status", Status(DONE, "Done", StatusKind.DONE, 2))
    ws.put("area", Area(1, "Support"))
    ws.put("area", Area(2, "Sales"))

    def task(tid, created, moves, status, area=1, deadline=None):
        ws.put("task", Task(tid, f"T{tid}", area_id=area, status_id=status, created=created, deadline=deadline))
        previous = TODO
        for at, to in moves:
            cid = len(ws.status_changes) + 1
            ws.put("status_change", StatusChange(cid, tid, previous, to, at))
            previous = to

    d = datetime
    # cycle 2 days, lead 3 days, a day late
    task(1, d(2025, 1, 6, 9), [(d(2025, 1, 7, 9), DOING), (d(2025, 1, 9, 9), DONE)], DONE, deadline=d(2025, 1, 8, 17))
    # cycle 7, lead 7, on time
    task(2, d(2025, 1, 6, 9), [(d(2025, 1, 6, 9), DOING), (d(2025, 1, 13, 9), DONE)], DONE, deadline=d(2025, 1, 20))
    # cycle 4, lead 6, no due date
    task(3, d(2025, 1, 8, 9), [(d(2025, 1, 10, 9), DOING), (d(2025, 1, 14, 9), DONE)], DONE)
    task(4, d(2025, 1, 10, 9), [(d(2025, 1, 13, 9), DOING)], DOING)  # in progress, 2.625 days by tonight
    task(5, d(2025, 1, 10, 9), [], TODO)
    task(6, d(2025, 1, 2, 9), [(d(2025, 1, 3, 9), DOING), (d(2025, 1, 7, 9), DONE)], DONE, area=2)
    ws.rebuild_indexes()
    return ws


def test_percentiles_interpolate_between_ranks():
    assert percentile([7, 2, 4], 50) == 4
    assert percentile([2, 4, 7], 85) == pytest.approx(6.1)
    assert percentile([5], 95) == 5
    assert percentile([], 50) is None


def test_throughput_cycle_and_lead_time_of_an_area():
    report = flow_report(history(), TODAY, weeks=2, scope=("area", 1))
    assert report.weeks == [date(2025, 1, 6), date(2025, 1, 13)]
    assert report.throughput == [1, 2]
    assert [round(c[1], 3) for c in report.cycle] == [2, 7, 4]  # by completion time
    assert sorted(c[1] for c in report.lead) == [3, 6, 7]
    assert report.cycle_percentiles[50] == 4
    assert report.cycle_percentiles[85] == pytest.approx(6.1)
    assert report.cycle_percentiles[95] == pytest.approx(6.7)
    assert report.mean_throughput() == 1.0  # the week still running does not count


def test_work_in_progress_its_age_and_on_time_rate():
    report = flow_report(history(), TODAY, weeks=2, scope=("area", 1))
    assert report.wip == 1 and report.wip_by_status == {DOING: 1}
    (aging,) = report.aging
    assert aging.task_id == 4 and aging.days == pytest.approx(2.625) and not aging.over_p85
    assert report.on_time == 0.5 and report.on_time_count == 2


def test_the_whole_workspace_counts_every_area():
    report = flow_report(history(), TODAY, weeks=2)
    assert report.throughput == [2, 2]


def test_bottleneck_is_the_column_over_its_limit_else_the_longest_wait():
    ws = history()
    report = flow_report(ws, TODAY, weeks=2)
    assert report.bottleneck.status_id == DOING and "longest" in report.bottleneck.reason
    for tid in (5, 1):
        ws.tasks[tid].status_id = DOING
    ws.tasks[1].completed = None
    report = flow_report(ws, TODAY, weeks=2)
    assert report.bottleneck.count == 3 and "over its limit of 2" in report.bottleneck.reason


def test_cumulative_flow_replays_the_history_day_by_day():
    days, counts = cumulative_flow(history(), date(2025, 1, 6), date(2025, 1, 10), scope=("area", 1))
    assert days[0] == date(2025, 1, 6) and len(days) == 5
    assert counts[TODO] == [1, 0, 1, 1, 2]
    assert counts[DOING] == [1, 2, 2, 1, 2]
    assert counts[DONE] == [0, 0, 0, 1, 1]


def test_targets_are_flagged_when_missed_and_an_area_overrides_the_workspace():
    ws = history()
    SetTarget("throughput", 2).apply(ws)
    SetTarget("cycle_time", 5, percentile=85).apply(ws)
    SetTarget("cycle_time", 5, percentile=50, area_id=1).apply(ws)
    SetTarget("wip", 3).apply(ws)
    SetTarget("on_time", 90).apply(ws)
    results = {r.target.metric: r for r in flow_report(ws, TODAY, weeks=2, scope=("area", 1)).targets}
    assert results["throughput"].met is False and results["throughput"].actual == 1.0
    assert results["cycle_time"].met is True and results["cycle_time"].target.area_id == 1
    assert results["cycle_time"].actual == pytest.approx(200 / 3)
    assert results["wip"].met is True
    assert results["on_time"].met is False and results["on_time"].actual == 50
    everywhere = {r.target.metric: r for r in flow_report(ws, TODAY, weeks=2).targets}
    assert everywhere["cycle_time"].met is False  # the workspace's 85 % within 5 days


def test_setting_a_target_again_replaces_it_and_undo_restores_it():
    ws = history()
    first = SetTarget("throughput", 12)
    first.apply(ws)
    again = SetTarget("throughput", 15)
    changes = again.apply(ws)
    assert len(ws.targets) == 1 and ws.targets[first.id].value == 15
    assert changes.updated == {"target": {first.id}}
    again.undo(ws)
    assert ws.targets[first.id].value == 12
    DeleteTarget(first.id).apply(ws)
    assert not ws.targets


def test_impossible_targets_are_refused_with_a_reason():
    ws = history()
    with pytest.raises(ValidationError, match="not a metric"):
        SetTarget("happiness", 3).apply(ws)
    with pytest.raises(ValidationError, match="not possible"):
        SetTarget("cycle_time", 5, percentile=120).apply(ws)
    with pytest.raises(ValidationError, match="more than all"):
        SetTarget("on_time", 150).apply(ws)
    assert not ws.targets


def test_targets_read_as_people_write_them():
    assert parse_target("throughput ≥ 12 a week") == {"metric": "throughput", "value": 12}
    assert parse_target("85 % within 5 days") == {"metric": "cycle_time", "percentile": 85, "value": 5}
    assert parse_target("Lead time 90% within 20 days") == {"metric": "lead_time", "percentile": 90, "value": 20}
    assert parse_target("WIP <= 8")["metric"] == "wip"
    assert parse_target("on time >= 90 %") == {"metric": "on_time", "value": 90}
    with pytest.raises(ValidationError):
        parse_target("more, faster")
    target = SetTarget(**parse_target("85 % within 5 days"))
    ws = history()
    target.apply(ws)
    assert describe_target(ws.targets[target.id]) == "85 % within 5 days (cycle time)"
