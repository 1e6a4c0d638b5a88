"""Hypothesis strategies for small plans (calendars, people, a task tree, links that close no loop), shared by
the export round-trip tests of every format."""

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from planner.core.calendars import Calendar
from planner.core.model import Constraint, Dependency, LinkType, Person, Priority, Project, Task, Workspace

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("<>&\"'"),
    min_size=1,
    max_size=40,
)
NAME = TEXT.map(str.strip).filter(bool)
NOTES = st.one_of(st.just(""), st.text(alphabet=st.sampled_from('ab <&>\n\r\t"é—'), max_size=30))
INSTANT = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@st.composite
def intervals(draw):
    bounds = sorted(draw(st.sets(st.integers(0, 24 * 60), min_size=0, max_size=6)))
    bounds = bounds[: len(bounds) // 2 * 2]
    return tuple((bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2))


@st.composite
def calendars(draw):
    week = list(draw(st.lists(intervals(), min_size=7, max_size=7)))
    if not any(week):
        week[0] = ((8 * 60, 17 * 60),)
    exceptions = draw(
        st.dictionaries(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)), intervals(), max_size=8)
    )
    return Calendar(
        name="Standard",
        week=tuple(week),
        exceptions=exceptions,
        minutes_per_day=draw(st.integers(60, 24 * 60)),
        days_per_week=draw(st.integers(1, 7)),
        days_per_month=draw(st.integers(1, 31)),
    )


@st.composite
def plans(draw):
    ws = Workspace()
    ws.calendar = draw(calendars())
    start = draw(INSTANT)
    project = Project(
        id=1,
        name=draw(NAME),
        notes=draw(NOTES),
        manager=draw(st.one_of(st.just(""), NAME)),
        start=start,
        target_finish=start + timedelta(days=draw(st.integers(0, 900))),
        status_date=draw(st.one_of(st.none(), INSTANT)),
    )
    ws.put("project", project)
    people = []
    for number in range(draw(st.integers(0, 4))):
        person = Person(
            id=number + 1,
            name=f"{draw(NAME)} {number}",
            initials=draw(st.one_of(st.just(""), NAME)),
            email=draw(st.sampled_from(["", "ann@example.com"])),
            capacity=draw(st.integers(0, 2400)) / 100,
            rate=draw(st.integers(0, 100000)) / 100,
        )
        ws.people[person.id] = person
        people.append(person.id)
    count = draw(st.integers(0, 25))
    siblings: dict = {}
    for number in range(1, count + 1):
        parent = draw(st.one_of(st.none(), st.integers(1, number - 1))) if number > 1 else None
        task = Task(id=number, title=draw(NAME), project_id=1, parent_id=parent)
        task.position = siblings.get(parent, 0)
        siblings[parent] = task.position + 1
        task.notes = draw(NOTES)
        if draw(st.booleans()):
            task.start = draw(INSTANT)
            task.finish = task.start + timedelta(minutes=draw(st.integers(0, 200000)))
        task.duration = draw(st.one_of(st.none(), st.integers(0, 500000)))
        task.work = draw(st.one_of(st.none(), st.integers(0, 500000)))
        task.milestone = draw(st.integers(0, 5)) == 0
        if task.milestone:
            task.duration, task.finish = 0, task.start
        task.manual = draw(st.booleans())
        task.percent_complete = draw(st.integers(0, 100))
        task.priority = draw(st.sampled_from(list(Priority)))
        task.constraint = draw(st.sampled_from(list(Constraint)))
        if task.constraint not in (Constraint.ASAP, Constraint.ALAP):
            task.constraint_date = draw(INSTANT)
        task.deadline = draw(st.one_of(st.none(), INSTANT))
        task.created = draw(st.one_of(st.none(), INSTANT))
        task.started = draw(st.one_of(st.none(), INSTANT))
        task.completed = draw(st.one_of(st.none(), INSTANT))
        for pid in draw(st.lists(st.sampled_from(people), unique=True)) if people else ():
            task.assignments[pid] = draw(st.sampled_from([0.25, 0.5, 1.0, 1.5, 2.0]))
        ws.tasks[task.id] = task
    ws.rebuild_indexes()
    pairs = set()
    for _ in range(draw(st.integers(0, 2 * count))) if count > 1 else ():
        low = draw(st.integers(1, count - 1))
        high = draw(st.integers(low + 1, count))  # forward only: links never close a loop
        if low in ws.ancestors(high) or (low, high) in pairs:
            continue
        pairs.add((low, high))
        dep = Dependency(len(pairs), low, high, draw(st.sampled_from(list(LinkType))), draw(st.integers(-5000, 5000)))
        ws.put("dependency", dep)
    return ws
