"""Work, duration and units kept in MS Project's relation, work = duration × Σ units, by task type.

This module owns the rule of which value an edit recalculates; `commands.edit_task` applies it. Plain numbers in,
plain numbers out: no workspace, no calendar (durations and work are working minutes, units 1.0 = 100 %).

MS Project's rules (its "Change the task type" table, and its effort-driven scheduling), as kept here:

==================  ==================  ==================  ==================
Task type           units revised       duration revised    work revised
==================  ==================  ==================  ==================
fixed units         duration changes    work changes        duration changes
fixed work          duration changes    units change        duration changes
fixed duration      work changes        work changes        units change
==================  ==================  ==================  ==================

- Revising units means changing the units of the people already on the task. Adding or removing people is
  different: an effort-driven task keeps its total work and shares it among the people it now has, so a fixed
  units or fixed work task gets a new duration and a fixed duration task new units for everyone (four painters
  where there were two each work half time). A task that is not effort-driven keeps its duration and its work
  follows the people (each at their units). A fixed work task is always effort-driven, as in MS Project.
- The first people put on a task that has no work yet give it its work (duration × units); when it has work
  already (typed before anyone was on it) an effort-driven or fixed work task keeps it, as above.
- Only work resources count: a material or a cost resource carries no hours.
- When one edit gives two of the three (a duration and units, as a new task from a template does), the third
  follows; given all three, the work follows the duration and units.
- Without people there is nothing to balance: a typed work figure is kept as an estimate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import TaskType


@dataclass(frozen=True)
class Effort:
    """A task's duration and work (working minutes, None when unknown) and the units of its work resources."""

    duration: int | None
    work: int | None
    units: dict[int, float]

    @property
    def total_units(self) -> float:
        return sum(self.units.values())


def balance(task_type: TaskType, effort_driven: bool, before: Effort, after: Effort, given: set[str]) -> Effort:
    """`after` with the value the task type recalculates: `given` names what the edit changed ("duration",
    "work", "units"), `before` is the task before it. Raises ValidationError when no duration can hold the work."""
    if not after.units or not given:
        return after
    if after.work is None and "work" in given:  # work cleared: what the duration and people make
        given = (given - {"work"}) or {"duration"}
    effort_driven = effort_driven or task_type is TaskType.FIXED_WORK
    total = after.total_units
    work = after.work if after.work is not None else _known_work(before)
    if after.duration is None:  # no length yet: the work, when known, gives one
        return after if work is None else replace(after, work=work, duration=round(work / total))
    if len(given) >= 2:
        if "duration" in given and "units" in given:
            return _work_follows(after)
        if "units" in given:  # and work
            return replace(after, duration=round(after.work / total))
        return _units_follow(after, after.work)  # duration and work
    (what,) = given
    if what == "duration":
        if task_type is TaskType.FIXED_WORK and work is not None:
            return _units_follow(after, work)
        return _work_follows(after)
    if what == "work":
        if task_type is TaskType.FIXED_DURATION:
            return _units_follow(after, work)
        return replace(after, duration=round(work / total))
    # Units revised for the people already on the task, or people added or removed.
    if before.units.keys() == after.units.keys():
        keeps_work = task_type is not TaskType.FIXED_DURATION
    else:
        keeps_work = effort_driven
    if work is None or not keeps_work:
        return _work_follows(after)
    if task_type is TaskType.FIXED_DURATION:
        return _units_follow(after, work)
    return replace(after, work=work, duration=round(work / total))


def _known_work(effort: Effort) -> int | None:
    """The work a task had: stored, else what its duration and people made (a task from before work was kept)."""
    if effort.work is not None:
        return effort.work
    if effort.units and effort.duration is not None:
        return round(effort.duration * effort.total_units)
    return None


def _work_follows(effort: Effort) -> Effort:
    return replace(effort, work=round(effort.duration * effort.total_units))


def _units_follow(effort: Effort, work: int) -> Effort:
    """Everyone's units scaled alike so that the duration holds `work`."""
    if effort.duration <= 0:
        raise ValidationError(
            tr("Errors", "no duration holds {value:g} h of work: give the task a duration first").format(
                value=work / 60
            )
        )
    factor = work / (effort.duration * effort.total_units)
    return replace(effort, work=work, units={pid: units * factor for pid, units in effort.units.items()})


def as_percent(units: float) -> str:
    """Units as people read them: 0.5 → "50 %", 1/3 → "33.3 %"."""
    value = units * 100
    return f"{value:.0f} %" if abs(value - round(value)) < 0.05 else f"{value:.1f} %"
