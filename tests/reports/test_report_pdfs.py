"""Every report written as a PDF of the sample workspace: its pages, its text, its charts drawn as vectors, and a
table that spans pages repeating its header. The pages were also looked at as images (docs/screenshots/report-*)."""

import shutil
import subprocess

import pytest
from pdf_text import pdf_pages, pdf_text
from report_helpers import TODAY

from planner.core.commands import AddObject, new_workspace
from planner.core.metrics import SetTarget
from planner.core.model import Workspace
from planner.reports import REPORTS, ReportError, build_report
from planner.reports.document import PageSetup, write_pdf


def project_id(ws, name="Mobile app v1"):
    return next(p.id for p in ws.projects.values() if p.name == name)


def area_id(ws, name):
    return next(a.id for a in ws.areas.values() if a.name == name)


def write(ws, kind, scope, tmp_path, setup=PageSetup(), columns=None):
    path = tmp_path / f"{kind}.pdf"
    info = write_pdf(build_report(ws, kind, scope, TODAY, columns), path, setup)
    assert path.stat().st_size > 1000
    return path, info


def test_status_report_has_every_section_and_both_charts(sample, tmp_path):
    path, info = write(sample, "status", ("project", project_id(sample)), tmp_path)
    assert 3 <= info.pages <= 7
    assert info.charts == ["Gantt snapshot", "Earned value S-curve"]
    text = pdf_text(path)
    for words in ("Project status report", "Mobile app v1", "Status date 25 November 2026", "Summary", "Charter",
                  "Launch in both app stores", "Deliverables", "Success criteria", "Milestones",
                  "Requirements signed off", "Planned (Kick-off plan)", "Coming weeks", "Backend API",
                  "Progress and earned value", "ESTIMATE AT COMPLETION", "Top risks", "Backend API is late",
                  "Budget and actual cost", "120,000", "Stakeholder notes", "Consent screen needed",
                  f"Page 1 of {info.pages}", f"Page {info.pages} of {info.pages}"):  # fmt: skip
        assert words in text, words
    assert "Device lab not available" not in text  # closed risks are not among the top ones


def test_status_report_of_an_empty_project_says_what_is_missing(qapp, tmp_path):
    ws = Workspace()
    new_workspace().apply(ws)
    project = AddObject("project", name="Office move")
    project.apply(ws)
    path, info = write(ws, "status", ("project", project.id), tmp_path)
    text = pdf_text(path)
    assert info.pages >= 1
    for words in ("This project has no milestones yet", "Nothing is scheduled in these weeks",
                  "no earned value to report", "No open risks are recorded", "no budget, planned cost or actual cost",
                  "No stakeholders are recorded"):  # fmt: skip
        assert words in text, words


def test_weekly_report_of_the_team_lists_each_person_workload_and_flow(sample, tmp_path):
    SetTarget("throughput", 3).apply(sample)
    SetTarget("cycle_time", 5, percentile=85).apply(sample)
    path, info = write(sample, "weekly", None, tmp_path)
    assert info.charts == ["Workload", "Throughput", "Cycle time"]
    text = pdf_text(path)
    for person in sample.people.values():
        assert person.name in text
    for words in ("Weekly work report", "Whole team", "DONE THIS WEEK", "Workload against capacity",
                  "Fix broken UTM links in bio", "Overdue", "Usability test of the prototype",
                  "Throughput ≥ 3 a week", "85 % within 5 days", "Flow over the last 8 weeks"):  # fmt: skip
        assert words in text, words


def test_weekly_report_of_six_people_fills_three_pages_not_a_page_each(sample, tmp_path):
    assert len(sample.people) == 6
    path, info = write(sample, "weekly", None, tmp_path)
    assert info.pages == 3
    sections = [n for n, page in enumerate(pdf_pages(path)) for person in sample.people.values()
                if f"{person.name} — " in page]  # fmt: skip
    assert len(sections) == 6 and len(set(sections)) <= 2  # the people's sections share pages


def test_weekly_report_of_an_area_keeps_to_the_area(sample, tmp_path):
    path, _info = write(sample, "weekly", ("area", area_id(sample, "Social media")), tmp_path)
    text = pdf_text(path)
    assert "Social media" in text
    assert "Test short video format" in text
    assert "Backend API" not in text  # project work is not the area's
    assert "Maya Patel" in text  # she runs one of its routines


def test_risk_register_draws_the_heat_map_and_lists_every_risk(sample, tmp_path):
    path, info = write(sample, "risks", ("project", project_id(sample)), tmp_path, PageSetup(landscape=True))
    assert info.charts == ["Risk heat map"]
    text = pdf_text(path)
    for risk in sample.risks.values():
        assert risk.name in text
    assert "Causes and responses" in text and "Almost certain (5)" in text


def test_stakeholder_register_has_the_plan_and_the_log(sample, tmp_path):
    path, _info = write(sample, "stakeholders", ("project", project_id(sample)), tmp_path)
    text = pdf_text(path)
    for person in sample.stakeholders.values():
        assert person.name in text
    assert "Communication plan" in text and "Interaction log" in text and "API architecture proposal" in text


def test_task_list_repeats_its_header_on_every_page(sample, tmp_path):
    columns = ["id", "status", "people", "finish", "percent"]
    path, info = write(sample, "tasks", ("project", project_id(sample)), tmp_path, columns=columns)
    assert info.pages >= 2
    assert info.tables_continued >= 1
    pages = pdf_pages(path)
    assert len(pages) == info.pages
    for page in pages:
        header = next(line for line in page.splitlines() if "Task" in line and "Status" in line)
        assert all(word in header for word in ("ID", "Assigned", "Finish", "Done"))
    assert "Start" not in pages[0].split("Assigned")[0].splitlines()[-1]  # a column not chosen is not there
    assert "Post-launch review" in pages[-1]


def test_task_list_refuses_an_unknown_column(sample):
    with pytest.raises(ReportError, match="“budget” is not a task column"):
        build_report(sample, "tasks", ("project", project_id(sample)), TODAY, ["status", "budget"])


def test_board_snapshot_draws_every_column(sample, tmp_path):
    path, info = write(sample, "board", None, tmp_path, PageSetup(landscape=True))
    assert info.charts == ["Board"]
    assert info.pages == 1
    text = pdf_text(path)
    for status in sample.statuses.values():
        assert status.name in text
    assert "Case study: retail customer" in text


def test_a_report_needs_the_scope_it_is_about(sample):
    with pytest.raises(ReportError, match="about one project"):
        build_report(sample, "status", None, TODAY)
    with pytest.raises(ReportError, match="not a report"):
        build_report(sample, "gantt-print", None, TODAY)
    with pytest.raises(ReportError, match="not of a project"):
        build_report(sample, "weekly", ("project", project_id(sample)), TODAY)


@pytest.mark.parametrize(("paper", "landscape", "size"), [("a4", False, "595 x 842 pts (A4)"),
                                                          ("letter", True, "792 x 612 pts (letter)")])  # fmt: skip
def test_paper_and_orientation_set_the_page_size(sample, tmp_path, paper, landscape, size):
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    path, _info = write(sample, "risks", ("project", project_id(sample)), tmp_path, PageSetup(paper, landscape))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert size in info


def test_charts_are_vectors_and_fonts_are_embedded(sample, tmp_path):
    if shutil.which("pdfimages") is None or shutil.which("pdffonts") is None:
        pytest.skip("pdfimages and pdffonts (poppler-utils) are not installed")
    for kind, scope in (("status", ("project", project_id(sample))), ("weekly", None)):
        path, info = write(sample, kind, scope, tmp_path)
        assert info.charts
        images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True)
        assert len(images.stdout.strip().splitlines()) == 2, f"{kind}: a chart was drawn as a picture"
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = fonts.strip().splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), fonts  # the "emb" column


def test_every_report_kind_is_made_from_the_sample(sample, tmp_path):
    scopes = {"project": ("project", project_id(sample)), "area": None, "either": ("area", area_id(sample, "Content"))}
    for kind in REPORTS.values():
        _path, info = write(sample, kind.name, scopes[kind.scope], tmp_path)
        assert info.pages >= 1


def test_weekly_report_lists_what_rules_did_this_week(sample, tmp_path):
    from datetime import datetime, time

    from planner.core.rules import RunDateRules

    RunDateRules(TODAY, clock=lambda: datetime.combine(TODAY, time(8))).apply(sample)  # what opening it would do
    assert sample.rule_logs
    path, _info = write(sample, "weekly", None, tmp_path)
    text = pdf_text(path)
    assert "What rules did" in text and "Overdue to the top" in text and "raise it to Urgent" in text
