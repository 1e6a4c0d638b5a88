"""Builds large, realistic workspaces for benchmarks: projects three levels deep with acyclic links, areas of
routines and backlog, people, labels and statuses. Objects go straight into the tables (no commands) for speed.

Run: python benchmarks/generate.py [--tasks N] [--links N] [--people N] [--seed N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.core.model import (
    Area,
    ChecklistItem,
    Dependency,
    Label,
    LinkType,
    Person,
    Priority,
    Project,
    Status,
    StatusChange,
    StatusKind,
    Task,
    Workspace,
)

START = datetime(2025, 1, 6, 8, 0)  # a Monday; fixed so the same seed always gives the same workspace
DAY = 480
AREA_SHARE = 0.2  # a fifth of the tasks are ongoing work
TASKS_PER_PROJECT = 1250
ROUTINE_RULES = ("FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=1MO", "FREQ=DAILY")
LINK_TYPES = (LinkType.FS,) * 90 + (LinkType.SS,) * 6 + (LinkType.FF,) * 3 + (LinkType.SF,)
CROSS_PROJECT = 0.01
STATUS_DATE = START + timedelta(
    weeks=16
)  # work before it is done or under way  # share of links from an earlier project to a later one


def build_large(tasks: int = 10_000, links: int = 15_000, people: int = 50, seed: int = 1) -> Workspace:
    """A workspace of exactly `tasks` tasks and `people` people, and up to `links` acyclic links (exactly, unless
    the plan has too few tasks to hold them)."""
    return _Builder(random.Random(seed)).build(tasks, links, people)


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ws = Workspace()
        self.next_task = 1
        self.leaves: list[tuple[int, int]] = []  # (project id, task id) of project leaves, in plan order

    def build(self, tasks: int, links: int, people: int) -> Workspace:
        ws = self.ws
        self.lookups(people)
        area_tasks = int(tasks * AREA_SHARE) if tasks >= 20 else 0
        project_tasks = tasks - area_tasks
        projects = max(1, round(project_tasks / TASKS_PER_PROJECT))
        for index in range(projects):
            share = project_tasks // projects + (1 if index < project_tasks % projects else 0)
            self.project(index + 1, share)
        areas = min(6, max(1, area_tasks // 50)) if area_tasks else 0
        for index in range(areas):
            share = area_tasks // areas + (1 if index < area_tasks % areas else 0)
            self.area(index + 1, share)
        self.link(links)
        self.history()
        ws.rebuild_indexes()
        self.roll_up()
        return ws

    # -- lists ---------------------------------------------------------------------------------------
    def lookups(self, people: int) -> None:
        ws, rng = self.ws, self.rng
        columns = (
            ("To do", StatusKind.TODO, 0),
            ("In progress", StatusKind.DOING, 8),
            ("Review", StatusKind.DOING, 4),
            ("Done", StatusKind.DONE, 0),
        )
        for i, (name, kind, limit) in enumerate(columns, start=1):
            ws.statuses[i] = Status(id=i, name=name, kind=kind, position=i - 1, wip_limit=limit)
        first = ("Ada", "Ben", "Chloe", "Dev", "Emma", "Felix", "Grace", "Hugo", "Ines", "Jon", "Kira", "Liam")
        last = ("Ames", "Brandt", "Costa", "Dahl", "Evans", "Fischer", "Garcia", "Hale", "Ito", "Jansen", "Khan")
        for i in range(1, people + 1):
            name = f"{first[i % len(first)]} {last[(i // len(first)) % len(last)]}"
            if i > len(first) * len(last):
                name += f" {i}"
            capacity = rng.choice((8.0, 8.0, 8.0, 6.0, 4.0))
            ws.people[i] = Person(
                id=i,
                name=name,
                initials=f"{name[0]}{name.split()[1][0]}{i}",
                capacity=capacity,
                rate=float(rng.randrange(40, 120, 5)),
            )
        for i, name in enumerate(("Bug", "Design", "Backend", "Frontend", "Docs", "Ops", "Quick win", "Blocked"), 1):
            ws.labels[i] = Label(id=i, name=name)

    def team(self, size: int) -> list[int]:
        people = list(self.ws.people)
        return self.rng.sample(people, min(size, len(people))) if people else []

    def new_task(self, title: str, container: tuple[str, int], parent: int | None, position: int, **fields) -> Task:
        tid = self.next_task
        self.next_task += 1
        kind, ident = container
        task = Task(
            id=tid,
            title=title,
            parent_id=parent,
            position=position,
            status_id=1,
            project_id=ident if kind == "project" else None,
            area_id=ident if kind == "area" else None,
            created=START - timedelta(days=30),
            **fields,
        )
        self.ws.tasks[tid] = task
        return task

    # -- projects: phases > deliverables > work packages -------------------------------------------------
    def project(self, pid: int, size: int) -> None:
        rng, cal = self.rng, self.ws.calendar
        begin = cal.next_working(START + timedelta(weeks=2 * (pid - 1)))
        self.ws.projects[pid] = Project(
            id=pid,
            name=f"Project {pid}",
            position=pid - 1,
            start=begin,
            target_finish=begin + timedelta(days=365),
            budget=250_000.0 * pid,
            scope=f"Deliver release {pid}.",
            sponsor="Leadership",
            manager="PMO",
        )
        team = self.team(8)
        left = size
        clock = begin  # leaves start one after another, a few in parallel
        phase_no = 0
        while left > 0:
            phase_no += 1
            phase = self.new_task(f"P{pid} phase {phase_no}", ("project", pid), None, phase_no - 1)
            left -= 1
            for d in range(rng.randint(3, 6)):
                if left <= 0:
                    break
                deliverable = self.new_task(f"P{pid}.{phase_no} deliverable {d + 1}", ("project", pid), phase.id, d)
                left -= 1
                for w in range(rng.randint(4, 12)):
                    if left <= 0:
                        break
                    milestone = w > 0 and rng.random() < 0.03
                    days = 0 if milestone else rng.randint(1, 10)
                    start = cal.next_working(clock + timedelta(days=rng.randint(0, 2)))
                    finish = cal.add_working(start, days * DAY) if days else start
                    who = {rng.choice(team): rng.choice((1.0, 1.0, 0.5))} if team and not milestone else {}
                    task = self.new_task(
                        f"P{pid} task {self.next_task}",
                        ("project", pid),
                        deliverable.id,
                        w,
                        start=start,
                        finish=finish,
                        duration=days * DAY,
                        milestone=milestone,
                        work=days * DAY if who else None,
                        priority=Priority(rng.choice((0, 1, 1, 1, 2, 3))),
                        assignments=who,
                        labels=self.some_labels(),
                    )
                    self.leaves.append((pid, task.id))
                    left -= 1
                    clock += timedelta(hours=rng.choice((0, 2, 4, 8)))

    def some_labels(self) -> set[int]:
        roll = self.rng.random()
        labels = list(self.ws.labels)
        if roll < 0.7 or not labels:
            return set()
        return set(self.rng.sample(labels, 1 if roll < 0.95 else 2))

    # -- areas: routines and a backlog of epics > items > sub-items ------------------------------------------
    def area(self, aid: int, size: int) -> None:
        rng, cal = self.rng, self.ws.calendar
        self.ws.areas[aid] = Area(id=aid, name=f"Area {aid}", position=aid - 1)
        team = self.team(5)
        left, top = size, 0
        for r in range(min(max(1, size // 10), left)):
            start = cal.next_working(START + timedelta(days=r % 5, hours=1))
            self.new_task(
                f"A{aid} routine {r + 1}",
                ("area", aid),
                None,
                top,
                recurrence=rng.choice(ROUTINE_RULES),
                start=start,
                duration=60,
                finish=cal.add_working(start, 60),
                assignments={rng.choice(team): 1.0} if team else {},
                checklist=[ChecklistItem("Prepare"), ChecklistItem("Do"), ChecklistItem("Check")],
            )
            top += 1
            left -= 1
        while left > 0:
            epic = self.new_task(f"A{aid} epic {top + 1}", ("area", aid), None, top)
            top += 1
            left -= 1
            for i in range(rng.randint(3, 10)):
                if left <= 0:
                    break
                item = self.new_task(
                    f"A{aid} item {self.next_task}",
                    ("area", aid),
                    epic.id,
                    i,
                    priority=Priority(rng.randrange(4)),
                    value=rng.randint(1, 13),
                    effort=rng.randint(1, 8),
                    labels=self.some_labels(),
                    assignments={rng.choice(team): 1.0} if team and rng.random() < 0.6 else {},
                )
                left -= 1
                if left > 0 and rng.random() < 0.15:
                    self.new_task(f"A{aid} sub-item {self.next_task}", ("area", aid), item.id, 0)
                    left -= 1

    # -- links and history ------------------------------------------------------------------------------
    def link(self, count: int) -> None:
        """Links only from an earlier leaf to a later one in plan order, so they can never close a loop."""
        rng, leaves = self.rng, self.leaves
        seen: set[tuple[int, int]] = set()
        attempts = 0
        while len(seen) < count and attempts < count * 20 and len(leaves) > 1:
            attempts += 1
            j = rng.randrange(1, len(leaves))
            i = max(0, j - rng.choice((1, 1, 1, 2, 3, 5, 8, 13, 30)))
            if leaves[i][0] != leaves[j][0] and rng.random() > CROSS_PROJECT * 50:
                continue  # keep cross-project links rare
            if rng.random() < CROSS_PROJECT:
                i = rng.randrange(0, j)
            pair = (leaves[i][1], leaves[j][1])
            if pair in seen or pair[0] == pair[1]:
                continue
            seen.add(pair)
            kind = rng.choice(LINK_TYPES)
            lag = rng.choice((0,) * 8 + (DAY, -DAY // 2)) if kind is not LinkType.FS or rng.random() < 0.1 else 0
            did = len(seen)
            self.ws.dependencies[did] = Dependency(did, pair[0], pair[1], kind, lag)

    def history(self) -> None:
        """Tasks that started before the status date are done or in progress, with their status changes."""
        cutoff = STATUS_DATE
        changes = self.ws.status_changes
        for task in self.ws.tasks.values():
            if task.start is None or task.start >= cutoff or task.recurrence:
                continue
            done = task.finish is not None and task.finish < cutoff
            task.started = task.start
            changes[len(changes) + 1] = StatusChange(len(changes) + 1, task.id, 1, 2, task.start)
            if done:
                task.status_id, task.completed, task.percent_complete = 4, task.finish, 100
                changes[len(changes) + 1] = StatusChange(len(changes) + 1, task.id, 2, 4, task.finish)
            else:
                task.status_id, task.percent_complete = 2, self.rng.randrange(10, 100, 10)

    def roll_up(self) -> None:
        """Summary dates span their subtasks (children are created after their parents, so go backwards)."""
        ws = self.ws
        for tid in sorted(ws.tasks, reverse=True):
            children = [ws.tasks[c] for c in ws.children(("task", tid))]
            dated = [c for c in children if c.start is not None]
            if dated:
                task = ws.tasks[tid]
                task.start = min(c.start for c in dated)
                task.finish = max(c.finish for c in dated)
                task.duration = ws.calendar.working_minutes(task.start, task.finish)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--links", type=int, default=15_000)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    began = time.perf_counter()
    ws = build_large(args.tasks, args.links, args.people, args.seed)
    took = time.perf_counter() - began
    print(
        f"built {len(ws.tasks):,} tasks, {len(ws.dependencies):,} links, {len(ws.people)} people, "
        f"{len(ws.projects)} projects, {len(ws.areas)} areas, {len(ws.status_changes):,} status changes "
        f"in {took * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
