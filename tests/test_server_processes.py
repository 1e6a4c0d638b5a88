"""Several processes writing one server workspace (a real, throwaway PostgreSQL): 2 × 500 random edits end with
every accepted edit present and every refused one reported, and a client killed while writing leaves no half
change.

Each edit appends a token to a task's notes (read, change, write): an edit made on an outdated task would drop
the other process's token, so a lost update shows as a missing token."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.core.command import Batch
from planner.core.commands import EditTask
from planner.session import Session
from planner.store.server_workspace import ConflictError

ROOT = Path(__file__).resolve().parents[1]
TASKS = 12  # few, so the two processes meet on the same tasks often


def edit_randomly(url: str, name: str, count: int, seed: int) -> None:
    """A worker process: `count` random appends; prints {"accepted": [[task, token]...], "refused": [...]}."""
    rng = random.Random(seed)
    accepted, refused = [], []
    with Session.open(url) as session:
        tasks = sorted(session.ws.tasks)[:TASKS]
        for i in range(count):
            session.bring_in()
            task, token = rng.choice(tasks), f"{name}{i}"
            try:
                session.run(EditTask(task, notes=session.ws.tasks[task].notes + f"{token};"))
            except ConflictError:
                refused.append([task, token])
            else:
                accepted.append([task, token])
    print(json.dumps({"accepted": accepted, "refused": refused}))


def rewrite_all(url: str) -> None:
    """A worker process that rewrites every task's notes in one change, again and again, until it is killed."""
    with Session.open(url) as session:
        tasks = sorted(session.ws.tasks)
        for i in range(10**6):
            session.run(Batch([EditTask(t, notes=f"round {i}") for t in tasks], "Rewrite"))
            if i == 0:
                print("written once", flush=True)


def start(function: str, *args) -> subprocess.Popen:
    code = f"from tests.test_server_processes import {function}; {function}(*{args!r})"
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)


@pytest.fixture
def url(sample_on_server):
    """The URL the worker processes are started with."""
    return sample_on_server


@pytest.mark.timeout(300)
def test_two_processes_500_random_edits_each_lose_nothing(url):
    workers = [start("edit_randomly", url, name, 500, seed) for seed, name in enumerate("ab")]
    results = []
    for worker in workers:
        out, _ = worker.communicate(timeout=280)
        assert worker.returncode == 0
        results.append(json.loads(out.strip().splitlines()[-1]))
    accepted = [tuple(a) for r in results for a in r["accepted"]]
    refused = [tuple(r_) for r in results for r_ in r["refused"]]
    assert len(accepted) + len(refused) == 1000
    with Session.read(url) as session:
        stored = {t: session.ws.tasks[t].notes.split(";")[:-1] for t in session.ws.tasks}
    for task, tokens in stored.items():  # every accepted token, each once, and nothing else (no refused one)
        assert sorted(tokens) == sorted(token for t, token in accepted if t == task), task
    print(f"{len(accepted)} accepted, {len(refused)} refused as conflicts")


@pytest.mark.timeout(120)
def test_a_client_killed_while_writing_leaves_no_half_change(url):
    worker = start("rewrite_all", url)
    assert worker.stdout.readline().strip() == "written once"
    time.sleep(random.random())  # somewhere inside one of its many later changes
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    with Session.read(url) as session:
        notes = {task.notes for task in session.ws.tasks.values()}
    assert len(notes) == 1 and notes.pop().startswith("round ")  # every task from the same last change
