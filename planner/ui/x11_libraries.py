"""The system libraries Qt's X11 platform plugin ("xcb") loads on Linux, and the package of each distribution that
holds them. Without one of them Qt only says it "could not load the Qt platform plugin xcb" and aborts; checked
before Qt starts, the app can name the package to install. No Qt here: it runs before the QApplication exists.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from pathlib import Path

# What libqxcb.so and libQt6XcbQpa.so.6 link (ldd, PySide6 6.11) beyond libX11, libxcb and libxkbcommon, which
# every X11 session has; each with its package on (Debian/Ubuntu, Fedora, Arch). A fresh Debian lacks the first three.
LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
}
INSTALLERS = (("Debian or Ubuntu", "sudo apt install"), ("Fedora", "sudo dnf install"), ("Arch", "sudo pacman -S"))


def loads(name: str) -> bool:
    """Whether the library `name` can be loaded, from the system or from the installed app's own folder."""
    bundled = getattr(sys, "_MEIPASS", None)  # a PyInstaller build ships these libraries beside itself
    if bundled is not None and (Path(bundled) / name).exists():
        return True
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing(can_load: Callable[[str], bool] = loads) -> list[str]:
    """The libraries of LIBRARIES that `can_load` cannot load."""
    return [name for name in LIBRARIES if not can_load(name)]


def install_advice(names: list[str]) -> str:
    """What to tell a person when the libraries `names` are missing: which they are, and for each distribution
    the one command that installs them."""
    lines = [f"Qt's X11 plugin cannot start without {', '.join(names)}. Install {'it' if len(names) == 1 else 'them'}:"]
    for column, (distribution, command) in enumerate(INSTALLERS):
        packages = dict.fromkeys(LIBRARIES[name][column] for name in names)  # one each, in order
        lines.append(f"  {distribution}: {command} {' '.join(packages)}")
    return "\n".join(lines)


def problem(can_load: Callable[[str], bool] = loads) -> str | None:
    """On Linux, when Qt is going to use its X11 plugin, the advice for the libraries it would miss; otherwise None.
    Qt picks Wayland first in a Wayland session unless QT_QPA_PLATFORM says otherwise."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if not platform and os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return None
    names = missing(can_load)
    return install_advice(names) if names else None
