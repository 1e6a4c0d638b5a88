"""A project's charter beyond its own fields: deliverables (linked to the tasks that produce them, with acceptance),
success criteria (measure, target, current value, status) and overall health, derived from schedule and cost
variance unless someone overrode it with a comment. Plain Python: no Qt, no storage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Workspace


class Acceptance(StrEnum):
    PENDING = "pending"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        names = {
            Acceptance.PENDING: tr("Values", "Pending"),
            Acceptance.SUBMITTED: tr("Values", "Submitted"),
            Acceptance.ACCEPTED: tr("Values", "Accepted"),
            Acceptance.REJECTED: tr("Values", "Rejected"),
        }
        return names[self]


class CriterionStatus(StrEnum):
    NOT_MEASURED = "not measured"
    ON_TRACK = "on track"
    AT_RISK = "at risk"
    MET = "met"
    MISSED = "missed"

    @property
    def label(self) -> str:
        names = {
            CriterionStatus.NOT_MEASURED: tr("Values", "Not measured"),
            CriterionStatus.ON_TRACK: tr("Values", "On track"),
            CriterionStatus.AT_RISK: tr("Values", "At risk"),
            CriterionStatus.MET: tr("Values", "Met"),
            CriterionStatus.MISSED: tr("Values", "Missed"),
        }
        return names[self]


class Health(StrEnum):
    ON_TRACK = "on track"
    AT_RISK = "at risk"
    OFF_TRACK = "off track"

    @property
    def label(self) -> str:
        names = {
            Health.ON_TRACK: tr("Values", "On track"),
            Health.AT_RISK: tr("Values", "At risk"),
            Health.OFF_TRACK: tr("Values", "Off track"),
        }
        return names[self]


@dataclass
class Deliverable:
    id: int
    project_id: int
    name: str
    description: str = ""
    task_ids: list[int] = field(default_factory=list)  # the tasks or milestone that produce it
    acceptance: Acceptance = Acceptance.PENDING
    due: date | None = None
    position: int = 0


@dataclass
class SuccessCriterion:
    id: int
    project_id: int
    name: str
    measure: str = ""  # how it is measured ("App store rating, 30-day average")
    target: str = ""  # "≥ 4.3"
    current: str = ""  # the last measured value
    status: CriterionStatus = CriterionStatus.NOT_MEASURED
    position: int = 0


def check_deliverable(ws: Workspace, item: Deliverable) -> None:
    check_named(ws, item, "deliverable")
    what = tr("Errors", "Deliverable “{name}”").format(name=item.name)
    item.acceptance = parse_enum(Acceptance, item.acceptance, what, tr("Errors", "an acceptance status"))
    item.task_ids = project_task_ids(ws, item.project_id, item.task_ids, what)


def check_criterion(ws: Workspace, item: SuccessCriterion) -> None:
    check_named(ws, item, "success criterion")
    what = tr("Errors", "Criterion “{name}”").format(name=item.name)
    item.status = parse_enum(CriterionStatus, item.status, what, tr("Errors", "a criterion status"))


# -- rules every project register record shares (risks and stakeholders use them too) ---------------------
def check_named(ws: Workspace, item, noun: str) -> None:
    """A record belongs to an existing project and has a name (stripped)."""
    if item.project_id not in ws.projects:
        raise ValidationError(
            tr("Errors", "There is no project {project_id} for this {noun}").format(
                project_id=item.project_id, noun=noun
            )
        )
    item.name = str(item.name or "").strip()
    if not item.name:
        raise ValidationError(tr("Errors", "A {noun} needs a name").format(noun=noun))


def parse_enum(cls, value, what: str, noun: str):
    """`value` as a member of the enum `cls`, or a ValidationError listing the choices."""
    try:
        return cls(value)
    except ValueError:
        choices = ", ".join(v.value for v in cls)
        raise ValidationError(
            tr("Errors", "{what}: {value!r} is not {noun} ({choices})").format(
                what=what, value=value, noun=noun, choices=choices
            )
        ) from None


def project_task_ids(ws: Workspace, project_id: int, task_ids, what: str) -> list[int]:
    """`task_ids` without repeats, each checked to be a task of the project."""
    out = []
    for tid in task_ids:
        task = ws.tasks.get(tid)
        if task is None or task.project_id != project_id:
            raise ValidationError(
                tr("Errors", "{what}: task {tid} is not part of this project").format(what=what, tid=tid)
            )
        if tid not in out:
            out.append(tid)
    return out


# -- health ------------------------------------------------------------------------------------------
ON_TRACK_INDEX = 0.95  # SPI and CPI at or above: on track
OFF_TRACK_INDEX = 0.85  # either below: off track


@dataclass
class HealthReport:
    health: Health
    derived: Health
    overridden: bool
    reasons: list[str]
    comment: str = ""


def derive_health(spi: float | None, cpi: float | None, late_days: float = 0.0) -> tuple[Health, list[str]]:
    """Health from the schedule and cost performance indexes and how late the forecast finish is."""
    reasons = []
    worst = Health.ON_TRACK
    below = {
        "schedule": tr("Health", "schedule index {index:.2f} is below {limit}"),
        "cost": tr("Health", "cost index {index:.2f} is below {limit}"),
    }
    for name, index in (("schedule", spi), ("cost", cpi)):
        if index is None:
            continue
        index = round(index, 2)  # judged as shown: "0.95 is below 0.95" would read as a contradiction
        if index < OFF_TRACK_INDEX:
            worst = Health.OFF_TRACK
            reasons.append(below[name].format(index=index, limit=OFF_TRACK_INDEX))
        elif index < ON_TRACK_INDEX:
            worst = worst if worst is Health.OFF_TRACK else Health.AT_RISK
            reasons.append(below[name].format(index=index, limit=ON_TRACK_INDEX))
    if late_days > 0:
        worst = worst if worst is Health.OFF_TRACK else Health.AT_RISK
        reasons.append(
            tr("Health", "the forecast finish is {days:g} working days after the target finish").format(days=late_days)
        )
    if not reasons:
        reasons.append(tr("Health", "schedule and cost are within 5 % of plan"))
    return worst, reasons


def project_health(ws: Workspace, project_id: int, ev) -> HealthReport:
    """The project's health: derived from its earned value (`ev`), unless overridden by hand."""
    project = ws.projects[project_id]
    late = 0.0
    target, forecast = project.target_finish, ev.forecast_finish
    if forecast is not None and target is not None and forecast > target:
        cal = ws.calendar
        late = round(cal.working_minutes(target, forecast) / (cal.minutes_per_day or 480), 1)
    derived, reasons = derive_health(ev.spi, ev.cpi, late)
    if project.health_override:
        return HealthReport(Health(project.health_override), derived, True, reasons, project.health_comment)
    return HealthReport(derived, derived, False, reasons, project.health_comment)
