"""What a month row shows (`items.month_row`): every bar either shown in a lane that fits or counted as hidden on
each of its days, whatever the bars."""

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from planner.ui.calendar.items import Item, month_row, stack_lanes

FIRST = date(2026, 3, 9)
LAST = FIRST + timedelta(days=6)

spans = st.lists(st.tuples(st.integers(-3, 8), st.integers(0, 5)), max_size=40)


@given(spans, st.integers(1, 6))
def test_every_bar_is_shown_in_a_lane_that_fits_or_counted_on_each_of_its_days(bars, room):
    items = [
        Item("task", f"T{n}", datetime.combine(FIRST + timedelta(days=a), datetime.min.time()).replace(hour=9),
             datetime.combine(FIRST + timedelta(days=a + b), datetime.min.time()).replace(hour=17), "#000", task_id=n)
        for n, (a, b) in enumerate(bars)
        if a + b >= 0 and a <= 6
    ]  # fmt: skip
    lanes = stack_lanes(items, FIRST, LAST)
    shown, hidden = month_row(items, lanes, FIRST, LAST, room)
    assert all(lane < room for _item, lane, _begin, _end in shown)
    for n in range(7):
        day = FIRST + timedelta(days=n)
        covering = [i for i in items if i.first_day <= day <= i.last_day]
        on_day = [lane for _item, lane, begin, end in shown if begin <= day <= end]
        assert len(on_day) + hidden.get(day, 0) == len(covering)
        assert len(set(on_day)) == len(on_day)  # no two bars in one lane
        if hidden.get(day):
            assert room - 1 not in on_day  # "+N more" takes the last lane
