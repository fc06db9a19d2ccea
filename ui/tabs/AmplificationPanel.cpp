#include "AmplificationPanel.hpp"

#include "Constants.hpp"
#include "Format.hpp"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dtx::ui {
namespace {

constexpr int kCellPadding = 16; // pixels beside a cell's text

QString rowTitle(const AmplificationRow& row)
{
    const double paramsB = row.loss.params / kParamsPerBillion;
    switch (row.kind) {
    case AmplificationRow::Kind::Size:
        return AmplificationPanel::tr("%1 (D = %2 N)")
            .arg(formatParamsB(paramsB), formatSignificant(row.fit.tokensPerParam, 3));
    case AmplificationRow::Kind::Scenario:
        return AmplificationPanel::tr("This scenario: %1, %2")
            .arg(formatParamsB(paramsB), formatTokens(row.loss.tokens));
    case AmplificationRow::Kind::IrreducibleLoss:
        return AmplificationPanel::tr("%1, E = %2").arg(formatParamsB(paramsB),
                                                        formatDecimal(row.fit.E, 2));
    case AmplificationRow::Kind::Exponents:
        return AmplificationPanel::tr("%1, a = %2, b = %3")
            .arg(formatParamsB(paramsB), formatDecimal(row.fit.a, 2), formatDecimal(row.fit.b, 2));
    }
    return {};
}

} // namespace

AmplificationPanel::AmplificationPanel(QWidget* parent)
    : QGroupBox(tr("Why a small loss costs much compute (Chinchilla amplification)"), parent),
      multiplier_(new QDoubleSpinBox),
      sentence_(new QLabel),
      table_(new QTableWidget)
{
    setObjectName(QStringLiteral("amplificationPanel"));
    multiplier_->setObjectName(QStringLiteral("amplificationMultiplier"));
    multiplier_->setDecimals(4);
    multiplier_->setRange(1.0, 1.2);
    multiplier_->setSingleStep(0.001);
    multiplier_->setAccessibleName(tr("Loss multiplier m"));
    multiplier_->setToolTip(tr("A loss m times the run's own, as many replicas cause it (1.016: "
                               "the revision's β0 at 72 replicas and H = 200)."));
    auto* label = new QLabel(tr("Loss multiplier &m"));
    label->setBuddy(multiplier_);
    sentence_->setWordWrap(true);
    sentence_->setObjectName(QStringLiteral("amplificationSentence"));
    table_->setObjectName(QStringLiteral("amplificationTable"));
    table_->setAccessibleName(title());
    table_->setAccessibleDescription(tr("Per model: the loss, its improvable part, their ratio, the "
                                        "amplification and what the multiplier leaves."));
    table_->setColumnCount(7);
    table_->setHorizontalHeaderLabels({tr("Model"), tr("Loss L"), tr("Improvable G"),
                                       tr("G / L"), tr("L / (εG)"), tr("χ at m"),
                                       tr("Effective size N′")});
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(multiplier_);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(sentence_);
    layout->addWidget(table_);
    connect(multiplier_, &QDoubleSpinBox::valueChanged, this, &AmplificationPanel::multiplierEdited);
}

QString AmplificationPanel::sentence() const
{
    return sentence_->text();
}

void AmplificationPanel::show(double params, double tokens, double multiplier,
                              const ChinchillaFit& fit)
{
    {
        const QSignalBlocker blocker(multiplier_);
        multiplier_->setValue(multiplier);
    }
    const std::vector<AmplificationRow> rows = amplificationPanel(params, tokens, multiplier, fit);
    table_->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const AmplificationRow& row = rows[std::size_t(r)];
        const QString cells[] = {rowTitle(row),
                                 formatDecimal(row.loss.loss, 4),
                                 formatDecimal(row.loss.improvable, 4),
                                 formatPercent(row.loss.share),
                                 formatDecimal(row.loss.amplification, 1),
                                 formatPercent(row.effect.chi),
                                 formatParamsB(row.effect.effectiveParams / kParamsPerBillion)};
        for (int c = 0; c < 7; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                          : Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(r, c, item);
        }
    }
    // Every cell's text shows whole, with room to spare.
    table_->resizeColumnsToContents();
    for (int c = 0; c < table_->columnCount(); ++c)
        table_->setColumnWidth(c, table_->columnWidth(c) + kCellPadding);
    // Every row shows: the table takes the height of its rows.
    table_->setMinimumHeight(table_->horizontalHeader()->height()
                             + table_->verticalHeader()->length() + 2 * table_->frameWidth());
    const auto scenario = std::find_if(rows.begin(), rows.end(), [](const AmplificationRow& row) {
        return row.kind == AmplificationRow::Kind::Scenario;
    });
    if (scenario == rows.end()) {
        sentence_->setText(QString());
        return;
    }
    sentence_->setText(
        tr("For this scenario's model the improvable loss is %1 of the loss, so each 0.1 % more "
           "loss costs about %2 % of the compute: a loss ×%3 leaves %4 of it (χ), as much as a "
           "compute-optimal %5 model.")
            .arg(formatPercent(scenario->loss.share),
                 formatDecimal(scenario->loss.amplification / 10, 1),
                 formatDecimal(multiplier, 4), formatPercent(scenario->effect.chi),
                 formatParamsB(scenario->effect.effectiveParams / kParamsPerBillion)));
}

} // namespace dtx::ui
