"""Test-wide set-up: Qt without a display, and a private data folder so no test touches the user's."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "user-data"
    monkeypatch.setenv("PLANNER_DATA_DIR", str(folder))
    return folder
