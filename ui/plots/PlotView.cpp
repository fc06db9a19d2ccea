#include "PlotView.hpp"

#include "Format.hpp"
#include "ImageExportDialog.hpp"
#include "PlotExport.hpp"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QMenu>

#include <cmath>
#include <limits>

namespace dtx::ui {
namespace {

constexpr double kReadoutRadiusPixels = 24;
// Decades a log axis labelled in powers of ten spans at least (before the
// padding), so that its ticks stay at powers of ten.
constexpr double kMinPowerLabelDecades = 1.5;

void styleAxis(QCPAxis* axis)
{
    QFont font = axis->labelFont();
    font.setPointSizeF(font.pointSizeF() * 0.95);
    axis->setLabelFont(font);
    axis->grid()->setSubGridVisible(false);
}

// Qt strokes wide dashed lines slowly (they doubled the scale tab's update
// time); one-pixel cosmetic dashes take the raster engine's fast path.
QPen cosmeticDash(const QColor& color, Qt::PenStyle style)
{
    QPen pen(color, 1, style);
    pen.setCosmetic(true);
    return pen;
}

// QCustomPlot typesets "1e+27" as 10²⁷ only with a lower-case 'e', but
// German and French write the exponent with 'E'. Labels with an exponent
// are written in the C locale; the others keep the UI's decimal comma.
template <typename Base>
class LocaleTicker : public Base {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override
    {
        const QString local = Base::getTickLabel(tick, locale, formatChar, precision);
        if (formatChar == QLatin1Char('e') || local.contains(locale.exponential()))
            return Base::getTickLabel(tick, QLocale::c(), formatChar, precision);
        return local;
    }
};

// TEXT in as few lines as fit WIDTH pixels, broken at spaces (a word
// longer than the width keeps its own line).
QString wrapToWidth(const QString& text, const QFont& font, int width)
{
    const QFontMetrics metrics(font);
    if (width <= 0 || metrics.horizontalAdvance(text) <= width)
        return text;
    QStringList lines;
    QString line;
    for (const QString& word : text.split(u' ')) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    lines << line;
    return lines.join(u'\n');
}

} // namespace

PlotView::PlotView(QWidget* parent) : QCustomPlot(parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setNoAntialiasingOnDrag(true);
    // Smooth joins cost a third of a replot and are invisible at 2 px.
    setPlottingHint(QCP::phFastPolylines, true);
    setMinimumSize(260, 160);
    styleAxis(xAxis);
    styleAxis(yAxis);

    plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    title_ = new QCPTextElement(this, QString(), titleFont);
    plotLayout()->addElement(0, 0, title_);

    legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    legend->setFont(legendFont);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    tracer_ = new QCPItemTracer(this);
    tracer_->setStyle(QCPItemTracer::tsCircle);
    tracer_->setSize(9);
    tracer_->setVisible(false);
    readout_ = new QCPItemText(this);
    readout_->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    readout_->setTextAlignment(Qt::AlignLeft);
    readout_->setPadding(QMargins(5, 3, 5, 3));
    readout_->setClipToAxisRect(false);
    readout_->setVisible(false);
    readout_->setLayer(QStringLiteral("legend"));
    applyPalette();

    setFocusPolicy(Qt::StrongFocus);
    setAccessibleDescription(keyboardHelp());
}

QString PlotView::keyboardHelp()
{
    return tr("Plot. Left and Right arrows read the points of a curve, Up and Down change the "
              "curve; + and − zoom, Shift with an arrow pans, 0 resets the view; the Menu key "
              "(or Shift+F10) exports the plot or its data.");
}

QColor PlotView::ink() const
{
    return palette().color(QPalette::Text);
}

QBrush PlotView::labelBacking() const
{
    QColor backing = palette().color(QPalette::Base);
    backing.setAlpha(220);
    return backing;
}

QColor PlotView::textTint(const QColor& lineColor) const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    return dark ? lineColor.lighter(150) : lineColor.darker(120);
}

void PlotView::applyPalette()
{
    const QPalette& p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    // Opaque and cosmetic (width 0): the raster engine's fast path for dots.
    const auto mix = [&](double t) {
        return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * t,
                                base.greenF() + (text.greenF() - base.greenF()) * t,
                                base.blueF() + (text.blueF() - base.blueF()) * t);
    };
    const QColor grid = mix(0.22);
    setBackground(p.brush(QPalette::Base));
    axisRect()->setBackground(p.brush(QPalette::Base));
    for (QCPAxis* axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    title_->setTextColor(text);
    legend->setBrush(labelBacking());
    legend->setBorderPen(QPen(p.color(QPalette::Mid)));
    legend->setTextColor(text);
    tracer_->setPen(QPen(text, 1.5));
    readout_->setBrush(p.brush(QPalette::ToolTipBase));
    readout_->setColor(p.color(QPalette::ToolTipText));
    readout_->setPen(QPen(p.color(QPalette::Mid)));
}

void PlotView::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        replot(QCustomPlot::rpQueuedReplot);
    }
}

void PlotView::paintEvent(QPaintEvent* event)
{
    // Sharp on high-DPI screens, also after moving to a screen of another
    // pixel ratio: the buffers follow the widget's ratio.
    if (!qFuzzyCompare(bufferDevicePixelRatio(), devicePixelRatioF())) {
        setBufferDevicePixelRatio(devicePixelRatioF());
        replot(QCustomPlot::rpQueuedReplot);
    }
    QCustomPlot::paintEvent(event);
    // Where the keyboard is: a frame in the highlight colour.
    if (hasFocus()) {
        QPainter painter(this);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void PlotView::setTitle(const QString& title)
{
    fullTitle_ = title;
    setAccessibleName(title);
    fitTexts();
}

void PlotView::setAxisTitles(const QString& xTitle, const QString& yTitle)
{
    fullXTitle_ = xTitle;
    fullYTitle_ = yTitle;
    fitTexts();
}

void PlotView::fitTexts()
{
    // Room left by the tick labels and margins, in pixels.
    constexpr int kTitleMargin = 16;
    constexpr int kAxisMargin = 90;
    title_->setText(wrapToWidth(fullTitle_, title_->font(), width() - kTitleMargin));
    xAxis->setLabel(wrapToWidth(fullXTitle_, xAxis->labelFont(), width() - kAxisMargin));
    yAxis->setLabel(wrapToWidth(fullYTitle_, yAxis->labelFont(), height() - kAxisMargin));
}

void PlotView::resizeEvent(QResizeEvent* event)
{
    fitTexts();
    QCustomPlot::resizeEvent(event);
}

void PlotView::setLogAxes(bool xLog, bool yLog)
{
    const auto apply = [](QCPAxis* axis, bool log) {
        axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (log)
            axis->setTicker(QSharedPointer<LocaleTicker<QCPAxisTickerLog>>::create());
        else
            axis->setTicker(QSharedPointer<LocaleTicker<QCPAxisTicker>>::create());
    };
    apply(xAxis, xLog);
    apply(yAxis, yLog);
}

void PlotView::setPowerOfTenLabels(bool onXAxis, bool onYAxis)
{
    const auto apply = [](QCPAxis* axis, bool powers) {
        axis->setNumberFormat(powers ? QStringLiteral("eb") : QStringLiteral("g"));
        axis->setNumberPrecision(powers ? 0 : 6);
    };
    apply(xAxis, onXAxis);
    apply(yAxis, onYAxis);
}

void PlotView::setLegendCorner(Qt::Alignment corner)
{
    axisRect()->insetLayout()->setInsetAlignment(0, corner);
}

QCPGraph* PlotView::addCurve(const QString& name, const QColor& color, bool faint,
                             Qt::PenStyle style)
{
    QCPGraph* graph = addGraph();
    graph->setName(name);
    QColor lineColor = color;
    if (faint)
        lineColor.setAlpha(110);
    graph->setPen(style == Qt::SolidLine ? QPen(lineColor, faint ? 1.4 : 2.2)
                                         : cosmeticDash(lineColor, style));
    return graph;
}

QCPGraph* PlotView::addPoints(const QString& name, const QColor& color,
                              QCPScatterStyle::ScatterShape shape, double size)
{
    QCPGraph* graph = addGraph();
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setPen(QPen(color.darker(130), 1.5));
    graph->setScatterStyle(QCPScatterStyle(shape, color.darker(130), color, size));
    return graph;
}

void PlotView::setCurveData(QCPGraph* graph, const QVector<double>& x, const QVector<double>& y)
{
    QVector<QCPGraphData> points;
    points.reserve(x.size());
    for (qsizetype i = 0; i < x.size() && i < y.size(); ++i)
        if (std::isfinite(x[i]) && std::isfinite(y[i]))
            points.append(QCPGraphData(x[i], y[i]));
    graph->data()->set(points, true);
}

void PlotView::setMarker(const QString& name, const QString& label, double x, double y)
{
    const QString top = QStringLiteral("overlay");
    if (!marker_) {
        marker_ = addPoints(name, ink(), QCPScatterStyle::ssCircle, 11);
        marker_->setLayer(top);
    }
    marker_->setName(name);
    setCurveData(marker_, QVector<double>{x}, QVector<double>{y});
    if (!markerLabel_) {
        markerLabel_ = new QCPItemText(this);
        markerLabel_->setLayer(top);
        markerLabel_->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        markerLabel_->setPadding(QMargins(6, 2, 6, 4));
        markerLabel_->setClipToAxisRect(true);
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    markerLabel_->setFont(small);
    markerLabel_->setColor(ink());
    markerLabel_->setBrush(labelBacking());
    markerLabel_->position->setCoords(x, y);
    markerLabel_->setText(label);
    markerLabel_->setVisible(std::isfinite(x) && std::isfinite(y) && !label.isEmpty());
}

bool PlotView::redrawMarker()
{
    const QCPRange x = xAxis->range();
    const QCPRange y = yAxis->range();
    fitToData();
    if (xAxis->range() == x && yAxis->range() == y) {
        layer(QStringLiteral("overlay"))->replot();
        return true;
    }
    replot();
    return false;
}

void PlotView::clearAnnotations()
{
    for (QCPAbstractItem* item : std::as_const(annotations_))
        removeItem(item);
    annotations_.clear();
    horizontalLineLabels_.clear();
}

QCPItemText* PlotView::addHorizontalLine(double y, const QString& label, const QColor& color)
{
    if (!std::isfinite(y))
        return nullptr;
    auto* line = new QCPItemStraightLine(this);
    line->point1->setTypeX(QCPItemPosition::ptAxisRectRatio);
    line->point2->setTypeX(QCPItemPosition::ptAxisRectRatio);
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    line->setPen(cosmeticDash(color, Qt::DashLine));
    auto* text = new QCPItemText(this);
    text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(lineLabelsLeft_ ? 0.01 : 0.99, y);
    text->setPositionAlignment((lineLabelsLeft_ ? Qt::AlignLeft : Qt::AlignRight)
                               | (lineLabelsBelow_ ? Qt::AlignTop : Qt::AlignBottom));
    text->setText(label);
    text->setColor(textTint(color));
    annotations_ << line << text;
    horizontalLineLabels_ << text;
    return text;
}

QCPItemText* PlotView::addVerticalLine(double x, const QString& label, const QColor& color,
                                       bool onTop)
{
    if (!std::isfinite(x))
        return nullptr;
    auto* line = new QCPItemStraightLine(this);
    line->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    line->setPen(cosmeticDash(color, Qt::DashDotLine));
    auto* text = new QCPItemText(this);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(x, 0.0);
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setPadding(QMargins(4, 2, 2, 2));
    text->setText(label);
    text->setColor(textTint(color));
    if (onTop) {
        for (QCPAbstractItem* item : {static_cast<QCPAbstractItem*>(line), static_cast<QCPAbstractItem*>(text)})
            item->setLayer(QStringLiteral("overlay"));
        topAnnotations_ << line << text;
    } else {
        annotations_ << line << text;
    }
    return text;
}

void PlotView::clearTopAnnotations()
{
    for (QCPAbstractItem* item : std::as_const(topAnnotations_))
        removeItem(item);
    topAnnotations_.clear();
}

QCPItemText* PlotView::addPointLabel(double x, double y, const QString& label)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return nullptr;
    auto* text = new QCPItemText(this);
    text->position->setCoords(x, y);
    text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    text->setPadding(QMargins(2, 2, 2, 6));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    text->setFont(small);
    text->setText(label);
    text->setColor(ink());
    annotations_ << text;
    return text;
}

void PlotView::finishUpdate()
{
    fitToData();
    replot();
}

void PlotView::fitToData()
{
    if (!userMovedView_) {
        fitAxis(xAxis, true);
        fitAxis(yAxis, false);
    }
    // The marker's label on the side of its point that has room.
    if (markerLabel_ && markerLabel_->visible()) {
        const QPointF at = markerLabel_->position->pixelPosition();
        const QRect area = axisRect()->rect();
        const bool left = at.x() > area.left() + 0.6 * area.width();
        const bool below = at.y() < area.top() + 0.2 * area.height();
        markerLabel_->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft)
                                           | (below ? Qt::AlignTop : Qt::AlignBottom));
    }
    // A label above a line at the very top of the plot would be cut off:
    // put it below the line there.
    const double clearance = QFontMetricsF(font()).height() + 4;
    for (QCPItemText* text : std::as_const(horizontalLineLabels_)) {
        const double pixel = yAxis->coordToPixel(text->position->coords().y());
        const Qt::Alignment side = text->positionAlignment() & Qt::AlignHorizontal_Mask;
        const bool nearTop = pixel - axisRect()->top() < clearance;
        text->setPositionAlignment(side | (nearTop || lineLabelsBelow_ ? Qt::AlignTop : Qt::AlignBottom));
    }
}

void PlotView::setTextScale(double scale)
{
    if (baseFonts_.isEmpty())
        baseFonts_ = {title_->font(), xAxis->labelFont(), xAxis->tickLabelFont(), legend->font()};
    const auto scaled = [&](int index) {
        QFont font = baseFonts_[index];
        font.setPointSizeF(font.pointSizeF() * scale);
        return font;
    };
    title_->setFont(scaled(0));
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setLabelFont(scaled(1));
        axis->setTickLabelFont(scaled(2));
    }
    legend->setFont(scaled(3));
    fitTexts();
    replot();
}

void PlotView::resetView()
{
    userMovedView_ = false;
    finishUpdate();
}

void PlotView::fitAxis(QCPAxis* axis, bool horizontal)
{
    const bool log = axis->scaleType() == QCPAxis::stLogarithmic;
    const QCP::SignDomain domain = log ? QCP::sdPositive : QCP::sdBoth;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph* g = graph(i);
        if (!g->visible() || g->data()->isEmpty())
            continue;
        bool found = false;
        const QCPRange range = horizontal ? g->getKeyRange(found, domain)
                                          : g->getValueRange(found, domain);
        if (found) {
            lo = std::min(lo, range.lower);
            hi = std::max(hi, range.upper);
        }
    }
    if (lo > hi) {
        axis->setRange(log ? QCPRange(1, 10) : QCPRange(0, 1));
        return;
    }
    if (log) {
        // At least a decade around the data; with labels in powers of ten,
        // enough that QCustomPlot keeps its ticks at powers of ten: under
        // 1.6 decades it falls back to linear ticks, and 1.5 × 10²⁴ and
        // 2 × 10²⁴ would both read "2·10²⁴".
        const bool powerLabels = axis->numberFormat().startsWith(QLatin1Char('e'));
        const double minSpan = std::pow(10.0, powerLabels ? kMinPowerLabelDecades : 1.0);
        if (hi / lo < minSpan) {
            const double middle = std::sqrt(lo * hi);
            lo = middle / std::sqrt(minSpan);
            hi = middle * std::sqrt(minSpan);
        }
        const double pad = horizontal ? 1.0 : std::pow(hi / lo, 0.06);
        const double bottom = lo / pad;
        const double top = hi * pad;
        axis->setRange(bottom,
                       horizontal ? top : bottom * std::pow(top / bottom, 1 / (1 - headroom_)));
        return;
    }
    if (!horizontal && lo > 0)
        lo = 0; // values such as eta and cost read best from zero
    if (hi == lo)
        hi = lo + (lo == 0 ? 1 : std::abs(lo) * 0.1);
    const double pad = horizontal ? 0 : (hi - lo) * 0.06;
    const double bottom = lo - (lo == 0 ? 0 : pad);
    const double top = hi + pad;
    axis->setRange(bottom, horizontal ? top : bottom + (top - bottom) / (1 - headroom_));
}

QString PlotView::formatAxisValue(const QCPAxis* axis, double value) const
{
    Q_UNUSED(axis);
    return formatSignificant(value, 4);
}

QString PlotView::readoutAt(const QPointF& pixel)
{
    QCPGraph* nearestGraph = nullptr;
    double nearestDistance = kReadoutRadiusPixels;
    double nearestKey = 0;
    double nearestValue = 0;
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph* g = graph(i);
        if (!g->visible())
            continue;
        for (const QCPGraphData& point : *g->data()) {
            const QPointF at = g->coordsToPixels(point.key, point.value);
            const double distance = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearestGraph = g;
                nearestKey = point.key;
                nearestValue = point.value;
            }
        }
    }
    if (!nearestGraph) {
        hideReadout();
        return {};
    }
    showReadout(nearestGraph, nearestKey, nearestValue);
    return readout_->text();
}

QString PlotView::readoutText() const
{
    return readout_->visible() ? readout_->text() : QString();
}

void PlotView::showReadout(QCPGraph* graph, double key, double value)
{
    const QString text = QStringLiteral("%1\n%2: %3\n%4: %5")
                             .arg(graph->name(), fullXTitle_, formatAxisValue(xAxis, key),
                                  fullYTitle_, formatAxisValue(yAxis, value));
    tracer_->setGraph(nullptr);
    tracer_->position->setCoords(key, value);
    tracer_->setVisible(true);
    readout_->setText(text);
    // Keep the box inside the widget: flip it left or down near the edges.
    const QPointF at = graph->coordsToPixels(key, value);
    Qt::Alignment alignment = at.x() > width() * 0.6 ? Qt::AlignRight : Qt::AlignLeft;
    alignment |= at.y() < height() * 0.35 ? Qt::AlignTop : Qt::AlignBottom;
    readout_->setPositionAlignment(alignment);
    readout_->position->setCoords(key, value);
    readout_->setVisible(true);
    // Screen readers hear the value the cursor is on.
    setAccessibleName(fullTitle_ + QStringLiteral(": ") + QString(text).replace(u'\n', u' '));
}

void PlotView::hideReadout()
{
    tracer_->setVisible(false);
    readout_->setVisible(false);
    setAccessibleName(fullTitle_);
}

void PlotView::stepCursor(int pointStep, int graphStep)
{
    QList<QCPGraph*> curves;
    for (int i = 0; i < graphCount(); ++i)
        if (graph(i)->visible() && !graph(i)->data()->isEmpty())
            curves << graph(i);
    if (curves.isEmpty())
        return;
    int index = std::clamp(cursorGraph_, 0, int(curves.size()) - 1);
    if (cursorGraph_ < 0)
        cursorPoint_ = curves[index]->data()->size() / 2; // start mid-curve
    index = (index + graphStep + int(curves.size())) % int(curves.size());
    QCPGraph* curve = curves[index];
    const int points = curve->data()->size();
    if (graphStep != 0 || cursorGraph_ < 0)
        cursorPoint_ = std::clamp(cursorPoint_, 0, points - 1);
    // Long curves (400 points) are read in steps of a hundredth.
    const int stride = std::max(1, points / 100);
    cursorPoint_ = std::clamp(cursorPoint_ + pointStep * stride, 0, points - 1);
    cursorGraph_ = index;
    const QCPGraphData& point = *(curve->data()->constBegin() + cursorPoint_);
    showReadout(curve, point.key, point.value);
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::zoomBy(double factor)
{
    userMovedView_ = true;
    for (QCPAxis* axis : {xAxis, yAxis})
        axis->scaleRange(factor, axis->range().center());
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::panBy(double xFraction, double yFraction)
{
    userMovedView_ = true;
    const auto pan = [](QCPAxis* axis, double fraction) {
        if (fraction == 0)
            return;
        // In pixels, so that log axes pan evenly too.
        const double from = axis->coordToPixel(axis->range().lower);
        const double to = axis->coordToPixel(axis->range().upper);
        const double shift = (to - from) * fraction;
        axis->setRange(axis->pixelToCoord(from + shift), axis->pixelToCoord(to + shift));
    };
    pan(xAxis, xFraction);
    pan(yAxis, yFraction);
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::keyPressEvent(QKeyEvent* event)
{
    constexpr double kPanFraction = 0.1;
    constexpr double kZoomIn = 0.8;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        shift ? panBy(-kPanFraction, 0) : stepCursor(-1, 0);
        return;
    case Qt::Key_Right:
        shift ? panBy(kPanFraction, 0) : stepCursor(1, 0);
        return;
    case Qt::Key_Up:
        shift ? panBy(0, kPanFraction) : stepCursor(0, -1);
        return;
    case Qt::Key_Down:
        shift ? panBy(0, -kPanFraction) : stepCursor(0, 1);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kZoomIn);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / kZoomIn);
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetView();
        return;
    case Qt::Key_Escape:
        if (readout_->visible()) {
            hideReadout();
            cursorGraph_ = -1;
            replot(QCustomPlot::rpQueuedReplot);
            return;
        }
        break;
    default:
        break;
    }
    QCustomPlot::keyPressEvent(event);
}

void PlotView::focusOutEvent(QFocusEvent* event)
{
    QCustomPlot::focusOutEvent(event);
    update(); // the focus frame goes
}

bool PlotView::hasData() const
{
    for (int i = 0; i < graphCount(); ++i)
        if (!graph(i)->data()->isEmpty())
            return true;
    return false;
}

void PlotView::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        userMovedView_ = true;
    QCustomPlot::mouseMoveEvent(event);
    readoutAt(event->position());
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::mouseDoubleClickEvent(QMouseEvent* event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    resetView();
}

void PlotView::wheelEvent(QWheelEvent* event)
{
    userMovedView_ = true;
    QCustomPlot::wheelEvent(event);
}

void PlotView::leaveEvent(QEvent* event)
{
    QCustomPlot::leaveEvent(event);
    if (cursorGraph_ >= 0 && hasFocus())
        return; // the keyboard's read-out stays
    hideReadout();
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Reset view"), this, &PlotView::resetView);
    menu.addSeparator();
    menu.addAction(tr("Export image (PNG, SVG, PDF)…"), this, [this] {
        ImageExportDialog options(size(), this);
        if (options.exec() != QDialog::Accepted)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export plot image"), QStringLiteral("plot.png"),
            tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const QString error = writePlotImage(this, path, options.imageSize(), options.scale());
            !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot export the plot"), error);
    });
    menu.addAction(tr("Export data as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export plot data"),
                                                          QStringLiteral("plot.csv"),
                                                          tr("CSV file (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = writeFileAtomically(path, plotCsv(this)); !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot export the data"), error);
    });
    menu.exec(event->globalPos());
}

} // namespace dtx::ui
