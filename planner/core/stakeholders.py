"""The stakeholder register: who they are, their influence and interest (the power/interest grid), current and
desired engagement, the communication plan, and a dated log of interactions and feedback. No Qt, no storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Workspace
from planner.core.project import check_named, parse_enum


class Engagement(StrEnum):
    UNAWARE = "unaware"
    RESISTANT = "resistant"
    NEUTRAL = "neutral"
    SUPPORTIVE = "supportive"
    LEADING = "leading"

    @property
    def label(self) -> str:
        names = {
            Engagement.UNAWARE: tr("Values", "Unaware"),
            Engagement.RESISTANT: tr("Values", "Resistant"),
            Engagement.NEUTRAL: tr("Values", "Neutral"),
            Engagement.SUPPORTIVE: tr("Values", "Supportive"),
            Engagement.LEADING: tr("Values", "Leading"),
        }
        return names[self]


class Quadrant(StrEnum):
    MANAGE_CLOSELY = "Manage closely"
    KEEP_SATISFIED = "Keep satisfied"
    KEEP_INFORMED = "Keep informed"
    MONITOR = "Monitor"


@dataclass
class Stakeholder:
    id: int
    project_id: int
    name: str
    role: str = ""
    organisation: str = ""
    contact: str = ""
    influence: int = 3  # power, 1–5
    interest: int = 3  # 1–5
    current_engagement: Engagement = Engagement.NEUTRAL
    desired_engagement: Engagement = Engagement.SUPPORTIVE
    communication: str = ""  # what they get
    channel: str = ""  # how
    frequency: str = ""  # how often
    communication_owner: str = ""  # who sends it
    position: int = 0

    @property
    def quadrant(self) -> Quadrant:
        return quadrant(self.influence, self.interest)

    @property
    def engagement_gap(self) -> int:
        order = list(Engagement)
        return order.index(self.desired_engagement) - order.index(self.current_engagement)


@dataclass
class Interaction:
    id: int
    stakeholder_id: int
    day: date | None = None
    channel: str = "Meeting"  # meeting, email, call, workshop…
    summary: str = ""
    feedback: str = ""


def quadrant(influence: int, interest: int) -> Quadrant:
    high_power, high_interest = influence >= 3, interest >= 3
    if high_power and high_interest:
        return Quadrant.MANAGE_CLOSELY
    if high_power:
        return Quadrant.KEEP_SATISFIED
    if high_interest:
        return Quadrant.KEEP_INFORMED
    return Quadrant.MONITOR


def check_stakeholder(ws: Workspace, person: Stakeholder) -> None:
    check_named(ws, person, "stakeholder")
    what = tr("Errors", "Stakeholder “{name}”").format(name=person.name)
    for name in ("influence", "interest"):
        value = getattr(person, name)
        if not isinstance(value, int) or not 1 <= value <= 5:
            raise ValidationError(
                tr("Errors", "{what}: {name} must be from 1 to 5, not {value}").format(
                    what=what, name=name, value=value
                )
            )
    for name in ("current_engagement", "desired_engagement"):
        setattr(person, name, parse_enum(Engagement, getattr(person, name), what, tr("Errors", "an engagement level")))


def check_interaction(ws: Workspace, item: Interaction) -> None:
    if item.stakeholder_id not in ws.stakeholders:
        raise ValidationError(
            tr("Errors", "There is no stakeholder {stakeholder_id} for this interaction").format(
                stakeholder_id=item.stakeholder_id
            )
        )
    if item.day is None:
        raise ValidationError(tr("Errors", "An interaction needs a date"))
    if not str(item.summary).strip():
        raise ValidationError(tr("Errors", "An interaction needs a summary of what was said"))


def project_stakeholders(ws: Workspace, project_id: int) -> list[Stakeholder]:
    found = [s for s in ws.stakeholders.values() if s.project_id == project_id]
    return sorted(found, key=lambda s: (s.position, s.id))


def interaction_log(ws: Workspace, stakeholder_id: int) -> list[Interaction]:
    """A stakeholder's interactions, newest first."""
    found = [i for i in ws.interactions.values() if i.stakeholder_id == stakeholder_id]
    return sorted(found, key=lambda i: (i.day or date.min, i.id), reverse=True)
