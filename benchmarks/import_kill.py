"""Kills a process at random while it imports a large MS Project plan into a workspace through the Session, then
checks that the workspace holds either none of the plan or all of it (an import is one transaction), that
`PRAGMA integrity_check` says ok and that the file opens again for editing.

The plan is `../shared/bench/gen_planner.py 10000`'s (10,500 tasks, 14,924 links, 20 people, 9,500 assignments).
Without ../shared the script says so and uses benchmarks/generate.py's plan exported by our own MS Project writer
(no people's calendars: the import is quicker). An uninterrupted import is timed first; each kill then falls at a
random moment from the child's workspace being open to a little past the time that import took from there (a
moment in the writing is counted from the child's own end of parsing, so load on the machine does not push every
kill into the parsing).

Run: python benchmarks/import_kill.py [--runs 40] [--seed 1] [--tasks 10000]
Exit 1 if any workspace is half imported, damaged or does not reopen.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from crash_durability import fingerprint, integrity, reopen_and_edit  # noqa: E402

from planner.core.model import Workspace  # noqa: E402
from planner.io.apply import ApplyImport  # noqa: E402
from planner.io.formats import import_file  # noqa: E402
from planner.session import Session  # noqa: E402

GEN_PLANNER = ROOT.parent / "shared" / "bench" / "gen_planner.py"
LATE = 1.1  # kills spread over 1.1 times the reference's writing, so some come after the commit


def make_plan(folder: Path, tasks: int, shared: bool = True) -> Path:
    """The plan to import, as MS Project XML: the shared generator's when it is there (and `shared`), else ours."""
    source = folder / f"plan-{tasks}.xml"
    if shared and GEN_PLANNER.is_file():
        command = [sys.executable, str(GEN_PLANNER), str(tasks), str(folder / "gnome.planner"), "--xml", str(source)]
        subprocess.run(command, check=True, capture_output=True)
        print(f"plan: {GEN_PLANNER.name} {tasks}")
        return source
    from bench_import import one_project

    from planner.io.mspdi import export_mspdi

    ws, project = one_project(tasks)
    export_mspdi(ws, project, source)
    if shared:
        print(f"plan: {GEN_PLANNER} is missing; using benchmarks/generate.py's plan (no people's calendars)")
    return source


def counts(ws: Workspace) -> dict[str, int]:
    return {
        "tasks": len(ws.tasks),
        "links": len(ws.dependencies),
        "projects": len(ws.projects),
        "people": len(ws.people),
        "assignments": sum(len(task.assignments) for task in ws.tasks.values()),
    }


def child(path: Path, source: Path) -> None:
    """Import `source` into the workspace at `path`, saying how far it got."""
    with Session.open(path) as session:
        print("open", flush=True)
        result = import_file(source)
        print("read", flush=True)
        session.run(ApplyImport(result))
        print("written", flush=True)


@dataclass
class Outcome:
    reached: str  # the child's last word: "" (starting), "open", "read" (parsed) or "written"
    state: str  # "untouched", "whole", or what is wrong
    killed: bool

    @property
    def ok(self) -> bool:
        return self.state in ("untouched", "whole")


@dataclass
class Reference:
    """What the workspace holds before the import and after an uninterrupted one, and how long that took."""

    empty: str
    whole: str
    whole_counts: dict[str, int]
    opened_at: float  # seconds from the child's start to its workspace being open
    read_at: float  # ... to the file being parsed (the transaction begins)
    ended_at: float  # ... to its end

    @property
    def parsing(self) -> float:
        return self.read_at - self.opened_at

    @property
    def writing(self) -> float:
        """From the file parsed to the child's end: adding, rescheduling and writing in one transaction, closing."""
        return self.ended_at - self.read_at


def prepare_empty(path: Path) -> None:
    Session.open(path).close()  # a new workspace: the default board columns, nothing else


def spawn(path: Path, source: Path, out: Path) -> subprocess.Popen:
    args = [sys.executable, str(Path(__file__).resolve()), "--child", str(path), "--source", str(source)]
    with out.open("wb") as stdout:
        return subprocess.Popen(args, stdout=stdout, stderr=subprocess.PIPE)


def last_word(out: Path) -> str:
    lines = out.read_text().split("\n")[:-1]
    return lines[-1] if lines else ""


def watch(proc: subprocess.Popen, out: Path, until: str | None = None) -> dict[str, float]:
    """Follow the child until it says `until` (None: until it ends): when it said each word, in seconds from now."""
    started, said = time.perf_counter(), {}
    while proc.poll() is None and until not in said:
        word = last_word(out)
        if word and word not in said:
            said[word] = time.perf_counter() - started
        time.sleep(0.002)
    said.setdefault("end", time.perf_counter() - started)
    return said


def reference(folder: Path, source: Path, imports: int = 3) -> Reference:
    """`imports` uninterrupted imports: what a whole one holds, and the median time of each phase (the machine is
    shared: one import alone can be far off)."""
    timings = []
    for index in range(imports):
        path, out = folder / f"reference-{index}.planner", folder / f"reference-{index}.out"
        prepare_empty(path)
        empty = fingerprint(Session.read(path).ws)
        proc = spawn(path, source, out)
        said = watch(proc, out)
        proc.wait()
        error = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
        if proc.returncode != 0 or last_word(out) != "written":
            raise SystemExit(f"the uninterrupted import failed (exit {proc.returncode}):\n{error}")
        timings.append((said.get("open", 0.0), said.get("read", 0.0), said["end"]))
    ws = Session.read(path).ws
    expected = len(import_file(source).workspace.tasks)
    if len(ws.tasks) != expected:
        raise SystemExit(f"the uninterrupted import holds {len(ws.tasks)} tasks, the file {expected}")
    opened, read, ended = (statistics.median(phase) for phase in zip(*timings, strict=True))
    return Reference(empty, fingerprint(ws), counts(ws), opened, read, ended)


def one_run(folder: Path, source: Path, ref: Reference, index: int, kill_at: float) -> Outcome:
    """Import into a fresh workspace in a child, SIGKILL it at `kill_at` (seconds into the reference import, from
    its workspace being open), and check what it left.

    A moment in the parsing is taken from the child's own "open", one in the writing (the transaction) from its own
    "read", so a busy machine that slows one phase does not move every kill out of the other."""
    path, out = folder / f"run-{index}.planner", folder / f"run-{index}.out"
    prepare_empty(path)
    proc = spawn(path, source, out)
    if kill_at < ref.parsing:
        watch(proc, out, until="open")
    else:
        watch(proc, out, until="read")
        kill_at -= ref.parsing
    killed = False
    try:
        proc.wait(timeout=kill_at)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed = True
    error = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    reached = last_word(out)
    if not killed and proc.returncode != 0:
        return Outcome(reached, f"the child failed (exit {proc.returncode}): {error.strip()[-300:]}", killed)
    status = integrity(path)
    if status != "ok":
        return Outcome(reached, f"integrity_check: {status}", killed)
    try:
        ws = Session.read(path).ws
    except Exception as exc:  # any failure to read the file is what this script looks for
        return Outcome(reached, f"Session.read failed: {exc!r}", killed)
    held = fingerprint(ws)
    if held == ref.empty:
        state = "untouched"
    elif held == ref.whole:
        state = "whole"
    else:
        found, whole = counts(ws), ref.whole_counts
        state = "HALF: " + ", ".join(f"{found[key]:,} of {whole[key]:,} {key}" for key in whole)
    if reached == "written" and state != "whole":
        state += " (after the child said it was written)"
    problem = reopen_and_edit(path)
    return Outcome(reached, f"{state}; {problem}" if problem else state, killed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tasks", type=int, default=10_000, help="leaf tasks the generated plan has")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.source)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="import-kill-"))
    os.environ["PLANNER_DATA_DIR"] = str(folder / "data")
    source = make_plan(folder, args.tasks)
    ref = reference(folder, source)
    held = ", ".join(f"{value:,} {key}" for key, value in ref.whole_counts.items())
    print(f"{source.stat().st_size / 1e6:.1f} MB; 3 whole imports (median): workspace open at {ref.opened_at:.2f} s, "
          f"file parsed at {ref.read_at:.2f} s, ended at {ref.ended_at:.2f} s; {held}")  # fmt: skip
    rng = random.Random(args.seed)
    tally: dict[str, int] = {}
    bad = 0
    started = time.perf_counter()
    for index in range(1, args.runs + 1):
        kill_at = rng.uniform(0.0, ref.parsing + ref.writing * LATE)
        outcome = one_run(folder, source, ref, index, kill_at)
        key = f"{outcome.state if outcome.ok else 'BAD'} (child had reached “{outcome.reached or 'start'}”" + (
            ")" if outcome.killed else ", and ended before the kill)"
        )
        tally[key] = tally.get(key, 0) + 1
        bad += not outcome.ok
        print(
            f"run {index}: killed {kill_at:.2f} s into the import: {outcome.state}, reached “{outcome.reached}”",
            flush=True,
        )
    print(f"\n{platform.node()} ({platform.machine()}, Python {platform.python_version()}), {date.today()}, "
          f"{time.perf_counter() - started:.0f} s")  # fmt: skip
    print(f"runs {args.runs}, kills {sum(v for k, v in tally.items() if 'ended before' not in k)}, "
          f"half imported or damaged {bad}")  # fmt: skip
    for key, value in sorted(tally.items()):
        print(f"  {value:3} {key}")
    if bad:
        print(f"the workspaces and the children's output are kept in {folder}")
        return 1
    shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
