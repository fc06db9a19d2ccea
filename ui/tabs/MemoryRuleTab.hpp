#pragma once

#include "AnalysisTab.hpp"
#include "MemoryRuleCompute.hpp"

#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace dtx::ui {

class SliderField;

// The memory (HBM) threshold amendment (ANALYSES.md D): per chip of the
// amendment's table, how large a node stays unregistered now and once
// memory counts, with the largest model it holds (a table and a bar
// chart); the legitimate installations it would newly catch; and the
// cheapest run to 10²⁴, 10²⁵ and 10²⁶ FLOP before and after. The limit and
// the "HBM only" switch are analysis settings (no undo step). The table and
// chart follow at once; the cheapest configurations, a search per chip,
// follow when the inputs have been still for a moment (a limit already
// seen for this scenario costs nothing).
class MemoryRuleTab : public AnalysisTab {
    Q_OBJECT
public:
    explicit MemoryRuleTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("memory-rule"); }
    QString tabTitle() const override { return tr("Memory rule"); }
    QString briefText() const override;
    void refine() override;

    const std::optional<MemoryRuleView>& view() const { return view_; }
    // Empty while the search waits for the inputs to be still.
    const std::optional<std::vector<MemoryRuleCheapestTarget>>& cheapest() const
    {
        return cheapest_;
    }
    SliderField* limitField() const { return limit_; }
    QCheckBox* hbmOnlySwitch() const { return hbmOnly_; }
    QTableWidget* chipTable() const { return chips_; }
    QTableWidget* useCaseTable() const { return useCases_; }
    QTableWidget* cheapestTable() const { return cheapestTable_; }

protected:
    void refresh(const ChangeSet& changes) override;
    bool shows(const ChangeSet& changes) const override;

private:
    QWidget* buildControls();
    void showSettings();
    void draw();
    void drawChart();
    void showCheapest();

    SliderField* limit_;
    QCheckBox* hbmOnly_;
    QLabel* sentence_;
    QTableWidget* chips_;
    PlotView* plot_;
    QTableWidget* useCases_;
    QLabel* references_;
    QLabel* cheapestNote_;
    QTableWidget* cheapestTable_;
    std::optional<MemoryRuleView> view_;
    std::optional<std::vector<MemoryRuleCheapestTarget>> cheapest_;
    // The limit and switch the cheapest configurations are for, and the
    // runs searched for this scenario so far (cleared when it changes).
    std::optional<MemoryRuleOptions> cheapestOptions_;
    MemoryRuleRunCache runCache_;
    QString cheapestProblem_;
};

} // namespace dtx::ui
