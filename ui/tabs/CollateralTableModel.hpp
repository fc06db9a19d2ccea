#pragma once

#include "Countermeasures.hpp"

#include <QAbstractTableModel>
#include <QList>

#include <optional>
#include <vector>

namespace dtx::ui {

// The fourteen legitimate reference systems of MODEL.md §10 as a read-only
// table, with whether the treaty's compute (CCC) threshold and an optional
// memory threshold would force each one to register. The thresholds change
// while a slider moves, so only the verdict columns and the row highlight
// are re-announced (dataChanged), never the whole table.
class CollateralTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SystemColumn,
        CategoryColumn,
        GpusColumn,
        VramColumn,
        TflopsColumn,
        H100EquivColumn,
        CaughtByComputeColumn,
        CaughtByMemoryColumn,
        ColumnCount
    };

    explicit CollateralTableModel(std::vector<CollateralSystem> systems,
                                  QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The rules in force; an empty memory threshold means no such rule.
    void setThresholds(double cccThresholdH100e, std::optional<double> memoryThresholdGb);
    // The revision's systems (fourteen or seventeen).
    void setSystems(std::vector<CollateralSystem> systems);

    bool caughtByCompute(int row) const;
    bool caughtByMemory(int row) const;
    // Rows that at least one rule in force would register (for tests).
    QList<int> caughtRows() const;

private:
    std::vector<CollateralSystem> systems_;
    double cccThresholdH100e_;
    std::optional<double> memoryThresholdGb_;
};

} // namespace dtx::ui
