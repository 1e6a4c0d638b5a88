"""Mutation fuzzing of the three importers (MS Project XML, GanttProject, iCalendar), seeded from the real files
in ../shared/data and from seeds the repository makes itself (tests/io/mutations.py).

Every case must import (and then schedule in a fresh workspace) or be refused with ImportFileError. Prints the
cases, the failures grouped by signature (exception type and the file:line it came from), and the slow cases.
A case that runs past --hang seconds is stopped and counted as a failure.

Run: python benchmarks/fuzz_imports.py [--cases 20000 | --minutes 10] [--seed 1]
"""

from __future__ import annotations

import argparse
import collections
import os
import platform
import random
import signal
import sys
import tempfile
import time
import traceback
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "io"))
sys.path.insert(0, str(ROOT / "tests"))

from mutations import READERS, mutate, run_case, write_own_seeds  # noqa: E402
from shared_data import SHARED_DATA  # noqa: E402

SLOW = 5.0  # seconds: a case slower than this is reported


class Hang(Exception):  # noqa: N818 - a signal, not an error of the code under test
    """A case ran past --hang seconds."""


def _stop(_signum, _frame):
    raise Hang


def seeds(folder: Path) -> dict[str, list[tuple[Path, bytes]]]:
    """Seed files by suffix: the repository's own and every readable file of ../shared/data."""
    found = collections.defaultdict(list)
    paths = write_own_seeds(folder)
    for sub in ("mspdi", "gan", "ics", "csv"):
        paths.extend(sorted((SHARED_DATA / sub).glob("*")))
    for path in paths:
        if path.suffix in READERS:
            found[path.suffix].append((path, path.read_bytes()))
    return found


def signature(error: BaseException) -> str:
    """The exception's type and the deepest frame in the planner package (else the deepest frame)."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/planner/" in f.filename] or frames
    frame = ours[-1] if ours else None
    where = f"{Path(frame.filename).relative_to(ROOT) if ROOT in Path(frame.filename).parents else frame.filename}"
    return f"{type(error).__name__} at {where}:{frame.lineno}" if frame else type(error).__name__


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--minutes", type=float, default=0, help="run for this long instead of --cases")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hang", type=int, default=60, help="seconds before a case counts as hung")
    parser.add_argument("--keep", type=Path, help="a folder to copy each failing case into")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    signal.signal(signal.SIGALRM, _stop)
    failures: dict[str, list[str]] = collections.defaultdict(list)
    slow: list[tuple[float, str]] = []
    counts = collections.Counter()
    slowest = (0.0, "")
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        by_suffix = seeds(folder / "seeds")
        suffixes = sorted(by_suffix)
        case = 0
        while (time.perf_counter() - began < args.minutes * 60) if args.minutes else case < args.cases:
            suffix = suffixes[case % len(suffixes)]
            seed_path, data = rng.choice(by_suffix[suffix])
            path = folder / f"case{suffix}"
            path.write_bytes(mutate(data, suffix, rng))
            label = f"case {case} ({seed_path.name})"
            started = time.perf_counter()
            signal.alarm(args.hang)
            try:
                outcome = run_case(path)
                counts["imported" if outcome.imported else "refused"] += 1
            except (Exception, RecursionError, Hang) as error:
                failures[signature(error)].append(label)
                counts["failed"] += 1
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"case{case}{suffix}").write_bytes(path.read_bytes())
            finally:
                signal.alarm(0)
            seconds = time.perf_counter() - started
            slowest = max(slowest, (seconds, label))
            if seconds > SLOW:
                slow.append((seconds, label))
            case += 1
            if case % 1000 == 0:
                print(f"  … {case} cases, {counts['failed']} failures, {time.perf_counter() - began:.0f} s", flush=True)
    machine = f"{platform.node()} ({platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()})"
    print(f"{datetime.now():%Y-%m-%d %H:%M} on {machine}")
    print(f"{case} cases in {time.perf_counter() - began:.0f} s: {counts['imported']} imported, "
          f"{counts['refused']} refused with ImportFileError, {counts['failed']} failures")  # fmt: skip
    kinds = ", ".join(f"{len(files)} {suffix}" for suffix, files in by_suffix.items())
    print(f"seeds: {sum(len(files) for files in by_suffix.values())} files ({kinds})")
    print(f"slowest case: {slowest[0]:.2f} s ({slowest[1]}); {len(slow)} over {SLOW:g} s")
    for seconds, label in sorted(slow, reverse=True)[:10]:
        print(f"  slow: {seconds:.1f} s {label}")
    print(f"{len(failures)} distinct failure signatures")
    for sig, labels in sorted(failures.items(), key=lambda item: -len(item[1])):
        print(f"  {len(labels):5d} × {sig}  (e.g. {', '.join(labels[:3])})")


if __name__ == "__main__":
    main()
