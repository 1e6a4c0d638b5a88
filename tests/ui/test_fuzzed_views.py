"""A mutated file that imports is drawn by every view without an error (issue #13): the importer fuzz test checks
that such files schedule; here they go in through File ▸ Import and every view paints each project they made.
Any exception inside Qt's calls fails the test through the guard's report (the `caught` fixture)."""

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))  # the importer fuzz test's mutations
from mutations import READERS, mutate, write_own_seeds

from planner.io.common import ImportFileError
from planner.ui.views import VIEW_NAMES

IMPORTED_PER_FORMAT = 10


def imported_cases(folder: Path, suffix: str, seed: int) -> list[Path]:
    """The first mutated files of one format that import (the others are the fuzz test's business)."""
    source = next(p for p in write_own_seeds(folder / "seeds") if p.suffix == suffix)  # the sample's, if several
    data, rng, cases = source.read_bytes(), random.Random(seed), []
    for number in range(200):
        case = folder / f"case-{number}{suffix}"
        case.write_bytes(mutate(data, suffix, rng))
        try:
            READERS[suffix](case)
        except ImportFileError:
            continue
        cases.append(case)
        if len(cases) == IMPORTED_PER_FORMAT:
            break
    return cases


@pytest.mark.parametrize("suffix", sorted(READERS))
def test_imported_mutations_render_in_every_view(suffix, make_window, tmp_path, dialogs, qtbot):
    cases = imported_cases(tmp_path, suffix, seed=21)
    assert len(cases) == IMPORTED_PER_FORMAT
    window = make_window(tmp_path / "fuzzed.planner")
    projects = []
    for case in cases:
        if suffix == ".csv":
            dialogs.answer("run", True)  # the columns' fields, as guessed from the header
        dialogs.answer("tell")  # the import's summary
        assert window.import_path(case), case.name
        projects.append(window.sidebar.current_scope())
    for name in VIEW_NAMES:
        window.show_view(name)
        for scope in projects:
            window.sidebar.select_scope(scope)
            qtbot.wait(1)
            assert not window.grab().isNull()
