#include "CollateralTableModel.hpp"

#include "PlotExport.hpp"

#include "CoreTerms.hpp"

#include "Constants.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"

#include <QBrush>

#include <utility>

namespace dtx::ui {
namespace {

// What a row shows in the two verdict columns; comparing these before and
// after a threshold change tells which rows to re-announce.
enum class Verdict { No, Yes, NoRule };

struct RowVerdicts {
    Verdict compute;
    Verdict memory;
    bool operator==(const RowVerdicts&) const = default;
};

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Yes:
        return CollateralTableModel::tr("yes");
    case Verdict::No:
        return CollateralTableModel::tr("no");
    case Verdict::NoRule:
        return CollateralTableModel::tr("no rule");
    }
    return {};
}

} // namespace

CollateralTableModel::CollateralTableModel(std::vector<CollateralSystem> systems, QObject* parent)
    : QAbstractTableModel(parent),
      systems_(std::move(systems)),
      cccThresholdH100e_(kDefaultCccThresholdH100e)
{
}

void CollateralTableModel::setSystems(std::vector<CollateralSystem> systems)
{
    beginResetModel();
    systems_ = std::move(systems);
    endResetModel();
}

int CollateralTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(systems_.size());
}

int CollateralTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CollateralTableModel::caughtByCompute(int row) const
{
    return row >= 0 && row < rowCount()
           && caughtByComputeThreshold(systems_[std::size_t(row)], cccThresholdH100e_);
}

bool CollateralTableModel::caughtByMemory(int row) const
{
    return row >= 0 && row < rowCount() && memoryThresholdGb_
           && caughtByMemoryThreshold(systems_[std::size_t(row)], *memoryThresholdGb_);
}

QList<int> CollateralTableModel::caughtRows() const
{
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row)
        if (caughtByCompute(row) || caughtByMemory(row))
            rows << row;
    return rows;
}

QVariant CollateralTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const CollateralSystem& system = systems_[std::size_t(row)];
    const bool caught = caughtByCompute(row) || caughtByMemory(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SystemColumn:
            return QString::fromStdString(system.name);
        case CategoryColumn:
            return CoreTerms::categoryTitle(system.category);
        case GpusColumn:
            return formatCount(system.gpuCount);
        case VramColumn:
            return formatCount(system.vramGb);
        case TflopsColumn:
            return formatCount(system.fp16Tflops);
        case H100EquivColumn:
            return formatDecimal(system.h100Equiv, 2);
        case CaughtByComputeColumn:
            return verdictText(caughtByCompute(row) ? Verdict::Yes : Verdict::No);
        case CaughtByMemoryColumn:
            if (!memoryThresholdGb_)
                return verdictText(Verdict::NoRule);
            return verdictText(caughtByMemory(row) ? Verdict::Yes : Verdict::No);
        }
        return {};
    case kCsvValueRole:
        switch (index.column()) {
        case GpusColumn:
            return double(system.gpuCount);
        case VramColumn:
            return double(system.vramGb);
        case TflopsColumn:
            return double(system.fp16Tflops);
        case H100EquivColumn:
            return double(system.h100Equiv);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SystemColumn || index.column() == CategoryColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        if (index.column() >= CaughtByComputeColumn)
            return QVariant(Qt::AlignCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return caught ? QVariant(QBrush(colors::kCaughtRow)) : QVariant();
    case Qt::ForegroundRole:
        // The highlight is light: keep its text dark under a dark theme too.
        return caught ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::ToolTipRole:
        if (caught)
            return tr("%1 would have to register under the thresholds set in the Treaty inputs.")
                .arg(QString::fromStdString(system.name));
        return tr("%1 stays unregistered under the thresholds set in the Treaty inputs.")
            .arg(QString::fromStdString(system.name));
    default:
        return {};
    }
}

QVariant CollateralTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case H100EquivColumn:
            return tr("FP16 capacity in H100 units (FP16 TFLOPS / %1)").arg(formatSignificant(kH100Fp16Tflops));
        case CaughtByComputeColumn:
            return tr("Registered when H100-equivalents exceed the CCC threshold T = %1")
                .arg(formatSignificant(cccThresholdH100e_));
        case CaughtByMemoryColumn:
            return memoryThresholdGb_
                       ? tr("Registered when VRAM exceeds %1 GB")
                             .arg(formatCount(*memoryThresholdGb_))
                       : tr("No memory threshold is set in the Treaty inputs");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SystemColumn:
        return tr("System");
    case CategoryColumn:
        return tr("Category");
    case GpusColumn:
        return tr("GPUs");
    case VramColumn:
        return tr("VRAM\n(GB)");
    case TflopsColumn:
        return tr("FP16\nTFLOPS");
    case H100EquivColumn:
        return tr("H100-eq");
    case CaughtByComputeColumn:
        return tr("Caught:\nCCC");
    case CaughtByMemoryColumn:
        return tr("Caught:\nmemory");
    }
    return {};
}

void CollateralTableModel::setThresholds(double cccThresholdH100e,
                                         std::optional<double> memoryThresholdGb)
{
    const auto verdicts = [this](int row) {
        return RowVerdicts{caughtByCompute(row) ? Verdict::Yes : Verdict::No,
                           !memoryThresholdGb_ ? Verdict::NoRule
                           : caughtByMemory(row) ? Verdict::Yes
                                                 : Verdict::No};
    };
    std::vector<RowVerdicts> before;
    for (int row = 0; row < rowCount(); ++row)
        before.push_back(verdicts(row));

    const bool headerChanged =
        cccThresholdH100e != cccThresholdH100e_ || memoryThresholdGb != memoryThresholdGb_;
    cccThresholdH100e_ = cccThresholdH100e;
    memoryThresholdGb_ = memoryThresholdGb;

    int first = -1;
    int last = -1;
    for (int row = 0; row < rowCount(); ++row)
        if (!(verdicts(row) == before[std::size_t(row)])) {
            if (first < 0)
                first = row;
            last = row;
        }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole,
                          Qt::ToolTipRole});
    if (headerChanged) // the verdict columns' tooltips name the thresholds
        emit headerDataChanged(Qt::Horizontal, CaughtByComputeColumn, CaughtByMemoryColumn);
}

} // namespace dtx::ui
