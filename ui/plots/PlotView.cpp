#include "PlotView.hpp"

#include "Contrast.hpp"
#include "CoverageMap.hpp"
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

// Ticks at powers of ten only, printed as such (10²⁴), in whole steps of
// decades. QCustomPlot typesets "1e+27" as 10²⁷ only with a lower-case 'e',
// which German and French write as 'E': the labels are made in the C locale.
class DecadeTicker : public QCPAxisTickerLog {
protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override
    {
        const int low = int(std::ceil(std::log10(range.lower) - 1e-9));
        const int high = int(std::floor(std::log10(range.upper) + 1e-9));
        if (!(range.lower > 0) || high - low < 1) // zoomed inside a decade
            return QCPAxisTickerLog::createTickVector(tickStep, range);
        const int step = std::max(1, int(std::ceil(double(high - low) / std::max(1, tickCount()))));
        QVector<double> ticks;
        const int first = int(std::ceil(double(low) / step)) * step;
        for (int e = first; e <= high; e += step)
            ticks.append(std::pow(10.0, e));
        return ticks;
    }
    QString getTickLabel(double tick, const QLocale&, QChar formatChar, int precision) override
    {
        return QCPAxisTickerLog::getTickLabel(tick, QLocale::c(), formatChar, precision);
    }
};

// Linear axes keep the UI's decimal comma, except in an exponent (above).
class LocaleTicker : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override
    {
        const QString local = QCPAxisTicker::getTickLabel(tick, locale, formatChar, precision);
        if (local.contains(locale.exponential()))
            return QCPAxisTicker::getTickLabel(tick, QLocale::c(), formatChar, precision);
        return local;
    }
};

} // namespace

// TEXT in as few lines as fit WIDTH pixels, broken at spaces (a word
// longer than the width keeps its own line).
QString PlotView::wrapToWidth(const QString& text, const QFont& font, int width)
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

PlotView::PlotView(QWidget* parent) : QCustomPlot(parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setNoAntialiasingOnDrag(true);
    // Smooth joins cost a third of a replot and are invisible at 2 px.
    setPlottingHint(QCP::phFastPolylines, true);
    setMinimumSize(220, 160);
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

QPen PlotView::cosmeticDash(const QColor& color, Qt::PenStyle style)
{
    QPen pen(color, 1, style);
    pen.setCosmetic(true);
    return pen;
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
    return legibleOn(lineColor, palette().color(QPalette::Base));
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
    styleLegend();
    legend->setTextColor(text);
    if (marker_) {
        marker_->setPen(QPen(text, 1.5));
        marker_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, text, text, 11));
    }
    // Every label follows: guide labels in their line's colour made
    // legible, the others in the text colour.
    for (int i = 0; i < itemCount(); ++i) {
        auto* label = qobject_cast<QCPItemText*>(item(i));
        if (!label || label == readout_)
            continue;
        const QVariant line = label->property(kLineColorProperty);
        label->setColor(line.isValid() ? textTint(line.value<QColor>()) : text);
        if (label->brush().style() != Qt::NoBrush)
            label->setBrush(labelBacking());
    }
    tracer_->setPen(QPen(text, 1.5));
    readout_->setBrush(p.brush(QPalette::ToolTipBase));
    readout_->setColor(p.color(QPalette::ToolTipText));
    readout_->setPen(QPen(p.color(QPalette::Mid)));
}

void PlotView::styleLegend()
{
    // Inside the axes the legend has a frame and backing; below them it
    // stands free like the axis titles.
    legend->setBrush(legendOutside_ ? QBrush(Qt::NoBrush) : labelBacking());
    legend->setBorderPen(legendOutside_ ? QPen(Qt::NoPen) : QPen(palette().color(QPalette::Mid)));
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
            axis->setTicker(QSharedPointer<DecadeTicker>::create());
        else
            axis->setTicker(QSharedPointer<LocaleTicker>::create());
        axis->setNumberFormat(log ? QStringLiteral("eb") : QStringLiteral("g"));
        axis->setNumberPrecision(log ? 0 : 6);
    };
    apply(xAxis, xLog);
    apply(yAxis, yLog);
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

void PlotView::finishUpdate()
{
    fitToData();
    replot();
}

void PlotView::fitToData()
{
    drawPendingOtherRevision();
    if (!userMovedView_ && filledX_) {
        xAxis->setRange(*filledX_);
        yAxis->setRange(*filledY_);
    } else if (!userMovedView_) {
        fitAxis(xAxis, true);
        fitAxis(yAxis, false);
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
    legendSignature_.clear(); // and the legend's place decided afresh
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
        const double minSpan = std::pow(10.0, kMinPowerLabelDecades);
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

bool PlotView::hasData() const
{
    for (int i = 0; i < graphCount(); ++i)
        if (!graph(i)->data()->isEmpty())
            return true;
    return false;
}

} // namespace dtx::ui
