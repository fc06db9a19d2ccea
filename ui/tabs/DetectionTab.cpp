#include "DetectionTab.hpp"

#include "Document.hpp"
#include "EvidenceText.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "ScrollingPage.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dtx::ui {
namespace {

constexpr double kSecondsPerMinute = 60;

QString gigabytes(double bytes)
{
    return DetectionTab::tr("%1 GB").arg(formatSignificant(bytes / 1e9, 3));
}

QString terabytes(double tb)
{
    return DetectionTab::tr("%1 TB").arg(formatSignificant(tb, 3));
}

QString minutes(double seconds)
{
    return DetectionTab::tr("%1 min").arg(formatSignificant(seconds / kSecondsPerMinute, 3));
}

// A burst as a step: zero, the line rate from `start` for `length`, zero.
void appendBurst(QVector<double>* x, QVector<double>* y, double start, double length, double rate,
                 double period)
{
    *x << 0 << start << start << start + length << start + length << period;
    *y << 0 << 0 << rate << rate << 0 << 0;
}

} // namespace

DetectionTab::DetectionTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      timeline_(new PlotView),
      figures_(new QLabel),
      channels_(new QLabel),
      summary_(new QLabel)
{
    timeline_->setObjectName(QStringLiteral("trafficTimeline"));
    timeline_->setTitle(tr("One synchronisation cycle on the WAN link of a node"));
    timeline_->setAxisTitles(tr("Time within the cycle (minutes)"), tr("Traffic (Mbps)"));
    timeline_->setLegendBelow(true);

    for (QLabel* label : {figures_, channels_, summary_}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    figures_->setObjectName(QStringLiteral("trafficFigures"));
    channels_->setObjectName(QStringLiteral("otherChannels"));
    summary_->setObjectName(QStringLiteral("detectionSummary"));

    auto* arguments = new QLabel;
    arguments->setWordWrap(true);
    arguments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString html = tr("<b>What upstream argues</b><ul style='margin-left:-20px'>");
    for (const QString& item : EvidenceText::detectionArguments())
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    arguments->setText(html + QStringLiteral("</ul>"));

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(figures_);
    sideLayout->addWidget(channels_);
    sideLayout->addWidget(arguments);
    sideLayout->addStretch(1);
    QScrollArea* scroll =
        scrollingPage(side, tr("Traffic figures"),
                      tr("The traffic fingerprint as figures, power and cost beside "
                         "upstream's examples, and upstream's arguments."));
    scroll->setMinimumWidth(360);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* row = new QHBoxLayout;
    row->addWidget(timeline_, 3);
    row->addWidget(scroll, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addLayout(row, 1);
}

bool DetectionTab::shows(const ChangeSet& changes) const
{
    return changes.touches(QStringLiteral("scenario"));
}

void DetectionTab::refresh(const ChangeSet&)
{
    const EvaluationOutcome& outcome = document()->outcome();
    fingerprint_.reset();
    if (outcome.evaluation)
        fingerprint_ = outcome.evaluation->traffic;
    drawTimeline();
    showFigures();
}

void DetectionTab::drawTimeline()
{
    timeline_->clearGraphs();
    timeline_->clearAnnotations();
    PlotData data{timeline_->xTitle(), timeline_->yTitle(), {}};
    if (fingerprint_) {
        const TrafficFingerprint& t = *fingerprint_;
        const double period = t.syncPeriodSeconds / kSecondsPerMinute;
        const double bits = t.payloadBytes * 8;
        const double upRate = t.burstUpSeconds > 0 ? bits / t.burstUpSeconds / 1e6 : 0;
        const double downRate = t.burstDownSeconds > 0 ? bits / t.burstDownSeconds / 1e6 : 0;
        // The down burst follows the up burst after one round trip.
        const double roundTrip = document()->scenario().wan.latencyMs / 1000 / kSecondsPerMinute;
        const double upLength = t.burstUpSeconds / kSecondsPerMinute;
        QVector<double> ux, uy, dx, dy;
        appendBurst(&ux, &uy, 0, upLength, upRate, period);
        appendBurst(&dx, &dy, upLength + roundTrip, t.burstDownSeconds / kSecondsPerMinute,
                    downRate, period);
        const QString upName = tr("Upload, sent as one burst at line rate");
        const QString downName = tr("Download, sent as one burst at line rate");
        const QString streamName = tr("Streaming: the same bytes as a constant flow, each way");
        PlotView::setCurveData(timeline_->addCurve(upName, colors::kComputeLocal), ux, uy);
        PlotView::setCurveData(timeline_->addCurve(downName, colors::kComputeQuality, false, Qt::DashLine),
                               dx, dy);
        QCPGraph* stream = timeline_->addCurve(streamName, colors::kEfficiency);
        stream->setPen(QPen(colors::kEfficiency, 3));
        PlotView::setCurveData(stream, QVector<double>{0, period},
                               QVector<double>{t.sustainedUpMbps, t.sustainedUpMbps});
        data.series.push_back({upName, {ux.begin(), ux.end()}, {uy.begin(), uy.end()}, {}});
        data.series.push_back({downName, {dx.begin(), dx.end()}, {dy.begin(), dy.end()}, {}});
        data.series.push_back({streamName, {0, period}, {t.sustainedUpMbps, t.sustainedUpMbps}, {}});
    }
    timeline_->setData(data);
    timeline_->finishUpdate();
}

QString DetectionTab::figuresText() const
{
    QString text = figures_->text() + QLatin1Char('\n') + channels_->text();
    text.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

void DetectionTab::showFigures()
{
    const EvaluationOutcome& outcome = document()->outcome();
    if (!outcome.evaluation) {
        summary_->setText(tr("No result for these inputs, so no traffic to describe."));
        figures_->clear();
        channels_->clear();
        sentence_.clear();
        return;
    }
    const Evaluation& e = *outcome.evaluation;
    channels_->setText(tr("<b>Other channels</b><br>%1<br>%2")
                           .arg(EvidenceText::powerSentence(e.nodes).toHtmlEscaped(),
                                EvidenceText::costSentence(e.costUsd).toHtmlEscaped()));
    if (!fingerprint_) {
        sentence_ = tr("With one replica nothing crosses the WAN: there is no traffic fingerprint.");
        summary_->setText(sentence_);
        figures_->clear();
        return;
    }
    const TrafficFingerprint& t = *fingerprint_;
    const int endpoints = pluralCount(t.correlatedEndpoints);
    sentence_ = tr("Each of %Ln correlated endpoints exchanges %1 each way every %2: %3 sustained "
                   "each way if streamed, or a burst %4 of the time. Over the run that is %5 per "
                   "endpoint and %6 for the fleet; each link is %7 below the treaty's 25 Gbit/s "
                   "interconnect criterion.",
                   nullptr, endpoints)
                    .arg(gigabytes(t.payloadBytes), minutes(t.syncPeriodSeconds),
                         formatBandwidth(t.sustainedUpMbps), formatPercent(t.dutyCycle),
                         terabytes(t.wanTerabytesPerNode), terabytes(t.wanTerabytesFleet),
                         formatMultiple(t.cccMargin));
    summary_->setText(sentence_);
    const QString row = QStringLiteral("%1: <b>%2</b><br>");
    QString html = tr("<b>The traffic, as figures</b><br>");
    html += row.arg(tr("Payload per sync, each way"), gigabytes(t.payloadBytes));
    html += row.arg(tr("Sync period"), minutes(t.syncPeriodSeconds));
    html += row.arg(tr("Burst up / down at line rate"),
                    tr("%1 / %2").arg(formatSeconds(t.burstUpSeconds), formatSeconds(t.burstDownSeconds)));
    html += row.arg(tr("Duty cycle if sent as bursts"), formatPercent(t.dutyCycle));
    html += row.arg(tr("Sustained rate, each way"), formatBandwidth(t.sustainedUpMbps));
    html += row.arg(tr("Syncs over the run"), formatCount(t.syncsPerRun));
    html += row.arg(tr("WAN traffic per endpoint, both ways"), terabytes(t.wanTerabytesPerNode));
    html += row.arg(tr("WAN traffic of the fleet"), terabytes(t.wanTerabytesFleet));
    html += row.arg(tr("A star coordinator's ingress"),
                    tr("%1 Gbps").arg(formatSignificant(t.coordinatorGbps, 3)));
    html += row.arg(tr("Margin to the 25 Gbit/s interconnect criterion"), formatMultiple(t.cccMargin));
    html += row.arg(tr("GPU busy fraction"), formatPercent(t.gpuBusyFraction));
    html += row.arg(tr("Correlated WAN endpoints"), formatCount(t.correlatedEndpoints));
    figures_->setText(html);
}

} // namespace dtx::ui
