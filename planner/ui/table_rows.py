"""`RowPainter`: the table's plain task rows painted in one Python call a row, the pixels Qt's own painting gives.

Qt paints a tree row cell by cell: for each cell its delegate asks the model seven roles (a call into Python), the
style sheet's rules are looked up, the selection is checked (the model's `parent` in Python, twice) and the text is
laid out three times (to place it, to elide it, to draw it). That was ~30 ms of CPU for a fresh page of 43 rows.
Here a frame measures the cell layout once with the style (`subElementRect`, the style sheet's padding included),
and each row reads its cells from the model's painted row and draws them with a few painter calls.
Rows that look otherwise (selected, current, areas and projects) and frames that show anything else (the proxy,
a column read live, label chips, an editor open, right to left) are painted by Qt as before.
A cell's text is laid out once (`ShapedTexts`): most of a page's texts repeat from row to row (dates, statuses,
priorities, durations, people), and laying a text out again was a third of a frame. The branches left of a title
(from where the row sits in the model's lists), the icons and the % done cells are drawn once and kept as images
(`RowImages`).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QIcon, QPainter, QPalette, QPixmap, QStaticText, QTransform
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from planner.ui.delegates import paint_progress
from planner.ui.models.columns import PLAIN_COLUMNS, Column

_TITLE = int(Column.TITLE)
_PERCENT = int(Column.PERCENT)
# The columns read from the task's painted row; the rest (schedule and derived columns, label chips) Qt paints.
_PAINTED_HERE = frozenset(int(c) for c in PLAIN_COLUMNS - {Column.LABELS})
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # Qt's default display alignment
_ELIDE = Qt.TextElideMode.ElideRight
_FEATURE = QStyleOptionViewItem.ViewItemFeature
_NARROWEST = 40  # a cell at least this wide holds its icon and padding, so Qt's clip to the cell cuts nothing
_STATE = QStyle.StateFlag
_BRANCH = QStyle.PrimitiveElement.PE_IndicatorBranch
_ICONS_KEPT = 200
_BARS_KEPT = 2000
_CLEAR = Qt.GlobalColor.transparent


class ShapedTexts:
    """Cell texts laid out once, kept between frames: each as a `QStaticText` with its width, so drawing it again
    skips the shaping (HarfBuzz) that `QPainter.drawText` and the width check before eliding each did for every cell.
    `drawStaticText` at the place `drawText` computes gives the same pixels. Forgotten when the fonts change, and
    all at once past `LIMIT` texts (a page shows ~300, most of them repeated: dates, statuses, people)."""

    LIMIT = 5000

    def __init__(self) -> None:
        self.fonts: tuple[QFont, QFont] | None = None
        self.texts: dict[tuple[str, bool], tuple[QStaticText, float, float]] = {}

    def for_fonts(self, font: QFont, bold: QFont) -> ShapedTexts:
        if self.fonts is None or self.fonts[0] != font or self.fonts[1] != bold or len(self.texts) > self.LIMIT:
            self.fonts = (QFont(font), QFont(bold))
            self.texts = {}
        return self

    def get(self, text: str, bold: bool, metrics: QFontMetricsF) -> tuple[QStaticText, float, float]:
        """`text` laid out in the plain or the bold font: (the laid-out text, its width as the width check before
        eliding measures it, its width as a right alignment places it)."""
        shaped = self.texts.get((text, bold))
        if shaped is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), self.fonts[bold])
            shaped = self.texts[(text, bold)] = (static, metrics.horizontalAdvance(text), static.size().width())
        return shaped


class RowImages:
    """What a row shows the same in many rows, drawn once and kept as images, forgotten when the look changes
    (style, style sheet, palette, indentation, font, the window active or not, the screen's pixel ratio). Each is drawn
    as Qt draws it, on a transparent image, which drawn in its place gives the same pixels.

    - The branches left of a title, for each shape: Qt's `drawBranches` asked the model's `parent` and `rowCount`
      in Python for each level of each row, and the style (its style sheet rules) for each level's indicator. A
      shape is what `drawBranches` draws from: whether the row has children and is expanded, and for it and each
      ancestor whether a row follows in its list; drawn as the style's PE_IndicatorBranch for each level.
    - The icons: `QIcon.paint` went through the icon's engine in Python (`theme._TintedIconEngine`) each time.
    - The % done cells, for each percentage, width and background: `paint_progress` was ~30 µs a row."""

    def __init__(self) -> None:
        self.look: tuple | None = None
        self.branch_images: dict[tuple, QPixmap] = {}
        self.icon_images: dict[tuple, tuple[QIcon, QPixmap]] = {}
        self.progress_images: dict[tuple, QPixmap] = {}

    def for_frame(self, view) -> RowImages:
        look = (
            view.style().name(),
            QApplication.instance().styleSheet(),
            view.styleSheet(),
            view.palette().cacheKey(),
            view.indentation(),
            view.font().key(),
            view.isActiveWindow(),
            view.devicePixelRatioF(),
        )
        if look != self.look:
            self.look, self.branch_images, self.icon_images, self.progress_images = look, {}, {}, {}
        return self

    def branches(self, view, height: int, children: bool, expanded: bool, following: tuple[bool, ...]) -> QPixmap:
        """The branches of a row `height` high: its own (innermost, at the right) and its ancestors' levels."""
        key = (height, children, expanded, following)
        image = self.branch_images.get(key)
        if image is None:
            image = self.branch_images[key] = self._draw_branches(view, height, children, expanded, following)
        return image

    def icon(self, icon: QIcon, size: QSize) -> QPixmap:
        """`icon` as `QIcon.paint` draws it (centred, in its normal mode) in a place of `size`."""
        key = (id(icon), size.width(), size.height())
        kept = self.icon_images.get(key)
        if kept is None:
            # The icons are the theme's few; a model making new ones each time would otherwise fill this.
            _make_room(self.icon_images, _ICONS_KEPT)
            image, painter = self._blank(size.width(), size.height())
            icon.paint(painter, QRect(0, 0, size.width(), size.height()))
            painter.end()
            kept = self.icon_images[key] = (icon, image)  # the icon kept too: no other takes its id while kept
        return kept[1]

    def progress(self, percent: int, width: int, height: int, background: QColor, font, palette, metrics) -> QPixmap:
        """A % done cell as `paint_progress` draws it on `background` (a bar's antialiased edges and its text are
        blended with what is under them: drawn on a transparent image they would not give the same pixels)."""
        key = (percent, width, height, background.rgba())
        image = self.progress_images.get(key)
        if image is None:
            _make_room(self.progress_images, _BARS_KEPT)  # ~100 percentages × the widths and colours a session shows
            image, painter = self._blank(width, height, background)
            painter.setFont(font)  # the text's, as the view's painter has it in a cell
            paint_progress(painter, QRect(0, 0, width, height), palette, metrics, False, percent)
            painter.end()
            self.progress_images[key] = image
        return image

    def _blank(self, width: int, height: int, fill: QColor | Qt.GlobalColor = _CLEAR) -> tuple[QPixmap, QPainter]:
        ratio = self.look[-1]
        image = QPixmap(round(width * ratio), round(height * ratio))
        image.setDevicePixelRatio(ratio)
        image.fill(fill)
        return image, QPainter(image)

    def _draw_branches(self, view, height: int, children: bool, expanded: bool, following: tuple[bool, ...]) -> QPixmap:
        indent = view.indentation()
        width = indent * len(following)
        image, painter = self._blank(width, height)
        option = QStyleOptionViewItem()  # as Qt's drawBranches: the style sheet's style draws no branch for less
        view.initViewItemOption(option)
        shared = _STATE.State_Enabled | (_STATE.State_Active if view.isActiveWindow() else _STATE.State_None)
        innermost = _STATE.State_Item
        if children:
            innermost |= _STATE.State_Children
        if expanded:
            innermost |= _STATE.State_Open
        for level, more in enumerate(following):
            option.rect = QRect(width - indent * (level + 1), 0, indent, height)
            state = shared | (innermost if level == 0 else _STATE.State_None)
            option.state = state | _STATE.State_Sibling if more else state
            view.style().drawPrimitive(_BRANCH, option, painter, view)
        painter.end()
        return image


class RowPainter:
    """What one frame of `view` needs to paint its plain task rows: the shown columns' places, the cell layout, the
    colours and fonts. Made by `for_frame`, which answers None when the frame is Qt's to paint whole."""

    def __init__(self, view, columns: list[tuple[int, int, int]], texts: ShapedTexts, images: RowImages) -> None:
        self.view = view
        self.model = view.model()
        self.columns = columns  # (logical column, x in the viewport, width), in the order shown
        self.shown = [column for column, _x, _width in columns]
        self.left = columns[0][1]
        self.title = next(((x, width) for column, x, width in columns if column == _TITLE), None)  # None: out of view
        self.width = columns[-1][1] + columns[-1][2] - self.left
        group = QPalette.ColorGroup.Active if view.isActiveWindow() else QPalette.ColorGroup.Inactive
        self.palette = QPalette(view.palette())
        self.palette.setCurrentColorGroup(group)  # as Qt sets each cell's option
        self.text_colour = self.palette.color(QPalette.ColorRole.Text)
        self.alternate = self.palette.brush(QPalette.ColorRole.AlternateBase) if view.alternatingRowColors() else None
        viewport = view.viewport()
        # What lies under a row's cells (the viewport's background, or the alternate rows' colour) when it is one
        # colour, for the % done bars drawn on it once (None: drawn in place each time).
        self.backgrounds = tuple(
            brush.color() if brush is not None and brush.style() == Qt.BrushStyle.SolidPattern else None
            for brush in (viewport.palette().brush(viewport.backgroundRole()), self.alternate)
        )
        self.font = view.font()
        self.bold = self.model.summary_font().resolve(self.font)  # as Qt's delegate resolves the font role
        self.metrics = QFontMetricsF(self.font)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.int_metrics = view.fontMetrics()
        self.texts = texts.for_fonts(self.font, self.bold)
        self.images = images.for_frame(view)
        self.root = self.model.node(view.rootIndex())
        self.indentation = view.indentation()
        self.outer = 0 if view.rootIsDecorated() else 1  # the levels Qt draws no branch for, from the root
        self.selection = view.selectionModel() if view.selectionModel().hasSelection() else None
        self.current = view.currentIndex()
        self._layout(view)

    @classmethod
    def for_frame(cls, view, texts: ShapedTexts, images: RowImages) -> RowPainter | None:
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
            if column not in _PAINTED_HERE or width < _NARROWEST:
                return None  # a column read live, label chips, or a cell Qt clips
            columns.append((column, x, width))
        return cls(view, columns, texts, images) if columns else None

    def _layout(self, view) -> None:
        """Where the style puts a cell's icon and text, from its left edge, measured once on a sample cell: the
        text's place does not depend on the text."""
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)  # the view's font, palette and icon size, as Qt's cells start from
        option.rect = QRect(0, 0, 400, 40)
        option.text = "x"
        option.features = _FEATURE.HasDisplay | _FEATURE.HasDecoration
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

    def paint(self, painter, rect: QRect, index) -> bool:
        """Paint the row of `index` (its first column) in `rect` if it is a plain task row, as Qt would; False, with
        nothing painted, for a row Qt is to paint."""
        iid = index.internalId()
        if iid & 3:  # an area or a project
            return False
        if index.row() == self.current.row() and iid == self.current.internalId():
            return False  # the current row: its focus frame
        if self.selection is not None and self.selection.rowIntersectsSelection(index.row(), index.parent()):
            return False
        view, model = self.view, self.model
        ident = iid >> 2
        indent = 0  # the branches' width, from the row's depth
        if self.title is not None:
            following = model.outline(("task", ident), self.root)
            if following is None:
                return False
            following = following[: len(following) - self.outer]  # the levels Qt draws a branch for
            indent = self.indentation * len(following)
            if self.title[1] - indent < _NARROWEST:
                return False  # Qt clips the cell's icon and text to a title cell this narrow
        try:  # all the row shows is read before anything is drawn
            read = model.painted_cells(ident, self.shown)
            if read is None:
                return False
            row, cells = read
            icon = model.title_icon(ident, row) if self.title is not None else None
        except Exception:
            # A model that cannot answer: Qt paints the row, asking the model's guarded `data` cell by cell, which
            # answers None for what fails and tells the person once.
            return False
        y, height = rect.y(), rect.height()
        odd = self.alternate is not None and (y + view.verticalOffset()) // height % 2
        if odd:
            painter.fillRect(QRect(self.left, y, self.width, height), self.alternate)
        for (column, x, width), cell in zip(self.columns, cells, strict=True):
            if column == _PERCENT:
                background = self.backgrounds[odd]
                if background is None:
                    paint_progress(painter, QRect(x, y, width, height), self.palette, self.int_metrics, False, cell)
                else:
                    bar = self.images.progress(
                        cell, width, height, background, self.font, self.palette, self.int_metrics
                    )
                    painter.drawPixmap(QPoint(x, y), bar)
                continue
            if column == _TITLE:
                if indent > 0:
                    children = model.may_have_children(("task", ident))
                    image = self.images.branches(view, height, children, view.isExpanded(index), following)
                    painter.drawPixmap(QPoint(x, y), image)
                x, width = x + indent, width - indent
                size = self.icon_size
                icon_place = QPoint(x + self.icon_x, y + (height - size.height()) // 2 + self.icon_y)
                painter.drawPixmap(icon_place, self.images.icon(icon, size))
                left, right = self.title_text
                bold = row.font is not None
            else:
                left, right = self.plain_text
                bold = False
            text, brush, alignment = cell
            if not text:
                continue
            font, metrics = (self.bold, self.bold_metrics) if bold else (self.font, self.metrics)
            static, advance, natural = self.texts.get(text, bold, metrics)
            box_x, box_width = x + left, width - left - right
            painter.setFont(font)
            painter.setPen(self.text_colour if brush is None else brush.color())
            if advance > box_width:  # cut short, as Qt's delegate elides it
                elided = metrics.elidedText(text, _ELIDE, box_width)
                painter.drawText(QRect(box_x, y, box_width, height), alignment or _LEFT, elided)
                continue
            # Where drawText puts a line: centred on the line's height, at the left or right of the box.
            left_x = box_x if alignment is None else box_x + box_width - natural
            painter.drawStaticText(QPointF(left_x, y + (height - metrics.height()) / 2), static)
        return True


def _make_room(images: dict, limit: int) -> None:
    """Forget all of `images` once they are over `limit`: a bound on what a session that keeps making new keys
    holds, rather than an order of use to keep (the keys a frame needs are drawn again at once)."""
    if len(images) > limit:
        images.clear()
