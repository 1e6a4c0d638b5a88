"""`ImportSummary`: what an import brought in, what it left out and why, for every file format.

Counts are by kind of thing ("task", "link", "person"…), so a CSV or iCalendar importer fills the
same object; the UI and the CLI print `lines()` as they are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from planner.core.i18n import tr


@dataclass(frozen=True)
class Skipped:
    """One thing the import left out: its kind, which one (as the file names it) and why."""

    kind: str
    what: str
    reason: str


@dataclass
class ImportSummary:
    source: str = ""  # the file's name
    format: str = ""  # "MS Project XML", "GanttProject"…
    counts: Counter[str] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # facts the user should know that are not skips

    def add(self, kind: str, number: int = 1) -> None:
        self.counts[kind] += number

    def skip(self, kind: str, what: str, reason: str) -> None:
        self.skipped.append(Skipped(kind, what, reason))

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def skipped_of(self, kind: str) -> list[Skipped]:
        return [s for s in self.skipped if s.kind == kind]

    def reasons(self) -> Counter[tuple[str, str]]:
        """How many things were skipped for each (kind, reason)."""
        return Counter((s.kind, s.reason) for s in self.skipped)

    def lines(self) -> list[str]:
        """A plain report: one line per count, per reason for skipping (with up to three examples), per note."""
        if self.source:
            out = [tr("Import", "Imported from {source} ({format}):").format(source=self.source, format=self.format)]
        else:
            out = [tr("Import", "Imported:")]
        for kind, number in self.counts.items():
            out.append(f"  {number} × {kind}")
        skipped = tr("Import", "  skipped {number} × {kind} ({reason}): {examples}")
        for (kind, reason), number in self.reasons().items():
            examples = [s.what for s in self.skipped if s.kind == kind and s.reason == reason][:3]
            more = ", …" if number > len(examples) else ""
            out.append(skipped.format(number=number, kind=kind, reason=reason, examples=", ".join(examples) + more))
        note = tr("Import", "  note: {text}")
        out.extend(note.format(text=text) for text in self.notes)
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())
