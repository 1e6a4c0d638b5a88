"""The risk register: risks with probability and impact (1–5), score, response, owner, mitigation tasks, trigger,
contingency, status and review date; the probability × impact heat map and overdue reviews. No Qt, no storage.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Workspace
from planner.core.project import check_named, parse_enum, project_task_ids

SCALE = range(1, 6)
PROBABILITY_WORDS = {1: "Rare", 2: "Unlikely", 3: "Possible", 4: "Likely", 5: "Almost certain"}
IMPACT_WORDS = {1: "Negligible", 2: "Minor", 3: "Moderate", 4: "Major", 5: "Severe"}


class Response(StrEnum):
    AVOID = "avoid"
    MITIGATE = "mitigate"
    TRANSFER = "transfer"
    ACCEPT = "accept"

    @property
    def label(self) -> str:
        names = {
            Response.AVOID: tr("Values", "Avoid"),
            Response.MITIGATE: tr("Values", "Mitigate"),
            Response.TRANSFER: tr("Values", "Transfer"),
            Response.ACCEPT: tr("Values", "Accept"),
        }
        return names[self]


class RiskStatus(StrEnum):
    OPEN = "open"
    OCCURRING = "occurring"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        names = {
            RiskStatus.OPEN: tr("Values", "Open"),
            RiskStatus.OCCURRING: tr("Values", "Occurring"),
            RiskStatus.CLOSED: tr("Values", "Closed"),
        }
        return names[self]


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass
class Risk:
    id: int
    project_id: int
    name: str  # the risk, stated as an event: "The API is late"
    cause: str = ""
    category: str = ""
    owner: str = ""
    probability: int = 3
    impact: int = 3
    response: Response = Response.MITIGATE
    mitigation: str = ""
    task_ids: list[int] = field(default_factory=list)  # tasks that carry the mitigation out
    trigger: str = ""
    contingency: str = ""
    status: RiskStatus = RiskStatus.OPEN
    review_date: date | None = None
    position: int = 0

    @property
    def score(self) -> int:
        return self.probability * self.impact

    @property
    def severity(self) -> Severity:
        return severity(self.probability, self.impact)

    def review_overdue(self, today: date) -> bool:
        return self.status is not RiskStatus.CLOSED and self.review_date is not None and self.review_date < today


def severity(probability: int, impact: int) -> Severity:
    score = probability * impact
    if score >= 15:
        return Severity.HIGH
    if score >= 6:
        return Severity.MEDIUM
    return Severity.LOW


def check_risk(ws: Workspace, risk: Risk) -> None:
    check_named(ws, risk, "risk")
    what = tr("Errors", "Risk “{name}”").format(name=risk.name)
    for name in ("probability", "impact"):
        value = getattr(risk, name)
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError(
                tr("Errors", "{what}: {name} must be a whole number from 1 to 5, not {value!r}").format(
                    what=what, name=name, value=value
                )
            ) from None
        if number != value or number not in SCALE:
            raise ValidationError(
                tr("Errors", "{what}: {name} must be from 1 to 5, not {value}").format(
                    what=what, name=name, value=value
                )
            )
        setattr(risk, name, number)
    risk.response = parse_enum(Response, risk.response, what, tr("Errors", "a response"))
    risk.status = parse_enum(RiskStatus, risk.status, what, tr("Errors", "a risk status"))
    risk.task_ids = project_task_ids(ws, risk.project_id, risk.task_ids, what)


def project_risks(ws: Workspace, project_id: int) -> list[Risk]:
    """A project's risks, highest score first (open before closed)."""
    risks = [r for r in ws.risks.values() if r.project_id == project_id]
    return sorted(risks, key=lambda r: (r.status is RiskStatus.CLOSED, -r.score, r.position, r.id))


def heat_map(risks) -> Counter:
    """How many risks (closed ones left out) sit in each (probability, impact) cell."""
    return Counter((r.probability, r.impact) for r in risks if r.status is not RiskStatus.CLOSED)


def overdue_reviews(risks, today: date) -> list[Risk]:
    return [r for r in risks if r.review_overdue(today)]
