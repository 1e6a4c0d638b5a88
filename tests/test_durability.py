"""Small, fast runs of the crash scripts in benchmarks/ (crash_durability.py, import_kill.py): a process killed
with SIGKILL at a random moment while it edits or imports loses no acknowledged edit, never leaves an import half
written, never damages the file. The moments are random; the assertions hold for any of them."""

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import crash_durability
import import_kill

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_edits_acknowledged_before_a_kill_are_all_in_the_file(tmp_path):
    base = tmp_path / "base.planner"
    crash_durability.prepare_base(base, tasks=60)
    rng = random.Random()
    for index in range(3):
        kill = crash_durability.Kill(after=rng.randrange(120), delay=rng.uniform(0.0, 0.05))
        outcome = crash_durability.one_run(base, tmp_path, index, edits=200, seed=rng.randrange(10**6), kill=kill)
        assert outcome.harness == []
        assert outcome.problems == []
        assert outcome.lost == 0
        assert outcome.committed >= kill.after or outcome.finished  # the kill came after those


def test_an_import_killed_at_any_moment_is_either_absent_or_whole(tmp_path):
    source = import_kill.make_plan(tmp_path, tasks=300, shared=False)
    ref = import_kill.reference(tmp_path, source, imports=1)
    assert ref.whole_counts["tasks"] >= 300
    rng = random.Random()
    for index in range(3):
        outcome = import_kill.one_run(
            tmp_path, source, ref, index, kill_at=rng.uniform(0.0, ref.parsing + ref.writing * import_kill.LATE)
        )
        assert outcome.state in ("untouched", "whole"), outcome


def test_the_check_reports_acknowledged_edits_missing_from_the_file(tmp_path):
    base = tmp_path / "base.planner"
    crash_durability.prepare_base(base, tasks=30)
    edited = crash_durability.one_run(base, tmp_path, 0, edits=20, seed=3, kill=None)
    assert edited.finished and edited.committed > 0 and edited.lost == 0
    stale = tmp_path / "stale.planner"
    crash_durability.copy_workspace(base, stale)  # as if none of the acknowledged edits had been written
    outcome = crash_durability.check(base, stale, tmp_path / "run-0.out", edits=20, seed=3, finished=True)
    assert outcome.lost == edited.committed
