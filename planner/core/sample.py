"""A realistic sample workspace: a marketing team's ongoing work and its "Mobile app v1" project.

Built only through the core commands, so it is valid by construction; every date is relative to
`today`, so the sample always looks current. No storage, no Qt.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from planner.core.command import Command
from planner.core.commands import AddObject, CreateTask, EditTask, LinkTasks, new_workspace
from planner.core.model import LinkType, Priority, Workspace
from planner.core.rules import AddRule
from planner.core.sample_project import build_registers

PROJECT_NAME = "Mobile app v1"
AREAS = ("Social media", "Content", "Newsletter", "Campaign reporting")
PEOPLE = (
    # name, initials, hours a day, rate, role
    ("Maya Patel", "MP", 8.0, 75.0, "Marketing lead"),
    ("Tom Becker", "TB", 8.0, 70.0, "Developer"),
    ("Lena Novak", "LN", 6.0, 60.0, "Content writer"),  # part-time
    ("Omar Haddad", "OH", 8.0, 80.0, "Data analyst"),
    ("Sofia Rossi", "SR", 8.0, 65.0, "Social media manager"),
    ("Jonas Weber", "JW", 4.0, 55.0, "Working student"),  # mornings only
)
LABELS = (
    ("Social", "#2563eb"),
    ("Blog", "#16a34a"),
    ("Email", "#d97706"),
    ("Analytics", "#7c3aed"),
    ("Design", "#db2777"),
    ("Bug", "#dc2626"),
    ("Quick win", "#0891b2"),
)
DAY = 480  # working minutes in a standard day

# Routines per area: title, RRULE, duration in minutes, assignee initials, labels, checklist.
ROUTINES = {
    "Social media": (
        ("Schedule the week's posts", "FREQ=WEEKLY;BYDAY=MO,WE,FR", 90, "SR", ("Social",),
         ("Pick topics from the content calendar", "Write captions", "Check images for all platforms", "Schedule")),
        ("Reply to comments and messages", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", 30, "JW", ("Social",), ()),
        ("Plan next month's content calendar", "FREQ=MONTHLY;BYDAY=1MO", 240, "MP", ("Social", "Blog"), ()),
    ),
    "Content": (
        ("Publish a blog post", "FREQ=WEEKLY;BYDAY=TH", 360, "LN", ("Blog",),
         ("Draft", "Edit", "SEO title and description", "Header image", "Publish and share")),
        ("SEO review of top pages", "FREQ=MONTHLY;BYDAY=3WE", 180, "OH", ("Blog", "Analytics"), ()),
    ),
    "Newsletter": (
        ("Write the newsletter", "FREQ=WEEKLY;BYDAY=TU", 240, "LN", ("Email",), ("Pick stories", "Write", "Proofread")),
        ("Send the newsletter", "FREQ=WEEKLY;BYDAY=TH", 60, "SR", ("Email",),
         ("Test send to the team", "Check links", "Send to the list")),
        ("Clean the mailing list", "FREQ=MONTHLY;BYDAY=-1FR", 120, "JW", ("Email",), ()),
    ),
    "Campaign reporting": (
        ("Weekly KPI snapshot", "FREQ=WEEKLY;BYDAY=MO", 60, "OH", ("Analytics",), ()),
        ("Monthly campaign report", "FREQ=MONTHLY;BYDAY=1MO", 300, "MP", ("Analytics",),
         ("Export ad spend", "Update the dashboard", "Write the summary", "Send to leadership")),
        ("Quarterly marketing review", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU", 480, "MP", ("Analytics",), ()),
    ),
}  # fmt: skip

# Backlog per area: title, priority, value, effort, state, assignee, labels, (start, days) offsets from today,
# deadline offset (or None). State: todo, doing, review, done; done items finished before today.
BACKLOG = {
    "Social media": (
        ("Refresh profile banners for spring", Priority.NORMAL, 3, 2, "done", "SR", ("Design",), (-12, 2), None),
        ("Test short video format", Priority.HIGH, 8, 5, "doing", "SR", ("Social",), (-3, 5), 4),
        ("Influencer shortlist for the app launch", Priority.HIGH, 8, 3, "todo", "MP", ("Social",), (6, 3), 15),
        ("Fix broken UTM links in bio", Priority.URGENT, 5, 1, "todo", "JW", ("Bug", "Quick win"), (-4, 1), -2),
        ("Write a social media style guide", Priority.LOW, 5, 5, "todo", "", ("Social",), None, None),
    ),
    "Content": (
        ("Case study: retail customer", Priority.HIGH, 13, 8, "review", "LN", ("Blog",), (-9, 6), -1),
        ("Update the pricing page copy", Priority.NORMAL, 5, 2, "done", "LN", ("Blog", "Quick win"), (-20, 2), None),
        ("Evergreen guide: planning a team's week", Priority.NORMAL, 8, 8, "todo", "LN", ("Blog",), (10, 8), None),
        ("Compress images on old posts", Priority.LOW, 2, 1, "todo", "JW", ("Quick win",), None, None),
    ),
    "Newsletter": (
        ("Redesign the newsletter template", Priority.HIGH, 8, 5, "doing", "SR", ("Email", "Design"), (-6, 5), -1),
        ("Welcome series for new subscribers", Priority.NORMAL, 13, 8, "todo", "LN", ("Email",), (8, 6), None),
        ("Fix the unsubscribe footer on mobile", Priority.URGENT, 5, 1, "done", "TB", ("Email", "Bug"), (-5, 1), None),
        ("A/B test subject lines", Priority.LOW, 3, 2, "todo", "", ("Email",), None, None),
    ),
    "Campaign reporting": (
        ("Automate the ad spend export", Priority.HIGH, 13, 5, "doing", "OH", ("Analytics",), (-2, 4), 6),
        ("Attribution model review", Priority.NORMAL, 8, 8, "todo", "OH", ("Analytics",), (12, 6), None),
        ("Dashboard for the app launch", Priority.HIGH, 8, 3, "todo", "OH", ("Analytics",), (15, 3), 25),
        ("Archive last year's reports", Priority.LOW, 1, 1, "done", "JW", ("Quick win",), (-15, 1), None),
    ),
}

# The project plan: phase -> tasks as (key, title, days, people as initials -> units, links to earlier keys as
# (key, type, lag in days)). 0 days is a milestone. Links without a key in the list are in phase order.
PLAN = (
    ("Discovery", (
        ("kick", "Kick-off workshop", 1, {"MP": 1.0, "OH": 1.0, "SR": 1.0}, ()),
        ("interviews", "Stakeholder interviews", 5, {"MP": 1.0}, (("kick", "FS", 0),)),
        ("competitors", "Competitor review", 3, {"SR": 0.5}, (("kick", "FS", 0),)),
        ("requirements", "Requirements document", 4, {"MP": 1.0, "OH": 0.5},
         (("interviews", "FS", 0), ("competitors", "FS", 0))),
        ("signed_off", "Requirements signed off", 0, {}, (("requirements", "FS", 0),)),
    )),
    ("Design", (
        ("ia", "Information architecture", 3, {"SR": 1.0}, (("signed_off", "FS", 0),)),
        ("wireframes", "Wireframes", 5, {"SR": 1.0}, (("ia", "FS", 0),)),
        ("visual", "Visual design", 8, {"SR": 1.0}, (("wireframes", "SS", 2),)),
        ("design_system", "Design system components", 6, {"SR": 0.5, "TB": 0.5}, (("wireframes", "FS", 0),)),
        ("usability", "Usability test of the prototype", 3, {"SR": 1.0, "MP": 0.5}, (("visual", "FS", 0),)),
        ("handoff", "Design hand-off to development", 2, {"SR": 1.0, "TB": 1.0}, (("usability", "FS", 0),)),
        ("design_ok", "Design approved", 0, {}, (("handoff", "FS", 0), ("design_system", "FS", 0))),
    )),
    ("Build", (
        ("repo", "Repository, CI and app skeleton", 2, {"TB": 1.0}, (("signed_off", "FS", 0),)),
        ("api", "Backend API", 15, {"OH": 1.0}, (("repo", "FS", 0), ("ia", "FS", 0))),
        ("auth", "Sign-up and sign-in", 5, {"TB": 1.0}, (("api", "SS", 3), ("design_ok", "FS", 0))),
        ("onboarding", "Onboarding screens", 6, {"TB": 1.0}, (("auth", "FS", 0),)),
        ("feed", "Home feed", 8, {"TB": 1.0, "JW": 0.5}, (("onboarding", "FS", 0),)),
        ("profile", "Profile and settings", 5, {"JW": 1.0}, (("auth", "FS", 0),)),
        ("push", "Push notifications", 4, {"OH": 1.0}, (("api", "FS", 0),)),
        ("offline", "Offline sync", 8, {"OH": 1.0}, (("push", "FS", 0),)),
        ("analytics", "Analytics events", 3, {"JW": 1.0}, (("feed", "FS", 0),)),
        ("a11y", "Accessibility pass", 3, {"SR": 0.5, "TB": 1.0}, (("feed", "FS", 0), ("profile", "FS", 0))),
        ("store_assets", "App store screenshots and texts", 3, {"SR": 1.0, "LN": 0.5}, (("design_ok", "FS", 0),)),
        ("code_freeze", "Code freeze", 1, {"TB": 1.0, "OH": 1.0},
         (("a11y", "FS", 0), ("offline", "FS", 0), ("analytics", "FS", 0))),
    )),
    ("Test", (
        ("test_plan", "Test plan", 2, {"LN": 1.0}, (("design_ok", "FS", 0),)),
        ("functional", "Functional testing", 8, {"LN": 1.0, "JW": 0.5},
         (("code_freeze", "FS", 0), ("test_plan", "FS", 0))),
        ("performance", "Performance testing", 4, {"OH": 1.0}, (("code_freeze", "FS", 0),)),
        ("bugs", "Bug fixing", 8, {"TB": 1.0, "OH": 0.5}, (("functional", "SS", 2),)),
        ("beta", "Beta with pilot users", 10, {"MP": 0.5, "LN": 0.5}, (("functional", "FS", 0),)),
        ("rc", "Release candidate", 0, {}, (("bugs", "FS", 0), ("performance", "FS", 0), ("beta", "FS", 0))),
    )),
    ("Launch", (
        ("submission", "App store submission and review", 3, {"TB": 1.0}, (("rc", "FS", 0), ("store_assets", "FS", 0))),
        ("campaign", "Launch campaign", 5, {"MP": 1.0, "SR": 1.0, "LN": 0.5}, (("submission", "SS", 1),)),
        ("press", "Press kit", 2, {"MP": 1.0}, (("rc", "FS", 0),)),
        ("live", "Go live", 0, {}, (("submission", "FS", 0), ("campaign", "FS", 0), ("press", "FS", 0))),
        ("retro", "Post-launch review", 2, {"MP": 1.0, "OH": 1.0, "SR": 1.0}, (("live", "FS", 5),)),
    )),
)  # fmt: skip
PROJECT_WEEKS_AGO = 5  # the project started this many weeks before today, so its early phases are done


def build_sample(today: date) -> Workspace:
    """The sample workspace as it stands on `today`."""
    ws = Workspace()
    sample = _Sample(ws, today)
    sample.lookups()
    sample.ongoing_work()
    sample.project()
    sample.rules()
    return ws


class _Sample:
    def __init__(self, ws: Workspace, today: date) -> None:
        self.ws, self.today = ws, today
        self.now = datetime.combine(today, time(9, 0))
        self.people: dict[str, int] = {}
        self.labels: dict[str, int] = {}
        self.status: dict[str, int] = {}

    # -- helpers ------------------------------------------------------------------------------------
    def run(self, command: Command) -> Command:
        command.apply(self.ws)
        return command

    def morning(self, days: int) -> datetime:
        """The first working minute at or after 08:00 `days` from today."""
        return self.ws.calendar.next_working(datetime.combine(self.today + timedelta(days=days), time(8, 0)))

    def task(self, parent, title: str, created: datetime, **fields) -> int:
        return self.run(CreateTask(parent, title, clock=lambda: created, **fields)).id

    def move_through(self, tid: int, state: str, start: datetime | None, finish: datetime | None) -> None:
        """Walk a task through the board up to `state`, recording history at realistic times."""
        if state == "todo":
            return
        started = min(start or self.now, self.now)
        self.run(EditTask(tid, status_id=self.status["In progress"], clock=lambda: started))
        if state == "review":
            moved = max(started, min(finish or self.now, self.now) - timedelta(hours=3))
            self.run(EditTask(tid, status_id=self.status["Review"], clock=lambda: moved))
        elif state == "done":
            done = min(finish or self.now, self.now)
            self.run(EditTask(tid, status_id=self.status["Done"], clock=lambda: done))

    # -- workspace-wide lists ----------------------------------------------------------------------
    def lookups(self) -> None:
        self.run(new_workspace())
        self.status = {s.name: s.id for s in self.ws.statuses.values()}
        for name, initials, capacity, rate, role in PEOPLE:
            email = name.split()[0].lower() + "@example.com"
            fields = {"initials": initials, "capacity": capacity, "rate": rate, "overtime_rate": rate * 1.5}
            person = self.run(AddObject("person", name=name, role=role, email=email, **fields))
            self.people[initials] = person.id
        for name, color in LABELS:
            self.labels[name] = self.run(AddObject("label", name=name, color=color)).id

    # -- ongoing work -----------------------------------------------------------------------------------
    def ongoing_work(self) -> None:
        created = self.now - timedelta(days=60)
        notes = {
            "Social media": "Instagram, LinkedIn and Mastodon: three posts a week, replies within a working day.",
            "Content": "The blog and the website's evergreen pages.",
            "Newsletter": "Weekly newsletter to about 12,000 subscribers, sent on Thursdays.",
            "Campaign reporting": "Numbers leadership reads: weekly KPIs, a monthly report, a quarterly review.",
        }
        for name in AREAS:
            area = self.run(AddObject("area", name=name, notes=notes[name])).id
            for title, rule, minutes, who, labels, checklist in ROUTINES[name]:
                start = self._next_occurrence(rule)
                self.task(("area", area), title, created, recurrence=rule, start=start, duration=minutes,
                          assignments={self.people[who]: 1.0}, labels={self.labels[x] for x in labels},
                          checklist=[(item, False) for item in checklist], priority=Priority.NORMAL)  # fmt: skip
            for title, priority, value, effort, state, who, labels, span, deadline in BACKLOG[name]:
                self._backlog_item(area, title, priority, value, effort, state, who, labels, span, deadline)

    def _next_occurrence(self, rule: str) -> datetime:
        """09:00 on the first day from today that the routine's rule falls on (the few rule shapes used here)."""
        parts = dict(part.split("=") for part in rule.split(";"))
        for ahead in range(400):
            day = self.today + timedelta(days=ahead)
            if _falls_on(parts, day):
                return datetime.combine(day, time(9, 0))
        raise AssertionError(f"{rule} never falls within a year")  # the rules above are all checked by tests

    def _backlog_item(self, area, title, priority, value, effort, state, who, labels, span, deadline) -> None:
        created = self.now - timedelta(days=30 + len(title) % 7)
        fields: dict = {"priority": priority, "value": value, "effort": effort,
                        "labels": {self.labels[x] for x in labels}}  # fmt: skip
        if who:
            fields["assignments"] = {self.people[who]: 1.0}
        start = finish = None
        if span is not None:
            start = self.morning(span[0])
            fields.update(start=start, duration=span[1] * DAY)
            finish = self.ws.calendar.add_working(start, span[1] * DAY)
        if deadline is not None:
            fields["deadline"] = datetime.combine(self.today + timedelta(days=deadline), time(17, 0))
        if title.startswith("Case study"):
            fields["checklist"] = [("Interview the customer", True), ("First draft", True), ("Approval", False)]
        if title.startswith("Test short video"):
            fields["checklist"] = [("Storyboard", True), ("Shoot", True), ("Edit", False), ("Publish", False)]
        tid = self.task(("area", area), title, created, **fields)
        self.move_through(tid, state, start, finish)
        if state in ("doing", "review"):
            self.run(EditTask(tid, percent_complete=40 if state == "doing" else 90))

    # -- the project ------------------------------------------------------------------------------------
    def project(self) -> None:
        cal = self.ws.calendar
        start = self.morning(-7 * PROJECT_WEEKS_AGO - self.today.weekday())  # a Monday
        created = start - timedelta(days=14)
        dates: dict[str, tuple[datetime, datetime]] = {}
        rows: list[tuple[str, str, int, dict, tuple, datetime, datetime]] = []
        for phase, tasks in PLAN:
            for key, _title, days, people, links in tasks:
                begin = start
                for pred, kind, lag in links:
                    p_start, p_finish = dates[pred]
                    anchor = p_finish if kind == "FS" else p_start
                    earliest = cal.add_working(anchor, lag * DAY) if lag else anchor
                    begin = max(begin, earliest if days == 0 else cal.next_working(earliest))
                if days:
                    begin = cal.next_working(begin)
                end = cal.add_working(begin, days * DAY) if days else begin
                dates[key] = (begin, end)
                rows.append((phase, key, days, people, links, begin, end))
        finish = max(end for _begin, end in dates.values())
        project = self.run(
            AddObject(
                "project",
                name=PROJECT_NAME,
                notes="The first release of our mobile app for iOS and Android.",
                start=start,
                target_finish=cal.add_working(finish, 10 * DAY),  # two weeks of contingency
                status_date=self.now,
                scope="A native app for iOS and Android with sign-up, onboarding, a home feed, profile and "
                "settings, push notifications and offline use. Out of scope: tablets, payments, web app.",
                objectives="Launch in both app stores before the summer campaign; 5,000 installs and a 4.3 "
                "rating in the first month; a crash-free rate above 99.5 %.",
                sponsor="Claire Dubois (Head of Marketing)",
                manager="Maya Patel",
                budget=120_000.0,
            )
        ).id
        titles = {key: title for _phase, tasks in PLAN for key, title, *_rest in tasks}
        ids: dict[str, int] = {}
        phases: dict[str, int] = {}
        for phase, key, days, people, _links, begin, end in rows:
            if phase not in phases:
                phases[phase] = self.task(("project", project), phase, created)
            fields = {"start": begin, "assignments": {self.people[p]: u for p, u in people.items()}}
            fields.update({"milestone": True} if days == 0 else {"duration": days * DAY})
            ids[key] = self.task(("task", phases[phase]), titles[key], created, **fields)
            self._progress(ids[key], begin, end, days)
        for _phase, key, _days, _people, links, _begin, _end in rows:
            for pred, kind, lag in links:
                self.run(LinkTasks(ids[pred], ids[key], LinkType(kind), lag * DAY))
        for tid in phases.values():
            children = [self.ws.tasks[c] for c in self.ws.children(("task", tid))]
            begin = min(c.start for c in children)
            end = max(c.finish for c in children)
            weight = sum(c.duration or 0 for c in children) or 1
            percent = round(sum((c.duration or 0) * c.percent_complete for c in children) / weight)
            self.run(EditTask(tid, start=begin, finish=end, percent_complete=percent, clock=lambda: created))
            if all(c.status_id == self.status["Done"] for c in children):
                self.move_through(tid, "done", begin, end)
            elif any(c.status_id != self.status["To do"] for c in children):
                self.move_through(tid, "doing", begin, end)
        build_registers(self, project, ids, start)

    def rules(self) -> None:
        """Three rules that show the idea: a follow-up created, a review prepared, overdue work raised."""
        areas = {a.name: a.id for a in self.ws.areas.values()}
        self.run(AddRule("Create social posts", {"event": "moved_to", "status_id": self.status["Done"]},
                         [{"do": "create_task", "title": "Share on social media", "days": 1,
                           "person_id": self.people["SR"]}], area_id=areas["Content"]))  # fmt: skip
        self.run(AddRule("Prepare the review", {"event": "moved_to", "status_id": self.status["Review"]},
                         [{"do": "assign", "person_id": self.people["MP"]},
                          {"do": "add_checklist", "items": ["Facts checked", "Links work", "Spelling"]}]))  # fmt: skip
        # Run through a week ago, so the first opening catches up on the last week's overdue work.
        self.run(AddRule("Overdue to the top", {"event": "due", "days": 1}, [{"do": "focus_top"}],
                         checked_through=self.today - timedelta(days=7)))  # fmt: skip

    def _progress(self, tid: int, begin: datetime, end: datetime, days: int) -> None:
        """Done if it finished before today, in progress (with a share done) if it spans today."""
        if end <= self.now:
            self.move_through(tid, "done", begin, end)
        elif begin <= self.now:
            self.move_through(tid, "doing", begin, end)
            # A little behind the calendar, as real work is.
            elapsed = self.ws.calendar.working_minutes(begin, self.now) / max(days * DAY, 1)
            self.run(EditTask(tid, percent_complete=min(90, max(10, round(elapsed * 10) * 10 - 10))))


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _falls_on(parts: dict[str, str], day: date) -> bool:
    """Whether `day` is an occurrence of an RRULE given as its parts (BYDAY, with a monthly INTERVAL)."""
    if parts["FREQ"] == "MONTHLY" and (day.month - 1) % int(parts.get("INTERVAL", "1")):
        return False  # every third month counts from January
    for item in parts.get("BYDAY", "").split(","):
        nth, weekday = item[:-2], item[-2:]
        if _WEEKDAYS[day.weekday()] != weekday:
            continue
        if not nth:
            return True
        n = int(nth)
        if (n > 0 and (day.day - 1) // 7 + 1 == n) or (n < 0 and (day + timedelta(days=7)).month != day.month):
            return True
    return False
