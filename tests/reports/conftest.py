"""Report tests need the sample workspace on a fixed day and a Qt application (fonts need one)."""

import pytest
from report_helpers import TODAY

from planner.core.sample import build_sample


@pytest.fixture
def sample(qapp):
    return build_sample(TODAY)
