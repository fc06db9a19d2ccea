#pragma once

#include "ModelSizeCompute.hpp"
#include "ModelSizeSearch.hpp"
#include "PlotTab.hpp"

#include <optional>

#include <qcustomplot.h>

class QLabel;

namespace dtx::ui {

class ModelSizeCandidateTable;

// Which model size makes the most of the cluster (MODEL.md §8): C_quality
// against model size for flat DiLoCo up to the largest model that fits one
// node and for PP-Group DiLoCo beyond it, the search's candidates with the
// best one marked, the Chinchilla-optimal size, and the candidates as a
// table. Everything but the mode and the model size is the scenario's.
class ModelSizeTab : public PlotTab {
    Q_OBJECT
public:
    explicit ModelSizeTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("model-size"); }
    QString tabTitle() const override { return tr("Model size"); }

    // Of the last refresh (for tests).
    const ModelSizeSearchResult& searchResult() const { return computed_->search; }

protected:
    void refresh(const ChangeSet& changes) override;
    RevisionPlots otherRevisionPlots(const Scenario& other) const override;
    bool otherRevisionReads(const ChangeSet& changes) const override;
    bool shows(const ChangeSet& changes) const override;

private:
    // Returns the sizes the curves span (the x axis), empty if none.
    QCPRange plotCurves();
    void plotCandidates(const ModelSizeSearchResult& result, const QCPRange& sizes);
    QString modeNote(const Scenario& scenario) const;

    PlotView* plot_;
    QLabel* summary_;
    QLabel* note_;
    ModelSizeCandidateTable* table_;
    std::optional<ModelSizeResult> computed_;
};

} // namespace dtx::ui
