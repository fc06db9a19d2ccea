#include "EvidenceTab.hpp"

#include "Document.hpp"
#include "EvidenceText.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "ScrollingPage.hpp"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

// One colour per run, in the order the runs first appear.
const QColor kRunColours[] = {{0, 114, 178}, {213, 94, 0}, {0, 158, 115},
                              {204, 121, 167}, {230, 159, 0}, {86, 180, 233}};

QColor runColour(const std::vector<CalibrationRow>& rows, const CalibrationRun* run)
{
    std::vector<const CalibrationRun*> seen;
    for (const CalibrationRow& row : rows)
        if (row.run && std::find(seen.begin(), seen.end(), row.run) == seen.end())
            seen.push_back(row.run);
    const auto at = std::find(seen.begin(), seen.end(), run) - seen.begin();
    return kRunColours[std::size_t(at) % std::size(kRunColours)];
}

// A range drawn as a line between two points, outside the legend.
void addRange(PlotView* plot, const QColor& colour, double x0, double y0, double x1, double y1)
{
    QCPGraph* bar = plot->addCurve(QString(), colour);
    QPen pen(colour, 3);
    pen.setCapStyle(Qt::FlatCap);
    bar->setPen(pen);
    bar->removeFromLegend();
    PlotView::setCurveData(bar, QVector<double>{x0, x1}, QVector<double>{y0, y1});
}

QString runTooltip(const CalibrationRun& run)
{
    const CalibrationRunInputs& in = run.inputs;
    QStringList inputs;
    if (in.params)
        inputs << EvidenceTab::tr("%1 parameters").arg(formatParamsB(*in.params / 1e9));
    if (const std::optional<double> tokens = in.resolvedTokens())
        inputs << formatTokens(*tokens);
    if (in.nodes)
        inputs << EvidenceTab::tr("%1 replicas").arg(formatCount(*in.nodes));
    if (in.pflopsPerNode)
        inputs << EvidenceTab::tr("%1 PFLOPS a node at MFU %2")
                      .arg(formatSignificant(*in.pflopsPerNode, 3), formatDecimal(in.mfu, 3));
    if (in.uploadMbps)
        inputs << EvidenceTab::tr("%1 up, %2 down")
                      .arg(formatBandwidth(*in.uploadMbps),
                           formatBandwidth(in.downloadMbps.value_or(*in.uploadMbps)));
    if (in.innerSteps)
        inputs << EvidenceTab::tr("H = %1").arg(formatCount(*in.innerSteps));
    if (in.compression)
        inputs << EvidenceTab::tr("compression %1").arg(formatMultiple(*in.compression));
    return EvidenceTab::tr("<b>%1</b><br>%2<br>%3")
        .arg(QString::fromStdString(run.title).toHtmlEscaped(), inputs.join(QStringLiteral(", ")),
             QString::fromStdString(run.source).toHtmlEscaped());
}

} // namespace

EvidenceTab::EvidenceTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      findingsLabel_(new QLabel),
      parity_(new PlotView),
      lossGap_(new PlotView),
      table_(new QTableWidget)
{
    findingsLabel_->setObjectName(QStringLiteral("evidenceFindings"));
    findingsLabel_->setWordWrap(true);
    findingsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    parity_->setObjectName(QStringLiteral("parityPlot"));
    parity_->setTitle(tr("Compute utilisation: reported against predicted"));
    parity_->setAxisTitles(tr("Predicted by the model (%)"), tr("Reported by the run (%)"));
    parity_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);

    lossGap_->setObjectName(QStringLiteral("lossGapPlot"));
    lossGap_->setTitle(tr("Loss with many replicas against one"));
    lossGap_->setAxisTitles(tr("Run"), tr("Loss gap (%)"));
    lossGap_->setLogAxes(false, true);
    lossGap_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);

    table_->setObjectName(QStringLiteral("evidenceTable"));
    table_->setColumnCount(5);
    table_->setHorizontalHeaderLabels(
        {tr("Run"), tr("Metric"), tr("Reported"), tr("Predicted"), tr("Other readings")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setAccessibleName(tr("Calibration table"));
    table_->setAccessibleDescription(tr("Every reported figure of a real run beside the model's "
                                        "prediction and its other readings; hover a row for the "
                                        "run's inputs and sources."));

    // Findings, plots and table down one page that scrolls when the window
    // is short, so that no plot is squeezed to a strip.
    auto* plots = new QSplitter(Qt::Horizontal);
    plots->addWidget(parity_);
    plots->addWidget(lossGap_);
    plots->setChildrenCollapsible(false);
    plots->setMinimumHeight(360);
    table_->setMinimumHeight(280);
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(findingsLabel_);
    column->addWidget(plots, 3);
    column->addWidget(table_, 2);
    QScrollArea* scroll =
        scrollingPage(content, tr("Evidence"),
                      tr("The findings, the parity chart of utilisation, the loss "
                         "gaps and the table of every reported figure."));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

bool EvidenceTab::shows(const ChangeSet& changes) const
{
    // The predictions read the revision and the model switches only.
    return changes.touches(QStringLiteral("scenario.revision"))
           || changes.touches(QStringLiteral("scenario.assumptions"))
           || changes.touches(QStringLiteral("scenario.training.error_feedback"));
}

void EvidenceTab::refresh(const ChangeSet&)
{
    const Scenario& scenario = document()->scenario();
    rows_ = calibrate(document()->calibrationRuns(), calibrationModel(scenario));
    findings_ = EvidenceText::findings(calibrationFindings(rows_, scenario));
    QString html = tr("<b>What the runs say, under model %1</b>")
                       .arg(QString::fromLatin1(revisionName(scenario.revision)));
    html += QStringLiteral("<ul style='margin:0'>");
    for (const QString& sentence : findings_)
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    findingsLabel_->setText(html);
    drawParity();
    drawLossGap();
    fillTable();
}

QString EvidenceTab::briefText() const
{
    return findings_.join(QLatin1Char(' '));
}

void EvidenceTab::drawParity()
{
    parity_->clearGraphs();
    parity_->clearAnnotations();
    PlotData data{parity_->xTitle(), parity_->yTitle(), {}};
    double lo = 100;
    double hi = 0;
    for (const CalibrationRow& row : rows_) {
        if (row.record->metric != CalibrationMetric::Utilisation || !row.predicted
            || !row.record->reportedLow)
            continue;
        const QColor colour = runColour(rows_, row.run);
        const QString title = QString::fromStdString(row.run->title);
        const double x = *row.predicted * 100;
        const double yLow = *row.record->reportedLow * 100;
        const double yHigh = *row.record->reportedHigh * 100;
        const double y = (yLow + yHigh) / 2;
        if (yHigh > yLow)
            addRange(parity_, colour, x, yLow, x, yHigh);
        const std::optional<double> bandLow = row.variant("band_low");
        const std::optional<double> bandHigh = row.variant("band_high");
        if (bandLow && bandHigh)
            addRange(parity_, colour, *bandLow * 100, y, *bandHigh * 100, y);
        PlotView::setCurveData(parity_->addPoints(title, colour), QVector<double>{x},
                               QVector<double>{y});
        data.series.push_back({title, {x}, {y}, {}});
        lo = std::min({lo, x, yLow, bandLow.value_or(1) * 100});
        hi = std::max({hi, x, yHigh, bandHigh.value_or(0) * 100});
        if (const std::optional<double> withBlock = row.variant("reported_compute")) {
            const QString name = tr("%1 with its reported compute time").arg(title);
            PlotView::setCurveData(parity_->addPoints(name, colour, QCPScatterStyle::ssCircle),
                                   QVector<double>{*withBlock * 100}, QVector<double>{y});
            data.series.push_back({name, {*withBlock * 100}, {y}, {}});
            lo = std::min(lo, *withBlock * 100);
            hi = std::max(hi, *withBlock * 100);
        }
    }
    if (hi > lo) {
        const double from = std::max(0.0, std::floor(lo / 5) * 5 - 5);
        const double to = std::min(100.0, std::ceil(hi / 5) * 5 + 2);
        QCPGraph* identity =
            parity_->addCurve(tr("Model exact (y = x)"), colors::kReferenceLine, true, Qt::DashLine);
        PlotView::setCurveData(identity, QVector<double>{from, to}, QVector<double>{from, to});
        // The same range on both axes, so that y = x is the diagonal.
        parity_->setFilledArea(QCPRange(from, to), QCPRange(from, to));
    }
    parity_->setData(data);
    parity_->finishUpdate();
}

void EvidenceTab::drawLossGap()
{
    lossGap_->clearGraphs();
    lossGap_->clearAnnotations();
    PlotData data{lossGap_->xTitle(), lossGap_->yTitle(), {}};
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> predictedX, predictedY, reportedX, reportedY;
    double lo = 100;
    double hi = 0;
    int at = 0;
    for (const CalibrationRow& row : rows_) {
        if (row.record->metric != CalibrationMetric::LossGap || !row.record->reportedLow)
            continue;
        ++at;
        const QString title = QString::fromStdString(row.run->title);
        ticker->addTick(at, row.predicted ? title : tr("%1\n(not computable)").arg(title));
        const double low = *row.record->reportedLow * 100;
        const double high = *row.record->reportedHigh * 100;
        addRange(lossGap_, colors::kReferenceLine, at, low, at, high);
        reportedX << at << at;
        reportedY << low << high;
        lo = std::min(lo, low);
        hi = std::max(hi, high);
        PlotSeries reported{tr("%1, reported").arg(title), {double(at), double(at)}, {low, high}, {}};
        data.series.push_back(reported);
        if (row.predicted && *row.predicted > 0) {
            predictedX << at;
            predictedY << *row.predicted * 100;
            lo = std::min(lo, *row.predicted * 100);
            hi = std::max(hi, *row.predicted * 100);
            data.series.push_back({tr("%1, predicted").arg(title), {double(at)}, {*row.predicted * 100}, {}});
        }
    }
    // The reported ends as squares (a single value is one square), joined by the bars.
    PlotView::setCurveData(lossGap_->addPoints(tr("Reported (low and high)"), colors::kReferenceLine,
                                               QCPScatterStyle::ssSquare, 8),
                           reportedX, reportedY);
    PlotView::setCurveData(lossGap_->addPoints(tr("Predicted by the model"), colors::kComputeQuality,
                                               QCPScatterStyle::ssDiamond, 11),
                           predictedX, predictedY);
    lossGap_->xAxis->setTicker(ticker);
    // Categories across, a decade of room around the values up the log axis.
    if (at > 0 && hi >= lo)
        lossGap_->setFilledArea(QCPRange(0.4, at + 0.6), QCPRange(lo / 3, hi * 3));
    lossGap_->setData(data);
    lossGap_->finishUpdate();
}

void EvidenceTab::fillTable()
{
    table_->setRowCount(int(rows_.size()));
    for (int i = 0; i < int(rows_.size()); ++i) {
        const CalibrationRow& row = rows_[std::size_t(i)];
        const QString tooltip = row.run ? runTooltip(*row.run) : QString();
        const QString source = QString::fromStdString(row.record->source).toHtmlEscaped();
        const auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(tooltip + QStringLiteral("<br><i>%1</i>").arg(source));
            table_->setItem(i, column, item);
        };
        cell(0, row.run ? QString::fromStdString(row.run->title) : QString::fromStdString(row.record->run));
        cell(1, EvidenceText::metricTitle(row.record->metric));
        QString reported = EvidenceText::reportedText(*row.record);
        if (row.record->reportedLow && !row.record->reported.empty())
            reported += QLatin1Char('\n') + QString::fromStdString(row.record->reported);
        cell(2, reported);
        cell(3, row.predicted ? EvidenceText::metricValue(row.record->metric, *row.predicted)
                              : tr("not computable"));
        cell(4, EvidenceText::variantsText(row));
    }
    table_->resizeColumnsToContents();
    for (int column = 0; column < 4; ++column)
        table_->setColumnWidth(column, std::min(table_->columnWidth(column), 320));
    table_->resizeRowsToContents();
}

} // namespace dtx::ui
