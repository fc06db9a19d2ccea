#pragma once

#include "LinkRequirements.hpp"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace dtx::ui {

// ANALYSES.md G1 on the Network tab: the link each compute utilisation
// needs, data-parallel against DiLoCo at several inner-step counts, in the
// streaming or the blocking reading. Cells are coloured by class (≤ 10,
// 10–100, 100–1,000, > 1,000 Mbps); those the scenario's own link already
// satisfies are bold, and a last column gives the utilisation it reaches.
class LinkRequirementsPanel : public QWidget {
    Q_OBJECT
public:
    explicit LinkRequirementsPanel(QWidget* parent = nullptr);
    void display(const LinkRequirements& links, LinkReading reading);
    // "At H = 200 this fleet needs 90 Mbps for 90 % utilisation; …".
    QString readingSentence() const { return sentence_; }
    QTableWidget* table() const { return table_; }
    QComboBox* readingChoice() const { return readingChoice_; }

signals:
    void readingChosen(LinkReading reading);

private:
    QLabel* title_;
    QLabel* sentenceLabel_;
    QComboBox* readingChoice_;
    QTableWidget* table_;
    QString sentence_;
    QStringList headers_;  // as last set, so that an unchanged header is not reset
    QStringList rowNames_;
};

} // namespace dtx::ui
