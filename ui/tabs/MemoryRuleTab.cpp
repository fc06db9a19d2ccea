#include "MemoryRuleTab.hpp"

#include "CoreTerms.hpp"
#include "Document.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "ScrollingPage.hpp"
#include "SliderField.hpp"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

// The limit slider's span, 64 GB (less than one B200) to 16 TB (over two
// hundred A100 80GBs): every counted chip's node shrinks at one end and none at
// the other.
constexpr double kMinimumLimitGb = 64;
constexpr double kMaximumLimitGb = 16384;
// Two bars per chip, a little apart, each this many pixels thick; the
// chart keeps rows tall enough for them and for a label each.
constexpr double kBarOffset = 0.2;
constexpr double kBarWidthPixels = 6;
constexpr int kChartPixelsPerChip = 20;
constexpr int kChartMargins = 160;
// Room above the longest bar for its end to show.
constexpr double kChartHeadroom = 1.1;

QTableWidget* newTable(const QStringList& columns, const QString& name, const QString& accessible,
                       const QString& description)
{
    auto* table = new QTableWidget;
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setAccessibleDescription(description);
    table->setColumnCount(int(columns.size()));
    table->setHorizontalHeaderLabels(columns);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// Every row shown: the tab scrolls, not the table.
void fitHeightToRows(QTableWidget* table)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth()
                 + table->horizontalScrollBar()->sizeHint().height();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

void fillTable(QTableWidget* table, const std::vector<MemoryRuleLine>& lines)
{
    table->setRowCount(int(lines.size()));
    for (int row = 0; row < int(lines.size()); ++row) {
        const MemoryRuleLine& line = lines[std::size_t(row)];
        QFont font = table->font();
        font.setBold(line.bold);
        for (int column = 0; column < table->columnCount(); ++column) {
            QTableWidgetItem* cell = table->item(row, column);
            if (!cell) {
                cell = new QTableWidgetItem;
                table->setItem(row, column, cell);
            }
            const QString text = column < line.cells.size() ? line.cells[column] : QString();
            cell->setText(text);
            // The row's source, or the cell itself where a row has none: a
            // cut cell can always be read whole.
            cell->setToolTip(line.toolTip.isEmpty() ? text : line.toolTip);
            cell->setFont(font);
        }
    }
    table->resizeColumnsToContents();
    fitHeightToRows(table);
}

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* note(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MemoryRuleTab::MemoryRuleTab(Document* document, QWidget* parent)
    : AnalysisTab(document, parent),
      limit_(nullptr),
      hbmOnly_(new QCheckBox(tr("Count &HBM only (GDDR excluded)"))),
      sentence_(note(QStringLiteral("memoryRuleSentence"))),
      chips_(newTable(MemoryRuleCompute::chipColumns(), QStringLiteral("memoryRuleChips"),
                      tr("Memory rule per chip"),
                      tr("Per chip: its memory and FP16 rate, the GPUs per node now and with the "
                         "rule, the largest model such a node holds, the first count over the "
                         "limit and the counts the rule newly catches; the scenario's chip is "
                         "bold."))),
      plot_(new PlotView),
      useCases_(newTable(MemoryRuleCompute::useCaseColumns(), QStringLiteral("memoryRuleUseCases"),
                         tr("Legitimate installations under the memory rule"),
                         tr("Each use case's GPUs, memory, H100-equivalents, whether the "
                            "amendment covers it, and the burden its source names."))),
      references_(note(QStringLiteral("memoryRuleReferenceSystems"))),
      cheapestNote_(note(QStringLiteral("memoryRuleCheapestNote"))),
      cheapestTable_(newTable(MemoryRuleCompute::cheapestColumns(),
                              QStringLiteral("memoryRuleCheapest"),
                              tr("Cheapest configuration per target"),
                              tr("For 10²⁴, 10²⁵ and 10²⁶ FLOP: the cheapest chip's node, run "
                                 "and cost with the compute rule only and with the memory "
                                 "rule, and the ratio of the two costs.")))
{
    QFont font = sentence_->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    sentence_->setFont(font);

    plot_->setObjectName(QStringLiteral("memoryRulePlot"));
    plot_->setTitle(tr("Largest unregistered model per chip"));
    plot_->setAxisTitles(tr("Largest model that fits one node (billions of parameters)"),
                         tr("Chip"));
    plot_->setLogAxes(false, false);
    plot_->setAccessibleName(tr("Largest model per chip, now and with the memory rule"));

    // Tables, chart and notes in one scrolling column: on a small screen
    // each keeps its readable height and the window its width.
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(heading(tr("Per chip")));
    column->addWidget(chips_);
    column->addWidget(plot_);
    column->addWidget(heading(tr("Legitimate installations")));
    column->addWidget(useCases_);
    column->addWidget(references_);
    column->addWidget(heading(tr("Cheapest configuration per target")));
    column->addWidget(cheapestNote_);
    column->addWidget(cheapestTable_);
    column->addStretch(1);
    QScrollArea* scroll = scrollingPage(content, tr("Memory rule tables and chart"),
                                        tr("The per-chip table, the bar chart, the use cases and "
                                           "the cheapest configurations; scrolls on small "
                                           "screens."));
    scroll->setObjectName(QStringLiteral("memoryRuleContent"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(sentence_);
    layout->addWidget(scroll, 1);
    showSettings();
}

QWidget* MemoryRuleTab::buildControls()
{
    FieldSpec spec;
    spec.label = tr("Memory limit");
    spec.unit = tr("GB");
    spec.help = tr("The amendment covers a cluster whose aggregate accelerator memory exceeds "
                   "this, besides the compute rule's 16 H100-equivalents. Default %1 GB: the "
                   "memory of sixteen H100s (16 × 80 GB).")
                    .arg(formatCount(kDefaultMemoryLimitGb));
    spec.minimum = kMinimumLimitGb;
    spec.maximum = kMaximumLimitGb;
    spec.defaultValue = kDefaultMemoryLimitGb;
    spec.decimals = 0;
    spec.logScale = true;
    limit_ = new SliderField(spec);
    limit_->setObjectName(QStringLiteral("memoryRuleLimit"));
    connect(limit_, &SliderField::valueEdited, this, [this](double value) {
        editSettings([&](AnalysisSettings& s) { s.memoryRule.limitGb = value; });
    });

    hbmOnly_->setObjectName(QStringLiteral("memoryRuleHbmOnly"));
    hbmOnly_->setToolTip(tr("The HBM reading of the amendment counts high-bandwidth memory only: "
                            "GPUs with GDDR memory (workstation and gaming cards) never count "
                            "towards the limit."));
    connect(hbmOnly_, &QCheckBox::toggled, this, [this](bool on) {
        editSettings([&](AnalysisSettings& s) { s.memoryRule.hbmOnly = on; });
    });

    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(limit_, 1);
    row->addWidget(hbmOnly_);
    return box;
}

void MemoryRuleTab::showSettings()
{
    const MemoryRuleOptions& options = document()->analysisSettings().memoryRule;
    limit_->showValue(options.limitGb);
    const QSignalBlocker blocker(hbmOnly_);
    hbmOnly_->setChecked(options.hbmOnly);
}

bool MemoryRuleTab::shows(const ChangeSet& changes) const
{
    return MemoryRuleCompute::reads(changes);
}

void MemoryRuleTab::refresh(const ChangeSet& changes)
{
    showSettings();
    const MemoryRuleOptions& options = document()->analysisSettings().memoryRule;
    if (MemoryRuleCompute::cheapestReads(changes)) {
        runCache_.clear();
        cheapest_.reset();
    }
    if (cheapestOptions_ != options)
        cheapest_.reset();
    view_ = MemoryRuleCompute::run(document()->catalog(), document()->scenario(), options);
    draw();
    if (!cheapest_)
        scheduleRefine();
    showCheapest();
}

void MemoryRuleTab::refine()
{
    if (!cheapest_) {
        const MemoryRuleOptions& options = document()->analysisSettings().memoryRule;
        const EvaluationOutcome& outcome = document()->outcome();
        // Inputs the model refuses give no runs to search.
        cheapestProblem_ = outcome.ok() ? QString() : CoreTerms::inputErrorText(outcome.error);
        cheapest_ = outcome.ok() ? memoryRuleCheapest(document()->scenario(), document()->catalog(),
                                                      options, &runCache_)
                                 : std::vector<MemoryRuleCheapestTarget>{};
        cheapestOptions_ = options;
    }
    showCheapest();
}

QString MemoryRuleTab::briefText() const
{
    if (!view_)
        return {};
    if (!cheapest_)
        return view_->sentence;
    const QString cheapest = MemoryRuleCompute::cheapestSentence(*cheapest_);
    return cheapest.isEmpty() ? view_->sentence : view_->sentence + QLatin1Char(' ') + cheapest;
}

void MemoryRuleTab::draw()
{
    const MemoryRuleView& v = *view_;
    sentence_->setText(v.sentence);
    fillTable(chips_, v.chips);
    fillTable(useCases_, v.useCases);
    references_->setText(v.referenceSystems);
    drawChart();
}

void MemoryRuleTab::drawChart()
{
    const MemoryRuleView& v = *view_;
    plot_->setTitle(v.chartTitle);
    plot_->clearGraphs();
    plot_->clearAnnotations();
    const int chips = int(v.rows.size());
    plot_->setMinimumHeight(kChartPixelsPerChip * chips + kChartMargins);

    const QString now = tr("Now (compute rule only)");
    const QString after = tr("With the memory rule at %1").arg(v.limit);
    const auto barPen = [](const QColor& color) {
        QPen pen(color, kBarWidthPixels);
        pen.setCapStyle(Qt::FlatCap);
        return pen;
    };
    // The legend's two entries; the bars, one curve each, are named after
    // their chip so that the read-out says which chip it is on.
    plot_->addCurve(now, colors::kComputeRule)->setPen(barPen(colors::kComputeRule));
    plot_->addCurve(after, colors::kMemoryRule)->setPen(barPen(colors::kMemoryRule));

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double longest = 0;
    for (int i = 0; i < chips; ++i) {
        const MemoryRuleRow& row = v.rows[std::size_t(i)];
        const QString name = QString::fromStdString(row.gpu->name);
        // The table's first chip on top.
        const double y = chips - 1 - i;
        ticker->addTick(y, name == v.scenarioChip ? tr("%1 (this scenario)").arg(name) : name);
        const struct {
            double value;
            double offset;
            QColor color;
            QString name;
        } bars[] = {
            {row.maxParamsBBefore, kBarOffset, colors::kComputeRule, tr("%1, now").arg(name)},
            {row.maxParamsBAfter, -kBarOffset, colors::kMemoryRule,
             tr("%1, with the memory rule").arg(name)},
        };
        for (const auto& bar : bars) {
            if (!std::isfinite(bar.value))
                continue;
            QCPGraph* graph = plot_->addCurve(bar.name, bar.color);
            graph->setPen(barPen(bar.color));
            graph->removeFromLegend();
            PlotView::setCurveData(graph, QVector<double>{0, bar.value},
                                   QVector<double>{y + bar.offset, y + bar.offset});
            longest = std::max(longest, bar.value);
        }
    }
    plot_->yAxis->setTicker(ticker);
    plot_->setFilledArea(QCPRange(0, longest > 0 ? longest * kChartHeadroom : 1),
                         QCPRange(-0.7, chips - 0.3));
    plot_->setData(v.data);
    plot_->finishUpdate();
}

void MemoryRuleTab::showCheapest()
{
    cheapestNote_->setText(MemoryRuleCompute::cheapestNote(document()->scenario()));
    if (!cheapest_) {
        // Before the search: the targets, each waiting.
        std::vector<MemoryRuleLine> waiting;
        for (const double target : kReferenceTargetsFlop)
            waiting.push_back({{MemoryRuleCompute::targetText(target), tr("computing…")},
                               tr("The search runs when the inputs have been still for a "
                                  "moment."),
                               false});
        fillTable(cheapestTable_, waiting);
        return;
    }
    if (!cheapestProblem_.isEmpty())
        cheapestNote_->setText(tr("No search for these inputs: %1").arg(cheapestProblem_));
    fillTable(cheapestTable_, MemoryRuleCompute::cheapestLines(*cheapest_));
}

} // namespace dtx::ui
