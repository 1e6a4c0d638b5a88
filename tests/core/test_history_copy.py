"""The history's copy of a created object (`planner.core.history._copy`, field by field for speed) is the copy
`copy.deepcopy` makes: equal, sharing nothing that can change in place, and keeping values shared between fields
shared."""

import copy
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from planner.core.calendars import STANDARD, Calendar
from planner.core.history import _copy
from planner.core.model import ChecklistItem, Constraint, Dependency, Person, Task

texts = st.text(max_size=5)
days = st.dates(date(2000, 1, 1), date(2030, 1, 1))


@given(
    st.dictionaries(st.integers(1, 5), st.floats(0, 10)),
    st.dictionaries(st.integers(1, 5), st.dictionaries(days, st.integers(0, 480), max_size=3), max_size=3),
    st.sets(st.integers(1, 9)),
    st.lists(st.builds(ChecklistItem, texts, st.booleans()), max_size=3),
    st.dictionaries(texts, st.one_of(texts, st.lists(texts, max_size=2)), max_size=3),
)
def test_a_task_is_copied_as_deepcopy_copies_it(assignments, contours, labels, checklist, kept):
    task = Task(
        id=7,
        title="Pour",
        start=datetime(2025, 1, 6, 8),
        constraint=Constraint.SNET,
        assignments=assignments,
        contours=contours,
        labels=labels,
        checklist=checklist,
        kept=kept,
    )
    copied = _copy(task)
    assert copied == copy.deepcopy(task) and type(copied) is Task and copied is not task
    for name, value in vars(task).items():
        if isinstance(value, dict | list | set):
            assert getattr(copied, name) is not value, name
    for item, original in zip(copied.checklist, task.checklist, strict=True):
        assert item is not original
    for day_minutes, original in zip(copied.contours.values(), task.contours.values(), strict=True):
        assert day_minutes is not original


def test_values_shared_between_fields_stay_shared_and_calendars_drop_their_caches():
    shared = {"xml": ["<a/>"]}
    person = Person(id=1, name="Ann", kept=shared)
    person.notes_kept = shared  # two fields holding one value: one copy, as deepcopy makes
    copied = _copy(person)
    assert copied.kept is copied.notes_kept and copied.kept is not shared
    link = Dependency(1, 2, 3, lag=60)
    assert _copy(link) == link and _copy(None) is None
    calendar = Calendar(name="Site", base=STANDARD)
    calendar.is_working_day(date(2025, 1, 6))  # fills a cache
    assert vars(_copy(calendar)).keys() == vars(copy.deepcopy(calendar)).keys()
