"""MS Project .mpp and Primavera .xer files in, through MPXJ (the Java library GanttProject and ProjectLibre read
them with): when a Java runtime and the `mpxj` package are installed, MPXJ's universal reader turns the file into
MS Project XML, which our own importer then reads. Without them, the message says how to enable it.

MPXJ runs in a child Python process, so the Java virtual machine never starts inside the app (it cannot be
stopped once started, and a crash in it would take the window with it)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from planner.core.i18n import tr
from planner.io.common import ImportFileError, ImportResult

FORMAT = "MS Project or Primavera (through MPXJ)"
TIMEOUT = 300  # seconds: MPXJ reads a large .mpp in a few; a hung JVM must not hang the import for good
HOW_TO_ENABLE = (
    "reading .mpp and .xer files needs a Java runtime (such as the package default-jre-headless) and the "
    "Python package mpxj (pip install mpxj); or save the file from MS Project or Primavera as MS Project XML"
)
# Run in the child: read any file MPXJ knows, write it as MS Project XML.
_CONVERT = """
import sys
import jpype
import mpxj  # puts MPXJ's jars on the class path
jpype.startJVM()
try:
    from org.mpxj.reader import UniversalProjectReader
    from org.mpxj.writer import FileFormat, UniversalProjectWriter
except ImportError:  # MPXJ before 14 named its packages net.sf.mpxj
    from net.sf.mpxj.reader import UniversalProjectReader
    from net.sf.mpxj.writer import FileFormat, UniversalProjectWriter
project = UniversalProjectReader().read(sys.argv[1])
if project is None:
    sys.exit("MPXJ does not know this kind of file")
UniversalProjectWriter(FileFormat.MSPDI).write(project, sys.argv[2])
"""


def mpxj_available() -> bool:
    return shutil.which("java") is not None and importlib.util.find_spec("mpxj") is not None


def import_through_mpxj(path: str | os.PathLike) -> ImportResult:
    """Read a file MPXJ knows (.mpp, .xer…) as MS Project XML; ImportFileError when it cannot, or when MPXJ is not
    installed (saying how to install it)."""
    from planner.io.mspdi import import_mspdi  # the MS Project XML reader, only once there is a file for it

    name = Path(path).name
    if not Path(path).is_file():
        raise ImportFileError(tr("Import", "{name}: there is no such file").format(name=name))
    if not mpxj_available():
        raise ImportFileError(tr("Import", "{name}: {HOW_TO_ENABLE}").format(name=name, HOW_TO_ENABLE=HOW_TO_ENABLE))
    with tempfile.TemporaryDirectory() as folder:
        converted = Path(folder) / "converted.xml"
        try:
            done = subprocess.run(
                [sys.executable, "-c", _CONVERT, str(path), str(converted)],
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise ImportFileError(
                tr("Import", "{name}: MPXJ did not finish reading it in {TIMEOUT} s").format(name=name, TIMEOUT=TIMEOUT)
            ) from None
        if done.returncode != 0 or not converted.is_file():
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise ImportFileError(
                tr("Import", "{name}: MPXJ could not read it ({last})").format(name=name, last=last[:300])
            )
        result = import_mspdi(converted)
    result.summary.source, result.summary.format = name, FORMAT
    return result
