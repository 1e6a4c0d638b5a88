""".mpp and .xer files come in through MPXJ when Java and the mpxj package are installed, and the import says how
to enable it when they are not. No .mpp is in the shared data, so the tests hand MPXJ an MS Project XML file under
a .mpp name: its universal reader goes by the content, which is what a real .mpp takes too."""

import shutil

import pytest
from shared_data import SHARED_DATA, needs_shared_data

from planner.core.model import tree_order
from planner.io.common import ImportFileError
from planner.io.formats import import_file
from planner.io.mpxj_files import mpxj_available

SAMPLE = SHARED_DATA / "mspdi" / "sample1.xml"


def _plan(result) -> tuple:
    ws = result.workspace
    tasks = [(ws.tasks[t].title, ws.tasks[t].start, ws.tasks[t].finish) for t in tree_order(ws)]
    links = sorted((ws.tasks[d.predecessor_id].title, ws.tasks[d.successor_id].title, d.type, d.lag)
                   for d in ws.dependencies.values())  # fmt: skip
    return tasks, links, sorted(p.name for p in ws.people.values())


@needs_shared_data
@pytest.mark.skipif(not mpxj_available(), reason="no Java runtime or no mpxj package: .mpp files cannot be read")
def test_an_mpp_file_comes_in_through_mpxj_with_the_tasks_links_and_people_of_the_original(tmp_path):
    mpp = tmp_path / "sample.mpp"
    shutil.copyfile(SAMPLE, mpp)
    result = import_file(mpp)
    assert result.summary.source == "sample.mpp" and "MPXJ" in result.summary.format
    assert _plan(result) == _plan(import_file(SAMPLE))


def test_without_java_the_import_says_how_to_enable_mpp_files(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no java on it
    mpp = tmp_path / "plan.mpp"
    mpp.write_bytes(b"\xd0\xcf\x11\xe0 an OLE file")
    with pytest.raises(ImportFileError, match=r"needs a Java runtime .* \(pip install mpxj\)"):
        import_file(mpp)


@pytest.mark.skipif(not mpxj_available(), reason="no Java runtime or no mpxj package")
def test_a_file_mpxj_cannot_read_is_refused_with_its_reason(tmp_path):
    xer = tmp_path / "broken.xer"
    xer.write_bytes(b"not a Primavera export")
    with pytest.raises(ImportFileError, match=r"broken\.xer: MPXJ could not read it"):
        import_file(xer)
