"""Kills a process at random while it edits a workspace through the Session, then checks that every edit it was
told had committed is in the file, that nothing else is half there, and that the file is sound and opens again.

A child process copies nothing and decides nothing on its own: it opens a prepared workspace, draws a seeded stream
of varied edits (create tasks and subtasks, durations, titles, statuses, link, unlink, move, delete, undo), runs
each with `Session.run` and, only after it returns, prints the attempt's number and a fingerprint of the whole
workspace (tasks with their tree place, title, duration and status; links; status history), flushed. The parent
SIGKILLs it at a random moment, then replays the same seeded stream in memory through the same pipeline (a Session
whose file writes nothing) and checks, exactly: the replay's fingerprints equal the printed ones (else the check
itself is wrong), and the file's is the one after the last printed edit or after the next one (the edit in flight,
committed before its line was printed). Then `PRAGMA integrity_check` and a reopen with an edit.

Run: python benchmarks/crash_durability.py [--runs 40] [--edits 1000] [--seed 1] [--tasks 300]
Exit 1 on any loss, corruption or harness error.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from planner.core.command import Command  # noqa: E402
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditTask, LinkTasks, MoveTask, UnlinkTasks  # noqa: E402
from planner.core.errors import ValidationError  # noqa: E402
from planner.core.model import Workspace  # noqa: E402
from planner.session import Session  # noqa: E402

# Edit kinds and their weights in the stream.
KINDS = {
    "create": 10,
    "subtask": 8,
    "duration": 15,
    "title": 15,
    "status": 10,
    "link": 10,
    "unlink": 7,
    "move": 8,
    "delete": 5,
    "undo": 4,
}


# -- the workspace and the edit stream (the child and the parent's replay run the same code) -------------------
def prepare_base(path: Path, tasks: int) -> None:
    """A workspace of `tasks` tasks (benchmarks/generate.py's plan), opened once so that anything the Session does
    on opening (routines' occurrences due today) is already in it."""
    from generate import build_large

    Session.create(path, build_large(tasks=tasks, links=tasks * 3 // 2, people=max(2, tasks // 30))).close()
    Session.open(path).close()


def fingerprint(ws: Workspace) -> str:
    """A digest of what the edits change: tasks (tree place, title, duration, status, milestone), links and status
    history. Computed dates and clock stamps are left out: the replay has no reason to share them to the second."""
    parts = [
        (t.id, t.title, t.parent_id, t.project_id, t.area_id, t.position, t.duration, t.status_id, bool(t.milestone))
        for t in sorted(ws.tasks.values(), key=lambda t: t.id)
    ]
    links = _sorted(ws.dependencies)
    parts.append(tuple((d.id, d.predecessor_id, d.successor_id, str(d.type), d.lag, d.lag_unit) for d in links))
    parts.append(tuple((c.id, c.task_id, c.from_status_id, c.to_status_id) for c in _sorted(ws.status_changes)))
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


def _sorted(table: dict) -> list:
    return [table[key] for key in sorted(table)]


def next_edit(rng: random.Random, ws: Workspace, n: int) -> Command | None:
    """The `n`th edit of the stream: a command, or None for an undo. Depends only on `rng` and on `ws`."""
    kind = rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
    tasks = sorted(ws.tasks)
    projects = sorted(ws.projects)
    if kind == "undo":
        return None
    if kind == "create" or not tasks:
        return CreateTask(("project", rng.choice(projects)), f"new {n}")
    tid = rng.choice(tasks)
    if kind == "subtask":
        return CreateTask(("task", tid), f"sub {n}", duration=rng.randrange(1, 10) * 480)
    if kind == "duration":
        return EditTask(tid, duration=rng.randrange(0, 20) * 240)
    if kind == "title":
        return EditTask(tid, title=f"title {n} ✓")
    if kind == "status":
        return EditTask(tid, status_id=rng.choice(sorted(ws.statuses)))
    if kind == "link":
        return LinkTasks(tid, rng.choice(tasks))
    if kind == "unlink":
        links = sorted(ws.dependencies)
        return UnlinkTasks([rng.choice(links)]) if links else EditTask(tid, title=f"title {n}")
    if kind == "move":
        parent = ("task", rng.choice(tasks)) if rng.random() < 0.5 else ("project", rng.choice(projects))
        return MoveTask(tid, parent, rng.randrange(len(ws.children(parent)) + 1))
    small = [t for t in tasks if len(ws.descendants(t)) <= 5]  # delete: leaves and small summaries
    return DeleteTasks([rng.choice(small)]) if small else EditTask(tid, title=f"title {n}")


def step(session: Session, rng: random.Random, n: int) -> bool:
    """Run the `n`th edit; whether it was written (False: refused, or an undo with nothing to undo)."""
    command = next_edit(rng, session.ws, n)
    try:
        if command is None:
            return session.undo() is not None
        session.run(command)
    except ValidationError:
        return False
    return True


def child(path: Path, edits: int, seed: int) -> None:
    """Edit `path` until killed (or `edits` attempts): one line per written edit, after it is written."""
    rng = random.Random(seed)
    with Session.open(path) as session:
        print("open", fingerprint(session.ws), flush=True)
        for n in range(1, edits + 1):
            if step(session, rng, n):
                print(n, fingerprint(session.ws), flush=True)
    print("done", flush=True)


# -- the parent -------------------------------------------------------------------------------------------
class _NoHistory:
    """The replay keeps no history: nothing to undo from it (the base file's history has no edits either)."""

    available = False
    problem = "not kept in the replay"


class _NoFile:
    """Stands in for the workspace file in the replay: the same pipeline, nothing written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.history = _NoHistory()

    def write(self, ws, changes, entry=None) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass
class Outcome:
    committed: int = 0  # edits the child printed (written and acknowledged)
    in_flight: bool = False  # the file also holds the edit after the last printed one
    lost: int = 0  # printed edits the file does not hold
    problems: list[str] = field(default_factory=list)  # corruption, or a file that matches no state
    harness: list[str] = field(default_factory=list)  # the replay disagrees with the child: the check is wrong
    finished: bool = False  # the child ended before the kill
    seconds: float = 0.0  # from the child's start to its end


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def copy_workspace(source: Path, target: Path) -> None:
    """A copy through SQLite's online backup API (never a plain file copy of a workspace)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def spawn(path: Path, edits: int, seed: int, out: Path) -> subprocess.Popen:
    args = [sys.executable, str(Path(__file__).resolve()), "--child", str(path), "--edits", str(edits)]
    with out.open("wb") as stdout:
        return subprocess.Popen([*args, "--seed", str(seed)], stdout=stdout, stderr=subprocess.PIPE)


def printed(out: Path) -> tuple[dict[int, str], str | None, bool]:
    """The child's acknowledged edits (attempt -> fingerprint), its opening fingerprint, whether it finished.
    A line cut by the kill (no newline) does not count."""
    lines = out.read_text().split("\n")[:-1]
    acks: dict[int, str] = {}
    opened, done = None, False
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "open":
            opened = rest
        elif word == "done":
            done = True
        else:
            acks[int(word)] = rest
    return acks, opened, done


def check(base: Path, path: Path, out: Path, edits: int, seed: int, finished: bool) -> Outcome:
    outcome = Outcome(finished=finished)
    acks, opened, done = printed(out)
    outcome.committed = len(acks)
    last = max(acks, default=0)
    status = integrity(path)
    if status != "ok":
        outcome.problems.append(f"integrity_check: {status}")
        return outcome
    try:
        ws = Session.read(path).ws
    except Exception as exc:  # any failure to read the file is what this script looks for
        outcome.problems.append(f"Session.read failed: {exc!r}")
        return outcome
    held = fingerprint(ws)
    # Replay the stream in memory up to the edit after the last acknowledged one.
    replay = Session(_NoFile(path), Session.read(base).ws)
    rng = random.Random(seed)
    states = {0: fingerprint(replay.ws)}
    if opened is not None and opened != states[0]:
        outcome.harness.append("the child opened a workspace other than the base")
    following = None
    for n in range(1, edits + 1):
        if step(replay, rng, n):
            states[n] = fingerprint(replay.ws)
            if n in acks and acks[n] != states[n]:
                outcome.harness.append(f"edit {n}: the replay's fingerprint differs from the child's")
                break
            if n > last:
                following = n
                break
        elif n in acks:
            outcome.harness.append(f"edit {n}: written by the child, refused in the replay")
            break
    if outcome.harness:
        return outcome
    if held == states[last]:
        pass
    elif following is not None and held == states[following] and not done:
        outcome.in_flight = True
    else:
        earlier = [n for n, state in states.items() if state == held and n < last]
        if earlier:
            outcome.lost = sum(1 for n in acks if n > max(earlier))
        else:
            outcome.problems.append(f"the file matches no state of the stream (last acknowledged edit {last})")
    problem = reopen_and_edit(path)
    if problem:
        outcome.problems.append(problem)
    return outcome


def reopen_and_edit(path: Path) -> str:
    """Open the workspace for editing and add a project with a task; what went wrong, or ""."""
    try:
        with Session.open(path) as session:
            project = AddObject("project", name="After the crash")
            session.run(project)
            session.run(CreateTask(("project", project.id), "first task after the crash"))
    except Exception as exc:  # any failure here is what this script looks for
        return f"reopening to edit failed: {exc!r}"
    return ""


@dataclass
class Kill:
    """When to kill the child: `delay` seconds after it has acknowledged `after` edits (0: after it starts), so
    the kills fall at random moments spread over the whole stream however busy the machine is."""

    after: int
    delay: float


def wait_for_lines(proc: subprocess.Popen, out: Path, count: int) -> None:
    """Wait until the child has printed `count` edit lines (or has ended)."""
    seen, offset = 0, 0
    while seen < count and proc.poll() is None:
        with out.open("rb") as stream:
            stream.seek(offset)
            chunk = stream.read()
        complete = chunk.rfind(b"\n") + 1
        offset += complete
        seen += sum(1 for line in chunk[:complete].split(b"\n")[:-1] if not line.startswith((b"open", b"done")))
        time.sleep(0.002)


def one_run(base: Path, folder: Path, index: int, edits: int, seed: int, kill: Kill | None) -> Outcome:
    """Copy the base, edit it in a child, SIGKILL the child as `kill` says (None: let it finish), check."""
    path = folder / f"run-{index}.planner"
    copy_workspace(base, path)
    out = folder / f"run-{index}.out"
    started = time.perf_counter()
    proc = spawn(path, edits, seed, out)
    finished = True
    if kill is not None:
        wait_for_lines(proc, out, kill.after)
        try:
            proc.wait(timeout=kill.delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            finished = False
    proc.wait()
    seconds = time.perf_counter() - started
    error = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    outcome = check(base, path, out, edits, seed, finished)
    outcome.seconds = seconds
    if finished and proc.returncode != 0:
        outcome.harness.append(f"the child failed (exit {proc.returncode}): {error.strip().splitlines()[-1:]}")
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--edits", type=int, default=1000, help="edits each child attempts before it stops")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tasks", type=int, default=300, help="tasks in the workspace the edits start from")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.edits, args.seed)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="crash-"))
    os.environ["PLANNER_DATA_DIR"] = str(folder / "data")  # backups of the runs stay in the scratch folder
    base = folder / "base.planner"
    prepare_base(base, args.tasks)
    rng = random.Random(args.seed)
    calibration = one_run(base, folder, 0, args.edits, args.seed * 1000, None)
    per_edit = calibration.seconds / max(1, calibration.committed)
    print(
        f"an uninterrupted child: {calibration.seconds:.1f} s, {args.edits} attempts, {calibration.committed} written"
        + "".join(f"; {note}" for note in calibration.problems + calibration.harness)
    )
    totals = {"runs": 0, "committed": 0, "in flight": 0, "losses": 0, "corruptions": 0, "harness": 0}
    started = time.perf_counter()
    for index in range(1, args.runs + 1):
        kill = Kill(rng.randrange(calibration.committed), rng.uniform(0.0, 3 * per_edit))
        outcome = one_run(base, folder, index, args.edits, args.seed * 1000 + index, kill)
        totals["runs"] += 1
        totals["committed"] += outcome.committed
        totals["in flight"] += outcome.in_flight
        totals["losses"] += outcome.lost
        totals["corruptions"] += len(outcome.problems)
        totals["harness"] += len(outcome.harness)
        notes = "; ".join(outcome.problems + outcome.harness)
        print(
            f"run {index}: killed {kill.delay * 1000:.0f} ms after line {kill.after}, {outcome.committed} acknowledged"
            f"{', one more in flight and written' if outcome.in_flight else ''}"
            f"{', finished before the kill' if outcome.finished else ''}"
            f"{f', {outcome.lost} LOST' if outcome.lost else ''}{f', {notes}' if notes else ''}",
            flush=True,
        )
    print(
        f"\n{platform.node()} ({platform.machine()}, Python {platform.python_version()}), {date.today()}, "
        f"{time.perf_counter() - started:.0f} s"
    )
    print(
        f"runs {totals['runs']}, committed edits {totals['committed']}, written in flight {totals['in flight']}, "
        f"losses {totals['losses']}, corruptions {totals['corruptions']}, harness errors {totals['harness']}"
    )
    bad = totals["losses"] or totals["corruptions"] or totals["harness"] or calibration.problems or calibration.harness
    if bad:
        print(f"the workspaces and the children's output are kept in {folder}")
        return 1
    shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
