"""A test that hangs ends the run with a timeout (pytest-timeout, configured in pyproject.toml) instead of
stopping it for good, even inside a modal Qt dialog, whose event loop never hands control back to Python."""

import os
import subprocess
import sys
import time
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_a_modal_dialog_nobody_closes_fails_with_a_timeout(tmp_path):
    (tmp_path / "test_hang.py").write_text(
        "from PySide6.QtWidgets import QMessageBox\n\n"
        "def test_waits_for_a_click(qapp):\n"
        "    QMessageBox.warning(None, 'Nobody', 'will close this')\n"
    )
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(PYPROJECT), "--rootdir", str(tmp_path), "--timeout", "2",
         str(tmp_path)],
        capture_output=True, text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert time.monotonic() - started < 30
    assert result.returncode != 0
    assert "+ Timeout +" in result.stdout + result.stderr
    assert "test_waits_for_a_click" in result.stdout + result.stderr
