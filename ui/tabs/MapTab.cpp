#include "MapTab.hpp"

#include "Document.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace dtx::ui {
namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Perceptually even and readable in grey (viridis' stops).
QCPColorGradient viridis()
{
    QCPColorGradient gradient;
    gradient.setColorStops({{0.0, QColor(68, 1, 84)},
                            {0.25, QColor(59, 82, 139)},
                            {0.5, QColor(33, 145, 140)},
                            {0.75, QColor(94, 201, 98)},
                            {1.0, QColor(253, 231, 37)}});
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}

// Ticks at 1, 2 and 5 of each decade in range (log10 coordinates), named
// in the lever's units; fewer when the span is wide.
QSharedPointer<QCPAxisTickerText> leverTicker(MapAxis axis, double fromLog, double toLog)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const double span = toLog - fromLog;
    const std::vector<double> mantissas =
        span > 2.5 ? std::vector<double>{1} : span > 1.2 ? std::vector<double>{1, 3}
                                                         : std::vector<double>{1, 2, 5};
    for (int decade = int(std::floor(fromLog)); decade <= int(std::ceil(toLog)); ++decade)
        for (double m : mantissas) {
            const double value = m * std::pow(10.0, decade);
            const double at = std::log10(value);
            if (at >= fromLog - 1e-9 && at <= toLog + 1e-9)
                ticker->addTick(at, axis == MapAxis::Nodes ? formatCount(value)
                                                           : MapCompute::axisValue(axis, value));
        }
    return ticker;
}

} // namespace

MapTab::MapTab(Document* document, QWidget* parent)
    : AnalysisTab(document, parent),
      xAxis_(new QComboBox),
      yAxis_(new QComboBox),
      metric_(new QComboBox),
      probability_(new QComboBox),
      sentence_(new QLabel),
      plot_(new PlotView)
{
    sentence_->setObjectName(QStringLiteral("mapSentence"));
    sentence_->setWordWrap(true);
    sentence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    plot_->setObjectName(QStringLiteral("mapPlot"));
    plot_->setTitle(tr("Threshold map"));
    plot_->setLogAxes(false, false);
    plot_->setLegendCorner(Qt::AlignTop | Qt::AlignLeft);
    colorMap_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    colorMap_->setInterpolate(false);
    colorMap_->removeFromLegend();
    colorMap_->setLayer(QStringLiteral("background"));
    colorScale_ = new QCPColorScale(plot_);
    plot_->plotLayout()->addElement(1, 1, colorScale_);
    colorMap_->setColorScale(colorScale_);
    colorScale_->setGradient(viridis());
    connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const QString text = cellTextAt(event->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, plot_);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(sentence_);
    layout->addWidget(plot_, 1);
    showSettings();
}

QWidget* MapTab::buildControls()
{
    // Two rows, so that the window can stay narrow (translations run longer).
    auto* box = new QWidget;
    auto* rows = new QGridLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    int placed = 0;
    const auto add = [rows, &placed](const QString& label, QComboBox* field, const QString& help,
                                     const QString& name) {
        auto* title = new QLabel(label);
        title->setBuddy(field);
        field->setToolTip(help);
        field->setObjectName(name);
        field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        field->setMinimumContentsLength(16);
        rows->addWidget(title, placed / 2, (placed % 2) * 2);
        rows->addWidget(field, placed / 2, (placed % 2) * 2 + 1);
        ++placed;
    };
    for (MapAxis axis : kMapAxes) {
        xAxis_->addItem(MapCompute::axisTitle(axis), int(axis));
        yAxis_->addItem(MapCompute::axisTitle(axis), int(axis));
    }
    for (MapMetric metric : kMapMetrics)
        metric_->addItem(MapCompute::metricTitle(metric), int(metric));
    probability_->addItem(tr("Off"), 0.0);
    for (double level : {1e24, 1e25, 1e26})
        probability_->addItem(tr("P(C_quality > %1) = 50 %, 95 %").arg(formatPowerOfTen(level, 1)),
                              level);
    add(tr("&Across"), xAxis_, tr("The lever along the horizontal axis."), QStringLiteral("mapX"));
    add(tr("&Up"), yAxis_, tr("The lever along the vertical axis."), QStringLiteral("mapY"));
    add(tr("&Colour"), metric_, tr("What the colours show (log scale but for eta)."),
        QStringLiteral("mapMetric"));
    add(tr("&Probability lines"), probability_,
        tr("Where the Monte Carlo (200 samples on a 24 × 24 grid) puts the chance of crossing "
           "the threshold at 50 % and 95 %."),
        QStringLiteral("mapProbability"));
    rows->setColumnStretch(1, 1);
    rows->setColumnStretch(3, 1);

    const auto axisOf = [](QComboBox* box, int index) {
        return static_cast<MapAxis>(box->itemData(index).toInt());
    };
    connect(xAxis_, &QComboBox::activated, this, [this, axisOf](int index) {
        editSettings([&](AnalysisSettings& s) {
            const MapAxis chosen = axisOf(xAxis_, index);
            if (chosen == s.mapY)
                s.mapY = s.mapX; // the two axes swap rather than coincide
            s.mapX = chosen;
        });
    });
    connect(yAxis_, &QComboBox::activated, this, [this, axisOf](int index) {
        editSettings([&](AnalysisSettings& s) {
            const MapAxis chosen = axisOf(yAxis_, index);
            if (chosen == s.mapX)
                s.mapX = s.mapY;
            s.mapY = chosen;
        });
    });
    connect(metric_, &QComboBox::activated, this, [this](int index) {
        editSettings([&](AnalysisSettings& s) {
            s.mapMetric = static_cast<MapMetric>(metric_->itemData(index).toInt());
        });
    });
    connect(probability_, &QComboBox::activated, this, [this](int index) {
        editSettings([&](AnalysisSettings& s) {
            s.mapProbabilityThreshold = probability_->itemData(index).toDouble();
        });
    });
    return box;
}

void MapTab::showSettings()
{
    const AnalysisSettings& s = document()->analysisSettings();
    xAxis_->setCurrentIndex(xAxis_->findData(int(s.mapX)));
    yAxis_->setCurrentIndex(yAxis_->findData(int(s.mapY)));
    metric_->setCurrentIndex(metric_->findData(int(s.mapMetric)));
    const int p = probability_->findData(s.mapProbabilityThreshold);
    probability_->setCurrentIndex(p >= 0 ? p : 0);
}

bool MapTab::shows(const ChangeSet& changes) const
{
    return MapCompute::reads(changes);
}

void MapTab::refresh(const ChangeSet& changes)
{
    showSettings();
    if (!result_ || MapCompute::reads(changes)) {
        result_ = MapCompute::run(document()->scenario(), document()->analysisSettings(), true);
        scheduleRefine();
    }
    draw();
}

void MapTab::refine()
{
    result_ = MapCompute::run(document()->scenario(), document()->analysisSettings(), false);
    draw();
}

QString MapTab::briefText() const
{
    return result_ ? result_->sentence : QString();
}

void MapTab::draw()
{
    const MapResult& r = *result_;
    const AnalysisSettings& settings = document()->analysisSettings();
    const ThresholdMapGrid& grid = r.grid;
    const bool logColours = settings.mapMetric != MapMetric::Eta;
    sentence_->setText(r.sentence);
    plot_->setTitle(r.coarse ? tr("%1 over %2 × %3 (coarse preview, %4 × %4 cells; refining)")
                                   .arg(MapCompute::metricTitle(settings.mapMetric),
                                        MapCompute::axisTitle(settings.mapX),
                                        MapCompute::axisTitle(settings.mapY))
                                   .arg(grid.xs.size())
                             : tr("%1 over %2 × %3")
                                   .arg(MapCompute::metricTitle(settings.mapMetric),
                                        MapCompute::axisTitle(settings.mapX),
                                        MapCompute::axisTitle(settings.mapY)));
    plot_->setAxisTitles(MapCompute::axisTitle(settings.mapX), MapCompute::axisTitle(settings.mapY));
    plot_->clearGraphs();
    plot_->clearAnnotations();
    for (int i = plot_->plottableCount() - 1; i >= 0; --i)
        if (qobject_cast<QCPCurve*>(plot_->plottable(i)))
            plot_->removePlottable(i);

    // Cells in log10 of each lever; log colours (but for eta).
    const double x0 = std::log10(grid.xs.front());
    const double x1 = std::log10(grid.xs.back());
    const double y0 = std::log10(grid.ys.front());
    const double y1 = std::log10(grid.ys.back());
    QCPColorMapData* data = colorMap_->data();
    data->setSize(int(grid.xs.size()), int(grid.ys.size()));
    data->setRange(QCPRange(x0, x1), QCPRange(y0, y1));
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (std::size_t iy = 0; iy < grid.ys.size(); ++iy)
        for (std::size_t ix = 0; ix < grid.xs.size(); ++ix) {
            const double v = grid.at(ix, iy);
            const bool shown = std::isfinite(v) && (!logColours || v > 0);
            data->setCell(int(ix), int(iy), shown ? v : kNaN);
            if (shown) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    colorScale_->setDataScaleType(logColours ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    auto colourTicks = QSharedPointer<QCPAxisTickerText>::create();
    if (lo <= hi) {
        if (logColours) {
            // Each power of ten in range (every other one over many decades).
            const int first = int(std::ceil(std::log10(lo) - 1e-9));
            const int last = int(std::floor(std::log10(hi) + 1e-9));
            const int step = last - first > 8 ? 2 : 1;
            for (int k = first; k <= last; k += step)
                colourTicks->addTick(std::pow(10.0, k),
                                     settings.mapMetric == MapMetric::Cost
                                         ? formatUsd(std::pow(10.0, k))
                                         : formatPowerOfTen(std::pow(10.0, k), 1));
        } else {
            for (int k = 0; k <= 4; ++k) {
                const double v = lo + (hi - lo) * k / 4.0;
                colourTicks->addTick(v, formatPercent(v));
            }
        }
    }
    colorScale_->axis()->setTicker(colourTicks);
    colorScale_->axis()->setLabel(MapCompute::metricTitle(settings.mapMetric));
    colorScale_->axis()->setTickLabelColor(plot_->ink());
    colorScale_->axis()->setLabelColor(plot_->ink());
    if (lo <= hi)
        colorMap_->setDataRange(QCPRange(lo, hi > lo ? hi : lo * 1.01 + 1e-12));

    // Contours in log10 coordinates, one curve per line (NaN between segments).
    for (const MapContour& contour : r.contours) {
        if (contour.segments.empty())
            continue;
        QVector<double> xs;
        QVector<double> ys;
        for (const ContourSegment& s : contour.segments) {
            xs << std::log10(s.x0) << std::log10(s.x1) << kNaN;
            ys << std::log10(s.y0) << std::log10(s.y1) << kNaN;
        }
        // A white halo under the line keeps it legible on dark and light cells.
        auto* halo = new QCPCurve(plot_->xAxis, plot_->yAxis);
        halo->setPen(QPen(QColor(255, 255, 255, 200), 4.5));
        halo->setData(xs, ys);
        halo->removeFromLegend();
        auto* curve = new QCPCurve(plot_->xAxis, plot_->yAxis);
        curve->setName(contour.label);
        QPen pen(contour.color, 2.0, contour.style);
        pen.setCapStyle(Qt::FlatCap);
        curve->setPen(pen);
        curve->setData(xs, ys);
    }

    // The cells fill the axes: the view fits them, the legend goes below.
    plot_->setFilledArea(QCPRange(x0, x1), QCPRange(y0, y1));
    const Scenario& scenario = document()->scenario();
    const double sx = mapAxisValue(settings.mapX, scenario);
    const double sy = mapAxisValue(settings.mapY, scenario);
    const std::optional<Evaluation>& e = document()->outcome().evaluation;
    plot_->setMarker(tr("This scenario"),
                     e ? MapCompute::metricValue(settings.mapMetric, mapMetricOf(*e, settings.mapMetric))
                       : QString(),
                     std::log10(sx), std::log10(sy));
    plot_->setData(r.data);
    plot_->xAxis->setTicker(leverTicker(settings.mapX, x0, x1));
    plot_->yAxis->setTicker(leverTicker(settings.mapY, y0, y1));
    plot_->finishUpdate();
}

QString MapTab::cellTextAt(const QPointF& pixel) const
{
    if (!result_ || !plot_->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const ThresholdMapGrid& grid = result_->grid;
    const double lx = plot_->xAxis->pixelToCoord(pixel.x());
    const double ly = plot_->yAxis->pixelToCoord(pixel.y());
    const auto nearest = [](const std::vector<double>& values, double logValue) {
        std::size_t best = 0;
        for (std::size_t i = 1; i < values.size(); ++i)
            if (std::abs(std::log10(values[i]) - logValue) < std::abs(std::log10(values[best]) - logValue))
                best = i;
        return best;
    };
    const std::size_t ix = nearest(grid.xs, lx);
    const std::size_t iy = nearest(grid.ys, ly);
    const AnalysisSettings& s = document()->analysisSettings();
    const double v = grid.at(ix, iy);
    return tr("%1, %2: %3")
        .arg(MapCompute::axisValue(s.mapX, grid.xs[ix]), MapCompute::axisValue(s.mapY, grid.ys[iy]),
             std::isfinite(v) ? MapCompute::metricTitle(s.mapMetric).section(QLatin1Char(' '), 0, 0)
                                    + QLatin1Char(' ') + MapCompute::metricValue(s.mapMetric, v)
                              : tr("no result (the inputs are out of range here)"));
}

} // namespace dtx::ui
