#include "UncertaintyTab.hpp"

#include "AmplificationPanel.hpp"
#include "ComputeGuides.hpp"
#include "Constants.hpp"
#include "Document.hpp"
#include "EmptyPlotNote.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "ScrollingPage.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace dtx::ui {
namespace {

constexpr std::size_t kSampleChoices[] = {1000, 10000, 100000};
constexpr int kMinimumRowHeight = 330; // pixels: a plot with its legend stays legible
// The fan chart holds four guide lines and their labels beside the band.
constexpr int kMinimumFanRowHeight = 440;

constexpr int kBandAlpha = 60; // the 5–95 % band: a tint of its curves' colour
const QColor kTornadoLow{86, 180, 233};
const QColor kTornadoHigh{213, 94, 0};

std::optional<std::uint64_t> parseSeed(const QString& text)
{
    const std::string digits = text.trimmed().toStdString();
    std::uint64_t seed = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), seed);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return seed;
}

} // namespace

UncertaintyTab::UncertaintyTab(Document* document, QWidget* parent)
    : AnalysisTab(document, parent),
      samples_(new QComboBox),
      seed_(new QLineEdit),
      profile_(new QComboBox),
      fit_(new QComboBox),
      fanMetric_(new QComboBox),
      headlineIntervals_(new QCheckBox(tr("&Intervals in the headline"))),
      sentence_(new QLabel),
      fanPlot_(new PlotView),
      exceedancePlot_(new PlotView),
      histogramPlot_(new PlotView),
      tornadoPlot_(new PlotView),
      amplification_(new AmplificationPanel)
{
    sentence_->setObjectName(QStringLiteral("uncertaintySentence"));
    sentence_->setWordWrap(true);
    sentence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = sentence_->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    sentence_->setFont(font);

    fanPlot_->setTitle(tr("C_quality against node count"));
    fanPlot_->setAxisTitles(tr("Nodes"), tr("C_quality (FLOP)"));
    fanPlot_->setLogAxes(true, true);
    // The band, the guide lines and their labels need every corner: the
    // legend goes below the axes.
    fanPlot_->setLegendBelow(true);
    exceedancePlot_->setTitle(tr("Probability of crossing each threshold"));
    exceedancePlot_->setAxisTitles(tr("Nodes"), tr("Probability"));
    exceedancePlot_->setLogAxes(true, false);
    exceedancePlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);
    histogramPlot_->setTitle(tr("C_quality at the scenario's node count"));
    histogramPlot_->setAxisTitles(tr("log₁₀ C_quality (FLOP)"), tr("Share of samples (%)"));
    histogramPlot_->setLogAxes(false, false);
    tornadoPlot_->setTitle(tr("What matters most: C_quality with each input at its low and high "
                              "value"));
    tornadoPlot_->setAxisTitles(tr("Change in C_quality from the point estimate (%)"), tr("Input"));
    tornadoPlot_->setLogAxes(false, false);
    // The rows at the bottom swing least: their left end stays free.
    tornadoPlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignLeft);
    tornadoPlot_->setObjectName(QStringLiteral("tornadoPlot"));
    connect(tornadoPlot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const QString text = tornadoDetailAt(event->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, tornadoPlot_);
    });

    // Four plots need room: on a small screen they keep a readable height
    // and the tab scrolls.
    auto* plots = new QWidget;
    auto* grid = new QGridLayout(plots);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(fanPlot_, 0, 0);
    grid->addWidget(exceedancePlot_, 0, 1);
    grid->addWidget(histogramPlot_, 1, 0);
    grid->addWidget(tornadoPlot_, 1, 1);
    grid->addWidget(amplification_, 2, 0, 1, 2);
    grid->setRowMinimumHeight(0, kMinimumFanRowHeight);
    grid->setRowMinimumHeight(1, kMinimumRowHeight);
    connect(amplification_, &AmplificationPanel::multiplierEdited, this, [this](double m) {
        editSettings([&](AnalysisSettings& s) { s.amplificationMultiplier = m; });
    });
    QScrollArea* scroll = scrollingPage(plots, tr("Uncertainty plots"),
                                        tr("The fan chart, the exceedance probabilities, the "
                                           "histogram, the tornado and the Chinchilla "
                                           "amplification; scrolls on small screens."));
    scroll->setObjectName(QStringLiteral("uncertaintyPlots"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(sentence_);
    layout->addWidget(scroll, 1);

    showSettings();
}

QWidget* UncertaintyTab::buildControls()
{
    // Two rows, so that the window can stay narrow (translations run longer).
    auto* box = new QWidget;
    auto* rows = new QGridLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    int placed = 0;
    const auto add = [rows, &placed](const QString& label, QWidget* field, const QString& help) {
        auto* title = new QLabel(label);
        title->setBuddy(field);
        field->setToolTip(help);
        rows->addWidget(title, placed / 3, (placed % 3) * 2);
        rows->addWidget(field, placed / 3, (placed % 3) * 2 + 1);
        ++placed;
    };
    for (std::size_t n : kSampleChoices)
        samples_->addItem(formatCount(double(n)), QVariant::fromValue(qulonglong(n)));
    samples_->setObjectName(QStringLiteral("uncertaintySamples"));
    add(tr("&Samples"), samples_,
        tr("Monte Carlo samples at the scenario's node count (the fan chart uses 1,000 at "
           "each of 100 node counts)."));
    seed_->setObjectName(QStringLiteral("uncertaintySeed"));
    seed_->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{1,20}")), seed_));
    seed_->setMaximumWidth(seed_->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
    add(tr("S&eed"), seed_,
        tr("The random seed: the same seed gives the same numbers on every machine "
           "(0 to 18446744073709551615)."));
    profile_->addItem(tr("Standard ranges"));
    profile_->addItem(tr("Wide ranges"));
    profile_->setObjectName(QStringLiteral("uncertaintyProfile"));
    add(tr("&Ranges"), profile_,
        tr("Wide: MFU 20–60 % and Chinchilla exponents a ∈ [0.20, 0.48] (ANALYSES.md A1)."));
    fit_->addItem(tr("Besiroglu et al. 2024"));
    fit_->addItem(tr("Hoffmann et al. 2022"));
    fit_->setObjectName(QStringLiteral("uncertaintyFit"));
    add(tr("Scaling &law"), fit_,
        tr("The Chinchilla fit behind C_quality: the model's (Besiroglu 2024) or the original "
           "(Hoffmann 2022, Approach 3; k = 20)."));
    fanMetric_->addItem(tr("C_quality"));
    fanMetric_->addItem(tr("C_local"));
    fanMetric_->setObjectName(QStringLiteral("uncertaintyFanMetric"));
    add(tr("&Fan chart of"), fanMetric_, tr("Which compute the fan chart shows."));
    headlineIntervals_->setObjectName(QStringLiteral("headlineIntervals"));
    headlineIntervals_->setToolTip(tr("Show the median and 90 % interval beside C_local, "
                                      "C_quality and eta at the top of the window (2,000 "
                                      "samples)."));
    rows->addWidget(headlineIntervals_, 1, 4, 1, 2);
    rows->setColumnStretch(6, 1);
    connect(headlineIntervals_, &QCheckBox::toggled, this, [this](bool on) {
        editSettings([&](AnalysisSettings& s) { s.headlineIntervals = on; });
    });

    connect(samples_, &QComboBox::activated, this, [this](int index) {
        editSettings([&](AnalysisSettings& s) { s.samples = samples_->itemData(index).toULongLong(); });
    });
    connect(seed_, &QLineEdit::editingFinished, this, [this] {
        if (const std::optional<std::uint64_t> seed = parseSeed(seed_->text()))
            editSettings([&](AnalysisSettings& s) { s.seed = *seed; });
        else
            showSettings(); // out of range: back to the seed in use
    });
    connect(profile_, &QComboBox::activated, this, [this](int index) {
        editSettings([&](AnalysisSettings& s) {
            s.profile = index == 1 ? UncertaintyProfile::Wide : UncertaintyProfile::Standard;
        });
    });
    connect(fit_, &QComboBox::activated, this, [this](int index) {
        editSettings([&](AnalysisSettings& s) {
            s.fit = index == 1 ? ScalingLawFit::Hoffmann2022 : ScalingLawFit::Besiroglu2024;
        });
    });
    connect(fanMetric_, &QComboBox::activated, this, [this](int index) {
        editSettings([&](AnalysisSettings& s) { s.fanShowsLocal = index == 1; });
    });
    return box;
}

void UncertaintyTab::showSettings()
{
    const AnalysisSettings& s = document()->analysisSettings();
    const int samples = samples_->findData(QVariant::fromValue(qulonglong(s.samples)));
    samples_->setCurrentIndex(samples >= 0 ? samples : 1);
    seed_->setText(QString::number(s.seed));
    profile_->setCurrentIndex(s.profile == UncertaintyProfile::Wide ? 1 : 0);
    fit_->setCurrentIndex(s.fit == ScalingLawFit::Hoffmann2022 ? 1 : 0);
    fanMetric_->setCurrentIndex(s.fanShowsLocal ? 1 : 0);
    const QSignalBlocker blocker(headlineIntervals_);
    headlineIntervals_->setChecked(s.headlineIntervals);
}

bool UncertaintyTab::shows(const ChangeSet& changes) const
{
    return UncertaintyCompute::reads(changes);
}

void UncertaintyTab::refresh(const ChangeSet& changes)
{
    showSettings();
    if (!result_ || UncertaintyCompute::reads(changes)) {
        // At once: a coarse result; the full one when the inputs are still.
        result_ = UncertaintyCompute::run(document()->scenario(), document()->analysisSettings(),
                                          true);
        scheduleRefine();
    }
    draw();
}

void UncertaintyTab::refine()
{
    result_ = UncertaintyCompute::run(document()->scenario(), document()->analysisSettings(),
                                      false);
    draw();
}

QString UncertaintyTab::briefText() const
{
    return result_ ? result_->sentence : QString();
}

void UncertaintyTab::draw()
{
    const UncertaintyResult& r = *result_;
    QString sentence = r.problem.isEmpty()
                           ? r.sentence
                           : tr("No Monte Carlo for these inputs: %1").arg(r.problem);
    // While inputs move, the fan chart and the probabilities follow at once
    // (coarse); the histogram and the tornado wait for the full result, so
    // that a drag stays fluid, and the sentence says so.
    const bool partial = r.coarse && histogramPlot_->hasData();
    if (partial)
        sentence += QLatin1Char(' ') + tr("(Coarse preview; the histogram and the tornado "
                                          "follow when the inputs are still.)");
    sentence_->setText(sentence);
    QList<PlotView*> redrawn{fanPlot_, exceedancePlot_};
    if (!partial)
        redrawn << histogramPlot_ << tornadoPlot_;
    for (PlotView* plot : redrawn) {
        plot->clearGraphs();
        plot->clearAnnotations();
    }
    drawFan();
    drawExceedance();
    if (!partial) {
        drawHistogram();
        drawTornado();
        showAmplification();
    }
    for (PlotView* plot : redrawn) {
        if (!plot->hasData())
            addEmptyPlotNote(plot, document()->outcome());
        plot->finishUpdate();
    }
}

void UncertaintyTab::drawFan()
{
    const UncertaintyResult& r = *result_;
    const bool local = document()->analysisSettings().fanShowsLocal;
    const QString what = local ? tr("C_local") : tr("C_quality");
    fanPlot_->setTitle(r.coarse ? tr("%1 against node count: 5–95 % of samples (coarse preview, "
                                     "%2 samples; refining)")
                                      .arg(what, formatCount(double(r.fanSamples)))
                                : tr("%1 against node count: 5–95 % of %2 samples")
                                      .arg(what, formatCount(double(r.fanSamples))));
    fanPlot_->setAxisTitles(tr("Nodes"), r.fan.yTitle);
    const QColor color = local ? colors::kComputeLocal : colors::kComputeQuality;
    QCPGraph* low = nullptr;
    for (const PlotSeries& series : r.fan.series) {
        QCPGraph* graph = nullptr;
        if (series.role == QLatin1String("band_low")) {
            graph = fanPlot_->addCurve(series.name, color, true);
            graph->removeFromLegend();
            low = graph;
        } else if (series.role == QLatin1String("band_high")) {
            graph = fanPlot_->addCurve(tr("5–95 % of samples"), color, true);
            QColor fill = color;
            fill.setAlpha(kBandAlpha);
            graph->setBrush(fill);
            graph->setChannelFillGraph(low);
        } else if (series.role == QLatin1String("median")) {
            graph = fanPlot_->addCurve(series.name, color);
        } else {
            graph = fanPlot_->addCurve(series.name, fanPlot_->ink(), false, Qt::DashLine);
        }
        PlotView::setCurveData(graph, series.x, series.y);
    }
    addComputeGuides(fanPlot_, document()->scenario().treaty.strictThresholdFlop);
    PlotData data = r.fan;
    if (r.atScenario) {
        const UncertainMetric metric =
            local ? UncertainMetric::ComputeLocal : UncertainMetric::ComputeQuality;
        const QuantileSummary& q = r.atScenario->of(metric);
        const double nodes = double(document()->scenario().nodes);
        fanPlot_->setMarker(tr("This scenario (median)"),
                            tr("median %1").arg(formatPowerOfTen(q.q50)), nodes, q.q50);
        data.series.push_back({tr("This scenario (median)"), {nodes}, {q.q50}, QStringLiteral("marker")});
    }
    fanPlot_->setData(std::move(data));
}

void UncertaintyTab::drawExceedance()
{
    const UncertaintyResult& r = *result_;
    const QColor colors[] = {colors::kTargets[0], colors::kTargets[1], colors::kTargets[2],
                             colors::kStrictThreshold};
    int i = 0;
    for (const PlotSeries& series : r.exceedance.series) {
        QCPGraph* graph = exceedancePlot_->addCurve(
            series.name, colors[i], false, i == 3 ? Qt::DashLine : Qt::SolidLine);
        PlotView::setCurveData(graph, series.x, series.y);
        ++i;
    }
    const double nodes = double(document()->scenario().nodes);
    exceedancePlot_->addVerticalLine(nodes, tr("This scenario: %Ln node(s)", nullptr, pluralCount(nodes)),
                                     exceedancePlot_->ink());
    exceedancePlot_->setData(r.exceedance);
}

void UncertaintyTab::drawHistogram()
{
    const UncertaintyResult& r = *result_;
    histogramPlot_->setTitle(
        tr("C_quality at %Ln node(s): %1 samples", nullptr, pluralCount(double(document()->scenario().nodes)))
            .arg(formatCount(double(r.histogramSamples))));
    for (const PlotSeries& series : r.histogram.series) {
        QCPGraph* graph = histogramPlot_->addCurve(tr("Share of samples"), colors::kComputeQuality);
        graph->setLineStyle(QCPGraph::lsStepCenter);
        QColor fill = colors::kComputeQuality;
        fill.setAlpha(90);
        graph->setBrush(fill);
        PlotView::setCurveData(graph, series.x, series.y);
    }
    if (!r.histogram.isEmpty()) {
        // The thresholds within half a decade of the samples are drawn, the
        // view widened to hold them (an unseen line marks nothing).
        const std::vector<double>& x = r.histogram.series.front().x;
        const double from = x.front() - 0.5;
        const double to = x.back() + 0.5;
        const double strict = std::log10(document()->scenario().treaty.strictThresholdFlop);
        QVector<double> shown;
        for (double exponent : {24.0, 25.0, 26.0}) {
            // The Strict Threshold's own line names a power of ten it sits on.
            if (exponent >= from && exponent <= to && std::abs(strict - exponent) > 1e-9) {
                shown << exponent;
                histogramPlot_->addVerticalLine(exponent,
                                                formatPowerOfTen(std::pow(10.0, exponent), 1),
                                                colors::kReferenceLine);
            }
        }
        if (strict >= from && strict <= to) {
            shown << strict;
            histogramPlot_->addVerticalLine(
                strict, tr("Strict Threshold %1").arg(formatFlop(std::pow(10.0, strict))),
                colors::kStrictThreshold);
        }
        if (!shown.isEmpty()) {
            QCPGraph* reach = histogramPlot_->addCurve(QString(), Qt::transparent);
            reach->removeFromLegend();
            std::sort(shown.begin(), shown.end());
            PlotView::setCurveData(reach, shown, QVector<double>(shown.size(), 0.0));
        }
    }
    histogramPlot_->setData(r.histogram);
}

void UncertaintyTab::drawTornado()
{
    const UncertaintyResult& r = *result_;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    if (r.tornado) {
        // Bars from the point estimate (0 %) to each end's change.
        bool first = true;
        for (const PlotSeries& series : r.tornadoData.series) {
            const double y = series.y.front();
            ticker->addTick(y, series.name);
            for (const auto& [value, color, name] :
                 {std::tuple{series.x[0], kTornadoLow, tr("At the input's low value")},
                  std::tuple{series.x[1], kTornadoHigh, tr("At the input's high value")}}) {
                QCPGraph* bar = tornadoPlot_->addCurve(name, color);
                QPen pen(color, 11);
                pen.setCapStyle(Qt::FlatCap);
                bar->setPen(pen);
                PlotView::setCurveData(bar, QVector<double>{std::min(0.0, value), std::max(0.0, value)},
                                       QVector<double>{y, y});
                if (!first)
                    bar->removeFromLegend();
            }
            first = false;
        }
        // The point estimate is named in the title: a label on its line
        // would sit on the short bars around it.
        if (QCPItemText* label = tornadoPlot_->addVerticalLine(0, QString(), tornadoPlot_->ink()))
            label->setVisible(false);
        tornadoPlot_->setTitle(tr("What matters most: C_quality with each input at its low and "
                                  "high value (point estimate %1)")
                                   .arg(formatFlop(r.tornado->baseline)));
    }
    tornadoPlot_->yAxis->setTicker(ticker);
    tornadoPlot_->setData(r.tornadoData);
}

void UncertaintyTab::showAmplification()
{
    const AnalysisSettings& settings = document()->analysisSettings();
    const std::optional<Evaluation>& e = document()->outcome().evaluation;
    amplification_->show(e ? e->paramsB * kParamsPerBillion : 0, e ? e->tokens : 0,
                         settings.amplificationMultiplier, chinchillaFit(settings.fit));
}

QString UncertaintyTab::tornadoDetailAt(const QPointF& pixel) const
{
    if (!result_ || !result_->tornado || result_->tornado->rows.empty())
        return {};
    if (!tornadoPlot_->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const double rows = double(result_->tornado->rows.size());
    const double y = tornadoPlot_->yAxis->pixelToCoord(pixel.y());
    const long index = std::lround(rows - y);
    if (index < 0 || index >= long(rows) || std::abs(rows - double(index) - y) > 0.4)
        return {};
    return UncertaintyCompute::rowDetail(result_->tornado->rows[std::size_t(index)],
                                         document()->analysisSettings(),
                                         result_->tornado->metric);
}

} // namespace dtx::ui
