"""Mutations of import files for fuzzing, shared by tests/io/test_import_fuzz.py and benchmarks/fuzz_imports.py.

A case is a seed file changed one to three times: bytes flipped, an element or a line deleted or given twice,
a value replaced by a random string or number (or one of the values that broke readers before: infinities,
dates in year 1 and 9999, times that are not HH:MM, a 10,000-character TZID), or an element nested thousands
deep. The mutations work on text, not on a parsed tree, so they also make files no parser would write.
"""

from __future__ import annotations

import random
import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from planner.core.commands import new_workspace
from planner.core.model import Workspace
from planner.core.sample import build_sample
from planner.core.schedule import compute_schedule
from planner.io import csv_format, gan, gnome_planner, ical, mspdi
from planner.io.apply import ApplyImport
from planner.io.common import ImportFileError

# The readers themselves, not `formats.import_file`, so that no safety net hides a reader's own bug.
READERS = {
    ".xml": mspdi.import_mspdi,
    ".gan": gan.import_gan,
    ".ics": ical.import_ical,
    ".planner": gnome_planner.import_gnome_planner,
    ".csv": csv_format.import_csv,
}

NASTY = (
    "", " ", "0", "-1", "1", "7", "100", "65535", "-2147483649", "99999999999999999999", "1e308", "-1e308",
    "inf", "-inf", "nan", "NaN", "Infinity", "1e-320", "0x10", "true", "null",
    "0001-01-01", "0001-01-01T00:00:00", "9999-12-31", "9999-12-31T23:59:59", "1899-12-31T08:00:00",
    "2201-01-01T08:00:00", "2024-02-30T08:00:00", "2024-01-08T25:61:00", "25:61:00", "24:00:00", "8",
    "-08:00:00", "12:xx:00", "PT1e400H", "PT-8H", "P99999999999D", "PT999999999H0M0S", "-P1D",
    "19700101T000000Z", "00010101", "99991231T235959Z", "20240108T080000", "FREQ=DAILY;COUNT=99999999",
    "FREQ=SECONDLY", "Europe/Nowhere", "../../../../etc/passwd", "x" * 10_000, "é" * 300, "\u202e\ufeff",
)  # fmt: skip

_TEXT = re.compile(rb">([^<>]{0,200})<")
_ATTRIBUTE = re.compile(rb'(\s[\w:-]+=")([^"]{0,200})"')
_LEAF = re.compile(rb"<([\w:]+)(?:\s[^<>]*)?>[^<]*</\1>")
_OPEN = re.compile(rb"<([\w:]+)(?:\s[^<>]*)?>")


def random_value(rng: random.Random) -> bytes:
    pick = rng.random()
    if pick < 0.6:
        return rng.choice(NASTY).encode()
    if pick < 0.8:
        return repr(rng.choice((rng.randint(-(10**12), 10**12), rng.uniform(-1e9, 1e9)))).encode()
    length = rng.choice((1, 5, 40, 3000))
    return bytes(rng.randrange(32, 127) for _ in range(length))


def _pick(pattern: re.Pattern, data: bytes, rng: random.Random) -> re.Match | None:
    matches = list(pattern.finditer(data))
    return rng.choice(matches) if matches else None


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def replace_xml_value(data: bytes, rng: random.Random) -> bytes:
    match = _pick(_TEXT if rng.random() < 0.5 else _ATTRIBUTE, data, rng)
    if match is None:
        return data
    group = match.lastindex or 0
    value = random_value(rng).replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b'"', b"&quot;")
    return data[: match.start(group)] + value + data[match.end(group) :]


def xml_element(data: bytes, rng: random.Random) -> tuple[int, int] | None:
    """The span of a random element: a leaf, or a start tag up to the first end tag of its name."""
    leaf = _pick(_LEAF, data, rng)
    if leaf is not None and rng.random() < 0.6:
        return leaf.span()
    opened = _pick(_OPEN, data, rng)
    if opened is None:
        return None
    end = data.find(b"</" + opened.group(1) + b">", opened.end())
    return (opened.start(), end + len(opened.group(1)) + 3) if end >= 0 else None


def delete_or_repeat_xml(data: bytes, rng: random.Random) -> bytes:
    span = xml_element(data, rng)
    if span is None:
        return data
    start, end = span
    if rng.random() < 0.5:
        return data[:start] + data[end:]
    return data[:end] + data[start:end] * rng.choice((1, 1, 2, 50)) + data[end:]


def nest_xml(data: bytes, rng: random.Random) -> bytes:
    """An element wrapped in hundreds or thousands of copies of its own start and end tags: deep nesting."""
    span = xml_element(data, rng)
    if span is None:
        return data
    start, end = span
    opened = _OPEN.match(data, start)
    tag = opened.group(0)[:-2] + b">" if opened.group(0).endswith(b"/>") else opened.group(0)
    depth = rng.choice((50, 300, 5_000))
    closing = b"</" + opened.group(1) + b">"
    return data[:start] + tag * depth + data[start:end] + closing * depth + data[end:]


def replace_encoding(data: bytes, rng: random.Random) -> bytes:
    name = rng.choice((b"klingon-8", b"utf-7", b"ebcdic", b"", random_value(rng)[:40]))
    found = re.search(rb'encoding="[^"]*"', data[:200])
    if found is None:
        return b'<?xml version="1.0" encoding="' + name + b'"?>' + data
    return data[: found.start()] + b'encoding="' + name + b'"' + data[found.end() :]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def replace_ics_value(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    index = rng.randrange(len(lines))
    name, colon, _value = lines[index].partition(b":")
    if not colon or name.startswith((b"BEGIN", b"END")):
        return data
    if rng.random() < 0.3:  # a parameter instead of the value
        name = name.split(b";")[0] + b";" + rng.choice((b"TZID=", b"VALUE=", b"RANGE=")) + random_value(rng)
    lines[index] = name + b":" + random_value(rng)
    return b"\n".join(lines)


def delete_or_repeat_ics(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    index = rng.randrange(len(lines))
    if rng.random() < 0.5:
        del lines[index]
    else:
        lines[index:index] = [lines[index]] * rng.choice((1, 1, 2, 50))
    return b"\n".join(lines)


def replace_csv_cell(data: bytes, rng: random.Random) -> bytes:
    """One cell of one line replaced, quoted or not: the separators and quotes themselves may come with it."""
    lines = _lines(data)
    index = rng.randrange(len(lines))
    cells = re.split(rb"([,;\t])", lines[index])
    at = rng.randrange(0, len(cells), 2)
    value = random_value(rng)
    cells[at] = b'"' + value.replace(b'"', b'""') + b'"' if rng.random() < 0.5 else value
    lines[index] = b"".join(cells)
    return b"\n".join(lines)


XML_MUTATIONS = (flip_bytes, replace_xml_value, replace_xml_value, delete_or_repeat_xml, nest_xml, replace_encoding)
ICS_MUTATIONS = (flip_bytes, replace_ics_value, replace_ics_value, delete_or_repeat_ics)
CSV_MUTATIONS = (flip_bytes, replace_csv_cell, replace_csv_cell, replace_csv_cell, delete_or_repeat_ics)


def mutate(data: bytes, suffix: str, rng: random.Random) -> bytes:
    mutations = {".ics": ICS_MUTATIONS, ".csv": CSV_MUTATIONS}.get(suffix, XML_MUTATIONS)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        data = rng.choice(mutations)(data, rng)
    return data


@dataclass
class Outcome:
    imported: bool  # False: refused with an ImportFileError
    seconds: float


def run_case(path: Path) -> Outcome:
    """Import `path` with its format's reader and schedule what came in, in a fresh workspace.

    Returns how it went when the file imported or was refused with an ImportFileError; any other exception
    (from the reader, from applying the import or from the schedule) propagates: that is a bug.
    """
    began = time.perf_counter()
    try:
        result = READERS[path.suffix](path)
    except ImportFileError:
        return Outcome(False, time.perf_counter() - began)
    ws = Workspace()
    new_workspace().apply(ws)
    ApplyImport(result).apply(ws)
    compute_schedule(ws)
    return Outcome(True, time.perf_counter() - began)


GAN_SEED = """<?xml version="1.0" encoding="UTF-8"?>
<project name="Fuzz seed" version="3.3">
  <description>A small plan with every element the reader knows</description>
  <calendars>
    <day-types><default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/></day-types>
    <date year="2024" month="1" date="3" type="HOLIDAY">One-off</date>
    <date month="12" date="25" type="HOLIDAY">Every year</date>
  </calendars>
  <tasks>
    <task id="0" name="Build" meeting="false" start="2024-01-08" duration="5" complete="20" priority="2">
      <notes>Outer</notes>
      <task id="1" name="Walls" meeting="false" start="2024-01-08" duration="2" complete="0" thirdDate="2024-01-09"
            thirdDate-constraint="1">
        <depend id="2" type="2" difference="1" hardness="Strong"/>
      </task>
      <task id="2" name="Roof" meeting="false" start="2024-01-10" duration="3" complete="0"
            webLink="http%3A%2F%2Fexample.com">
        <depend id="3" type="2" difference="0" hardness="Rubber"/>
      </task>
    </task>
    <task id="3" name="Done" meeting="true" start="2024-01-15" duration="0" complete="0"/>
  </tasks>
  <resources>
    <resource id="0" name="Ann" contacts="ann@example.com"><rate name="standard" value="400"/></resource>
  </resources>
  <allocations>
    <allocation task-id="1" resource-id="0" load="100"/>
    <allocation task-id="2" resource-id="0" load="50"/>
  </allocations>
  <vacations><vacation start="2024-01-11" end="2024-01-12" resourceid="0"/></vacations>
</project>
"""

CSV_SEED = """Task Name;Outline Level;Start Date;End;Duration;% Complete;Predecessors;Assigned To;Priority;Notes\r
Build;1;08.01.2024;;;20;;;High;"Two lines,\r
of notes"\r
Walls;2;08.01.2024 08:00;09.01.2024 17:00;2d;0;;Ann;Normal;\r
Roof;2;;;3 days;0;2FS+1d;Ann[50%];Low;\r
Wiring;2;;;4h;0;2SS+50%;Bob;500;\r
Done;1;;;0d;0;3FF-2ed;;Urgent;'=not a formula\r
"""


# A GNOME Planner file with every element its reader knows: nested calendars with their own day types and days
# off, nested tasks, both kinds of scheduling, constraints, typed links with a lag, people and a material resource.
# tests/io/test_gnome_planner.py checks what each becomes.
GNOME_PLANNER_SEED = """<?xml version="1.0"?>
<project name="Kitchen" company="Home" manager="Kim" phase="" project-start="20250106T000000Z"
         mrproject-version="2" calendar="1">
  <calendars>
    <day-types>
      <day-type id="0" name="Working" description="A default working day"/>
      <day-type id="1" name="Nonworking" description="A default non working day"/>
      <day-type id="2" name="Use base" description="Use day from base calendar"/>
      <day-type id="3" name="Short" description="Mornings only"/>
    </day-types>
    <calendar id="1" name="Default">
      <default-week mon="0" tue="0" wed="0" thu="0" fri="3" sat="1" sun="1"/>
      <overridden-day-types>
        <overridden-day-type id="0">
          <interval start="0900" end="1200"/><interval start="1300" end="1800"/>
        </overridden-day-type>
        <overridden-day-type id="3"><interval start="0900" end="1300"/></overridden-day-type>
      </overridden-day-types>
      <days><day date="20250107" type="day-type" id="1"/></days>
      <calendar id="2" name="Part time">
        <default-week mon="1" tue="2" wed="2" thu="2" fri="2" sat="2" sun="2"/>
        <overridden-day-types/>
        <days><day date="20250108" type="day-type" id="1"/></days>
      </calendar>
    </calendar>
  </calendars>
  <tasks>
    <task id="10" name="Build" note="" work="172800" start="20250106T090000Z" end="20250110T130000Z"
          percent-complete="0" priority="0" type="normal" scheduling="fixed-work">
      <task id="11" name="Walls" note="Check the &#10;plans" work="57600" start="20250106T090000Z"
            end="20250108T180000Z" percent-complete="40" priority="7000" type="normal" scheduling="fixed-work">
        <constraint type="start-no-earlier-than" time="20250106T090000Z"/>
      </task>
      <task id="12" name="Paint" note="" work="0" duration="28800" start="20250109T090000Z"
            end="20250109T180000Z" percent-complete="0" priority="0" type="normal" scheduling="fixed-duration">
        <predecessors><predecessor id="1" predecessor-id="11" type="SS" lag="3600"/></predecessors>
      </task>
    </task>
    <task id="13" name="Done" note="" work="0" start="20250110T130000Z" end="20250110T130000Z"
          percent-complete="0" priority="0" type="milestone" scheduling="fixed-work">
      <constraint type="must-start-on" time="20250110T090000Z"/>
      <predecessors><predecessor id="2" predecessor-id="12" type="FF"/></predecessors>
    </task>
  </tasks>
  <resource-groups/>
  <resources>
    <resource id="1" name="Ann Lee" short-name="AL" type="1" units="0" email="ann@example.com" note=""
              std-rate="40" calendar="2"/>
    <resource id="2" name="Bob" short-name="B" type="1" units="0" email="" note="" std-rate="0"/>
    <resource id="3" name="Paint" short-name="" type="2" units="0" email="" note="" std-rate="5"/>
  </resources>
  <allocations>
    <allocation task-id="11" resource-id="1" units="100"/>
    <allocation task-id="11" resource-id="2" units="100"/>
    <allocation task-id="12" resource-id="3" units="100"/>
  </allocations>
</project>
"""


def write_own_seeds(folder: Path) -> list[Path]:
    """Seed files made here, so fuzzing needs nothing beside the repository: the sample workspace's project as
    MS Project XML, iCalendar and CSV (calendars, links, people, routines), small GanttProject and GNOME Planner
    files, and a small CSV as LibreOffice writes it in Europe."""
    ws = build_sample(date(2024, 1, 8))
    project_id = min(ws.projects)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "sample.xml", folder / "sample.ics", folder / "seed.gan", folder / "seed.planner",
             folder / "sample.csv", folder / "seed.csv"]  # fmt: skip
    mspdi.export_mspdi(ws, project_id, paths[0])
    ical.export_ical(ws, None, paths[1])
    paths[2].write_text(GAN_SEED, encoding="utf-8")
    paths[3].write_text(GNOME_PLANNER_SEED, encoding="utf-8")
    csv_format.export_csv(ws, project_id, paths[4], separator=",")
    paths[5].write_bytes(CSV_SEED.encode("utf-8-sig"))
    return paths
