#pragma once

#include "Calibration.hpp"
#include "PlotTab.hpp"

class QLabel;
class QTableWidget;

namespace dtx::ui {

// Calibration against real runs (ANALYSES.md C): what Covenant-72B,
// INTELLECT-1, Charles et al. and others reported, against what the
// active model revision predicts from their inputs. A parity chart of
// utilisation (y = x is a perfect model), the loss gaps on a log axis, a
// table of every figure with its source, and the findings as sentences
// computed from the rows. Switching revision moves the predictions.
class EvidenceTab : public PlotTab {
    Q_OBJECT
public:
    explicit EvidenceTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("evidence"); }
    QString tabTitle() const override { return tr("Evidence"); }
    QString briefText() const override;
    const std::vector<CalibrationRow>& rows() const { return rows_; }
    QStringList findings() const { return findings_; }
    QTableWidget* table() const { return table_; }
    PlotView* parityPlot() const { return parity_; }
    PlotView* lossGapPlot() const { return lossGap_; }

protected:
    void refresh(const ChangeSet& changes) override;
    bool shows(const ChangeSet& changes) const override;

private:
    void drawParity();
    void drawLossGap();
    void fillTable();

    QLabel* findingsLabel_;
    PlotView* parity_;
    PlotView* lossGap_;
    QTableWidget* table_;
    std::vector<CalibrationRow> rows_;
    QStringList findings_;
};

} // namespace dtx::ui
