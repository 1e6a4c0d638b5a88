"""`ChartWidget`: one matplotlib Figure in a FigureCanvasQTAgg, with values on hover and export to PNG or SVG.

Matplotlib (about 0.6 s to import) is imported when the first chart is made, never on the way to the window.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from planner.charts.style import hover_text
from planner.core.i18n import tr
from planner.ui import dialogs
from planner.ui.guard import guarded

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Builder = Callable[["Figure"], "Figure"]


class ChartWidget(QWidget):
    """Shows what `builder(figure)` draws into its figure; `redraw()` builds it again (after an edit)."""

    def __init__(self, key: str, builder: Builder, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.builder = builder
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6.4, 3.4), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(280)
        self.canvas.mpl_connect("motion_notify_event", self._hovered)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.last_hover: str | None = None

    def redraw(self, force: bool = False) -> None:
        """Build and draw the figure again; a chart scrolled out of sight only notes it, and draws when seen."""
        if not force and self.visibleRegion().isEmpty():
            self._dirty = True
            return
        self._dirty = False
        self.builder(self.figure)
        self.canvas.draw_idle()

    @guarded
    def paintEvent(self, event) -> None:
        if getattr(self, "_dirty", False):
            self._dirty = False
            QTimer.singleShot(0, lambda: self.redraw(force=True))
        super().paintEvent(event)

    def hover_at(self, x: float, y: float) -> str | None:
        """The text shown for data point (x, y) of the chart's first axes."""
        axes = self.figure.axes[0] if self.figure.axes else None
        return hover_text(self.figure, axes, x, y)

    def _hovered(self, event) -> None:
        text = hover_text(self.figure, event.inaxes, event.xdata, event.ydata)
        self.last_hover = text
        if text:
            QToolTip.showText(QCursor.pos() + QPoint(12, 8), text, self.canvas)
        else:
            QToolTip.hideText()

    def export(self, path: str | Path) -> Path:
        """Save the chart as PNG or SVG (by the file's extension), at print resolution for PNG."""
        if getattr(self, "_dirty", True) or not self.figure.axes:
            self.redraw(force=True)
        path = Path(path)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        self.figure.savefig(path, dpi=200 if path.suffix.lower() == ".png" else None,
                            facecolor=self.figure.get_facecolor())  # fmt: skip
        return path

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(tr("Dashboard", "Export as PNG…"), lambda: self.export_dialog("png"))
        menu.addAction(tr("Dashboard", "Export as SVG…"), lambda: self.export_dialog("svg"))
        dialogs.show_menu(menu, self.canvas.mapToGlobal(pos))

    def export_dialog(self, kind: str = "png") -> None:
        path = dialogs.choose_save_file(self, tr("Dashboard", "Export chart"), str(Path.home() / f"{self.key}.{kind}"),
                                        tr("Dashboard", "PNG image (*.png);;SVG drawing (*.svg)"))  # fmt: skip
        if path:
            self.export(path)


# A canvas laid out before its widget has a size draws once at a few pixels; the next draw is right.
warnings.filterwarnings("ignore", message="constrained_layout not applied", category=UserWarning)
