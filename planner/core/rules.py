"""Rules: "when a task moves to Done, create its follow-up". A rule has a scope (everywhere, an area or a project),
a trigger, conditions and actions; what rules do to a change is one more command in the same undo step, and each
firing leaves a line in the rule log. Date triggers (a due date reached or passed) run on a day, not on a change.

Plain Python: the Session runs `RuleEffects` after a change and `run_date_rules` on opening and at midnight.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial

from planner.core.baselines import baseline_bar
from planner.core.board import open_predecessors
from planner.core.changes import Changes
from planner.core.command import Batch, Clock, Command, before_all, now
from planner.core.commands import CreateTask, EditTask, LinkTasks
from planner.core.errors import ValidationError
from planner.core.filters import due_date
from planner.core.i18n import plural, tr
from planner.core.model import ChecklistItem, Priority, StatusKind, Task, Workspace

MAX_DEPTH = 3  # a rule's effect may trigger rules, and theirs, this deep; no further
MAX_CREATED = 100  # tasks one change may make rules create; beyond it the rules are stopped

TRIGGERS = frozenset({"created", "moved_to", "completed", "blocked", "unblocked", "assignee_changed", "label_changed",
                      "due", "occurrence_created", "milestone_slipped"})  # fmt: skip
DATE_TRIGGERS = frozenset({"due"})
ACTIONS = frozenset({"set_status", "set_priority", "assign", "add_label", "set_due", "add_checklist", "create_task",
                     "focus_top", "add_note"})  # fmt: skip


def trigger_words(event: str) -> str:
    """How a trigger reads after "When a task …", with {status} and {days} to fill."""
    return {
        "created": tr("Rules", "is created"),
        "moved_to": tr("Rules", "moves to {status}"),
        "completed": tr("Rules", "is completed"),
        "blocked": tr("Rules", "becomes blocked"),
        "unblocked": tr("Rules", "is no longer blocked"),
        "assignee_changed": tr("Rules", "gets a different assignee"),
        "label_changed": tr("Rules", "gets its labels changed"),
        "due": tr("Rules", "is due ({days} days ago or more)"),
        "occurrence_created": tr("Rules", "is created by a routine"),
        "milestone_slipped": tr("Rules", "is a milestone that slips past its baseline"),
    }[event]


def action_words(do: str) -> str:
    """How an action reads after "When a task …, ", with the fields of `_action_words` to fill."""
    return {
        "set_status": tr("Rules", "move it to {status}"),
        "set_priority": tr("Rules", "set its priority to {priority}"),
        "assign": tr("Rules", "assign it to {person}"),
        "add_label": tr("Rules", "label it {label}"),
        "set_due": tr("Rules", "make it due {days}"),
        "add_checklist": tr("Rules", "add the checklist {items}"),
        "create_task": tr("Rules", "create “{title}” due {days}"),
        "focus_top": tr("Rules", "raise it to Urgent (the top of the focus list)"),
        "add_note": tr("Rules", "add the note “{text}”"),
    }[do]


# Actions that set one field of the triggering task: two rules setting it differently on one change contradict.
_SETS = {"set_status": "status_id", "set_priority": "priority", "set_due": "deadline", "focus_top": "priority"}


@dataclass
class Rule:
    id: int
    name: str
    trigger: dict  # {"event": "moved_to", "status_id": 3}; "due" takes "days" (0: the day it is due)
    conditions: dict = field(default_factory=dict)  # label_id, priority, person_id, title_contains
    actions: list = field(default_factory=list)  # [{"do": "create_task", "title": "…", "days": 1, …}, …]
    enabled: bool = True
    area_id: int | None = None  # scope: an area, a project, or (both None) everywhere
    project_id: int | None = None
    position: int = 0  # rules apply in this order; a later rule's value wins, and the log says so
    checked_through: date | None = None  # the last day a date trigger was run for (catch-up starts after it)


@dataclass
class RuleLog:
    """One thing a rule did (or was stopped from doing), with the change that triggered it."""

    id: int
    rule_id: int
    rule_name: str  # kept: the rule may be renamed or deleted later
    at: datetime
    change: str  # the undo text of the change that triggered it ("Move to Done"), or "Due dates"
    task_id: int | None
    did: str


# -- checking and words ----------------------------------------------------------------------------------
def problems(ws: Workspace, rule: Rule) -> list[str]:
    """Why `rule` cannot work (a person, label, status, area or project it names is gone); empty when it can."""
    found = []
    refs = [("status", rule.trigger.get("status_id"), "trigger")]
    refs += [(kind, rule.conditions.get(f"{kind}_id"), "condition") for kind in ("label", "person")]
    refs += [("area", rule.area_id, "scope"), ("project", rule.project_id, "scope")]
    for action in rule.actions:
        for kind in ("status", "person", "label"):
            refs.append((kind, action.get(f"{kind}_id"), "action"))
    for kind, ident, where in refs:
        if ident is not None and ident not in ws.table(kind):
            found.append(_deleted_words(where, kind))
    return found


def _deleted_words(where: str, kind: str) -> str:
    """ "its action names a label that was deleted": one sentence per part and kind, so each language words it."""
    return {
        ("trigger", "status"): tr("Rules", "its trigger names a status that was deleted"),
        ("condition", "label"): tr("Rules", "its condition names a label that was deleted"),
        ("condition", "person"): tr("Rules", "its condition names a person that was deleted"),
        ("scope", "area"): tr("Rules", "its scope names an area that was deleted"),
        ("scope", "project"): tr("Rules", "its scope names a project that was deleted"),
        ("action", "status"): tr("Rules", "its action names a status that was deleted"),
        ("action", "person"): tr("Rules", "its action names a person that was deleted"),
        ("action", "label"): tr("Rules", "its action names a label that was deleted"),
    }[where, kind]


def check_rule(ws: Workspace, rule: Rule) -> None:
    rule.name = str(rule.name or "").strip()
    if not rule.name:
        raise ValidationError(tr("Errors", "A rule needs a name"))
    event = rule.trigger.get("event")
    if event not in TRIGGERS:
        raise ValidationError(
            tr("Errors", "Rule “{name}”: {event!r} is not a trigger").format(name=rule.name, event=event)
        )
    if event == "moved_to" and rule.trigger.get("status_id") is None:
        raise ValidationError(tr("Errors", "Rule “{name}”: “moves to” needs a column").format(name=rule.name))
    if event == "due" and int(rule.trigger.get("days", 0)) < 0:
        raise ValidationError(
            tr("Errors", "Rule “{name}”: a due trigger counts days after the due date, not before").format(
                name=rule.name
            )
        )
    if not rule.actions:
        raise ValidationError(tr("Errors", "Rule “{name}” needs at least one action").format(name=rule.name))
    for action in rule.actions:
        if action.get("do") not in ACTIONS:
            raise ValidationError(
                tr("Errors", "Rule “{name}”: {action!r} is not an action").format(
                    name=rule.name, action=action.get("do")
                )
            )
        if action["do"] == "create_task" and not str(action.get("title", "")).strip():
            raise ValidationError(tr("Errors", "Rule “{name}”: a task it creates needs a title").format(name=rule.name))


def describe(ws: Workspace, rule: Rule) -> str:
    """The rule in plain words: "When a task in Content moves to Done, create “Share” due 1 working days later"."""
    where = _scope_name(ws, rule)
    trigger = trigger_words(rule.trigger["event"]).format(
        status=_name(ws, "status", rule.trigger.get("status_id")), days=rule.trigger.get("days", 0)
    )
    cond = rule.conditions
    subject = tr("Rules", "a task in {where}").format(where=where) if where else tr("Rules", "a task")
    if cond.get("label_id") is not None:
        subject += tr("Rules", " labelled {label}").format(label=_name(ws, "label", cond["label_id"]))
    if cond.get("priority") is not None:
        subject += tr("Rules", " of {priority} priority").format(priority=Priority(cond["priority"]).label)
    if cond.get("person_id") is not None:
        subject += tr("Rules", " assigned to {person}").format(person=_name(ws, "person", cond["person_id"]))
    if cond.get("title_contains"):
        subject += tr("Rules", " whose title contains “{text}”").format(text=cond["title_contains"])
    actions = tr("Rules", ", then ").join(_action_words(ws, a) for a in rule.actions)
    return tr("Rules", "When {subject} {trigger}, {actions}").format(subject=subject, trigger=trigger, actions=actions)


def _action_words(ws: Workspace, action: dict) -> str:
    words = action_words(action["do"]).format(
        status=_name(ws, "status", action.get("status_id")),
        priority=Priority(action.get("priority", 1)).label,
        person=_name(ws, "person", action.get("person_id")),
        label=_name(ws, "label", action.get("label_id")),
        days=due_words(int(action.get("days", 0))),
        items=", ".join(action.get("items", [])),
        title=action.get("title", ""),
        text=action.get("text", ""),
    )
    if action["do"] == "create_task" and action.get("person_id") is not None:
        words += tr("Rules", ", assigned to {person}").format(person=_name(ws, "person", action["person_id"]))
    return words


def due_words(days: int) -> str:
    """When a created or changed task falls due, counted from the trigger: "1 working day later"."""
    return tr("Rules", "the same working day") if days == 0 else plural("%n working day(s) later", None, days)


def _name(ws: Workspace, kind: str, ident) -> str:
    obj = ws.table(kind).get(ident)
    if obj is not None:
        return obj.name
    return {
        "status": tr("Rules", "(deleted status)"),
        "person": tr("Rules", "(deleted person)"),
        "label": tr("Rules", "(deleted label)"),
        "area": tr("Rules", "(deleted area)"),
        "project": tr("Rules", "(deleted project)"),
    }.get(kind, kind)


def _scope_name(ws: Workspace, rule: Rule) -> str:
    if rule.project_id is not None:
        return _name(ws, "project", rule.project_id)
    if rule.area_id is not None:
        return _name(ws, "area", rule.area_id)
    return ""


# -- what a change triggered ---------------------------------------------------------------------------
Before = Callable[[str, int, object], object]  # (kind, id, now) -> the object before the change


def events(ws: Workspace, changes: Changes, before: Before, wanted: set[str]) -> list[tuple[str, int, dict]]:
    """The trigger events in `changes` that some rule wants: (event, task id, details), in task id order."""
    found: list[tuple[str, int, dict]] = []
    tasks = ws.tasks
    created = changes.created.get("task", set())
    if "created" in wanted or "occurrence_created" in wanted:
        for tid in sorted(created):
            task = tasks.get(tid)
            if task is not None:
                found.append(("occurrence_created" if task.routine_id is not None else "created", tid, {}))
    if wanted & {"moved_to", "completed"}:
        done = ws.done_status_ids()
        for cid in sorted(changes.created.get("status_change", ())):
            change = ws.status_changes.get(cid)
            if change is None or change.task_id not in tasks or change.task_id in created:
                continue
            found.append(("moved_to", change.task_id, {"status_id": change.to_status_id}))
            if change.to_status_id in done and change.from_status_id not in done:
                found.append(("completed", change.task_id, {}))
    updated = sorted(changes.updated.get("task", ()))
    if wanted & {"assignee_changed", "label_changed", "milestone_slipped"}:
        for tid in updated:
            task = tasks[tid]
            was = before("task", tid, task)
            if was is None or was is task:  # created by the change, or not recorded by it
                continue
            if set(was.assignments) != set(task.assignments):
                found.append(("assignee_changed", tid, {}))
            if was.labels != task.labels:
                found.append(("label_changed", tid, {}))
            if task.milestone and _slipped(ws, task, was):
                found.append(("milestone_slipped", tid, {}))
    if wanted & {"blocked", "unblocked"}:
        found += _blocking_events(ws, changes, before)
    return found


def _slipped(ws: Workspace, task: Task, was: Task) -> bool:
    bar = baseline_bar(ws, task.id)
    if bar is None or task.finish is None:
        return False
    planned = bar[1]
    return task.finish > planned and (was.finish is None or was.finish <= planned)


def _blocking_events(ws: Workspace, changes: Changes, before: Before) -> list[tuple[str, int, dict]]:
    """Tasks that became blocked (an unfinished predecessor) or unblocked by this change."""
    candidates = set(changes.updated.get("task", ())) | set(changes.created.get("task", ()))
    for cid in changes.created.get("status_change", ()):
        change = ws.status_changes.get(cid)
        if change is not None:
            candidates |= {ws.dependencies[d].successor_id for d in ws.links_out(change.task_id)}
    for what in ("created", "updated", "deleted"):
        for did in getattr(changes, what).get("dependency", ()):
            dep = ws.dependencies.get(did) or before("dependency", did, None)
            if dep is not None:
                candidates.add(dep.successor_id)
    done = ws.done_status_ids()
    was_done = {s.id for s in ws.statuses.values() if s.kind is StatusKind.DONE}
    out = []
    for tid in sorted(candidates):
        task = ws.tasks.get(tid)
        if task is None or task.status_id in done:
            continue
        blocked = bool(open_predecessors(ws, task, done))
        if before("task", tid, task) is None:  # created by this change: blocked from the start, not "became"
            continue
        blocked_before = _blocked_before(ws, tid, before, was_done, changes)
        if blocked != blocked_before:
            out.append(("blocked" if blocked else "unblocked", tid, {}))
    return out


def _blocked_before(ws: Workspace, tid: int, before: Before, done: set[int], changes: Changes) -> bool:
    dep_ids = set(ws.links_in(tid)) | set(changes.deleted.get("dependency", ()))
    for did in dep_ids:
        dep = before("dependency", did, ws.dependencies.get(did))
        if dep is None or dep.successor_id != tid:
            continue
        pred = before("task", dep.predecessor_id, ws.tasks.get(dep.predecessor_id))
        if pred is not None and pred.status_id not in done:
            return True
    return False


def applies(ws: Workspace, rule: Rule, task: Task, details: dict) -> bool:
    """Whether `rule`'s trigger details, scope and conditions hold for `task`."""
    if rule.trigger["event"] == "moved_to" and rule.trigger.get("status_id") != details.get("status_id"):
        return False
    if rule.project_id is not None and task.project_id != rule.project_id:
        return False
    if rule.area_id is not None and task.area_id != rule.area_id:
        return False
    cond = rule.conditions
    if cond.get("label_id") is not None and cond["label_id"] not in task.labels:
        return False
    if cond.get("priority") is not None and task.priority != cond["priority"]:
        return False
    if cond.get("person_id") is not None and cond["person_id"] not in task.assignments:
        return False
    text = cond.get("title_contains")
    return not text or text.casefold() in task.title.casefold()


@dataclass
class Firing:
    rule: Rule
    task_id: int
    on: date  # the day dates are counted from: the change's day, or the due date


def firings(
    ws: Workspace, changes: Changes, before: Before, on: date, fired: set[int], rules: Iterable[Rule] | None = None
) -> list[Firing]:
    """The rules `changes` triggers, in rule order, leaving out rules in `fired` (a rule fires at most once on
    one change, whatever its effects trigger) and broken rules."""
    active = [r for r in (ws.rules.values() if rules is None else rules) if r.enabled and r.id not in fired]
    by_event: dict[str, list[Rule]] = {}
    for rule in active:
        if rule.trigger["event"] not in DATE_TRIGGERS:
            by_event.setdefault(rule.trigger["event"], []).append(rule)
    if not by_event:
        return []
    out = []
    for event, tid, details in events(ws, changes, before, set(by_event)):
        task = ws.tasks[tid]
        for rule in by_event.get(event, ()):
            if applies(ws, rule, task, details) and not problems(ws, rule):
                out.append(Firing(rule, tid, on))
    return _in_order(out)


def _in_order(found: list[Firing]) -> list[Firing]:
    return sorted(found, key=lambda f: (f.rule.position, f.rule.id, f.task_id))


# -- doing it -------------------------------------------------------------------------------------------
class RuleEffects(Batch):
    """What rules do about one change: their actions on the tasks that triggered them, and a log line each.

    Rules apply in their list order; when two set one field of a task to different values, the later one wins
    and its log line names the one it overrode. A change whose rules would create more than MAX_CREATED tasks
    is stopped: nothing of them happens, and the log says why. Built on the first apply; a redo replays it.
    """

    def __init__(self, found: list[Firing], change: str, clock: Clock = now) -> None:
        super().__init__([], "Rules")
        self.found, self.change, self.clock = found, change, clock
        self.notices: list[str] = []  # what the user should be told (a stopped rule)
        self._built = False

    @property
    def rule_names(self) -> list[str]:
        return list(dict.fromkeys(f.rule.name for f in self.found))

    def apply(self, ws: Workspace) -> Changes:
        if self._built:
            return super().apply(ws)
        self._built = True
        changes = Changes()
        try:
            self._build(ws, changes)
        except Exception:
            for command in reversed(self.commands):
                command.undo(ws)
            self.commands = []
            raise
        return changes

    def _run(self, ws: Workspace, changes: Changes, command: Command) -> Command:
        changes.merge(command.apply(ws))
        self.commands.append(command)
        return command

    def _build(self, ws: Workspace, changes: Changes) -> None:
        stamp = self.clock()
        creating = sum(_tasks_created(f.rule) for f in self.found)
        if creating > MAX_CREATED:
            message = tr(
                "Rules",
                "Stopped: this change would make rules create {count} tasks (more than {most}); none were created",
            ).format(count=creating, most=MAX_CREATED)
            self.notices.append(
                tr("Rules", "{rules}: {message}").format(rules=", ".join(self.rule_names), message=message)
            )
            for rule in {f.rule.id: f.rule for f in self.found}.values():
                self._run(ws, changes, _AddLog(rule, stamp, self.change, None, message))
            return
        set_by: dict[tuple[int, str], tuple[str, object]] = {}
        for firing in self.found:
            task = ws.tasks.get(firing.task_id)
            if task is None:
                continue
            did = []
            for action in firing.rule.actions:
                words = self._act(ws, changes, firing, action, stamp)
                key = (firing.task_id, _SETS.get(action["do"], ""))
                if key[1]:
                    value = getattr(ws.tasks[firing.task_id], key[1])
                    earlier = set_by.get(key)
                    if earlier is not None and earlier[0] != firing.rule.name and earlier[1] != value:
                        words += tr(
                            "Rules", " (overriding rule “{rule}”: rules apply in list order, the later one wins)"
                        ).format(rule=earlier[0])
                    set_by[key] = (firing.rule.name, value)
                did.append(words)
            self._run(ws, changes, _AddLog(firing.rule, stamp, self.change, firing.task_id, "; ".join(did)))

    def _act(self, ws: Workspace, changes: Changes, firing: Firing, action: dict, stamp: datetime) -> str:
        task = ws.tasks[firing.task_id]
        do = action["do"]
        fields: dict = {}
        if do == "set_status":
            fields["status_id"] = action["status_id"]
        elif do == "set_priority":
            fields["priority"] = action["priority"]
        elif do == "focus_top":
            fields["priority"] = Priority.URGENT
        elif do == "assign":
            fields["assignments"] = {**task.assignments, action["person_id"]: task.assignments.get(
                action["person_id"], 1.0)}  # fmt: skip
        elif do == "add_label":
            fields["labels"] = task.labels | {action["label_id"]}
        elif do == "set_due":
            fields["deadline"] = due_after(ws, firing.on, int(action.get("days", 0)))
        elif do == "add_checklist":
            have = {item.text for item in task.checklist}
            new = [ChecklistItem(text) for text in action.get("items", []) if text not in have]
            fields["checklist"] = [*task.checklist, *new]
        elif do == "add_note":
            fields["notes"] = (task.notes + "\n" if task.notes else "") + action.get("text", "")
        elif do == "create_task":
            return self._create(ws, changes, firing, action)
        self._run(ws, changes, EditTask(task.id, clock=lambda: stamp, **fields))
        return tr("Rules", "{action} on “{title}”").format(action=_action_words(ws, action), title=task.title)

    def _create(self, ws: Workspace, changes: Changes, firing: Firing, action: dict) -> str:
        """The task an action creates (and its linked follow-ups, each after the one before), beside the trigger."""
        task = ws.tasks[firing.task_id]
        made: list[int] = []
        for part in [action, *action.get("then", [])]:
            fields: dict = {"deadline": due_after(ws, firing.on, int(part.get("days", 0)))}
            if part.get("person_id") is not None:
                fields["assignments"] = {part["person_id"]: 1.0}
            created = self._run(ws, changes, CreateTask(task.container(), part["title"], clock=self.clock, **fields))
            if made:
                self._run(ws, changes, LinkTasks(made[-1], created.id))
            made.append(created.id)
        titles = ", ".join(f"“{ws.tasks[t].title}”" for t in made)
        return tr("Rules", "created {titles} after “{title}”").format(titles=titles, title=task.title)


def _tasks_created(rule: Rule) -> int:
    return sum(1 + len(a.get("then", [])) for a in rule.actions if a["do"] == "create_task")


def due_after(ws: Workspace, day: date, days: int) -> datetime:
    """The end of the working day `days` working days after `day` on the workspace calendar."""
    cal = ws.calendar
    for _ in range(366 * 3):  # a calendar with no working day at all gives the plain day instead
        if days <= 0 and cal.is_working_day(day):
            return cal.day_end(day)
        day += timedelta(days=1)
        if cal.is_working_day(day):
            days -= 1
    return datetime.combine(day, time(17))


class _AddLog(Command):
    def __init__(self, rule: Rule, at: datetime, change: str, task_id: int | None, did: str) -> None:
        super().__init__()
        self.rule, self.at, self.change, self.task_id, self.did = rule, at, change, task_id, did

    def _do(self, ws: Workspace) -> None:
        entry = RuleLog(self.stable_id(ws, "rule_log"), self.rule.id, self.rule.name, self.at, self.change,
                        self.task_id, self.did)  # fmt: skip
        self.create(ws, "rule_log", entry)


def react(
    ws: Workspace, done: list[Command], changes: Changes, text: str, today: date, clock: Clock = now
) -> tuple[list[RuleEffects], Changes]:
    """Run the rules that `changes` (made by the commands `done`) triggers, and those their effects trigger in
    turn, MAX_DEPTH deep; each rule fires at most once on one change. Returns the effects applied, in order, and
    what they changed together."""
    total = Changes()
    if not ws.rules:
        return [], total
    fired: set[int] = set()
    out: list[RuleEffects] = []
    sources, since = list(done), changes
    for _ in range(MAX_DEPTH):
        found = firings(ws, since, partial(before_all, sources), today, fired)
        if not found:
            break
        fired |= {f.rule.id for f in found}
        effects = RuleEffects(found, text, clock)
        out.append(effects)
        since = effects.apply(ws)
        total.merge(since)
        sources = [effects]
    return out, total


# -- date triggers -------------------------------------------------------------------------------------
def due_firings(ws: Workspace, today: date) -> tuple[list[Firing], list[int]]:
    """What date rules owe up to `today`: each unfinished task whose due date plus the rule's days fell after the
    day the rule last ran and on or before today fires once (a week closed is caught up once, not seven
    times). A rule never run before looks at today only. Returns the firings and the rules that ran."""
    rules = [r for r in ws.rules.values() if r.enabled and r.trigger["event"] in DATE_TRIGGERS and not problems(ws, r)]
    rules = [r for r in rules if r.checked_through is None or r.checked_through < today]
    if not rules:
        return [], []
    done = ws.done_status_ids()
    open_tasks = [
        t for t in ws.tasks.values()
        if t.status_id not in done and t.completed is None and due_date(t) is not None
        and not (t.recurrence and t.routine_id is None) and not ws.is_summary(t.id)
    ]  # fmt: skip
    out = []
    for rule in rules:
        first = today if rule.checked_through is None else rule.checked_through + timedelta(days=1)
        lag = timedelta(days=int(rule.trigger.get("days", 0)))
        for task in open_tasks:
            day = due_date(task).date() + lag
            if first <= day <= today and applies(ws, rule, task, {}):
                out.append(Firing(rule, task.id, day))
    return _in_order(out), [r.id for r in rules]


class RunDateRules(Batch):
    """The date rules owed up to `today`, and each such rule marked as run through today."""

    def __init__(self, today: date, clock: Clock = now) -> None:
        super().__init__([], tr("Commands", "Due-date rules"))
        self.today, self.clock = today, clock
        self.effects: RuleEffects | None = None

    def apply(self, ws: Workspace) -> Changes:
        if not self.commands:
            found, ran = due_firings(ws, self.today)
            if not ran:
                return Changes()
            self.effects = RuleEffects(found, tr("Commands", "Due dates"), self.clock)
            self.commands = [self.effects, *(EditRule(rid, checked_through=self.today) for rid in ran)]
        return super().apply(ws)


# -- editing rules --------------------------------------------------------------------------------------
class AddRule(Command):
    def __init__(self, name: str, trigger: dict, actions: list, **fields) -> None:
        super().__init__()
        self.fields = dict(fields, name=name, trigger=trigger, actions=actions)
        self.text = tr("Commands", "New rule “{name}”").format(name=name)

    def _do(self, ws: Workspace) -> None:
        self.id = self.stable_id(ws, "rule")
        fields = dict(self.fields)
        fields.setdefault("position", max((r.position for r in ws.rules.values()), default=-1) + 1)
        rule = Rule(id=self.id, **fields)
        check_rule(ws, rule)
        self.create(ws, "rule", rule)


class EditRule(Command):
    def __init__(self, rule_id: int, **fields) -> None:
        super().__init__()
        self.rule_id, self.fields = rule_id, fields
        self.text = tr("Commands", "Edit rule")

    def _do(self, ws: Workspace) -> None:
        if self.rule_id not in ws.rules:
            raise ValidationError(tr("Errors", "There is no rule {rule_id}").format(rule_id=self.rule_id))
        self.touch(ws, "rule", self.rule_id)
        rule = ws.rules[self.rule_id]
        for name, value in self.fields.items():
            if name == "id" or not hasattr(rule, name):
                raise ValueError(f"a rule has no field {name}")
            setattr(rule, name, value)
        check_rule(ws, rule)


class DeleteRule(Command):
    """Delete a rule; its log lines stay (they name it), as what it did is history."""

    def __init__(self, rule_id: int) -> None:
        super().__init__()
        self.rule_id = rule_id
        self.text = tr("Commands", "Delete rule")

    def _do(self, ws: Workspace) -> None:
        if self.rule_id not in ws.rules:
            raise ValidationError(tr("Errors", "There is no rule {rule_id}").format(rule_id=self.rule_id))
        self.text = tr("Commands", "Delete rule “{name}”").format(name=ws.rules[self.rule_id].name)
        self.delete(ws, "rule", self.rule_id)


def preview(ws: Workspace, rule: Rule, today: date, days: int = 30) -> tuple[str, list[str]]:
    """What `rule` would have done over the last `days` days, read from the history the workspace keeps: status
    changes (moved to, completed), creation times (created, by a routine) and due dates. Returns what the preview
    covers and one line per firing; other triggers leave no history to read, and the first part says so."""
    broken = problems(ws, rule)
    if broken:
        return tr("Rules", "This rule is broken: {problems}. It would do nothing.").format(
            problems="; ".join(broken)
        ), []
    event = rule.trigger["event"]
    first = datetime.combine(today - timedelta(days=days), time())
    last = datetime.combine(today, time.max)
    if event in ("moved_to", "completed"):
        covers, hits = plural("status changes in the last %n day(s)", None, days), _moves_since(ws, rule, first)
    elif event in ("created", "occurrence_created"):
        routine = event == "occurrence_created"
        covers = plural("tasks created in the last %n day(s)", None, days)
        hits = [
            (t.created, t) for t in ws.tasks.values()
            if t.created and first <= t.created and (t.routine_id is not None) == routine and applies(ws, rule, t, {})
        ]  # fmt: skip
    elif event == "due":
        covers = plural("due dates in the last %n day(s) of work still open", None, days)
        lag, done = timedelta(days=int(rule.trigger.get("days", 0))), ws.done_status_ids()
        dues = [(due_date(t), t) for t in ws.tasks.values() if t.status_id not in done and due_date(t) is not None]
        hits = [(due + lag, t) for due, t in dues if first <= due + lag <= last and applies(ws, rule, t, {})]
    else:
        nothing = tr("Rules", "The workspace keeps no history of “{trigger}”, so there is nothing to preview.")
        return nothing.format(trigger=trigger_words(event)), []
    hits.sort(key=lambda hit: (hit[0], hit[1].id))
    actions = tr("Rules", ", then ").join(_action_words(ws, a) for a in rule.actions)
    line = tr("Rules", "{at:%a %d %b}: “{title}”: {actions}")
    return tr("Rules", "Covers {covers}.").format(covers=covers), [
        line.format(at=at, title=task.title, actions=actions) for at, task in hits
    ]


def _moves_since(ws: Workspace, rule: Rule, first: datetime) -> list[tuple[datetime, Task]]:
    done = ws.done_status_ids()
    hits = []
    for change in ws.status_changes.values():
        task = ws.tasks.get(change.task_id)
        if task is None or change.at < first:
            continue
        if rule.trigger["event"] == "completed" and not (
            change.to_status_id in done and change.from_status_id not in done
        ):
            continue
        if applies(ws, rule, task, {"status_id": change.to_status_id}):
            hits.append((change.at, task))
    return hits


def rule_log(ws: Workspace, since: datetime | None = None, until: datetime | None = None) -> list[RuleLog]:
    """The rule log, newest first, within `since`…`until` when given."""
    rows = [
        e for e in ws.rule_logs.values()
        if (since is None or e.at >= since) and (until is None or e.at < until)
    ]  # fmt: skip
    return sorted(rows, key=lambda e: (e.at, e.id), reverse=True)
