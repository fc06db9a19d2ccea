#include "PlotTab.hpp"

#include "Constants.hpp"
#include "Document.hpp"
#include "HeadlineText.hpp"
#include "PlotView.hpp"
#include "ScenarioFile.hpp"
#include "VectorUnitState.hpp"

#include <QDate>

namespace dtx::ui {

PlotTab::PlotTab(Document* document, QWidget* parent) : QWidget(parent), document_(document)
{
    connect(document, &Document::evaluated, this, &PlotTab::onEvaluated);
}

bool PlotTab::shows(const ChangeSet& changes) const
{
    return !changes.isEmpty();
}

void PlotTab::refreshNow()
{
    refreshWith(ChangeSet::everything());
    finishPendingWork();
}

void PlotTab::refreshWith(const ChangeSet& changes)
{
    // Each evaluation clears the state itself; a tab also runs model code
    // of its own (fleets, grids, axis ranges).
    clearUpperVectorState();
    // The other revision's curves are handed to the plots first, so the
    // tab's own redraw fits and paints both at once; a plot the tab did not
    // redraw draws them now.
    prepareOtherRevision();
    refresh(changes);
    for (PlotView* plot : plots())
        if (plot->otherRevisionPending())
            plot->finishUpdate();
    const ExportProvenance source = provenance();
    for (PlotView* plot : plots())
        plot->setProvenance(source);
    pending_ = {};
    stale_ = false;
}

PlotTab::RevisionPlots PlotTab::otherRevisionPlots(const Scenario&) const
{
    return {};
}

bool PlotTab::otherRevisionReads(const ChangeSet& changes) const
{
    return !changes.isEmpty();
}

void PlotTab::prepareOtherRevision()
{
    if (!document_->showsOtherRevision()) {
        if (!otherPlotsScenario_)
            return;
        otherPlotsScenario_.reset();
        otherPlots_.clear();
        for (PlotView* plot : plots())
            plot->setOtherRevisionData(std::nullopt, QString());
        return;
    }
    const Scenario& other = document_->otherScenario();
    bool recompute = !otherPlotsScenario_;
    if (!recompute) {
        ChangeSet moved;
        for (const std::string& key : changedScenarioKeys(*otherPlotsScenario_, other))
            moved.add(QStringLiteral("scenario.") + QString::fromStdString(key));
        recompute = otherRevisionReads(moved);
    }
    if (!recompute)
        return;
    otherPlots_ = otherRevisionPlots(other);
    otherPlotsScenario_ = other;
    const QString revision = QString::fromLatin1(revisionName(other.revision));
    for (const auto& [plot, data] : otherPlots_)
        plot->setOtherRevisionData(data, revision);
}

ExportProvenance PlotTab::provenance() const
{
    const Scenario& scenario = document_->scenario();
    return {scenario.name.empty() ? tr("Untitled") : QString::fromStdString(scenario.name),
            HeadlineText::keyInputs(scenario), document_->commandLine(),
            document_->showsOtherRevision()
                ? tr("dtx-explorer %1, model revision %2 (dashed: %3)")
                      .arg(QStringLiteral(DTX_VERSION),
                           QString::fromLatin1(revisionName(scenario.revision)),
                           QString::fromLatin1(revisionName(otherRevision(scenario.revision))))
                : tr("dtx-explorer %1, model revision %2")
                      .arg(QStringLiteral(DTX_VERSION),
                           QString::fromLatin1(revisionName(scenario.revision))),
            QDate::currentDate().toString(Qt::ISODate)};
}

QList<PlotView*> PlotTab::plots() const
{
    return findChildren<PlotView*>();
}

QImage PlotTab::printImage(QSize size, double scale, const QPalette& paper)
{
    PlotView* plot = plots().front();
    const bool repaint = plot->palette() != paper;
    if (repaint) {
        plot->setPalette(paper);
        refreshNow();
    }
    const QImage image = plot->toPixmap(size.width(), size.height(), scale).toImage();
    if (repaint) {
        plot->setPalette(QPalette());
        refreshNow();
    }
    return image;
}

void PlotTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_)
        refreshWith(pending_.isEmpty() ? ChangeSet::everything() : pending_);
}

void PlotTab::onEvaluated(const ChangeSet& changes)
{
    // An explicit evaluation without edits (tests, --grab) brings a stale
    // tab up to date too.
    if (!changes.isEmpty() && !shows(changes) && !changes.touches(kOtherRevisionKey))
        return;
    pending_.unite(changes.isEmpty() ? ChangeSet::everything() : changes);
    if (isVisible())
        refreshWith(pending_);
    else
        stale_ = true;
}

} // namespace dtx::ui
