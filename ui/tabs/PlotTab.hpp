#pragma once

#include "PlotData.hpp"

#include "ChangeSet.hpp"

#include "Scenario.hpp"

#include <QList>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QAbstractItemModel;

namespace dtx::ui {

class Document;
class PlotView;

// A tab of plots that follows the document. Each tab computes with a plain
// function of the document's values (its …Compute.hpp) and caches the
// result on the keys that function reads; the tab itself only draws. Only
// a visible tab does any work: a hidden one gathers what changed and
// catches up when shown, and a change the tab does not show (a treaty
// threshold on a tab without it) costs nothing at all.
class PlotTab : public QWidget {
    Q_OBJECT
public:
    PlotTab(Document* document, QWidget* parent = nullptr);

    // The name used by --grab --tab (CLI.md): "scale", "network", ...
    virtual QString tabName() const = 0;
    // The title on the tab itself.
    virtual QString tabTitle() const = 0;

    // Recomputes and redraws everything now, visible or not (tests, --grab,
    // the benchmark).
    void refreshNow();
    bool isStale() const { return stale_; }
    QList<PlotView*> plots() const;
    // The scenario the tab shows, as its exports name it.
    ExportProvenance provenance() const;
    // What the policy brief prints under the tab's plot: its computed
    // sentence (empty: nothing).
    virtual QString briefText() const { return {}; }
    // A table the brief prints under that sentence (null: none).
    virtual const QAbstractItemModel* briefTable() const { return nullptr; }
    // The tab's main plot as an image `size` × `scale` pixels, drawn from
    // its computed results on `paper` (the policy brief prints on light
    // paper whatever the window's appearance).
    QImage printImage(QSize size, double scale, const QPalette& paper);

protected:
    // Brings the tab up to date with `changes` (all that changed since it
    // last was; ChangeSet::everything() to start afresh).
    virtual void refresh(const ChangeSet& changes) = 0;
    // Work a tab defers while inputs move (a refined Monte Carlo), done
    // now; refreshNow() calls it so that tests and --grab see the final
    // result.
    virtual void finishPendingWork() {}
    // Whether anything the tab shows depends on `changes`.
    virtual bool shows(const ChangeSet& changes) const;
    // "Show the other revision": the tab's plots computed for `other` (the
    // scenario moved to the other model revision) by the same compute
    // functions, plot by plot; the base class draws them dashed. Empty for
    // a tab with nothing revision-dependent to draw.
    using RevisionPlots = std::vector<std::pair<PlotView*, PlotData>>;
    virtual RevisionPlots otherRevisionPlots(const Scenario& other) const;
    // Whether those plots depend on `changes` (keys "scenario.…"); by
    // default on everything.
    virtual bool otherRevisionReads(const ChangeSet& changes) const;
    void showEvent(QShowEvent* event) override;
    Document* document() const { return document_; }

private:
    void onEvaluated(const ChangeSet& changes);
    void refreshWith(const ChangeSet& changes);
    void prepareOtherRevision();

    Document* document_;
    // The last other-revision curves, and the scenario they are for: a
    // redraw of the tab's own curves reuses them unless it changed.
    RevisionPlots otherPlots_;
    std::optional<Scenario> otherPlotsScenario_;
    ChangeSet pending_;
    bool stale_ = true;
};

} // namespace dtx::ui
