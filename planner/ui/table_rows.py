"""`RowPainter`: the table's plain task rows painted in one Python call a row, the pixels Qt's own painting gives.

Qt paints a tree row cell by cell: for each cell its delegate asks the model seven roles (a call into Python), the
style sheet's rules are looked up, the selection is checked (the model's `parent` in Python, twice) and the text is
laid out three times (to place it, to elide it, to draw it). That was ~30 ms of CPU for a fresh page of 43 rows.
Here a frame measures the cell layout once with the style (`subElementRect`, the style sheet's padding included),
and each row reads its cells from the model's painted row and draws them with a few painter calls.
Rows that look otherwise (selected, current, areas and projects) and frames that show anything else (the proxy,
a column read live, label chips, an editor open, right to left) are painted by Qt as before.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from planner.ui.delegates import paint_progress
from planner.ui.models.columns import DERIVED_COLUMNS, SCHEDULE_COLUMNS, Column

_TITLE = int(Column.TITLE)
_PERCENT = int(Column.PERCENT)
# The columns read from the task's painted row; the rest (schedule and derived columns, label chips) Qt paints.
_PAINTED_HERE = frozenset(
    int(c) for c in Column if c not in SCHEDULE_COLUMNS and c not in DERIVED_COLUMNS and c != Column.LABELS
)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # Qt's default display alignment
_ELIDE = Qt.TextElideMode.ElideRight
_FEATURE = QStyleOptionViewItem.ViewItemFeature


class RowPainter:
    """What one frame of `view` needs to paint its plain task rows: the shown columns' places, the cell layout, the
    colours and fonts. Made by `for_frame`, which answers None when the frame is Qt's to paint whole."""

    def __init__(self, view, columns: list[tuple[int, int, int]]) -> None:
        self.view = view
        self.model = view.model()
        self.columns = columns  # (logical column, x in the viewport, width), in the order shown
        self.left = columns[0][1]
        self.width = columns[-1][1] + columns[-1][2] - self.left
        group = QPalette.ColorGroup.Active if view.isActiveWindow() else QPalette.ColorGroup.Inactive
        self.palette = QPalette(view.palette())
        self.palette.setCurrentColorGroup(group)  # as Qt sets each cell's option
        self.text_colour = self.palette.color(QPalette.ColorRole.Text)
        self.alternate = self.palette.brush(QPalette.ColorRole.AlternateBase) if view.alternatingRowColors() else None
        self.font = view.font()
        self.bold = self.model.summary_font().resolve(self.font)  # as Qt's delegate resolves the font role
        self.metrics = QFontMetricsF(self.font)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.int_metrics = view.fontMetrics()
        self.row_height = None
        self.selection = view.selectionModel() if view.selectionModel().hasSelection() else None
        self.current = view.currentIndex()
        self._layout(view)

    @classmethod
    def for_frame(cls, view) -> RowPainter | None:
        model = view.model()
        if (
            model is not view.proxy.source
            or view.isRightToLeft()
            or not view.isEnabled()
            or view.state() == view.State.EditingState
        ):
            return None
        header = view.header()
        offset, shown_width = header.offset(), view.viewport().width()
        columns = []
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if header.isSectionHidden(column):
                continue
            x, width = header.sectionPosition(column) - offset, header.sectionSize(column)
            if x + width <= 0 or x >= shown_width:
                continue  # out of view: nothing of it is drawn
            if column not in _PAINTED_HERE:
                return None
            columns.append((column, x, width))
        return cls(view, columns) if columns else None

    def _layout(self, view) -> None:
        """Where the style puts a cell's icon and text, from its left edge, measured once on a sample cell: the
        text's place does not depend on the text."""
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = QRect(0, 0, 400, 40)
        option.text = "x"
        option.features = _FEATURE.HasDisplay | _FEATURE.HasDecoration
        option.decorationSize = view.iconSize() if view.iconSize().isValid() else option.decorationSize
        style = view.style()
        icon = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, option, view)
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        option.features = _FEATURE.HasDisplay
        plain = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1  # Qt's text margin
        self.icon_size = icon.size()
        self.icon_x = icon.x()
        self.icon_y = icon.y() - (option.rect.height() - icon.height()) // 2  # from the centred place
        self.title_text = (text.x() + margin, 400 - text.right() - 1 + margin)  # (from the left, from the right)
        self.plain_text = (plain.x() + margin, 400 - plain.right() - 1 + margin)

    def paints(self, index) -> bool:
        """Whether the row of `index` (its first column) is a plain task row this painter draws as Qt would."""
        if index.internalId() & 3:  # an area or a project: Qt paints it
            return False
        if index.row() == self.current.row() and index.internalId() == self.current.internalId():
            return False  # the current row: its focus frame
        return self.selection is None or not self.selection.rowIntersectsSelection(index.row(), index.parent())

    def paint(self, painter, rect: QRect, index) -> None:
        view, model = self.view, self.model
        ident = index.internalId() >> 2
        row = model.painted_row(ident)
        if row is None:
            return
        y, height = rect.y(), rect.height()
        if self.alternate is not None and (y + view.verticalOffset()) // height % 2:
            painter.fillRect(QRect(self.left, y, self.width, height), self.alternate)
        for column, x, width in self.columns:
            if column == _TITLE:
                indent = view.visualRect(index).x() - x
                if indent > 0:
                    view.drawBranches(painter, QRect(x, y, indent, height), index)
                x, width = x + indent, width - indent
                icon = model.title_icon(ident, row)
                icon.paint(painter, QRect(x + self.icon_x, y + (height - self.icon_size.height()) // 2 + self.icon_y,
                                          self.icon_size.width(), self.icon_size.height()))  # fmt: skip
                left, right = self.title_text
                bold = row.font is not None
                painter.setFont(self.bold if bold else self.font)
                metrics = self.bold_metrics if bold else self.metrics
            elif column == _PERCENT:
                percent = model.percent_done(ident)
                cell = QRect(x, y, width, height)
                paint_progress(painter, cell, self.palette, self.int_metrics, False, percent)
                continue
            else:
                left, right = self.plain_text
                painter.setFont(self.font)
                metrics = self.metrics
            text, brush, alignment = model.painted_cell(row, ident, column)
            if not text:
                continue
            box = QRect(x + left, y, width - left - right, height)
            if metrics.horizontalAdvance(text) > box.width():
                text = metrics.elidedText(text, _ELIDE, box.width())
            painter.setPen(self.text_colour if brush is None else brush.color())
            painter.drawText(box, alignment or _LEFT, text)
