#include "LinkRequirementsPanel.hpp"

#include "Format.hpp"
#include "PlotExport.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dtx::ui {
namespace {

// Light tints, with dark text on them in either appearance.
QColor classColour(LinkClass linkClass)
{
    switch (linkClass) {
    case LinkClass::UpTo10Mbps: return {204, 236, 198};
    case LinkClass::UpTo100Mbps: return {255, 244, 179};
    case LinkClass::UpTo1000Mbps: return {253, 208, 162};
    case LinkClass::Above1000Mbps: return {244, 170, 170};
    }
    return {};
}

// The row of kLinkUtilisations' 90 %.
constexpr std::size_t kHeadlineUtilisation = 2;

} // namespace

LinkRequirementsPanel::LinkRequirementsPanel(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel),
      sentenceLabel_(new QLabel),
      readingChoice_(new QComboBox),
      table_(new QTableWidget)
{
    sentenceLabel_->setObjectName(QStringLiteral("linkSentence"));
    sentenceLabel_->setWordWrap(true);
    sentenceLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    readingChoice_->setObjectName(QStringLiteral("linkReading"));
    readingChoice_->addItem(tr("Streaming (sync overlaps compute; dtx's assumption)"),
                            int(LinkReading::Streaming));
    readingChoice_->addItem(tr("Blocking (sync after compute)"), int(LinkReading::Blocking));
    readingChoice_->setAccessibleName(tr("Reading of the link table"));
    readingChoice_->setToolTip(tr("Streaming DiLoCo sends the sync while the next inner steps run, "
                                  "so utilisation is H·t_comp / t_sync; a blocking sync waits, "
                                  "H·t_comp / (H·t_comp + t_sync) (ANALYSES.md G1)."));
    connect(readingChoice_, &QComboBox::activated, this, [this](int index) {
        emit readingChosen(static_cast<LinkReading>(readingChoice_->itemData(index).toInt()));
    });
    table_->setObjectName(QStringLiteral("linkTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAccessibleName(tr("Link needed for each utilisation"));
    table_->setAccessibleDescription(tr("Rows: data-parallel and DiLoCo at several inner-step "
                                        "counts; columns: the compute utilisation; cells: the "
                                        "link needed both ways."));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* legend = new QLabel(tr("Colours: ≤ 10 Mbps, 10–100 Mbps, 100–1,000 Mbps, above 1 Gbps "
                                 "(green to red). Bold: this scenario's own link is enough."));
    legend->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(title_, 1);
    header->addWidget(readingChoice_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(sentenceLabel_);
    layout->addWidget(table_);
    layout->addWidget(legend);
}

void LinkRequirementsPanel::display(const LinkRequirements& links, LinkReading reading)
{
    readingChoice_->setCurrentIndex(readingChoice_->findData(int(reading)));
    title_->setText(links.asFlat
                        ? tr("<b>Link needed for each compute utilisation</b> (flat-mode "
                             "quantities of this scenario, as flat)")
                        : tr("<b>Link needed for each compute utilisation</b>"));
    const int columns = int(kLinkUtilisations.size()) + 1;
    const bool reshaped = table_->rowCount() != int(links.rows.size()) || table_->columnCount() != columns;
    if (reshaped) {
        table_->setRowCount(int(links.rows.size()));
        table_->setColumnCount(columns);
        // The needs share the width; the last column takes what its header needs.
        table_->horizontalHeader()->setSectionResizeMode(columns - 1, QHeaderView::ResizeToContents);
        for (int r = 0; r < table_->rowCount(); ++r)
            for (int c = 0; c < columns; ++c) {
                auto* cell = new QTableWidgetItem;
                cell->setTextAlignment(Qt::AlignCenter);
                table_->setItem(r, c, cell);
            }
    }
    QStringList headers;
    for (const double u : kLinkUtilisations)
        headers << tr("%1\n(Mbps)").arg(formatPercent(u));
    headers << tr("At this link\n(%1)").arg(formatBandwidth(links.ownMbps));
    if (headers != headers_) {
        table_->setHorizontalHeaderLabels(headers);
        headers_ = headers;
    }
    QStringList rowNames;
    for (const LinkRequirementRow& row : links.rows)
        rowNames << (row.dataParallel ? tr("Data-parallel\n(H = 1, uncompressed)")
                     : row.scenarioRow ? tr("H = %1\n(this scenario's H_min)").arg(formatCount(row.innerSteps))
                                       : tr("H = %1").arg(formatCount(row.innerSteps)));
    if (rowNames != rowNames_) {
        table_->setVerticalHeaderLabels(rowNames);
        rowNames_ = rowNames;
    }
    const QFont normal = table_->font();
    QFont bold = normal;
    bold.setBold(true);
    // A slider step changes few cells (the scenario's link moves the bold
    // marks and the last column): only those are touched.
    const auto update = [](QTableWidgetItem* cell, const QString& text, const QVariant& value,
                           const QBrush& background, const QFont& font, const QString& tip) {
        if (cell->text() != text)
            cell->setText(text);
        if (cell->data(kCsvValueRole) != value)
            cell->setData(kCsvValueRole, value);
        if (cell->background() != background)
            cell->setBackground(background);
        if (cell->font() != font)
            cell->setFont(font);
        if (cell->toolTip() != tip)
            cell->setToolTip(tip);
    };
    for (int r = 0; r < int(links.rows.size()); ++r) {
        const LinkRequirementRow& row = links.rows[std::size_t(r)];
        const auto& needs = neededLinks(row, reading);
        for (int c = 0; c < int(needs.size()); ++c) {
            QTableWidgetItem* cell = table_->item(r, c);
            cell->setForeground(QColor(20, 20, 20));
            if (const std::optional<double> mbps = needs[std::size_t(c)])
                update(cell, formatBandwidth(*mbps), *mbps, classColour(linkClass(*mbps)),
                       *mbps <= links.ownMbps ? bold : normal,
                       tr("%1 of utilisation needs %2 both ways.")
                           .arg(formatPercent(kLinkUtilisations[std::size_t(c)]), formatBandwidth(*mbps)));
            else
                update(cell, tr("unreachable"), QVariant(), QBrush(), normal,
                       tr("The latency alone exceeds the time this utilisation leaves for the "
                          "sync: no link is fast enough."));
        }
        const double own = utilisationAtLink(links, row, links.ownMbps, reading);
        update(table_->item(r, columns - 1), formatPercent(own), own, QBrush(), normal,
               tr("The compute utilisation this row reaches over the scenario's own link."));
    }
    if (reshaped) {
        table_->resizeRowsToContents();
        int height = table_->horizontalHeader()->sizeHint().height() + 2 * table_->frameWidth();
        for (int r = 0; r < table_->rowCount(); ++r)
            height += table_->rowHeight(r);
        table_->setFixedHeight(height);
    }

    const LinkRequirementRow& ownRow = links.rows.back();
    const std::optional<double> ownNeed = neededLinks(ownRow, reading)[kHeadlineUtilisation];
    const std::optional<double> dataParallel = neededLinks(links.rows.front(), reading)[kHeadlineUtilisation];
    const QString utilisation = formatPercent(kLinkUtilisations[kHeadlineUtilisation]);
    sentence_ = ownNeed && dataParallel
                    ? tr("At H = %1 this fleet needs %2 for %3 utilisation; data-parallel would "
                         "need %4.")
                          .arg(formatCount(ownRow.innerSteps), formatBandwidth(*ownNeed), utilisation,
                               formatBandwidth(*dataParallel))
                    : tr("At H = %1 no link gives this fleet %2 utilisation: the latency alone "
                         "takes the time.")
                          .arg(formatCount(ownRow.innerSteps), utilisation);
    sentenceLabel_->setText(sentence_);
}

} // namespace dtx::ui
