"""planner.core.progress: counting changes nothing of what is counted, with or without someone watching."""

from hypothesis import given
from hypothesis import strategies as st

from planner.core import progress
from planner.core.progress import counted, watching


class Counts:
    def __init__(self) -> None:
        self.phases, self.counts = [], []

    def phase(self, text: str, total: int) -> None:
        self.phases.append((text, total))

    def advance(self, count: int) -> None:
        self.counts.append(count)


@given(st.lists(st.integers()), st.integers(min_value=1, max_value=10))
def test_counted_items_are_the_items_and_every_one_is_counted_once(items, every):
    assert counted(items) is items  # no one watching: the items themselves
    watcher = Counts()
    saved, progress.EVERY = progress.EVERY, every
    try:
        with watching(watcher):
            progress.phase("Counting", len(items))
            assert list(counted(iter(items))) == items
    finally:
        progress.EVERY = saved
    assert watcher.phases == [("Counting", len(items))]
    assert sum(watcher.counts) == len(items) and all(0 < count <= every for count in watcher.counts)
    assert progress._watcher is None  # the watcher is gone with its block
