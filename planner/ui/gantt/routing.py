"""How a dependency arrow runs between two bars, and which links a stretch of rows needs: plain Python, no Qt.

A link leaves its predecessor at the end the type names (FS, FF: the finish; SS, SF: the start) and enters its
successor at the other end, with the arrow pointing into the bar. It runs in right angles: out of the bar, along
a column of the chart clear of the bars in the rows it crosses, and into the successor; when the successor
starts too early for that, it turns in the gap between rows instead, so it never runs through a bar it can avoid.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import numpy as np

Point = tuple[float, float]
Span = tuple[float, float]  # a bar's x0, x1
STUB = 8.0  # how far a link runs straight out of a bar, and straight into one
CLEARANCE = 3.0  # the room a vertical run keeps from a bar's side
MAX_SHIFT = 48.0  # how far a vertical run may move from its natural place to pass clear of bars
_FROM_FINISH = {"FS": True, "FF": True, "SS": False, "SF": False}
_TO_FINISH = {"FS": False, "SS": False, "FF": True, "SF": True}


class Anchor(NamedTuple):
    """A bar's horizontal extent on its row (a milestone: the diamond's). A named tuple: a frame makes two
    per link it draws."""

    x0: float
    x1: float
    row: int


def route(
    kind: str,
    pred: Anchor,
    succ: Anchor,
    row_height: float,
    between: Callable[[int, int], Iterable[Span]] | None = None,
    stub: float = STUB,
    run_x: float | None = None,
) -> list[Point]:
    """The corner points of the arrow of a `kind` link (FS, SS, FF, SF) from `pred` to `succ`, in chart pixels
    (row r's middle is at (r + 0.5) × row_height). The arrow head is at the last point, pointing along the last
    segment. `between(a, b)` gives the bars' spans in the rows strictly between rows a and b, to stay clear of.
    `run_x`: where the vertical run goes if the link can take it (links from one bar's end share one run, merged
    into one line instead of several side by side)."""
    kind = str(kind)
    out = 1 if _FROM_FINISH[kind] else -1  # the direction the line leaves the predecessor
    into = -1 if _TO_FINISH[kind] else 1  # the direction the arrow travels into the successor
    ex = pred.x1 if out > 0 else pred.x0
    nx = succ.x1 if into < 0 else succ.x0
    py = (pred.row + 0.5) * row_height
    sy = (succ.row + 0.5) * row_height
    spans = between(pred.row, succ.row) if between is not None and abs(succ.row - pred.row) > 1 else []
    spans = spans if isinstance(spans, list) else list(spans)
    if pred.row == succ.row:
        return [(ex, py), (nx, sy)]
    lo, hi = float("-inf"), float("inf")
    if out > 0:
        lo = ex + stub
    else:
        hi = ex - stub
    if into > 0:
        hi = min(hi, nx - stub)
    else:
        lo = max(lo, nx + stub)
    if lo <= hi:  # one vertical run can leave the predecessor and reach the successor's end from outside
        preferred = ex + out * stub
        x = run_x if run_x is not None and lo <= run_x <= hi else free_x(spans, lo, hi, min(max(preferred, lo), hi))
        return [(ex, py), (x, py), (x, sy), (nx, sy)]
    # Otherwise out of the predecessor, down (or up) beside it, across in the gap next to the successor's row,
    # and into the successor from outside.
    first = ex + out * stub
    bound = (first, first + out * MAX_SHIFT)
    x1 = free_x(spans, min(bound), max(bound), first)
    x2 = nx - into * stub
    gap = succ.row * row_height if succ.row > pred.row else (succ.row + 1) * row_height
    return [(ex, py), (x1, py), (x1, gap), (x2, gap), (x2, sy), (nx, sy)]


def free_x(spans: Sequence[Span], lo: float, hi: float, preferred: float) -> float:
    """The x in [lo, hi] nearest to `preferred`, and within MAX_SHIFT of it, that no span (widened by CLEARANCE)
    covers; `preferred` if there is none (a run that far away would only be harder to follow)."""
    if isinstance(spans, Obstacles) and lo <= preferred <= hi:
        return spans.free_x(lo, hi, preferred)
    blocked = sorted((a - CLEARANCE, b + CLEARANCE) for a, b in spans if b + CLEARANCE >= lo and a - CLEARANCE <= hi)
    if not any(a < preferred < b for a, b in blocked):
        return preferred
    return _nearest_free(_merged(blocked), lo, hi, preferred)


def _merged(blocked: list[Span]) -> list[list[float]]:
    """Sorted spans, those that overlap or touch made one."""
    merged: list[list[float]] = []
    for a, b in blocked:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def _nearest_free(merged: Sequence[list[float]], lo: float, hi: float, preferred: float) -> float:
    candidates = [x for a, b in merged for x in (a, b) if lo <= x <= hi]
    candidates += [x for x in (lo, hi) if not any(a < x < b for a, b in merged)]
    free = [x for x in candidates if not any(a < x < b for a, b in merged) and abs(x - preferred) <= MAX_SHIFT]
    return min(free, key=lambda x: abs(x - preferred)) if free else preferred


class Obstacles(list):
    """Bars' spans, as `between` gives them to `route`, with `free_x`'s first question worked out once for every
    link that passes the same rows (a Gantt frame routes thousands through the rows in view): the spans widened by
    CLEARANCE, sorted by start, the furthest right any of the first k of them reaches, and the spans merged."""

    def __init__(self, spans: Iterable[Span]) -> None:
        super().__init__(spans)
        blocked = sorted((a - CLEARANCE, b + CLEARANCE) for a, b in self)
        self._starts = [a for a, _ in blocked]
        self._reach = list(itertools.accumulate((b for _, b in blocked), max))
        self._merged = _merged(blocked)
        self._merged_starts = [a for a, _ in self._merged]
        self._merged_ends = [b for _, b in self._merged]

    def free_x(self, lo: float, hi: float, preferred: float) -> float:
        """`free_x` of these spans for a `preferred` within [lo, hi]. The same answer: the spans merged once for
        all differ from those merged of the spans reaching [lo, hi] only outside [lo, hi]."""
        k = bisect_left(self._starts, preferred)  # the spans starting before preferred
        if k == 0 or self._reach[k - 1] <= preferred:
            return preferred  # not strictly inside any widened span
        near = self._merged[bisect_left(self._merged_ends, lo) : bisect_right(self._merged_starts, hi)]
        return _nearest_free(near, lo, hi, preferred)


def shown_links(dependencies: Iterable, row_of: dict) -> LinkIndex:
    """The index of the `dependencies` (with `id`, `predecessor_id`, `successor_id`) whose both tasks have a row in
    `row_of` ({("task", id): row, …}), each task's row looked up in an array by its id."""
    deps = list(dependencies)
    ids = np.fromiter((d.id for d in deps), np.int64, len(deps))
    predecessors = np.fromiter((d.predecessor_id for d in deps), np.int64, len(deps))
    successors = np.fromiter((d.successor_id for d in deps), np.int64, len(deps))
    count = len(row_of)
    is_task = np.fromiter((node[0] == "task" for node in row_of), bool, count)
    task_ids = np.fromiter((node[1] for node in row_of), np.int64, count)[is_task]
    task_rows = np.fromiter(row_of.values(), np.int64, count)[is_task]
    ends = max(int(predecessors.max(initial=-1)), int(successors.max(initial=-1)), int(task_ids.max(initial=-1)))
    row_by_id = np.full(ends + 1, -1, np.int64)  # -1: no row
    row_by_id[task_ids] = task_rows
    a, b = row_by_id[predecessors], row_by_id[successors]
    shown = (a >= 0) & (b >= 0)
    return LinkIndex.of_rows(ids[shown], a[shown], b[shown])


class LinkIndex:
    """Which links touch a stretch of rows: each link is filed under every block of rows it spans, so a frame
    finds the links it must draw, including those passing through with both ends off screen, without
    looking at all of them. Kept in arrays: a structural edit with the Gantt shown files every link again, and
    filing them one by one in lists (~15,000 links at 10,500 tasks) cost ~10 ms and woke the cycle collector."""

    # Rows per block. A link is filed once per block it spans, and a few links span much of a big plan (1,457 rows
    # on average at 105,000 tasks, median 3): 64-row blocks filed 3.5 million entries (~270 ms of CPU), 512-row
    # blocks 574,000 (~75 ms), with the same frames: a frame's look-up is small beside routing what it finds.
    BLOCK = 512

    def __init__(self, links: Iterable[tuple[int, int, int]] = ()) -> None:
        """`links`: (link id, predecessor row, successor row), for the links whose both ends have a row."""
        spans = np.array(list(links), dtype=np.int64).reshape(-1, 3)
        self._file(spans[:, 0], spans[:, 1], spans[:, 2])

    @classmethod
    def of_rows(cls, ids: np.ndarray, a: np.ndarray, b: np.ndarray) -> LinkIndex:
        """The index of links `ids` between rows `a` and `b` (arrays of the same length)."""
        index = cls.__new__(cls)
        index._file(ids, a, b)
        return index

    def _file(self, ids: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
        lows, highs = np.minimum(a, b), np.maximum(a, b)
        self.ids, self.lows, self.highs = ids, lows, highs
        first, last = lows // self.BLOCK, highs // self.BLOCK
        counts = last - first + 1
        # One entry per link and block it spans, in the order of the blocks and, within one, of the links.
        link = np.repeat(np.arange(len(ids)), counts)
        block = np.repeat(first - np.cumsum(counts) + counts, counts) + np.arange(len(link))
        order = np.argsort(block, kind="stable")
        self._entries = (ids[link[order]], lows[link[order]], highs[link[order]])
        self._blocks = block[order]

    def __len__(self) -> int:
        return len(self.ids)

    def with_rows_added(self, at: int, count: int) -> LinkIndex:
        """This index after `count` rows (without links yet) are put in before row `at`."""
        lows, highs = self.lows, self.highs
        return LinkIndex.of_rows(self.ids, lows + count * (lows >= at), highs + count * (highs >= at))

    def without_rows(self, start: int, end: int) -> LinkIndex:
        """This index after rows start..end-1 are taken out, with the links that have an end there."""
        kept = ((self.lows < start) | (self.lows >= end)) & ((self.highs < start) | (self.highs >= end))
        lows, highs, gone = self.lows[kept], self.highs[kept], end - start
        return LinkIndex.of_rows(self.ids[kept], lows - gone * (lows >= end), highs - gone * (highs >= end))

    def without_links(self, ids: Iterable[int]) -> LinkIndex:
        """This index without the links `ids` (those it does not hold are passed over): itself when it holds none."""
        kept = ~np.isin(self.ids, np.fromiter(ids, np.int64))
        return self if kept.all() else LinkIndex.of_rows(self.ids[kept], self.lows[kept], self.highs[kept])

    def id_bound(self) -> int:
        """One more than the largest link id (0 without links): the size of an array indexed by link id."""
        return int(self.ids.max()) + 1 if len(self.ids) else 0

    def crossing(self, first: int, last: int) -> tuple[list[int], np.ndarray]:
        """(ids of the links with an end in rows first..last or reaching in from one side, ids of those passing
        over all of them): the second, thousands a frame in a big plan, picked out in arrays, not one by one. A
        link passing over every row is filed under the block of `first`, so that block alone holds them."""
        through = np.empty(0, dtype=np.int64)
        ends: set[int] = set()
        for block in range(first // self.BLOCK, last // self.BLOCK + 1):
            ids, lows, highs = self._arrays(block)
            passing = (lows < first) & (highs > last)
            if block == first // self.BLOCK:
                through = ids[passing]
            ends.update(ids[~passing & (lows <= last) & (highs >= first)].tolist())
        return list(ends), through

    def _arrays(self, block: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A block's link ids and their rows: slices of the entries, no copies."""
        start, stop = np.searchsorted(self._blocks, (block, block + 1))
        ids, lows, highs = self._entries
        return ids[start:stop], lows[start:stop], highs[start:stop]

    def between(self, first: int, last: int) -> list[int]:
        """The ids of the links that reach into rows first..last, in no particular order."""
        return self.ids[(self.lows <= last) & (self.highs >= first)].tolist()
