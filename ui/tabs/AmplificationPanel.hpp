#pragma once

#include "ChinchillaAmplification.hpp"

#include <QGroupBox>

class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace dtx::ui {

// ANALYSES.md A4 beside the Monte Carlo: why a small rise in loss costs a
// large model so much compute. A table of the improvable loss's share and
// the amplification L / (εG) for the table's model sizes, the scenario's
// own model and data, and the 250 B model under other E and (a, b), each
// with what a loss multiplier m (a field here) leaves of the compute.
class AmplificationPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit AmplificationPanel(QWidget* parent = nullptr);
    // The scenario's model (parameters, tokens; 0 for none) and the fit.
    void show(double params, double tokens, double multiplier, const ChinchillaFit& fit);
    QTableWidget* table() const { return table_; }
    QString sentence() const;

signals:
    void multiplierEdited(double multiplier);

private:
    QDoubleSpinBox* multiplier_;
    QLabel* sentence_;
    QTableWidget* table_;
};

} // namespace dtx::ui
