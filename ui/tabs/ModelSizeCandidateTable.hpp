#pragma once

#include "ModelSizeSearch.hpp"

#include <QTableWidget>

namespace dtx::ui {

// The candidates of the model-size search (MODEL.md §8), best first, as a
// compact read-only table: mode, multiple of the largest single-node model,
// size, eta, C_local, C_quality and Chinchilla efficiency. The best row is
// highlighted.
class ModelSizeCandidateTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ModelSizeCandidateTable(QWidget* parent = nullptr);

    void setResult(const ModelSizeSearchResult& result);

protected:
    // A new text size (presentation) fits the columns again.
    void changeEvent(QEvent* event) override;

private:
    void fitColumns();

    bool columnsFitted_ = false;
};

} // namespace dtx::ui
