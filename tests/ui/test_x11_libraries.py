"""On Linux the app names the package to install for each library Qt's X11 plugin would miss."""

import re
from pathlib import Path

from planner.ui import x11_libraries
from planner.ui.x11_libraries import INSTALLERS, LIBRARIES, install_advice, missing

README = Path(__file__).resolve().parents[2] / "README.md"


def test_a_fresh_debian_is_told_the_three_packages_it_lacks():
    lacking = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    names = missing(lambda name: name not in lacking)
    assert names == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    advice = install_advice(names).splitlines()
    assert advice[0].startswith("Qt's X11 plugin cannot start without libxcb-cursor.so.0, libxcb-icccm.so.4")
    assert advice[1:] == [
        "  Debian or Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1",
        "  Fedora: sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms",
        "  Arch: sudo pacman -S xcb-util-cursor xcb-util-wm xcb-util-keysyms",
    ]


def test_libraries_of_one_package_name_it_once():
    advice = install_advice(["libxcb-xkb.so.1", "libxcb-shape.so.0"])
    assert "  Fedora: sudo dnf install libxcb" in advice.splitlines()
    assert "  Debian or Ubuntu: sudo apt install libxcb-xkb1 libxcb-shape0" in advice.splitlines()


def test_nothing_is_said_when_every_library_loads(monkeypatch):
    assert missing(lambda name: True) == []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # another plugin: the X11 libraries do not matter
    assert x11_libraries.problem(lambda name: False) is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert "sudo apt install libxcb-cursor0" in x11_libraries.problem(lambda name: False)


def test_the_readme_lists_every_package_for_each_distribution():
    text = " ".join(README.read_text(encoding="utf-8").split())
    for column, (distribution, command) in enumerate(INSTALLERS):
        listed = re.search(rf"- {distribution}: `{command} ([^`]+)`", text).group(1).split()
        assert sorted(set(listed)) == sorted({packages[column] for packages in LIBRARIES.values()}), distribution
