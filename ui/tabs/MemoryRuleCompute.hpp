#pragma once

#include "ChangeSet.hpp"
#include "MemoryRule.hpp"
#include "MemoryRuleCheapest.hpp"
#include "PlotData.hpp"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace dtx::ui {

// What the Memory rule tab shows (ANALYSES.md D), as text and numbers
// computed apart from the widgets: the per-chip table, the use cases, the
// line on MODEL.md §10's reference systems, the bar chart's numbers and the
// computed sentence; and the cheapest-configuration table once the search
// (MemoryRuleCheapest) has run.

// One row of a table: its cells in column order, a tooltip (the source of
// its figures), and whether it is the scenario's own (drawn bold).
struct MemoryRuleLine {
    QStringList cells;
    QString toolTip;
    bool bold = false;
};

struct MemoryRuleView {
    std::vector<MemoryRuleRow> rows; // the catalog's memory-rule chips, in order
    std::vector<MemoryRuleLine> chips;
    std::vector<MemoryRuleLine> useCases;
    QString referenceSystems; // how many of MODEL.md §10's systems the rule newly catches
    QString sentence;         // the computed plain sentence
    QString scenarioChip;     // the scenario's GPU, or empty
    QString limit;            // "1,280 GB (all memory counted)"
    QString chartTitle;
    PlotData data; // per chip: (GPUs now, largest model now), (GPUs after, largest model after)
};

class MemoryRuleCompute {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::MemoryRuleTab)
public:
    // The chip table, chart and use cases read the analysis settings and
    // the scenario's node; the cheapest configurations every scenario input.
    static bool reads(const ChangeSet& changes);
    static bool cheapestReads(const ChangeSet& changes);

    static MemoryRuleView run(const HardwareCatalog& catalog, const Scenario& scenario,
                              const MemoryRuleOptions& options);
    // Two rows per target (compute rule only, then with the memory rule).
    static std::vector<MemoryRuleLine> cheapestLines(
        const std::vector<MemoryRuleCheapestTarget>& targets);
    // One sentence on the middle target (10^25 FLOP), for the brief; empty
    // when there is nothing to say.
    static QString cheapestSentence(const std::vector<MemoryRuleCheapestTarget>& targets);
    // What the search was, under the scenario's revision.
    static QString cheapestNote(const Scenario& scenario);

    static QStringList chipColumns();
    static QStringList useCaseColumns();
    static QStringList cheapestColumns();
    // The scenario's GPU: its catalog GPU, or its preset's.
    static QString scenarioChip(const Scenario& scenario);
    static QString limitText(const MemoryRuleOptions& options);
    static QString targetText(double targetFlop);
};

} // namespace dtx::ui
