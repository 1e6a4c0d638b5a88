"""The sample project's registers: charter pieces, risks, stakeholders, costs, logged time and a baseline.

Part of the sample workspace (`planner.core.sample`), built only through core commands, dates relative to today.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta

from planner.core.baselines import SaveBaseline
from planner.core.commands import EditTask
from planner.core.registers import AddRecord

IN_SCOPE = "iOS and Android phones; sign-up, onboarding, feed, profile, push, offline sync; store listings."
OUT_OF_SCOPE = "Tablets, payments, a web app, languages other than English and German."
DELIVERABLES = (
    ("Signed-off requirements", "Requirements document approved by the sponsor", ("signed_off",), "accepted"),
    ("Design system and UI kit", "Components, screens and prototype in the design tool", ("design_ok",), "accepted"),
    ("iOS and Android apps", "Release builds that pass the test plan", ("rc",), "pending"),
    ("Store listings", "Screenshots, texts and review approval in both stores", ("store_assets", "submission"),
     "pending"),
    ("Launch campaign", "Press kit, social and email campaign", ("campaign", "press"), "pending"),
)  # fmt: skip
CRITERIA = (
    ("Installs in the first month", "App store consoles, 30 days after go-live", "≥ 5,000", "", "not measured"),
    ("Store rating", "Average of both stores, first month", "≥ 4.3", "4.5 (beta)", "on track"),
    ("Crash-free sessions", "Crash reporting, beta and first month", "> 99.5 %", "99.1 % (beta)", "at risk"),
    ("Launch before the summer campaign", "Go-live against the campaign start", "by target finish", "", "on track"),
)  # fmt: skip
# name, cause, category, owner, probability, impact, response, mitigation, mitigation tasks, trigger, contingency,
# status, review in days from today
RISKS = (
    ("Backend API is late", "Offline sync and push depend on an API still changing", "Schedule", "Omar Haddad",
     4, 4, "mitigate", "Freeze the API contract; mock server for the app team", ("api",),
     "API milestone slips a week", "Ship offline sync in 1.1", "open", -3),
    ("App store review rejects the app", "New developer account, sign-in with third parties", "External",
     "Tom Becker", 3, 5, "mitigate", "Pre-check against the review guidelines; submit a week early",
     ("submission",), "Rejection e-mail", "Fix and resubmit with expedited review", "open", 10),
    ("Key designer unavailable", "Sofia is shared with the newsletter redesign", "Resources", "Maya Patel",
     3, 3, "mitigate", "Hand-off checklist; freelancer on call", ("handoff",), "Design tasks slip 3 days",
     "Freelancer for 2 weeks", "open", 5),
    ("Push notification provider pricing changes", "Provider announced a new price list", "Cost", "Omar Haddad",
     2, 2, "accept", "", (), "Invoice above 300 a month", "Switch provider after launch", "open", 30),
    ("Accessibility issues found late", "No accessibility review in design", "Quality", "Sofia Rossi",
     3, 4, "avoid", "Accessibility pass before code freeze", ("a11y",), "Audit finds blocking issues",
     "Delay launch by a week", "open", -1),
    ("Beta users too few to find bugs", "Pilot list is small", "Quality", "Lena Novak", 2, 3, "mitigate",
     "Recruit from the newsletter", ("beta",), "Under 50 beta sign-ups", "Extend beta by a week", "open", 12),
    ("Data protection review delays launch", "Analytics events collect personal data", "Compliance",
     "Maya Patel", 2, 5, "transfer", "External DPO review, contract covers delays", ("analytics",),
     "DPO asks for changes", "Launch without analytics", "occurring", -6),
    ("Device lab not available", "Shared with another team", "Resources", "Lena Novak", 1, 2, "accept", "", (),
     "Booking refused", "Cloud device farm", "closed", -20),
)  # fmt: skip
# name, role, organisation, contact, influence, interest, current, desired, what, how, how often, owner,
# interactions as (days ago, channel, summary, feedback)
STAKEHOLDERS = (
    ("Claire Dubois", "Sponsor", "Marketing", "claire.dubois@example.com", 5, 5, "supportive", "leading",
     "Status, budget, decisions needed", "Meeting", "Fortnightly", "Maya Patel",
     ((30, "Meeting", "Kick-off: scope and budget agreed", "Wants the launch before the summer campaign"),
      (9, "Meeting", "Design review", "Happy with the visual design; asked for a dark mode"))),
    ("Henrik Olsen", "CTO", "Engineering", "henrik.olsen@example.com", 5, 2, "neutral", "supportive",
     "Architecture decisions, risks", "E-mail", "Monthly", "Omar Haddad",
     ((20, "E-mail", "API architecture proposal sent", "Asked for a load test before launch"),)),
    ("Priya Sharma", "Customer support lead", "Support", "priya.sharma@example.com", 2, 4, "neutral", "supportive",
     "Release notes, FAQ drafts", "Newsletter", "Weekly", "Lena Novak",
     ((12, "Call", "What support needs for launch", "Needs an FAQ two weeks before go-live"),)),
    ("Legal and DPO", "Data protection", "Legal", "dpo@example.com", 4, 2, "resistant", "neutral",
     "Analytics and consent design", "Meeting", "At milestones", "Maya Patel",
     ((6, "Meeting", "Analytics events review", "Consent screen needed before any tracking"),)),
    ("Pilot customers", "Beta users", "Customers", "beta@example.com", 1, 5, "supportive", "supportive",
     "Beta builds, surveys", "E-mail", "Weekly during beta", "Lena Novak", ()),
    ("Sales team", "Sells the app with subscriptions", "Sales", "sales@example.com", 2, 2, "unaware", "neutral",
     "Launch date, demo", "All-hands", "Monthly", "Maya Patel", ()),
)  # fmt: skip
FIXED_COSTS = {"usability": 1200.0, "store_assets": 1500.0, "performance": 900.0}
EXPENSES = (  # task key or None, days after the project start, amount, category, description
    (None, 1, 124.0, "Licences", "Apple and Google developer accounts"),
    ("kick", 0, 380.0, "Workshop", "Kick-off workshop room and catering"),
    ("usability", 4, 650.0, "Research", "Usability lab rental"),
    (None, 12, 2400.0, "Devices", "Test phones (4 iOS, 4 Android)"),
    ("api", 20, 310.0, "Hosting", "Staging servers, first month"),
)
OVERRUN = {"api": 1.1, "visual": 1.05, "wireframes": 1.0}  # logged hours against planned, where work ran over


def build_registers(sample, project_id: int, ids: dict[str, int], start: datetime) -> None:
    """Everything the registers show for the sample project."""
    ws, today, run = sample.ws, sample.today, sample.run
    cal = ws.calendar
    for key, cost in FIXED_COSTS.items():
        run(EditTask(ids[key], fixed_cost=cost))
    _baseline(sample, project_id, ids, start)
    project = ws.projects[project_id]
    project.in_scope, project.out_of_scope = IN_SCOPE, OUT_OF_SCOPE
    for name, description, keys, acceptance in DELIVERABLES:
        due = ws.tasks[ids[keys[-1]]].finish.date()
        run(AddRecord("deliverable", project_id=project_id, name=name, description=description,
                      task_ids=[ids[k] for k in keys], acceptance=acceptance, due=due))  # fmt: skip
    for name, measure, target, current, status in CRITERIA:
        run(AddRecord("success_criterion", project_id=project_id, name=name, measure=measure, target=target,
                      current=current, status=status))  # fmt: skip
    for name, cause, category, owner, p, i, response, plan, keys, trigger, contingency, status, review in RISKS:
        run(AddRecord("risk", project_id=project_id, name=name, cause=cause, category=category, owner=owner,
                      probability=p, impact=i, response=response, mitigation=plan, task_ids=[ids[k] for k in keys],
                      trigger=trigger, contingency=contingency, status=status,
                      review_date=today + timedelta(days=review)))  # fmt: skip
    for name, role, org, contact, power, interest, now, wanted, what, how, often, owner, log in STAKEHOLDERS:
        person = run(AddRecord("stakeholder", project_id=project_id, name=name, role=role, organisation=org,
                               contact=contact, influence=power, interest=interest, current_engagement=now,
                               desired_engagement=wanted, communication=what, channel=how, frequency=often,
                               communication_owner=owner))  # fmt: skip
        for days, channel, summary, feedback in log:
            run(AddRecord("interaction", stakeholder_id=person.id, day=today - timedelta(days=days), channel=channel,
                          summary=summary, feedback=feedback))  # fmt: skip
    for key, offset, amount, category, description in EXPENSES:
        day = start.date() + timedelta(days=offset)
        if day <= today:
            run(AddRecord("expense", project_id=project_id, task_id=ids[key] if key else None, spent_on=day,
                          amount=amount, category=category, description=description))  # fmt: skip
    _time(sample, ids, cal)


def _baseline(sample, project_id: int, ids: dict[str, int], start: datetime) -> None:
    """The baseline saved at kick-off. Since then the API and the visual design were estimated again, and an
    accessibility pass was added to the scope: the comparison shows both."""
    ws = sample.ws
    saved = datetime.combine(start.date() - timedelta(days=3), time(16, 0))
    command = sample.run(SaveBaseline(project_id, "Kick-off plan", lambda: saved))
    baseline = ws.baselines[command.id]
    cal = ws.calendar
    for key, days in (("api", 3), ("visual", 2)):
        row = baseline.tasks[ids[key]]
        shorter = row.duration - days * 480
        baseline.tasks[ids[key]] = dataclasses.replace(
            row,
            finish=cal.add_working(row.start, shorter),
            duration=shorter,
            work=round(row.work * shorter / row.duration),
            cost=round(row.cost * shorter / row.duration, 2),
        )
        parent = ws.tasks[ids[key]].parent_id
        baseline.tasks[parent].cost = round(baseline.tasks[parent].cost - row.cost + baseline.tasks[ids[key]].cost, 2)
    gone = baseline.tasks.pop(ids["a11y"])
    parent = ws.tasks[ids["a11y"]].parent_id
    baseline.tasks[parent].cost = round(baseline.tasks[parent].cost - gone.cost, 2)


def _time(sample, ids: dict[str, int], cal) -> None:
    """A day's entry per assignee for every working day a task has run up to today."""
    ws, now = sample.ws, sample.now
    keys = {tid: key for key, tid in ids.items()}
    for tid in sorted(keys):
        task = ws.tasks[tid]
        if task.milestone or not task.assignments or task.start is None or task.start > now:
            continue
        end = min(task.finish, now)
        day = task.start.date()
        factor = OVERRUN.get(keys[tid], 0.8)
        while datetime.combine(day, time(8)) < end:
            if cal.working_minutes(cal.day_start(day), cal.day_start(day + timedelta(days=1))) > 0:
                for pid, units in sorted(task.assignments.items()):
                    minutes = round(cal.minutes_per_day * units * factor / 15) * 15
                    sample.run(AddRecord("time_entry", task_id=tid, person_id=pid, minutes=minutes,
                                         start=datetime.combine(day, time(9, 0))))  # fmt: skip
            day += timedelta(days=1)
