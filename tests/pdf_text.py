"""The text of a written PDF page by page, for the report and Gantt printing tests (pdftotext; a test that reads
text skips, saying so, where poppler-utils is missing)."""

import shutil
import subprocess
import unicodedata

import pytest


def pdf_pages(path, layout: bool = True) -> list[str]:
    """The text of each page of a PDF: as laid out (rows of a table on one line), or in reading order (a wrapped
    table cell's words together)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the PDF's text cannot be read")
    mode = ["-layout"] if layout else []
    text = subprocess.run(["pdftotext", *mode, str(path), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text)  # fonts with ligatures write "ﬁ" for "fi"; a reader sees "fi"
    return text.split("\f")[: -1 if text.endswith("\f") else None]


def pdf_text(path) -> str:
    """The whole text in reading order, every run of white space one space."""
    return " ".join(" ".join(page.split()) for page in pdf_pages(path, layout=False))
