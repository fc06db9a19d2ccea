#include "ModelSizeCandidateTable.hpp"

#include "PlotExport.hpp"

#include "Format.hpp"
#include "PlotColors.hpp"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>

#include <algorithm>

namespace dtx::ui {
namespace {

enum Column {
    ModeColumn,
    MultipleColumn,
    ParamsColumn,
    EtaColumn,
    LocalColumn,
    QualityColumn,
    ChinchillaColumn,
    ColumnCount
};

} // namespace

ModelSizeCandidateTable::ModelSizeCandidateTable(QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setAccessibleName(tr("Model-size candidates"));
    setAccessibleDescription(tr("The candidate sizes of the model-size search with their "
                                "efficiency and compute; the best row is highlighted."));
    setHorizontalHeaderLabels({tr("Mode"), tr("× largest\nflat model"), tr("Parameters"),
                               tr("eta"), tr("C_local\n(FLOP)"), tr("C_quality\n(FLOP)"),
                               tr("Chinchilla\nefficiency")});
    horizontalHeaderItem(MultipleColumn)
        ->setToolTip(tr("Model size as a multiple of the largest model that fits one node"));
    horizontalHeaderItem(ChinchillaColumn)
        ->setToolTip(tr("Share of C_local a compute-optimal run would need for the same loss"));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    // Widths are fitted once, to the first result: fitting them on every
    // update measured every cell and re-laid out the tab during a drag.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
}

void ModelSizeCandidateTable::setResult(const ModelSizeSearchResult& result)
{
    const int rows = int(result.candidates.size());
    setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const ModelSizeCandidate& candidate = result.candidates[std::size_t(row)];
        const Evaluation& e = candidate.evaluation;
        const QString cells[ColumnCount] = {
            candidate.mode == Mode::Flat ? tr("Flat") : tr("PP-Group"),
            formatMultiple(candidate.multipleOfMaxParams),
            formatParamsB(e.paramsB),
            formatDecimal(e.eta, 3),
            formatPowerOfTen(e.computeLocal),
            formatPowerOfTen(e.computeQuality),
            formatPercent(e.chinchillaEfficiency),
        };
        const double values[ColumnCount] = {
            0, candidate.multipleOfMaxParams, e.paramsB, e.eta, e.computeLocal, e.computeQuality,
            e.chinchillaEfficiency,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem* cell = item(row, column);
            if (!cell) {
                cell = new QTableWidgetItem;
                setItem(row, column, cell);
            }
            cell->setText(cells[column]);
            if (column != ModeColumn)
                cell->setData(kCsvValueRole, values[column]);
            cell->setTextAlignment(column == ModeColumn
                                       ? Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter)
                                       : Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            // Bold on the table's own font (a cell's default is the
            // application's, which presentation does not enlarge).
            QFont bold = font();
            bold.setBold(true);
            cell->setData(Qt::FontRole, row == 0 ? QVariant(bold) : QVariant());
            // The best row stands out; dark text keeps it legible on any theme.
            cell->setBackground(row == 0 ? QBrush(colors::kBestRow) : QBrush());
            cell->setForeground(row == 0 ? QBrush(Qt::black) : QBrush());
        }
    }
    if (!columnsFitted_ && rows > 0) {
        fitColumns();
        columnsFitted_ = true;
    }
    // The best row is bold and changes with the inputs: widen a column its
    // new figure would not fit (one measurement a column, not every cell).
    if (rows > 0) {
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        constexpr int kCellPadding = 14;
        for (int column = 0; column < columnCount(); ++column)
            if (const QTableWidgetItem* best = item(0, column))
                if (const int needed = metrics.horizontalAdvance(best->text()) + kCellPadding;
                    columnWidth(column) < needed)
                    setColumnWidth(column, needed);
    }
}

void ModelSizeCandidateTable::changeEvent(QEvent* event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && columnsFitted_)
        fitColumns();
}

void ModelSizeCandidateTable::fitColumns()
{
    // Every row measured, also those scrolled out of view (Qt's own fit
    // looks at the visible ones).
    constexpr int kCellPadding = 14;
    for (int column = 0; column < columnCount(); ++column) {
        int width = horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < rowCount(); ++row)
            if (const QTableWidgetItem* cell = item(row, column)) {
                const QVariant font = cell->data(Qt::FontRole);
                const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : this->font());
                width = std::max(width, metrics.horizontalAdvance(cell->text()) + kCellPadding);
            }
        setColumnWidth(column, width);
    }
}

} // namespace dtx::ui
