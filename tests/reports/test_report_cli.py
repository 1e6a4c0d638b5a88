"""`planner report …` on a sample workspace file: PDFs written headless, and bad input refused with exit code 2
and the reason on stderr, writing nothing."""

import os
import subprocess
import sys

import pytest
from pdf_text import pdf_text
from report_helpers import TODAY

from planner.cli import main
from planner.core.sample import build_sample
from planner.session import Session


@pytest.fixture
def sample_file(tmp_path, qapp):
    path = tmp_path / "team.planner"
    Session.create(path, build_sample(TODAY)).close()
    return path


def report(*args):
    return main(["report", *map(str, args), "--date", TODAY.isoformat()])


@pytest.mark.parametrize(("kind", "scope", "words"), [
    ("status", [], "Project status report"),  # the only project is found without --project
    ("weekly", [], "Whole team"),
    ("weekly", ["--area", "Newsletter"], "Redesign the newsletter template"),
    ("risks", ["--project", "Mobile app v1"], "Backend API is late"),
    ("tasks", ["--area", "Content", "--columns", "id,priority,labels"], "Quick win"),
    ("board", ["--landscape", "--paper", "letter"], "Board snapshot"),
    ("usage", ["--landscape"], "Resource usage"),
    ("usage", ["--area", "Newsletter"], "Newsletter"),
])  # fmt: skip
def test_report_jobs_write_pdfs(sample_file, tmp_path, capsys, kind, scope, words):
    out = tmp_path / f"{kind}.pdf"
    assert report(kind, sample_file, *scope, "-o", out) == 0
    assert capsys.readouterr().out.startswith(f"wrote {out} (")
    assert words in pdf_text(out)


@pytest.mark.parametrize(("args", "message"), [
    (["status", "{file}", "--project", "Moon base"], "no project “Moon base”; the projects are: “Mobile app v1”"),
    (["weekly", "{file}", "--area", "Sales"], "there is no area “Sales”"),
    (["tasks", "{file}", "--columns", "id,colour"], "“colour” is not a task column"),
    (["weekly", "{file}", "--project", "Mobile app v1"], "not of a project"),
    (["usage", "{file}", "--project", "Mobile app v1"], "not of a project"),
    (["status", "{file}", "--project", "Mobile app v1", "--area", "Content"], "not both"),
    (["status", "{missing}"], "planner: "),
])  # fmt: skip
def test_bad_input_exits_2_and_writes_nothing(sample_file, tmp_path, capsys, args, message):
    out = tmp_path / "out.pdf"
    args = [a.format(file=sample_file, missing=tmp_path / "none" / "x.planner") for a in args]
    assert report(*args, "-o", out) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_bad_date_and_an_unknown_report_are_refused(sample_file, tmp_path, capsys):
    assert main(["report", "status", str(sample_file), "--date", "25/11/2026", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "--date must look like 2026-11-25" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["report", "gantt", str(sample_file), "-o", str(tmp_path / "x.pdf")])
    assert exit_.value.code == 2


def test_report_runs_headless_in_a_fresh_process(sample_file, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "status.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "planner", "report", "status", str(sample_file), "-o", str(out), "--date", "2026-11-25"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert out.stat().st_size > 10_000
