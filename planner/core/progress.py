"""How far long work in the edit pipeline has got (an import's adding, scheduling and saving), for a window to
show, and the user's Cancel.

The work names its phase (`phase`) and counts what it has done (`counted`, `advance`); whoever shows it (a
`Watcher`, installed with `watching`) may raise `Cancelled` from any of these calls, and the work's own rollback
puts back what it changed: a command's apply restores the workspace, the Session undoes the steps run so far,
the store's transaction is rolled back. With no one watching, each call costs one test of a global, and
`counted` hands back the items themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar

T = TypeVar("T")
EVERY = 256  # items between two counts: often enough for a window to answer, rare enough to cost nothing


class Cancelled(Exception):  # noqa: N818 (the user's word for it, not an error)
    """The user cancelled the work: everything it changed has been put back by the time the caller sees this.
    An Exception, so that each rollback written for a refusal (`except Exception: restore; raise`) runs for it."""


class Watcher(Protocol):
    def phase(self, text: str, total: int) -> None:
        """The work is now doing `text` (translated), `total` counts long (0: not known)."""

    def advance(self, count: int) -> None:
        """`count` more of the phase's total are done (0: still busy); may raise Cancelled."""


_watcher: Watcher | None = None


@contextmanager
def watching(watcher: Watcher) -> Iterator[None]:
    """Report the phases and counts of the work run inside this block to `watcher`."""
    global _watcher
    previous, _watcher = _watcher, watcher
    try:
        yield
    finally:
        _watcher = previous


def phase(text: str, total: int = 0) -> None:
    if _watcher is not None:
        _watcher.phase(text, total)


def advance(count: int = 0) -> None:
    if _watcher is not None:
        _watcher.advance(count)


def counted(items: Iterable[T]) -> Iterable[T]:
    """`items`, counted to the watcher every EVERY of them (when no one watches, `items` itself)."""
    return items if _watcher is None else _counted(items, EVERY)


def _counted(items: Iterable[T], every: int) -> Iterator[T]:
    done = 0
    for item in items:
        yield item
        done += 1
        if done == every:
            advance(done)
            done = 0
    if done:
        advance(done)
