"""Times the board on a generated workspace with 5,000 cards or more: opening it (sorting every card into its cell,
building the cells, first paint), a frame while scrolling, a drop between columns end to end (command, file,
models, repaint; wall and CPU), without and with swimlanes by assignee, a keyboard move within the fullest column,
the first switch to each grouping, and a filter typed and cleared: the assigned cards are spread over
`--assignees` people (40, as the board was first measured with; the generated workspace alone gives 9 lanes).
With --workspace, the same on a copy of a real workspace (e.g. gen_planner's 10,000-task plan imported) instead.
Printed; the drops, the keyboard moves, the switches and the filter also in CPU time, since the machine is shared.

Run: python benchmarks/bench_board.py [--cards 5000] [--assignees 40] [--workspace W.planner]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from common import best, frames, open_window, timed
from generate import build_large

from planner.session import Session


def make_file(folder: Path, cards: int, assignees: int) -> Path:
    """A generated workspace with at least `cards` leaf tasks (summaries are not cards), its assigned cards spread
    over `assignees` people in turn."""
    tasks = cards
    while True:
        ws = build_large(tasks=tasks, links=tasks * 3 // 2)
        leaves = sum(1 for t in ws.tasks.values() if not ws.is_summary(t.id))
        if leaves >= cards:
            break
        tasks = tasks * cards // leaves + 50
    people = sorted(ws.people)[:assignees]
    assigned = [t for t in ws.tasks.values() if t.assignments and not ws.is_summary(t.id)]
    for n, task in enumerate(assigned):
        task.assignments = {people[n % len(people)]: 1.0}
    ws.rebuild_indexes()
    path = folder / f"board-{cards}.planner"
    Session.create(path, ws).close()
    print(f"workspace: {len(ws.tasks)} tasks, {leaves} cards, {len(ws.status_changes)} status changes")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--assignees", type=int, default=40)
    parser.add_argument("--workspace", help="a workspace to time instead (a copy of it: drops write)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    if args.workspace:
        path = folder / "board.planner"
        shutil.copy(args.workspace, path)
    else:
        path = make_file(folder, args.cards, args.assignees)

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from planner.core.board import Swimlanes
    from planner.core.filters import TaskFilter
    from planner.ui.controller import Controller

    controller = Controller(Session.open(path))
    app, window = open_window(controller)
    board = window.views["board"]

    opens = []
    for _ in range(5):
        started = time.perf_counter()
        board.apply_scope()  # what opening the board, or changing the sidebar's scope, does
        window.show_view("board")
        app.processEvents()
        window.repaint()
        opens.append(time.perf_counter() - started)
    app.processEvents()  # the lanes fit their heights, then the board is laid out at them (see switch below)
    app.processEvents()
    cards = sum(len(model.ids) for model in board.board.cells.values())
    print(f"open the board ({cards} cards, every card sorted into its cell, first paint): {best(opens)}")

    def scroll_frames() -> list[tuple[float, float]]:
        bar = board.body_area.verticalScrollBar()
        runs = []
        for step in range(60):
            bar.setValue(step * bar.maximum() // 60)
            runs.append(timed(board.body_area.viewport().repaint))
        return runs

    frames(f"board frame while scrolling over {board.body.height()} px (the cards in sight painted)", scroll_frames())

    # The board's own share of a drop: its models catching up, and repainting the board alone.
    inside: list[float] = []
    catch_up = board.board.apply_changes

    def timed_catch_up(changes) -> None:
        started = time.perf_counter()
        catch_up(changes)
        inside[-1] += time.perf_counter() - started

    controller.changes_applied.disconnect(catch_up)
    controller.changes_applied.connect(timed_catch_up)

    def time_drops(label: str) -> None:
        drops, own, cpu = [], [], []
        statuses = [s.id for s in board.board.statuses]
        for n in range(30):
            lane = board.board.lanes[n % len(board.board.lanes)]
            source = board.board.cells[(lane, statuses[n % 2])]
            target = board.board.cells[(lane, statuses[1 - n % 2])]
            if not source.ids:
                continue
            mime = source.mimeData([source.index(len(source.ids) // 2)])
            inside.append(0.0)
            started, cpu_started = time.perf_counter(), time.process_time()
            target.dropMimeData(mime, Qt.DropAction.MoveAction, min(3, len(target.ids)), 0, target.index(-1))
            painted = time.perf_counter()
            board.repaint()
            own.append(inside[-1] + time.perf_counter() - painted)
            window.repaint()
            drops.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        print(f"a drop between columns, {label} (command, file, every view and panel, repainted window): {best(drops)}")
        print(f"  the same in CPU: {best(cpu)}")
        print(f"  of which the board (its models catching up, the board repainted): {best(own)}")

    def time_keyboard_moves() -> None:
        """Ctrl+Down on a card in the middle of the fullest cell, ten times: a move within a column."""
        cell = max(board.board.cells, key=lambda c: len(board.board.cells[c].ids))
        view = board.cell_views[cell]
        board.select_task(board.board.cells[cell].ids[len(board.board.cells[cell].ids) // 2])
        down = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        runs = [timed(lambda: (QApplication.sendEvent(view, down), window.repaint())) for _ in range(10)]
        frames(f"a keyboard move within a column of {len(board.board.cells[cell].ids)} cards (Ctrl+Down)", runs)

    board.board.confirm = lambda title, text: True  # the WIP limits are far exceeded here: do not ask
    time_drops("no swimlanes")

    def switch(by: Swimlanes) -> None:
        board.set_swimlanes(by)
        # Until the board is laid out as shown: the first pass builds the cells, whose lanes fit their heights on
        # a zero timer, and the next lays the board out at those heights. With one pass the lanes were still piled
        # up at the top (the board 746 px tall, no scroll range) and the "frames while scrolling" all painted that.
        app.processEvents()
        app.processEvents()
        window.repaint()

    time_keyboard_moves()
    for by in (Swimlanes.PRIORITY, Swimlanes.CONTAINER):  # each grouping's first switch, and back
        first = timed(lambda by=by: switch(by))
        frames(f"switch to swimlanes by {by.value} ({len(board.board.lanes)} lanes), first", [first])
        frames("  and back to no swimlanes", [timed(lambda: switch(Swimlanes.NONE))])
    switches = []
    for _ in range(3):
        switches.append(timed(lambda: switch(Swimlanes.ASSIGNEE)))
        switch(Swimlanes.NONE)
    switch(Swimlanes.ASSIGNEE)
    what = f"swimlanes by assignee ({len(board.board.lanes)} lanes, {len(board.board.cells)} cells)"
    frames(f"switch to {what}, first", switches[:1])
    frames("the same switch again (after one back to no swimlanes)", switches[1:])
    frames(f"board frame while scrolling over {board.body.height()} px, swimlanes by assignee", scroll_frames())
    board.board.confirm = lambda title, text: True
    time_drops("swimlanes by assignee")

    def search(text: str) -> None:
        window.proxy.set_filter(TaskFilter(text=text))
        board.apply_scope()
        window.repaint()

    frames("a filter typed (every task asked again, cells built)", [timed(lambda: search("1"))])
    frames("the filter cleared", [timed(lambda: search(""))])
    window.close()


if __name__ == "__main__":
    main()
