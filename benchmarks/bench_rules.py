"""Times what rules add to an edit (issue #21: ≤ 5 ms with 50 rules in the workspace), on the plan shaped like a
real one that bench_session.py uses (`../shared/bench/gen_planner.py`, 10,000 tasks with people).

The 50 rules cover every change trigger, with scopes and conditions as a team would write them; the few that
match an edit act on it (a note, a label), so the figures include rules that fire. Three kinds of edit, each
run first with no rules and then with the 50: a card moved to another column, a duration (rescheduled), a title.
Also timed alone: the rules' part of each edit (`react`), measured inside the Session.

Run: python benchmarks/bench_rules.py [--tasks 10000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_session import plan_file

import planner.session
from planner.core.board import MoveCards
from planner.core.commands import AddObject, EditTask
from planner.core.rules import AddRule
from planner.io.apply import ApplyImport
from planner.io.formats import import_file
from planner.session import Session

EVENTS = ["created", "moved_to", "completed", "blocked", "unblocked", "assignee_changed", "label_changed",
          "occurrence_created", "milestone_slipped", "due"]  # fmt: skip


def fifty_rules(session: Session) -> None:
    ws = session.ws
    statuses = [s.id for s in ws.ordered("status")]
    session.run(AddObject("label", name="Followed up"))
    label = max(ws.labels)
    people = sorted(ws.people)
    projects = sorted(ws.projects)
    for n in range(50):
        event = EVENTS[n % len(EVENTS)]
        trigger = (
            {"event": event, "status_id": statuses[n % len(statuses)]} if event == "moved_to" else {"event": event}
        )
        conditions = [{}, {"title_contains": "review"}, {"person_id": people[n % len(people)]}, {"priority": 2},
                      {"label_id": label}][n // 10]  # fmt: skip
        action = [{"do": "add_note", "text": "Seen by a rule"}, {"do": "add_label", "label_id": label},
                  {"do": "focus_top"}][n % 3]  # fmt: skip
        scope = {"project_id": projects[n % len(projects)]} if n % 4 == 0 and projects else {}
        session.run(AddRule(f"rule {n}", trigger, [action], conditions=conditions, **scope))


def timed(action, runs: int) -> list[float]:
    times = []
    for n in range(runs):
        started = time.perf_counter()
        action(n)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    source = plan_file(folder, args.tasks)
    session = Session.open(folder / "rules.planner")
    session.run(ApplyImport(import_file(source)))
    ws = session.ws
    print(f"workspace: {len(ws.tasks):,} tasks, {len(ws.dependencies):,} links, {len(ws.people)} people")
    session.schedule  # noqa: B018 - the window has one before the first edit
    leaves = [t.id for t in ws.tasks.values() if t.duration and not ws.is_summary(t.id)]
    picks = leaves[:: max(1, len(leaves) // 40)][:40]
    columns = [s.id for s in ws.ordered("status")]
    rule_times: list[float] = []
    react = planner.session.react

    def timed_react(*args, **kwargs):
        started = time.perf_counter()
        try:
            return react(*args, **kwargs)
        finally:
            rule_times.append(time.perf_counter() - started)

    planner.session.react = timed_react
    edits = {
        "a card moved to another column": lambda n: session.run(
            MoveCards([picks[n]], columns[(columns.index(ws.tasks[picks[n]].status_id) + 1) % len(columns)])
        ),
        "a duration (rescheduled)": lambda n: session.run(
            EditTask(picks[n], duration=ws.tasks[picks[n]].duration + 480)
        ),
        "a title": lambda n: session.run(EditTask(picks[n], title=f"{ws.tasks[picks[n]].title}!")),
    }
    results = {}
    for rules in (0, 50):
        if rules:
            fifty_rules(session)
        for label, edit in edits.items():
            rule_times.clear()
            whole = timed(edit, len(picks))
            results[(label, rules)] = (statistics.median(whole), statistics.median(rule_times), len(ws.rule_logs))
            for _ in picks:  # back as it was, so both rounds make the same edits on the same plan
                session.undo()
    for label in edits:
        (none, _, _), (fifty, part, fired) = results[(label, 0)], results[(label, 50)]
        print(f"{label}: no rules {none * 1000:.1f} ms, {len(ws.rules)} rules {fifty * 1000:.1f} ms (median of "
              f"{len(picks)}); the rules' part {part * 1000:.2f} ms; rules fired {fired} times")  # fmt: skip
    session.close()


if __name__ == "__main__":
    main()
